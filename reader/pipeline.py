"""The one place the stages are composed: read and check everything, then write.

    corpus.files.locate          PATH -> which files to read
    glossary.entries             shared glossary/*.yaml -> Glossary (once)
    for each text:
      corpus.metadata            text.yaml -> TextMeta
      text.source                uk.txt -> Source (decoded, cleaned, every change listed)
      text.segment               Source.text -> paragraphs -> sentences -> tokens
      language.analysis          word tokens -> Words (readings, ranked lemmas)
      align.pairing              en.txt x paragraphs -> study units
      glossary.match             Words x Glossary (+ the text's own) -> Glosses
      glossary.teacher_stress    a glossed word spelled as its headword: the entry's stress
      -> Text
    site.render                  every Text -> page HTML, and the index, in memory
    site writer                  all pages written atomically, only when nothing failed

A problem anywhere (glossary, text.yaml, alignment) is collected; if any was found the
whole command fails with the full list and nothing is written.

`build` does only what changed since the last build into the same folder: `site.cache`
keeps what each page was made from, `site.stale` says which texts to analyse again, which
to match again from their stored analysis, and which pages to keep; the per-text work runs
in a pool of processes when there are enough texts (`parallel`). The index is rendered from
every text's row (stored for kept texts) and, like every page, is written only when its
bytes changed. `--full` (full=True) ignores the stored state. The result is byte for byte
a full build's (tests/test_incremental.py).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TypeVar

from reader import collector, parallel
from reader.corpus import metadata
from reader.corpus.files import locate
from reader.errors import InputError, ProblemsFound, ReaderError
from reader.glossary import entries as glossary
from reader.model import Change, Corpus, Glossary, Problem, Text, TextFiles
from reader.site import cache, render, stale, words, writer
from reader.site.cache import Analysed, Manifest, Record
from reader.site.stale import Job

# The stages that need nltk and the pymorphy3 dictionary (align, segment, analysis, match)
# are imported where they run: a rebuild with nothing to redo never loads them.

T = TypeVar("T")
# Called once per text read, with its slug: how a command shows progress (`reader build`'s
# bar on a terminal) without the pipeline knowing how it is shown.
Progress = Callable[[str], None]


@dataclass(frozen=True, slots=True)
class BuildSummary:
    out: Path
    pages: int  # text pages in the site
    changed: tuple[Path, ...]  # text pages written because their bytes changed
    redone: tuple[str, ...]  # the texts analysed or matched again (slugs)
    warnings: tuple[Problem, ...]
    changes: tuple[tuple[Path, Change], ...]  # each uk.txt and what cleaning changed in it
    glossed_share: float  # words covered by a gloss (each word of a phrase counts)
    seconds: float


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
        analysed, own = _analyse(text_files, problems)
        if analysed is not None:
            texts.append(_text(text_files, analysed, _overlay(shared, own)))
        if progress is not None:
            progress(text_files.slug)
    errors = [p for p in problems if not p.warning]
    if errors:
        raise ProblemsFound(errors, str(files.root))
    return Corpus(files, shared, tuple(texts), tuple(problems))


def _analyse(files: TextFiles, problems: list[Problem]) -> tuple[Analysed | None, Glossary | None]:
    """A text's glossary-independent analysis and its own glossary; no analysis when the
    text has problems (added to `problems`, all of them)."""
    from reader.align import pairing as align
    from reader.language import analysis
    from reader.text import segment, source

    meta = _attempt(problems, metadata.load_meta, files.meta)
    own, own_ok = _own(files, problems)
    cleaned = _attempt(problems, source.read_source, files.uk, meta.debris if meta else ())
    if meta is None or cleaned is None or not own_ok:
        return None, own
    paragraphs = segment.segment(cleaned.text)
    words = analysis.analyse(paragraphs)
    aligned = _attempt(problems, align.align, paragraphs, files.en)
    if aligned is None:
        return None, own
    units, warnings = aligned
    problems.extend(warnings)
    return Analysed(meta, cleaned, paragraphs, words, units, tuple(warnings)), own


def _own(files: TextFiles, problems: list[Problem]) -> tuple[Glossary | None, bool]:
    """The text's own glossary.yaml, if it has one; False when it has problems."""
    if files.glossary is None:
        return None, True
    own = _attempt(problems, glossary.load_glossary, (files.glossary,))
    return own, own is not None


def _overlay(shared: Glossary, own: Glossary | None) -> Glossary:
    return glossary.overlay(shared, own) if own else shared


def _text(files: TextFiles, analysed: Analysed, glossary_: Glossary) -> Text:
    from reader.glossary import match, teacher_stress

    glosses = match.match(analysed.paragraphs, glossary_, analysed.words)
    return Text(
        slug=files.slug,
        meta=analysed.meta,
        source=analysed.source,
        paragraphs=analysed.paragraphs,
        words=teacher_stress.apply(analysed.words, glosses),
        units=analysed.units,
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


@dataclass(frozen=True, slots=True)
class Outcome:
    """A redone text: its problems, and unless they include errors its page and record."""

    slug: str
    problems: tuple[Problem, ...]
    notes: tuple[Problem, ...]  # about the cache (a damaged analysis file)
    page: bytes = b""  # UTF-8: half the memory of the str for Ukrainian text
    record: Record | None = None
    probes: tuple[str, ...] = ()
    stored: bytes = b""  # a new analysis to store ("" when the stored one was used)


def build(
    path: Path | None,
    out: Path,
    force: bool = False,
    full: bool = False,
    jobs: int = 0,
    progress: Progress | None = None,
) -> BuildSummary:
    """Build the pages of what changed in memory first, then write them; a failure writes
    nothing (not even the cache). `jobs` 0: the machine's cores. `progress` is told of each
    text as it is done (kept texts first)."""
    started = time.perf_counter()
    with collector.paused():
        files = locate(path)
        problems: list[Problem] = []
        shared = _attempt(problems, glossary.load_glossary, files.glossaries)
        notes: list[Problem] = []  # warnings about the cache
        previous = cache.EMPTY
        if shared is not None and not full:
            previous = _noted(notes, cache.load(out))
        shared = shared or glossary.load_glossary(())
        entries = stale.provided(shared, previous)
        changed = stale.changed_keys(previous, entries)
        probes: cache.Probes = {}
        if changed and previous.texts:
            probes = _noted(notes, cache.load_probes(out))
        todo, kept = stale.plan(files.texts, out, previous, changed, probes)
        done = None
        if progress is not None:
            for slug in kept:
                progress(slug)
            done = lambda outcome: progress(outcome.slug)  # noqa: E731
        workers = jobs or parallel.default_jobs()
        outcomes = parallel.run(_redo, todo, workers, _setup, (shared,), _preload, done)
        for outcome in outcomes:
            problems.extend(outcome.problems)
            notes.extend(outcome.notes)
        errors = [p for p in problems if not p.warning]
        if errors:
            raise ProblemsFound(errors, str(files.root))
        redone = {o.slug: o for o in outcomes}
        records = {
            t.slug: kept[t.slug] if t.slug in kept else _record(redone[t.slug]) for t in files.texts
        }
        pages: dict[str, str | bytes] = {f"{s}.html": o.page for s, o in redone.items()}
        rows = tuple(r.row for r in records.values())
        pages["index.html"] = render.render_index_rows(
            rows, tuple(r.keys for r in records.values())
        )
    writer.check_site(out, pages, force)
    cache.check(out)
    written = writer.write_site(out, pages)
    for slug in redone:
        records[slug] = replace(records[slug], page=stale.page_state(out, slug))
    if redone or set(previous.texts) != set(records):
        if kept and not probes:
            probes = _noted(notes, cache.load_probes(out))
        probes = {slug: probes[slug] for slug in kept if slug in probes}
        probes.update((o.slug, (_record(o).files, o.probes)) for o in outcomes)
        stored = {o.slug: o.stored for o in outcomes if o.stored}
        cache.save(out, Manifest(cache.code_fingerprint(), records, entries), probes, stored)
    return _summary(files.texts, out, records, tuple(redone), written, notes, started)


def _noted(notes: list[Problem], loaded: tuple[T, Problem | None]) -> T:
    """What a cache read gave; its warning, if any, added to `notes`."""
    value, warning = loaded
    if warning is not None:
        notes.append(warning)
    return value


_SHARED: list[Glossary] = []  # the shared glossary, in each worker


def _setup(shared: Glossary) -> None:
    _SHARED[:] = [shared]


def _preload() -> None:
    """Load what every worker needs before they are forked, so they share it."""
    from reader.language import morph
    from reader.text import sentences

    morph.lemmas("мова")  # the first lookup loads the dictionary
    sentences.punkt()


def _redo(job: Job) -> Outcome:
    """Analyse (or take the stored analysis), match and render one text."""
    from reader.glossary import match

    files = job.files
    problems: list[Problem] = []
    notes: list[Problem] = []
    analysed, stored = None, b""
    if job.reuse:
        analysed, warning = cache.load_analysed(job.out, files.slug, job.fingerprint)
        notes.extend([warning] if warning else [])
    if analysed is not None:  # its warnings are in its record, as a new analysis's are
        own, ok = _own(files, problems)
    else:
        analysed, own = _analyse(files, problems)
        ok = analysed is not None
        if analysed is not None and job.fingerprint:
            stored = cache.dumps_analysed(job.fingerprint, analysed)
    if not ok or analysed is None:
        return Outcome(files.slug, tuple(problems), tuple(notes))
    text = _text(files, analysed, _overlay(_SHARED[0], own))
    record = Record(
        job.fingerprint,
        job.own,
        (-1, -1),
        render.index_row(text),
        words.text_keys(text),
        analysed.source.changes,
        analysed.warnings,
        analysed.source.warnings,
    )
    probes = tuple(sorted(match.probes(analysed.paragraphs, analysed.words)))
    return Outcome(
        files.slug,
        tuple(problems),
        tuple(notes),
        render.render_page(text).encode("utf-8"),
        record,
        probes,
        stored,
    )


def _record(outcome: Outcome) -> Record:
    assert outcome.record is not None  # an outcome without one had errors: the build stopped
    return outcome.record


def _summary(
    texts: tuple[TextFiles, ...],
    out: Path,
    records: dict[str, Record],
    redone: tuple[str, ...],
    written: tuple[Path, ...],
    notes: list[Problem],
    started: float,
) -> BuildSummary:
    """What the command prints: the cache's warnings, aligning's, then reading's; changes."""
    from reader.review import source_warning

    warnings = list(notes)
    warnings.extend(warning for files in texts for warning in records[files.slug].warnings)
    warnings.extend(
        source_warning(files.uk, note) for files in texts for note in records[files.slug].notes
    )
    stats = [record.row.stats for record in records.values()]
    words = sum(s.words for s in stats)
    glossed = sum(s.glossed_words for s in stats) / words if words else 0.0
    changes = tuple((files.uk, change) for files in texts for change in records[files.slug].changes)
    pages = tuple(page for page in written if page.name != "index.html")
    return BuildSummary(
        out,
        len(records),
        pages,
        tuple(redone),
        tuple(warnings),
        changes,
        glossed,
        time.perf_counter() - started,
    )


__all__ = ["BuildSummary", "Corpus", "ReaderError", "build", "read_corpus"]
