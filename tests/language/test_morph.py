"""Morphology as a learner reads it: the dictionary form and the grammar of a word form."""

import pytest

from reader.language.morph import (
    analyse,
    describe,
    in_dictionary_form,
    is_known,
    lemmas,
    part_of_speech,
)

# (form, lemma it is read as, grammar a learner sees)
GRAMMAR = [
    # nouns: case and number; ambiguous forms say so, vocative dropped when not alone
    ("військ", "військо", "genitive plural"),
    ("війська", "військо", "genitive singular or nominative/accusative plural"),
    ("заяву", "заява", "accusative singular"),
    ("Пентагону", "Пентагон", "genitive/dative/locative singular"),
    ("році", "рік", "locative singular"),
    ("року", "рік", "genitive/dative/locative singular"),
    ("США", "США", "indeclinable"),
    # adjectives: gender only in the singular, where it shows
    ("іранських", "іранський", "genitive/accusative/locative plural"),
    ("військовій", "військовий", "dative/locative singular, feminine"),
    (
        "нового",
        "новий",
        "genitive/accusative singular, masculine or genitive singular, neuter",
    ),
    # comparatives the dictionary leaves unmarked
    ("вищої", "вищий", "comparative, genitive singular, feminine"),
    ("найкращий", "найкращий", "superlative, nominative/accusative singular, masculine"),
    ("повільніше", "повільніше", "comparative"),
    # verbs: finite, past, infinitive, imperative, impersonal
    ("посприяє", "посприяти", "3rd person singular, future, perfective"),
    ("розпочнуть", "розпочати", "3rd person plural, future, perfective"),
    ("пишуть", "писати", "3rd person plural, present"),
    ("зробили", "зробити", "past tense, plural"),
    ("писала", "писати", "past tense, feminine"),
    ("залежало", "залежати", "past tense, neuter"),
    ("поглибити", "поглибити", "infinitive, perfective"),
    ("пишіть", "писати", "imperative, 2nd person plural"),
    ("зроблено", "зробити", "impersonal -но/-то form, perfective"),
    # participles: adjectives made from verbs, and said so
    ("зосереджені", "зосереджений", "passive participle, nominative/accusative plural"),
    ("очолюваної", "очолюваний", "passive participle, genitive singular, feminine"),
    # converbs are listed under their verb
    ("спираючись", "спиратися", "adverbial participle, imperfective"),
    ("сказавши", "сказати", "adverbial participle, perfective"),
    # pronouns: the reading asked for, not the others (`його` is also `воно`, `йога`)
    ("його", "він", "genitive/accusative singular, masculine"),
    # several parts of speech under one lemma: the function word's, else the first one's
    ("до", "до", ""),  # the preposition, not the indeclinable noun (a musical note)
    ("краще", "краще", "comparative"),  # the adverb, not the noun
    # names that also read as indeclinable surnames keep their declined reading
    ("Марко", "Марко", "nominative singular"),
    # numerals: case only; a verb form of every person says so
    ("двадцять", "двадцять", "nominative/accusative"),
    ("є", "бути", "any person and number, present"),
]


@pytest.mark.parametrize(("form", "lemma", "grammar"), GRAMMAR, ids=[g[0] for g in GRAMMAR])
def test_grammar_of_a_form_in_learner_english(form, lemma, grammar):
    assert describe(analyse(form), lemma) == grammar


def test_grammar_is_empty_when_the_form_cannot_be_that_lemma():
    assert describe(analyse("війська"), "заява") == ""


def test_vocative_is_kept_when_it_is_the_only_reading():
    assert describe(analyse("його"), "йога") == "vocative singular"


# (form, candidate lemmas, most probable first)
LEMMAS = [
    ("року", ("рік", "рок")),  # "year" before "rock music": FREQUENT_LEMMAS
    ("сході", ("схід", "сход")),  # "east" (на сході країни) before "a gathering, sprouts"
    ("голови", ("голова", "голови")),  # the noun, before the dictionary's plural-only `голови`
    ("Києві", ("київ", "кий")),  # the city (unmarked as a name) before the name `Кий`
    ("його", ("він", "воно", "його")),  # pronouns; `йога` only as a vocative: dropped
    ("нового", ("новий", "нове")),  # the adjective before itself used as a noun
    ("серед", ("серед",)),  # the preposition, not `середа` (genitive plural)
    ("їм", ("вони",)),  # the pronoun, not `їсти` (1st person singular)
    ("дій", ("дія", "діяти")),  # `діяти` only as an imperative: after the noun
    ("жив", ("жити", "живий")),  # `живий` only as a short adjective: after the verb
    ("тлі", ("тля", "тло")),  # every parse stays a candidate
    ("знаючи", ("знати",)),  # converb -> its verb
    ("підтвердилопочаток", ("підтвердилопочаток", "підтвердилопочатко")),  # unknown: itself
]


@pytest.mark.parametrize(("form", "expected"), LEMMAS, ids=[f for f, _ in LEMMAS])
def test_candidate_lemmas_most_probable_first(form, expected):
    assert lemmas(form) == expected


def test_apostrophe_variants_and_stress_parse_alike():
    expected = analyse("ім'я")
    assert expected
    assert analyse("ім’я") == analyse("імʼя") == analyse("і́м'я") == analyse("ІМ’Я") == expected
    assert is_known("ім’я") and is_known("імʼя")
    assert lemmas("зобов’язання")[0] == "зобов'язання"


def test_every_parse_is_a_candidate_not_only_the_first():
    assert {a.lemma for a in analyse("року")} == {"рок", "рік"}


def test_part_of_speech_names_proper_nouns():
    assert part_of_speech(analyse("Ллойд"), "Ллойд") == "proper noun"
    assert part_of_speech(analyse("Ірак"), "Ірак") == "noun"
    assert part_of_speech(analyse("поглибити"), "поглибити") == "verb"


def test_dictionary_forms_are_nominatives_and_infinitives():
    assert in_dictionary_form("комісія") and in_dictionary_form("покласти")
    assert not in_dictionary_form("рамках") and not in_dictionary_form("посиланням")
