"""What the other forms of a word's lemma say about its stress, where the trie alone does not.

The forms come from pymorphy3's paradigm of each lemma the word's readings have; the trie
says how each form is stressed. Two questions:

    бездоріжжях   not in the trie. бездорі́жжя, бездорі́жжю, бездорі́жжям, бездорі́жжі: every
                  form the trie lists stresses the 7th letter, inside the stem every form
                  shares, and one of them is, like the word, a plural. A lemma whose stress
                  never leaves one stem vowel, in the singular and the plural, is of the
                  fixed-stem type (the stress moves to the ending or along the stem only in
                  the other types, and there the listed forms disagree): бездорі́жжях (`fixed`)
    раза          ра́зу, ра́зом, but разі́в, раза́ми: the stress moves, nothing is said
    років         ро́ків and рокі́в are both right (the dictionary's variants). ро́ку, ро́ці,
                  ро́ком have the first alone, no form the second: ро́ків  (`preferred`)

A position is where the mark goes, after the stressed vowel, counted from the word's start
(reader.language.stress_dictionary).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from os.path import commonprefix

from pymorphy3.tagset import OpencorporaTag

from reader.language import morph
from reader.language.stress_dictionary import VOWELS, records

# A stem stress is taken as fixed only when this many other forms show it: one or two forms
# cannot tell a fixed stress from one that moves in the forms the trie lacks.
MIN_FORMS = 3


@dataclass(frozen=True, slots=True)
class Paradigm:
    """The other forms of a word's lemmas, each with the (number, tense) it has in them, and
    the word's own (number, tense) in them."""

    forms: dict[str, frozenset[tuple]]
    own: frozenset[tuple]


@lru_cache(maxsize=20_000)
def paradigm(word: str, lemmas: tuple[str, ...]) -> Paradigm:
    """The paradigms of the word's (lower case) lemmas among `lemmas`, from pymorphy3."""
    forms: dict[str, set[tuple]] = {}
    own: set[tuple] = set()
    for parse in morph.analyzer().parse(word):
        if parse.normal_form in lemmas:
            own.add(_slot(parse.tag))
            for form in parse.lexeme:
                forms.setdefault(form.word, set()).add(_slot(form.tag))
    forms.pop(word, None)
    return Paradigm({f: frozenset(slots) for f, slots in forms.items()}, frozenset(own))


def _slot(tag: OpencorporaTag) -> tuple:
    """Where stress moves within a Ukrainian paradigm: singular or plural, present or past."""
    return (tag.number, tag.tense)


def fixed(word: str, lemmas: tuple[str, ...], name: bool = False) -> int | None:
    """The stress position every form of the lemmas the trie lists shares, inside the stem
    they and `word` (lower case) share; None when the forms disagree, have variants, are
    too few to tell, or none has the word's number and tense (a stress that stays put in
    the singular may move in the plural: сло́во, слова́). A `name`'s forms are looked up
    capitalised, as the trie keeps names."""
    lexeme = paradigm(word, lemmas)
    positions: set[tuple[int, ...]] = set()
    stem = len(word)
    known = 0
    alike = False
    for form, slots in lexeme.forms.items():
        found = records(form.capitalize() if name else form)
        if not found:
            continue
        known += 1
        alike = alike or bool(slots & lexeme.own)
        positions.update(r.positions for r in found)
        stem = min(stem, len(commonprefix([word, form])))
        if len(positions) > 1:
            return None
    if known < MIN_FORMS or not alike or len(positions) != 1:
        return None
    (only,) = positions
    if len(only) != 1 or only[0] > stem or word[only[0] - 1] not in VOWELS:
        return None
    return only[0]


def preferred(word: str, lemmas: tuple[str, ...], variants: tuple[int, ...]) -> int:
    """Of the dictionary's variants of `word` (both right), the one other forms of its lemmas
    have alone, on the same letters (ро́ків: ро́ку, ро́ці); on a tie, the first in the word, so
    that a word always shows the same one."""
    votes = dict.fromkeys(variants, 0)
    for form in paradigm(word, lemmas).forms:
        for record in records(form) or ():
            alone = record.positions[0] if len(record.positions) == 1 else None
            if alone in votes and form[:alone] == word[:alone]:
                votes[alone] += 1
    return max(variants, key=lambda p: (votes[p], -p))
