"""The study page in a real browser: Debian's Chromium driven by Playwright, from file://.

The site is built once by the real pipeline from tests/golden/corpus. Every page opened
through the `page` fixture is watched: a console error, an uncaught exception or any request
that is not for a local file fails the test. Accessibility is checked with axe-core and
validity with the Nu HTML Checker (both from node_modules, `npm ci`).

Without Chromium or node_modules these tests skip locally and fail under CI (CI=true).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from reader import pipeline
from reader.site import words
from tests.conftest import ROOT, STUDY_CORPUS
from tests.site.test_render import write_long_text

playwright = pytest.importorskip("playwright.sync_api")
# The assertions wait for what a learner would see; on a machine busy with other work a new
# page can take longer than Playwright's default 5 s to show it.
playwright.expect.set_options(timeout=15_000)

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
PAGE = "staryi-zamok.html"
UNTRANSLATED = "zahublenyi-kliuch.html"
LONG = "dovhyi.html"
# The checker's CSS grammar predates `contain-intrinsic-size` (CSS Sizing 4) and
# `overflow-clip-margin` (CSS Overflow 4), both in every current browser; the page needs them
# so that off-screen parts of the text keep their height and on-screen ones are not cut short.
VNU_UNKNOWN_CSS = r".*Property “(contain-intrinsic-size|overflow-clip-margin)” doesn't exist.*"


def require(ready: bool, missing: str) -> None:
    """Skip when a tool is missing locally; under CI a missing tool is a failure."""
    if ready:
        return
    if os.environ.get("CI") == "true":
        pytest.fail(f"{missing} (CI=true, so this test may not be skipped)")
    pytest.skip(missing)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The study corpus plus a text without translation that shares two entries, and a long one."""
    built = tmp_path_factory.mktemp("built")
    corpus = Path(shutil.copytree(STUDY_CORPUS, built / "corpus"))
    other = corpus / "texts" / "zahublenyi-kliuch"
    other.mkdir()
    (other / "uk.txt").write_text(
        "Загублений ключ\n\nВчора я загубив ключ від дому. Сусідка знайшла його біля брами. "
        "Ми стали біля брами.\n",
        "utf-8",
    )
    glossed = corpus / "texts" / "povnyi"  # every word glossed (its own glossary adds two)
    glossed.mkdir()
    (glossed / "uk.txt").write_text("Старий ключ\n\nСтарий ключ від брами.\n", "utf-8")
    (glossed / "glossary.yaml").write_text("старий: old\nвід: from\n", "utf-8")
    write_long_text(corpus, copies=60)
    out = built / "site"
    pipeline.build(corpus, out)
    return out


def site_corpus(site: Path) -> Path:
    return site.parent / "corpus"


@pytest.fixture(scope="module")
def browser() -> Iterator[playwright.Browser]:
    require(CHROMIUM.is_file(), f"{CHROMIUM} not found: apt-get install chromium")
    with playwright.sync_playwright() as driver:
        launched = driver.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield launched
        launched.close()


class Watched:
    """A browser context whose pages report console errors and requests to the network."""

    def __init__(self, browser: playwright.Browser, **options: object) -> None:
        self.context = browser.new_context(**options)
        self.problems: list[str] = []
        self.context.route("**/*", self._route)

    def _route(self, route: playwright.Route) -> None:
        if route.request.url.startswith(("file://", "blob:", "data:")):
            route.continue_()
        else:
            self.problems.append(f"network request: {route.request.url}")
            route.abort()

    def open(self, url: str) -> playwright.Page:
        page = self.context.new_page()
        page.on("pageerror", lambda error: self.problems.append(f"uncaught: {error}"))
        page.on(
            "console",
            lambda message: (
                message.type in ("error", "warning")
                and self.problems.append(f"console {message.type}: {message.text}")
            ),
        )
        page.goto(url)
        return page


@pytest.fixture
def watched(browser: playwright.Browser) -> Iterator[Watched]:
    session = Watched(browser, viewport={"width": 1280, "height": 900})
    yield session
    session.context.close()
    assert session.problems == []


@pytest.fixture
def page(watched: Watched, site: Path) -> playwright.Page:
    return watched.open((site / PAGE).as_uri())


def word(page: playwright.Page, text: str) -> playwright.Locator:
    """The first glossed word spelled `text`, whatever stress mark the page gives it."""
    return page.locator("button.w", has_text=unstressed(text)).first


def unstressed(text: str) -> re.Pattern[str]:
    return re.compile("\u0301?".join(map(re.escape, text)))


# The centre of a word written as plain text (not inside any element) in a unit's Ukrainian.
PLAIN_WORD = r"""([unit, text]) => {
  const root = document.querySelector(`#${unit} .uk, #${unit} h1`);
  root.scrollIntoView({block: "center"});
  const pattern = new RegExp(`(?<![\\p{L}'])${text}(?![\\p{L}])`, "u");
  const nodes = root.childNodes;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i];
    if (node.nodeType !== 3) continue;
    let at = node.data.search(pattern);
    let end = at + text.length;
    const mark = nodes[i + 1];
    const rest = nodes[i + 2];
    // A stressed word: its letters up to the mark end this text node, the mark's span
    // follows, then the rest of the word; the range covers the first part.
    if (at < 0 && mark && mark.localName === "r-s" && rest && rest.nodeType === 3) {
      for (let k = text.length - 1; k > 0 && at < 0; k--) {
        const before = node.data.slice(0, node.data.length - k);
        if (node.data.endsWith(text.slice(0, k)) && !/[\p{L}']$/u.test(before)
            && rest.data.startsWith(text.slice(k))
            && !/^\p{L}/u.test(rest.data.slice(text.length - k))) {
          at = node.data.length - k;
          end = node.data.length;
        }
      }
    }
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, end);
    const box = range.getBoundingClientRect();
    return [box.left + box.width / 2, box.top + box.height / 2];
  }
  return null;
}"""


def click_plain_word(page: playwright.Page, unit: str, text: str) -> None:
    """A real mouse click on a word that is plain text in the unit (no button, no span)."""
    centre = page.evaluate(PLAIN_WORD, [unit, text])
    assert centre is not None, f"{text} is not plain text in #{unit}"
    page.mouse.click(*centre)


def test_a_word_opens_its_note_and_escape_returns_focus_to_it(page: playwright.Page) -> None:
    brama = word(page, "брами")
    brama.focus()
    page.keyboard.press("Enter")
    popover = page.locator("#pop")
    playwright.expect(popover).to_be_visible()
    playwright.expect(popover.locator(".entry-head")).to_have_text("бра́ма noun")
    playwright.expect(popover.locator(".tr")).to_have_text("gate")
    playwright.expect(popover.locator(".note")).to_contain_text("a garden gate is «хві\u0301ртка»")
    # `біля брами`: the preposition leaves one reading of the form's three
    playwright.expect(popover.locator(".pop-form")).to_have_text("бра\u0301ми genitive singular")
    page.keyboard.press("Escape")
    playwright.expect(popover).to_be_hidden()
    assert page.evaluate("document.activeElement.textContent") == "бра\u0301ми"


def test_an_unglossed_word_opens_its_dictionary_form_and_grammar_and_says_it_has_no_note(
    page: playwright.Page,
) -> None:
    click_plain_word(page, "u3", "побачив")
    popover = page.locator("#pop")
    playwright.expect(popover).to_be_visible()
    # the dictionary form with its stress, from the stress dictionary
    playwright.expect(popover.locator(".entry-head")).to_have_text("поба\u0301чити verb")
    playwright.expect(popover.locator(".pop-form")).to_have_text(
        "поба\u0301чив past tense, masculine"
    )
    playwright.expect(popover.locator(".pop-none")).to_have_text("no note yet")
    playwright.expect(popover.locator(".tr")).to_have_count(0)
    playwright.expect(popover.locator(".pop-other")).to_be_hidden()  # one reading left
    playwright.expect(popover).to_have_attribute("aria-label", "поба\u0301чити")
    # its mark is the page's own, which the Stress marks switch hides
    assert popover.locator(".entry-head .hw r-s").count() == 1
    # The word stays plain text; a highlight (no markup) shows which word is open.
    page.wait_for_function("CSS.highlights.has('reader-open')")
    assert page.evaluate("[...CSS.highlights.get('reader-open')][0].toString()") == "поба\u0301чив"
    # The same click again closes it; a click beside the text opens nothing.
    click_plain_word(page, "u3", "побачив")
    playwright.expect(popover).to_be_hidden()
    box = page.locator("#u3 .uk").bounding_box()
    page.mouse.click(box["x"] + box["width"] - 2, box["y"] + box["height"] - 2)
    playwright.expect(popover).to_be_hidden()


def test_a_word_the_sentence_leaves_ambiguous_shows_each_reading(
    watched: Watched, site: Path
) -> None:
    page = watched.open((site / UNTRANSLATED).as_uri())
    click_plain_word(page, "u3", "стали")
    popover = page.locator("#pop")
    playwright.expect(popover.locator(".entry-head")).to_have_text("ста\u0301ти verb")
    playwright.expect(popover.locator(".pop-form")).to_have_text("стали past tense, plural")
    playwright.expect(popover.locator(".pop-readings li")).to_have_text(
        ["ста\u0301нути verb past tense, plural"]
    )


def test_a_glossed_phrase_shows_its_note_and_no_readings_of_its_words(
    page: playwright.Page,
) -> None:
    word(page, "на тлі").click()
    playwright.expect(page.locator("#pop .tr")).to_have_text("against the background of")
    playwright.expect(page.locator("#pop .pop-other")).to_be_hidden()


def test_a_homograph_shows_every_sense_and_a_click_elsewhere_closes_it(
    page: playwright.Page,
) -> None:
    word(page, "замка").click()
    senses = page.locator("#pop .senses li")
    playwright.expect(senses).to_have_text(["за́мок noun castle", "замо́к noun lock"])
    word(page, "ключ").click()  # another word moves the one popover
    playwright.expect(page.locator("#pop .tr")).to_have_text("key")
    page.locator("#vocabulary h2").click()
    playwright.expect(page.locator("#pop")).to_be_hidden()


# True when the popover sits just under the open word (or just over it, near the bottom).
POPOVER_BESIDE_WORD = """() => {
  const word = document.querySelector("button.w[aria-expanded='true']").getBoundingClientRect();
  const pop = document.getElementById("pop").getBoundingClientRect();
  return Math.abs(pop.top - word.bottom - 6) < 1 || Math.abs(word.top - pop.bottom - 6) < 1;
}"""


def test_a_word_far_down_a_long_text_opens_beside_it_and_the_note_follows_the_scroll(
    watched: Watched, site: Path
) -> None:
    page = watched.open((site / LONG).as_uri())
    playwright.expect(page.locator(".part")).to_have_count(3)
    last = page.locator("button.w", has_text=unstressed("кав'ярні")).last  # in the last part
    last.click()
    popover = page.locator("#pop")
    playwright.expect(popover.locator(".entry-head")).to_have_text("кав'я́рня noun")
    page.wait_for_function(POPOVER_BESIDE_WORD)
    scrolled = page.evaluate("window.scrollY")
    page.mouse.move(5, 450)  # the wheel over the margin, not the popover
    page.mouse.wheel(0, 150)
    page.wait_for_function("(before) => window.scrollY > before", arg=scrolled)
    page.wait_for_function(POPOVER_BESIDE_WORD)
    playwright.expect(popover).to_be_visible()


def test_hide_all_then_reveal_one_sentence(page: playwright.Page) -> None:
    english = page.locator("main .en")
    playwright.expect(english).to_have_count(6)
    page.get_by_role("button", name="Hide all").click()
    for index in range(6):
        playwright.expect(english.nth(index)).to_be_hidden()
    page.locator("#u3 .reveal").click()
    playwright.expect(page.locator("#u3 .en")).to_have_text("By the gate I saw a rusty lock.")
    playwright.expect(page.locator("#u4 .en")).to_be_hidden()
    page.reload()  # self-test mode is remembered, revealed sentences are not
    playwright.expect(page.locator("#u3 .en")).to_be_hidden()
    page.get_by_role("button", name="Show all").click()
    for index in range(6):
        playwright.expect(english.nth(index)).to_be_visible()


def test_print_shows_every_translation_and_no_controls(page: playwright.Page) -> None:
    page.get_by_role("button", name="Hide all").click()
    page.get_by_role("button", name="Side by side").click()
    page.emulate_media(media="print")
    for index in range(6):
        playwright.expect(page.locator("main .en").nth(index)).to_be_visible()
    playwright.expect(page.locator(".controls")).to_be_hidden()
    playwright.expect(page.locator(".reveal").first).to_be_hidden()
    uk, en = page.locator("#u2 .uk").bounding_box(), page.locator("#u2 .en").bounding_box()
    assert en["y"] >= uk["y"] + uk["height"]  # under its sentence, not beside it
    playwright.expect(page.locator("#v4")).to_be_visible()


def test_side_by_side_puts_the_english_beside_the_ukrainian(page: playwright.Page) -> None:
    page.get_by_role("button", name="Side by side").click()
    uk, en = page.locator("#u2 .uk").bounding_box(), page.locator("#u2 .en").bounding_box()
    assert en["x"] > uk["x"] + uk["width"] and abs(en["y"] - uk["y"]) < 10
    page.set_viewport_size({"width": 360, "height": 740})  # a phone stacks them again
    uk, en = page.locator("#u2 .uk").bounding_box(), page.locator("#u2 .en").bounding_box()
    assert en["y"] >= uk["y"] + uk["height"]


def test_a_known_word_fades_everywhere_and_survives_a_reload(page: playwright.Page) -> None:
    word(page, "замок").click()
    page.get_by_role("button", name="I know this word").click()
    for button in page.locator("button.w[data-v='1']").all():
        playwright.expect(button).to_have_class("w known")
    playwright.expect(page.locator("#v1")).to_have_class("known")
    page.reload()
    playwright.expect(page.locator("button.w[data-v='1']").first).to_have_class("w known")
    playwright.expect(word(page, "ключ")).to_have_class("w")
    playwright.expect(page.locator(".known-count")).to_have_text("1 of 41")


def test_known_words_are_shared_by_every_page_of_the_site(
    page: playwright.Page, watched: Watched, site: Path
) -> None:
    word(page, "ключ").click()
    page.get_by_role("button", name="I know this word").click()
    other = watched.open((site / UNTRANSLATED).as_uri())
    playwright.expect(word(other, "ключ")).to_have_class("w known")
    playwright.expect(word(other, "брами")).to_have_class("w")
    playwright.expect(other.locator(".known-count")).to_have_text("1 of 14")


def test_a_page_without_translation_says_so_and_offers_no_translation_controls(
    watched: Watched, site: Path
) -> None:
    page = watched.open((site / UNTRANSLATED).as_uri())
    playwright.expect(page.locator(".notice")).to_have_text(
        "This text has no English translation yet: read it with the glossary below."
    )
    playwright.expect(page.get_by_role("button", name="Hide all")).to_have_count(0)
    page.keyboard.press("t")  # nothing to hide: the key does nothing, and nothing breaks
    word(page, "загубив").click()
    playwright.expect(page.locator("#pop .entry-head")).to_have_text("загуби́ти verb")


def test_word_states_export_to_a_file_and_import_elsewhere(
    page: playwright.Page, watched: Watched, site: Path, tmp_path: Path
) -> None:
    word(page, "ключ").click()
    page.get_by_role("button", name="I know this word").click()
    click_plain_word(page, "u3", "побачив")
    page.get_by_role("button", name="Learning").click()
    with page.expect_download() as download:
        page.get_by_role("button", name="Export").click()
    saved = tmp_path / "known.json"
    download.value.save_as(saved)
    exported = json.loads(saved.read_text("utf-8"))
    assert exported == {
        "format": "reader-known-words",
        "version": 2,
        "known": ["ключ"],
        "learning": ["побачити"],
    }

    fresh = watched.context.browser.new_context()  # another browser profile: nothing known
    try:
        other = fresh.new_page()
        other.goto((site / PAGE).as_uri())
        playwright.expect(other.locator(".known-count")).to_have_text("0 of 41")
        other.locator("#import-known").set_input_files(saved)
        playwright.expect(other.locator(".known-count")).to_have_text("1 of 41")
        playwright.expect(other.locator(".status")).to_have_text("Imported 2 new words.")
        playwright.expect(word(other, "ключ")).to_have_class("w known")
        click_plain_word(other, "u3", "побачив")
        playwright.expect(other.get_by_role("button", name="Learning")).to_have_attribute(
            "aria-pressed", "true"
        )
    finally:
        fresh.close()


def test_an_export_of_an_earlier_version_still_imports(
    watched: Watched, site: Path, tmp_path: Path
) -> None:
    """Earlier pages saved known glossary entries by id, in storage and in their files."""
    page = watched.open((site / PAGE).as_uri())
    brama = page.locator("#v4").get_attribute("data-id")
    kliuch = page.locator("#v5").get_attribute("data-id")
    old = tmp_path / "known-words.json"
    old.write_text(json.dumps({"format": "reader-known-words", "version": 1, "known": [kliuch]}))
    page.locator("#import-known").set_input_files(old)
    playwright.expect(page.locator(".status")).to_have_text("Imported 1 new words.")
    playwright.expect(word(page, "ключ")).to_have_class("w known")
    # A page keeps known words by lemma: the entry id became its entry's key.
    assert page.evaluate("localStorage.getItem('reader.known.v1')") == '["ключ"]'
    # An id left in storage by an earlier page counts too, and becomes a key the same way.
    page.evaluate(f"localStorage.setItem('reader.known.v1', '{json.dumps([brama])}')")
    page.reload()
    playwright.expect(word(page, "брами")).to_have_class("w known")
    assert page.evaluate("localStorage.getItem('reader.known.v1')") == '["брама"]'


def test_the_word_cursor_moves_within_the_sentence_and_enter_opens_the_word(
    page: playwright.Page,
) -> None:
    page.keyboard.press("j")  # the headline
    page.keyboard.press("j")  # the first sentence: Минулого літа ми поїхали до Кам'янця-…
    page.keyboard.press("ArrowRight")
    # (the status names the word as the page spells it, stress mark and all)
    playwright.expect(page.locator(".status")).to_have_text("Мину\u0301лого")
    for _ in range(3):
        page.keyboard.press("ArrowRight")
    playwright.expect(page.locator(".status")).to_have_text("пої\u0301хали")
    page.keyboard.press("Enter")
    popover = page.locator("#pop")
    playwright.expect(popover.locator(".entry-head")).to_have_text("пої\u0301хати verb")
    assert page.evaluate("document.activeElement.id") == "pop"  # the keyboard's focus moves in
    page.keyboard.press("ArrowLeft")  # with the popover open, the cursor opens as it goes
    playwright.expect(popover.locator(".entry-head")).to_have_text("ми pronoun")
    page.keyboard.press("Escape")
    playwright.expect(popover).to_be_hidden()
    assert page.evaluate("document.activeElement.id") == "u1"
    for _ in range(10):  # the cursor stays in its sentence: the last word is the last stop
        page.keyboard.press("ArrowRight")
    playwright.expect(page.locator(".status")).to_have_text("Кам'янця\u0301-Поді\u0301льського")
    playwright.expect(page.locator(".unit.current")).to_have_attribute("id", "u1")
    page.keyboard.press("j")  # the next sentence; the cursor starts at its first word again
    page.keyboard.press("ArrowRight")
    page.keyboard.press("ArrowRight")
    playwright.expect(page.locator(".status")).to_have_text("рі\u0301чкою")
    page.keyboard.press("Enter")  # a glossed word opens its note
    playwright.expect(popover.locator(".tr")).to_have_text("river")
    page.keyboard.press("Escape")
    word(page, "брами").focus()  # from a glossed word reached with Tab, the cursor goes on
    page.keyboard.press("ArrowRight")
    playwright.expect(page.locator(".status")).to_have_text("я")
    page.keyboard.press("?")
    playwright.expect(page.locator("#keys")).to_contain_text(
        "← / →previous / next word of the current sentence"
    )


# True when the plain words marked as learning (a CSS highlight) are exactly `words`.
LEARNING_MARKED = """(words) => {
  const marks = CSS.highlights.get("reader-learning");
  const spelled = (range) => range.toString().replace(/\\u0301/g, "");  // stress marks aside
  return [...marks].map(spelled).sort().join(" ") === words;
}"""


def test_learning_and_known_words_are_kept_by_lemma_across_pages(
    page: playwright.Page, watched: Watched, site: Path
) -> None:
    word(page, "ключ").click()
    page.get_by_role("button", name="Learning").click()
    playwright.expect(word(page, "ключ")).to_have_class("w learning")
    playwright.expect(page.locator("#v5")).to_have_class("learning")
    click_plain_word(page, "u3", "я")  # plain: no highlight to change, the popover says it
    page.get_by_role("button", name="I know this word").click()
    playwright.expect(page.locator("#pop .pop-known")).to_have_text("Known ✓ (undo)")
    playwright.expect(page.locator(".known-count")).to_have_text("1 of 41")
    other = watched.open((site / UNTRANSLATED).as_uri())
    playwright.expect(word(other, "ключ")).to_have_class("w learning")
    click_plain_word(other, "u1", "я")
    playwright.expect(other.locator("#pop .pop-known")).to_have_attribute("aria-pressed", "true")
    other.get_by_role("button", name="Known ✓ (undo)").click()  # back to new, on every page
    other.keyboard.press("Escape")
    click_plain_word(other, "u2", "знайшла")  # a plain word to learn
    other.get_by_role("button", name="Learning").click()
    playwright.expect(other.locator("#pop .pop-learning")).to_have_attribute("aria-pressed", "true")
    other.keyboard.press("Escape")
    # In the text, a plain learning word is marked by a highlight (green), the text unchanged.
    other.wait_for_function(LEARNING_MARKED, arg="знайшла")
    page.reload()
    click_plain_word(page, "u3", "я")
    playwright.expect(page.locator("#pop .pop-known")).to_have_text("I know this word")
    playwright.expect(page.locator(".known-count")).to_have_text("0 of 41")


def test_a_second_tap_on_the_open_word_steps_its_state(watched: Watched, site: Path) -> None:
    watched.context.close()
    watched.context = watched.context.browser.new_context(
        viewport={"width": 360, "height": 740}, is_mobile=True, has_touch=True
    )
    page = watched.open((site / PAGE).as_uri())
    kliuch = word(page, "ключ")
    kliuch.tap()
    playwright.expect(page.locator("#pop")).to_be_visible()
    kliuch.tap()
    playwright.expect(kliuch).to_have_class("w learning")
    kliuch.tap()
    playwright.expect(kliuch).to_have_class("w known")
    kliuch.tap()
    playwright.expect(kliuch).to_have_class("w")
    playwright.expect(page.locator(".status")).to_have_text("ключ: new")


def test_mark_the_rest_known_spares_learning_words_and_can_be_undone(
    page: playwright.Page,
) -> None:
    word(page, "ключ").click()
    page.get_by_role("button", name="Learning").click()
    page.keyboard.press("Escape")
    page.get_by_role("button", name="Mark the rest known").click()
    playwright.expect(page.locator(".status")).to_have_text("Marked 40 words known.")
    playwright.expect(page.locator(".known-count")).to_have_text("40 of 41")
    playwright.expect(word(page, "ключ")).to_have_class("w learning")
    playwright.expect(word(page, "брами")).to_have_class("w known")
    page.reload()  # kept
    click_plain_word(page, "u3", "побачив")
    playwright.expect(page.locator("#pop .pop-known")).to_have_attribute("aria-pressed", "true")
    page.keyboard.press("Escape")
    page.get_by_role("button", name="Mark the rest known").click()  # nothing new is left
    playwright.expect(page.locator(".status")).to_have_text("Marked 0 words known.")
    playwright.expect(page.get_by_role("button", name="Undo")).to_be_hidden()
    page.reload()
    word(page, "брами").click()
    page.get_by_role("button", name="Known ✓ (undo)").click()  # one word back to new
    page.keyboard.press("Escape")
    page.get_by_role("button", name="Mark the rest known").click()
    playwright.expect(page.locator(".status")).to_have_text("Marked 1 words known.")
    page.get_by_role("button", name="Undo").click()  # undoes that one marking only
    playwright.expect(page.locator(".status")).to_have_text("1 words are new again.")
    playwright.expect(word(page, "брами")).to_have_class("w")
    playwright.expect(page.locator(".known-count")).to_have_text("39 of 41")
    playwright.expect(word(page, "ключ")).to_have_class("w learning")


def test_the_index_shows_the_share_of_each_texts_words_the_learner_knows(
    watched: Watched, site: Path
) -> None:
    index = watched.open((site / "index.html").as_uri())
    playwright.expect(index.locator(".known-share").first).to_be_hidden()  # nothing known yet
    page = watched.open((site / PAGE).as_uri())
    page.get_by_role("button", name="Mark the rest known").click()
    index.reload()
    texts = {t.slug: t for t in pipeline.read_corpus(site_corpus(site)).texts}
    known = set(words.state_keys(texts["staryi-zamok"]))
    for slug in ("staryi-zamok", "zahublenyi-kliuch", "dovhyi"):
        counts = words.state_keys(texts[slug])
        share = sum(n for key, n in counts.items() if key in known) / sum(counts.values())
        playwright.expect(index.locator(f".known-share[data-text='{slug}']")).to_have_text(
            f"{round(100 * share)}% known"
        )
    assert 0 < share < 1  # dovhyi: the story's words, and the headline's of its own


def test_a_page_where_every_word_is_glossed_marks_words_by_state(
    watched: Watched, site: Path
) -> None:
    page = watched.open((site / "povnyi.html").as_uri())
    line = "(button) => getComputedStyle(button).borderBottomColor"
    kliuch = page.locator("#u1 button.w", has_text="ключ")
    marked = kliuch.evaluate(line)
    kliuch.click()
    page.get_by_role("button", name="I know this word").click()
    page.keyboard.press("Escape")
    assert kliuch.evaluate(line) == "rgba(0, 0, 0, 0)"  # known: plain text
    assert word(page, "брами").evaluate(line) == marked  # new: still marked
    page.get_by_role("button", name="Show glossed words").click()
    assert kliuch.evaluate(line) == marked  # every glossed word marked again
    page.reload()  # the switch is remembered
    assert page.locator("#u1 button.w", has_text="ключ").evaluate(line) == marked


def test_stress_marks_switch_off_and_stay_off(page: playwright.Page) -> None:
    # The dictionary's marks in the running text, and the one typed in uk.txt (за́мок).
    sentence = page.locator("#u2 .uk")
    assert sentence.inner_text().startswith(
        "Над рі\u0301чкою стої\u0301ть стари\u0301й за\u0301мок"
    )
    page.get_by_role("button", name="Stress marks").click()
    assert sentence.inner_text().startswith("Над річкою стоїть старий замок")
    assert "\u0301" not in page.locator("main .reading").inner_text()
    word(page, "брами").click()
    popover = page.locator("#pop")
    playwright.expect(popover.locator(".entry-head")).to_have_text(
        "брама noun", use_inner_text=True
    )
    playwright.expect(popover.locator(".pop-word")).to_have_text("брами", use_inner_text=True)
    # A mark the teacher wrote in a note is part of the note: the switch leaves it.
    playwright.expect(popover.locator(".note")).to_contain_text("«хві\u0301ртка»")
    # An unglossed word's dictionary form (поба́чити) loses its mark too.
    page.keyboard.press("Escape")
    click_plain_word(page, "u3", "побачив")
    playwright.expect(popover.locator(".entry-head")).to_have_text(
        "побачити verb", use_inner_text=True
    )
    page.keyboard.press("Escape")
    page.reload()
    assert page.locator("#v2 .entry-head").inner_text() == "річка noun"
    playwright.expect(page.get_by_role("button", name="Stress marks")).to_have_attribute(
        "aria-pressed", "false"
    )
    page.get_by_role("button", name="Stress marks").click()
    assert sentence.inner_text().startswith("Над рі\u0301чкою")


def test_a_word_whose_stress_depends_on_its_form_shows_each_in_the_popover(
    page: playwright.Page,
) -> None:
    # «іржавий замок»: castle or lock, the dictionary stresses them differently; no mark.
    lock = page.locator("#u3 button.w", has_text="замок")
    playwright.expect(lock).to_have_text("замок")
    lock.click()
    playwright.expect(page.locator("#pop .pop-stress")).to_have_text(
        "Stress depends on the form: за\u0301мок nominative/accusative singular; "
        "замо\u0301к nominative/accusative singular"
    )
    word(page, "брами").click()  # a word with one stress: no such line
    playwright.expect(page.locator("#pop .pop-stress")).to_be_hidden()
    # An unglossed word too: `років` is stressed either way (the dictionary has both): the
    # text shows one, the popover both.
    page.keyboard.press("Escape")
    playwright.expect(page.locator("#u4 .uk")).to_contain_text("сто ро\u0301ків тому\u0301")
    click_plain_word(page, "u4", "років")
    playwright.expect(page.locator("#pop .pop-stress")).to_have_text(
        "Either stress is right: ро\u0301ків; рокі\u0301в"
    )


def test_keys_move_between_sentences_and_toggle_translations(page: playwright.Page) -> None:
    page.keyboard.press("j")
    page.keyboard.press("j")
    page.keyboard.press("j")
    page.keyboard.press("k")
    playwright.expect(page.locator(".unit.current")).to_have_attribute("id", "u1")
    page.keyboard.press("t")
    playwright.expect(page.locator("#u1 .en")).to_be_hidden()
    page.keyboard.press("r")
    playwright.expect(page.locator("#u1 .en")).to_be_visible()
    page.keyboard.press("t")
    playwright.expect(page.locator("#u2 .en")).to_be_visible()
    page.keyboard.press("?")
    playwright.expect(page.locator("#keys")).to_be_visible()
    page.keyboard.press("Escape")
    playwright.expect(page.locator("#keys")).to_be_hidden()


def test_the_mark_of_the_current_sentence_is_not_cut_off(page: playwright.Page) -> None:
    page.keyboard.press("j")
    page.keyboard.press("j")
    # The mark is the sentence's left border, just outside the text column, where the
    # browser clips what it paints (and hit-tests) to the text's part unless told otherwise.
    marked = page.evaluate(
        """() => {
          const box = document.querySelector(".unit.current").getBoundingClientRect();
          return document.elementFromPoint(box.left + 1, box.top + box.height / 2).id;
        }"""
    )
    assert marked == "u1"


def test_the_index_links_to_the_page_without_network(watched: Watched, site: Path) -> None:
    index = watched.open((site / "index.html").as_uri())
    index.get_by_role("link", name="Старий замок над річкою").click()
    playwright.expect(index.locator("h1")).to_have_text("Стари\u0301й замок над рі\u0301чкою")


def test_without_javascript_everything_is_readable(browser: playwright.Browser, site: Path) -> None:
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto((site / PAGE).as_uri())
        for index in range(6):
            playwright.expect(page.locator("main .en").nth(index)).to_be_visible()
        playwright.expect(page.locator(".controls")).to_be_hidden()
        playwright.expect(page.locator(".reveal").first).to_be_hidden()
        playwright.expect(page.locator("#v4 .note")).to_be_visible()
    finally:
        context.close()


def test_nothing_scrolls_sideways_on_a_phone(watched: Watched, site: Path) -> None:
    watched.context.close()
    watched.context = watched.context.browser.new_context(
        viewport={"width": 360, "height": 740}, is_mobile=True, has_touch=True
    )
    page = watched.open((site / PAGE).as_uri())
    width = "document.documentElement.scrollWidth"
    assert page.evaluate(width) <= 360
    page.get_by_role("button", name="Side by side").click()
    page.get_by_role("button", name="Hide all").click()
    word(page, "загубили").tap()
    playwright.expect(page.locator("#pop")).to_be_visible()
    box = page.locator("#pop").bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= 360
    assert page.evaluate(width) <= 360
    index = watched.open((site / "index.html").as_uri())
    assert index.evaluate(width) <= 360


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_no_serious_accessibility_problem(
    browser: playwright.Browser, site: Path, scheme: str
) -> None:
    require(AXE.is_file(), f"{AXE} not found: run `npm ci`")
    # The page's CSP rightly refuses axe's injected script; only this check bypasses it.
    context = browser.new_context(bypass_csp=True, color_scheme=scheme)
    try:
        for name in (PAGE, UNTRANSLATED, "index.html"):
            page = context.new_page()
            page.goto((site / name).as_uri())
            if name == PAGE:
                page.get_by_role("button", name="Hide all").click()  # the placeholders too
                word(page, "брами").click()  # and the popover
            if name == UNTRANSLATED:
                click_plain_word(page, "u3", "стали")  # a plain word's, with two readings
            page.add_script_tag(path=str(AXE))
            violations = page.evaluate(
                "async () => (await axe.run()).violations"
                ".filter(v => v.impact === 'serious' || v.impact === 'critical')"
                ".map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', '))"
            )
            assert violations == [], name
    finally:
        context.close()


def test_pages_are_valid_html(site: Path) -> None:
    require(VNU.is_file(), f"{VNU} not found: run `npm ci`")
    java = shutil.which("java")
    require(java is not None, "java not found: apt-get install default-jre-headless")
    pages = sorted(str(p) for p in site.glob("*.html"))
    checked = subprocess.run(
        [java, "-jar", str(VNU), "--errors-only", "--filterpattern", VNU_UNKNOWN_CSS, *pages],
        capture_output=True,
        text=True,
        check=False,
    )
    assert (checked.returncode, checked.stdout + checked.stderr) == (0, "")
