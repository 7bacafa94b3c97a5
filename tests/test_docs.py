"""The docs can't drift: every command has help with an example and is in the README."""

import re

import click
import pytest

from reader.cli import cli
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def _commands(group: click.Group, prefix: str = "reader"):
    for name, command in sorted(group.commands.items()):
        yield f"{prefix} {name}", command
        if isinstance(command, click.Group):
            yield from _commands(command, f"{prefix} {name}")


COMMANDS = list(_commands(cli))


@pytest.mark.parametrize(("name", "command"), COMMANDS, ids=[name for name, _ in COMMANDS])
def test_every_command_has_help_ending_with_an_example(name, command):
    assert command.help, f"{name} has no help"
    assert "Example:" in command.help, f"{name}'s help has no Example: block"


@pytest.mark.parametrize(("name", "command"), COMMANDS, ids=[name for name, _ in COMMANDS])
def test_every_command_is_in_the_readme(name, command):
    assert re.search(rf"`{re.escape(name)}\b", README), f"README does not mention `{name}`"


def test_readme_starts_with_the_install_and_the_test_command():
    first_block = README.split("```")[1]
    commands = [line.split("#")[0].strip() for line in first_block.splitlines()[1:] if line.strip()]
    assert commands == [
        "python3 -m venv .venv && .venv/bin/pip install . && .venv/bin/reader build",
        "bash .ci/run",
    ]
