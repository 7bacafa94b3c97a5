"""`reader add --sense`: one more sense for an entry already in a file, edited in place.

Only the entry's own lines change; every other byte of the file stays as it was. How the
entry is written decides the edit (`reader.glossary.fields` lists the shapes):

    замок: castle  # the old one        замок:
                                    ->    - castle  # the old one
                                          - en: lock
                                            stress: замо́к

    виведення:                          виведення:
      en: withdrawal                ->    - en: withdrawal        (each line two spaces in,
      pos: noun                             pos: noun              the first one a list item)
                                          - removal

    a list of senses (`- ...` lines, also under `senses:`): one more item, indented as its
    items are; a [flow, list]: `, item` before its `]`; a {flow: mapping}: `[{...}, item]`.

Any other shape (a translation over several lines, `|` text) is refused: the teacher edits
it by hand. The caller parses the result and keeps it only if every other entry reads back
the same and this one has exactly its old senses and the new one.
"""

from __future__ import annotations

from collections.abc import Callable

import yaml

from reader.glossary.spelling import key

Block = Callable[[str], str]  # indent -> the new sense as a block list item (with line ends)


class Unsupported(Exception):
    """The entry's shape is not one the sense can be added to automatically."""


def with_sense(text: str, headword_key: str, block: Block, flow: str) -> str:
    """`text` with the new sense added to the entry whose headword has `headword_key`.

    `block(indent)` gives the sense as block list lines ("\\n" line ends), `flow` as a flow
    list item; the file's own line ends (CRLF) are kept.
    """
    newline = "\r\n" if "\r\n" in text else "\n"

    def lines(indent: str) -> str:
        return block(indent).replace("\n", newline)

    root = yaml.compose(text, Loader=yaml.SafeLoader)
    if not isinstance(root, yaml.MappingNode) or root.flow_style:
        raise Unsupported("the file is not a list of `headword:` lines")
    for name, value in root.value:
        if isinstance(name, yaml.ScalarNode) and key(name.value) == headword_key:
            return _edit(text, value, lines, flow, newline)
    raise Unsupported("the entry was not found")


def _edit(text: str, value: yaml.Node, block: Block, flow: str, newline: str) -> str:
    """The shape rules, in order: a translation, a list of senses, a mapping of fields."""
    if isinstance(value, yaml.ScalarNode):
        return _scalar_to_list(text, value, block, newline)
    if isinstance(value, yaml.SequenceNode):
        return _append_item(text, value, block, flow, newline)
    assert isinstance(value, yaml.MappingNode)
    if value.flow_style:  # {en: castle, stress: за́мок} -> [{...}, new]
        start, end = value.start_mark.index, value.end_mark.index
        return f"{text[:start]}[{text[start:end]}, {flow}]{text[end:]}"
    senses = [v for k, v in value.value if isinstance(k, yaml.ScalarNode) and k.value == "senses"]
    if senses and isinstance(senses[0], yaml.SequenceNode):
        return _append_item(text, senses[0], block, flow, newline)
    if senses:
        raise Unsupported("its 'senses' is not a list")
    return _mapping_to_list(text, value, block, newline)


def _scalar_to_list(text: str, value: yaml.ScalarNode, block: Block, newline: str) -> str:
    """`замок: castle  # note` -> `замок:`, `  - castle  # note`, then the new sense."""
    if value.style in ("|", ">") or value.start_mark.line != value.end_mark.line:
        raise Unsupported("its translation runs over several lines")
    start = value.start_mark.index
    head = text[:start].rstrip(" ")
    before = "" if head.endswith("\n") else newline  # the translation had a line of its own
    line_end, after, rest = _line_end(text, value.end_mark.index, newline)
    return f"{head}{before}  - {text[start:line_end]}{after}{block('  ')}{rest}"


def _mapping_to_list(text: str, value: yaml.MappingNode, block: Block, newline: str) -> str:
    """The fields' lines two spaces in, the first one made a list item, the new sense after."""
    first = text.rfind("\n", 0, value.start_mark.index) + 1
    indent = text[first : value.start_mark.index]
    if indent.strip(" "):  # a field on the headword's line is no block mapping
        raise Unsupported("its fields do not start on their own line")
    line_end, after, rest = _line_end(text, _last_index(value), newline)
    moved = text[first:line_end].split("\n")
    out = [f"{indent}- {moved[0][len(indent) :]}"]
    out += ["  " + line if line.strip() else line for line in moved[1:]]
    moved_text = "\n".join(out)
    return f"{text[:first]}{moved_text}{after}{block(indent)}{rest}"


def _append_item(text: str, items: yaml.SequenceNode, block: Block, flow: str, newline: str) -> str:
    """A flow list gets `, new` before its `]`; a block list a new item after its last."""
    if not items.value:
        raise Unsupported("its list of senses is empty")
    if items.flow_style:
        close = items.end_mark.index - 1
        if text[close] != "]":
            raise Unsupported("its list does not end in `]`")
        return f"{text[:close].rstrip(' ')}, {flow}{text[close:]}"
    dash = text.rfind("-", 0, items.value[0].start_mark.index)
    indent = text[text.rfind("\n", 0, dash) + 1 : dash]
    if indent.strip(" "):
        raise Unsupported("its list items do not start on their own lines")
    line_end, after, rest = _line_end(text, _last_index(items), newline)
    return f"{text[:line_end]}{after}{block(indent)}{rest}"


def _line_end(text: str, index: int, newline: str) -> tuple[int, str, str]:
    """Where the line holding `index` ends (before its line break), that break (the file's
    own, or `newline` for a last line that has none), and the text after it."""
    end = text.find("\n", index)
    if end < 0:
        return len(text), newline, ""
    start = end - 1 if end and text[end - 1] == "\r" else end
    return start, text[start : end + 1], text[end + 1 :]


def _last_index(node: yaml.Node) -> int:
    """Where the last text inside a collection is (its end mark may lie on a later line)."""
    while isinstance(node, yaml.MappingNode | yaml.SequenceNode) and not node.flow_style:
        if not node.value:
            return node.start_mark.index
        last = node.value[-1]
        node = last[1] if isinstance(node, yaml.MappingNode) else last
    return max(node.start_mark.index, node.end_mark.index - 1)
