"""A teacher's bilingual dictionary, read for `reader missing --dictionary FILE`.

Two formats:

    words.tsv       військо<TAB>army; troops          one headword a line, translation after
                    (a second line for the same headword adds to it; `#` lines are comments)
    uk-en.ifo       a StarDict dictionary, as GoldenDict and LWT use: the .ifo names it,
    uk-en.idx       the .idx lists each headword with where its article is in
    uk-en.dict[.dz] the .dict (plain, or dictzip: gzip that can be read as gzip)

Any of a StarDict's files may be named. Only the articles of the headwords asked for are
read. An article is cut into its translations: markup removed, split at line breaks, `;`
and numbering (`1) army 2) troops` -> army, troops), at most MAX_TRANSLATIONS short ones:

    >>> translations("<b>1)</b> army; 2) troops\\n3. host")
    ('army', 'troops', 'host')
"""

from __future__ import annotations

import gzip
import html
import re
import struct
from collections.abc import Iterable
from pathlib import Path

from reader.errors import ReaderError
from reader.glossary.spelling import key

MAX_TRANSLATIONS = 4
MAX_CHARS = 40  # a longer piece is an explanation, not a translation
_TAG = re.compile(r"<[^>]*>")
_SPLIT = re.compile(r"[\n;]|(?:^|\s)(?:\d+[.)]|[a-zа-я]\))(?:\s|$)", re.MULTILINE)
# StarDict type letters whose data is text (m plain, l locale, g pango, x xdxf, h html, ...).
_TEXT_TYPES = set("mlgtxykwh")


def lookup(path: Path, headwords: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """Translations by headword key, for those of `headwords` the dictionary has."""
    wanted = {key(h) for h in headwords}
    if path.suffix.lower() in (".tsv", ".txt"):
        return _from_tsv(path, wanted)
    return _from_stardict(path, wanted)


def translations(article: str) -> tuple[str, ...]:
    """The short translations in a dictionary article, in order, without repeats."""
    text = html.unescape(_TAG.sub("\n", article))
    pieces = [" ".join(p.split()).strip(" ,.") for p in _SPLIT.split(text) if p]
    short = [p for p in pieces if len(p) <= MAX_CHARS and any(c.isalpha() for c in p)]
    return tuple(dict.fromkeys(short))[:MAX_TRANSLATIONS]


def _from_tsv(path: Path, wanted: set[str]) -> dict[str, tuple[str, ...]]:
    found: dict[str, list[str]] = {}
    for number, line in enumerate(_read_text(path).splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        if "\t" not in line:
            raise ReaderError(f"{path}:{number}: not two columns (headword, a tab, translation)")
        headword, article = line.split("\t", 1)
        if key(headword) in wanted:
            found.setdefault(key(headword), []).extend(translations(article.replace("\t", ";")))
    return {k: tuple(dict.fromkeys(v))[:MAX_TRANSLATIONS] for k, v in found.items()}


def _from_stardict(path: Path, wanted: set[str]) -> dict[str, tuple[str, ...]]:
    base = _base(path)
    ifo = _read_ifo(base.with_suffix(".ifo"))
    width = 8 if ifo.get("idxoffsetbits") == "64" else 4
    places = []
    for headword, offset, size in _index(base.with_suffix(".idx"), width):
        if key(headword) in wanted:
            places.append((offset, size, key(headword)))
    found: dict[str, list[str]] = {}
    with _open_dict(base) as data:
        for offset, size, word in sorted(places):
            data.seek(offset)
            article = _article(data.read(size), ifo.get("sametypesequence", ""))
            found.setdefault(word, []).extend(translations(article))
    return {k: tuple(dict.fromkeys(v))[:MAX_TRANSLATIONS] for k, v in found.items()}


def _base(path: Path) -> Path:
    """`uk-en.dict.dz`, `uk-en.idx`, `uk-en.ifo` -> `uk-en` (a Path without the suffixes)."""
    name = path.name
    for suffix in (".dict.dz", ".dict", ".idx", ".ifo"):
        if name.lower().endswith(suffix):
            return path.with_name(name[: -len(suffix)])
    raise ReaderError(
        f"{path}: not a dictionary reader knows; give a StarDict .ifo (with its .idx and "
        ".dict or .dict.dz beside it) or a .tsv of headword<TAB>translation"
    )


def _read_ifo(path: Path) -> dict[str, str]:
    lines = _read_text(path).splitlines()
    if not lines or lines[0].strip() != "StarDict's dict ifo file":
        raise ReaderError(
            f'{path}:1: not a StarDict .ifo (it starts with "StarDict\'s dict ifo file")'
        )
    return dict(line.split("=", 1) for line in lines[1:] if "=" in line)


def _index(path: Path, width: int) -> Iterable[tuple[str, int, int]]:
    data = _read_bytes(path)
    layout = ">QI" if width == 8 else ">II"
    step = struct.calcsize(layout)
    at = 0
    while at < len(data):
        end = data.find(b"\0", at)
        if end < 0 or end + 1 + step > len(data):
            raise ReaderError(f"{path}: the index is cut short at byte {at}; is it complete?")
        offset, size = struct.unpack_from(layout, data, end + 1)
        yield data[at:end].decode("utf-8", "replace"), offset, size
        at = end + 1 + step


def _open_dict(base: Path):
    for name, opener in ((".dict.dz", gzip.open), (".dict", open)):
        candidate = base.with_name(base.name + name)
        if candidate.is_file():
            return opener(candidate, "rb")
    raise ReaderError(f"{base}.dict: missing (neither .dict nor .dict.dz is beside the .ifo)")


def _article(data: bytes, types: str) -> str:
    """The text of one article: one or more typed fields (StarDict's .dict format)."""
    if types:
        # With sametypesequence, fields have no type letter and the last one no terminator.
        parts = data.split(b"\0", len(types) - 1)
        return "\n".join(
            part.decode("utf-8", "replace")
            for part, kind in zip(parts, types, strict=False)
            if kind in _TEXT_TYPES
        )
    texts, at = [], 0
    while at < len(data):
        kind = chr(data[at])
        if kind.isupper():  # binary: a 4-byte size, then the data
            (size,) = struct.unpack_from(">I", data, at + 1)
            at += 5 + size
            continue
        end = data.find(b"\0", at + 1)
        end = len(data) if end < 0 else end
        if kind in _TEXT_TYPES:
            texts.append(data[at + 1 : end].decode("utf-8", "replace"))
        at = end + 1
    return "\n".join(texts)


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise ReaderError(
            f"{path}: missing (a StarDict dictionary needs .ifo, .idx and .dict)"
        ) from None
    except OSError as error:
        raise ReaderError(f"{path}: cannot be read ({error.strerror})") from None


def _read_text(path: Path) -> str:
    data = _read_bytes(path)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise ReaderError(f"{path}:{line}: not UTF-8; save the dictionary as UTF-8") from None
