"""`reader missing`: what no glossary entry covers, as YAML stubs with only `en:` left to write.

Fixed phrases come first in the reading: the shipped list of common expressions
(`phrases.txt`: під час, на жаль, у тому числі, брати участь, ...) is matched by the
glossary's own phrase matcher (`match.match`), so an inflecting phrase is found in any form
(`беруть участь`); its words are then not offered one by one. Every other Cyrillic word
token that no gloss covers is read as its most probable lemma in its sentence
(`Word.lemmas`) and counted under it; a lemma or phrase that has an entry is left out.
Numbers and Latin words are not words to gloss. Most frequent first, ties in order of first
use, in groups:

    # 4 of 143 words and phrases with no glossary entry in corpus, most frequent first.
    # ...
    # words
    переговори:  # 3x — «...підтвердило початок переговорів щодо виведення...»
      en:        # dictionary: negotiations; talks
      pos: noun
    # phrases
    під час:     # 2x — «Під час брифінгу речник нагадав...»
      en:
      pos: phrase
    # names
    Остін:       # 2x — «...оприлюднив глава Пентагону Ллойд Остін.»
    ...
    # abbreviations
    ЗМІ:         # 1x — «...повідомили ЗМІ.»

A lemma keeps the case the text always gives it (`Остін`, `ЗМІ`, `Кам'янець-Подільський`);
one the text always capitalises is a name, one always in capitals an abbreviation, except an
adjective the dictionary knows only as a common one: its capital opens a name (`Київська
область`, `Верховна Рада`), and the stub is the adjective, `київський`, among the words.
`en:` is left empty, so a pasted stub fails `reader check` until the teacher writes the
translation: a dictionary's suggestions (`--dictionary`) are only a comment.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from reader.glossary import match
from reader.glossary.spelling import key
from reader.language import morph, stress
from reader.model import Entry, Gloss, Glossary, Origin, Sense, Sentence, Text

CONTEXT_CHARS = 30  # of the example sentence, either side of the word
# After these a capital says nothing about the word: a quotation, a dialogue line or a
# clause after a colon starts with one (`— Добрий вечір.`, `написав: «Їду нічним»`).
OPENERS = frozenset({"«", '"', "„", "“", "—", "–", "-", ":", "("})
PHRASES = Path(__file__).with_name("phrases.txt")
# The groups, in the order they are printed; `--only names` shows names and abbreviations.
KINDS = ("word", "phrase", "name", "abbreviation")
HEADINGS = {"word": "words", "phrase": "phrases", "name": "names", "abbreviation": "abbreviations"}
NOUNS = {
    "all": ("word or phrase", "words and phrases"),
    "words": ("word", "words"),
    "phrases": ("phrase", "phrases"),
    "names": ("name", "names"),
}
ONLY = {"words": ("word",), "phrases": ("phrase",), "names": ("name", "abbreviation")}


@dataclass(frozen=True, slots=True)
class Missing:
    """A lemma or phrase with no entry: how often it occurs, and its first use in context."""

    headword: str  # the lemma as a teacher would write it
    count: int
    example: str  # «...the sentence around the first occurrence...»
    kind: str = "word"  # one of KINDS
    pos: str = ""
    stress: str = ""
    dictionary: tuple[str, ...] = ()  # candidate translations, shown as a comment


@dataclass(frozen=True, slots=True)
class _Seen:
    """One unglossed occurrence: a word token, or a phrase's tokens."""

    lemma: str  # the key it is counted under
    text: str  # as written
    start: int
    end: int
    sentence: Sentence
    first_in_sentence: bool
    pos: str


def stress_of(headword: str) -> str:
    """The headword with its stress mark from the stress dictionary, or "" when it is one
    syllable, unknown, or has several stresses the teacher must choose between (`замок`; of
    two the dictionary gives as both right, the one the page shows: `держа́ва`)."""
    stressed = stress.of_headword(headword)
    return stressed if stressed and stressed != headword else ""


def find_missing(texts: Sequence[Text], glossary: Glossary) -> tuple[Missing, ...]:
    """Unglossed phrases and lemmas over all texts, most frequent first."""
    known = set(glossary.by_key) | {f for e in glossary.entries for f in e.forms}
    known |= {g.entry.key for t in texts for g in t.glosses}
    groups: dict[str, list[_Seen]] = {}
    for text in texts:
        for seen in _unglossed(text, known):
            groups.setdefault(seen.lemma, []).append(seen)
    ranked = sorted(groups.values(), key=len, reverse=True)  # stable: first use breaks ties
    return tuple(_missing(group) for group in ranked)


def with_dictionary(
    items: Iterable[Missing], lookup: Mapping[str, tuple[str, ...]]
) -> list[Missing]:
    """The stubs with the dictionary's translations of each headword (by its key)."""
    return [replace(item, dictionary=lookup.get(key(item.headword), ())) for item in items]


def to_yaml(
    items: Sequence[Missing], where: str, limit: int | None = None, only: str | None = None
) -> str:
    """The stubs (the `limit` most frequent, of the `only` group) as YAML, grouped by kind."""
    if only is not None:
        items = [item for item in items if item.kind in ONLY[only]]
    if not items and only:
        return f"# No {only} without a glossary entry in {where}.\n"
    if not items:
        return f"# Every word in {where} has a glossary entry.\n"
    shown = items[:limit] if limit is not None else items
    noun = NOUNS[only or "all"][len(items) != 1]
    counted = (
        f"{len(items)} {noun}"
        if len(shown) == len(items)
        else f"{len(shown)} of {len(items)} {noun}"
    )
    lines = [
        f"# {counted} with no glossary entry in {where}, most frequent first.",
        "# Paste the ones worth a note into a glossary file and write each translation;",
        "# `reader check` reports any entry still left empty.",
    ]
    width = max((len(item.headword) for item in shown), default=0) + 2
    for kind in KINDS:
        group = [item for item in shown if item.kind == kind]
        if group:
            lines.append(f"# {HEADINGS[kind]}")
        lines += [line for item in group for line in _stub(item, width)]
    return "\n".join(lines) + "\n"


def _stub(item: Missing, width: int) -> list[str]:
    """`headword:  # 3x — «...»`, then `en:` to fill and the fields the dictionaries gave."""
    label = f"{_yaml_key(item.headword)}:".ljust(width)
    lines = [f"{label} # {item.count}x — {item.example}"]
    hint = f"  # dictionary: {'; '.join(item.dictionary)}" if item.dictionary else ""
    lines.append(f"  en:{hint}")
    if item.stress:
        lines.append(f"  stress: {item.stress}")
    if item.pos:
        lines.append(f"  pos: {item.pos}")
    return lines


def _yaml_key(headword: str) -> str:
    """Headwords are Cyrillic words, spaces, hyphens and apostrophes: plain YAML, except `'`
    at the start."""
    return f'"{headword}"' if headword[:1] in "'\"" else headword


def _missing(group: list[_Seen]) -> Missing:
    headword = _headword(group)
    first = group[0]
    if first.pos == "phrase":
        kind = "phrase"
    elif len(headword) > 1 and headword.isupper():
        kind = "abbreviation"
    elif headword[:1].isupper() and _opens_a_name(first):
        headword, kind = first.lemma, "word"
    elif headword[:1].isupper():
        kind = "name"
    else:
        kind = "word"
    example = _example(first)
    return Missing(headword, len(group), example, kind, first.pos, stress_of(headword))


@functools.cache
def phrase_glossary() -> Glossary:
    """The shipped phrases as a glossary, for the matcher (built once)."""
    entries = []
    for number, line in enumerate(PHRASES.read_text(encoding="utf-8").splitlines(), 1):
        phrase = line.strip()
        if phrase and not phrase.startswith("#"):
            sense = Sense("", pos="phrase")
            entries.append(Entry(phrase, key(phrase), (sense,), (), Origin(PHRASES, number)))
    return Glossary(tuple(entries), {entry.key: entry for entry in entries})


def _phrases(text: Text, known: set[str]) -> list[Gloss]:
    """Shipped phrases in the text that the teacher's glossary does not cover."""
    taken = [(g.start, g.end) for g in text.glosses if g.entry.words > 1]
    return [
        hit
        for hit in match.match(text.paragraphs, phrase_glossary(), text.words)
        if hit.entry.key not in known and not any(s < hit.end and hit.start < e for s, e in taken)
    ]


def _unglossed(text: Text, known: set[str]) -> Iterable[_Seen]:
    """Every shipped phrase and Cyrillic word token no gloss covers, in text order."""
    phrases = iter(_phrases(text, known))
    phrase = next(phrases, None)
    covered = iter([(g.start, g.end) for g in text.glosses])
    words = {word.start: word for word in text.words}  # readings and lemmas in their sentence
    span = next(covered, None)
    for paragraph in text.paragraphs:
        for sentence in paragraph.sentences:
            after = None  # the token before, when it starts a quotation or a clause
            for token in sentence.tokens:
                first, after = after is None or after.text in OPENERS, token
                if not (token.is_word and _cyrillic(token.text)):
                    continue
                while phrase is not None and phrase.end <= token.start:
                    phrase = next(phrases, None)
                if phrase is not None and phrase.start <= token.start < phrase.end:
                    if phrase.start == token.start:
                        yield _Seen(
                            phrase.entry.key, phrase.text, phrase.start, phrase.end,
                            sentence, first, "phrase",
                        )  # fmt: skip
                    continue
                while span is not None and span[1] <= token.start:
                    span = next(covered, None)
                if span is not None and span[0] < token.end:
                    continue  # glossed, wholly or in part (`проксі-[сил]`)
                word = words.get(token.start)
                lemma = word.lemmas[0] if word and word.lemmas else key(token.text)
                pos = morph.part_of_speech(word.analyses if word else (), lemma)
                if key(token.text) in known or lemma in known:
                    continue
                yield _Seen(lemma, token.text, token.start, token.end, sentence, first, pos)


def _cyrillic(text: str) -> bool:
    return any("\u0400" <= c <= "\u04ff" for c in text)


def _opens_a_name(seen: _Seen) -> bool:
    """A capitalised adjective the dictionary knows only as a common one: its capital opens a
    name (`Київська область`, `Верховна Рада`, `Європейського інвестиційного банку`), so the
    word to learn is `київський`. An adjective that is also a surname (`Зеленський`) or a
    word the dictionary does not know stays a name."""
    readings = [a.pos for a in morph.analyse(seen.text) if a.lemma == seen.lemma]
    return "adjective" in readings and "proper noun" not in readings


def _headword(group: list[_Seen]) -> str:
    """The lemma, capitalised (or all capitals) when the text always writes it so, each part
    of a hyphenated name as the text has it (`Кам'янець-Подільський`); a phrase as the list
    has it."""
    if group[0].pos == "phrase":
        return phrase_glossary().by_key[group[0].lemma].headword
    forms = [seen.text for seen in group]
    if all(len(f) > 1 and f.isupper() for f in forms):
        return group[0].lemma.upper()
    inside = [seen.text for seen in group if not seen.first_in_sentence]
    if not (inside and all(f[:1].isupper() for f in forms)):
        return group[0].lemma
    lemma = group[0].lemma
    parts = lemma.split("-")
    if any(f.count("-") != len(parts) - 1 for f in forms):
        return lemma[:1].upper() + lemma[1:]
    return "-".join(
        part[:1].upper() + part[1:] if all(f.split("-")[i][:1].isupper() for f in forms) else part
        for i, part in enumerate(parts)
    )


def _example(seen: _Seen) -> str:
    """The sentence around the word or phrase, cut at word boundaries, on one line."""
    sentence = seen.sentence
    left = sentence.text[: seen.start - sentence.start]
    right = sentence.text[seen.end - sentence.start :]
    if len(left) > CONTEXT_CHARS:
        cut = left[-CONTEXT_CHARS:]
        left = "..." + cut[cut.find(" ") + 1 :] if " " in cut else "..." + cut
    if len(right) > CONTEXT_CHARS:
        cut = right[:CONTEXT_CHARS]
        right = (cut[: cut.rfind(" ")] if " " in cut else cut) + "..."
    return "«" + " ".join((left + seen.text + right).split()) + "»"
