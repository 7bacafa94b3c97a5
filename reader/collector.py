"""Pausing Python's cyclic garbage collector around allocation-heavy work, and at exit.

Loading a glossary and analysing a text make hundreds of thousands of small objects and no
reference cycles; the collector's repeated passes over them cost a good share of the time
(figures in bench/README.md). Reference counting still frees everything.

A command ends the same way: shutting down, Python clears every module and runs the
collector over all that is left (the dictionary, the caches, the texts' analysis): a walk
that is a good share of a short command's time (bench/README.md), for memory the process is
about to return to the system. `spare_shutdown` freezes everything first, so the walk skips it.
"""

from __future__ import annotations

import atexit
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


def spare_shutdown() -> None:
    """At exit, freeze every object before Python's last collections, which then skip them.

    Everything is still freed by reference counting as the modules are cleared; what the
    freeze leaves is only garbage in reference cycles, never collected as the process ends
    (files are closed where they are written, and standard output is flushed as always)."""
    atexit.register(gc.freeze)
