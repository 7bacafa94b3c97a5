"""One UTF-8 decoder: every teacher file reports a bad byte the same way, at its line."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.cli import cli
from reader.corpus.decoding import decode_utf8
from reader.errors import ProblemsFound

BAD = "this file is not UTF-8 text (byte {byte} cannot be read); save it as UTF-8"


def test_every_teacher_file_reports_a_bad_byte_at_its_line(runner, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    text = corpus / "texts" / "kava"
    text.mkdir(parents=True)
    (corpus / "glossary").mkdir()
    words = corpus / "glossary" / "words.yaml"
    words.write_bytes("кава: coffee\nчай: tea\ncafé: ".encode() + "кафе\n".encode("cp1251"))
    (text / "uk.txt").write_bytes(
        "Ранкова кава\n\nЯ п'ю каву щоранку.\nВона гаряча й ".encode() + b"\xd1\n"
    )
    (text / "en.txt").write_bytes(
        b"Morning coffee\n\nI drink coffee every morning, caf\xe9 style.\n"
    )
    (text / "text.yaml").write_bytes(b"level: A1\nsource: Caf\xe9 News\n")

    result = runner.invoke(cli, ["check", str(corpus)])

    assert result.exit_code == 1
    assert result.output.splitlines() == [
        f"Error: {words}:3: {BAD.format(byte='0xea')}",
        f"{text / 'text.yaml'}:2: {BAD.format(byte='0xe9')}",
        f"{text / 'uk.txt'}:4: {BAD.format(byte='0xd1')}",
        f"3 problems in {corpus}; fix them and check again",
    ]
    # en.txt is read only once its text is: fix the others and it speaks up the same way.
    words.write_text("кава: coffee\n", "utf-8")
    (text / "text.yaml").write_text("level: A1\n", "utf-8")
    (text / "uk.txt").write_text("Ранкова кава\n\nЯ п'ю каву щоранку.\n", "utf-8")
    result = runner.invoke(cli, ["check", str(corpus)])
    assert result.output.splitlines()[0] == f"Error: {text / 'en.txt'}:3: {BAD.format(byte='0xe9')}"


@given(
    st.lists(st.text(st.characters(blacklist_categories=("Cs",)), max_size=8), min_size=1),
    st.data(),
)
def test_the_line_of_a_bad_byte_is_the_line_it_is_on(lines: list[str], data) -> None:
    at = data.draw(st.integers(0, len(lines) - 1))
    byte = data.draw(st.sampled_from([0x80, 0xBF, 0xC0, 0xE9, 0xFF]))
    encoded = [line.encode("utf-8") for line in lines]
    encoded[at] += bytes([byte])
    with pytest.raises(ProblemsFound) as found:
        decode_utf8(b"\n".join(encoded), Path("f.txt"))
    (problem,) = found.value.problems
    # a line's own text may hold a line break of its own (U+2028 is not one: only \n counts)
    assert problem.origin.line == sum(line.count("\n") for line in lines[: at + 1]) + at + 1
    assert problem.message == BAD.format(byte=f"0x{byte:02x}")
