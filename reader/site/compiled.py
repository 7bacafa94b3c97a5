"""Compiled templates kept between runs, as Python keeps a module's bytecode.

Jinja2 turns a template into Python source and compiles it each time a process first uses
it; for the page template that is a measurable part of a cold `reader build` (figures in
bench/README.md). `templates()` is a Jinja2 bytecode cache in the user's cache
folder, one file per template:

    ~/.cache/reader/templates/__jinja2_<key>.cache     ($XDG_CACHE_HOME/reader/... if set)
        key        SHA-1 of the template's name and path: one file per installed copy
        contents   Jinja2's version and Python's, a checksum, the code
        checksum   SHA-1 of the template source and of the file that sets up the
                   Environment (reader/site/render.py: trim_blocks, autoescape... shape
                   the compiled code too)

A file whose versions or checksum differ is compiled again and replaced, so an edited
template, an Environment set up otherwise or an upgraded Jinja2 never runs stale code. A
file that cannot be read, is damaged, or cannot be written is no cache: the template is
compiled as without one. The folder is safe to delete. The rendered pages are the same
bytes either way (tests/site/test_compiled.py).
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from jinja2.bccache import Bucket, FileSystemBytecodeCache


def folder() -> Path | None:
    """Where compiled templates are kept; None when the user has no cache folder."""
    base = os.environ.get("XDG_CACHE_HOME", "")
    if not os.path.isabs(base):  # unset, or relative: the XDG rule is to ignore it
        try:
            base = str(Path.home() / ".cache")
        except RuntimeError:  # no home folder to be found
            return None
    return Path(base) / "reader" / "templates"


class _Tolerant(FileSystemBytecodeCache):
    """Jinja2's file cache, except that a file it cannot read, trust or write is a miss, and
    the checksum covers `settings` (the Environment's set-up) besides the source."""

    def __init__(self, directory: str, settings: str) -> None:
        super().__init__(directory)
        self.settings = settings

    def get_source_checksum(self, source: str) -> str:
        return super().get_source_checksum(f"{self.settings}\x00{source}")

    def load_bytecode(self, bucket: Bucket) -> None:
        try:
            super().load_bytecode(bucket)
        except Exception:  # damaged: a truncated pickle, bad marshal data
            bucket.reset()

    def dump_bytecode(self, bucket: Bucket) -> None:
        try:
            os.makedirs(self.directory, exist_ok=True)
            super().dump_bytecode(bucket)
        except OSError:  # read-only, full, or not a folder: compile again next time
            pass


def templates(settings: Path) -> FileSystemBytecodeCache | None:
    """The bytecode cache for an Environment set up by the code in `settings` (None: compile
    every time)."""
    where = folder()
    if where is None:
        return None
    try:
        digest = hashlib.sha1(settings.read_bytes()).hexdigest()
    except OSError:  # not a file to read (a zipped install): nothing to check against
        return None
    return _Tolerant(str(where), digest)
