"""The one writer: whole files or nothing, permissions and links kept, reader's own outputs only."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from reader.cli import cli
from reader.errors import ReaderError
from reader.site import writer


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_rewritten_file_keeps_its_permissions_and_a_new_one_follows_the_umask(
    tmp_path: Path,
) -> None:
    kept = tmp_path / "kept.html"
    kept.write_text("old\n", "utf-8")
    kept.chmod(0o640)
    writer.write_atomically(kept, "нове\n")
    assert kept.read_text("utf-8") == "нове\n"
    assert _mode(kept) == 0o640

    umask = os.umask(0o027)
    os.umask(umask)
    new = tmp_path / "new.html"
    writer.write_atomically(new, b"\x00\x01")
    assert new.read_bytes() == b"\x00\x01"
    assert _mode(new) == 0o666 & ~umask


def test_a_failed_write_leaves_the_old_file_and_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "page.html"
    target.write_text("old\n", "utf-8")

    def disk_full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(OSError, match="No space left"):
        writer.write_atomically(target, "new\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["page.html"]
    assert target.read_text("utf-8") == "old\n"


def test_a_link_is_written_through_and_stays_a_link(tmp_path: Path) -> None:
    real = tmp_path / "shared" / "words.yaml"
    real.parent.mkdir()
    real.write_text("old\n", "utf-8")
    link = tmp_path / "words.yaml"
    link.symlink_to(real)
    writer.write_atomically(link, "new\n")
    assert link.is_symlink()
    assert real.read_text("utf-8") == "new\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["shared", "words.yaml"]


def test_one_check_refuses_what_reader_did_not_write(tmp_path: Path) -> None:
    plan = tmp_path / "plan.txt"
    plan.write_text("my lesson plan\n", "utf-8")
    with pytest.raises(ReaderError) as raised:
        writer.check_target(plan, writer.SITE, force=False)
    assert raised.value.message == f"{plan}: exists and is not a folder; choose another -o"

    export = writer.Kind(folder=False, ours=lambda path: False, not_ours="not ours")
    with pytest.raises(ReaderError) as raised:
        writer.check_target(plan, export, force=False)
    assert raised.value.message == f"{plan}: not ours"
    writer.check_target(plan, export, force=True)  # --force replaces it
    with pytest.raises(ReaderError) as raised:
        writer.check_target(tmp_path, export, force=True)  # even forced, a folder is no file
    assert raised.value.message == f"{tmp_path}: is a folder; give a file name with -o"


def test_a_folder_where_a_page_goes_stops_the_build_before_it_writes(
    runner, study_corpus: Path, tmp_path: Path
) -> None:
    out = tmp_path / "site"
    (out / "staryi-zamok.html").mkdir(parents=True)
    result = runner.invoke(cli, ["build", str(study_corpus), "-o", str(out), "--force"])
    assert result.exit_code == 1
    assert result.output == (
        f"Error: {out / 'staryi-zamok.html'}: is in the way of a page (it is not a file); "
        "move it, or choose another -o\n"
    )
    assert sorted(p.name for p in out.iterdir()) == ["staryi-zamok.html"]


def test_the_next_build_removes_the_temporary_files_a_killed_build_left(
    runner, study_corpus: Path, tmp_path: Path
) -> None:
    out = tmp_path / "site"
    assert runner.invoke(cli, ["build", str(study_corpus), "-o", str(out)]).exit_code == 0
    ours = [
        ".index.html.k3v9x_2a.tmp",
        ".staryi-zamok.html.00000000.tmp",
        "..reader-site.abcdefgh.tmp",
    ]
    theirs = [".notes.txt.abcdefgh.tmp", "draft.tmp", ".index.html.tmp"]
    for name in ours + theirs:
        (out / name).write_text("half a page", "utf-8")
    assert runner.invoke(cli, ["build", str(study_corpus), "-o", str(out)]).exit_code == 0
    assert sorted(p.name for p in out.iterdir()) == sorted(
        [*theirs, ".reader-cache", ".reader-site", "index.html", "staryi-zamok.html"]
    )
