"""Frozen dataclasses shared by the stages.

Every offset (`start`, `end`) is a Python string index into the *cleaned* text of one
article (`Source.text`), end exclusive, so `source.text[x.start:x.end] == x.text` holds for
tokens, sentences and glosses alike. Rendering and alignment never search the text again.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from reader.glossary.ids import entry_id


@dataclass(frozen=True, slots=True)
class Origin:
    """Where a piece of teacher data was written: `corpus/glossary/news.yaml:12`."""

    path: Path
    line: int

    def __str__(self) -> str:
        return f"{self.path}:{self.line}"


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong (or doubtful) in the teacher's data, reported as `path:line: message`."""

    origin: Origin | None
    message: str
    warning: bool = False

    def __str__(self) -> str:
        label = "warning: " if self.warning else ""
        return f"{self.origin}: {label}{self.message}" if self.origin else f"{label}{self.message}"


@dataclass(frozen=True, slots=True)
class Change:
    """One edit the source stage made to the scraped text, reported to the teacher."""

    line: int  # 1-based line of uk.txt the edit is about
    rule: str  # name of the cleaning rule, e.g. "repeated-title", "glued-words"
    before: str
    after: str

    def __str__(self) -> str:
        return f"{self.line}: {self.rule}: {self.before!r} -> {self.after!r}"


@dataclass(frozen=True, slots=True)
class TextMeta:
    """What `text.yaml` says about a text; every field optional."""

    title_en: str = ""
    source: str = ""
    url: str = ""
    date: str = ""
    author: str = ""
    level: str = ""
    tags: tuple[str, ...] = ()
    debris: tuple[str, ...] = ()  # extra lines to drop as scraped boilerplate


@dataclass(frozen=True, slots=True)
class Source:
    """An article after decoding and cleaning: the text every later offset points into."""

    path: Path
    text: str  # cleaned; paragraphs separated by one blank line ("\n\n")
    title: str  # the article's headline (also kept as the text's first paragraph)
    tags: tuple[str, ...]  # from a scraped `Теги за темою` block
    changes: tuple[Change, ...]
    warnings: tuple[str, ...]  # e.g. "decoded as cp1251"


@dataclass(frozen=True, slots=True)
class Token:
    """A word, number, punctuation mark or other symbol, with its place in the text."""

    text: str
    start: int
    end: int
    kind: str  # "word" (Cyrillic, may hold ' - and stress), "latin", "number", "punct", "symbol"

    @property
    def is_word(self) -> bool:
        return self.kind == "word"


@dataclass(frozen=True, slots=True)
class Sentence:
    text: str
    start: int
    end: int
    tokens: tuple[Token, ...]


@dataclass(frozen=True, slots=True)
class Paragraph:
    text: str
    start: int
    end: int
    sentences: tuple[Sentence, ...]


@dataclass(frozen=True, slots=True)
class Analysis:
    """One reading of a word form: its dictionary form and the grammar of this form."""

    lemma: str  # dictionary form, lower case, apostrophe as "'"
    pos: str  # learner English: "noun", "verb", "adjective", "proper noun", ...
    grammar: str  # learner English: "genitive plural", "past tense, neuter", ...
    # The dictionary's grammemes behind it (pymorphy3's names: "NOUN", "gent", "plur"; the
    # union when several parses read alike, as an indeclinable noun's cases), for the rules
    # that narrow readings by the sentence (reader.language.context). Not part of equality.
    tags: frozenset[str] = field(default=frozenset(), compare=False)


@dataclass(frozen=True, slots=True)
class StressReading:
    """One stress a form can have, and the readings that have it: `ві́йська`, "genitive
    singular" (reader.language.stress_readings)."""

    stressed: str  # the token's spelling with its stress mark (U+0301)
    grammar: str  # learner English, "" when the dictionary gives none


@dataclass(frozen=True, slots=True)
class Word:
    """What the language stage says of one word token: its readings in this sentence."""

    start: int  # the token's offsets in Source.text
    end: int
    analyses: tuple[Analysis, ...]  # the readings the sentence leaves, in dictionary order
    lemmas: tuple[str, ...]  # candidate lemmas, most probable first (surviving readings first)
    # The token as the page shows it, with its stress mark (a one-syllable word has none);
    # None when the tool does not commit to one (unknown, or readings that disagree).
    stressed: str | None = None
    stress_readings: tuple[StressReading, ...] = ()  # each stress, when the readings disagree

    @property
    def chosen(self) -> tuple[Analysis, ...]:
        """The readings of the first-ranked lemma: what the page and the exports state."""
        lemma = self.lemmas[0] if self.lemmas else ""
        return tuple(a for a in self.analyses if a.lemma == lemma)


@dataclass(frozen=True, slots=True)
class Sense:
    """One meaning of a headword (a homograph has several)."""

    en: str
    stress: str = ""
    pos: str = ""
    note: str = ""
    tags: tuple[str, ...] = ()
    stress_line: int = field(default=0, compare=False)  # of `stress:` in its file; 0: none


@dataclass(frozen=True, slots=True)
class Entry:
    """A glossary entry: the teacher's headword, its senses, and where it was written."""

    headword: str  # as the teacher spelled it
    key: str  # normalised for matching (see spelling.key)
    senses: tuple[Sense, ...]
    forms: tuple[str, ...]  # extra surface forms matched literally (normalised keys)
    origin: Origin

    @property
    def id(self) -> str:
        """Stable across builds: derived from the normalised key (reader.glossary.ids)."""
        return entry_id(self.key)

    @property
    def words(self) -> int:
        return len(self.key.split())


@dataclass(frozen=True, slots=True)
class Glossary:
    entries: tuple[Entry, ...]
    by_key: dict[str, Entry] = field(default_factory=dict, compare=False, hash=False)


@dataclass(frozen=True, slots=True)
class Gloss:
    """An occurrence of a glossary entry in the text: one word, or several for a phrase."""

    entry: Entry
    start: int
    end: int
    text: str  # the surface form, text[start:end]
    grammar: str  # grammar of this occurrence ("" for phrases or unknown)


@dataclass(frozen=True, slots=True)
class Unit:
    """A study unit: one or two Ukrainian sentences and the English that pairs with them."""

    sentences: tuple[Sentence, ...]
    translation: str  # "" when the text has no translation


@dataclass(frozen=True, slots=True)
class Text:
    """One article, fully analysed: what the page and the exports are made from."""

    slug: str
    meta: TextMeta
    source: Source
    paragraphs: tuple[Paragraph, ...]
    words: tuple[Word, ...]  # one per word token, in text order (reader.language.analysis)
    units: tuple[tuple[Unit, ...], ...]  # per paragraph, in order
    glosses: tuple[Gloss, ...]  # in text order, not overlapping
    has_translation: bool

    @property
    def headline(self) -> Paragraph | None:
        """The first paragraph when it is the article's headline (`Source.title`), else None."""
        first = self.paragraphs[0] if self.paragraphs else None
        if first is not None and self.source.title and first.text == self.source.title:
            return first
        return None


@dataclass(frozen=True, slots=True)
class TextFiles:
    slug: str
    uk: Path
    en: Path | None
    meta: Path | None  # text.yaml
    glossary: Path | None  # the text's own glossary.yaml


@dataclass(frozen=True, slots=True)
class CorpusFiles:
    root: Path
    glossaries: tuple[Path, ...]
    texts: tuple[TextFiles, ...]
    whole: bool = False  # every text of the corpus, not one picked out of it


@dataclass(frozen=True, slots=True)
class Corpus:
    files: CorpusFiles
    glossary: Glossary  # the shared glossary (each text may overlay its own)
    texts: tuple[Text, ...]
    warnings: tuple[Problem, ...]
