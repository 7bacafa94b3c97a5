"""Ukrainian spelling variants the tool treats as one: apostrophes, stress marks, case.

Teachers and scraped articles write the apostrophe in half a dozen ways (`ім'я`, `ім’я`,
`імʼя`) and may mark stress with a combining acute (`мо́ва`). For matching, all of them fold
to one key; for display, the teacher's spelling is kept:

    >>> key("Мо́ва")
    'мова'
    >>> key("ІМ’Я") == key("ім'я") == key("імʼя")
    True

Most text needs none of that folding: `key("Військо")` only lower-cases, `key("Мо́ва")`
only drops the mark and lower-cases. Normalising costs more than everything else in a key,
and a big glossary takes tens of thousands of keys (every headword, every `stress`), so text
that is made only of PLAIN characters once its stress marks are dropped skips it. The
shortcut gives the same key because such text is already NFC (each plain character is NFC
on its own and no two of them compose), no plain character decomposes to a stress mark (`ѐ`,
`ѓ`, `ќ`, `ѝ` are left out), and the only apostrophe among them is the one keys use
(tests/glossary/test_spelling.py checks all three). Dropping the marks first is the same as
dropping them from the decomposed text: a plain character's decomposition holds none, so
what is left is the plain text itself.
"""

from __future__ import annotations

import re
import unicodedata

# Every character used as the Ukrainian apostrophe; the first is the one keys use
# (it is also how the pymorphy3 dictionary spells `ім'я`).
APOSTROPHES = "'\u2019\u02bc\u2018`\u00b4"
APOSTROPHE = APOSTROPHES[0]
# Combining acute (U+0301) is how stress is written; the grave (U+0300) turns up too.
STRESS_MARKS = "\u0301\u0300"


def _plain_characters() -> str:
    """ASCII but the backtick, and Cyrillic letters that carry no stress mark when decomposed."""
    candidates = [chr(code) for code in (*range(0x80), *range(0x400, 0x530))]
    return "".join(
        char
        for char in candidates
        if char == APOSTROPHE
        or (
            char not in APOSTROPHES
            and unicodedata.category(char) not in ("Mn", "Me")  # combining: may compose
            and not set(unicodedata.normalize("NFD", char)) & set(STRESS_MARKS)
        )
    )


PLAIN = _plain_characters()
_ALL_PLAIN = re.compile(f"[{re.escape(PLAIN)}]*")
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
    bare = text
    for mark in STRESS_MARKS:
        bare = bare.replace(mark, "")
    if _ALL_PLAIN.fullmatch(bare) is None:  # plain text has nothing to fold (module docstring)
        bare = strip_stress(unify_apostrophes(unicodedata.normalize("NFC", text)))
    return " ".join(bare.casefold().split())
