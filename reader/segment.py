"""PLACEHOLDER segmentation (to be replaced)."""

import re

from reader.model import Paragraph, Sentence, Token


def segment(text: str) -> tuple[Paragraph, ...]:
    paragraphs = []
    for m in re.finditer(r"[^\n]+(?:\n(?!\n)[^\n]+)*", text):
        sentences = []
        for s in re.finditer(r"\S.*?(?:[.!?…]+(?=\s|$)|$)", m.group()):
            start, end = m.start() + s.start(), m.start() + s.end()
            tokens = tuple(
                Token(
                    t.group(),
                    start + t.start(),
                    start + t.end(),
                    "word" if t.group()[0].isalpha() else "punct",
                )
                for t in re.finditer(r"\w+|\S", text[start:end])
            )
            sentences.append(Sentence(text[start:end], start, end, tokens))
        paragraphs.append(Paragraph(m.group(), m.start(), m.end(), tuple(sentences)))
    return tuple(paragraphs)
