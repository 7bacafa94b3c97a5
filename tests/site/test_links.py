"""Links a page makes from teacher data: only http(s) for `url`, URL-encoded names for texts."""

from __future__ import annotations

import functools
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote

from hypothesis import given
from hypothesis import strategies as st

from reader import pipeline
from reader.cli import cli
from reader.corpus.metadata import is_web_address
from reader.model import Text, TextMeta
from reader.site import render
from tests.conftest import STUDY_CORPUS


@functools.cache
def _study_text() -> Text:
    (text,) = pipeline.read_corpus(STUDY_CORPUS).texts
    return text


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.hrefs.extend(value or "" for name, value in attrs if tag == "a" and name == "href")


def _hrefs(page: str) -> list[str]:
    parser = _Links()
    parser.feed(page)
    return parser.hrefs


# The page's own links, whatever text.yaml says.
OWN = ["#vocabulary", "index.html"]


def _page(url: str, source: str = "Українська правда") -> str:
    return render.render_page(replace(_study_text(), meta=TextMeta(url=url, source=source)))


def test_a_web_address_is_the_source_link_and_anything_else_is_text() -> None:
    page = _page("https://www.pravda.com.ua/news/1/")
    assert _hrefs(page) == [*OWN, "https://www.pravda.com.ua/news/1/"]
    page = _page(" \tJaVa\nScRiPt:alert(1)")
    assert _hrefs(page) == OWN
    assert "<span>Українська правда</span>\n<span> \tJaVa\nScRiPt:alert(1)</span>" in page
    assert _hrefs(_page("data:text/html,<script>alert(1)</script>", source="")) == OWN


SCHEMES = st.sampled_from(["javascript", "data", "vbscript", "file", "blob", "httpx", "ftp"])
NOISE = st.text(st.sampled_from(" \t\n\r\x00\x01\x1f"), max_size=3)


@st.composite
def disguised(draw: st.DrawFn, schemes: st.SearchStrategy[str]) -> str:
    """A scheme as a hostile teacher file may spell it: any case, noise around and inside."""
    scheme = "".join(
        draw(st.sampled_from([c.lower(), c.upper()])) + draw(st.sampled_from(["", "\t", "\n"]))
        for c in draw(schemes)
    )
    return draw(NOISE) + scheme + ":" + draw(st.text(max_size=10))


@given(disguised(SCHEMES))
def test_no_other_scheme_becomes_a_link_however_it_is_spelt(url: str) -> None:
    assert not is_web_address(url)
    assert _hrefs(_page(url)) == OWN


@given(disguised(st.sampled_from(["http", "https"])))
def test_http_and_https_are_links_however_they_are_spelt(url: str) -> None:
    assert is_web_address(url)


def test_reader_check_warns_about_a_url_that_is_no_link(runner, study_corpus: Path) -> None:
    meta = study_corpus / "texts" / "staryi-zamok" / "text.yaml"
    meta.write_text('url: "javascript:alert(1)"\n', "utf-8")
    result = runner.invoke(cli, ["check", str(study_corpus)])
    assert result.output.splitlines()[0] == (
        f"warning: {meta}: the url 'javascript:alert(1)' is not a web address "
        "(http: or https:), so the page shows it as text, not as a link"
    )


def test_text_names_are_url_encoded_relative_links_to_their_pages(
    runner, study_corpus: Path, tmp_path: Path
) -> None:
    texts = study_corpus / "texts"
    story = texts / "staryi-zamok"
    for name in ("a b#c?d=1%41 Київ", "javascript:alert(1)"):
        (texts / name).mkdir()
        (texts / name / "uk.txt").write_bytes((story / "uk.txt").read_bytes())
    out = tmp_path / "site"
    result = runner.invoke(cli, ["build", str(study_corpus), "-o", str(out)])
    assert result.exit_code == 0, result.output

    links = [h for h in _hrefs((out / "index.html").read_text("utf-8")) if h.endswith(".html")]
    assert sorted(links) == [
        "a%20b%23c%3Fd%3D1%2541%20%D0%9A%D0%B8%D1%97%D0%B2.html",
        "javascript%3Aalert%281%29.html",
        "staryi-zamok.html",
    ]
    for link in links:  # each a relative link to a file that is there
        assert ":" not in link.split("/")[0] and (out / unquote(link)).is_file()
