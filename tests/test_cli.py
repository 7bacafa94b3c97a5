"""The `reader` command as a user meets it: defaults, inputs, summaries and failures."""

import shutil
import subprocess
import sys

import pytest

from reader import pipeline
from reader.cli import cli, main
from tests.conftest import CORPUS, ROOT


def test_build_with_no_arguments_builds_the_corpus_here_into_site(runner, tmp_path, monkeypatch):
    shutil.copytree(CORPUS, tmp_path / "corpus")
    monkeypatch.chdir(tmp_path)

    result = runner.invoke(cli, ["build"])

    assert result.exit_code == 0, result.output
    assert (tmp_path / "site" / "index.html").is_file()
    assert (tmp_path / "site" / "pentagon-iraq.html").is_file()
    lines = result.stdout.splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("built ")
    assert lines[0].endswith("-> site/index.html")


def test_build_takes_a_text_folder_and_an_output_folder(runner, tmp_path):
    result = runner.invoke(
        cli, ["build", str(CORPUS / "texts" / "pentagon-iraq"), "-o", str(tmp_path / "out")]
    )

    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (tmp_path / "out").glob("*.html")) == [
        "index.html",
        "pentagon-iraq.html",
    ]


def test_build_takes_a_single_txt_file(runner, tmp_path):
    article = tmp_path / "замітка.txt"
    article.write_text("Київ — столиця України. Тут живе майже 3 млн людей.\n", encoding="utf-8")

    result = runner.invoke(cli, ["build", str(article), "-o", str(tmp_path / "site")])

    assert result.exit_code == 0, result.output
    page = (tmp_path / "site" / "замітка.html").read_text(encoding="utf-8")
    assert "Київ — столиця України." in page


def test_build_without_a_corpus_says_what_to_do(runner, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)

    result = runner.invoke(cli, ["build"])

    assert result.exit_code == 1
    assert result.output == (
        "Error: no corpus/ folder here: run `reader build PATH` with a corpus folder, "
        "a text folder or a .txt file\n"
    )
    assert not (tmp_path / "site").exists()


def test_a_folder_that_is_neither_corpus_nor_text_is_refused(runner, tmp_path):
    result = runner.invoke(cli, ["build", str(tmp_path)])

    assert result.exit_code == 1
    assert result.output == (
        f"Error: {tmp_path}: neither a corpus (no texts/ folder) nor a text folder (no uk.txt)\n"
    )


def test_a_missing_path_is_a_usage_error(runner, tmp_path):
    result = runner.invoke(cli, ["build", str(tmp_path / "nowhere")])

    assert result.exit_code == 2
    assert "does not exist" in result.output


def _run_reader(*args, cwd):
    return subprocess.run(
        [sys.executable, "-m", "reader", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=False,
    )


def _fail(*args, **kwargs):
    raise RuntimeError("disk on fire")


def _main(argv, monkeypatch):
    monkeypatch.setattr(pipeline, "build", _fail)
    monkeypatch.setattr(sys, "argv", ["reader", *argv])
    with pytest.raises(SystemExit) as stop:
        main()
    return stop.value.code


def test_an_unexpected_failure_shows_one_line_and_no_traceback(monkeypatch, capsys):
    code = _main(["build"], monkeypatch)

    assert code == 1
    assert capsys.readouterr().err == (
        "Error: unexpected RuntimeError: disk on fire (run with --debug for details)\n"
    )


def test_debug_shows_the_traceback_of_an_unexpected_failure(monkeypatch, capsys):
    code = _main(["--debug", "build"], monkeypatch)

    assert code == 1
    err = capsys.readouterr().err
    assert err.startswith("Traceback (most recent call last):")
    assert err.endswith("RuntimeError: disk on fire\n")


def test_python_dash_m_reader_runs_the_command():
    result = _run_reader("--help", cwd=ROOT)

    assert result.returncode == 0
    assert result.stdout.startswith("Usage: python -m reader [OPTIONS] COMMAND [ARGS]...")


def test_help_and_add_answer_without_loading_the_language_tools(tmp_path):
    """`reader --help` and `reader add` start at once: nltk and the morphology dictionaries
    (most of a second) load only for the commands that read texts."""
    glossary = tmp_path / "g.yaml"
    script = (
        "import sys\n"
        "from click.testing import CliRunner\n"
        "from reader.cli import cli\n"
        "assert CliRunner().invoke(cli, ['--help']).exit_code == 0\n"
        f"result = CliRunner().invoke(cli, ['add', 'ні', 'no', '--to', {str(glossary)!r}])\n"
        "assert result.exit_code == 0, result.output\n"
        "print(sorted(name for name in ('nltk', 'pymorphy3') if name in sys.modules))\n"
    )
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "[]"
    assert glossary.read_text(encoding="utf-8") == 'ні: "no"\n'
