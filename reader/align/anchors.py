"""Anchors: what a translation keeps from its original, to tell a true pairing from a false one.

Lengths (Gale-Church) say how much text pairs with how much; anchors say which. A pairing
earns a point for each anchor found on both sides and loses one for each number, mark or
Latin word found on one side only:

    numbers  by their digits: "2 500" = "2,500" = "2500"      {2500, 2014} vs {2500, 2014}
    marks    "?" and "!", which translators keep                ?:1 vs ?:1
    Latin    words already in Latin script                      CNN, X, Twitter
    names    a capitalised Ukrainian word that does not open    «Ллойд» -> "llo" ~ Lloyd,
             its sentence, transliterated, first three letters  «Гази» -> "haz"/"gaz" ~ Gaza

A name found on one side only costs nothing: transliteration often fails (Остін is Austin),
so a name is evidence for a pairing, never against it. Acronyms (США, ІДІЛ) are skipped:
they are translated, not transliterated (US, ISIS).

    uk  Відповідну заяву оприлюднив глава Пентагону Ллойд Остін.| Про це він написав у X/Twitter.
    en  Pentagon chief Lloyd Austin made the announcement on X/Twitter.
        -> names pen, llo (found), ost (not); Latin twitter (found): 3 matched, 0 unmatched

The aligners try each sentence (or paragraph) in many pairings, so anchors are found once
per item, summed once per run of consecutive items (`run`), and only the two runs of a
pairing are compared (`compare`); `agreement` does all three for a single pairing.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from reader.glossary.ids import transliterate

NAME_PREFIX = 3  # letters of a transliterated name compared with the English
NUMBER = re.compile(r"\d+(?:[ \u202f,.]\d{3})*(?:[.,]\d+)?")
NOT_DIGIT = re.compile(r"\D")
LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
UK_NAME = re.compile(r"[А-ЩЬЮЯЄІЇҐ][а-щьюяєіїґ'’ʼ-]{2,}")  # capital + lower case: no acronyms
EN_WORD = re.compile(r"[A-Za-z]+")
MARKS = "?!"
OPENERS = " —–-«\"'„“("  # what may stand before a sentence's first word


@dataclass(frozen=True, slots=True, eq=False)
class Anchors:
    """The anchors of a Ukrainian text (sentences) or of an English one."""

    numbers: Counter[str]
    marks: Counter[str]
    latin: frozenset[str]  # uk: its Latin words; en: every word; lower case
    names: tuple[tuple[str, ...], ...]  # uk: each name's possible prefixes; en: ((prefix,), ...)


def uk_anchors(sentences: Iterable[str]) -> Anchors:
    """The anchors of Ukrainian sentences; a sentence's first word is never a name."""
    sentences = list(sentences)
    text = " ".join(sentences)
    names = [
        _prefixes(match.group())
        for sentence in sentences
        for match in UK_NAME.finditer(sentence)
        if sentence[: match.start()].strip(OPENERS)
    ]
    return Anchors(
        numbers=_numbers(text),
        marks=_marks(text),
        latin=frozenset(w.lower() for w in LATIN_WORD.findall(text)),
        names=tuple(dict.fromkeys(names)),  # each name once, however often it occurs
    )


def en_anchors(text: str) -> Anchors:
    """The anchors of English text."""
    words = EN_WORD.findall(text)
    return Anchors(
        numbers=_numbers(text),
        marks=_marks(text),
        latin=frozenset(w.lower() for w in words),
        names=tuple(
            (w[:NAME_PREFIX].lower(),) for w in words if w[0].isupper() and len(w) >= NAME_PREFIX
        ),
    )


@dataclass(frozen=True, slots=True, eq=False)
class Run:
    """The anchors of consecutive sentences (or paragraphs) of one side, summed once so that
    every pairing they take part in compares them cheaply (`compare`)."""

    numbers: dict[str, int]
    number_count: int
    marks: dict[str, int]
    mark_count: int
    latin: tuple[str, ...]  # uk: each item's Latin words, repeats across items kept
    words: frozenset[str]  # en: every word of the run
    names: tuple[tuple[str, ...], ...]  # uk: each item's names, repeats across items kept
    prefixes: frozenset[str]  # en: every name prefix of the run
    bare: bool  # no number, mark, Latin word or name: as the uk side it can match nothing


def run(anchors: Sequence[Anchors]) -> Run:
    """The anchors of consecutive items, summed."""
    if len(anchors) == 1:
        (only,) = anchors
        return Run(
            numbers=only.numbers,
            number_count=only.numbers.total(),
            marks=only.marks,
            mark_count=only.marks.total(),
            latin=tuple(only.latin),
            words=only.latin,
            names=only.names,
            prefixes=frozenset(prefix for name in only.names for prefix in name),
            bare=not (only.numbers or only.marks or only.latin or only.names),
        )
    if not anchors:
        return NO_RUN
    numbers, marks = _total([a.numbers for a in anchors]), _total([a.marks for a in anchors])
    return Run(
        numbers=numbers,
        number_count=numbers.total(),
        marks=marks,
        mark_count=marks.total(),
        latin=tuple(word for a in anchors for word in a.latin),
        words=frozenset().union(*(a.latin for a in anchors)),
        names=tuple(name for a in anchors for name in a.names),
        prefixes=frozenset(prefix for a in anchors for name in a.names for prefix in name),
        bare=all(not (a.numbers or a.marks or a.latin or a.names) for a in anchors),
    )


def agreement(uk: Sequence[Anchors], en: Sequence[Anchors]) -> tuple[int, int]:
    """(anchors found on both sides, numbers / marks / Latin words found on one side only)."""
    return compare(run(uk), run(en))


def compare(uk: Run, en: Run) -> tuple[int, int]:
    """`agreement` of two runs: a number or mark pairs with one copy on the other side, a
    Latin word with any English word, a name when one of its prefixes opens an English name."""
    if uk.bare:  # most sentences: only the English side's numbers and marks can count
        return 0, en.number_count + en.mark_count
    numbers = _common(uk.numbers, en.numbers) if uk.numbers and en.numbers else 0
    marks = _common(uk.marks, en.marks) if uk.marks and en.marks else 0
    latin = sum(1 for word in uk.latin if word in en.words) if uk.latin else 0
    names = sum(1 for name in uk.names if not en.prefixes.isdisjoint(name)) if uk.names else 0
    unmatched = (
        uk.number_count
        + en.number_count
        - 2 * numbers
        + uk.mark_count
        + en.mark_count
        - 2 * marks
        + len(uk.latin)
        - latin
    )
    return numbers + marks + latin + names, unmatched


def _common(one: dict[str, int], other: dict[str, int]) -> int:
    """How many items two multisets share (the size of their intersection)."""
    return sum(min(count, other.get(item, 0)) for item, count in one.items())


def _total(counters: Iterable[Counter[str]]) -> Counter[str]:
    """The counters added up (one that alone is not empty is returned as it is: runs only read
    their counts)."""
    found = [counter for counter in counters if counter]
    if len(found) == 1:
        return found[0]
    total: Counter[str] = Counter()
    for counter in found:
        total.update(counter)
    return total


NO_RUN = Run({}, 0, {}, 0, (), frozenset(), (), frozenset(), True)  # a bead's empty side


def _marks(text: str) -> Counter[str]:
    """How often each of MARKS occurs."""
    marks: Counter[str] = Counter()
    for mark in MARKS:
        if mark in text:
            marks[mark] = text.count(mark)
    return marks


def _numbers(text: str) -> Counter[str]:
    """Numbers by their digits: `2 500`, `2,500` and `2500` are one number."""
    found = NUMBER.findall(text)
    return Counter(NOT_DIGIT.sub("", match) for match in found) if found else Counter()


def _prefixes(word: str) -> tuple[str, ...]:
    """A Ukrainian name's first transliterated letters, with г read as h and as g.

    (Гаага -> Hague, but Харків -> Kharkiv.)
    """
    as_h = transliterate(word.lower())
    as_g = transliterate(word.lower().replace("г", "g"))
    return tuple(dict.fromkeys((as_h[:NAME_PREFIX], as_g[:NAME_PREFIX])))
