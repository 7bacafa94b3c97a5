"""How a teacher writes stress in the glossary and in `reader add`: the mark, or a capital."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.cli import cli
from reader.glossary import entries as glossary
from reader.glossary.notation import marked, problem

A = "\u0301"


def _parse(text: str, path: Path) -> tuple[list, list[str]]:
    entries, problems = glossary.parse_entries(text.encode(), path)
    return entries, [str(p) for p in problems]


def test_a_capital_vowel_is_the_stressed_one(tmp_path: Path) -> None:
    path = tmp_path / "words.yaml"
    entries, problems = _parse(
        "загроза:\n  en: threat\n  stress: загрОза\nзамок:\n"
        "  - {stress: зАмок, en: castle}\n  - {stress: замОк, en: lock}\n",
        path,
    )
    assert problems == []
    assert entries[0].senses[0].stress == f"загро{A}за"
    assert [s.stress for s in entries[1].senses] == [f"за{A}мок", f"замо{A}к"]
    # A capital the headword has itself is a capital, not a stress.
    assert marked("Остін", "Остін") == "Остін"
    assert marked("ОлЕнь", "олень") == f"о{A}ле{A}нь"  # (two marks: an error, below)


def test_two_marks_in_a_word_or_a_mark_on_a_consonant_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "words.yaml"
    _, problems = _parse(
        f"загроза:\n  en: threat\n  stress: за{A}гро{A}за\n"
        f"олень:\n  en: deer\n  stress: ОлЕнь\n"
        f"мова:\n  en: language\n  stress: мов{A}а\n"
        f"північно-західний:\n  en: north-western\n  stress: півні{A}чно-за{A}хідний\n",
        path,
    )
    assert problems == [
        f"{path}:3: 'загроза': stress 'за{A}гро{A}за': two stress marks in «за{A}гро{A}за»; "
        "mark only the stressed vowel",
        f"{path}:6: 'олень': stress 'о{A}ле{A}нь': two stress marks in «о{A}ле{A}нь»; "
        "mark only the stressed vowel",
        f"{path}:9: 'мова': stress 'мов{A}а': the stress mark in «мов{A}а» is on «в», "
        "not a vowel; put it right after the stressed vowel",
    ]  # one mark in each part of a hyphenated word is right


def test_a_mark_hidden_in_a_composed_letter_counts_as_a_mark(tmp_path: Path) -> None:
    # `ѓ` is г with an acute and `ѝ` is и with a grave: one code point each, as a keyboard
    # layout or a copied dictionary may give them.
    path = tmp_path / "words.yaml"
    _, problems = _parse(
        "гора:\n  en: mountain\n  stress: ѓора\n"
        f"син:\n  en: son\n  stress: сѝн\nсиній:\n  en: blue\n  stress: сѝні{A}й\n",
        path,
    )
    assert problems == [
        f"{path}:3: 'гора': stress 'ѓора': the stress mark in «ѓора» is on «г», not a vowel; "
        "put it right after the stressed vowel",
        f"{path}:9: 'синій': stress 'сѝні{A}й': two stress marks in «сѝні{A}й»; "
        "mark only the stressed vowel",
    ]  # сѝн is right: the mark is on и


# Letters with and without a mark, as one code point (`ѓ`, `ѝ`, `á`) or as two.
STRESS_ALPHABET = st.sampled_from(list("гкеиаоуяєїйҐГЕИКAaEe -ѓќѐѝЃЍáéàÁ\u0301\u0300\u0306\u0308"))


@settings(max_examples=2000)
@given(st.text(STRESS_ALPHABET, min_size=1, max_size=10))
def test_the_verdict_on_a_stress_does_not_depend_on_how_its_letters_are_encoded(text: str) -> None:
    verdict = problem(text)
    assert problem(unicodedata.normalize("NFD", text)) == verdict
    assert problem(unicodedata.normalize("NFC", text)) == verdict


# Vowels and consonants of both cases, spaces and hyphens, marks alone or hidden in `ѓ`, `ѐ`.
WORDS_ALPHABET = st.sampled_from(list("аоеАОЕгкнГН - \u00a0\t\u0301\u0300ѓѐ"))


@settings(max_examples=3000)
@given(st.text(WORDS_ALPHABET, max_size=12))
def test_a_stress_is_right_when_each_word_has_at_most_one_mark_after_a_vowel(text: str) -> None:
    def right(word: str) -> bool:
        marks = [i for i, char in enumerate(word) if char in "\u0301\u0300"]
        return len(marks) <= 1 and all(i > 0 and word[i - 1] in "аоеАОЕ" for i in marks)

    words = unicodedata.normalize("NFD", text).replace("-", " ").split()
    assert (problem(text) is None) == all(right(word) for word in words)


def test_reader_add_writes_the_mark_for_a_capital_vowel(runner, tmp_path: Path) -> None:
    path = tmp_path / "added.yaml"
    result = runner.invoke(
        cli, ["add", "загроза", "threat", "--stress", "загрОза", "--to", str(path)]
    )
    assert result.exit_code == 0, result.output
    assert path.read_text("utf-8") == f"загроза:\n  en: threat\n  stress: загро{A}за\n"
    wrong = runner.invoke(
        cli, ["add", "мова", "language", "--stress", f"мов{A}а", "--to", str(path)]
    )
    assert wrong.exit_code == 1
    assert wrong.output == (
        f"Error: 'мова': stress 'мов{A}а': the stress mark in «мов{A}а» is on «в», not a vowel; "
        "put it right after the stressed vowel\n1 problem in the new entry; nothing was written\n"
    )
