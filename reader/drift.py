"""Where en.txt stops translating uk.txt paragraph for paragraph, when their counts differ.

Paragraphs are aligned by Gale-Church (`reader.galechurch`) with beads 1:1, 1:0, 0:1, 2:1
and 1:2; the first bead that is not 1:1 is where the two texts drift apart. Lengths alone
place a missing paragraph poorly (dropping a short one is always cheap), so each bead also
pays for *anchors* a translation keeps and one side lacks:

    sentences  one cost per sentence of difference       3 vs 3
    numbers    "2 500" / "2,500" are the same number     {2500, 2014} vs {2500, 2014}
    marks      "?" and "!" are kept by translators       ?:1 vs ?:1
    Latin      words already in Latin script             CNN, X, Twitter
    names      a capitalised Ukrainian word inside a     «Марко» -> "mar" ~ Marko,
               sentence, transliterated, first letters   «Іраку» -> "ira" ~ Iraq

Worked example: the sample text (11 paragraphs) with en.txt's paragraph 10 deleted.

    uk  ... 8: 211   9: 192   10: 198 {2500, 2014} «Багдаді»   11: 184 «Пакистаном»
    en  ... 8: 209   9: 191   10: 171 "Earlier, Telegraf … Pakistan"

By length alone uk 10 (198) and uk 11 (184) fit en 10 (171) about equally, and the
cheapest story puts the drift at paragraph 8, with 8 to 11 all plausible. With anchors, uk 10's
numbers find nothing in en 10 while uk 11's «Телеграф», «Іраном», «Пакистаном» find
Telegraf, Iran, Pakistan: the drift is reported at paragraph 10, and only there.
`bench/align.py` damages every sample text in every place: lengths alone put a dropped
paragraph exactly right 60% of the time, with anchors 84%, and the span the message names
always holds it.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reader.english import sentence_spans
from reader.errors import ProblemsFound
from reader.galechurch import Bead, bead_cost, costs_to_end
from reader.model import Origin, Paragraph, Problem

# Translators keep paragraphs one to one; anything else is a teacher's slip.
PARAGRAPH_BEADS: dict[Bead, float] = {
    (1, 1): 0.96,
    (1, 0): 0.01,
    (0, 1): 0.01,
    (2, 1): 0.01,
    (1, 2): 0.01,
}
SENTENCE_COST = 1.0  # per sentence of difference between paired paragraphs
# Anchors are evidence for a pairing when found on both sides; a number, "?" / "!" or Latin
# word found on one side only is evidence against (a name is not: transliteration often fails,
# Остін is Austin). A missing paragraph pays a flat fee, whatever it holds: which one is
# missing is decided by how well the others pair.
ANCHOR_BONUS = 1.0
ANCHOR_COST = 1.0
# A drift point whose best path costs at most this much more than the best one (a likelihood
# e^2 = 7 times smaller) is still plausible: the message then names the whole span.
PLAUSIBLE_MARGIN = 2.0

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

OPENING_CHARS = 40  # how much of a paragraph a message quotes


@dataclass(frozen=True, slots=True)
class Profile:
    """What a paragraph's translation is expected to keep."""

    chars: int
    sentences: int
    numbers: Counter[str]
    marks: Counter[str]
    latin: frozenset[str]  # uk: Latin words; en: every word, lower case
    names: tuple[tuple[str, ...], ...]  # uk: each name's possible prefixes; en: ((prefix,),...)


def check_paragraphs(
    paragraphs: Sequence[Paragraph], english: Sequence[str], lines: Sequence[int], en_path: Path
) -> None:
    """Raise ProblemsFound naming the first place where en.txt and uk.txt drift apart."""
    if len(paragraphs) == len(english):
        return
    counts = (
        f"uk.txt has {len(paragraphs)} paragraph{'s' if len(paragraphs) != 1 else ''}, "
        f"en.txt has {len(english)} — add or merge a paragraph so they pair one to one"
    )
    if not english:
        message = (
            "en.txt has no text: write the English paragraph for paragraph, "
            f"a blank line between paragraphs; {counts}"
        )
        raise _error(en_path, 1, message)
    found = find_drift(paragraphs, english)
    drift = found.at
    span = (
        f" (or nearby: compare paragraphs {found.first + 1} to {found.last + 1})"
        if found.first < found.last
        else ""
    )
    if drift == len(english):
        message = (
            f"en.txt ends after paragraph {drift}, but uk.txt goes on with paragraph "
            f"{drift + 1}: {quote_uk(paragraphs[drift].text)}{span}; {counts}"
        )
        raise _error(en_path, lines[-1], message)
    if drift == len(paragraphs):
        message = (
            f"paragraph {drift + 1} of en.txt translates nothing: uk.txt ends after "
            f"paragraph {drift}: {quote_en(english[drift])}{span}; {counts}"
        )
    else:
        message = (
            f"paragraph {drift + 1} of en.txt does not seem to translate paragraph {drift + 1} "
            f"of uk.txt: {quote_uk(paragraphs[drift].text)} vs {quote_en(english[drift])}"
            f"{span}; {counts}"
        )
    raise _error(en_path, lines[drift], message)


@dataclass(frozen=True, slots=True)
class Drift:
    """Where the pairing breaks: the likeliest paragraph and the span of plausible ones."""

    at: int  # 0-based index of the first paragraph that does not pair 1:1
    first: int
    last: int


def find_drift(paragraphs: Sequence[Paragraph], english: Sequence[str]) -> Drift:
    """The first paragraph that does not pair 1:1 (the counts must differ).

    Every path of beads has a first bead that is not 1:1; for each place k it could be, the
    cheapest such path costs (k 1:1 beads) + (the cheapest other bead at k) + (the rest).
    """
    uk = [uk_profile(p) for p in paragraphs]
    en = [en_profile(text) for text in english]

    def cost(i: int, j: int, di: int, dj: int) -> float:
        return _bead_cost(uk[i : i + di], en[j : j + dj], PARAGRAPH_BEADS[di, dj])

    to_end = costs_to_end(len(uk), len(en), tuple(PARAGRAPH_BEADS), cost)
    totals, prefix = [], 0.0
    for k in range(min(len(uk), len(en)) + 1):
        totals.append(
            prefix
            + min(
                cost(k, k, di, dj) + to_end[k + di][k + dj]
                for di, dj in PARAGRAPH_BEADS
                if (di, dj) != (1, 1) and k + di <= len(uk) and k + dj <= len(en)
            )
        )
        if k < min(len(uk), len(en)):
            prefix += cost(k, k, 1, 1)
    best = min(totals)
    plausible = [k for k, total in enumerate(totals) if total <= best + PLAUSIBLE_MARGIN]
    return Drift(totals.index(best), plausible[0], plausible[-1])


def _bead_cost(uk: Sequence[Profile], en: Sequence[Profile], prior: float) -> float:
    """Gale-Church's length cost plus the anchors one side has and the other lacks."""
    if not uk or not en:
        return -math.log(prior)  # a flat fee: which paragraph is missing, the others decide
    uk_chars, en_chars = sum(p.chars for p in uk), sum(p.chars for p in en)
    cost = bead_cost(uk_chars, en_chars, prior)
    cost += SENTENCE_COST * abs(sum(p.sentences for p in uk) - sum(p.sentences for p in en))
    uk_numbers, en_numbers = _sum(p.numbers for p in uk), _sum(p.numbers for p in en)
    uk_marks, en_marks = _sum(p.marks for p in uk), _sum(p.marks for p in en)
    en_words = frozenset().union(*(p.latin for p in en))
    en_names = {prefix for p in en for (prefix,) in p.names}
    latin = [word in en_words for p in uk for word in p.latin]
    matched = (
        (uk_numbers & en_numbers).total()
        + (uk_marks & en_marks).total()
        + sum(latin)
        + sum(1 for p in uk for name in p.names if en_names.intersection(name))
    )
    unmatched = (
        (uk_numbers - en_numbers).total()
        + (en_numbers - uk_numbers).total()
        + (uk_marks - en_marks).total()
        + (en_marks - uk_marks).total()
        + latin.count(False)
    )
    return cost - ANCHOR_BONUS * matched + ANCHOR_COST * unmatched


def _sum(counters: object) -> Counter[str]:
    total: Counter[str] = Counter()
    for counter in counters:  # type: ignore[attr-defined]
        total.update(counter)
    return total


def uk_profile(paragraph: Paragraph) -> Profile:
    """The anchors of a Ukrainian paragraph; names skip each sentence's first word."""
    names = []
    for sentence in paragraph.sentences:
        for match in UK_NAME.finditer(sentence.text):
            if sentence.text[: match.start()].strip(" —–-«\"'„“("):
                names.append(_prefixes(match.group()))
    return Profile(
        chars=len(paragraph.text),
        sentences=len(paragraph.sentences),
        numbers=_numbers(paragraph.text),
        marks=Counter(c for c in paragraph.text if c in MARKS),
        latin=frozenset(w.lower() for w in LATIN_WORD.findall(paragraph.text)),
        names=tuple(dict.fromkeys(names)),  # each name once, however often it occurs
    )


def en_profile(text: str) -> Profile:
    """The anchors of an English paragraph."""
    words = EN_WORD.findall(text)
    return Profile(
        chars=len(text),
        sentences=len(sentence_spans(text)),
        numbers=_numbers(text),
        marks=Counter(c for c in text if c in MARKS),
        latin=frozenset(w.lower() for w in words),
        names=tuple(
            (w[:NAME_PREFIX].lower(),) for w in words if w[0].isupper() and len(w) >= NAME_PREFIX
        ),
    )


def _numbers(text: str) -> Counter[str]:
    """Numbers by their digits: `2 500`, `2,500` and `2500` are one number."""
    return Counter(re.sub(r"\D", "", match) for match in NUMBER.findall(text))


def _prefixes(word: str) -> tuple[str, ...]:
    """A Ukrainian name's first transliterated letters, with г read as h and as g."""
    latin = "".join(TRANSLITERATION.get(c, c) for c in word.lower())
    with_g = "".join("g" if c == "г" else TRANSLITERATION.get(c, c) for c in word.lower())
    return tuple(dict.fromkeys((latin[:NAME_PREFIX], with_g[:NAME_PREFIX])))


def opening(text: str) -> str:
    """The first words of a text, cut at a word boundary, with `…` when cut."""
    if len(text) <= OPENING_CHARS:
        return text
    cut = text[:OPENING_CHARS].rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:—-") + "…"


def quote_uk(text: str) -> str:
    return f"«{opening(text)}»"


def quote_en(text: str) -> str:
    return f'"{opening(text)}"'


def _error(path: Path, line: int, message: str) -> ProblemsFound:
    return ProblemsFound([Problem(Origin(path, line), message)], str(path))
