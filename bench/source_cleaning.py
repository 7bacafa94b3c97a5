"""The source stage on real text: glued-word splits and legacy-encoding detection.

    python bench/source_cleaning.py ../shared/data/uk_iu_dev.sents.jsonl [--show 20]

The data file holds one paragraph per line, `{"text": ...}`. Speed, then three figures:
- splits in the real text: every `glued-words` change `clean` makes on untouched paragraphs
  (each one is a false positive unless the paragraph really had glued words);
- synthetic glue: one space between two Cyrillic words removed at a time (every such space),
  counted as restored exactly, left glued, or split at a wrong place;
- encodings: each paragraph, and its first 1, 2 and 3 words, encoded as cp1251 and as
  koi8-u, then decoded by `reader.corpus.decoding.decode`.
"""

from __future__ import annotations

import argparse
import json
import re
import time
from collections import Counter
from pathlib import Path

from reader.corpus.decoding import decode
from reader.errors import InputError
from reader.text.glued import split_glued
from reader.text.source import clean

GLUE_POINT = re.compile(r"(?<=[а-щьюяґєії]) (?=[а-щьюяґєіїА-ЩЬЮЯҐЄІЇ])")
LEGACY = {"cp1251": "cp1251", "koi8_u": "koi8-u"}


def real_splits(paragraphs: list[str]) -> list[str]:
    """Every glued-words change made on the untouched text."""
    return [
        f"{change.before} -> {change.after}"
        for text in paragraphs
        for change in clean(text).changes
        if change.rule == "glued-words"
    ]


def synthetic_glue(paragraphs: list[str]) -> tuple[Counter[str], list[str]]:
    """Remove one space at a time and see whether the split puts it back."""
    outcome: Counter[str] = Counter()
    wrong = []
    for text in paragraphs:
        for match in GLUE_POINT.finditer(text):
            glued = text[: match.start()] + text[match.end() :]
            restored, edits = split_glued(glued)
            if restored == text:
                outcome["restored"] += 1
            elif not edits:
                outcome["left glued"] += 1
            else:
                outcome["split wrongly"] += 1
                wrong.append(", ".join(f"{before} -> {after}" for before, after in edits))
    return outcome, wrong


def encodings(paragraphs: list[str]) -> tuple[Counter[str], list[str]]:
    """Encode each paragraph (and short prefixes) both ways and decode it again."""
    outcome: Counter[str] = Counter()
    wrong = []
    for text in paragraphs:
        samples = {"paragraph": text}
        samples |= {f"{n} words": " ".join(text.split()[:n]) for n in (1, 2, 3)}
        for size, sample in samples.items():
            for codec, name in LEGACY.items():
                data = sample.encode(codec, errors="replace")
                if data.isascii():
                    continue  # nothing to detect
                try:
                    _, found = decode(data, Path("sample.txt"))
                except InputError:
                    found = "error"
                right = found == name
                outcome[f"{name:7} {size:9} {'right' if right else 'wrong'}"] += 1
                if not right:
                    wrong.append(f"{name} read as {found or 'UTF-8'}: {sample[:50]!r}")
    return outcome, wrong


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--show", type=int, default=10, help="examples of each kind of miss")
    args = parser.parse_args()
    lines = args.data.read_text(encoding="utf-8").splitlines()
    paragraphs = [json.loads(line)["text"] for line in lines if line.strip()]
    words = sum(len(p.split()) for p in paragraphs)

    whole = "\n\n".join(paragraphs)
    started = time.perf_counter()
    clean(whole)
    seconds = time.perf_counter() - started
    print(f"clean(): {len(whole)} characters in {seconds:.2f} s (dictionary lookups uncached)")

    splits = real_splits(paragraphs)
    print(f"real text: {len(paragraphs)} paragraphs, {words} words, {len(splits)} splits")
    for split in splits[: args.show]:
        print(f"    {split}")

    glue, wrong = synthetic_glue(paragraphs)
    total = sum(glue.values())
    print(f"synthetic glue: {total} spaces removed one at a time")
    for outcome, count in glue.most_common():
        print(f"    {outcome:14} {count:6} {count / total:7.2%}")
    for example in wrong[: args.show]:
        print(f"    wrong: {example}")

    detected, wrong = encodings(paragraphs)
    print("encodings:")
    for outcome, count in sorted(detected.items()):
        print(f"    {outcome}  {count}")
    for example in wrong[: args.show]:
        print(f"    {example}")


if __name__ == "__main__":
    main()
