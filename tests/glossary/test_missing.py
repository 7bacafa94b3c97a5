"""`reader missing` as a teacher uses it: what still lacks an entry, ready to paste and fill."""

import shutil

import pytest
import yaml

from reader.cli import cli
from reader.errors import ProblemsFound
from reader.glossary import match
from reader.glossary.entries import load_glossary
from reader.glossary.missing import find_missing, to_yaml
from reader.language import analysis
from reader.model import Glossary, Source, Text, TextMeta
from reader.text import segment
from tests.conftest import CORPUS

ARTICLE = CORPUS / "texts" / "pentagon-iraq" / "uk.txt"


def analysed(text: str, entries: Glossary) -> Text:
    """The article as the pipeline would hand it over: segmented and matched."""
    paragraphs = segment.segment(text)
    source = Source(ARTICLE, text, "", (), (), ())
    glosses = match.match(paragraphs, entries)
    words = analysis.analyse(paragraphs)
    return Text("pentagon-iraq", TextMeta(), source, paragraphs, words, (), glosses, False)


@pytest.fixture
def entries(tmp_path) -> Glossary:
    path = tmp_path / "glossary.yaml"
    path.write_text(
        "військо: army\nсила: force\nу сфері: in the field of\nзаява: statement\n"
        "Пентагон: the Pentagon\nв: in\nу: in\nта: and\n",
        encoding="utf-8",
    )
    return load_glossary((path,))


def test_stubs_most_frequent_first_with_count_and_first_use(entries):
    text = ARTICLE.read_text(encoding="utf-8")
    items = find_missing([analysed(text, entries)], entries)
    assert to_yaml(items, "corpus", limit=3).splitlines() == [
        f"# 3 of {len(items)} words with no glossary entry in corpus, most frequent first.",
        "# Paste the ones worth a note into a glossary file and write each translation;",
        "# `reader check` reports any entry still left empty.",
        "Ірак:  # 18x — «...заяву щодо військ США в Іраку»",
        "США:   # 16x — «...офіційну заяву щодо військ США в Іраку»",
        "на:    # 6x — «...днями, спираючись на Спільний діалог США та Іраку...»",
    ]


def test_words_glossed_in_any_form_numbers_and_latin_words_are_not_listed(entries):
    text = ARTICLE.read_text(encoding="utf-8")
    headwords = {item.headword for item in find_missing([analysed(text, entries)], entries)}
    # glossed: `військ`, `війська`; `сил` (also as the last part of `проксі-сил`);
    # `сфері` inside the phrase `у сфері`; `заяву`; `Пентагоні`, `Пентагону`
    assert not headwords & {"військо", "сила", "сфера", "заява", "Пентагон", "пентагон"}
    # numbers (`2014`, `2 500`) and Latin words (`CNN`, `X/Twitter`)
    assert not headwords & {"2014", "2", "500", "CNN", "cnn", "X", "Twitter"}
    # unglossed words under their dictionary form, a name and an acronym as the text has them
    assert {"виведення", "переговори", "Остін", "ЗМІ", "безпека"} <= headwords
    assert not {"переговорів", "остін", "змі"} & headwords


def test_stubs_are_yaml_that_the_glossary_rejects_until_translated(entries, tmp_path):
    text = ARTICLE.read_text(encoding="utf-8")
    items = find_missing([analysed(text, entries)], entries)
    stubs = to_yaml(items, "corpus")
    assert yaml.safe_load(stubs) == {item.headword: None for item in items}
    path = tmp_path / "todo.yaml"
    path.write_text(stubs, encoding="utf-8")
    with pytest.raises(ProblemsFound) as failure:
        load_glossary((path,))
    assert len(failure.value.problems) == len(items)


def test_missing_command_prints_stubs_for_the_corpus(runner, tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    for path in (corpus / "glossary").glob("*.yaml"):
        if path.name != "names.yaml":
            path.unlink()

    result = runner.invoke(cli, ["missing", str(corpus), "--limit", "2"])

    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].startswith("# 2 of ")
    assert lines[0].endswith(f" words with no glossary entry in {corpus}, most frequent first.")
    assert len(lines) == 5
    counts = [int(line.split("# ")[1].split("x")[0]) for line in lines[3:]]
    assert counts == sorted(counts, reverse=True) and counts[-1] >= 10  # `на`, `в`, `у`...
    assert "Ірак" not in result.stdout  # names.yaml glosses it


def test_missing_command_says_so_when_every_word_has_an_entry(runner, tmp_path):
    text = tmp_path / "text"
    (text / "glossary").mkdir(parents=True)
    (text / "uk.txt").write_text("Пентагон зробив заяву.\n", encoding="utf-8")
    (text / "glossary" / "g.yaml").write_text(
        "Пентагон: the Pentagon\nзробити: to make\nзаява: statement\n", encoding="utf-8"
    )
    result = runner.invoke(cli, ["missing", str(text / "uk.txt")])
    assert result.exit_code == 0, result.output
    assert result.stdout == f"# Every word in {text} has a glossary entry.\n"


def test_missing_command_rejects_a_limit_below_one(runner):
    result = runner.invoke(cli, ["missing", str(CORPUS), "--limit", "0"])
    assert result.exit_code == 2
    assert "0 is not in the range x>=1" in result.output
