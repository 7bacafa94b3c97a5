"""Gale and Church's length-based alignment: the cost of a bead and the cheapest path.

A *bead* pairs a run of Ukrainian items (sentences or paragraphs) with a run of English
ones: 1:1, 2:1 (two Ukrainian, one English), 1:0 (no English), ... Its cost is
-log P(bead): how unlikely the English length is given the Ukrainian one, under Gale and
Church's normal model, plus -log of the bead's prior. The path is the cheapest sequence of
beads that uses every item once and in order (dynamic programming over an (n+1) x (m+1) grid).

    uk lengths  113 157 124         en lengths  100 152 86 46
    beads       (1,1) (1,1) (1,2)   ->  A:a  B:b  C:cd

The cost is nltk's `gale_church.align_log_prob` written for lengths rather than indices,
with a tail that does not underflow for very unlikely beads.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Callable, Sequence

# Expected English characters per Ukrainian character (spaces included): 1.08, 1.09 and 1.18
# on the three sample texts (bench/align.py prints them).
EN_PER_UK = 1.1
# Gale and Church's variance of that ratio, per character, kept as published.
VARIANCE = 6.8

Bead = tuple[int, int]  # (Ukrainian items, English items)


def bead_cost(uk_chars: int, en_chars: int, prior: float) -> float:
    """-log P(bead): the length mismatch under a normal model, plus -log of the prior."""
    if not uk_chars and not en_chars:
        return math.inf
    # `delta` and log P(Z > x) written out: the aligner asks for a cost per grid cell
    # and bead, hundreds of thousands of times for a long text.
    mean = (uk_chars + en_chars / EN_PER_UK) / 2
    x = abs(uk_chars * EN_PER_UK - en_chars) / math.sqrt(mean * VARIANCE)
    tail = 0.5 * math.erfc(x / _SQRT2)
    log_tail = math.log(tail) if tail > 1e-300 else -x * x / 2 - math.log(x * _SQRT_2PI)
    return -(_LOG2 + log_tail + _log(prior))


def delta(uk_chars: int, en_chars: int) -> float:
    """How many standard deviations en_chars lies from what uk_chars predicts."""
    mean = (uk_chars + en_chars / EN_PER_UK) / 2
    return abs(uk_chars * EN_PER_UK - en_chars) / math.sqrt(mean * VARIANCE)


_LOG2 = math.log(2)
_SQRT2 = math.sqrt(2)
_SQRT_2PI = math.sqrt(2 * math.pi)
_log = functools.lru_cache(maxsize=64)(math.log)  # of a bead's prior: a handful of values


def best_path(
    n: int, m: int, beads: Sequence[Bead], cost: Callable[[int, int, int, int], float]
) -> list[Bead]:
    """The cheapest beads covering n Ukrainian and m English items; cost(i, j, di, dj)."""
    best = [[math.inf] * (m + 1) for _ in range(n + 1)]
    back: list[list[Bead | None]] = [[None] * (m + 1) for _ in range(n + 1)]
    best[0][0] = 0.0
    for i in range(n + 1):
        row = best[i]
        fitting = [bead for bead in beads if i + bead[0] <= n]
        for j in range(m + 1):
            here = row[j]
            if here == math.inf:
                continue
            for di, dj in fitting:
                if j + dj > m:
                    continue
                total = here + cost(i, j, di, dj)
                if total < best[i + di][j + dj]:
                    best[i + di][j + dj] = total
                    back[i + di][j + dj] = (di, dj)
    path: list[Bead] = []
    i, j = n, m
    while i or j:
        step = back[i][j]
        if step is None:  # only when the beads cannot reach (n, m), e.g. no 1:0 or 0:1
            raise ValueError(f"no path of beads {beads} covers {n} x {m}")
        path.append(step)
        i, j = i - step[0], j - step[1]
    return path[::-1]


def costs_to_end(
    n: int,
    m: int,
    beads: Sequence[Bead],
    cost: Callable[[int, int, int, int], float],
    band: int | None = None,
) -> list[list[float]]:
    """`table[i][j]`: the cost of the cheapest beads from (i, j) to (n, m).

    With `band`, only paths that stray at most `band` items further from the diagonal than
    (0, 0) and (n, m) themselves are searched (cells outside stay infinite): linear work
    instead of quadratic, for texts too long for the whole grid.
    """
    table = [[math.inf] * (m + 1) for _ in range(n + 1)]
    table[n][m] = 0.0
    # offsets i - j a path may take: lowest, highest
    low, high = (-m, n) if band is None else (min(0, n - m) - band, max(0, n - m) + band)
    for i in range(n, -1, -1):
        for j in range(min(m, i - low), max(-1, i - high - 1), -1):
            for di, dj in beads:
                if i + di <= n and j + dj <= m and table[i + di][j + dj] < math.inf:
                    total = cost(i, j, di, dj) + table[i + di][j + dj]
                    table[i][j] = min(table[i][j], total)
    return table
