"""Stress of every word token: the dictionary, the readings the Word carries, the rules."""

from __future__ import annotations

import pytest

from reader.language import analysis, morph, stress
from reader.language.stress_readings import Decision
from reader.model import StressReading, Word
from reader.text import segment

A = "\u0301"  # the stress mark


def _decide(text: str, initial: bool = False) -> stress.Decision:
    return stress.decide(text, morph.analyse(text), initial)


def _words(text: str) -> dict[str, Word]:
    """The words of a real text through the real pipeline stages, by spelling."""
    paragraphs = segment.segment(text)
    return {text[w.start : w.end]: w for w in analysis.analyse(paragraphs)}


def test_a_sentence_initial_capital_finds_the_common_word() -> None:
    # `Сторони` is also a key of its own (a name, stressed Сторо́ни); at the start of a
    # sentence the capital says nothing, and the word `сторони` is looked up.
    decision = _decide("Сторони", initial=True)
    assert decision.rule == "word"
    assert decision.stressed is None  # сто́рони (plural) or сторони́ (genitive singular)
    assert decision.readings == (
        StressReading(f"Сторони{A}", "genitive singular"),
        StressReading(f"Сто{A}рони", "nominative/accusative plural"),
    )
    plural = tuple(a for a in morph.analyse("Сторони") if a.grammar == "nominative plural")
    assert stress.decide("Сторони", plural, True).stressed == f"Сто{A}рони"


def test_inside_a_sentence_a_capital_is_a_name() -> None:
    words = _words("Делегація приїхала до Києва. Київ зустрів її дощем.")
    assert words["Києва"].stressed == f"Ки{A}єва"
    # At the start, the name Ки́їв and the word киї́в (of кий) disagree, and nothing in the
    # word's records says which: no mark, both shown.
    assert words["Київ"].stressed is None
    assert words["Київ"].stress_readings == (
        StressReading(f"Ки{A}їв", "a name"),
        StressReading(f"Киї{A}в", "a common word"),
    )
    assert stress.decide("Київ", morph.analyse("Київ"), initial=True).rule == "name_or_word"


@pytest.mark.parametrize("apostrophe", ["'", "\u2019", "\u02bc"])
def test_every_apostrophe_finds_the_dictionary_key(apostrophe: str) -> None:
    word = f"ім{apostrophe}я"
    assert _decide(word).stressed == f"ім{apostrophe}я{A}"  # the text's own apostrophe kept
    assert _decide(f"м{apostrophe}ясо").stressed == f"м{apostrophe}я{A}со"


def test_a_homograph_takes_the_stress_of_the_readings_its_word_carries() -> None:
    # `війська`: війська́ nominative plural, ві́йська genitive singular. The sentence-level
    # narrowing (reader.language.context) leaves one reading; here it is given by hand.
    readings = morph.analyse("війська")
    lemmas = morph.lemmas("війська")

    def word(grammar: str) -> Decision:
        chosen = tuple(a for a in readings if a.grammar == grammar)
        return stress.of_token("війська", chosen, lemmas, False)

    assert word("nominative plural").stressed == f"війська{A}"
    assert word("genitive singular").stressed == f"ві{A}йська"
    # In real sentences the context rules narrow the readings (reader.language.context):
    # `наші війська` agrees in the plural, `виведення війська` takes the genitive.
    assert _words("Наші війська звільнили місто.")["війська"].stressed == f"війська{A}"
    assert _words("Після виведення війська з міста стало тихо.")["війська"].stressed == (
        f"ві{A}йська"
    )
    assert _words("Ці міста великі.")["міста"].stressed == f"міста{A}"
    assert _words("Вони приїхали до міста.")["міста"].stressed == f"мі{A}ста"
    # Where the sentence leaves both readings, no mark in the text, each stress listed.
    troops = _words("Війська повернулися додому.")["Війська"]
    assert troops.stressed is None
    assert troops.stress_readings == (
        StressReading(f"Ві{A}йська", "genitive singular"),
        StressReading(f"Війська{A}", "nominative plural"),
    )


def test_readings_that_differ_by_part_of_speech_decide_the_stress() -> None:
    # `вона` has a noun reading во́на in the dictionary; the word is the pronoun, as morph's
    # ranked lemmas say, so the text is stressed вона́.
    assert _words("Вона прийшла.")["Вона"].stressed == f"Вона{A}"
    # `замок`: castle and lock are both nouns in the same cases: no mark, both shown.
    assert _decide("замок").stressed is None
    assert [r.stressed for r in _decide("замок").readings] == [f"за{A}мок", f"замо{A}к"]


def test_one_syllable_words_carry_no_mark() -> None:
    words = _words("У ніч на четвер у Київ прийшов сніг і вітер, а з ним мороз.")
    one = [w for text, w in words.items() if sum(c in "аеєиіїоуюя" for c in text.lower()) == 1]
    assert len(one) == 8
    assert all(A not in (w.stressed or "") for w in one)
    assert words["ніч"].stressed == "ніч"  # committed: nothing to mark
    assert words["четвер"].stressed == f"четве{A}р"


def test_a_mark_typed_in_the_text_stays_as_typed() -> None:
    # Even where the dictionary would put it elsewhere.
    assert _decide(f"про{A}те").stressed == f"про{A}те"
    assert _decide(f"про{A}те").rule == "typed"
    assert _decide("проте").stressed == f"проте{A}"


def test_of_the_dictionarys_variants_the_text_shows_one_the_popover_both() -> None:
    # `років`: ро́ків and рокі́в are both right; two marks would look like a typo. The text
    # shows the one `року`, `році`, `роком` have alone: ро́ків.
    decision = _decide("років")
    assert decision.stressed == f"ро{A}ків"
    assert decision.readings == (
        StressReading(f"ро{A}ків", "either stress"),
        StressReading(f"рокі{A}в", "either stress"),
    )
    # `держава`: де́ржава or держа́ва in every case but the genitive plural, which has держа́в
    # alone: держа́ва, as every form then shows it.
    words = _words("Держава гарантує захист, а держави співпрацюють.")
    assert words["Держава"].stressed == f"Держа{A}ва"
    assert words["держави"].stressed == f"держа{A}ви"
    # `також`: та́кож or тако́ж, no other form to say: the first, on every page alike.
    assert _words("Вона також прийшла.")["також"].stressed == f"та{A}кож"


def test_a_compound_the_dictionary_lacks_is_stressed_part_by_part() -> None:
    assert _decide("Київ-Харків").stressed == f"Ки{A}їв-Ха{A}рків"
    assert _decide("Київ-Харків").rule == "parts"


def test_a_word_the_dictionary_does_not_know_has_no_stress() -> None:
    assert _decide("Пупупупу").stressed is None
    assert _decide("Пупупупу").rule == "unknown"


def test_a_headword_is_stressed_in_its_dictionary_form() -> None:
    assert stress.of_headword("виведення") == f"ви{A}ведення"
    assert stress.of_headword("сторона") == f"сторона{A}"  # not the name Сторо́на
    assert stress.of_headword("замок") is None  # за́мок or замо́к: the teacher says which
    assert stress.of_headword("на тлі") is None  # two one-syllable words: nothing to mark
    assert stress.shown("замок", f"за{A}мок") == f"за{A}мок"
    assert stress.dictionary_forms("також") == (f"та{A}кож", f"тако{A}ж")


def test_a_phrase_headword_marks_only_the_words_with_one_stress() -> None:
    from reader.language.stress import of_headword

    assert of_headword("таким чином") == "таки́м чи́ном"
    # `тому` is то́му in the phrase but тому́ 'ago' on its own: not guessed
    assert of_headword("у тому числі") == "у тому числі́"
    assert of_headword("під час") is None  # one syllable each: nothing to mark
