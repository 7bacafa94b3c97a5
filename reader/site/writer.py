"""The one way reader writes a file: the site's pages, the exports and `reader add`'s glossary.

Every file is written whole or not at all: its bytes go to a temporary file in the target's
folder, are flushed to the disk (`fsync`), take the target's permissions, and the temporary
file is renamed over the target (`os.replace`, atomic on one file system). A reader of the
file sees the old bytes or the new ones, never half; on any failure the temporary file is
removed and the target is as it was. A target that is a symbolic link is written through:
the file it points to gets the new bytes and the link stays a link.

    site/pentagon-iraq.html             the target
    site/.pentagon-iraq.html.k3v9x_2a.tmp   the temporary file until the rename

A file whose bytes are already what would be written is left alone (`write_if_changed`): a
rebuild with nothing changed rewrites nothing, and every page keeps its modification time.

A process killed between the two leaves the temporary file behind; `write_site` removes the
ones a build left in its folder (`stale_temporaries`), and only those: a name of that shape.

Before anything is written, `check_target` refuses to replace what reader did not write: a
site folder must be empty or hold the marker file an earlier build left (`SITE_MARKER`), an
export file must be an earlier export of the same kind; `--force` overrides both. A page's
name taken by a folder is refused too, so the build stops before its first write.
"""

from __future__ import annotations

import fcntl
import os
import re
import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from reader.errors import ReaderError

# A site folder holds this file, so a later build knows it may write there again.
SITE_MARKER = ".reader-site"
SITE_MARKER_TEXT = "written by reader build\n"

# The temporary file beside a target: `.<name>.<8 random characters>.tmp` (tempfile's names).
TEMPORARY_PREFIX = "."
TEMPORARY_SUFFIX = ".tmp"
_TEMPORARY = re.compile(r"\.(?P<target>.+)\.[a-z0-9_]{8}\.tmp")
# What a temporary name adds to its target's: the dot, the dot and 8 characters, `.tmp`.
TEMPORARY_EXTRA = len(TEMPORARY_PREFIX) + 1 + 8 + len(TEMPORARY_SUFFIX)

_UMASK = os.umask(0)
os.umask(_UMASK)
NEW_FILE_MODE = 0o666 & ~_UMASK  # what `open()` would give a new file


@dataclass(frozen=True, slots=True)
class Kind:
    """What a command writes (a folder or a file) and how to tell one reader wrote earlier."""

    folder: bool
    ours: Callable[[Path], bool]  # True for an earlier reader output of this kind
    not_ours: str  # the message when it is not ours, after "PATH: "


def write_atomically(target: Path, content: str | bytes, sync: bool = True) -> None:
    """Write `content` (text as UTF-8) to `target` whole or not at all, keeping its permissions.

    `sync=False` skips the flush to the disk, for files that check themselves when read
    (the build cache's: a file a power cut tore is a checksum mismatch, ignored)."""
    target = Path(os.path.realpath(target)) if target.is_symlink() else target
    data = content.encode("utf-8") if isinstance(content, str) else content
    try:
        mode = target.stat().st_mode & 0o7777
    except FileNotFoundError:
        mode = NEW_FILE_MODE
    handle, temporary = tempfile.mkstemp(
        dir=target.parent, prefix=f"{TEMPORARY_PREFIX}{target.name}.", suffix=TEMPORARY_SUFFIX
    )
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            if sync:
                os.fsync(stream.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def write_if_changed(target: Path, content: str | bytes, sync: bool = True) -> bool:
    """Write `content` atomically unless `target` holds exactly these bytes; True if written."""
    data = content.encode("utf-8") if isinstance(content, str) else content
    try:
        if target.stat().st_size == len(data) and target.read_bytes() == data:
            return False
    except (FileNotFoundError, NotADirectoryError, IsADirectoryError):
        pass
    write_atomically(target, data, sync)
    return True


@contextmanager
def locked(target: Path) -> Iterator[None]:
    """Hold an exclusive lock for writing `target` (waiting while another process holds it).

    The lock is on the target's folder (the one a link points into), not on the file: the
    rename puts a new file in the old one's place, and a process waiting on the old file's
    lock would then hold a lock nobody else asks for. A folder needs no lock file either.
    """
    real = Path(os.path.realpath(target))
    folder = os.open(real.parent, os.O_RDONLY)
    try:
        fcntl.flock(folder, fcntl.LOCK_EX)
        yield
    finally:
        os.close(folder)  # closing releases the lock


def check_target(target: Path, kind: Kind, force: bool) -> None:
    """Refuse a target of the wrong kind, or one reader did not write, unless forced."""
    if kind.folder and target.exists() and not target.is_dir():
        raise ReaderError(f"{target}: exists and is not a folder; choose another -o")
    if not kind.folder and target.is_dir():
        raise ReaderError(f"{target}: is a folder; give a file name with -o")
    if force or not target.exists() or kind.ours(target):
        return
    raise ReaderError(f"{target}: {kind.not_ours}")


def _is_site(folder: Path) -> bool:
    """A folder an earlier build wrote (it holds the marker), or an empty one."""
    return (folder / SITE_MARKER).exists() or not any(folder.iterdir())


SITE = Kind(
    folder=True,
    ours=_is_site,
    not_ours="folder is not empty and was not written by reader; "
    "choose an empty folder with -o, or add --force to write into it anyway",
)


def check_site(out: Path, names: Iterable[str], force: bool) -> None:
    """Everything that would stop `write_site` halfway, found before it writes anything."""
    check_target(out, SITE, force)
    for name in names:
        page = out / name
        if page.exists() and not page.is_file():
            raise ReaderError(
                f"{page}: is in the way of a page (it is not a file); move it, or choose another -o"
            )


def write_site(out: Path, pages: dict[str, str | bytes]) -> tuple[Path, ...]:
    """Write the pages and the marker atomically, each only if its bytes changed, after
    removing stale temporary files; the pages actually written."""
    out.mkdir(parents=True, exist_ok=True)
    for stale in stale_temporaries(out):
        stale.unlink(missing_ok=True)
    written = []
    for name, content in {**pages, SITE_MARKER: SITE_MARKER_TEXT}.items():
        target = out / name
        if write_if_changed(target, content) and name != SITE_MARKER:
            written.append(target)
    return tuple(written)


def stale_temporaries(out: Path, targets: Callable[[str], bool] | None = None) -> tuple[Path, ...]:
    """Temporary files an interrupted build left in `out`: by default of a page or of the
    marker, else of the names `targets` accepts."""
    accept = targets or (lambda target: target.endswith(".html") or target == SITE_MARKER)
    found = []
    for path in out.iterdir():
        match = _TEMPORARY.fullmatch(path.name)
        if match is None or not path.is_file() or path.is_symlink():
            continue
        if accept(match.group("target")):
            found.append(path)
    return tuple(sorted(found))
