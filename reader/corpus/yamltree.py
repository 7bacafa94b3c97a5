"""The tree a teacher's YAML file becomes: text that knows its line, in lists and mappings.

Both readers build it (`reader.corpus.yamllines` for the common shapes, libyaml's events in
`reader.corpus.yamlfile` for everything else), and the glossary and text.yaml checkers walk it.
"""

from __future__ import annotations

from typing import NamedTuple


# Tree nodes are NamedTuples rather than frozen dataclasses: a big glossary builds some
# 100,000 of them, and a tuple is built three times faster. They are just as immutable.
class Scalar(NamedTuple):
    """A piece of text exactly as written (quotes removed, escapes resolved)."""

    text: str
    line: int


class Mapping(NamedTuple):
    """`key: value` pairs in file order; duplicate keys are kept so checkers can name both."""

    items: tuple[tuple[Scalar, Node], ...]
    line: int


class Sequence(NamedTuple):
    """A list (`- item` lines or `[a, b]`)."""

    items: tuple[Node, ...]
    line: int


Node = Scalar | Mapping | Sequence


def describe(node: Node) -> str:
    """How a node's kind reads in a message: 'text', 'a list', 'a mapping'."""
    if isinstance(node, Scalar):
        return "text"
    return "a list" if isinstance(node, Sequence) else "a mapping"
