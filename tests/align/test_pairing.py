"""Alignment: en.txt paragraphs pair with uk.txt's, sentences pair by Gale-Church.

Ukrainian paragraphs are written in a notation a linguist can read, `|` between sentences
('Перше речення.| Друге.'), so these tests do not depend on the sentence splitter; the
English goes through the real en.txt reader and the real English sentence splitter.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader import pipeline
from reader.align import pairing
from reader.align.english import split_sentences
from reader.align.forms import as_en_txt
from reader.align.pairing import align
from reader.cli import cli
from reader.errors import ProblemsFound
from reader.model import Paragraph, Sentence, Unit
from tests.conftest import CORPUS


def paragraphs(*texts: str) -> tuple[Paragraph, ...]:
    """Paragraphs of a cleaned text from the notation: `|` between sentences."""
    result, offset = [], 0
    for text in texts:
        sentences, position = [], offset
        for part in text.split("|"):
            start = position + len(part) - len(part.lstrip())
            sentences.append(Sentence(part.strip(), start, start + len(part.strip()), ()))
            position += len(part)
        plain = text.replace("|", "")
        result.append(Paragraph(plain, offset, offset + len(plain), tuple(sentences)))
        offset += len(plain) + 2
    return tuple(result)


def pairs(units: tuple[Unit, ...]) -> list[tuple[str, str]]:
    """A unit as (its Ukrainian sentences joined by ` | `, its English)."""
    return [(" | ".join(s.text for s in unit.sentences), unit.translation) for unit in units]


def en_file(tmp_path: Path, text: str | bytes) -> Path:
    path = tmp_path / "en.txt"
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def aligned(tmp_path: Path, uk: str, en: str) -> list[tuple[str, str]]:
    """The pairs of a one-paragraph text; asserts no warnings were raised."""
    units, warnings = align(paragraphs(uk), en_file(tmp_path, en))
    assert warnings == ()
    return pairs(units[0])


# Three sentences a teacher might pair by hand (`reader.align.forms`).
OVERRIDE_UK = (
    "Про це він написав у X/Twitter.| Він також зауважив, що це — крок до поглиблення співпраці "
    "у сфері безпеки.| Ба більше, переговори триватимуть кілька місяців."
)


# --- English sentences --------------------------------------------------------------------

ENGLISH = [
    # country abbreviations inside a sentence
    (
        "The U.S. Department of Defense confirmed the talks. Iraq agreed.",
        ["The U.S. Department of Defense confirmed the talks.", "Iraq agreed."],
    ),
    # titles and ranks before a name
    (
        "Mr. Austin said so. Gen. Brown and Lt. Col. Smith agreed with Dr. Jones.",
        ["Mr. Austin said so.", "Gen. Brown and Lt. Col. Smith agreed with Dr. Jones."],
    ),
    # times and months
    (
        "The talks begin at 9 a.m. on Monday, Jan. 29. They may last months.",
        ["The talks begin at 9 a.m. on Monday, Jan. 29.", "They may last months."],
    ),
    # Latin abbreviations
    (
        "Allies, e.g. the U.K. and the U.N., i.e. everyone, etc. were told. Nobody objected.",
        ["Allies, e.g. the U.K. and the U.N., i.e. everyone, etc. were told.", "Nobody objected."],
    ),
    # an abbreviation that ends the sentence, before a common opener
    (
        "Troops stayed in the U.S. The next day they left.",
        ["Troops stayed in the U.S.", "The next day they left."],
    ),
    # an initial is not an end
    ("John F. Kennedy spoke first. Then others.", ["John F. Kennedy spoke first.", "Then others."]),
    # quotations: the closing quote stays with its sentence
    (
        '"We will deepen cooperation," Austin wrote. "It is a step forward." He left.',
        ['"We will deepen cooperation," Austin wrote.', '"It is a step forward."', "He left."],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ENGLISH)
def test_english_sentences(text, expected):
    assert list(split_sentences(text)) == expected


# --- sentences inside a paragraph ---------------------------------------------------------


def test_without_translation_every_sentence_is_its_own_unit():
    text = paragraphs("Кінець епохи", "Про це він написав у X/Twitter.| Він також зауважив це.")
    units, warnings = align(text, None)
    assert [pairs(p) for p in units] == [
        [("Кінець епохи", "")],
        [("Про це він написав у X/Twitter.", ""), ("Він також зауважив це.", "")],
    ]
    assert warnings == ()


def test_abbreviations_do_not_split_the_english(tmp_path):
    uk = (
        "Міністерство оборони США підтвердило початок переговорів щодо виведення військ з "
        "Іраку.| Міністр Ллойд Остін сказав, що засідання почнеться о 9 ранку в понеділок."
    )
    en = (
        "The U.S. Department of Defense confirmed the start of talks on withdrawing troops "
        "from Iraq. Mr. Austin said the meeting would begin at 9 a.m. on Monday.\n"
    )
    assert aligned(tmp_path, uk, en) == [
        (
            "Міністерство оборони США підтвердило початок переговорів щодо виведення військ з "
            "Іраку.",
            "The U.S. Department of Defense confirmed the start of talks on withdrawing troops "
            "from Iraq.",
        ),
        (
            "Міністр Ллойд Остін сказав, що засідання почнеться о 9 ранку в понеділок.",
            "Mr. Austin said the meeting would begin at 9 a.m. on Monday.",
        ),
    ]


SPLIT_UK = (
    "Представники держав обговорять, чи можна буде покласти край військовій присутності США в "
    "Іраку і коли це зрештою може статися.| США схиляються до того, щоб цей графік залежав від "
    "ситуації в Іраку, зокрема, йдеться про боротьбу з ІДІЛ, стабільність уряду та іракських сил "
    "безпеки.| Проте в Іраку віддають перевагу встановленню конкретної дати, аби виведення "
    "військ США не залежало від ситуації в країні."
)
SPLIT_EN = (
    "Officials from the two countries will discuss whether the U.S. military presence in Iraq "
    "can end, and when. Washington wants the timetable to depend on conditions in Iraq, "
    "including the fight against ISIS and the stability of the government and the Iraqi "
    "security forces. Baghdad, however, would rather set a firm date. That way the withdrawal "
    "of U.S. troops would not hinge on the situation in the country.\n"
)


def test_a_sentence_split_in_two_pairs_one_to_two(tmp_path):
    assert aligned(tmp_path, SPLIT_UK, SPLIT_EN) == [
        (
            "Представники держав обговорять, чи можна буде покласти край військовій присутності "
            "США в Іраку і коли це зрештою може статися.",
            "Officials from the two countries will discuss whether the U.S. military presence "
            "in Iraq can end, and when.",
        ),
        (
            "США схиляються до того, щоб цей графік залежав від ситуації в Іраку, зокрема, "
            "йдеться про боротьбу з ІДІЛ, стабільність уряду та іракських сил безпеки.",
            "Washington wants the timetable to depend on conditions in Iraq, including the fight "
            "against ISIS and the stability of the government and the Iraqi security forces.",
        ),
        (
            "Проте в Іраку віддають перевагу встановленню конкретної дати, аби виведення військ "
            "США не залежало від ситуації в країні.",
            "Baghdad, however, would rather set a firm date. That way the withdrawal of U.S. "
            "troops would not hinge on the situation in the country.",
        ),
    ]


def test_two_sentences_merged_in_english_pair_two_to_one(tmp_path):
    uk = (
        "Міністерство оборони США підтвердило початок переговорів щодо виведення військ з "
        "Іраку.| Про це глава Пентагону Ллойд Остін написав у X/Twitter.| Він також зауважив, "
        "що це — крок до поглиблення співпраці у сфері безпеки для стабільності в Іраку та "
        "регіоні."
    )
    en = (
        "The U.S. Department of Defense has confirmed the start of talks on withdrawing troops "
        "from Iraq. Pentagon chief Lloyd Austin announced this on X/Twitter, noting that it was "
        "a step towards deeper security cooperation for the stability of Iraq and the region.\n"
    )
    assert aligned(tmp_path, uk, en) == [
        (
            "Міністерство оборони США підтвердило початок переговорів щодо виведення військ з "
            "Іраку.",
            "The U.S. Department of Defense has confirmed the start of talks on withdrawing "
            "troops from Iraq.",
        ),
        (
            "Про це глава Пентагону Ллойд Остін написав у X/Twitter. | Він також зауважив, що "
            "це — крок до поглиблення співпраці у сфері безпеки для стабільності в Іраку та "
            "регіоні.",
            "Pentagon chief Lloyd Austin announced this on X/Twitter, noting that it was a step "
            "towards deeper security cooperation for the stability of Iraq and the region.",
        ),
    ]


def test_names_and_latin_words_decide_where_lengths_cannot(tmp_path):
    # "Pentagon chief Lloyd Austin made the announcement on X/Twitter." could be sentence 2
    # alone or sentences 2 and 3 by length; Пентагону, Ллойд and X/Twitter say which.
    uk = (
        "Міністерство оборони США підтвердило початок переговорів щодо виведення військ з "
        "Іраку.| Відповідну заяву оприлюднив глава Пентагону Ллойд Остін.| Про це він написав "
        "у X/Twitter.| Він також зауважив, що це — крок до поглиблення співпраці у сфері "
        "безпеки для стабільності в Іраку та регіоні."
    )
    en = (
        "The U.S. Department of Defense has confirmed the start of talks on withdrawing troops "
        "from Iraq. Pentagon chief Lloyd Austin made the announcement on X/Twitter. He also "
        "noted that this is a step towards deeper security cooperation for the stability of "
        "Iraq and the region.\n"
    )
    assert [(uk.count("|") + 1, en) for uk, en in aligned(tmp_path, uk, en)][1] == (
        2,
        "Pentagon chief Lloyd Austin made the announcement on X/Twitter.",
    )


def test_reordered_clauses_still_pair_one_to_one(tmp_path):
    # The English moves "mostly in Baghdad", "in 2014" and "as part of the fight" around.
    uk = (
        "Наразі в Іраку, переважно в Багдаді, перебувають майже 2 500 американських "
        "військових.| США ввели свої війська в Ірак у 2014 році.| Пентагон відправив "
        "американських бійців у рамках боротьби проти ІДІЛ."
    )
    en = (
        "Almost 2,500 American troops are currently in Iraq, mostly in Baghdad. It was in 2014 "
        "that the U.S. sent its troops into Iraq. As part of the fight against ISIS, the "
        "Pentagon deployed American soldiers there.\n"
    )
    assert [en for _, en in aligned(tmp_path, uk, en)] == [
        "Almost 2,500 American troops are currently in Iraq, mostly in Baghdad.",
        "It was in 2014 that the U.S. sent its troops into Iraq.",
        "As part of the fight against ISIS, the Pentagon deployed American soldiers there.",
    ]


def test_quotations_and_attributions_pair_one_to_one(tmp_path):
    uk = (
        "«США та Ірак розпочнуть засідання робочої групи найближчими днями», — написав Остін.| "
        "«Це крок до поглиблення співпраці у сфері безпеки», — додав він.| Речник Пентагону "
        "уточнив: «Жодних рішень про виведення військ ще не ухвалено».| «Ми не йдемо з Іраку.| "
        "Ми змінюємо формат місії», — сказав він."
    )
    en = (
        '"The U.S. and Iraq will begin working group meetings in the coming days," Austin '
        'wrote. "This is a step towards deeper security cooperation," he added. A Pentagon '
        'spokesman clarified: "No decision on withdrawing troops has been made yet." "We are '
        'not leaving Iraq. We are changing the format of the mission," he said.\n'
    )
    assert [en for _, en in aligned(tmp_path, uk, en)] == [
        '"The U.S. and Iraq will begin working group meetings in the coming days," Austin wrote.',
        '"This is a step towards deeper security cooperation," he added.',
        'A Pentagon spokesman clarified: "No decision on withdrawing troops has been made yet."',
        '"We are not leaving Iraq.',
        'We are changing the format of the mission," he said.',
    ]


# --- doubtful pairings are warnings -------------------------------------------------------


def warnings_of(tmp_path: Path, uk: str, en: str) -> list[str]:
    en_path = en_file(tmp_path, en)
    _, warnings = align(paragraphs(uk), en_path)
    assert all(w.warning for w in warnings)
    return [str(w).replace(str(tmp_path), "TEXT") for w in warnings]


def test_a_sentence_left_untranslated_shares_its_neighbours_english(tmp_path):
    uk = (
        "Міністерство оборони США підтвердило початок переговорів щодо виведення військ з "
        "Іраку.| Відповідну заяву оприлюднив глава Пентагону Ллойд Остін.| Про це він написав "
        "у X/Twitter."
    )
    en = "The U.S. Department of Defense has confirmed talks on withdrawing troops from Iraq.\n"
    units, _ = align(paragraphs(uk), en_file(tmp_path, en))
    assert [len(unit.sentences) for unit in units[0]] == [3]
    assert warnings_of(tmp_path, uk, en) == [
        "TEXT/en.txt:1: warning: paragraph 1: sentence 3 «Про це він написав у X/Twitter.» "
        "has no English of its own; it shares the English of the sentence before; review with "
        "`reader align --side-by-side TEXT`",
        "TEXT/en.txt:1: warning: paragraph 1: the English is 2.3 times shorter than the "
        "Ukrainian, a doubtful pairing: «Міністерство оборони США підтвердило…» vs "
        '"The U.S. Department of Defense has…"; review with `reader align --side-by-side TEXT`',
    ]


def test_english_without_ukrainian_is_added_to_the_unit_before(tmp_path):
    uk = "Про це він написав у X/Twitter."
    en = (
        "He wrote about it on X/Twitter. X is the social network formerly known as Twitter. "
        "Elon Musk bought it in 2022.\n"
    )
    units, _ = align(paragraphs(uk), en_file(tmp_path, en))
    assert pairs(units[0]) == [(uk, en.strip())]
    assert warnings_of(tmp_path, uk, en) == [
        'TEXT/en.txt:1: warning: paragraph 1: "Elon Musk bought it in 2022." translates no '
        "Ukrainian sentence; it was added to the English of the sentence before; review with "
        "`reader align --side-by-side TEXT`",
        "TEXT/en.txt:1: warning: paragraph 1: the English is 3.3 times as long as the "
        "Ukrainian, a doubtful pairing: «Про це він написав у X/Twitter.» vs "
        '"He wrote about it on X/Twitter. X is…"; review with `reader align --side-by-side '
        "TEXT`",
    ]


def test_a_padded_translation_is_doubtful_with_its_line(tmp_path):
    en = (
        "End of an era\n\nHe wrote about it on X/Twitter.\n\nIn a long post addressed to the "
        "allies of the United States, he explained the history of the mission.\n"
    )
    text = paragraphs("Кінець епохи", "Про це він написав у X/Twitter.", "Він також зауважив це.")
    _, warnings = align(text, en_file(tmp_path, en))
    assert [str(w).replace(str(tmp_path), "TEXT") for w in warnings] == [
        "TEXT/en.txt:5: warning: paragraph 3: the English is 4.2 times as long as the "
        'Ukrainian, a doubtful pairing: «Він також зауважив це.» vs "In a long post '
        'addressed to the allies…"; review with `reader align --side-by-side TEXT`'
    ]


def test_short_sentences_may_differ_in_length_without_a_warning(tmp_path):
    # "Ще є місця?" / "Are there any seats left?": twice as long, and a normal translation.
    assert (
        warnings_of(
            tmp_path,
            "Ще є місця?| Купе чи плацкарт?",
            ("Are there any seats left? A sleeper compartment or an open-plan carriage?\n"),
        )
        == []
    )


# --- paragraphs that do not pair -----------------------------------------------------------


def sample(tmp_path: Path, drop: int) -> tuple[tuple[Paragraph, ...], Path]:
    """The sample text's paragraphs, and its en.txt without paragraph `drop` (1-based)."""
    from reader.text import segment, source

    cleaned = source.read_source(CORPUS / "texts/pentagon-iraq/uk.txt")
    english = (CORPUS / "texts/pentagon-iraq/en.txt").read_text(encoding="utf-8").split("\n\n")
    del english[drop - 1]
    return segment.segment(cleaned.text), en_file(tmp_path, "\n\n".join(english))


def test_a_missing_paragraph_is_shown_where_the_texts_drift_apart(tmp_path):
    text, en = sample(tmp_path, drop=10)
    with pytest.raises(ProblemsFound) as found:
        align(text, en)
    assert [str(p) for p in found.value.problems] == [
        f"{en}:19: paragraph 10 of en.txt does not seem to translate paragraph 10 of uk.txt: "
        '«Наразі в Іраку, переважно в Багдаді…» vs "Earlier, Telegraf reported another…"; '
        "uk.txt has 11 paragraphs, en.txt has 10 — add or merge a paragraph so they pair one "
        "to one"
    ]


def test_an_unsure_drift_names_the_span_to_compare(tmp_path):
    text, en = sample(tmp_path, drop=3)
    with pytest.raises(ProblemsFound) as found:
        align(text, en)
    assert [str(p) for p in found.value.problems] == [
        f"{en}:5: paragraph 3 of en.txt does not seem to translate paragraph 3 of uk.txt: "
        '«Міністерство оборони США підтвердило…» vs "He wrote about it on X/Twitter. He also…" '
        "(or nearby: compare paragraphs 3 to 4); uk.txt has 11 paragraphs, "
        "en.txt has 10 — add or merge a paragraph so they pair one to one"
    ]


def test_en_txt_that_stops_early_or_goes_on(tmp_path):
    text = paragraphs("Кінець епохи", "Про це він написав у X/Twitter.", "Він також зауважив це.")
    with pytest.raises(ProblemsFound) as found:
        align(text, en_file(tmp_path, "End of an era\n\nHe wrote about it on X/Twitter.\n"))
    assert [str(p).replace(str(tmp_path), "TEXT") for p in found.value.problems] == [
        "TEXT/en.txt:3: en.txt ends after paragraph 2, but uk.txt goes on with paragraph 3: "
        "«Він також зауважив це.» (or nearby: compare paragraphs 2 to 3); "
        "uk.txt has 3 paragraphs, en.txt has 2 — add or merge a paragraph so they pair one to "
        "one"
    ]
    with pytest.raises(ProblemsFound) as found:
        align(
            text[:2],
            en_file(tmp_path, "End of an era\n\nHe wrote about it on X/Twitter.\n\nHe noted it.\n"),
        )
    assert [str(p).replace(str(tmp_path), "TEXT") for p in found.value.problems] == [
        "TEXT/en.txt:5: paragraph 3 of en.txt translates nothing: uk.txt ends after paragraph "
        '2: "He noted it." (or nearby: compare paragraphs 2 to 3); uk.txt has 2 paragraphs, '
        "en.txt has 3 — add or merge a paragraph so they pair one to one"
    ]


def test_an_empty_en_txt_is_an_error(tmp_path):
    en = en_file(tmp_path, "\n\n")
    with pytest.raises(ProblemsFound) as found:
        align(paragraphs("Кінець епохи"), en)
    assert [str(p) for p in found.value.problems] == [
        f"{en}:1: en.txt has no text: write the English paragraph for paragraph, a blank line "
        "between paragraphs; uk.txt has 1 paragraph, en.txt has 0 — add or merge a paragraph "
        "so they pair one to one"
    ]


# --- the sample text and the command --------------------------------------------------------


def test_the_sample_text_pairs_sentence_for_sentence():
    corpus = pipeline.read_corpus(CORPUS / "texts/pentagon-iraq")
    (text,) = corpus.texts
    assert not [w for w in corpus.warnings if "pairing" in w.message]
    assert [[len(u.sentences) for u in p] for p in text.units] == [
        [1], [1], [1, 1], [1, 1], [1], [1, 1], [1, 1, 1], [1, 1], [1], [1, 1], [1, 1],
    ]  # fmt: skip
    assert as_en_txt(text.units).splitlines()[4:8] == [
        "The US Department of Defense has confirmed the start of talks on the withdrawal of "
        "troops from Iraq.",
        "The announcement was made public by the head of the Pentagon, Lloyd Austin.",
        "",
        "He wrote about it on X/Twitter.",
    ]


UK_TXT = (
    "Ранкова кава\n\n"
    "Мене звати Оксана. Я живу в Житомирі й працюю в міській бібліотеці.\n\n"
    "Спочатку я вмиваюся й відчиняю вікно. Потім іду в маленьку кав’ярню біля нашого будинку. "
    "Там завжди пахне кавою і свіжою випічкою.\n"
)
EN_TXT = (
    "Morning coffee\n\n"
    "My name is Oksana. I live in Zhytomyr and work at the city library.\n\n"
    "First I wash and open the window, then I go to a small café near our building. "
    "It always smells of coffee and fresh pastries there.\n"
)


def text_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "rankova-kava"
    folder.mkdir()
    (folder / "uk.txt").write_text(UK_TXT, encoding="utf-8")
    (folder / "en.txt").write_text(EN_TXT, encoding="utf-8")
    return folder


def test_align_command_prints_an_en_txt_with_one_line_per_sentence(runner, tmp_path):
    folder = text_folder(tmp_path)
    result = runner.invoke(cli, ["align", str(folder)])
    assert result.exit_code == 0, result.output
    assert result.output == (
        "Morning coffee\n"
        "\n"
        "My name is Oksana.\n"
        "I live in Zhytomyr and work at the city library.\n"
        "\n"
        "First I wash and open the window, then I go to a small café near our building.\n"
        "+\n"
        "It always smells of coffee and fresh pastries there.\n"
    )
    # The teacher moves the second clause to its own line and saves the result as en.txt.
    edited = result.output.replace(
        "First I wash and open the window, then I go to a small café near our building.\n+\n",
        "First I wash and open the window.\nThen I go to a small café near our building.\n",
    )
    (folder / "en.txt").write_text(edited, encoding="utf-8")
    result = runner.invoke(cli, ["align", str(folder / "uk.txt"), "--side-by-side"])
    assert result.exit_code == 0, result.output
    assert result.output.split("\n\n")[2] == (
        "3.1    uk  Спочатку я вмиваюся й відчиняю вікно.\n"
        "       en  First I wash and open the window.\n"
        "3.2    uk  Потім іду в маленьку кав’ярню біля нашого будинку.\n"
        "       en  Then I go to a small café near our building.\n"
        "3.3    uk  Там завжди пахне кавою і свіжою випічкою.\n"
        "       en  It always smells of coffee and fresh pastries there.\n"
    )


def test_align_without_a_translation_prints_the_sentences_as_an_en_txt_skeleton(runner, tmp_path):
    folder = text_folder(tmp_path)
    (folder / "en.txt").unlink()
    result = runner.invoke(cli, ["align", str(folder)])
    assert result.exit_code == 0, result.output
    assert result.stderr == (
        f"{folder / 'uk.txt'}: no en.txt yet; below is the cleaned text, one line per "
        "sentence: replace each line with its English and save it as en.txt\n"
    )
    paragraphs = result.stdout.rstrip("\n").split("\n\n")
    assert len(paragraphs) >= 2
    assert "Там завжди пахне кавою і свіжою випічкою." in paragraphs[-1].splitlines()
    # the skeleton is an en.txt: saved as one, every paragraph pairs line for line
    (folder / "en.txt").write_text(result.stdout, encoding="utf-8")
    assert runner.invoke(cli, ["check", str(folder)]).exit_code == 0


# --- properties -----------------------------------------------------------------------------

UK_POOL = [
    "Мене звати Оксана.",
    "Я живу в Житомирі й працюю в міській бібліотеці.",
    "Мій робочий день починається о дев’ятій, але я встаю рано, о сьомій.",
    "Кава тут недорога: тридцять п’ять гривень.",
    "Там завжди пахне кавою і свіжою випічкою.",
    "— Доброго ранку!",
    "Наразі в Іраку, переважно в Багдаді, перебувають майже 2 500 американських військових.",
]
EN_POOL = [
    "My name is Oksana.",
    "I live in Zhytomyr and work at the city library.",
    "My working day starts at nine, but I get up early, at seven.",
    "Coffee is inexpensive here: thirty-five hryvnias.",
    "“Good morning!",
    "The U.S. Department of Defense confirmed it.",
    "At present almost 2,500 American troops are stationed in Iraq, mostly in Baghdad.",
]


@settings(max_examples=60, deadline=None)
@given(
    uk=st.lists(st.sampled_from(UK_POOL), min_size=1, max_size=6),
    en=st.lists(st.sampled_from(EN_POOL), min_size=1, max_size=8),
)
def test_any_paragraph_keeps_every_sentence_once_and_in_order(tmp_path_factory, uk, en):
    path = en_file(tmp_path_factory.mktemp("en"), " ".join(en) + "\n")
    units, _ = align(paragraphs("| ".join(uk)), path)
    (paired,) = units
    assert [s.text for unit in paired for s in unit.sentences] == uk
    assert all(unit.translation for unit in paired)
    assert " ".join(unit.translation for unit in paired) == " ".join(en)


def test_a_warning_names_the_line_where_its_english_starts(tmp_path):
    uk = "Про це він написав у X/Twitter.| Він також зауважив це."
    en = (
        "He wrote about it on X/Twitter.\n"
        "In a long post addressed to the allies of the United States, he\n"
        "also explained the whole history of the mission.\n"
    )
    assert warnings_of(tmp_path, uk, en) == [
        "TEXT/en.txt:2: warning: paragraph 1: the English is 4.6 times as long as the "
        'Ukrainian, a doubtful pairing: «Він також зауважив це.» vs "In a long post addressed '
        'to the allies…"; review with `reader align --side-by-side TEXT`'
    ]
    # The same English one sentence per line is the teacher's word: no warning.
    assert warnings_of(tmp_path, uk, en.replace(" he\nalso", " he also")) == []


def test_lines_that_do_not_match_the_sentences_are_paired_automatically(tmp_path):
    # One English sentence per line, but four lines for three Ukrainian sentences.
    en = (
        "He wrote about it on X/Twitter.\n"
        "He also noted that this is a step towards deeper security cooperation.\n"
        "What is more, the talks will last several months.\n"
        "Perhaps longer.\n"
    )
    units, _ = align(paragraphs(OVERRIDE_UK), en_file(tmp_path, en))
    assert [len(unit.sentences) for unit in units[0]] == [1, 1, 1]
    assert units[0][2].translation == (
        "What is more, the talks will last several months. Perhaps longer."
    )
    assert warnings_of(tmp_path, OVERRIDE_UK, en) == [
        "TEXT/en.txt:1: warning: paragraph 1: 4 lines for 3 Ukrainian sentences, so the lines "
        "were paired automatically; to pair them yourself, give every Ukrainian sentence its "
        "line (`+` to share the line above); review with `reader align --side-by-side TEXT`"
    ]


# --- long paragraphs: the search is banded, the pairing the same ------------------------------


def sample_as_one_paragraph(times: int) -> tuple[tuple[Paragraph, ...], str]:
    """Every sentence of the three sample texts, `times` over, as one paragraph, and their
    English as one line: a paragraph far longer than any real one."""
    corpus = pipeline.read_corpus(CORPUS)
    uk = [s.text for text in corpus.texts for p in text.paragraphs for s in p.sentences]
    en = [u.translation for text in corpus.texts for p in text.units for u in p]
    return paragraphs("| ".join(uk * times)), " ".join(en * times) + "\n"


def test_a_paragraph_beyond_the_full_grid_pairs_as_the_full_grid_pairs(tmp_path, monkeypatch):
    text, english = sample_as_one_paragraph(3)  # 264 sentences: 265 x 265 > FULL_GRID
    assert (len(text[0].sentences) + 1) ** 2 > pairing.FULL_GRID
    banded, banded_warnings = align(text, en_file(tmp_path, english))
    monkeypatch.setattr(pairing, "FULL_GRID", 10**9)
    full, full_warnings = align(text, en_file(tmp_path, english))
    assert banded == full
    assert banded_warnings == full_warnings
    assert len(banded[0]) > 200  # mostly one to one: the band held the true path


def test_three_thousand_sentences_and_one_line_of_english_make_one_unit(tmp_path):
    uk = [f"Це речення номер {n}." for n in range(1, 3001)]
    units, warnings = align(paragraphs("| ".join(uk)), en_file(tmp_path, "One line.\n"))
    (unit,) = units[0]
    assert [s.text for s in unit.sentences] == uk
    assert unit.translation == "One line."
    # Lengths put the line beside sentences 2562-2563; the rest are two runs, two warnings.
    assert [w.message.split("; review")[0] for w in warnings] == [
        "paragraph 1: sentences 1 to 2561 (2561, from «Це речення номер 1.») have no English "
        "of their own; they share the English of the sentence after",
        "paragraph 1: sentences 2564 to 3000 (437, from «Це речення номер 2564.») have no "
        "English of their own; they share the English of the sentence before",
        "paragraph 1: the English is 7931.4 times shorter than the Ukrainian, a doubtful "
        'pairing: «Це речення номер 1. Це речення номер 2.…» vs "One line."',
    ]
