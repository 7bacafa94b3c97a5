"""The `reader` command: thin click commands that call the pipeline and print a summary.

One module a kind of work: `build` (build, check), `texts` (import, align), `glossary`
(missing, add), `export` (json, anki); `options` holds what their arguments share. The
commands import the pipeline when they run: it brings nltk, pymorphy3 and the dictionaries
(most of a second), which `reader --help` and `reader add` do not need.
"""

from __future__ import annotations

import sys
import traceback

import click

from reader import collector
from reader.cli import build, export, glossary, texts


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--debug", is_flag=True, help="Show the full traceback of an unexpected error.")
@click.version_option(package_name="reader")
@click.pass_context
def cli(ctx: click.Context, debug: bool) -> None:
    """Turn Ukrainian articles, their translations and a glossary into study pages.

    \b
    Example:
        reader build                 # corpus/ -> site/index.html
        reader check --strict        # before committing glossary changes
    """
    ctx.obj = {"debug": debug}


for command in (
    build.build,
    build.check,
    texts.align,
    glossary.missing,
    texts.import_text,
    export.export,
    glossary.add,
):
    cli.add_command(command)


def main() -> None:
    """Console entry point: user errors print `Error: ...`; anything else too, unless --debug."""
    collector.spare_shutdown()
    debug = "--debug" in sys.argv[1:]
    try:
        cli.main(standalone_mode=True)
    except SystemExit:
        raise
    except Exception as error:  # an unexpected failure: a bug, not the user's fault
        if debug:
            traceback.print_exc()
        else:
            click.echo(
                f"Error: unexpected {type(error).__name__}: {error} (run with --debug for details)",
                err=True,
            )
        sys.exit(1)
