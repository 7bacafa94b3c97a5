"""The `reader` command: thin click commands that call the pipeline and print a summary."""

from __future__ import annotations

import sys
import traceback
from pathlib import Path

import click

from reader import pipeline

INPUT = click.Path(exists=True, path_type=Path)


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


@cli.command()
@click.argument("path", required=False, type=INPUT)
@click.option(
    "-o",
    "--output",
    "out",
    type=click.Path(path_type=Path),
    default=Path("site"),
    show_default=True,
    help="Folder to write the site into.",
)
@click.option(
    "--force",
    is_flag=True,
    help="Write into a non-empty folder that is not a previous reader site.",
)
@click.option(
    "-v", "--verbose", is_flag=True, help="List every change made while cleaning the scraped text."
)
def build(path: Path | None, out: Path, force: bool, verbose: bool) -> None:
    """Build study pages from PATH (a corpus, a text folder or a .txt; default corpus/).

    \b
    Example:
        reader build                           # corpus/ -> site/
        reader build corpus/texts/pentagon-iraq -o /tmp/one
        reader build article.txt -v            # show every cleaning change
    """
    summary = pipeline.build(path, out, force=force)
    for warning in summary.corpus.warnings:
        click.echo(f"warning: {warning}", err=True)
    for text in summary.corpus.texts:
        for note in text.source.warnings:
            click.echo(f"warning: {text.source.path}: {note}", err=True)
        if verbose:
            for change in text.source.changes:
                click.echo(f"{text.source.path}:{change}")
    texts = len(summary.corpus.texts)
    click.echo(
        f"built {texts} page{'s' if texts != 1 else ''} in {summary.seconds:.1f} s, "
        f"{summary.glossed_share:.0%} of words glossed, "
        f"{summary.changes} cleaning change{'s' if summary.changes != 1 else ''} (-v lists them) "
        f"-> {summary.out / 'index.html'}"
    )


def main() -> None:
    """Console entry point: user errors print `Error: ...`; anything else too, unless --debug."""
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
