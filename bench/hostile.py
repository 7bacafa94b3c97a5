"""Hostile inputs that were quadratic: the time at 10x, 100x and 1000x a small input.

    python bench/hostile.py           # base sizes as in issue 15 / 1000
    python bench/hostile.py --base 1  # tiny (tests/test_bench.py)

Each case builds its input first and times only the stage it is about. Prints one line per
case and size, wall-clock and CPU seconds (the CPU figure is steadier on a shared machine);
roughly linear means each 10x costs about 10x.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reader.align.pairing import align_paragraph  # noqa: E402
from reader.align.translation import EnParagraph, Line  # noqa: E402
from reader.language import context, morph  # noqa: E402
from reader.text import segment, source  # noqa: E402

Run = Callable[[], object]


def repeated_titles(n: int) -> Run:
    """n identical one-word paragraphs (the repeated-title search)."""
    text = "\n\n".join(["Заголовок"] * n)
    return lambda: source.clean(text)


def long_word(n: int) -> Run:
    """One word of n letters (the glued-word split)."""
    text = "а" * n
    return lambda: source.clean(text)


def many_sentences(n: int) -> Run:
    """One paragraph of n sentences paired with a one-line translation (the sentence aligner)."""
    (paragraph,) = segment.segment(" ".join(["Це речення."] * n))
    english = EnParagraph((Line(1, "One line."),))
    return lambda: align_paragraph(paragraph.sentences, english, Path("en.txt"))


def many_pairs(n: int) -> Run:
    """One paragraph of n / 10 sentences paired with as many English ones (the banded grid)."""
    (paragraph,) = segment.segment(" ".join(["Це речення."] * max(1, n // 10)))
    english = EnParagraph((Line(1, " ".join(["This is a sentence."] * max(1, n // 10))),))
    return lambda: align_paragraph(paragraph.sentences, english, Path("en.txt"))


def long_sentence(n: int) -> Run:
    """One sentence of n nouns, genitives and plurals in turn (the context rules: a rule that
    walks back over the run before each word)."""
    (paragraph,) = segment.segment("Він " + "голови ремонту " * max(1, n // 2) + "знає.")
    tokens = [t for s in paragraph.sentences for t in s.tokens]
    for token in tokens:
        morph.analyse(token.text)  # the dictionary's load is not the rules' time
    return lambda: context.narrow(tokens)


CASES = [repeated_titles, long_word, many_sentences, many_pairs, long_sentence]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--base", type=int, default=100, help="the small input's size")
    base = parser.parse_args().base
    for case in CASES:
        for factor in (10, 100, 1000):
            n = base * factor
            run = case(n)
            wall, cpu = time.perf_counter(), time.process_time()
            try:
                run()
                outcome = ""
            except Exception as error:  # a clear refusal is an outcome too
                outcome = f" ({type(error).__name__})"
            wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
            print(f"{case.__name__}: n={n}: {wall:.3f} s, cpu {cpu:.3f} s{outcome}")


if __name__ == "__main__":
    main()
