"""How fast a glossary loads: `python bench/glossary_load.py [ENTRIES ...]` (default 2000 20000).

For each size, generates a realistic glossary in a temporary folder (four files; short and
long forms, multi-word expressions, homographs, stress marks, apostrophes, notes with quotes
and colons), loads it with `reader.glossary.entries.load_glossary` five times and prints the
best wall and CPU time in milliseconds, the share of the YAML layer
(`reader.corpus.yamlfile.read`), and PyYAML's own C loader (`yaml.load(..., CSafeLoader)`,
which checks nothing and keeps no lines) on the same files as a yardstick for the machine.
The targets: 2,000 entries in at most 50 ms, 20,000 in at most 1 s. Figures and how to read
them: bench/README.md.

Python's speed depends on how it was built, so the interpreter is printed too, and the
machine's load average before each size (other work on shared cores slows every figure).
"""

from __future__ import annotations

import gc
import os
import random
import sys
import tempfile
import time
from pathlib import Path

import yaml

from reader.corpus import yamlfile
from reader.glossary.entries import load_glossary

ONSETS = ["б", "в", "г", "д", "ж", "з", "к", "л", "м", "н", "п", "р", "с", "т", "ч", "ш", "х"]
ONSETS += ["пр", "ст", "кр", "гл", "зв", "сп", "тр", "дв", "бл", "хв", "вз", "ґ", "ц", "щ"]
VOWELS = ["а", "о", "е", "и", "і", "у", "я", "ю", "є", "ї"]
ENDINGS = {
    "noun": ["ння", "ість", "ок", "ка", "ник", "ство", "ець", "иця", "ор", "'я"],
    "verb": ["ати", "ити", "увати", "іти", "ся"],
    "adjective": ["ний", "ський", "овий", "ливий", "альний"],
    "adverb": ["но", "ко", "ому"],
}
PREPOSITIONS = ["на", "у", "в", "за", "під", "до", "з", "без", "по"]
GLOSSES = ["army", "withdrawal", "castle", "lock", "key", "clef", "amid", "statement", "epoch"]
TARGETS = {2_000: 0.05, 20_000: 1.0}  # entries: seconds
NOTES = [
    "Verbal noun of «вивести» (perf.) 'to withdraw'.",
    'Often in the phrase "на тлі": amid.',
    "Genitive plural: військ # not войск",
    "Colloquial; formal: заява.",
]


def headword(rng: random.Random, pos: str) -> str:
    """A made-up but plausible Ukrainian dictionary form."""
    stem = "".join(rng.choice(ONSETS) + rng.choice(VOWELS) for _ in range(rng.randint(1, 3)))
    return stem + rng.choice(ENDINGS[pos])


def stressed(word: str, rng: random.Random) -> str:
    vowels = [i for i, ch in enumerate(word) if ch in "аоеиіуяюєї"]
    at = rng.choice(vowels) + 1 if vowels else len(word)
    return word[:at] + "\u0301" + word[at:]


def entry(rng: random.Random, word: str, pos: str) -> str:
    """One entry in one of the four shapes, as a teacher would type it."""
    shape = rng.random()
    en = rng.choice(GLOSSES)
    if shape < 0.5:
        return f"{word}: {en}; (pl.) {rng.choice(GLOSSES)}\n"
    if shape < 0.8:
        note = yaml.safe_dump(rng.choice(NOTES), allow_unicode=True, width=1000).split("\n")[0]
        return (
            f"{word}:\n  en: {en} (of troops)\n  stress: {stressed(word, rng)}\n"
            f"  pos: {pos}\n  note: {note}\n  tags: [military, news]\n"
            f"  forms: [{word}у, {word}ові]\n"
        )
    return (
        f"{word}:\n"
        f"  - {{stress: {stressed(word, rng)}, en: {en}, pos: {pos}}}\n"
        f"  - {{stress: {stressed(word, rng)}, en: {rng.choice(GLOSSES)}}}\n"
    )


def generate(folder: Path, count: int, files: int = 4) -> list[Path]:
    rng = random.Random(2024)
    seen: set[str] = set()
    chunks: list[list[str]] = [[] for _ in range(files)]
    while len(seen) < count:
        pos = rng.choice(list(ENDINGS))
        word = headword(rng, pos)
        if rng.random() < 0.1:  # a multi-word expression
            word = f"{rng.choice(PREPOSITIONS)} {word}"
        if word in seen:
            continue
        seen.add(word)
        chunks[len(seen) % files].append(entry(rng, word, pos))
    paths = []
    for number, chunk in enumerate(chunks):
        path = folder / f"part{number}.yaml"
        path.write_text("# generated for the benchmark\n" + "".join(chunk), encoding="utf-8")
        paths.append(path)
    return paths


def _parse_seconds(paths: list[Path]) -> float:
    """CPU time of the YAML layer alone, to show where the rest goes (checks, keys, ids)."""
    gc.disable()  # as load_glossary does
    try:
        started = time.process_time()
        for path in paths:
            yamlfile.read(path)
        return time.process_time() - started
    finally:
        gc.enable()


def _plain_pyyaml_seconds(paths: list[Path]) -> float:
    """CPU time of PyYAML's own C loader on the same files: a yardstick for this machine."""
    started = time.process_time()
    for path in paths:
        yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    return time.process_time() - started


def measure(count: int) -> None:
    """Generate a glossary of `count` entries, load it five times and print the figures."""
    load = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as tmp:
        paths = generate(Path(tmp), count)
        size = sum(path.stat().st_size for path in paths)
        times, cpu = [], []
        for _ in range(5):
            glossary = None  # the last load is freed before the clock starts: a build has none
            started, started_cpu = time.perf_counter(), time.process_time()
            glossary = load_glossary(paths)
            times.append(time.perf_counter() - started)
            cpu.append(time.process_time() - started_cpu)
        parse_only = min(_parse_seconds(paths) for _ in range(5))
        reference = min(_plain_pyyaml_seconds(paths) for _ in range(5))
    best = min(times)
    target = TARGETS.get(count)
    entries = len(glossary.entries)
    print(f"{entries} entries, {size / 1e6:.1f} MB in {len(paths)} files (load average {load:.2f})")
    print(f"load_glossary: best {best * 1e3:.1f} ms of 5 ({entries / best:,.0f} entries/s)")
    print(f"  CPU time: best {min(cpu) * 1e3:.1f} ms (wall time varies on a busy machine)")
    print(f"  of which YAML parsing into the line-aware tree: {parse_only * 1e3:.1f} ms")
    print(
        f"reference, yaml.load with CSafeLoader (no checks, no lines): {reference * 1e3:.1f} ms "
        f"CPU; load_glossary takes {min(cpu) / reference:.2f}x that"
    )
    if target is not None:
        # Wall time also counts waiting for a core: on a busy machine it can miss what CPU meets.
        verdicts = [("met" if seconds <= target else "NOT met") for seconds in (best, min(cpu))]
        print(f"target <= {target * 1e3:g} ms: {verdicts[0]} (wall), {verdicts[1]} (CPU)")


def main() -> None:
    counts = [int(argument) for argument in sys.argv[1:]] or list(TARGETS)
    parser = yamlfile._Parser.__module__ + "." + yamlfile._Parser.__name__
    print(f"python {sys.version.split()[0]} ({sys.executable}), YAML events from {parser}")
    for count in counts:
        print()
        measure(count)


if __name__ == "__main__":
    main()
