"""Every word of a page as compact data for its popover, and each text's words for the index.

A page has tens of thousands of words and a few thousand distinct ones, so no word carries
its content: the page holds one JSON table (a `<script type="application/json">` data block,
which the browser never runs, so the Content-Security-Policy needs no hash for it) and the
browser finds the words of a sentence in the sentence's own text with `WORD`, the same
expression as `page.js`'s. For each unit the table lists, word by word in that order, the
number of its *reading set*: the readings the sentence leaves, one per candidate lemma, best
first, each a (lemma, part of speech, grammar) triple of numbers into the shared lists:

    unit 3    "Біля брами я побачив іржавий замок."   (the golden study page)
    WORD      Біля  брами  я  побачив  іржавий  замок
    units[3]  [ 19,    20, 21,     22,      23,     1]
    readings[20] = [24, 0, 7]           брама, noun, genitive singular or nominative/…
    readings[1]  = [1, 0, 1, 2, 1, 2]   замок, noun, nominative/accusative singular;
                                        замокти, verb, past tense, masculine

Reading sets are numbered by frequency, so the commonest take the fewest digits; set 0 is
empty: a match of `WORD` that is not a word token of the text (the `Су` of `Су-25`) opens
nothing. A lemma is written as the learner should see it (with its stress mark, U+0301, where
the stress is known); the word's state (new, learning, known) is kept under the lemma without
marks. `keys` lists the page's lemmas by number: a glossed word counts under its entry's key,
any other word under its first lemma (what **Mark the rest known** marks and the known
count counts).

A word whose readings disagree on its stress (the text shows it unmarked) is listed in
`stresses` under its unit, as [its index in the unit, the number of its stress readings in
the page's `<template id="stresses">`], so its popover lists each stress as a glossed word's
`data-s` does.

The index gets the same keys per text with their counts (`index_data`), so it can say which
share of a text's running words the learner knows.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable

from markupsafe import Markup

from reader.language import morph, stress
from reader.model import Text, Word

# A word as the browser finds it in a sentence's text: Cyrillic letters with stress marks,
# joined by apostrophes and hyphens (segment.TOKEN's words, limited to Cyrillic letters so
# that both regular-expression engines read it alike). Keep in step with page.js's WORD.
_LETTER = "[\u0400-\u052f]"
_MARK = "[\u0300-\u036f]"
WORD = re.compile(
    f"{_LETTER}(?:{_LETTER}|{_MARK})*(?:['’ʼ‘`´\\-\u2010\u2011]{_LETTER}(?:{_LETTER}|{_MARK})*)*"
)


class _Numbers:
    """Distinct values numbered in order of first use."""

    def __init__(self) -> None:
        self.numbers: dict[str, int] = {}

    def __call__(self, value: str) -> int:
        return self.numbers.setdefault(value, len(self.numbers))

    def values(self) -> list[str]:
        return list(self.numbers)


def readings(word: Word) -> tuple[tuple[str, str, str], ...]:
    """The word's readings as (lemma, part of speech, grammar), one per lemma, best first.

    A lemma the sentence has left no reading for is dropped, unless it is all there is (an
    unknown word is its own lemma, with no part of speech or grammar).
    """
    kept = [lemma for lemma in word.lemmas if any(a.lemma == lemma for a in word.analyses)]
    return tuple(
        (lemma, morph.part_of_speech(word.analyses, lemma), morph.describe(word.analyses, lemma))
        for lemma in (kept or word.lemmas[:1])
    )


def display_lemma(lemma: str) -> str:
    """The lemma as the popover shows it: with its stress mark where the stress dictionary
    has one stress for it (`поба́чити`) or two both right (`держа́ва`, as the text shows it);
    as it is where it has none or several (`замок`)."""
    return stress.of_headword(lemma) or lemma


class PageWords:
    """The page's word table, built unit by unit as the page context cuts the text."""

    def __init__(self, text: Text, stresses: dict[tuple, int] | None = None) -> None:
        self._source = text.source.text
        self._stress_numbers = stresses or {}  # a word's stress readings -> the page's number
        self._stresses: dict[int, list[list[int]]] = {}  # unit -> [word index, number] pairs
        self._words = {w.start: w for w in text.words}
        self._lemmas = _Numbers()
        self._pos = _Numbers()
        self._grammar = _Numbers()
        self._sets: dict[tuple[int, ...], int] = {(): 0}
        self._set_of: dict[tuple, int] = {}
        self._set_of_ids: dict[tuple[int, int], int] = {}
        self._units: dict[int, list[int]] = {}
        self._keys: dict[str, None] = {}
        self._glossed = _gloss_keys(text)

    def add_unit(self, number: int, start: int, end: int) -> None:
        """The reading sets of the words `WORD` finds in source[start:end]."""
        sets = []
        for match in WORD.finditer(self._source, start, end):
            word = self._words.get(match.start())
            if word is None or word.end != match.end():
                sets.append(0)
                continue
            if word.stress_readings and word.stress_readings in self._stress_numbers:
                pair = [len(sets), self._stress_numbers[word.stress_readings]]
                self._stresses.setdefault(number, []).append(pair)
            sets.append(self._set(word))
            self._keys.setdefault(self._glossed.get(word.start) or _first_lemma(word))
        self._units[number] = sets

    def _set(self, word: Word) -> int:
        # Words of one form share their tuples (the language stage caches them per form), and
        # the text keeps them alive: their ids find a known set without hashing readings.
        same = (id(word.analyses), id(word.lemmas))
        number = self._set_of_ids.get(same)
        if number is not None:
            return number
        content = (word.analyses, word.lemmas)
        number = self._set_of.get(content)
        if number is None:
            triples = tuple(
                n
                for lemma, pos, grammar in readings(word)
                for n in (
                    self._lemmas(display_lemma(lemma)),
                    self._pos(pos),
                    self._grammar(grammar),
                )
            )
            number = self._sets.setdefault(triples, len(self._sets))
            self._set_of[content] = number
        self._set_of_ids[same] = number
        return number

    def json(self) -> Markup:
        """The table as a JSON data block's content (`<` escaped, so no `</script>` ends it)."""
        uses = Counter(n for sets in self._units.values() for n in sets if n)
        ranked = [0, *sorted(uses, key=lambda n: (-uses[n], n))]
        renumber = {old: new for new, old in enumerate(ranked)}
        triples = {n: list(t) for t, n in self._sets.items()}
        keys = [self._lemmas(key) for key in self._keys]  # after the sets: a key may be new
        data = {
            "lemmas": self._lemmas.values(),
            "pos": self._pos.values(),
            "grammar": self._grammar.values(),
            "readings": [triples[old] for old in ranked],
            "units": [
                [renumber[n] for n in self._units[u]] if u in self._units else None
                for u in range(max(self._units, default=-1) + 1)
            ],
            "keys": keys,
            "stresses": {str(u): pairs for u, pairs in self._stresses.items()},
        }
        return data_block(data)


def _gloss_keys(text: Text) -> dict[int, str]:
    """The entry key of each word inside a gloss, by the word's start: a glossed word, and
    each word of a glossed phrase, counts under its entry, as its popover shows it."""
    keys = {}
    glosses = iter(text.glosses)
    gloss = next(glosses, None)
    for word in text.words:  # both in text order: one pass
        while gloss is not None and gloss.end <= word.start:
            gloss = next(glosses, None)
        if gloss is not None and gloss.start <= word.start and word.end <= gloss.end:
            keys[word.start] = gloss.entry.key
    return keys


def _first_lemma(word: Word) -> str:
    return word.lemmas[0] if word.lemmas else ""


def state_keys(text: Text) -> Counter[str]:
    """How many running words of the text count under each lemma key (as the page counts)."""
    glossed = _gloss_keys(text)
    return Counter(glossed.get(w.start) or _first_lemma(w) for w in text.words)


# What the index needs of one text: its slug, its lemma keys with counts, the (id, key) of
# each entry it uses in order of first use. Kept by incremental builds for unchanged texts.
TextKeys = tuple[str, tuple[tuple[str, int], ...], tuple[tuple[str, str], ...]]


def text_keys(text: Text) -> TextKeys:
    used: dict[str, str] = {}
    for gloss in text.glosses:
        used.setdefault(gloss.entry.id, gloss.entry.key)
    return text.slug, tuple(state_keys(text).items()), tuple(used.items())


def index_data(texts: Iterable[Text]) -> Markup:
    """Each text's lemma keys with their counts (flat pairs of numbers into one list of keys),
    and the ids of the entries they use, so that known words saved by entry id still count."""
    return index_data_of(text_keys(text) for text in texts)


def index_data_of(texts: Iterable[TextKeys]) -> Markup:
    """`index_data` from each text's `text_keys`, in the corpus's order."""
    keys = _Numbers()
    per_text = {}
    ids: dict[str, int] = {}
    for slug, counts, used in texts:
        per_text[slug] = [n for key, count in counts for n in (keys(key), count)]
        for entry_id, entry_key in used:
            ids.setdefault(entry_id, keys(entry_key))
    return data_block({"keys": keys.values(), "texts": per_text, "ids": ids})


def data_block(data: object) -> Markup:
    """JSON for a `<script type="application/json">`: compact, `<` written as \\u003c."""
    return Markup(
        json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c")
    )
