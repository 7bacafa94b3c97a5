"""`reader add`: append one entry to a glossary file, keeping every byte already there.

    $ reader add військо "army; (pl.) troops"
    added 'військо' at corpus/glossary/added.yaml:2

    $ reader add ні no --note "Also 'not' before a verb" --to corpus/glossary/core.yaml
    added 'ні' at corpus/glossary/core.yaml:212

    $ reader add замок lock --stress замо́к --sense
    added sense 2 of 'замок' at corpus/glossary/core.yaml:40

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
is a symbolic link is written through it, and stays a link. Values are quoted only where
YAML would otherwise misread them (`reader.glossary.yamltext`).

`--sense` (`add_sense`) goes through the same steps for an entry already there: it must
exist, and the file that holds it is edited around that entry only (`reader.glossary.senses`:
a one-sense entry becomes a list of senses); parsed again, every other entry must read
back as before and this one with its old senses and exactly the new one.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from reader.errors import ProblemsFound, ReaderError
from reader.glossary import entries as glossary
from reader.glossary import notation, senses
from reader.glossary.spelling import key
from reader.glossary.yamltext import NewEntry, entry_text, sense_block, sense_flow
from reader.model import Entry, Origin, Problem, Sense
from reader.site import writer

DEFAULT_FILE = Path("corpus/glossary/added.yaml")
NEW_FILE_HEADER = "# Entries added with `reader add`; move them to a topical file when you like.\n"


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
                "add this meaning to it with --sense, or edit that entry (nothing was written)"
            )
        # A new default file says what it is for; a new file named with --to starts empty.
        header = NEW_FILE_HEADER if to is None else ""
        old = path.read_bytes() if path.exists() else header.encode()
        data = appended(old, entry_text(new))
        origin = _check_result(old, data, new, path)
        writer.write_atomically(path, data)
    return origin


def add_sense(new: NewEntry, to: Path | None = None) -> tuple[Origin, int]:
    """Add `new` as one more sense of the entry with its headword, in the file that holds it
    (`to`'s glossary, default corpus/glossary/); the entry's origin and the sense's number."""
    path = _target(to)
    new = replace(new, stress=notation.marked(new.stress, new.headword))  # `замОк`: замо́к
    _check_text(new)
    _check_alone(new, path)
    with writer.locked(path):  # the entry's file is one of `path`'s folder: the same lock
        siblings = _loaded_with(path)
        entries, problems = glossary.read_entries(siblings)
        if problems:
            raise ProblemsFound(problems, _where(siblings), "fix them first; nothing was written")
        existing = next((e for e in entries if e.key == key(new.headword)), None)
        if existing is None:
            raise ReaderError(
                f"'{new.headword}' is not in {_where(siblings or [path])} yet; add it without "
                "--sense (nothing was written)"
            )
        target = existing.origin.path
        old = target.read_bytes()
        try:
            text = senses.with_sense(
                old.decode("utf-8"),
                existing.key,
                lambda indent: sense_block(new, indent),
                sense_flow(new),
            )
        except senses.Unsupported as why:
            raise ReaderError(
                f"{existing.origin}: cannot add a sense to '{existing.headword}' here ({why}); "
                "make it a list of senses by hand (nothing was written)"
            ) from None
        data = text.encode("utf-8")
        origin = _check_sense(old, data, existing, new, target)
        writer.write_atomically(target, data)
    return origin, len(existing.senses) + 1


def appended(old: bytes, text: str) -> bytes:
    """The old bytes untouched, one line break if the last line lacks it, then `text`."""
    newline = "\r\n" if b"\r\n" in old else "\n"
    if newline != "\n":
        text = text.replace("\n", newline)
    needs_break = old and not old.endswith((b"\n", b"\r"))
    return old + (newline.encode() if needs_break else b"") + text.encode("utf-8")


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
    for value in (new.headword, new.en, new.stress, new.pos, new.note, *new.tags, *new.forms):
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


def _check_sense(old: bytes, data: bytes, entry: Entry, new: NewEntry, path: Path) -> Origin:
    """Parse the would-be file: every other entry as before, this one with the new sense."""
    before, _ = glossary.parse_entries(old, path)
    after, problems = glossary.parse_entries(data, path)
    others = [_content(e) for e in before if e.key != entry.key]
    changed = [e for e in after if e.key == entry.key]
    forms = tuple(dict.fromkeys((*entry.forms, *(key(f) for f in new.forms))))
    if (
        problems
        or [_content(e) for e in after if e.key != entry.key] != others
        or len(changed) != 1
        or changed[0].senses[:-1] != entry.senses
        or not _same_sense(changed[0].senses[-1], new)
        or changed[0].forms != forms
    ):
        details = "; ".join(str(p) for p in problems) or "the entry would not read back"
        raise ReaderError(
            f"{entry.origin}: cannot add a sense to '{entry.headword}' safely ({details}); "
            "make it a list of senses by hand (nothing was written)"
        )
    return changed[0].origin


def _content(entry: Entry) -> tuple[object, ...]:
    """An entry without its line, which moves when an entry above it grows."""
    return (entry.headword, entry.senses, entry.forms)


def _same(entry: Entry | None, new: NewEntry) -> bool:
    if entry is None or entry.headword != new.headword or len(entry.senses) != 1:
        return False
    forms = tuple(dict.fromkeys(key(f) for f in new.forms))
    return _same_sense(entry.senses[0], new) and entry.forms == forms


def _same_sense(sense: Sense, new: NewEntry) -> bool:
    return (sense.en, sense.stress, sense.pos, sense.note, sense.tags) == (
        new.en,
        new.stress,
        new.pos,
        new.note,
        new.tags,
    )
