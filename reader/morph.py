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

`describe` merges the readings of one lemma: it drops the vocative unless nothing else is
left, joins readings that differ only in case (then gender, person, number) with "/", and
separates the rest with "or". Converbs (`знаючи`, `сказавши`) get their verb's infinitive as
lemma, found through a sibling form (`знають`, `сказав`), as a learner's dictionary lists them.
Lookups fold apostrophes, stress and case first (`ім’я`, `імʼя`, `і́м'я` parse as `ім'я`) and
are cached per word form.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache, lru_cache

import pymorphy3

from reader.model import Analysis
from reader.spelling import key

POS_NAMES = {
    "NOUN": "noun",
    "ADJF": "adjective",
    "ADJS": "adjective",
    "COMP": "adjective",
    "VERB": "verb",
    "INFN": "verb",
    "GRND": "verb",
    "PRTF": "participle",
    "NUMR": "numeral",
    "ADVB": "adverb",
    "NPRO": "pronoun",
    "PREP": "preposition",
    "CONJ": "conjunction",
    "PRCL": "particle",
    "INTJ": "interjection",
}
# Lemmas that win a tie with a rare homograph the dictionary lists first (`року`: `рік`, not
# `рок` "rock music"). Keep it short: each one is a known, frequent case.
FREQUENT_LEMMAS = frozenset({"рік", "мати", "бути", "стати"})
# Word classes a learner's glossary treats as function words: see _function_word_first.
CLOSED_CLASSES = frozenset({"preposition", "conjunction", "particle", "pronoun"})
PROPER = {"Name", "Surn", "Patr", "Geox", "Orgn"}  # grammemes of proper-noun parses
CASES = {
    "nomn": "nominative",
    "gent": "genitive",
    "datv": "dative",
    "accs": "accusative",
    "ablt": "instrumental",
    "loct": "locative",
    "voct": "vocative",
}
GENDERS = {"masc": "masculine", "femn": "feminine", "neut": "neuter"}
PERSONS = {"1per": "1st person", "2per": "2nd person", "3per": "3rd person"}
TENSES = {"pres": "present", "futr": "future", "past": "past tense"}
ASPECTS = {"perf": "perfective", "impf": "imperfective"}
# Slot values in the order a learner's grammar lists them; "/"-joined values follow it.
VALUE_ORDER = [
    *PERSONS.values(),
    *CASES.values(),
    "singular",
    "plural",
    *GENDERS.values(),
]
# Merging order: case ambiguity is the common one (`війська`), then gender (`нового`),
# then person and number (`є`: every person, both numbers).
MERGE_SLOTS = ("case", "gender", "person", "number")
# Comparative adjectives the dictionary does not mark (the regular ones end in -іший).
COMPARATIVES = frozenset(
    "кращий гірший більший менший вищий нижчий ширший вужчий довший коротший дорожчий "
    "дешевший легший важчий ближчий дальший глибший старший молодший тонший товщий "
    "тихший солодший м'якший твердший".split()
)
# Converbs -> a sibling form whose lemma is the verb: (suffix, replacement, grammemes wanted).
CONVERB_SIBLINGS = [
    ("вшись", "вся", {"past"}),  # сказавшись -> сказався
    ("шись", "ся", {"past"}),  # принісшись -> принісся
    ("чись", "ться", {"pres"}),  # намагаючись -> намагаються
    ("вши", "в", {"past"}),  # сказавши -> сказав
    ("ши", "", {"past"}),  # принісши -> приніс
    ("чи", "ть", {"pres"}),  # знаючи -> знають, стоячи -> стоять
]


@dataclass(frozen=True, slots=True)
class Reading:
    """One parse as grammar slots, kept beside its Analysis so readings can be merged."""

    lemma: str
    pos: str
    template: str  # e.g. "{case} {number}, {gender}" (filled with "/"-joined slot values)
    slots: tuple[tuple[str, frozenset[str]], ...]
    vocative: bool = False
    degree: str = ""  # "comparative" or "superlative", said once before merged readings

    @property
    def imperative(self) -> bool:
        return self.template.startswith("imperative")

    def render(self) -> str:
        values = {name: _join(vals) for name, vals in self.slots}
        template = self.template
        if len(values.get("person", "").split("/")) == 3 and "/" in values.get("number", ""):
            template = template.replace("{person} {number}", "any person and number")  # `є`
        return template.format(**values)

    @property
    def dictionary_form(self) -> bool:
        """Nominative or infinitive: the form a headword is written in."""
        return self.template.startswith("infinitive") or "nominative" in dict(self.slots).get(
            "case", ()
        )


_READINGS: dict[Analysis, list[Reading]] = {}


@cache
def _analyzer() -> pymorphy3.MorphAnalyzer:
    return pymorphy3.MorphAnalyzer(lang="uk")


@lru_cache(maxsize=200_000)
def is_known(word: str) -> bool:
    """True when the dictionary has this exact word form (apostrophes and stress folded)."""
    return _analyzer().word_is_known(key(word))


def analyse(word: str) -> tuple[Analysis, ...]:
    """Every reading of a word form, in dictionary order, without duplicates."""
    return _analyse_key(key(word))


@lru_cache(maxsize=200_000)
def _analyse_key(form: str) -> tuple[Analysis, ...]:
    found: dict[Analysis, None] = {}
    for parse in _analyzer().parse(form):
        reading = _reading(parse)
        if reading is None:
            continue
        grammar = ", ".join(g for g in (reading.degree, reading.render()) if g)
        analysis = Analysis(reading.lemma, reading.pos, grammar)
        _READINGS.setdefault(analysis, [])
        if reading not in _READINGS[analysis]:
            _READINGS[analysis].append(reading)
        found[analysis] = None
    return tuple(found)


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
    if not is_known(form) and form not in order:
        order.insert(0, form)  # an unknown word: the dictionary only guesses its lemma
    context = _Context(form, word[:1].isupper(), analyses)
    ranked = sorted(order, key=lambda lemma: [rule(lemma, context) for rule in LEMMA_RULES])
    closed = [_closed_class(lemma, context) for lemma in ranked]
    if closed and closed[0]:
        # `серед` is the preposition, not the genitive plural of `середа`: a function word
        # hides the open-class words it happens to spell (see _function_word_first).
        ranked = ranked[: closed.index(False)] if False in closed else ranked
    return tuple(ranked)


def describe(analyses: Iterable[Analysis], lemma: str) -> str:
    """The grammar of an occurrence read as `lemma`: its readings merged, "" when none fit."""
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
    # One part of speech: a function word's (`до` the preposition, not the musical note),
    # else the first the dictionary gives (`краще` the adverb, not the noun).
    pos = next((r.pos for r in readings if r.pos in CLOSED_CLASSES), readings[0].pos)
    readings = [r for r in readings if r.pos == pos]
    if any(r.template != "indeclinable" for r in readings):
        readings = [r for r in readings if r.template != "indeclinable"]  # `Марко`
    if not all(r.vocative for r in readings):
        readings = [r for r in readings if not r.vocative]
    texts = [r.render() for r in _merge(readings)]
    merged = " or ".join(t for t in dict.fromkeys(texts) if t)
    return ", ".join(g for g in (readings[0].degree, merged) if g)


def in_dictionary_form(word: str) -> bool:
    """True when some reading of the word is a nominative or an infinitive."""
    return any(r.dictionary_form for a in analyse(word) for r in _READINGS.get(a, ()))


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

    def readings(self, lemma: str) -> list[Reading]:
        return [r for a in self.analyses if a.lemma == lemma for r in _READINGS.get(a, ())]


def _not_only_rare(lemma: str, context: _Context) -> int:
    """A lemma seen only as a vocative (`його` of `йога`) or an imperative (`дій` of `діяти`,
    `три` of `терти`) is improbable in the prose this tool reads."""
    readings = context.readings(lemma)
    return 1 if readings and all(r.vocative or r.imperative for r in readings) else 0


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
# after them: `lemmas`); the substantivised adjective then, as it is a near synonym;
# capitalisation last among the rules, since sentence-initial words blur it.
LEMMA_RULES: list[Callable[[str, _Context], int]] = [
    _not_only_rare,
    _function_word_first,
    _adjective_before_its_noun,
    _proper_when_capitalised,
    _frequent_first,
    _dictionary_order,
]


# --- one parse -> one Reading --------------------------------------------------------------


def _reading(parse: pymorphy3.analyzer.Parse) -> Reading | None:
    """The learner-English reading of one pymorphy3 parse (None for non-words)."""
    tag = parse.tag
    grammemes = tag.grammemes
    pos = str(tag.POS) if tag.POS else ""
    lemma = key(parse.normal_form)
    if pos not in POS_NAMES:
        return None
    if pos == "GRND":
        return _converb_reading(parse, lemma)
    if pos in {"VERB", "INFN"}:
        return _verb_reading(lemma, grammemes)
    name = "proper noun" if grammemes & PROPER else POS_NAMES[pos]
    case = CASES.get(str(tag.case)) if tag.case else None
    if case is None:
        return Reading(lemma, name, _degree(pos, lemma), ())
    number = "plural" if "plur" in grammemes else "singular"
    if "Fixd" in grammemes:
        return Reading(lemma, name, "indeclinable", ())
    if pos == "NUMR":  # a numeral's own number says nothing: `двадцять` is "nominative"
        return Reading(lemma, name, "{case}", (("case", frozenset({case})),), case == "vocative")
    slots = [("case", frozenset({case})), ("number", frozenset({number}))]
    template = "{case} {number}"
    gender = GENDERS.get(str(tag.gender)) if tag.gender else None
    if pos != "NOUN" and number == "singular" and gender:
        slots.append(("gender", frozenset({gender})))
        template += ", {gender}"
    vocative = case == "vocative"
    return Reading(lemma, name, template, tuple(slots), vocative, _degree(pos, lemma))


def _verb_reading(lemma: str, grammemes: frozenset[str]) -> Reading:
    """Finite forms, infinitive, imperative and the impersonal -но/-то form."""
    aspect = next((ASPECTS[g] for g in grammemes if g in ASPECTS), "")
    aspect_part = f", {aspect}" if aspect else ""
    if "infn" in grammemes:
        return Reading(lemma, "verb", f"infinitive{aspect_part}", ())
    if "Impe" in grammemes:
        return Reading(lemma, "verb", f"impersonal -но/-то form{aspect_part}", ())
    number = "plural" if "plur" in grammemes else "singular"
    person = next((PERSONS[g] for g in grammemes if g in PERSONS), "")
    slots = [("number", frozenset({number}))]
    if person:
        slots.append(("person", frozenset({person})))
    if "impr" in grammemes:
        template = "imperative, {person} {number}" if person else "imperative, {number}"
        return Reading(lemma, "verb", template, tuple(slots))
    if "past" in grammemes:
        gender = next((GENDERS[g] for g in grammemes if g in GENDERS), "")
        if gender and number == "singular":
            return Reading(
                lemma, "verb", "past tense, {gender}", (("gender", frozenset({gender})),)
            )
        return Reading(lemma, "verb", "past tense, plural", ())
    tense = "future" if "futr" in grammemes else "present"
    template = "{person} {number}" if person else "{number}"
    template += f", {tense}" + (aspect_part if tense == "future" else "")
    return Reading(lemma, "verb", template, tuple(slots))


def _converb_reading(parse: pymorphy3.analyzer.Parse, lemma: str) -> Reading:
    """`знаючи` -> the verb `знати`, "adverbial participle, imperfective"."""
    aspect = next((ASPECTS[g] for g in parse.tag.grammemes if g in ASPECTS), "")
    grammar = "adverbial participle" + (f", {aspect}" if aspect else "")
    return Reading(_converb_lemma(lemma), "verb", grammar, ())


@lru_cache(maxsize=20_000)
def _converb_lemma(form: str) -> str:
    """The infinitive behind a converb, through a sibling form; the converb itself if none."""
    for suffix, replacement, wanted in CONVERB_SIBLINGS:
        if not form.endswith(suffix):
            continue
        sibling = form[: len(form) - len(suffix)] + replacement
        for parse in _analyzer().parse(sibling):
            if parse.tag.POS == "VERB" and wanted <= parse.tag.grammemes and parse.is_known:
                return key(parse.normal_form)
        break
    return form


def _degree(pos: str, lemma: str) -> str:
    """Comparative or superlative, for the adjectives and adverbs the dictionary leaves bare."""
    if pos not in {"ADJF", "ADVB"}:
        return ""
    adjective = lemma if pos == "ADJF" else lemma[:-1] + "ий"
    if adjective.startswith(("най", "щонай", "якнай")) and len(adjective) > 6:
        return "superlative"
    if adjective.endswith("іший") or adjective in COMPARATIVES:
        return "comparative"
    return ""


def _merge(readings: list[Reading]) -> list[Reading]:
    """Join readings that differ in one slot only, slot by slot in MERGE_SLOTS order."""
    for slot in MERGE_SLOTS:
        merged: dict[tuple, Reading] = {}
        for reading in readings:
            slots = dict(reading.slots)
            rest = tuple((n, v) for n, v in reading.slots if n != slot)
            group = (reading.lemma, reading.template, rest, slot in slots)
            if group in merged and slot in slots:
                old = dict(merged[group].slots)
                old[slot] = old[slot] | slots[slot]
                ordered = tuple((n, old[n]) for n, _ in merged[group].slots)
                merged[group] = Reading(
                    reading.lemma, reading.pos, reading.template, ordered, degree=reading.degree
                )
            elif group not in merged:
                merged[group] = reading
        readings = list(merged.values())
    return readings


def _join(values: frozenset[str]) -> str:
    return "/".join(sorted(values, key=lambda v: VALUE_ORDER.index(v)))
