"""Each preposition's cases, read from `government.txt` (one line a preposition).

The table the context rules consult: `preposition_governs` keeps only these cases in the
phrase after a preposition, and `clause.after_preposition` asks whether a word is in the
phrase of the preposition before it:

    >>> sorted(government()["на"])
    ['accs', 'loct']
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from reader.language.features import CASE_NAMES

GOVERNMENT_FILE = Path(__file__).with_name("government.txt")


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
