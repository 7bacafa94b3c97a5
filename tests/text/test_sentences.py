"""Sentence boundaries (reader.text.sentences), in a notation a linguist can read: `|` marks
where a sentence ends and the next begins, so `'... 2024 р. у Києві.| |Потім ...'` is two
sentences with a space between.
"""

from __future__ import annotations

import nltk
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.text import sentences
from reader.text.sentences import explain, split_sentences


def marked(text: str) -> str:
    """The text with `|` at each sentence's start and end, except the outer ones."""
    spans = split_sentences(text)
    pieces, previous = [], None
    for start, end in spans:
        if previous is not None:
            pieces.append(f"|{text[previous:start]}|")
        pieces.append(text[start:end])
        previous = end
    return "".join(pieces)


def check(notation: str) -> None:
    assert marked(notation.replace("|", "")) == notation


def test_the_worked_example_of_the_module() -> None:
    check("Ціна зросла до 8350 грн.| |Утім, за словами М.К. Янгеля, це ще не все… та й годі.")


ABBREVIATIONS_INSIDE = [
    # before a lower-case word, a number or a name, an abbreviation's period is not an end
    "Це сталося 2024 р. у Києві.| |Потім усі пішли додому.",
    "У 1828-1829 рр. тривала війна.",
    "Було 25 тис. людей, а прийшло 2,5 млн.",
    "Зарплата — 8350 грн. на місяць.",
    "Сенат виділив 61 млрд дол. США на допомогу.",
    "Він навчався в університеті ім. Т. Шевченка.",
    # `І.` here is an initial, not the conjunction that often starts a sentence
    "Закінчила інститут театрального мистецтва ім. І. Карпенка-Карого.",
    "Він живе на вул. Хрещатик у м. Київ.",
    "Це сталося в с. Іванівка Київської обл. минулого тижня.",
    "Лекцію читав проф. Іваненко, а потім акад. Петренко.",
    "Це т. зв. перемога, і т. д. і т.п. і т.ч. діти.",
    "Його призначили в.о. міністра.",
    "Див. додаток 2 і пп. 3-5, ч. 2 ст. 15, гл. 4.",
    "Купили фрукти (напр. яблука) та ін. речі.",
    "Читайте на с. 25 у журналі.",
    "Це сталося на р. Дніпро.",
]

ABBREVIATIONS_ENDING = [
    # the same abbreviations end a sentence when a capitalised ordinary word follows
    "Зарплата зросла до 8350 грн.| |Утім, цього мало.",
    "Війна тривала у 1828-1829 рр.| |Нова зброя змінила все.",
    "Куплено яблука, груші та ін.| |Після цього ми пішли.",
    "Купили хліб, молоко і т. д.| |Потім повернулися.",
    "Це було 300 р. до н. е.| |Рим тоді воював.",
    "Будинок збудовано в XIX ст.| |Тепер тут музей.",
    "Заходи проводять у Київській обл.| |Наступного тижня почнуться інші.",
    "Загинули понад 10 тис.| |Це багато.",
    "Кошторис – 2,5 млрд грн.| |Його затвердили.",
    "Курс зріс до 100 євро.| |Про це повідомив банк.",
    "Глибина становила 5 м.| |Далі ми пішли.",
    "Аварія сталася на 25-му км.| |Рух перекрито.",
    "Він народився 1965 р.| |Батьки були вчителями.",
    # but a date alone is not a sentence: the fronted date goes on
    "У 2014 р. Росія анексувала Крим.",
    "Станом на 1 січня 2024 р. Україна мала борг.",
    "Ще наприкінці грудня 2013 р. Янукович утік.",
    "На початку 1990-х рр. Україна стала незалежною.",
    # a capitalised word inside a sentence is a name, even if it looks like `січ.`
    "Його столицею була Запорозька Січ.| |Козаки її боронили.",
    "Він написав лист.| |Відповіді не було.",
]

INITIALS = [
    "Про це заявив В. Зеленський.",
    "Він навчався в інституті ім. М.К. Янгеля у Дніпрі.",
    "Документ підписав В.М. Бабанський, а також М. К. Петренко.",
    "Наказ підписав Зеленський В. вчора ввечері.",
    "За словами Дж. Байдена, допомога буде.",
    "Вітаміну в раціоні бракує, особливо вітаміну С.| |Він потрібен усім.",
    "Уночі до -3 °C.| |Опадів не очікується.",
    # a small one-letter word is a word, not an initial
    "Дивним це аж ніяк не є.| |Втім, футбол переміг.",
]

DATES_AND_NUMBERS = [
    "Статтю опубліковано 12 лют. 2024 р. у виданні.",
    "Ціна становить 2,5 млн грн, а не 3 млн.",
    "Закон №123-IX ухвалено.| |Він набув чинності.",
    "Засідання почнеться о 12:00.| |Після нього буде пресконференція.",
    "Наразі в Іраку перебувають майже 2 500 американських військових.| |США ввели війська.",
    # a paragraph-initial enumerator before a capital stays its own unit, as Punkt decides
    "1.| |Загальні положення.",
]

QUOTES_AND_DIALOGUE = [
    '"США та Ірак розпочнуть засідання найближчими днями, відображаючи наше зобов’язання '
    'поглибити співпрацю у сфері безпеки для сприяння стабільності в Іраку та регіоні", '
    "— написав Остін.",
    "«Державний бюджет?» – здивовано перепитували депутати.",
    "«Ти прийдеш?»| |Він не відповів.",
    "«Ура!»| |Усі раділи.",
    "«Ну що ж...»| |Він замовк.",
    "Він сказав: «Я прийду».| |А потім не прийшов.",
    # quoted sentences split like any others ...
    "«Ми не здамося.| |Україна переможе», — сказав він.",
    # ... unless the quotation is a phrase inside a sentence that goes on in lower case
    "Чула таке: «Ні, я не хочу зніматися. Втомився» тощо.",
    "Він мовчав… а потім заговорив.",
    "Він мовчав…| |Потім заговорив.",
    "— Ви перед цим сиділи в тюрмі? — спитав він.",
    "— Ви перед цим сиділи в тюрмі?| |— Було трохи…",
    "— Добре, — відповів він.| |— Я прийду.",
    "Чого ж ви хочете?»| |— «Вони викликають естетичне задоволення!»| |— «У такому разі "
    "я відповім».",
    "Невже?..| |Так, це правда.",
    "Що?!| |Не може бути!",
]

BRACKETS_AND_OTHER = [
    # a bracket the sentence goes on after is part of it
    "Вийдемо на 4–5% (наступного року. — Ред.).| |На мою думку, це непогано.",
    "Роман «Місто» (1928 р.) вважають першим урбаністичним.",
    "Як видно (див. рис. 2), крива росте.",
    "Про це він написав у X/Twitter.| |Він також зауважив, що це — крок до співпраці.",
    # a name spelled with a small first letter still starts a sentence
    "Білки відрізняються чутливістю до рапаміцину.| |mTOR складається з двох комплексів.",
    # a smiley closes the sentence before it
    "Ну хіба трошки дивакуватий. :)| |Дивитись все одно приємно.",
    # a missing period is the author's: the text is not repaired
    "США ввели свої війська в Ірак у 2014 році Пентагон відправив американських бійців.",
]


DATES_AND_REGIONS_BEFORE_A_CAPITAL = [
    # a date before the verb opens its sentence, whatever capitalised word follows ...
    "Протягом 1998–2003 рр. Олег Петренко очолював сільську школу.",
    "Наприкінці 2019 р. Львів отримав нові трамваї.",
    "Після реформи 2019 р. Київ отримав більше повноважень.",
    "З 1 по 15 березня 2024 р. Укренерго не вимикало світло.",
    "2022 р. Україна завершила з рекордним дефіцитом бюджету.",
    # ... and a region before the verb is followed by the name of whoever acts
    "Голова Львівської обл. Максим Козицький заявив про посилення охорони.",
    # after the verb the date or region ends the sentence, before a name too
    "Усе це сталося у 2019 р.| |Тоді ніхто не знав, що буде далі.",
    "Школу відкрили 2019 р.| |Олег Петренко очолив її через рік.",
    "Ситуація у Харківській обл.| |Рятувальники працюють цілодобово.",
    # a dash stands for the verb
    "Кошторис – 2,5 млрд грн.| |Уряд його вже затвердив.",
]

ABBREVIATION_BEFORE_A_DASH = [
    "Розподіл був такий: 2019 р. – 12 шкіл, 2020 р. – 15 шкіл, 2021 р. – 20 шкіл.",
    "Найбільше постраждали села Київської обл. – Мощун, Горенка й Гостомель.",
    # a full word before the dash: the next line of dialogue
    "— Коли ви приїхали?| |— Учора.",
]

UNITS_ENDING_A_SENTENCE = [
    "Автобус розігнався до 90 км/год.| |Далі водій різко загальмував.",
    "Вітер сягав 25 м/с.| |Рятувальники попередили мешканців.",
    "Тариф становить 4,32 грн/кВт·год.| |Уряд поки не планує його змінювати.",
    "Спожито 300 кВт·год.| |Це менше, ніж торік.",
    "Середня оренда — 15 тис. грн/міс.| |Власники квартир не поступаються.",
    # in lower case the sentence goes on; a hyphen makes a word, not a unit
    "Обмеження — 10 км/год. на території заводу.",
    "Поїзд прибув до Івано-Франківська.| |Пасажири вийшли на перон.",
]

ENUMERATIONS_AND_HEADINGS = [
    # an enumerator opening a sentence is a unit of its own, Roman or Arabic
    "Звіт має дві частини.| |I.| |Вступ.| |II.| |Методи.",
    "Правила прості.| |1.| |Не бігати коридором.| |2.| |Не кричати.",
    "Програма|\n|I.| |Вступ|\n|II.| |Основна частина",
    # but a single letter before a person's name is an initial
    "І. Клименко повідомив про затримання.",
    # a line without final punctuation ends its sentence, a list item too
    "Що взяти з собою|\n|– паспорт|\n|– довідку з місця роботи",
    # numbered in brackets, the items are one sentence
    "Потрібні документи: 1) паспорт; 2) довідка; 3) фото.",
]

INFORMAL_TEXT = [
    # a sentence of a blog or a comment may start in lower case
    "Вчора було класно.| |потім пішли в кіно.",
    "Ура!| |нарешті відпустка.",
    "Дякую всім)| |приходьте ще.",
    "Було весело))| |наступного разу підемо ще.",
    "Було весело :)| |наступного разу візьмемо дітей.",
    "Фільм супер:)| |раджу всім.",
    "Ну от і все....| |Побачимо, що буде далі.",
    # but dots, a question mark, a closed bracket and an abbreviation go on
    "Чекали-чекали.... так і не дочекалися.",
    "Хто? де? коли? ніхто не знав.",
    "Мама (та й тато) не заперечували.",
    "На дорозі ями)) але краєвиди того варті.",
    "Було весело :) а потім усі пішли спати.",
    "Прийшло 25 тис. людей.",
]


@pytest.mark.parametrize("notation", ABBREVIATIONS_INSIDE)
def test_abbreviations_inside_a_sentence(notation: str) -> None:
    check(notation)


@pytest.mark.parametrize("notation", ABBREVIATIONS_ENDING)
def test_abbreviations_ending_a_sentence(notation: str) -> None:
    check(notation)


@pytest.mark.parametrize("notation", INITIALS)
def test_initials(notation: str) -> None:
    check(notation)


@pytest.mark.parametrize("notation", DATES_AND_NUMBERS)
def test_dates_and_numbers(notation: str) -> None:
    check(notation)


@pytest.mark.parametrize("notation", QUOTES_AND_DIALOGUE)
def test_quotes_and_dialogue(notation: str) -> None:
    check(notation)


@pytest.mark.parametrize("notation", BRACKETS_AND_OTHER)
def test_brackets_and_other(notation: str) -> None:
    check(notation)


@pytest.mark.parametrize("notation", DATES_AND_REGIONS_BEFORE_A_CAPITAL)
def test_dates_and_regions_before_a_capital(notation: str) -> None:
    check(notation)


@pytest.mark.parametrize("notation", ABBREVIATION_BEFORE_A_DASH)
def test_abbreviation_before_a_dash(notation: str) -> None:
    check(notation)


@pytest.mark.parametrize("notation", UNITS_ENDING_A_SENTENCE)
def test_units_ending_a_sentence(notation: str) -> None:
    check(notation)


@pytest.mark.parametrize("notation", ENUMERATIONS_AND_HEADINGS)
def test_enumerations_and_headings(notation: str) -> None:
    check(notation)


@pytest.mark.parametrize("notation", INFORMAL_TEXT)
def test_informal_text(notation: str) -> None:
    check(notation)


def test_explain_names_the_rule_behind_each_decision() -> None:
    decisions = explain("Було весело)) наступного разу візьмемо 2 тис. грн. Тоді вистачить.")
    assert [(d.marks, d.split, d.rule) for d in decisions] == [
        ("))", True, "bracket_smiley"),
        (".", False, "lowercase_follows"),
        (".", True, "abbreviation_before"),
    ]


def test_a_heading_line_is_its_own_sentence() -> None:
    text = (
        "Кінець епохи: у Пентагоні зробили офіційну заяву\n"
        "Це посприяє поглибленню відносин у сфері безпеки\n"
        "Міністерство оборони США підтвердило початок переговорів. Заяву оприлюднив Остін."
    )
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "Кінець епохи: у Пентагоні зробили офіційну заяву",
        "Це посприяє поглибленню відносин у сфері безпеки",
        "Міністерство оборони США підтвердило початок переговорів.",
        "Заяву оприлюднив Остін.",
    ]


def test_a_wrapped_line_continues_its_sentence() -> None:
    text = "Представники держав обговорять,\nчи можна покласти край присутності. Так."
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "Представники держав обговорять,\nчи можна покласти край присутності.",
        "Так.",
    ]


def test_no_nltk_data_is_ever_loaded(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("nltk data was requested")

    monkeypatch.setattr(nltk.data, "load", refuse)
    monkeypatch.setattr(nltk.data, "find", refuse)
    monkeypatch.setattr(nltk, "download", refuse)
    sentences.punkt.cache_clear()
    assert marked("Заробіток до 8350 грн. Утім, цього мало.") == (
        "Заробіток до 8350 грн.| |Утім, цього мало."
    )


UKRAINIAN_ISH = st.text(
    alphabet="абвгґдеєжзиіїйклмнопрстуфхцчшщьюяАВІМРТУ'’ʼ-.,:;!?…«»\"()—–  \n\u00a0"
    "0123456789%№\u0301XyzрргрнтисімвулобдКМ",
)
ANY_TEXT = st.one_of(st.text(), UKRAINIAN_ISH)


@settings(deadline=None)  # a property, not a timing
@given(ANY_TEXT)
def test_sentences_cover_any_paragraph(text: str) -> None:
    spans = split_sentences(text)
    uncovered = list(text)
    previous_end = 0
    for start, end in spans:
        assert previous_end <= start < end <= len(text)
        assert not text[start].isspace() and not text[end - 1].isspace()
        previous_end = end
        uncovered[start:end] = [" "] * (end - start)
    assert "".join(uncovered).strip() == ""
