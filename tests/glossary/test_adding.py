"""`reader add`: appends safely, refuses what would break the glossary, reads back exactly."""

import os
import shutil
import stat
import string
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from reader.cli import cli
from reader.errors import ProblemsFound, ReaderError
from reader.glossary import adding as entry_writer
from reader.glossary.adding import NewEntry, add_entry
from reader.glossary.entries import load_glossary
from reader.glossary.spelling import key
from reader.glossary.yamltext import entry_text
from reader.model import Origin
from tests.conftest import CORPUS

# A teacher's file as it really looks: comments, odd spacing, quotes, no final newline.
HAND_WRITTEN = (
    "# News words  (checked 2024-01-26)\n"
    "\n"
    "військо:   army; (pl.) troops     # see also «війська»\n"
    "виведення :\n"
    "    en:    withdrawal (of troops)\n"
    "    note: 'Verbal noun: «вивести»'\n"
    "\n\n"
    "# multi-word\n"
    "на тлі: amid   # no final newline after this comment"
).encode()


def glossary_file(folder: Path, data: bytes, name: str = "news.yaml") -> Path:
    (folder / "glossary").mkdir(exist_ok=True)
    path = folder / "glossary" / name
    path.write_bytes(data)
    return path


def test_add_appends_to_the_default_file_in_the_corpus(runner, tmp_path, monkeypatch):
    shutil.copytree(CORPUS, tmp_path / "corpus")
    monkeypatch.chdir(tmp_path)

    result = runner.invoke(cli, ["add", "тло", "background", "--note", "Only in «на тлі»."])

    assert result.exit_code == 0, result.output
    added = Path("corpus/glossary/added.yaml")
    assert result.output == f"added 'тло' at {added}:2\n"
    assert added.read_text(encoding="utf-8") == (
        "# Entries added with `reader add`; move them to a topical file when you like.\n"
        "тло:\n"
        "  en: background\n"
        "  note: Only in «на тлі».\n"
    )
    entry = load_glossary(sorted(Path("corpus/glossary").glob("*.yaml"))).by_key["тло"]
    assert entry.origin == Origin(added, 2)


def test_without_a_corpus_folder_add_asks_for_a_file(runner, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)

    result = runner.invoke(cli, ["add", "тло", "background"])

    assert result.exit_code == 1
    assert result.output == (
        "Error: no corpus/ folder here: run `reader add` where corpus/ is, "
        "or name the file with --to FILE\n"
    )
    assert list(tmp_path.iterdir()) == []


def test_every_old_byte_is_kept_and_one_newline_added_when_missing(tmp_path):
    path = glossary_file(tmp_path, HAND_WRITTEN)

    origin = add_entry(NewEntry("ні", "no", stress="ні́"), to=path)

    data = path.read_bytes()
    assert data == HAND_WRITTEN + b"\n" + 'ні:\n  en: "no"\n  stress: ні́\n'.encode()
    assert origin == Origin(path, 11)
    glossary = load_glossary([path])
    assert [e.headword for e in glossary.entries] == ["військо", "виведення", "на тлі", "ні"]
    assert glossary.by_key["виведення"].senses[0].note == "Verbal noun: «вивести»"


def test_a_file_ending_in_a_newline_gets_none_extra(tmp_path):
    path = glossary_file(tmp_path, "військо: army\n".encode())

    add_entry(NewEntry("ні", "no"), to=path)

    assert path.read_text(encoding="utf-8") == 'військо: army\nні: "no"\n'


def test_windows_line_endings_are_kept(tmp_path):
    path = glossary_file(tmp_path, "військо: army\r\nтак: yes".encode())

    add_entry(NewEntry("ні", "no", pos="particle"), to=path)

    assert (
        path.read_bytes()
        == 'військо: army\r\nтак: yes\r\nні:\r\n  en: "no"\r\n  pos: particle\r\n'.encode()
    )


def test_a_duplicate_is_refused_naming_the_existing_entry(runner, tmp_path):
    path = glossary_file(tmp_path, "# names\nім'я: name\n".encode())

    result = runner.invoke(cli, ["add", "Ім’я", "first name", "--to", str(path)])

    assert result.exit_code == 1
    assert result.output == (
        f"Error: 'Ім’я' is already in the glossary at {path}:2; "
        "add this meaning to it with --sense, or edit that entry (nothing was written)\n"
    )
    assert path.read_bytes() == "# names\nім'я: name\n".encode()


def test_a_duplicate_in_another_file_of_the_glossary_folder_is_refused(tmp_path):
    glossary_file(tmp_path, "військо: army\n".encode(), "news.yaml")
    target = glossary_file(tmp_path, b"", "added.yaml")

    with pytest.raises(ReaderError) as raised:
        add_entry(NewEntry("ві́йсько", "troops"), to=target)

    assert raised.value.message == (
        f"'ві́йсько' is already in the glossary at {tmp_path / 'glossary' / 'news.yaml'}:1; "
        "add this meaning to it with --sense, or edit that entry (nothing was written)"
    )
    assert target.read_bytes() == b""


def test_a_texts_own_glossary_may_override_a_shared_headword(tmp_path):
    glossary_file(tmp_path, "ні: no\n".encode())
    text = tmp_path / "texts" / "pentagon-iraq"
    text.mkdir(parents=True)

    add_entry(NewEntry("ні", "not (before a verb)"), to=text / "glossary.yaml")

    own = load_glossary([text / "glossary.yaml"])
    assert own.by_key["ні"].senses[0].en == "not (before a verb)"


def test_a_file_with_problems_is_not_appended_to(runner, tmp_path):
    broken = "військо: army\nслово:\nвиведення:\n  nte: x\n".encode()
    path = glossary_file(tmp_path, broken)

    result = runner.invoke(cli, ["add", "ні", "no", "--to", str(path)])

    assert result.exit_code == 1
    assert result.output == (
        f"Error: {path}:2: 'слово': empty translation; write the English after the colon\n"
        f"{path}:4: 'виведення': unknown field 'nte'; did you mean 'note'?\n"
        f"{path}:4: 'виведення': no 'en' (the English translation); add a line 'en: ...'\n"
        f"3 problems in {path}; fix them first; nothing was written\n"
    )
    assert path.read_bytes() == broken


def test_the_new_entry_is_checked_like_any_other(tmp_path):
    path = glossary_file(tmp_path, b"")

    with pytest.raises(ProblemsFound) as raised:
        add_entry(NewEntry("NATO", "NATO", stress="НА́ТО"), to=path)

    assert raised.value.message == (
        "'NATO': a headword needs Cyrillic letters (headwords are Ukrainian words)\n"
        "'NATO': stress 'НА́ТО' does not spell the headword; "
        "write the headword itself with a stress mark\n"
        "2 problems in the new entry; nothing was written"
    )


def test_an_empty_translation_is_refused(runner, tmp_path):
    path = glossary_file(tmp_path, b"")

    result = runner.invoke(cli, ["add", "слово", "  ", "--to", str(path)])

    assert result.exit_code == 1
    assert result.output == "Error: the translation is empty; give it after the headword\n"


def test_a_file_that_cannot_take_an_appended_line_is_left_alone(tmp_path):
    flow = "{військо: army, ні: no}".encode()
    path = glossary_file(tmp_path, flow)

    with pytest.raises(ReaderError) as raised:
        add_entry(NewEntry("так", "yes"), to=path)

    assert raised.value.message.startswith(f"{path}: cannot append to this file safely (")
    assert raised.value.message.endswith(
        "add the entry by hand or use another file with --to (nothing was written)"
    )
    assert path.read_bytes() == flow


def test_only_yaml_files_are_written(tmp_path):
    with pytest.raises(ReaderError) as raised:
        add_entry(NewEntry("так", "yes"), to=tmp_path / "notes.txt")
    assert raised.value.message == f"{tmp_path / 'notes.txt'}: a glossary file name ends in .yaml"


def test_the_write_is_atomic_and_keeps_permissions(tmp_path, monkeypatch):
    path = glossary_file(tmp_path, "військо: army\n".encode())
    path.chmod(0o640)

    add_entry(NewEntry("так", "yes"), to=path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert sorted(p.name for p in path.parent.iterdir()) == ["news.yaml"]  # no temporary left

    def crash(*args):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(OSError):
        add_entry(NewEntry("ні", "no"), to=path)
    assert path.read_text(encoding="utf-8") == 'військо: army\nтак: "yes"\n'
    assert sorted(p.name for p in path.parent.iterdir()) == ["news.yaml"]


# Text YAML would misread unless quoted, each with what could go wrong.
TRICKY = [
    "no",  # boolean in YAML 1.1
    "010",  # octal 8
    "0.5",
    "1e3",
    ".inf",
    "2024-01-26",  # a date
    "~",  # null
    "null",
    "a: b",  # a mapping
    "ends with colon:",
    "#hashtag",  # a comment
    "a #b",
    '"quoted"',
    "'single'",
    "it's",
    "  leading and trailing spaces  ",
    "- dash",  # a list item
    "? question",
    "[brackets]",
    "{braces}",
    "a, b",
    "[a], {b}",
    "&anchor",
    "*alias",
    "!tag",
    "|literal",
    ">folded",
    "%directive",
    "@at",
    "`backtick",
    "tab\there",
    "two\nlines",
    "back\\slash",
    "non\u00a0breaking",
    "zero\u200bwidth",
    "мо́ва з наголосом",
    "😀 emoji",
]


@pytest.mark.parametrize("text", TRICKY)
def test_values_read_back_exactly(tmp_path, text):
    path = glossary_file(tmp_path, b"")

    add_entry(NewEntry("слово", text, note=text, pos=text), to=path)

    sense = load_glossary([path]).entries[0].senses[0]
    assert (sense.en, sense.note, sense.pos) == (text, text, text)


def test_ordinary_text_is_written_without_quotes():
    assert entry_text(NewEntry("на тлі", "amid, against the background of")) == (
        "на тлі: amid, against the background of\n"
    )
    assert entry_text(NewEntry("військо", "army; (pl.) troops")) == (
        "військо: army; (pl.) troops\n"
    )


def test_tags_and_forms_are_written_as_lists_and_read_back(runner, tmp_path):
    path = glossary_file(tmp_path, HAND_WRITTEN)
    result = runner.invoke(
        cli,
        ["add", "тло", "background", "--tags", "news, army,news", "--forms", "тла,тлом",
         "--to", str(path)],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert path.read_bytes() == HAND_WRITTEN + (
        "\nтло:\n  en: background\n  tags: [news, army]\n  forms: [тла, тлом]\n".encode()
    )
    entry = load_glossary([path]).entries[-1]
    assert entry.senses[0].tags == ("news", "army")
    assert entry.forms == (key("тла"), key("тлом"))


def test_list_values_are_quoted_where_a_list_would_misread_them(tmp_path):
    path = glossary_file(tmp_path, b"")
    add_entry(NewEntry("тло", "background", tags=("a [b]", "no", "#1")), to=path)
    assert path.read_text("utf-8") == ('тло:\n  en: background\n  tags: ["a [b]", "no", "#1"]\n')
    assert load_glossary([path]).entries[0].senses[0].tags == ("a [b]", "no", "#1")


TEXT = st.text(st.characters(exclude_categories=("Cs",)), max_size=40)
CYRILLIC = st.characters(min_codepoint=0x0430, max_codepoint=0x044F)
# A valid headword: any text with a Cyrillic letter and no ASCII Latin ones (a look-alike
# mixed into a word is refused, as tested in test_glossary).
NOT_LATIN = st.text(
    st.characters(exclude_categories=("Cs",), exclude_characters=string.ascii_letters),
    max_size=40,
)
HEADWORD = st.builds(lambda a, c, b: a + c + b, NOT_LATIN, CYRILLIC, NOT_LATIN)
TRANSLATION = TEXT.filter(str.strip)


@settings(deadline=None)  # no timing in pass/fail tests; each example writes and fsyncs a file
@given(headword=HEADWORD, translation=TRANSLATION, note=TEXT)
def test_any_text_added_reads_back_identical(headword, translation, note):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "added.yaml"
        path.write_text("військо: army\n", encoding="utf-8")
        assume(key(headword) != "військо")
        add_entry(NewEntry(headword, translation, note=note), to=path)

        entry = load_glossary([path]).entries[-1]
        assert entry.headword == headword
        assert (entry.senses[0].en, entry.senses[0].note) == (translation, note)


# --- several `reader add` at once, and a file that is a link ----------------------------


def test_several_adds_at_once_all_land(tmp_path):
    # A big file makes each add's read-check-write long, so that without the lock the
    # processes overlap and the later renames drop the earlier entries.
    lines = [f"слово{chr(0x430 + i % 32)}{i}: word {i}\n" for i in range(3000)]
    path = glossary_file(tmp_path, "".join(lines).encode())
    headwords = ["військо", "виведення", "переговори", "кінець", "епоха", "заява"]
    command = [sys.executable, "-m", "reader", "add"]
    processes = [
        subprocess.Popen(
            [*command, word, f"meaning of {word}", "--to", str(path)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for word in headwords
    ]
    outputs = [process.communicate(timeout=120) for process in processes]
    assert [process.returncode for process in processes] == [0] * len(headwords), outputs
    entries, problems = entry_writer.glossary.read_entries([path])
    assert list(problems) == []
    assert len(entries) == 3000 + len(headwords)
    assert sorted(e.headword for e in entries[3000:]) == sorted(headwords)


def test_adding_to_a_link_writes_the_file_it_points_to_and_keeps_the_link(runner, tmp_path):
    shared = tmp_path / "shared"
    shared.mkdir()
    real = glossary_file(shared, "військо: army\n".encode())
    link = tmp_path / "mine.yaml"
    link.symlink_to(real)

    result = runner.invoke(cli, ["add", "так", "yes", "--to", str(link)])

    assert result.output == f"added 'так' at {link}:2\n"
    assert link.is_symlink() and link.resolve() == real
    assert real.read_text("utf-8") == 'військо: army\nтак: "yes"\n'
