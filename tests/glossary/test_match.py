"""Matching on real sentences of the Pentagon article, written as `[form]{headword}`.

Each case is a sentence, a glossary (real YAML, through the real loader) and what a learner
sees: every glossed stretch in brackets, followed by the headword it opens.
"""

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.glossary import match
from reader.glossary.entries import load_glossary
from reader.glossary.spelling import key
from reader.model import Entry, Gloss, Glossary, Origin, Sense
from reader.text import segment
from tests.conftest import CORPUS

ARTICLE = (CORPUS / "texts" / "pentagon-iraq" / "uk.txt").read_text(encoding="utf-8")


def glossary(tmp_path: Path, yaml_text: str) -> Glossary:
    path = tmp_path / "glossary.yaml"
    path.write_text(yaml_text, encoding="utf-8")
    return load_glossary((path,))


def glosses(text: str, entries: Glossary) -> tuple[Gloss, ...]:
    assert text in ARTICLE, "cases are real sentences of the article"
    return match.match(segment.segment(text), entries)


def annotated(text: str, found: tuple[Gloss, ...]) -> str:
    """`[Пентагону]{Пентагон}`: each gloss in brackets, its headword in braces."""
    parts, position = [], 0
    for gloss in found:
        parts += [text[position : gloss.start], f"[{gloss.text}]{{{gloss.entry.headword}}}"]
        position = gloss.end
    return "".join(parts) + text[position:]


CASES = [
    # inflected forms find their dictionary form; proper names too
    (
        "Відповідну заяву оприлюднив глава Пентагону Ллойд Остін.",
        "заява: statement\nПентагон: the Pentagon\nоприлюднити: to make public\n",
        "Відповідну [заяву]{заява} [оприлюднив]{оприлюднити} глава [Пентагону]{Пентагон} "
        "Ллойд Остін.",
    ),
    # a multi-word entry in the nominative matches its inflected words
    (
        "США та Ірак розпочнуть засідання робочої групи Вищої військової комісії США та "
        "Іраку найближчими днями",
        "Вища військова комісія: Higher Military Commission\nробоча група: working group\n"
        "комісія: commission\nІрак: Iraq\n",
        "США та [Ірак]{Ірак} розпочнуть засідання [робочої групи]{робоча група} "
        "[Вищої військової комісії]{Вища військова комісія} США та [Іраку]{Ірак} "
        "найближчими днями",
    ),
    # a phrase in an oblique case is fixed; `війни` is a single word after it
    (
        'Там їх називають "дестабілізуючим чинником" після атак іранських проксі-сил на '
        "тлі війни в секторі Гази.",
        "на тлі: amid\nвійна: war\nсила: force\nчинник: factor\n",
        'Там їх називають "дестабілізуючим [чинником]{чинник}" після атак іранських '
        "проксі-[сил]{сила} [на тлі]{на тлі} [війни]{війна} в секторі Гази.",
    ),
    # longest phrase wins; the single word inside it is not glossed again
    (
        "США ввели свої війська в Ірак у 2014 році Пентагон відправив американських бійців "
        "у рамках боротьби проти ІДІЛ.",
        "у рамках: as part of\nу рамках боротьби: in the fight\nборотьба проти: fight "
        "against\nборотьба: fight\nвійсько: army\nрік: year\nІДІЛ: ISIS\n",
        "США ввели свої [війська]{військо} в Ірак у 2014 [році]{рік} Пентагон відправив "
        "американських бійців [у рамках боротьби]{у рамках боротьби} проти [ІДІЛ]{ІДІЛ}.",
    ),
    # в and у are one preposition inside a phrase; a verb phrase inflects
    (
        "Представники держав обговорять, чи можна буде покласти край військовій присутності "
        "США в Іраку і коли це зрештою може статися.",
        "у Іраку: in Iraq\nпокласти край: to put an end to\nможна: one may\n"
        "присутність: presence\n",
        "Представники держав обговорять, чи [можна]{можна} буде [покласти край]{покласти "
        "край} військовій [присутності]{присутність} США [в Іраку]{у Іраку} і коли це "
        "зрештою може статися.",
    ),
    # pronouns match their dictionary form; a phrase that is not all there is not glossed
    (
        "Він також зауважив, що це — крок до поглиблення співпраці у сфері безпеки для "
        "стабільності в Іраку та регіоні.",
        "він: he\nкрок: step\nсфера: sphere\nбезпека: security\nу сфері економіки: in economics\n",
        "[Він]{він} також зауважив, що це — [крок]{крок} до поглиблення співпраці у "
        "[сфері]{сфера} [безпеки]{безпека} для стабільності в Іраку та регіоні.",
    ),
]


@pytest.mark.parametrize(("text", "yaml_text", "expected"), CASES, ids=range(len(CASES)))
def test_glossed_sentence(tmp_path, text, yaml_text, expected):
    assert annotated(text, glosses(text, glossary(tmp_path, yaml_text))) == expected


def test_an_explicit_form_beats_a_lemma(tmp_path):
    # `сил` is a form of `сила`, but the teacher listed it as a form of `сили` "troops".
    entries = glossary(tmp_path, "сила: force\nсили:\n  en: forces, troops\n  forms: [сил]\n")
    text = "стабільність уряду та іракських сил безпеки"
    found = glosses(text, entries)
    assert annotated(text, found) == "стабільність уряду та іракських [сил]{сили} безпеки"
    assert found[0].grammar == "genitive plural"


def test_when_two_lemmas_are_headwords_the_likelier_parse_wins(tmp_path):
    entries = glossary(tmp_path, "рік: year\nрок: rock music\nйога: yoga\nвін: he\n")
    text = "США ввели свої війська в Ірак у 2014 році"
    assert annotated(text, glosses(text, entries)).endswith("у 2014 [році]{рік}")
    found = match.match(segment.segment("наприкінці року його"), entries)
    assert [(g.text, g.entry.headword) for g in found] == [("року", "рік"), ("його", "він")]


def test_grammar_of_the_occurrence_and_none_for_phrases(tmp_path):
    entries = glossary(tmp_path, "військо: army\nвиведення військ: withdrawal of troops\n")
    text = "Проте в Іраку віддають перевагу встановленню конкретної дати, аби виведення військ США"
    found = glosses(text, entries)
    assert [(g.text, g.grammar) for g in found] == [("виведення військ", "")]
    text = "публічні заклики уряду Іраку вивести американські війська з країни."
    # `американські` agrees (plural) and `вивести` takes an object: the form alone would
    # also be the genitive singular or the nominative plural
    assert [(g.text, g.grammar) for g in glosses(text, entries)] == [
        ("війська", "accusative plural")
    ]


def test_a_hyphenated_word_without_an_entry_glosses_its_last_part_unless_a_particle(tmp_path):
    entries = glossary(tmp_path, "сила: force\nперший: first\nякий: which\n")
    found = match.match(segment.segment("По-перше, атаки проксі-сил. Будь-який крок."), entries)
    assert [(g.text, g.entry.headword, g.grammar) for g in found] == [
        ("сил", "сила", "genitive plural")
    ]


def test_keys_fold_apostrophes_stress_and_case_but_display_keeps_the_text(tmp_path):
    entries = glossary(tmp_path, "зобовʼя́зання: commitment\n")
    text = "відображаючи наше зобов’язання поглибити співпрацю"
    (gloss,) = glosses(text, entries)
    assert gloss.text == "зобов’язання"
    assert gloss.entry.headword == "зобовʼя́зання"
    assert text[gloss.start : gloss.end] == gloss.text


def test_a_phrase_stays_inside_one_sentence(tmp_path):
    entries = glossary(tmp_path, "Остін про: Austin on\n")
    text = "— написав Остін.\n\nПро це він написав у X/Twitter."
    assert match.match(segment.segment(text), entries) == ()


def test_glosses_are_in_text_order_and_never_overlap(tmp_path):
    entries = glossary(
        tmp_path,
        "у сфері: in the field of\nсфера безпеки: security\nбезпека: security\n"
        "співпраця: cooperation\nІрак: Iraq\nсприяння: promotion\n",
    )
    found = match.match(segment.segment(ARTICLE), entries)
    assert len(found) > 20
    assert all(a.end <= b.start for a, b in zip(found, found[1:], strict=False))
    assert all(ARTICLE[g.start : g.end] == g.text for g in found)


ARTICLE_WORDS = sorted(
    {t.text for p in segment.segment(ARTICLE) for s in p.sentences for t in s.tokens if t.is_word}
)


@settings(max_examples=40, deadline=None)
@given(
    headwords=st.lists(st.sampled_from(ARTICLE_WORDS), max_size=30),
    phrases=st.lists(st.lists(st.sampled_from(ARTICLE_WORDS), min_size=2, max_size=3), max_size=8),
)
def test_any_glossary_gives_ordered_non_overlapping_glosses_that_quote_the_text(headwords, phrases):
    keys = {key(w) for w in headwords} | {key(" ".join(p)) for p in phrases}
    origin = Origin(Path("g.yaml"), 1)
    entries = tuple(Entry(k, k, (Sense("-"),), (), origin) for k in sorted(keys))
    found = match.match(segment.segment(ARTICLE), Glossary(entries, {e.key: e for e in entries}))
    assert all(a.end <= b.start for a, b in zip(found, found[1:], strict=False))
    assert all(ARTICLE[g.start : g.end] == g.text and g.text for g in found)
    assert {g.entry.key for g in found} <= keys
