"""The study page at scale: build a ~1 MB text, then load it and open words in Chromium.

    python bench/page.py ../shared/data/uk_iu_dev.sents.jsonl [--megabytes 1] [--entries 400]

The treebank's paragraphs are repeated until the Ukrainian text is about `--megabytes` of
UTF-8; each paragraph gets an English stand-in with one sentence per gold sentence and a
proportional length (so the aligner pairs them), and a glossary is generated from the
commonest lemmas of the text (every tenth entry a homograph, every fifth with a note). All of
it is written to a temporary corpus; nothing is kept.

Reported: the time to read and analyse the corpus and to render the page (targets: build
<= 3 s), with `--stages` the reading split per stage (glossary, source, segment, match,
align), with `--profile N` the N functions of the build with the most cumulative time
(cProfile; it slows the build), peak memory, the HTML size, the load time in Chromium
(target <= 1.5 s) and the time from a click on a word to its visible popover (target
<= 50 ms, see `measure_clicks` for how it is measured). `--page FILE` measures an existing
page in the browser and builds nothing (to compare two versions of the page).

The repeated paragraphs let per-word caches hit far more often than in a real article; for
the cost of text never seen before, build the treebank once (`--megabytes 0.1`, about 70k
characters) and scale up.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import resource
import statistics
import sys
import tempfile
import time
import tracemalloc
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

from reader import pipeline
from reader.align import pairing as align
from reader.corpus.files import locate
from reader.glossary import entries as glossary
from reader.glossary import match
from reader.language import morph
from reader.model import Corpus
from reader.site import render
from reader.text import segment, source

if TYPE_CHECKING:
    from playwright.sync_api import Page

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
ENGLISH = "the of and to in a is that for it as was with be by on not he this are or".split()
# The scripts below run in the page; `index` goes from 0 (the first glossed word) to 1 (the last).
# Puts the word in the middle of the screen; returns the centre of its box.
SHOW_WORD = """(index) => {
  const words = document.querySelectorAll("button.w");
  const word = words[Math.floor(index * (words.length - 1))];
  word.scrollIntoView({block: "center"});
  const box = word.getBoundingClientRect();
  return [box.left + box.width / 2, box.top + box.height / 2];
}"""
# The same for a word that is plain text (no gloss): the first word of three letters or more
# outside any button in the unit at `index`; returns the centre of the word and the word.
SHOW_PLAIN_WORD = """(index) => {
  const texts = document.querySelectorAll(".unit .uk");
  for (let n = Math.floor(index * (texts.length - 1)); n < texts.length; n++) {
    for (const node of texts[n].childNodes) {
      // a whole word inside this text node: a stress mark's span would split it in two
      const match = node.nodeType === 3
        && /[\\s«(]([\u0400-\u04ff]{3,})(?=[\\s,.;:!?»)])/.exec(node.data);
      if (!match) continue;
      texts[n].scrollIntoView({block: "center"});
      const range = document.createRange();
      const start = match.index + match[0].length - match[1].length;
      range.setStart(node, start);
      range.setEnd(node, start + match[1].length);
      const box = range.getBoundingClientRect();
      return [box.left + box.width / 2, box.top + box.height / 2, match[1]];
    }
  }
  return null;
}"""
# Whether the popover is open on the plain word, and the click's Event Timing duration.
OPENED_PLAIN = """(word) => {
  const pop = document.getElementById("pop");
  const open = getComputedStyle(pop).display !== "none"
    && pop.querySelector(".pop-word").textContent === word;
  const durations = window.benchClicks.splice(0);
  return open ? Math.max(0, ...durations) : -1;
}"""
# Records the Event Timing entry of every click: from the click (the mouse button's release)
# to the next frame presented on screen, in steps of 8 ms; a click under 16 ms has no entry.
OBSERVE_CLICKS = """() => {
  window.benchClicks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.name === "click") window.benchClicks.push(entry.duration);
    }
  }).observe({type: "event", durationThreshold: 16});
}"""
# Whether the popover is open on the word, and the click's Event Timing duration (0: < 16 ms).
OPENED = """(index) => {
  const words = document.querySelectorAll("button.w");
  const word = words[Math.floor(index * (words.length - 1))];
  const open = word.getAttribute("aria-expanded") === "true"
    && getComputedStyle(document.getElementById("pop")).display !== "none";
  const durations = window.benchClicks.splice(0);
  return open ? Math.max(0, ...durations) : -1;
}"""
# A click from script, then the time to the end of the next frame's rendering work; with
# `jump` the word is scrolled to just before, so that frame also lays out the text around it.
CLICK_TO_FRAME = """async ([index, jump]) => {
  const words = document.querySelectorAll("button.w");
  const word = words[Math.floor(index * (words.length - 1))];
  const frame = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
  if (jump) {
    word.scrollIntoView({block: "center"});
    await frame();
  }
  const start = performance.now();
  word.click();
  await frame();
  const shown = getComputedStyle(document.getElementById("pop")).display !== "none";
  const elapsed = performance.now() - start;
  document.dispatchEvent(new KeyboardEvent("keydown", {key: "Escape"}));
  return shown ? elapsed : -1;
}"""


def write_corpus(data: Path, folder: Path, megabytes: float, entries: int) -> tuple[int, int]:
    """Write uk.txt, en.txt and a glossary into folder; returns (paragraphs, entries)."""
    rows = [json.loads(line) for line in data.read_text("utf-8").splitlines() if line.strip()]
    uk, en, size = ["Сторінка для вимірювань"], ["A page for measurements"], 0
    while size < megabytes * 1_000_000:
        for row in rows:
            uk.append(row["text"])
            en.append(" ".join(_english(b - a) for a, b in row["sents"]))
            size += len(row["text"].encode("utf-8")) + 2
    text = folder / "texts" / "bench"
    text.mkdir(parents=True)
    (text / "uk.txt").write_text("\n\n".join(uk) + "\n", "utf-8")
    (text / "en.txt").write_text("\n\n".join(en) + "\n", "utf-8")
    words = Counter(
        w.strip("«»—–.,:;!?()\"'…").lower() for row in rows for w in row["text"].split()
    )
    lemmas: dict[str, None] = {}
    for word, _ in words.most_common():
        analyses = morph.analyse(word) if word.isalpha() else ()
        if analyses and analyses[0].pos in ("noun", "verb", "adjective", "adverb"):
            lemmas.setdefault(analyses[0].lemma)
        if len(lemmas) == entries:
            break
    (folder / "glossary").mkdir()
    lines = []
    for n, lemma in enumerate(lemmas):
        if n % 10 == 9:
            lines.append(f'"{lemma}":\n  - {{en: "sense one of {lemma}"}}\n  - {{en: "sense two"}}')
        elif n % 5 == 4:
            lines.append(
                f'"{lemma}":\n  en: "gloss {n}"\n  note: "A note on «{lemma}» for learners."'
            )
        else:
            lines.append(f'"{lemma}": "gloss {n}"')
    (folder / "glossary" / "bench.yaml").write_text("\n".join(lines) + "\n", "utf-8")
    return len(uk), len(lemmas)


def _english(characters: int) -> str:
    words = [ENGLISH[i % len(ENGLISH)] for i in range(max(1, characters // 6))]
    return " ".join(words).capitalize() + "."


def read_by_stage(corpus: Path) -> tuple[Corpus, dict[str, float]]:
    """The corpus read as `pipeline.read_corpus` reads it, one stage at a time, timed."""
    seconds: dict[str, float] = {}
    started = time.perf_counter()

    def lap(stage: str) -> None:
        nonlocal started
        now = time.perf_counter()
        seconds[f"stage_{stage}_s"] = now - started
        started = now

    files = locate(corpus)
    (text_files,) = files.texts
    shared = glossary.load_glossary(files.glossaries)
    lap("glossary")
    cleaned = source.read_source(text_files.uk)
    lap("source")
    paragraphs = segment.segment(cleaned.text)
    lap("segment")
    match.match(paragraphs, shared)
    lap("match")
    align.align(paragraphs, text_files.en)
    lap("align")
    return pipeline.read_corpus(corpus), seconds  # warm now: costs little, keeps the Text


def measure_build(
    corpus: Path, out: Path, memory: bool, stages: bool = False, profile: int = 0
) -> dict[str, float]:
    """Read + analyse, then render and write; seconds, memory, HTML size.

    Python's peak traced memory is measured only with `memory` (tracing makes the build
    several times slower, so the times are then not the ones to report). With `stages` the
    reading is timed stage by stage and read_and_analyse_s is their sum; with `profile` the
    build runs under cProfile and the top functions are printed to stderr.
    """
    if memory:
        tracemalloc.start()
    profiler = cProfile.Profile() if profile else None
    if profiler:
        profiler.enable()
    started = time.perf_counter()
    split: dict[str, float] = {}
    if stages:
        read, split = read_by_stage(corpus)
        analysed = started + sum(split.values())
    else:
        read = pipeline.read_corpus(corpus)
        analysed = time.perf_counter()
    (text,) = read.texts
    analysed_at = time.perf_counter()
    page = render.render_page(text)
    rendered = analysed + time.perf_counter() - analysed_at
    if profiler:
        profiler.disable()
        pstats.Stats(profiler, stream=sys.stderr).sort_stats("cumulative").print_stats(profile)
    peak = tracemalloc.get_traced_memory()[1] if memory else 0
    tracemalloc.stop()
    out.mkdir()
    (out / "bench.html").write_text(page, "utf-8")
    return {
        "read_and_analyse_s": analysed - started,
        **split,
        "render_s": rendered - analysed,
        **({"peak_traced_mb": peak / 1e6} if memory else {}),
        # ru_maxrss counts bytes on macOS, kB elsewhere
        "max_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        / (1e6 if sys.platform == "darwin" else 1e3),
        "html_mb": len(page.encode("utf-8")) / 1e6,
        "uk_mb": len(text.source.text.encode("utf-8")) / 1e6,
        "buttons": len(text.glosses),
        "units": sum(len(p) for p in text.units),
    }


def measure_browser(page_path: Path, clicks: int) -> dict[str, float]:
    """Load time (navigation start to the load event) and click-to-popover times."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as driver:
        browser = driver.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        loads = []
        for _ in range(3):
            context = browser.new_context(viewport={"width": 1280, "height": 900})
            page = context.new_page()
            page.goto(page_path.as_uri(), wait_until="load")
            timing = page.evaluate(
                "(() => { const n = performance.getEntriesByType('navigation')[0];"
                " return [n.domContentLoadedEventEnd, n.loadEventEnd]; })()"
            )
            loads.append(timing)
            if len(loads) < 3:
                context.close()
        figures = measure_clicks(page, clicks)
        started = time.perf_counter()
        words = page.locator("button.w")
        words.nth(min(clicks * 7, words.count() - 1)).click()
        page.locator("#pop").wait_for(state="visible")
        round_trip = time.perf_counter() - started
        context.close()
        browser.close()
    return {
        "dom_content_loaded_s": statistics.median(t[0] for t in loads) / 1e3,
        "load_s": statistics.median(t[1] for t in loads) / 1e3,
        **figures,
        "playwright_click_round_trip_ms": round_trip * 1e3,
    }


def measure_clicks(page: Page, clicks: int) -> dict[str, float]:
    """Milliseconds from a click on a word to its popover on screen, for words all over the page.

    Each word is scrolled to the middle of the screen and left 300 ms to be laid out and
    painted (a reader sees a word before clicking it). Then three figures, median and max:
    - click_to_popover: a real mouse click (Chromium's input pipeline: move, press, release,
      hit tests, focus), timed by the page's own Event Timing entry for the click, from the
      release to the next frame presented on screen (8 ms steps; under 16 ms counts as 16);
    - click_to_frame: the word's click() from script to the end of the next frame's work
      (requestAnimationFrame, then a task), finer grained but without input and presentation;
    - click_after_jump_to_frame: the same, one frame after scrolling to the word (as the
      bench measured until the page was cut into parts), so that frame also lays out the
      text just scrolled to: a click no reader can make, the worst case;
    - plain_click_to_popover: as click_to_popover, on a word with no gloss (plain text: the
      page finds the word under the pointer and its readings in the page's word table).
    """
    page.evaluate(OBSERVE_CLICKS)
    real, scripted, jumped, plain = [], [], [], []
    for n in range(clicks):
        index = (n + 0.5) / clicks
        x, y = page.evaluate(SHOW_WORD, index)
        page.wait_for_timeout(300)
        page.mouse.click(x, y)
        page.locator("#pop").wait_for(state="visible")
        page.wait_for_timeout(100)  # the entry is reported after the frame is presented
        real.append(float(page.evaluate(OPENED, index) or 16))
        page.keyboard.press("Escape")
        page.wait_for_timeout(100)
        scripted.append(page.evaluate(CLICK_TO_FRAME, [index, False]))
        page.wait_for_timeout(100)
        jumped.append(page.evaluate(CLICK_TO_FRAME, [1 - index, True]))
        page.wait_for_timeout(100)
        if not page.evaluate("document.getElementById('words') !== null"):
            continue  # a page from before every word opened a popover
        x, y, text = page.evaluate(SHOW_PLAIN_WORD, index)
        page.wait_for_timeout(300)
        page.mouse.click(x, y)
        page.locator("#pop").wait_for(state="visible")
        page.wait_for_timeout(100)
        plain.append(float(page.evaluate(OPENED_PLAIN, text) or 16))
        page.keyboard.press("Escape")
        page.wait_for_timeout(100)
    assert min(real + scripted + jumped + plain) >= 0, "a click did not open its word's popover"
    return {
        "click_to_popover_median_ms": statistics.median(real),
        "click_to_popover_max_ms": max(real),
        "click_to_frame_median_ms": statistics.median(scripted),
        "click_to_frame_max_ms": max(scripted),
        "click_after_jump_to_frame_median_ms": statistics.median(jumped),
        "click_after_jump_to_frame_max_ms": max(jumped),
        **(
            {
                "plain_click_to_popover_median_ms": statistics.median(plain),
                "plain_click_to_popover_max_ms": max(plain),
            }
            if plain
            else {}
        ),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", type=Path, nargs="?", help="uk_iu_dev.sents.jsonl")
    parser.add_argument("--megabytes", type=float, default=1.0)
    parser.add_argument("--entries", type=int, default=400)
    parser.add_argument("--clicks", type=int, default=30)
    parser.add_argument("--no-browser", action="store_true")
    parser.add_argument("--memory", action="store_true", help="trace memory (slows the build)")
    parser.add_argument("--stages", action="store_true", help="time each reading stage")
    parser.add_argument("--profile", type=int, default=0, metavar="N", help="cProfile top N")
    parser.add_argument("--keep", type=Path, help="keep the corpus and page in this new folder")
    parser.add_argument("--page", type=Path, help="only measure this page in the browser")
    options = parser.parse_args()
    if options.page:
        for name, value in measure_browser(options.page.resolve(), options.clicks).items():
            print(f"{name:36} {value:10.3f}")
        return
    if options.data is None:
        parser.error("the treebank file is needed to build a page (or give --page)")
    with tempfile.TemporaryDirectory() as temporary:
        folder = options.keep or Path(temporary)
        corpus = folder / "corpus"
        paragraphs, entries = write_corpus(options.data, corpus, options.megabytes, options.entries)
        print(f"corpus: {paragraphs} paragraphs, {entries} glossary entries", file=sys.stderr)
        figures = measure_build(
            corpus, folder / "site", options.memory, options.stages, options.profile
        )
        if not options.no_browser:
            figures |= measure_browser(folder / "site" / "bench.html", options.clicks)
    for name, value in figures.items():
        print(f"{name:36} {value:10.3f}" if isinstance(value, float) else f"{name:36} {value:10}")
    build = figures["read_and_analyse_s"] + figures["render_s"]
    print(f"{'build_s (target <= 3)':36} {build:10.3f}")


if __name__ == "__main__":
    main()
