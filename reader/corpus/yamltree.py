"""The tree a teacher's YAML file becomes: text in lists and mappings, every value with its line.

`reader.corpus.yamlfile` builds it from the YAML parser's events; the glossary and text.yaml
checkers walk it. A scalar is just its text (a `str`); the list or mapping that holds it
keeps its line, so a file of thousands of values makes no object per value:

    військо: army          Document(Mapping(keys=("військо", "замок"),
    замок:                                  values=("army", Sequence(("castle",), (3,), 3)),
      - castle                              key_lines=(1, 2), value_lines=(1, 3), line=1),
                                    line=1)
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Mapping:
    """`key: value` pairs in file order; duplicate keys are kept so checkers can name both.
    Keys are text; each key's line and each value's line are kept alongside."""

    keys: tuple[str, ...]
    values: tuple[Node, ...]
    key_lines: tuple[int, ...]
    value_lines: tuple[int, ...]
    line: int

    def pairs(self) -> Iterator[tuple[str, int, Node, int]]:
        """Each pair as (key, its line, value, its line), in file order."""
        return zip(self.keys, self.key_lines, self.values, self.value_lines, strict=True)


@dataclass(frozen=True, slots=True)
class Sequence:
    """A list (`- item` lines or `[a, b]`), and the line of each item."""

    items: tuple[Node, ...]
    lines: tuple[int, ...]
    line: int


Node = str | Mapping | Sequence


@dataclass(frozen=True, slots=True)
class Document:
    """A file's one node and the line it starts on (a node that is text has no line of its own)."""

    root: Node
    line: int


def describe(node: Node) -> str:
    """How a node's kind reads in a message: 'text', 'a list', 'a mapping'."""
    if isinstance(node, str):
        return "text"
    return "a list" if isinstance(node, Sequence) else "a mapping"
