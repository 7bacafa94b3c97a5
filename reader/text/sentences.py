"""A paragraph's sentences: nltk's Punkt with Ukrainian parameters, and rules where it is wrong.

Inside a paragraph a line break ends a sentence (a heading has no final period) unless the
next line starts with a lower-case letter, which is a wrapped line of the same sentence.

Every run of end marks followed by a space is a *candidate* boundary (what counts as one:
`reader.text.candidates`). nltk's Punkt, with the Ukrainian parameters in
`reader.text.abbreviations`, gives the default decision; `RULES` (reader.text.boundary_rules),
tried in order, overrule it where Punkt alone is wrong, and `explain` says which did. For

    'Ціна зросла до 8350 грн. Утім, за словами М.К. Янгеля, це ще не все… та й годі.'

the candidates are after `грн.`, `М.К.` and `все…` (`М.` is none: no space follows), and
the rules decide:

    грн. Утім     abbreviation_before: an amount, then a capitalised word -> split
    М.К. Янгеля   initials_before: initials, then a name -> join
    все… та       lowercase_follows -> join

giving `'Ціна зросла до 8350 грн.| |Утім, за словами М.К. Янгеля, це ще не все… та й годі.'`.

Decisions where texts and treebanks disagree, made for a learner reading sentence by sentence:
- quoted sentences split like any others (`«Ми не здамося.| |Україна переможе», — сказав він.`)
  unless the quotation is a phrase the sentence goes on after in lower case;
- a bracket the sentence goes on after stays whole; a smiley stays with its sentence;
- an enumerator opening a sentence before a capital (`1.`, `8.2.`, `II.`, `I.` before
  `Вступ`) is a unit of its own, as Punkt decides for numbers (and as the Ukrainian UD
  treebank has it);
- informal text is split where its writer meant an end, though the next word is in lower
  case: `класно.| |потім`, `Дякую)| |приходьте`;
- surname-first initials before a capital (`Петренко О. І. Відповіді`) are not an end: a
  name after initials (`В. Зеленський`) is far more common than this ending.

No nltk data is ever loaded: the parameters are built here, from `reader.text.abbreviations`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from reader.text.abbreviations import ABBREVIATIONS, COLLOCATIONS, SENTENCE_STARTERS
from reader.text.boundary_rules import RULES
from reader.text.candidates import CANDIDATE, Candidate, candidate
from reader.text.punkt import PunktLanguageVars, PunktParameters, PunktSentenceTokenizer

LINE_BREAK = re.compile(r"\n\s*")


@dataclass(frozen=True, slots=True)
class Decision:
    """What was decided at one candidate boundary, and by which rule (for `explain`)."""

    end: int  # where the sentence would end: after the marks, in the paragraph
    marks: str
    split: bool
    rule: str  # the deciding rule's name, or "punkt"


class UkrainianLanguageVars(PunktLanguageVars):
    """Punkt's notion of sentence ends and word characters, for Ukrainian text."""

    sent_end_chars = (".", "?", "!", "…")
    # Opening quotes and dashes never start a word.
    _re_word_start = r"[^\(\"\`{\[:;&\#\*@\)}\]\-,«»„“”—–]"

    @property
    def _re_non_word_chars(self) -> str:
        # Unlike Punkt's default, the apostrophe is part of a word (`зобов’язання`).
        return r"(?:[)\";}\]\*:@\({\[«»„“”?!…])"


@cache
def punkt() -> PunktSentenceTokenizer:
    """Punkt with the project's Ukrainian parameters; built once, no nltk data needed."""
    params = PunktParameters()
    params.abbrev_types = set(ABBREVIATIONS)
    params.sent_starters = set(SENTENCE_STARTERS)
    params.collocations = set(COLLOCATIONS)
    return PunktSentenceTokenizer(params, lang_vars=UkrainianLanguageVars())


def punkt_splits(c: Candidate) -> bool:
    """Punkt's own decision, made as Punkt makes it: on the word, the marks and the next word."""
    return _punkt_breaks(f"{c.text[c.chunk_start : c.end]} {c.after}")


@lru_cache(maxsize=20_000)
def _punkt_breaks(context: str) -> bool:
    """Punkt on a few words: the same words get the same decision, so it is asked once."""
    return punkt().text_contains_sentbreak(context)


def decide(c: Candidate) -> tuple[bool, str]:
    """Split or not at one candidate, and the name of what decided: a rule, or `punkt`."""
    for rule in RULES:
        decision = rule(c)
        if decision is not None:
            return decision, rule.__name__
    return punkt_splits(c), "punkt"


def _block_sentences(
    text: str, start: int, end: int, decisions: list[Decision] | None = None
) -> list[tuple[int, int]]:
    """Sentence spans of one block (text[start:end], no line breaks that end sentences)."""
    block = text[start:end]
    spans, sentence_start = [], 0
    for match in CANDIDATE.finditer(block):
        found = candidate(block, match, sentence_start)
        split, rule = decide(found)
        if decisions is not None:
            decisions.append(Decision(start + found.end, found.marks, split, rule))
        if split:
            spans.append((start + sentence_start, start + found.end))
            sentence_start = match.end()
    spans.append((start + sentence_start, end))
    return spans


def _blocks(text: str) -> list[tuple[int, int]]:
    """Spans of a paragraph's lines, a wrapped line (next starts in lower case) joined on."""
    blocks, start = [], len(text) - len(text.lstrip())
    for line_break in LINE_BREAK.finditer(text, start):
        if text[line_break.end() : line_break.end() + 1].islower():
            continue
        stop = line_break.start()
        while stop > start and text[stop - 1].isspace():
            stop -= 1
        if stop > start:
            blocks.append((start, stop))
        start = line_break.end()
    end = len(text.rstrip())
    if end > start:
        blocks.append((start, end))
    return blocks


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans of one paragraph, as offsets into `text`, without outer spaces."""
    return [span for start, end in _blocks(text) for span in _block_sentences(text, start, end)]


def explain(text: str) -> list[Decision]:
    """Every candidate boundary of a paragraph with its decision and the rule that made it.

    >>> [(d.marks, d.split, d.rule) for d in explain("Було 25 тис. людей. Тоді пішли.")]
    [('.', False, 'lowercase_follows'), ('.', True, 'punkt')]
    """
    decisions: list[Decision] = []
    for start, end in _blocks(text):
        _block_sentences(text, start, end, decisions)
    return decisions
