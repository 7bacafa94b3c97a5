"""The bundled sample corpus, as a learner and a teacher meet it: complete, checked, glossed.

These tests read the real `corpus/` through the real code. They fail when a text loses its
translation, a paragraph drifts, a glossary entry lacks stress or part of speech, or a
set phrase of the sample texts stops being found.
"""

import functools
import hashlib
import re
import unicodedata

import pytest

from reader import pipeline
from reader.cli import cli
from reader.corpus import metadata
from reader.corpus.files import locate
from reader.glossary import entries as glossary
from reader.glossary import missing
from reader.model import Corpus
from reader.text import source
from tests.conftest import CORPUS

# The seed article is kept byte for byte as it was scraped (debris and glued words
# included): the cleaning stage is tested against it, so it must never be "tidied".
SEED = CORPUS / "texts" / "pentagon-iraq" / "uk.txt"
SEED_SHA256 = "7f3d513d83d7783dfa72da39c672420c95eeb7e65eab6bbb97ffe52658344438"

POS = {
    "noun",
    "verb",
    "adjective",
    "adverb",
    "preposition",
    "conjunction",
    "particle",
    "pronoun",
    "numeral",
    "proper noun",
    "phrase",
}
VOWELS = set("аеєиіїоуюя")
ACUTE = "\u0301"

FILES = locate(CORPUS)
TEXTS = {text.slug: text for text in FILES.texts}
SHARED = glossary.load_glossary(FILES.glossaries)


def _senses():
    return [(entry, sense) for entry in SHARED.entries for sense in entry.senses]


def _paragraphs(text: str) -> list[str]:
    return [p for p in re.split(r"\n[ \t]*\n", text.strip()) if p.strip()]


def test_the_seed_article_is_kept_exactly_as_scraped():
    assert hashlib.sha256(SEED.read_bytes()).hexdigest() == SEED_SHA256


def test_the_corpus_passes_a_strict_check(runner):
    result = runner.invoke(cli, ["check", "--strict", str(CORPUS)])

    assert result.exit_code == 0, result.output


def test_the_sample_builds_one_page_per_text_and_an_index(runner, tmp_path):
    result = runner.invoke(cli, ["build", str(CORPUS), "-o", str(tmp_path / "site")])

    assert result.exit_code == 0, result.output
    pages = sorted(p.name for p in (tmp_path / "site").glob("*.html"))
    assert pages == sorted(["index.html", *(f"{slug}.html" for slug in TEXTS)])


@pytest.mark.parametrize("slug", sorted(TEXTS))
def test_every_text_has_a_translation_paragraph_for_paragraph(slug):
    files = TEXTS[slug]
    assert files.en is not None, f"{slug} has no en.txt"
    meta = metadata.load_meta(files.meta)
    cleaned = source.read_source(files.uk, debris=meta.debris)

    uk = _paragraphs(cleaned.text)
    en = _paragraphs(files.en.read_text(encoding="utf-8"))

    assert len(en) == len(uk), f"{slug}: {len(uk)} Ukrainian paragraphs, {len(en)} English"


def test_the_seed_translation_has_headline_lead_and_nine_body_paragraphs():
    en = _paragraphs(TEXTS["pentagon-iraq"].en.read_text(encoding="utf-8"))

    assert len(en) == 11
    assert en[0].startswith("End of an era")


@pytest.mark.parametrize("slug", sorted(TEXTS))
def test_every_text_says_what_it_is(slug):
    meta = metadata.load_meta(TEXTS[slug].meta)

    assert meta.title_en and meta.source and meta.date and meta.tags
    assert meta.level in {"A1", "A2", "B1", "B2", "C1", "C2"}


def test_the_index_offers_a_range_of_levels():
    levels = {metadata.load_meta(files.meta).level for files in FILES.texts}

    assert {"A2", "B1", "B2"} <= levels


def test_both_apostrophes_occur_so_the_tool_meets_each():
    texts = [files.uk.read_text(encoding="utf-8") for files in FILES.texts]

    assert any(re.search(r"\w’\w", text) for text in texts)
    assert any(re.search(r"\w'\w", text) for text in texts)


def test_every_glossary_entry_has_stress_and_a_part_of_speech():
    for entry, sense in _senses():
        assert sense.stress, f"{entry.origin}: {entry.headword} has no stress"
        assert sense.pos in POS, f"{entry.origin}: {entry.headword} has pos {sense.pos!r}"


def test_stress_marks_one_vowel_in_every_word_of_several_syllables():
    for entry, sense in _senses():
        # NFC keeps the acute as a letter of its own (no Cyrillic letter precomposes with it)
        for word in re.split(r"[\s-]+", unicodedata.normalize("NFC", sense.stress)):
            letters = word.replace(ACUTE, "").casefold()
            syllables = sum(letter in VOWELS for letter in letters)
            marks = word.count(ACUTE)
            assert marks <= 1, f"{entry.origin}: {word} has {marks} stress marks"
            if syllables > 1:
                assert marks == 1, f"{entry.origin}: {word} has no stress mark"
                assert word[word.index(ACUTE) - 1].casefold() in VOWELS, f"{entry.origin}: {word}"


def test_a_teacher_wrote_at_least_forty_notes():
    notes = [sense.note for _, sense in _senses() if sense.note]

    assert len(notes) >= 40


def test_homographs_keep_both_stresses():
    (entry,) = [e for e in SHARED.entries if e.headword == "замок"]

    assert {(s.stress, s.en) for s in entry.senses} == {("замо́к", "lock"), ("за́мок", "castle")}


@functools.cache
def _corpus() -> Corpus:
    return pipeline.read_corpus(CORPUS)


def _glossed(slug: str) -> list[str]:
    """The text's glosses in the tests' notation: `[surface]{headword}`."""
    text = next(t for t in _corpus().texts if t.slug == slug)
    return [f"[{g.text}]{{{g.entry.headword}}}" for g in text.glosses]


@pytest.mark.parametrize(
    "gloss",
    [
        "[Ба більше]{ба більше}",
        "[на тлі]{на тлі}",
        "[у рамках]{у рамках}",
        "[покласти край]{покласти край}",
        "[віддають перевагу]{віддавати перевагу}",
        "[Вищої військової комісії]{Вища військова комісія}",
        "[секторі Гази]{сектор Гази}",
        "[Близькому Сході]{Близький Схід}",
        "[з посиланням на]{з посиланням на}",
        "[робочої групи]{робоча група}",
        "[найближчими днями]{найближчими днями}",
        # the text writes `в`, the teacher `у`: the same preposition
        "[в найближчому майбутньому]{у найближчому майбутньому}",
        # troops (the forces) and troops (the people) are different words
        "[війська]{військо}",
        "[військових]{військовий}",
        # the dictionary knows `можна` only as a form of `можний`
        "[можна]{можна}",
    ],
)
def test_the_set_phrases_and_traps_of_the_seed_article_are_glossed(gloss):
    assert gloss in _glossed("pentagon-iraq")


def test_the_dialogue_text_glosses_the_lock_and_the_berths():
    glossed = _glossed("na-vokzali")

    assert "[замок]{замок}" in glossed
    assert "[Нижніх]{нижній}" in glossed
    assert "[пів години]{пів години}" in glossed


def test_every_word_of_the_sample_texts_has_an_entry():
    # what `reader missing corpus` lists; numbers and Latin words (CNN, X/Twitter) are not words
    corpus = _corpus()

    offered = missing.find_missing(corpus.texts, corpus.glossary)
    # ...and the one fixed phrase the glossary explains word by word (`йтися`'s note)
    assert [(m.headword, m.kind) for m in offered] == [("йдеться про", "phrase")]
