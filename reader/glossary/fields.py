"""One glossary entry from its `headword: value` pair, the headword and every field checked.

The shapes an entry may take, as a teacher writes them:

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

The checks, each a problem at its line (an entry with any problem is left out):
- Headwords are dictionary forms and must contain Cyrillic letters; a word may not mix in
  Latin look-alikes (`вiйсько` with a Latin `i` would never match a text).
- Nothing after the colon (`слово:`), or only spaces, is an empty translation: an error, so
  a stub from `reader missing` cannot slip into a page unfilled.
- Fields are en, stress, pos, note, tags, forms (and senses); a misspelt one is reported with
  a "did you mean". `stress` must be the headword itself with stress marks added (or its
  stressed vowel in capitals: `загрОза` is загро́за), one mark per word, after a vowel.
- `forms` of the entry and of its senses are one list of matching keys, without repeats.
"""

from __future__ import annotations

import re
from pathlib import Path

from reader.corpus import yamlfile
from reader.corpus.yamltree import Mapping, Node, Sequence, describe
from reader.glossary import notation
from reader.glossary.spelling import key
from reader.model import Entry, Origin, Problem, Sense

TEXT_FIELDS = ("en", "stress", "pos", "note")
SENSE_FIELDS = (*TEXT_FIELDS, "tags", "forms")
ENTRY_FIELDS = (*SENSE_FIELDS, "senses")
CYRILLIC = re.compile(r"[\u0400-\u04ff]")
LATIN = re.compile(r"[A-Za-z]")


def read_entry(
    headword: str,
    entry_key: str,
    value: Node,
    value_line: int,
    origin: Origin,
    problems: list[Problem],
) -> Entry | None:
    """One entry from `headword: value` (the headword at `origin`, the value at `value_line`),
    or None when it has problems (appended)."""
    before = len(problems)
    _check_headword(headword, origin, problems)
    forms: list[str] = []  # keys of the entry's own forms, then of each sense's
    if isinstance(value, str):
        senses = (_short_sense(value, value_line, headword, 0, origin.path, problems),)
    elif isinstance(value, Sequence):
        senses = _senses(value, headword, entry_key, origin.path, forms, problems)
    else:
        senses = _long_form(value, headword, entry_key, origin.path, forms, problems)
    if len(problems) > before:
        return None
    return Entry(headword, entry_key, senses, tuple(dict.fromkeys(forms)), origin)


def _owner(headword: str, number: int) -> str:
    """Whom a message is about: "'замок'", or "'замок' sense 2" for a sense of a list."""
    return f"'{headword}' sense {number}" if number else f"'{headword}'"


def _check_headword(headword: str, origin: Origin, problems: list[Problem]) -> None:
    """A headword needs Cyrillic letters and no Latin ones inside its Cyrillic words."""
    if not CYRILLIC.search(headword):
        message = "a headword needs Cyrillic letters (headwords are Ukrainian words)"
    elif latin := _latin_in_cyrillic_words(headword):
        # A Latin look-alike (`i` for `і`) makes a headword that no text can ever match.
        message = f"Latin letters ({latin}) mixed with Cyrillic; type them in Cyrillic"
    else:
        return
    problems.append(Problem(origin, f"{_owner(headword, 0)}: {message}"))


def _latin_in_cyrillic_words(headword: str) -> str:
    """The Latin letters of words that also hold Cyrillic ones: "I" for `Iм'я`; "" if none."""
    if not LATIN.search(headword):
        return ""  # (nearly every headword: one search instead of one a word)
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
        problems.append(Problem(Origin(path, found["senses"][0]), message))
        return ()
    _, senses_node, senses_line = found["senses"]
    if not isinstance(senses_node, Sequence):
        message = f"{_owner(headword, 0)}: 'senses' should be a list, not {describe(senses_node)}"
        problems.append(Problem(Origin(path, senses_line), message))
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
    for number, (item, line) in enumerate(zip(node.items, node.lines, strict=True), start=1):
        if isinstance(item, Mapping):
            found = _fields(item, SENSE_FIELDS, headword, number, path, problems)
            senses.append(_sense(item, found, entry_key, headword, number, path, problems))
            if "forms" in found:
                forms.extend(_forms(found["forms"][1], headword, number, path, problems))
        elif isinstance(item, str):
            senses.append(_short_sense(item, line, headword, number, path, problems))
        else:
            message = (
                f"{_owner(headword, number)}: a sense is a mapping like "
                "{en: castle, stress: за́мок} or text, not a list"
            )
            problems.append(Problem(Origin(path, item.line), message))
    return tuple(senses)


def _short_sense(
    value: str, line: int, headword: str, number: int, path: Path, problems: list[Problem]
) -> Sense:
    if not value.strip():
        message = "empty translation; write the English after the colon"
        problems.append(Problem(Origin(path, line), f"{_owner(headword, number)}: {message}"))
    return Sense(value)


def _fields(
    node: Mapping,
    known: tuple[str, ...],
    headword: str,
    number: int,
    path: Path,
    problems: list[Problem],
) -> dict[str, tuple[int, Node, int]]:
    """The known fields of a mapping by name, as (the line of the name, the value, its line);
    unknown and repeated ones are problems."""
    found, field_problems = yamlfile.fields(node, known, _owner(headword, number), path)
    problems.extend(field_problems)
    return found


def _sense(
    node: Mapping,
    found: dict[str, tuple[int, Node, int]],
    entry_key: str,
    headword: str,
    number: int,
    path: Path,
    problems: list[Problem],
) -> Sense:
    """A sense from its fields (`forms` belong to the entry and are read by the caller)."""
    owner = _owner(headword, number)
    values = {}
    for name in TEXT_FIELDS:
        if name in found:
            values[name], found_problems = yamlfile.text(found[name][1], name, owner, path)
            problems.extend(found_problems)
    en = values.get("en")
    stress = values.get("stress", "")
    if en is None:
        message = "no 'en' (the English translation); add a line 'en: ...'"
        problems.append(Problem(Origin(path, node.line), f"{owner}: {message}"))
    elif not en.strip() and isinstance(found["en"][1], str):  # (a list has its own message)
        message = "empty translation; write the English after 'en:'"
        problems.append(Problem(Origin(path, found["en"][0]), f"{owner}: {message}"))
    if stress and key(stress) != entry_key:
        message = (
            f"{owner}: stress '{stress}' does not spell the headword; "
            "write the headword itself with a stress mark"
        )
        problems.append(Problem(Origin(path, found["stress"][0]), message))
    elif stress:
        stress = notation.marked(stress, headword)  # `загрОза` is загро́за
        if wrong := notation.problem(stress):
            message = f"{owner}: stress '{stress}': {wrong}"
            problems.append(Problem(Origin(path, found["stress"][0]), message))
    tags = ()
    if "tags" in found:
        tags = _texts(found["tags"][1], "tags", headword, number, path, problems)
    stress_line = found["stress"][0] if "stress" in found else 0
    return Sense(en or "", stress, values.get("pos", ""), values.get("note", ""), tags, stress_line)


def _texts(
    node: Node, name: str, headword: str, number: int, path: Path, problems: list[Problem]
) -> tuple[str, ...]:
    """The texts of a list field (`tags`, `forms`)."""
    values, found_problems = yamlfile.texts(node, name, _owner(headword, number), path)
    problems.extend(found_problems)
    return values


def _forms(
    node: Node, headword: str, number: int, path: Path, problems: list[Problem]
) -> list[str]:
    """The matching keys of a `forms` field."""
    return [key(form) for form in _texts(node, "forms", headword, number, path, problems)]
