"""The tree a teacher's YAML file becomes: text that knows its line, in lists and mappings.

`reader.corpus.yamlfile` builds it from the YAML parser's events; the glossary and text.yaml
checkers walk it.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Scalar:
    """A piece of text exactly as written (quotes removed, escapes resolved)."""

    text: str
    line: int


@dataclass(frozen=True, slots=True)
class Mapping:
    """`key: value` pairs in file order; duplicate keys are kept so checkers can name both."""

    items: tuple[tuple[Scalar, Node], ...]
    line: int


@dataclass(frozen=True, slots=True)
class Sequence:
    """A list (`- item` lines or `[a, b]`)."""

    items: tuple[Node, ...]
    line: int


Node = Scalar | Mapping | Sequence


def describe(node: Node) -> str:
    """How a node's kind reads in a message: 'text', 'a list', 'a mapping'."""
    if isinstance(node, Scalar):
        return "text"
    return "a list" if isinstance(node, Sequence) else "a mapping"
