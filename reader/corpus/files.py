"""Find the files of a corpus: what `reader build PATH` and the other commands read.

PATH may be any of three things, and each is read as a corpus:

    corpus/                      a corpus: glossary/*.yaml and texts/<slug>/uk.txt
    corpus/texts/pentagon-iraq/  one text folder: its uk.txt, en.txt, text.yaml, glossary.yaml;
                                 the shared glossary is the enclosing corpus's, when there is one
    notes/article.txt            one plain text: no translation; a glossary/ folder beside it
                                 (or the enclosing corpus's) is used when found

A text's name (its folder's, or the .txt file's) becomes its page's file name, so names the
site cannot hold are errors here, before anything is read or written (`SLUG_RULES`): `index`
(the site's own page), a name starting with `.` (a hidden file, like reader's temporary
ones), two names one file on a disk that ignores case (`Kyiv`, `kyiv`), and a name too long
for a file. A folder under texts/ with files but no readable uk.txt is an error too, never
skipped: an empty folder is the only kind passed over.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from pathlib import Path

from reader.errors import ProblemsFound, ReaderError
from reader.model import CorpusFiles, Problem, TextFiles
from reader.site.writer import TEMPORARY_EXTRA

DEFAULT_CORPUS = Path("corpus")
TEXT_FILES = ("uk.txt", "en.txt", "text.yaml", "glossary.yaml")
PAGE_SUFFIX = ".html"
# Most file systems hold a name of 255 bytes; the page's temporary file adds TEMPORARY_EXTRA.
NAME_BYTES = 255
MAX_SLUG_BYTES = NAME_BYTES - len(PAGE_SUFFIX) - TEMPORARY_EXTRA


def locate(path: Path | None) -> CorpusFiles:
    """The files to read for PATH (default: `corpus/` in the current folder)."""
    if path is None:
        path = DEFAULT_CORPUS
        if not path.is_dir():
            raise ReaderError(
                "no corpus/ folder here: run `reader build PATH` with a corpus folder, "
                "a text folder or a .txt file"
            )
    if not path.exists():
        raise ReaderError(f"{path}: no such file or folder")
    if path.is_file():
        if path.suffix != ".txt":
            raise ReaderError(
                f"{path}: not a .txt file; give a corpus folder, a text folder or a .txt file"
            )
        slug = path.stem if path.name != "uk.txt" else path.parent.name
        text = (
            _text_files(path.parent, slug, uk=path)
            if path.name == "uk.txt"
            else TextFiles(slug, path, None, None, None)
        )
        _check_slugs([(path, slug)])
        return CorpusFiles(path.parent, _shared_glossaries(path.parent), (text,))
    if (path / "uk.txt").is_file():
        _check_slugs([(path, path.name)])
        return CorpusFiles(path, _shared_glossaries(path), (_text_files(path, path.name),))
    texts_dir = path / "texts"
    if not texts_dir.is_dir():
        raise ReaderError(
            f"{path}: neither a corpus (no texts/ folder) nor a text folder (no uk.txt)"
        )
    folders = [folder for folder in sorted(texts_dir.iterdir()) if folder.is_dir()]
    problems = [problem for folder in folders for problem in _not_a_text(folder)]
    if problems:
        raise ProblemsFound(problems, str(texts_dir))
    folders = [folder for folder in folders if (folder / "uk.txt").is_file()]
    _check_slugs([(folder, folder.name) for folder in folders])
    texts = tuple(_text_files(folder, folder.name) for folder in folders)
    if not texts:
        raise ReaderError(f"{texts_dir}: no texts; add texts/<slug>/uk.txt")
    return CorpusFiles(path, _glossary_files(path / "glossary"), texts, whole=True)


def _text_files(folder: Path, slug: str, uk: Path | None = None) -> TextFiles:
    def optional(name: str) -> Path | None:
        candidate = folder / name
        return candidate if candidate.is_file() else None

    return TextFiles(
        slug,
        uk or folder / "uk.txt",
        optional("en.txt"),
        optional("text.yaml"),
        optional("glossary.yaml"),
    )


def _shared_glossaries(start: Path) -> tuple[Path, ...]:
    """The glossary of the nearest enclosing corpus: `glossary/` beside or above `start`."""
    for folder in (start, *start.resolve().parents):
        if (folder / "glossary").is_dir():
            return _glossary_files(folder / "glossary")
    return ()


def _glossary_files(folder: Path) -> tuple[Path, ...]:
    if not folder.is_dir():
        return ()
    return tuple(sorted([*folder.glob("*.yaml"), *folder.glob("*.yml")]))


def _not_a_text(folder: Path) -> list[Problem]:
    """A folder under texts/ that holds something but no uk.txt, or a text file that is a folder."""
    problems = [
        Problem(None, f"{folder / name}: is not a file; {name} must be a file")
        for name in TEXT_FILES
        if (folder / name).exists() and not (folder / name).is_file()
    ]
    if not problems and not (folder / "uk.txt").exists():
        present = sorted(p.name for p in folder.iterdir() if not p.name.startswith("."))
        if present:
            problems.append(
                Problem(
                    None,
                    f"{folder}: has {', '.join(present)} but no uk.txt; "
                    "put the article in uk.txt, or move the folder out of texts/",
                )
            )
    return problems


def _reserved(slug: str) -> str:
    """The site's own index page."""
    if _folded(slug) == "index":
        return "the name 'index' would make its page index.html, the site's own index"
    return ""


def _hidden(slug: str) -> str:
    """A name starting with a dot: a hidden file, and reader's temporary files start so."""
    if slug.startswith("."):
        return "a name that starts with '.' would make a hidden page"
    return ""


def _too_long(slug: str) -> str:
    """A page name (and its temporary file's) the file system cannot hold."""
    size = len(slug.encode("utf-8", "surrogateescape"))
    if size > MAX_SLUG_BYTES:
        return f"the name is {size} bytes in UTF-8; a page's name holds {MAX_SLUG_BYTES} at most"
    return ""


# Each rule looks at one name and says what is wrong with it ("" when nothing is).
SLUG_RULES: list[Callable[[str], str]] = [_reserved, _hidden, _too_long]


def _check_slugs(named: list[tuple[Path, str]]) -> None:
    """Raise ProblemsFound at each text whose name cannot be its page's file name."""
    problems = []
    seen: dict[str, str] = {}
    for folder, slug in named:
        wrong = [message for rule in SLUG_RULES if (message := rule(slug))]
        problems.extend(Problem(None, f"{folder}: {message}; rename it") for message in wrong)
        folded = _folded(slug)
        if folded in seen:
            problems.append(
                Problem(
                    None,
                    f"{folder}: its page {slug}{PAGE_SUFFIX} and {seen[folded]}{PAGE_SUFFIX} are "
                    "one file on a disk that ignores case; rename one of them",
                )
            )
        seen.setdefault(folded, slug)
    if problems:
        raise ProblemsFound(problems, str(named[0][0].parent))


def _folded(slug: str) -> str:
    """A name as a disk that ignores case and composition compares it."""
    return unicodedata.normalize("NFC", unicodedata.normalize("NFD", slug).casefold())
