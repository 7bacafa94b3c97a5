"""Compiled templates kept between runs: the same page whether compiled, cached or damaged."""

from __future__ import annotations

import functools
import hashlib
import shutil
from pathlib import Path

import jinja2
import pytest

from reader import pipeline
from reader.model import Text
from reader.site import compiled, render
from tests.conftest import STUDY_CORPUS


@functools.cache
def _study_text() -> Text:
    (text,) = pipeline.read_corpus(STUDY_CORPUS).texts
    return text


def _page(folder: Path, compile_allowed: bool = True, settings: str = "as set up") -> str:
    """The study page rendered by the site's Environment with its cache in `folder`."""
    cache = compiled._Tolerant(str(folder), settings)
    environment = render._environment.overlay(bytecode_cache=cache, cache_size=0)
    if not compile_allowed:
        environment.compile = _no_compiling  # type: ignore[method-assign]
    template = environment.get_template("page.html.j2")
    return template.render(page=render.page_context(_study_text()))


def _no_compiling(*args: object, **kwargs: object) -> None:
    pytest.fail("the template was compiled, not taken from the cache")


def _cached(folder: Path) -> Path:
    (path,) = folder.glob("__jinja2_*.cache")
    return path


def test_a_compiled_template_is_kept_and_used_for_the_same_page(tmp_path: Path) -> None:
    page = render.render_page(_study_text())
    folder = tmp_path / "reader" / "templates"  # created when the first template is kept
    assert _page(folder) == page
    kept = _cached(folder)
    written = kept.stat().st_mtime_ns
    assert _page(folder, compile_allowed=False) == page
    assert kept.stat().st_mtime_ns == written  # read, not written again


def test_an_edited_template_is_compiled_again(tmp_path: Path) -> None:
    templates = tmp_path / "templates"
    shutil.copytree(Path(render.__file__).parent / "templates", templates)
    cache = compiled._Tolerant(str(tmp_path / "cache"), "as set up")
    environment = render._environment.overlay(
        loader=jinja2.FileSystemLoader(templates), bytecode_cache=cache, cache_size=0
    )
    context = render.page_context(_study_text())
    assert environment.get_template("page.html.j2").render(page=context) == render.render_page(
        _study_text()
    )
    page = templates / "page.html.j2"
    page.write_text(page.read_text("utf-8").replace("<html", "<html data-edited"), "utf-8")
    edited = environment.get_template("page.html.j2").render(page=context)
    assert "<html data-edited" in edited


def test_a_template_is_compiled_again_when_the_environment_is_set_up_otherwise(
    tmp_path: Path,
) -> None:
    page = _page(tmp_path, settings="render.py as it was")
    kept = _cached(tmp_path)
    before = kept.read_bytes()
    with pytest.raises(pytest.fail.Exception, match="compiled, not taken from the cache"):
        _page(tmp_path, compile_allowed=False, settings="render.py edited")
    assert _page(tmp_path, settings="render.py edited") == page
    assert kept.read_bytes() != before  # replaced by the newly compiled code


def test_the_site_environment_keeps_its_templates_checked_against_render_py() -> None:
    cache = render._environment.bytecode_cache
    assert isinstance(cache, compiled._Tolerant)
    source = Path(render.__file__).read_bytes()
    assert cache.settings == hashlib.sha1(source).hexdigest()


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[: len(data) // 2],  # cut off while written
        lambda data: data[:20],  # inside the checksum's pickle
        lambda data: b"not a jinja2 cache file",
        lambda data: b"",
    ],
)
def test_a_damaged_cache_file_is_compiled_again_and_replaced(tmp_path: Path, damage) -> None:
    page = _page(tmp_path)
    kept = _cached(tmp_path)
    good = kept.read_bytes()
    kept.write_bytes(damage(good))
    assert _page(tmp_path) == page
    assert kept.read_bytes() == good


def test_a_cache_folder_that_cannot_be_written_is_no_cache(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", "utf-8")
    page = render.render_page(_study_text())
    assert _page(blocker / "templates") == page
    assert _page(blocker / "templates") == page  # and again: compiled each time
    assert blocker.read_text("utf-8") == "not a folder"


def test_the_cache_is_in_the_users_cache_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert compiled.folder() == tmp_path / "reader" / "templates"
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/cache")  # the XDG rule: ignored
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert compiled.folder() == tmp_path / "home" / ".cache" / "reader" / "templates"
