"""`reader export json` and `reader export anki` on the study corpus (tests/golden/corpus)."""

from __future__ import annotations

import json
import re
import sqlite3
import sys
import zipfile
from pathlib import Path
from typing import Any

import pytest

from reader.cli import cli
from reader.site.export import ANKI_DECK_ID, ANKI_MODEL_ID, SCHEMA_VERSION
from tests.conftest import ROOT


def _export_json(runner, corpus: Path, out: Path) -> dict[str, Any]:
    result = runner.invoke(cli, ["export", "json", str(corpus), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert result.output == f"exported 1 text -> {out}\n"
    return json.loads(out.read_text("utf-8"))


def _tokens(document: dict[str, Any]) -> list[dict[str, Any]]:
    return [
        token
        for text in document["texts"]
        for paragraph in text["paragraphs"]
        for sentence in paragraph["sentences"]
        for token in sentence["tokens"]
    ]


def test_json_has_sentences_with_translations_and_tokens_with_offsets(
    runner, study_corpus: Path, tmp_path: Path
) -> None:
    document = _export_json(runner, study_corpus, tmp_path / "corpus.json")
    assert document["schema_version"] == SCHEMA_VERSION == 2
    (text,) = document["texts"]
    assert text["slug"] == "staryi-zamok" and text["meta"]["level"] == "A2"
    sentences = [s for p in text["paragraphs"] for s in p["sentences"]]
    assert (sentences[3]["text"], sentences[3]["translation"]) == (
        "Біля брами я побачив іржавий замок.",
        "By the gate I saw a rusty lock.",
    )
    # Offsets are the truth: every sentence and token is a slice of the text.
    for item in [*sentences, *_tokens(document)]:
        assert text["text"][item["start"] : item["end"]] == item["text"]


def test_json_tokens_carry_candidate_lemmas_and_their_entry(
    runner, study_corpus: Path, tmp_path: Path
) -> None:
    document = _export_json(runner, study_corpus, tmp_path / "corpus.json")
    entries = {e["headword"]: e for e in document["entries"]}
    tokens = {t["text"]: t for t in _tokens(document)}
    brama = tokens["брами"]
    assert brama["entry"] == entries["брама"]["id"]
    assert brama["grammar"] == "genitive singular"
    # `Біля брами`: the preposition leaves one reading of the form's three, and it is chosen
    genitive = {"lemma": "брама", "pos": "noun", "grammar": "genitive singular"}
    assert brama["lemmas"] == brama["reading"] == [genitive]
    # Each word of a phrase carries the phrase's entry; an unglossed word has none.
    assert tokens["на"]["entry"] == tokens["тлі"]["entry"] == entries["на тлі"]["id"]
    assert tokens["неба"]["entry"] is None and tokens["неба"]["grammar"] is None
    assert tokens["неба"]["lemmas"][0]["lemma"] == "небо"
    assert tokens["."]["lemmas"] == tokens["."]["reading"] == [] and tokens["."]["kind"] == "punct"
    # Entries used, in order of first use, each knowing where the teacher wrote it.
    assert list(entries) == ["замок", "річка", "на тлі", "брама", "ключ", "загубити", "кав'ярня"]
    assert entries["замок"]["senses"] == [
        {"en": "castle", "stress": "за́мок", "pos": "noun", "note": "", "tags": []},
        {"en": "lock", "stress": "замо́к", "pos": "noun", "note": "", "tags": []},
    ]
    assert entries["брама"]["origin"].endswith("corpus/glossary/words.yaml:9")


def test_json_to_standard_output_is_the_same_document(
    runner, study_corpus: Path, tmp_path: Path
) -> None:
    written = _export_json(runner, study_corpus, tmp_path / "corpus.json")
    printed = runner.invoke(cli, ["export", "json", str(study_corpus)])
    assert printed.exit_code == 0
    assert json.loads(printed.output) == written


def test_the_schema_document_names_every_field(runner, study_corpus: Path, tmp_path: Path) -> None:
    document = _export_json(runner, study_corpus, tmp_path / "corpus.json")
    schema = (ROOT / "docs" / "export-schema.md").read_text("utf-8")
    documented = set(re.findall(r"^\| `([a-z_]+)`(?:, `([a-z_]+)`)? \|", schema, re.M))
    documented = {name for pair in documented for name in pair if name}

    def keys(value: Any) -> set[str]:
        if isinstance(value, dict):
            return set(value) | {k for v in value.values() for k in keys(v)}
        if isinstance(value, list):
            return {k for v in value for k in keys(v)}
        return set()

    meta_fields = {"title_en", "source", "url", "date", "level", "tags"}  # listed in one row
    assert keys(document) - meta_fields <= documented
    assert all(f"`{name}`" in schema for name in meta_fields)


def test_export_refuses_to_replace_a_file_it_did_not_write(
    runner, study_corpus: Path, tmp_path: Path
) -> None:
    notes = tmp_path / "notes.json"
    notes.write_text('{"my": "notes"}\n', "utf-8")
    result = runner.invoke(cli, ["export", "json", str(study_corpus), "-o", str(notes)])
    assert result.exit_code == 1
    assert result.output == (
        f"Error: {notes}: exists and is not an earlier reader export; "
        "choose another file with -o, or add --force to replace it\n"
    )
    assert notes.read_text("utf-8") == '{"my": "notes"}\n'
    _export_json(runner, study_corpus, tmp_path / "corpus.json")
    _export_json(runner, study_corpus, tmp_path / "corpus.json")  # its own export: replaced


def _anki_notes(package: Path) -> tuple[list[tuple[str, list[str], str]], dict, dict]:
    """(guid, fields, tags) of every note, and the collection's note types and decks."""
    with zipfile.ZipFile(package) as archive:
        collection = package.parent / "collection.anki2"
        collection.write_bytes(archive.read("collection.anki2"))
    connection = sqlite3.connect(collection)
    try:
        rows = connection.execute("SELECT guid, flds, tags FROM notes ORDER BY id").fetchall()
        models, decks = connection.execute("SELECT models, decks FROM col").fetchone()
    finally:
        connection.close()
    notes = [(guid, fields.split("\x1f"), tags.strip()) for guid, fields, tags in rows]
    return notes, json.loads(models), json.loads(decks)


def test_anki_deck_has_one_note_per_entry_with_an_example(
    runner, study_corpus: Path, tmp_path: Path
) -> None:
    genanki = pytest.importorskip("genanki")
    package = tmp_path / "deck.apkg"
    result = runner.invoke(cli, ["export", "anki", str(study_corpus), "-o", str(package)])
    assert result.exit_code == 0, result.output
    assert result.output == f"exported 7 notes -> {package}\n"
    notes, models, decks = _anki_notes(package)
    assert str(ANKI_MODEL_ID) in models and str(ANKI_DECK_ID) in decks
    by_headword = {fields[0]: (guid, fields, tags) for guid, fields, tags in notes}
    assert list(by_headword) == [
        "замок",
        "річка",
        "на тлі",
        "брама",
        "ключ",
        "загубити",
        "кав'ярня",
    ]
    guid, fields, tags = by_headword["брама"]
    assert fields == [
        "брама",
        "бра́ма",
        "noun",
        "gate",
        "The big gate of a castle or a city; a garden gate is «хвіртка».",
        "Біля <b>брами</b> я побачив іржавий замок.",
        "By the gate I saw a rusty lock.",
        "Старий замок над річкою",
    ]
    assert tags == "reader"
    # The homograph: both senses; its example comes from the body, not the headline.
    _, castle, _ = by_headword["замок"]
    assert castle[1:4] == ["за́мок / замо́к", "noun", "1. за́мок — castle<br>2. замо́к — lock"]
    assert (
        castle[5] == "Над річкою стоїть старий <b>за́мок</b>, і на тлі неба він здається казковим."
    )
    # The guid comes from the entry id, so a re-import updates these notes.
    document = _export_json(runner, study_corpus, tmp_path / "corpus.json")
    brama_id = next(e["id"] for e in document["entries"] if e["headword"] == "брама")
    assert guid == genanki.guid_for(brama_id)


def test_anki_deck_ids_are_stable_across_exports(
    runner, study_corpus: Path, tmp_path: Path
) -> None:
    pytest.importorskip("genanki")
    first, second = tmp_path / "a" / "deck.apkg", tmp_path / "b" / "deck.apkg"
    for package in (first, second, first):  # the third export replaces its own deck
        package.parent.mkdir(exist_ok=True)
        result = runner.invoke(cli, ["export", "anki", str(study_corpus), "-o", str(package)])
        assert result.exit_code == 0, result.output
    (notes_a, models_a, _), (notes_b, models_b, _) = _anki_notes(first), _anki_notes(second)
    assert [n[0] for n in notes_a] == [n[0] for n in notes_b]
    assert list(models_a) == list(models_b) == [str(ANKI_MODEL_ID)]


def test_anki_without_genanki_says_what_to_install(
    runner, study_corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "genanki", None)  # `import genanki` now fails
    out = tmp_path / "deck.apkg"
    result = runner.invoke(cli, ["export", "anki", str(study_corpus), "-o", str(out)])
    assert result.exit_code == 1
    assert result.output == (
        "Error: the Anki export needs the genanki package: pip install genanki\n"
    )
    assert not out.exists()
