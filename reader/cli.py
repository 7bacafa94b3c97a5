"""The `reader` command: thin click commands that call the pipeline and print a summary."""

from __future__ import annotations

import contextlib
import sys
import traceback
from collections.abc import Callable, Iterator
from pathlib import Path

import click

from reader.corpus.files import locate
from reader.errors import ProblemsFound, ReaderError
from reader.model import Corpus
from reader.wording import count, printable

# The commands import the pipeline when they run: it brings nltk, pymorphy3 and the
# dictionaries (most of a second), which `reader --help` and `reader add` do not need.

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
    from reader import pipeline
    from reader.align import forms

    files = locate(text)
    if len(files.texts) != 1:
        raise ReaderError(f"{text}: a corpus; give one text folder, e.g. {text}/texts/<slug>")
    corpus = pipeline.read_corpus(text)
    if files.texts[0].en is None:
        # Nothing to pair yet: the cleaned text as the en.txt to translate into.
        click.echo(
            printable(
                f"{files.texts[0].uk}: no en.txt yet; below is the cleaned text, one line per "
                "sentence: replace each line with its English and save it as en.txt"
            ),
            err=True,
        )
        paragraphs = corpus.texts[0].paragraphs
        lines = ["\n".join(" ".join(s.text.split()) for s in p.sentences) for p in paragraphs]
        click.echo("\n\n".join(lines))
        return
    for problem in corpus.warnings:
        click.echo(printable(str(problem)), err=True)
    units = corpus.texts[0].units
    click.echo(forms.side_by_side(units) if review_form else forms.as_en_txt(units), nl=False)


@cli.command()
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


@cli.command("import")
@click.argument("source")
@click.option("--slug", help="Name of the text folder  [default: the title, transliterated]")
@click.option(
    "--corpus",
    "corpus_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("corpus"),
    show_default=True,
    help="The corpus to add the text to (its texts/ folder is made if missing).",
)
def import_text(source: str, slug: str | None, corpus_dir: Path) -> None:
    """Make a new text folder from SOURCE: a saved web page (.html), a URL or a .txt.

    Writes texts/<slug>/uk.txt with the article's text only (a web page's menus, comments,
    "read also" boxes and scripts are left out) and text.yaml with what the page says
    (source, url, date, author). Never replaces an existing folder. Web pages need the
    optional extra: pip install 'reader[import]'.

    \b
    Example:
        reader import ~/Downloads/article.html
        reader import https://www.pravda.com.ua/news/2024/01/26/7438597/ --slug pentagon-iraq
        reader import notes/article.txt --corpus ~/ukrainian/corpus
    """
    from reader.corpus.importing import read_article, write_text_folder

    article = read_article(source)
    folder = write_text_folder(article, corpus_dir / "texts", slug)
    words = sum(len(p.split()) for p in article.paragraphs)
    said = ", ".join(article.fields) or "nothing else"
    click.echo(printable(f"made {folder}/"))
    click.echo(f"  uk.txt     {count(len(article.paragraphs), 'paragraph')}, {words} words")
    click.echo(f"  text.yaml  the page gave: {said}; write title_en")
    click.echo(printable(f"next: reader missing {folder}"))


@cli.group()
def export() -> None:
    """Export the analysed texts: JSON for other tools, an Anki deck for flashcards.

    \b
    Example:
        reader export json -o corpus.json       # schema: docs/export-schema.md
        reader export anki -o ukrainian.apkg    # import it into Anki; re-import updates
    """


@export.command("json")
@click.argument("path", required=False, type=INPUT)
@click.option(
    "-o",
    "--output",
    "out",
    type=click.Path(dir_okay=False, path_type=Path),
    help="File to write (default: print to standard output).",
)
@click.option("--force", is_flag=True, help="Replace a file that is not an earlier export.")
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
@click.option(
    "-o",
    "--output",
    "out",
    type=click.Path(dir_okay=False, path_type=Path),
    default=Path("reader.apkg"),
    show_default=True,
    help="The Anki package to write.",
)
@click.option("--reverse", is_flag=True, help="Add an English → Ukrainian card to each note.")
@click.option("--force", is_flag=True, help="Replace a file that is not an earlier export.")
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
    from reader.site import export as exporting

    notes = exporting.write_anki(pipeline.read_corpus(path), out, force=force, reverse=reverse)
    click.echo(printable(f"exported {count(notes, 'note')} -> {out}"), err=True)


@cli.command()
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
