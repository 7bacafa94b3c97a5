"""Spelling keys: every way of writing a word folds to one key, and the shortcut for plain text
gives exactly the key that full normalisation gives."""

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.glossary.spelling import APOSTROPHE, APOSTROPHES, PLAIN, STRESS_MARKS, key


def reference_key(text: str) -> str:
    """The key as defined, with no shortcut: NFC, one apostrophe, no stress, case, spaces."""
    nfc = unicodedata.normalize("NFC", text)
    unified = nfc.translate({ord(c): APOSTROPHE for c in APOSTROPHES})
    decomposed = unicodedata.normalize("NFD", unified)
    unstressed = unicodedata.normalize(
        "NFC", decomposed.translate(dict.fromkeys(map(ord, "\u0301\u0300")))
    )
    return " ".join(unstressed.casefold().split())


@pytest.mark.parametrize(
    "written, expected",
    [
        ("Військо", "військо"),  # plain: only lower-cased
        ("Мо́ва", "мова"),  # combining acute
        ("мо̀ва", "мова"),  # combining grave
        ("ІМ’Я", "ім'я"),  # right single quotation mark
        ("імʼя", "ім'я"),  # modifier letter apostrophe
        ("ім`я", "ім'я"),  # backtick
        ("ім´я", "ім'я"),  # acute accent as an apostrophe
        ("ѝ", "и"),  # a precomposed letter that carries the stress mark
        ("и\u0306ти", "йти"),  # decomposed й is composed
        ("  на\tтлі \n", "на тлі"),  # spaces collapse
        ("Café", "cafe"),  # Latin é loses its acute like any stress mark
    ],
)
def test_every_spelling_folds_to_one_key(written: str, expected: str) -> None:
    assert key(written) == expected


# Text where the folding matters: Cyrillic, every apostrophe, stress marks, other combining
# marks, precomposed accented letters, and odd spaces.
UKRAINIAN_ALPHABET = st.sampled_from(
    [chr(c) for c in range(0x400, 0x530)]
    + list(APOSTROPHES + STRESS_MARKS)
    + list("\u0306\u0308\u0483\u0488\u0341\u0340áóÉÀǾ \t\n\u00a0\u2009ﬁẞß-.,ʹ")
)


@settings(max_examples=2000)
@given(st.text(UKRAINIAN_ALPHABET, max_size=12))
def test_the_key_of_ukrainian_text_is_the_full_key(text: str) -> None:
    assert key(text) == reference_key(text)


@settings(max_examples=1000)
@given(st.text())
def test_the_key_of_any_text_is_the_full_key(text: str) -> None:
    assert key(text) == reference_key(text)


def test_plain_characters_need_no_folding() -> None:
    # The shortcut's premises: plain text is NFC however its characters are combined ...
    pairs = [a + b for a in PLAIN for b in PLAIN]
    assert [pair for pair in pairs if not unicodedata.is_normalized("NFC", pair)] == []
    # ... decomposes to no stress mark, and has only the key's own apostrophe.
    stressed = [c for c in PLAIN if set(unicodedata.normalize("NFD", c)) & set(STRESS_MARKS)]
    assert stressed == []
    assert set(PLAIN) & set(APOSTROPHES) == {APOSTROPHE}
    # Ukrainian letters and the apostrophe are plain, so headwords take the shortcut.
    assert set("абвгґдеєжзиіїйклмнопрстуфхцчшщьюяАБВГҐДЕЄЖЗИІЇЙКЛМНОПРСТУФХЦЧШЩЬЮЯ' -") <= set(
        PLAIN
    )
