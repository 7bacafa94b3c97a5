"""The usual shapes of a glossary file, read line by line without the YAML parser.

Nearly every line a teacher writes has one of a few shapes, and reading those with regular
expressions is several times faster than making libyaml's events (which cost more than all
the rest of loading a big glossary):

    військо: army; (pl.) troops        headword: value       a value is plain, 'single' or
    виведення:                         headword:             "double" quoted, [a, b] or
      en: withdrawal  # a comment        field: value        {k: v} on one line
      tags: [military, news]             (a block of fields, one level deep)
    замок:                             headword:
      - {stress: за́мок, en: castle}       - value            (a block of list items)
      - lock

`read` gives the tree libyaml's events give (tests/test_yamllines.py checks that with
hypothesis, line numbers included), or raises Declined at the first line that is anything
else: a value over several lines, a block scalar (`|`, `>`), a backslash escape, an anchor, an
alias or a tag, a deeper block, a document marker, a tab, a character YAML reads specially.
The caller then reads the whole file with libyaml, so a declined file is read more slowly,
never differently, and every message about bad YAML still comes from the YAML parser.
"""

from __future__ import annotations

import re

from reader.yamltree import Mapping, Node, Scalar, Sequence


class Declined(Exception):
    """The text has a shape this reader does not know; read it with the YAML parser."""


# Anything but plain printable text: tabs, control characters, line breaks other than \n
# (\r, U+0085, U+2028, U+2029 end lines in YAML) and a byte-order mark.
_UNUSUAL = re.compile(
    "[^\n\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]"
)
# An unquoted scalar may not start with a space or an indicator (YAML gives most of them a
# meaning there: - ? : , [ ] { } # & * ! | > ' " % @ `). YAML's only spaces are the space and
# the tab (declined above). No class below may match a line break, so that every line of the
# file is one row of _LINE.findall.
_PLAIN_START = r"[^ \n\-?:,\[\]{}#&*!|>'\"%@`]"
# A key: unquoted, no colon, hash or bracket inside, no space before its colon.
_KEY = rf"{_PLAIN_START}(?:[^:#\[\]{{}}\n]*[^ \n:#\[\]{{}}])?"
# An unquoted value: no ': ' inside (that would be a mapping) and no ':' at its end; it ends
# before a ' #' comment and trailing spaces.
_PLAIN = rf"{_PLAIN_START}(?:[^: \n]+|:(?=[^ \n])| +(?=[^ #\n]))*"
_SINGLE = r"'(?:[^'\n]|'')*'"  # '' stands for one quote
_DOUBLE = r'"[^"\\\n]*"'  # no escapes: the text between the quotes is the value
# Inside [...] and {...} an unquoted item has no comma or colon either.
_FLOW_PLAIN = rf"{_PLAIN_START}(?:[^:,#\[\]{{}}\n]*[^ \n:,#\[\]{{}}])?"
_FLOW_ITEM = rf"(?:{_SINGLE}|{_DOUBLE}|{_FLOW_PLAIN})"
_FLOW_PAIR = rf"{_FLOW_PLAIN}: +{_FLOW_ITEM}"
_FLOW_LIST = rf"\[ *(?:{_FLOW_ITEM}(?: *, *{_FLOW_ITEM})*)? *\]"
_FLOW_MAPPING = rf"\{{ *(?:{_FLOW_PAIR}(?: *, *{_FLOW_PAIR})*)? *\}}"
_VALUE = rf"{_PLAIN}|{_SINGLE}|{_DOUBLE}|{_FLOW_LIST}|{_FLOW_MAPPING}"
# One row per line: (indent, "- " before a key, key, lone "-", value as written, anything
# else). A blank or comment line gives a row of empty strings; "anything else" makes the
# reader decline.
_LINE = re.compile(
    rf"^(?:( *)(?:(- +)?({_KEY}):|(-))(?: +({_VALUE}))?(?: +#.*| *)| *(?:#.*)?|(.+))$\n?",
    re.MULTILINE,
)
_FLOW_ITEMS = re.compile(_FLOW_ITEM)
_FLOW_PAIRS = re.compile(rf"({_FLOW_PLAIN}): +({_FLOW_ITEM})")
_NOT_PLAIN = frozenset("[{'\"")  # how a flow list or mapping, or a quoted value starts
_LONGEST_KEY = 1000  # libyaml refuses a key over 1024 characters; leave that to it

_new = tuple.__new__  # Scalar(...) runs a generated Python __new__; this is three times faster


def read(text: str) -> Node | None:
    """The tree of a glossary-shaped YAML text (None when it has no entries), or Declined."""
    if _UNUSUAL.search(text):
        raise Declined
    pairs: list[tuple[Scalar, Node]] = []
    headword: Scalar | None = None  # a top-level key with nothing after its colon...
    block: list = []  # ...and the items of the block indented under it
    margin = ""  # the block's indent
    is_list = False  # a block of `- item` lines, not of `field: value` lines
    fields: list = []  # the fields of a list item written `- field: value`...
    column = -1  # ...and the column they start at (-1: the last item is not one)
    rows = _LINE.findall(text)
    for line, (indent, dash_key, written_key, dash, written, other) in enumerate(rows, 1):
        if other or len(written_key) > _LONGEST_KEY:
            raise Declined
        if not indent and not written_key:
            if dash:
                raise Declined  # a list at the top, or a document marker
            continue  # a blank line or a comment
        if not written:
            value = _new(Scalar, ("", line))
        elif written[0] in _NOT_PLAIN:
            value = _value(written, line)
        else:  # plain text, by far the most common value: no call
            value = _new(Scalar, (written, line))
        if not indent:
            if dash_key:
                raise Declined  # a list at the top
            if headword is not None:
                pairs.append((headword, _block(headword, block, is_list)))
            headword = _new(Scalar, (written_key, line))
            if written:
                pairs.append((headword, value))
                headword = None
            else:
                block, margin, column = [], "", -1
            continue
        if headword is None:
            raise Declined  # a value continued on the next line, or a block under a field
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
        pairs.append((headword, _block(headword, block, is_list)))
    return _new(Mapping, (tuple(pairs), pairs[0][0].line)) if pairs else None


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


def _value(written: str, line: int) -> Node:
    """The node of a value written on one line (its shape already checked by _LINE)."""
    first = written[0]
    if first == "[":
        items = _FLOW_ITEMS.findall(written)
        return _new(Sequence, (tuple([_scalar(item, line) for item in items]), line))
    if first == "{":
        pairs = _FLOW_PAIRS.findall(written)
        if any(len(written_key) > _LONGEST_KEY for written_key, _ in pairs):
            raise Declined
        items = [(_new(Scalar, (k, line)), _scalar(v, line)) for k, v in pairs]
        return _new(Mapping, (tuple(items), line))
    return _scalar(written, line)


def _scalar(written: str, line: int) -> Scalar:
    """A scalar as written on one line: quotes removed ('' is one quote), or plain text."""
    first = written[0]
    if first == "'":
        return _new(Scalar, (written[1:-1].replace("''", "'"), line))
    if first == '"':
        return _new(Scalar, (written[1:-1], line))
    return _new(Scalar, (written, line))
