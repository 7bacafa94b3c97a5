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
from reader.align.drift import check_paragraphs, quote_en, quote_uk
from reader.align.english import sentence_spans
from reader.align.forms import JOIN_LINE, is_wrapped, lines_pairing
from reader.align.galechurch import EN_PER_UK, Bead, best_path, cost_table, delta
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

# A unit is doubtful when en/uk characters (over EN_PER_UK) fall outside DOUBT_RATIO and the
# mismatch is also unlikely by Gale-Church's measure (|delta| over DOUBT_DELTA, about 1 in 80
# for a true translation): "Ще є місця?" / "Are there any seats left?" is 2.1 times as long, but
# short sentences vary that much (delta 1.3); 60 vs 150 characters does not (delta 3.3).
DOUBT_RATIO = (0.5, 2.0)
DOUBT_DELTA = 2.5


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

    costs = {
        (di, dj): _bead_costs(uk_runs[di], en_runs[dj], prior, anchored=bool(di and dj))
        for (di, dj), prior in SENTENCE_BEADS.items()
    }
    path = best_path(len(sentences), len(en_texts), costs)
    groups, merges = _merge_empty(_groups(path), sentences, en_texts, en_lines)
    doubts.extend(merges)
    units = []
    for group in groups:
        unit = Unit(tuple(sentences[i] for i in group.uk), " ".join(en_texts[j] for j in group.en))
        units.append(unit)
        doubt = _doubtful(unit)
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
) -> list[list[float]]:
    """`costs[i][j]`: one bead's cost from (i, j): its lengths' cost, less the anchors both
    runs share, plus those found on one side only (beads with an empty side: lengths only)."""
    table = cost_table([chars for chars, _ in uk_runs], [chars for chars, _ in en_runs], prior)
    if not anchored:  # a bead with an empty side: no anchors to compare
        return table
    # what `compare` gives a bare Ukrainian run (most of them), per English run
    bare = [ANCHOR_COST * (en_run.number_count + en_run.mark_count) for _, en_run in en_runs]
    for (_, uk_run), row in zip(uk_runs, table, strict=True):
        if uk_run.bare:
            for j, unmatched in enumerate(bare):
                row[j] += unmatched
            continue
        for j, (_, en_run) in enumerate(en_runs):
            matched, unmatched = compare(uk_run, en_run)
            row[j] = row[j] - ANCHOR_BONUS * matched + ANCHOR_COST * unmatched
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
                    f"sentence {number} {quote_uk(sentences[group.uk[0]].text)} has no English "
                    f"of its own; it shares the English of {where}",
                )
            )
        else:
            where = "the sentence before" if merged else "the sentence after"
            doubts.append(
                (
                    en_lines[group.en[0]],
                    f"{quote_en(en_texts[group.en[0]])} translates no Ukrainian sentence; "
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
    if low <= ratio <= high or delta(uk_chars, en_chars) < DOUBT_DELTA:
        return ""
    size = (
        f"{ratio:.1f} times as long as" if ratio > high else f"{1 / ratio:.1f} times shorter than"
    )
    uk = " ".join(s.text for s in unit.sentences)
    return (
        f"the English is {size} the Ukrainian, a doubtful pairing: "
        f"{quote_uk(uk)} vs {quote_en(unit.translation)}"
    )
