"""One reading when the sentence decides it: narrowing each word's readings by its neighbours.

A word form alone often has several readings; its sentence usually leaves one. The rules in
`reader.language.context_rules.RULES` run in order over one sentence; each may remove
readings of a word, and `Clause.keep` never lets a rule remove a word's last reading (when
rules disagree, the readings they leave stand; none is ever invented). `explain` says which
rule removed what:

    «щодо виведення військ»
    виведення  7 readings: vocative_needs_address removes the two vocatives (no address),
               preposition_governs the nominatives and accusatives: genitive singular left
    військ     genitive plural (one reading: nothing to decide)

    >>> [(s.rule, s.word, s.left) for s in explain("щодо виведення військ")][-1]
    ('preposition_governs', 'виведення', ('genitive singular',))

Readings are `model.Analysis` with their grammemes in `tags` (reader.language.features);
lemma ranking by the readings left is `reader.language.analysis`'s job.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from reader.language import morph
from reader.language.clause import Clause, Rule, Step, union
from reader.language.context_rules import RULES
from reader.model import Analysis, Token
from reader.text import segment


def narrow(
    tokens: Sequence[Token], rules: Sequence[Rule] | None = None
) -> tuple[tuple[Analysis, ...], ...]:
    """The readings each token keeps in this sentence (() for non-words and unknown words)."""
    return tuple(_run(tokens, rules, explaining=False).readings)


def explain(text: str, rules: Sequence[Rule] | None = None) -> list[Step]:
    """Every narrowing the rules make in one sentence of text, in order."""
    tokens = [t for p in segment.segment(text) for s in p.sentences for t in s.tokens]
    return _run(tokens, rules, explaining=True).steps


def _run(tokens: Sequence[Token], rules: Sequence[Rule] | None, explaining: bool) -> Clause:
    forms = [_form(t.text) if t.kind == "word" else _NONE for t in tokens]
    clause = Clause(
        tokens, [r for r, _ in forms], tags=[t for _, t in forms], explaining=explaining
    )
    for rule in RULES if rules is None else rules:
        clause.rule = rule.__name__
        rule(clause)
    return clause


_NONE: tuple[tuple[Analysis, ...], frozenset[str]] = ((), frozenset())


@lru_cache(maxsize=200_000)  # once per form: the readings and the union of their grammemes
def _form(text: str) -> tuple[tuple[Analysis, ...], frozenset[str]]:
    readings = morph.analyse(text)
    return readings, union(readings)
