"""An incremental build gives exactly the bytes of a full build, and redoes only what changed.

The corpus: 22 texts made from the bundled texts' real Ukrainian (and English), each a
different run of paragraphs, and the bundled shared glossary. After each kind of change the
site built incrementally is compared, file by file, with a full build into a fresh folder.
"""

from __future__ import annotations

import builtins
import hashlib
import pickle
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from reader import parallel, pipeline
from reader.cli import cli
from reader.glossary.ids import entry_id
from reader.glossary.spelling import key
from reader.site import cache
from tests.conftest import CORPUS

TEXTS = 22
LEVELS = ("A1", "A2", "B1", "")


def _paragraphs(path: Path) -> list[str]:
    return [p.strip() for p in path.read_text("utf-8").split("\n\n") if p.strip()]


def _make_corpus(root: Path) -> Path:
    """22 texts: runs of paired paragraphs of two bundled texts, and copies of the news one."""
    shutil.copytree(CORPUS / "glossary", root / "glossary")
    bases = []
    for slug in ("na-vokzali", "rankova-kava"):
        folder = CORPUS / "texts" / slug
        uk, en = _paragraphs(folder / "uk.txt"), _paragraphs(folder / "en.txt")
        pairs = list(zip(uk, en, strict=True))
        bases.append(pairs)
    for number in range(TEXTS):
        folder = root / "texts" / f"text-{number:02}"
        if number % 4 == 3:  # scraped news with debris to clean, as bundled
            shutil.copytree(CORPUS / "texts" / "pentagon-iraq", folder)
            continue
        folder.mkdir(parents=True)
        pairs = bases[number % 2]
        body = pairs[1:]
        run = [body[(number * 3 + k) % len(body)] for k in range(2 + number % 5)]
        chosen = [pairs[0], *run]
        (folder / "uk.txt").write_text("\n\n".join(uk for uk, _ in chosen) + "\n", "utf-8")
        (folder / "en.txt").write_text("\n\n".join(en for _, en in chosen) + "\n", "utf-8")
        level = LEVELS[number % len(LEVELS)]
        meta = f"title_en: Text {number}\n" + (f"level: {level}\n" if level else "")
        (folder / "text.yaml").write_text(meta, "utf-8")
    return root


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The corpus and its site built once; tests copy both (times kept) and work in the copy.

    Paths are relative (each test runs in its own folder), as `reader build` is run in a
    corpus's parent folder, so a copy's files have the fingerprints the cache holds."""
    root = tmp_path_factory.mktemp("template")
    _make_corpus(root / "corpus")
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(root)
        pipeline.build(CORPUS_PATH, SITE, jobs=1)
    return root


CORPUS_PATH, SITE = Path("corpus"), Path("site")


@pytest.fixture
def built(template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the template corpus and site, and the current folder is where they are."""
    shutil.copytree(template / "corpus", tmp_path / "corpus")
    shutil.copytree(template / "site", tmp_path / "site")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _site(folder: Path) -> dict[str, bytes]:
    """The site's files (not the cache) by name."""
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


def _times(folder: Path) -> dict[str, int]:
    return {str(p.relative_to(folder)): p.stat().st_mtime_ns for p in folder.rglob("*")}


def _full() -> dict[str, bytes]:
    """A full build of the corpus as it is now, into a fresh folder."""
    fresh = Path("fresh")
    shutil.rmtree(fresh, ignore_errors=True)
    pipeline.build(CORPUS_PATH, fresh, full=True, jobs=1)
    return _site(fresh)


def _replace(path: Path, old: str, new: str) -> None:
    text = path.read_text("utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), "utf-8")


def _using(site: dict[str, bytes], marker: str) -> set[str]:
    return {name for name, page in site.items() if marker.encode() in page}


def _users(pages: dict[str, bytes], headword: str) -> set[str]:
    """The texts whose page has this headword in its vocabulary."""
    marker = f'data-id="{entry_id(key(headword))}"'.encode()
    return {name.removesuffix(".html") for name, page in pages.items() if marker in page}


# Each change returns what a build must redo: a set of texts, or (headword, "before"/"after")
# for the pages that show an entry before or after the change, or None for "see the bytes".
def _text(corpus: Path) -> set[str]:
    _replace(corpus / "texts" / "text-04" / "uk.txt", "На вокзалі", "На старому вокзалі")
    return {"text-04"}


def _translation(corpus: Path) -> set[str]:
    _replace(corpus / "texts" / "text-05" / "en.txt", "Morning coffee", "Coffee in the morning")
    return {"text-05"}


def _meta(corpus: Path) -> set[str]:
    _replace(corpus / "texts" / "text-06" / "text.yaml", "level: B1", "level: B2")
    return {"text-06"}


def _entry_edited(corpus: Path) -> tuple[str, str]:
    _replace(corpus / "glossary" / "everyday.yaml", "  en: coffee\n", "  en: coffee (a drink)\n")
    return ("кава", "before")


def _entry_added(corpus: Path) -> tuple[str, str]:
    # a phrase no text has had: it now wins over its two words in the texts that have it
    with (corpus / "glossary" / "everyday.yaml").open("a", encoding="utf-8") as file:
        file.write("\nранкова кава: morning coffee\n")
    return ("ранкова кава", "after")


def _entry_removed(corpus: Path) -> None:
    path = corpus / "glossary" / "everyday.yaml"
    text = path.read_text("utf-8")
    start = text.index("\nкав'ярня:\n") + 1
    path.write_text(text[:start] + text[text.index("\n\n", start) + 2 :], "utf-8")
    return None  # its users, and the pages using a later entry of the file (their lines moved)


def _glossary_renamed(corpus: Path) -> None:  # every entry's file:line is on the page
    (corpus / "glossary" / "everyday.yaml").rename(corpus / "glossary" / "daily.yaml")


def _text_renamed(corpus: Path) -> set[str]:
    (corpus / "texts" / "text-08").rename(corpus / "texts" / "text-80")
    return {"text-80"}


CHANGES = {
    "text": _text,
    "translation": _translation,
    "text.yaml": _meta,
    "shared entry edited": _entry_edited,
    "entry added": _entry_added,
    "entry removed": _entry_removed,
    "glossary file renamed": _glossary_renamed,
    "text folder renamed": _text_renamed,
}


@pytest.mark.parametrize("kind", list(CHANGES))
def test_after_each_kind_of_change_the_site_has_a_full_builds_bytes(built: Path, kind: str) -> None:
    before, times = _site(SITE), _times(SITE)

    expected = CHANGES[kind](CORPUS_PATH)
    summary = pipeline.build(CORPUS_PATH, SITE, jobs=1)

    full = _full()
    stale = set(before) - set(full)  # a renamed text's old page stays, as a full build leaves it
    assert _site(SITE) == {**full, **{name: before[name] for name in stale}}
    assert stale == ({"text-08.html"} if kind == "text folder renamed" else set())
    # exactly the pages whose bytes differ are rewritten; the others keep their time
    differ = {name for name in full if before.get(name) != full[name]}
    rewritten = {name for name in full if times.get(name) != (SITE / name).stat().st_mtime_ns}
    assert rewritten == differ
    assert {p.name for p in summary.changed} == differ - {"index.html"}
    assert {name.removesuffix(".html") for name in differ} - {"index"} <= set(summary.redone)
    if isinstance(expected, tuple):  # the texts that show the entry, and no other
        headword, when = expected
        expected = _users(before if when == "before" else full, headword)
        assert 0 < len(expected) < TEXTS
    if expected is not None:
        assert set(summary.redone) == expected


def test_a_new_reader_version_redoes_every_page_to_the_same_bytes(
    built: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An upgrade is simulated by another version string: the code's fingerprint changes."""
    import reader

    before, times = _site(SITE), _times(SITE)
    try:
        with monkeypatch.context() as patch:
            patch.setattr(reader, "__version__", "99.0")
            cache.code_fingerprint.cache_clear()
            summary = pipeline.build(CORPUS_PATH, SITE, jobs=1)
    finally:
        cache.code_fingerprint.cache_clear()  # what follows sees the real version again

    assert len(summary.redone) == TEXTS
    assert _site(SITE) == before == _full()
    assert summary.changed == ()
    assert all(times[name] == (SITE / name).stat().st_mtime_ns for name in before)


def test_a_build_with_nothing_changed_writes_nothing_at_all(runner, built: Path) -> None:
    times = _times(SITE)

    again = runner.invoke(cli, ["build", str(CORPUS_PATH), "-o", str(SITE)])

    assert again.exit_code == 0, again.output
    assert f"built {TEXTS} pages in " in again.output
    assert f"(0 of {TEXTS} pages changed)" in again.output
    assert _times(SITE) == times  # the pages, the index, the marker and the cache

    full = runner.invoke(cli, ["build", str(CORPUS_PATH), "-o", str(SITE), "--full"])
    assert full.exit_code == 0, full.output
    assert f"(0 of {TEXTS} pages changed)" in full.output  # all redone, the same bytes
    assert {n: t for n, t in _times(SITE).items() if cache.FOLDER not in n} == {
        n: t for n, t in times.items() if cache.FOLDER not in n
    }


def test_the_pages_do_not_depend_on_the_number_of_workers(built: Path) -> None:
    one, three = Path("one"), Path("three")
    pipeline.build(CORPUS_PATH, one, jobs=1)
    pipeline.build(CORPUS_PATH, three, jobs=3)
    assert parallel.workers_for(TEXTS, 3) == 3  # so the second build really ran in a pool
    assert parallel.start_method() == "fork"
    assert _site(one) == _site(three) == _site(SITE)
    _text(CORPUS_PATH)  # one text analysed again, the others matched again from the cache
    _glossary_renamed(CORPUS_PATH)
    first = pipeline.build(CORPUS_PATH, one, jobs=1)
    second = pipeline.build(CORPUS_PATH, three, jobs=3)
    assert _site(one) == _site(three)
    assert len(first.redone) == len(second.redone) == TEXTS


def _foreign_pickle(marker: Path) -> bytes:
    """A cache file with a valid header whose pickle would create `marker` if run."""

    class Planted:
        def __reduce__(self) -> tuple[object, tuple[str, str]]:
            return (builtins.open, (str(marker), "w"))

    payload = pickle.dumps(Planted(), protocol=5)
    return cache._MAGIC + hashlib.sha256(payload).digest() + payload


DAMAGE = {
    "garbage": lambda data, marker: b"\x00garbage\xff" * 50,
    "truncated": lambda data, marker: data[: len(data) // 2],
    "foreign": lambda data, marker: _foreign_pickle(marker),
}
THEN = {
    "manifest": "every page is built again",
    "probes": "the texts are matched again",
    "texts/text-01": "the text is analysed again",
}


@pytest.fixture(scope="module")
def edited_reference(template: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    """A full build's pages after `_entry_edited`."""
    root = tmp_path_factory.mktemp("reference")
    shutil.copytree(template / "corpus", root / "corpus")
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(root)
        _entry_edited(CORPUS_PATH)
        return _full()


@pytest.mark.parametrize(
    "name, damage",
    [
        ("manifest", "garbage"),
        ("manifest", "foreign"),
        ("probes", "truncated"),
        ("probes", "foreign"),
        ("texts/text-01", "truncated"),
        ("texts/text-01", "foreign"),
    ],
)
def test_a_damaged_cache_file_is_ignored_with_a_warning_and_the_pages_built_again(
    built: Path, edited_reference: dict[str, bytes], name: str, damage: str
) -> None:
    stored = SITE / cache.FOLDER / name
    marker = built / "planted"
    stored.write_bytes(DAMAGE[damage](stored.read_bytes(), marker))
    # each file is read when a build needs it: the manifest always, the probes when an entry
    # changed, a text's analysis when that text is matched again (text-01 has the word)
    _entry_edited(CORPUS_PATH)

    summary = pipeline.build(CORPUS_PATH, SITE, jobs=1)

    assert [str(w) for w in summary.warnings] == [
        f"warning: {stored}: not a build cache this reader can use (damaged, or written by "
        f"other software); ignored, {THEN[name]}"
    ]
    assert not marker.exists()  # the planted pickle named a function: it was never called
    assert _site(SITE) == edited_reference
    if name != "texts/text-01":  # nothing known of what each text looks up: all redone
        assert len(summary.redone) == TEXTS
    again = pipeline.build(CORPUS_PATH, SITE, jobs=1)  # the cache written anew is sound
    assert again.warnings == () and again.redone == ()


NOOP_IMPORTS = """
import sys
import threading
from reader.cli import main
sys.argv = ["reader", "build", "corpus", "-o", "site"]
try:
    main()
except SystemExit as end:
    assert end.code in (0, None), end.code
heavy = {"nltk", "pymorphy3_dicts_uk", "multiprocessing"}  # the dictionary: its package
print(sorted({name.split(".")[0] for name in sys.modules} & heavy))
"""


def test_a_rebuild_with_nothing_to_redo_loads_neither_nltk_nor_the_dictionary(built: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-c", NOOP_IMPORTS], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert f"(0 of {TEXTS} pages changed)" in result.stdout
    assert result.stdout.splitlines()[-1] == "[]"


def test_every_gloss_is_of_an_entry_filed_under_a_key_its_text_looks_up(tmp_path: Path) -> None:
    """What incremental builds rely on: `match.probes` and `match.provides` cover every way
    `match` finds an entry (a form, a lemma, the word itself, a hyphenated word's last part,
    a phrase's first word), here on the bundled corpus with its phrases and names."""
    from reader.glossary import match

    corpus = Path(shutil.copytree(CORPUS, tmp_path / "corpus"))
    extra = corpus / "texts" / "proksi"
    extra.mkdir()
    (extra / "uk.txt").write_text("Це сказав екс-міністра помічник.\n", "utf-8")
    (extra / "glossary.yaml").write_text("міністр: minister\n", "utf-8")
    read = pipeline.read_corpus(corpus)
    kinds = set()
    for text in read.texts:
        probed = match.probes(text.paragraphs)
        for gloss in text.glosses:
            assert match.provides(gloss.entry) & probed, (text.slug, gloss.text)
            kinds.add("phrase" if gloss.entry.words > 1 else "word")
            after_hyphen = text.source.text[gloss.start - 1] == "-"  # `проксі-[сил]`
            kinds.add("last part" if after_hyphen else "whole")
    assert kinds == {"phrase", "word", "last part", "whole"}


def test_with_another_thread_running_the_workers_are_spawned_and_give_the_same_pages(
    built: Path,
) -> None:
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()  # a fork would copy its state as it is: the pool starts fresh processes
    try:
        assert parallel.start_method() == "spawn"
        summary = pipeline.build(CORPUS_PATH, Path("spawned"), jobs=2)
    finally:
        stop.set()
        other.join()
    assert len(summary.redone) == TEXTS
    assert _site(Path("spawned")) == _site(SITE)
