"""Stress marks: how many words get one, why the others do not, how fast, what the build pays.

    python bench/stress.py [../shared/data/uk_iu_dev.sents.jsonl] [--megabytes 1] [--repeat 2]

On the treebank's dev text (news paragraphs apart, then all of it) and on the sample corpus:
the share of word tokens of two or more syllables that get a mark, that get none because
their readings disagree (the page lists each stress in the popover instead), and that the
stress dictionary does not know (and of the marked, those that show one of the dictionary's
two right stresses, its variants); which rule decided (reader.language.stress.RULES); and the
stress stage's speed in words per second with cold caches. Target: >= 93% marked on news.

Then the build of the 1 MB bench text (as bench/page.py makes it) without and with stress,
each in a fresh process, in turns, best of --repeat, in CPU seconds of the process (the
machine's other work skews them less than the wall clock): target no more than 15% slower.
Also the time to load the dictionary's trie. Without the dev text the parts that need it
are skipped.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from reader import pipeline
from reader.language import analysis, stress, stress_dictionary
from reader.model import Word
from reader.text import segment

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "uk_iu_dev.sents.jsonl"


def load_trie() -> float:
    started = time.perf_counter()
    stress_dictionary.trie()
    return time.perf_counter() - started


def tally(words: list[tuple[Word, str, bool]]) -> Counter:
    """Multi-syllable word tokens by outcome: marked, disagree, unknown; and of the marked,
    those with one of the dictionary's variants (both right, the other in the popover)."""
    outcomes: Counter = Counter()
    for word, text, _ in words:
        if stress_dictionary.syllables(text) < 2:
            continue
        if word.stressed is not None:
            outcomes["marked"] += 1
            outcomes["variant"] += bool(word.stress_readings)
        elif word.stress_readings:
            outcomes["disagree"] += 1
        else:
            outcomes["unknown"] += 1
    return outcomes


def report(name: str, outcomes: Counter) -> None:
    total = outcomes["marked"] + outcomes["disagree"] + outcomes["unknown"]

    def share(key: str) -> str:
        return f"{outcomes[key]} ({outcomes[key] / total:.1%})" if total else "-"

    print(
        f"{name}: {total} multi-syllable word tokens: marked {share('marked')}, of them "
        f"one of the dictionary's two right stresses {share('variant')}; unmarked: readings "
        f"disagree {share('disagree')}, unknown to the dictionary {share('unknown')}"
    )


def analysed(text: str) -> list[tuple[Word, str, bool]]:
    """The words of a text with stress: (word, spelling, first of its sentence)."""
    paragraphs = segment.segment(text)
    words = iter(analysis.analyse(paragraphs))
    found = []
    for paragraph in paragraphs:
        for sentence in paragraph.sentences:
            tokens = [t for t in sentence.tokens if t.kind == "word"]
            found += [(next(words), t.text, n == 0) for n, t in enumerate(tokens)]
    return found


def dev_words(data: Path) -> tuple[list, list]:
    """The dev text's words: of its news paragraphs, and of all of it."""
    news, every = [], []
    for line in data.read_text("utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        words = analysed(row["text"])
        every += words
        if row.get("news"):
            news += words
    return news, every


def rules_of(words: list[tuple[Word, str, bool]]) -> Counter:
    """Which rule decided each multi-syllable token (asked again)."""
    return Counter(
        stress.decide(text, word.analyses, initial).rule
        for word, text, initial in words
        if stress_dictionary.syllables(text) >= 2
    )


def speed(words: list[tuple[Word, str, bool]]) -> float:
    """Words per CPU second of the stress stage alone, every cache emptied first."""
    stress._SEEN.clear()
    stress_dictionary.records.cache_clear()
    started = time.process_time()
    for word, text, initial in words:
        stress.of_token(text, word.analyses, word.lemmas, initial)
    return len(words) / (time.process_time() - started)


def build_seconds(corpus: Path, repeat: int) -> tuple[float, float]:
    """Best of `repeat` fresh processes reading, analysing and rendering the corpus, without
    and with stress (taken in turns, so that a busy machine slows both alike)."""
    best = [float("inf"), float("inf")]
    for _ in range(repeat):
        for with_stress in (False, True):
            command = [sys.executable, __file__, "--build", str(corpus)]
            if not with_stress:
                command.append("--without-stress")
            done = subprocess.run(command, capture_output=True, text=True, check=True)
            best[with_stress] = min(best[with_stress], float(done.stdout))
    return best[0], best[1]


def _build(corpus: Path, without_stress: bool) -> None:
    """(In a fresh process) print the seconds to read, analyse and render the corpus."""
    from reader.site import render

    if without_stress:  # the build as it was before stress: each word without one
        stress.word = lambda token, analyses, lemmas, initial: Word(
            token.start, token.end, analyses, lemmas
        )
    started = time.process_time()  # CPU time: a machine busy with other work skews it less
    (text,) = pipeline.read_corpus(corpus).texts
    render.render_page(text)
    print(time.process_time() - started)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", type=Path, nargs="?", default=DEFAULT_DATA)
    parser.add_argument("--megabytes", type=float, default=1.0)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--build", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--without-stress", action="store_true", help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.build:
        _build(options.build, options.without_stress)
        return
    print(f"trie load: {load_trie():.3f} s ({len(stress_dictionary.trie())} forms)")
    have_data = options.data.is_file()
    if have_data:
        news, every = dev_words(options.data)
        report("dev text, news paragraphs", tally(news))
        report("dev text, all", tally(every))
        rules = rules_of(every)
        print("decided by (dev, all): " + ", ".join(f"{r} {n}" for r, n in rules.most_common()))
    else:
        print(f"{options.data}: not found; the dev text's figures and the build are skipped")
    sample = [
        word
        for text in pipeline.read_corpus(ROOT / "corpus").texts
        for word in analysed(text.source.text)
    ]
    report("sample corpus", tally(sample))
    words = every if have_data else sample
    print(f"stress stage: {speed(words):,.0f} words/s ({len(words)} words, cold caches)")
    if not have_data:
        return
    sys.path.insert(0, str(Path(__file__).parent))
    from page import write_corpus

    with tempfile.TemporaryDirectory() as temporary:
        corpus = Path(temporary) / "corpus"
        write_corpus(options.data, corpus, options.megabytes, 400)
        before, after = build_seconds(corpus, options.repeat)
    print(
        f"build of the {options.megabytes:g} MB bench text: without stress {before:.3f} s, "
        f"with stress {after:.3f} s ({after / before - 1:+.1%}; target <= +15%)"
    )


if __name__ == "__main__":
    main()
