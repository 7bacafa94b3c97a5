"""Which files `reader build PATH` reads for a corpus, a text folder or a single .txt."""

import tempfile
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.cli import cli
from reader.corpus.files import locate
from reader.errors import ProblemsFound


def _write(path: Path, text: str = "Текст.\n") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_a_corpus_has_shared_glossaries_and_texts_in_name_order(tmp_path):
    _write(tmp_path / "glossary" / "news.yaml", "заява: statement\n")
    _write(tmp_path / "glossary" / "core.yaml", "і: and\n")
    _write(tmp_path / "texts" / "b-second" / "uk.txt")
    _write(tmp_path / "texts" / "a-first" / "uk.txt")
    _write(tmp_path / "texts" / "a-first" / "en.txt")
    (tmp_path / "texts" / "not-a-text").mkdir()

    files = locate(tmp_path)

    assert [p.name for p in files.glossaries] == ["core.yaml", "news.yaml"]
    assert [t.slug for t in files.texts] == ["a-first", "b-second"]
    assert files.texts[0].en == tmp_path / "texts" / "a-first" / "en.txt"
    assert files.texts[1].en is None


def test_a_text_folder_uses_the_enclosing_corpus_glossary(tmp_path):
    _write(tmp_path / "glossary" / "core.yaml", "і: and\n")
    folder = tmp_path / "texts" / "one"
    _write(folder / "uk.txt")
    _write(folder / "glossary.yaml", "текст: text\n")

    files = locate(folder)

    assert [t.slug for t in files.texts] == ["one"]
    assert files.texts[0].glossary == folder / "glossary.yaml"
    assert [p.name for p in files.glossaries] == ["core.yaml"]


def test_a_single_txt_file_is_a_text_named_after_the_file(tmp_path):
    article = _write(tmp_path / "стаття.txt")

    files = locate(article)

    assert [(t.slug, t.uk, t.en) for t in files.texts] == [("стаття", article, None)]


# --- names the site cannot hold, folders that are not texts: errors before anything is written


def _problems(path: Path) -> list[str]:
    with pytest.raises(ProblemsFound) as found:
        locate(path)
    return [str(p) for p in found.value.problems]


def test_names_a_page_cannot_have_are_errors_at_their_folders(tmp_path):
    texts = tmp_path / "texts"
    long = "д" * 118 + "ab"  # 238 bytes in UTF-8: the page's temporary file would not fit
    for name in ("Index", ".reader-site", "Kyiv", "kyiv", long, "д" * 118):
        _write(texts / name / "uk.txt")
    assert _problems(tmp_path) == [
        f"{texts / '.reader-site'}: a name that starts with '.' would make a hidden page; "
        "rename it",
        f"{texts / 'Index'}: the name 'index' would make its page index.html, the site's own "
        "index; rename it",
        f"{texts / 'kyiv'}: its page kyiv.html and Kyiv.html are one file on a disk that "
        "ignores case; rename one of them",
        f"{texts / long}: the name is 238 bytes in UTF-8; a page's name holds 236 at most; "
        "rename it",
    ]


def test_names_that_differ_only_in_composition_collide(tmp_path):
    composed, decomposed = "Київ", unicodedata.normalize("NFD", "Київ")
    assert composed != decomposed
    _write(tmp_path / "texts" / composed / "uk.txt")
    _write(tmp_path / "texts" / decomposed / "uk.txt")
    (problem,) = _problems(tmp_path)
    assert problem.endswith("are one file on a disk that ignores case; rename one of them")


# Few letters, both cases, composed and not: two names often fold to one file.
SLUGS = st.one_of(
    st.text(alphabet="аАіІїЇ\u0308", min_size=1, max_size=3),
    st.sampled_from(["index", "Index", "ї", "і\u0308"]),
)


def _one_file(name: str) -> str:
    """How a disk that ignores case and composition names a file (the test's own oracle)."""
    return unicodedata.normalize("NFC", name.lower())


@settings(deadline=None)  # writes folders per example: slow on a busy machine
@given(st.lists(SLUGS, min_size=1, max_size=4))
def test_a_corpus_is_refused_exactly_when_two_pages_would_be_one_file(names: list[str]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        made = set()
        for name in names:
            _write(root / "texts" / name / "uk.txt")
            made.add(name)
        pages = [_one_file(name) for name in made]
        if len(set(pages)) < len(pages) or "index" in pages:
            with pytest.raises(ProblemsFound):
                locate(root)
        else:
            assert sorted(t.slug for t in locate(root).texts) == sorted(made)


def test_a_text_folder_without_a_readable_uk_txt_is_reported_not_skipped(tmp_path):
    texts = tmp_path / "texts"
    _write(texts / "good" / "uk.txt")
    _write(texts / "no-article" / "en.txt", "Only the English.\n")
    (texts / "folder-article" / "uk.txt").mkdir(parents=True)
    (texts / "empty").mkdir()  # an empty folder is the one kind passed over
    assert _problems(tmp_path) == [
        f"{texts / 'folder-article' / 'uk.txt'}: is not a file; uk.txt must be a file",
        f"{texts / 'no-article'}: has en.txt but no uk.txt; put the article in uk.txt, "
        "or move the folder out of texts/",
    ]


def test_an_unreadable_uk_txt_is_reported_by_build(runner, tmp_path, monkeypatch):
    uk = _write(tmp_path / "texts" / "locked" / "uk.txt")
    real = Path.read_bytes

    def locked(path: Path) -> bytes:
        if path == uk:
            raise PermissionError(13, "Permission denied")
        return real(path)

    monkeypatch.setattr(Path, "read_bytes", locked)
    result = runner.invoke(cli, ["build", str(tmp_path), "-o", str(tmp_path / "site")])
    assert result.exit_code == 1
    assert result.output == (
        f"Error: {uk}: cannot read the file (Permission denied); check the path\n"
        f"1 problem in {tmp_path}; nothing was written\n"
    )
    assert not (tmp_path / "site").exists()
