"""`reader build` shows a progress bar on a terminal, and nothing extra when piped."""

from __future__ import annotations

import os
import pty
import shutil
import subprocess
import sys
from pathlib import Path

from reader import pipeline
from tests.conftest import CORPUS

READER = [sys.executable, "-c", "from reader.cli import main; main()"]


def _on_a_terminal(command: list[str], cwd: Path) -> str:
    """What `command` writes to stdout and stderr when both are a terminal (a pty)."""
    leader, follower = pty.openpty()
    process = subprocess.Popen(command, stdout=follower, stderr=follower, cwd=cwd)
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:  # the terminal closed: the process has ended
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(leader)
    assert process.wait(timeout=120) == 0
    return b"".join(chunks).decode("utf-8")


def test_a_build_on_a_terminal_shows_a_bar_with_each_text(tmp_path):
    shutil.copytree(CORPUS, tmp_path / "corpus")
    shown = _on_a_terminal([*READER, "build", "corpus", "-o", "site"], tmp_path)
    assert "reading  [" in shown
    assert "  100%" in shown
    assert "rankova-kava" in shown  # the text being read is named beside the bar
    assert shown.rstrip().splitlines()[-1].startswith("built 3 pages in ")


def test_a_build_whose_output_is_not_a_terminal_prints_only_its_summary(tmp_path):
    shutil.copytree(CORPUS, tmp_path / "corpus")
    result = subprocess.run(
        [*READER, "build", "corpus", "-o", "site"], cwd=tmp_path, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert result.stdout.startswith("built 3 pages in ")
    assert result.stdout.count("\n") == 1


def test_the_pipeline_reports_each_text_it_has_read(tmp_path):
    read: list[str] = []
    pipeline.build(CORPUS, tmp_path / "site", progress=read.append)
    assert read == ["na-vokzali", "pentagon-iraq", "rankova-kava"]
