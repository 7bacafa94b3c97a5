"""`reader import`: a saved web page, a URL or a .txt -> a new text folder of the corpus.

    $ reader import ~/Downloads/pentagon.html
    made corpus/texts/pentagon-oholosyv-pro-vyvedennia-viisk/
      uk.txt     4 paragraphs, 61 words (the article only: menus, comments, scripts dropped)
      text.yaml  source, url, date, author
    next: reader missing corpus/texts/pentagon-oholosyv-pro-vyvedennia-viisk

A web page's article is found by trafilatura, the extractor most used for news pages
(optional: `pip install 'reader[import]'`); it also reads the page's title, site name, date
and author from its metadata. A .txt is taken as it is, its first line as the title. The
slug is the title transliterated by the same table as entry ids (`reader.glossary.ids`),
cut to a few words.

The folder is made beside its final place and renamed into it once uk.txt and text.yaml
are written and text.yaml reads back: an existing folder is never touched, and a page with
no article text leaves nothing behind.
"""

from __future__ import annotations

import re
import shutil
import tempfile
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from reader.corpus import metadata
from reader.corpus.decoding import decode
from reader.errors import ProblemsFound, ReaderError
from reader.glossary.ids import transliterate
from reader.glossary.spelling import key
from reader.glossary.yamltext import scalar
from reader.text.source import is_headline, opening_words

INSTALL = "pip install 'reader[import]'"
SLUG_CHARS = 50  # a slug is a file name and part of a URL: a few words are enough
FETCH_SECONDS = 30
FETCH_BYTES = 20_000_000
# Fewer words than this is not an article: the extractor's best guess on a page without one
# (an error page, a search page) is a menu item or a cookie notice.
MIN_WORDS = 12
_NOT_SLUG = re.compile(r"[^a-z0-9]+")
_GOOD_SLUG = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")


@dataclass(frozen=True, slots=True)
class Article:
    """What a source gives: the title, the article's paragraphs, what the page says of it."""

    title: str
    paragraphs: tuple[str, ...]  # the title first
    source: str = ""  # the site's name
    url: str = ""
    date: str = ""  # YYYY-MM-DD
    author: str = ""

    @property
    def fields(self) -> dict[str, str]:
        """The text.yaml fields the page gave, in the order they are written."""
        found = {"source": self.source, "url": self.url, "date": self.date, "author": self.author}
        return {name: value for name, value in found.items() if value}


def read_article(where: str) -> Article:
    """The article at `where`: a URL (http/https), a saved .html/.htm page or a .txt."""
    if re.match(r"https?://", where):
        return _from_html(_fetch(where), where, url=where)
    path = Path(where)
    if not path.is_file():
        raise ReaderError(f"{where}: no such file (give a saved .html page, a .txt or a URL)")
    if path.suffix.lower() == ".txt":
        return _from_txt(path)
    if path.suffix.lower() in (".html", ".htm", ".xhtml"):
        return _from_html(path.read_bytes(), where)
    raise ReaderError(f"{where}: not a .html, .htm or .txt file, nor a URL")


def slug_for(title: str) -> str:
    """`Пентагон оголосив про виведення військ` -> `pentagon-oholosyv-pro-vyvedennia-viisk`."""
    readable = _NOT_SLUG.sub("-", transliterate(key(title))).strip("-")
    if len(readable) > SLUG_CHARS:
        cut = readable[: SLUG_CHARS + 1]
        readable = cut[: cut.rfind("-")] if "-" in cut else cut[:SLUG_CHARS]
    return readable


def write_text_folder(article: Article, texts: Path, slug: str | None = None) -> Path:
    """Make `texts/<slug>/` with uk.txt and text.yaml; refuse a folder that exists."""
    slug = slug or slug_for(article.title)
    if not _GOOD_SLUG.fullmatch(slug):
        raise ReaderError(
            f"cannot make a slug of {slug or article.title!r}; give one with --slug, "
            "e.g. --slug pentagon-iraq (small Latin letters, digits and hyphens)"
        )
    folder = texts / slug
    if folder.exists():
        raise ReaderError(
            f"{folder}: already exists; nothing was written (choose another name with --slug)"
        )
    texts.mkdir(parents=True, exist_ok=True)
    temporary = Path(tempfile.mkdtemp(dir=texts, prefix=f".{slug}."))
    try:
        (temporary / "uk.txt").write_text("\n\n".join(article.paragraphs) + "\n", "utf-8")
        (temporary / "text.yaml").write_text(text_yaml(article), "utf-8")
        metadata.load_meta(temporary / "text.yaml")  # reads back, or nothing is kept
        temporary.rename(folder)
    except ProblemsFound as found:
        raise ReaderError(f"the page's metadata would not read back: {found.message}") from None
    finally:
        if temporary.exists():
            shutil.rmtree(temporary)
    return folder


def text_yaml(article: Article) -> str:
    """text.yaml: what the page said, and `title_en` left for the teacher to write."""
    # a one-line article has no headline: its opening words say which text this is
    title = article.title if is_headline(article.title) else opening_words(article.title)
    lines = [f"# {title}", "title_en:      # the English headline, to write"]
    lines += [f"{name}: {scalar(value)}" for name, value in article.fields.items()]
    return "\n".join(lines) + "\n"


def _from_txt(path: Path) -> Article:
    text, _ = decode(path.read_bytes(), path)
    paragraphs = tuple(p.strip() for p in re.split(r"\n\s*\n", text) if p.strip())
    if not paragraphs:
        raise ReaderError(f"{path}: the file is empty; nothing was written")
    return Article(paragraphs[0].splitlines()[0].strip(), paragraphs)


def _from_html(html: bytes, where: str, url: str = "") -> Article:
    try:
        import trafilatura
    except ImportError:
        raise ReaderError(
            f"reading a web page needs trafilatura, an optional extra: {INSTALL}"
        ) from None
    body = trafilatura.extract(
        html, url=url or None, output_format="txt", include_comments=False, include_tables=False
    )
    lines = [" ".join(line.split()) for line in (body or "").splitlines()]
    lines = [line for line in lines if line]
    if sum(len(line.split()) for line in lines) < MIN_WORDS:
        raise ReaderError(f"{where}: no article text found in the page; nothing was written")
    found = trafilatura.extract_metadata(html, default_url=url or None)
    title = " ".join((found.title if found and found.title else lines[0]).split())
    if lines[0] != title:
        lines.insert(0, title)
    return Article(
        title,
        tuple(lines),
        source=(found.sitename or "") if found else "",
        url=(found.url or url) if found else url,
        date=(found.date or "") if found else "",
        author=(found.author or "") if found else "",
    )


def _fetch(url: str) -> bytes:
    request = urllib.request.Request(url, headers={"User-Agent": "reader (study pages)"})
    try:
        with urllib.request.urlopen(request, timeout=FETCH_SECONDS) as response:
            data = response.read(FETCH_BYTES + 1)
    except urllib.error.HTTPError as error:
        error.close()
        raise ReaderError(f"{url}: the server answered {error.code} {error.reason}") from None
    except (urllib.error.URLError, OSError) as error:
        reason = getattr(error, "reason", error)
        raise ReaderError(f"{url}: cannot fetch the page ({reason})") from None
    if len(data) > FETCH_BYTES:
        raise ReaderError(f"{url}: the page is over {FETCH_BYTES // 1_000_000} MB; save it first")
    return data
