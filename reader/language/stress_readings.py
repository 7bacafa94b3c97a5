"""Which stress the dictionary's records give a token's readings.

A form with one stress in the dictionary takes it; a form whose stress depends on its reading
takes the stress of the readings the token carries, matched to the records by part of speech,
case, number, gender, verb form (`by_readings`, called by each rule of
`reader.language.stress.RULES` with the dictionary key it reads):

    війська    records  війська́ Plur Nom/Acc/Voc,  ві́йська Sing Gen
               readings genitive singular, nominative plural, ...   -> disagree: no mark,
               stress_readings (ві́йська, "genitive singular"),
                               (війська́, "nominative/accusative plural")
               readings nominative plural (narrowed by the sentence)  -> війська́

A reading no record fits says nothing; when no reading fits any record, the records'
stresses are shown as readings and the text gets no mark (never a guess shown as fact).
Three things settle it all the same, each true whichever reading holds:

    ядерне     я́дерне, or я́дерне/яде́рне (variants)      -> я́дерне: every record accepts it
    років      ро́ків/рокі́в, the dictionary's variants   -> one shown, both listed (`_one`)
    уряду      у́ряду, уря́ду (obsolete 'office')         -> у́ряду (RARE_HOMOGRAPHS)
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from reader.language import morph, stress_paradigm
from reader.language.stress_dictionary import RARE_HOMOGRAPHS, Record, apply, records
from reader.model import Analysis, StressReading

# The dictionary's parts of speech (UD's) that each learner-English part of speech may be.
UPOS = {
    "noun": frozenset({"NOUN", "PROPN"}),
    "proper noun": frozenset({"NOUN", "PROPN"}),
    "adjective": frozenset({"ADJ", "PRON", "NUM"}),  # `який`, `перший` are adjectives here
    "participle": frozenset({"ADJ", "VERB"}),
    "verb": frozenset({"VERB"}),
    "adverb": frozenset({"ADV"}),
    "numeral": frozenset({"NUM"}),
    "pronoun": frozenset({"PRON", "ADV"}),  # pymorphy3's pronouns include `зараз`, `досі`
    "preposition": frozenset({"ADP"}),
    "conjunction": frozenset({"CCONJ"}),
    "particle": frozenset({"PART"}),
    "interjection": frozenset({"INTJ"}),
}
CASES = {
    "nominative": "Nom",
    "genitive": "Gen",
    "dative": "Dat",
    "accusative": "Acc",
    "instrumental": "Ins",
    "locative": "Loc",
    "vocative": "Voc",
}
NUMBERS = {"singular": "Sing", "plural": "Plur"}
GENDERS = {"masculine": "Masc", "feminine": "Fem", "neuter": "Neut"}
_NAMES = {
    **{v: k for k, v in CASES.items()},
    **{v: k for k, v in NUMBERS.items()},
    **{v: k for k, v in GENDERS.items()},
}


@dataclass(frozen=True, slots=True)
class Decision:
    """The stress of one token, and the rule that decided it."""

    stressed: str | None  # the token with its mark; None when the tool does not commit
    readings: tuple[StressReading, ...]  # each stress, when the readings disagree
    rule: str


@dataclass(frozen=True, slots=True)
class Written:
    """A token as the stress rules read it: as written, folded, and with its readings."""

    text: str  # as written
    folded: str  # one apostrophe: the dictionary's `'`
    lower: str
    initial: bool  # the first word of its sentence
    analyses: tuple[Analysis, ...]

    @property
    def capitalised(self) -> bool:
        return self.folded != self.lower


def by_readings(token: Written, dictionary_key: str, rule: str) -> Decision | None:
    """The stress the records of `dictionary_key` give this token's readings; None when the
    dictionary lacks the key or gives it no stress."""
    found = [r for r in records(dictionary_key) or () if r.positions]
    if not found or any(p > len(token.text) for r in found for p in r.positions):
        return None
    found = _without_rare(token, found)
    stresses = dict.fromkeys(r.positions for r in found)
    if len(stresses) == 1:
        return _one(token, found[0].positions, rule)
    by_stress: dict[tuple[int, ...], list[Analysis]] = {}
    for analysis in token.analyses:
        for positions in dict.fromkeys(r.positions for r in found if _fits(r, analysis)):
            by_stress.setdefault(positions, []).append(analysis)
    if len(by_stress) == 1:
        return _one(token, next(iter(by_stress)), rule)
    common = _common(token.text, by_stress or stresses)
    if common is not None:
        return _one(token, common, rule)
    if by_stress:
        shown = tuple(
            StressReading(apply(token.text, positions), _grammar(group))
            for positions, group in by_stress.items()
        )
    else:  # no reading fits any record: the dictionary's own grammar, for each stress
        shown = tuple(
            StressReading(
                apply(token.text, positions),
                " or ".join(
                    dict.fromkeys(_record_grammar(r) for r in found if r.positions == positions)
                ),
            )
            for positions in stresses
        )
    return Decision(None, shown, rule)


def _one(token: Written, positions: tuple[int, ...], rule: str) -> Decision:
    """One stress for the token. Two marks in a word without a hyphen are the dictionary's
    variants (`ро́ків`, `рокі́в`): the package that ships it says both are acceptable, so the
    text shows one, the one other forms of the word have alone (`ро́ку`: ро́ків), else the
    first (stress_paradigm.preferred), and the popover lists both."""
    text = token.text
    if len(positions) < 2 or "-" in text:
        return Decision(apply(text, positions), (), rule)
    lemmas = tuple(dict.fromkeys(a.lemma for a in token.analyses))
    shown = stress_paradigm.preferred(token.lower, lemmas, positions)
    variants = tuple(StressReading(apply(text, (p,)), "either stress") for p in positions)
    return Decision(apply(text, (shown,)), variants, rule)


def _common(text: str, stresses: Iterable[tuple[int, ...]]) -> tuple[int, ...] | None:
    """The one stress every record accepts, when some of them are variants: ядерне is я́дерне
    in one record, я́дерне or яде́рне in the other, so я́дерне is right whichever holds."""
    if "-" in text:  # a compound's marks are one per part, not variants
        return None
    accepted = [set(positions) for positions in stresses]
    shared = set.intersection(*accepted) if accepted else set()
    return (shared.pop(),) if len(shared) == 1 else None


def _without_rare(token: Written, found: list[Record]) -> list[Record]:
    """The records left when those of a rare homograph of the token's one lemma go
    (stress_dictionary.RARE_HOMOGRAPHS: `уряду` у́ряду 'government', not уря́ду 'office')."""
    lemmas = {a.lemma for a in token.analyses}
    if len(lemmas) != 1:
        return found
    rare = RARE_HOMOGRAPHS.get(lemmas.pop())
    kept = [r for r in found if r.positions != (rare,)]
    return kept if rare and kept else found


def _fits(record: Record, analysis: Analysis) -> bool:
    """No grammar of the record contradicts the reading (a record may say less than it)."""
    allowed = UPOS.get(analysis.pos)
    if record.upos and allowed and not record.upos & allowed:
        return False
    features = _features(analysis)
    return all(
        category not in features or value in features[category]
        for category, value in record.grammar
    )


@lru_cache(maxsize=20_000)
def _features(analysis: Analysis) -> dict[str, frozenset[str]]:
    """A reading's grammar in the dictionary's categories: {"Case": {"Gen"}, ...}."""
    found: dict[str, set[str]] = {}
    for reading in morph.readings_of(analysis):
        for name, values in reading.slots:
            table = {"case": CASES, "number": NUMBERS, "gender": GENDERS}.get(name)
            if table:
                found.setdefault(name.capitalize(), set()).update(table[v] for v in values)
        # Only what a reading says for certain: pymorphy3 leaves some infinitives untagged
        # (`бути`), so a finite-looking reading does not rule out an infinitive's record.
        if reading.template.startswith("infinitive"):
            found.setdefault("VerbForm", set()).add("Inf")
        elif reading.converb:
            found.setdefault("VerbForm", set()).add("Conv")
        if reading.template.startswith("impersonal"):
            found.setdefault("Person", set()).add("0")
    return {name: frozenset(values) for name, values in found.items()}


def _grammar(analyses: list[Analysis]) -> str:
    """The readings of one stress in learner English, merged per lemma."""
    lemmas = dict.fromkeys(a.lemma for a in analyses)
    grammars = dict.fromkeys(morph.describe(analyses, lemma) for lemma in lemmas)
    return " or ".join(g for g in grammars if g)


def _record_grammar(record: Record) -> str:
    """A record's own grammar in learner English: "genitive singular"."""
    values = dict(record.grammar)
    words = [_NAMES.get(values.get(c, ""), "") for c in ("Case", "Number", "Gender")]
    return " ".join(w for w in words if w)
