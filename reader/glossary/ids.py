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

from reader.glossary.spelling import APOSTROPHES

# Ukrainian national transliteration (2010), the forms inside a word (є ї й ю я at a word's
# start would be ye yi y yu ya): entry ids and the aligner's name anchors both use it, and
# neither needs more than readable letters. Russian letters are there for borrowed words.
TRANSLITERATION = {
    **dict(zip("абвгґдезиіїйклмнопрстуф", "abvhgdezyiiiklmnoprstuf", strict=True)),
    "є": "ie", "ж": "zh", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch",
    "ь": "", "ю": "iu", "я": "ia",
    "ё": "io", "ъ": "", "ы": "y", "э": "e",
    **dict.fromkeys(APOSTROPHES, ""),
}  # fmt: skip
_TABLE = str.maketrans(TRANSLITERATION)
_NOT_ID = re.compile(r"[^a-z0-9]+")


@functools.cache
def entry_id(entry_key: str) -> str:
    """A stable id safe in HTML and URLs: transliteration for people, a key hash for uniqueness."""
    readable = _NOT_ID.sub("-", transliterate(entry_key)).strip("-")[:40].rstrip("-")
    digest = hashlib.blake2b(entry_key.encode(), digest_size=4).hexdigest()
    return f"w-{readable}-{digest}" if readable else f"w-{digest}"


def transliterate(text: str) -> str:
    """Lower-case Ukrainian in Latin letters: `transliterate("київ")` is "kyiv"."""
    return text.translate(_TABLE)
