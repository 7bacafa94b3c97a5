"""`reader missing` and `reader add`: what the glossary lacks, and adding to it."""

from __future__ import annotations

from pathlib import Path

import click

from reader.cli.options import INPUT
from reader.wording import printable


@click.command()
@click.argument("path", required=False, type=INPUT)
@click.option(
    "-n", "--limit", type=click.IntRange(min=1), help="Show only the N most frequent stubs."
)
@click.option(
    "--only",
    type=click.Choice(["words", "names", "phrases"]),
    help="Show one group: common words, names (with abbreviations) or fixed phrases.",
)
@click.option(
    "--dictionary",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="A StarDict (.ifo/.idx/.dict[.dz]) or headword<TAB>translation .tsv: its "
    "translations are added as comments to review.",
)
def missing(
    path: Path | None, limit: int | None, only: str | None, dictionary: Path | None
) -> None:
    """List what no glossary entry in PATH (default corpus/) covers, as YAML stubs.

    Common words first, then fixed phrases (під час, на жаль, брати участь: a shipped list,
    found in any form), then names and abbreviations, each group most frequent first,
    each stub with its count, its first use in context and its part of speech. Paste the
    stubs worth a note into a glossary file and write each `en:`: `reader check` reports
    any left empty (a dictionary's suggestion is only a comment). Numbers and Latin words
    are not listed.

    \b
    Example:
        reader missing --limit 20                    # the 20 commonest stubs
        reader missing --only phrases --dictionary ~/dict/uk-en.ifo
        reader missing corpus/texts/pentagon-iraq >> /tmp/todo.yaml
    """
    from reader import pipeline
    from reader.glossary import dictionary as dictionaries
    from reader.glossary.missing import find_missing, to_yaml, with_dictionary

    corpus = pipeline.read_corpus(path)
    items = find_missing(corpus.texts, corpus.glossary)
    if dictionary is not None:
        found = dictionaries.lookup(dictionary, (item.headword for item in items))
        items = tuple(with_dictionary(items, found))
    click.echo(printable(to_yaml(items, str(corpus.files.root), limit, only)), nl=False)


@click.command()
@click.argument("headword")
@click.argument("translation")
@click.option("--note", default="", help="A note for the learner (grammar, usage, examples).")
@click.option(
    "--stress",
    default="",
    help="The headword with its stressed vowel in capitals (вИведення) or marked (ви́ведення).",
)
@click.option("--pos", default="", help="Part of speech: noun, verb, adjective, phrase, ...")
@click.option("--tags", default="", help="Tags, separated by commas: military,politics.")
@click.option("--forms", default="", help="Extra spellings to match, by commas: військ,війська.")
@click.option(
    "--sense",
    is_flag=True,
    help="Add a meaning to HEADWORD's existing entry (one sense becomes a list of senses).",
)
@click.option(
    "--to",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Glossary file to append to  [default: corpus/glossary/added.yaml, created if missing]",
)
def add(
    headword: str,
    translation: str,
    note: str,
    stress: str,
    pos: str,
    tags: str,
    forms: str,
    sense: bool,
    to: Path | None,
) -> None:
    """Append the entry HEADWORD: TRANSLATION to a glossary file, keeping every byte in it.

    Values are quoted where YAML needs it, so they read back exactly as typed. Nothing is
    written when the headword is already in the glossary (the message says where; --sense
    adds the meaning to that entry instead, changing only its lines) or when the file, or
    another file of its glossary/ folder, has problems now.

    \b
    Example:
        reader add військо "army; (pl.) troops" --tags military
        reader add виведення "withdrawal (of troops)" --stress вИведення --pos noun
        reader add замок lock --stress замОк --sense     # замок: castle gets a second sense
        reader add ні no --to corpus/texts/pentagon-iraq/glossary.yaml
    """
    from reader.glossary.adding import NewEntry, add_entry, add_sense

    new = NewEntry(headword, translation, stress, pos, note, _listed(tags), _listed(forms))
    if sense:
        origin, number = add_sense(new, to)
        click.echo(printable(f"added sense {number} of '{headword}' at {origin}"))
        return
    origin = add_entry(new, to)
    click.echo(printable(f"added '{headword}' at {origin}"))


def _listed(values: str) -> tuple[str, ...]:
    """`--tags a, b` -> ("a", "b"): comma-separated, spaces around each trimmed."""
    return tuple(dict.fromkeys(v.strip() for v in values.split(",") if v.strip()))
