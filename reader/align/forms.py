"""The teacher's one-sentence-per-line form of en.txt, read and written, and the review form.

A teacher who disagrees with the automatic pairing writes the paragraph one sentence per
line, as many lines as the Ukrainian paragraph has sentences; those lines pair one to one,
no guessing (no warnings either: the teacher's word is final). A line holding only `+` means
"this Ukrainian sentence shares the English on the line above" (a 2:1 pair):

    uk  [A] Переговори почалися.  [B] Їх вели в Багдаді.  [C] Війська повертаються.
    en  Talks began in Baghdad.        ->  A+B: "Talks began in Baghdad."
        +                                  C:   "The troops are coming home."
        The troops are coming home.

A line break counts as "one sentence per line" unless it falls inside a sentence (the line
has no final stop and the next starts in lower case): a paragraph hard-wrapped by an editor
is running text (`is_wrapped`), aligned automatically by `reader.align.pairing`.

`reader align TEXT` prints the current pairing in exactly that form (`as_en_txt`), ready to
be edited and saved as en.txt; `--side-by-side` prints it for review (`side_by_side`).
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from pathlib import Path

from reader.align.translation import EnParagraph, Line
from reader.errors import ProblemsFound
from reader.model import Origin, Problem, Sentence, Unit
from reader.wording import count

JOIN_LINE = "+"  # in the one-sentence-per-line form: "shares the English on the line above"
SENTENCE_END = ".!?…"
CLOSERS = "\"'»”’)]"


def lines_pairing(
    sentences: Sequence[Sentence], english: EnParagraph, en_path: Path
) -> tuple[Unit, ...] | None:
    """The teacher's one-sentence-per-line pairing, or None when the paragraph is running text."""
    lines = english.lines
    if lines[0].text == JOIN_LINE:
        raise _problem(
            en_path,
            lines[0].number,
            f"a `{JOIN_LINE}` line shares the English on the line above, but it opens its "
            "paragraph: put the English here",
        )
    if len(lines) != len(sentences) or len(lines) < 2 or is_wrapped(lines):
        joins = [line for line in lines if line.text == JOIN_LINE]
        if joins:
            raise _problem(
                en_path,
                joins[0].number,
                f"a `{JOIN_LINE}` line belongs to the one-sentence-per-line form, but this "
                f"paragraph has {len(lines)} lines for "
                f"{count(len(sentences), 'Ukrainian sentence')}: give every Ukrainian sentence "
                "its line",
            )
        return None
    units: list[Unit] = []
    for sentence, line in zip(sentences, lines, strict=True):
        if line.text == JOIN_LINE:
            last = units.pop()
            units.append(Unit((*last.sentences, sentence), last.translation))
        else:
            units.append(Unit((sentence,), line.text))
    return tuple(units)


def is_wrapped(lines: Sequence[Line]) -> bool:
    """True when a line break falls inside a sentence: no final stop, next line in lower case."""
    return any(
        not before.text.rstrip(CLOSERS).endswith(tuple(SENTENCE_END)) and after.text[0].islower()
        for before, after in itertools.pairwise(lines)
    )


def as_en_txt(units: Sequence[Sequence[Unit]]) -> str:
    """The pairing as en.txt in the one-sentence-per-line form (`+` for a shared English)."""
    paragraphs = []
    for paragraph in units:
        lines = []
        for unit in paragraph:
            lines.append(unit.translation)
            lines.extend(JOIN_LINE for _ in unit.sentences[1:])
        paragraphs.append("\n".join(lines))
    return "\n\n".join(paragraphs) + "\n"


def side_by_side(units: Sequence[Sequence[Unit]]) -> str:
    """The pairing for review: each unit's Ukrainian sentences, numbered, then its English."""
    blocks = []
    for p, paragraph in enumerate(units, start=1):
        rows = []
        number = 0
        for unit in paragraph:
            for sentence in unit.sentences:
                number += 1
                rows.append(f"{f'{p}.{number}':<6} uk  {sentence.text}")
            rows.append(f"{'':<6} en  {unit.translation}")
        blocks.append("\n".join(rows))
    return "\n\n".join(blocks) + "\n"


def _problem(path: Path, line: int, message: str) -> ProblemsFound:
    """One error about en.txt, ready to raise."""
    return ProblemsFound([Problem(Origin(path, line), message)], str(path))
