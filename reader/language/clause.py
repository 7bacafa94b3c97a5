"""One sentence as the context rules see it: tokens, the readings left, the steps taken.

A rule (reader.language.context_rules) reads `Clause.readings` and narrows them only through
`Clause.keep`, which never removes a word's last reading and records a `Step` naming the rule,
the word and the readings removed, for `reader.language.context.explain`. The functions at
the end find what several rules look for: the noun phrase after a word (`noun_phrase`:
`у [цьому] [році]`), a phrase's head noun, runs of words between punctuation.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field

from reader.glossary.spelling import key
from reader.language.features import cases, modifier, noun, numeral
from reader.model import Analysis, Token


@dataclass(frozen=True, slots=True)
class Step:
    """One narrowing: which rule removed which readings of which word (for `explain`)."""

    rule: str
    position: int  # index of the token in its sentence
    word: str
    removed: tuple[str, ...]  # grammar of the readings removed
    left: tuple[str, ...]  # grammar of the readings left


@dataclass(slots=True)
class Clause:
    """One sentence as the rules see it: its tokens and the readings left of each."""

    tokens: Sequence[Token]
    readings: list[tuple[Analysis, ...]]
    steps: list[Step] = field(default_factory=list)
    rule: str = ""  # the rule now running, named in its Steps

    def word(self, i: int) -> str:
        """The token's matching key (lower case, stress and apostrophes folded); "" past the end."""
        return key(self.tokens[i].text) if 0 <= i < len(self.tokens) else ""

    def text(self, i: int) -> str:
        return self.tokens[i].text if 0 <= i < len(self.tokens) else ""

    def is_word(self, i: int) -> bool:
        return 0 <= i < len(self.tokens) and self.tokens[i].kind == "word"

    def any(self, i: int, test: Callable[[Analysis], bool]) -> bool:
        return 0 <= i < len(self.tokens) and any(test(a) for a in self.readings[i])

    def keep(self, i: int, test: Callable[[Analysis], bool]) -> bool:
        """Keep the readings of token `i` that pass `test`, unless none would: True when
        something was removed."""
        readings = self.readings[i]
        left = tuple(a for a in readings if test(a))
        if not left or len(left) == len(readings):
            return False
        removed = tuple(a.grammar for a in readings if a not in left)
        self.steps.append(
            Step(self.rule, i, self.tokens[i].text, removed, tuple(a.grammar for a in left))
        )
        self.readings[i] = left
        return True


Rule = Callable[[Clause], None]


# Conjunctions that join two phrases in the same case (`між Україною і Росією`).
JOINING = frozenset({"і", "й", "та", "або", "чи"})
# Abbreviations of a place kind before its name (`м. Мінську`, `с. Гута`), read with the dot.
PLACE_KINDS = frozenset({"м", "с", "смт", "сел", "вул", "просп", "пров", "обл"})
# Words of quantity whose noun is in the genitive (`багато людей`, `більшість депутатів`).
QUANTITY = frozenset(
    "багато мало небагато чимало кілька декілька скільки стільки трохи безліч більшість "
    "меншість тис млн млрд".split()
)
# Nouns of time, whose phrase is an adverbial (`цього року`), not a head for a genitive.
TIME_NOUNS = frozenset(
    "рік року році роком роки років рокам роках день дня дні днів тиждень тижня тижні "
    "місяць місяця місяці місяців час часу разу раз ранку вечора ночі тому".split()
)
# Grammemes of names: a noun after a name is not its genitive (`Петро Порошенко`).
NAMES = frozenset({"Name", "Surn", "Patr"})


def joined(c: Clause, i: int) -> bool:
    return c.word(i - 1) in JOINING or c.word(i + 1) in JOINING


def bare_noun(c: Clause, i: int) -> bool:
    """Token `i` is a noun and nothing else (no verb or adjective reading is left)."""
    return bool(c.readings[i]) and all(noun(a) for a in c.readings[i]) and phrase_head(c, i)


def word_runs(c: Clause) -> Iterator[tuple[int, int]]:
    """(start, end) of each run of word tokens between non-words."""
    start = None
    for i, token in enumerate(c.tokens):
        if token.kind == "word" and start is None:
            start = i
        elif token.kind != "word" and start is not None:
            yield start, i
            start = None
    if start is not None:
        yield start, len(c.tokens)


def noun_phrase(c: Clause, start: int) -> Iterator[int]:
    """The words of the noun phrase from `start`: modifiers and numerals up to the first word
    that can only be its head (a noun, a pronoun), skipping numbers (`у 2014 році`) and a
    place kind (`у м. Мінську`)."""
    i = start
    while i < len(c.tokens):
        if c.tokens[i].kind == "number":
            i += 1
            continue
        if c.word(i) in PLACE_KINDS and c.text(i + 1) == ".":
            i += 2
            continue
        if not c.is_word(i) or not c.any(i, lambda a: bool(cases(a))):
            return
        yield i
        if not c.any(i, lambda a: modifier(a) or numeral(a)) or not c.any(i + 1, noun):
            return  # the head, or a modifier with no noun after it
        i += 1


def phrase_head(c: Clause, i: int) -> bool:
    """A noun that heads its phrase: not a modifier of a noun right after it (`нового закону`:
    `нового` could be the noun `нове`, but is the adjective here)."""
    if not c.any(i, noun):
        return False
    return not (c.any(i, modifier) and c.any(i + 1, noun))
