"""The ordered rules that narrow a word's readings by its neighbours in the sentence.

Each rule is a small function over a `Clause` that removes readings through `Clause.keep`
(which never removes the last one). They run in `RULES` order, each seeing what the earlier
ones left, so the surest run first and the later ones build on them:

    у цьому році            government: у + genitive/accusative/locative -> році locative,
                            цьому locative (not dative)
    нових будинків          agreement: accusative `нових` is animate, `будинків` is not:
                            both genitive plural
    між Україною і Росією   government over the conjunction: both instrumental
    ми є                    subject: `є` first person plural

`reader.language.context.explain` lists the steps each rule took.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache, lru_cache
from pathlib import Path

from reader.language import morph
from reader.language.clause import (
    JOINING,
    NAMES,
    PLACE_KINDS,
    QUANTITY,
    TIME_NOUNS,
    Clause,
    Rule,
    bare_noun,
    noun_phrase,
    phrase_head,
    word_runs,
)
from reader.language.features import (
    CASE_NAMES,
    FINITE_TAGS,
    agree,
    cases,
    gender,
    modifier,
    not_only,
    noun,
    numbers,
    preposition,
)
from reader.language.verb_rules import (
    COPULAS,
    finite_over_short_infinitive,
    object_of_infinitive,
    present_of_two_aspect_verb,
    reflexive_takes_no_object,
    subject_agrees,
    subject_agrees_with_verb,
    verbless_sentence_no_accusative,
)
from reader.model import Analysis

GOVERNMENT_FILE = Path(__file__).with_name("government.txt")
POSSESSIVES = frozenset({"його", "її", "їх"})
# Numerals whose noun is nominative or accusative plural with them (`два роки`).
FEW = frozenset({"два", "три", "чотири", "обидва", "обидві"})
# Numerals that do not count a plural noun: `один` agrees, `півтора` takes the singular.
NOT_COUNTING = frozenset({"один", "одна", "одне", "одні", "півтора", "півтори"})
MONTHS = frozenset(
    "січень лютий березень квітень травень червень липень серпень вересень жовтень "
    "листопад грудень".split()
)
# Punctuation that sets off an address (`Друзі, ...`, `..., пане Іване!`).
ADDRESS_MARKS = frozenset(",!?…—–")


@cache
def government() -> dict[str, frozenset[str]]:
    """GOVERNMENT_FILE as {preposition: its cases as tags}."""
    table = {}
    for number, line in enumerate(GOVERNMENT_FILE.read_text(encoding="utf-8").splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        word, _, names = line.partition(":")
        try:
            table[word.strip()] = frozenset(CASE_NAMES[n.strip()] for n in names.split(","))
        except KeyError as unknown:
            raise ValueError(f"{GOVERNMENT_FILE}:{number}: unknown case {unknown}") from None
    return table


@cache
def _first_words() -> frozenset[str]:
    """The first word of every preposition in the table (`під` of `під час`)."""
    return frozenset(entry.split()[0] for entry in government())


def function_word_hides(c: Clause) -> None:
    """`яка` is the pronoun `який`, not the genitive of `як` "yak"; `серед` the preposition,
    not `середа`: the readings of the lemmas `morph.lemmas` hides behind a function word go.
    First: it is the dictionary's own ranking, and later rules should not weigh a yak."""
    for i, readings in enumerate(c.readings):
        if len(readings) > 1:
            shown = _shown(c.text(i))
            if any(a.lemma not in shown for a in readings):
                c.keep(i, lambda a, s=shown: a.lemma in s)


@lru_cache(maxsize=200_000)  # once per form
def _shown(text: str) -> frozenset[str]:
    return frozenset(morph.lemmas(text))


def vocative_needs_address(c: Clause) -> None:
    """A vocative is an address, set off by punctuation or the sentence's ends (`Друзі, ...`,
    `Дякую, пане Іване!`), and all its words can be vocatives. Elsewhere `голови` is not
    "vocative plural". First: it needs
    nothing but punctuation, and it removes readings no later rule would weigh."""
    if not any("voct" in tags for tags in c.tags):
        return
    for start, end in word_runs(c):
        before = c.text(start - 1)
        addressed = (start == 0 or before in ADDRESS_MARKS or c.word(start - 1) == "о") and (
            end == len(c.tokens) or c.text(end)[:1] in ADDRESS_MARKS or c.text(end) == "."
        )
        nominal = all(c.has(i, "voct") for i in range(start, end))
        if not addressed or not nominal or end - start > 4:
            for i in range(start, end):
                if "voct" in c.tags[i]:
                    c.keep(i, lambda a: not_only(a, "voct"))


def place_after_kind(c: Clause) -> None:
    """`м. Мінську`, `с. Гута`: after a place kind's abbreviation comes the place's name, a
    noun (`Мінськ`, not the adjective `мінський`). Before government, which would keep both."""
    for i in range(len(c.tokens) - 2):
        if c.word(i) in PLACE_KINDS and c.text(i + 1) == "." and c.text(i + 2)[:1].isupper():
            c.keep(i + 2, noun)


def preposition_governs(c: Clause) -> None:
    """A preposition admits only its cases (GOVERNMENT_FILE) in the phrase after it, and in a
    second phrase joined by `і`, `та`, `або` (`між Україною і Росією`); so does a compound
    preposition (`під час кашлю`) or an adverb used as one (`наприкінці року`). The surest
    rule about case, so it runs before agreement, which then spreads what it decided."""
    table = government()
    firsts = _first_words()
    for i, word in enumerate(c.words):
        if word not in firsts or not (c.has(i, "PREP") or c.has(i, "ADVB")):
            continue
        compound = table.get(f"{word} {c.word(i + 1)}")  # `під час`: two words
        if compound is not None:
            _govern(c, i, i + 2, compound)
        if word in table:  # `за рахунок`: `за` governs `рахунок` too
            _govern(c, i, i + 1, table[word])


def _govern(c: Clause, i: int, start: int, admitted: frozenset[str]) -> None:
    """The preposition at `i` keeps only its cases in the phrase from `start` and in one
    joined to it."""
    phrase = list(noun_phrase(c, start))
    after = phrase[-1] + 1 if phrase else start
    if c.word(after) in JOINING:
        phrase += noun_phrase(c, after + 1)
    governed = [c.any(j, lambda a, w=admitted: bool(cases(a) & w)) for j in phrase]
    for j in phrase:
        c.keep(j, lambda a, w=admitted: not cases(a) or bool(cases(a) & w))
    if governed and governed[0]:
        c.keep(i, preposition)  # `на` governing is not the particle, `до` not the note


def locative_needs_preposition(c: Clause) -> None:
    """The locative is only ever governed (`у Києві`, `на засіданні`, `при цьому`): a word
    with no preposition before it that admits the locative, since the last finite verb, is
    not in the locative (`присутності` after `край` is dative). Looking back to the nearest
    preposition, not through the phrase alone, keeps lists (`у Києві, Харкові та Львові`).
    After government, so the phrases it read stay as it left them."""
    if not any("loct" in tags for tags in c.tags):
        return
    table = government()
    allowed = False
    for i in range(len(c.tokens)):
        word = c.word(i)
        if word in table and c.has(i, "PREP"):
            allowed = "loct" in table[word]
            continue
        if c.tags[i] & FINITE_TAGS:
            allowed = False
        elif not allowed and "loct" in c.tags[i]:
            c.keep(i, lambda a: not_only(a, "loct"))


def quantity_genitive(c: Clause) -> None:
    """`багато людей`, `більшість депутатів`, `5 тис. гривень`: a word of quantity takes the
    genitive. After government: `на багато років` keeps the preposition's case for `багато`
    only."""
    for i in range(len(c.tokens)):
        if c.word(i) not in QUANTITY:
            continue
        start = i + 2 if c.text(i + 1) == "." else i + 1
        for j in noun_phrase(c, start):
            c.keep(j, lambda a: "gent" in cases(a))


def numeral_quantifies(c: Clause) -> None:
    """`п'ять років`, `двох країн`, `два роки`: after a cardinal numeral the noun is plural;
    after five and up in the nominative or accusative it is genitive (`п'ять років`), after
    `два`, `три`, `чотири`, `обидва` and in the other cases it takes the numeral's case
    (`двом країнам`). Only the last numeral of a compound counts (`двадцять два роки`); not
    `один`, which agrees like an adjective, nor `півтора` (genitive singular). After
    government, which may have fixed the numeral's case."""
    for i in range(len(c.tokens) - 1):
        if not c.has(i, "NUMR") or c.has(i + 1, "NUMR") or c.word(i) in NOT_COUNTING:
            continue
        numerals = [a for a in c.readings[i] if "NUMR" in a.tags]
        case = frozenset().union(*(cases(a) for a in numerals))
        if not case:
            continue
        if not any(a.lemma in FEW for a in numerals):
            case = (case - {"nomn", "accs"}) | ({"gent"} if case & {"nomn", "accs"} else set())
        for j in noun_phrase(c, i + 1):
            c.keep(j, lambda a, w=case: bool(cases(a) & w) and "plur" in numbers(a))


def modifier_agrees(c: Clause) -> None:
    """Adjectives, participles, ordinals and adjectival pronouns before a noun agree with it
    in case, number and gender: both keep only readings that agree (`цьому році`, `нових
    будинків`). After government and quantity, so a case they fixed spreads to the rest of
    the phrase."""
    for head, tags in enumerate(c.tags):
        if "NOUN" not in tags or not phrase_head(c, head):
            continue
        nouns = [a for a in c.readings[head] if noun(a)]
        agreeing = []
        for k in _modifiers_before(c, head):
            animate = _animate_forms(c.readings[k])
            fit = [n for n in nouns if any(agree(m, n, m in animate) for m in _mods(c, k))]
            if not fit:
                break  # it belongs to something else: so does whatever comes before it
            nouns = fit
            agreeing.append(k)
        if not agreeing:
            continue
        c.keep(head, lambda a, fit=nouns: a in fit)
        for k in agreeing:
            animate = _animate_forms(c.readings[k])
            c.keep(k, lambda m, fit=nouns, an=animate: _agrees_with_any(m, fit, m in an))


def genitive_after_noun(c: Clause) -> None:
    """`виведення військ`, `міністр закордонних справ`: a noun phrase right after a noun is
    its genitive attribute when it can be one. Not after a dative (`дати дітям книжки`), a
    time noun (`цього року ціни зросли`) or a name (`Петро Порошенко`), where the second
    noun starts another phrase. After government and agreement: they may have fixed the
    first noun's reading, and their phrases are not attributes."""
    for i in range(len(c.tokens) - 1):
        if not bare_noun(c, i) or c.word(i) in TIME_NOUNS:
            continue
        if all(cases(a) <= {"datv"} for a in c.readings[i]):
            continue
        phrase = list(noun_phrase(c, i + 1))
        if not phrase or not c.any(phrase[-1], lambda a: noun(a) and "gent" in cases(a)):
            continue
        if c.tags[phrase[-1]] & NAMES:
            continue
        for j in phrase:
            c.keep(j, lambda a: "gent" in cases(a))


def joined_phrase_agrees(c: Clause) -> None:
    """`для студентів і викладачів`, `у Києві та області`: a noun phrase joined by `і`, `та`,
    `або` to a noun whose case is decided takes that case. After the rules that decide one."""
    for i in range(len(c.tokens) - 2):
        if c.word(i + 1) not in JOINING or not bare_noun(c, i):
            continue
        decided = {frozenset(cases(a)) for a in c.readings[i]}
        if len(decided) != 1:
            continue
        (case,) = decided
        for j in noun_phrase(c, i + 2):
            c.keep(j, lambda a, w=case: not cases(a) or bool(cases(a) & w))


def date_month_genitive(c: Clause) -> None:
    """`17 лютого`, `29 листопада 2012 року`: a month after the day's number is genitive
    (the date is "the 17th of February"). Needs only the number before it."""
    for i in range(1, len(c.tokens)):
        if c.tokens[i - 1].kind == "number" and c.any(i, lambda a: a.lemma in MONTHS):
            c.keep(i, lambda a: noun(a) and a.lemma in MONTHS and "gent" in cases(a))


def predicate_instrumental(c: Clause) -> None:
    """`стало можливим`, `залишається відкритим`: an adjective after a copula, with no noun
    after it, is the predicate in the instrumental, not a dative plural (`новим людям` has
    its noun). After agreement, which has taken the adjectives that do have a noun."""
    for i in range(1, len(c.tokens)):
        if not c.any(i - 1, lambda a: "VERB" in a.tags and a.lemma in COPULAS):
            continue
        if c.any(i, modifier) and not c.has(i + 1, "NOUN"):
            c.keep(i, lambda a: "ablt" in cases(a))


def adverb_without_noun(c: Clause) -> None:
    """`добре`, `більше`: a word that is an adverb as well as an adjective is the adverb when
    no noun follows for the adjective to agree with (`працює добре`). Not pronouns: `все`
    in `уже все знає` is "everything", not the adverb "still". After agreement, which settled
    it before a noun."""
    for i in range(len(c.tokens)):
        if c.has(i, "ADJF") and c.has(i, "ADVB"):
            if not c.has(i + 1, "NOUN"):
                c.keep(i, lambda a: "ADVB" in a.tags)


def possessive_before_noun(c: Clause) -> None:
    """`його книга` is "his book" (the possessive `його`, indeclinable); `бачив його` is the
    personal pronoun `він`. Before agreement, which the indeclinable possessive would pass."""
    for i in range(len(c.tokens)):
        if c.word(i) not in POSSESSIVES:
            continue
        before_noun = c.any(i + 1, lambda a: noun(a) or modifier(a))
        c.keep(i, lambda a, b=before_noun: ("Fixd" in a.tags) == b and "NPRO" in a.tags)


def _modifiers_before(c: Clause, head: int) -> Iterator[int]:
    """The words before a noun that may modify it, closest first; adverbs between are skipped
    (`дуже важливе рішення`); a word that may be a verb ends them."""
    k = head - 1
    while k >= 0 and c.is_word(k):
        if c.has(k, "VERB"):
            return  # `була машина`: a verb, not the rare adjective `булий`
        if c.any(k, modifier):
            yield k
        elif not all("ADVB" in a.tags for a in c.readings[k]) or not c.readings[k]:
            return
        k -= 1


def _agrees_with_any(m: Analysis, nouns: list[Analysis], animate: bool) -> bool:
    return modifier(m) and any(agree(m, n, animate) for n in nouns)


def _mods(c: Clause, k: int) -> list[Analysis]:
    return [m for m in c.readings[k] if modifier(m)]


def _animate_forms(readings: tuple[Analysis, ...]) -> set[Analysis]:
    """Accusative readings whose form is also a genitive of the same number and gender
    (`нових`, `нового`): the animate accusative."""
    genitives = {(numbers(a), gender(a)) for a in readings if "gent" in cases(a)}
    return {a for a in readings if "accs" in cases(a) and (numbers(a), gender(a)) in genitives}


# Applied in this order, each seeing what the earlier ones left (reasons in the docstrings).
RULES: list[Rule] = [
    # The dictionary's own ranking: a function word's readings hide the rare noun it spells.
    function_word_hides,
    # Punctuation alone decides the vocative; nothing later weighs it.
    vocative_needs_address,
    # A place kind's abbreviation picks the noun before government, which admits both.
    place_after_kind,
    # The possessive before a noun, so that agreement sees the noun alone.
    possessive_before_noun,
    # The case of a phrase: government first, the surest; quantity next.
    preposition_governs,
    locative_needs_preposition,
    quantity_genitive,
    numeral_quantifies,
    # What the clause's verb says of case (verb_rules): its subject agrees with it, a verb in
    # -ся or `бути` has no object, a sentence with no verb no accusative, an infinitive's noun
    # is its object. After government (a governed noun is not theirs), before agreement.
    subject_agrees_with_verb,
    reflexive_takes_no_object,
    verbless_sentence_no_accusative,
    object_of_infinitive,
    # Agreement spreads the case decided above through each noun phrase, both ways.
    modifier_agrees,
    # Then what agreement left open: attributes in the genitive, joined phrases, dates, words
    # with no noun to agree with.
    genitive_after_noun,
    joined_phrase_agrees,
    date_month_genitive,
    predicate_instrumental,
    adverb_without_noun,
    # The verb's own forms last: these rules read no case.
    finite_over_short_infinitive,
    present_of_two_aspect_verb,
    # Person and number of a verb from a nominative pronoun beside it.
    subject_agrees,
]
