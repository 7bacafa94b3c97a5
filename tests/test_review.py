"""`reader check`: the warnings a teacher sees, and --strict making them fatal."""

from pathlib import Path

from reader.cli import cli
from tests.conftest import CORPUS


def _corpus(root: Path, glossary: str) -> Path:
    (root / "glossary").mkdir(parents=True)
    (root / "glossary" / "core.yaml").write_text(glossary, encoding="utf-8")
    text = root / "texts" / "kyiv"
    text.mkdir(parents=True)
    (text / "uk.txt").write_text("Київ — велике місто.\n", encoding="utf-8")
    (text / "en.txt").write_text("Kyiv is a big city.\n", encoding="utf-8")
    return root


def test_an_unused_entry_is_a_warning_and_strict_makes_it_fatal(runner, tmp_path):
    corpus = _corpus(tmp_path / "corpus", "місто: city\nселище: settlement\n")

    plain = runner.invoke(cli, ["check", str(corpus)])
    strict = runner.invoke(cli, ["check", "--strict", str(corpus)])

    warning = f"{corpus}/glossary/core.yaml:2: warning: «селище» is not used in any text\n"
    assert plain.exit_code == 0
    assert plain.output == warning + f"checked 1 text and 2 entries in {corpus}: 1 warning\n"
    assert strict.exit_code == 1
    assert strict.output == (
        warning + f"Error: 1 warning in {corpus}; --strict treats warnings as errors\n"
    )


def test_checking_one_text_does_not_call_the_rest_of_the_glossary_unused(runner, tmp_path):
    corpus = _corpus(tmp_path / "corpus", "місто: city\nселище: settlement\n")

    result = runner.invoke(cli, ["check", "--strict", str(corpus / "texts" / "kyiv")])

    assert result.exit_code == 0, result.output
    assert result.output.endswith(": no problems\n")


def test_a_long_translation_is_a_warning_that_says_where_the_rest_belongs(runner, tmp_path):
    long = "a city " * 15
    corpus = _corpus(tmp_path / "corpus", f"місто: {long.strip()}\n")

    result = runner.invoke(cli, ["check", str(corpus)])

    assert result.exit_code == 0
    assert result.output.splitlines()[0] == (
        f"{corpus}/glossary/core.yaml:1: warning: the translation of «місто» is 104 characters "
        "long; keep it under 80 and move the rest to `note`"
    )


def test_glossary_errors_fail_the_check_with_every_problem_listed(runner, tmp_path):
    corpus = _corpus(tmp_path / "corpus", "місто: city\nмісто: town\nселище:\n")

    result = runner.invoke(cli, ["check", str(corpus)])

    assert result.exit_code == 1
    assert result.output == (
        f"Error: {corpus}/glossary/core.yaml:2: 'місто': duplicate headword, already at "
        f"{corpus}/glossary/core.yaml:1; keep one entry (a word with several meanings takes a "
        "list of senses)\n"
        f"{corpus}/glossary/core.yaml:3: 'селище': empty translation; write the English after "
        "the colon\n"
        f"2 problems in {corpus}; fix them and check again\n"
    )


def test_build_and_check_say_a_source_warning_in_the_same_words(runner, tmp_path):
    corpus = _corpus(tmp_path / "corpus", "місто: city\n")
    uk = corpus / "texts" / "kyiv" / "uk.txt"
    uk.write_bytes("Київ — велике місто, столиця України.\n".encode("cp1251"))
    warning = f"warning: {uk}: decoded as cp1251; save it as UTF-8 to silence this"

    built = runner.invoke(cli, ["build", str(corpus), "-o", str(tmp_path / "site")])
    checked = runner.invoke(cli, ["check", str(corpus)])

    assert built.exit_code == 0 and checked.exit_code == 0
    assert built.stderr == warning + "\n"
    assert checked.stdout.splitlines() == [
        warning,
        f"checked 1 text and 1 entry in {corpus}: 1 warning",
    ]


def test_a_text_without_translation_is_a_warning_and_strict_makes_it_fatal(runner, tmp_path):
    corpus = _corpus(tmp_path / "corpus", "місто: city\n")
    uk = corpus / "texts" / "kyiv" / "uk.txt"
    (uk.parent / "en.txt").unlink()

    plain = runner.invoke(cli, ["check", str(corpus)])
    strict = runner.invoke(cli, ["check", "--strict", str(corpus)])

    warning = (
        f"warning: {uk}: no translation: the page will show Ukrainian only "
        "(write en.txt beside it; `reader align` prints the sentences to translate)\n"
    )
    assert plain.exit_code == 0
    assert plain.output == warning + f"checked 1 text and 1 entry in {corpus}: 1 warning\n"
    assert strict.exit_code == 1
    assert strict.output.startswith(warning)


def test_the_entry_count_includes_the_texts_own_glossaries(runner, tmp_path):
    corpus = _corpus(tmp_path / "corpus", "місто: city\n")
    own = corpus / "texts" / "kyiv" / "glossary.yaml"
    own.write_text("Київ: Kyiv\nвеликий: big\n", encoding="utf-8")

    result = runner.invoke(cli, ["check", str(corpus)])

    assert result.exit_code == 0, result.output
    assert result.output == f"checked 1 text and 3 entries in {corpus}: no problems\n"


def test_a_stress_the_dictionary_contradicts_is_a_warning_that_names_its_forms(runner, tmp_path):
    glossary = (
        "місто: city\n"
        "велике:\n"
        "  en: big\n"
        "  stress: ве\u0301лике\n"  # the dictionary has only вели\u0301ке
        "Київ:\n"
        "  en: Kyiv\n"
        "  stress: Ки\u0301їв\n"
        "  note: Genitive «Ки\u0301єва», locative «у Києві\u0301».\n"  # у Ки\u0301єві
    )
    corpus = _corpus(tmp_path / "corpus", glossary)

    plain = runner.invoke(cli, ["check", str(corpus)])
    strict = runner.invoke(cli, ["check", "--strict", str(corpus)])

    core = f"{corpus}/glossary/core.yaml"
    warnings = (
        f"{core}:4: warning: «велике»: the stress ве\u0301лике is none of the stress "
        "dictionary's (вели\u0301ке); correct it, or keep it with a comment on its line "
        "saying why\n"
        f"{core}:5: warning: the note of «Київ»: the stress Києві\u0301 is none of the stress "
        "dictionary's (Ки\u0301єві); correct it, or keep it with a comment on its line "
        "saying why\n"
    )
    assert plain.exit_code == 0
    assert plain.output == warnings + f"checked 1 text and 3 entries in {corpus}: 2 warnings\n"
    assert strict.exit_code == 1
    assert strict.output.startswith(warnings + "Error: 2 warnings in ")


def test_a_comment_on_the_stress_line_keeps_the_teachers_stress(runner, tmp_path):
    glossary = (
        "місто: city\n"
        "велике:\n"
        "  en: big\n"
        "  stress: ве\u0301лике  # as said in the west\n"
        "Київ: Kyiv\n"
    )
    corpus = _corpus(tmp_path / "corpus", glossary)

    result = runner.invoke(cli, ["check", "--strict", str(corpus)])

    assert result.exit_code == 0, result.output
    assert result.output == f"checked 1 text and 3 entries in {corpus}: no problems\n"


def test_the_sample_corpus_checks_clean_under_strict(runner):
    result = runner.invoke(cli, ["check", "--strict", str(CORPUS)])
    assert result.exit_code == 0, result.output
