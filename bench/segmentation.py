"""Sentence splitting measured against gold spans, side by side with tokenize-uk.

    python bench/segmentation.py ../shared/data/uk_iu_dev.sents.jsonl [--errors] [--repeat 10]

The data file holds one paragraph per line, `{"text": ..., "sents": [[start, end], ...]}`.
Beside it the bench scores the project's own news set, `bench/data/news_uk.txt` (or
`--news FILE`): news, blog and comment paragraphs written for it, with the phenomena the
treebank's dev split barely has (abbreviations before a capital or a dash, units ending a
sentence, enumerations and headings, informal text), `|` marking the gold boundaries:

    Середня зарплата становила 18,4 тис. грн.| Утім, у селах вона нижча.

Only boundaries inside a paragraph count (its end is always one); a boundary is compared as
the number of non-space characters before it, so tools that strip or keep whitespace score
alike. Speed is characters per second of the bare calls (`split_sentences`,
`tokenize_sents`) over all paragraphs: one warm-up run, then `--repeat` rounds in which the
tools take turns, the best round of each kept, so both see the same machine load. reader's
memory of Punkt decisions is emptied before every round, so it is timed on text it has not
seen.
tokenize-uk is a bench-only dependency (`pip install .[bench]`).
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from tokenize_uk import tokenize_sents

from reader.text.segment import split_sentences
from reader.text.sentences import _punkt_breaks


@dataclass(frozen=True, slots=True)
class Tool:
    name: str
    call: Callable[[str], object]  # what is timed
    boundaries: Callable[[str], list[int]]  # what is scored


@dataclass(frozen=True, slots=True)
class Score:
    precision: float
    recall: float
    f1: float
    false_splits: tuple[tuple[int, int], ...]  # (paragraph index, boundary)
    missed: tuple[tuple[int, int], ...]


NEWS = Path(__file__).parent / "data" / "news_uk.txt"


def read_news(path: Path) -> list[dict]:
    """Paragraphs of a `|`-marked file (blank lines between, `#` comments) as gold spans."""
    paragraphs = []
    for number, block in enumerate(path.read_text(encoding="utf-8").split("\n\n")):
        marked = "\n".join(line for line in block.splitlines() if not line.startswith("#"))
        if not marked.strip():
            continue
        pieces = marked.strip().split("|")
        text, sents, offset = "".join(pieces), [], 0
        for piece in pieces:
            start = offset + len(piece) - len(piece.lstrip())
            sents.append([start, offset + len(piece.rstrip())])
            offset += len(piece)
        paragraphs.append({"doc": f"{path.name}#{number}", "text": text, "sents": sents})
    return paragraphs


def dense(text: str, offset: int) -> int:
    """How many non-space characters come before `offset`."""
    return sum(1 for c in text[:offset] if not c.isspace())


def gold_boundaries(paragraph: dict) -> list[int]:
    """The gold boundaries inside one paragraph."""
    return [dense(paragraph["text"], end) for _, end in paragraph["sents"][:-1]]


def reader_boundaries(text: str) -> list[int]:
    """Boundaries found by reader.text.segment."""
    return [dense(text, end) for _, end in split_sentences(text)[:-1]]


def tokenize_uk_boundaries(text: str) -> list[int]:
    """Boundaries found by tokenize-uk (it returns stripped sentence strings)."""
    boundaries, count = [], 0
    for sentence in tokenize_sents(text)[:-1]:
        count += sum(1 for c in sentence if not c.isspace())
        boundaries.append(count)
    return boundaries


TOOLS = (
    Tool("reader", split_sentences, reader_boundaries),
    Tool("tokenize-uk 2.0", tokenize_sents, tokenize_uk_boundaries),
)


def score(tool: Tool, paragraphs: list[dict]) -> Score:
    """Boundary precision, recall and F1 of one tool, with its errors."""
    false_splits, missed, hits = [], [], 0
    for index, paragraph in enumerate(paragraphs):
        gold = set(gold_boundaries(paragraph))
        predicted = set(tool.boundaries(paragraph["text"]))
        hits += len(gold & predicted)
        false_splits += [(index, b) for b in sorted(predicted - gold)]
        missed += [(index, b) for b in sorted(gold - predicted)]
    precision = hits / (hits + len(false_splits)) if hits + len(false_splits) else 1.0
    recall = hits / (hits + len(missed)) if hits + len(missed) else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Score(precision, recall, f1, tuple(false_splits), tuple(missed))


def speeds(tools: Sequence[Tool], texts: list[str], repeat: int) -> list[float]:
    """Characters per second of each tool: the best of `repeat` interleaved rounds."""
    for tool in tools:
        for text in texts:
            tool.call(text)
    best = [float("inf")] * len(tools)
    for _ in range(max(repeat, 1)):
        for index, tool in enumerate(tools):
            # reader remembers Punkt's answer per context; a round over text it has seen
            # would only measure that memory, so every round starts cold.
            _punkt_breaks.cache_clear()
            started = time.perf_counter()
            for text in texts:
                tool.call(text)
            best[index] = min(best[index], time.perf_counter() - started)
    chars = sum(len(t) for t in texts)
    return [chars / seconds for seconds in best]


def show_error(kind: str, paragraph: dict, boundary: int) -> str:
    """One error in context: `|` marks the boundary, 60 characters either side."""
    text, count, offset = paragraph["text"], 0, 0
    while offset < len(text) and count < boundary:
        count += not text[offset].isspace()
        offset += 1
    left = text[max(0, offset - 60) : offset].replace("\n", "⏎")
    right = text[offset : offset + 60].replace("\n", "⏎")
    return f"  {kind:<6} {paragraph.get('doc', '')}: …{left}|{right}…"


def row(name: str, s: Score, speed: float | None = None) -> str:
    figures = f"{s.precision:>9.4f} {s.recall:>7.4f} {s.f1:>7.4f}"
    counts = f"{len(s.false_splits):>4} {len(s.missed):>4}"
    return f"{name:<16} {figures} {counts}" + (f" {speed:>10,.0f}" if speed else "")


def report(name: str, paragraphs: list[dict], errors: bool, repeat: int | None) -> None:
    """The scores of both tools on one set, with speed when `repeat` is given."""
    inside = sum(len(p["sents"]) - 1 for p in paragraphs)
    chars = sum(len(p["text"]) for p in paragraphs)
    print(f"{name}: {len(paragraphs)} paragraphs, {chars} characters, ", end="")
    print(f"{inside} boundaries inside paragraphs")
    scores = [score(tool, paragraphs) for tool in TOOLS]
    texts = [p["text"] for p in paragraphs]
    per_second = speeds(TOOLS, texts, repeat) if repeat else [None] * len(TOOLS)
    print(f"{'tool':<16} {'precision':>9} {'recall':>7} {'F1':>7} {'FP':>4} {'FN':>4}", end="")
    print(f" {'chars/s':>10}" if repeat else "")
    for tool, s, speed in zip(TOOLS, scores, per_second, strict=True):
        print(row(tool.name, s, speed))
    news = [p for p in paragraphs if p.get("news")]
    if news and len(news) < len(paragraphs):
        print(f"news paragraphs only ({len(news)}):")
        for tool in TOOLS:
            print(row(tool.name, score(tool, news)))
    if errors:
        ours = scores[0]
        print(f"\nreader's errors ({len(ours.false_splits)} false splits, ", end="")
        print(f"{len(ours.missed)} missed):")
        found = [("split", *e) for e in ours.false_splits] + [("missed", *e) for e in ours.missed]
        for kind, index, boundary in sorted(found, key=lambda e: (e[1], e[2])):
            print(show_error(kind, paragraphs[index], boundary))


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path, help="a .sents.jsonl file")
    parser.add_argument("--news", type=Path, default=NEWS, help="a |-marked paragraphs file")
    parser.add_argument("--errors", action="store_true", help="print reader's remaining errors")
    parser.add_argument("--repeat", type=int, default=10, help="timed rounds (best kept)")
    args = parser.parse_args(argv)
    lines = args.data.read_text(encoding="utf-8").splitlines()
    report(
        args.data.name,
        [json.loads(line) for line in lines if line.strip()],
        args.errors,
        args.repeat,
    )
    print()
    report(args.news.name, read_news(args.news), args.errors, None)


if __name__ == "__main__":
    main()
