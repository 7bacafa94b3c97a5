"""Candidate sentence boundaries: where one may be, and what a rule sees of it.

A candidate is a run of end marks (`.`, `?»`, `!..`), a smiley (`:)`) or closing brackets
that open nothing (`))`, the informal smiley) followed by a space. In

    'Ціна зросла до 8350 грн. Утім, за словами М.К. Янгеля, це ще не все… та й годі.'

the candidates are after `грн.` (before `грн`, after `Утім,`), `М.К.` (before `М.К`) and
`все…`; `М.` is none, as no space follows it. The rules (`reader.text.boundary_rules`) read
a `Candidate` and say split, join or nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from reader.text.abbreviations import SENTENCE_STARTERS

CLOSERS = "»\"”“'’)]"  # may follow the end mark inside the sentence: `?»`, `.)`
OPENERS = "«\"„“'‘(["
DASHES = "—–-"
END_MARKS = ".!?…"
# Quotation marks, outer first; a mark that opens and closes counts by parity.
QUOTES = (("«", "»"), ("„", "“"), ('"', '"'))
EMOTICON = re.compile(r"[:;]-?[()DPp]+")

# A candidate boundary: end marks, closing quotes or brackets, then a space; or a smiley
# (after a space, or `:)` glued to its word); or bare closing brackets after a word or a
# space (`весело))`). The first character is matched before the look-behinds that tell the
# kinds apart, so the search skips to the few characters that may start one; possessive
# quantifiers and the look-behinds keep it linear on a run of thousands of periods.
CANDIDATE = re.compile(
    r"(?P<marks>[.!?…:;)](?:"
    rf"(?<=[.!?…])(?<![.!?…][.!?…])[.!?…]*+(?:[{re.escape(CLOSERS)}]++[.!?…]*+)*+"
    r"|(?<=\s[:;])-?[()DPp]+"
    r"|(?<=\w[:;])-?[()]++"
    r"|(?<=[\w\s]\))\)*+"
    r"))\s+(?=(?P<after>\S*))"
)
BRACKETS = re.compile(r"\)+")  # marks that are only closing brackets
WORD_CHARACTERS = "'’ʼ.-_\u0301"  # besides letters and digits, in the word before the marks


@dataclass(frozen=True, slots=True)
class Candidate:
    """A possible sentence end inside one block of text (a paragraph's line or lines)."""

    text: str
    sentence_start: int  # where the sentence this mark may end begins
    chunk_start: int  # where the space-delimited chunk the marks end begins
    start: int  # the first end mark
    end: int  # after the end marks and closing quotes: where the sentence would end
    next: int  # the first character of what follows
    marks: str  # text[start:end]: `.`, `?»`, `…`, `:)`, `))`
    before: str  # the word the marks are attached to, internal periods kept: `рр`, `М.К`
    after: str  # the next whitespace-delimited chunk: `Утім,`, `—`, `«Вони`

    @property
    def next_word(self) -> str:
        """The first word after the marks, past dashes and opening quotes."""
        match = NEXT_WORD.search(self.text, self.next, self.next + 40)
        return match.group() if match else ""

    @property
    def chunk(self) -> str:
        """What the marks are attached to, up to the space before: `км/год`, `(1928`."""
        return self.text[self.chunk_start : self.start]


NEXT_WORD = re.compile(r"[^\W_][\w'’ʼ\u0301-]*")

Rule = Callable[[Candidate], bool | None]  # True: split, False: join, None: no opinion


def candidate(block: str, match: re.Match[str], sentence_start: int) -> Candidate:
    """The candidate a CANDIDATE match in `block` makes, in a sentence begun at sentence_start."""
    marks_start, marks_end = match.span("marks")
    chunk_start = marks_start
    while chunk_start > sentence_start and not block[chunk_start - 1].isspace():
        chunk_start -= 1
    word_start = marks_start
    while word_start > chunk_start and (
        block[word_start - 1].isalnum() or block[word_start - 1] in WORD_CHARACTERS
    ):
        word_start -= 1
    return Candidate(
        block,
        sentence_start,
        chunk_start,
        marks_start,
        marks_end,
        match.end(),
        match.group("marks"),
        block[word_start:marks_start].lstrip(".-"),
        match.group("after"),
    )


def starts_capital(word: str) -> bool:
    return bool(word) and word[0].isupper()


def is_starter(c: Candidate) -> bool:
    """The next word is capitalised and never a name (`Утім`, `Після`), nor an initial (`І.`)."""
    match = NEXT_WORD.search(c.text, c.next, c.next + 40)
    if not match or not starts_capital(match.group()):
        return False
    if len(match.group()) == 1 and c.text.startswith(".", match.end()):
        return False
    return match.group().lower() in SENTENCE_STARTERS
