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
