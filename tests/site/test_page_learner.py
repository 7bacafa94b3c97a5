"""The learner's loop in a real browser: lines that never start with punctuation, print.

The bundled sample corpus (corpus/) is built once by the real pipeline and opened in Debian's
Chromium, driven as in test_page_browser (whose `browser` fixture and checks are reused).
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from tests.conftest import CORPUS
from tests.site import test_page_browser as browser_tests

playwright = pytest.importorskip("playwright.sync_api")

browser = browser_tests.browser
Watched = browser_tests.Watched
SAMPLE = "pentagon-iraq.html"  # the 313-word sample article


@pytest.fixture(scope="module")
def sample_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from reader import pipeline

    corpus = Path(shutil.copytree(CORPUS, tmp_path_factory.mktemp("corpus") / "corpus"))
    out = tmp_path_factory.mktemp("site")
    pipeline.build(corpus, out)
    return out


# The line breaks inside the Ukrainian text: how many, and the bad ones ("line starts with
# X"); a character starts a line when its box lies below the box of the character before it.
LINE_BREAKS = """() => {
  const OPEN = "«(", CLOSE = ",.;:!?…»)";
  const found = [];
  let breaks = 0;
  for (const block of document.querySelectorAll("main .uk, .masthead h1")) {
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    let previous = null;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.parentElement.closest(".acc")) continue;  // a stress mark has no box of its own
      for (let i = 0; i < node.data.length; i++) {
        const character = node.data[i];
        if (/\\s/.test(character)) continue;
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const box = range.getClientRects()[0];
        if (!box) continue;
        if (previous && box.top >= previous.bottom - 1) {
          const where = block.closest(".unit, h1").id + ": " + previous.character + "|" + character;
          breaks++;
          if (CLOSE.includes(character)) found.push("line starts with " + where);
          if (OPEN.includes(previous.character)) found.push("line ends with " + where);
        }
        previous = { character, bottom: box.bottom };
      }
    }
  }
  return { breaks, found };
}"""


@pytest.mark.parametrize("width", [360, 1280])
@pytest.mark.parametrize("name", ["pentagon-iraq.html", "na-vokzali.html", "rankova-kava.html"])
def test_no_line_starts_with_closing_punctuation_or_ends_with_an_opening_one(
    browser: playwright.Browser, sample_site: Path, width: int, name: str
) -> None:
    session = Watched(browser, viewport={"width": width, "height": 800})
    try:
        page = session.open((sample_site / name).as_uri())
        lines = page.evaluate(LINE_BREAKS)
        assert lines["breaks"] >= 5  # the text wraps: there are line starts to check
        assert lines["found"] == []
        assert session.problems == []
    finally:
        session.context.close()


def test_the_sample_article_prints_on_at_most_five_a4_pages(
    browser: playwright.Browser, sample_site: Path
) -> None:
    session = Watched(browser)
    try:
        page = session.open((sample_site / SAMPLE).as_uri())
        pdf = page.pdf(format="A4")  # the page's own @page margins
        pages = max(int(n) for n in re.findall(rb"/Count (\d+)", pdf))  # the page tree's root
        assert pages <= 5  # 21 with one vocabulary entry a block, the underlines, no @page

        page.emulate_media(media="print")
        # No glossed word is marked on paper: it reads as plain text.
        word = page.locator("main button.w").first
        assert word.evaluate("w => getComputedStyle(w).borderBottomStyle") == "none"
        assert word.evaluate("w => getComputedStyle(w).backgroundImage") == "none"
        # The vocabulary in columns, a short entry on one line: headword, part of speech,
        # translation.
        assert page.locator(".entries").evaluate("e => getComputedStyle(e).columnCount") == "3"
        lloyd = page.locator(".entries > li").filter(
            has=page.locator(".tr").get_by_text("Lloyd", exact=True)
        )
        assert lloyd.inner_text().split() == ["Ллойд", "proper", "noun", "Lloyd"]
        line = lloyd.evaluate("li => parseFloat(getComputedStyle(li).lineHeight)")
        assert lloyd.bounding_box()["height"] < 1.5 * line  # 4 lines when one entry a block
        assert session.problems == []
    finally:
        session.context.close()
