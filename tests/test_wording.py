"""One way to count: "1 problem", "3 problems", whichever command says it."""

from __future__ import annotations

import shutil
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.cli import cli
from reader.wording import count, printable


@pytest.mark.parametrize(
    ("number", "noun", "said"),
    [
        (0, "problem", "0 problems"),
        (1, "problem", "1 problem"),
        (3, "problem", "3 problems"),
        (1, "entry", "1 entry"),
        (2, "entry", "2 entries"),
        (2, "glossed entry", "2 glossed entries"),
        (2, "cleaning change", "2 cleaning changes"),
        (2, "Ukrainian sentence", "2 Ukrainian sentences"),
        (2, "key", "2 keys"),  # a vowel before the y
    ],
)
def test_count_says_the_number_with_its_noun(number: int, noun: str, said: str) -> None:
    assert count(number, noun) == said


def test_one_text_and_one_problem_are_singular_in_every_message(
    runner, study_corpus, tmp_path
) -> None:
    out = tmp_path / "one.json"
    result = runner.invoke(cli, ["export", "json", str(study_corpus), "-o", str(out)])
    assert result.output == f"exported 1 text -> {out}\n"
    words = study_corpus / "glossary" / "words.yaml"
    words.write_text(words.read_text("utf-8") + "ніщо:\n", "utf-8")
    result = runner.invoke(cli, ["check", str(study_corpus)])
    last = result.output.splitlines()[-1]
    assert last == f"1 problem in {study_corpus}; fix them and check again"


def test_teacher_text_reaches_the_terminal_with_control_characters_escaped(
    runner, study_corpus
) -> None:
    words = study_corpus / "glossary" / "words.yaml"
    words.write_text(words.read_text("utf-8") + '"\\e]0;pwned\\a\\u202eзло": evil\n', "utf-8")
    result = runner.invoke(cli, ["check", str(study_corpus)])
    assert "\x1b" not in result.output and "\x07" not in result.output
    assert "\u202e" not in result.output
    assert "\\x1b]0;pwned\\x07\\u202eзло" in result.output


def test_printable_keeps_line_breaks_and_tabs_and_escapes_the_rest() -> None:
    assert printable("a\tb\nc") == "a\tb\nc"
    assert printable("\x00\x1b[31m\x9b\u2066Київ") == "\\x00\\x1b[31m\\x9b\\u2066Київ"


@given(st.text())
def test_printable_leaves_no_control_or_direction_character_but_line_breaks_and_tabs(text):
    shown = printable(text)
    assert all(
        c in "\n\t" or not (unicodedata.category(c) == "Cc" or c in DIRECTION) for c in shown
    )
    if text.isprintable():
        assert shown == text


DIRECTION = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
HOSTILE_FOLDER = "notes\x1b]0;pwned\x07\x1b[31m"  # sets the terminal's title, then red
SHOWN = "notes\\x1b]0;pwned\\x07\\x1b[31m"


def test_summary_lines_show_a_hostile_corpus_path_escaped(runner, study_corpus, tmp_path) -> None:
    corpus = tmp_path / HOSTILE_FOLDER / "corpus"
    shutil.copytree(study_corpus, corpus)
    site = tmp_path / HOSTILE_FOLDER / "site"
    said = {
        "build": runner.invoke(cli, ["build", str(corpus), "-o", str(site)]),
        "check": runner.invoke(cli, ["check", str(corpus)]),
        "export": runner.invoke(cli, ["export", "json", str(corpus), "-o", str(site / "c.json")]),
        "missing": runner.invoke(cli, ["missing", str(corpus), "--limit", "1"]),
    }
    for command, result in said.items():
        assert result.exit_code == 0, (command, result.output)
        assert "\x1b" not in result.output, command
        assert "\x07" not in result.output, command
    shown = str(tmp_path / SHOWN)
    assert said["build"].output.endswith(f"-> {shown}/site/index.html\n")
    assert said["check"].output == f"checked 1 text and 7 entries in {shown}/corpus: no problems\n"
    assert said["export"].output == f"exported 1 text -> {shown}/site/c.json\n"
    assert f" in {shown}/corpus, most frequent first." in said["missing"].output


def test_a_text_without_en_txt_and_a_dictionary_reach_the_terminal_escaped(
    runner, study_corpus, tmp_path
) -> None:
    (text,) = (study_corpus / "texts").iterdir()
    folder = text.rename(text.parent / "zamok\x1b[2J")  # would clear the screen
    (folder / "en.txt").unlink()
    result = runner.invoke(cli, ["align", str(folder)])
    assert result.exit_code == 0, result.output
    assert result.stderr.startswith(f"{printable(str(folder))}/uk.txt: no en.txt yet;")
    assert "\\x1b[2J/uk.txt" in result.stderr
    dictionary = tmp_path / "uk-en.tsv"
    dictionary.write_text("старий\told\x1b[31m\n", "utf-8")  # the rest in red
    result = runner.invoke(cli, ["missing", str(study_corpus), "--dictionary", str(dictionary)])
    assert result.exit_code == 0, result.output
    assert "  en:  # dictionary: old\\x1b[31m\n" in result.output
    assert "\x1b" not in result.output
