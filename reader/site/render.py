"""Pages as HTML strings (Jinja2, autoescaped, StrictUndefined); `writer` writes them.

The templates never slice text: `page_context` turns a `Text` into one typed object first.
Each study unit is cut at the glosses' offsets, so a glossed word is a button and
everything between glosses is plain (escaped) text:

    source.text  "Відповідну заяву оприлюднив глава Пентагону."
    glosses      заяву (12:17, заява, accusative singular), Пентагону (34:43, Пентагон, genitive)
    HTML         Відповідну <button class="w" data-v="1" data-g="0">заяву</button> оприлюднив
                 глава <button class="w" data-v="2" data-g="1">Пентагону</button>.

Vocabulary items are numbered in order of first use (`v1`, `v2`, ...) and the grammar of
each occurrence is a number into the page's list of distinct grammar strings (0: accusative
singular, 1: genitive singular). The browser script reads an entry's details from its
vocabulary item, so each entry is written once, the list works without JavaScript, and a
text of 20 000 glossed words does not repeat "genitive singular or nominative plural" 20 000
times.

Paragraphs are grouped into parts of about `PART_CHARACTERS` characters, and the browser lays
out and paints only the parts near the screen (`content-visibility: auto`). A part, not each
paragraph: every such box costs the browser work on every frame (an intersection check) and
on every hit test and paint (a paint layer of its own). With one box per paragraph, the 1 800
paragraphs of a 1 MB text made a click take ~64 ms to show its popover, with its ~55 parts
24-32 ms (bench/page.py); a part is still small enough to lay out at once when it comes into
view. A part closes at the end of the paragraph that brings it to the budget:

    paragraph sizes   5 200, 9 100, 3 000, 14 000, 800, 600     (PART_CHARACTERS 16 000)
    parts             [5 200, 9 100, 3 000] [14 000, 800, 600]

The page is one file with its CSS and JS inlined; its Content-Security-Policy allows exactly
those inline blocks by their SHA-256 hashes (`default-src 'none'`), computed here.
"""

from __future__ import annotations

import base64
import hashlib
import html
import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

from reader.corpus.metadata import is_web_address
from reader.glossary.spelling import key
from reader.model import Entry, Gloss, Text

# A part (a run of whole paragraphs) closes once its Ukrainian and English text reaches this
# many characters: about ten screens of a desktop page, 30-40 paragraphs of news.
PART_CHARACTERS = 16_000

# Stress marks are wrapped so the page can hide them with one class (`no-stress`).
_STRESS = re.compile("([\u0301\u0300])")

# The stylesheets and scripts each page inlines, in cascade order.
PAGE_STYLES = ("base.css", "page.css")
INDEX_STYLES = ("base.css", "index.css")
# `head.js` runs before the first paint (marks the page `js`, applies remembered choices);
# `page.js` runs at the end of the body, when every element it wires up exists.
HEAD_SCRIPT = "head.js"
PAGE_SCRIPT = "page.js"


def uk(text: str) -> Markup:
    """Escape Ukrainian element content, wrapping each stress mark so the switch can hide it."""
    return Markup(_uk_html(str(text)))


_environment = Environment(
    loader=PackageLoader("reader.site", "templates"),
    autoescape=select_autoescape(default=True, default_for_string=True),
    undefined=StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
    keep_trailing_newline=True,
)
_environment.filters["uk"] = uk
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
        """The headword as shown: with the stress the teacher wrote, when it has one sense."""
        senses = self.entry.senses
        if len(senses) == 1 and senses[0].stress:
            return senses[0].stress
        return self.entry.headword


@dataclass(frozen=True, slots=True)
class UnitView:
    """One study unit on the page: its Ukrainian as HTML (glossed words as buttons), its English."""

    number: int
    html: Markup
    translation: str


@dataclass(frozen=True, slots=True)
class Assets:
    """Inlined CSS and JS and the Content-Security-Policy that allows exactly them."""

    style: Markup
    scripts: tuple[Markup, ...]
    csp: Markup


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
    stats: Stats
    assets: Assets


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
    assets: Assets


def render_page(text: Text) -> str:
    """The study page of one text, as a self-contained HTML document."""
    return _environment.get_template("page.html.j2").render(page=page_context(text))


def _reading_order(row: IndexRow) -> tuple[str, str]:
    """Easiest first: CEFR levels sort as written (A1 < A2 < B1 ...); texts with no level last."""
    return (row.level.upper() or "~", row.slug)


def render_index(texts: tuple[Text, ...]) -> str:
    """The site's index: every text with its level, size and share of glossed words."""
    return render_index_rows(tuple(index_row(t) for t in texts))


def index_row(text: Text) -> IndexRow:
    """What the index shows of one text (kept by incremental builds for unchanged texts)."""
    return IndexRow(
        text.slug,
        _title(text),
        text.meta.title_en,
        text.meta.level,
        text.has_translation,
        text_stats(text),
    )


def render_index_rows(rows: tuple[IndexRow, ...]) -> str:
    """The index from its rows, in reading order whatever order they come in."""
    rows = tuple(sorted(rows, key=_reading_order))
    total = Stats(
        sum(r.stats.words for r in rows),
        sum(r.stats.sentences for r in rows),
        sum(r.stats.glossed_words for r in rows),
    )
    context = IndexContext(rows, total, _assets(INDEX_STYLES, ()))
    return _environment.get_template("index.html.j2").render(index=context)


def page_context(text: Text) -> PageContext:
    """Cut the text into units of HTML and collect its vocabulary, for the template."""
    vocabulary = vocabulary_of(text.glosses)
    numbers = {item.entry.id: item.number for item in vocabulary}
    distinct = tuple(dict.fromkeys(g.grammar for g in text.glosses if g.grammar))
    grammars = {grammar: n for n, grammar in enumerate(distinct)}
    glosses = text.glosses
    starts = [g.start for g in glosses]

    def unit(number: int, start: int, end: int, translation: str) -> UnitView:
        markup = _unit_html(text.source.text, start, end, glosses, starts, numbers, grammars)
        return UnitView(number, markup, translation)

    units = text.units
    heading = None
    first = text.paragraphs[0] if text.paragraphs else None
    if first is not None and units and text.source.title and first.text == text.source.title:
        translation = " ".join(u.translation for u in units[0] if u.translation)
        heading = unit(0, first.start, first.end, translation)
        units = units[1:]
    paragraphs = []
    sizes = []
    number = 0
    for paragraph in units:
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
        _title(text),
        heading,
        parts_of(paragraphs, sizes),
        vocabulary,
        distinct,
        text_stats(text),
        _assets(PAGE_STYLES, (HEAD_SCRIPT, PAGE_SCRIPT)),
    )


def parts_of(
    paragraphs: list[tuple[UnitView, ...]], sizes: list[int], budget: int = PART_CHARACTERS
) -> tuple[tuple[tuple[UnitView, ...], ...], ...]:
    """Consecutive paragraphs grouped into parts, each closed once it holds `budget` characters."""
    parts: list[tuple[tuple[UnitView, ...], ...]] = []
    part: list[tuple[UnitView, ...]] = []
    size = 0
    for paragraph, paragraph_size in zip(paragraphs, sizes, strict=True):
        part.append(paragraph)
        size += paragraph_size
        if size >= budget:
            parts.append(tuple(part))
            part, size = [], 0
    if part:
        parts.append(tuple(part))
    return tuple(parts)


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


def _title(text: Text) -> str:
    return text.source.title or text.meta.title_en or text.slug


def _unit_html(
    source: str,
    start: int,
    end: int,
    glosses: tuple[Gloss, ...],
    starts: list[int],
    numbers: dict[str, int],
    grammars: dict[str, int],
) -> Markup:
    """The text from start to end as HTML, each gloss wholly inside it a button.

    Built here rather than in the template: a long text has tens of thousands of words, and
    a Jinja loop per word is several times slower than this one.
    """
    parts = []
    at = start
    i = bisect_left(starts, start)
    while i < len(glosses) and glosses[i].start < end:
        gloss = glosses[i]
        i += 1
        if gloss.end > end or gloss.start < at:
            continue  # crosses the unit's end or overlaps the last gloss: leave it plain
        if gloss.start > at:
            parts.append(_uk_html(source[at : gloss.start]))
        grammar = f' data-g="{grammars[gloss.grammar]}"' if gloss.grammar else ""
        parts.append(
            f'<button class="w" data-v="{numbers[gloss.entry.id]}"{grammar}>'
            f"{_uk_html(source[gloss.start : gloss.end])}</button>"
        )
        at = gloss.end
    if at < end:
        parts.append(_uk_html(source[at:end]))
    return Markup("".join(parts))


def _uk_html(text: str) -> str:
    """Element content (never an attribute): & < > escaped, quotes kept as typed."""
    escaped = html.escape(text, quote=False)
    if "\u0301" in escaped or "\u0300" in escaped:
        return _STRESS.sub(r'<span class="acc">\1</span>', escaped)
    return escaped


@cache
def _asset(name: str) -> str:
    """A template-folder file's text (CSS or JS), read once."""
    assert _environment.loader is not None
    content, _, _ = _environment.loader.get_source(_environment, name)
    return content.strip() + "\n"


@cache
def _assets(styles: tuple[str, ...], scripts: tuple[str, ...]) -> Assets:
    """Join the stylesheets, load the scripts and hash each block for the CSP."""
    style = "".join(_asset(name) for name in styles)
    codes = tuple(_asset(name) for name in scripts)
    policy = [
        "default-src 'none'",
        f"style-src {_hash(style)}",
        f"script-src {' '.join(_hash(code) for code in codes)}" if codes else "",
        "base-uri 'none'",
        "form-action 'none'",
    ]
    return Assets(
        Markup(style),
        tuple(Markup(code) for code in codes),
        Markup("; ".join(part for part in policy if part)),  # quotes and base64: no markup
    )


def _hash(block: str) -> str:
    digest = hashlib.sha256(block.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"
