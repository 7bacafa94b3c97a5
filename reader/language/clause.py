"""One sentence as the context rules see it: tokens, the readings left, the steps taken.

A rule (reader.language.context_rules) reads `Clause.readings` and narrows them only through
`Clause.keep`, which never removes a word's last reading and records a `Step` naming the rule,
the word and the readings removed, for `reader.language.context.explain`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from reader.glossary.spelling import key
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
