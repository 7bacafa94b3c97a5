"""Rules for a period after an abbreviation, an initial, a unit or an enumerator.

Each rule reads a `Candidate` (reader.text.candidates) and says split (True), join (False)
or nothing (None); their order is in `reader.text.boundary_rules.RULES`. What the groups of
abbreviations mean is in `reader.text.abbreviations`; what the dictionary says about the words
around is in `reader.text.lexicon`. The cases that need more than the abbreviation itself:

    Протягом 1998–2003 рр.| Олег     fronted_adverbial: the sentence so far has no verb and
                                     opens with a time word, so the date cannot end it: join
    Голова Львівської обл.| Максим   fronted_adverbial: no verb yet, a first name next: join
    це сталося у 2019 р.| Тоді       a verb before the date: abbreviation_before splits
    такий: 2019 р.| – 12 шкіл        abbreviation_before_dash: an enumeration goes on: join
    до 90 км/год.| Далі              compound_unit_before: a unit after a number: split
    частин. I.| Вступ                enumerator_opens: a numeral opening its sentence: split
"""

from __future__ import annotations

import re

from reader.text import lexicon
from reader.text.abbreviations import (
    ABBREVIATIONS,
    AFTER_NUMBER,
    COLLOCATIONS,
    MAY_END,
)
from reader.text.candidates import OPENERS, Candidate, is_starter, starts_capital

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
# An enumerator: `1`, `8.2`, `II`, `IV`, also in Cyrillic look-alikes (`ІІ`, `ХІ`).
ENUMERATOR = re.compile(r"\d{1,3}(?:\.\d{1,3})*|[IVXLCІХ]+")
# Compound units: `км/год`, `м/с`, `кВт·год`, `грн/міс`; a hyphen is not one (`Івано-Франківськ`).
# A number may be glued to it: `4,32грн/кВт·год`.
COMPOUND_UNIT = re.compile(r"(?P<number>\d[\d,.]*)?[^\W\d_]+(?:[/·⋅][^\W\d_]+)+")
# Words that open a time adverbial: `У`, `Ще в`, `Станом на`, `На початку`, `Наприкінці`.
DATE_OPENERS = frozenset(
    (
        "у в з із зі до від на по після протягом упродовж наприкінці навесні влітку восени "
        "взимку станом починаючи початку середині кінці ще вже уже лише тільки саме аж"
    ).split()
)
WORD = re.compile(r"[^\W\d_][\w'’ʼ\u0301-]*")
# A dash between spaces stands for "is" (`Кошторис – 2,5 млрд`); one in a range does not.
COPULA_DASH = re.compile(r"\s[—–-]\s")
# A sentence longer than this before its abbreviation is taken to have its verb already.
SHORT_PHRASE = 12


def abbreviation(c: Candidate) -> tuple[str, int] | None:
    """The known abbreviation the period ends, as its key and where it starts, if any."""
    spaced = SPACED_BEFORE.search(c.text, max(c.sentence_start, c.start - 8), c.start)
    key = "".join(spaced.group().lower().split()) if spaced else c.before.lower()
    if key not in ABBREVIATIONS:
        return None
    return key, spaced.start() if spaced else c.start - len(c.before)


def abbreviation_before_capital(c: Candidate) -> tuple[str, int, bool] | None:
    """A known abbreviation's period before a capital: its key, where it starts, and whether
    it is capitalised inside a sentence (then a name's last word, `Запорозька Січ.`)."""
    if c.marks != "." or not starts_capital(c.next_word):
        return None
    found = abbreviation(c)
    if found is None:
        return None
    key, word_start = found
    return key, word_start, c.before[:1].isupper() and c.chunk_start > c.sentence_start


def after_number(c: Candidate, word_start: int) -> bool:
    """A number (`2019`, `XIX`, `1,5 млн`) stands right before the word starting at word_start."""
    near = max(c.sentence_start, word_start - 8)
    return NUMBER_BEFORE.search(c.text, near, word_start) is not None


def abbreviation_before_dash(c: Candidate) -> bool | None:
    """`такий: 2019 р. – 12 шкіл, 2020 р. – 15 шкіл`: an abbreviation and a dash go on.

    A dash after a full word may open the next line of dialogue (speech_then_author); after
    an abbreviation it stands for "is" in an enumeration, unless a sentence starter follows.
    """
    if c.marks != "." or c.after[:1] not in "—–-" or abbreviation(c) is None:
        return None
    return True if is_starter(c) else False


def enumerator_opens(c: Candidate) -> bool | None:
    """`I.| Вступ`, `2.| Заповнити анкету`: a numeral that opens its sentence is a unit.

    A single letter that may be an initial (`І. Франко`, `V. Петренко`) is left to
    initials_before when the dictionary reads the next word as a person's name.
    """
    if c.marks != "." or c.chunk_start != c.sentence_start or not starts_capital(c.next_word):
        return None
    if not ENUMERATOR.fullmatch(c.chunk):
        return None
    if len(c.chunk) == 1 and c.chunk.isalpha() and lexicon.can_be_name(c.next_word):
        return None
    return True


def initials_before(c: Candidate) -> bool | None:
    """`В. Зеленський`, `М.К. Янгеля`: an initial before a name is not an end."""
    before = c.before
    if c.marks != "." or not before[:1].isupper() or not INITIALS.fullmatch(before):
        return None
    if c.chunk.lstrip(OPENERS) != before:
        return None  # a letter stuck to something else: `-3 °C. Опадів`
    return is_starter(c)


def compound_unit_before(c: Candidate) -> bool | None:
    """`до 90 км/год.| Далі`, `25 м/с.| Рятувальники`: a unit after a number may end it."""
    if c.marks != "." or not starts_capital(c.next_word) or c.chunk_start == c.sentence_start:
        return None
    unit = COMPOUND_UNIT.fullmatch(c.chunk)
    if unit is None:
        return None
    return True if unit.group("number") or after_number(c, c.chunk_start) else None


def fronted_adverbial(c: Candidate) -> bool | None:
    """A date, amount or region that comes before the verb cannot end the sentence.

    `Протягом 1998–2003 рр. Олег Петренко очолював` and `Після реформи 2019 р. Київ
    отримав`: what precedes has no verb (the dictionary says), opens with a time word or a
    number, so the sentence goes on. `Голова Львівської обл. Максим Козицький заявив`: no
    verb either, and a person's name follows. A dash or colon stands for the verb
    (`Кошторис – 2,5 млрд грн.| Його`), and a starter (`Тоді`) begins a sentence anyway.
    """
    if is_starter(c):
        return None
    found = abbreviation_before_capital(c)
    if found is None or found[2]:
        return None  # no abbreviation, or a name (abbreviation_before)
    key, word_start, _ = found
    if not (key in MAY_END or key in AFTER_NUMBER and after_number(c, word_start)):
        return None
    phrase = c.text[c.sentence_start : word_start]
    if ":" in phrase or COPULA_DASH.search(phrase):
        return None
    words = WORD.findall(phrase)
    if len(words) > SHORT_PHRASE or any(lexicon.can_be_verb(w) for w in words):
        return None
    if phrase[:1].isdigit() or (words and words[0].lower() in DATE_OPENERS):
        return False
    return False if lexicon.can_be_name(c.next_word) else None


def abbreviation_before(c: Candidate) -> bool | None:
    """Known abbreviations: the group and what follows decide (see reader.text.abbreviations)."""
    found = abbreviation_before_capital(c)
    if found is None:
        return None
    key, word_start, is_name = found
    if is_name:
        return True  # a name inside a sentence, not an abbreviation: `Запорозька Січ. Козаки`
    if (key, c.next_word.lower()) in COLLOCATIONS:
        return False
    if is_starter(c):
        return True
    if key in AFTER_NUMBER and after_number(c, word_start):
        return True  # `до 8350 грн.| Утім`; a fronted date was joined by fronted_adverbial
    return key in MAY_END  # BEFORE_NAME, INSIDE and a unit without a number go on


def one_letter_word(c: Candidate) -> bool | None:
    """A small one-letter word is a word, not an initial: `дивним не є. Втім`."""
    before = c.before
    if c.marks == "." and len(before) == 1 and before.islower() and before.isalpha():
        return starts_capital(c.next_word) or None
    return None
