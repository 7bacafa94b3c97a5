"""Read a teacher's YAML file into a small tree where every value is text and knows its line.

Teachers write YAML by hand, so the loader is strict about YAML's surprises and kind in
its messages. It composes its own tree (`reader.corpus.yamltree`) straight from the
parser's events; no resolver or constructor ever runs, which is what makes each guarantee
below hold:

    ні: no            ->  "no" (line 1)      never the boolean False
    код: 010          ->  "010" (line 2)     never the number 8
    слово:            ->  "" (line 3)        never None (the checker calls it empty)
    ні: yes           ->  both pairs kept, in order, so a checker can name both lines
                          (PyYAML's loaders keep the last one silently, yaml/pyyaml#165)
    a: &x [...]       ->  refused at the anchor, before anything is built, so a
    b: [*x, *x, ...]      "billion laughs" file costs nothing

The events come from libyaml's parser (`yaml.CParser`) when PyYAML was built with it, and
from PyYAML's pure-Python parser otherwise; both give the same events and the same error
marks, so every message about bad YAML is the parser's own, with a hint for common slips.
libyaml's own composer (`CParser.get_single_node`) keeps anchors to itself, so an anchor
that no alias uses could not be refused; this module composes the tree itself instead.
Problems are returned, not raised, so a caller can collect those of every file and report
them together.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence as Seq
from pathlib import Path

import yaml
from yaml.events import (
    AliasEvent,
    DocumentStartEvent,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
    StreamEndEvent,
)

from reader.corpus.decoding import decode_utf8
from reader.corpus.yamltree import Document, Mapping, Node, Sequence, describe
from reader.errors import ProblemsFound
from reader.model import Origin, Problem

try:  # libyaml's parser, when PyYAML was built with it (see the module docstring)
    from yaml.cyaml import CParser as _Parser
except ImportError:  # pragma: no cover - PyYAML built without libyaml
    from yaml.parser import Parser
    from yaml.reader import Reader
    from yaml.scanner import Scanner

    class _Parser(Reader, Scanner, Parser):  # type: ignore[no-redef]
        def __init__(self, stream: str) -> None:
            Reader.__init__(self, stream)
            Scanner.__init__(self)
            Parser.__init__(self)

        def dispose(self) -> None:
            """Nothing to free; libyaml's parser has this method, so this one does too."""


TAB_INDENT = "tabs are not allowed for indentation; use spaces"
NO_ANCHORS = "YAML anchors and aliases (&name, *name) are not allowed; write the value out in full"
NO_TAGS = "YAML tags like {tag} are not allowed; every value is read as text anyway"
ONE_DOCUMENT = "only one YAML document per file is allowed; remove the '---' line"
KEY_NOT_TEXT = "a key must be text, not {kind}"
# The parser's words for common slips, and what to do about them.
# A misplaced `: ` is text with `: ` in it, or a field indented deeper than the one above it
# (the parser reads it as more of that field's text); the message cannot tell which.
MISPLACED_COLON = (
    "put text that contains ': ' in quotes; if this line is a field, indent it like the "
    "field above it (deeper, it reads as part of that field's text)"
)
HINTS = {
    "mapping values are not allowed in this context": MISPLACED_COLON,
    "mapping values are not allowed here": MISPLACED_COLON,
    "found unexpected end of stream": "a quote is not closed",
    "found character that cannot start any token": "put text that starts with @ or ` in quotes",
}
_TAB_INDENTED = re.compile(r"^[ ]*\t", re.MULTILINE)


class _Refused(Exception):
    """A construct teacher files may not use; stops composing at once."""

    def __init__(self, line: int, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.message = message


def read(path: Path) -> tuple[Document | None, tuple[Problem, ...]]:
    """The tree of a YAML file (None when empty) and its problems; read errors are problems."""
    try:
        data = path.read_bytes()
    except OSError as error:
        return None, (Problem(Origin(path, 1), f"cannot read this file: {error.strerror}"),)
    return parse_bytes(data, path)


def parse_bytes(data: bytes, path: Path) -> tuple[Document | None, tuple[Problem, ...]]:
    """Decode UTF-8 (a BOM is fine) and parse; `path` is only used in problems."""
    try:
        text = decode_utf8(data, path)
    except ProblemsFound as found:
        return None, found.problems
    return parse(text, path)


def parse(text: str, path: Path) -> tuple[Document | None, tuple[Problem, ...]]:
    """Parse YAML text into a tree of text; the first structural problem stops the file."""
    # Tabs first: the parser's own message for them ("cannot start any token") helps nobody.
    tabs = _tab_indented_lines(text) if "\t" in text else ()  # (one scan when there is none)
    if tabs:
        return None, tuple(Problem(Origin(path, line), TAB_INDENT) for line in tabs)
    parser = None
    try:
        parser = _Parser(text)
        return _compose(parser), ()
    except _Refused as refused:
        return None, (Problem(Origin(path, refused.line), refused.message),)
    except yaml.MarkedYAMLError as error:
        return None, (_yaml_problem(error, path),)
    except yaml.reader.ReaderError as error:
        # libyaml counts bytes, PyYAML characters: find the character itself instead
        at = text.find(chr(error.character))
        line = text.count("\n", 0, at) + 1 if at >= 0 else 1
        message = f"character U+{error.character:04X} is not allowed in YAML; remove it"
        return None, (Problem(Origin(path, line), message),)
    finally:
        if parser is not None:
            parser.dispose()


def _tab_indented_lines(text: str) -> list[int]:
    """The numbers of the lines indented with a tab, counting line breaks once."""
    lines, line, counted = [], 1, 0
    for match in _TAB_INDENTED.finditer(text):
        line += text.count("\n", counted, match.start())
        counted = match.start()
        lines.append(line)
    return lines


def _compose(parser: _Parser) -> Document | None:
    """Build the tree from parser events, refusing anchors, aliases, tags and extra documents."""
    top: list[Node] = []  # the document's one node lands here
    items = top  # the innermost open collection: a list's items, a mapping's keys and values
    lines: list[int] = []  # the line of each of `items`
    # each enclosing collection's items and lines, and the line of the one it holds open
    outer: list[tuple[list[Node], list[int], int]] = []
    documents = 0
    while True:
        event = parser.get_event()
        kind = type(event)  # (one look per event, scalars first: they are most of a file)
        if kind is ScalarEvent:
            if event.anchor is not None or event.tag is not None:
                _refuse_marked(event)
            items.append(event.value)
            lines.append(event.start_mark.line + 1)
        elif kind is MappingStartEvent or kind is SequenceStartEvent:
            if event.anchor is not None or event.tag is not None:
                _refuse_marked(event)
            outer.append((items, lines, event.start_mark.line + 1))
            items, lines = [], []
        elif kind is MappingEndEvent:
            keys, key_lines = items[::2], lines[::2]
            for name, line in zip(keys, key_lines, strict=True):
                if not isinstance(name, str):
                    raise _Refused(line, KEY_NOT_TEXT.format(kind=describe(name)))
            values, value_lines = tuple(items[1::2]), tuple(lines[1::2])
            items, lines, line = outer.pop()
            items.append(Mapping(tuple(keys), values, tuple(key_lines), value_lines, line))
            lines.append(line)
        elif kind is SequenceEndEvent:
            node_items, node_lines = tuple(items), tuple(lines)
            items, lines, line = outer.pop()
            items.append(Sequence(node_items, node_lines, line))
            lines.append(line)
        elif kind is AliasEvent:
            raise _Refused(event.start_mark.line + 1, NO_ANCHORS)
        elif kind is DocumentStartEvent:
            documents += 1
            if documents > 1:
                raise _Refused(event.start_mark.line + 1, ONE_DOCUMENT)
        elif kind is StreamEndEvent:
            return Document(top[0], lines[0]) if top else None
        # stream start, document end: nothing to do


def _refuse_marked(event: yaml.NodeEvent) -> None:
    """Refuse an anchor (`&a`) or a tag (`!!int`) on a node."""
    if event.anchor is not None:
        raise _Refused(event.start_mark.line + 1, NO_ANCHORS)
    tag = event.tag.replace("tag:yaml.org,2002:", "!!")  # as the teacher wrote it
    raise _Refused(event.start_mark.line + 1, NO_TAGS.format(tag=tag))


def _yaml_problem(error: yaml.MarkedYAMLError, path: Path) -> Problem:
    problem = error.problem or "cannot be read"
    # An unclosed quote is found at the end of the file; where it opened is what helps.
    unclosed = problem == "found unexpected end of stream" and error.context_mark
    mark = error.context_mark if unclosed else error.problem_mark
    hint = HINTS.get(problem)
    message = f"invalid YAML at column {mark.column + 1}: {problem}"
    return Problem(Origin(path, mark.line + 1), f"{message} ({hint})" if hint else message)


def _prefix(owner: str) -> str:
    """What a message is about, e.g. "'річ': "; nothing for a whole file's fields."""
    return f"{owner}: " if owner else ""


def fields(
    mapping: Mapping, known: Seq[str], owner: str, path: Path
) -> tuple[dict[str, tuple[int, Node, int]], list[Problem]]:
    """The known fields of a mapping by name, as (the line of the name, the value, its line);
    unknown (with a "did you mean") and repeated fields are problems."""
    found: dict[str, tuple[int, Node, int]] = {}
    problems: list[Problem] = []
    for name, line, value, value_line in mapping.pairs():
        if name in found:
            first = found[name][0]
            message = f"{_prefix(owner)}field '{name}' is given twice (also at line {first})"
            problems.append(Problem(Origin(path, line), f"{message}; keep one"))
        elif name not in known:
            message = unknown_field(name, known, owner)
            problems.append(Problem(Origin(path, line), message))
        else:
            found[name] = (line, value, value_line)
    return found, problems


def unknown_field(name: str, known: Seq[str], owner: str) -> str:
    """The unknown-field message: a "did you mean" when a field is close, else the field list."""
    close = difflib.get_close_matches(name, known, n=1, cutoff=0.6)
    if close:
        return f"{_prefix(owner)}unknown field '{name}'; did you mean '{close[0]}'?"
    return f"{_prefix(owner)}unknown field '{name}'; the fields are {', '.join(known)}"


def text(node: Node, name: str, owner: str, path: Path) -> tuple[str, tuple[Problem, ...]]:
    """The text of a field, or a "should be text" problem."""
    if isinstance(node, str):
        return node, ()
    message = f"{_prefix(owner)}'{name}' should be text, not {describe(node)}"
    return "", (Problem(Origin(path, node.line), message),)


def texts(
    node: Node, name: str, owner: str, path: Path
) -> tuple[tuple[str, ...], tuple[Problem, ...]]:
    """A list of texts; a single text is a list of one, an empty value an empty list."""
    if isinstance(node, str):
        return ((node,) if node.strip() else ()), ()
    if isinstance(node, Sequence):
        values = []
        for item in node.items:
            if not isinstance(item, str):
                message = (
                    f"{_prefix(owner)}'{name}' should be a list of text like [a, b]; "
                    f"this item is {describe(item)}"
                )
                return (), (Problem(Origin(path, item.line), message),)
            if item.strip():
                values.append(item)
        return tuple(values), ()
    message = f"{_prefix(owner)}'{name}' should be a list of text like [a, b], not {describe(node)}"
    return (), (Problem(Origin(path, node.line), message),)
