"""Sentence splitting measured against gold spans, side by side with tokenize-uk.

    python bench/segmentation.py ../shared/data/uk_iu_dev.sents.jsonl [--errors] [--repeat 5]

The data file holds one paragraph per line, `{"text": ..., "sents": [[start, end], ...]}`.
Only boundaries inside a paragraph count (its end is always one); a boundary is compared as
the number of non-space characters before it, so tools that strip or keep whitespace score
alike. Speed is characters per second over all paragraphs, the best of `--repeat` runs after
one warm-up run, both tools in this process. tokenize-uk is a bench-only dependency
(`pip install .[bench]`).
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from tokenize_uk import tokenize_sents

from reader.segment import split_sentences

Splitter = Callable[[str], Sequence[int]]  # paragraph -> boundaries (non-space offsets)


@dataclass(frozen=True, slots=True)
class Score:
    name: str
    precision: float
    recall: float
    f1: float
    chars_per_second: float
    false_splits: tuple[tuple[int, int], ...]  # (paragraph index, boundary)
    missed: tuple[tuple[int, int], ...]


def dense(text: str, offset: int) -> int:
    """How many non-space characters come before `offset`."""
    return sum(1 for c in text[:offset] if not c.isspace())


def gold_boundaries(paragraph: dict) -> list[int]:
    """The gold boundaries inside one paragraph."""
    return [dense(paragraph["text"], end) for _, end in paragraph["sents"][:-1]]


def reader_boundaries(text: str) -> list[int]:
    """Boundaries found by reader.segment."""
    return [dense(text, end) for _, end in split_sentences(text)[:-1]]


def tokenize_uk_boundaries(text: str) -> list[int]:
    """Boundaries found by tokenize-uk (it returns stripped sentence strings)."""
    boundaries, count = [], 0
    for sentence in tokenize_sents(text)[:-1]:
        count += sum(1 for c in sentence if not c.isspace())
        boundaries.append(count)
    return boundaries


def measure(name: str, splitter: Splitter, paragraphs: list[dict], repeat: int) -> Score:
    """Score one tool and time it."""
    texts = [p["text"] for p in paragraphs]
    found = [splitter(t) for t in texts]  # also the warm-up run
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        for text in texts:
            splitter(text)
        best = min(best, time.perf_counter() - started)
    false_splits, missed, hits = [], [], 0
    for index, (paragraph, predicted) in enumerate(zip(paragraphs, found, strict=True)):
        gold = set(gold_boundaries(paragraph))
        hits += len(gold & set(predicted))
        false_splits += [(index, b) for b in sorted(set(predicted) - gold)]
        missed += [(index, b) for b in sorted(gold - set(predicted))]
    precision = hits / (hits + len(false_splits)) if hits + len(false_splits) else 1.0
    recall = hits / (hits + len(missed)) if hits + len(missed) else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    chars = sum(len(t) for t in texts)
    return Score(name, precision, recall, f1, chars / best, tuple(false_splits), tuple(missed))


def show_error(kind: str, paragraph: dict, boundary: int) -> str:
    """One error in context: `|` marks the boundary, 60 characters either side."""
    text, count, offset = paragraph["text"], 0, 0
    while offset < len(text) and count < boundary:
        count += not text[offset].isspace()
        offset += 1
    left = text[max(0, offset - 60) : offset].replace("\n", "⏎")
    right = text[offset : offset + 60].replace("\n", "⏎")
    return f"  {kind:<6} {paragraph.get('doc', '')}: …{left}|{right}…"


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path, help="a .sents.jsonl file")
    parser.add_argument("--errors", action="store_true", help="print reader's remaining errors")
    parser.add_argument("--repeat", type=int, default=5, help="timed runs per tool (best kept)")
    args = parser.parse_args(argv)
    lines = args.data.read_text(encoding="utf-8").splitlines()
    paragraphs = [json.loads(line) for line in lines if line.strip()]
    inside = sum(len(p["sents"]) - 1 for p in paragraphs)
    chars = sum(len(p["text"]) for p in paragraphs)
    print(f"{args.data.name}: {len(paragraphs)} paragraphs, {chars} characters, ", end="")
    print(f"{inside} boundaries inside paragraphs")
    scores = [
        measure("reader", reader_boundaries, paragraphs, args.repeat),
        measure("tokenize-uk 2.0", tokenize_uk_boundaries, paragraphs, args.repeat),
    ]
    print(
        f"{'tool':<16} {'precision':>9} {'recall':>7} {'F1':>7} {'FP':>4} {'FN':>4} {'chars/s':>10}"
    )
    for s in scores:
        print(
            f"{s.name:<16} {s.precision:>9.4f} {s.recall:>7.4f} {s.f1:>7.4f} "
            f"{len(s.false_splits):>4} {len(s.missed):>4} {s.chars_per_second:>10,.0f}"
        )
    if args.errors:
        ours = scores[0]
        print(
            f"\nreader's errors ({len(ours.false_splits)} false splits, {len(ours.missed)} missed):"
        )
        errors = [("split", *e) for e in ours.false_splits] + [("missed", *e) for e in ours.missed]
        for kind, index, boundary in sorted(errors, key=lambda e: (e[1], e[2])):
            print(show_error(kind, paragraphs[index], boundary))


if __name__ == "__main__":
    main()
