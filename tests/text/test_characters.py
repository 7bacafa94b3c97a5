"""The character rules (`reader.text.characters`), through `clean`, on real Ukrainian."""

from __future__ import annotations

import pytest

from reader.model import Change
from reader.text.source import clean

# --- normalisation ----------------------------------------------------------------------------


def test_nfc_composes_letters_silently():
    cleaned = clean("Мій робочий день")  # й typed as и + combining breve

    assert cleaned.text == "Мій робочий день"
    assert cleaned.changes == ()


def test_windows_and_old_mac_line_ends_become_newlines_keeping_line_numbers():
    cleaned = clean("Ранкова кава\r\n\r\nЯ живу в\u00a0Житомирі.\rПрацюю в бібліотеці.")

    assert cleaned.text == "Ранкова кава\n\nЯ живу в Житомирі.\nПрацюю в бібліотеці."
    assert [c.line for c in cleaned.changes] == [3]


def test_non_breaking_and_other_spaces_are_one_change_per_line():
    cleaned = clean(
        "Наразі в\u00a0Іраку, переважно в\u00a0Багдаді, перебувають майже 2\u202f500 військових."
    )

    assert cleaned.text == (
        "Наразі в Іраку, переважно в Багдаді, перебувають майже 2 500 військових."
    )
    assert cleaned.changes == (
        Change(1, "spaces", "2 × NO-BREAK SPACE, 1 × NARROW NO-BREAK SPACE", "3 × SPACE"),
    )


@pytest.mark.parametrize(
    "dirty, name",
    [
        ("погли\u00adблення", "SOFT HYPHEN"),
        ("погли\u200bблення", "ZERO WIDTH SPACE"),
        ("погли\u200cблення", "ZERO WIDTH NON-JOINER"),
        ("погли\u200dблення", "ZERO WIDTH JOINER"),
        ("погли\u2060блення", "WORD JOINER"),
        ("погли\ufeffблення", "ZERO WIDTH NO-BREAK SPACE"),
    ],
)
def test_invisible_characters_are_removed_and_reported(dirty, name):
    cleaned = clean(f"Це посприяє {dirty} відносин")

    assert cleaned.text == "Це посприяє поглиблення відносин"
    assert cleaned.changes == (Change(1, "invisible-characters", f"1 × {name}", ""),)


def test_spaces_tabs_and_blank_lines_are_tidied_silently():
    cleaned = clean(
        "  Ранкова   кава \n\n\n\n\tМене звати Оксана.  \n   \nЯ живу\tв Житомирі.\n\n\n"
    )

    assert cleaned.text == "Ранкова кава\n\nМене звати Оксана.\n\nЯ живу в Житомирі."
    assert cleaned.changes == ()


def test_lines_inside_a_paragraph_are_kept():
    poem = "Ще не вмерла України і слава, і воля,\nЩе нам, браття молодії, усміхнеться доля."

    assert clean(poem).text == poem


# Latin letters typed inside Cyrillic words, in both cases; the whole word is reported.
LOOKALIKES = [
    ("Kиїв", "Київ"),  # Latin K
    ("Киïв", "Київ"),  # Latin i with diaeresis
    ("Kиïв", "Київ"),  # two at once
    ("Пентагoн", "Пентагон"),  # o
    ("зaяву", "заяву"),  # a
    ("пpезидeнт", "президент"),  # p, e
    ("cфері", "сфері"),  # c
    ("xата", "хата"),  # x
    ("yряд", "уряд"),  # y
    ("Mіністерство", "Міністерство"),  # M
    ("HАТО", "НАТО"),  # H
    ("Tелеграф", "Телеграф"),  # T
    ("Bійська", "Війська"),  # B
    ("Oстін", "Остін"),  # O
    ("мóва", "мо\u0301ва"),  # a precomposed Latin ó is a stressed о
]


@pytest.mark.parametrize("typed, fixed", LOOKALIKES)
def test_latin_lookalikes_in_cyrillic_words_are_fixed(typed, fixed):
    cleaned = clean(f"Слово {typed} у реченні")

    assert cleaned.text == f"Слово {fixed} у реченні"
    assert cleaned.changes == (Change(1, "latin-lookalike", typed, fixed),)


@pytest.mark.parametrize(
    "text",
    [
        "Про це він написав у X/Twitter.",  # Latin words stay Latin
        "Ба більше, CNN з посиланням на власні джерела.",
        "Новий iPhone і COVID-19.",
        "Це сталося у XXІ столітті.",  # a Roman numeral in mixed scripts is left alone
        "Компанія Samsung і Київстар.",
    ],
)
def test_latin_words_are_untouched(text):
    cleaned = clean(text)

    assert cleaned.text == text
    assert cleaned.changes == ()


# --- glued words ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "glued, split",
    [
        ("Вони вивели військз Іраку.", "Вони вивели військ з Іраку."),
        ("Ми отримали заявущодо переговорів.", "Ми отримали заяву щодо переговорів."),
        ("Прийшли на виборипрезидента.", "Прийшли на вибори президента."),
        ("Міністерствооборони США заявило.", "Міністерство оборони США заявило."),  # at start
    ],
)
def test_glued_words_are_split(glued, split):
    cleaned = clean(glued)

    assert cleaned.text == split
    assert [c.rule for c in cleaned.changes] == ["glued-words"]


@pytest.mark.parametrize(
    "text",
    [
        "Сили антидронової оборони.",  # a compound the dictionary lacks: анти|дронової
        "Суперкавітаційний двигун і гідрореактивний катер.",  # супер-, гідро-
        "Воно зовсім неповчальне.",  # не- is a prefix, not a word here
        "Дали добро наблокування колії.",  # на|блокування or набло|кування: ambiguous
        "Про це сказав Білоусенко вчора.",  # a name: capital not at a sentence start
        "Це #підтвердилопочаток і новини.укр/підтвердилопочаток",  # hashtag and URL
        "Матеріала не знайшли.",  # a non-standard form, not матеріал|а
        "Вони терпців не мали, а кавітатора не бачили.",  # endings, not words: -в, -а
    ],
)
def test_words_that_are_not_glued_are_left_alone(text):
    cleaned = clean(text)

    assert cleaned.text == text
    assert cleaned.changes == ()
