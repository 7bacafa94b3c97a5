"""The teacher's stress in the running text: a glossed word spelled as its headword."""

from __future__ import annotations

from pathlib import Path

from reader.glossary import match, teacher_stress
from reader.glossary.entries import load_glossary
from reader.language import analysis
from reader.text import segment
from tests.conftest import CORPUS

A = "\u0301"  # the stress mark
STORY = (CORPUS / "texts" / "na-vokzali" / "uk.txt").read_text(encoding="utf-8")


def shown(tmp_path: Path, text: str, yaml_text: str) -> dict[str, str | None]:
    """What the page shows of each word: its spelling with the stress it commits to."""
    assert text.replace("Ма́рко", "Марко") in STORY, "cases are real sentences of the story"
    (tmp_path / "glossary.yaml").write_text(yaml_text, encoding="utf-8")
    paragraphs = segment.segment(text)
    words = tuple(analysis.analyse(paragraphs))
    glosses = match.match(paragraphs, load_glossary((tmp_path / "glossary.yaml",)), words)
    return {text[w.start : w.end]: w.stressed for w in teacher_stress.apply(words, glosses)}


MARKO = "Марко:\n  en: Marko (a first name)\n  stress: Ма́рко\n"


def test_the_teachers_stress_wins_over_the_dictionarys_in_the_text(tmp_path: Path) -> None:
    text = "Марко заплатив, узяв квиток і спитав, з якої платформи відправляється поїзд."
    assert shown(tmp_path, text, "квиток:\n  en: ticket\n")["Марко"] == f"Марко{A}"
    words = shown(tmp_path, text, MARKO)
    assert words["Марко"] == f"Ма{A}рко"
    assert words["квиток"] == f"квито{A}к"  # an unglossed word keeps the dictionary's


def test_a_mark_typed_in_the_text_stays_as_typed(tmp_path: Path) -> None:
    text = "Ма́рко заплатив, узяв квиток і спитав, з якої платформи відправляється поїзд."
    glossary = "Марко:\n  en: Marko (a first name)\n  stress: Марко́\n"
    assert shown(tmp_path, text, glossary)["Ма́рко"] == "Ма́рко"


def test_another_form_of_the_headword_keeps_the_dictionarys_stress(tmp_path: Path) -> None:
    # `черги` is not the headword `черга`: where its mark goes is the dictionary's to say.
    text = "Марко став у кінець черги й подивився на табло"
    dictionary = shown(tmp_path, text, "табло:\n  en: board\n")["черги"]
    assert shown(tmp_path, text, "черга:\n  en: queue\n  stress: че́рга\n")["черги"] == dictionary
    text = "Біля каси стояла довга черга."
    assert shown(tmp_path, text, "черга:\n  en: queue\n  stress: че́рга\n")["черга"] == f"че{A}рга"


def test_senses_that_differ_in_stress_leave_the_dictionarys_decision(tmp_path: Path) -> None:
    text = "Марко заплатив, узяв квиток і спитав, з якої платформи відправляється поїзд."
    glossary = (
        "Марко:\n  senses:\n    - en: Marko (a first name)\n      stress: Ма́рко\n"
        "    - en: Marko (a pen name)\n      stress: Марко́\n"
    )
    assert shown(tmp_path, text, glossary)["Марко"] == f"Марко{A}"
