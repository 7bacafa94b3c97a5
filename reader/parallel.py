"""Work on many texts across the machine's cores, with results in the order of the inputs.

    run(work, [a, b, c, d, ...], jobs=2, setup=..., preload=...)
        -> [work(a), work(b), work(c), work(d), ...]     whatever process did which

A pool pays only with enough texts: starting a worker costs about as much as analysing a few
texts, so each worker gets at least `MIN_PER_WORKER` items, and with fewer than twice that
the work stays in this process.
Each result depends only on its item and on what `setup` gave every worker, so the output
does not depend on the number of workers (tests/test_incremental.py builds with 1 and 3).

On Linux the workers are forked: they start with what this process already loaded (the
pymorphy3 dictionary, Punkt, the glossary), shared page by page rather than loaded once per
worker. `preload` runs here first, and only when a pool is used. Where fork is not available,
or this process runs other threads (a fork copies their locks as they are), the workers are
spawned and `setup` gives each what it needs.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")

# Items a worker should get at least for starting it to pay (a 3 KB text takes ~40 ms with
# warm caches, ~130 ms cold; a forked worker ~20-40 ms to start and to send its results back).
MIN_PER_WORKER = 6
# Hand-outs per worker: the last one leaves the other workers idle, so it must be short.
# At 4, the worker done first idled up to 0.4 s at the end of a 100-text build and up to
# 2.9 s at 1,000 texts; at 16, up to 0.05 s and 0.4 s; hand-outs of one text cost the pool
# about a second more CPU at 1,000 texts (bench/README.md).
ROUNDS = 16


def default_jobs() -> int:
    """The cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def workers_for(items: int, jobs: int) -> int:
    """How many workers `run` uses for this many items: 1 means none, all in this process."""
    return max(1, min(jobs, items // MIN_PER_WORKER))


def start_method() -> str:
    """`fork` where it is available and safe, else `spawn`."""
    import multiprocessing
    import threading

    # Forking a process that runs other threads can copy a lock some thread holds.
    if "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1:
        return "fork"
    return "spawn"


def run(
    work: Callable[[T], R],
    items: Sequence[T],
    jobs: int,
    setup: Callable[..., None],
    setup_args: tuple[object, ...] = (),
    preload: Callable[[], None] | None = None,
    done: Callable[[R], None] | None = None,
) -> list[R]:
    """`work` on every item, in order; in a pool of up to `jobs` processes when it pays.
    `done` is called here with each result as it comes, in order (a progress bar)."""
    workers = workers_for(len(items), jobs)
    results: list[R] = []
    if workers == 1:
        setup(*setup_args)
        for item in items:
            results.append(work(item))
            if done is not None:
                done(results[-1])
        return results
    import multiprocessing  # here: a build with little to redo does not load it
    from concurrent.futures import ProcessPoolExecutor

    context = multiprocessing.get_context(start_method())
    if preload is not None and context.get_start_method() == "fork":
        preload()
    chunk = max(1, len(items) // (workers * ROUNDS))
    with ProcessPoolExecutor(
        workers, mp_context=context, initializer=setup, initargs=setup_args
    ) as pool:
        for result in pool.map(work, items, chunksize=chunk):
            results.append(result)
            if done is not None:
                done(result)
    return results
