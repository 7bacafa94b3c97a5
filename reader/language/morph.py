"""Lemmas and grammar of a Ukrainian word form, in learner English (pymorphy3 + dicts-uk).

Every parse the dictionary offers is kept as a candidate, because the first one is often
wrong (`року` comes first as `рок` "rock music", only then as `рік` "year"). A parse becomes
an `Analysis(lemma, pos, grammar)` with the grammar spelled for a learner. Candidate lemmas
are then ranked by the rules in `LEMMA_RULES` (pymorphy3 gives every Ukrainian dictionary
parse the same score, so its order alone says little):

    >>> [a.grammar for a in analyse("війська")]
    ['genitive singular', 'nominative plural', 'accusative plural', 'vocative plural']
    >>> lemmas("року")        # `рік` before `рок` "rock music" (FREQUENT_LEMMAS)
    ('рік', 'рок')
    >>> lemmas("його")        # pronouns; `йога` (only as a vocative) is dropped
    ('він', 'воно', 'його')
    >>> describe(analyse("війська"), "військо")
    'genitive singular or nominative/accusative plural'

`describe` merges the readings of one lemma (how: reader.language.grammar). Converbs (`знаючи`,
`сказавши`) get their verb's infinitive as lemma, found through a sibling form (`знають`,
`сказав`), as a learner's dictionary lists them. Lookups fold apostrophes, stress and case
first (`ім’я`, `імʼя`, `і́м'я` parse as `ім'я`) and are cached per word form.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from functools import cache, lru_cache

import pymorphy3

from reader.glossary.spelling import key
from reader.language.grammar import CLOSED_CLASSES, Reading, reading, summarise
from reader.model import Analysis

# Lemmas that win a tie with a rare homograph the dictionary lists first (`року`: `рік`, not
# `рок` "rock music"; `на адресу`: `адреса`, not `адрес` "a formal address"; `голови`:
# `голова`, not the plural-only `голови`; `Києві`: `Київ`, not `Кий`). Keep it short: each
# one is a known, frequent case.
FREQUENT_LEMMAS = frozenset({"рік", "мати", "бути", "стати", "адреса", "голова", "київ", "схід"})
# Converbs -> a sibling form whose lemma is the verb: (suffix, replacement, grammemes wanted).
CONVERB_SIBLINGS = [
    ("вшись", "вся", {"past"}),  # сказавшись -> сказався
    ("шись", "ся", {"past"}),  # принісшись -> принісся
    ("чись", "ться", {"pres"}),  # намагаючись -> намагаються
    ("вши", "в", {"past"}),  # сказавши -> сказав
    ("ши", "", {"past"}),  # принісши -> приніс
    ("чи", "ть", {"pres"}),  # знаючи -> знають, стоячи -> стоять
]


_READINGS: dict[Analysis, list[Reading]] = {}


@cache
def analyzer() -> pymorphy3.MorphAnalyzer:
    """The one pymorphy3 analyser reader loads, for the modules that need its raw parses."""
    import pymorphy3_dicts_uk  # here: what a rebuild with nothing to redo never loads

    # The dictionary by its path: `lang="uk"` alone looks for it among every installed
    # package's entry points (importlib.metadata) first; the path is the same dictionary.
    return pymorphy3.MorphAnalyzer(path=pymorphy3_dicts_uk.get_path(), lang="uk")


@lru_cache(maxsize=200_000)
def is_known(word: str) -> bool:
    """True when the dictionary has this exact word form (apostrophes and stress folded)."""
    return analyzer().word_is_known(key(word))


@lru_cache(maxsize=200_000)  # every occurrence of a form asks it, each stage again
def analyse(word: str) -> tuple[Analysis, ...]:
    """Every reading of a word form, in dictionary order, without duplicates."""
    return _analyse_key(key(word))


@lru_cache(maxsize=200_000)
def _analyse_key(form: str) -> tuple[Analysis, ...]:
    found: dict[Analysis, set[str]] = {}  # each reading with the grammemes of its parses
    for parse in analyzer().parse(form):
        found_reading = reading(parse)
        if found_reading is None:
            continue
        if found_reading.converb:  # listed under its verb, as in a learner's dictionary
            found_reading = replace(found_reading, lemma=_converb_lemma(found_reading.lemma))
        grammar = ", ".join(g for g in (found_reading.prefix, found_reading.render()) if g)
        analysis = Analysis(found_reading.lemma, found_reading.pos, grammar)
        known = _READINGS.get(analysis)
        if known is None:
            _READINGS[analysis] = [found_reading]
        elif found_reading not in known:
            known.append(found_reading)
        found.setdefault(analysis, set()).update(parse.tag.grammemes)
    return tuple(replace(a, tags=frozenset(tags)) for a, tags in found.items())


def lemmas(word: str) -> tuple[str, ...]:
    """Candidate lemmas of a word form, most probable first (see LEMMA_RULES).

    A word read first as a function word keeps only its function-word lemmas: `їм` is
    `вони`, never `їсти`. An unknown word is its own first candidate.
    """
    return _lemmas(word if word[:1].isupper() else key(word))


@lru_cache(maxsize=200_000)
def _lemmas(word: str) -> tuple[str, ...]:
    form = key(word)
    analyses = _analyse_key(form)
    order = list(dict.fromkeys(a.lemma for a in analyses))
    if form not in order and not is_known(form):
        order.insert(0, form)  # an unknown word: the dictionary only guesses its lemma
    if len(order) < 2:
        return tuple(order)  # nothing to rank, nothing for a function word to hide
    by_lemma: dict[str, list[Reading]] = {}
    for analysis in analyses:
        by_lemma.setdefault(analysis.lemma, []).extend(_READINGS.get(analysis, ()))
    context = _Context(form, word[:1].isupper(), analyses, by_lemma)
    ranked = sorted(order, key=lambda lemma: [rule(lemma, context) for rule in LEMMA_RULES])
    closed = [_closed_class(lemma, context) for lemma in ranked]
    if closed and closed[0]:
        # `серед` is the preposition, not the genitive plural of `середа`: a function word
        # hides the open-class words it happens to spell (see _function_word_first).
        ranked = ranked[: closed.index(False)] if False in closed else ranked
    return tuple(ranked)


def describe(analyses: Iterable[Analysis], lemma: str) -> str:
    """The grammar of an occurrence read as `lemma`: its readings merged, "" when none fit."""
    return _describe(tuple(analyses), lemma)


@lru_cache(maxsize=100_000)  # the glossing and the page's word table ask for the same pairs
def _describe(analyses: tuple[Analysis, ...], lemma: str) -> str:
    wanted = key(lemma)
    readings: list[Reading] = []
    plain: list[str] = []
    for analysis in analyses:
        if analysis.lemma != wanted:
            continue
        known = _READINGS.get(analysis)
        if known:
            readings.extend(r for r in known if r not in readings)
        elif analysis.grammar not in plain:
            plain.append(analysis.grammar)
    if not readings:
        return " or ".join(g for g in plain if g)
    return summarise(readings)


def in_dictionary_form(word: str) -> bool:
    """True when some reading of the word is a nominative or an infinitive, or the word is
    its own lemma (the dictionary gives `особа` and `глава` no case at all)."""
    analyses = analyse(word)
    folded = key(word)
    return any(a.lemma == folded for a in analyses) or any(
        r.dictionary_form for a in analyses for r in _READINGS.get(a, ())
    )


def readings_of(analysis: Analysis) -> tuple[Reading, ...]:
    """The grammar slots behind an analysis (case, number, gender...), for matching it."""
    return tuple(_READINGS.get(analysis, ()))


def part_of_speech(analyses: Iterable[Analysis], lemma: str) -> str:
    """The part of speech of the first reading with this lemma ("" when there is none)."""
    wanted = key(lemma)
    return next((a.pos for a in analyses if a.lemma == wanted), "")


# --- ranking candidate lemmas ------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Context:
    form: str
    capitalised: bool
    analyses: tuple[Analysis, ...]
    by_lemma: dict[str, list[Reading]]  # each lemma's readings, gathered once for all rules

    def readings(self, lemma: str) -> list[Reading]:
        return self.by_lemma.get(lemma, [])


def _not_only_rare(lemma: str, context: _Context) -> int:
    """A lemma seen only as a vocative (`його` of `йога`), an imperative (`дій` of `діяти`,
    `три` of `терти`) or a short adjective (`жив` of `живий`, beside `жити`) is improbable
    in the prose this tool reads."""
    readings = context.readings(lemma)
    return 1 if readings and all(_rare(r, context.form) for r in readings) else 0


def _rare(reading: Reading, form: str) -> bool:
    """A vocative, an imperative, or a masculine nominative/accusative with no adjective ending."""
    if reading.vocative or reading.imperative:
        return True
    slots = dict(reading.slots)
    return (
        reading.pos in ("adjective", "participle")
        and "masculine" in slots.get("gender", ())
        and bool({"nominative", "accusative"} & slots.get("case", frozenset()))
        and form[-1:] not in "йїі"  # `жив`, `повен`; not `живий`, `третій`
    )


def _function_word_first(lemma: str, context: _Context) -> int:
    """Prepositions, conjunctions, particles and pronouns are far more frequent than the rare
    noun or verb forms they coincide with (`серед`/`середа`, `їм`/`їсти`, `тому`/`том`)."""
    return 0 if _closed_class(lemma, context) else 1


def _closed_class(lemma: str, context: _Context) -> bool:
    return any(r.pos in CLOSED_CLASSES for r in context.readings(lemma))


def _adjective_before_its_noun(lemma: str, context: _Context) -> int:
    """`нового` is `новий` before `нове` ("the new"): a noun that is an adjective used as a
    noun (same stem, -е/-а/-і for -ий) means what the adjective means."""
    if not any(r.pos == "noun" for r in context.readings(lemma)):
        return 0
    stem = lemma[:-1]
    return int(
        any(
            other != lemma and other[:-2] == stem and other.endswith(("ий", "ій"))
            for other in (a.lemma for a in context.analyses if a.pos == "adjective")
        )
    )


def _proper_when_capitalised(lemma: str, context: _Context) -> int:
    """A lower-case word is rarely a name (`кіт`), a capitalised one more often is (`Ллойд`)."""
    proper = any(r.pos == "proper noun" for r in context.readings(lemma))
    return 0 if proper == context.capitalised else 1


def _frequent_first(lemma: str, context: _Context) -> int:
    """The few homographs where one lemma is overwhelmingly more common (FREQUENT_LEMMAS)."""
    return 0 if lemma in FREQUENT_LEMMAS else 1


def _dictionary_order(lemma: str, context: _Context) -> int:
    """Last, the dictionary's own order: stable and usually right among equals."""
    return 0


# Applied as a sort key, first rule most significant. Rare-only readings come first because
# that signal is nearly certain; function words next (they also cut the open-class lemmas
# after them: `lemmas`); the substantivised adjective then, as it is a near synonym; the
# known frequent lemmas before capitalisation (`Києві` is `Київ`, which the dictionary does
# not mark as a name, not the name `Кий`); capitalisation last among the rules, since
# sentence-initial words blur it.
LEMMA_RULES: list[Callable[[str, _Context], int]] = [
    _not_only_rare,
    _function_word_first,
    _adjective_before_its_noun,
    _frequent_first,
    _proper_when_capitalised,
    _dictionary_order,
]


@lru_cache(maxsize=20_000)
def _converb_lemma(form: str) -> str:
    """The infinitive behind a converb, through a sibling form; the converb itself if none."""
    for suffix, replacement, wanted in CONVERB_SIBLINGS:
        if not form.endswith(suffix):
            continue
        sibling = form[: len(form) - len(suffix)] + replacement
        for parse in analyzer().parse(sibling):
            if parse.tag.POS == "VERB" and wanted <= parse.tag.grammemes and parse.is_known:
                return key(parse.normal_form)
        break
    return form
