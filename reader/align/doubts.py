"""The warnings about a paragraph's automatic pairing: why a unit looks doubtful.

Two kinds, each worded for the teacher who will open `reader align --side-by-side`:

- lengths that look wrong for a translation (`doubtful`): the English of a unit is far
  longer or shorter than its Ukrainian, and unlikely so by Gale-Church's own measure;
- Ukrainian sentences left without English of their own (`untranslated_runs`), merged into
  a neighbour's unit: one warning per run of consecutive sentences, so a paragraph of 3,000
  sentences against one line of English says so in two warnings (the runs before and after
  the sentences the line was paired with), not 2,999.

    sentence 4 «Ще є місця?» has no English of its own; it shares the English of the
        sentence before
    sentences 2564 to 3000 (437, from «Це речення номер 2564.») have no English of their
        own; they share the English of the sentence before
"""

from __future__ import annotations

from collections.abc import Sequence

from reader.align.drift import quote_en, quote_uk
from reader.align.galechurch import EN_PER_UK, delta
from reader.model import Sentence, Unit

# A unit is doubtful when en/uk characters (over EN_PER_UK) fall outside DOUBT_RATIO and the
# mismatch is also unlikely by Gale-Church's measure (|delta| over DOUBT_DELTA, about 1 in 80
# for a true translation): "Ще є місця?" / "Are there any seats left?" is 2.1 times as long, but
# short sentences vary that much (delta 1.3); 60 vs 150 characters does not (delta 3.3).
DOUBT_RATIO = (0.5, 2.0)
DOUBT_DELTA = 2.5


def untranslated_runs(
    found: Sequence[tuple[int, int, str]], sentences: Sequence[Sentence]
) -> list[tuple[int, str]]:
    """One warning per run of consecutive sentences that share one unit's English:

    (en.txt line, sentence index, where) in, (en.txt line, message) out, runs joined when
    they share the line and the neighbour.
    """
    runs: list[list[int]] = []  # [line, first index, last index], `where` alongside
    wheres: list[str] = []
    for line, index, where in found:
        if runs and runs[-1][0] == line and runs[-1][2] == index - 1 and wheres[-1] == where:
            runs[-1][2] = index
        else:
            runs.append([line, index, index])
            wheres.append(where)
    doubts = []
    for (line, first, last), where in zip(runs, wheres, strict=True):
        quoted = quote_uk(sentences[first].text)
        if first == last:
            message = (
                f"sentence {first + 1} {quoted} has no English of its own; "
                f"it shares the English of {where}"
            )
        else:
            message = (
                f"sentences {first + 1} to {last + 1} ({last - first + 1}, from {quoted}) have "
                f"no English of their own; they share the English of {where}"
            )
        doubts.append((line, message))
    return doubts


def doubtful(unit: Unit) -> str:
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
