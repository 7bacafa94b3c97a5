"""Pair the English of `en.txt` with the Ukrainian sentences: paragraphs, then sentences.

en.txt (read by `reader.align.translation`) is paragraph for paragraph; its first paragraph
translates the headline. Two steps:

1. Paragraphs pair one to one with the cleaned uk.txt. When the counts differ, the error
   quotes both paragraphs where the texts drift apart (`reader.align.drift` finds the place).
2. Inside a paragraph, English sentences (`reader.align.english`) pair with Ukrainian ones by
   Gale-Church (`reader.align.galechurch`): beads 1:1, 1:2, 2:1, 2:2, and 1:0 / 0:1 only as a last
   resort. A bead with no English (or no Ukrainian) is merged into the unit before it (the
   first one: after it), so no sentence is left without a translation; each such merge, and
   each unit whose lengths look wrong for a translation, is reported as a warning.

Worked example (paragraph 7 of the sample, freely translated; lengths in characters):

    uk  [A] Представники держав обговорять, чи можна буде покласти край ... (126)
        [B] США схиляються до того, щоб цей графік залежав від ситуації ... (151)
        [C] Проте в Іраку віддають перевагу встановленню конкретної дати, ... (121)
    en  [a] Officials from the two countries will discuss whether ... (107)
        [b] Washington wants the timetable to depend on conditions ... (163)
        [c] Baghdad, however, would rather set a firm date. (47)
        [d] That way the withdrawal of U.S. troops would not hinge on ... (87)

    beads  A:a 1:1   B:b 1:1   C:cd 1:2  ->  three Units; C's translation is "c d"
    (B:bc 1:2 then C:d 1:1 costs more: 151 -> 210 and 121 -> 87 are both far off 1.1)

A paragraph of en.txt written one sentence per line is the teacher's own pairing and is
taken as it stands (`reader.align.forms`). A paragraph of several sentence lines whose count
differs from the Ukrainian sentences' (say, after a change to uk.txt) is aligned
automatically, with a warning: the teacher's pairing is never dropped silently.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reader.align.anchors import Anchors, Run, compare, en_anchors, run, uk_anchors
from reader.align.doubts import doubtful, untranslated_runs
from reader.align.drift import check_paragraphs, quote_en
from reader.align.english import sentence_spans
from reader.align.forms import JOIN_LINE, is_wrapped, lines_pairing
from reader.align.galechurch import Bead, Columns, best_path, cost_table, diagonal_band
from reader.align.translation import EnParagraph, read_english
from reader.errors import ProblemsFound
from reader.model import Origin, Paragraph, Problem, Sentence, Unit
from reader.wording import count

# (Ukrainian sentences, English sentences): prior probability. 1:0 and 0:1 are rarer than in
# Gale and Church (0.0099) because a Ukrainian sentence without English is worse for a learner
# than a merged pair: they are taken only when no merge fits.
SENTENCE_BEADS: dict[Bead, float] = {
    (1, 1): 0.89,
    (1, 2): 0.089,
    (2, 1): 0.089,
    (2, 2): 0.011,
    (1, 0): 0.0005,
    (0, 1): 0.0005,
}

# Anchors (`reader.align.anchors`) decide between pairings lengths find equally good: a point per
# number, mark, Latin word or name on both sides, minus one per number, mark or Latin word
# on one side only. Beads with an empty side get none: their cost is the length's alone.
ANCHOR_BONUS = 1.0
ANCHOR_COST = 1.0

# Up to FULL_GRID pairs of sentences (200 x 200: far more than any real paragraph) every
# pairing is searched; beyond, only pairings within BAND sentences of the diagonal
# (`galechurch.diagonal_band`), so a paragraph of 3,000 sentences costs thousands of cells,
# not millions. Each step off the diagonal takes a 2:1, 1:2 or emptier bead (-log 0.089 = 2.4
# at least against 0.1 for 1:1): a path 10 off pays over 20 more than one that is not.
FULL_GRID = 40_000
BAND = 10


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
    english, changes = read_english(en_path)
    check_paragraphs(paragraphs, [p.text for p in english], [p.line for p in english], en_path)
    units: list[tuple[Unit, ...]] = []
    warnings = [
        Problem(Origin(en_path, c.line), f"{c.rule}: {c.before!r} -> {c.after!r}", warning=True)
        for c in changes
    ]
    doubtful: list[Problem] = []
    errors: list[Problem] = []
    for number, (paragraph, en) in enumerate(zip(paragraphs, english, strict=True), start=1):
        try:
            paired, doubts = align_paragraph(paragraph.sentences, en, en_path)
        except ProblemsFound as found:
            errors.extend(found.problems)
            continue
        units.append(paired)
        doubtful.extend(
            Problem(Origin(en_path, line), f"paragraph {number}: {message}", warning=True)
            for line, message in doubts
        )
    if errors:
        raise ProblemsFound(errors, str(en_path))
    if doubtful:
        hint = f"review with `reader align --side-by-side {en_path.parent}`"
        doubtful = [Problem(w.origin, f"{w.message}; {hint}", warning=True) for w in doubtful]
    return tuple(units), (*warnings, *doubtful)


def align_paragraph(
    sentences: Sequence[Sentence], english: EnParagraph, en_path: Path
) -> tuple[tuple[Unit, ...], tuple[tuple[int, str], ...]]:
    """Units of one paragraph and its doubts as (en.txt line, message)."""
    if not sentences:
        return (), ()
    override = lines_pairing(sentences, english, en_path)
    if override is not None:
        return override, ()
    doubts: list[tuple[int, str]] = []
    if len(english.lines) > 1 and not is_wrapped(english.lines):
        doubts.append(
            (
                english.line,
                f"{len(english.lines)} lines for {count(len(sentences), 'Ukrainian sentence')}, "
                "so the lines were paired "
                "automatically; to pair them yourself, give every Ukrainian sentence its line "
                f"(`{JOIN_LINE}` to share the line above)",
            )
        )
    text = "\n".join(line.text for line in english.lines)
    spans = sentence_spans(text)
    en_texts = [text[start:end].replace("\n", " ") for start, end in spans]
    en_lines = [english.lines[text.count("\n", 0, start)].number for start, _ in spans]
    # Each run of one or two sentences is measured once, not once per pairing it is tried in.
    uk_runs = _runs([len(s.text) for s in sentences], [uk_anchors([s.text]) for s in sentences])
    en_runs = _runs([len(t) for t in en_texts], [en_anchors(t) for t in en_texts])

    n, m = len(sentences), len(en_texts)
    columns = diagonal_band(n, m, BAND) if (n + 1) * (m + 1) > FULL_GRID else None
    costs = {
        (di, dj): _bead_costs(uk_runs[di], en_runs[dj], prior, bool(di and dj), columns)
        for (di, dj), prior in SENTENCE_BEADS.items()
    }
    path = best_path(n, m, costs, columns)
    groups, merges = _merge_empty(_groups(path), sentences, en_texts, en_lines)
    doubts.extend(merges)
    units = []
    for group in groups:
        unit = Unit(tuple(sentences[i] for i in group.uk), " ".join(en_texts[j] for j in group.en))
        units.append(unit)
        doubt = doubtful(unit)
        if doubt:
            doubts.append((en_lines[group.en[0]], doubt))
    return tuple(units), tuple(sorted(doubts))


def _runs(lengths: Sequence[int], anchors: Sequence[Anchors]) -> list[list[tuple[int, Run]]]:
    """`runs[size][i]`: (characters, anchors) of the `size` sentences from i, for every bead
    size up to the largest in SENTENCE_BEADS (size 0: no characters, no anchors)."""
    largest = max(max(bead) for bead in SENTENCE_BEADS)
    return [[(0, run(()))] * (len(lengths) + 1)] + [
        [
            (sum(lengths[i : i + size]), run(anchors[i : i + size]))
            for i in range(len(lengths) - size + 1)
        ]
        for size in range(1, largest + 1)
    ]


def _bead_costs(
    uk_runs: Sequence[tuple[int, Run]],
    en_runs: Sequence[tuple[int, Run]],
    prior: float,
    anchored: bool,
    columns: Columns | None,
) -> list[list[float]]:
    """`costs[i][j - first]`: one bead's cost from (i, j), for the j of row i's `columns`
    (`galechurch.cost_table`): its lengths' cost, less the anchors both runs share, plus those
    found on one side only (beads with an empty side: lengths only)."""
    table = cost_table(
        [chars for chars, _ in uk_runs], [chars for chars, _ in en_runs], prior, columns
    )
    if not anchored:  # a bead with an empty side: no anchors to compare
        return table
    # what `compare` gives a bare Ukrainian run (most of them), per English run
    bare = [ANCHOR_COST * (en_run.number_count + en_run.mark_count) for _, en_run in en_runs]
    for i, ((_, uk_run), row) in enumerate(zip(uk_runs, table, strict=True)):
        first = 0 if columns is None else columns[i][0]
        if uk_run.bare:
            for k, unmatched in enumerate(bare[first : first + len(row)]):
                row[k] += unmatched
            continue
        for k, (_, en_run) in enumerate(en_runs[first : first + len(row)]):
            matched, unmatched = compare(uk_run, en_run)
            row[k] = row[k] - ANCHOR_BONUS * matched + ANCHOR_COST * unmatched
    return table


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
    """Merge 1:0 and 0:1 beads into the unit before (or, first in line, after) them.

    Groups grow as lists, extended in place: a paragraph of 3,000 sentences and one line of
    English is 2,999 merges into one unit, and copying it at each would be quadratic. Those
    2,999 sentences are one warning, not 2,999 (`doubts.untranslated_runs`).
    """
    doubts: list[tuple[int, str]] = []
    untranslated: list[tuple[int, int, str]] = []  # (en.txt line, sentence index, where)
    merged: list[tuple[list[int], list[int]]] = []
    pending: tuple[list[int], list[int]] = ([], [])  # leading empty beads, for the first full one
    for group in groups:
        if group.uk and group.en:
            merged.append((pending[0] + list(group.uk), pending[1] + list(group.en)))
            pending = ([], [])
            continue
        where = "the sentence before" if merged else "the sentence after"
        if group.uk:
            line = en_lines[merged[-1][1][-1]] if merged else en_lines[0]
            untranslated.extend((line, i, where) for i in group.uk)
        else:
            doubts.append(
                (
                    en_lines[group.en[0]],
                    f"{quote_en(en_texts[group.en[0]])} translates no Ukrainian sentence; "
                    f"it was added to the English of {where}",
                )
            )
        uk, en = merged[-1] if merged else pending
        uk.extend(group.uk)
        en.extend(group.en)
    if pending[0] or pending[1]:  # nothing but empty beads: only when one side has no sentences
        merged.append(pending)
    doubts.extend(untranslated_runs(untranslated, sentences))
    return [_Group(tuple(uk), tuple(en)) for uk, en in merged], doubts
