"""Ukrainian spelling variants the tool treats as one: apostrophes, stress marks, case.

Teachers and scraped articles write the apostrophe in half a dozen ways (`ім'я`, `ім’я`,
`імʼя`) and may mark stress with a combining acute (`мо́ва`). For matching, all of them fold
to one key; for display, the teacher's spelling is kept:

    >>> key("Мо́ва")
    'мова'
    >>> key("ІМ’Я") == key("ім'я") == key("імʼя")
    True
"""

from __future__ import annotations

import unicodedata

# Every character used as the Ukrainian apostrophe; the first is the one keys use
# (it is also how the pymorphy3 dictionary spells `ім'я`).
APOSTROPHES = "'\u2019\u02bc\u2018`\u00b4"
APOSTROPHE = APOSTROPHES[0]
# Combining acute (U+0301) is how stress is written; the grave (U+0300) turns up too.
STRESS_MARKS = "\u0301\u0300"

_TO_APOSTROPHE = str.maketrans({c: APOSTROPHE for c in APOSTROPHES[1:]})
_NO_STRESS = str.maketrans({c: None for c in STRESS_MARKS})


def unify_apostrophes(text: str) -> str:
    return text.translate(_TO_APOSTROPHE)


def strip_stress(text: str) -> str:
    """Remove stress marks; the text is decomposed first so `ó` (one code point) loses it too."""
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", decomposed.translate(_NO_STRESS))


def key(text: str) -> str:
    """The matching key: NFC, one apostrophe, no stress, lower case, single spaces."""
    folded = strip_stress(unify_apostrophes(unicodedata.normalize("NFC", text))).casefold()
    return " ".join(folded.split())
