"""Shared fixtures: a click runner, paths to the bundled sample corpus, hypothesis in CI."""

import os
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import settings

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"

# CI explores the same examples every run, so a verdict depends on the change, not on
# the dice; a developer's runs search afresh each time and keep what fails in .hypothesis/.
# No deadline in either: timing is never a pass/fail verdict (bench/ measures it), and a
# property test that writes files took 387 ms once on a busy machine against the default 200.
settings.register_profile("ci", derandomize=True, deadline=None)
settings.register_profile("dev", deadline=None)
settings.load_profile("ci" if os.environ.get("CI") else "dev")


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


# The study page's tests: golden pages and a small corpus that only those tests edit.
GOLDEN = ROOT / "tests" / "golden"
STUDY_CORPUS = GOLDEN / "corpus"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        help="Rewrite the golden pages in tests/golden/ from the current code.",
    )


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture
def study_corpus(tmp_path: Path) -> Path:
    """A copy of tests/golden/corpus (one text with translation, glossary, text.yaml)."""
    import shutil

    return Path(shutil.copytree(STUDY_CORPUS, tmp_path / "corpus"))
