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
though `тлі` is also a nominative plural, of `тля` "aphid"). Literal comparison folds the
euphonic pairs у/в, з/із/зі, і/й (`в рамках` is `у рамках`). A phrase never crosses
punctuation or a sentence boundary.

How a single word finds its entry, first hit wins:
1. an explicit form listed in an entry's `forms` (the teacher's word is final);
2. the word's candidate lemmas, most probable first (`morph.lemmas`): when several are
   headwords (`року`: `рок` and `рік`), the better-ranked parse decides. pymorphy3 scores
   every Ukrainian parse alike, so the ranking is morph's LEMMA_RULES with the dictionary's
   order as the last tie-break; a word read as a function word has only function-word
   lemmas (`серед` never opens `середа`);
3. the word itself as a headword (`можна`, which the dictionary only knows as `можний`);
4. a hyphenated word with no entry of its own (`проксі-сил`) glosses its last part (`сил`
   -> `сила`), which carries the inflection; words with an indefinite particle (`будь-який`,
   `хто-небудь`) or adverbs in `по-` (`по-перше`) are left whole, since their parts mean
   something else alone.

What a text can match, for incremental builds: every lookup above is by a key of a surface
form (its key, its euphonic literal, its lemmas, and the same for a hyphenated word's last
part): `probes(paragraphs)`. An entry can only be found through the keys it is filed under
(its headword key for one word, its single-word forms, a phrase's first-word literal and
lemmas): `provides(entry)`. So a text's glosses can change only when an entry added, removed
or edited provides a key the text probes; `у рамках` provides `у` and is probed by any text
with `у` or `в` in it, `військо` provides `військо` and is probed by `військ`, `війська`...
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from reader.glossary.spelling import key
from reader.language import analysis, morph
from reader.model import Entry, Gloss, Glossary, Paragraph, Sentence, Word

# Euphonic alternation: the same preposition or conjunction in another spelling.
EUPHONY = {"в": "у", "із": "з", "зі": "з", "зо": "з", "й": "і"}
# Parts that make a hyphenated word a unit of its own (indefinite pronouns and adverbs).
# `по-перше`, `по-українськи`: adverbs whose `по` would leave a misleading `перший`.
HYPHEN_PARTICLES = frozenset({"будь", "небудь", "казна", "хтозна", "бозна", "то", "таки", "по"})


# Glossaries whose lookup tables are kept: the shared one and a few per-text overlays.
INDEXES_KEPT = 16


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
class _Single:
    """How a surface form is glossed on its own: the entry, the part of it, the grammar."""

    entry: Entry
    offset: int  # where the glossed part starts inside the token (`проксі-[сил]`)
    lemma: str  # the lemma the grammar is read through
    grammar: str  # of the form alone; an occurrence's is read from its Word


@dataclass(frozen=True, slots=True)
class _Form:
    """Everything matching needs about one surface form, computed once per glossary."""

    word: _Word
    phrases: tuple[_Phrase, ...]  # phrases that may start here
    single: _Single | None


@dataclass(frozen=True, slots=True)
class _Index:
    """The glossary arranged for lookup, with a cache per surface form."""

    forms: dict[str, Entry]
    headwords: dict[str, Entry]
    phrases: dict[str, tuple[_Phrase, ...]]  # by the literal or a lemma of the first word
    seen: dict[str, _Form] = field(default_factory=dict)


def match(
    paragraphs: tuple[Paragraph, ...], glossary: Glossary, words: tuple[Word, ...] | None = None
) -> tuple[Gloss, ...]:
    """Every glossed occurrence in the paragraphs, in text order, none overlapping.

    `words` (reader.language.analysis, one per word token; analysed here when not given) rank
    each occurrence's lemmas and give its grammar as its sentence leaves it."""
    index = _index(glossary)
    if words is None:
        words = analysis.analyse(paragraphs)
    by_start = {word.start: word for word in words}
    return tuple(
        gloss
        for paragraph in paragraphs
        for sentence in paragraph.sentences
        for gloss in _match_sentence(sentence, index, by_start)
    )


def _match_sentence(sentence: Sentence, index: _Index, words: dict[int, Word]) -> list[Gloss]:
    tokens = sentence.tokens
    seen = index.seen  # looked up here first: most tokens are forms seen before
    forms = [
        (seen.get(t.text) or _form(t.text, index)) if t.kind != "punct" else None for t in tokens
    ]
    phrases = _phrase_glosses(sentence, forms) if any(f and f.phrases for f in forms) else {}
    glosses = []
    skip_to = 0
    for position, (token, form) in enumerate(zip(tokens, forms, strict=True)):
        if position < skip_to:
            continue
        if position in phrases:
            gloss, skip_to = phrases[position]
            glosses.append(gloss)
        elif form is not None and token.kind == "word":
            single, grammar = _occurrence(token.text, form, words.get(token.start), index)
            if single is not None:
                start = token.start + single.offset
                text = token.text[single.offset :]
                glosses.append(Gloss(single.entry, start, token.end, text, grammar))
    return glosses


def _occurrence(
    text: str, form: _Form, word: Word | None, index: _Index
) -> tuple[_Single | None, str]:
    """The entry and grammar of one occurrence: its lemmas as its sentence ranks them
    (`на адресу`: `адреса` before `адрес`), its grammar from the readings left."""
    if word is None:
        return form.single, form.single.grammar if form.single else ""
    single = form.single
    if word.lemmas != form.word.lemmas:
        single = _single(text, replace(form.word, lemmas=word.lemmas), index)
    if single is None:
        return None, ""
    if single.offset or not word.analyses:
        return single, single.grammar  # a hyphenated word's part: the sentence read the whole
    return single, morph.describe(word.analyses, single.lemma)


def _phrase_glosses(sentence: Sentence, forms: list[_Form | None]) -> dict[int, tuple[Gloss, int]]:
    """Phrase glosses by first token: longest first, then leftmost, none overlapping."""
    found = []
    for start, form in enumerate(forms):
        if form is None:
            continue
        for phrase in form.phrases:
            end = start + len(phrase.words)
            span = forms[start:end]
            if len(span) == len(phrase.words) and all(
                f is not None and p.fits(f.word) for p, f in zip(phrase.words, span, strict=True)
            ):
                found.append((start, end, phrase.entry))
    found.sort(key=lambda hit: (hit[0] - hit[1], hit[0]))
    taken = [False] * len(forms)
    chosen = {}
    tokens = sentence.tokens
    for start, end, entry in found:
        if any(taken[start:end]):
            continue
        taken[start:end] = [True] * (end - start)
        first, last = tokens[start].start, tokens[end - 1].end
        text = sentence.text[first - sentence.start : last - sentence.start]
        chosen[start] = (Gloss(entry, first, last, text, ""), end)
    return chosen


def _form(text: str, index: _Index) -> _Form:
    """The cached lookup of a surface form."""
    form = index.seen.get(text)
    if form is None:
        word = _word(text)
        candidates: dict[int, _Phrase] = {}
        for probe in (word.literal, *word.lemmas):
            for phrase in index.phrases.get(probe, ()):
                candidates[id(phrase)] = phrase
        form = _Form(word, tuple(candidates.values()), _single(text, word, index))
        index.seen[text] = form
    return form


def _single(text: str, word: _Word, index: _Index) -> _Single | None:
    """The entry of a word on its own, through the steps in the module docstring."""
    found = _resolve(text, word, index)
    if found is None:
        return None
    entry, lemma, offset = found
    lemma = lemma or entry.key
    return _Single(entry, offset, lemma, morph.describe(morph.analyse(text[offset:]), lemma))


def _resolve(text: str, word: _Word, index: _Index) -> tuple[Entry, str, int] | None:
    """(entry, lemma to read the grammar through, offset of the glossed part); `word` is
    `_word(text)`."""
    if word.key in index.forms:
        # the teacher's form: its grammar is read through the word's likeliest lemma
        return index.forms[word.key], word.lemmas[0] if word.lemmas else "", 0
    for lemma in word.lemmas:
        if lemma in index.headwords:
            return index.headwords[lemma], lemma, 0
    if word.key in index.headwords:
        return index.headwords[word.key], word.key, 0
    parts = text.split("-")
    if len(parts) > 1 and parts[-1] and not HYPHEN_PARTICLES & {key(p) for p in parts}:
        found = _resolve(parts[-1], _word(parts[-1]), index)
        if found:
            return found[0], found[1], len(text) - len(parts[-1])
    return None


def probes(paragraphs: tuple[Paragraph, ...], words: tuple[Word, ...] = ()) -> frozenset[str]:
    """Every key the matching of these paragraphs (and their `words`' lemmas, as their
    sentences rank them) looks up, whatever the glossary."""
    found: set[str] = {lemma for word in words for lemma in word.lemmas}
    seen: set[str] = set()
    for paragraph in paragraphs:
        for sentence in paragraph.sentences:
            for token in sentence.tokens:
                if token.kind == "punct" or token.text in seen:
                    continue
                seen.add(token.text)
                parts = token.text.split("-")
                for text in (token.text, parts[-1]) if len(parts) > 1 else (token.text,):
                    word = _word(text)
                    found.update((word.key, word.literal, *word.lemmas))
    return frozenset(found)


def provides(entry: Entry) -> frozenset[str]:
    """The keys `_build_index` files an entry under: the only lookups that can find it."""
    keys = {f for f in entry.forms if " " not in f}
    patterns = [entry.key] + [f for f in entry.forms if " " in f]
    if entry.words == 1:
        keys.add(entry.key)
        patterns = patterns[1:]
    for pattern in patterns:
        first = _phrase_words(pattern.split()[:1])[0]
        keys.update((first.literal, *first.lemmas))
    return frozenset(keys)


def _word(text: str) -> _Word:
    folded = key(text)
    return _Word(folded, EUPHONY.get(folded, folded), morph.lemmas(text))


def _index(glossary: Glossary) -> _Index:
    """The lookup tables of a glossary, built once per glossary object."""
    cached = _INDEXES.get(id(glossary))
    if cached is not None and cached[0] is glossary:
        return cached[1]
    if len(_INDEXES) >= INDEXES_KEPT:
        del _INDEXES[next(iter(_INDEXES))]  # the oldest
    index = _build_index(glossary)
    _INDEXES[id(glossary)] = (glossary, index)  # holding the glossary keeps its id unique
    return index


def _build_index(glossary: Glossary) -> _Index:
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


_INDEXES: dict[int, tuple[Glossary, _Index]] = {}


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
