"""What `reader check` adds to reading the corpus: warnings a teacher should look at.

Errors (a broken glossary, a translation that does not pair) already stop `read_corpus`;
these are the doubtful things that still build: an entry no text uses, a translation too long
to read in a popover, a stress the stress dictionary does not have, a text with no en.txt, a
pairing the aligner was unsure of, a file decoded from a legacy code page. `reader check
--strict` treats every one of them as an error.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from reader.corpus.metadata import is_web_address
from reader.glossary.spelling import strip_stress, unify_apostrophes
from reader.language import stress
from reader.model import Corpus, Entry, Origin, Problem

# A popover line longer than this is hard to read on a phone; notes are the place for more.
LONG_TRANSLATION = 80
# A word of a note with a stress mark in it: `«глава́ Пентаго́ну»` has two.
STRESSED_WORD = re.compile(r"[\w'’ʼ-]*\u0301[\w'’ʼ\u0301-]*")
NO_TRANSLATION = (
    "no translation: the page will show Ukrainian only "
    "(write en.txt beside it; `reader align` prints the sentences to translate)"
)


def warnings(corpus: Corpus) -> tuple[Problem, ...]:
    """Every warning about the corpus, in the order a teacher would fix them."""
    found = [*corpus.warnings, *source_warnings(corpus)]
    found.extend(_url_warnings(corpus))
    found.extend(
        Problem(None, f"{text.source.path}: {NO_TRANSLATION}", warning=True)
        for text in corpus.texts
        if not text.has_translation
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
    found.extend(stress_warnings(corpus.glossary.entries))
    return tuple(found)


def stress_warnings(entries: tuple[Entry, ...]) -> tuple[Problem, ...]:
    """A stress the teacher wrote that is none of the stress dictionary's (`про́те` where it
    has only `проте́`), in `stress` or in a note: learners would memorise it. A comment on the
    `stress:` line says the teacher checked it (the dictionary is wrong there): no warning."""
    found = []
    lines: dict[Path, list[str]] = {}
    for entry in entries:
        for sense in entry.senses:
            if sense.stress and " " not in entry.headword:
                forms = stress.dictionary_forms(entry.headword, name=entry.headword[:1].isupper())
                origin = Origin(entry.origin.path, sense.stress_line or entry.origin.line)
                if _contradicted(sense.stress, forms) and not _commented(origin, lines):
                    owner = f"«{entry.headword}»"
                    found.append(_stress_warning(origin, owner, sense.stress, forms))
            for word in STRESSED_WORD.findall(sense.note):
                forms = stress.dictionary_forms(strip_stress(word))
                if _contradicted(word, forms):
                    owner = f"the note of «{entry.headword}»"
                    found.append(_stress_warning(entry.origin, owner, word, forms))
    return tuple(found)


def _contradicted(typed: str, forms: tuple[str, ...]) -> bool:
    return bool(forms) and key_with_stress(typed) not in {key_with_stress(f) for f in forms}


def _stress_warning(origin: Origin, owner: str, typed: str, forms: tuple[str, ...]) -> Problem:
    message = (
        f"{owner}: the stress {typed} is none of the stress dictionary's ({', '.join(forms)}); "
        "correct it, or keep it with a comment on its line saying why"
    )
    return Problem(origin, message, warning=True)


def _commented(origin: Origin, lines: dict[Path, list[str]]) -> bool:
    """True when the line holds a YAML comment (`stress: Ма́рко  # the name is said so`)."""
    if origin.path not in lines:
        lines[origin.path] = origin.path.read_text("utf-8").splitlines()
    text = lines[origin.path][origin.line - 1] if origin.line <= len(lines[origin.path]) else ""
    return " #" in text


def key_with_stress(text: str) -> str:
    """NFC, one apostrophe, lower case, the stress marks kept: what two stresses compare by."""
    return unify_apostrophes(unicodedata.normalize("NFC", text)).casefold()


def source_warnings(corpus: Corpus) -> tuple[Problem, ...]:
    """What reading the articles noticed (a legacy encoding, no text left), as warnings.

    `reader build` prints these and `reader check` lists them: both through here.
    """
    return tuple(
        source_warning(text.source.path, note)
        for text in corpus.texts
        for note in text.source.warnings
    )


def source_warning(path: Path, note: str) -> Problem:
    """One thing reading an article noticed, e.g. `corpus/texts/x/uk.txt: decoded as cp1251`."""
    return Problem(None, f"{path}: {note}", warning=True)


def _url_warnings(corpus: Corpus) -> tuple[Problem, ...]:
    """A text.yaml `url` that is no web address: the page shows it as text, not as a link."""
    meta_files = {files.slug: files.meta for files in corpus.files.texts}
    return tuple(
        Problem(
            None,
            f"{meta_files[text.slug]}: the url {text.meta.url!r} is not a web address "
            "(http: or https:), so the page shows it as text, not as a link",
            warning=True,
        )
        for text in corpus.texts
        if text.meta.url and not is_web_address(text.meta.url)
    )
