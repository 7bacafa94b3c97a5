"""PLACEHOLDER glossary (to be replaced)."""

from collections.abc import Sequence
from pathlib import Path

from reader.model import Glossary


def load_glossary(paths: Sequence[Path]) -> Glossary:
    return Glossary(())


def overlay(shared: Glossary, own: Glossary) -> Glossary:
    return shared
