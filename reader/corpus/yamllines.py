"""The usual shapes of a glossary file, read line by line without the YAML parser.

Nearly every line a teacher writes has one of a few shapes. Splitting a whole file into
rows with one regular expression and building the tree from the rows takes 45% fewer
instructions than libyaml's events and the tree built from those (reader.corpus.yamlfile), and
for a big glossary the YAML layer is most of the loading time:

    військо: army; (pl.) troops        headword: value       a value is plain, 'single' or
    виведення:                         headword:             "double" quoted, [a, b] or
      en: withdrawal  # a comment        field: value        {k: v}, on one line
      tags: [military, news]             (a block of fields, one level deep)
    замок:                             headword:
      - {stress: за́мок, en: castle}       - value            (a block of list items)
      - en: lock                         - field: value     (an item of fields, whose
        stress: замо́к                       field: value      lines line up under the first)

`read` gives the tree libyaml's events give (tests/test_yamllines.py checks that with
hypothesis, line numbers included), or raises Declined at the first line that is anything
else: a value over several lines, a block scalar (`|`, `>`), a backslash escape, an anchor,
an alias or a tag, a deeper block, a document marker, a tab or another character YAML reads
specially. The caller then reads the whole file through the YAML parser, so a declined file
is read more slowly, never differently, and every message about bad YAML still comes from
the parser.
"""

from __future__ import annotations

import re

from reader.corpus.yamltree import Mapping, Node, Scalar, Sequence


class Declined(Exception):
    """The text has a shape this reader does not know; read it with the YAML parser."""


# An unquoted scalar may not start with a space or an indicator (YAML gives most of them a
# meaning there: - ? : , [ ] { } # & * ! | > ' " % @ `). YAML's only spaces are the space and
# the tab (declined by `read`). No class below may match a line break, so that every line of the
# file is one row of _LINE.findall.
_PLAIN_START = r"[^ \n\-?:,\[\]{}#&*!|>'\"%@`]"
# A key: unquoted, no colon, hash or bracket inside, no space before its colon.
_KEY = rf"{_PLAIN_START}[^:#\[\]{{}}\n]*+(?<! )"
_SINGLE = r"'(?:[^'\n]++|'')*+'"  # '' stands for one quote
_DOUBLE = r'"[^"\\\n]*+"'  # no escapes: the text between the quotes is the value
# Inside [...] and {...} an unquoted item has no comma or colon either.
_FLOW_PLAIN = rf"{_PLAIN_START}(?:[^:,#\[\]{{}}\n]*[^ \n:,#\[\]{{}}])?"
_FLOW_ITEM = rf"(?:{_SINGLE}|{_DOUBLE}|{_FLOW_PLAIN})"
_FLOW_PAIR = rf"{_FLOW_PLAIN}: +{_FLOW_ITEM}"
# The usual flow list or mapping is bare: each item starts as an unquoted scalar does and holds
# no comma, colon, hash or bracket, so splitting at the commas (and colons) finds the items,
# and YAML drops the spaces around them. `[ім'я, імені]` and `{en: castle, pos: noun}` are
# bare; `['a, b']` and `[]` are not, and go through _flow.
_BARE_ITEM = rf"{_PLAIN_START}[^\n:,#\[\]{{}}]*+"
_BARE_ITEMS = rf" *+{_BARE_ITEM}(?:, *+{_BARE_ITEM})*+"
_BARE_PAIR = rf"{_BARE_ITEM}: ++{_BARE_ITEM}"
_BARE_PAIRS = rf" *+{_BARE_PAIR}(?:, *+{_BARE_PAIR})*+"
_LINE_END = r"(?: +#.*| *)"  # what may follow a closing quote or bracket: a comment
# One row per line: (indent, "- " before a key, key, lone "-", then what follows the colon or
# the dash: the items of a bare flow list, the pairs of a bare flow mapping, a 'single' or a
# "double" quoted text without its opening quote (so that '' is not an empty group), or
# anything else up to the end of the line; and last, a line of any other shape). A blank or
# comment line gives a row of empty strings; a line of another shape makes the reader decline.
# A line that starts with a document marker (`...` or `---` and a space) is of another shape,
# even `... a: b`.
_LINE = re.compile(
    rf"^(?:(?!(?:\.\.\.|---)(?: |$))( *+)(?:(- ++)?({_KEY}):|(-))"
    rf"(?: +(?:(?:\[({_BARE_ITEMS})\]|\{{({_BARE_PAIRS})\}}"
    rf"|'({_SINGLE[1:]})|\"({_DOUBLE[1:]})){_LINE_END}|(.*)))?"
    rf"| *(?:#.*)?|(.+))$\n?",
    re.MULTILINE,
)
_FLOW_LIST = re.compile(rf"(\[ *(?:{_FLOW_ITEM}(?: *, *{_FLOW_ITEM})*)? *\]){_LINE_END}")
_FLOW_MAPPING = re.compile(rf"(\{{ *(?:{_FLOW_PAIR}(?: *, *{_FLOW_PAIR})*)? *\}}){_LINE_END}")
_FLOW_ITEMS = re.compile(_FLOW_ITEM)
_FLOW_PAIRS = re.compile(rf"({_FLOW_PLAIN}): +({_FLOW_ITEM})")
_QUOTES = frozenset("'\"")
# The indicators a value found in the last group may start with, other than `[`, `{` and `#`
# (read before these are checked): each makes it something else than plain text. A quote there
# has text after its closing quote, or no closing quote on the line.
_CANNOT_START_PLAIN = frozenset("-?:,]}&*!|>%@`'\"")
_LONGEST_KEY = 1000  # libyaml refuses a key over 1024 characters; leave that to it

_new = tuple.__new__  # Scalar(...) runs a generated Python __new__; this is three times faster


def read(text: str) -> Node | None:
    """The tree of a glossary-shaped YAML text (None when it has no entries), or Declined."""
    # Anything but printable text and line breaks is left to the parser: tabs, control
    # characters, the other line breaks YAML knows (\r, U+0085, U+2028, U+2029), a byte-order
    # mark, and (more than needed) Unicode spaces and format characters like U+00A0 or U+200B.
    if not text.replace("\n", " ").isprintable():
        raise Declined
    entries: list[tuple[Scalar, Node]] = []
    headword: Scalar | None = None  # a top-level key with nothing after its colon...
    block: list = []  # ...and the items of the block indented under it
    margin = ""  # the block's indent
    is_list = False  # a block of `- item` lines, not of `field: value` lines
    fields: list = []  # the fields of a list item written `- field: value`...
    column = -1  # ...and the column they start at (-1: the last item is not one)
    rows = _LINE.findall(text)
    for line, row in enumerate(rows, 1):
        # (what follows the colon or the dash: at most one of the next five is not empty)
        indent, dash_key, written_key, dash, items, pairs, single, double, written, other = row
        if other or len(written_key) > _LONGEST_KEY:
            raise Declined
        if not indent and not written_key:
            if dash:
                raise Declined  # a list at the top, or a document marker
            continue  # a blank line or a comment
        value: Node | None = None  # nothing after the colon (or the dash) but maybe a comment
        if written:
            first = written[0]
            if first == "[" or first == "{":
                value = _flow(written, line)
            elif first != "#":  # plain text, by far the most common value
                if first in _CANNOT_START_PLAIN:
                    raise Declined  # an indicator YAML reads before the text
                if " #" in written:
                    written = written[: written.index(" #")]  # the comment
                if written[-1] == " ":
                    written = written.rstrip(" ")
                if ": " in written or written[-1] == ":":
                    raise Declined  # a mapping inside the value
                value = _new(Scalar, (written, line))
        elif items:
            value = _new(Sequence, (_scalars(items.split(","), line), line))
        elif pairs:
            value = _bare_mapping(pairs, line)
        elif single:
            value = _new(Scalar, (single[:-1].replace("''", "'"), line))
        elif double:
            value = _new(Scalar, (double[:-1], line))
        if not indent:
            if dash_key:
                raise Declined  # a list at the top
            if headword is not None:
                entries.append((headword, _block(headword, block, is_list)))
            headword = _new(Scalar, (written_key, line))
            if value is not None:
                entries.append((headword, value))
                headword = None
            else:
                block, margin, column = [], "", -1
            continue
        if headword is None:
            raise Declined  # a value continued on the next line, or a block under a field
        if value is None:
            value = _new(Scalar, ("", line))
        if not block:
            margin, is_list = indent, bool(dash or dash_key)
        if indent == margin:
            if is_list and dash:
                block.append(value)
                column = -1
            elif is_list and dash_key:
                fields = [(_new(Scalar, (written_key, line)), value)]
                block.append(fields)  # made a Mapping when the block ends
                column = len(indent) + len(dash_key)
            elif not is_list and written_key and not dash_key:
                block.append((_new(Scalar, (written_key, line)), value))
            else:
                raise Declined  # fields mixed with items
        elif len(indent) == column and written_key and not dash_key:
            fields.append((_new(Scalar, (written_key, line)), value))
        else:
            raise Declined  # a deeper or shallower block
    if headword is not None:
        entries.append((headword, _block(headword, block, is_list)))
    return _new(Mapping, (tuple(entries), entries[0][0].line)) if entries else None


def _scalars(texts: list[str], line: int) -> tuple[Scalar, ...]:
    """The Scalars of the items of a bare flow list or mapping."""
    return tuple([_new(Scalar, (text.strip(" "), line)) for text in texts])


def _bare_mapping(pairs: str, line: int) -> Mapping:
    """The node of a bare flow mapping from the text between its braces: `en: castle, pos: noun`."""
    # Its only colons and commas are the separators: names and items alternate between them.
    parts = _scalars(pairs.replace(":", ",").split(","), line)
    if len(pairs) > _LONGEST_KEY and any(len(name.text) > _LONGEST_KEY for name in parts[::2]):
        raise Declined
    return _new(Mapping, (tuple(zip(parts[::2], parts[1::2], strict=True)), line))


def _block(headword: Scalar, block: list, is_list: bool) -> Node:
    """The value of a key with nothing after its colon: its block, or empty text."""
    if not block:
        return _new(Scalar, ("", headword.line))
    if not is_list:
        return _new(Mapping, (tuple(block), block[0][0].line))
    items = [
        _new(Mapping, (tuple(item), item[0][0].line)) if type(item) is list else item
        for item in block
    ]
    return _new(Sequence, (tuple(items), items[0].line))


def _flow(written: str, line: int) -> Node:
    """The node of a flow list or mapping that is not bare (quoted items, an empty one), or
    Declined."""
    is_list = written[0] == "["
    match = (_FLOW_LIST if is_list else _FLOW_MAPPING).fullmatch(written)
    if match is None:
        raise Declined
    written = match[1]
    # (Most items are unquoted; they skip the call to _unquote.)
    if is_list:
        items = [
            _new(Scalar, (item if item[0] not in _QUOTES else _unquote(item), line))
            for item in _FLOW_ITEMS.findall(written)
        ]
        return _new(Sequence, (tuple(items), line))
    found = _FLOW_PAIRS.findall(written)
    if len(written) > _LONGEST_KEY and any(len(name) > _LONGEST_KEY for name, _ in found):
        raise Declined
    pairs = [
        (
            _new(Scalar, (name, line)),
            _new(Scalar, (item if item[0] not in _QUOTES else _unquote(item), line)),
        )
        for name, item in found
    ]
    return _new(Mapping, (tuple(pairs), line))


def _unquote(quoted: str) -> str:
    """The text of a quoted flow item: quotes removed ('' is one quote in single quotes)."""
    return quoted[1:-1].replace("''", "'") if quoted[0] == "'" else quoted[1:-1]
