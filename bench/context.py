"""The context rules' cost: CPU time of `context.narrow` over the dev text, per word.

    python bench/context.py ../shared/data/uk_iu_dev.sents.jsonl [--repeat 5] [--profile 25]
    python bench/context.py ../shared/data/uk_iu_dev.sents.jsonl --dump words.txt

The text is segmented and every form analysed (`morph.analyse`) before the clock starts,
and one untimed pass warms the rules' own caches, so the figure is the rules' work alone:
`time.process_time` around `context.narrow` over every sentence, the best of `--repeat`
passes, with the cyclic collector paused as a build pauses it. On a shared machine compare
two versions in turns and give the load average (printed).

`--profile N` runs one more pass under cProfile and prints the N functions with the most
time of their own. `--dump FILE` writes every Word of the dev text (readings with their
grammemes, lemmas, stress) one a line, to compare two versions of the rules with `cmp`.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import pstats
import sys
import time
from pathlib import Path

from reader import collector
from reader.language import analysis, context, morph
from reader.model import Token, Word
from reader.text import segment


def sentences(data: Path) -> list[list[Token]]:
    """Every sentence's tokens, paragraph by paragraph as the build segments them."""
    found = []
    for line in data.read_text("utf-8").splitlines():
        if line.strip():
            for paragraph in segment.segment(json.loads(line)["text"]):
                found += [list(s.tokens) for s in paragraph.sentences]
    return found


def one_pass(all_tokens: list[list[Token]]) -> float:
    """CPU seconds of `context.narrow` over every sentence."""
    with collector.paused():
        started = time.process_time()
        for tokens in all_tokens:
            context.narrow(tokens)
        return time.process_time() - started


def described(word: Word) -> str:
    """A Word as one line, every field spelt out (grammemes sorted)."""
    readings = "; ".join(
        f"{a.lemma}|{a.pos}|{a.grammar}|{','.join(sorted(a.tags))}" for a in word.analyses
    )
    stresses = "; ".join(f"{s.stressed}|{s.grammar}" for s in word.stress_readings)
    return (
        f"{word.start}-{word.end}\t{readings}\t{','.join(word.lemmas)}\t{word.stressed}\t{stresses}"
    )


def dump(data: Path, out: Path) -> int:
    """Write every Word of the dev text to `out`; returns how many."""
    lines = []
    for line in data.read_text("utf-8").splitlines():
        if line.strip():
            lines += map(described, analysis.analyse(segment.segment(json.loads(line)["text"])))
    out.write_text("\n".join(lines) + "\n", "utf-8")
    return len(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", type=Path, help="uk_iu_dev.sents.jsonl")
    parser.add_argument("--repeat", type=int, default=5, help="timed passes (the best counts)")
    parser.add_argument("--profile", type=int, default=0, metavar="N", help="cProfile top N")
    parser.add_argument("--dump", type=Path, help="write every Word of the text to this file")
    options = parser.parse_args()
    if options.dump:
        print(f"{dump(options.data, options.dump)} words written to {options.dump}")
        return
    all_tokens = sentences(options.data)
    words = sum(t.kind == "word" for tokens in all_tokens for t in tokens)
    for tokens in all_tokens:
        for token in tokens:
            if token.kind == "word":
                morph.analyse(token.text)
    one_pass(all_tokens)  # warms the rules' caches
    best = min(one_pass(all_tokens) for _ in range(options.repeat))
    load = " / ".join(f"{x:.2f}" for x in os.getloadavg())
    print(f"{len(all_tokens)} sentences, {words} words; load average {load}")
    per_word = best / words * 1e6
    print(f"context.narrow: best of {options.repeat} {best:.3f} s CPU, {per_word:.2f} µs a word")
    if options.profile:
        profiler = cProfile.Profile()
        profiler.runcall(one_pass, all_tokens)
        stats = pstats.Stats(profiler, stream=sys.stdout)
        stats.sort_stats("tottime").print_stats(options.profile)


if __name__ == "__main__":
    main()
