"""`reader export json` and `reader export anki`: the analysed texts for other tools."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import click

from reader.cli.options import INPUT
from reader.wording import count, printable

F = TypeVar("F", bound=Callable[..., object])


@click.group()
def export() -> None:
    """Export the analysed texts: JSON for other tools, an Anki deck for flashcards.

    \b
    Example:
        reader export json -o corpus.json       # schema: docs/export-schema.md
        reader export anki -o ukrainian.apkg    # import it into Anki; re-import updates
    """


def _output_file(**settings: object) -> Callable[[F], F]:
    """`-o FILE`, the export file (never a folder)."""
    path = click.Path(dir_okay=False, path_type=Path)
    return click.option("-o", "--output", "out", type=path, **settings)  # type: ignore[arg-type]


# Like the site folder, an export file reader did not write is not replaced unless asked.
FORCE = click.option("--force", is_flag=True, help="Replace a file that is not an earlier export.")


@export.command("json")
@click.argument("path", required=False, type=INPUT)
@_output_file(help="File to write (default: print to standard output).")
@FORCE
def export_json(path: Path | None, out: Path | None, force: bool) -> None:
    """Write PATH (default corpus/) as JSON: texts, sentences, tokens, lemmas, entries.

    \b
    Example:
        reader export json > corpus.json
        reader export json corpus/texts/pentagon-iraq -o pentagon.json
    """
    from reader import pipeline
    from reader.site import export as exporting

    corpus = pipeline.read_corpus(path)
    if out is None:
        click.echo(exporting.dumps(exporting.to_json(corpus)), nl=False)
        return
    texts = exporting.write_json(corpus, out, force=force)
    click.echo(printable(f"exported {count(texts, 'text')} -> {out}"), err=True)


@export.command("anki")
@click.argument("path", required=False, type=INPUT)
@_output_file(default=Path("reader.apkg"), show_default=True, help="The Anki package to write.")
@click.option("--reverse", is_flag=True, help="Add an English → Ukrainian card to each note.")
@FORCE
def export_anki(path: Path | None, out: Path, reverse: bool, force: bool) -> None:
    """Write an Anki deck with one note per glossary entry used in PATH (default corpus/).

    Each note has the headword with stress, translation, the teacher's note and the first
    sentence the word occurs in (its clause, when the sentence is long), with the word in
    bold and the sentence's translation. Importing a newer deck updates these notes (and
    keeps your review history) instead of adding duplicates. With --reverse each note also
    has an English → Ukrainian card. Needs the optional genanki package: pip install genanki.

    \b
    Example:
        reader export anki -o ukrainian.apkg
        reader export anki corpus/texts/pentagon-iraq -o pentagon.apkg
        reader export anki --reverse -o both-ways.apkg
    """
    from reader import pipeline
    from reader.site import anki

    notes = anki.write_anki(pipeline.read_corpus(path), out, force=force, reverse=reverse)
    click.echo(printable(f"exported {count(notes, 'note')} -> {out}"), err=True)
