"""Bytes -> text, for every teacher file: one UTF-8 decoder, one message for a bad byte.

`decode_utf8` reads en.txt, text.yaml and glossary files: UTF-8, a byte-order mark allowed,
nothing else. A byte that is not UTF-8 is reported at its line, the same for every file:

    texts/kava/en.txt:3: this file is not UTF-8 text (byte 0xe9 cannot be read); save it as UTF-8

Only uk.txt (`decode`) is also read in other encodings, because Ukrainian articles are still
copied from sites and files in cp1251 or koi8-u, and Ukrainian letters tell them apart. The
others are UTF-8 only: en.txt is English, whose letters tell no legacy code page from another
(and an English file in one is rare), and YAML is UTF-8 by its specification, so a file in
any other encoding is a mistake best fixed by saving it again.

`decode` takes UTF-8 (with or without BOM), UTF-16 with a BOM, or a legacy Cyrillic encoding.
Files that are not UTF-8 are decoded as cp1251 and as koi8-u and the reading that looks
more like Ukrainian wins. The two encodings put the same letters at swapped cases, so the
wrong reading of a word is in the other case and scrambled:

    bytes of "Так, працюю" in koi8-u   read as koi8-u: "Так, працюю"    (score high)
                                       read as cp1251: "фБЛ, РТБГАА"    (score low)

The score adds log letter frequencies of Ukrainian, a bonus for lines that start with a
capital, and penalties for a capital right after a small letter, long words in capitals
and symbols that are neither letters nor common punctuation (koi8-u's і ї є read as cp1251
are `¦ § ¤`; cp1251's are box-drawing characters in koi8-u). A reading where more than a
tenth of the non-ASCII words are not Cyrillic at all (Latin-1, cp866, binary junk) is not
considered; with no reading left the file is an error.
"""

from __future__ import annotations

import math
import re
from pathlib import Path

from reader.errors import InputError, ProblemsFound
from reader.model import Origin, Problem

NOT_UTF8 = "this file is not UTF-8 text (byte {byte} cannot be read); save it as UTF-8"

# Ukrainian letter frequencies (per cent of letters, rounded) for telling cp1251 from koi8-u.
LETTER_FREQUENCY = dict(
    zip(
        "оанитіревсклудмпяьзбгчхжйцюєшїщфґ",
        [9.3, 7.5, 6.5, 6.1, 5.5, 5.6, 4.7, 4.7, 5.2, 4.1, 3.5, 3.6, 4.0, 3.5, 3.1, 2.9]
        + [2.9, 2.9, 2.3, 1.7, 1.6, 1.8, 1.2, 0.9, 1.1, 1.0, 0.9, 0.8, 0.8, 0.6, 0.6, 0.3, 0.05],
        strict=True,
    )
)
RARE_LETTER = 0.01  # Russian-only letters (ы э ъ ё) and anything else Cyrillic
LEGACY_PUNCTUATION = "«»—–…’‘“”„№\u00a0•°"
CASE_PENALTY = 6.0  # a capital right after a small letter: `фБЛ`
SYMBOL_PENALTY = 8.0  # a non-ASCII character that is neither a letter nor common punctuation
CAPITAL_START = 3.0  # a line that starts with a capital (the swapped case starts small)
LONG_CAPS = 4  # acronyms (США, ІДІЛ) are short; longer words in capitals cost CAPS_PENALTY
CAPS_PENALTY = 1.5  # per letter beyond LONG_CAPS
LEGACY_ENCODINGS = ("cp1251", "koi8_u")
ENCODING_NAMES = {"cp1251": "cp1251", "koi8_u": "koi8-u", "utf-16": "UTF-16"}

CYRILLIC = "А-Яа-яҐґЄєІіЇї"
CYRILLIC_CAPITALS = "А-ЯҐЄІЇ"


def read_bytes(path: Path) -> bytes:
    """The bytes of a teacher file; raise InputError when it cannot be read."""
    try:
        return path.read_bytes()
    except OSError as error:
        reason = error.strerror or str(error)
        raise InputError(path, f"cannot read the file ({reason}); check the path") from None


def decode_utf8(data: bytes, path: Path) -> str:
    """`data` as UTF-8 text (a BOM dropped); raise ProblemsFound at the line of a bad byte."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ProblemsFound([not_utf8(data, error, path)], str(path)) from None


def not_utf8(data: bytes, error: UnicodeDecodeError, path: Path) -> Problem:
    """The problem of a file whose bytes stop being UTF-8 at `error.start`: at its line."""
    line = data[: error.start].count(b"\n") + 1
    return Problem(Origin(path, line), NOT_UTF8.format(byte=f"0x{data[error.start]:02x}"))


def decode(data: bytes, path: Path) -> tuple[str, str]:
    """The text of `data` and the name of the encoding it was in ("" for UTF-8).

    Raise ProblemsFound for a bad byte in a file that is otherwise UTF-8 (as `decode_utf8`
    does), InputError for a file that is no text at all.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError(path, "starts like UTF-16 but is not; save it as UTF-8") from None
        if "\x00" not in text:
            return text, ENCODING_NAMES["utf-16"]
    if b"\x00" in data:
        raise InputError(
            path, "is not a text file (it contains NUL bytes); save the article as UTF-8 text"
        )
    try:
        return data.decode("utf-8-sig"), ""
    except UnicodeDecodeError as error:
        if data.startswith(b"\xef\xbb\xbf") or _mostly_utf8(data):
            raise ProblemsFound([not_utf8(data, error, path)], str(path)) from None
    readings = [(_ukrainian_score(t), e, t) for e, t in _legacy_readings(data)]
    if not readings:
        raise InputError(
            path,
            "cannot tell its encoding: it is not UTF-8 and does not read as Ukrainian "
            "in cp1251 or koi8-u; save it as UTF-8",
        )
    _, encoding, text = max(readings)
    return text, ENCODING_NAMES[encoding]


def _mostly_utf8(data: bytes) -> bool:
    """True when the bytes are UTF-8 with a few broken characters, not a legacy encoding."""
    text = data.decode("utf-8", errors="replace")
    broken = text.count("\ufffd")
    return sum(1 for c in text if ord(c) > 0x7F) - broken > 10 * broken


def _legacy_readings(data: bytes) -> list[tuple[str, str]]:
    """The legacy decodings of `data` that look like Cyrillic text at all."""
    readings = []
    for encoding in LEGACY_ENCODINGS:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        high = [w for w in re.findall(r"\S+", text) if any(ord(c) > 0x7F for c in w)]
        bad = sum(1 for w in high if not _reads_as_cyrillic(w))
        if high and bad <= 0.1 * len(high):
            readings.append((encoding, text))
    return readings


def _reads_as_cyrillic(word: str) -> bool:
    """A word of Cyrillic letters and punctuation, no Latin letters or odd symbols."""
    letters = [c for c in word if c.isalpha()]
    return all(is_cyrillic(c) for c in letters) and all(
        c.isascii() or c.isalpha() or c in LEGACY_PUNCTUATION for c in word
    )


def _ukrainian_score(text: str) -> float:
    """How much `text` reads like Ukrainian: log letter frequencies minus penalties."""
    starts = re.findall(r"^[^\w\n]*(\w)", text, flags=re.MULTILINE)
    score = CAPITAL_START * sum(1 for c in starts if is_cyrillic(c) and c.isupper())
    for caps in re.findall(rf"[{CYRILLIC_CAPITALS}]{{{LONG_CAPS + 1},}}", text):
        score -= CAPS_PENALTY * (len(caps) - LONG_CAPS)
    previous = ""
    for char in text:
        if is_cyrillic(char):
            score += math.log(LETTER_FREQUENCY.get(char.lower(), RARE_LETTER))
            if char.isupper() and previous.islower():
                score -= CASE_PENALTY
        elif ord(char) > 0x7F and char not in LEGACY_PUNCTUATION:
            score -= SYMBOL_PENALTY
        previous = char
    return score


def is_cyrillic(char: str) -> bool:
    """A letter (or sign) of the Cyrillic block, any language, either case."""
    return "\u0400" <= char <= "\u04ff"
