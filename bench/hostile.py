"""Hostile inputs that were quadratic: the time at 10x, 100x and 1000x a small input.

    python bench/hostile.py           # base sizes as in issue 15 / 1000
    python bench/hostile.py --base 1  # tiny (tests/test_bench.py)

Prints one line per case and size; roughly linear means each 10x costs about 10x.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reader.align.pairing import align_paragraph  # noqa: E402
from reader.align.translation import EnParagraph, Line  # noqa: E402
from reader.text import segment, source  # noqa: E402


def repeated_titles(n: int) -> None:
    """n identical one-word paragraphs (the repeated-title search)."""
    source.clean("\n\n".join(["Заголовок"] * n))


def long_word(n: int) -> None:
    """One word of n letters (the glued-word split)."""
    source.clean("а" * n)


def many_sentences(n: int) -> None:
    """One paragraph of n sentences paired with a one-line translation (the sentence aligner)."""
    (paragraph,) = segment.segment(" ".join(["Це речення."] * n))
    align_paragraph(paragraph.sentences, EnParagraph((Line(1, "One line."),)), Path("en.txt"))


CASES = [repeated_titles, long_word, many_sentences]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--base", type=int, default=100, help="the small input's size")
    base = parser.parse_args().base
    for case in CASES:
        for factor in (10, 100, 1000):
            n = base * factor
            started = time.perf_counter()
            try:
                case(n)
                outcome = ""
            except Exception as error:  # a clear refusal is an outcome too
                outcome = f" ({type(error).__name__})"
            print(f"{case.__name__}: n={n}: {time.perf_counter() - started:.3f} s{outcome}")


if __name__ == "__main__":
    main()
