"""Grammar in learner English: one pymorphy3 parse -> a Reading; several -> one phrase.

A Reading keeps its grammar as slots (case, number, gender, person) and a template, so
that the readings of an ambiguous form can be merged instead of listed. `війська` as a form
of `військо` has four parses; the vocative goes (it is not alone), readings differing only
in case join with "/", the rest with "or":

    genitive singular | nominative plural | accusative plural | vocative plural
    -> genitive singular or nominative/accusative plural

Slots merge in MERGE_SLOTS order, so `нового` (`новий`) reads "genitive/accusative
singular, masculine or genitive singular, neuter", and `є` (every person and number of
`бути`) reads "any person and number, present". What the dictionary leaves unmarked is
added from small lists: comparatives (`вищий`), superlatives (`найкращий`).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import pymorphy3

from reader.glossary.spelling import key

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
CONVERB = "adverbial participle"  # a converb's grammar, as a learner's grammar names it
# Word classes a learner's glossary treats as function words.
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
# A verb tag with none of these is an infinitive (tense, mood, the impersonal -но/-то form).
FINITE = frozenset({"pres", "futr", "past", "impr", "Impe"})
ASPECTS = {"perf": "perfective", "impf": "imperfective"}
VOICES = {"pssv": "passive participle", "actv": "active participle"}
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


@dataclass(frozen=True, slots=True)
class Reading:
    """One parse as grammar slots, kept beside its Analysis so readings can be merged."""

    lemma: str
    pos: str
    template: str  # e.g. "{case} {number}, {gender}" (filled with "/"-joined slot values)
    slots: tuple[tuple[str, frozenset[str]], ...]
    vocative: bool = False
    # Said once before the merged readings: "comparative", "superlative", "passive participle"
    prefix: str = ""

    @property
    def imperative(self) -> bool:
        return self.template.startswith("imperative")

    @property
    def converb(self) -> bool:
        """`знаючи`, `сказавши` (pymorphy3's GRND): only they read "adverbial participle"."""
        return self.template.startswith(CONVERB)

    @property
    def indeclinable(self) -> bool:
        return self.template == "indeclinable"

    def render(self) -> str:
        return _render(self.template, self.slots)

    @property
    def dictionary_form(self) -> bool:
        """Nominative or infinitive: the form a headword is written in."""
        return self.template.startswith("infinitive") or "nominative" in dict(self.slots).get(
            "case", ()
        )


def summarise(readings: list[Reading]) -> str:
    """The merged grammar of one lemma's readings: "genitive singular or nominative plural"."""
    if not readings:
        return ""
    # One part of speech: a function word's (`до` the preposition, not the musical note),
    # else the first the dictionary gives (`краще` the adverb, not the noun).
    pos = next((r.pos for r in readings if r.pos in CLOSED_CLASSES), readings[0].pos)
    readings = [r for r in readings if r.pos == pos]
    if any(not r.indeclinable for r in readings):
        readings = [r for r in readings if not r.indeclinable]  # `Марко`
    if not all(r.vocative for r in readings):
        readings = [r for r in readings if not r.vocative]
    texts = [r.render() for r in merge(readings)]
    merged = " or ".join(t for t in dict.fromkeys(texts) if t)
    return ", ".join(g for g in (readings[0].prefix, merged) if g)


def reading(parse: pymorphy3.analyzer.Parse) -> Reading | None:
    """The learner-English reading of one pymorphy3 parse (None for non-words)."""
    shape = _shape(parse.tag)
    if shape is None:
        return None
    lemma = _lemma_key(parse.normal_form)
    template, prefix = shape.template, shape.prefix
    if shape.graded == "template":
        template = degree(shape.tag_pos, lemma)
    elif shape.graded == "prefix":
        prefix = degree(shape.tag_pos, lemma)
    return Reading(lemma, shape.pos, template, shape.slots, shape.vocative, prefix)


@dataclass(frozen=True, slots=True)
class _Shape:
    """What a tag alone makes of a reading: all of it but the lemma and what depends on it."""

    tag_pos: str  # pymorphy3's part of speech ("ADJF")
    pos: str
    template: str
    slots: tuple[tuple[str, frozenset[str]], ...]
    vocative: bool
    prefix: str
    graded: str  # where degree(tag_pos, lemma) goes: "template", "prefix" or nowhere ("")


@lru_cache(maxsize=4096)  # a dictionary has a few hundred tags; each is read once
def _shape(tag: pymorphy3.tagset.OpencorporaTag) -> _Shape | None:
    """The lemma-free part of `reading`, for one tag."""
    grammemes = tag.grammemes
    pos = str(tag.POS) if tag.POS else ""
    if pos not in POS_NAMES:
        return None
    if pos == "GRND":
        return _fixed(pos, _converb_reading(grammemes, ""))
    if pos in {"VERB", "INFN"}:
        return _fixed(pos, _verb_reading("", grammemes))
    name = "proper noun" if grammemes & PROPER else POS_NAMES[pos]
    case = CASES.get(str(tag.case)) if tag.case else None
    if case is None:
        return _Shape(pos, name, "", (), False, "", "template")
    number = "plural" if "plur" in grammemes else "singular"
    if "Fixd" in grammemes:
        return _Shape(pos, name, "indeclinable", (), False, "", "")
    if pos == "NUMR":  # a numeral's own number says nothing: `двадцять` is "nominative"
        return _Shape(
            pos, name, "{case}", (("case", frozenset({case})),), case == "vocative", "", ""
        )
    slots = [("case", frozenset({case})), ("number", frozenset({number}))]
    template = "{case} {number}"
    gender = GENDERS.get(str(tag.gender)) if tag.gender else None
    if pos != "NOUN" and number == "singular" and gender:
        slots.append(("gender", frozenset({gender})))
        template += ", {gender}"
    vocative = case == "vocative"
    if pos == "ADJF" and grammemes & VOICES.keys():  # `зосереджені`, `очолюваної`
        voice = next(VOICES[g] for g in grammemes if g in VOICES)
        return _Shape(pos, "participle", template, tuple(slots), vocative, voice, "")
    return _Shape(pos, name, template, tuple(slots), vocative, "", "prefix")


def _fixed(tag_pos: str, found: Reading) -> _Shape:
    """The shape of a reading that owes nothing to its lemma but the lemma itself."""
    return _Shape(tag_pos, found.pos, found.template, found.slots, found.vocative, found.prefix, "")


@lru_cache(maxsize=200_000)
def _lemma_key(normal_form: str) -> str:
    """A dictionary form's matching key; a text's words share few lemmas, each keyed once."""
    return key(normal_form)


def _verb_reading(lemma: str, grammemes: frozenset[str]) -> Reading:
    """Finite forms, infinitive, imperative and the impersonal -но/-то form."""
    aspect = next((ASPECTS[g] for g in grammemes if g in ASPECTS), "")
    aspect_part = f", {aspect}" if aspect else ""
    if "infn" in grammemes or not grammemes & FINITE:  # the dictionary leaves `бути` bare
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


def _converb_reading(grammemes: frozenset[str], lemma: str) -> Reading:
    """`знаючи`: "adverbial participle, imperfective" (morph finds its verb for the lemma)."""
    aspect = next((ASPECTS[g] for g in grammemes if g in ASPECTS), "")
    grammar = CONVERB + (f", {aspect}" if aspect else "")
    return Reading(lemma, "verb", grammar, ())


def degree(pos: str, lemma: str) -> str:
    """Comparative or superlative, for the adjectives and adverbs the dictionary leaves bare."""
    if pos not in {"ADJF", "ADVB"}:
        return ""
    adjective = lemma if pos == "ADJF" else lemma[:-1] + "ий"
    if adjective.startswith(("най", "щонай", "якнай")) and len(adjective) > 6:
        return "superlative"
    if adjective.endswith("іший") or adjective in COMPARATIVES:
        return "comparative"
    return ""


def merge(readings: list[Reading]) -> list[Reading]:
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
                    reading.lemma, reading.pos, reading.template, ordered, prefix=reading.prefix
                )
            elif group not in merged:
                merged[group] = reading
        readings = list(merged.values())
    return readings


@lru_cache(maxsize=4096)  # templates and slot values combine in a few hundred ways
def _render(template: str, slots: tuple[tuple[str, frozenset[str]], ...]) -> str:
    """A reading's grammar in words: its template filled with its slots' values."""
    values = {name: _join(vals) for name, vals in slots}
    if len(values.get("person", "").split("/")) == 3 and "/" in values.get("number", ""):
        template = template.replace("{person} {number}", "any person and number")  # `є`
    return template.format(**values)


def _join(values: frozenset[str]) -> str:
    return "/".join(sorted(values, key=lambda v: VALUE_ORDER.index(v)))
