"""Read en.txt: its paragraphs of non-blank lines, cleaned like uk.txt, changes reported.

en.txt is paragraph for paragraph (a blank line between paragraphs); its first paragraph
translates the headline. Each line is decoded as UTF-8 (a BOM is fine, any newline), put in
NFC, its no-break spaces and tabs made plain spaces, and its invisible and control characters
removed exactly as uk.txt's are (`reader.text.characters.remove_invisible`), and reported:

    en.txt line 3   "Talks\x1b[31m began."   ->  "Talks[31m began."
                    invisible-characters: '1 × U+001B' -> ''

The lines are kept apart (`EnParagraph.lines`): a paragraph written one sentence per line is
the teacher's own pairing (`reader.align.forms`).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from reader.corpus.decoding import decode_utf8, read_bytes
from reader.model import Change
from reader.text.characters import remove_invisible

# Characters the source stage also normalises: no-break spaces become spaces. Invisible and
# control characters (NUL, ESC, direction overrides) go as in uk.txt, and are reported.
SPACES = {"\u00a0": " ", "\u202f": " ", "\u2007": " ", "\t": " "}


@dataclass(frozen=True, slots=True)
class Line:
    """One non-blank line of en.txt, its spaces normalised."""

    number: int  # 1-based line of en.txt
    text: str


@dataclass(frozen=True, slots=True)
class EnParagraph:
    """One paragraph of en.txt: its non-blank lines."""

    lines: tuple[Line, ...]

    @property
    def line(self) -> int:
        return self.lines[0].number

    @property
    def text(self) -> str:
        return " ".join(line.text for line in self.lines)


def read_translation(path: Path) -> tuple[EnParagraph, ...]:
    """en.txt's paragraphs (see `read_english`)."""
    return read_english(path)[0]


def read_english(path: Path) -> tuple[tuple[EnParagraph, ...], tuple[Change, ...]]:
    """en.txt's paragraphs and what cleaning removed from it, by line."""
    text = decode_utf8(read_bytes(path), path)
    paragraphs: list[EnParagraph] = []
    changes: list[Change] = []
    current: list[Line] = []
    for number, raw in enumerate(re.split(r"\r\n|\r|\n", text), start=1):
        visible, removed = remove_invisible(raw)
        changes.extend(Change(number, "invisible-characters", b, a) for b, a in removed)
        visible = unicodedata.normalize("NFC", visible)
        for char, replacement in SPACES.items():
            visible = visible.replace(char, replacement)
        cleaned = " ".join(visible.split())
        if cleaned:
            current.append(Line(number, cleaned))
        elif current:
            paragraphs.append(EnParagraph(tuple(current)))
            current = []
    if current:
        paragraphs.append(EnParagraph(tuple(current)))
    return tuple(paragraphs), tuple(changes)
