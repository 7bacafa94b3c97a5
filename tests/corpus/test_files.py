"""Which files `reader build PATH` reads for a corpus, a text folder or a single .txt."""

from pathlib import Path

from reader.corpus.files import locate


def _write(path: Path, text: str = "Текст.\n") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_a_corpus_has_shared_glossaries_and_texts_in_name_order(tmp_path):
    _write(tmp_path / "glossary" / "news.yaml", "заява: statement\n")
    _write(tmp_path / "glossary" / "core.yaml", "і: and\n")
    _write(tmp_path / "texts" / "b-second" / "uk.txt")
    _write(tmp_path / "texts" / "a-first" / "uk.txt")
    _write(tmp_path / "texts" / "a-first" / "en.txt")
    (tmp_path / "texts" / "not-a-text").mkdir()

    files = locate(tmp_path)

    assert [p.name for p in files.glossaries] == ["core.yaml", "news.yaml"]
    assert [t.slug for t in files.texts] == ["a-first", "b-second"]
    assert files.texts[0].en == tmp_path / "texts" / "a-first" / "en.txt"
    assert files.texts[1].en is None


def test_a_text_folder_uses_the_enclosing_corpus_glossary(tmp_path):
    _write(tmp_path / "glossary" / "core.yaml", "і: and\n")
    folder = tmp_path / "texts" / "one"
    _write(folder / "uk.txt")
    _write(folder / "glossary.yaml", "текст: text\n")

    files = locate(folder)

    assert [t.slug for t in files.texts] == ["one"]
    assert files.texts[0].glossary == folder / "glossary.yaml"
    assert [p.name for p in files.glossaries] == ["core.yaml"]


def test_a_single_txt_file_is_a_text_named_after_the_file(tmp_path):
    article = _write(tmp_path / "стаття.txt")

    files = locate(article)

    assert [(t.slug, t.uk, t.en) for t in files.texts] == [("стаття", article, None)]
