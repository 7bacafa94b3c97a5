"""The JSON export of the analysed corpus: a versioned document for other tools.

JSON (`reader export json`, schema in docs/export-schema.md) keeps everything the page is
made from, for other tools: texts -> paragraphs -> sentences (text, translation) -> tokens
(offsets, the readings their sentence leaves, the chosen one, the glossary entry and grammar
of this occurrence, the stress), plus the entries used. Offsets index the text's `text`
field, as everywhere in reader.

The Anki deck is reader.site.anki.
"""

from __future__ import annotations

import json
from bisect import bisect_right
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

from reader.model import Analysis, Corpus, Entry, Gloss, Text, Token, Word
from reader.site import writer

SCHEMA_VERSION = 2  # 2: token `lemmas` are the readings the sentence leaves; `reading`


def to_json(corpus: Corpus) -> dict[str, Any]:
    """The corpus as a JSON-ready document (schema version `SCHEMA_VERSION`)."""
    return {
        "schema_version": SCHEMA_VERSION,
        "generator": f"reader {_version()}",
        "texts": [_text(text) for text in corpus.texts],
        "entries": [_entry(entry) for entry in used_entries(corpus.texts)],
    }


def dumps(document: dict[str, Any]) -> str:
    """The document as compact JSON text (Ukrainian as is), one final newline.

    Compact because every token lists all its readings: indented, a 1 MB article becomes
    70 MB of JSON; compact, about half. `python -m json.tool` shows it indented.
    """
    return json.dumps(document, ensure_ascii=False, separators=(",", ":")) + "\n"


def used_entries(texts: tuple[Text, ...]) -> tuple[Entry, ...]:
    """Every entry some text uses, in order of first use (texts in corpus order)."""
    found: dict[str, Entry] = {}
    for text in texts:
        for gloss in text.glosses:
            found.setdefault(gloss.entry.id, gloss.entry)
    return tuple(found.values())


def _text(text: Text) -> dict[str, Any]:
    meta = text.meta
    glosses = text.glosses
    starts = [g.start for g in glosses]
    words = {word.start: word for word in text.words}
    return {
        "slug": text.slug,
        "title": text.source.title,
        "meta": {
            "title_en": meta.title_en,
            "source": meta.source,
            "url": meta.url,
            "date": meta.date,
            "level": meta.level,
            "tags": list(meta.tags or text.source.tags),
        },
        "has_translation": text.has_translation,
        "text": text.source.text,
        "paragraphs": [
            {
                "start": paragraph.start,
                "end": paragraph.end,
                "sentences": [
                    {
                        "text": sentence.text,
                        "start": sentence.start,
                        "end": sentence.end,
                        "unit": unit_number,
                        # A unit of two sentences has one translation: on its first sentence.
                        "translation": unit.translation if first else None,
                        "tokens": [_token(t, glosses, starts, words) for t in sentence.tokens],
                    }
                    for unit_number, unit in enumerate(units)
                    for first, sentence in zip(
                        (True, *[False] * (len(unit.sentences) - 1)), unit.sentences, strict=True
                    )
                ],
            }
            for paragraph, units in zip(text.paragraphs, text.units, strict=True)
        ],
        "glosses": [
            {
                "entry": g.entry.id,
                "start": g.start,
                "end": g.end,
                "text": g.text,
                "grammar": g.grammar,
            }
            for g in glosses
        ],
    }


def _token(
    token: Token, glosses: tuple[Gloss, ...], starts: list[int], words: dict[int, Word]
) -> dict[str, Any]:
    i = bisect_right(starts, token.start) - 1
    gloss = glosses[i] if i >= 0 and token.end <= glosses[i].end else None
    word = words.get(token.start) if token.is_word else None
    return {
        "text": token.text,
        "start": token.start,
        "end": token.end,
        "kind": token.kind,
        "lemmas": [_analysis(a) for a in _ranked(word)],
        "reading": [_analysis(a) for a in word.chosen] if word else [],
        "entry": gloss.entry.id if gloss else None,
        "grammar": gloss.grammar if gloss else None,
        # The word as the page shows it, with its stress mark (None: the tool does not commit),
        # and each stress when the readings disagree.
        "stressed": word.stressed if word else None,
        "stress_readings": [
            {"stressed": r.stressed, "grammar": r.grammar}
            for r in (word.stress_readings if word else ())
        ],
    }


def _ranked(word: Word | None) -> list[Analysis]:
    """The readings the sentence leaves, by their lemma's rank (`Word.lemmas`), stable."""
    if word is None:
        return []
    rank = {lemma: i for i, lemma in enumerate(word.lemmas)}
    return sorted(word.analyses, key=lambda a: rank.get(a.lemma, len(rank)))


def _analysis(a: Analysis) -> dict[str, str]:
    return {"lemma": a.lemma, "pos": a.pos, "grammar": a.grammar}


def _entry(entry: Entry) -> dict[str, Any]:
    return {
        "id": entry.id,
        "headword": entry.headword,
        "key": entry.key,
        "forms": list(entry.forms),
        "origin": str(entry.origin),
        "senses": [
            {"en": s.en, "stress": s.stress, "pos": s.pos, "note": s.note, "tags": list(s.tags)}
            for s in entry.senses
        ],
    }


def write_json(corpus: Corpus, out: Path, force: bool = False) -> int:
    """Write the JSON export to `out` atomically; returns the number of texts."""
    writer.check_target(out, JSON_EXPORT, force)
    writer.write_atomically(out, dumps(to_json(corpus)))
    return len(corpus.texts)


def _is_json_export(path: Path) -> bool:
    try:
        document = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(document, dict) and str(document.get("generator", "")).startswith("reader")


# An export file replaces only an earlier export of the same kind (or anything, with --force).
NOT_AN_EXPORT = (
    "exists and is not an earlier reader export; "
    "choose another file with -o, or add --force to replace it"
)
JSON_EXPORT = writer.Kind(folder=False, ours=_is_json_export, not_ours=NOT_AN_EXPORT)


def _version() -> str:
    try:
        return version("reader")
    except PackageNotFoundError:
        return "unknown"
