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
    рейтинґу, проекту     respelled       the dictionary's spelling: рейтингу, проєкту
    неповчального         prefixed        an unstressed prefix on a word it has: повча́льного
    мудрости, Кельна      paradigm        every listed form of the lemma has one stem stress

Inside `name`, `word` and the rest, a form whose stress depends on its reading takes the
stress of the readings the `Word` carries (`stress_readings.by_readings`: `війська` is
війська́ in the nominative plural, ві́йська in the genitive singular), so when context
analysis narrows `Word.analyses`, homographs resolve with no change here; a stress every
fitting record accepts, and one of the dictionary's variants (both right), are shown too.
A word the dictionary lacks gets a mark only from evidence that holds for every reading (the
last three rules); otherwise no mark, never a guess. Here too are the
stress of a glossary headword (`of_headword`, `shown`) and every stressed spelling of a
word (`dictionary_forms`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache

from reader.glossary.spelling import STRESS_MARKS, key, unify_apostrophes
from reader.language import morph, stress_paradigm
from reader.language.stress_dictionary import MARK, RARE_LEMMAS, apply, records, syllables
from reader.language.stress_readings import Decision, Written, by_readings
from reader.model import Analysis, StressReading, Token, Word

# The decisions taken, by spelling, position, ranked lemmas and the identity of each reading:
# morph makes one Analysis per reading of a form, and a sentence that narrows them makes a
# new tuple of the same Analyses, so their ids find the decision without hashing Analyses,
# which cost more than the rest of the stage (bench/README.md). Each entry keeps its
# readings alive, so no other object can take one of their ids while it is stored.
_SEEN: dict[tuple, tuple[tuple[Analysis, ...], Decision]] = {}
_SEEN_MAX = 200_000


def word(
    token: Token, analyses: tuple[Analysis, ...], lemmas: tuple[str, ...], initial: bool
) -> Word:
    """The Word of a token with these readings, its stress decided from them."""
    decision = of_token(token.text, analyses, lemmas, initial)
    return Word(token.start, token.end, analyses, lemmas, decision.stressed, decision.readings)


def of_token(
    text: str, analyses: tuple[Analysis, ...], lemmas: tuple[str, ...], initial: bool
) -> Decision:
    """The stress of a token with these readings and ranked lemmas."""
    seen = (text, initial, lemmas, *map(id, analyses))
    hit = _SEEN.get(seen)
    if hit is not None:
        return hit[1]
    decision = _of_word(text, analyses, lemmas, initial)
    if len(_SEEN) >= _SEEN_MAX:
        _SEEN.clear()
    _SEEN[seen] = (analyses, decision)
    return decision


def _of_word(
    text: str, analyses: tuple[Analysis, ...], lemmas: tuple[str, ...], initial: bool
) -> Decision:
    # The readings of the lemmas morph ranks (a function word hides the open-class words it
    # spells: `вона` is the pronoun вона́, not a genitive во́на).
    # Nor do rare lemmas pymorphy3 lists beside a common one (stress_dictionary.RARE_LEMMAS:
    # `була` is була́ of `бути`, not бу́ла of the obsolete `булий`).
    kept = tuple(a for a in analyses if a.lemma in lemmas) or analyses
    kept = tuple(a for a in kept if a.lemma not in RARE_LEMMAS) or kept
    return decide(text, kept, initial)


def decide(text: str, analyses: tuple[Analysis, ...] = (), initial: bool = False) -> Decision:
    """The stress of a token with these readings (first rule of RULES that decides)."""
    folded = unify_apostrophes(text)
    token = Written(text, folded, folded.lower(), initial, analyses)
    for rule in RULES:
        found = rule(token)
        if found is not None:
            return found
    return Decision(None, (), "unknown")


def shown(headword: str, typed: str = "") -> str:
    """A headword as a learner sees it: the teacher's stress, else the dictionary's."""
    return typed or of_headword(headword) or headword


@lru_cache(maxsize=100_000)  # every page's word table asks it of each lemma (bench/README.md)
def of_headword(text: str) -> str | None:
    """A headword with the dictionary's stress, read in its dictionary form; None when the
    dictionary does not know it or has several (`замок`: за́мок, замо́к), but of the
    dictionary's variants, both right, the one the text shows (`держа́ва`). A phrase is stressed
    word by word, but its words are not dictionary forms (`у тому числі`: `тому` is tóму
    here, тому́ "ago" elsewhere), so only a word with one stress in the dictionary is marked;
    the others stay as written."""
    words = text.split(" ")
    if len(words) > 1:
        marked = [_only_stress(w) or w for w in words]
        return " ".join(marked) if marked != words else None
    own = tuple(a for a in morph.analyse(text) if a.lemma == key(text))
    return decide(text, own).stressed


def _only_stress(word: str) -> str | None:
    """The word's one stressed spelling, whatever its reading; None when it has none or several."""
    forms = dictionary_forms(word)
    return forms[0] if len(forms) == 1 else None


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


def _typed(token: Written) -> Decision | None:
    """A mark in the text is the teacher's (or the article's): it stays as typed."""
    if any(mark in token.text for mark in STRESS_MARKS):
        return Decision(token.text, (), "typed")
    return None


def _one_syllable(token: Written) -> Decision | None:
    """`в`, `військ`: one vowel, nothing to mark (before any lookup: most tokens are these)."""
    return Decision(token.text, (), "one_syllable") if syllables(token.text) < 2 else None


def _name(token: Written) -> Decision | None:
    """Capitalised inside a sentence: a name, and capitalised keys are names (`Києві`)."""
    if token.initial or not token.capitalised:
        return None
    return by_readings(token, token.folded, "name")


def _person_name(token: Written) -> Decision | None:
    """At the start of a sentence, a word the readings say can be a person's name: the name
    (`Надія`: Наді́я) when its stress is the common word's too or the dictionary lacks the
    word; when they differ (`Добрий`: the surname Добри́й, the adjective до́брий) nothing
    decides, and the text gets no mark. When the sentence left only the name's readings
    (`Лоза` the surname Ло́за, not лоза́ 'vine'), the name; only the word's, the next rules."""
    if not (token.initial and token.capitalised):
        return None
    proper = tuple(a for a in token.analyses if a.pos == "proper noun")
    if not proper:
        return None
    name = by_readings(replace(token, analyses=proper), token.folded, "person_name")
    common = tuple(a for a in token.analyses if a.pos != "proper noun")
    if not common:
        return name
    word = by_readings(replace(token, analyses=common), token.lower, "person_name")
    if name is None or word is None or (name.stressed and name.stressed == word.stressed):
        return name
    shown = (*_labelled(name, "a name"), *_labelled(word, "a common word"))
    return Decision(None, shown, "person_name")


def _name_or_word(token: Written) -> Decision | None:
    """At the start, `Київ` is the name `Ки́їв` or the word `киї́в` (genitive plural of `кий`):
    when a reading's dictionary form is a name, the two disagree and the word's records carry
    no grammar its readings could confirm, nothing decides, and the text gets no mark.
    (`Сторони` has records by case and number that fit its readings: the word, by the next
    rule.)"""
    if not (token.initial and token.capitalised):
        return None
    # Only when a noun reading's dictionary form is itself a name (`київ`: Київ), not for
    # every rare name that spells a common word (`Мені`, but `мені` is a form of `я`), nor
    # when no reading of this occurrence is a noun (`Адже`, a conjunction: адже́).
    if not any(
        records(a.lemma.capitalize()) for a in token.analyses if a.pos in ("noun", "proper noun")
    ):
        return None
    # A form pymorphy3 also reads as a proper noun (`Лоза`) reached this rule without that
    # reading: the sentence left the common word (`Київ` has no such reading to lose).
    if any(a.pos == "proper noun" for a in morph.analyse(token.text)):
        return None
    word_records = records(token.lower)
    if not word_records or any(r.grammar or r.upos for r in word_records):
        return None
    name = by_readings(token, token.folded, "name_or_word")
    word = by_readings(token, token.lower, "name_or_word")
    if name is None or word is None or name.stressed is None or name.stressed == word.stressed:
        return None
    shown = (StressReading(name.stressed, "a name"), *_labelled(word, "a common word"))
    return Decision(None, shown, "name_or_word")


def _word(token: Written) -> Decision | None:
    """The word's own key, in lower case: `Сторони` at the start finds `сторони`."""
    return by_readings(token, token.lower, "word")


def _name_only(token: Written) -> Decision | None:
    """Only the capitalised form is in the dictionary (`Україна`, `КИЇВ` as `Київ`)."""
    if not token.capitalised:
        return None
    return by_readings(token, token.folded, "name_only") or by_readings(
        token, token.lower.capitalize(), "name_only"
    )


def _parts(token: Written) -> Decision | None:
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


def _respelled(token: Written) -> Decision | None:
    """A spelling the dictionary writes otherwise, same letters' count, same stress: ґ in
    borrowed words (`рейтинґу`, `Булґакова`: the dictionary has рейтингу, Булгакова), and
    the є of the 2019 orthography (`проекту` is проє́кту)."""
    # In the order of the rules above: at a sentence's start the word, else the name first.
    keys = (token.lower, token.folded) if token.initial else (token.folded, token.lower)
    for written in dict.fromkeys(keys):
        respelled = _respell(written)
        if respelled != written:
            found = by_readings(token, respelled, "respelled")
            if found is not None:
                return found
    return None


def _respell(word: str) -> str:
    for old, new in RESPELLINGS:
        word = word.replace(old, new)
    return word


# (as a text may write it, as the dictionary does), applied in turn.
RESPELLINGS = [
    ("ґ", "г"),
    ("Ґ", "Г"),
    ("проект", "проєкт"),  # and законопроект, спроектувати
    ("Проект", "Проєкт"),
    ("траектор", "траєктор"),
]


def _prefixed(token: Written) -> Decision | None:
    """A word the dictionary lacks made of an unstressed prefix and a word it has: the
    superlative's най-, якнай-, щонай- (`найекологічніший` as екологі́чніший), the negating не- of an
    adjective, adverb or participle (`неповчального` as повча́льного), a combining form
    (`агровиробництво` as виро́бництво). Each takes the base's stress; the base must be a
    word of two or more syllables with a reading of the token's part of speech."""
    for prefix, parts_of_speech in PREFIXES:
        if not token.lower.startswith(prefix) or syllables(token.text[len(prefix) :]) < 2:
            continue
        own = {a.pos for a in token.analyses}
        if not own or not own <= parts_of_speech:
            return None
        base = token.text[len(prefix) :]
        readings = tuple(a for a in morph.analyse(base) if a.pos in own)
        found = decide(base, readings) if readings else None
        if found is None or found.stressed is None or MARK not in found.stressed:
            return None
        head = token.text[: len(prefix)]
        shown = tuple(replace(r, stressed=head + r.stressed) for r in found.readings)
        return Decision(head + found.stressed, shown, "prefixed")
    return None


_OPEN = frozenset({"noun", "adjective", "adverb", "participle", "verb"})
# The first part of a compound written as one word that leaves the main stress to the second,
# as every such compound does (`агровиробництво` as виро́бництво, `гідрореактивний`).
COMBINING_FORMS = (
    "агро", "авто", "аудіо", "біо", "відео", "гідро", "екстра", "еко", "електро", "енерго",
    "кібер", "макро", "мікро", "мото", "мульти", "нано", "радіо", "супер", "теле", "термо",
    "ультра", "фото",
)  # fmt: skip
# Longer prefixes first (`якнай` before `най`); each with the parts of speech it makes.
PREFIXES = [
    ("якнай", frozenset({"adjective", "adverb"})),
    ("щонай", frozenset({"adjective", "adverb"})),
    ("най", frozenset({"adjective", "adverb"})),
    ("не", frozenset({"adjective", "adverb", "participle"})),
    *sorted(((f, _OPEN) for f in COMBINING_FORMS), key=lambda p: -len(p[0])),
]


def _paradigm(token: Written) -> Decision | None:
    """A form the dictionary lacks (`бездоріжжях`, `Кельна`) whose lemma's every listed form
    has its stress on one stem vowel: that vowel (stress_paradigm.fixed)."""
    # Inside a sentence a capital is a name, whose forms are the capitalised keys (`Кельна`
    # as Ке́льн, Ке́льні, Ке́льном); else a word's, the lower-case keys of its common lemmas.
    name = token.capitalised and not token.initial
    lemmas = tuple(dict.fromkeys(a.lemma for a in token.analyses if name or a.pos != "proper noun"))
    position = stress_paradigm.fixed(token.lower, lemmas, name) if lemmas else None
    if position is None:
        return None
    return Decision(apply(token.text, (position,)), (), "paradigm")


# Order: the teacher's mark before any lookup; one-syllable words before the dictionary (they
# are most tokens and need none); names before the word, because inside a sentence a capital
# is the strongest sign there is; at the start of a sentence, the readings say whether it is a
# person's name, and an unconfirmed name/word clash must stop before the word rule guesses;
# names known only capitalised and compounds next, as fallbacks; then, for words the
# dictionary lacks, another spelling of the same word, a prefix on a word it has, and last
# what the lemma's other forms say, the least direct evidence.
RULES: list[Callable[[Written], Decision | None]] = [
    _typed,
    _one_syllable,
    _name,
    _person_name,
    _name_or_word,
    _word,
    _name_only,
    _parts,
    _respelled,
    _prefixed,
    _paradigm,
]


def _labelled(decision: Decision, label: str) -> tuple[StressReading, ...]:
    """A decision's stress as a reading named `label`, or its own readings when undecided."""
    if decision.stressed is not None:
        return (StressReading(decision.stressed, label),)
    return decision.readings
