"""The one place the stages are composed: read and check everything, then write.

    corpus.files.locate          PATH -> which files to read
    glossary.entries             shared glossary/*.yaml -> Glossary (once)
    for each text:
      corpus.metadata            text.yaml -> TextMeta
      text.source                uk.txt -> Source (decoded, cleaned, every change listed)
      text.segment               Source.text -> paragraphs -> sentences -> tokens
      language.analysis          word tokens -> Words (readings, ranked lemmas)
      glossary.match             Words x Glossary (+ the text's own) -> Glosses
      align.pairing              en.txt x paragraphs -> study units
      -> Text
    site.render                  every Text -> page HTML, and the index, in memory
    site writer                  all pages written atomically, only when nothing failed

A problem anywhere (glossary, text.yaml, alignment) is collected; if any was found the
whole command fails with the full list and nothing is written.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from reader import collector
from reader.align import pairing as align
from reader.corpus import metadata
from reader.corpus.files import locate
from reader.errors import InputError, ProblemsFound, ReaderError
from reader.glossary import entries as glossary
from reader.glossary import match
from reader.language import analysis
from reader.model import Corpus, Glossary, Problem, Text, TextFiles
from reader.site import render, writer
from reader.text import segment, source

T = TypeVar("T")
# Called once per text read, with its slug: how a command shows progress (`reader build`'s
# bar on a terminal) without the pipeline knowing how it is shown.
Progress = Callable[[str], None]


@dataclass(frozen=True, slots=True)
class BuildSummary:
    corpus: Corpus
    out: Path
    pages: tuple[Path, ...]
    seconds: float

    @property
    def glossed_share(self) -> float:
        """Words covered by a gloss (each word of a phrase counts), as the index shows it."""
        stats = [render.text_stats(text) for text in self.corpus.texts]
        words = sum(s.words for s in stats)
        return sum(s.glossed_words for s in stats) / words if words else 0.0

    @property
    def changes(self) -> int:
        return sum(len(t.source.changes) for t in self.corpus.texts)


def read_corpus(path: Path | None, progress: Progress | None = None) -> Corpus:
    """Read, analyse and validate every text; raise ProblemsFound listing all problems."""
    with collector.paused():
        return _read_corpus(path, progress)


def _read_corpus(path: Path | None, progress: Progress | None = None) -> Corpus:
    files = locate(path)
    problems: list[Problem] = []
    shared = _attempt(problems, glossary.load_glossary, files.glossaries) or glossary.load_glossary(
        ()
    )
    texts = []
    for text_files in files.texts:
        text = _read_text(text_files, shared, problems)
        if text is not None:
            texts.append(text)
        if progress is not None:
            progress(text_files.slug)
    errors = [p for p in problems if not p.warning]
    if errors:
        raise ProblemsFound(errors, str(files.root))
    return Corpus(files, shared, tuple(texts), tuple(problems))


def _read_text(files: TextFiles, shared: Glossary, problems: list[Problem]) -> Text | None:
    """One text analysed, or None when it has problems (added to `problems`, all of them)."""
    meta = _attempt(problems, metadata.load_meta, files.meta)
    own = _attempt(problems, glossary.load_glossary, (files.glossary,)) if files.glossary else None
    cleaned = _attempt(problems, source.read_source, files.uk, meta.debris if meta else ())
    if meta is None or cleaned is None or (files.glossary and own is None):
        return None
    paragraphs = segment.segment(cleaned.text)
    words = analysis.analyse(paragraphs)
    glosses = match.match(paragraphs, glossary.overlay(shared, own) if own else shared, words)
    aligned = _attempt(problems, align.align, paragraphs, files.en)
    if aligned is None:
        return None
    units, warnings = aligned
    problems.extend(warnings)
    return Text(
        slug=files.slug,
        meta=meta,
        source=cleaned,
        paragraphs=paragraphs,
        words=words,
        units=units,
        glosses=glosses,
        has_translation=files.en is not None,
    )


def _attempt(problems: list[Problem], stage: Callable[..., T], *args: object) -> T | None:
    """Run a reading stage; on bad input record its problems and return None, so every
    problem of every file is listed before the command fails."""
    try:
        return stage(*args)
    except ProblemsFound as found:
        problems.extend(found.problems)
    except InputError as error:
        problems.append(Problem(None, error.message))
    return None


def build(
    path: Path | None, out: Path, force: bool = False, progress: Progress | None = None
) -> BuildSummary:
    """Build every page in memory first, then write them all; a failure writes nothing."""
    started = time.perf_counter()
    with collector.paused():
        corpus = read_corpus(path, progress)
        pages = {f"{text.slug}.html": render.render_page(text) for text in corpus.texts}
        pages["index.html"] = render.render_index(corpus.texts)
    writer.check_site(out, pages, force)
    written = writer.write_site(out, pages)
    return BuildSummary(corpus, out, written, time.perf_counter() - started)


__all__ = ["BuildSummary", "Corpus", "ReaderError", "build", "read_corpus"]
