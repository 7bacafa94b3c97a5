"""Loading the teacher's glossary: the format, its rules, and every problem named at its line."""

import re
import tracemalloc
from pathlib import Path

import pytest

from reader.errors import ProblemsFound
from reader.glossary.entries import load_glossary, overlay, read_entries
from reader.glossary.ids import entry_id
from reader.model import Origin, Sense
from tests.conftest import CORPUS

DESIGN_EXAMPLE = """\
військо: army; (pl.) troops            # short form: headword: translation
виведення:
  en: withdrawal (of troops)
  stress: виве́дення
  pos: noun
  note: Verbal noun of «вивести» (perf.) 'to withdraw'.
  tags: [military]
на тлі: amid, against the background of   # multi-word expression
ні: no                                      # stays the text "no"
замок:                                      # homograph: several senses
  - {stress: за́мок, en: castle}
  - {stress: замо́к, en: lock}
"""


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def problems(*paths: Path) -> str:
    """The full error message load_glossary gives for these files."""
    with pytest.raises(ProblemsFound) as raised:
        load_glossary(paths)
    return raised.value.message


def test_the_design_example_loads(tmp_path: Path) -> None:
    path = write(tmp_path, "news.yaml", DESIGN_EXAMPLE)
    glossary = load_glossary([path])
    assert [e.headword for e in glossary.entries] == [
        "військо",
        "виведення",
        "на тлі",
        "ні",
        "замок",
    ]
    withdrawal = glossary.by_key["виведення"]
    assert withdrawal.senses == (
        Sense(
            en="withdrawal (of troops)",
            stress="виве́дення",
            pos="noun",
            note="Verbal noun of «вивести» (perf.) 'to withdraw'.",
            tags=("military",),
        ),
    )
    assert withdrawal.origin == Origin(path, 2)
    assert glossary.by_key["на тлі"].words == 2
    assert glossary.by_key["ні"].senses == (Sense(en="no"),)
    assert [s.en for s in glossary.by_key["замок"].senses] == ["castle", "lock"]
    assert [s.stress for s in glossary.by_key["замок"].senses] == ["за́мок", "замо́к"]


def test_the_bundled_glossary_loads_cleanly() -> None:
    glossary = load_glossary(sorted((CORPUS / "glossary").glob("*.yaml")))
    phrase = glossary.by_key["на тлі"]
    assert phrase.origin.path.name == "news.yaml"
    assert phrase.senses[0].en == "amid, against the background of"
    assert len({e.id for e in glossary.entries}) == len(glossary.entries)


@pytest.mark.parametrize(
    "line, translation",
    [
        ("ні: no", "no"),
        ("так: yes", "yes"),
        ("увімкнено: on", "on"),
        ("вимкнено: off", "off"),
        ("рік: 2024", "2024"),
        ("код: 010", "010"),
        ("пів: 0.5", "0.5"),
        ("дата: 2024-01-26", "2024-01-26"),
        ("слово: null", "null"),  # the word a teacher typed, not "nothing"
        ("знак: ~", "~"),
    ],
)
def test_every_value_is_text_exactly_as_written(
    tmp_path: Path, line: str, translation: str
) -> None:
    glossary = load_glossary([write(tmp_path, "g.yaml", line + "\n")])
    assert glossary.entries[0].senses[0].en == translation


def test_fields_of_the_long_form_are_text_too(tmp_path: Path) -> None:
    path = write(tmp_path, "g.yaml", "так:\n  en: yes\n  note: 010\n  tags: [no, 2024]\n")
    sense = load_glossary([path]).entries[0].senses[0]
    assert (sense.en, sense.note, sense.tags) == ("yes", "010", ("no", "2024"))


def test_nothing_after_the_colon_is_an_empty_translation(tmp_path: Path) -> None:
    path = write(tmp_path, "g.yaml", 'військо: army\nслово:\nвиведення:\n  en: ""\n')
    assert problems(path) == (
        f"{path}:2: 'слово': empty translation; write the English after the colon\n"
        f"{path}:4: 'виведення': empty translation; write the English after 'en:'\n"
        f"2 problems in {path}; nothing was written"
    )


def test_forms_are_matching_keys_and_may_sit_on_the_entry(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "g.yaml",
        "військо:\n  en: army\n  forms: [Війська, військ]\n"
        "ключ:\n  forms: ключі\n  senses: [key, clef]\n"
        "замок:\n  - {en: castle, forms: [за́мку]}\n  - lock\n",
    )
    glossary = load_glossary([path])
    assert glossary.by_key["військо"].forms == ("війська", "військ")
    assert glossary.by_key["ключ"].forms == ("ключі",)
    assert [s.en for s in glossary.by_key["ключ"].senses] == ["key", "clef"]
    assert glossary.by_key["замок"].forms == ("замку",)
    assert [s.en for s in glossary.by_key["замок"].senses] == ["castle", "lock"]


def test_forms_of_the_entry_and_its_senses_are_one_list_without_repeats(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "g.yaml",
        "ключ:\n  forms: [Ключі, ключа]\n"
        "  senses:\n"
        "    - {en: key, forms: [ключем, ключі́]}\n"  # a stress mark does not make a new form
        "    - {en: clef, forms: ['', ключа]}\n",  # nor does a blank
    )
    assert load_glossary([path]).by_key["ключ"].forms == ("ключі", "ключа", "ключем")


def test_a_list_field_names_the_item_that_is_not_text(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "g.yaml",
        "військо:\n  en: army\n  tags: [military,\n    [news]]\n"
        "замок:\n  - {en: castle, forms: [замку, {a: b}]}\n",
    )
    assert problems(path) == (
        f"{path}:4: 'військо': 'tags' should be a list of text like [a, b]; this item is a list\n"
        f"{path}:6: 'замок' sense 1: 'forms' should be a list of text like [a, b]; "
        "this item is a mapping\n"
        f"2 problems in {path}; nothing was written"
    )


def test_every_problem_of_every_file_is_listed_with_its_line(tmp_path: Path) -> None:
    news = write(
        tmp_path,
        "news.yaml",
        "військо: army\n"
        "виведення:\n"
        "  en: withdrawal\n"
        "  nte: Verbal noun\n"  # misspelt field
        "  colour: red\n"  # nothing close
        "NATO: NATO\n"  # no Cyrillic
        "ні:\n"
        "  en: no\n"
        "  note: [not, a, text]\n"  # wrong type
        "  stress: на́\n",  # not the headword
    )
    core = write(tmp_path, "core.yaml", "ім'я: name\nВійсько: troops\n")
    assert problems(news, core) == (
        f"{news}:4: 'виведення': unknown field 'nte'; did you mean 'note'?\n"
        f"{news}:5: 'виведення': unknown field 'colour'; "
        "the fields are en, stress, pos, note, tags, forms, senses\n"
        f"{news}:6: 'NATO': a headword needs Cyrillic letters (headwords are Ukrainian words)\n"
        f"{news}:9: 'ні': 'note' should be text, not a list\n"
        f"{news}:10: 'ні': stress 'на́' does not spell the headword; "
        "write the headword itself with a stress mark\n"
        f"{core}:2: 'Військо': duplicate headword, already at {news}:1; keep one entry "
        "(a word with several meanings takes a list of senses)\n"
        f"6 problems in {tmp_path}; nothing was written"
    )


@pytest.mark.parametrize(
    "first, second",
    [
        ("ім'я", "ім’я"),  # apostrophe variants are one letter
        ("ім'я", "імʼя"),
        ("мова", "мо́ва"),  # stress marks are ignored
        ("мова", "Мова"),  # so is case
    ],
)
def test_duplicates_compare_by_normalised_key_across_files(
    tmp_path: Path, first: str, second: str
) -> None:
    a = write(tmp_path, "a.yaml", f"# shared\n{first}: one\n")
    b = write(tmp_path, "b.yaml", f"{second}: two\n")
    assert problems(a, b) == (
        f"{b}:1: '{second}': duplicate headword, already at {a}:2; keep one entry "
        "(a word with several meanings takes a list of senses)\n"
        f"1 problem in {tmp_path}; nothing was written"
    )


def test_a_duplicate_in_one_file_names_both_lines(tmp_path: Path) -> None:
    path = write(tmp_path, "g.yaml", "ні: no\nтак: yes\nні: not\n")
    assert problems(path) == (
        f"{path}:3: 'ні': duplicate headword, already at {path}:1; keep one entry "
        "(a word with several meanings takes a list of senses)\n"
        f"1 problem in {path}; nothing was written"
    )


def test_wrong_shapes_are_named(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "g.yaml",
        "військо:\n  en: army\n  tags: {a: b}\n"
        "ключ:\n  en: key\n  senses: [key]\n"
        "замок: []\n"
        "день:\n  - [day]\n"
        "ніч:\n  pos: noun\n"
        "ранок:\n  senses:\n    morning\n",
    )
    assert problems(path) == (
        f"{path}:3: 'військо': 'tags' should be a list of text like [a, b], not a mapping\n"
        f"{path}:6: 'ключ': give either 'en' or 'senses', not both\n"
        f"{path}:7: 'замок': empty list of senses; give at least one translation\n"
        f"{path}:9: 'день' sense 1: a sense is a mapping like {{en: castle, stress: за́мок}} "
        "or text, not a list\n"
        f"{path}:11: 'ніч': no 'en' (the English translation); add a line 'en: ...'\n"
        f"{path}:14: 'ранок': 'senses' should be a list, not text\n"
        f"6 problems in {path}; nothing was written"
    )


@pytest.mark.parametrize(
    "text, line, kind",
    [
        ("- військо: army\n- ні: no\n", 1, "a list"),
        ("# words for the news\n\nвійсько\n", 3, "text"),
    ],
)
def test_a_list_or_a_text_at_the_top_is_not_a_glossary(
    tmp_path: Path, text: str, line: int, kind: str
) -> None:
    path = write(tmp_path, "g.yaml", text)
    assert problems(path) == (
        f"{path}:{line}: a glossary is 'headword: translation' lines, not {kind}; "
        "remove the '- ' or brackets around the entries\n"
        f"1 problem in {path}; nothing was written"
    )


def test_yaml_errors_of_several_files_are_reported_together(tmp_path: Path) -> None:
    tabs = write(tmp_path, "a.yaml", "виведення:\n\ten: withdrawal\n")
    broken = write(tmp_path, "b.yaml", "ні: no\nна тлі: amid: against\n")
    latin1 = tmp_path / "c.yaml"
    latin1.write_bytes("військо: army\n".encode("cp1251"))
    fine = write(tmp_path, "d.yaml", "так: yes\n")
    assert problems(tabs, broken, latin1, fine) == (
        f"{tabs}:2: tabs are not allowed for indentation; use spaces\n"
        f"{broken}:2: invalid YAML at column 13: mapping values are not allowed in this context "
        "(put text that contains ': ' in quotes; if this line is a field, indent it like the "
        "field above it (deeper, it reads as part of that field's text))\n"
        f"{latin1}:1: this file is not UTF-8 text (byte 0xe2 cannot be read); save it as UTF-8\n"
        f"3 problems in {tmp_path}; nothing was written"
    )


def test_a_billion_laughs_file_is_refused_without_eating_memory(tmp_path: Path) -> None:
    lines = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for previous, name in zip("abcdefgh", "bcdefghi", strict=True):
        lines.append(f"{name}: &{name} [{', '.join([f'*{previous}'] * 9)}]")
    path = write(tmp_path, "laughs.yaml", "\n".join(lines) + "\n")
    tracemalloc.start()
    try:
        message = problems(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert message == (
        f"{path}:1: YAML anchors and aliases (&name, *name) are not allowed; "
        "write the value out in full\n"
        f"1 problem in {path}; nothing was written"
    )
    assert peak < 5_000_000  # 9**9 "lol"s built would need gigabytes


def test_ids_are_stable_html_safe_and_shared_by_spelling_variants(tmp_path: Path) -> None:
    path = write(tmp_path, "g.yaml", "військо: army\nІм’я: name\nна тлі: amid\nщо-небудь: any\n")
    ids = [entry.id for entry in load_glossary([path]).entries]
    # Fixed strings: a page's known-words list (kept by the browser) relies on them.
    assert ids == ["w-viisko-51e5f3b4", "w-imia-c9b7c36b", "w-na-tli-fef9d670", ids[3]]
    assert all(re.fullmatch(r"w-[a-z0-9-]+", i) for i in ids)
    assert entry_id("ім'я") == "w-imia-c9b7c36b"
    assert len(set(ids)) == 4


def test_overlay_replaces_shared_entries_with_the_texts_own(tmp_path: Path) -> None:
    shared = load_glossary(
        [write(tmp_path, "shared.yaml", "військо: army\nні: no\nзамок: castle\n")]
    )
    folder = tmp_path / "text"
    folder.mkdir()
    own = load_glossary(
        [write(folder, "glossary.yaml", "ні: not (before a verb)\nтло: background\n")]
    )
    merged = overlay(shared, own)
    assert [(e.headword, e.senses[0].en) for e in merged.entries] == [
        ("військо", "army"),
        ("ні", "not (before a verb)"),
        ("замок", "castle"),
        ("тло", "background"),
    ]
    assert merged.by_key["ні"].origin == Origin(folder / "glossary.yaml", 1)
    assert shared.by_key["ні"].senses[0].en == "no"  # the shared glossary is untouched


def test_no_files_is_an_empty_glossary() -> None:
    assert load_glossary(()).entries == ()


def test_latin_look_alikes_in_a_headword_are_caught(tmp_path: Path) -> None:
    # Typed on an English keyboard layout: Latin "i" and "I" that no Ukrainian text contains.
    path = write(tmp_path, "g.yaml", "вiйсько: army\nIм’я: name\nна тлі: amid\n")
    assert problems(path) == (
        f"{path}:1: 'вiйсько': Latin letters (i) mixed with Cyrillic; type them in Cyrillic\n"
        f"{path}:2: 'Iм’я': Latin letters (I) mixed with Cyrillic; type them in Cyrillic\n"
        f"2 problems in {path}; nothing was written"
    )


def test_an_entry_with_a_bad_headword_is_left_out_with_its_problem(tmp_path: Path) -> None:
    path = write(tmp_path, "g.yaml", "NATO: NATO\nвiйсько: army\nна тлі: amid\n")
    entries, found = read_entries([path])
    assert [entry.headword for entry in entries] == ["на тлі"]
    assert [problem.origin.line for problem in found] == [1, 2]


@pytest.mark.parametrize(
    "headword, entry_key",
    [
        ("військо", "військо"),
        ("Ім’я", "ім'я"),  # the apostrophe keys use
        ("на  тлі", "на тлі"),  # one space between words
        ("Військово-морський", "військово-морський"),
        ("НАТО", "нато"),
        ("ЄС", "єс"),
    ],
)
def test_ordinary_headwords_load_under_their_key(
    tmp_path: Path, headword: str, entry_key: str
) -> None:
    glossary = load_glossary([write(tmp_path, "g.yaml", f"{headword}: word\n")])
    assert [(entry.headword, entry.key) for entry in glossary.entries] == [(headword, entry_key)]
