"""Alignment benchmark: damage the sample translations the way teachers do, see what is found.

    python bench/align.py [corpus] [-v]       # default: corpus/ (the bundled sample texts)

Each text's own en.txt is taken as gold (its sentences pair 1:1 with the cleaned uk.txt:
check with `reader align TEXT --side-by-side`), then damaged in every possible place:

    paragraph dropped    en.txt lacks paragraph k: is the drift reported at k, or at least
                         inside the span the message names? (span: average width)
    paragraphs merged    en.txt paragraphs k and k+1 written as one: same question
    paragraph added      a copy of paragraph k inserted after it: same question
    sentences merged     English sentences k and k+1 joined with "; " (k ending in a plain
                         period): does the paragraph
                         come out as 1:1 ... 2:1 ... 1:1 with exactly those sentences?
    sentences split      Ukrainian sentences k and k+1 read as one: 1:2 where it should be?

Also printed: the en/uk character ratio of each text (galechurch.EN_PER_UK is set from it).
Printed, not asserted: this is a measurement, not a test.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from reader.align.drift import find_drift
from reader.align.pairing import align
from reader.align.translation import read_translation
from reader.corpus import metadata
from reader.corpus.files import locate
from reader.model import Paragraph, Sentence, Unit
from reader.text import segment, source


def main(root: Path) -> None:
    """Print one table row per damage, summed over every text of the corpus."""
    texts = [t for t in locate(root).texts if t.en]
    rows: dict[str, list[int | float]] = {}
    for files in texts:
        meta = metadata.load_meta(files.meta)
        cleaned = source.read_source(files.uk, debris=meta.debris)
        paragraphs = segment.segment(cleaned.text)
        english = [p.text for p in read_translation(files.en)]
        units, _ = align(paragraphs, files.en)
        uk_chars = sum(len(s.text) for p in paragraphs for s in p.sentences)
        en_chars = sum(len(u.translation) for p in units for u in p)
        one_to_one = all(len(u.sentences) == 1 for p in units for u in p)
        print(
            f"{files.slug}: {len(paragraphs)} paragraphs, en/uk characters "
            f"{en_chars / uk_chars:.2f}, sample pairs 1:1 throughout: {one_to_one}"
        )
        for name, damages in [
            ("paragraph dropped", _dropped(english)),
            ("paragraphs merged", _merged(english)),
            ("paragraph added", _added(english)),
        ]:
            for damaged, truth in damages:
                drift = find_drift(paragraphs, damaged)
                row = rows.setdefault(name, [0, 0, 0, 0.0])
                row[0] += 1
                row[1] += drift.at in truth
                row[2] += any(drift.first <= k <= drift.last for k in truth)
                row[3] += drift.last - drift.first + 1
        for name, trials in [
            ("sentences merged", _english_merges(paragraphs, units)),
            ("sentences split", _ukrainian_merges(paragraphs, units)),
        ]:
            for paragraph, en_text, expected in trials:
                got = _align_one(paragraph, en_text)
                row = rows.setdefault(name, [0, 0])
                row[0] += 1
                row[1] += _shape(got) == expected
                if _shape(got) != expected and "-v" in sys.argv:
                    print(f"  {name}: got {[len(u.sentences) for u in got]} for {en_text!r}")
    print()
    print(f"{'damage':<20} {'cases':>6} {'exact':>7} {'in span':>8} {'span':>5}")
    for name, row in rows.items():
        if len(row) == 4:
            cases, exact, inside, width = row
            print(
                f"{name:<20} {cases:>6} {exact / cases:>7.0%} {inside / cases:>8.0%} "
                f"{width / cases:>5.1f}"
            )
        else:
            cases, exact = row
            print(f"{name:<20} {cases:>6} {exact / cases:>7.0%}")


Damage = list[tuple[list[str], tuple[int, ...]]]  # damaged en.txt, where the drift truly is


def _dropped(english: list[str]) -> Damage:
    return [(english[:k] + english[k + 1 :], (k,)) for k in range(len(english))]


def _merged(english: list[str]) -> Damage:
    return [
        ([*english[:k], f"{english[k]} {english[k + 1]}", *english[k + 2 :]], (k,))
        for k in range(len(english) - 1)
    ]


def _added(english: list[str]) -> Damage:
    # Either copy may be called the extra one: the drift is right at k or at k + 1.
    return [(english[: k + 1] + english[k:], (k, k + 1)) for k in range(len(english))]


Shape = list[tuple[tuple[int, ...], str]]


def _shape(units: tuple[Unit, ...]) -> Shape:
    return [(tuple(s.start for s in u.sentences), u.translation) for u in units]


def _english_merges(
    paragraphs: tuple[Paragraph, ...], units: tuple[tuple[Unit, ...], ...]
) -> list[tuple[Paragraph, str, Shape]]:
    """Every pair of neighbouring English sentences joined: the gold becomes a 2:1 unit."""
    trials = []
    for paragraph, paired in zip(paragraphs, units, strict=True):
        for k in range(len(paired) - 1):
            if not paired[k].translation.endswith("."):  # "?", "!" and closing quotes stay ends
                continue
            joined = f"{paired[k].translation[:-1]}; {paired[k + 1].translation}"
            english = [u.translation for u in paired]
            english[k : k + 2] = [joined]
            expected = _shape(paired)
            expected[k : k + 2] = [(expected[k][0] + expected[k + 1][0], joined)]
            trials.append((paragraph, " ".join(english), expected))
    return trials


def _ukrainian_merges(
    paragraphs: tuple[Paragraph, ...], units: tuple[tuple[Unit, ...], ...]
) -> list[tuple[Paragraph, str, Shape]]:
    """Every pair of neighbouring Ukrainian sentences read as one: the gold becomes 1:2."""
    trials = []
    for paragraph, paired in zip(paragraphs, units, strict=True):
        sentences = paragraph.sentences
        for k in range(len(sentences) - 1):
            one = Sentence(
                f"{sentences[k].text} {sentences[k + 1].text}",
                sentences[k].start,
                sentences[k + 1].end,
                sentences[k].tokens + sentences[k + 1].tokens,
            )
            merged = (*sentences[:k], one, *sentences[k + 2 :])
            expected = _shape(paired)
            joined = f"{expected[k][1]} {expected[k + 1][1]}"
            expected[k : k + 2] = [(expected[k][0], joined)]
            damaged = Paragraph(paragraph.text, paragraph.start, paragraph.end, merged)
            trials.append((damaged, " ".join(u.translation for u in paired), expected))
    return trials


def _align_one(paragraph: Paragraph, english: str) -> tuple[Unit, ...]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "en.txt"
        path.write_text(english + "\n", encoding="utf-8")
        units, _ = align((paragraph,), path)
    return units[0]


if __name__ == "__main__":
    arguments = [a for a in sys.argv[1:] if a != "-v"]
    main(Path(arguments[0]) if arguments else Path("corpus"))
