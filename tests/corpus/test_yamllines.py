"""The line reader gives libyaml's tree for every text it accepts, and accepts real glossaries."""

from pathlib import Path

import pytest
from hypothesis import event, given, settings
from hypothesis import strategies as st

from reader.corpus import yamllines
from reader.corpus.yamlfile import parse_yaml
from reader.corpus.yamltree import Mapping, Scalar, Sequence
from tests.conftest import ROOT

HERE = Path("g.yaml")
# Characters YAML gives a meaning somewhere, spaces and breaks of several kinds, among letters.
TRICKY = ":#,-[]{}'\"?&*!|>%@`\\.~0 \xa0\t\r\u0301\u2028\ufeff"
LETTERS = "аіяbc’'"  # the apostrophe is a letter in Ukrainian words
SAFE = "аеіїоуяюєбвгґджзклмнпрстфхцчшщь'’\u0301 abcdefgh.;()«»"


def libyaml(text: str):
    tree, problems = parse_yaml(text, HERE)
    assert problems == (), f"the line reader accepted what libyaml refuses: {problems}"
    return tree


def _value(word: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    """A value as a teacher might write it after `key:` or `- `, tricky or not."""
    return st.one_of(
        word,
        word.map(lambda w: "'" + w.replace("'", "''") + "'"),
        word.map(lambda w: f'"{w}"'),
        st.lists(word, max_size=3).map(lambda ws: "[" + ", ".join(ws) + "]"),
        st.lists(st.tuples(word, word), max_size=3).map(
            lambda kvs: "{" + ", ".join(f"{k}: {v}" for k, v in kvs) + "}"
        ),
        st.just(""),
    )


def _lines(word: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    """A file made of glossary-like lines at any indent, and now and then anything at all."""
    indent = st.sampled_from(["", "", "  ", "  ", "    ", " ", "      "])
    space = st.sampled_from([" ", " ", "  ", ""])
    comment = st.sampled_from(["", "", "  # note", " #x", "#x"])
    value = _value(word)
    line = st.one_of(
        st.tuples(indent, word, space, value, comment).map(
            lambda t: f"{t[0]}{t[1]}:{t[2]}{''.join(t[3:])}"
        ),
        st.tuples(indent, space, value, comment).map(lambda t: f"{t[0]}-{t[1]}{''.join(t[2:])}"),
        st.tuples(indent, word, value).map(lambda t: f"{t[0]}- {t[1]}: {t[2]}"),
        st.tuples(indent, comment).map("".join),
        # what YAML reads specially at the start of a line: document markers, a directive
        st.tuples(st.sampled_from(["... ", "--- ", "...", "---", "%", "? "]), word, value).map(
            lambda t: f"{t[0]}{t[1]}: {t[2]}"
        ),
        word,
    )
    return st.lists(line, max_size=12).map("\n".join)


def _glossary_file(word: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    """A glossary in the shapes of the README: short and long forms, lists of senses."""
    value = _value(word)
    field = st.tuples(st.sampled_from(["en", "stress", "pos", "note"]) | word, value)
    long_form = st.lists(field, min_size=1, max_size=4).map(
        lambda fs: "".join(f"\n  {k}: {v}" for k, v in fs)
    )
    senses = st.lists(value, min_size=1, max_size=3).map(
        lambda vs: "".join(f"\n  - {v}" for v in vs)
    )
    block_senses = st.lists(st.lists(field, min_size=1, max_size=3), min_size=1, max_size=2).map(
        lambda items: "".join(
            "\n  - " + "\n    ".join(f"{k}: {v}" for k, v in fields) for fields in items
        )
    )
    entry = st.tuples(word, st.one_of(value.map(" ".__add__), long_form, senses, block_senses))
    return st.lists(entry, max_size=8).map(lambda es: "".join(f"{h}:{v}\n" for h, v in es))


ORDINARY_WORD = (
    st.text(SAFE, min_size=1, max_size=10).map(str.strip).filter(lambda w: w[:1] not in "'")
)
# Mostly plain words, so that many files are still glossary-shaped, and now and then a word
# with a tricky character in it (or at either end).
_PLAIN_WORD = st.text(LETTERS, min_size=1, max_size=5)
TRICKY_WORD = st.one_of(
    _PLAIN_WORD,
    _PLAIN_WORD,
    _PLAIN_WORD,
    st.tuples(
        st.text(LETTERS, max_size=3), st.sampled_from(TRICKY), st.text(LETTERS, max_size=3)
    ).map("".join),
)


def assert_read_as_libyaml_reads(text: str) -> str:
    """The line reader declines the text or gives libyaml's tree; which of the two it did."""
    try:
        tree = yamllines.read(text)
    except yamllines.Declined:
        return "declined"
    assert tree == libyaml(text)
    return "accepted"


@settings(max_examples=300)
@given(_glossary_file(TRICKY_WORD))
def test_any_characters_in_glossary_shapes_read_as_libyaml_reads_them(text: str) -> None:
    event(assert_read_as_libyaml_reads(text))


@settings(max_examples=300)
@given(_lines(ORDINARY_WORD))
def test_any_indentation_and_line_kinds_read_as_libyaml_reads_them(text: str) -> None:
    event(assert_read_as_libyaml_reads(text))


@settings(max_examples=300)
@given(_lines(TRICKY_WORD))
def test_any_lines_read_as_libyaml_reads_them(text: str) -> None:
    event(assert_read_as_libyaml_reads(text))


@given(_glossary_file(ORDINARY_WORD))
def test_ordinary_glossaries_are_accepted_and_read_as_libyaml_reads_them(text: str) -> None:
    assert yamllines.read(text) == libyaml(text)


# Corners of YAML near the shapes the reader knows: each is declined or read as libyaml reads it.
CORNERS = [
    "...: x\n",  # dots that are not a document end
    "a: v # c\nb: v# c\n",  # a comment needs a space before its #
    "a:    \n",  # only spaces after the colon
    "a: 'it''s'\n",
    "a: [a, 'b, c', \"d\"]\n",
    "a: [b,c]\na: [ b , c ]\na: []\na: {}\na: ['']\n",  # spacing, empty lists, a repeated key
    "a: {b: c,d: e}\n",
    "a" * 1001 + ": x\n",  # libyaml's limit on a key's length
    "a: b",  # no line break at the end
    "a: x:y\n",  # a colon without a space is text
    "a: b\n  # c\nc: d\n",  # an indented comment between entries
    "a:\n  en: x\n # c\n  pos: y\n",  # a comment less indented than the block
    "a:\n  - x\n  -\n  - y\n",  # an empty item
    "a:\n  -  en: x\n     pos: y\n",  # fields under a '-  ' item
    "a:\n  - en: x\n     pos: y\n",  # ... and one column off
    "a:\n\n  b: c\n\n  d: e\n\nf: g\n",  # blank lines inside a block
    "a: b  # c # d\n",
    "a: 'b # c'\na: [b] # c\na: {b: 'c, d'}\n",
    "a: x\xa0\n\xa0a: x\na\xa0: x\n",  # a no-break space is not a space to YAML
    "a:\n  b: c\n  - d\n",  # fields mixed with items
    "a: b\n c: d\n",  # a value continued
    "a: x\n...\n",  # a document end
    "... а: x\n",  # a document end, then text libyaml refuses
    "b:\n  ... а: x\n",  # not at the start of a line: a key like any other
    "a: 'multi\n  line'\n",
    "a:\n  b: [x,\n    y]\n",  # a flow list over two lines
    "a: b\x85c\n",  # U+0085 ends a line in YAML
    # flow lists and mappings without quotes, split at their commas and colons
    "a: [b: c]\na: [b:, c]\na: [b:c]\n",  # a colon in a list item
    "a: {b: c: d}\na: {b:c}\na: {b : c}\na: { b: c , d: e }\n",
    "a: [b #c]\na: [b]  # c\na: [b ]\n",
    "a: [-b, ?c]\na: [b, -]\na: [b, c,]\na: [b,, c]\n",  # indicators, trailing commas
    "a: [b] c\na: [b]]\na: [b c, ім'я]\n",
    "a: {b}\na: {b: }\na: {b: c, d}\n",  # a key without a value
    "a: ''\na: \"\"\na: 'b' # c\na: 'b'c\na: \"b\"c\n",
]


@pytest.mark.parametrize("text", CORNERS)
def test_corners_read_as_libyaml_reads_them(text: str) -> None:
    assert_read_as_libyaml_reads(text)


@pytest.mark.parametrize(
    "path", sorted(ROOT.glob("corpus/**/*.yaml")), ids=lambda p: str(p.relative_to(ROOT))
)
def test_every_file_of_the_sample_corpus_is_read_without_the_parser(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert yamllines.read(text) == libyaml(text)


def test_a_list_item_of_fields_is_a_mapping_on_the_dash_line() -> None:
    text = "замок:\n  - en: lock\n    stress: замо́к\n  - castle\n"
    assert yamllines.read(text) == Mapping(
        (
            (
                Scalar("замок", 1),
                Sequence(
                    (
                        Mapping(
                            (
                                (Scalar("en", 2), Scalar("lock", 2)),
                                (Scalar("stress", 3), Scalar("замо́к", 3)),
                            ),
                            2,
                        ),
                        Scalar("castle", 4),
                    ),
                    2,
                ),
            ),
        ),
        1,
    )


@pytest.mark.parametrize(
    "text",
    [
        "слово: a\n  continued\n",  # a plain value over two lines
        "слово: |\n  text\n",  # a block scalar
        'слово: "a\\tb"\n',  # an escape
        "слово: &a x\n",  # an anchor
        "слово: !!str x\n",  # a tag
        "слово:\n  en:\n    deeper: x\n",  # a block two levels down
        "---\nслово: x\n",  # a document marker
        "слово:\n\ten: x\n",  # a tab
        "- слово\n",  # a list at the top
        "слово: a: b\n",  # YAML would refuse this line
    ],
)
def test_other_shapes_are_left_to_the_yaml_parser(text: str) -> None:
    with pytest.raises(yamllines.Declined):
        yamllines.read(text)
