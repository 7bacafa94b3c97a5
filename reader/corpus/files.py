"""Find the files of a corpus: what `reader build PATH` and the other commands read.

PATH may be any of three things, and each is read as a corpus:

    corpus/                      a corpus: glossary/*.yaml and texts/<slug>/uk.txt
    corpus/texts/pentagon-iraq/  one text folder: its uk.txt, en.txt, text.yaml, glossary.yaml;
                                 the shared glossary is the enclosing corpus's, when there is one
    notes/article.txt            one plain text: no translation; a glossary/ folder beside it
                                 (or the enclosing corpus's) is used when found
"""

from __future__ import annotations

from pathlib import Path

from reader.errors import ReaderError
from reader.model import CorpusFiles, TextFiles

DEFAULT_CORPUS = Path("corpus")


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
        return CorpusFiles(path.parent, _shared_glossaries(path.parent), (text,))
    if (path / "uk.txt").is_file():
        return CorpusFiles(path, _shared_glossaries(path), (_text_files(path, path.name),))
    texts_dir = path / "texts"
    if not texts_dir.is_dir():
        raise ReaderError(
            f"{path}: neither a corpus (no texts/ folder) nor a text folder (no uk.txt)"
        )
    texts = tuple(
        _text_files(folder, folder.name)
        for folder in sorted(texts_dir.iterdir())
        if folder.is_dir() and (folder / "uk.txt").is_file()
    )
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
