"""text.yaml: what a page says about its article; every value text, every problem named."""

from pathlib import Path

import pytest

from reader.corpus.metadata import load_meta
from reader.errors import ProblemsFound
from reader.model import TextMeta
from tests.conftest import CORPUS


def write(folder: Path, text: str) -> Path:
    path = folder / "text.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_no_text_yaml_means_no_metadata() -> None:
    assert load_meta(None) == TextMeta()


def test_every_field_is_read_as_text(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        'title_en: "End of an era: the Pentagon on US troops in Iraq"\n'
        "source: Українська правда\n"
        "url: https://www.pravda.com.ua/news/2024/01/26/7438597/\n"
        "date: 2024-01-26\n"  # stays text, never a date object
        "level: B1\n"
        "tags: [military, USA, 2024]\n"
        "debris:\n"
        "  - Читайте також\n"
        "  - Реклама\n",
    )
    assert load_meta(path) == TextMeta(
        title_en="End of an era: the Pentagon on US troops in Iraq",
        source="Українська правда",
        url="https://www.pravda.com.ua/news/2024/01/26/7438597/",
        date="2024-01-26",
        level="B1",
        tags=("military", "USA", "2024"),
        debris=("Читайте також", "Реклама"),
    )


def test_one_tag_may_be_written_alone_and_empty_values_are_unset(tmp_path: Path) -> None:
    path = write(tmp_path, "tags: military\nlevel:\ndebris:\n")
    assert load_meta(path) == TextMeta(tags=("military",))


def test_an_empty_file_is_no_metadata(tmp_path: Path) -> None:
    assert load_meta(write(tmp_path, "# to fill in later\n")) == TextMeta()


def test_the_bundled_texts_metadata_loads() -> None:
    meta = load_meta(CORPUS / "texts" / "pentagon-iraq" / "text.yaml")
    assert meta.date == "2024-01-25"
    assert "military" in meta.tags


def test_problems_are_listed_together(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "titel: The end of an era\n"  # misspelt
        "url: [https://example.org]\n"  # a list where text belongs
        "tags: {military: yes}\n"  # a mapping where a list belongs
        "level: B1\n"
        "level: B2\n"  # given twice
        "publisher: Телеграф\n",  # nothing close
    )
    with pytest.raises(ProblemsFound) as raised:
        load_meta(path)
    assert raised.value.message == (
        f"{path}:1: unknown field 'titel'; did you mean 'title_en'?\n"
        f"{path}:2: 'url' should be text, not a list\n"
        f"{path}:3: 'tags' should be a list of text like [a, b], not a mapping\n"
        f"{path}:5: field 'level' is given twice (also at line 4); keep one\n"
        f"{path}:6: unknown field 'publisher'; the fields are "
        "title_en, source, url, date, author, level, tags, debris\n"
        f"5 problems in {path}; nothing was written"
    )


def test_yaml_errors_are_reported_with_their_line(tmp_path: Path) -> None:
    path = write(tmp_path, "title_en: At the station\n\tlevel: B1\n")
    with pytest.raises(ProblemsFound) as raised:
        load_meta(path)
    assert raised.value.message == (
        f"{path}:2: tabs are not allowed for indentation; use spaces\n"
        f"1 problem in {path}; nothing was written"
    )


def test_a_list_at_the_top_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, "- title_en: At the station\n")
    with pytest.raises(ProblemsFound) as raised:
        load_meta(path)
    assert raised.value.message == (
        f"{path}:1: text.yaml should be 'field: value' lines "
        "(title_en, source, url, date, author, level, tags, debris), not a list\n"
        f"1 problem in {path}; nothing was written"
    )
