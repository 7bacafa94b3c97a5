"""A wheel built from the checkout carries its templates and runs from a fresh venv."""

import subprocess
import sys
import zipfile

import pytest

from tests.conftest import ROOT


@pytest.fixture(scope="module")
def wheel(tmp_path_factory):
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(ROOT)],
        check=True,
        capture_output=True,
    )
    (built,) = out.glob("reader-*.whl")
    return built


def test_the_wheel_contains_the_templates(wheel):
    names = zipfile.ZipFile(wheel).namelist()

    assert "reader/site/templates/page.html.j2" in names
    assert "reader/site/templates/index.html.j2" in names
    assert "reader/glossary/phrases.txt" in names  # `reader missing`'s fixed phrases


def test_reader_builds_a_page_from_a_fresh_venv(wheel, tmp_path):
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    subprocess.run(
        [venv / "bin" / "pip", "install", "-q", str(wheel)], check=True, capture_output=True
    )
    article = tmp_path / "стаття.txt"
    article.write_text("Добрий день. Як справи?\n", encoding="utf-8")

    helped = subprocess.run(
        [venv / "bin" / "reader", "--help"], capture_output=True, text=True, cwd=tmp_path
    )
    built = subprocess.run(
        [venv / "bin" / "reader", "build", str(article)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )

    assert helped.returncode == 0 and "build" in helped.stdout
    assert built.returncode == 0, built.stderr
    page = (tmp_path / "site" / "стаття.html").read_text(encoding="utf-8")
    assert "Як спра<r-s>\u0301</r-s>ви?" in page  # the stress dictionary installed
