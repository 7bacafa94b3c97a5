"""The exceptions a user may see. Raise them anywhere: click prints `Error: ...` and exits 1."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import click

from reader.model import Problem
from reader.wording import count, printable


class ReaderError(click.ClickException):
    """A problem the user can fix; shown without a traceback (unless `--debug`)."""

    def format_message(self) -> str:
        """The message with control characters escaped: it quotes teacher files."""
        return printable(self.message)


class InputError(ReaderError):
    """An input file that cannot be read: missing, binary, undecodable."""

    def __init__(self, path: Path, message: str) -> None:
        super().__init__(f"{path}: {message}")


class ProblemsFound(ReaderError):
    """Teacher data with problems: every one listed as `path:line: message`, then one summary."""

    def __init__(
        self, problems: Iterable[Problem], where: str, consequence: str = "nothing was written"
    ) -> None:
        self.problems = tuple(problems)
        lines = [str(p) for p in self.problems]
        lines.append(f"{count(len(self.problems), 'problem')} in {where}; {consequence}")
        super().__init__("\n".join(lines))
