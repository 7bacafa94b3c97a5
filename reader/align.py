"""Pair the English of `en.txt` with the Ukrainian sentences: paragraphs, then sentences.

en.txt is paragraph for paragraph (a blank line between paragraphs); its first paragraph
translates the headline. Two steps:

1. Paragraphs pair one to one with the cleaned uk.txt. When the counts differ, a
   Gale-Church dynamic programme over paragraph lengths (plus a small cost per sentence of
   difference) finds the likeliest insertion, deletion or merge; the first bead that is not
   1:1 is where the texts drift apart, and the error quotes both paragraphs there.
2. Inside a paragraph, English sentences (see `reader.english`) pair with Ukrainian ones by
   Gale-Church: beads 1:1, 1:2, 2:1, 2:2, and 1:0 / 0:1 only as a last resort. A bead with
   no English (or no Ukrainian) is merged into the unit before it (the first one: after it),
   so no sentence is left without a translation; each merge is reported as a warning.

Worked example (paragraph 6 of the sample; lengths in characters):

    uk  [A] Представники держав обговорять, чи можна буде ... (113)
        [B] США схиляються до того, щоб цей графік ... (157)
        [C] Проте в Іраку віддають перевагу ... (124)
    en  [a] Officials will discuss whether ... and when this might happen. (100)
        [b] The U.S. prefers the timetable to depend on ... Iraqi security forces. (152)
        [c] Iraq, however, prefers ... (86)  [d] ... regardless of the situation. (46)

    beads: A:a 1:1, B:b 1:1, C:cd 1:2  ->  three Units; C's translation is "c d"

A teacher who disagrees writes the paragraph one sentence per line, as many lines as the
Ukrainian paragraph has sentences; those lines pair one to one, no guessing (no warnings
either: the teacher's word is final). A line holding only `+` means "this Ukrainian sentence
shares the English on the line above" (a 2:1 pair). `reader align TEXT` prints the current
pairing in exactly that form (`as_en_txt`), ready to be edited and saved as en.txt.

A line break counts as "one sentence per line" unless it falls inside a sentence (the line
has no final stop and the next starts in lower case): a paragraph hard-wrapped by an editor
is read as running text and aligned automatically.
"""

from __future__ import annotations

import itertools
import math
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from reader.english import sentence_spans
from reader.errors import ProblemsFound
from reader.model import Origin, Paragraph, Problem, Sentence, Unit

JOIN_LINE = "+"  # in the one-sentence-per-line form: "shares the English on the line above"

# Gale-Church parameters. EN_PER_UK is the expected ratio of English to Ukrainian characters
# (spaces included): 1.08, 1.09 and 1.18 on the three sample texts (bench/align.py prints
# them). VARIANCE is Gale and Church's 6.8 per character, kept as published.
EN_PER_UK = 1.1
VARIANCE = 6.8

# (Ukrainian sentences, English sentences): prior probability. 1:0 and 0:1 are rarer than in
# Gale and Church (0.0099) because a Ukrainian sentence without English is worse for a learner
# than a merged pair: they are taken only when no merge fits.
SENTENCE_BEADS = {
    (1, 1): 0.89,
    (1, 2): 0.089,
    (2, 1): 0.089,
    (2, 2): 0.011,
    (1, 0): 0.0005,
    (0, 1): 0.0005,
}
# Paragraphs: translators keep them one to one; anything else is a teacher's slip.
PARAGRAPH_BEADS = {
    (1, 1): 0.96,
    (1, 0): 0.01,
    (0, 1): 0.01,
    (2, 1): 0.01,
    (1, 2): 0.01,
}
SENTENCE_COUNT_COST = 1.0  # per sentence of difference between paired paragraphs

# A unit is doubtful when en/uk characters (over EN_PER_UK) fall outside DOUBT_RATIO and the
# mismatch is also unlikely by Gale-Church's measure (|delta| over DOUBT_DELTA, about 1 in 80
# for a true translation): "Ще є місця?" / "Are there any seats left?" is 2.1 times as long, but
# short sentences vary that much (delta 1.3); 60 vs 150 characters does not (delta 3.3).
DOUBT_RATIO = (0.5, 2.0)
DOUBT_DELTA = 2.5

OPENING_CHARS = 40  # how much of a paragraph or sentence a message quotes

# Characters the source stage also normalises: no-break spaces become spaces, zero-width ones go.
SPACES = {"\u00a0": " ", "\u202f": " ", "\u2007": " ", "\t": " "}
INVISIBLE = ("\u200b", "\u200c", "\u200d", "\u2060", "\ufeff")
SENTENCE_END = ".!?…"
CLOSERS = "\"'»”’)]"


@dataclass(frozen=True, slots=True)
class Line:
    number: int  # 1-based line of en.txt
    text: str


@dataclass(frozen=True, slots=True)
class EnParagraph:
    """One paragraph of en.txt: its non-blank lines."""

    lines: tuple[Line, ...]

    @property
    def line(self) -> int:
        return self.lines[0].number

    @property
    def text(self) -> str:
        return " ".join(line.text for line in self.lines)


@dataclass(frozen=True, slots=True)
class _Group:
    """Indices of Ukrainian and English sentences paired by one bead."""

    uk: tuple[int, ...]
    en: tuple[int, ...]


def align(
    paragraphs: tuple[Paragraph, ...], en_path: Path | None
) -> tuple[tuple[tuple[Unit, ...], ...], tuple[Problem, ...]]:
    """Units per paragraph and warnings about doubtful pairings; raise ProblemsFound on errors."""
    if en_path is None:
        return tuple(tuple(Unit((s,), "") for s in p.sentences) for p in paragraphs), ()
    english = read_translation(en_path)
    check_paragraphs(paragraphs, english, en_path)
    units: list[tuple[Unit, ...]] = []
    warnings: list[Problem] = []
    errors: list[Problem] = []
    for number, (paragraph, en) in enumerate(zip(paragraphs, english, strict=True), start=1):
        try:
            paired, doubts = align_paragraph(paragraph.sentences, en, en_path)
        except ProblemsFound as found:
            errors.extend(found.problems)
            continue
        units.append(paired)
        for line, message in doubts:
            warnings.append(
                Problem(Origin(en_path, line), f"paragraph {number}: {message}", warning=True)
            )
    if errors:
        raise ProblemsFound(errors, str(en_path))
    if warnings:
        hint = f"review with `reader align --side-by-side {en_path.parent}`"
        warnings = [Problem(w.origin, f"{w.message}; {hint}", warning=True) for w in warnings]
    return tuple(units), tuple(warnings)


# --- reading en.txt -----------------------------------------------------------------------


def read_translation(path: Path) -> tuple[EnParagraph, ...]:
    """en.txt's paragraphs: UTF-8 (BOM ok), NFC, any newline, no-break spaces as spaces."""
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise ProblemsFound(
            [
                Problem(
                    Origin(path, line),
                    f"not UTF-8 text (byte 0x{data[error.start]:02x}); "
                    "save en.txt as UTF-8 in your editor",
                )
            ],
            str(path),
        ) from None
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    for char, replacement in SPACES.items():
        text = text.replace(char, replacement)
    for char in INVISIBLE:
        text = text.replace(char, "")
    paragraphs: list[EnParagraph] = []
    current: list[Line] = []
    for number, raw in enumerate(text.split("\n"), start=1):
        cleaned = " ".join(raw.split())
        if cleaned:
            current.append(Line(number, cleaned))
        elif current:
            paragraphs.append(EnParagraph(tuple(current)))
            current = []
    if current:
        paragraphs.append(EnParagraph(tuple(current)))
    return tuple(paragraphs)


# --- paragraphs ---------------------------------------------------------------------------


def check_paragraphs(
    paragraphs: Sequence[Paragraph], english: Sequence[EnParagraph], en_path: Path
) -> None:
    """Raise ProblemsFound naming the first place where en.txt and uk.txt drift apart."""
    if len(paragraphs) == len(english):
        return
    counts = (
        f"uk.txt has {len(paragraphs)} paragraph{'s' if len(paragraphs) != 1 else ''}, "
        f"en.txt has {len(english)} — add or merge a paragraph so they pair one to one"
    )
    if not english:
        raise _problem(
            en_path,
            1,
            "en.txt has no text: write the English paragraph for paragraph, "
            f"a blank line between paragraphs; {counts}",
        )
    uk_lengths = [len(p.text) for p in paragraphs]
    en_lengths = [len(p.text) for p in english]
    uk_counts = [len(p.sentences) for p in paragraphs]
    en_counts = [len(sentence_spans(p.text)) for p in english]

    def cost(i: int, j: int, di: int, dj: int) -> float:
        length = _bead_cost(
            sum(uk_lengths[i : i + di]), sum(en_lengths[j : j + dj]), PARAGRAPH_BEADS[di, dj]
        )
        if di and dj:
            difference = abs(sum(uk_counts[i : i + di]) - sum(en_counts[j : j + dj]))
            length += SENTENCE_COUNT_COST * difference
        return length

    path = _best_path(len(paragraphs), len(english), tuple(PARAGRAPH_BEADS), cost)
    drift = next(index for index, bead in enumerate(path) if bead != (1, 1))
    uk_opening = _quote_uk(paragraphs[drift].text) if drift < len(paragraphs) else ""
    if drift == len(english):
        message = (
            f"en.txt ends after paragraph {drift}, but uk.txt goes on with paragraph "
            f"{drift + 1}: {uk_opening}; {counts}"
        )
        raise _problem(en_path, english[-1].lines[-1].number, message)
    en_opening = _quote_en(english[drift].text)
    if drift == len(paragraphs):
        message = (
            f"paragraph {drift + 1} of en.txt translates nothing: uk.txt ends after "
            f"paragraph {drift}: {en_opening}; {counts}"
        )
    else:
        message = (
            f"paragraph {drift + 1} of en.txt does not seem to translate paragraph {drift + 1} "
            f"of uk.txt: {uk_opening} vs {en_opening}; {counts}"
        )
    raise _problem(en_path, english[drift].line, message)


# --- sentences inside a paragraph ---------------------------------------------------------


def align_paragraph(
    sentences: Sequence[Sentence], english: EnParagraph, en_path: Path
) -> tuple[tuple[Unit, ...], tuple[tuple[int, str], ...]]:
    """Units of one paragraph and its doubts as (en.txt line, message)."""
    if not sentences:
        return (), ()
    override = _override(sentences, english, en_path)
    if override is not None:
        return override, ()
    text = "\n".join(line.text for line in english.lines)
    spans = sentence_spans(text)
    en_texts = [text[start:end].replace("\n", " ") for start, end in spans]
    en_lines = [english.lines[text.count("\n", 0, start)].number for start, _ in spans]
    uk_lengths = [len(s.text) for s in sentences]
    en_lengths = [len(t) for t in en_texts]

    def cost(i: int, j: int, di: int, dj: int) -> float:
        uk_chars, en_chars = sum(uk_lengths[i : i + di]), sum(en_lengths[j : j + dj])
        return _bead_cost(uk_chars, en_chars, SENTENCE_BEADS[di, dj])

    path = _best_path(len(sentences), len(en_texts), tuple(SENTENCE_BEADS), cost)
    groups, doubts = _merge_empty(_groups(path), sentences, en_texts, en_lines)
    units = []
    for group in groups:
        unit = Unit(tuple(sentences[i] for i in group.uk), " ".join(en_texts[j] for j in group.en))
        units.append(unit)
        doubt = _doubtful(unit)
        if doubt:
            doubts.append((en_lines[group.en[0]], doubt))
    return tuple(units), tuple(sorted(doubts))


def _override(
    sentences: Sequence[Sentence], english: EnParagraph, en_path: Path
) -> tuple[Unit, ...] | None:
    """The teacher's one-sentence-per-line pairing, or None when the paragraph is running text."""
    lines = english.lines
    joins = [line for line in lines if line.text == JOIN_LINE]
    if len(lines) != len(sentences) or len(lines) < 2 or _wrapped(lines):
        if joins:
            raise _problem(
                en_path,
                joins[0].number,
                f"a `{JOIN_LINE}` line belongs to the one-sentence-per-line form, but this "
                f"paragraph has {len(lines)} lines for {len(sentences)} Ukrainian sentences: "
                "give every Ukrainian sentence its line",
            )
        return None
    if lines[0].text == JOIN_LINE:
        raise _problem(
            en_path,
            lines[0].number,
            f"a `{JOIN_LINE}` line shares the English on the line above, but it opens its "
            "paragraph: put the English here",
        )
    units: list[Unit] = []
    for sentence, line in zip(sentences, lines, strict=True):
        if line.text == JOIN_LINE:
            last = units.pop()
            units.append(Unit((*last.sentences, sentence), last.translation))
        else:
            units.append(Unit((sentence,), line.text))
    return tuple(units)


def _wrapped(lines: Sequence[Line]) -> bool:
    """True when a line break falls inside a sentence: no final stop, next line in lower case."""
    return any(
        not before.text.rstrip(CLOSERS).endswith(tuple(SENTENCE_END)) and after.text[0].islower()
        for before, after in itertools.pairwise(lines)
    )


def _groups(path: Sequence[tuple[int, int]]) -> list[_Group]:
    """Turn bead sizes into index groups: [(1, 1), (2, 1)] -> [(0,), (0,)], [(1, 2), (1,)]."""
    groups, i, j = [], 0, 0
    for di, dj in path:
        groups.append(_Group(tuple(range(i, i + di)), tuple(range(j, j + dj))))
        i, j = i + di, j + dj
    return groups


def _merge_empty(
    groups: list[_Group],
    sentences: Sequence[Sentence],
    en_texts: Sequence[str],
    en_lines: Sequence[int],
) -> tuple[list[_Group], list[tuple[int, str]]]:
    """Merge 1:0 and 0:1 beads into the unit before (or, first in line, after) them."""
    doubts: list[tuple[int, str]] = []
    merged: list[_Group] = []
    pending: _Group | None = None  # a leading empty bead, waiting for the first full one
    for group in groups:
        if group.uk and group.en:
            if pending:
                group = _Group(pending.uk + group.uk, pending.en + group.en)
                pending = None
            merged.append(group)
            continue
        if group.uk:
            number = group.uk[0] + 1
            where = "the sentence before" if merged else "the sentence after"
            doubts.append(
                (
                    en_lines[merged[-1].en[-1]] if merged else en_lines[0],
                    f"sentence {number} {_quote_uk(sentences[group.uk[0]].text)} has no English "
                    f"of its own; it shares the English of {where}",
                )
            )
        else:
            where = "the sentence before" if merged else "the sentence after"
            doubts.append(
                (
                    en_lines[group.en[0]],
                    f"{_quote_en(en_texts[group.en[0]])} translates no Ukrainian sentence; "
                    f"it was added to the English of {where}",
                )
            )
        if merged:
            last = merged.pop()
            merged.append(_Group(last.uk + group.uk, last.en + group.en))
        elif pending:
            pending = _Group(pending.uk + group.uk, pending.en + group.en)
        else:
            pending = group
    if pending:  # nothing but empty beads: only when one side has no sentences at all
        merged.append(pending)
    return merged, doubts


def _doubtful(unit: Unit) -> str:
    """Why a unit's lengths look wrong for a translation, or "" when they look fine."""
    uk_chars = sum(len(s.text) for s in unit.sentences)
    en_chars = len(unit.translation)
    if not uk_chars or not en_chars:
        return ""
    ratio = en_chars / (uk_chars * EN_PER_UK)
    low, high = DOUBT_RATIO
    if low <= ratio <= high or _delta(uk_chars, en_chars) < DOUBT_DELTA:
        return ""
    size = (
        f"{ratio:.1f} times as long as" if ratio > high else f"{1 / ratio:.1f} times shorter than"
    )
    uk = " ".join(s.text for s in unit.sentences)
    return (
        f"the English is {size} the Ukrainian, a doubtful pairing: "
        f"{_quote_uk(uk)} vs {_quote_en(unit.translation)}"
    )


# --- Gale-Church ----------------------------------------------------------------------------


def _bead_cost(uk_chars: int, en_chars: int, prior: float) -> float:
    """Gale and Church's -log P(bead): length mismatch under a normal model, plus the prior."""
    if not uk_chars and not en_chars:
        return math.inf
    return -(math.log(2) + _log_normal_tail(_delta(uk_chars, en_chars)) + math.log(prior))


def _delta(uk_chars: int, en_chars: int) -> float:
    """How many standard deviations en_chars is from what uk_chars predicts."""
    mean = (uk_chars + en_chars / EN_PER_UK) / 2
    return abs(uk_chars * EN_PER_UK - en_chars) / math.sqrt(mean * VARIANCE)


def _log_normal_tail(x: float) -> float:
    """log P(Z > x) for a standard normal Z, without underflow for large x."""
    tail = 0.5 * math.erfc(x / math.sqrt(2))
    if tail > 1e-300:
        return math.log(tail)
    return -x * x / 2 - math.log(x * math.sqrt(2 * math.pi))


def _best_path(
    n: int,
    m: int,
    beads: Sequence[tuple[int, int]],
    cost: Callable[[int, int, int, int], float],
) -> list[tuple[int, int]]:
    """The cheapest sequence of beads covering n Ukrainian and m English items, in order."""
    best = [[math.inf] * (m + 1) for _ in range(n + 1)]
    back: list[list[tuple[int, int] | None]] = [[None] * (m + 1) for _ in range(n + 1)]
    best[0][0] = 0.0
    for i in range(n + 1):
        for j in range(m + 1):
            if best[i][j] == math.inf:
                continue
            for di, dj in beads:
                if i + di > n or j + dj > m:
                    continue
                total = best[i][j] + cost(i, j, di, dj)
                if total < best[i + di][j + dj]:
                    best[i + di][j + dj] = total
                    back[i + di][j + dj] = (di, dj)
    path: list[tuple[int, int]] = []
    i, j = n, m
    while i or j:
        step = back[i][j]
        assert step is not None  # 1:0 and 0:1 beads make every cell reachable
        path.append(step)
        i, j = i - step[0], j - step[1]
    return path[::-1]


# --- the one-sentence-per-line form and the review form ------------------------------------


def as_en_txt(units: Sequence[Sequence[Unit]]) -> str:
    """The pairing as en.txt in the one-sentence-per-line form (`+` for a shared English)."""
    paragraphs = []
    for paragraph in units:
        lines = []
        for unit in paragraph:
            lines.append(unit.translation)
            lines.extend(JOIN_LINE for _ in unit.sentences[1:])
        paragraphs.append("\n".join(lines))
    return "\n\n".join(paragraphs) + "\n"


def side_by_side(units: Sequence[Sequence[Unit]]) -> str:
    """The pairing for review: each unit's Ukrainian sentences, numbered, then its English."""
    blocks = []
    for p, paragraph in enumerate(units, start=1):
        rows = []
        number = 0
        for unit in paragraph:
            for sentence in unit.sentences:
                number += 1
                rows.append(f"{f'{p}.{number}':<6} uk  {sentence.text}")
            rows.append(f"{'':<6} en  {unit.translation}")
        blocks.append("\n".join(rows))
    return "\n\n".join(blocks) + "\n"


# --- messages -----------------------------------------------------------------------------


def _opening(text: str) -> str:
    """The first words of a text, cut at a word boundary, with `…` when cut."""
    if len(text) <= OPENING_CHARS:
        return text
    cut = text[:OPENING_CHARS].rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:—-") + "…"


def _quote_uk(text: str) -> str:
    return f"«{_opening(text)}»"


def _quote_en(text: str) -> str:
    return f'"{_opening(text)}"'


def _problem(path: Path, line: int, message: str) -> ProblemsFound:
    """One error about en.txt, ready to raise."""
    return ProblemsFound([Problem(Origin(path, line), message)], str(path))
