"""The build cache: what each page was made from, so a rebuild redoes only what changed.

It lives beside the pages and is safe to delete (the next build is a full one):

    site/.reader-cache/manifest        per text: the fingerprint of its files, its index row,
                                       its warnings, the size and time of its page as written;
                                       the shared glossary's entries and the keys each provides
    site/.reader-cache/probes          per text: the glossary keys its words look up
    site/.reader-cache/texts/<slug>    per text: its glossary-independent analysis (the
                                       cleaned source, sentences, tokens, readings, alignment)

Each file is `reader-cache <FORMAT>`, the SHA-256 of the rest, then a pickle, written
atomically by `writer` (not synced to the disk: a file a power cut tore fails its checksum).
The pickle is read by an unpickler that builds only reader's own data classes and paths
(`_Unpickler`), so a file planted in the folder can name no other code to run. A file that
fails any check (garbage, truncated, another format, another program's) is ignored with a
warning and its texts are built again: the cache is never trusted blindly.

Everything is keyed by `code_fingerprint()`: reader's version, the bytes of its own modules
and templates, and the versions of the libraries and dictionary that shape a page. An
upgrade, or an edit to any rule, makes the whole cache a miss.
"""

from __future__ import annotations

import hashlib
import io
import os
import pickle
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, fields, is_dataclass
from functools import cache, partial
from operator import attrgetter
from pathlib import Path, PosixPath, PurePosixPath
from typing import Any

from reader.model import Change, Entry, Paragraph, Problem, Source, TextMeta, Unit, Word
from reader.site import writer
from reader.site.render import IndexRow
from reader.site.words import TextKeys

FOLDER = ".reader-cache"
FORMAT = 2  # bump when what is stored changes shape
_MAGIC = f"reader-cache {FORMAT}\n".encode("ascii")
_DIGEST = hashlib.sha256().digest_size
# The distributions whose version changes what a page says (their dist-info folders' names).
LIBRARIES = (
    "nltk",
    "pymorphy3",
    "pymorphy3_dicts_uk",
    "DAWG2",
    "ukrainian_word_stress",
    "marisa_trie",
    "jinja2",
    "MarkupSafe",
    "PyYAML",
)
# Files of the package that make up "the code": modules, templates, shipped word lists.
CODE_SUFFIXES = (".py", ".j2", ".css", ".js", ".txt")


@dataclass(frozen=True, slots=True)
class Analysed:
    """A text's analysis that no glossary changes, reused while its files are unchanged."""

    meta: TextMeta
    source: Source
    paragraphs: tuple[Paragraph, ...]
    words: tuple[Word, ...]
    units: tuple[tuple[Unit, ...], ...]
    warnings: tuple[Problem, ...]  # what aligning found doubtful


@dataclass(frozen=True, slots=True)
class Record:
    """What the last build made one text's page from, and what it printed about it."""

    files: str  # fingerprint of uk.txt, en.txt, text.yaml: the analysis is valid for it
    own: str  # fingerprint of the text's glossary.yaml ("" for none)
    page: tuple[int, int]  # size and modification time (ns) of the page as written
    row: IndexRow
    keys: TextKeys  # its lemma keys and entries, for the index
    changes: tuple[Change, ...]  # what cleaning changed (`reader build -v`)
    warnings: tuple[Problem, ...]
    notes: tuple[str, ...]  # what reading the source noticed (Source.warnings)


@dataclass(frozen=True, slots=True)
class Manifest:
    code: str = ""
    texts: dict[str, Record] = field(default_factory=dict)
    entries: dict[Entry, tuple[str, ...]] = field(default_factory=dict)  # -> provided keys


EMPTY = Manifest()


def folder(out: Path) -> Path:
    return out / FOLDER


def fingerprint(paths: Iterable[Path | None]) -> str:
    """SHA-256 of the paths as named and their bytes (a missing optional file counts too)."""
    digest = hashlib.sha256()
    for path in paths:
        if path is None:
            digest.update(b"\x00none\x00")
            continue
        data = path.read_bytes()
        digest.update(f"\x00{path}\x00{len(data)}\x00".encode("utf-8", "surrogateescape"))
        digest.update(data)
    return digest.hexdigest()


@cache
def code_fingerprint() -> str:
    """reader's version, the bytes of its files and its libraries' versions (once a process)."""
    import reader

    package = Path(reader.__file__).parent
    digest = hashlib.sha256(f"reader {reader.__version__}\x00".encode())
    for path in sorted(p for p in package.rglob("*") if p.suffix in CODE_SUFFIXES):
        if "__pycache__" not in path.parts:
            digest.update(f"{path.relative_to(package)}\x00".encode())
            digest.update(path.read_bytes())
    digest.update(f"\x00{_versions()}".encode())
    return digest.hexdigest()


def _versions() -> str:
    """The installed libraries' distributions, as their dist-info folders name them (one
    listing of the folder they are installed in; importlib.metadata takes about 0.1 s)."""
    from importlib.util import find_spec

    spec = find_spec("nltk")
    if spec is None or spec.origin is None:
        return ""
    wanted = {name.lower() for name in LIBRARIES}
    site = Path(spec.origin).parent.parent
    found = [
        name.removesuffix(".dist-info")
        for name in os.listdir(site)
        if name.endswith(".dist-info") and name.split("-")[0].lower() in wanted
    ]
    return " ".join(sorted(found))


def load(out: Path) -> tuple[Manifest, Problem | None]:
    """The last build's manifest, or EMPTY and a warning when it cannot be trusted."""
    path = folder(out) / "manifest"
    if not path.exists():
        return EMPTY, None
    manifest = _read(path)
    if not isinstance(manifest, Manifest):
        return EMPTY, _ignored(path, "every page is built again")
    if manifest.code != code_fingerprint():
        return EMPTY, None  # another reader version wrote it: a plain miss, no warning
    return manifest, None


Probes = dict[str, tuple[str, tuple[str, ...]]]  # slug -> (files fingerprint, probed keys)


def load_probes(out: Path) -> tuple[Probes, Problem | None]:
    """Per text: the fingerprint its probes were read for, then the probed keys."""
    path = folder(out) / "probes"
    probes = _read(path) if path.exists() else None
    if not isinstance(probes, dict):
        return {}, _ignored(path, "the texts are matched again")
    return probes, None


def load_analysed(out: Path, slug: str, files: str) -> tuple[Analysed | None, Problem | None]:
    """A text's stored analysis if it was made from files with this fingerprint."""
    path = folder(out) / "texts" / slug
    stored = _read(path) if path.exists() else None
    if not (isinstance(stored, tuple) and len(stored) == 2 and isinstance(stored[1], Analysed)):
        return None, _ignored(path, "the text is analysed again")
    if stored[0] != files:
        return None, None
    return stored[1], None


def dumps_analysed(files: str, analysed: Analysed) -> bytes:
    return _dumps((files, analysed))


def save(
    out: Path,
    manifest: Manifest,
    probes: Probes,
    analysed: dict[str, bytes],
) -> None:
    """Write the new texts' analyses, the probes, then the manifest; remove what no text
    uses. Each file is atomic; the manifest last, so a build killed halfway leaves records
    that the files' fingerprints still check."""
    texts = folder(out) / "texts"
    texts.mkdir(parents=True, exist_ok=True)
    for place in (folder(out), texts):
        for stale in writer.stale_temporaries(place, lambda target: True):
            stale.unlink(missing_ok=True)
    for slug, data in analysed.items():
        writer.write_if_changed(texts / slug, data, sync=False)
    writer.write_if_changed(folder(out) / "probes", _dumps(probes), sync=False)
    writer.write_if_changed(folder(out) / "manifest", _dumps(manifest), sync=False)
    for path in texts.iterdir():
        if path.name not in manifest.texts and path.is_file() and not path.is_symlink():
            path.unlink()


def check(out: Path) -> None:
    """Refuse before writing anything when the cache's place is taken by something else."""
    for place in (folder(out), folder(out) / "texts"):
        if os.path.lexists(place) and (place.is_symlink() or not place.is_dir()):
            from reader.errors import ReaderError

            raise ReaderError(
                f"{place}: is in the way of the build cache (it is not a folder); "
                "move it, or choose another -o"
            )


def _ignored(path: Path, then: str) -> Problem:
    return Problem(
        None,
        f"{path}: not a build cache this reader can use (damaged, or written by other "
        f"software); ignored, {then}",
        warning=True,
    )


def _dumps(value: object) -> bytes:
    buffer = io.BytesIO()
    pickler = pickle.Pickler(buffer, protocol=5)
    pickler.dispatch_table = _reducers()  # type: ignore[misc]
    pickler.dump(value)
    payload = buffer.getvalue()
    return _MAGIC + hashlib.sha256(payload).digest() + payload


@cache
def _reducers() -> dict[type, Callable[[Any], tuple[type, tuple[object, ...]]]]:
    """A data class as (class, field values): pickle's default for a frozen slotted data
    class calls `dataclasses.fields` for every object, 20 times slower (a text's analysis
    is ~1,000 tokens and words); loading calls the class with the values."""
    reducers = {}
    for allowed in _allowed().values():
        if is_dataclass(allowed):
            values = attrgetter(*(f.name for f in fields(allowed)), "__class__")
            reducers[allowed] = partial(_reduce, values)
    return reducers


def _reduce(values: attrgetter[Any], value: object) -> tuple[type, tuple[object, ...]]:
    *arguments, kind = values(value)
    return kind, tuple(arguments)


def _read(path: Path) -> object:
    """The value stored in a cache file, or None for anything but an intact one of ours."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    head, digest = len(_MAGIC), len(_MAGIC) + _DIGEST
    payload = data[digest:]
    if data[:head] != _MAGIC or hashlib.sha256(payload).digest() != data[head:digest]:
        return None
    try:
        return _Unpickler(payload).load()
    except Exception:  # a checksum collision or a bug: a miss, never a crash
        return None


@cache
def _allowed() -> dict[tuple[str, str], type]:
    """The only classes a cache file may build: reader's data classes and paths."""
    from reader import model
    from reader.site import render

    classes: list[type] = [PosixPath, PurePosixPath, Analysed, Record, Manifest]
    classes += [render.IndexRow, render.Stats]
    classes += [
        value
        for value in vars(model).values()
        if isinstance(value, type) and value.__module__ == model.__name__
    ]
    allowed = {(c.__module__, c.__qualname__): c for c in classes}
    allowed[("pathlib", "PosixPath")] = PosixPath
    allowed[("pathlib", "PurePosixPath")] = PurePosixPath
    return allowed


class _Unpickler(pickle.Unpickler):
    def __init__(self, payload: bytes) -> None:
        super().__init__(io.BytesIO(payload))
        self._allowed = _allowed()

    def find_class(self, module: str, name: str) -> type:
        found = self._allowed.get((module, name))
        if found is None:
            raise pickle.UnpicklingError(f"{module}.{name} is not a cache class")
        return found
