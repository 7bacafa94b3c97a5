"""Shared fixtures: a click runner and paths to the bundled sample corpus."""

from pathlib import Path

import pytest
from click.testing import CliRunner

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()
