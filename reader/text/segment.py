"""Paragraphs -> sentences -> tokens, each with its offsets in the cleaned text.

Paragraphs are separated by a blank line; `reader.text.sentences` splits each into sentences
(see there for the rules); each sentence is tokenized here.

Tokens: one regular expression; a word keeps internal apostrophes (any variant), hyphens and
stress marks; a number keeps its thousands spaces, decimal comma, range and code parts; an
abbreviation's period is a token of its own (`рр` `.`), so morphology sees a plain word:

    >>> [t.text for t in tokenize("У 1828-1829 рр. прем'єр-міністр мав 2 500 грн.")]
    ['У', '1828-1829', 'рр', '.', "прем'єр-міністр", 'мав', '2 500', 'грн', '.']

Kinds: "word" (Cyrillic), "latin" (letters of any other script), "number" (also codes such
as `№123-IX`, `F-16`, `90-х`, `5 %`), "punct", "symbol" (also URLs).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from reader.model import Paragraph, Sentence, Token
from reader.text.sentences import split_sentences

# A paragraph: consecutive lines that are not blank.
PARAGRAPH = re.compile(r"[^\S\n]*\S[^\n]*(?:\n[^\S\n]*\S[^\n]*)*")

# Letters of any script; Cyrillic ones make a word, others a "latin" token.
_L = r"[^\W\d_ʼ]"  # ʼ (U+02BC) is a letter to Unicode, an apostrophe here
_M = r"[\u0300-\u036f]"  # combining marks: the stress accent
_APOSTROPHE = r"['’ʼ‘`´]"
_HYPHEN = r"[-\u2010\u2011]"
_CYRILLIC = re.compile(r"[\u0400-\u052f]")
_SPACE = r"[ \u00a0\u2009\u202f]"
TOKEN = re.compile(
    rf"""
    (?P<url>https?://[^\s«»"]*[^\s«»".,;:!?)\]])
    |(?P<number>
        №{_SPACE}?\d+(?:[-/.]\w+)*                                 # №123-IX
        |\d{{1,3}}(?:{_SPACE}\d{{3}})+(?!\d)(?:,\d+)?(?:{_SPACE}?[%‰])?  # 2 500, 12 000,5
        |\d+(?:[.,:/]\d+)*(?:[-–]\d+(?:[.,:]\d+)*)*                   # 2,5  12.02.2024  1828-1829
            (?:{_HYPHEN}{_L}+)?(?:{_SPACE}?[%‰])?                      # 90-х  5 %
        |{_L}+{_HYPHEN}\d+\w*                                       # F-16, Су-25
    )
    |(?P<word>{_L}(?:{_L}|{_M})*(?:(?:{_APOSTROPHE}|{_HYPHEN}){_L}(?:{_L}|{_M})*)*)
    |(?P<mark>\.{{2,}}|[!?]+\.*|\S{_M}*)                           # ...  ?!  ?..
    """,
    re.VERBOSE,
)


def _kind(group: str | None, value: str) -> str:
    """The kind of a token matched by TOKEN's `group`."""
    if group == "word":  # the commonest first
        return "word" if _CYRILLIC.search(value) else "latin"
    if group == "mark":
        return _mark_kind(value[0])
    return "number" if group == "number" else "symbol"


@lru_cache(maxsize=4096)
def _mark_kind(char: str) -> str:
    return "punct" if unicodedata.category(char).startswith("P") else "symbol"


def tokenize(text: str, start: int = 0, end: int | None = None) -> tuple[Token, ...]:
    """Tokens of text[start:end], with offsets into `text` itself."""
    return tuple(
        Token(value, m.start(), m.end(), _kind(m.lastgroup, value))
        for m in TOKEN.finditer(text, start, len(text) if end is None else end)
        for value in (m.group(),)
    )


def segment(text: str) -> tuple[Paragraph, ...]:
    """An article's paragraphs, their sentences and tokens, all with offsets into `text`."""
    paragraphs = []
    for paragraph in PARAGRAPH.finditer(text):
        start = paragraph.start() + len(paragraph.group()) - len(paragraph.group().lstrip())
        end = paragraph.end() - (len(paragraph.group()) - len(paragraph.group().rstrip()))
        sentences = tuple(
            Sentence(
                text[start + s : start + e],
                start + s,
                start + e,
                tokenize(text, start + s, start + e),
            )
            for s, e in split_sentences(text[start:end])
        )
        paragraphs.append(Paragraph(text[start:end], start, end, sentences))
    return tuple(paragraphs)


__all__ = ["segment", "split_sentences", "tokenize"]
