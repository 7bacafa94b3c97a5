"""`reader build` and `reader check`: the whole corpus read, checked and (for build) written."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import click

from reader.cli.options import INPUT
from reader.corpus.files import locate
from reader.errors import ProblemsFound, ReaderError
from reader.model import Corpus
from reader.wording import count, printable


@click.command()
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
@click.option(
    "--full",
    is_flag=True,
    help="Ignore what the last build kept in OUTPUT/.reader-cache and redo every page.",
)
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=1),
    help="Analyse texts in N processes  [default: the machine's cores]",
)
def build(
    path: Path | None, out: Path, force: bool, verbose: bool, full: bool, jobs: int | None
) -> None:
    """Build study pages from PATH (a corpus, a text folder or a .txt; default corpus/).

    Only what changed since the last build into the same folder is redone: a text whose
    files changed, and the texts a changed glossary entry could gloss. What each page was
    made from is kept in OUTPUT/.reader-cache (safe to delete); --full ignores it.

    \b
    Example:
        reader build                           # corpus/ -> site/
        reader build corpus/texts/pentagon-iraq -o /tmp/one
        reader build article.txt -v            # show every cleaning change
        reader build --full -j 4               # redo every page, in 4 processes
    """
    from reader import pipeline

    with _progress_bar(len(locate(path).texts)) as progress:
        summary = pipeline.build(
            path, out, force=force, full=full, jobs=jobs or 0, progress=progress
        )
    for warning in summary.warnings:
        click.echo(printable(str(warning)), err=True)
    if verbose:
        for uk, change in summary.changes:
            click.echo(printable(f"{uk}:{change}"))
    click.echo(
        printable(
            f"built {count(summary.pages, 'page')} in {summary.seconds:.1f} s "
            f"({len(summary.changed)} of {count(summary.pages, 'page')} changed), "
            f"{summary.glossed_share:.0%} of words glossed, "
            f"{count(len(summary.changes), 'cleaning change')} (-v lists them) "
            f"-> {summary.out / 'index.html'}"
        )
    )


@contextlib.contextmanager
def _progress_bar(texts: int) -> Iterator[Callable[[str], None] | None]:
    """A bar on stderr moved once per text read, when stderr is a terminal; else nothing."""
    if not sys.stderr.isatty():
        yield None
        return
    bar = click.progressbar(
        length=texts, label="reading", file=sys.stderr, item_show_func=lambda slug: slug
    )
    with bar:
        yield lambda slug: bar.update(1, slug)


@click.command()
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
    from reader import pipeline, review

    try:
        corpus = pipeline.read_corpus(path)
    except ProblemsFound as found:  # check writes nothing anyway: say what to do instead
        where = str(locate(path).root)
        raise ProblemsFound(found.problems, where, "fix them and check again") from None
    found = review.warnings(corpus)
    for problem in found:
        click.echo(printable(str(problem)))
    where = str(corpus.files.root)
    if found and strict:
        raise ReaderError(
            f"{count(len(found), 'warning')} in {where}; --strict treats warnings as errors"
        )
    verdict = count(len(found), "warning") if found else "no problems"
    texts = count(len(corpus.texts), "text")
    entries = count(len(corpus.glossary.entries) + _text_entries(corpus), "entry")
    click.echo(printable(f"checked {texts} and {entries} in {where}: {verdict}"))


def _text_entries(corpus: Corpus) -> int:
    """The entries of the texts' own glossary.yaml files (read again: they are small)."""
    from reader.glossary.entries import read_entries

    return sum(len(read_entries((t.glossary,))[0]) for t in corpus.files.texts if t.glossary)
