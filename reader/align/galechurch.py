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
from collections.abc import Callable, Mapping, Sequence

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


Columns = Sequence[tuple[int, int]]  # per row i: (first j, last j + 1) the search may visit


def diagonal_band(n: int, m: int, width: int) -> list[tuple[int, int]]:
    """Per row i of an (n+1) x (m+1) grid, the columns within `width` (plus the diagonal's
    slope) of the line from (0, 0) to (n, m): every path of beads that stays near it.

        diagonal_band(8, 8, 1) -> [(0, 3), (0, 4), (0, 5), (1, 6), (2, 7), (3, 8), (4, 9),
                                   (5, 9), (6, 9)]

    Rows overlap by at least `width`, so 1:0 and 0:1 beads always link them up; the band
    holds about (n + 1) * (2 * width + m / n) cells instead of (n + 1) * (m + 1).
    """
    if n == 0:
        return [(0, m + 1)]
    reach = width + math.ceil(m / n)
    return [
        (max(0, math.floor(i * m / n) - reach), min(m, math.ceil(i * m / n) + reach) + 1)
        for i in range(n + 1)
    ]


def cost_table(
    uk_chars: Sequence[int], en_chars: Sequence[int], prior: float, columns: Columns | None = None
) -> list[list[float]]:
    """`table[i][j - first]`: bead_cost(uk_chars[i], en_chars[j], prior) for the j of row i's
    `columns` (default: every j, first = 0) that en_chars reaches, computed row by row.

    The same arithmetic as `bead_cost`, in the same order (so every value is identical),
    without a call per cell: the sentence aligner needs one table per bead and paragraph.
    """
    erfc, log, sqrt, inf = math.erfc, math.log, math.sqrt, math.inf
    prior_log = _log(prior)
    table = []
    for i, uk in enumerate(uk_chars):
        row = []
        predicted = uk * EN_PER_UK
        first, stop = (0, len(en_chars)) if columns is None else columns[i]
        for en in en_chars[first:stop]:
            if not uk and not en:
                row.append(inf)
                continue
            x = abs(predicted - en) / sqrt((uk + en / EN_PER_UK) / 2 * VARIANCE)
            tail = 0.5 * erfc(x / _SQRT2)
            log_tail = log(tail) if tail > 1e-300 else -x * x / 2 - log(x * _SQRT_2PI)
            row.append(-(_LOG2 + log_tail + prior_log))
        table.append(row)
    return table


def best_path(
    n: int, m: int, costs: Mapping[Bead, Sequence[Sequence[float]]], columns: Columns | None = None
) -> list[Bead]:
    """The cheapest beads covering n Ukrainian and m English items.

    `costs[bead][i][j - first]` is the cost of `bead` from (i, j), `first` being where row i
    of `columns` starts (default: the whole grid, first = 0); its rows may stop where the
    bead would run past n or m. Only cells inside `columns` are visited (`diagonal_band`).
    Beads are tried in the mapping's order (the first of equal paths wins).
    """
    inf = math.inf
    beads = tuple(costs)
    if columns is None:
        columns = [(0, m + 1)] * (n + 1)
    best = [[inf] * (stop - first) for first, stop in columns]
    back: list[list[Bead | None]] = [[None] * (stop - first) for first, stop in columns]
    best[0][0] = 0.0
    for i in range(n + 1):
        row = best[i]
        first, stop = columns[i]
        # per bead that fits below row i: its cost row, the row it reaches and where that row
        # starts, and the j from which it lands inside that row and inside the grid
        fitting = []
        for bead in beads:
            di, dj = bead
            if i + di > n:
                continue
            to_first, to_stop = columns[i + di]
            low, high = max(first, to_first - dj), min(stop, to_stop - dj, m + 1 - dj)
            cost_row, best_row, back_row = costs[bead][i], best[i + di], back[i + di]
            fitting.append((dj - to_first, cost_row, best_row, back_row, low, high, bead))
        for j in range(first, stop):
            here = row[j - first]
            if here == inf:
                continue
            for shift, cost_row, best_row, back_row, low, high, bead in fitting:
                if j < low or j >= high:
                    continue
                total = here + cost_row[j - first]
                if total < best_row[j + shift]:
                    best_row[j + shift] = total
                    back_row[j + shift] = bead
    path: list[Bead] = []
    i, j = n, m
    while i or j:
        step = back[i][j - columns[i][0]]
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
