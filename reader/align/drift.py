"""Where en.txt stops translating uk.txt paragraph for paragraph, when their counts differ.

Paragraphs are aligned by Gale-Church (`reader.align.galechurch`) with beads 1:1, 1:0, 0:1, 2:1
and 1:2; the first bead that is not 1:1 is where the two texts drift apart. Lengths alone
place a missing paragraph poorly (dropping a short one is always cheap), so a paired bead
also pays one point per sentence of difference and earns or loses points for the anchors
(`reader.align.anchors`: numbers, "?" and "!", Latin words, transliterated names) the two sides
share or do not. A missing paragraph pays a flat fee, whatever it holds: which one is missing
is decided by how well the others pair. When other places are nearly as likely, the message
names the span to compare.

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

The search covers every path up to FULL_GRID pairs of paragraphs; a longer text is searched
in a band around the diagonal (BAND), which keeps a 1 MB text (1 800 paragraphs) at about
two seconds instead of three minutes. On the treebank's 225 paragraphs, with one paragraph
dropped, merged or doubled at 21 places (63 damaged translations), the band finds exactly
what the whole grid finds.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reader.align.anchors import Anchors, Run, compare, en_anchors, run, uk_anchors
from reader.align.english import sentence_spans
from reader.align.galechurch import Bead, bead_cost, costs_to_end
from reader.errors import ProblemsFound
from reader.model import Origin, Paragraph, Problem
from reader.wording import count

# Translators keep paragraphs one to one; anything else is a teacher's slip.
PARAGRAPH_BEADS: dict[Bead, float] = {
    (1, 1): 0.96,
    (1, 0): 0.01,
    (0, 1): 0.01,
    (2, 1): 0.01,
    (1, 2): 0.01,
}
SENTENCE_COST = 1.0  # per sentence of difference between paired paragraphs
ANCHOR_BONUS = 1.0  # per anchor found on both sides of a pairing
ANCHOR_COST = 1.0  # per number, mark or Latin word found on one side only
# A drift point whose best path costs at most this much more than the best one (a likelihood
# e^2 = 7 times smaller) is still plausible: the message then names the whole span.
PLAUSIBLE_MARGIN = 2.0
# Up to FULL_GRID pairs of paragraphs (200 x 200) every path is searched; beyond, only paths
# that stray at most BAND paragraphs further off the diagonal than the count difference
# requires: each step off costs a 1:0, 0:1, 2:1 or 1:2 bead (-log 0.01 = 4.6 at least), so
# a path 10 off pays over 90 more than one that is not, and a 1 MB text (1 800 paragraphs)
# takes seconds, not minutes.
FULL_GRID = 40_000
BAND = 10

OPENING_CHARS = 40  # how much of a paragraph a message quotes


@dataclass(frozen=True, slots=True, eq=False)
class Profile:
    """What a paragraph's translation is expected to keep."""

    chars: int
    sentences: int
    anchors: Anchors


def check_paragraphs(
    paragraphs: Sequence[Paragraph], english: Sequence[str], lines: Sequence[int], en_path: Path
) -> None:
    """Raise ProblemsFound naming the first place where en.txt and uk.txt drift apart."""
    if len(paragraphs) == len(english):
        return
    counts = (
        f"uk.txt has {count(len(paragraphs), 'paragraph')}, "
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
    # Each run of one or two paragraphs is summed once, not once per pairing it is tried in.
    uk_runs, en_runs = _runs(uk), _runs(en)

    def cost(i: int, j: int, di: int, dj: int) -> float:
        return _run_cost(uk_runs[di][i], en_runs[dj][j], PARAGRAPH_BEADS[di, dj])

    band = None if len(uk) * len(en) <= FULL_GRID else BAND
    to_end = costs_to_end(len(uk), len(en), tuple(PARAGRAPH_BEADS), cost, band)
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


@dataclass(frozen=True, slots=True, eq=False)
class _Run:
    """Consecutive paragraphs of one side, summed: one side of a bead."""

    size: int  # paragraphs
    chars: int
    sentences: int
    anchors: Run


def _run(profiles: Sequence[Profile]) -> _Run:
    return _Run(
        len(profiles),
        sum(p.chars for p in profiles),
        sum(p.sentences for p in profiles),
        run([p.anchors for p in profiles]),
    )


def _runs(profiles: Sequence[Profile]) -> list[list[_Run]]:
    """`runs[size][i]`: the `size` paragraphs from i, for every size in PARAGRAPH_BEADS."""
    largest = max(max(bead) for bead in PARAGRAPH_BEADS)
    return [
        [_run(profiles[i : i + size]) for i in range(len(profiles) - size + 1)]
        for size in range(largest + 1)
    ]


def _run_cost(uk: _Run, en: _Run, prior: float) -> float:
    """Gale-Church's length cost plus the anchors one side has and the other lacks."""
    if not uk.size or not en.size:
        return -math.log(prior)  # a flat fee: which paragraph is missing, the others decide
    cost = bead_cost(uk.chars, en.chars, prior)
    cost += SENTENCE_COST * abs(uk.sentences - en.sentences)
    matched, unmatched = compare(uk.anchors, en.anchors)
    return cost - ANCHOR_BONUS * matched + ANCHOR_COST * unmatched


def uk_profile(paragraph: Paragraph) -> Profile:
    """A Ukrainian paragraph's length, sentence count and anchors."""
    sentences = [s.text for s in paragraph.sentences]
    return Profile(len(paragraph.text), len(sentences), uk_anchors(sentences))


def en_profile(text: str) -> Profile:
    """An English paragraph's length, sentence count and anchors."""
    return Profile(len(text), len(sentence_spans(text)), en_anchors(text))


def opening(text: str) -> str:
    """The first words of a text, cut at a word boundary, with `…` when cut."""
    if len(text) <= OPENING_CHARS:
        return text
    cut = text[:OPENING_CHARS].rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:—-") + "…"


def quote_uk(text: str) -> str:
    """The opening of Ukrainian text in «guillemets», as messages quote it."""
    return f"«{opening(text)}»"


def quote_en(text: str) -> str:
    """The opening of English text in "quotes", as messages quote it."""
    return f'"{opening(text)}"'


def _error(path: Path, line: int, message: str) -> ProblemsFound:
    """One error about en.txt, ready to raise."""
    return ProblemsFound([Problem(Origin(path, line), message)], str(path))
