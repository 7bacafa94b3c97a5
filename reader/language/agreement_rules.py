"""The context rules of a noun phrase: agreement within it, and what agreement leaves open.

Part of `reader.language.context_rules.RULES` (where their order is given and explained).
A modifier before a noun agrees with it in case, number and gender, so a case that
government or quantity decided for one word of a phrase spreads to the rest; what then has
no noun to agree with is read by what stands around it:

    у цьому році                `році` locative (government): `цьому` too, not dative
    нових будинків              accusative `нових` is animate, `будинків` is not: both
                                genitive plural
    міністр закордонних справ   a phrase right after a noun: its genitive attribute
    стало можливим              an adjective after a copula, no noun: instrumental
    працює добре                no noun for `добре` to agree with: the adverb
    його книга                  before a noun: the possessive `його`, not the pronoun `він`
"""

from __future__ import annotations

from collections.abc import Iterator

from reader.language.clause import (
    JOINING,
    NAMES,
    TIME_NOUNS,
    Clause,
    bare_noun,
    noun_phrase,
    phrase_head,
)
from reader.language.features import agree, cases, gender, modifier, noun, numbers
from reader.language.verb_rules import COPULAS
from reader.model import Analysis

POSSESSIVES = frozenset({"його", "її", "їх"})


def modifier_agrees(c: Clause) -> None:
    """Adjectives, participles, ordinals and adjectival pronouns before a noun agree with it
    in case, number and gender: both keep only readings that agree (`цьому році`, `нових
    будинків`). After government and quantity, so a case they fixed spreads to the rest of
    the phrase."""
    for head, tags in enumerate(c.tags):
        if "NOUN" not in tags or not phrase_head(c, head):
            continue
        nouns = [a for a in c.readings[head] if noun(a)]
        agreeing = []  # (position, its readings' animate forms)
        for k in _modifiers_before(c, head):
            animate = _animate_forms(c.readings[k])
            mods = [(m, bool(animate) and m in animate) for m in c.readings[k] if modifier(m)]
            fit = [n for n in nouns if any(agree(m, n, form) for m, form in mods)]
            if not fit:
                break  # it belongs to something else: so does whatever comes before it
            nouns = fit
            agreeing.append((k, animate))
        if not agreeing:
            continue
        c.keep(head, lambda a, fit=nouns: a in fit)
        for k, animate in agreeing:  # (keeping the head's readings left these alone)
            c.keep(
                k, lambda m, fit=nouns, an=animate: _agrees_with_any(m, fit, bool(an) and m in an)
            )


def genitive_after_noun(c: Clause) -> None:
    """`виведення військ`, `міністр закордонних справ`: a noun phrase right after a noun is
    its genitive attribute when it can be one. Not after a dative (`дати дітям книжки`), a
    time noun (`цього року ціни зросли`) or a name (`Петро Порошенко`), where the second
    noun starts another phrase. After government and agreement: they may have fixed the
    first noun's reading, and their phrases are not attributes."""
    for i, tags in enumerate(c.tags[:-1]):
        if "NOUN" not in tags or not bare_noun(c, i) or c.word(i) in TIME_NOUNS:
            continue
        if all(cases(a) <= {"datv"} for a in c.readings[i]):
            continue
        phrase = list(noun_phrase(c, i + 1))
        if not phrase:
            continue
        if c.text(phrase[-1])[:1].isupper():
            if c.tags[phrase[-1]] & NAMES:
                continue  # a name starts a phrase of its own (`Петро Порошенко`)
        elif not c.any(phrase[-1], _common_genitive):
            continue  # lower case `влада`, `надала` are not the genitives of `Влад`, `Надал`
        if not c.any(phrase[-1], lambda a: noun(a) and "gent" in cases(a)):
            continue
        if c.word(phrase[0]) in JOINING:
            continue  # `полиці та дзеркала`: `та` joins them, it is not `той` opening a phrase
        for j in phrase:
            c.keep(j, lambda a: "gent" in cases(a))


def _common_genitive(a: Analysis) -> bool:
    return noun(a) and "gent" in cases(a) and not a.tags & NAMES


def predicate_instrumental(c: Clause) -> None:
    """`стало можливим`, `буде не швидким`, `є його продовженням`: the word after a
    copula (past `не`, adverbs and a possessive) is its predicate, in the instrumental where
    the form is also a dative plural: an adjective with no noun after it (`новим людям` has
    its noun), or a noun that is instrumental or dative. After agreement, which has taken
    the adjectives that do have a noun."""
    for i, tags in enumerate(c.tags[:-1]):
        if "VERB" not in tags or not c.any(i, _copula):
            continue
        k = i + 1
        while c.is_word(k) and (c.word(k) in {"не", "ні"} or _between(c, k)):
            k += 1
        if c.modifies(k) and not c.has(k + 1, "NOUN"):
            c.keep(k, _declined_instrumental)
        elif bare_noun(c, k) and all(cases(a) <= {"ablt", "datv"} for a in c.readings[k]):
            c.keep(k, _declined_instrumental)


def _copula(a: Analysis) -> bool:
    return "VERB" in a.tags and a.lemma in COPULAS


def _declined_instrumental(a: Analysis) -> bool:
    """An instrumental reading, not an indeclinable one that is every case (`мале`)."""
    return "ablt" in cases(a) and "Fixd" not in a.tags


def _between(c: Clause, k: int) -> bool:
    """An adverb or the possessive `його`, `її`, `їх`: what may stand between a copula and
    its predicate."""
    readings = c.readings[k]
    return bool(readings) and all("ADVB" in a.tags or "Fixd" in a.tags for a in readings)


def adverb_without_noun(c: Clause) -> None:
    """`добре`, `більше`: a word that is an adverb as well as an adjective is the adverb when
    no noun follows for the adjective to agree with (`працює добре`). Not pronouns: `все`
    in `уже все знає` is "everything", not the adverb "still". After agreement, which settled
    it before a noun."""
    for i, tags in enumerate(c.tags):
        if "ADJF" in tags and "ADVB" in tags:
            if not c.has(i + 1, "NOUN"):
                c.keep(i, lambda a: "ADVB" in a.tags)


def possessive_before_noun(c: Clause) -> None:
    """`його книга` is "his book" (the possessive `його`, indeclinable); `бачив його` is the
    personal pronoun `він`. Before agreement, which the indeclinable possessive would pass."""
    if POSSESSIVES.isdisjoint(c.words):
        return
    for i, word in enumerate(c.words):
        if word not in POSSESSIVES:
            continue
        before_noun = c.has(i + 1, "NOUN") or c.modifies(i + 1)
        c.keep(i, lambda a, b=before_noun: ("Fixd" in a.tags) == b and "NPRO" in a.tags)


def _modifiers_before(c: Clause, head: int) -> Iterator[int]:
    """The words before a noun that may modify it, closest first; adverbs between are skipped
    (`дуже важливе рішення`); a word that may be a verb ends them."""
    k = head - 1
    while k >= 0 and c.is_word(k):
        if c.has(k, "VERB"):
            return  # `була машина`: a verb, not the rare adjective `булий`
        if c.modifies(k):
            yield k
        elif not all("ADVB" in a.tags for a in c.readings[k]) or not c.readings[k]:
            return
        k -= 1


def _agrees_with_any(m: Analysis, nouns: list[Analysis], animate: bool) -> bool:
    return modifier(m) and any(agree(m, n, animate) for n in nouns)


def _animate_forms(readings: tuple[Analysis, ...]) -> set[Analysis]:
    """Accusative readings whose form is also a genitive of the same number and gender
    (`нових`, `нового`): the animate accusative."""
    if not any("accs" in a.tags for a in readings):
        return set()  # (the common case, answered without sorting the genitives)
    genitives = {(numbers(a), gender(a)) for a in readings if "gent" in cases(a)}
    return {a for a in readings if "accs" in cases(a) and (numbers(a), gender(a)) in genitives}
