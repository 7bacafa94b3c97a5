"""One way to count: "1 problem", "3 problems", whichever command says it."""

from __future__ import annotations

import pytest

from reader.cli import cli
from reader.wording import count


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
    assert (
        result.output.splitlines()[-1] == f"1 problem in {study_corpus}; fix them and check again"
    )


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
    from reader.wording import printable

    assert printable("a\tb\nc") == "a\tb\nc"
    assert printable("\x00\x1b[31m\x9b\u2066Київ") == "\\x00\\x1b[31m\\x9b\\u2066Київ"
