"""The language stage: every word token of a text with the readings its sentence leaves.

Runs after segmentation and before matching, so that matching, grammar, stress, the page and
the exports all read one answer for each occurrence instead of asking the dictionary again:

    paragraphs  «щодо виведення військ»  (tokens A щодо, B виведення, C військ)
    words       A (preposition)  B виведення: 4 readings  C військо: genitive plural
    stress      A що́до           B ви́ведення              C військ (one syllable)

Today a word's readings are every reading of its form (`morph.analyse`), in dictionary
order, and its lemmas are `morph.lemmas` ranked; both are shared by every occurrence of the
form. Narrowing by the sentence (a preposition's case, agreement) belongs here, before the
stress (reader.language.stress), which takes the stress of the readings each word is left
with: `stress.word` builds a Word with its stress, and a Word whose readings are narrowed
after it was built takes its stress again with `stress.with_stress`.
"""

from __future__ import annotations

from reader.language import morph, stress
from reader.model import Paragraph, Word


def analyse(paragraphs: tuple[Paragraph, ...]) -> tuple[Word, ...]:
    """One `Word` per word token (kind "word"), in text order."""
    words = []
    for paragraph in paragraphs:
        for sentence in paragraph.sentences:
            initial = True
            for token in sentence.tokens:
                if token.kind == "word":
                    # Stress comes last: it reads the readings the sentence leaves.
                    analyses, lemmas = morph.analyse(token.text), morph.lemmas(token.text)
                    words.append(stress.word(token, analyses, lemmas, initial))
                    initial = False
    return tuple(words)
