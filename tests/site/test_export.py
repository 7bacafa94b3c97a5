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
from reader.site.anki import ANKI_DECK_ID, ANKI_MODEL_ID, ANKI_REVERSED_MODEL_ID
from reader.site.export import SCHEMA_VERSION
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
    # Each word as the page shows it, with its stress; none where the readings disagree,
    # which are listed instead; a one-syllable word as it is; not a word: null.
    assert (brama["stressed"], brama["stress_readings"]) == ("бра\u0301ми", [])
    assert tokens["неба"]["stressed"] == "не\u0301ба"
    assert tokens["на"]["stressed"] == "на" and tokens["."]["stressed"] is None
    lock = next(t for t in _tokens(document) if t["text"] == "замок" and t["start"] > 100)
    assert lock["stressed"] is None
    assert lock["stress_readings"] == [
        {"stressed": "за\u0301мок", "grammar": "nominative/accusative singular"},
        {"stressed": "замо\u0301к", "grammar": "nominative/accusative singular"},
    ]
    # The dictionary's variants, both right: the one the page shows, and both listed.
    assert tokens["років"]["stressed"] == "ро\u0301ків"
    assert tokens["років"]["stress_readings"] == [
        {"stressed": "ро\u0301ків", "grammar": "either stress"},
        {"stressed": "рокі\u0301в", "grammar": "either stress"},
    ]
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
        "The big gate of a castle or a city; a garden gate is «хві\u0301ртка».",
        "Бі\u0301ля <b>бра\u0301ми</b> я поба\u0301чив іржа\u0301вий замок.",
        "By the gate I saw a rusty lock.",
        "Старий замок над річкою",
    ]
    assert tags == "reader"
    # The homograph: both senses; its example comes from the body, not the headline.
    _, castle, _ = by_headword["замок"]
    assert castle[1:4] == ["за́мок / замо́к", "noun", "1. за́мок — castle<br>2. замо́к — lock"]
    assert castle[5] == (
        "Над рі\u0301чкою стої\u0301ть стари\u0301й <b>за\u0301мок</b>, і на тлі не\u0301ба він "
        "здає\u0301ться казко\u0301вим."
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


def _anki_export(runner, source: Path, package: Path, *options: str) -> list[list[str]]:
    pytest.importorskip("genanki")
    result = runner.invoke(cli, ["export", "anki", str(source), "-o", str(package), *options])
    assert result.exit_code == 0, result.output
    notes, _, _ = _anki_notes(package)
    return [fields for _, fields, _ in notes]


def test_a_long_sentence_gives_the_clause_of_the_word_and_the_source_a_short_title(
    runner, tmp_path: Path
) -> None:
    sample = ROOT / "corpus" / "texts" / "pentagon-iraq"  # the 313-word sample article
    notes = {fields[0]: fields for fields in _anki_export(runner, sample, tmp_path / "p.apkg")}
    # The Defence Secretary's quote is one sentence of 40 words: the example is its first
    # clause, cut at the comma, "…" where the rest was left out.
    # Every word stressed as on the page (`засідання`: the dictionary's records disagree and
    # the teacher's entry says засі́дання; `військової`: the dictionary's variants військо́вої
    # and військово́ї, the first shown).
    assert notes["засідання"][5] == (
        '"США та Іра\u0301к розпочну\u0301ть <b>засі\u0301дання</b> робо\u0301чої гру\u0301пи '
        "Ви\u0301щої військо\u0301вої комі\u0301сії США та Іра\u0301ку "
        "найбли\u0301жчими дня\u0301ми…"
    )
    # A clause of three words ("якщо не довше") is a fragment: it takes in its shorter neighbour.
    assert notes["довше"][5] == (
        "…якщо\u0301 не <b>до\u0301вше</b>, а ї\u0301хній результа\u0301т бу\u0301де нея\u0301сним…"
    )
    # A sentence of 25 words or fewer stays whole, final full stop included.
    assert notes["оприлюднити"][5] == (
        "Відповідну зая\u0301ву <b>оприлю\u0301днив</b> глава\u0301 Пентаго\u0301ну "
        "Ллойд О\u0301стін."
    )
    for fields in notes.values():
        words = re.findall(r"[\w'’\u0301-]+", re.sub(r"<[^>]+>", "", fields[5]))
        assert fields[5].count("<b>") == 1 and len(words) <= 25, fields[5]
        # The title of 13 words, in whole words, at most 40 characters and "…".
        assert fields[7] == "Кінець епохи: у Пентагоні зробили…"


def _cards(package: Path) -> list[tuple[str, int]]:
    """(the note's headword, the card's template number) of every card."""
    _anki_notes(package)  # extracts the collection beside the package
    connection = sqlite3.connect(package.parent / "collection.anki2")
    try:
        rows = connection.execute(
            "SELECT notes.flds, cards.ord FROM cards JOIN notes ON cards.nid = notes.id"
            " ORDER BY notes.id, cards.ord"
        ).fetchall()
    finally:
        connection.close()
    return [(fields.split("\x1f")[0], order) for fields, order in rows]


def test_reverse_adds_an_english_to_ukrainian_card_to_every_note(
    runner, study_corpus: Path, tmp_path: Path
) -> None:
    forward, both = tmp_path / "forward" / "deck.apkg", tmp_path / "both" / "deck.apkg"
    forward.parent.mkdir()
    both.parent.mkdir()
    _anki_export(runner, study_corpus, forward)
    assert _cards(forward) == [(headword, 0) for headword in _headwords(forward)]
    notes = _anki_export(runner, study_corpus, both, "--reverse")
    headwords = _headwords(both)
    assert _cards(both) == [(h, order) for h in headwords for order in (0, 1)]
    # The reverse card asks with the English only: a homograph's senses without their Ukrainian.
    castle = notes[0]
    assert castle[0] == "замок" and castle[8] == "castle / lock"
    _, models, _ = _anki_notes(both)
    (model,) = models.values()
    assert model["id"] == str(ANKI_REVERSED_MODEL_ID)
    assert [t["name"] for t in model["tmpls"]] == ["Ukrainian → English", "English → Ukrainian"]
    assert "{{English}}" in model["tmpls"][1]["qfmt"]
    assert "{{Stress}}" in model["tmpls"][1]["afmt"]
    # The forward-only deck keeps its note type exactly: the cards already studied stay.
    _, models, _ = _anki_notes(forward)
    (model,) = models.values()
    assert (model["id"], len(model["tmpls"]), len(model["flds"])) == (str(ANKI_MODEL_ID), 1, 8)


def _headwords(package: Path) -> list[str]:
    notes, _, _ = _anki_notes(package)
    return [fields[0] for _, fields, _ in notes]
