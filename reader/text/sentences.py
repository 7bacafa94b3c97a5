"""A paragraph's sentences: nltk's Punkt with Ukrainian parameters, and rules where it is wrong.

Inside a paragraph a line break ends a sentence (a heading has no final period) unless the
next line starts with a lower-case letter, which is a wrapped line of the same sentence.

Every run of end marks followed by a space is a *candidate* boundary. nltk's Punkt, with the
Ukrainian parameters in `reader.text.abbreviations`, gives the default decision; `RULES`, tried
in order, overrule it where Punkt alone is wrong. For

    'Ціна зросла до 8350 грн. Утім, за словами М.К. Янгеля, це ще не все… та й годі.'

the candidates are after `грн.`, `М.К.` and `все…` (`М.` is none: no space follows), and
the rules decide:

    грн. Утім     abbreviation_before: an amount, then a capitalised word -> split
    М.К. Янгеля   initials_before: initials, then a name -> join
    все… та       lowercase_follows -> join

giving `'Ціна зросла до 8350 грн.| |Утім, за словами М.К. Янгеля, це ще не все… та й годі.'`.

Decisions where texts and treebanks disagree, made for a learner reading sentence by sentence:
- quoted sentences split like any others (`«Ми не здамося.| |Україна переможе», — сказав він.`)
  unless the quotation is a phrase the sentence goes on after in lower case;
- a bracket the sentence goes on after stays whole; a smiley stays with its sentence;
- a paragraph-initial enumerator before a capital (`1.`, `8.2.`) is a unit of its own, as
  Punkt decides (and as the Ukrainian UD treebank has it);
- surname-first initials before a capital (`Петренко О. І. Відповіді`) are not an end: a
  name after initials (`В. Зеленський`) is far more common than this ending.

No nltk data is ever loaded: the parameters are built here, from `reader.text.abbreviations`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache

from nltk.tokenize.punkt import PunktLanguageVars, PunktParameters, PunktSentenceTokenizer

from reader.text.abbreviations import (
    ABBREVIATIONS,
    AFTER_NUMBER,
    COLLOCATIONS,
    MAY_END,
    SENTENCE_STARTERS,
)

CLOSERS = "»\"”“'’)]"  # may follow the end mark inside the sentence: `?»`, `.)`
OPENERS = "«\"„“'‘(["
DASHES = "—–-"
END_MARKS = ".!?…"
# Quotation marks, outer first; a mark that opens and closes counts by parity.
QUOTES = (("«", "»"), ("„", "“"), ('"', '"'))
EMOTICON = re.compile(r"[:;]-?[()DPp]+")

LINE_BREAK = re.compile(r"\n\s*")
# A candidate boundary: end marks, closing quotes or brackets, then a space. Possessive
# quantifiers and the look-behind keep it linear on a run of thousands of periods.
CANDIDATE = re.compile(
    rf"(?P<marks>(?<![.!?…])[.!?…]++(?:[{re.escape(CLOSERS)}]++[.!?…]*+)*+"
    rf"|(?<=\s){EMOTICON.pattern})\s+(?=(?P<after>\S*))"
)
WORD_CHARACTERS = "'’ʼ.-_\u0301"  # besides letters and digits, in the word before the marks
NUMBER_BEFORE = re.compile(
    r"(?:\d(?:-[^\W\d_]+)?|(?<!\w)[IVXLCDMІХ]+|(?<!\w)(?:тис|млн|млрд|трлн)\.?)\s+$"
)
INITIALS = re.compile(r"(?:(?:Дж|[^\W\d_])\.\s?){0,2}(?:Дж|[^\W\d_])")  # В, М.К, Дж
# Abbreviations with an internal period, also written with a space: `т.д.`, `т. д.`
SPACED_BEFORE = re.compile(
    r"(?<!\w)(?:"
    + "|".join(
        r"\.\s?".join(map(re.escape, a.split("."))) for a in sorted(ABBREVIATIONS) if "." in a
    )
    + r")$",
    re.IGNORECASE,
)
# Words that open a time adverbial: `У`, `Ще в`, `Станом на`, `На початку`, `Наприкінці`.
DATE_OPENERS = (
    "у в з із зі до від на по після протягом упродовж наприкінці навесні влітку восени "
    "взимку станом починаючи початку середині кінці ще вже уже лише тільки саме аж"
).split()
# A sentence cannot be only a date: `У 2014 р. Україна ...` goes on after the date.
DATE_PHRASE = re.compile(
    rf"(?:(?:{'|'.join(DATE_OPENERS)})\s+){{1,3}}"  # Ще у, Станом на
    r"(?:(?:\d{1,2}\s+)?[а-яіїєґ]+\.?\s+)?"  # 1 січня, грудня, лют.
    r"[\dIVXLCІХ]+(?:-[а-яіїєґ]+)?(?:\s?[-–]\s?[\dIVXLCІХ]+(?:-[а-яіїєґ]+)?)?"  # 1990-х, 1941–1945
    r"\s+(?:рр?|ст)\.",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Candidate:
    """A possible sentence end inside one block of text (a paragraph's line or lines)."""

    text: str
    sentence_start: int  # where the sentence this mark may end begins
    chunk_start: int  # where the space-delimited chunk the marks end begins
    start: int  # the first end mark
    end: int  # after the end marks and closing quotes: where the sentence would end
    next: int  # the first character of what follows
    marks: str  # text[start:end]: `.`, `?»`, `…`, `:)`
    before: str  # the word the marks are attached to, internal periods kept: `рр`, `М.К`
    after: str  # the next whitespace-delimited chunk: `Утім,`, `—`, `«Вони`

    @property
    def next_word(self) -> str:
        """The first word after the marks, past dashes and opening quotes."""
        match = NEXT_WORD.search(self.text, self.next, self.next + 40)
        return match.group() if match else ""


NEXT_WORD = re.compile(r"[^\W_][\w'’ʼ\u0301-]*")

Rule = Callable[[Candidate], bool | None]  # True: split, False: join, None: no opinion


def starts_capital(word: str) -> bool:
    return bool(word) and word[0].isupper()


def is_starter(c: Candidate) -> bool:
    """The next word is capitalised and never a name (`Утім`, `Після`), nor an initial (`І.`)."""
    match = NEXT_WORD.search(c.text, c.next, c.next + 40)
    if not match or not starts_capital(match.group()):
        return False
    if len(match.group()) == 1 and c.text.startswith(".", match.end()):
        return False
    return match.group().lower() in SENTENCE_STARTERS


def lowercase_follows(c: Candidate) -> bool | None:
    """A lower-case word does not start a sentence: `все… та й годі`, `т. зв. перемога`.

    Names written with a small first letter (`mTOR`, `iPhone`) are not lower-case words.
    """
    word = c.after.lstrip(OPENERS)
    if word[:1].islower() and not any(char.isupper() for char in word):
        return False
    return None


def punctuation_follows(c: Candidate) -> bool | None:
    """A comma, semicolon or colon continues the sentence: `!, — каже`, `т. д.; а`, and a
    smiley belongs to the sentence it follows: `дивакуватий. :)`."""
    return False if c.after[:1] in {",", ";", ":"} else None


def inside_brackets(c: Candidate) -> bool | None:
    """A bracket that the sentence goes on after is part of it: `(наступного року. — Ред.).`

    `(Так і було. Ніхто не знав.) Потім` may split: the bracket holds whole sentences.
    """
    opened = c.text.count("(", c.sentence_start, c.end)
    if opened <= c.text.count(")", c.sentence_start, c.end):
        return None
    close = c.text.find(")", c.end)
    if close < 0:
        return None
    following = c.text[close + 1 : close + 3].lstrip()
    return None if c.text[close - 1] in END_MARKS and starts_capital(following) else False


def quotation_inside_sentence(c: Candidate) -> bool | None:
    """A quotation followed by a lower-case word is a phrase: `«Ні. Втомився» тощо`.

    Other quotations are split like any text: `«Батько служить.| |Він патріот».`
    """
    for opener, closer in QUOTES:
        if opener == closer:
            unclosed = c.text.count(opener, c.sentence_start, c.end) % 2 == 1
        else:
            opened = c.text.count(opener, c.sentence_start, c.end)
            unclosed = opened > c.text.count(closer, c.sentence_start, c.end)
        close = c.text.find(closer, c.end) if unclosed else -1
        if close >= 0 and opener not in c.text[c.end : close]:
            following = c.text[close + 1 : close + 3].lstrip()
            return False if following[:1].islower() else None
    return None


def speech_then_author(c: Candidate) -> bool | None:
    """After direct speech a dash and a lower-case word are the author's words; a dash and
    a capital begin the next line of dialogue."""
    if c.after[:1] not in DASHES:
        return None
    return not c.next_word[:1].islower()


def initials_before(c: Candidate) -> bool | None:
    """`В. Зеленський`, `М.К. Янгеля`: an initial before a name is not an end."""
    before = c.before
    if c.marks != "." or not before[:1].isupper() or not INITIALS.fullmatch(before):
        return None
    if c.text[c.chunk_start : c.start].lstrip(OPENERS) != before:
        return None  # a letter stuck to something else: `-3 °C. Опадів`
    return is_starter(c)


def abbreviation_before(c: Candidate) -> bool | None:
    """Known abbreviations: the group and what follows decide (see reader.text.abbreviations)."""
    if c.marks != "." or not starts_capital(c.next_word):
        return None
    spaced = SPACED_BEFORE.search(c.text, max(c.sentence_start, c.start - 8), c.start)
    key = "".join(spaced.group().lower().split()) if spaced else c.before.lower()
    if key not in ABBREVIATIONS:
        return None
    if c.before[:1].isupper() and c.chunk_start > c.sentence_start:
        return True  # a name inside a sentence, not an abbreviation: `Запорозька Січ. Козаки`
    if (key, c.next_word.lower()) in COLLOCATIONS:
        return False
    if is_starter(c):
        return True
    word_start = spaced.start() if spaced else c.start - len(c.before)
    near = max(c.sentence_start, word_start - 8)
    if key in AFTER_NUMBER and NUMBER_BEFORE.search(c.text, near, word_start):
        return not DATE_PHRASE.fullmatch(c.text, c.sentence_start, c.end)
    return key in MAY_END  # BEFORE_NAME, INSIDE and a unit without a number go on


def one_letter_word(c: Candidate) -> bool | None:
    """A small one-letter word is a word, not an initial: `дивним не є. Втім`."""
    before = c.before
    if c.marks == "." and len(before) == 1 and before.islower() and before.isalpha():
        return starts_capital(c.next_word) or None
    return None


def ellipsis_before_capital(c: Candidate) -> bool | None:
    """Dots and a capital start a new sentence (Punkt reads `...` as an abbreviation)."""
    if ("..." in c.marks or "…" in c.marks) and starts_capital(c.next_word):
        return True
    return None


def emoticon_before_capital(c: Candidate) -> bool | None:
    """`Ну хіба трошки дивакуватий. :) Дивитись` — the smiley closes the sentence."""
    return True if EMOTICON.fullmatch(c.marks) and starts_capital(c.next_word) else None


# Tried in order; the first opinion wins, and Punkt decides when no rule has one.
RULES: list[Rule] = [
    # Case first: a lower-case continuation is the strongest signal in edited text.
    lowercase_follows,
    punctuation_follows,
    # A bracket or quotation the sentence continues after overrides everything inside it.
    inside_brackets,
    quotation_inside_sentence,
    # Dialogue before abbreviations: `?» — сказав він` is decided by the dash alone.
    speech_then_author,
    # Initials before abbreviations: `М.` is an initial here, not a unit (`5 м.`).
    initials_before,
    abbreviation_before,
    # After abbreviations, which include the one-letter units and `т.`.
    one_letter_word,
    ellipsis_before_capital,
    emoticon_before_capital,
]


class UkrainianLanguageVars(PunktLanguageVars):
    """Punkt's notion of sentence ends and word characters, for Ukrainian text."""

    sent_end_chars = (".", "?", "!", "…")
    # Opening quotes and dashes never start a word.
    _re_word_start = r"[^\(\"\`{\[:;&\#\*@\)}\]\-,«»„“”—–]"

    @property
    def _re_non_word_chars(self) -> str:
        # Unlike Punkt's default, the apostrophe is part of a word (`зобов’язання`).
        return r"(?:[)\";}\]\*:@\({\[«»„“”?!…])"


@cache
def punkt() -> PunktSentenceTokenizer:
    """Punkt with the project's Ukrainian parameters; built once, no nltk data needed."""
    params = PunktParameters()
    params.abbrev_types = set(ABBREVIATIONS)
    params.sent_starters = set(SENTENCE_STARTERS)
    params.collocations = set(COLLOCATIONS)
    return PunktSentenceTokenizer(params, lang_vars=UkrainianLanguageVars())


def punkt_splits(c: Candidate) -> bool:
    """Punkt's own decision, made as Punkt makes it: on the word, the marks and the next word."""
    return _punkt_breaks(f"{c.text[c.chunk_start : c.end]} {c.after}")


@lru_cache(maxsize=20_000)
def _punkt_breaks(context: str) -> bool:
    """Punkt on a few words: the same words get the same decision, so it is asked once."""
    return punkt().text_contains_sentbreak(context)


def _block_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans of one block (text[start:end], no line breaks that end sentences)."""
    block = text[start:end]
    spans, sentence_start = [], 0
    for match in CANDIDATE.finditer(block):
        marks_start, marks_end = match.span("marks")
        chunk_start = marks_start
        while chunk_start > sentence_start and not block[chunk_start - 1].isspace():
            chunk_start -= 1
        word_start = marks_start
        while word_start > chunk_start and (
            block[word_start - 1].isalnum() or block[word_start - 1] in WORD_CHARACTERS
        ):
            word_start -= 1
        candidate = Candidate(
            block,
            sentence_start,
            chunk_start,
            marks_start,
            marks_end,
            match.end(),
            match.group("marks"),
            block[word_start:marks_start].lstrip(".-"),
            match.group("after"),
        )
        decision = None
        for rule in RULES:
            decision = rule(candidate)
            if decision is not None:
                break
        if decision is None:
            decision = punkt_splits(candidate)
        if decision:
            spans.append((start + sentence_start, start + marks_end))
            sentence_start = match.end()
    spans.append((start + sentence_start, end))
    return spans


def _blocks(text: str) -> list[tuple[int, int]]:
    """Spans of a paragraph's lines, a wrapped line (next starts in lower case) joined on."""
    blocks, start = [], len(text) - len(text.lstrip())
    for line_break in LINE_BREAK.finditer(text, start):
        if text[line_break.end() : line_break.end() + 1].islower():
            continue
        stop = line_break.start()
        while stop > start and text[stop - 1].isspace():
            stop -= 1
        if stop > start:
            blocks.append((start, stop))
        start = line_break.end()
    end = len(text.rstrip())
    if end > start:
        blocks.append((start, end))
    return blocks


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans of one paragraph, as offsets into `text`, without outer spaces."""
    return [span for start, end in _blocks(text) for span in _block_sentences(text, start, end)]
