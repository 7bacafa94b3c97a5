"""`reader add`: append one entry to a glossary file, keeping every byte already there.

    $ reader add військо "army; (pl.) troops"
    added 'військо' at corpus/glossary/added.yaml:2

    $ reader add ні no --note "Also 'not' before a verb" --to corpus/glossary/core.yaml
    added 'ні' at corpus/glossary/core.yaml:212

The default file is `corpus/glossary/added.yaml` (created, with a one-line comment, when
missing), so entries typed at the command line collect in one place a teacher can later
sort into the topical files. The steps, each a reason to stop before anything is written:

1. the new entry alone passes the glossary's own checks (Cyrillic headword, translation,
   stress that spells the headword);
2. the file and the files loaded with it (the other `*.yaml` of a `glossary/` folder) have
   no problems now: appending to a broken file would bury the new entry in old errors;
3. no entry there has the same headword (apostrophe, stress and case ignored);
4. the old bytes plus the new entry, parsed again, give the old entries and exactly the new
   one with the same text (this catches files whose shape cannot take an appended line, such
   as `{a: b}` or a trailing `...`).

All of it, from reading the files to the rename, holds a lock on the file's folder
(`writer.locked`), so several `reader add` at once each see the others' entries and all land.
Then the new file is written beside the old one and renamed over it (atomic); a file that
is a symbolic link is written through it, and stays a link. Values are
quoted only where YAML would otherwise misread them:

    ні: "no"     код: "010"     note: "Also: «ні»"     note: "# not a comment"
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path

import yaml

from reader.errors import ProblemsFound, ReaderError
from reader.glossary import entries as glossary
from reader.glossary import notation
from reader.glossary.spelling import key
from reader.model import Entry, Origin, Problem
from reader.site import writer

DEFAULT_FILE = Path("corpus/glossary/added.yaml")
NEW_FILE_HEADER = "# Entries added with `reader add`; move them to a topical file when you like.\n"
# Characters that mean something at the start of a plain YAML scalar (or are digits and signs,
# which some YAML readers turn into numbers even where this tool would not).
PLAIN_STARTS_NOT = set("-?:,[]{}#&*!|>'\"%@`+.0123456789")
# Inside a plain scalar `: ` starts a value and ` #` a comment; a final `:` makes a key.
# (Commas and brackets only matter in [flow, lists]; entries are written in block style.)
PLAIN_BREAKERS = re.compile(r": | #|:$")
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


def add_entry(new: NewEntry, to: Path | None = None) -> Origin:
    """Append `new` to `to` (default corpus/glossary/added.yaml); where it was written."""
    path = _target(to)
    new = replace(new, stress=notation.marked(new.stress, new.headword))  # `загрОза`: загро́за
    _check_text(new)
    _check_alone(new, path)
    # Another `reader add` between this one's reading and its rename would lose an entry.
    with writer.locked(path):
        siblings = _loaded_with(path)
        entries, problems = glossary.read_entries(siblings)
        if problems:
            raise ProblemsFound(problems, _where(siblings), "fix them first; nothing was written")
        existing = next((e for e in entries if e.key == key(new.headword)), None)
        if existing is not None:
            raise ReaderError(
                f"'{new.headword}' is already in the glossary at {existing.origin}; "
                "edit that entry instead (nothing was written)"
            )
        # A new default file says what it is for; a new file named with --to starts empty.
        header = NEW_FILE_HEADER if to is None else ""
        old = path.read_bytes() if path.exists() else header.encode()
        data = appended(old, entry_text(new))
        origin = _check_result(old, data, new, path)
        writer.write_atomically(path, data)
    return origin


def entry_text(new: NewEntry) -> str:
    """The entry as YAML lines: the short form when only the translation is given."""
    fields = [("en", new.en), ("stress", new.stress), ("pos", new.pos), ("note", new.note)]
    given = [(name, value) for name, value in fields if value]
    if len(given) == 1:
        return f"{scalar(new.headword)}: {scalar(new.en)}\n"
    lines = [f"{scalar(new.headword)}:\n"]
    lines += [f"  {name}: {scalar(value)}\n" for name, value in given]
    return "".join(lines)


def appended(old: bytes, text: str) -> bytes:
    """The old bytes untouched, one line break if the last line lacks it, then `text`."""
    newline = "\r\n" if b"\r\n" in old else "\n"
    if newline != "\n":
        text = text.replace("\n", newline)
    needs_break = old and not old.endswith((b"\n", b"\r"))
    return old + (newline.encode() if needs_break else b"") + text.encode("utf-8")


def scalar(text: str) -> str:
    """`text` as a YAML scalar that reads back exactly: plain when safe, else double-quoted."""
    if _plain_is_safe(text):
        return text
    escaped = "".join(ESCAPES.get(ch, ch if ch.isprintable() else _escape(ch)) for ch in text)
    return f'"{escaped}"'


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


def _target(to: Path | None) -> Path:
    """The file to append to; the default one (and its folder) is created when missing."""
    if to is None:
        if not DEFAULT_FILE.parent.parent.is_dir():
            raise ReaderError(
                "no corpus/ folder here: run `reader add` where corpus/ is, "
                "or name the file with --to FILE"
            )
        DEFAULT_FILE.parent.mkdir(exist_ok=True)
        return DEFAULT_FILE
    if to.suffix not in (".yaml", ".yml"):
        raise ReaderError(f"{to}: a glossary file name ends in .yaml")
    if not to.parent.is_dir():
        raise ReaderError(f"{to.parent}: no such folder")
    if to.exists() and not to.is_file():
        raise ReaderError(f"{to}: not a file")
    return to


def _check_text(new: NewEntry) -> None:
    """Text a YAML file cannot hold, or a translation that is only spaces."""
    if not new.en.strip():
        raise ReaderError("the translation is empty; give it after the headword")
    for value in (new.headword, new.en, new.stress, new.pos, new.note):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise ReaderError(
                f"{value!r} holds characters that are not valid text; nothing was written"
            ) from None


def _check_alone(new: NewEntry, path: Path) -> None:
    """The glossary's own checks on the new entry by itself, reported without a line."""
    _, problems = glossary.parse_entries(entry_text(new).encode(), path)
    if problems:
        raise ProblemsFound([Problem(None, p.message) for p in problems], "the new entry")


def _loaded_with(path: Path) -> list[Path]:
    """The files checked together with `path`: its `glossary/` folder, or the file alone."""
    if path.parent.name != "glossary":
        return [path] if path.exists() else []
    siblings = {*path.parent.glob("*.yaml"), *path.parent.glob("*.yml")}
    return sorted(p for p in siblings if p.is_file())


def _where(paths: list[Path]) -> str:
    return str(paths[0] if len(paths) == 1 else paths[0].parent)


def _check_result(old: bytes, data: bytes, new: NewEntry, path: Path) -> Origin:
    """Parse the would-be file: the old entries and the new one, read back exactly."""
    before, _ = glossary.parse_entries(old, path)
    after, problems = glossary.parse_entries(data, path)
    added = after[-1] if after else None
    if problems or len(after) != len(before) + 1 or not _same(added, new):
        details = "; ".join(str(p) for p in problems) or "the new entry would not read back"
        raise ReaderError(
            f"{path}: cannot append to this file safely ({details}); "
            "add the entry by hand or use another file with --to (nothing was written)"
        )
    return added.origin


def _same(entry: Entry | None, new: NewEntry) -> bool:
    if entry is None or entry.headword != new.headword or len(entry.senses) != 1:
        return False
    sense = entry.senses[0]
    return (sense.en, sense.stress, sense.pos, sense.note) == (
        new.en,
        new.stress,
        new.pos,
        new.note,
    )
