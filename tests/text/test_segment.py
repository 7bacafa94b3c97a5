"""Paragraphs and tokens (reader.text.segment): offsets into the text, words, numbers, codes."""

from __future__ import annotations

import pytest
from hypothesis import given, settings

from reader.text.segment import segment, tokenize
from tests.text.test_sentences import ANY_TEXT


def test_segment_gives_paragraphs_sentences_and_tokens_with_offsets() -> None:
    text = (
        "Кінець епохи\n\n"
        "Відповідну заяву оприлюднив глава Пентагону Ллойд Остін. Про це він написав у X.\n\n"
        "  Наразі в Іраку перебувають майже 2 500 військових.  \n"
    )
    paragraphs = segment(text)
    assert [p.text for p in paragraphs] == [
        "Кінець епохи",
        "Відповідну заяву оприлюднив глава Пентагону Ллойд Остін. Про це він написав у X.",
        "Наразі в Іраку перебувають майже 2 500 військових.",
    ]
    assert [[s.text for s in p.sentences] for p in paragraphs][1] == [
        "Відповідну заяву оприлюднив глава Пентагону Ллойд Остін.",
        "Про це він написав у X.",
    ]
    last = paragraphs[2].sentences[0]
    assert [(t.text, t.kind) for t in last.tokens][-3:] == [
        ("2 500", "number"),
        ("військових", "word"),
        (".", "punct"),
    ]
    for paragraph in paragraphs:
        assert text[paragraph.start : paragraph.end] == paragraph.text
        for sentence in paragraph.sentences:
            assert text[sentence.start : sentence.end] == sentence.text
            assert all(text[t.start : t.end] == t.text for t in sentence.tokens)


TOKENS = [
    # apostrophes in every variant, internal hyphens and stress marks stay inside a word
    ("прем'єр-міністр зобов’язання імʼя", ["прем'єр-міністр", "зобов’язання", "імʼя"]),
    ("будь-який мо́ва", ["будь-який", "мо́ва"]),
    # numbers with thousands spaces (normal, no-break, thin) are one token
    ("майже 2 500 військових", ["майже", "2 500", "військових"]),
    ("12\u00a0000 і 1\u202f000\u202f000", ["12\u00a0000", "і", "1\u202f000\u202f000"]),
    # decimal comma, ranges, dates, times, percent, ordinal endings
    ("2,5 млн грн", ["2,5", "млн", "грн"]),
    ("у 1828-1829 рр.", ["у", "1828-1829", "рр", "."]),
    ("12.02.2024 о 10:30", ["12.02.2024", "о", "10:30"]),
    ("на 5 % і 5%", ["на", "5 %", "і", "5%"]),
    ("у 90-х роках", ["у", "90-х", "роках"]),
    # codes are single tokens
    ("Закон №123-IX", ["Закон", "№123-IX"]),
    ("F-16 і Су-25", ["F-16", "і", "Су-25"]),
    # Latin words and punctuation
    ("у X/Twitter, CNN", ["у", "X", "/", "Twitter", ",", "CNN"]),
    ("«Ні!»?.. Так…", ["«", "Ні", "!", "»", "?..", "Так", "…"]),
    ("https://t.me/x.", ["https://t.me/x", "."]),
]


@pytest.mark.parametrize(("text", "expected"), TOKENS)
def test_tokens(text: str, expected: list[str]) -> None:
    assert [t.text for t in tokenize(text)] == expected


def test_token_kinds() -> None:
    tokens = tokenize("Остін написав у X: 2 500 + «мо́ва»!")
    assert [(t.text, t.kind) for t in tokens] == [
        ("Остін", "word"),
        ("написав", "word"),
        ("у", "word"),
        ("X", "latin"),
        (":", "punct"),
        ("2 500", "number"),
        ("+", "symbol"),
        ("«", "punct"),
        ("мо́ва", "word"),
        ("»", "punct"),
        ("!", "punct"),
    ]


def test_tokenize_a_slice_keeps_offsets_into_the_whole_text() -> None:
    text = "Перше речення. Друге речення."
    tokens = tokenize(text, 15, len(text))
    assert [(t.text, t.start) for t in tokens] == [("Друге", 15), ("речення", 21), (".", 28)]


@settings(deadline=None)  # a property, not a timing
@given(ANY_TEXT)
def test_token_offsets_reproduce_any_text(text: str) -> None:
    tokens = tokenize(text)
    uncovered = list(text)
    previous_end = 0
    for token in tokens:
        assert text[token.start : token.end] == token.text
        assert token.start >= previous_end and token.end > token.start
        previous_end = token.end
        uncovered[token.start : token.end] = [" "] * (token.end - token.start)
    assert "".join(uncovered).strip() == ""


@settings(deadline=None)  # a property, not a timing
@given(ANY_TEXT)
def test_segment_offsets_point_into_any_text(text: str) -> None:
    for paragraph in segment(text):
        assert text[paragraph.start : paragraph.end] == paragraph.text
        assert "\n\n" not in paragraph.text.replace(" ", "")
        for sentence in paragraph.sentences:
            assert paragraph.start <= sentence.start < sentence.end <= paragraph.end
            assert text[sentence.start : sentence.end] == sentence.text
            for token in sentence.tokens:
                assert sentence.start <= token.start < token.end <= sentence.end
                assert text[token.start : token.end] == token.text
