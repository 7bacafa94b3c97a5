"""Load and check the teacher's glossary: YAML files -> entries, each knowing its `file:line`.

The format, as a teacher writes it (`corpus/glossary/*.yaml`, any number of files, plus an
optional `glossary.yaml` in a text's folder whose entries replace shared ones for that text):

    військо: army; (pl.) troops              # short form: headword: translation
    виведення:                               # long form: a mapping of fields
      en: withdrawal (of troops)             #   the translation (required)
      stress: виве́дення                      #   the headword with a stress mark
      pos: noun                              #   part of speech, free text
      note: Verbal noun of «вивести» (perf.) 'to withdraw'.
      tags: [military]                       #   a list (one tag may be written alone)
      forms: [військ]                        #   extra spellings matched as they are
    на тлі: amid, against the background of  # several words: matched as a phrase
    замок:                                   # several meanings: a list of senses, each
      - {stress: за́мок, en: castle}           #   with the same fields as the long form
      - {stress: замо́к, en: lock}             #   (or just the translation as text)
    ключ:                                    # a list of senses that shares `forms`:
      forms: [ключі]                         #   the long form with `senses` instead of `en`
      senses: [key, clef]

Rules the loader enforces (every problem of every file is listed, then nothing is written):
- Every value is text exactly as written: `ні: no`, `код: 010`, `пів: 0.5`, `рік: 2024`,
  `слово: null`, `знак: ~` give the texts "no", "010", "0.5", "2024", "null", "~". Quotes are
  only needed for text YAML would misread: text containing `: ` or ` #`, or starting with one
  of `- ? : , [ ] { } # & * ! | > ' " % @` or a space.
- Nothing after the colon (`слово:`), or only spaces, is an empty translation: an error, so
  a stub from `reader missing` cannot slip into a page unfilled.
- Headwords are dictionary forms and must contain Cyrillic letters; a word may not mix in
  Latin look-alikes (`вiйсько` with a Latin `i` would never match a text). Two headwords are
  the same when they differ only in apostrophe (' ’ ʼ), stress marks or case: `ім'я` and
  `Ім’я` are a duplicate, also across files; keep one (a word with several meanings takes a
  list of senses).
- Fields are en, stress, pos, note, tags, forms (and senses); a misspelt one is reported with
  a "did you mean". `stress` must be the headword itself with stress marks added.
- Tabs may not indent lines; YAML anchors, aliases and tags (`&a`, `*a`, `!!int`) are refused;
  the file must be UTF-8.

Each entry's id for the page and the exports comes from its key only (`reader.glossary.ids`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence as Seq
from pathlib import Path

from reader import collector
from reader.corpus import yamlfile
from reader.corpus.yamltree import Mapping, Node, Scalar, Sequence, describe
from reader.errors import ProblemsFound
from reader.glossary.spelling import PLAIN, key
from reader.model import Entry, Glossary, Origin, Problem, Sense

TEXT_FIELDS = ("en", "stress", "pos", "note")
SENSE_FIELDS = (*TEXT_FIELDS, "tags", "forms")
ENTRY_FIELDS = (*SENSE_FIELDS, "senses")
# Entries, senses and origins are built with tuple.__new__, arguments in field order: the
# NamedTuples' own constructors run a Python function each time, which was a tenth of the
# cost of building a big glossary's entries.
_new = tuple.__new__
CYRILLIC = re.compile(r"[\u0400-\u04ff]")
LATIN = re.compile(r"[A-Za-z]")
# The usual headword: words of plain characters (reader.glossary.spelling.PLAIN) but Latin letters,
# single spaces between them, and a Cyrillic letter. One match settles both that it needs no
# message and that its key is just its lower case (tests/glossary/test_entries.py checks both).
_LETTER = f"[{re.escape(''.join(c for c in PLAIN if not c.isspace() and not LATIN.match(c)))}]"
_USUAL_HEADWORD = re.compile(
    rf"(?:{_LETTER}+ )*{_LETTER}*?[\u0400-\u04ff]{_LETTER}*(?: {_LETTER}+)*"
)
# The fields a mapping may have, as sets, for _fields' one look at a mapping's names.
_KNOWN = {SENSE_FIELDS: frozenset(SENSE_FIELDS), ENTRY_FIELDS: frozenset(ENTRY_FIELDS)}


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
    tree: Node | None,
    found: Seq[Problem],
    path: Path,
    first: dict[str, Origin],
    entries: list[Entry],
    problems: list[Problem],
) -> None:
    """Add one file's entries, and its problems in line order."""
    file_problems = list(found)
    for headword, value in _items(tree, path, file_problems):
        origin = _new(Origin, (path, headword.line))
        usual = _USUAL_HEADWORD.fullmatch(headword.text) is not None
        headword_key = headword.text.casefold() if usual else key(headword.text)
        fine = usual or _check_headword(headword.text, origin, file_problems)
        entry = _entry(headword, headword_key, value, origin, file_problems)
        if headword_key in first:
            file_problems.append(_duplicate(headword.text, origin, first[headword_key]))
        else:
            first[headword_key] = origin
            if entry is not None and fine:
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
    tree: Node | None, path: Path, problems: list[Problem]
) -> tuple[tuple[Scalar, Node], ...]:
    """The `headword: value` pairs of one file; any other shape is a problem."""
    if tree is None:
        return ()
    if not isinstance(tree, Mapping):
        message = (
            f"a glossary is 'headword: translation' lines, not {describe(tree)}; "
            "remove the '- ' or brackets around the entries"
        )
        problems.append(Problem(Origin(path, tree.line), message))
        return ()
    return tree.items


def _entry(
    headword: Scalar, entry_key: str, value: Node, origin: Origin, problems: list[Problem]
) -> Entry | None:
    """One entry from `headword: value`, or None when it has problems (appended)."""
    before = len(problems)
    text = headword.text
    forms: list[str] = []  # keys of the entry's own forms, then of each sense's
    if type(value) is Scalar:
        senses = (_short_sense(value, text, 0, origin.path, problems),)
    elif type(value) is Sequence:
        senses = _senses(value, text, entry_key, origin.path, forms, problems)
    else:
        senses = _long_form(value, text, entry_key, origin.path, forms, problems)
    if len(problems) > before:
        return None
    unique_forms = tuple(dict.fromkeys(forms)) if forms else ()
    return _new(Entry, (text, entry_key, senses, unique_forms, origin))


def _owner(headword: str, number: int) -> str:
    """Whom a message is about: "'замок'", or "'замок' sense 2" for a sense of a list.

    (Made only for a message: a big glossary has tens of thousands of entries and few problems.)
    """
    return f"'{headword}' sense {number}" if number else f"'{headword}'"


def _check_headword(headword: str, origin: Origin, problems: list[Problem]) -> bool:
    """Whether a headword other than the usual kind is fine; its problem is appended if not."""
    if not CYRILLIC.search(headword):
        message = "a headword needs Cyrillic letters (headwords are Ukrainian words)"
    elif latin := _latin_in_cyrillic_words(headword):
        # A Latin look-alike (`i` for `і`) makes a headword that no text can ever match.
        message = f"Latin letters ({latin}) mixed with Cyrillic; type them in Cyrillic"
    else:
        return True
    problems.append(Problem(origin, f"{_owner(headword, 0)}: {message}"))
    return False


def _latin_in_cyrillic_words(headword: str) -> str:
    """The Latin letters of words that also hold Cyrillic ones: "I" for `Iм'я`; "" if none."""
    mixed = [word for word in headword.split() if LATIN.search(word) and CYRILLIC.search(word)]
    return "".join(dict.fromkeys(LATIN.findall(" ".join(mixed))))


def _long_form(
    value: Mapping,
    headword: str,
    entry_key: str,
    path: Path,
    forms: list[str],
    problems: list[Problem],
) -> tuple[Sense, ...]:
    """The senses of a mapping of fields: one sense, or the list under `senses`; the keys of
    its forms go to `forms`."""
    found = _fields(value, ENTRY_FIELDS, headword, 0, path, problems)
    if "forms" in found:
        forms.extend(_forms(found["forms"][1], headword, 0, path, problems))
    if "senses" not in found:
        return (_sense(value, found, entry_key, headword, 0, path, problems),)
    if found.keys() & {*TEXT_FIELDS, "tags"}:
        message = f"{_owner(headword, 0)}: give either 'en' or 'senses', not both"
        problems.append(Problem(Origin(path, found["senses"][0].line), message))
        return ()
    senses_node = found["senses"][1]
    if type(senses_node) is not Sequence:
        message = f"{_owner(headword, 0)}: 'senses' should be a list, not {describe(senses_node)}"
        problems.append(Problem(Origin(path, senses_node.line), message))
        return ()
    return _senses(senses_node, headword, entry_key, path, forms, problems)


def _senses(
    node: Sequence,
    headword: str,
    entry_key: str,
    path: Path,
    forms: list[str],
    problems: list[Problem],
) -> tuple[Sense, ...]:
    """Each item of a homograph's list: a mapping of fields, or just the translation; the keys
    of its forms go to `forms`."""
    if not node.items:
        message = f"{_owner(headword, 0)}: empty list of senses; give at least one translation"
        problems.append(Problem(Origin(path, node.line), message))
    senses = []
    for number, item in enumerate(node.items, start=1):
        if type(item) is Mapping:
            found = _fields(item, SENSE_FIELDS, headword, number, path, problems)
            senses.append(_sense(item, found, entry_key, headword, number, path, problems))
            if "forms" in found:
                forms.extend(_forms(found["forms"][1], headword, number, path, problems))
        elif type(item) is Scalar:
            senses.append(_short_sense(item, headword, number, path, problems))
        else:
            message = (
                f"{_owner(headword, number)}: a sense is a mapping like "
                "{en: castle, stress: за́мок} or text, not a list"
            )
            problems.append(Problem(Origin(path, item.line), message))
    return tuple(senses)


def _short_sense(
    value: Scalar, headword: str, number: int, path: Path, problems: list[Problem]
) -> Sense:
    if not value.text.strip():
        message = "empty translation; write the English after the colon"
        problems.append(Problem(Origin(path, value.line), f"{_owner(headword, number)}: {message}"))
    return _new(Sense, (value.text, "", "", "", ()))


def _fields(
    node: Mapping,
    known: tuple[str, ...],
    headword: str,
    number: int,
    path: Path,
    problems: list[Problem],
) -> dict[str, tuple[Scalar, Node]]:
    """The fields of a mapping by name. The usual mapping, each field known and given once, is
    settled by one look at its names; any other is read by yamlfile.fields, which names the
    unknown and repeated fields."""
    found = {}
    for pair in node.items:
        found[pair[0].text] = pair
    if len(found) < len(node.items) or not found.keys() <= _KNOWN[known]:
        found, field_problems = yamlfile.fields(node, known, _owner(headword, number), path)
        problems.extend(field_problems)
    return found


def _sense(
    node: Mapping,
    found: dict[str, tuple[Scalar, Node]],
    entry_key: str,
    headword: str,
    number: int,
    path: Path,
    problems: list[Problem],
) -> Sense:
    """A sense from its fields (`forms` belong to the entry and are read by the caller)."""
    values = {}
    for name in TEXT_FIELDS:
        pair = found.get(name)
        if pair is None:
            continue
        if type(pair[1]) is Scalar:  # the usual case, kept cheap for big glossaries
            values[name] = pair[1].text
        else:
            owner = _owner(headword, number)
            values[name], found_problems = yamlfile.text(pair[1], name, owner, path)
            problems.extend(found_problems)
    en = values.get("en")
    stress = values.get("stress", "")
    if en is None:
        message = "no 'en' (the English translation); add a line 'en: ...'"
        problems.append(Problem(Origin(path, node.line), f"{_owner(headword, number)}: {message}"))
    elif not en.strip() and type(found["en"][1]) is Scalar:
        message = "empty translation; write the English after 'en:'"
        problems.append(
            Problem(Origin(path, found["en"][0].line), f"{_owner(headword, number)}: {message}")
        )
    # The usual case, the key plus U+0301 marks, is settled without the slower full key.
    if stress and stress.replace("\u0301", "") != entry_key and key(stress) != entry_key:
        message = (
            f"{_owner(headword, number)}: stress '{stress}' does not spell the headword; "
            "write the headword itself with a stress mark"
        )
        problems.append(Problem(Origin(path, found["stress"][0].line), message))
    tags = ()
    if "tags" in found:
        tags = _texts(found["tags"][1], "tags", headword, number, path, problems)
    return _new(Sense, (en or "", stress, values.get("pos", ""), values.get("note", ""), tags))


def _texts(
    node: Node, name: str, headword: str, number: int, path: Path, problems: list[Problem]
) -> tuple[str, ...]:
    """The texts of a list field (`tags`, `forms`)."""
    values, found_problems = yamlfile.texts(node, name, _owner(headword, number), path)
    problems.extend(found_problems)
    return values


def _forms(node: Node, headword: str, number: int, path: Path, problems: list[Problem]) -> map[str]:
    """The matching keys of a `forms` field."""
    return map(key, _texts(node, "forms", headword, number, path, problems))
