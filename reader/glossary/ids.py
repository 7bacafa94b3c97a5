"""Stable ids for glossary entries, for the page's links and the exports' notes.

An id is derived from the entry's key only, so it survives edits anywhere else in the
glossary: a transliteration to read, and a hash of the key to keep ids unique.

    >>> entry_id("військо")
    'w-viisko-51e5f3b4'
    >>> entry_id("на тлі")
    'w-na-tli-fef9d670'

Ids are made when a page or an export first asks for one, not when the glossary loads:
a page uses a few hundred entries of a glossary that may hold tens of thousands.
"""

from __future__ import annotations

import functools
import hashlib
import re

# Ukrainian national transliteration (2010), letters inside a word; only for readable ids.
TRANSLIT = str.maketrans(
    {
        **dict(zip("абвгґдезиіїйклмнопрстуф", "abvhgdezyiiiklmnoprstuf", strict=True)),
        "ё": "io",
        "ъ": "",
        "ы": "y",
        "э": "e",
        "є": "ie",
        "ж": "zh",
        "х": "kh",
        "ц": "ts",
        "ч": "ch",
        "ш": "sh",
        "щ": "shch",
        "ю": "iu",
        "я": "ia",
        "ь": "",
        "'": "",
    }
)
_NOT_ID = re.compile(r"[^a-z0-9]+")


@functools.cache
def entry_id(entry_key: str) -> str:
    """A stable id safe in HTML and URLs: transliteration for people, a key hash for uniqueness."""
    readable = _NOT_ID.sub("-", entry_key.translate(TRANSLIT)).strip("-")[:40].rstrip("-")
    digest = hashlib.blake2b(entry_key.encode(), digest_size=4).hexdigest()
    return f"w-{readable}-{digest}" if readable else f"w-{digest}"
