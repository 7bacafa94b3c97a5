"""`reader add --sense`: one more meaning for an entry, only that entry's lines edited."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings

from reader.cli import cli
from reader.errors import ReaderError
from reader.glossary.adding import add_sense
from reader.glossary.entries import load_glossary
from reader.glossary.yamltext import NewEntry, entry_text
from reader.model import Sense
from tests.glossary.test_adding import HAND_WRITTEN, TEXT, TRANSLATION, glossary_file


def test_a_one_sense_entry_becomes_a_list_and_every_other_byte_stays(runner, tmp_path):
    path = glossary_file(tmp_path, HAND_WRITTEN)
    result = runner.invoke(
        cli, ["add", "військо", "host (a multitude)", "--sense", "--to", str(path)]
    )
    assert result.exit_code == 0, result.output
    assert result.output == f"added sense 2 of 'військо' at {path}:3\n"
    assert path.read_bytes() == HAND_WRITTEN.replace(
        "військо:   army; (pl.) troops     # see also «війська»\n".encode(),
        "військо:\n"
        "  - army; (pl.) troops     # see also «війська»\n"
        "  - host (a multitude)\n".encode(),
    )
    (entry, *_) = load_glossary([path]).entries
    assert entry.senses == (Sense("army; (pl.) troops"), Sense("host (a multitude)"))


def test_a_mapping_of_fields_becomes_the_first_sense_of_a_list(tmp_path):
    path = glossary_file(tmp_path, HAND_WRITTEN)
    add_sense(NewEntry("виведення", "removal", pos="noun", tags=("formal",)), path)
    assert path.read_bytes() == HAND_WRITTEN.replace(
        "виведення :\n"
        "    en:    withdrawal (of troops)\n"
        "    note: 'Verbal noun: «вивести»'\n".encode(),
        "виведення :\n"
        "    - en:    withdrawal (of troops)\n"
        "      note: 'Verbal noun: «вивести»'\n"
        "    - en: removal\n"
        "      pos: noun\n"
        "      tags: [formal]\n".encode(),
    )
    entry = load_glossary([path]).entries[1]
    assert entry.senses == (
        Sense("withdrawal (of troops)", note="Verbal noun: «вивести»"),
        Sense("removal", pos="noun", tags=("formal",)),
    )


def test_the_last_entry_of_a_file_without_a_final_newline_takes_a_sense(tmp_path):
    path = glossary_file(tmp_path, HAND_WRITTEN)
    origin, number = add_sense(NewEntry("на тлі", "against the background of"), path)
    assert (origin.line, number) == (10, 2)
    assert path.read_bytes() == HAND_WRITTEN.replace(
        "на тлі: amid   # no final newline after this comment".encode(),
        "на тлі:\n  - amid   # no final newline after this comment\n"
        "  - against the background of\n".encode(),
    )


@pytest.mark.parametrize(
    "before, after",
    [
        (  # a block list of senses: one more item, indented as the others
            "замок:\n  - {stress: за́мок, en: castle}\n  - lock\nтло: background\n",
            "замок:\n  - {stress: за́мок, en: castle}\n  - lock\n  - bolt, latch\nтло: background\n",
        ),
        (  # a list of senses under `senses:` written [in, flow]: before its `]`
            "ключ:\n  forms: [ключі]\n  senses: [key, clef]\n",
            'ключ:\n  forms: [ключі]\n  senses: [key, clef, "bolt, latch"]\n',
        ),
        (  # one sense as a {flow: mapping}: the list is made around it
            "замок: {stress: за́мок, en: castle}  # a building\n",
            'замок: [{stress: за́мок, en: castle}, "bolt, latch"]  # a building\n',
        ),
        (  # Windows line ends are kept, the new lines get them too
            "замок: castle\r\nтло: background\r\n",
            "замок:\r\n  - castle\r\n  - bolt, latch\r\nтло: background\r\n",
        ),
    ],
)
def test_each_shape_of_entry_takes_the_sense_in_its_own_style(tmp_path, before, after):
    path = glossary_file(tmp_path, before.encode())
    add_sense(NewEntry("замок" if "замок" in before else "ключ", "bolt, latch"), path)
    assert path.read_bytes() == after.encode()
    (entry, *_) = load_glossary([path]).entries
    assert entry.senses[-1] == Sense("bolt, latch")


def test_a_sense_may_bring_its_own_forms_and_tags(tmp_path):
    path = glossary_file(tmp_path, "замок: castle\n".encode())
    add_sense(NewEntry("замок", "lock", forms=("замка́",), tags=("home", "a, b")), path)
    assert path.read_text("utf-8") == (
        'замок:\n  - castle\n  - en: lock\n    tags: [home, "a, b"]\n    forms: [замка́]\n'
    )
    (entry,) = load_glossary([path]).entries
    assert entry.senses[-1].tags == ("home", "a, b")
    assert entry.forms == ("замка",)


def test_the_sense_goes_to_the_file_of_the_glossary_that_holds_the_entry(runner, tmp_path):
    news = glossary_file(tmp_path, "тло: background\n".encode())
    core = glossary_file(tmp_path, "замок: castle\n".encode(), "core.yaml")
    result = runner.invoke(cli, ["add", "Замок", "lock", "--sense", "--to", str(news)])
    assert result.exit_code == 0, result.output
    assert result.output == f"added sense 2 of 'Замок' at {core}:1\n"
    assert core.read_bytes() == "замок:\n  - castle\n  - lock\n".encode()
    assert news.read_bytes() == "тло: background\n".encode()


@pytest.mark.parametrize(
    "data, message",
    [
        (
            "тло: background\n",
            "'замок' is not in {path} yet; add it without --sense (nothing was written)",
        ),
        (
            "замок: castle,\n  a building\n",
            "{path}:1: cannot add a sense to 'замок' here (its translation runs over several "
            "lines); make it a list of senses by hand (nothing was written)",
        ),
        (
            "замок: |\n  castle\n",
            "{path}:1: cannot add a sense to 'замок' here (its translation runs over several "
            "lines); make it a list of senses by hand (nothing was written)",
        ),
    ],
)
def test_what_cannot_take_a_sense_is_refused_and_left_alone(tmp_path, data, message):
    path = glossary_file(tmp_path, data.encode())
    with pytest.raises(ReaderError) as refused:
        add_sense(NewEntry("замок", "lock"), path)
    assert refused.value.message == message.format(path=path)
    assert path.read_bytes() == data.encode()


def test_a_sense_that_fails_the_glossarys_checks_is_refused(tmp_path):
    path = glossary_file(tmp_path, "замок: castle\n".encode())
    with pytest.raises(ReaderError) as refused:
        add_sense(NewEntry("замок", "lock", stress="замо́чок"), path)
    assert "stress 'замо́чок' does not spell the headword" in refused.value.message
    assert path.read_bytes() == "замок: castle\n".encode()


@settings(deadline=None)  # each example writes and fsyncs a file
@given(translation=TRANSLATION, note=TEXT)
def test_any_text_added_as_a_sense_reads_back_identical(translation, note):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "added.yaml"
        path.write_text("військо: army  # note\nтло: background\n", encoding="utf-8")
        add_sense(NewEntry("військо", translation, note=note), path)
        first, second = load_glossary([path]).entries
        assert first.senses == (Sense("army"), Sense(translation, note=note))
        assert second.senses == (Sense("background"),)


@settings(deadline=None, max_examples=60)  # each example writes and fsyncs a file
@given(old=TRANSLATION, note=TEXT, new=TRANSLATION, pos=TEXT)
def test_any_entry_reader_add_wrote_takes_any_sense(old, note, new, pos):
    # the entry as `reader add` writes it: short form without a note, long form with one
    first = entry_text(NewEntry("військо", old, note=note))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "added.yaml"
        path.write_text(f"# news\n{first}тло: background\n", encoding="utf-8")
        add_sense(NewEntry("військо", new, pos=pos), path)
        entry, other = load_glossary([path]).entries
        assert entry.senses == (Sense(old, note=note), Sense(new, pos=pos))
        assert other.senses == (Sense("background"),)
        assert path.read_text("utf-8").startswith("# news\nвійсько:")
