"""Read everything, check everything, then write: one bad file anywhere writes nothing."""

from pathlib import Path

from reader.cli import cli


def _text(root: Path, slug: str, uk: bytes, **extra: str) -> Path:
    folder = root / "texts" / slug
    folder.mkdir(parents=True)
    (folder / "uk.txt").write_bytes(uk)
    for name, content in extra.items():
        (folder / name.replace("_", ".")).write_text(content, encoding="utf-8")
    return folder


def _files(folder: Path) -> dict[str, bytes]:
    """Every file under `folder` (the build cache's too) by its path inside it."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_every_problem_of_every_text_is_listed_and_nothing_is_written(runner, tmp_path):
    corpus = tmp_path / "corpus"
    (corpus / "glossary").mkdir(parents=True)
    (corpus / "glossary" / "core.yaml").write_text("місто: city\n", encoding="utf-8")
    _text(
        corpus,
        "kyiv",
        "Київ — велике місто.\n".encode(),
        text_yaml="levle: A2\n",
        glossary_yaml="велике:\n",
    )
    _text(corpus, "scan", b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    site = tmp_path / "site"

    result = runner.invoke(cli, ["build", str(corpus), "-o", str(site)])

    assert result.exit_code == 1
    assert result.output == (
        f"Error: {corpus}/texts/kyiv/text.yaml:1: unknown field 'levle'; did you mean 'level'?\n"
        f"{corpus}/texts/kyiv/glossary.yaml:1: 'велике': empty translation; "
        "write the English after the colon\n"
        f"{corpus}/texts/scan/uk.txt: is not a text file (it contains NUL bytes); "
        "save the article as UTF-8 text\n"
        f"3 problems in {corpus}; nothing was written\n"
    )
    assert not site.exists()


def test_a_failed_build_leaves_the_previous_site_as_it_was(runner, tmp_path):
    corpus = tmp_path / "corpus"
    (corpus / "glossary").mkdir(parents=True)
    glossary = corpus / "glossary" / "core.yaml"
    glossary.write_text("місто: city\n", encoding="utf-8")
    _text(corpus, "kyiv", "Київ — велике місто.\n".encode())
    site = tmp_path / "site"
    assert runner.invoke(cli, ["build", str(corpus), "-o", str(site)]).exit_code == 0
    before = _files(site)
    assert ".reader-cache/manifest" in before

    glossary.write_text("місто: city\nмісто: town\n", encoding="utf-8")
    result = runner.invoke(cli, ["build", str(corpus), "-o", str(site)])

    assert result.exit_code == 1
    assert _files(site) == before


def test_the_same_corpus_builds_to_the_same_bytes(runner, tmp_path):
    from tests.conftest import CORPUS

    first, second = tmp_path / "one", tmp_path / "two"
    assert runner.invoke(cli, ["build", str(CORPUS), "-o", str(first)]).exit_code == 0
    assert runner.invoke(cli, ["build", str(CORPUS), "-o", str(second)]).exit_code == 0

    pages = sorted(p.name for p in first.iterdir() if p.is_file())
    assert pages == sorted(p.name for p in second.iterdir() if p.is_file())
    assert all((first / name).read_bytes() == (second / name).read_bytes() for name in pages)
