"""What several commands' arguments share."""

from __future__ import annotations

from pathlib import Path

import click

# A PATH or TEXT argument: a corpus, a text folder or a .txt that must exist.
INPUT = click.Path(exists=True, path_type=Path)
