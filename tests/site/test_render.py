"""The study page and the site index, built by the real pipeline from tests/golden/corpus.

The corpus is one short text (a trip to a castle) with an English translation, a glossary
with a homograph (за́мок castle / замо́к lock), a phrase (на тлі), notes, stress marks in the
text and an ampersand in a quoted name.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
import shutil
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from reader import pipeline
from reader.cli import cli
from reader.corpus.metadata import is_web_address
from reader.model import (
    Entry,
    Gloss,
    Origin,
    Paragraph,
    Sense,
    Sentence,
    Source,
    Text,
    TextMeta,
    Token,
    Unit,
    Word,
)
from reader.site import anki, render, units, words
from tests.conftest import GOLDEN, STUDY_CORPUS


def _study_text(corpus: Path) -> Text:
    (text,) = pipeline.read_corpus(corpus).texts
    return text


def _plain(fragment: str) -> str:
    """What a reader sees of an HTML fragment: tags dropped, entities decoded."""
    return html.unescape(re.sub(r"<[^>]+>", "", fragment))


def write_long_text(corpus: Path, copies: int) -> Path:
    """Text `dovhyi` in corpus: the study text's paragraphs `copies` times over, translated.

    The glossary folder is the study corpus's, unless corpus already has one.
    """
    story = STUDY_CORPUS / "texts" / "staryi-zamok"
    if not (corpus / "glossary").exists():
        shutil.copytree(STUDY_CORPUS / "glossary", corpus / "glossary")
    folder = corpus / "texts" / "dovhyi"
    folder.mkdir(parents=True)
    for name, title in (("uk.txt", "Довга розповідь"), ("en.txt", "A long story")):
        _, *paragraphs = (story / name).read_text("utf-8").strip().split("\n\n")
        (folder / name).write_text("\n\n".join([title, *paragraphs * copies]) + "\n", "utf-8")
    return folder


def _units(page: str) -> list[tuple[str, str]]:
    """Every unit of the reading text as (Ukrainian, English)."""
    found = re.findall(
        r'<div class="unit" id="u\d+">\n<p class="uk" lang="uk">(.*?)</p>\n'
        r'(?:<p class="en">(.*?)</p>)?',
        page,
    )
    return [(_plain(uk), _plain(en)) for uk, en in found]


def test_each_sentence_is_followed_by_its_translation(study_corpus: Path) -> None:
    page = render.render_page(_study_text(study_corpus))
    # Every word the dictionary stresses carries its mark; `за́мок` as typed in uk.txt; the
    # sentence picks `мину́лого лі́та` (genitive), `ми пили́`; no mark where the readings still
    # disagree (`замок`: за́мок or замо́к); of the dictionary's variants, both right, one
    # (`років`: ро́ків, as ро́ку).
    assert _units(page) == [
        (
            "Мину\u0301лого лі\u0301та ми пої\u0301хали до Кам'янця\u0301-Поді\u0301льського.",
            "Last summer we went to Kamianets-Podilskyi.",
        ),
        (
            "Над рі\u0301чкою стої\u0301ть стари\u0301й за\u0301мок, і на тлі не\u0301ба він "
            "здає\u0301ться казко\u0301вим.",
            "An old castle stands above the river, and against the sky it looks like "
            "something from a fairy tale.",
        ),
        (
            "Бі\u0301ля бра\u0301ми я поба\u0301чив іржа\u0301вий замок.",
            "By the gate I saw a rusty lock.",
        ),
        (
            "Екскурсово\u0301д сказа\u0301в, що ключ від цього\u0301 замка\u0301 загуби\u0301ли "
            "сто ро\u0301ків тому\u0301.",
            "The guide said that the key to this lock was lost a hundred years ago.",
        ),
        (
            "Уве\u0301чері ми пили\u0301 ка\u0301ву в мале\u0301нькій кав'я\u0301рні.",
            "In the evening we drank coffee in a small café.",
        ),
        (
            "Вона\u0301 назива\u0301лася «Ка\u0301ва & ті\u0301стечко».",
            'It was called "Coffee & Cake".',
        ),
    ]
    # The headline is the page's <h1>, its translation right under it.
    assert re.search(
        r'<h1 lang="uk">Стари<r-s>\u0301</r-s>й <button[^>]*>замок</button> над ',
        page,
    )
    assert '<p class="en">The old castle above the river</p>' in page


def test_a_long_text_keeps_every_sentence_in_order_in_parts_of_whole_paragraphs(
    study_corpus: Path, tmp_path: Path
) -> None:
    story = _units(render.render_page(_study_text(study_corpus)))
    write_long_text(tmp_path, copies=60)
    page = render.render_page(_study_text(tmp_path))
    assert _units(page) == story * 60
    # The browser lays out only the parts near the screen; each part closes at the end of the
    # paragraph that brings it to PART_CHARACTERS characters of text.
    reading = page[page.index('<article class="reading"') : page.index("</article>")]
    parts = reading.split('<div class="part">')[1:]
    assert len(parts) == 3
    for part in parts:
        sizes = [
            # (the text's own length: the dictionary's marks are not in it, the typed one is)
            sum(
                len(uk) - uk.count("\u0301") + ("за\u0301мок" in uk) + len(en)
                for uk, en in _units(paragraph)
            )
            for paragraph in part.split('<div class="par">')[1:]
        ]
        if part is not parts[-1]:
            assert sum(sizes[:-1]) < units.PART_CHARACTERS <= sum(sizes)
        else:
            assert 0 < sum(sizes) < units.PART_CHARACTERS


def test_glossed_words_are_buttons_that_carry_the_grammar_of_this_form(
    study_corpus: Path,
) -> None:
    text = _study_text(study_corpus)
    page = render.render_page(text)
    buttons = re.findall(
        r'<button class="w" data-v="(\d+)"(?: data-g="(\d+)")?(?: data-s="\d+")?>(.*?)</button>',
        page,
    )
    stressed = {w.start: w.stressed for w in text.words}
    assert [_plain(word) for _, _, word in buttons] == [
        stressed.get(g.start) if g.end - g.start == len(stressed.get(g.start) or "") - 1 else g.text
        for g in text.glosses
    ]
    # Each distinct grammar string is written once; a button names it by number.
    grammars = re.search(r'<template id="grammar">\n(.*?)</template>', page, re.S).group(1)
    grammars = [_plain(g) for g in re.findall(r"<li>(.*?)</li>", grammars)]
    assert len(grammars) == len(set(grammars))
    for (_, grammar, _), gloss in zip(buttons, text.glosses, strict=True):
        assert (grammars[int(grammar)] if grammar else "") == gloss.grammar
    brama = next(g for _, g, word in buttons if _plain(word).replace("\u0301", "") == "брами")
    assert grammars[int(brama)] == "genitive singular"  # `Біля брами`: біля + genitive
    # The phrase is one button; a phrase has no grammar of its own.
    assert '<button class="w" data-v="3">на тлі</button>' in page


def test_vocabulary_lists_entries_in_order_of_first_use_with_counts(
    study_corpus: Path,
) -> None:
    page = render.render_page(_study_text(study_corpus))
    vocabulary = page[page.index('<section class="vocabulary"') :]
    heads = [_plain(h) for h in re.findall(r'<p class="entry-head">(.*?)</p>', vocabulary)]
    assert heads == [
        "замок",
        "рі́чка noun",
        "на тлі",
        "бра́ма noun",
        "ключ",
        "загуби́ти verb",
        "кав'я́рня noun",
    ]
    counts = re.findall(r'<span class="count">(\d+)×</span>', vocabulary)
    assert counts == ["4", "2", "1", "1", "1", "1", "1"]
    # The forms met in the text, once per spelling, and where the teacher wrote the entry.
    assert '<span lang="uk">замок, замка</span>' in vocabulary
    assert re.search(
        r'<span class="origin"[^>]*>[^<]*corpus/glossary/words.yaml:9</span>', vocabulary
    )
    assert "The big gate of a castle or a city; a garden gate is «хві\u0301ртка»." in vocabulary


def test_a_homograph_shows_each_of_its_senses(study_corpus: Path) -> None:
    page = render.render_page(_study_text(study_corpus))
    entry = re.search(
        r'<li id="v1" data-id="[^"]+" data-key="[^"]+">.*?<ol class="senses">(.*?)</ol>', page, re.S
    )
    senses = [_plain(s) for s in re.findall(r"<li>(.*?)</li>", entry.group(1))]
    assert senses == ["за́мок noun castle", "замо́к noun lock"]


def test_stress_marks_in_the_text_can_be_switched_off(study_corpus: Path) -> None:
    page = render.render_page(_study_text(study_corpus))
    # Each combining acute sits in its own span, which the `no-stress` class hides.
    assert "за<r-s>\u0301</r-s>мок" in page
    assert ".no-stress r-s {\n  display: none;\n}" in page


def test_a_text_without_translation_builds_and_says_so(tmp_path: Path) -> None:
    folder = tmp_path / "texts" / "lyst"
    folder.mkdir(parents=True)
    (folder / "uk.txt").write_text("Лист\n\nДякую за твій лист. Я відповім завтра.\n", "utf-8")
    page = render.render_page(_study_text(tmp_path))
    assert "This text has no English translation yet" in page
    assert 'class="en"' not in page and 'data-action="hide-en"' not in page
    assert _units(page) == [
        ("Дякую за твій лист.", ""),  # the dictionary has дя́кую and дяку́ю
        ("Я відпові\u0301м за\u0301втра.", ""),
    ]


def test_the_page_allows_only_its_own_inline_style_and_scripts(study_corpus: Path) -> None:
    page = render.render_page(_study_text(study_corpus))
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page).group(1)
    blocks = re.findall(r"<(style|script)>(.*?)</\1>", page, re.S)
    assert [kind for kind, _ in blocks] == ["style", "script", "script", "script", "script"]

    def hashed(kind: str) -> str:
        digests = [hashlib.sha256(code.encode()).digest() for k, code in blocks if k == kind]
        return " ".join(f"'sha256-{base64.b64encode(d).decode()}'" for d in digests)

    assert policy == (
        f"default-src 'none'; style-src {hashed('style')}; script-src {hashed('script')}; "
        "base-uri 'none'; form-action 'none'"
    )
    # Nothing is fetched: no external scripts, stylesheets, images or fonts.
    assert not re.search(r"<(link|img|iframe)|\ssrc=|url\(|@import|@font-face", page)


def test_without_javascript_the_controls_are_hidden_and_translations_shown(
    study_corpus: Path,
) -> None:
    page = render.render_page(_study_text(study_corpus))
    style = re.search(r"<style>(.*?)</style>", page, re.S).group(1)
    assert ".controls,\n.reveal,\n.status {\n  display: none;\n}" in style
    # Translations are hidden only under `.js.hide-en`, a class only the script sets.
    assert re.findall(r"^(.*) \.en \{\n  display: none;", style, re.M) == [
        ".js.hide-en .unit:not(.open)"
    ]


def test_index_lists_each_text_with_level_size_and_glossed_share(study_corpus: Path) -> None:
    text = _study_text(study_corpus)
    text = replace(text, meta=TextMeta(title_en="The old castle", level="A2"))
    index = render.render_index((text,))
    assert '<h2><a href="staryi-zamok.html" lang="uk">Старий замок над річкою</a></h2>' in index
    assert '<p class="title-en" lang="en">The old castle</p>' in index
    facts = _plain(re.search(r'<ul class="facts">(.*?)</ul>', index, re.S).group(1)).split()
    stats = render.text_stats(text)
    assert stats.words == 50 and stats.sentences == 7 and stats.glossed_words == 12
    assert facts == ["A2", "50", "words", "7", "sentences", "24%", "glossed"]


def test_building_twice_gives_the_same_bytes(runner, study_corpus: Path, tmp_path: Path) -> None:
    first, second = tmp_path / "one", tmp_path / "two"
    for out in (first, second, first):  # the third build rewrites the first site in place
        result = runner.invoke(cli, ["build", str(study_corpus), "-o", str(out)])
        assert result.exit_code == 0, result.output
    names = sorted(p.name for p in first.iterdir() if p.is_file())  # not .reader-cache/
    assert names == [".reader-site", "index.html", "staryi-zamok.html"]
    for name in names:
        assert (first / name).read_bytes() == (second / name).read_bytes()


def test_build_refuses_a_folder_it_did_not_write_and_deletes_nothing(
    runner, study_corpus: Path, tmp_path: Path
) -> None:
    out = tmp_path / "notes"
    out.mkdir()
    (out / "plan.txt").write_text("my lesson plan\n", "utf-8")
    result = runner.invoke(cli, ["build", str(study_corpus), "-o", str(out)])
    assert result.exit_code == 1
    assert result.output == (
        f"Error: {out}: folder is not empty and was not written by reader; "
        "choose an empty folder with -o, or add --force to write into it anyway\n"
    )
    assert sorted(p.name for p in out.iterdir()) == ["plan.txt"]

    result = runner.invoke(cli, ["build", str(study_corpus), "-o", str(out), "--force"])
    assert result.exit_code == 0, result.output
    assert (out / "plan.txt").read_text("utf-8") == "my lesson plan\n"
    assert (out / "staryi-zamok.html").is_file()


def _golden_pages(monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    monkeypatch.chdir(GOLDEN)  # so the pages name the glossary as corpus/glossary/words.yaml
    corpus = pipeline.read_corpus(Path(STUDY_CORPUS.name))
    pages = {t.slug: render.render_page(t) for t in corpus.texts}
    pages["index"] = render.render_index(corpus.texts)
    return pages


_INLINE_BLOCK = re.compile(r"(<(script|style)>)(.*?)(</\2>)", re.S)


def _body(page: str) -> str:
    """The page's <body> as a reviewer reads it: inlined scripts shown by name, not content."""
    body = page[page.index("<body") : page.index("</body>") + len("</body>")] + "\n"
    return _INLINE_BLOCK.sub(r"\1…\4", body)


def test_golden_pages(monkeypatch: pytest.MonkeyPatch, update_golden: bool) -> None:
    """The study corpus builds to the checked-in page bodies; `pytest --update-golden` rewrites
    them. The inlined CSS and JS are left out here and checked by hash below, so a golden diff
    is a diff of content."""
    for name, page in _golden_pages(monkeypatch).items():
        golden = GOLDEN / f"{name}.body.html"
        if update_golden:
            golden.write_text(_body(page), "utf-8", newline="\n")
        assert golden.is_file(), f"{golden} is missing: run pytest --update-golden"
        assert _body(page) == golden.read_text("utf-8"), f"{name} differs: review, --update-golden"


def test_inlined_assets_are_the_reviewed_files(
    monkeypatch: pytest.MonkeyPatch, update_golden: bool
) -> None:
    """Each page inlines its stylesheets and scripts whole, and each file is the version whose
    hash tests/golden/assets.sha256 records: a CSS or JS change is reviewed as such."""
    templates = Path(render.__file__).parent / "templates"
    assets = sorted(p for p in templates.iterdir() if p.suffix in (".css", ".js"))
    digests = "".join(f"{hashlib.sha256(p.read_bytes()).hexdigest()}  {p.name}\n" for p in assets)
    record = GOLDEN / "assets.sha256"
    if update_golden:
        record.write_text(digests, "utf-8", newline="\n")
    assert digests == record.read_text("utf-8"), "an asset changed: review, --update-golden"

    pages = _golden_pages(monkeypatch)
    inlined = {
        name: [m.group(3) for m in _INLINE_BLOCK.finditer(page)] for name, page in pages.items()
    }
    text = {p.name: p.read_text("utf-8").strip() + "\n" for p in assets}
    assert inlined["staryi-zamok"] == [
        text["base.css"] + text["page.css"],
        text["head.js"],
        text["words.js"],
        text["states.js"],
        text["page.js"],
    ]
    assert inlined["index"] == [text["base.css"] + text["index.css"], text["index.js"]]


# Any text, note or metadata renders as text: the page's markup never changes with content.

TEXT = st.text(
    st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\u0301\u0300"),
    min_size=1,
    max_size=40,
).filter(lambda s: s.strip() == s and s)


class _Markup(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.data: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)

    def handle_endtag(self, tag: str) -> None:
        self.tags.append("/" + tag)

    def handle_data(self, data: str) -> None:
        self.data.append(data)


def _any_text(words: str, headword: str, note: str, english: str, meta: str) -> Text:
    """A one-sentence text that is wholly one glossed word, with every field set."""
    sentence = Sentence(words, 0, len(words), (Token(words, 0, len(words), "word"),))
    sense = Sense(en=english, stress=headword, pos=meta, note=note)
    entry = Entry(headword, headword, (sense,), (), Origin(Path(meta), 1))
    return Text(
        slug="any",
        meta=TextMeta(title_en=meta, source=meta, url=meta, date=meta, level=meta, tags=(meta,)),
        source=Source(Path("uk.txt"), words, meta, (meta,), (), ()),
        paragraphs=(Paragraph(words, 0, len(words), (sentence,)),),
        words=(Word(0, len(words), (), (words,)),),
        units=((Unit((sentence,), english),),),
        glosses=(Gloss(entry, 0, len(words), words, meta),),
        has_translation=True,
    )


@settings(max_examples=60, deadline=None)
@given(words=TEXT, headword=TEXT, note=TEXT, english=TEXT, meta=TEXT)
def test_any_input_renders_as_text_never_as_markup(
    words: str, headword: str, note: str, english: str, meta: str
) -> None:
    assume(words != meta)  # a text whose first paragraph is its title renders it as the <h1>
    # A web address (`HTTP:` is one) becomes the source's link: tests/site/test_links.py.
    assume(not is_web_address(meta))
    plain = _Markup()
    plain.feed(render.render_page(_any_text("слово", "слово", "n", "e", "m")))
    page = _Markup()
    page.feed(render.render_page(_any_text(words, headword, note, english, meta)))
    assert page.tags == plain.tags
    data = "".join(page.data)
    for value in (words, note, english, meta):
        assert value in data


def test_the_index_lists_texts_easiest_first(runner, tmp_path):
    from reader.cli import cli
    from tests.conftest import CORPUS

    site = tmp_path / "site"
    assert runner.invoke(cli, ["build", str(CORPUS), "-o", str(site)]).exit_code == 0

    index = (site / "index.html").read_text(encoding="utf-8")
    order = [
        index.index(f'href="{slug}.html"')
        for slug in ("rankova-kava", "na-vokzali", "pentagon-iraq")
    ]
    assert order == sorted(order)


def _table(page: str, block: str = "words") -> dict:
    found = re.search(rf'<script type="application/json" id="{block}">(.*?)</script>', page, re.S)
    return json.loads(found.group(1))


def _decoded(table: dict, number: int) -> list[tuple[str, str, str]]:
    flat = table["readings"][number]
    return [
        (table["lemmas"][flat[i]], table["pos"][flat[i + 1]], table["grammar"][flat[i + 2]])
        for i in range(0, len(flat), 3)
    ]


def test_every_word_of_the_page_has_its_readings_in_the_word_table(study_corpus: Path) -> None:
    text = _study_text(study_corpus)
    table = _table(render.render_page(text))
    # The browser finds the words of each unit in its text, in order; the table has one reading
    # set for each. Taken together they are the text's words, each with its readings.
    found = []
    for number, (uk, _) in enumerate(_units(render.render_page(text))):
        spans = list(words.WORD.finditer(uk))
        sets = table["units"][number + 1]  # unit 0 is the headline
        assert len(sets) == len(spans)
        # (the page spells them with their stress marks; the words are the same)
        found += [
            (m.group().replace("\u0301", ""), _decoded(table, n))
            for m, n in zip(spans, sets, strict=True)
        ]
    # a lemma is written with its stress where the stress dictionary has one for it
    assert ("побачив", [("поба\u0301чити", "verb", "past tense, masculine")]) in found
    found = [(w, [(lemma.replace("\u0301", ""), *rest) for lemma, *rest in r]) for w, r in found]
    headline = text.source.title
    body = [w for w in text.words if w.start >= len(headline)]
    source = text.source.text
    assert found == [
        (source[w.start : w.end].replace("\u0301", ""), [tuple(r) for r in words.readings(w)])
        for w in body
    ]
    assert ("побачив", [("побачити", "verb", "past tense, masculine")]) in found
    # Each distinct reading set is written once, the commonest first.
    assert len({tuple(r) for r in table["readings"]}) == len(table["readings"])
    uses = [sum(sets.count(n) for sets in table["units"]) for n in range(len(table["readings"]))]
    assert uses[1:] == sorted(uses[1:], reverse=True)


def test_a_longer_text_shares_the_readings_of_its_repeated_words(
    study_corpus: Path, tmp_path: Path
) -> None:
    short = _table(render.render_page(_study_text(study_corpus)))
    write_long_text(tmp_path, copies=60)
    long = _table(render.render_page(_study_text(tmp_path)))
    # 60 copies of the story (and a headline of its own): the same reading sets, plus the
    # headline's words; only the per-unit lists of numbers grow.
    assert len(long["units"]) == 1 + 60 * (len(short["units"]) - 1)
    assert len(long["readings"]) <= len(short["readings"]) + 2


def test_a_word_the_browser_finds_that_is_no_word_token_opens_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "texts" / "litak"
    folder.mkdir(parents=True)
    (folder / "uk.txt").write_text("Літак\n\nНад містом пролетів Су-25.\n", "utf-8")
    table = _table(render.render_page(_study_text(tmp_path)))
    # `Су-25` is one token, a code; the browser's WORD still finds `Су` in it: reading set 0.
    assert [_decoded(table, n)[0][0] if n else None for n in table["units"][1]] == [
        "над",
        "мі\u0301сто",
        "пролеті\u0301ти",
        None,
    ]
    assert table["readings"][0] == []


def test_the_page_counts_each_word_under_its_entry_or_its_first_lemma(study_corpus: Path) -> None:
    text = _study_text(study_corpus)
    table = _table(render.render_page(text))
    keys = [table["lemmas"][n] for n in table["keys"]]
    assert len(keys) == len(set(keys))
    # The words of a glossed phrase count under the phrase (`на тлі`, not `тля` "aphid"),
    # a glossed word under its entry, any other word under its first lemma.
    assert "на тлі" in keys and "тля" not in keys
    assert {"замок", "брама", "побачити", "я"} <= set(keys)
    assert set(keys) == set(words.state_keys(text))


def test_the_index_carries_each_texts_lemma_keys_with_their_counts(study_corpus: Path) -> None:
    text = _study_text(study_corpus)
    data = _table(render.render_index((text,)))
    pairs = data["texts"]["staryi-zamok"]
    counts = {data["keys"][k]: n for k, n in zip(pairs[::2], pairs[1::2], strict=True)}
    assert sum(counts.values()) == render.text_stats(text).words == 50
    assert counts["замок"] == 4  # the entry's four uses: замок, замок, замка, and the headline's
    assert counts["на тлі"] == 2  # a phrase counts each of its words
    # Known words saved by entry id (earlier versions) are found through the entries' ids.
    kliuch = next(g.entry for g in text.glosses if g.entry.key == "ключ")
    assert data["keys"][data["ids"][kliuch.id]] == "ключ"


def test_a_data_block_cannot_end_its_script_element() -> None:
    block = words.data_block({"note": "</script><script>alert(1)</script><!--"})
    assert "<" not in block
    assert json.loads(block) == {"note": "</script><script>alert(1)</script><!--"}


def test_a_headword_without_the_teachers_stress_shows_the_dictionarys(tmp_path: Path) -> None:
    (tmp_path / "glossary").mkdir()
    (tmp_path / "glossary" / "words.yaml").write_text(
        "виведення: withdrawal\nзамок: castle\nбрама:\n  en: gate\n  stress: бра\u0301ма\n",
        "utf-8",
    )
    folder = tmp_path / "texts" / "vyvedennia"
    folder.mkdir(parents=True)
    (folder / "uk.txt").write_text("Виведення військ від брами замку.\n", "utf-8")
    text = _study_text(tmp_path)
    page = render.render_page(text)
    heads = re.findall(r'<p class="entry-head"><span class="hw" lang="uk">(.*?)</span> ?<', page)
    # The dictionary's ви́ведення; the teacher's бра́ма; замок has two stresses: as written.
    assert [_plain(h) for h in heads] == ["ви\u0301ведення", "бра\u0301ма", "замок"]
    # The Anki card's Stress field alike.
    assert [fields[1] for _, fields, _ in anki.anki_notes((text,))] == [
        "ви\u0301ведення",
        "бра\u0301ма",
        "замок",
    ]
