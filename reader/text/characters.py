"""Clean one line of uk.txt character by character: the ordered CHARACTER_RULES.

    "Kиїв сьогодні підтвердилопочаток пере-говорів"   (a Latin K, a no-break space after
                                                      "Kиїв", a soft hyphen shown as -)
    1: invisible-characters: '1 × SOFT HYPHEN' -> ''
    1: spaces: '1 × NO-BREAK SPACE' -> '1 × SPACE'
    1: latin-lookalike: 'Kиїв' -> 'Київ'
    1: glued-words: 'підтвердилопочаток' -> 'підтвердило початок'   (`reader.text.glued`)
    -> "Київ сьогодні підтвердило початок переговорів"

Each rule takes a line and gives the line and its edits as (before, after); `clean_line` runs
them in order until none applies. NFC, tabs and runs of spaces are fixed silently: nothing a
reader sees changes. `remove_invisible` cleans en.txt too (`reader.align.translation`).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable

from reader.corpus.decoding import is_cyrillic
from reader.text.glued import split_glued

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


def remove_invisible(line: str) -> tuple[str, list[Edit]]:
    """Soft hyphens, zero-width and direction marks, control characters: dropped.

    (en.txt is cleaned of them by this rule too: `reader.align.translation.read_english`.)
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


# Passes of CHARACTER_RULES over one line at most; a line settles in one pass, or two when
# one rule's edit gives another something to do.
MAX_PASSES = 4


def clean_line(line: str) -> tuple[str, list[tuple[str, str, str]]]:
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
