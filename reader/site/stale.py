"""What an incremental build must redo: each text's files and glossary against the cache.

    the text is new, or its uk.txt, en.txt or text.yaml changed     Job(reuse=False): analyse
    its glossary.yaml changed; an entry added, edited or removed     Job(reuse=True): match its
      provides a key the text probes; its page is not as written       stored analysis again
    otherwise                                                        its Record is kept

Worked example. The last build stored the shared entry `кава: coffee` (it provides the key
`кава`) and, for the text `rankova-kava`, the keys its words probe (`кава`, `каву`, `ранковий`,
...). The teacher edits the entry to `кава: coffee (a drink)`: the old and the new entry
differ, so `changed_keys` is {`кава`}; `rankova-kava` probes it and is matched again, a text
without any form of `кава` is not (see reader.glossary.match for probes and provides).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from reader.model import Entry, Glossary, TextFiles
from reader.site import cache
from reader.site.cache import Manifest, Probes, Record


@dataclass(frozen=True, slots=True)
class Job:
    """One text to redo: from its files, or (`reuse`) from its stored analysis if intact."""

    files: TextFiles
    fingerprint: str  # of uk.txt, en.txt, text.yaml ("" when one cannot be read)
    own: str  # of glossary.yaml
    reuse: bool
    out: Path


def provided(shared: Glossary, previous: Manifest) -> dict[Entry, tuple[str, ...]]:
    """Every shared entry and the keys it provides (stored ones reused: they need morph)."""
    known = previous.entries
    keys = {entry: known[entry] for entry in shared.entries if entry in known}
    if len(keys) < len(shared.entries):
        from reader.glossary import match  # loads the dictionary: only for new entries

        for entry in shared.entries:
            if entry not in keys:
                keys[entry] = tuple(sorted(match.provides(entry)))
    return {entry: keys[entry] for entry in shared.entries}


def changed_keys(previous: Manifest, entries: dict[Entry, tuple[str, ...]]) -> frozenset[str]:
    """The keys of every entry added, edited or removed since the last build."""
    before = previous.entries
    changed = [keys for entry, keys in entries.items() if entry not in before]
    changed += [keys for entry, keys in before.items() if entry not in entries]
    return frozenset(key for keys in changed for key in keys)


def plan(
    texts: tuple[TextFiles, ...],
    out: Path,
    previous: Manifest,
    changed: frozenset[str],
    probes: Probes,
) -> tuple[list[Job], dict[str, Record]]:
    """What to redo of each text (see the module docstring), and the records kept."""
    todo: list[Job] = []
    kept: dict[str, Record] = {}
    for files in texts:
        try:
            fingerprint = cache.fingerprint((files.uk, files.en, files.meta))
            own = cache.fingerprint((files.glossary,)) if files.glossary else ""
        except OSError:  # reading the text reports it
            fingerprint, own = "", ""
        record = previous.texts.get(files.slug)
        if record is None or not fingerprint or record.files != fingerprint:
            todo.append(Job(files, fingerprint, own, False, out))
        elif (
            record.own != own
            or (changed and _touched(probes.get(files.slug), fingerprint, changed))
            or page_state(out, files.slug) != record.page
        ):
            todo.append(Job(files, fingerprint, own, True, out))
        else:
            kept[files.slug] = record
    return todo, kept


def _touched(
    probed: tuple[str, tuple[str, ...]] | None, fingerprint: str, changed: frozenset[str]
) -> bool:
    """Could an added, edited or removed entry change this text's glosses?"""
    if probed is None or probed[0] != fingerprint:
        return True  # nothing known of what it looks up: redo it
    return not changed.isdisjoint(probed[1])


def page_state(out: Path, slug: str) -> tuple[int, int]:
    """The size and modification time of a text's page, (-1, -1) when there is none."""
    try:
        state = os.stat(out / f"{slug}.html")
    except OSError:
        return (-1, -1)
    return (state.st_size, state.st_mtime_ns)
