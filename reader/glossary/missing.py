"""`reader missing`: the words no glossary entry covers, as YAML stubs ready to fill.

Every Cyrillic word token that no gloss covers is read as its most probable lemma
(`morph.lemmas`) and counted under it; a lemma that has an entry is left out (it was
glossed through some form, or sits under a longer phrase). Numbers and Latin words are not
words to gloss. Most frequent first, ties in order of first use:

    # 2 of 143 words with no glossary entry in corpus, most frequent first.
    # ...
    переговори:   # 3x — «...підтвердилопочаток переговорів щодо виведення...»
    Остін:        # 2x — «...оприлюднив глава Пентагону Ллойд Остін.»

Each stub is a key with an empty value: valid YAML that `reader check` reports as an empty
translation until the teacher writes one, so a pasted stub can never reach a page blank or
with a placeholder text. A lemma keeps the case the text always gives it (`Остін`, `ЗМІ`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from reader.glossary.spelling import key
from reader.language import morph
from reader.model import Glossary, Sentence, Text, Token
from reader.wording import count

CONTEXT_CHARS = 30  # of the example sentence, either side of the word


@dataclass(frozen=True, slots=True)
class Missing:
    """A lemma with no entry: how often its forms occur, and the first occurrence in context."""

    headword: str  # the lemma as a teacher would write it
    count: int
    example: str  # «...the sentence around the first occurrence...»


@dataclass(frozen=True, slots=True)
class _Seen:
    """One unglossed occurrence."""

    lemma: str
    token: Token
    sentence: Sentence
    first_in_sentence: bool


def find_missing(texts: Sequence[Text], glossary: Glossary) -> tuple[Missing, ...]:
    """Unglossed lemmas over all texts, most frequent first."""
    known = set(glossary.by_key) | {f for e in glossary.entries for f in e.forms}
    known |= {g.entry.key for t in texts for g in t.glosses}
    groups: dict[str, list[_Seen]] = {}
    for seen in _unglossed(texts):
        if seen.lemma in known or key(seen.token.text) in known:
            continue
        groups.setdefault(seen.lemma, []).append(seen)
    ranked = sorted(groups.values(), key=len, reverse=True)  # stable: first use breaks ties
    return tuple(Missing(_headword(group), len(group), _example(group[0])) for group in ranked)


def to_yaml(items: Sequence[Missing], where: str, limit: int | None = None) -> str:
    """The stubs (the `limit` most frequent) as YAML, under a header saying what to do."""
    if not items:
        return f"# Every word in {where} has a glossary entry.\n"
    shown = items[:limit] if limit is not None else items
    counted = count(len(items), "word")
    if len(shown) != len(items):
        counted = f"{len(shown)} of {counted}"
    lines = [
        f"# {counted} with no glossary entry in {where}, most frequent first.",
        "# Paste the ones worth a note into a glossary file and write each translation;",
        "# `reader check` reports any entry still left empty.",
    ]
    width = max((len(item.headword) for item in shown), default=0) + 2
    for item in shown:
        label = f"{item.headword}:".ljust(width)
        lines.append(f"{label} # {item.count}x — {item.example}")
    return "\n".join(lines) + "\n"


def _unglossed(texts: Iterable[Text]) -> Iterable[_Seen]:
    """Every Cyrillic word token no gloss overlaps, with its most probable lemma."""
    for text in texts:
        covered = [(g.start, g.end) for g in text.glosses]
        spans = iter(covered)
        span = next(spans, None)
        for paragraph in text.paragraphs:
            for sentence in paragraph.sentences:
                words = [t for t in sentence.tokens if t.is_word and _cyrillic(t.text)]
                for token in words:
                    while span is not None and span[1] <= token.start:
                        span = next(spans, None)
                    if span is not None and span[0] < token.end:
                        continue  # glossed, wholly or in part (`проксі-[сил]`)
                    candidates = morph.lemmas(token.text)
                    lemma = candidates[0] if candidates else key(token.text)
                    yield _Seen(lemma, token, sentence, token is words[0])


def _cyrillic(text: str) -> bool:
    return any("\u0400" <= c <= "\u04ff" for c in text)


def _headword(group: list[_Seen]) -> str:
    """The lemma, capitalised (or all capitals) when the text always writes it so."""
    forms = [seen.token.text for seen in group]
    if all(len(f) > 1 and f.isupper() for f in forms):
        return group[0].lemma.upper()
    inside = [seen.token.text for seen in group if not seen.first_in_sentence]
    if inside and all(f[:1].isupper() for f in forms):
        return group[0].lemma[:1].upper() + group[0].lemma[1:]
    return group[0].lemma


def _example(seen: _Seen) -> str:
    """The sentence around the word, cut at word boundaries, on one line."""
    sentence = seen.sentence
    start = seen.token.start - sentence.start
    end = seen.token.end - sentence.start
    left = sentence.text[:start]
    right = sentence.text[end:]
    if len(left) > CONTEXT_CHARS:
        cut = left[-CONTEXT_CHARS:]
        left = "..." + cut[cut.find(" ") + 1 :] if " " in cut else "..." + cut
    if len(right) > CONTEXT_CHARS:
        cut = right[:CONTEXT_CHARS]
        right = (cut[: cut.rfind(" ")] if " " in cut else cut) + "..."
    return "«" + " ".join((left + seen.token.text + right).split()) + "»"
