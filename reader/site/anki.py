"""The Anki export (`reader export anki`, needs the optional `genanki`): a deck of flashcards.

One note per glossary entry used, with the first sentence it occurs in as an example
(trimmed to the word's clause when long: reader.site.examples), headword and example
stressed as the page shows them; `--reverse` adds an English → Ukrainian card under a note
type of its own. Ids are fixed so that importing a newer export updates the same notes
instead of adding duplicates:

    model id, deck id     constants below (never change them)
    note guid             genanki.guid_for(entry.id), and entry ids are stable across builds
"""

from __future__ import annotations

import json
import sqlite3
import tempfile
import zipfile
from bisect import bisect_left, bisect_right
from contextlib import closing
from functools import partial
from pathlib import Path
from typing import Any

from reader.errors import ReaderError
from reader.language import stress
from reader.model import Corpus, Gloss, Sense, Sentence, Text, Unit
from reader.site import examples, render, writer
from reader.site.examples import escape as _escape
from reader.site.export import NOT_AN_EXPORT, used_entries

# Anki identifies note types and decks by these numbers: changing them orphans every card a
# learner has studied, so they are constants, chosen once at random.
ANKI_MODEL_ID = 1_607_392_319
# The note type with a second, reverse card (`--reverse`): the same fields, its own id, so the
# forward-only note type above never changes under the cards a learner already studies.
ANKI_REVERSED_MODEL_ID = 1_853_160_442
ANKI_DECK_ID = 2_059_400_117
ANKI_DECK_NAME = "Ukrainian reader"
ANKI_FIELDS = (
    "Headword",
    "Stress",
    "PartOfSpeech",
    "Translation",
    "Note",
    "Example",
    "ExampleTranslation",
    "Source",
)
ANKI_FRONT = """<div class="uk hw">{{Stress}}</div>
{{#PartOfSpeech}}<div class="pos">{{PartOfSpeech}}</div>{{/PartOfSpeech}}
{{#Example}}<div class="uk example">{{Example}}</div>{{/Example}}"""
ANKI_BACK = """{{FrontSide}}
<hr id="answer">
<div class="tr">{{Translation}}</div>
{{#Note}}<div class="note">{{Note}}</div>{{/Note}}
{{#ExampleTranslation}}<div class="example-en">{{ExampleTranslation}}</div>{{/ExampleTranslation}}
<div class="source">{{Source}}</div>"""
# The reverse card asks with `English`, the senses' translations only: `Translation` names
# each sense of a homograph by its Ukrainian ("1. за́мок — castle"), which would give it away.
ANKI_REVERSED_FIELDS = (*ANKI_FIELDS, "English")
ANKI_REVERSE_FRONT = """<div class="tr">{{English}}</div>
{{#PartOfSpeech}}<div class="pos">{{PartOfSpeech}}</div>{{/PartOfSpeech}}
{{#ExampleTranslation}}<div class="example-en">{{ExampleTranslation}}</div>
{{/ExampleTranslation}}"""
ANKI_REVERSE_BACK = """{{FrontSide}}
<hr id="answer">
<div class="uk hw">{{Stress}}</div>
{{#Note}}<div class="note">{{Note}}</div>{{/Note}}
{{#Example}}<div class="uk example">{{Example}}</div>{{/Example}}
<div class="source">{{Source}}</div>"""
ANKI_CSS = """.card { font-family: system-ui, sans-serif; font-size: 20px; text-align: center;
  color: #1f1c17; background: #fbf9f4; }
.nightMode.card { color: #ece7dd; background: #181716; }
.hw { font-family: Georgia, "Noto Serif", serif; font-size: 34px; font-weight: 600; }
.pos, .source { color: #6b655a; font-size: 15px; font-style: italic; }
.example { font-family: Georgia, "Noto Serif", serif; margin-top: 18px; }
.example b { background: #fbeec4; color: #1f1c17; }
.tr { font-size: 24px; font-weight: 600; }
.note, .example-en { color: #6b655a; font-size: 17px; margin-top: 10px; }"""


def write_anki(corpus: Corpus, out: Path, force: bool = False, reverse: bool = False) -> int:
    """Write an Anki deck (.apkg) of every entry used; returns the number of notes.

    With `reverse`, each note also has an English → Ukrainian card.
    """
    genanki = _genanki()
    writer.check_target(out, ANKI_EXPORT, force)
    templates = [{"name": "Ukrainian → English", "qfmt": ANKI_FRONT, "afmt": ANKI_BACK}]
    if reverse:
        templates.append(
            {"name": "English → Ukrainian", "qfmt": ANKI_REVERSE_FRONT, "afmt": ANKI_REVERSE_BACK}
        )
    model = genanki.Model(
        ANKI_REVERSED_MODEL_ID if reverse else ANKI_MODEL_ID,
        "reader: Ukrainian word (and reversed)" if reverse else "reader: Ukrainian word",
        fields=[{"name": name} for name in (ANKI_REVERSED_FIELDS if reverse else ANKI_FIELDS)],
        templates=templates,
        css=ANKI_CSS,
    )
    deck = genanki.Deck(ANKI_DECK_ID, ANKI_DECK_NAME)
    notes = anki_notes(corpus.texts, reverse)
    for entry_id, fields, tags in notes:
        deck.add_note(
            genanki.Note(
                model=model, fields=list(fields), guid=genanki.guid_for(entry_id), tags=tags
            )
        )
    with tempfile.TemporaryDirectory() as folder:
        built = Path(folder) / "deck.apkg"
        # A fixed timestamp keeps the file the same for the same corpus.
        genanki.Package(deck).write_to_file(str(built), timestamp=0)
        writer.write_atomically(out, built.read_bytes())
    return len(notes)


def anki_notes(
    texts: tuple[Text, ...], reverse: bool = False
) -> list[tuple[str, tuple[str, ...], list[str]]]:
    """(entry id, fields in ANKI_FIELDS order as HTML, tags) for every entry used; with
    `reverse`, in ANKI_REVERSED_FIELDS order."""
    firsts: dict[str, tuple[Text, Gloss]] = {}
    for in_body in (True, False):  # a sentence of the body makes a better example than a title
        for text in texts:
            body = _body_start(text)
            for gloss in text.glosses:
                if gloss.start >= body or not in_body:
                    firsts.setdefault(gloss.entry.id, (text, gloss))
    order = {entry.id: n for n, entry in enumerate(used_entries(texts))}
    sentences = {text.slug: _sentences(text) for text in texts}
    notes = []
    for entry_id, (text, gloss) in sorted(firsts.items(), key=lambda item: order[item[0]]):
        entry = gloss.entry
        example, translation = _example(text, gloss, sentences[text.slug])
        fields = (
            _escape(entry.headword),
            _escape(
                " / ".join(
                    dict.fromkeys(stress.shown(entry.headword, s.stress) for s in entry.senses)
                )
            ),
            _escape(" / ".join(dict.fromkeys(s.pos for s in entry.senses if s.pos))),
            _senses(entry.senses),
            "<br>".join(_escape(s.note) for s in entry.senses if s.note),
            example,
            _escape(translation),
            _escape(examples.shortened(render.title(text))),  # as the page is titled
        )
        if reverse:
            fields += (_escape(" / ".join(s.en for s in entry.senses)),)
        tags = sorted({_anki_tag(t) for s in entry.senses for t in s.tags} | {"reader"})
        notes.append((entry_id, fields, tags))
    return notes


def _body_start(text: Text) -> int:
    """Where the text after its headline starts (0 when it does not open with one)."""
    return text.headline.end if text.headline else 0


def _senses(senses: tuple[Sense, ...]) -> str:
    if len(senses) == 1:
        return _escape(senses[0].en)
    return "<br>".join(
        f"{n}. {_escape(s.stress + ' — ' if s.stress else '')}{_escape(s.en)}"
        for n, s in enumerate(senses, start=1)
    )


# A text's sentences, each with its study unit, and their start offsets (for bisect).
Sentences = tuple[list[int], list[tuple[Sentence, Unit]]]


def _sentences(text: Text) -> Sentences:
    """Every sentence of the text with its unit, in order, and their start offsets."""
    found = [
        (sentence, unit) for units in text.units for unit in units for sentence in unit.sentences
    ]
    return [sentence.start for sentence, _ in found], found


def _example(text: Text, gloss: Gloss, sentences: Sentences) -> tuple[str, str]:
    """The sentence the gloss occurs in (trimmed to its clause when long, the word in bold) as
    HTML, and the translation of its unit."""
    starts, found = sentences
    i = bisect_right(starts, gloss.start) - 1
    if i < 0 or found[i][0].end < gloss.end:
        return "", ""
    sentence, unit = found[i]
    shown = partial(_stressed, text)  # each word as the page spells it
    example = examples.example_html(text.source.text, sentence, gloss.start, gloss.end, shown)
    return example, unit.translation


def _stressed(text: Text, start: int, end: int) -> str:
    """The text from start to end with each word stressed as the page shows it."""
    source = text.source.text
    words = text.words
    i = bisect_left(words, start, key=lambda w: w.start)
    parts = []
    while i < len(words) and words[i].end <= end:
        word = words[i]
        parts += [source[start : word.start], word.stressed or source[word.start : word.end]]
        start = word.end
        i += 1
    return "".join(parts) + source[start:end]


def _anki_tag(tag: str) -> str:
    return "_".join(tag.split())  # Anki tags are separated by spaces


def _genanki() -> Any:
    try:
        import genanki
    except ImportError:
        raise ReaderError(
            "the Anki export needs the genanki package: pip install genanki"
        ) from None
    return genanki


def _is_anki_export(path: Path) -> bool:
    """A .apkg whose collection holds reader's note type."""
    try:
        with zipfile.ZipFile(path) as archive, tempfile.TemporaryDirectory() as folder:
            collection = Path(archive.extract("collection.anki2", folder))
            with closing(sqlite3.connect(collection)) as connection:
                (models,) = connection.execute("SELECT models FROM col").fetchone()
    except (OSError, KeyError, zipfile.BadZipFile, sqlite3.Error, TypeError):
        return False
    return not {str(ANKI_MODEL_ID), str(ANKI_REVERSED_MODEL_ID)}.isdisjoint(json.loads(models))


ANKI_EXPORT = writer.Kind(folder=False, ours=_is_anki_export, not_ours=NOT_AN_EXPORT)
