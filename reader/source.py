"""PLACEHOLDER source stage (to be replaced)."""

import unicodedata
from pathlib import Path

from reader.model import Source


def read_source(path: Path, debris: tuple[str, ...] = ()) -> Source:
    text = unicodedata.normalize("NFC", path.read_text(encoding="utf-8"))
    paragraphs = [
        " ".join(p.split()) for p in text.replace("\r\n", "\n").split("\n\n") if p.strip()
    ]
    return Source(path, "\n\n".join(paragraphs), paragraphs[0] if paragraphs else "", (), (), ())
