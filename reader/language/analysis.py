"""The language stage: every word token of a text with the readings its sentence leaves.

Runs after segmentation and before matching, so that matching, grammar, stress, the page and
the exports all read one answer for each occurrence instead of asking the dictionary again:

    paragraphs  «щодо виведення військ»  (tokens A щодо, B виведення, C військ)
    words       A щодо (preposition)  B виведення: genitive singular  C військо: genitive plural
    stress      A що́до                B ви́ведення                     C військ (one syllable)

A word's readings are those of its form (`morph.analyse`) that the context rules leave
(`context.narrow`: government, agreement, ...); its lemmas are `morph.lemmas` in their rank, less
those whose every reading the sentence removed (`голови` after `до` is `голова`, not the
plural noun `голови`), so `Word.lemmas[0]` and `Word.chosen` are the reading a learner is shown.
The stress comes last (reader.language.stress): `stress.word` builds each Word with the
stress its remaining readings give.
"""

from __future__ import annotations

from collections.abc import Sequence

from reader.language import context, morph, stress
from reader.language.clause import Rule
from reader.model import Analysis, Paragraph, Token, Word


def analyse(
    paragraphs: tuple[Paragraph, ...], rules: Sequence[Rule] | None = None
) -> tuple[Word, ...]:
    """One `Word` per word token (kind "word"), in text order; `rules` (default
    context_rules.RULES) narrow the readings, `[]` keeps every reading of the form."""
    return tuple(
        word
        for paragraph in paragraphs
        for sentence in paragraph.sentences
        for word in sentence_words(sentence.tokens, rules)
    )


def sentence_words(tokens: Sequence[Token], rules: Sequence[Rule] | None = None) -> list[Word]:
    """The Words of one sentence's tokens."""
    narrowed = context.narrow(tokens, rules)
    words = []
    for token, left in zip(tokens, narrowed, strict=True):
        if token.kind == "word":
            # Stress comes last: it reads the readings the sentence leaves.
            words.append(stress.word(token, left, rank(token.text, left), not words))
    return words


def rank(text: str, left: tuple[Analysis, ...]) -> tuple[str, ...]:
    """`morph.lemmas(text)` without the lemmas whose every reading the sentence removed
    (`більше` standing alone is the adverb, not `більший`); an unknown word keeps itself."""
    ranked = morph.lemmas(text)
    alive = {a.lemma for a in left}
    if alive.issuperset(ranked):
        return ranked
    dead = {a.lemma for a in morph.analyse(text)} - alive
    return tuple(lemma for lemma in ranked if lemma not in dead)
