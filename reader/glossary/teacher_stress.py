"""A glossed word spelled as its headword shows the stress the teacher typed for it.

The stress dictionary knows only `Марко́` (the pen name Марко́ Вовчо́к); the teacher's entry
says `stress: Ма́рко`, with the reason in a comment. Without this step the popover's headword
would say Ма́рко and the running text beside it Марко́. The teacher's stress is the one the
page commits to, so it wins, wherever it can be placed with certainty:

    entry Марко, stress Ма́рко        text `Марко приїхав`    ->  Ма́рко приїхав
    entry замок, senses за́мок/замо́к  text `замок`            ->  the dictionary's (no mark)
    entry голова, stress голова́       text `голови`           ->  the dictionary's голови́/го́лови

Only a one-word gloss whose spelling is the headword's (case, apostrophe and stress aside)
takes it, and only when every sense that gives a stress gives the same one: another form of
the headword, or a homograph whose senses differ, keeps the dictionary's decision. A stress
typed in the text itself (`Ма́рко` in uk.txt) stays as typed. `reader check` warns where the
teacher's stress is none of the dictionary's readings, so a slip does not hide here.
"""

from __future__ import annotations

import unicodedata
from dataclasses import replace

from reader.glossary.spelling import STRESS_MARKS, key
from reader.language.stress_dictionary import MARK
from reader.model import Entry, Gloss, Word


def apply(words: tuple[Word, ...], glosses: tuple[Gloss, ...]) -> tuple[Word, ...]:
    """The words, each glossed one spelled as its headword stressed as its entry says."""
    stressed: dict[tuple[int, int], str] = {}  # (start, end) of a one-word gloss -> spelling
    for gloss in glosses:
        if gloss.entry.words == 1 and not any(mark in gloss.text for mark in STRESS_MARKS):
            typed = _typed_stress(gloss.entry)
            spelled = _spelled(gloss.text, typed) if typed else None
            if spelled is not None:
                stressed[gloss.start, gloss.end] = spelled
    if not stressed:
        return words
    return tuple(
        replace(w, stressed=stressed[w.start, w.end], stress_readings=())
        if (w.start, w.end) in stressed
        else w
        for w in words
    )


def _typed_stress(entry: Entry) -> str | None:
    """The one stress the entry's senses give (NFC, the mark combining); None for none or two."""
    typed = {unicodedata.normalize("NFC", s.stress) for s in entry.senses if s.stress}
    return typed.pop() if len(typed) == 1 else None


def _spelled(form: str, typed: str) -> str | None:
    """`Марко` with `Ма́рко`'s mark: the form as written, the mark where the teacher put it."""
    plain = typed.replace(MARK, "")
    if len(plain) != len(form) or key(plain) != key(form) or typed.count(MARK) != 1:
        return None
    at = typed.index(MARK)
    return form[:at] + MARK + form[at:]
