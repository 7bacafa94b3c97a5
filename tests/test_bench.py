"""Every benchmark still runs against the code it measures, on a few lines written here.

The benchmarks read data the project may not ship (../shared/data), so they are not run in
full by the tests; these tiny inputs in the same formats only catch a benchmark that no
longer fits the code (a changed signature once broke bench/matching.py unnoticed). Their
figures mean nothing and are not checked, only that each benchmark prints its headline.
"""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

PARAGRAPHS = [
    "Пентагон оголосив про виведення військ з Іраку. Це сталося в п'ятницю.",
    "Міністр сказав: «Війська повернуться додому». Так і буде.",
]
# form, upos, lemma, UD features (one syntactic word a line, as bench/matching.py and
# bench/grammar.py read them)
WORDS = [
    ("Пентагон", "PROPN", "Пентагон", "Case=Nom|Number=Sing"),
    ("оголосив", "VERB", "оголосити", "Gender=Masc|Number=Sing|Tense=Past|VerbForm=Fin"),
    ("про", "ADP", "про", "_"),
    ("виведення", "NOUN", "виведення", "Case=Acc|Number=Sing"),
    ("військ", "NOUN", "військо", "Case=Gen|Number=Plur"),
    (".", "PUNCT", ".", "_"),
]


@pytest.fixture
def data(tmp_path: Path) -> dict[str, Path]:
    sents = tmp_path / "tiny.sents.jsonl"
    with sents.open("w", encoding="utf-8") as out:
        for number, text in enumerate(PARAGRAPHS):
            end = text.index(". ") + 1
            spans = [[0, end], [end + 1, len(text)]]
            line = {"doc": "d", "par": f"p{number}", "text": text, "sents": spans}
            out.write(json.dumps(line, ensure_ascii=False) + "\n")
    lemmas = tmp_path / "tiny.lemmas.tsv"
    rows = ["form\tupos\tlemma\tfeats\tsent_id"]
    rows += [f"{form}\t{upos}\t{lemma}\t{feats}\ts1" for form, upos, lemma, feats in WORDS]
    lemmas.write_text("\n".join(rows) + "\n", encoding="utf-8")
    news = tmp_path / "tiny_news.txt"
    news.write_text(
        "# a comment\nЦіна — 20 грн.| Утім, це багато.\n\nВчора було класно.| потім пішли.\n"
    )
    article = tmp_path / "article.txt"
    article.write_text("\n\n".join(PARAGRAPHS) + "\n", encoding="utf-8")
    glossary = tmp_path / "glossary"
    glossary.mkdir()
    (glossary / "core.yaml").write_text("військо: army\n", encoding="utf-8")
    return {
        "sents": sents,
        "lemmas": lemmas,
        "news": news,
        "article": article,
        "glossary": glossary,
    }


@pytest.mark.parametrize(
    "script, arguments, headline",
    [
        ("glossary_load.py", ["300"], "load_glossary: best"),
        ("matching.py", ["lemmas"], "recall "),
        ("grammar.py", ["lemmas"], "rules on:"),
        ("context.py", ["sents", "--repeat", "1", "--profile", "3"], "µs a word"),
        ("grammar.py", ["lemmas", "--patterns", "3"], "NOUN/ADJ still ambiguous with rules on"),
        ("segmentation.py", ["sents", "--news", "news", "--repeat", "1"], "tiny_news.txt: 2"),
        ("source_cleaning.py", ["sents"], "synthetic glue"),
        ("page.py", ["sents", "--megabytes", "0.005", "--no-browser"], "read_and_analyse_s"),
        ("align.py", [], "sentences merged"),
        ("hostile.py", ["--base", "1"], "many_sentences: n=1000"),
        ("corpus.py", ["sents", "--texts", "12", "--cold", "1", "--rounds", "1"], "import floor"),
        ("teacher.py", ["article", "--glossary", "glossary"], "reader missing prints"),
        ("stress.py", ["sents", "--megabytes", "0.005", "--repeat", "1"], "build of the"),
        ("stress.py", ["no-such-file.jsonl"], "not found; the dev text's figures"),
    ],
)
def test_each_benchmark_runs_on_a_tiny_input(
    data: dict[str, Path], script: str, arguments: list[str], headline: str
) -> None:
    command = [sys.executable, str(ROOT / "bench" / script)]
    command += [str(data.get(argument, argument)) for argument in arguments]
    result = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert result.returncode == 0, result.stderr
    assert headline in result.stdout
