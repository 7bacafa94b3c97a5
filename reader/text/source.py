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

Glued words (`підтвердилопочаток`) are split by `reader.text.glued`; see there.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from reader.corpus.decoding import decode, is_cyrillic, read_bytes
from reader.model import Change, Source
from reader.text.glued import split_glued

# Whole lines a news site leaves around an article (compared case-insensitively after
# cleaning); `debris:` in text.yaml adds more.
DEBRIS = (
    "loader",
    "Джерело матеріала",
    "Джерело матеріалу",
    "Читайте також",
    "Читайте також:",
    "Реклама",
    "Поділитися",
    "Поділитись",
    "Коментарі",
    "Друкувати",
)
# A line that announces the article's tags: the lines after it (same paragraph) are tags.
TAG_HEADINGS = ("Теги за темою", "Теги", "Теги:", "Мітки", "Мітки:")
TAG_LINE_MAX = 100  # a longer line after a tag heading is article text, not tags

# Latin letters that look like Cyrillic ones; precomposed accented vowels are how some
# keyboards type a stressed vowel (`мóва`), so they become the letter plus U+0301.
LOOKALIKES = {
    **dict(zip("aceiopxyABCEHIKMOPTXY", "асеіорхуАВСЕНІКМОРТХУ", strict=True)),
    **{"ï": "ї", "Ï": "Ї"},
    **{a: c + "\u0301" for a, c in zip("áéíóýÁÉÍÓÝ", "аеіоуАЕІОУ", strict=True)},
}
ROMAN_NUMERAL_LETTERS = set("IVXLCDMІХСМ")  # `XXІ століття` mixes scripts but is a number

LETTER_RUN = re.compile(r"(?:[^\W\d_]|[\u0300-\u036f])+")
# Characters removed outright: format characters that carry nothing in a plain article.
INVISIBLE = frozenset(
    "\u00ad\u180e\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
    "\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\ufeff"
)

Edit = tuple[str, str]  # (before, after) within one line

# Quick tests that let a clean line skip a rule's character-by-character work: a line
# without any of these characters is one the rule leaves as it is.
_CONTROL = "".join(  # Unicode's control characters all lie below U+00A0
    c for c in map(chr, range(0xA0)) if unicodedata.category(c) == "Cc" and not c.isspace()
)
_MAY_BE_INVISIBLE = re.compile(f"[{re.escape(''.join(sorted(INVISIBLE)) + _CONTROL)}]")
_ODD_SPACE = re.compile(r"[^\S \t]")  # `\s` is exactly str.isspace
_LOOKALIKE = re.compile(f"[{re.escape(''.join(LOOKALIKES))}]")


@dataclass(frozen=True, slots=True)
class Cleaned:
    """What `clean` makes of a text: the Source fields that do not depend on the file."""

    text: str
    title: str  # the first line: the headline, its own paragraph when it was scraped twice
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


# --- cleaning -------------------------------------------------------------------------------


def clean(text: str, debris: tuple[str, ...] = ()) -> Cleaned:
    """Normalise and tidy decoded text; `clean(clean(t).text)` changes nothing more."""
    edited: list[Change] = []
    lines = []
    for number, raw in enumerate(re.split(r"\r\n|\r|\n", text), start=1):
        line, edits = _clean_line(raw)
        edited.extend(Change(number, rule, before, after) for rule, before, after in edits)
        lines.append((number, line))
    # Whole lines, in this order: debris first, so chrome above the headline or inside the
    # tags block hides neither; tags before the title, so a tags block is never a title.
    dropped: list[Change] = []
    lines = _drop_debris(lines, debris, dropped)
    lines, tags = _take_tags(lines, dropped)
    lines = _drop_repeated_title(lines, dropped)
    kept = {number for number, _ in lines}
    # A dropped line is reported once, as dropped, not with the fixes made to it first.
    changes = sorted([c for c in edited if c.line in kept] + dropped, key=lambda c: c.line)
    paragraphs = _paragraphs(line for _, line in lines)
    title = paragraphs[0].split("\n", 1)[0] if paragraphs else ""
    return Cleaned("\n\n".join(paragraphs), title, tags, tuple(changes))


def remove_invisible(line: str) -> tuple[str, list[Edit]]:
    """Soft hyphens, zero-width and direction marks, control characters: dropped.

    (en.txt is cleaned of them by this rule too: `reader.align.pairing.read_english`.)
    """
    if not _MAY_BE_INVISIBLE.search(line):
        return line, []
    removed = [c for c in line if c in INVISIBLE or _is_control(c)]
    if not removed:
        return line, []
    kept = "".join(c for c in line if c not in INVISIBLE and not _is_control(c))
    return kept, [(_tally(removed), "")]


def _plain_spaces(line: str) -> tuple[str, list[Edit]]:
    """NBSP, thin, ideographic and other Unicode spaces -> one plain space each."""
    if "\t" in line:
        line = line.replace("\t", " ")
    if not _ODD_SPACE.search(line):
        return line, []
    odd = [c for c in line if c.isspace() and c not in " \t"]
    spaced = "".join(" " if c.isspace() else c for c in line)
    return spaced, [(_tally(odd), f"{len(odd)} × SPACE")]


def _compose(line: str) -> tuple[str, list[Edit]]:
    """NFC, so `й` typed as и + breve is one letter again (silent: nothing visible changes)."""
    return unicodedata.normalize("NFC", line), []


def _collapse_spaces(line: str) -> tuple[str, list[Edit]]:
    """Runs of spaces -> one, none at the ends (silent: layout, not content)."""
    return re.sub(" {2,}", " ", line).strip(" "), []


def _fix_lookalikes(line: str) -> tuple[str, list[Edit]]:
    """`Kиїв` (Latin K) -> `Київ` in words that are otherwise Cyrillic; CNN stays."""
    if not _LOOKALIKE.search(line):
        return line, []  # a word is fixed only when it has a look-alike letter
    edits = []

    def fix(match: re.Match[str]) -> str:
        word = match.group()
        latin = [c for c in word if c.isalpha() and not is_cyrillic(c)]
        if (
            not latin
            or len(latin) == len([c for c in word if c.isalpha()])
            or not all(c in LOOKALIKES for c in latin)
            or set(word) <= ROMAN_NUMERAL_LETTERS
        ):
            return word
        # NFC again: a Cyrillic letter may compose with a mark the Latin one could not (`Y̆` -> `Ў`)
        fixed = unicodedata.normalize("NFC", "".join(LOOKALIKES.get(c, c) for c in word))
        edits.append((word, fixed))
        return fixed

    return LETTER_RUN.sub(fix, line), edits


def _is_control(char: str) -> bool:
    return unicodedata.category(char) == "Cc" and not char.isspace()


def _tally(chars: list[str]) -> str:
    """`['\\xa0', '\\xa0']` -> '2 × NO-BREAK SPACE', kinds in order of first appearance."""
    counts = Counter(chars)
    return ", ".join(f"{n} × {unicodedata.name(c, f'U+{ord(c):04X}')}" for c, n in counts.items())


# Applied to every line in this order. Invisible characters go first so that a zero-width
# space inside a word hides neither a look-alike nor a glued word; NFC comes after their
# removal so a combining mark meets its letter; look-alikes before glued words because the
# dictionary only knows Cyrillic spellings.
CHARACTER_RULES: list[tuple[str, Callable[[str], tuple[str, list[Edit]]]]] = [
    ("invisible-characters", remove_invisible),
    ("spaces", _plain_spaces),
    ("nfc", _compose),
    ("collapse-spaces", _collapse_spaces),
    ("latin-lookalike", _fix_lookalikes),
    ("glued-words", split_glued),
]

Lines = list[tuple[int, str]]  # (line number in uk.txt, cleaned line)


# Passes of CHARACTER_RULES over one line at most; a line settles in one pass, or two when
# one rule's edit gives another something to do.
MAX_PASSES = 4


def _clean_line(line: str) -> tuple[str, list[tuple[str, str, str]]]:
    """One line through CHARACTER_RULES until none applies: the result and its edits.

    One pass is not always enough: splitting `...сьз̂A` glued to a Latin-spelt word makes
    `з̂A` a Cyrillic word with a Latin look-alike, which the look-alike rule (run earlier,
    when the word was still mixed) fixes only on the next pass. Repeating keeps cleaning
    idempotent; real text settles in one pass, rarely two.
    """
    edits: list[tuple[str, str, str]] = []
    for _ in range(MAX_PASSES):
        changed = False
        for rule, fix in CHARACTER_RULES:
            line, found = fix(line)
            edits.extend((rule, before, after) for before, after in found)
            changed = changed or bool(found)
        if not changed:
            break
    return line, edits


def _line_key(line: str) -> str:
    return line.casefold()


def _drop_debris(lines: Lines, extra: tuple[str, ...], changes: list[Change]) -> Lines:
    """Lines that are site chrome (DEBRIS + text.yaml `debris`), wherever they are."""
    chrome = {_line_key(_clean_line(d)[0]) for d in (*DEBRIS, *extra)}
    kept = []
    for number, line in lines:
        if line and _line_key(line) in chrome:
            changes.append(Change(number, "debris", line, ""))
        else:
            kept.append((number, line))
    return kept


def _take_tags(lines: Lines, changes: list[Change]) -> tuple[Lines, tuple[str, ...]]:
    """`Теги за темою` and the short lines after it in its paragraph become the tags."""
    headings = {_line_key(h) for h in TAG_HEADINGS}
    kept: Lines = []
    tag_lines: list[str] = []
    in_tags = False
    for number, line in lines:
        inline = re.match(r"(?i)(теги|мітки)\s*:\s*(\S.*)", line)
        if line and _line_key(line) in headings:
            changes.append(Change(number, "tags-heading", line, ""))
            in_tags = True
        elif in_tags and line and len(line) <= TAG_LINE_MAX and line[-1] not in ".!?…":
            changes.append(Change(number, "tags", line, ""))
            tag_lines.append(line)
        elif inline:
            changes.append(Change(number, "tags", line, ""))
            tag_lines.append(inline.group(2))
        else:
            in_tags = False
            kept.append((number, line))
    return kept, _split_tags(tag_lines)


def _split_tags(tag_lines: list[str]) -> tuple[str, ...]:
    """One line: a tag per word, or per comma when there are commas; several lines: per line."""
    tags: list[str] = []
    for line in tag_lines:
        if re.search(r"[,;|]", line):
            tags.extend(re.split(r"[,;|]", line))
        elif len(tag_lines) == 1:
            tags.extend(line.split())
        else:
            tags.append(line)
    cleaned = (t.strip().lstrip("#").strip() for t in tags)
    return tuple(dict.fromkeys(t for t in cleaned if t))


def _drop_repeated_title(lines: Lines, changes: list[Change]) -> Lines:
    """The headline scraped twice or thrice at the top: keep the first, as its own paragraph."""
    content = [i for i, (_, line) in enumerate(lines) if line]
    if not content:
        return lines
    first = content[0]
    title = _line_key(lines[first][1])
    repeats = []
    for i in content[1:]:
        if _line_key(lines[i][1]) != title:
            break
        repeats.append(i)
    for i in repeats:
        changes.append(Change(lines[i][0], "repeated-title", lines[i][1], ""))
    if not repeats:
        return lines
    dropped = set(repeats)  # a set: a list made this quadratic on 100,000 repeated lines
    rest = [entry for i, entry in enumerate(lines[first + 1 :], first + 1) if i not in dropped]
    return [*lines[: first + 1], (lines[first][0], ""), *rest]


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
