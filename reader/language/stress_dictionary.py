"""The stress dictionary: ukrainian-word-stress 2.0.0's marisa trie, read with marisa-trie.

The package ships about 2.9 million Ukrainian word forms (from the ULIF dictionary of the
Ukrainian Linguistic Information Fund) in `data/stress.trie`. A key is a form as the
dictionary spells it: case-sensitive (capitalised keys are proper names: `Київ`, beside `київ`
the genitive plural of `кий`) and with `'` as the apostrophe. Its value is either the stress
positions alone (the form has one stress), or one record per reading when the stress depends
on the reading, each with the grammar that tells them apart (the codes of the package's
`tags.py`):

    сторони   3 NOUN Fem Plur Nom | 7 NOUN Fem Sing Gen | 3 ... Plur Acc | 3 ... Plur Voc | 7 VERB
              -> сто́рони (nominative/accusative/vocative plural), сторони́ (genitive singular)

A position is where the mark goes, after the stressed vowel (`3` in `сторони` marks `о`).
The package's own `Stressifier` reads the same data but cannot say which reading gave which
stress, so this module decodes the trie itself; it loads once, on first use, and only
commands that show or check stress ever use it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache
from importlib.util import find_spec
from pathlib import Path

import marisa_trie

MARK = "\u0301"
VOWELS = frozenset("аеєиіїоуюяАЕЄИІЇОУЮЯ")
_RECORD_END = 0xFF  # the package's "Record-separator"
_GRAMMAR_START = 0xFE  # its "POS-separator": stress positions before it, grammar codes after
# The package's tags.py codes, as (category, value); bytes not listed carry nothing we use.
CODES = {
    0x11: ("Number", "Sing"),
    0x12: ("Number", "Plur"),
    0x20: ("Case", "Nom"),
    0x21: ("Case", "Gen"),
    0x22: ("Case", "Dat"),
    0x23: ("Case", "Acc"),
    0x24: ("Case", "Ins"),
    0x25: ("Case", "Loc"),
    0x26: ("Case", "Voc"),
    0x30: ("Gender", "Neut"),
    0x31: ("Gender", "Masc"),
    0x32: ("Gender", "Fem"),
    0x41: ("VerbForm", "Inf"),
    0x42: ("VerbForm", "Conv"),
    0x50: ("Person", "0"),
    0x61: ("upos", "NOUN"),
    0x62: ("upos", "ADJ"),
    0x63: ("upos", "INTJ"),
    0x64: ("upos", "CCONJ"),
    0x65: ("upos", "PART"),
    0x66: ("upos", "PRON"),
    0x67: ("upos", "VERB"),
    0x68: ("upos", "PROPN"),
    0x69: ("upos", "ADV"),
    0x6A: ("upos", "NOUN"),  # tags.py lists NOUN twice; the trie was written with this one
    0x6B: ("upos", "NUM"),
    0x6C: ("upos", "ADP"),
}


@dataclass(frozen=True, slots=True)
class Record:
    """One stress of a form: where the marks go, and the grammar it holds for (empty: any)."""

    positions: tuple[int, ...]
    upos: frozenset[str] = frozenset()
    grammar: tuple[tuple[str, str], ...] = ()  # (category, value) but upos, e.g. ("Case", "Gen")


def trie_path() -> Path:
    """Where the installed package keeps its trie (found without importing the package)."""
    spec = find_spec("ukrainian_word_stress")
    if spec is None or spec.origin is None:
        raise RuntimeError("ukrainian-word-stress is not installed: pip install reader")
    return Path(spec.origin).parent / "data" / "stress.trie"


@cache
def trie() -> marisa_trie.BytesTrie:
    """The trie, mapped into memory on first use: only the pages lookups touch are read, and
    processes analysing texts in parallel share them (figures in bench/README.md)."""
    mapped = marisa_trie.BytesTrie()
    mapped.mmap(str(trie_path()))
    return mapped


# Keys whose stress the trie gets wrong for the word a text means, with the stress every
# Ukrainian dictionary of pronunciation gives. Keep it to cases that are certain.
OVERRIDES = {
    "його": (4,),  # the trie has only йо́го (of `йога`) for the pronoun його́
    "взяла": (5,),  # the past of `взяти`, stressed on the root in the trie
    "взяло": (5,),
    "взяли": (5,),
    # The infinitive бу́ти: pymorphy3 does not tag it as one, and the trie's бути́ (a noun
    # `бут`, an imperative) would win.
    "бути": (2,),
    # Personal pronouns the trie has no stress for, and `всього́` it stresses as всьо́го.
    "її": (2,),
    "йому": (4,),
    "нього": (5,),
    "ньому": (5,),
    "ними": (2,),
    "неї": (3,),
    "нею": (2,),
    "всього": (6,),
}


# Lemmas spelled like a rare word stressed elsewhere, whose records the trie mixes with theirs
# (it keeps no lemma), with the rare word's stress position in every form. pymorphy3 knows
# only the common lemma, so a text means it. Keep it to words a learner's dictionary marks
# as obsolete, colloquial or technical.
RARE_HOMOGRAPHS = {
    "уряд": 3,  # у́ряд 'government'; уря́д 'office, rank' is obsolete, the adverb уря́д dialect
    "виникати": 2,  # виника́ти 'arise'; ви́никати 'find by rummaging' is colloquial, perfective
    "транспорт": 7,  # тра́нспорт; транспо́рт 'a sum carried over' is a bookkeeping term
    "транспортний": 7,
}
# Rare lemmas pymorphy3 gives a common word's form as well, stressed otherwise: their
# readings do not count when another lemma's do (reader.language.stress).
RARE_LEMMAS = frozenset({"булий"})  # бу́лий 'former' (obsolete), beside була́, of `бути`


@lru_cache(maxsize=200_000)
def records(key: str) -> tuple[Record, ...] | None:
    """The records of a dictionary key, None when the dictionary does not have it."""
    if key in OVERRIDES:
        return (Record(OVERRIDES[key]),)
    values = trie().get(key)
    if not values:
        return None
    return _decode(values[0])


def _decode(value: bytes) -> tuple[Record, ...]:
    if _RECORD_END not in value:
        return (Record(tuple(value)),) if value else ()
    found: dict[Record, None] = {}
    for item in value.split(bytes([_RECORD_END])):
        if not item:
            continue
        positions, _, codes = item.partition(bytes([_GRAMMAR_START]))
        tags = [CODES[code] for code in codes if code in CODES]
        upos = frozenset(value for category, value in tags if category == "upos")
        grammar = tuple(tag for tag in tags if tag[0] != "upos")
        found[Record(tuple(positions), upos, grammar)] = None
    return tuple(found)


_NO_VOWELS = str.maketrans({vowel: None for vowel in VOWELS})


def syllables(word: str) -> int:
    """Vowels are syllables in Ukrainian: `вода` 2, `військ` 1."""
    return len(word) - len(word.translate(_NO_VOWELS))


def apply(word: str, positions: tuple[int, ...]) -> str:
    """The word with a stress mark at each position (positions index the unmarked word)."""
    for position in sorted(positions, reverse=True):
        word = word[:position] + MARK + word[position:]
    return word
