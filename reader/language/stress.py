"""Stress of a word token, from the stress dictionary and the readings its sentence leaves.

A rule list decides each token (`RULES`, first match wins; `decide(...).rule` says which):

    Мо́ва (typed)          typed           the teacher's mark stays as typed
    в, військ             one_syllable    nothing to mark: the token as it is
    ... у Києві           name            capitalised inside a sentence: the name `Києві`
    Надія прийшла         person_name     at the start, a person's name or a word: `Наді́я`,
                                          both agree (`Добрий`: Добри́й, до́брий: no mark)
    Київ ...              name_or_word    at the start, name `Ки́їв` and word `киї́в` (of `кий`)
                                          disagree and nothing in the word's grammar
                                          confirms the word: no mark
    Сторони домовились    word            the word's own key, `сторони`
    Україна ...           name_only       only the name is in the dictionary
    Київ-Харків           parts           each part on its own

Inside `name`, `word` and the rest, a form with one stress takes it; a form whose stress
depends on its reading takes the stress of the readings the `Word` carries (matched to the
dictionary's records by part of speech, case, number, gender, verb form):

    війська    records  війська́ Plur Nom/Acc/Voc,  ві́йська Sing Gen
               readings genitive singular, nominative plural, ...   -> disagree: no mark,
               stress_readings (ві́йська, "genitive singular"),
                               (війська́, "nominative/accusative plural")
               readings nominative plural (narrowed by the sentence)  -> війська́

So when context analysis narrows `Word.analyses`, homographs resolve with no change here.
A reading no record fits says nothing; when no reading fits any record, the records'
stresses are shown as readings and the text gets no mark (never a guess shown as fact).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache

from reader.glossary.spelling import STRESS_MARKS, key, unify_apostrophes
from reader.language import morph
from reader.language.stress_dictionary import Record, apply, records, syllables
from reader.model import Analysis, StressReading, Token, Word

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
class _Token:
    text: str  # as written
    folded: str  # one apostrophe: the dictionary's `'`
    lower: str
    initial: bool  # the first word of its sentence
    analyses: tuple[Analysis, ...]

    @property
    def capitalised(self) -> bool:
        return self.folded != self.lower


# The decision last taken for a spelling and position, with the readings' and lemmas' tuples
# it was taken for: morph shares one tuple per form, so checking them by identity spares
# hashing their Analyses, which cost more than the rest of the stage (bench/README.md).
_SEEN: dict[tuple[str, bool], tuple[tuple, tuple, Decision]] = {}
_SEEN_MAX = 200_000


def word(
    token: Token, analyses: tuple[Analysis, ...], lemmas: tuple[str, ...], initial: bool
) -> Word:
    """The Word of a token with these readings, its stress decided from them."""
    decision = of_token(token.text, analyses, lemmas, initial)
    return Word(token.start, token.end, analyses, lemmas, decision.stressed, decision.readings)


def with_stress(word: Word, text: str, initial: bool) -> Word:
    """A Word whose readings changed after it was built, with the stress they give."""
    decision = of_token(text, word.analyses, word.lemmas, initial)
    return Word(
        word.start, word.end, word.analyses, word.lemmas, decision.stressed, decision.readings
    )


def of_token(
    text: str, analyses: tuple[Analysis, ...], lemmas: tuple[str, ...], initial: bool
) -> Decision:
    """The stress of a token with these readings and ranked lemmas."""
    seen = (text, initial)
    hit = _SEEN.get(seen)
    if hit is not None and hit[0] is analyses and hit[1] is lemmas:
        return hit[2]
    decision = _of_word(text, analyses, lemmas, initial)
    if len(_SEEN) >= _SEEN_MAX:
        _SEEN.clear()
    _SEEN[seen] = (analyses, lemmas, decision)
    return decision


@lru_cache(maxsize=200_000)  # for readings narrowed by a sentence into a tuple of their own
def _of_word(
    text: str, analyses: tuple[Analysis, ...], lemmas: tuple[str, ...], initial: bool
) -> Decision:
    # The readings of the lemmas morph ranks (a function word hides the open-class words it
    # spells: `вона` is the pronoun вона́, not a genitive во́на).
    kept = tuple(a for a in analyses if a.lemma in lemmas) or analyses
    return decide(text, kept, initial)


def decide(text: str, analyses: tuple[Analysis, ...] = (), initial: bool = False) -> Decision:
    """The stress of a token with these readings (first rule of RULES that decides)."""
    folded = unify_apostrophes(text)
    token = _Token(text, folded, folded.lower(), initial, analyses)
    for rule in RULES:
        found = rule(token)
        if found is not None:
            return found
    return Decision(None, (), "unknown")


def shown(headword: str, typed: str = "") -> str:
    """A headword as a learner sees it: the teacher's stress, else the dictionary's."""
    return typed or of_headword(headword) or headword


def of_headword(text: str) -> str | None:
    """A headword with the dictionary's stress, read in its dictionary form; None when the
    dictionary does not know it or has several (`замок`: за́мок, замо́к). A phrase is stressed
    word by word; its words the dictionary cannot stress stay as written."""
    words = text.split(" ")
    if len(words) > 1:
        marked = [of_headword(w) or w for w in words]
        return " ".join(marked) if marked != words else None
    own = tuple(a for a in morph.analyse(text) if a.lemma == key(text))
    return decide(text, own).stressed


def dictionary_forms(text: str, name: bool = False) -> tuple[str, ...]:
    """Every stressed spelling the dictionary has for this one word, whatever its reading;
    variants one by one (`також`: та́кож, тако́ж). A capitalised word may be a name or a word
    (starting a sentence), unless `name` says it is a name (a capitalised headword)."""
    folded = unify_apostrophes(text)
    found = list(records(folded) or ())
    if folded != folded.lower() and not (name and found):
        found += records(folded.lower()) or ()
    spellings: dict[str, None] = {}
    for record in found:
        if len(record.positions) > 1 and "-" not in text:
            spellings.update((apply(text, (p,)), None) for p in record.positions)
        elif record.positions:
            spellings[apply(text, record.positions)] = None
    return tuple(spellings)


# --- the rules ---------------------------------------------------------------------------


def _typed(token: _Token) -> Decision | None:
    """A mark in the text is the teacher's (or the article's): it stays as typed."""
    if any(mark in token.text for mark in STRESS_MARKS):
        return Decision(token.text, (), "typed")
    return None


def _one_syllable(token: _Token) -> Decision | None:
    """`в`, `військ`: one vowel, nothing to mark (before any lookup: most tokens are these)."""
    return Decision(token.text, (), "one_syllable") if syllables(token.text) < 2 else None


def _name(token: _Token) -> Decision | None:
    """Capitalised inside a sentence: a name, and capitalised keys are names (`Києві`)."""
    if token.initial or not token.capitalised:
        return None
    return _by_readings(token, token.folded, "name")


def _person_name(token: _Token) -> Decision | None:
    """At the start of a sentence, a word the readings say can be a person's name: the name
    (`Надія`: Наді́я) when its stress is the common word's too or the dictionary lacks the
    word; when they differ (`Добрий`: the surname Добри́й, the adjective до́брий) nothing
    decides, and the text gets no mark."""
    if not (token.initial and token.capitalised):
        return None
    proper = tuple(a for a in token.analyses if a.pos == "proper noun")
    if not proper:
        return None
    name = _by_readings(replace(token, analyses=proper), token.folded, "person_name")
    common = tuple(a for a in token.analyses if a.pos != "proper noun")
    word = _by_readings(replace(token, analyses=common), token.lower, "person_name")
    if name is None or word is None or (name.stressed and name.stressed == word.stressed):
        return name
    shown = (*_labelled(name, "a name"), *_labelled(word, "a common word"))
    return Decision(None, shown, "person_name")


def _name_or_word(token: _Token) -> Decision | None:
    """At the start, `Київ` is the name `Ки́їв` or the word `киї́в` (genitive plural of `кий`):
    when a reading's dictionary form is a name, the two disagree and the word's records carry
    no grammar its readings could confirm, nothing decides, and the text gets no mark.
    (`Сторони` has records by case and number that fit its readings: the word, by the next
    rule.)"""
    if not (token.initial and token.capitalised):
        return None
    # Only when a reading's dictionary form is itself a name (`київ`: Київ), not for every
    # rare name that spells a common word (`Мені`, but `мені` is a form of `я`).
    if not any(records(a.lemma.capitalize()) for a in token.analyses):
        return None
    word_records = records(token.lower)
    if not word_records or any(r.grammar or r.upos for r in word_records):
        return None
    name = _by_readings(token, token.folded, "name_or_word")
    word = _by_readings(token, token.lower, "name_or_word")
    if name is None or word is None or name.stressed is None or name.stressed == word.stressed:
        return None
    shown = (StressReading(name.stressed, "a name"), *_labelled(word, "a common word"))
    return Decision(None, shown, "name_or_word")


def _word(token: _Token) -> Decision | None:
    """The word's own key, in lower case: `Сторони` at the start finds `сторони`."""
    return _by_readings(token, token.lower, "word")


def _name_only(token: _Token) -> Decision | None:
    """Only the capitalised form is in the dictionary (`Україна`, `КИЇВ` as `Київ`)."""
    if not token.capitalised:
        return None
    return _by_readings(token, token.folded, "name_only") or _by_readings(
        token, token.lower.capitalize(), "name_only"
    )


def _parts(token: _Token) -> Decision | None:
    """A compound the dictionary lacks (`Київ-Харків`): each part on its own, with its own
    readings, marked only when every part is."""
    if "-" not in token.text:
        return None
    parts = [
        decide(part, morph.analyse(part), token.initial and n == 0)
        for n, part in enumerate(token.text.split("-"))
    ]
    if any(p.stressed is None for p in parts):
        return None
    return Decision("-".join(p.stressed or "" for p in parts), (), "parts")


# Order: the teacher's mark before any lookup; one-syllable words before the dictionary (they
# are most tokens and need none); names before the word, because inside a sentence a capital
# is the strongest sign there is; at the start of a sentence, the readings say whether it is a
# person's name, and an unconfirmed name/word clash must stop before the word rule guesses;
# names known only capitalised and compounds last, as fallbacks.
RULES: list[Callable[[_Token], Decision | None]] = [
    _typed,
    _one_syllable,
    _name,
    _person_name,
    _name_or_word,
    _word,
    _name_only,
    _parts,
]


# --- records against readings --------------------------------------------------------------


def _by_readings(token: _Token, dictionary_key: str, rule: str) -> Decision | None:
    """The stress the records of `dictionary_key` give this token's readings; None when the
    dictionary lacks the key or gives it no stress."""
    found = [r for r in records(dictionary_key) or () if r.positions]
    if not found or any(p > len(token.text) for r in found for p in r.positions):
        return None
    stresses = dict.fromkeys(r.positions for r in found)
    if len(stresses) == 1:
        return _one(token.text, found[0].positions, rule)
    by_stress: dict[tuple[int, ...], list[Analysis]] = {}
    for analysis in token.analyses:
        for positions in dict.fromkeys(r.positions for r in found if _fits(r, analysis)):
            by_stress.setdefault(positions, []).append(analysis)
    if len(by_stress) == 1:
        return _one(token.text, next(iter(by_stress)), rule)
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


def _one(text: str, positions: tuple[int, ...], rule: str) -> Decision:
    """One stress for the token; two marks in a word without a hyphen are the dictionary's
    variants (`ро́ків`, `рокі́в`): both are right, the text shows neither, the popover both."""
    if len(positions) < 2 or "-" in text:
        return Decision(apply(text, positions), (), rule)
    variants = tuple(StressReading(apply(text, (p,)), "either stress") for p in positions)
    return Decision(None, variants, rule)


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


def _labelled(decision: Decision, label: str) -> tuple[StressReading, ...]:
    """A decision's stress as a reading named `label`, or its own readings when undecided."""
    if decision.stressed is not None:
        return (StressReading(decision.stressed, label),)
    return decision.readings
