"""The teacher's one-sentence-per-line form (`reader.align.forms`): lines pair one to one,
`+` shares the line above, and the pairing prints back in that form and for review."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.align.forms import as_en_txt, side_by_side
from reader.align.pairing import align
from reader.errors import ProblemsFound
from tests.align.test_pairing import (
    EN_POOL,
    OVERRIDE_UK,
    UK_POOL,
    aligned,
    en_file,
    pairs,
    paragraphs,
)

# --- the teacher's one-sentence-per-line form ---------------------------------------------


def test_one_line_per_sentence_pairs_lines_one_to_one(tmp_path):
    # Lengths alone would pair differently: the first line is far longer than its sentence.
    en = (
        "He wrote about it on X, the social network formerly known as Twitter, where the "
        "Pentagon posts its statements.\n"
        "He also noted that this is a step towards deeper security cooperation.\n"
        "What is more, the talks will last several months.\n"
    )
    assert aligned(tmp_path, OVERRIDE_UK, en) == [
        (
            "Про це він написав у X/Twitter.",
            "He wrote about it on X, the social network formerly known as Twitter, where the "
            "Pentagon posts its statements.",
        ),
        (
            "Він також зауважив, що це — крок до поглиблення співпраці у сфері безпеки.",
            "He also noted that this is a step towards deeper security cooperation.",
        ),
        (
            "Ба більше, переговори триватимуть кілька місяців.",
            "What is more, the talks will last several months.",
        ),
    ]


def test_a_plus_line_shares_the_english_above(tmp_path):
    en = (
        "He wrote on X/Twitter that this is a step towards deeper security cooperation.\n"
        "+\n"
        "What is more, the talks will last several months.\n"
    )
    assert aligned(tmp_path, OVERRIDE_UK, en) == [
        (
            "Про це він написав у X/Twitter. | Він також зауважив, що це — крок до поглиблення "
            "співпраці у сфері безпеки.",
            "He wrote on X/Twitter that this is a step towards deeper security cooperation.",
        ),
        (
            "Ба більше, переговори триватимуть кілька місяців.",
            "What is more, the talks will last several months.",
        ),
    ]


def test_a_hard_wrapped_paragraph_is_running_text(tmp_path):
    # Three lines for three sentences, but the breaks fall inside sentences.
    en = (
        "He wrote about it on X/Twitter. He also noted that this is a step\n"
        "towards deeper security cooperation. What is more, the talks will\n"
        "last several months.\n"
    )
    assert [en for _, en in aligned(tmp_path, OVERRIDE_UK, en)] == [
        "He wrote about it on X/Twitter.",
        "He also noted that this is a step towards deeper security cooperation.",
        "What is more, the talks will last several months.",
    ]


def test_a_plus_line_in_a_paragraph_with_too_few_lines_is_an_error(tmp_path):
    en = en_file(tmp_path, "He wrote on X/Twitter that this is a step forward.\n+\n")
    with pytest.raises(ProblemsFound) as found:
        align(paragraphs(OVERRIDE_UK), en)
    assert [str(p) for p in found.value.problems] == [
        f"{en}:2: a `+` line belongs to the one-sentence-per-line form, but this paragraph has "
        "2 lines for 3 Ukrainian sentences: give every Ukrainian sentence its line"
    ]


def test_a_plus_line_cannot_open_a_paragraph(tmp_path):
    en = en_file(tmp_path, "+\nHe also noted this.\nThe talks will last months.\n")
    with pytest.raises(ProblemsFound) as found:
        align(paragraphs(OVERRIDE_UK), en)
    assert [str(p) for p in found.value.problems] == [
        f"{en}:1: a `+` line shares the English on the line above, but it opens its "
        "paragraph: put the English here"
    ]


# --- printing the pairing -----------------------------------------------------------------


def test_as_en_txt_prints_one_line_per_ukrainian_sentence(tmp_path):
    text = paragraphs("Кінець епохи", OVERRIDE_UK)
    en = en_file(
        tmp_path,
        "End of an era\n\nHe wrote on X/Twitter that this is a step towards deeper security "
        "cooperation. What is more, the talks will last several months.\n",
    )
    units, _ = align(text, en)
    printed = as_en_txt(units)
    assert printed == (
        "End of an era\n"
        "\n"
        "He wrote on X/Twitter that this is a step towards deeper security cooperation.\n"
        "+\n"
        "What is more, the talks will last several months.\n"
    )
    # Saved as en.txt, the printed form gives the same pairing.
    assert align(text, en_file(tmp_path, printed))[0] == units


def test_side_by_side_numbers_each_ukrainian_sentence(tmp_path):
    text = paragraphs("Кінець епохи", OVERRIDE_UK)
    en = en_file(
        tmp_path,
        "End of an era\n\nHe wrote on X/Twitter that this is a step towards deeper security "
        "cooperation.\n+\nWhat is more, the talks will last several months.\n",
    )
    units, _ = align(text, en)
    assert side_by_side(units) == (
        "1.1    uk  Кінець епохи\n"
        "       en  End of an era\n"
        "\n"
        "2.1    uk  Про це він написав у X/Twitter.\n"
        "2.2    uk  Він також зауважив, що це — крок до поглиблення співпраці у сфері безпеки.\n"
        "       en  He wrote on X/Twitter that this is a step towards deeper security "
        "cooperation.\n"
        "2.3    uk  Ба більше, переговори триватимуть кілька місяців.\n"
        "       en  What is more, the talks will last several months.\n"
    )


# --- properties -----------------------------------------------------------------------------


@settings(max_examples=60, deadline=None)
@given(uk=st.lists(st.sampled_from(UK_POOL), min_size=2, max_size=6), data=st.data())
def test_lines_pair_one_to_one_and_print_back_the_same(tmp_path_factory, uk, data):
    lines = data.draw(st.lists(st.sampled_from(EN_POOL), min_size=len(uk), max_size=len(uk)))
    text = paragraphs("| ".join(uk))
    folder = tmp_path_factory.mktemp("en")
    units, warnings = align(text, en_file(folder, "\n".join(lines) + "\n"))
    assert pairs(units[0]) == list(zip(uk, lines, strict=True))
    assert warnings == ()
    assert align(text, en_file(folder, as_en_txt(units)))[0] == units
