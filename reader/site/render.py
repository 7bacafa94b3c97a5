"""Pages as HTML strings (Jinja2, autoescaped, StrictUndefined); `writer` writes them.

The templates never slice text: `page_context` turns a `Text` into one typed object first
(the units as HTML: reader.site.units; the inlined CSS, JS and policy: reader.site.assets).
Vocabulary items are numbered in order of first use (`v1`, `v2`, ...). The browser script
reads an entry's details from its vocabulary item, so each entry is written once and the
list works without JavaScript.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from pathlib import Path

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

from reader.corpus.metadata import is_web_address
from reader.glossary.spelling import key
from reader.language import stress
from reader.model import Entry, Gloss, StressReading, Text
from reader.site import assets, compiled, units, words
from reader.site.assets import Assets
from reader.site.units import UnitView
from reader.text.source import opening_words

_environment = Environment(
    loader=PackageLoader("reader.site", "templates"),
    autoescape=select_autoescape(default=True, default_for_string=True),
    undefined=StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
    keep_trailing_newline=True,
    bytecode_cache=compiled.templates(Path(__file__)),  # this file sets the Environment up
)
_environment.filters["uk"] = units.uk
_environment.tests["web_address"] = is_web_address


@dataclass(frozen=True, slots=True)
class VocabItem:
    """An entry used in the text: numbered in order of first use, with its count and forms."""

    number: int
    entry: Entry
    count: int
    forms: tuple[str, ...]  # surface forms as first met, one per spelling key (no stress, case)

    @property
    def display(self) -> str:
        """The headword as shown: with the stress the teacher wrote, when it has one sense,
        else the dictionary's."""
        senses = self.entry.senses
        return stress.shown(self.entry.headword, senses[0].stress if len(senses) == 1 else "")


@dataclass(frozen=True, slots=True)
class Stats:
    words: int
    sentences: int
    glossed_words: int  # words inside a gloss (a phrase counts each of its words)

    @property
    def glossed_share(self) -> float:
        return self.glossed_words / self.words if self.words else 0.0


@dataclass(frozen=True, slots=True)
class PageContext:
    """Everything `page.html.j2` may use."""

    text: Text
    title: str
    heading: UnitView | None  # the headline as a unit, when the text starts with it
    parts: tuple[tuple[tuple[UnitView, ...], ...], ...]  # parts -> paragraphs -> units
    vocabulary: tuple[VocabItem, ...]
    grammars: tuple[str, ...]  # distinct grammar strings; a button's data-g indexes them
    stresses: tuple[tuple[StressReading, ...], ...]  # distinct stress readings; data-s
    words: Markup  # every word's readings, as JSON for the popover (reader.site.words)
    stats: Stats
    assets: Assets

    @property
    def all_glossed(self) -> bool:
        """Every word is glossed: the page highlights words by the learner's state instead."""
        return self.stats.words > 0 and self.stats.glossed_words == self.stats.words


@dataclass(frozen=True, slots=True)
class IndexRow:
    slug: str
    title: str
    title_en: str
    level: str
    has_translation: bool
    stats: Stats


@dataclass(frozen=True, slots=True)
class IndexContext:
    """Everything `index.html.j2` may use."""

    rows: tuple[IndexRow, ...]
    stats: Stats
    words: Markup  # each text's lemma keys with counts, as JSON (reader.site.words)
    assets: Assets


def render_page(text: Text) -> str:
    """The study page of one text, as a self-contained HTML document."""
    return _environment.get_template("page.html.j2").render(page=page_context(text))


def _reading_order(row: IndexRow) -> tuple[str, str]:
    """Easiest first: CEFR levels sort as written (A1 < A2 < B1 ...); texts with no level last."""
    return (row.level.upper() or "~", row.slug)


def render_index(texts: tuple[Text, ...]) -> str:
    """The site's index: every text with its level, size and share of glossed words."""
    rows = tuple(index_row(t) for t in texts)
    return render_index_rows(rows, tuple(words.text_keys(t) for t in texts))


def index_row(text: Text) -> IndexRow:
    """What the index shows of one text (kept by incremental builds for unchanged texts)."""
    return IndexRow(
        text.slug,
        title(text),
        text.meta.title_en,
        text.meta.level,
        text.has_translation,
        text_stats(text),
    )


def render_index_rows(rows: tuple[IndexRow, ...], keys: tuple[words.TextKeys, ...]) -> str:
    """The index from its rows, in reading order whatever order they come in, and each
    text's `words.text_keys` in the corpus's order."""
    rows = tuple(sorted(rows, key=_reading_order))
    total = Stats(
        sum(r.stats.words for r in rows),
        sum(r.stats.sentences for r in rows),
        sum(r.stats.glossed_words for r in rows),
    )
    context = IndexContext(
        rows,
        total,
        words.index_data_of(keys),
        assets.inlined(assets.INDEX_STYLES, assets.INDEX_SCRIPTS),
    )
    return _environment.get_template("index.html.j2").render(index=context)


def page_context(text: Text) -> PageContext:
    """Cut the text into units of HTML and collect its vocabulary, for the template."""
    vocabulary = vocabulary_of(text.glosses)
    numbers = {item.entry.id: item.number for item in vocabulary}
    distinct = tuple(dict.fromkeys(g.grammar for g in text.glosses if g.grammar))
    grammars = {grammar: n for n, grammar in enumerate(distinct)}
    glosses = text.glosses
    starts = [g.start for g in glosses]
    stresses = tuple(dict.fromkeys(w.stress_readings for w in text.words if w.stress_readings))
    stress_numbers = {readings: n for n, readings in enumerate(stresses)}
    table = words.PageWords(text, stress_numbers)
    spellings = units.Spellings.of(text.source.text, text.words, stress_numbers)

    def unit(number: int, start: int, end: int, translation: str) -> UnitView:
        table.add_unit(number, start, end)
        markup = units.unit_html(
            text.source.text, start, end, glosses, starts, numbers, grammars, spellings
        )
        return UnitView(number, markup, translation)

    studied = text.units
    heading = None
    first = text.headline
    if first is not None and studied:
        translation = " ".join(u.translation for u in studied[0] if u.translation)
        heading = unit(0, first.start, first.end, translation)
        studied = studied[1:]
    paragraphs = []
    sizes = []
    number = 0
    for paragraph in studied:
        views = []
        size = 0
        for study in paragraph:
            if not study.sentences:
                continue
            number += 1
            start, end = study.sentences[0].start, study.sentences[-1].end
            views.append(unit(number, start, end, study.translation))
            size += end - start + len(study.translation)
        paragraphs.append(tuple(views))
        sizes.append(size)
    return PageContext(
        text,
        title(text),
        heading,
        units.parts_of(paragraphs, sizes),
        vocabulary,
        distinct,
        stresses,
        table.json(),
        text_stats(text),
        assets.inlined(assets.PAGE_STYLES, assets.PAGE_SCRIPTS),
    )


def vocabulary_of(glosses: tuple[Gloss, ...]) -> tuple[VocabItem, ...]:
    """Every entry the glosses use, in order of first use, with counts and surface forms."""
    counts: dict[str, int] = {}
    forms: dict[str, dict[str, str]] = {}
    seen: set[tuple[str, str]] = set()  # (entry, surface form): `key` only once for each
    entries: dict[str, Entry] = {}
    for gloss in glosses:
        entry_id = gloss.entry.id
        entries.setdefault(entry_id, gloss.entry)
        counts[entry_id] = counts.get(entry_id, 0) + 1
        if (entry_id, gloss.text) not in seen:
            seen.add((entry_id, gloss.text))
            forms.setdefault(entry_id, {}).setdefault(key(gloss.text), gloss.text)
    return tuple(
        VocabItem(number, entries[i], counts[i], tuple(forms[i].values()))
        for number, i in enumerate(entries, start=1)
    )


def text_stats(text: Text) -> Stats:
    """Words, sentences and glossed words of a text (a word counts once, however glossed)."""
    words = [t for p in text.paragraphs for s in p.sentences for t in s.tokens if t.kind == "word"]
    spans = [(g.start, g.end) for g in text.glosses]
    starts = [s for s, _ in spans]
    glossed = 0
    for word in words:
        i = bisect_left(starts, word.start + 1) - 1
        if i >= 0 and spans[i][0] <= word.start and word.end <= spans[i][1]:
            glossed += 1
    sentences = sum(len(p.sentences) for p in text.paragraphs)
    return Stats(len(words), sentences, glossed)


def title(text: Text) -> str:
    """The page's title: the headline, else text.yaml's title_en, else the opening words."""
    return text.source.title or text.meta.title_en or opening_words(text.source.text) or text.slug
