"""The learner's loop in a real browser: lines that never start with punctuation, print.

The bundled sample corpus (corpus/) is built once by the real pipeline and opened in Debian's
Chromium, driven as in test_page_browser (whose `browser` fixture and checks are reused).
"""

from __future__ import annotations

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
