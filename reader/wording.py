"""How reader words what it tells the user: a count with its noun, in English.

    >>> count(1, "problem"), count(3, "problem"), count(0, "glossed entry")
    ('1 problem', '3 problems', '0 glossed entries')

Every message that counts something says it through `count`, so "1 pages" cannot come back
in one corner while the others are right. The nouns are the ones reader uses (page, text,
entry, problem, warning, paragraph, sentence, ...): a final consonant + y becomes -ies, any
other noun takes -s; a noun of several words is counted by its last one.
"""

from __future__ import annotations

VOWELS = "aeiou"


def count(number: int, noun: str) -> str:
    """`number` and `noun`, the noun in the plural unless the number is 1."""
    return f"{number} {noun if number == 1 else plural(noun)}"


def plural(noun: str) -> str:
    """The English plural of one of reader's nouns: "entry" -> "entries", "page" -> "pages"."""
    if noun.endswith("y") and noun[-2:-1] not in VOWELS:
        return noun[:-1] + "ies"
    return noun + "s"


# Shown escaped on a terminal: control characters (ESC could set its title or colours) and
# the direction controls that could reorder what is shown; line breaks and tabs stay.
_KEEP = "\n\t"
_DIRECTION = set("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def printable(text: str) -> str:
    """`text` with control and direction characters escaped: "\\x1b]0;x" -> "\\\\x1b]0;x"."""
    if text.isprintable():
        return text
    return "".join(_escaped(c) for c in text)


def _escaped(char: str) -> str:
    code = ord(char)
    if char in _KEEP or not (code < 0x20 or 0x7F <= code < 0xA0 or char in _DIRECTION):
        return char
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"
