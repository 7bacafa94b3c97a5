"""What `reader check` adds to reading the corpus: warnings a teacher should look at.

Errors (a broken glossary, a translation that does not pair) already stop `read_corpus`;
these are the doubtful things that still build: an entry no text uses, a translation too long
to read in a popover, a text with no en.txt, a pairing the aligner was unsure of, a file
decoded from a legacy code page. `reader check --strict` treats every one of them as an error.
"""

from __future__ import annotations

from reader.model import Corpus, Problem

# A popover line longer than this is hard to read on a phone; notes are the place for more.
LONG_TRANSLATION = 80
NO_TRANSLATION = (
    "no translation: the page will show Ukrainian only "
    "(write en.txt beside it; `reader align` prints the sentences to translate)"
)


def warnings(corpus: Corpus) -> tuple[Problem, ...]:
    """Every warning about the corpus, in the order a teacher would fix them."""
    found = list(corpus.warnings)
    for text in corpus.texts:
        if not text.has_translation:
            found.append(Problem(None, f"{text.source.path}: {NO_TRANSLATION}", warning=True))
        found.extend(
            Problem(None, f"{text.source.path}: {note}", warning=True)
            for note in text.source.warnings
        )
    used = {gloss.entry.key for text in corpus.texts for gloss in text.glosses}
    for entry in corpus.glossary.entries:
        # Only a whole corpus can tell: one text uses only part of the shared glossary.
        if corpus.files.whole and entry.key not in used:
            found.append(
                Problem(entry.origin, f"«{entry.headword}» is not used in any text", warning=True)
            )
        for sense in entry.senses:
            if len(sense.en) > LONG_TRANSLATION:
                found.append(
                    Problem(
                        entry.origin,
                        f"the translation of «{entry.headword}» is {len(sense.en)} characters "
                        f"long; keep it under {LONG_TRANSLATION} and move the rest to `note`",
                        warning=True,
                    )
                )
    return tuple(found)
