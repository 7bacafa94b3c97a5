"""Pages as HTML strings (Jinja2, autoescaped, StrictUndefined) and the site's atomic writes."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from reader.errors import ReaderError
from reader.model import Text

_UMASK = os.umask(0)
os.umask(_UMASK)

# A site folder holds this file, so a later build knows it may write there again.
SITE_MARKER = ".reader-site"

_environment = Environment(
    loader=PackageLoader("reader", "templates"),
    autoescape=select_autoescape(default=True, default_for_string=True),
    undefined=StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
    keep_trailing_newline=True,
)


def render_page(text: Text) -> str:
    return _environment.get_template("page.html.j2").render(text=text)


def render_index(texts: tuple[Text, ...]) -> str:
    return _environment.get_template("index.html.j2").render(texts=texts)


def check_output_folder(out: Path, force: bool) -> None:
    """Refuse a non-empty folder that is not an earlier reader site, unless forced."""
    if out.exists() and not out.is_dir():
        raise ReaderError(f"{out}: exists and is not a folder; choose another -o")
    if force or not out.exists() or (out / SITE_MARKER).exists() or not any(out.iterdir()):
        return
    raise ReaderError(
        f"{out}: folder is not empty and was not written by reader; "
        "choose an empty folder with -o, or add --force to write into it anyway"
    )


def write_site(out: Path, pages: dict[str, str]) -> tuple[Path, ...]:
    """Write every page through a temporary file renamed into place; never delete anything."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, html in {**pages, SITE_MARKER: "written by reader build\n"}.items():
        target = out / name
        _write_atomically(target, html)
        written.append(target)
    return tuple(written)


def _write_atomically(target: Path, content: str) -> None:
    handle, temporary = tempfile.mkstemp(
        dir=target.parent, prefix=f".{target.name}.", suffix=".tmp"
    )
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(content)
        os.chmod(temporary, 0o666 & ~_UMASK)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
