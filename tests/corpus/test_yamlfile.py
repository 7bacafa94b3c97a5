"""The teacher-YAML reader: every value is text with its line; YAML's traps become messages."""

from pathlib import Path

import pytest

from reader.corpus.yamlfile import parse, parse_bytes
from reader.corpus.yamltree import Document, Mapping, Sequence

HERE = Path("g.yaml")


def messages(text: str) -> list[str]:
    return [str(problem) for problem in parse(text, HERE)[1]]


def test_the_tree_keeps_text_and_lines() -> None:
    tree, problems = parse("військо: army\nзамок:\n  - castle\n  - {en: lock}\n", HERE)
    assert problems == ()
    lock = Mapping(("en",), ("lock",), (4,), (4,), 4)
    senses = Sequence(("castle", lock), (3, 4), 3)
    assert tree == Document(Mapping(("військо", "замок"), ("army", senses), (1, 2), (1, 3), 1), 1)


def test_a_file_that_is_one_text_has_its_line() -> None:
    assert parse("# a glossary\n\nвійсько\n", HERE) == (Document("військо", 3), ())


@pytest.mark.parametrize(
    "written, text",
    [
        ("no", "no"),  # YAML 1.1 would say False
        ("yes", "yes"),
        ("on", "on"),
        ("010", "010"),  # octal 8 in YAML 1.1
        ("0.5", "0.5"),
        ("2024", "2024"),
        ("2024-01-26", "2024-01-26"),  # a date object in PyYAML
        ("null", "null"),
        ("~", "~"),
        ("", ""),  # nothing after the colon: empty text, never None
        ("'no'", "no"),
        ('"a\\tb"', "a\tb"),
    ],
)
def test_every_scalar_is_text_as_written(written: str, text: str) -> None:
    tree, _ = parse(f"слово: {written}\n", HERE)
    assert tree.root.values == (text,) and tree.root.value_lines == (1,)


def test_duplicate_keys_are_kept_for_the_checker_to_name() -> None:
    tree, problems = parse("ні: no\nні: yes\n", HERE)
    assert problems == ()
    assert list(tree.root.pairs()) == [("ні", 1, "no", 1), ("ні", 2, "yes", 2)]


def test_empty_and_comment_only_files_have_no_tree() -> None:
    assert parse("", HERE) == (None, ())
    assert parse("# to do\n\n", HERE) == (None, ())


def test_tab_indentation_is_named_plainly_on_every_line() -> None:
    assert messages("виведення:\n\ten: withdrawal\n\tpos: noun\n") == [
        "g.yaml:2: tabs are not allowed for indentation; use spaces",
        "g.yaml:3: tabs are not allowed for indentation; use spaces",
    ]


def test_a_tab_inside_a_value_is_fine() -> None:
    tree, problems = parse('нота: "a\tb"\n', HERE)
    assert problems == () and tree.root.values == ("a\tb",)


def test_an_over_indented_field_is_told_to_line_up_with_the_field_above() -> None:
    assert messages("виведення:\n  en: withdrawal\n    note: Verbal noun of вивести\n") == [
        "g.yaml:3: invalid YAML at column 9: mapping values are not allowed in this context "
        "(put text that contains ': ' in quotes; if this line is a field, indent it like the "
        "field above it (deeper, it reads as part of that field's text))"
    ]


def test_invalid_yaml_gives_line_column_and_a_hint() -> None:
    assert messages("ні: no\nна тлі: amid: against\n") == [
        "g.yaml:2: invalid YAML at column 13: mapping values are not allowed in this context "
        "(put text that contains ': ' in quotes; if this line is a field, indent it like the "
        "field above it (deeper, it reads as part of that field's text))"
    ]


def test_an_unclosed_quote_is_reported_where_it_opens() -> None:
    assert messages('ні: no\nтак: "yes\nвійсько: army\n') == [
        "g.yaml:2: invalid YAML at column 6: found unexpected end of stream (a quote is not closed)"
    ]


def test_anchors_and_aliases_are_refused() -> None:
    expected = (
        "g.yaml:2: YAML anchors and aliases (&name, *name) are not allowed; "
        "write the value out in full"
    )
    assert messages("військо: army\nвійська: &a troops\nвійськ: *a\n") == [expected]


def test_tags_are_refused() -> None:
    assert messages("рік: !!int 2024\n") == [
        "g.yaml:1: YAML tags like !!int are not allowed; every value is read as text anyway"
    ]


def test_a_second_document_is_refused() -> None:
    assert messages("ні: no\n---\nтак: yes\n") == [
        "g.yaml:2: only one YAML document per file is allowed; remove the '---' line"
    ]


def test_a_key_must_be_text() -> None:
    assert messages("? [ні, так]\n: no\n") == ["g.yaml:1: a key must be text, not a list"]


def test_control_characters_are_named() -> None:
    assert messages("ні: no\nтак: yes\x07\n") == [
        "g.yaml:2: character U+0007 is not allowed in YAML; remove it"
    ]


def test_utf8_with_bom_is_read() -> None:
    tree, problems = parse_bytes("\ufeffні: no\n".encode(), HERE)
    assert problems == () and tree.root.keys == ("ні",) and tree.root.key_lines == (1,)


def test_a_file_that_is_not_utf8_names_the_line_and_byte() -> None:
    data = "ні: no\nтак: yes\n".encode() + "військо: army\n".encode("cp1251")
    _, problems = parse_bytes(data, HERE)
    assert [str(p) for p in problems] == [
        "g.yaml:3: this file is not UTF-8 text (byte 0xe2 cannot be read); save it as UTF-8"
    ]
