"""Split words glued together by scraping: `підтвердилопочаток` -> `підтвердило початок`.

A scraper that drops the space between two inline elements leaves a "word" the dictionary
does not know. It is cut where both halves are words, but Ukrainian makes this treacherous:
short words are also prefixes (`не`, `при`, `з`: `неповчального`) and endings (`-ми`, `-й`,
`-у`), and rare compounds (`гідрореактивний`) are unknown too. So, step by step:

    1. candidates: Cyrillic-only, MIN_GLUED+ letters, unknown; lower case, or capitalised
       at a sentence start (elsewhere a capital means a name); not touching a hyphen,
       apostrophe, stress mark, digit, Latin letter, `#`, `@`, `/` or `.x` (hashtags, URLs);
    2. plausible cuts: both halves are *some* word: a one-letter word, a short word from
       SHORT_WORDS (prefixes and endings included) or a known word of 3+ letters;
    3. exactly one plausible cut, or the word is ambiguous and stays as it is;
    4. that cut must be safe: each half a one-letter word that cannot be a prefix or an
       ending there (ONE_LETTER_LEFT/RIGHT), a short word from its side's list, or a known
       word of MIN_HALF+ letters that is not a compound's first part (COMPOUND_FIRST);
       two long halves need one of MIN_LONGER_HALF+ letters.

    військз             plausible: військ|з (в|ійськз, вій|ськз ... are not)  safe: `з` -> split
    наблокування        plausible: на|блокування, набло|кування  -> ambiguous, left alone
    неповчального       plausible: не|повчального only; `не` is a prefix  -> not safe, left alone
    підтвердилопочаток  plausible: підтвердило|початок only, both known, long -> split

Measured on the UD Ukrainian-IU dev texts (10.2k words, bench/source_cleaning.py): no split at
all in the real text; of 7533 spaces between two words removed one at a time, 46% are
restored and 3 (0.04%) cut at a wrong place (rare compounds: `замало|збудливих`).
"""

from __future__ import annotations

import re

from reader.glossary.spelling import APOSTROPHES, STRESS_MARKS
from reader.language.morph import is_known

# Step 2: anything that might be a word of its own, prefixes and endings included. A cut
# that only these allow still makes a word ambiguous (`на|блокування` vs `набло|кування`).
ONE_LETTER_WORDS = frozenset("звуійао")
LEFT_SHORT_WORDS = frozenset(  # function words that are not also prefixes
    "що щоб щодо як він вона вони воно його йому їх її нам вам нас вас чи бо вже там тут "
    "хто всі але або ось лише дуже коли якщо тому це цей той".split()
)
RIGHT_SHORT_WORDS = frozenset(  # function words that are not also endings (-ми, -ти, -ні)
    "що щоб щодо як та він вона вони воно його йому їх її чи бо вже там тут хто всі але "
    "або ось лише дуже коли якщо тому це цей той від для про під над без при між до за "
    "на по не із".split()
)
SHORT_WORDS = (
    LEFT_SHORT_WORDS
    | RIGHT_SHORT_WORDS
    | frozenset(
        "на до по за не ні від про під над без при між ви де роз із зі зо та те ті ця ці ми ти "
        "ну ж же б би".split()
    )
)

# Step 4: the safe halves. A one-letter word on the left may not be a prefix: `і`, `й` never
# are, `з` is spelled `с` before к п т ф х when it is one. On the right it may not be an
# ending: `в`, `й` end words only after a vowel (`терпців`, `новий`), `а о у і` only after
# a consonant (`матеріала`).
ONE_LETTER_LEFT = {"і": "", "й": "", "з": "кптфх"}  # word -> letters it may precede ("" any)
ONE_LETTER_RIGHT = {"з": "any", "в": "consonant", "й": "consonant"} | dict.fromkeys(
    "аоуі", "vowel"
)  # word -> what the letter before it must be
VOWELS = frozenset("аеєиіїоуюя")
# Known words that also begin compounds (`гідрореактивний`, `суперкавітація`,
# `передвиборчий`): a dictionary gap after them is a rare compound, not glue.
COMPOUND_FIRST = frozenset(
    "авіа авто агро анти аудіо багато біо вело відео гідро гіпер дво електро євро інтер "
    "квазі кіно контр макро мало мега мікро міні мото мульти напів нано ново пів полі "
    "понад після перед проти псевдо радіо само супер теле термо ультра фото через "
    "навколо поміж".split()
)
MIN_HALF = 5
MIN_LONGER_HALF = 7  # two long halves: one this long (`машин|гвера` is a rare word)
MIN_GLUED = 5  # shorter unknown words are abbreviations or typos, not two words

OPENERS = " «\"„“'(—–-"  # what may stand between a sentence's end and its first word
SENTENCE_ENDS = ".!?…"
CYRILLIC = "А-Яа-яҐґЄєІіЇї"
Edit = tuple[str, str]  # (before, after) within one line
# A glued-word candidate: Cyrillic letters only, not part of a longer token (hyphenated or
# apostrophised word, stress-marked word, #hashtag, @handle, URL or file name).
_NEXT_TO = rf"[\w{APOSTROPHES}{STRESS_MARKS}#@/-]"
GLUED_CANDIDATE = re.compile(
    rf"(?<!{_NEXT_TO})(?<!\w\.)[{CYRILLIC}]{{{MIN_GLUED},}}(?!{_NEXT_TO})(?!\.\w)"
)


# Two words glued are rarely over 40 letters (`найвисококваліфікованіший` alone is 25); a
# longer run is no two words, and trying each of its cut points would be quadratic.
MAX_GLUED_LETTERS = 40


def split_glued(line: str) -> tuple[str, list[Edit]]:
    """`підтвердилопочаток` -> `підтвердило початок` (each cut is one (before, after) edit)."""
    edits = []

    def split(match: re.Match[str]) -> str:
        word = match.group()
        if not _may_be_glued(word, line, match.start()):
            return word
        cut = _cut_point(word)
        if cut is None:
            return word
        edits.append((word, f"{word[:cut]} {word[cut:]}"))
        return edits[-1][1]

    return GLUED_CANDIDATE.sub(split, line), edits


def _may_be_glued(word: str, line: str, start: int) -> bool:
    """Lower case, or capitalised at a sentence start; no longer than two words; unknown."""
    if len(word) > MAX_GLUED_LETTERS or word[1:] != word[1:].lower():
        return False
    if word[0].isupper():
        before = start  # back over what may open a sentence, without copying the line
        while before and line[before - 1] in OPENERS:
            before -= 1
        if before and line[before - 1] not in SENTENCE_ENDS:
            return False
    return not is_known(word)


def _cut_point(word: str) -> int | None:
    """Where to put the space: the only plausible cut, when it is also a safe one."""
    plausible = [i for i in range(1, len(word)) if _is_plausible_cut(word, i)]
    if len(plausible) != 1:
        return None  # no reading, or several (`на|блокування` vs `набло|кування`)
    cut = plausible[0]
    left, right = word[:cut].lower(), word[cut:]
    shorter, longer = sorted((len(left), len(right)))
    safe = (
        (shorter < MIN_HALF or longer >= MIN_LONGER_HALF)
        and _is_left_half(left, right[0])
        and _is_right_half(right, left[-1])
    )
    return cut if safe else None


def _is_plausible_cut(word: str, cut: int) -> bool:
    """Both halves are some word: any short word (prefixes and endings too) or known."""
    return all(_is_some_word(half.lower()) for half in (word[:cut], word[cut:]))


def _is_some_word(part: str) -> bool:
    if len(part) == 1:
        return part in ONE_LETTER_WORDS
    return part in SHORT_WORDS or (len(part) >= 3 and is_known(part))


def _is_left_half(left: str, following: str) -> bool:
    if len(left) == 1:
        return left in ONE_LETTER_LEFT and following in (ONE_LETTER_LEFT[left] or following)
    if len(left) < MIN_HALF:
        return left in LEFT_SHORT_WORDS
    return left not in COMPOUND_FIRST and is_known(left)


def _is_right_half(right: str, preceding: str) -> bool:
    if len(right) == 1:
        needs = ONE_LETTER_RIGHT.get(right)
        return needs == "any" or (needs is not None and _sound(preceding) == needs)
    if len(right) < MIN_HALF:
        return right in RIGHT_SHORT_WORDS
    return is_known(right)


def _sound(letter: str) -> str:
    """Whether `letter` is a "vowel" or a "consonant" ("" for the soft sign)."""
    if letter in VOWELS:
        return "vowel"
    return "consonant" if letter.isalpha() and letter != "ь" else ""
