"""Stress the trie does not give outright, decided only where it is certain (reader.language
.stress's respelled, prefixed and paradigm rules; stress_readings' common stress and rare
homographs), and the words that must stay unmarked."""

from __future__ import annotations

import pytest

from reader.language import analysis, morph, stress, stress_dictionary, stress_readings
from reader.model import Word
from reader.text import segment

A = "\u0301"  # the stress mark


def _words(text: str) -> dict[str, Word]:
    """The words of a real text through the real pipeline stages, by spelling."""
    paragraphs = segment.segment(text)
    return {text[w.start : w.end]: w for w in analysis.analyse(paragraphs)}


def _rule(text: str, initial: bool = False) -> str:
    return stress.decide(text, morph.analyse(text), initial).rule


def test_a_stress_every_record_accepts_is_right_whatever_the_reading() -> None:
    # `ядерне`: я́дерне in one record, я́дерне or яде́рне (both right) in the other.
    assert {r.positions for r in stress_dictionary.records("ядерне")} == {(1,), (1, 3)}
    words = _words("Ядерне паливо везуть до Запоріжжя.")
    assert words["Ядерне"].stressed == f"Я{A}дерне"
    assert words["Ядерне"].stress_readings == ()
    words = _words("Батьки підлітків прийшли до школи.")
    assert words["підлітків"].stressed == f"пі{A}длітків"


def test_a_rare_homograph_of_a_common_word_is_left_out(monkeypatch: pytest.MonkeyPatch) -> None:
    sentence = "Уряд ухвалив бюджет, бо щороку виникає нова потреба."
    words = _words(sentence)
    assert words["Уряд"].stressed == f"У{A}ряд"  # not уря́д 'office, rank' (obsolete)
    assert words["виникає"].stressed == f"виника{A}є"  # not ви́никає 'find by rummaging'
    assert _words("Транспорт у місті працює.")["Транспорт"].stressed == f"Тра{A}нспорт"
    # The trie has both stresses; the list is what leaves one.
    monkeypatch.setattr(stress_readings, "RARE_HOMOGRAPHS", {})
    assert stress.decide("Уряд", morph.analyse("Уряд"), True).stressed is None


def test_an_obsolete_lemma_does_not_unsettle_a_common_word() -> None:
    # pymorphy3 also reads `була` as the obsolete adjective `булий` 'former' (бу́ла).
    assert "булий" in {a.lemma for a in morph.analyse("була")}
    assert _words("Вона була вдома, коли задзвонив телефон.")["була"].stressed == f"була{A}"


def test_another_spelling_of_a_word_the_dictionary_has_takes_its_stress() -> None:
    # The dictionary writes г for a borrowed word's ґ, and the 2019 orthography's проєкт; the
    # text keeps its own letters.
    assert _words("Україна піднялася в рейтинґу свободи преси.")["рейтинґу"].stressed == (
        f"ре{A}йтинґу"
    )
    words = _words("Депутати розглянули законопроект про освіту.")
    assert words["законопроект"].stressed == f"законопрое{A}кт"
    assert _rule("законопроект") == "respelled"


def test_an_unstressed_prefix_takes_the_stress_of_the_word_it_is_put_on() -> None:
    assert _words("Фільм неповчального змісту заборонили.")["неповчального"].stressed == (
        f"неповча{A}льного"
    )
    assert _words("Це найекологічніший транспорт.")["найекологічніший"].stressed == (
        f"найекологі{A}чніший"
    )
    words = _words("Агровиробництво зросло на п'ять відсотків.")
    assert words["Агровиробництво"].stressed == f"Агровиробни{A}цтво"
    assert _rule("неповчального") == "prefixed"
    # не- before a noun may take the stress itself (не́друг): `неюрист` stays unmarked, though
    # the dictionary has юри́ст; so does a superlative whose comparative it lacks.
    assert _words("Неюрист цього не зрозуміє.")["Неюрист"].stressed is None
    assert _words("Це найстрімкіше зростання цін.")["найстрімкіше"].stressed is None


def test_a_form_the_dictionary_lacks_takes_its_lemmas_fixed_stress() -> None:
    # Every form of бездоріжжя and мудрість the dictionary lists stresses one stem vowel.
    words = _words("Машини застрягли на бездоріжжях, бо забракло мудрости.")
    assert words["бездоріжжях"].stressed == f"бездорі{A}жжях"
    assert words["мудрости"].stressed == f"му{A}дрости"  # the 2019 orthography's genitive
    assert _words("Він їздив до Кельна.")["Кельна"].stressed == f"Ке{A}льна"  # a name's forms
    assert _rule("мудрости") == "paradigm"
    # `раза` (colloquial for рази): ра́зу, ра́зом but разі́в, раза́ми: the stress moves, no mark.
    assert _words("Два раза він приходив.")["раза"].stressed is None


def test_a_sentence_initial_word_is_a_name_only_if_a_reading_is_a_noun() -> None:
    # The trie has a name А́дже; this occurrence is a conjunction or a particle: адже́.
    assert _words("Адже він прийшов.")["Адже"].stressed == f"Адже{A}"
    assert _rule("Адже", initial=True) == "word"
    assert _words("Коли він прийшов, усі мовчали.")["Коли"].stressed == f"Коли{A}"  # not Ко́ли
    # `Київ` has a noun reading whose dictionary form is a name: no mark (test_stress.py).
    assert _rule("Київ", initial=True) == "name_or_word"


def test_a_sentence_initial_name_or_word_is_decided_by_the_readings_left() -> None:
    # `Лоза`: the surname Ло́за or лоза́ 'vine'. Both readings: no mark, both shown; when the
    # sentence leaves one (here narrowed by hand, as reader.language.context does), that one.
    readings = morph.analyse("Лоза")
    both = stress.decide("Лоза", readings, True)
    assert both.stressed is None
    assert [r.stressed for r in both.readings] == [f"Ло{A}за", f"Лоза{A}"]
    name = tuple(a for a in readings if a.pos == "proper noun")
    word = tuple(a for a in readings if a.pos != "proper noun")
    assert stress.decide("Лоза", name, True).stressed == f"Ло{A}за"
    assert stress.decide("Лоза", word, True).stressed == f"Лоза{A}"


def test_two_common_words_stay_unmarked() -> None:
    # сам 'themselves' is самі́, самий 'the very' са́мі; ніщо is нічо́го, the predicative ні́чого.
    words = _words("Вони самі прийшли, і нічого не сталося.")
    assert words["самі"].stressed is None
    assert [r.stressed for r in words["самі"].stress_readings] == [f"самі{A}", f"са{A}мі"]
    assert words["нічого"].stressed is None
