"""Gale-Church's search: the diagonal band it may be limited to, and the path inside it."""

from __future__ import annotations

import random

from reader.align.galechurch import best_path, cost_table, diagonal_band
from reader.align.pairing import SENTENCE_BEADS


def test_the_band_follows_the_diagonal_and_reaches_both_corners():
    assert diagonal_band(8, 8, 1) == [
        (0, 3), (0, 4), (0, 5), (1, 6), (2, 7), (3, 8), (4, 9), (5, 9), (6, 9),
    ]  # fmt: skip
    assert diagonal_band(3000, 1, 10) == [(0, 2)] * 3001  # one English item: every column
    assert diagonal_band(0, 5, 10) == [(0, 6)]


def test_the_band_grows_with_the_items_not_with_their_product():
    for n, m in [(3000, 3000), (3000, 1500), (1500, 3000), (30000, 2)]:
        band = diagonal_band(n, m, 10)
        cells = sum(stop - first for first, stop in band)
        assert cells <= (n + 1) * (2 * 10 + 2 * -(-m // n) + 3)
        # consecutive rows overlap, so a path of 1:0 and 0:1 beads links any two of them
        assert all(below[0] < above[1] for above, below in zip(band, band[1:], strict=False))


def test_a_path_inside_the_band_is_the_full_grids_path():
    chance = random.Random(15)
    uk = [chance.randint(20, 200) for _ in range(120)]
    en = []
    for length in uk:  # mostly 1:1, now and then a sentence split in two
        english = round(length * 1.1 * chance.uniform(0.8, 1.2))
        en.extend([english // 2, english - english // 2] if chance.random() < 0.1 else [english])
    band = diagonal_band(len(uk), len(en), 10)
    paths = []
    for columns in (None, band):
        costs = {}
        for (di, dj), prior in SENTENCE_BEADS.items():
            uk_runs = [sum(uk[i : i + di]) for i in range(len(uk) - di + 1)]
            en_runs = [sum(en[j : j + dj]) for j in range(len(en) - dj + 1)]
            costs[(di, dj)] = cost_table(uk_runs, en_runs, prior, columns)
        paths.append(best_path(len(uk), len(en), costs, columns))
    assert paths[0] == paths[1]
    assert (1, 2) in paths[0]
