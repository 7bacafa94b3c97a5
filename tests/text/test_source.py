"""The source stage: decoding, the seed article cleaned, properties of `clean` on any input."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.cli import cli
from reader.errors import InputError, ProblemsFound
from reader.model import Change
from reader.text.source import clean, opening_words, read_source
from tests.conftest import CORPUS

SEED = CORPUS / "texts" / "pentagon-iraq" / "uk.txt"
TITLE = "Кінець епохи: у Пентагоні зробили офіційну заяву щодо військ США в Іраку"


def write(tmp_path: Path, data: bytes, name: str = "uk.txt") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def error_of(path: Path) -> str:
    with pytest.raises(InputError) as raised:
        read_source(path)
    return raised.value.message


# --- decoding ---------------------------------------------------------------------------------

ARTICLE = (
    "Ранкова кава\n\n"
    "Мене звати Оксана. Я живу в Житомирі й працюю в міській бібліотеці.\n\n"
    "Там завжди пахне кавою і свіжою випічкою. Її ґанок ще мокрий після дощу."
)
# Short texts are the hard case for telling cp1251 from koi8-u: few letters to go on.
SHORT_TEXTS = ["Так.", "Ні, дякую.", "Добрий день!", "США", "Їжак", "Ще не вмерла"]


def test_utf8_is_read_as_is(tmp_path):
    source = read_source(write(tmp_path, ARTICLE.encode("utf-8")))

    assert source.text == ARTICLE
    assert (source.warnings, source.changes) == ((), ())


def test_a_utf8_byte_order_mark_is_dropped_silently(tmp_path):
    source = read_source(write(tmp_path, b"\xef\xbb\xbf" + ARTICLE.encode("utf-8")))

    assert source.text == ARTICLE
    assert source.title == "Ранкова кава"
    assert (source.warnings, source.changes) == ((), ())


@pytest.mark.parametrize("encoding, name", [("cp1251", "cp1251"), ("koi8_u", "koi8-u")])
@pytest.mark.parametrize("text", [ARTICLE, *SHORT_TEXTS])
def test_legacy_encodings_are_detected_and_reported(tmp_path, text, encoding, name):
    source = read_source(write(tmp_path, text.encode(encoding)))

    assert source.text == text
    assert source.warnings == (f"decoded as {name}; save it as UTF-8 to silence this",)
    assert source.changes[0] == Change(1, "encoding", name, "UTF-8")


def test_cp1251_punctuation_survives(tmp_path):
    text = "«Кава» — це зобов’язання… № 1"
    source = read_source(write(tmp_path, text.encode("cp1251")))

    assert source.text == text
    assert source.warnings == ("decoded as cp1251; save it as UTF-8 to silence this",)


def test_utf16_with_a_byte_order_mark_is_read_with_a_warning(tmp_path):
    source = read_source(write(tmp_path, ARTICLE.encode("utf-16")))

    assert source.text == ARTICLE
    assert source.warnings == ("decoded as UTF-16; save it as UTF-8 to silence this",)


def test_a_binary_file_is_an_error(tmp_path):
    path = write(tmp_path, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00")

    assert error_of(path) == (
        f"{path}: is not a text file (it contains NUL bytes); save the article as UTF-8 text"
    )


def test_broken_utf8_names_the_line(tmp_path):
    data = ARTICLE.encode("utf-8")
    broken = data.replace("Житомирі".encode(), "Житомирі".encode()[:-1])
    path = write(tmp_path, broken)

    with pytest.raises(ProblemsFound) as found:
        read_source(path)
    assert [str(p) for p in found.value.problems] == [
        f"{path}:3: this file is not UTF-8 text (byte 0xd1 cannot be read); save it as UTF-8"
    ]


def test_text_in_no_known_encoding_is_an_error(tmp_path):
    path = write(tmp_path, "Le café crème de Noël, à la française.".encode("latin-1"))

    assert error_of(path) == (
        f"{path}: cannot tell its encoding: it is not UTF-8 and does not read as Ukrainian "
        "in cp1251 or koi8-u; save it as UTF-8"
    )


def test_a_file_with_nothing_but_debris_reads_with_a_warning(tmp_path):
    source = read_source(write(tmp_path, "Джерело матеріала\nloader\n\n".encode()))

    assert (source.text, source.title, source.tags) == ("", "", ())
    assert source.warnings == ("no text left after cleaning; is this the article?",)


def test_a_missing_file_is_an_error(tmp_path):
    path = tmp_path / "uk.txt"

    assert error_of(path) == (
        f"{path}: cannot read the file (No such file or directory); check the path"
    )


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1251", "koi8_u"])
def test_the_file_is_never_modified(tmp_path, encoding):
    path = tmp_path / "uk.txt"
    if encoding.startswith("utf"):
        shutil.copyfile(SEED, path)
        path.write_bytes(path.read_text(encoding="utf-8").encode(encoding))
    else:
        path.write_bytes(ARTICLE.replace("\n", "\r\n").encode(encoding))
    before, mtime = path.read_bytes(), path.stat().st_mtime_ns

    read_source(path)

    assert path.read_bytes() == before
    assert path.stat().st_mtime_ns == mtime


# --- the seed article -------------------------------------------------------------------------


def test_the_seed_article_is_cleaned():
    source = read_source(SEED)

    assert source.title == TITLE
    assert source.tags == ("США", "Пентагон", "Ірак")
    assert source.warnings == ()
    paragraphs = source.text.split("\n\n")
    assert paragraphs[:4] == [
        TITLE,
        "Це посприяє поглибленню відносин у сфері безпеки",
        "Міністерство оборони США підтвердило початок переговорів щодо виведення військ з "
        "Іраку. Відповідну заяву оприлюднив глава Пентагону Ллойд Остін.",
        "Про це він написав у X/Twitter. Він також зауважив, що це — крок до поглиблення "
        "співпраці у сфері безпеки для стабільності в Іраку та регіоні.",
    ]
    assert paragraphs[-1] == (
        'Раніше "Телеграф" писав, що на Близькому Сході ще одне загострення, цього разу '
        "іскри пролетіли між Іраном та Пакистаном. Ірак опинився під ракетним обстрілом "
        "Іран після довгої перерви."
    )
    assert len(paragraphs) == 11


def test_every_change_to_the_seed_is_reported():
    assert [str(change) for change in read_source(SEED).changes] == [
        f"2: repeated-title: {TITLE!r} -> ''",
        f"4: repeated-title: {TITLE!r} -> ''",
        "8: glued-words: 'підтвердилопочаток' -> 'підтвердило початок'",
        "8: glued-words: 'військз' -> 'військ з'",
        "26: tags-heading: 'Теги за темою' -> ''",
        "27: tags: 'США Пентагон Ірак' -> ''",
        "28: debris: 'Джерело матеріала' -> ''",
        "29: debris: 'loader' -> ''",
        "30: debris: 'loader' -> ''",
    ]


def test_the_cleaned_seed_is_stable():
    text = read_source(SEED).text

    assert clean(text).text == text
    assert clean(text).changes == ()


# --- properties -------------------------------------------------------------------------------

FRAGMENTS = st.sampled_from(
    [
        "Київ", "Kиїв", "військз", "підтвердилопочаток", "CNN", "X/Twitter", "loader",
        "Теги за темою", "Джерело матеріала", "мóва", "ХХІ", " ", "  ", "\t", "\n", "\r\n",
        "\n\n\n", "\u00a0", "\u200b", "\u00ad", "\ufeff", "\u0301", "\u0306", ".", "«", "—",
    ]
)  # fmt: skip
# Ukrainian and look-alike Latin letters, marks, spaces and punctuation, densely mixed.
ALPHABET = (
    "абвгґдеєжзиіїйклмнопрстуфхцчшщьюяАБВГҐДЕЄЖЗИІЇЙКЛМНОПРСТУФХЦЧШЩЬЮЯ"
    "aceiopxyABCEHIKMOPTXYïóY'’-#./:!?., \n\u00a0\u200b\u0301\u0306\u0308"
)
TEXTS = st.one_of(
    st.text(),
    st.text(alphabet=ALPHABET),
    st.lists(st.one_of(FRAGMENTS, st.text(max_size=3)), max_size=30).map("".join),
)


def test_a_split_that_leaves_a_look_alike_is_cleaned_in_the_same_read():
    # The split makes `з̂A` a Cyrillic word with a Latin A: fixed now, not on a second read.
    once = clean("J\u0303бійсьз\u0302A")

    assert clean(once.text).changes == ()


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_cleaning_is_idempotent_and_never_raises(text):
    once = clean(text)
    twice = clean(once.text)

    assert twice.text == once.text
    assert twice.changes == ()
    assert "\n\n\n" not in once.text
    assert once.text == once.text.strip()


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=200))
def test_any_bytes_are_read_or_refused_with_an_input_error(tmp_path_factory, data):
    path = tmp_path_factory.mktemp("bytes") / "uk.txt"
    path.write_bytes(data)
    try:
        source = read_source(path)
    except InputError as error:
        assert error.message.startswith(f"{path}: ")
    else:
        assert clean(source.text).text == source.text


# Real words, so that their letters are as frequent as in Ukrainian text: how cp1251 and
# koi8-u are told apart. Random bytes above are nearly always refused; these must be read.
WORDS = (
    "Пентагон заявив що виведення військ з Іраку завершиться до кінця року Міністр оборони "
    "сказав журналістам у Вашингтоні переговори тривають вже кілька місяців а сторони "
    "погодилися на новий графік ґанок їжак п'ять сім'я Європа"
).split()


@settings(max_examples=100, deadline=None)
@given(
    st.lists(st.sampled_from(WORDS), min_size=8, max_size=60).map(" ".join),
    st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1251", "koi8_u"]),
)
def test_ukrainian_text_in_a_common_encoding_reads_as_written(tmp_path_factory, text, encoding):
    path = tmp_path_factory.mktemp("encoded") / "uk.txt"
    path.write_bytes(text.encode(encoding))

    assert read_source(path).text == clean(text).text


# --- the headline -----------------------------------------------------------------------------

OPENING = (
    "Міністерство оборони США підтвердило початок переговорів щодо виведення військ з Іраку. "
    "Відповідну заяву оприлюднив глава Пентагону Ллойд Остін, який написав про це у X/Twitter "
    "і також зауважив, що це крок до поглиблення співпраці у сфері безпеки."
)  # 36 words: an opening paragraph, not a headline


def test_a_short_first_line_is_the_headline_and_a_long_one_the_first_paragraph():
    assert clean(f"{TITLE}\n\n{OPENING}").title == TITLE
    assert clean(f"{OPENING}\n\nДругий абзац.").title == ""
    words = (
        "Уряд ухвалив рішення про підвищення мінімальної заробітної плати з першого січня".split()
    )
    twenty_five = " ".join((words * 3)[:25])
    assert clean(f"{twenty_five}\n\nТекст.").title == twenty_five
    assert clean(f"{twenty_five} так\n\nТекст.").title == ""
    assert clean("а" * 201).title == ""  # no spaces to count words by: characters decide
    assert clean("а" * 200).title == "а" * 200


@settings(max_examples=200, deadline=None)
@given(TEXTS)
def test_a_title_is_the_short_first_line_or_nothing(text):
    cleaned = clean(text)
    first_line = cleaned.text.split("\n", 1)[0]
    assert cleaned.title in ("", first_line)
    assert len(cleaned.title) <= 200 and len(cleaned.title.split()) <= 25
    assert cleaned.title or not first_line or len(first_line) > 200 or len(first_line.split()) > 25


def test_a_text_without_a_headline_is_titled_by_its_opening_words():
    assert opening_words(OPENING) == (
        "Міністерство оборони США підтвердило початок переговорів щодо виведення…"
    )
    assert opening_words("Ще є місця?") == "Ще є місця?"
    assert opening_words("а" * 10_000_000) == "а" * 200 + "…"


def _one_line_text(tmp_path: Path, line: str, text_yaml: str = "") -> Path:
    folder = tmp_path / "corpus" / "texts" / "odyn-ryadok"
    folder.mkdir(parents=True)
    (folder / "uk.txt").write_text(line + "\n", "utf-8")
    if text_yaml:
        (folder / "text.yaml").write_text(text_yaml, "utf-8")
    return tmp_path / "corpus"


def test_a_single_line_article_does_not_become_the_index_pages_title(runner, tmp_path):
    line = " ".join([OPENING] * 400)  # one line of 14,400 words, 96 KB
    corpus = _one_line_text(tmp_path, line)
    result = runner.invoke(cli, ["build", str(corpus), "-o", str(tmp_path / "site")])
    assert result.exit_code == 0, result.output
    index = (tmp_path / "site" / "index.html").read_text("utf-8")
    page = (tmp_path / "site" / "odyn-ryadok.html").read_text("utf-8")
    title = "Міністерство оборони США підтвердило початок переговорів щодо виведення…"
    assert f">{title}</a>" in index
    assert len(index.encode()) < 20_000  # the line itself is 100 times as long
    assert f'<title lang="uk">{title}</title>' in page
    assert f'<h1 lang="uk">{title}</h1>' in page
    # all of it is the text (stressed as on every page)
    assert page.count("глава<r-s>\u0301</r-s> Пентаго<r-s>\u0301</r-s>ну") == 400


def test_text_yaml_titles_a_text_without_a_headline(runner, tmp_path):
    corpus = _one_line_text(tmp_path, OPENING, 'title_en: "Talks on the withdrawal begin"\n')
    result = runner.invoke(cli, ["build", str(corpus), "-o", str(tmp_path / "site")])
    assert result.exit_code == 0, result.output
    page = (tmp_path / "site" / "odyn-ryadok.html").read_text("utf-8")
    assert '<title lang="uk">Talks on the withdrawal begin</title>' in page
