"""PLACEHOLDER: text.yaml -> TextMeta (to be replaced)."""

from pathlib import Path

from reader.model import TextMeta


def load_meta(path: Path | None) -> TextMeta:
    return TextMeta()
