"""The Anki source field: a title shortened to whole words (examples: test_export.py)."""

from __future__ import annotations

import pytest

from reader.site.examples import shortened


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # Short enough: as written (runs of spaces made one).
        ("Старий замок  над річкою", "Старий замок над річкою"),
        # Cut at the last whole word within 40 characters; the colon before the cut goes.
        (
            "Кінець епохи: у Пентагоні зробили офіційну заяву щодо військ США в Іраку",
            "Кінець епохи: у Пентагоні зробили…",
        ),
        ("Переговори щодо виведення військ: Пентагон", "Переговори щодо виведення військ…"),
        # One word longer than the limit: cut inside it, there is nothing else to cut at.
        (
            "Найнайнайнайнайнайнайнайнайнайнайнайбільший",
            "Найнайнайнайнайнайнайнайнайнайнайнайбіль…",
        ),
    ],
)
def test_a_long_title_is_shortened_to_whole_words(title: str, expected: str) -> None:
    assert shortened(title) == expected
