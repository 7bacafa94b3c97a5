"""English sentences of a translation: nltk Punkt with abbreviations the project ships.

Punkt is used untrained (no nltk data download is ever needed): its parameters are the two
lists below. A period after a listed abbreviation does not end a sentence, unless the next
word is a common sentence opener:

    The U.S. Department of Defense confirmed it. Mr. Austin said so.
        -> "The U.S. Department of Defense confirmed it." | "Mr. Austin said so."
    Troops stayed in the U.S. The talks began at 9 a.m. on Monday.
        -> "Troops stayed in the U.S." | "The talks began at 9 a.m. on Monday."

Single capital initials (`John F. Kennedy`) are Punkt's own rule and need no list.
"""

from __future__ import annotations

from functools import cache

from reader.text.punkt import PunktParameters, PunktSentenceTokenizer

# Lower case, without the final period (Punkt's own spelling of an abbreviation type). Only
# abbreviations that are not also English words: "no" is the exception ("No. 2"), and a
# sentence ending in it still splits before a SENTENCE_STARTERS word.
ENGLISH_ABBREVIATIONS = frozenset(
    {
        # countries and bodies
        "u.s", "u.k", "u.n", "u.s.a", "e.u",
        # titles before a name
        "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "rev", "hon", "pres", "gov", "sen",
        "rep", "amb", "messrs",
        # military ranks
        "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "cpl", "pvt", "adm", "cmdr", "brig",
        # Latin and reference abbreviations
        "e.g", "i.e", "etc", "vs", "cf", "al", "approx", "ca", "no", "nos", "vol", "pp", "para",
        # times
        "a.m", "p.m",
        # months (May, June, July are never shortened)
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        # weekdays ("Wed.", "Sat." and "Sun." are left out: "they wed." ends a sentence)
        "mon", "tue", "tues", "thu", "thurs", "fri",
        # companies and addresses
        "inc", "ltd", "co", "corp", "dept", "univ", "ave", "blvd", "rd", "mt", "ft",
    }
)  # fmt: skip

# Words that start a new sentence even after an abbreviation (`... in the U.S. The next day`).
# Only frequent function words: a name after `Mr.` or `Gen.` must never qualify.
SENTENCE_STARTERS = frozenset(
    {
        "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these",
        "those", "there", "but", "and", "however", "in", "on", "at", "after", "before", "when",
        "meanwhile", "earlier", "later", "also", "according", "as", "his", "her", "their", "its",
        "then", "so", "for", "if", "some", "one",
    }
)  # fmt: skip


@cache
def _tokenizer() -> PunktSentenceTokenizer:
    """One untrained Punkt tokenizer with the project's English parameters."""
    params = PunktParameters()
    params.abbrev_types = set(ENGLISH_ABBREVIATIONS)
    params.sent_starters = set(SENTENCE_STARTERS)
    return PunktSentenceTokenizer(params)


def sentence_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Where each sentence of an English paragraph is: `(start, end)`, surrounding spaces cut."""
    spans = []
    for start, end in _tokenizer().span_tokenize(text):
        part = text[start:end]
        if part.strip():
            spans.append(
                (start + len(part) - len(part.lstrip()), end - len(part) + len(part.rstrip()))
            )
    return tuple(spans)


def split_sentences(text: str) -> tuple[str, ...]:
    """The sentences of one English paragraph, in order."""
    return tuple(text[start:end] for start, end in sentence_spans(text))
