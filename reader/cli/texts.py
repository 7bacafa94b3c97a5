"""`reader import` and `reader align`: a new text folder, and how its translation pairs."""

from __future__ import annotations

from pathlib import Path

import click

from reader.cli.options import INPUT
from reader.corpus.files import locate
from reader.errors import ReaderError
from reader.wording import count, printable


@click.command("import")
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


@click.command()
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
