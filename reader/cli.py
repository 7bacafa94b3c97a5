"""The `reader` command: thin click commands that call the pipeline and print a summary."""

from __future__ import annotations

import sys
import traceback
from collections.abc import Sized
from pathlib import Path

import click

from reader import align as alignment
from reader import pipeline, review
from reader.corpus import locate
from reader.errors import ReaderError

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
    click.echo(
        f"built {count(summary.corpus.texts, 'page')} in {summary.seconds:.1f} s, "
        f"{summary.glossed_share:.0%} of words glossed, "
        f"{count(range(summary.changes), 'cleaning change')} (-v lists them) "
        f"-> {summary.out / 'index.html'}"
    )


@cli.command()
@click.argument("path", required=False, type=INPUT)
@click.option(
    "--strict",
    is_flag=True,
    help="Treat warnings (unused entries, long translations, doubtful pairings) as errors.",
)
def check(path: Path | None, strict: bool) -> None:
    """Validate the glossary, the texts and their translations in PATH (default corpus/).

    Lists every problem as `path:line: message`; exits 1 when there are errors
    (or, with --strict, warnings), 0 when clean. Writes nothing.

    \b
    Example:
        reader check                  # before building
        reader check --strict corpus  # warnings fail too, e.g. in CI
    """
    corpus = pipeline.read_corpus(path)
    found = review.warnings(corpus)
    for problem in found:
        click.echo(str(problem))
    where = str(corpus.files.root)
    if found and strict:
        raise ReaderError(
            f"{count(found, 'warning')} in {where}; --strict treats warnings as errors"
        )
    verdict = count(found, "warning") if found else "no problems"
    texts, entries = count(corpus.texts, "text"), count(corpus.glossary.entries, "entry")
    click.echo(f"checked {texts} and {entries} in {where}: {verdict}")


def count(items: Sized, noun: str) -> str:
    """`count([1, 2], "page")` is "2 pages"; English plurals of the nouns used here."""
    plural = noun[:-1] + "ies" if noun.endswith("y") else noun + "s"
    return f"{len(items)} {noun if len(items) == 1 else plural}"


@cli.command()
@click.argument("path", required=False, type=INPUT)
@click.option(
    "-n", "--limit", type=click.IntRange(min=1), help="Show only the N most frequent words."
)
def missing(path: Path | None, limit: int | None) -> None:
    """List the words of PATH (default corpus/) that no glossary entry covers, as YAML stubs.

    Words are grouped by dictionary form, most frequent first, each with its count and
    its first use in context. Paste the stubs worth a note into a glossary file and write
    the translations: `reader check` reports any left empty. Numbers and Latin words are
    not listed.

    \b
    Example:
        reader missing --limit 20                    # the 20 commonest unglossed words
        reader missing corpus/texts/pentagon-iraq >> /tmp/todo.yaml
    """
    from reader.missing import find_missing, to_yaml

    corpus = pipeline.read_corpus(path)
    items = find_missing(corpus.texts, corpus.glossary)
    click.echo(to_yaml(items, str(corpus.files.root), limit), nl=False)


@cli.command()
@click.argument("text", type=INPUT)
@click.option(
    "--side-by-side",
    "review_form",
    is_flag=True,
    help="Show each Ukrainian sentence with the English paired with it, for reviewing.",
)
def align(text: Path, review_form: bool) -> None:
    """Print how TEXT's en.txt pairs with its Ukrainian sentences (TEXT: a text folder or uk.txt).

    The output is itself a valid en.txt: each paragraph's English, one line per Ukrainian
    sentence, a blank line between paragraphs. A line holding only `+` means "this sentence
    shares the English on the line above" (two Ukrainian sentences, one English). Fix a line,
    save the output as en.txt, and those lines pair one to one, no guessing. Doubtful
    pairings are listed on stderr (and by `reader check`).

    \b
    Example:
        reader align corpus/texts/pentagon-iraq --side-by-side     # review the pairing
        reader align corpus/texts/pentagon-iraq > /tmp/en.txt      # edit, then save as en.txt
                                   # (not straight onto en.txt: the shell would empty it first)
    """
    files = locate(text)
    if len(files.texts) != 1:
        raise ReaderError(f"{text}: a corpus; give one text folder, e.g. {text}/texts/<slug>")
    if files.texts[0].en is None:
        raise ReaderError(
            f"{files.texts[0].uk}: no en.txt beside it; write the English paragraph for "
            "paragraph (a blank line between paragraphs), then align"
        )
    corpus = pipeline.read_corpus(text)
    for problem in corpus.warnings:
        click.echo(str(problem), err=True)
    units = corpus.texts[0].units
    click.echo(
        alignment.side_by_side(units) if review_form else alignment.as_en_txt(units), nl=False
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
