"""Pausing Python's cyclic garbage collector around allocation-heavy work.

Loading a glossary and analysing a text make hundreds of thousands of small objects and no
reference cycles; the collector's repeated passes over them cost a good share of the time
(figures in bench/README.md). Reference counting still frees everything.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused() -> Iterator[None]:
    """No cyclic collection inside the block; the collector's earlier state is restored."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        # What the block made is long-lived (a glossary, a text's analysis): put it straight
        # into the oldest generation, which only the rare full collection scans. Otherwise
        # the first collection after the pause walks all of it. freeze() and unfreeze()
        # only move lists; nothing is scanned.
        gc.freeze()
        gc.unfreeze()
        if was_enabled:
            gc.enable()
