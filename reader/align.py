"""PLACEHOLDER alignment (to be replaced)."""

from pathlib import Path

from reader.model import Paragraph, Problem, Unit


def align(
    paragraphs: tuple[Paragraph, ...], en_path: Path | None
) -> tuple[tuple[tuple[Unit, ...], ...], tuple[Problem, ...]]:
    return tuple(tuple(Unit((s,), "") for s in p.sentences) for p in paragraphs), ()
