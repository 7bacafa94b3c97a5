"""A new entry or sense as YAML text that reads back exactly as the teacher typed it.

    NewEntry("ні", "no")                                  ->  ні: "no"
    NewEntry("виведення", "withdrawal", pos="noun",       ->  виведення:
             tags=("military",))                                en: withdrawal
                                                                pos: noun
                                                                tags: [military]
    a sense, in a block list (`sense_block`, indent "  ")  ->    - en: lock
                                                                  stress: замо́к
    a sense, in a [flow, list] (`sense_flow`)              ->  {en: lock, stress: замо́к}

Values are plain where YAML reads them back as the same text, else double-quoted with
escapes: `ні: "no"` (a YAML 1.1 boolean), `код: "010"`, `note: "Also: «ні»"`,
`note: "# not a comment"`; inside `[...]` and `{...}` a comma or bracket quotes too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import yaml

# Characters that mean something at the start of a plain YAML scalar (or are digits and signs,
# which some YAML readers turn into numbers even where this tool would not).
PLAIN_STARTS_NOT = set("-?:,[]{}#&*!|>'\"%@`+.0123456789")
# Inside a plain scalar `: ` starts a value and ` #` a comment; a final `:` makes a key.
# (Commas and brackets only matter in [flow, lists]: `flow_scalar` quotes them.)
PLAIN_BREAKERS = re.compile(r": | #|:$")
FLOW_INDICATORS = set(",[]{}")
ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\t": "\\t", "\r": "\\r"}
_RESOLVER = yaml.resolver.Resolver()
_STR = "tag:yaml.org,2002:str"


@dataclass(frozen=True, slots=True)
class NewEntry:
    """What the teacher typed: the headword, its translation and optional fields."""

    headword: str
    en: str
    stress: str = ""
    pos: str = ""
    note: str = ""
    tags: tuple[str, ...] = ()
    forms: tuple[str, ...] = ()


def entry_text(new: NewEntry) -> str:
    """The entry as YAML lines: the short form when only the translation is given."""
    given = _fields(new)
    if len(given) == 1:
        return f"{scalar(new.headword)}: {scalar(new.en)}\n"
    return "".join([f"{scalar(new.headword)}:\n", *(f"  {n}: {v}\n" for n, v in given)])


def sense_block(new: NewEntry, indent: str) -> str:
    """The new entry's fields as one item of a block list whose `- ` stands at `indent`."""
    given = _fields(new)
    if len(given) == 1:
        return f"{indent}- {scalar(new.en)}\n"
    lead = [f"{indent}- ", *[f"{indent}  "] * (len(given) - 1)]
    return "".join(
        f"{start}{name}: {value}\n" for start, (name, value) in zip(lead, given, strict=True)
    )


def sense_flow(new: NewEntry) -> str:
    """The new entry's fields as one item of a flow list: `lock` or `{en: lock, pos: noun}`."""
    given = _fields(new, flow=True)
    if len(given) == 1:
        return flow_scalar(new.en)
    return "{" + ", ".join(f"{name}: {value}" for name, value in given) + "}"


def scalar(text: str) -> str:
    """`text` as a YAML scalar that reads back exactly: plain when safe, else double-quoted."""
    return text if _plain_is_safe(text) else quoted(text)


def flow_scalar(text: str) -> str:
    """`text` as a scalar inside `[...]` or `{...}`, where commas and brackets end it."""
    plain = _plain_is_safe(text) and not FLOW_INDICATORS.intersection(text)
    return text if plain else quoted(text)


def quoted(text: str) -> str:
    """`text` double-quoted, with YAML escapes for what cannot stand in it as it is."""
    escaped = "".join(ESCAPES.get(ch, ch if ch.isprintable() else _escape(ch)) for ch in text)
    return f'"{escaped}"'


def _fields(new: NewEntry, flow: bool = False) -> list[tuple[str, str]]:
    """(name, YAML value) of every field given, in the order the glossary documents them."""
    one = flow_scalar if flow else scalar
    texts = [("en", new.en), ("stress", new.stress), ("pos", new.pos), ("note", new.note)]
    given = [(name, one(value)) for name, value in texts if value]
    lists = [("tags", new.tags), ("forms", new.forms)]
    given += [(name, f"[{', '.join(map(flow_scalar, v))}]") for name, v in lists if v]
    return given


def _plain_is_safe(text: str) -> bool:
    return (
        bool(text)
        and text == text.strip()
        and text.isprintable()
        and text[0] not in PLAIN_STARTS_NOT
        and not PLAIN_BREAKERS.search(text)
        # what a YAML 1.1 reader would not take for a boolean, number, date or null
        and _RESOLVER.resolve(yaml.ScalarNode, text, (True, False)) == _STR
    )


def _escape(ch: str) -> str:
    code = ord(ch)
    if code <= 0xFF:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"
