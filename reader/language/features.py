"""The grammemes of one reading as the context rules ask for them: case, number, gender.

`Analysis.tags` holds pymorphy3's grammemes; these helpers answer the questions agreement
and government ask, so the rules read as grammar (`cases(a) & {"gent"}`), not as tag
plumbing. An indeclinable reading (`Fixd`: `кафе`, possessive `його`) has every case and both
numbers, so no rule can narrow it by case or number alone:

    >>> from reader.language import morph
    >>> [sorted(cases(a)) for a in morph.analyse("військ")]
    [['gent']]
    >>> numbers(morph.analyse("військ")[0]), gender(morph.analyse("військ")[0])
    (frozenset({'plur'}), '')
"""

from __future__ import annotations

from functools import lru_cache

from reader.model import Analysis

CASE_TAGS = frozenset({"nomn", "gent", "datv", "accs", "ablt", "loct", "voct"})
CASE_NAMES = {
    "nominative": "nomn",
    "genitive": "gent",
    "dative": "datv",
    "accusative": "accs",
    "instrumental": "ablt",
    "locative": "loct",
    "vocative": "voct",
}
BOTH_NUMBERS = frozenset({"sing", "plur"})
PLURAL = frozenset({"plur"})
SINGULAR = frozenset({"sing"})
GENDER_TAGS = ("masc", "femn", "neut")


def cases(a: Analysis) -> frozenset[str]:
    return a.tags & CASE_TAGS


def not_only(a: Analysis, case: str) -> bool:
    """The reading may be in a case other than `case` (an indeclinable one always may; one
    with no case is not in `case` at all): what a rule that rules `case` out keeps."""
    found = a.tags & CASE_TAGS
    return not found or bool(found - {case})


def numbers(a: Analysis) -> frozenset[str]:
    """{"plur"} or {"sing"}; both for an indeclinable reading."""
    return _numbers(a.tags)


def _numbers(tags: frozenset[str]) -> frozenset[str]:
    if "Fixd" in tags:
        return BOTH_NUMBERS
    return PLURAL if "plur" in tags else SINGULAR


def gender(a: Analysis) -> str:
    """ "masc", "femn", "neut", or "" when the reading has none (plurals, common gender)."""
    return _gender(a.tags)


def _gender(tags: frozenset[str]) -> str:
    found = [g for g in GENDER_TAGS if g in tags]
    return found[0] if len(found) == 1 else ""


def noun(a: Analysis) -> bool:
    return "NOUN" in a.tags


def modifier(a: Analysis) -> bool:
    """A word that agrees with its noun: adjective, participle, ordinal, adjectival pronoun
    (`цей`, `свій`, `який`); not a personal pronoun (`вона`) or possessive `його`."""
    if "ADJF" in a.tags:
        return True
    # a pronoun with animacy stands for a noun (`те`, `це`, `що`): it has no noun to agree with
    return (
        "NPRO" in a.tags
        and not a.tags & {"pers", "Fixd", "anim", "inan"}
        and a.lemma not in {"хто", "що"}
    )


def numeral(a: Analysis) -> bool:
    return "NUMR" in a.tags


def preposition(a: Analysis) -> bool:
    return "PREP" in a.tags


# Grammemes only a finite verb form has (present, future, past, imperative).
FINITE_TAGS = frozenset({"pres", "futr", "past", "impr"})


def finite(a: Analysis) -> bool:
    """A verb form with person or number: present, future, past, imperative."""
    return "VERB" in a.tags and bool(a.tags & FINITE_TAGS)


def agree(m: Analysis, n: Analysis, animate_form: bool = False) -> bool:
    """Modifier `m` and noun `n` agree in case, number and (in the singular) gender.

    `animate_form`: the modifier's form is also its genitive (`нових`, `нового`), so as an
    accusative it goes with animate nouns only: `нових будинків` is genitive, `будинок` is
    inanimate; `нових лікарів` may be either."""
    return _agree(m.tags, n.tags, animate_form)


@lru_cache(maxsize=50_000)  # a pure function of the grammemes, asked for every pair again
def _agree(m: frozenset[str], n: frozenset[str], animate_form: bool) -> bool:
    shared = m & n & CASE_TAGS
    if not shared or not _numbers(m) & _numbers(n):
        return False
    if _numbers(m) & _numbers(n) == {"sing"} and _gender(m) and _gender(n):
        if _gender(m) != _gender(n):
            return False
    if shared == {"accs"} and (_gender(m) == "masc" or _numbers(m) == {"plur"}):
        return not n & {"anim", "inan"} or ("anim" if animate_form else "inan") in n
    return True
