"""Tokens x glossary -> glosses: multi-word entries first (longest wins), then single words.

Worked example. Entries `у рамках`, `у рамках боротьби`, `боротьба проти` and `боротьба`,
over the sentence tokens A..E of `у рамках боротьби проти ІДІЛ`:

    A у   B рамках   C боротьби   D проти   E ІДІЛ

1. Phrases. Every phrase that matches somewhere is a candidate: `у рамках` (A-B),
   `у рамках боротьби` (A-C), `боротьба проти` (C-D: its first word `боротьба` is a
   nominative, so it inflects and `боротьби` fits). Longest first, then leftmost, each taken
   only if it overlaps none already taken: A-C wins; A-B and C-D overlap it and are dropped.
2. Single words fill the gaps: D `проти` and E `ІДІЛ` have no entry; `боротьба` would have
   matched C, but C is inside A-C. Result, in the notation of the tests:

       [у рамках боротьби]{у рамках боротьби} проти ІДІЛ

How a phrase word matches a token: a word the teacher wrote in a dictionary form
(nominative or infinitive: `Вища військова комісія`, `покласти край`) matches any form of
the same lemma (`Вищої військової комісії`, `поклали край`); a word in any other form, or
after a preposition of the phrase, is fixed and matches literally (`у рамках`; `на тлі`,
though `тлі` is also the nominative plural of `тля` "aphid"). Literal comparison folds the euphonic
pairs у/в, з/із/зі, і/й (`в рамках` is `у рамках`). A phrase never crosses punctuation or
a sentence boundary.

How a single word finds its entry, first hit wins:
1. an explicit form listed in an entry's `forms` (the teacher's word is final);
2. the word's candidate lemmas, most probable first (`morph.lemmas`): when several are
   headwords (`року`: `рок` and `рік`), the better-ranked parse decides;
3. the word itself as a headword (`можна`, which the dictionary only knows as `можний`);
4. a hyphenated word with no entry of its own (`проксі-сил`) glosses its last part (`сил`
   -> `сила`), which carries the inflection; words with an indefinite particle (`будь-який`,
   `хто-небудь`) or adverbs in `по-` (`по-перше`) are left whole, since their parts mean
   something else alone.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from reader import morph
from reader.model import Entry, Gloss, Glossary, Paragraph, Sentence, Token
from reader.spelling import key

# Euphonic alternation: the same preposition or conjunction in another spelling.
EUPHONY = {"в": "у", "із": "з", "зі": "з", "зо": "з", "й": "і"}
# Parts that make a hyphenated word a unit of its own (indefinite pronouns and adverbs).
# `по-перше`, `по-українськи`: adverbs whose `по` would leave a misleading `перший`.
HYPHEN_PARTICLES = frozenset({"будь", "небудь", "казна", "хтозна", "бозна", "то", "таки", "по"})


@dataclass(frozen=True, slots=True)
class _Word:
    """What matching needs to know about one surface form, computed once."""

    key: str
    literal: str  # key with euphonic variants folded
    lemmas: tuple[str, ...]  # ranked candidates


@dataclass(frozen=True, slots=True)
class _PhraseWord:
    literal: str
    lemmas: frozenset[str]  # empty: the word is fixed and must match literally

    def fits(self, word: _Word) -> bool:
        return word.literal == self.literal or not self.lemmas.isdisjoint(word.lemmas)


@dataclass(frozen=True, slots=True)
class _Phrase:
    entry: Entry
    words: tuple[_PhraseWord, ...]


@dataclass(frozen=True, slots=True)
class _Hit:
    entry: Entry
    start: int
    end: int
    lemma: str  # the lemma it matched through ("" for an explicit form)


@dataclass(frozen=True, slots=True)
class _Index:
    """The glossary arranged for lookup, with per-surface-form caches."""

    forms: dict[str, Entry]
    headwords: dict[str, Entry]
    phrases: dict[str, tuple[_Phrase, ...]]  # by the literal or a lemma of the first word
    words: dict[str, _Word] = field(default_factory=dict)
    singles: dict[str, tuple[Entry, str, int, int] | None] = field(default_factory=dict)
    grammar: dict[tuple[str, str], str] = field(default_factory=dict)


def match(paragraphs: tuple[Paragraph, ...], glossary: Glossary) -> tuple[Gloss, ...]:
    """Every glossed occurrence in the paragraphs, in text order, none overlapping."""
    index = _index(glossary)
    return tuple(
        gloss
        for paragraph in paragraphs
        for sentence in paragraph.sentences
        for gloss in _match_sentence(sentence, index)
    )


def _match_sentence(sentence: Sentence, index: _Index) -> list[Gloss]:
    tokens = sentence.tokens
    words = [_word(t.text, index) if t.kind != "punct" else None for t in tokens]
    taken = [False] * len(tokens)
    hits: list[tuple[int, _Hit]] = []
    for first, last, entry in _phrase_hits(words, index):
        if any(taken[first : last + 1]):
            continue
        taken[first : last + 1] = [True] * (last + 1 - first)
        hits.append((first, _Hit(entry, tokens[first].start, tokens[last].end, "")))
    for position, token in enumerate(tokens):
        if taken[position] or not token.is_word:
            continue
        hit = _single(token, index)
        if hit:
            hits.append((position, hit))
    hits.sort(key=lambda pair: pair[0])
    return [_gloss(sentence, hit, index) for _, hit in hits]


def _phrase_hits(words: list[_Word | None], index: _Index) -> list[tuple[int, int, Entry]]:
    """Every phrase matching somewhere, longest first, then leftmost."""
    found = []
    for start, word in enumerate(words):
        if word is None:
            continue
        candidates: dict[int, _Phrase] = {}
        for probe in (word.literal, *word.lemmas):
            for phrase in index.phrases.get(probe, ()):
                candidates[id(phrase)] = phrase
        for phrase in candidates.values():
            end = start + len(phrase.words)
            span = words[start:end]
            if len(span) == len(phrase.words) and all(
                w is not None and p.fits(w) for p, w in zip(phrase.words, span, strict=True)
            ):
                found.append((start, end - 1, phrase.entry))
    found.sort(key=lambda hit: (hit[0] - hit[1], hit[0]))
    return found


def _single(token: Token, index: _Index) -> _Hit | None:
    """The entry of one word token, through the steps in the module docstring."""
    cached = index.singles.get(token.text, False)
    if cached is False:
        cached = _resolve(token.text, index)
        index.singles[token.text] = cached
    if cached is None:
        return None
    entry, lemma, offset, length = cached
    start = token.start + offset
    return _Hit(entry, start, start + (length or len(token.text) - offset), lemma)


def _resolve(text: str, index: _Index) -> tuple[Entry, str, int, int] | None:
    """(entry, lemma, offset, length) for a surface form; length 0 means to the end."""
    word = _word(text, index)
    if word.key in index.forms:
        return index.forms[word.key], "", 0, 0
    for lemma in word.lemmas:
        if lemma in index.headwords:
            return index.headwords[lemma], lemma, 0, 0
    if word.key in index.headwords:
        return index.headwords[word.key], word.key, 0, 0
    parts = text.split("-")
    if len(parts) > 1 and parts[-1] and not HYPHEN_PARTICLES & {key(p) for p in parts}:
        offset = len(text) - len(parts[-1])
        found = _resolve(parts[-1], index)
        if found:
            return found[0], found[1], offset, 0
    return None


def _gloss(sentence: Sentence, hit: _Hit, index: _Index) -> Gloss:
    text = sentence.text[hit.start - sentence.start : hit.end - sentence.start]
    grammar = ""
    if hit.entry.words == 1:
        lemma = hit.lemma or hit.entry.key
        cache_key = (text, lemma)
        grammar = index.grammar.get(cache_key)
        if grammar is None:
            grammar = morph.describe(morph.analyse(text), lemma)
            index.grammar[cache_key] = grammar
    return Gloss(hit.entry, hit.start, hit.end, text, grammar)


def _word(text: str, index: _Index) -> _Word:
    word = index.words.get(text)
    if word is None:
        folded = key(text)
        word = _Word(folded, EUPHONY.get(folded, folded), morph.lemmas(text))
        index.words[text] = word
    return word


@lru_cache(maxsize=16)
def _index(glossary: Glossary) -> _Index:
    """The lookup tables of a glossary, built once per glossary."""
    forms: dict[str, Entry] = {}
    headwords: dict[str, Entry] = {}
    phrases: dict[str, list[_Phrase]] = {}
    for entry in glossary.entries:
        patterns = [entry.key] + [f for f in entry.forms if " " in f]
        forms.update((f, entry) for f in entry.forms if " " not in f)
        if entry.words == 1:
            headwords[entry.key] = entry
            patterns = patterns[1:]
        for pattern in patterns:
            phrase = _Phrase(entry, _phrase_words(pattern.split()))
            first = phrase.words[0]
            for probe in {first.literal, *first.lemmas}:
                phrases.setdefault(probe, []).append(phrase)
    return _Index(forms, headwords, {k: tuple(v) for k, v in phrases.items()})


def _phrase_words(texts: list[str]) -> tuple[_PhraseWord, ...]:
    """Phrase words: inflecting when in a dictionary form and not governed by a preposition."""
    words = []
    governed = False
    for text in texts:
        inflects = not governed and morph.in_dictionary_form(text)
        lemmas = frozenset(morph.lemmas(text)) if inflects else frozenset()
        words.append(_PhraseWord(EUPHONY.get(text, text), lemmas))
        governed = governed or any(a.pos == "preposition" for a in morph.analyse(text))
    return tuple(words)
