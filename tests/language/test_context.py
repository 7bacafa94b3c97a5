"""The reading a learner is shown, chosen from the sentence: `[form]{lemma: grammar}`.

Each case is a real sentence; the marked words must be read as written in braces: the
first-ranked lemma and the grammar of the readings the context rules leave (as the page and
the glossary's grammar show them). Every case also checks that the form alone says more,
so that a case the rules no longer decide fails instead of passing by the dictionary alone.
"""

import re

import pytest

from reader.language import analysis, context, morph
from reader.language.context_rules import RULES, government
from reader.model import Word
from reader.text import segment

MARK = re.compile(r"\[([^\]]+)\]\{([^:}]+): ([^}]*)\}")


def read(marked: str, rules=None) -> list[tuple[str, str, str]]:
    """(form, lemma, grammar) of each marked word of the sentence, as the tool reads it."""
    text = MARK.sub(r"\1", marked)
    words = {w.start: w for w in analysis.analyse(segment.segment(text), rules)}
    found, shift = [], 0
    for mark in MARK.finditer(marked):
        start = mark.start() - shift
        shift += len(mark.group(0)) - len(mark.group(1))
        word: Word = words[start]
        lemma = word.lemmas[0]
        found.append((mark.group(1), lemma, morph.describe(word.analyses, lemma)))
    return found


def expected(marked: str) -> list[tuple[str, str, str]]:
    return [(m.group(1), m.group(2), m.group(3)) for m in MARK.finditer(marked)]


GOVERNMENT = [
    # щодо + genitive: the form alone is also nominative/accusative, singular and plural
    "Міністерство оборони США підтвердило початок переговорів щодо "
    "[виведення]{виведення: genitive singular} військ з Іраку.",
    # біля + genitive
    "Біля [брами]{брама: genitive singular} я побачив іржавий замок.",
    # у + locative, through the pronoun that agrees with its noun
    "Розмова відбулася у [цьому]{цей: locative singular, masculine} році.",
    "Увечері ми пили каву в [маленькій]{маленький: locative singular, feminine} кав'ярні.",
    # a compound preposition, through an adverb inside the phrase
    "Під час [кашлю]{кашель: genitive singular} болить горло.",
    "Вторгнення в це традиційно [католицьке]{католицький: accusative singular, neuter} місто.",
    # a second phrase joined by `і` is governed too: genitive, not the animate accusative
    "Університет відкрив бібліотеку для студентів і [викладачів]{викладач: genitive plural}.",
]
AGREEMENT = [
    # the adjective fixes the noun's number, and the infinitive's object is no nominative
    "Публічні заклики уряду Іраку вивести [американські]{американський: accusative plural}"
    " [війська]{військо: accusative plural} з країни.",
    # accusative `нових` is animate, `будинків` is not: genitive
    "На околиці міста немає [нових]{новий: genitive plural} будинків.",
    # what the adjective and the noun have in common, less the locative no preposition governs
    "Представники держав обговорять, чи можна буде покласти край [військовій]{військовий: "
    "dative singular, feminine} [присутності]{присутність: dative singular} США в Іраку.",
    # `таким чином`: the pronoun `такий`, instrumental
    "[Таким]{такий: instrumental singular, masculine} [чином]{чин: instrumental singular} "
    "уряд зберіг контроль.",
]
VERBS = [
    # a personal pronoun beside `є` gives its person and number
    "Ми [є]{бути: 1st person plural, present} частиною Європи.",
    # the short infinitive in -ть is colloquial: `входить` is the present
    "Місто [входить]{входити: 3rd person singular, present} до складу області.",
]
SUBJECT_AND_OBJECT = [
    # `рішення` (neuter) cannot be the subject of `ухвалив` (masculine): not nominative
    "[Рішення]{рішення: genitive/accusative singular or accusative plural} ухвалив парламент.",
    # one word can only be the subject (`вони`): the other noun is not nominative
    "Вони викликають естетичне [задоволення]{задоволення: accusative singular}!",
    # the object known (`заяву`), the one noun that agrees is the subject
    "Заяву оприлюднило [міністерство]{міністерство: nominative singular}.",
    # a verb in -ся takes no object: the nominative
    "У наших краях почалися міжнаціональні [конфлікти]{конфлікт: nominative plural}.",
    # no verb at all: an accusative would have nothing to govern it
    "[Київське]{київський: nominative singular, neuter} яблуко архітектурного розбрату.",
    # no finite verb: the infinitive's object
    "Нині важко уявити сучасне [виробництво]{виробництво: accusative singular}.",
    # after `три` the noun is plural (not the genitive singular `країни` also is)
    "Угоду підписали три [країни]{країна: nominative/accusative plural}.",
    # a copula's adjective with no noun: the predicate instrumental, not a dative plural
    "Це стало [можливим]{можливий: instrumental singular, masculine/neuter}.",
]
COORDINATION = [
    # a list shares one case: `каву` can only be accusative, so `печиво` is too
    "Для свята купили торт, [печиво]{печиво: accusative singular} і каву.",
    # back along the list too: `ручка` can only be nominative
    "На столі лежали [книжки]{книжка: nominative plural}, ручка і [зошити]{зошит: "
    "nominative plural}.",
    # the two sides of `не ..., а ...`: the copula's predicate, instrumental
    "Результат буде не швидким, а [надійним]{надійний: instrumental singular, masculine/neuter}.",
]
TITLES = [
    # a name in quotes after its noun is not declined with it
    "Виступ гурту «[Океан]{океан: nominative singular} Ельзи» зібрав тисячі людей.",
]
CLAUSE = [
    # a -но/-то form is impersonal: its noun is the object
    "На засіданні ухвалено [рішення]{рішення: genitive/accusative singular or accusative "
    "plural} про ремонт школи.",
    # the one noun that can be the singular verb's subject, before it
    "Цей [закон]{закон: nominative singular} набуде чинності з першого січня.",
    # an animate plural's accusative is its genitive form (`депутатів`)
    "Учора [депутати]{депутат: nominative plural} розглянули законопроект.",
    # `після` admits no nominative: `вчителі` is not in its phrase, and `-ся` takes no object
    "Після уроків [вчителі]{вчитель: nominative plural} зібралися в актовій залі.",
    # `оборони` is the noun (not "defend!"), so `підтвердило` is the clause's one verb, and
    # neuter: masculine `початок` is not its subject
    "Міністерство оборони США підтвердило [початок]{початок: accusative singular} переговорів.",
    # the clause has its verb, so `відходи` is the noun (not "go away!"), with its genitive
    "Відходи [металу]{метал: genitive singular} везуть на переробку.",
    # an impersonal modal word: the noun before the infinitive is its object
    "Готовий [текст]{текст: accusative singular} можна надіслати редакторові.",
]
PREDICATES = [
    # beside `бути`, an adjective with no noun is the predicate, not an object
    "Вечір був [теплий]{теплий: nominative singular, masculine} і тихий.",
    # the predicate of a nominative pronoun, in a clause with no verb
    "Я [впевнений]{впевнений: passive participle, nominative singular, masculine}, що все "
    "буде добре.",
    "Стілець, що [зроблений]{зроблений: passive participle, nominative singular, masculine} "
    "із дуба, простоїть сто років.",
    # `це` "this is" and the subject before `— це`
    "Це [подарунок]{подарунок: nominative singular} для всієї родини.",
    "[Успіх]{успіх: nominative singular} — це [результат]{результат: nominative singular} праці.",
    # a dash for the left-out `є`: "X is Y", both nominative; the infinitive keeps its object
    "Мед — найкращий [засіб]{засіб: nominative singular} від застуди.",
    "Мета проекту — збудувати новий [міст]{міст: accusative singular}.",
    # between two dashes, before the verb: an apposition in the case of its noun
    "Вода — найкращий [засіб]{засіб: nominative singular} від спраги — допомагає завжди.",
    # no verb outside the subordinate clause: no accusative before it
    "Головні [експонати]{експонат: nominative plural} виставки — старовинні ікони, які "
    "привезли з Чернігова.",
]
LEMMAS = [
    # `голови`: the noun `голова` in the genitive after `до`, not the plural noun `голови`
    "Лист надійшов до [голови]{голова: genitive singular} комісії.",
    # `м. Мінську`: the city, not the adjective `мінський`
    "Переговори відбулися в м. [Мінську]{мінськ: locative singular}.",
    # the possessive before its noun, the personal pronoun elsewhere
    "Я бачив [його]{його: indeclinable} брата, але не бачив [його]{він: genitive/"
    "accusative singular, masculine}.",
    # an adjective-adverb homograph with no noun after it is the adverb
    "Він [добре]{добре: } знає місто.",
    # lower-case `ісламу` is the common noun's genitive, not the name `Іслам`'s dative
    "Мене турбує поширення [ісламу]{іслам: genitive singular} в Європі.",
]


@pytest.mark.parametrize(
    "marked",
    GOVERNMENT
    + AGREEMENT
    + VERBS
    + SUBJECT_AND_OBJECT
    + CLAUSE
    + COORDINATION
    + TITLES
    + PREDICATES
    + LEMMAS,
)
def test_the_sentence_decides_the_reading(marked: str) -> None:
    assert read(marked) == expected(marked)
    assert read(marked, rules=[]) != expected(marked), "the form alone already says this"


def test_an_infinitive_is_an_infinitive() -> None:
    # the dictionary gives `бути` no tense; it is not "singular, present", nor the noun `бута`
    assert read("Ми хочемо [бути]{бути: infinitive, imperfective} корисними.") == [
        ("бути", "бути", "infinitive, imperfective")
    ]


def test_a_month_after_a_day_is_the_genitive_noun() -> None:
    # `лютого` alone is also the adjective `лютий` "fierce" (genitive or accusative)
    words = analysis.analyse(segment.segment("Пожежа сталася 17 лютого."))
    assert {(a.lemma, a.grammar) for a in words[-1].analyses} == {("лютий", "genitive singular")}
    assert "adjective" not in {a.pos for a in words[-1].analyses}
    assert len(morph.analyse("лютого")) > 1


def test_na_adresu_is_the_address() -> None:
    # `адресу` is also the genitive, dative and locative of `адрес` (a formal address);
    # `на` leaves its locative beside the accusative of `адреса`, the everyday word, first
    (word,) = [
        w
        for w in analysis.analyse(segment.segment("Лист надіслали на адресу школи."))
        if w.start == 18
    ]
    assert word.lemmas[0] == "адреса"
    assert morph.describe(word.analyses, "адреса") == "accusative singular"


@pytest.mark.parametrize(
    "marked",
    [
        # `ми` is the subject, so `війська` is not nominative; but a genitive singular or an
        # accusative plural, only the sense says
        "Ми бачили [війська]{військо: genitive singular or accusative plural}.",
        # after a verb the dash stands for a verb left out: `чай` may be its object
        "Я п’ю каву, а брат — [чай]{чай: nominative/accusative singular}.",
        # two nouns could be the subject: only word order would choose
        "Закон змінює [порядок]{порядок: nominative/accusative singular} виборів.",
        # the verb comes after the relative clause: `проект` may be its object
        "Новий [проект]{проект: nominative/accusative singular}, який обговорювали вчора, "
        "уряд схвалив.",
        # after the verb the one candidate may be subject or object (`зростає інтерес`)
        "Зростає [інтерес]{інтерес: nominative/accusative singular} до української мови.",
        # a plural verb's unnamed subject is "people": the noun before it may be its object
        "[Метали]{метал: nominative/accusative plural} використовують для виготовлення верстатів.",
        # list items share a case, but none of them is decided; `та` is no genitive `той`
        "Нам привезли шафи, полиці та [дзеркала]{дзеркало: genitive singular or "
        "nominative/accusative plural}.",
        # quotes around a common word mark irony: its case is the sentence's
        "Він лікував людей силою “[енергії]{енергія: genitive/dative singular or "
        "nominative/accusative plural}”.",
    ],
)
def test_what_the_sentence_does_not_decide_stays_ambiguous(marked: str) -> None:
    assert expected(marked), "no word is marked"
    assert read(marked) == expected(marked)


def test_explain_names_the_rule_that_removed_each_reading() -> None:
    steps = context.explain("щодо виведення військ")
    assert [(s.rule, s.word, s.removed) for s in steps] == [
        ("vocative_needs_address", "виведення", ("vocative singular", "vocative plural")),
        (
            "preposition_governs",
            "виведення",
            (
                "nominative singular",
                "accusative singular",
                "nominative plural",
                "accusative plural",
            ),
        ),
    ]
    assert steps[-1].left == ("genitive singular",)


def test_rules_never_remove_the_last_reading() -> None:
    # `до` admits the genitive only; `вони` has no genitive, so it keeps what it has
    tokens = [t for p in segment.segment("до вони") for s in p.sentences for t in s.tokens]
    assert context.narrow(tokens)[1] == morph.analyse("вони")


def test_the_government_table_is_one_line_a_preposition() -> None:
    table = government()
    assert table["щодо"] == {"gent"}
    assert table["з"] == {"gent", "ablt"}
    assert table["на"] == {"accs", "loct"}
    assert table["через"] == {"accs"}
    assert len(RULES) == len({rule.__name__ for rule in RULES})


def test_explain_names_the_new_rules_that_decided() -> None:
    decided = {
        "Для свята купили торт, печиво і каву.": ("conjuncts_share_case", "печиво"),
        "Торік було збудовано новий міст через річку.": ("impersonal_takes_object", "міст"),
        "Виступ гурту «Океан Ельзи» зібрав тисячі людей.": ("title_after_its_noun", "Океан"),
        "Цей закон набуде чинності з першого січня.": ("sole_subject_before_verb", "закон"),
        "Учора депутати розглянули законопроект.": ("animate_plural_accusative", "депутати"),
        "Це подарунок для всієї родини.": ("this_is", "подарунок"),
        "Я впевнений, що все буде добре.": ("predicate_of_pronoun", "впевнений"),
        "Мед — найкращий засіб від застуди.": ("dash_for_copula", "засіб"),
        "Відходи металу везуть на переробку.": ("noun_over_imperative", "Відходи"),
    }
    for text, step in decided.items():
        assert step in [(s.rule, s.word) for s in context.explain(text)], text
