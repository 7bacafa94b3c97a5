"""Load the teacher's glossary: YAML files -> entries, each knowing its `file:line`.

The glossary is any number of files (`corpus/glossary/*.yaml`), plus an optional
`glossary.yaml` in a text's folder whose entries replace shared ones for that text
(`overlay`). Each file is a mapping of `headword: value` pairs; the shapes a value may take
and the checks of each entry are in `reader.glossary.fields`. Rules over the whole glossary
(every problem of every file is listed, then nothing is written):

- Every value is text exactly as written: `ні: no`, `код: 010`, `пів: 0.5`, `рік: 2024`,
  `слово: null`, `знак: ~` give the texts "no", "010", "0.5", "2024", "null", "~". Quotes are
  only needed for text YAML would misread: text containing `: ` or ` #`, or starting with one
  of `- ? : , [ ] { } # & * ! | > ' " % @` or a space.
- Two headwords are the same when they differ only in apostrophe (' ’ ʼ), stress marks or
  case: `ім'я` and `Ім’я` are a duplicate, also across files; keep one (a word with several
  meanings takes a list of senses).
- Tabs may not indent lines; YAML anchors, aliases and tags (`&a`, `*a`, `!!int`) are refused;
  the file must be UTF-8 (`reader.corpus.yamlfile`).

Each entry's id for the page and the exports comes from its key only (`reader.glossary.ids`).
"""

from __future__ import annotations

from collections.abc import Iterable
from collections.abc import Sequence as Seq
from pathlib import Path

from reader import collector
from reader.corpus import yamlfile
from reader.corpus.yamltree import Document, Mapping, Node, describe
from reader.errors import ProblemsFound
from reader.glossary.fields import read_entry
from reader.glossary.spelling import key
from reader.model import Entry, Glossary, Origin, Problem


def load_glossary(paths: Seq[Path]) -> Glossary:
    """Read every glossary file; raise ProblemsFound listing all problems of all files."""
    entries, problems = read_entries(paths)
    if problems:
        raise ProblemsFound(problems, _where(paths))
    return _glossary(entries)


def read_entries(paths: Seq[Path]) -> tuple[list[Entry], list[Problem]]:
    """Entries in file order and every problem found (duplicates across files included)."""
    entries: list[Entry] = []
    problems: list[Problem] = []
    first: dict[str, Origin] = {}  # every headword's key, even of entries with problems
    with collector.paused():
        for path in paths:
            tree, found = yamlfile.read(path)
            _collect(tree, found, path, first, entries, problems)
    return entries, problems


def parse_entries(data: bytes, path: Path) -> tuple[list[Entry], list[Problem]]:
    """The entries and problems of one file's bytes, not yet written to `path`."""
    entries: list[Entry] = []
    problems: list[Problem] = []
    tree, found = yamlfile.parse_bytes(data, path)
    _collect(tree, found, path, {}, entries, problems)
    return entries, problems


def _collect(
    tree: Document | None,
    found: Seq[Problem],
    path: Path,
    first: dict[str, Origin],
    entries: list[Entry],
    problems: list[Problem],
) -> None:
    """Add one file's entries, and its problems in line order."""
    file_problems = list(found)
    for headword, line, value, value_line in _items(tree, path, file_problems):
        origin = Origin(path, line)
        headword_key = key(headword)
        entry = read_entry(headword, headword_key, value, value_line, origin, file_problems)
        if headword_key in first:
            file_problems.append(_duplicate(headword, origin, first[headword_key]))
        else:
            first[headword_key] = origin
            if entry is not None:
                entries.append(entry)
    problems.extend(sorted(file_problems, key=lambda problem: problem.origin.line))


def overlay(shared: Glossary, own: Glossary) -> Glossary:
    """A text's glossary: its own entries replace shared ones with the same key, in place."""
    if not own.entries:
        return shared
    mine = {entry.key: entry for entry in own.entries}
    merged = [mine.pop(entry.key, entry) for entry in shared.entries]
    return _glossary([*merged, *mine.values()])


def _glossary(entries: Seq[Entry]) -> Glossary:
    return Glossary(tuple(entries), {entry.key: entry for entry in entries})


def _where(paths: Seq[Path]) -> str:
    folders = {path.parent for path in paths}
    if len(paths) == 1:
        return str(paths[0])
    return str(folders.pop()) if len(folders) == 1 else "the glossary"


def _duplicate(headword: str, origin: Origin, first: Origin) -> Problem:
    message = (
        f"'{headword}': duplicate headword, already at {first}; keep one entry "
        "(a word with several meanings takes a list of senses)"
    )
    return Problem(origin, message)


def _items(
    tree: Document | None, path: Path, problems: list[Problem]
) -> Iterable[tuple[str, int, Node, int]]:
    """The `headword: value` pairs of one file with their lines; any other shape is a problem."""
    if tree is None:
        return ()
    if not isinstance(tree.root, Mapping):
        message = (
            f"a glossary is 'headword: translation' lines, not {describe(tree.root)}; "
            "remove the '- ' or brackets around the entries"
        )
        problems.append(Problem(Origin(path, tree.line), message))
        return ()
    return tree.root.pairs()
