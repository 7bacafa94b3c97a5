"""One sentence as the context rules see it: tokens, the readings left, the steps taken.

A rule (reader.language.context_rules) reads `Clause.readings` and narrows them only through
`Clause.keep`, which never removes a word's last reading and records a `Step` naming the rule,
the word and the readings removed, for `reader.language.context.explain`. The functions at
the end find what several rules look for: the noun phrase after a word (`noun_phrase`:
`у [цьому] [році]`), a phrase's head noun, runs of words between punctuation, clauses.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from reader.glossary.spelling import key
from reader.language.features import CASE_TAGS, modifier, noun
from reader.language.government import government
from reader.model import Analysis, Token


@dataclass(frozen=True, slots=True)
class Step:
    """One narrowing: which rule removed which readings of which word (for `explain`)."""

    rule: str
    position: int  # index of the token in its sentence
    word: str
    removed: tuple[str, ...]  # grammar of the readings removed
    left: tuple[str, ...]  # grammar of the readings left


@dataclass(slots=True)
class Clause:
    """One sentence as the rules see it: its tokens and the readings left of each.

    `words` (matching keys) and `tags` (the union of each token's readings' grammemes, kept
    up to date by `keep`) are worked out once, as every rule asks them of every token; `tags`
    may be given (`context` has them for each form). `steps` are recorded only when
    `explaining` (for `explain`: building them cost narrowing a tenth of its time)."""

    tokens: Sequence[Token]
    readings: list[tuple[Analysis, ...]]
    steps: list[Step] = field(default_factory=list)
    rule: str = ""  # the rule now running, named in its Steps
    words: list[str] = field(default_factory=list)
    tags: list[frozenset[str]] = field(default_factory=list)
    spans: list[tuple[int, int]] | None = None  # `clauses`, worked out when first asked
    explaining: bool = False  # record a Step for each narrowing
    # `after_preposition`'s last answer: (token, where its walk back stopped); -1: none
    reach: tuple[int, int] = (-1, -1)

    def __post_init__(self) -> None:
        self.words = [_key(t.text) if t.kind == "word" else t.text for t in self.tokens]
        if not self.tags:
            self.tags = [union(r) for r in self.readings]

    def word(self, i: int) -> str:
        """The token's matching key (lower case, stress and apostrophes folded); "" past the end."""
        return self.words[i] if 0 <= i < len(self.words) else ""

    def text(self, i: int) -> str:
        return self.tokens[i].text if 0 <= i < len(self.tokens) else ""

    def is_word(self, i: int) -> bool:
        return 0 <= i < len(self.tokens) and self.tokens[i].kind == "word"

    def has(self, i: int, tag: str) -> bool:
        """Some reading left of token `i` has this grammeme ("NOUN", "gent", "VERB")."""
        return 0 <= i < len(self.tags) and tag in self.tags[i]

    def modifies(self, i: int) -> bool:
        """Some reading left of token `i` is a modifier (`features.modifier`): any adjective
        is, so only a pronoun's readings are looked at one by one."""
        if not 0 <= i < len(self.tags):
            return False
        tags = self.tags[i]
        if "ADJF" in tags:
            return True
        return "NPRO" in tags and any(modifier(a) for a in self.readings[i])

    def any(self, i: int, test: Callable[[Analysis], bool]) -> bool:
        return 0 <= i < len(self.tokens) and any(test(a) for a in self.readings[i])

    def keep(self, i: int, test: Callable[[Analysis], bool]) -> bool:
        """Keep the readings of token `i` that pass `test`, unless none would: True when
        something was removed."""
        readings = self.readings[i]
        if len(readings) < 2:
            return False
        left, removed = [], []
        for a in readings:
            (left if test(a) else removed).append(a)
        if not left or not removed:
            return False
        if self.explaining:
            self.steps.append(
                Step(
                    self.rule,
                    i,
                    self.tokens[i].text,
                    tuple(a.grammar for a in removed),
                    tuple(a.grammar for a in left),
                )
            )
        self.readings[i] = tuple(left)
        self.tags[i] = union(left)
        if i < self.reach[0]:
            self.reach = (-1, -1)  # the walk back it remembers may have read this token
        return True


@lru_cache(maxsize=200_000)  # a text has far fewer forms than tokens
def _key(text: str) -> str:
    return key(text)


def union(readings: Sequence[Analysis]) -> frozenset[str]:
    """Every grammeme of the readings (not cached: hashing the readings costs as much)."""
    return frozenset().union(*(a.tags for a in readings))


Rule = Callable[[Clause], None]


# Conjunctions that join two phrases in the same case (`між Україною і Росією`).
JOINING = frozenset({"і", "й", "та", "або", "чи"})
# Abbreviations of a place kind before its name (`м. Мінську`, `с. Гута`), read with the dot.
PLACE_KINDS = frozenset({"м", "с", "смт", "сел", "вул", "просп", "пров", "обл"})
# Words of quantity whose noun is in the genitive (`багато людей`, `більшість депутатів`).
QUANTITY = frozenset(
    "багато мало небагато чимало кілька декілька скільки стільки трохи безліч більшість "
    "меншість тис млн млрд".split()
)
# Nouns of time, whose phrase is an adverbial (`цього року`), not a head for a genitive.
TIME_NOUNS = frozenset(
    "рік року році роком роки років рокам роках день дня дні днів тиждень тижня тижні "
    "місяць місяця місяці місяців час часу разу раз ранку вечора ночі тому".split()
)
# Grammemes of names: a noun after a name is not its genitive (`Петро Порошенко`).
NAMES = frozenset({"Name", "Surn", "Patr"})
# Words that open a new clause: its verb is not the one before them.
CLAUSE_WORDS = frozenset(
    "що щоб який яка яке які якого якої яких якому якій яким якими якою де коли куди "
    "звідки якщо бо адже але а проте однак хоча хоч поки доки чи ніж як мов мовби наче "
    "неначе ніби немов немовби".split()
)


def joined(c: Clause, i: int) -> bool:
    return c.word(i - 1) in JOINING or c.word(i + 1) in JOINING


def bare_noun(c: Clause, i: int) -> bool:
    """Token `i` is a noun and nothing else (no verb or adjective reading is left)."""
    if "NOUN" not in c.tags[i]:
        return False  # (the common case, answered without looking at each reading)
    return all(noun(a) for a in c.readings[i]) and phrase_head(c, i)


def after_preposition(c: Clause, i: int) -> bool:
    """Token `i` ends a phrase a preposition opens, through modifiers, adverbs, numbers and
    genitives between (`в небувалих масштабів всесвіт`, `у це традиційно католицьке місто`),
    and it may be in a case the preposition admits: its case is the preposition's business,
    not the verb's."""
    k = _walk_back(c, i)
    if k < 0 or not c.has(k, "PREP") or c.tokens[k].kind not in ("word", "number"):
        return False
    admitted = government().get(c.word(k))  # `після уроків вчителі`: not `після`'s
    return admitted is None or bool(c.tags[i] & admitted)


def _walk_back(c: Clause, i: int) -> int:
    """The nearest token before `i` that a preposition's phrase cannot pass through (a
    preposition, punctuation, a word of no such kind); -1 at the sentence's start. Rules ask
    it of token after token: starting from the last answer when it lies before `i`, the
    walks over a long run (`ремонту охорони ...`) add up to one pass, not one per token."""
    last, stop = c.reach if 0 <= c.reach[0] <= i else (-1, -1)
    floor = last - 1  # from here down the last walk has been
    k = i - 1
    while k > floor and _passes(c, k):
        k -= 1
    if k == floor:
        k = stop
    c.reach = (i, k)
    return k


def _passes(c: Clause, k: int) -> bool:
    kind = c.tokens[k].kind
    if kind not in ("word", "number") or "PREP" in c.tags[k]:
        return False
    return bool(c.tags[k] & {"ADJF", "ADVB", "NPRO", "NUMR", "gent"}) or kind == "number"


def word_runs(c: Clause) -> Iterator[tuple[int, int]]:
    """(start, end) of each run of word tokens between non-words."""
    start = None
    for i, token in enumerate(c.tokens):
        if token.kind == "word" and start is None:
            start = i
        elif token.kind != "word" and start is not None:
            yield start, i
            start = None
    if start is not None:
        yield start, len(c.tokens)


def noun_phrase(c: Clause, start: int) -> Iterator[int]:
    """The words of the noun phrase from `start`: modifiers and numerals up to the first word
    that can only be its head (a noun, a pronoun), skipping numbers (`у 2014 році`), a place
    kind (`у м. Мінську`) and adverbs before a modifier (`у дуже великому місті`)."""
    i = start
    while i < len(c.tokens):
        if c.tokens[i].kind == "number":
            i += 1
            continue
        if c.word(i) in PLACE_KINDS and c.text(i + 1) == ".":
            i += 2
            continue
        if not c.is_word(i) or not c.tags[i] & CASE_TAGS:
            return
        yield i
        if not (c.modifies(i) or "NUMR" in c.tags[i]):
            return  # the head
        following = i + 1
        while following < i + 3 and c.is_word(following) and _adverb_only(c, following):
            following += 1  # `це традиційно католицьке місто`
        if not (c.has(following, "NOUN") or c.modifies(following)):
            return  # a modifier with no noun after it
        i = following


def _adverb_only(c: Clause, i: int) -> bool:
    return bool(c.readings[i]) and all("ADVB" in a.tags for a in c.readings[i])


def phrase_head(c: Clause, i: int) -> bool:
    """A noun that heads its phrase: not a modifier of a noun right after it (`нового закону`:
    `нового` could be the noun `нове`, but is the adjective here)."""
    if not c.has(i, "NOUN"):
        return False
    return not (c.modifies(i) and c.has(i + 1, "NOUN"))


def clauses(c: Clause) -> list[tuple[int, int]]:
    """(start, end) of each stretch between punctuation and subordinating words (which
    belong to the clause they open: `яка виштовхує вміст`). They depend on the words alone,
    not on the readings left, so they are found once a sentence."""
    if c.spans is None:
        c.spans = []
        start = 0
        for i, (token, word) in enumerate(zip(c.tokens, c.words, strict=True)):
            if token.kind == "punct" or word in CLAUSE_WORDS:
                if i > start:
                    c.spans.append((start, i))
                start = i + 1 if token.kind == "punct" else i  # `яка` opens its clause
        if start < len(c.tokens):
            c.spans.append((start, len(c.tokens)))
    return c.spans


def predicate_adjective(c: Clause, i: int) -> bool:
    """An adjective or participle with no noun after it to agree with (`був малий`)."""
    readings = c.readings[i]
    return (
        bool(readings)
        and all("ADJF" in a.tags for a in readings)
        and not c.has(i + 1, "NOUN")
        and not c.has(i + 1, "ADJF")
    )
