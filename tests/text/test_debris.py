"""The whole-line rules (`reader.text.debris`): site chrome, tags, a repeated headline."""

from __future__ import annotations

import pytest

from reader.model import Change
from reader.text.source import clean

TITLE = "Кінець епохи: у Пентагоні зробили офіційну заяву щодо військ США в Іраку"


# --- scraped debris, title and tags -----------------------------------------------------------


def test_debris_is_matched_whole_line_and_ignoring_case():
    cleaned = clean("Ранкова кава\n\nLOADER\nМене звати Оксана.\nДжерело матеріалу\nloader here")

    assert cleaned.text == "Ранкова кава\n\nМене звати Оксана.\nloader here"
    assert [(c.line, c.rule) for c in cleaned.changes] == [(3, "debris"), (5, "debris")]


def test_text_yaml_debris_extends_the_list():
    cleaned = clean("Ранкова кава\n\nФото: Reuters\n\nМене звати Оксана.", ("фото: reuters",))

    assert cleaned.text == "Ранкова кава\n\nМене звати Оксана."
    assert cleaned.changes == (Change(3, "debris", "Фото: Reuters", ""),)


def test_a_headline_scraped_twice_in_one_paragraph_becomes_its_own():
    cleaned = clean("Ранкова кава\nРанкова кава\nМене звати Оксана.")

    assert cleaned.text == "Ранкова кава\n\nМене звати Оксана."
    assert cleaned.title == "Ранкова кава"
    assert cleaned.changes == (Change(2, "repeated-title", "Ранкова кава", ""),)


def test_the_title_is_the_first_line_and_a_later_repeat_stays():
    text = "Ранкова кава\n\nМене звати Оксана.\n\nРанкова кава"

    assert clean(text).text == text
    assert clean(text).title == "Ранкова кава"


@pytest.mark.parametrize(
    "block, tags",
    [
        ("Теги за темою\nСША Пентагон Ірак", ("США", "Пентагон", "Ірак")),  # a tag per word
        ("Теги за темою\nЗбройні сили України, США", ("Збройні сили України", "США")),
        ("Теги за темою\nЗбройні сили України\nСША", ("Збройні сили України", "США")),
        ("Теги: Пентагон; Ірак", ("Пентагон", "Ірак")),
        ("Теги за темою\n#США #Ірак", ("США", "Ірак")),
    ],
)
def test_tags_are_taken_from_the_tags_block(block, tags):
    cleaned = clean(f"{TITLE}\n\nТекст статті.\n\n{block}\nloader")

    assert cleaned.tags == tags
    assert cleaned.text == f"{TITLE}\n\nТекст статті."


def test_a_sentence_after_the_tags_heading_is_kept():
    cleaned = clean("Заголовок\n\nТеги\nЦе речення лишається в тексті.")

    assert cleaned.text == "Заголовок\n\nЦе речення лишається в тексті."
    assert cleaned.tags == ()
