"""How a teacher writes stress: a combining acute (U+0301) after the vowel, or the vowel in
capitals, which is easier to type and is turned into the mark:

    >>> marked("загрОза", "загроза")
    'загро́за'
    >>> marked("Остін", "Остін")       # a capital the headword has too is just a capital
    'Остін'
    >>> problem("за́гро́за")
    'two stress marks in «за́гро́за»; mark only the stressed vowel'
    >>> problem("з́агроза")
    'the stress mark in «з́агроза» is on «з», not a vowel; put it right after the stressed vowel'
"""

from __future__ import annotations

import re
import unicodedata

from reader.glossary.spelling import PLAIN, STRESS_MARKS
from reader.language.stress_dictionary import MARK, VOWELS

_A_MARK = re.compile(f"[{STRESS_MARKS}]")
# Text of these hides no stress mark in a composed letter (plain characters decompose to
# none, spelling.PLAIN), so `problem` need not look at its letters one by one: nearly every
# stress a teacher writes, Ukrainian letters and the marks themselves. Such text is its own
# decomposition: where NFC composes a mark with the letter before it (`г` and an acute are
# `ѓ`), the letter is one that does not decompose, so taking the mark out again gives back
# the two code points it was made of.
_NOTHING_HIDDEN = re.compile(f"[{re.escape(PLAIN + STRESS_MARKS)}]*")
# Words (split at spaces and hyphens) with at most one mark each, right after a vowel: what
# `problem` finds nothing wrong with, read in one pass (its loop is for telling what is wrong).
_SEPARATOR = r"[\s\-]"
_LETTER = f"[^\\s\\-{STRESS_MARKS}]"
_WORD = f"{_LETTER}+(?:(?<=[{''.join(sorted(VOWELS))}])[{STRESS_MARKS}]{_LETTER}*)?"
_RIGHTLY_MARKED = re.compile(f"{_SEPARATOR}*(?:{_WORD}{_SEPARATOR}+)*(?:{_WORD})?")


def marked(stress: str, headword: str) -> str:
    """`stress` with each capital vowel the headword has in lower case turned into that vowel
    and a stress mark; unchanged when it already has marks or does not line up letter by
    letter with the headword."""
    stress = unicodedata.normalize("NFC", stress)
    headword = unicodedata.normalize("NFC", headword)
    if _A_MARK.search(stress) or len(stress) != len(headword):
        return stress
    letters = []
    for typed, plain in zip(stress, headword, strict=True):
        if typed != plain and typed.lower() == plain and plain in VOWELS:
            letters.append(plain + MARK)
        else:
            letters.append(typed)
    return "".join(letters)


def problem(stress: str) -> str | None:
    """What is wrong with the marks of a stress, None when nothing: a word (or a part of a
    hyphenated word) has one stress, on a vowel."""
    # Composed letters keep theirs (`ї`, `й`), but one that hides a mark is taken apart
    # (`ѓ` is г with an acute: a mark on a consonant).
    decomposed = stress
    if _NOTHING_HIDDEN.fullmatch(stress) is None:
        decomposed = "".join(
            unicodedata.normalize("NFD", char)
            if set(unicodedata.normalize("NFD", char)) & set(STRESS_MARKS)
            else char
            for char in unicodedata.normalize("NFC", stress)
        )
    if _RIGHTLY_MARKED.fullmatch(decomposed):
        return None
    for word in decomposed.replace("-", " ").split():
        marks = [i for i, char in enumerate(word) if char in STRESS_MARKS]
        if len(marks) > 1:
            shown = unicodedata.normalize("NFC", word)
            return f"two stress marks in «{shown}»; mark only the stressed vowel"
        for i in marks:
            before = word[i - 1].lower() if i else ""
            if not before or before not in VOWELS:
                return (
                    f"the stress mark in «{unicodedata.normalize('NFC', word)}» is on "
                    f"«{before or 'nothing'}», not a vowel; put it right after the stressed vowel"
                )
    return None
