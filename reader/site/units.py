"""Study units as HTML, and paragraphs grouped into parts the browser paints lazily.

Each study unit is cut at the glosses' offsets, so a glossed word is a button and
everything between glosses is plain (escaped) text:

    source.text  "Відповідну заяву оприлюднив глава Пентагону."
    glosses      заяву (12:17, заява, accusative singular), Пентагону (34:43, Пентагон, genitive)
    HTML         Відповідну <button class="w" data-v="1" data-g="0">заяву</button> оприлюднив
                 глава <button class="w" data-v="2" data-g="1">Пентагону</button>.

`data-v` is the vocabulary item's number (order of first use) and `data-g` a number into the
page's list of distinct grammar strings, so a text of 20 000 glossed words does not repeat
"genitive singular or nominative plural" 20 000 times. Every word is shown with its stress
(`Spellings`: `Word.stressed`, each mark wrapped for the **Stress marks** switch); a glossed
word whose readings disagree on the stress gets `data-s`, a number into the page's list of
distinct stress readings (`війська`: ві́йська genitive singular, війська́ nominative plural).

A button is an atomic box, so the browser may break the line between it and a comma that
touches it, and the comma would start the next line. Punctuation attached to a glossed word
(no space between) is kept on its line: word and punctuation share a `nowrap` span.

    source.text  Ллойд «Остін», глава
    HTML         Ллойд <span class="nw">«<button class="w" …>Остін</button>»,</span> глава

Paragraphs are grouped into parts of about `PART_CHARACTERS` characters, and the browser lays
out and paints only the parts near the screen (`content-visibility: auto`). A part, not each
paragraph: every such box costs the browser work on every frame and on every hit test and
paint, and one box per paragraph made clicks on a 1 MB page slow (figures in
bench/README.md); a part is still small enough to lay out at once when it comes into view.
A part closes at the end of the paragraph that brings it to the budget:

    paragraph sizes   5 200, 9 100, 3 000, 14 000, 800, 600     (PART_CHARACTERS 16 000)
    parts             [5 200, 9 100, 3 000] [14 000, 800, 600]
"""

from __future__ import annotations

import html
from bisect import bisect_left
from dataclasses import dataclass

from markupsafe import Markup

from reader.model import Gloss, StressReading, Word

# A part (a run of whole paragraphs) closes once its Ukrainian and English text reaches this
# many characters: about ten screens of a desktop page, 30-40 paragraphs of news.
PART_CHARACTERS = 16_000


@dataclass(frozen=True, slots=True)
class UnitView:
    """One study unit on the page: its Ukrainian as HTML (glossed words as buttons), its English."""

    number: int
    html: Markup
    translation: str


def uk(text: str) -> Markup:
    """Escape Ukrainian element content, wrapping each stress mark so the switch can hide it."""
    return Markup(_uk_html(str(text)))


@dataclass(frozen=True, slots=True)
class Spellings:
    """How the page spells a text's words: each word the dictionary stresses, with its mark."""

    starts: list[int]  # of the words whose page spelling differs from the text, in order
    ends: list[int]
    texts: list[str]  # their spelling on the page
    readings: dict[int, int]  # word start -> number into the page's stress readings

    @classmethod
    def of(
        cls, source: str, words: tuple[Word, ...], numbers: dict[tuple[StressReading, ...], int]
    ) -> Spellings:
        marked = [w for w in words if w.stressed and w.end - w.start != len(w.stressed)]
        return cls(
            [w.start for w in marked],
            [w.end for w in marked],
            [w.stressed or "" for w in marked],
            {w.start: numbers[w.stress_readings] for w in words if w.stress_readings},
        )

    def html(self, source: str, start: int, end: int) -> str:
        """The text from start to end as element content, each word with its stress (the
        words spelled first, then escaped and marked up at once: one pass, not one a word)."""
        parts = []
        i = bisect_left(self.starts, start)
        while i < len(self.starts) and self.ends[i] <= end:
            parts += (source[start : self.starts[i]], self.texts[i])
            start = self.ends[i]
            i += 1
        parts.append(source[start:end])
        return _uk_html("".join(parts))

    def data(self, start: int) -> str:
        """The `data-s` attribute of a glossed word whose readings disagree on its stress."""
        number = self.readings.get(start)
        return "" if number is None else f' data-s="{number}"'


def unit_html(
    source: str,
    start: int,
    end: int,
    glosses: tuple[Gloss, ...],
    starts: list[int],
    numbers: dict[str, int],
    grammars: dict[str, int],
    spellings: Spellings,
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
        limit = min(glosses[i].start, end) if i < len(glosses) else end
        lead, trail = _attached(source, at, gloss.start, gloss.end, limit)
        if lead > at:
            parts.append(spellings.html(source, at, lead))
        grammar = f' data-g="{grammars[gloss.grammar]}"' if gloss.grammar else ""
        button = (
            f'<button class="w" data-v="{numbers[gloss.entry.id]}"{grammar}'
            f"{spellings.data(gloss.start)}>"
            f"{spellings.html(source, gloss.start, gloss.end)}</button>"
        )
        if lead == gloss.start and trail == gloss.end:
            parts.append(button)
        else:
            before, after = (
                _uk_html(source[lead : gloss.start]),
                _uk_html(source[gloss.end : trail]),
            )
            parts.append(f'<span class="nw">{before}{button}{after}</span>')
        at = trail
    if at < end:
        parts.append(spellings.html(source, at, end))
    return Markup("".join(parts))


def _attached(source: str, at: int, start: int, end: int, limit: int) -> tuple[int, int]:
    """Where the punctuation touching the word start:end begins (not before `at`) and ends
    (not after `limit`, the next word's start): « ( " before it, , . ; : ! ? … » ) " after."""
    lead, trail = start, end
    while lead > at and _is_punctuation(source[lead - 1]):
        lead -= 1
    while trail < limit and _is_punctuation(source[trail]):
        trail += 1
    return lead, trail


def _is_punctuation(character: str) -> bool:
    return not (character.isalnum() or character.isspace())


def _uk_html(text: str) -> str:
    """Element content (never an attribute): & < > escaped, quotes kept as typed, each stress
    mark wrapped in a `<r-s>` element so the page can hide them all with one class
    (`no-stress`). A custom element, not `<span class="acc">`: a page marks most of its words,
    and the shorter wrapper keeps the 1 MB bench page a megabyte smaller (bench/README.md)."""
    escaped = html.escape(text, quote=False)
    if "\u0301" in escaped:  # (str.replace: several times faster than a regex substitution)
        escaped = escaped.replace("\u0301", "<r-s>\u0301</r-s>")
    if "\u0300" in escaped:
        escaped = escaped.replace("\u0300", "<r-s>\u0300</r-s>")
    return escaped


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
