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
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

NAME_PREFIX = 3  # letters of a transliterated name compared with the English
# Ukrainian national transliteration (2010), word-internal forms; г is tried as h and as g
# (Гаага -> Hague, but Харків -> Kharkiv).
TRANSLITERATION = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ie",
    "ж": "zh", "з": "z", "и": "y", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l",
    "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
    "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ь": "", "ю": "iu",
    "я": "ia", "'": "", "’": "", "ʼ": "",
}  # fmt: skip

NUMBER = re.compile(r"\d+(?:[ \u202f,.]\d{3})*(?:[.,]\d+)?")
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
        marks=Counter(c for c in text if c in MARKS),
        latin=frozenset(w.lower() for w in LATIN_WORD.findall(text)),
        names=tuple(dict.fromkeys(names)),  # each name once, however often it occurs
    )


def en_anchors(text: str) -> Anchors:
    """The anchors of English text."""
    words = EN_WORD.findall(text)
    return Anchors(
        numbers=_numbers(text),
        marks=Counter(c for c in text if c in MARKS),
        latin=frozenset(w.lower() for w in words),
        names=tuple(
            (w[:NAME_PREFIX].lower(),) for w in words if w[0].isupper() and len(w) >= NAME_PREFIX
        ),
    )


def agreement(uk: Sequence[Anchors], en: Sequence[Anchors]) -> tuple[int, int]:
    """(anchors found on both sides, numbers / marks / Latin words found on one side only)."""
    uk_numbers, en_numbers = _total(a.numbers for a in uk), _total(a.numbers for a in en)
    uk_marks, en_marks = _total(a.marks for a in uk), _total(a.marks for a in en)
    en_words = frozenset().union(*(a.latin for a in en))
    en_names = {prefix for a in en for (prefix,) in a.names}
    latin = [word in en_words for a in uk for word in a.latin]
    matched = (
        (uk_numbers & en_numbers).total()
        + (uk_marks & en_marks).total()
        + sum(latin)
        + sum(1 for a in uk for name in a.names if en_names.intersection(name))
    )
    unmatched = (
        (uk_numbers - en_numbers).total()
        + (en_numbers - uk_numbers).total()
        + (uk_marks - en_marks).total()
        + (en_marks - uk_marks).total()
        + latin.count(False)
    )
    return matched, unmatched


def _total(counters: Iterable[Counter[str]]) -> Counter[str]:
    total: Counter[str] = Counter()
    for counter in counters:
        total.update(counter)
    return total


def _numbers(text: str) -> Counter[str]:
    """Numbers by their digits: `2 500`, `2,500` and `2500` are one number."""
    return Counter(re.sub(r"\D", "", match) for match in NUMBER.findall(text))


def _prefixes(word: str) -> tuple[str, ...]:
    """A Ukrainian name's first transliterated letters, with г read as h and as g."""
    as_h = "".join(TRANSLITERATION.get(c, c) for c in word.lower())
    as_g = "".join("g" if c == "г" else TRANSLITERATION.get(c, c) for c in word.lower())
    return tuple(dict.fromkeys((as_h[:NAME_PREFIX], as_g[:NAME_PREFIX])))
