"""Pausing Python's cyclic garbage collector around allocation-heavy work.

Loading a glossary and analysing a text make hundreds of thousands of small objects and no
reference cycles; the collector's repeated passes over them cost 20-40% of the time
(bench/glossary_load.py, bench/page.py). Reference counting still frees everything.
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
        if was_enabled:
            gc.enable()
