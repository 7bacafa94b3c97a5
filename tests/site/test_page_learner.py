"""The learner's loop in a real browser: listening, lines that never start with punctuation,
print.

The bundled sample corpus (corpus/) and the study corpus are built by the real pipeline and
opened in Debian's Chromium, driven as in test_page_browser (whose fixtures are reused).
Chromium here has no voices, so listening is tested with a stand-in `speechSynthesis`.
"""

from __future__ import annotations

import json
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


watched = browser_tests.watched  # a 1280 px context that fails on console errors, network
study_site = browser_tests.site  # tests/golden/corpus, as in test_page_browser


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
      if (node.parentElement.closest("r-s")) continue;  // a stress mark has no box of its own
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


# A stand-in for the browser's speech synthesis (Chromium here has no voices): it keeps what
# it was asked to say, and its voices are set by the test, now or later (`voiceschanged`).
SPEECH_STUB = """(voices) => {
  const listeners = [];
  window.spoken = [];
  const synth = {
    voices,
    getVoices() { return this.voices; },
    speak(u) { window.spoken.push([u.text, u.lang, u.voice.name]); },
    cancel() {},
    addEventListener(type, listener) { if (type === "voiceschanged") listeners.push(listener); },
  };
  window.setVoices = (next) => { synth.voices = next; listeners.forEach((l) => l()); };
  Object.defineProperty(window, "speechSynthesis", { value: synth, configurable: true });
  window.SpeechSynthesisUtterance = function (text) { this.text = text; };
}"""
UKRAINIAN = {"name": "Ukrainian (Lesya)", "lang": "uk-UA"}
ENGLISH = {"name": "English (US)", "lang": "en-US"}


def listening_page(watched: Watched, site: Path, voices: list[dict[str, str]]) -> playwright.Page:
    script = f"({SPEECH_STUB})({json.dumps(voices)})"
    watched.context.add_init_script(script=script)
    return watched.open((site / browser_tests.PAGE).as_uri())


def test_a_sentence_and_a_word_are_read_aloud_without_stress_marks(
    watched: Watched, study_site: Path
) -> None:
    page = listening_page(watched, study_site, [ENGLISH, UKRAINIAN])
    buttons = page.get_by_role("button", name="Listen to this sentence")
    playwright.expect(buttons).to_have_count(page.locator(".unit").count())  # headline too
    page.locator("#u2").get_by_role("button", name="Listen to this sentence").click()
    # The text has «за́мок» with a stress mark; the voice gets the word without it.
    assert page.evaluate("window.spoken") == [
        [
            "Над річкою стоїть старий замок, і на тлі неба він здається казковим.",
            "uk-UA",
            "Ukrainian (Lesya)",
        ]
    ]
    browser_tests.word(page, "брами").click()
    page.locator("#pop").get_by_role("button", name="Listen", exact=True).click()
    assert page.evaluate("window.spoken")[-1] == ["брами", "uk-UA", "Ukrainian (Lesya)"]
    # Still one inline policy, nothing loaded: speech is the browser's own.
    csp = page.locator("meta[http-equiv='Content-Security-Policy']").get_attribute("content")
    assert csp.startswith("default-src 'none';")


def test_without_a_ukrainian_voice_there_is_no_listen_button(
    watched: Watched, study_site: Path
) -> None:
    page = listening_page(watched, study_site, [ENGLISH])
    browser_tests.word(page, "брами").click()
    playwright.expect(page.locator("#pop")).to_be_visible()
    playwright.expect(page.get_by_role("button", name=re.compile("Listen"))).to_have_count(0)


def test_listen_buttons_appear_when_the_voices_arrive_late(
    watched: Watched, study_site: Path
) -> None:
    page = listening_page(watched, study_site, [])  # Chromium loads its voices after the page
    playwright.expect(page.get_by_role("button", name="Listen to this sentence")).to_have_count(0)
    page.evaluate("setVoices([{name: 'Ukrainian (Lesya)', lang: 'uk-UA'}])")
    page.locator("#u3").get_by_role("button", name="Listen to this sentence").click()
    assert page.evaluate("window.spoken") == [
        ["Біля брами я побачив іржавий замок.", "uk-UA", "Ukrainian (Lesya)"]
    ]
    page.evaluate("setVoices([])")  # the voice went away: so do the buttons
    playwright.expect(page.get_by_role("button", name="Listen to this sentence")).to_have_count(0)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_no_serious_problem_with_the_listen_buttons(
    browser: playwright.Browser, study_site: Path, scheme: str
) -> None:
    browser_tests.require(browser_tests.AXE.is_file(), "axe-core not found: run `npm ci`")
    context = browser.new_context(bypass_csp=True, color_scheme=scheme)
    try:
        context.add_init_script(script=f"({SPEECH_STUB})({json.dumps([UKRAINIAN])})")
        page = context.new_page()
        page.goto((study_site / browser_tests.PAGE).as_uri())
        browser_tests.word(page, "брами").click()
        playwright.expect(page.locator("#pop .speak-word")).to_be_visible()
        page.add_script_tag(path=str(browser_tests.AXE))
        violations = page.evaluate(
            "async () => (await axe.run()).violations"
            ".filter(v => v.impact === 'serious' || v.impact === 'critical').map(v => v.id)"
        )
        assert violations == []
    finally:
        context.close()
