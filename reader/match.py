"""PLACEHOLDER matching (to be replaced)."""

from reader.model import Gloss, Glossary, Paragraph


def match(paragraphs: tuple[Paragraph, ...], glossary: Glossary) -> tuple[Gloss, ...]:
    return ()
