"""A flashcard's example: the sentence a word occurs in, trimmed to its clause when long.

A card shows one example; a 40-word sentence of news prose buries the word. A sentence of
more than `EXAMPLE_WORDS` words is cut at its clause marks (, ; : — – ( )) and the part
around the word is kept; a part too short to read on its own (under `CLAUSE_WORDS` words)
takes in its shorter neighbour, as long as the example stays within `EXAMPLE_WORDS`. Where a
part was cut off, "…" says so. The word is in bold; the rest is escaped text.

    sentence  "США та Ірак розпочнуть засідання робочої групи … найближчими днями, спираючись
              на Спільний діалог … , — написав Остін."                 (40 words)
    parts     [США … днями] [спираючись … регіоні"] [— написав Остін]
    example   "США та Ірак розпочнуть <b>засідання</b> робочої групи … найближчими днями…

A clause still longer than `EXAMPLE_WORDS` (no marks to cut at) keeps the words nearest the
word, half before and half after. Shortening a text's title for the card's source field
follows the same idea: whole words, "…" where it was cut.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from reader.model import Sentence, Token

# A sentence longer than this (in words and numbers) is trimmed to the clause around the word.
EXAMPLE_WORDS = 25
# A clause shorter than this reads as a fragment ("зокрема"): it takes in a neighbour.
CLAUSE_WORDS = 6
# Punctuation between clauses. Quotes are not among them: they open and close speech that
# runs across clauses, and a cut there leaves half a pair.
CLAUSE_MARKS = frozenset(",;:—–()")
# A title longer than this many characters is shortened to whole words and "…".
SOURCE_CHARACTERS = 40
ELLIPSIS = "…"


def example_html(
    source: str,
    sentence: Sentence,
    start: int,
    end: int,
    shown: Callable[[int, int], str] | None = None,
) -> str:
    """The sentence around the word at start:end, trimmed when long, the word in bold; `shown`
    gives the text between two offsets as the card spells it (default: as written)."""
    spell = shown or (lambda a, b: source[a:b])
    tokens = sentence.tokens
    first, last = _kept(tokens, start, end)
    # Cut only where words were left out: an opening quote or a final full stop stays.
    cut_before = any(_is_word(t) for t in tokens[:first])
    cut_after = any(_is_word(t) for t in tokens[last + 1 :])
    left = tokens[first].start if cut_before else sentence.start
    right = tokens[last].end if cut_after else sentence.end
    before = ELLIPSIS if cut_before else ""
    after = ELLIPSIS if cut_after else ""
    return (
        before
        + escape(spell(left, start))
        + f"<b>{escape(spell(start, end))}</b>"
        + escape(spell(end, right))
        + after
    )


def shortened(title: str, limit: int = SOURCE_CHARACTERS) -> str:
    """The title in whole words, at most `limit` characters and "…" when it was longer."""
    title = " ".join(title.split())
    if len(title) <= limit:
        return title
    kept = title[: limit + 1].rsplit(" ", 1)[0] if " " in title[:limit] else title[:limit]
    return kept.rstrip(",;:—–-. ") + ELLIPSIS


def _kept(tokens: tuple[Token, ...], start: int, end: int) -> tuple[int, int]:
    """The first and last token of the example: the whole sentence, or the word's clause."""
    if _words(tokens) <= EXAMPLE_WORDS:
        return 0, len(tokens) - 1
    parts = _clauses(tokens)
    # The clauses the word touches (a phrase may cross a comma): one, seldom two.
    touched = [
        n for n, (a, b) in enumerate(parts) if tokens[a].start < end and start < tokens[b].end
    ]
    low, high = touched[0], touched[-1]
    size = sum(_words(tokens[a : b + 1]) for a, b in parts[low : high + 1])
    while size < CLAUSE_WORDS:
        sizes = {
            n: _words(tokens[parts[n][0] : parts[n][1] + 1])
            for n in (low - 1, high + 1)
            if 0 <= n < len(parts)
        }
        fitting = {n: s for n, s in sizes.items() if size + s <= EXAMPLE_WORDS}
        if not fitting:
            break
        nearest = min(fitting, key=lambda n: (fitting[n], n < low))  # the shorter; tie: after
        size += fitting[nearest]
        low, high = min(low, nearest), max(high, nearest)
    first, last = parts[low][0], parts[high][1]
    if size > EXAMPLE_WORDS:
        first, last = _window(tokens, first, last, start, end)
    return first, last


def _clauses(tokens: tuple[Token, ...]) -> list[tuple[int, int]]:
    """(first, last) token of each clause; a clause mark ends the clause before it."""
    parts = []
    first = None
    for n, token in enumerate(tokens):
        if token.kind == "punct" and token.text in CLAUSE_MARKS:
            if first is not None:
                parts.append((first, n - 1))
            first = None
        elif first is None:
            first = n
    if first is not None:
        parts.append((first, len(tokens) - 1))
    return parts


def _window(
    tokens: tuple[Token, ...], first: int, last: int, start: int, end: int
) -> tuple[int, int]:
    """The `EXAMPLE_WORDS` words of first..last nearest the word, half before, half after."""
    words = [n for n in range(first, last + 1) if _is_word(tokens[n])]
    inside = [i for i, n in enumerate(words) if tokens[n].start < end and start < tokens[n].end]
    low = max(0, inside[0] - EXAMPLE_WORDS // 2)
    high = min(len(words) - 1, max(inside[-1], low + EXAMPLE_WORDS - 1))
    low = max(0, min(low, high - EXAMPLE_WORDS + 1))
    return words[low], words[high]


def _words(tokens: tuple[Token, ...]) -> int:
    return sum(1 for token in tokens if _is_word(token))


def _is_word(token: Token) -> bool:
    return token.kind in ("word", "latin", "number")


def escape(text: str) -> str:
    """Text as Anki field HTML (fields are HTML; quotes need no escaping outside attributes)."""
    return html.escape(text, quote=False)
