"""Read one article: decode `uk.txt` (never modifying it) and clean what a scraper left.

    Кінець епохи: у Пентагоні ...              line 1   kept: the title, once
    Кінець епохи: у Пентагоні ...              line 2   dropped: repeated-title
                                               line 3
    Кінець епохи: у Пентагоні ...              line 4   dropped: repeated-title
    ...
    Міністерство оборони США підтвердилопочаток переговорів щодо виведення військз Іраку.
                      line 8  glued-words: 'підтвердилопочаток' -> 'підтвердило початок'
                      line 8  glued-words: 'військз' -> 'військ з'
    ...
    Теги за темою                              line 26  dropped: tags-heading
    США Пентагон Ірак                          line 27  dropped: tags -> ("США", "Пентагон", "Ірак")
    Джерело матеріала                          line 28  dropped: debris
    loader                                     line 29  dropped: debris

Which edits are reported as a `Change` (`reader build -v` lists them, the summary counts them):
- one by one: decoding from a legacy encoding (`encoding`), a Latin look-alike fixed in a
  Cyrillic word (`latin-lookalike`: `Kиїв` -> `Київ`, the whole word shown), glued words
  split (`glued-words`), every dropped line (`repeated-title`, `tags-heading`, `tags`,
  `debris`), and nothing else about a dropped line;
- grouped, one change per line and kind, because each character is noise but a dirty line
  is worth knowing about: odd spaces (`spaces`: '12 × NO-BREAK SPACE' -> '12 × SPACE') and
  removed invisible characters (`invisible-characters`: '2 × SOFT HYPHEN' -> '');
- not at all, because nothing a reader sees changes: a UTF-8 byte-order mark, CRLF/CR line
  ends, NFC composition, tabs, runs of spaces, spaces at line ends, extra blank lines.

The headline (`Cleaned.title`) is the first line when it is short enough to be one: at most
HEADLINE_WORDS words and HEADLINE_CHARS characters. A longer first line is the article's first
paragraph, not a headline (a single-line uk.txt of 10 MB must not become a 10 MB title); the
page is then titled from text.yaml's `title_en`, else by its opening words (`opening_words`).

    "Кінець епохи: у Пентагоні зробили офіційну заяву щодо військ США в Іраку"   12 words: title
    "Міністерство оборони США підтвердило ... (36 words)"                     no title
    -> opening_words: "Міністерство оборони США підтвердило початок переговорів щодо виведення…"

The rules live by what they look at: each line's characters in `reader.text.characters`
(glued words, `підтвердилопочаток`, in `reader.text.glued`), whole lines in
`reader.text.debris`; this module decodes the file and runs both, in that order.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from reader.corpus.decoding import decode, read_bytes
from reader.model import Change, Source
from reader.text.characters import clean_line
from reader.text.debris import drop_debris, drop_repeated_title, take_tags

# A headline is short: news headlines run to about 15 words and 120 characters, and a first
# line beyond 25 words (or 200 characters, for text without spaces) is a paragraph.
HEADLINE_WORDS = 25
HEADLINE_CHARS = 200
# A text without a headline or title_en is titled by its first OPENING_WORDS words (at most
# HEADLINE_CHARS characters), and an ellipsis when the text goes on.
OPENING_WORDS = 8


@dataclass(frozen=True, slots=True)
class Cleaned:
    """What `clean` makes of a text: the Source fields that do not depend on the file."""

    text: str
    title: str  # the first line when it is a headline (`is_headline`), else ""; see above
    tags: tuple[str, ...]
    changes: tuple[Change, ...]  # in line order


def read_source(path: Path, debris: tuple[str, ...] = ()) -> Source:
    """Decode and clean `path`; raise InputError or ProblemsFound when it is not readable text."""
    text, encoding = decode(read_bytes(path), path)
    cleaned = clean(text, debris)
    changes, warnings = cleaned.changes, ()
    if encoding:
        warnings = (f"decoded as {encoding}; save it as UTF-8 to silence this",)
        changes = (Change(1, "encoding", encoding, "UTF-8"), *changes)
    if not cleaned.text:
        warnings = (*warnings, "no text left after cleaning; is this the article?")
    return Source(path, cleaned.text, cleaned.title, cleaned.tags, changes, warnings)


def clean(text: str, debris: tuple[str, ...] = ()) -> Cleaned:
    """Normalise and tidy decoded text; `clean(clean(t).text)` changes nothing more."""
    edited: list[Change] = []
    lines = []
    for number, raw in enumerate(re.split(r"\r\n|\r|\n", text), start=1):
        line, edits = clean_line(raw)
        edited.extend(Change(number, rule, before, after) for rule, before, after in edits)
        lines.append((number, line))
    # Whole lines, in this order: debris first, so chrome above the headline or inside the
    # tags block hides neither; tags before the title, so a tags block is never a title.
    dropped: list[Change] = []
    lines = drop_debris(lines, debris, dropped)
    lines, tags = take_tags(lines, dropped)
    lines = drop_repeated_title(lines, dropped)
    kept = {number for number, _ in lines}
    # A dropped line is reported once, as dropped, not with the fixes made to it first.
    changes = sorted([c for c in edited if c.line in kept] + dropped, key=lambda c: c.line)
    paragraphs = _paragraphs(line for _, line in lines)
    first_line = paragraphs[0].split("\n", 1)[0] if paragraphs else ""
    title = first_line if is_headline(first_line) else ""
    return Cleaned("\n\n".join(paragraphs), title, tags, tuple(changes))


def is_headline(line: str) -> bool:
    """Whether a text's first line is short enough to be its headline (see above)."""
    return bool(line) and len(line) <= HEADLINE_CHARS and len(line.split()) <= HEADLINE_WORDS


def opening_words(text: str) -> str:
    """A title for a text without a headline: its first OPENING_WORDS words, then "…"."""
    head = text[: HEADLINE_CHARS * 2]  # room for OPENING_WORDS words of any real length
    words = head.split()
    opening = " ".join(words[:OPENING_WORDS])
    cut = len(words) > OPENING_WORDS or len(head) < len(text) or len(opening) > HEADLINE_CHARS
    return opening[:HEADLINE_CHARS].rstrip() + "…" if cut else opening


def _paragraphs(lines: Iterable[str]) -> list[str]:
    """Runs of non-empty lines, each run one paragraph."""
    paragraphs: list[str] = []
    current: list[str] = []
    for line in lines:
        if line:
            current.append(line)
        elif current:
            paragraphs.append("\n".join(current))
            current = []
    if current:
        paragraphs.append("\n".join(current))
    return paragraphs
