"""Reading en.txt (`reader.align.translation`): UTF-8 only, cleaned of control and direction
characters like uk.txt, and saying what it removed."""

from __future__ import annotations

import re
import tempfile
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.align.pairing import align
from reader.align.translation import read_english
from reader.cli import cli
from reader.errors import ProblemsFound
from tests.align.test_pairing import en_file, paragraphs

# What a translation must never carry onto a page: C0/C1 controls, bidirectional controls.
HOSTILE = "\x00\x07\x1b\x7f\x9b\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"


def test_controls_and_overrides_are_removed_and_reported_by_line(tmp_path: Path) -> None:
    en = tmp_path / "en.txt"
    en.write_text(
        "End of an era\n\nTalks\x1b]0;pwned\x07 began.\n\u202eon ,won kcab gnimoc era sports\n",
        "utf-8",
    )
    units, warnings = align(
        paragraphs("Кінець епохи", "Переговори почалися.| Війська повертаються."), en
    )
    assert [u.translation for u in units[1]] == [
        "Talks]0;pwned began.",
        "on ,won kcab gnimoc era sports",
    ]
    assert [str(w) for w in warnings] == [
        f"{en}:3: warning: invisible-characters: '1 × U+001B, 1 × U+0007' -> ''",
        f"{en}:4: warning: invisible-characters: '1 × RIGHT-TO-LEFT OVERRIDE' -> ''",
    ]


def test_reader_check_lists_what_was_removed_from_en_txt(runner, study_corpus: Path) -> None:
    en = study_corpus / "texts" / "staryi-zamok" / "en.txt"
    en.write_text(en.read_text("utf-8").replace("castle", "cas\u2066tle", 1), "utf-8")
    result = runner.invoke(cli, ["check", str(study_corpus)])
    assert (
        f"{en}:1: warning: invisible-characters: '1 × LEFT-TO-RIGHT ISOLATE' -> ''"
        in result.output.splitlines()
    )


@settings(deadline=None)  # a file written and read per example: slow on a busy machine
@given(
    st.lists(
        st.text(st.characters(blacklist_categories=("Cs",)) | st.sampled_from(HOSTILE)),
        min_size=1,
        max_size=6,
    )
)
def test_no_control_or_direction_character_survives_in_any_line(lines: list[str]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        en = Path(folder) / "en.txt"
        en.write_text("\n".join(lines), "utf-8")
        found, changes = read_english(en)
    kept = "".join(line.text for p in found for line in p.lines)
    assert not any(c in HOSTILE or unicodedata.category(c) == "Cc" for c in kept)
    hostile_lines = {
        n
        for n, line in enumerate(re.split(r"\r\n|\r|\n", "\n".join(lines)), 1)
        if set(line) & set(HOSTILE)
    }
    assert hostile_lines <= {c.line for c in changes}


# --- reading en.txt -------------------------------------------------------------------------


def test_en_txt_may_have_a_bom_crlf_and_no_break_spaces(tmp_path):
    en = en_file(tmp_path, "\ufeffEnd of\u00a0an era\r\n\r\nAlmost 2\u202f500 troops.\r\n".encode())
    units, _ = align(paragraphs("Кінець епохи", "Майже 2 500 військових."), en)
    assert [unit.translation for p in units for unit in p] == [
        "End of an era",
        "Almost 2 500 troops.",
    ]


def test_en_txt_that_is_not_utf8_is_an_error_with_its_line(tmp_path):
    en = en_file(tmp_path, "End of an era\n\nCaf\xe9 talks began.\n".encode("cp1252"))
    with pytest.raises(ProblemsFound) as found:
        align(paragraphs("Кінець епохи", "Переговори почалися."), en)
    assert [str(p) for p in found.value.problems] == [
        f"{en}:3: this file is not UTF-8 text (byte 0xe9 cannot be read); save it as UTF-8"
    ]
