"""The ordered rules that narrow a word's readings by its neighbours in the sentence.

Each rule is a small function over a `Clause` that removes readings through `Clause.keep`
(which never removes the last one). They run in `RULES` order, each seeing what the earlier
ones left, so the surest run first and the later ones build on them:

    у цьому році            government: у + genitive/accusative/locative -> році locative,
                            цьому locative (not dative)
    нових будинків          agreement: accusative `нових` is animate, `будинків` is not:
                            both genitive plural
    між Україною і Росією   government over the conjunction: both instrumental
    ми є                    subject: `є` first person plural

`reader.language.context.explain` lists the steps each rule took.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from pathlib import Path

from reader.language import morph
from reader.language.clause import Clause, Rule
from reader.language.features import (
    CASE_NAMES,
    agree,
    cases,
    finite,
    gender,
    modifier,
    not_only,
    noun,
    numbers,
    numeral,
    preposition,
)
from reader.model import Analysis

GOVERNMENT_FILE = Path(__file__).with_name("government.txt")
# Conjunctions that join two phrases in the same case (`між Україною і Росією`).
JOINING = frozenset({"і", "й", "та", "або", "чи"})
# Abbreviations of a place kind before its name (`м. Мінську`, `с. Гута`), read with the dot.
PLACE_KINDS = frozenset({"м", "с", "смт", "сел", "вул", "просп", "пров", "обл"})
# Words of quantity whose noun is in the genitive (`багато людей`, `більшість депутатів`).
QUANTITY = frozenset(
    "багато мало небагато чимало кілька декілька скільки стільки трохи безліч більшість "
    "меншість тис млн млрд".split()
)
# Nouns of time, whose phrase is an adverbial (`цього року`), not a head for a genitive.
TIME_NOUNS = frozenset(
    "рік року році роком роки років рокам роках день дня дні днів тиждень тижня тижні "
    "місяць місяця місяці місяців час часу разу раз ранку вечора ночі тому".split()
)
# Grammemes of names: a noun after a name is not its genitive (`Петро Порошенко`).
NAMES = frozenset({"Name", "Surn", "Patr"})
POSSESSIVES = frozenset({"його", "її", "їх"})
# Words that announce the future: a two-aspect verb's form may then be its future.
FUTURE_MARKS = frozenset({"буде", "будуть", "будемо", "завтра", "згодом", "незабаром"})
# Personal pronouns in the nominative: (person, number) a finite verb beside them takes.
SUBJECTS = {
    "я": ("1per", "sing"),
    "ти": ("2per", "sing"),
    "він": ("3per", "sing"),
    "вона": ("3per", "sing"),
    "воно": ("3per", "sing"),
    "ми": ("1per", "plur"),
    "ви": ("2per", "plur"),
    "вони": ("3per", "plur"),
}
# Verbs after which a nominative needs not agree (`питанням було`, `він став президент`).
COPULAS = frozenset(
    "бути бувати стати ставати являти являтися виявитися виявлятися вважатися здаватися "
    "залишатися залишитися лишатися лишитися називатися зватися".split()
)
# Nouns of quantity, whose verb may agree with the sense (`ряд депутатів заявили`).
LOOSE = frozenset(
    "частина половина третина ряд низка група кількість сотня тисяча мільйон мільярд "
    "десяток пара".split()
)
# Words of company: `президент з прем'єром заявили` has a singular noun and a plural verb.
COMPANY = frozenset({"з", "із", "зі", "разом"})
# Words that open a new clause: its verb is not the one before them.
CLAUSE_WORDS = frozenset(
    "що щоб який яка яке які якого якої яких якому якій яким якими якою де коли куди "
    "звідки якщо бо адже але а проте однак хоча хоч поки доки чи ніж як мов мовби наче "
    "неначе ніби немов немовби".split()
)
# Punctuation that sets off an address (`Друзі, ...`, `..., пане Іване!`).
ADDRESS_MARKS = frozenset(",!?…—–")


@cache
def government() -> dict[str, frozenset[str]]:
    """GOVERNMENT_FILE as {preposition: its cases as tags}."""
    table = {}
    for number, line in enumerate(GOVERNMENT_FILE.read_text(encoding="utf-8").splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        word, _, names = line.partition(":")
        try:
            table[word.strip()] = frozenset(CASE_NAMES[n.strip()] for n in names.split(","))
        except KeyError as unknown:
            raise ValueError(f"{GOVERNMENT_FILE}:{number}: unknown case {unknown}") from None
    return table


def function_word_hides(c: Clause) -> None:
    """`яка` is the pronoun `який`, not the genitive of `як` "yak"; `серед` the preposition,
    not `середа`: the readings of the lemmas `morph.lemmas` hides behind a function word go.
    First: it is the dictionary's own ranking, and later rules should not weigh a yak."""
    for i in range(len(c.tokens)):
        if c.is_word(i):
            shown = morph.lemmas(c.text(i))
            c.keep(i, lambda a, s=shown: a.lemma in s)


def vocative_needs_address(c: Clause) -> None:
    """A vocative is an address, set off by punctuation or the sentence's ends (`Друзі, ...`,
    `Дякую, пане Іване!`), and all its words can be vocatives. Elsewhere `голови` is not
    "vocative plural". First: it needs
    nothing but punctuation, and it removes readings no later rule would weigh."""
    for start, end in _word_runs(c):
        before = c.text(start - 1)
        addressed = (start == 0 or before in ADDRESS_MARKS or c.word(start - 1) == "о") and (
            end == len(c.tokens) or c.text(end)[:1] in ADDRESS_MARKS or c.text(end) == "."
        )
        nominal = all(c.any(i, lambda a: "voct" in a.tags) for i in range(start, end))
        if not addressed or not nominal or end - start > 4:
            for i in range(start, end):
                c.keep(i, lambda a: not_only(a, "voct"))


def place_after_kind(c: Clause) -> None:
    """`м. Мінську`, `с. Гута`: after a place kind's abbreviation comes the place's name, a
    noun (`Мінськ`, not the adjective `мінський`). Before government, which would keep both."""
    for i in range(len(c.tokens) - 2):
        if c.word(i) in PLACE_KINDS and c.text(i + 1) == "." and c.text(i + 2)[:1].isupper():
            c.keep(i + 2, noun)


def preposition_governs(c: Clause) -> None:
    """A preposition admits only its cases (GOVERNMENT_FILE) in the phrase after it, and in a
    second phrase joined by `і`, `та`, `або` (`між Україною і Росією`). The surest rule about
    case, so it runs before agreement, which then spreads what it decided."""
    table = government()
    for i in range(len(c.tokens)):
        admitted = table.get(c.word(i))
        if admitted is None or not c.any(i, preposition):
            continue
        phrase = list(_phrase(c, i + 1))
        after = phrase[-1] + 1 if phrase else i + 1
        if c.word(after) in JOINING:
            phrase += _phrase(c, after + 1)
        governed = [c.any(j, lambda a, w=admitted: bool(cases(a) & w)) for j in phrase]
        for j in phrase:
            c.keep(j, lambda a, w=admitted: not cases(a) or bool(cases(a) & w))
        if governed and governed[0]:
            c.keep(i, preposition)  # `на` governing is not the particle, `до` not the note


def locative_needs_preposition(c: Clause) -> None:
    """The locative is only ever governed (`у Києві`, `на засіданні`, `при цьому`): a word
    with no preposition before it that admits the locative, since the last finite verb, is
    not in the locative (`присутності` after `край` is dative). Looking back to the nearest
    preposition, not through the phrase alone, keeps lists (`у Києві, Харкові та Львові`).
    After government, so the phrases it read stay as it left them."""
    table = government()
    allowed = False
    for i in range(len(c.tokens)):
        word = c.word(i)
        if word in table and c.any(i, preposition):
            allowed = "loct" in table[word]
            continue
        if c.any(i, finite):
            allowed = False
        elif not allowed:
            c.keep(i, lambda a: not_only(a, "loct"))


def quantity_genitive(c: Clause) -> None:
    """`багато людей`, `більшість депутатів`, `5 тис. гривень`: a word of quantity takes the
    genitive. After government: `на багато років` keeps the preposition's case for `багато`
    only."""
    for i in range(len(c.tokens)):
        if c.word(i) not in QUANTITY:
            continue
        start = i + 2 if c.text(i + 1) == "." else i + 1
        for j in _phrase(c, start):
            c.keep(j, lambda a: "gent" in cases(a))


def subject_agrees_with_verb(c: Clause) -> None:
    """A noun that cannot agree with the one finite verb of its clause is not its subject,
    so not nominative: `Рішення ухвалив уряд` (`рішення` is neuter, `ухвалив` masculine:
    accusative), `Бачу дім` (`бачу` has `я` for subject); and where one word can only be the
    subject (`Вони викликають задоволення`), the other nouns are not. Only where nothing
    else makes a nominative that does not agree: no copula (`було питання`, `стала
    причиною`), no numbers or quantities (`більшість проголосували`), no noun joined to
    another (`брат і сестра прийшли`) or with company (`з сестрою прийшли`); comparisons
    (`як птах`) are clauses of their own. Before agreement, which takes the case decided
    here to the noun's adjectives."""
    for start, end in _clauses(c):
        verbs = [i for i in range(start, end) if c.any(i, finite)]
        if len(verbs) != 1 or not all(finite(a) for a in c.readings[verbs[0]]):
            continue
        verb = c.readings[verbs[0]]
        if any(a.lemma in COPULAS for a in verb) or _counted(c, start, end):
            continue
        company = any(c.word(i) in COMPANY for i in range(start, end))
        subjects = [
            i
            for i in range(start, end)
            if c.readings[i]
            and all(_nominative(a) and _agent(a) for a in c.readings[i])
            and any(_subject_of(n, v) for n in c.readings[i] for v in verb)
        ]
        for i in range(start, end):
            if i == verbs[0] or not _bare_noun(c, i) or not c.any(i, _nominative):
                continue
            if c.word(i - 1) in JOINING or c.word(i + 1) in JOINING or c.word(i) in LOOSE:
                continue
            nominatives = [n for n in c.readings[i] if _nominative(n)]
            if not any(_subject_of(n, v) for n in nominatives for v in verb):
                if not company:
                    c.keep(i, lambda a: not_only(a, "nomn"))
            elif len(subjects) == 1 and abs(subjects[0] - i) > 1 and not _named(c, i):
                c.keep(i, lambda a: not_only(a, "nomn"))  # a clause has one subject


def object_of_infinitive(c: Clause) -> None:
    """`важко уявити сучасне виробництво`, `можна використовувати готовий виріб`: in a clause
    with an infinitive and no finite verb, a noun after the infinitive is its object, not a
    nominative (nothing there has a subject to agree with). Not after `звати` (`звати Іван`)
    or a copula (`бути`). Next to subject_agrees_with_verb, the same reasoning without a
    verb to agree with."""
    for start, end in _clauses(c):
        if any(c.any(i, finite) for i in range(start, end)):
            continue
        infinitive = next((i for i in range(start, end) if _infinitive_only(c, i)), None)
        if infinitive is None or c.any(infinitive, lambda a: a.lemma in COPULAS | {"звати"}):
            continue
        for i in range(infinitive + 1, end):
            if _bare_noun(c, i) and not _named(c, i) and c.word(i - 1) not in JOINING:
                c.keep(i, lambda a: not_only(a, "nomn"))


def modifier_agrees(c: Clause) -> None:
    """Adjectives, participles, ordinals and adjectival pronouns before a noun agree with it
    in case, number and gender: both keep only readings that agree (`цьому році`, `нових
    будинків`). After government and quantity, so a case they fixed spreads to the rest of
    the phrase."""
    for head in range(len(c.tokens)):
        if not _head(c, head):
            continue
        nouns = [a for a in c.readings[head] if noun(a)]
        agreeing = []
        for k in _modifiers_before(c, head):
            animate = _animate_forms(c.readings[k])
            fit = [n for n in nouns if any(agree(m, n, m in animate) for m in _mods(c, k))]
            if not fit:
                break  # it belongs to something else: so does whatever comes before it
            nouns = fit
            agreeing.append(k)
        if not agreeing:
            continue
        c.keep(head, lambda a, fit=nouns: a in fit)
        for k in agreeing:
            animate = _animate_forms(c.readings[k])
            c.keep(
                k,
                lambda m, fit=nouns, an=animate: (
                    modifier(m) and any(agree(m, n, m in an) for n in fit)
                ),
            )


def genitive_after_noun(c: Clause) -> None:
    """`виведення військ`, `міністр закордонних справ`: a noun phrase right after a noun is
    its genitive attribute when it can be one. Not after a dative (`дати дітям книжки`), a
    time noun (`цього року ціни зросли`) or a name (`Петро Порошенко`), where the second
    noun starts another phrase. After government and agreement: they may have fixed the
    first noun's reading, and their phrases are not attributes."""
    for i in range(len(c.tokens) - 1):
        if not _bare_noun(c, i) or c.word(i) in TIME_NOUNS:
            continue
        if all(cases(a) <= {"datv"} for a in c.readings[i]):
            continue
        phrase = list(_phrase(c, i + 1))
        if not phrase or not c.any(phrase[-1], lambda a: noun(a) and "gent" in cases(a)):
            continue
        if c.any(phrase[-1], lambda a: bool(a.tags & NAMES)):
            continue
        for j in phrase:
            c.keep(j, lambda a: "gent" in cases(a))


def joined_phrase_agrees(c: Clause) -> None:
    """`для студентів і викладачів`, `у Києві та області`: a noun phrase joined by `і`, `та`,
    `або` to a noun whose case is decided takes that case. After the rules that decide one."""
    for i in range(len(c.tokens) - 2):
        if c.word(i + 1) not in JOINING or not _bare_noun(c, i):
            continue
        decided = {frozenset(cases(a)) for a in c.readings[i]}
        if len(decided) != 1:
            continue
        (case,) = decided
        for j in _phrase(c, i + 2):
            c.keep(j, lambda a, w=case: not cases(a) or bool(cases(a) & w))


def adverb_without_noun(c: Clause) -> None:
    """`добре`, `більше`: a word that is an adverb as well as an adjective is the adverb when
    no noun follows for the adjective to agree with (`працює добре`). Not pronouns: `все`
    in `уже все знає` is "everything", not the adverb "still". After agreement, which settled
    it before a noun."""
    for i in range(len(c.tokens)):
        if c.any(i, lambda a: "ADJF" in a.tags) and c.any(i, lambda a: "ADVB" in a.tags):
            if not c.any(i + 1, noun):
                c.keep(i, lambda a: "ADVB" in a.tags)


def possessive_before_noun(c: Clause) -> None:
    """`його книга` is "his book" (the possessive `його`, indeclinable); `бачив його` is the
    personal pronoun `він`. Before agreement, which the indeclinable possessive would pass."""
    for i in range(len(c.tokens)):
        if c.word(i) not in POSSESSIVES:
            continue
        before_noun = c.any(i + 1, lambda a: noun(a) or modifier(a))
        c.keep(i, lambda a, b=before_noun: ("Fixd" in a.tags) == b and "NPRO" in a.tags)


def finite_over_short_infinitive(c: Clause) -> None:
    """`робить`, `входить`: the short infinitive in -ть is colloquial; written prose means
    the present (or future) form spelt the same. Needs no neighbour, so it may run anywhere."""
    for i in range(len(c.tokens)):
        if c.word(i).endswith(("ть", "ться", "тсь")) and c.any(i, finite):
            c.keep(i, lambda a: "VERB" not in a.tags or finite(a))


def present_of_two_aspect_verb(c: Clause) -> None:
    """`фінансуються`, `виникає`: a form that is both the present and the future of one verb
    (a verb of both aspects) reads as the present unless the sentence says `буде`/`завтра`;
    prose describes more than it announces."""
    if any(c.word(i) in FUTURE_MARKS for i in range(len(c.tokens))):
        return
    for i in range(len(c.tokens)):
        if c.any(i, lambda a: "pres" in a.tags) and c.any(i, lambda a: "futr" in a.tags):
            c.keep(i, lambda a: "futr" not in a.tags)


def subject_agrees(c: Clause) -> None:
    """A finite verb next to a nominative personal pronoun takes its person and number
    (`ми є`, `є вони`); `є`, which is every person, is the third without a first or second
    person pronoun in the sentence (`є питання`). Other forms carry their person (`Беру.`
    needs no `я`). Last: it only reads pronouns, whose case no rule changes."""
    persons = {SUBJECTS[c.word(j)][0] for j in range(len(c.tokens)) if c.word(j) in SUBJECTS}
    for i in range(len(c.tokens)):
        if not c.any(i, lambda a: "VERB" in a.tags):
            continue
        subject = next((SUBJECTS[c.word(j)] for j in (i - 1, i + 1) if c.word(j) in SUBJECTS), None)
        if subject is not None:
            c.keep(i, lambda a, s=subject: _person_fits(a, *s))
        elif persons <= {"3per"} and all(
            c.any(i, lambda a, p=p: p in a.tags) for p in ("1per", "2per", "3per")
        ):
            c.keep(i, lambda a: "VERB" not in a.tags or "3per" in a.tags)


def _person_fits(verb: Analysis, person: str, number: str) -> bool:
    if "VERB" not in verb.tags:
        return False
    if "past" in verb.tags:
        return number in numbers(verb)
    return person in verb.tags and number in numbers(verb)


def _nominative(a: Analysis) -> bool:
    return "nomn" in cases(a)


def _subject_of(n: Analysis, verb: Analysis) -> bool:
    """Reading `n` may be the subject of verb reading `verb` (person, number, gender)."""
    if not numbers(n) & numbers(verb):
        return False
    if "past" in verb.tags:
        return numbers(verb) == {"plur"} or not gender(n) or gender(n) == gender(verb)
    person = SUBJECTS.get(n.lemma, ("3per",))[0] if "pers" in n.tags else "3per"
    return person in verb.tags


def _agent(a: Analysis) -> bool:
    """A noun, a personal pronoun or the relative `який`: what a subject can be."""
    return noun(a) or "pers" in a.tags or a.lemma == "який"


def _named(c: Clause, i: int) -> bool:
    """A name, or a capitalised word inside the sentence (`Петро Олексійович Порошенко`)."""
    return c.any(i, lambda a: bool(a.tags & NAMES)) or (i > 0 and c.text(i)[:1].isupper())


def _counted(c: Clause, start: int, end: int) -> bool:
    """A clause with a number, numeral or word of quantity: its verb may agree with the
    sense (`більшість депутатів проголосували`, `п'ять людей прийшло`)."""
    return any(
        c.tokens[i].kind == "number" or c.word(i) in QUANTITY or c.any(i, numeral)
        for i in range(start, end)
    )


def _infinitive_only(c: Clause, i: int) -> bool:
    return bool(c.readings[i]) and all(
        "VERB" in a.tags and not a.tags & {"pres", "futr", "past", "impr", "Impe"}
        for a in c.readings[i]
    )


def _clauses(c: Clause) -> Iterator[tuple[int, int]]:
    """(start, end) of each stretch between punctuation and subordinating words (which
    belong to the clause they open: `яка виштовхує вміст`)."""
    start = 0
    for i, token in enumerate(c.tokens):
        if token.kind == "punct" or c.word(i) in CLAUSE_WORDS:
            if i > start:
                yield start, i
            start = i + 1 if token.kind == "punct" else i  # `яка` opens its clause
    if start < len(c.tokens):
        yield start, len(c.tokens)


def _bare_noun(c: Clause, i: int) -> bool:
    """Token `i` is a noun and nothing else (no verb or adjective reading is left)."""
    return bool(c.readings[i]) and all(noun(a) for a in c.readings[i]) and _head(c, i)


def _word_runs(c: Clause) -> Iterator[tuple[int, int]]:
    """(start, end) of each run of word tokens between non-words."""
    start = None
    for i, token in enumerate(c.tokens):
        if token.kind == "word" and start is None:
            start = i
        elif token.kind != "word" and start is not None:
            yield start, i
            start = None
    if start is not None:
        yield start, len(c.tokens)


def _phrase(c: Clause, start: int) -> Iterator[int]:
    """The words of the noun phrase from `start`: modifiers and numerals up to the first word
    that can only be its head (a noun, a pronoun), skipping numbers (`у 2014 році`) and a
    place kind (`у м. Мінську`)."""
    i = start
    while i < len(c.tokens):
        if c.tokens[i].kind == "number":
            i += 1
            continue
        if c.word(i) in PLACE_KINDS and c.text(i + 1) == ".":
            i += 2
            continue
        if not c.is_word(i) or not c.any(i, lambda a: bool(cases(a))):
            return
        yield i
        if not c.any(i, lambda a: modifier(a) or numeral(a)) or not c.any(i + 1, noun):
            return  # the head, or a modifier with no noun after it
        i += 1


def _head(c: Clause, i: int) -> bool:
    """A noun that heads its phrase: not a modifier of a noun right after it (`нового закону`:
    `нового` could be the noun `нове`, but is the adjective here)."""
    if not c.any(i, noun):
        return False
    return not (c.any(i, modifier) and c.any(i + 1, noun))


def _modifiers_before(c: Clause, head: int) -> Iterator[int]:
    """The words before a noun that may modify it, closest first; adverbs between are skipped
    (`дуже важливе рішення`); a word that may be a verb ends them."""
    k = head - 1
    while k >= 0 and c.is_word(k):
        if c.any(k, lambda a: "VERB" in a.tags):
            return  # `була машина`: a verb, not the rare adjective `булий`
        if c.any(k, modifier):
            yield k
        elif not all("ADVB" in a.tags for a in c.readings[k]) or not c.readings[k]:
            return
        k -= 1


def _agrees_with_any(m: Analysis, nouns: list[Analysis], animate: bool) -> bool:
    return modifier(m) and any(agree(m, n, animate) for n in nouns)


def _mods(c: Clause, k: int) -> list[Analysis]:
    return [m for m in c.readings[k] if modifier(m)]


def _animate_forms(readings: tuple[Analysis, ...]) -> set[Analysis]:
    """Accusative readings whose form is also a genitive of the same number and gender
    (`нових`, `нового`): the animate accusative."""
    genitives = {(numbers(a), gender(a)) for a in readings if "gent" in cases(a)}
    return {a for a in readings if "accs" in cases(a) and (numbers(a), gender(a)) in genitives}


# Applied in this order, each seeing what the earlier ones left (reasons in the docstrings).
RULES: list[Rule] = [
    # The dictionary's own ranking: a function word's readings hide the rare noun it spells.
    function_word_hides,
    # Punctuation alone decides the vocative; nothing later weighs it.
    vocative_needs_address,
    # A place kind's abbreviation picks the noun before government, which admits both.
    place_after_kind,
    # The possessive before a noun, so that agreement sees the noun alone.
    possessive_before_noun,
    # The case of a phrase: government first, the surest; quantity next.
    preposition_governs,
    locative_needs_preposition,
    quantity_genitive,
    # The subject must agree with its verb: a noun that cannot is not nominative.
    subject_agrees_with_verb,
    object_of_infinitive,
    # Agreement spreads the case decided above through each noun phrase, both ways.
    modifier_agrees,
    # Then what agreement left open: attributes in the genitive, joined phrases, words with
    # no noun to agree with.
    genitive_after_noun,
    joined_phrase_agrees,
    adverb_without_noun,
    # Verbs last: their rules read no case.
    finite_over_short_infinitive,
    present_of_two_aspect_verb,
    # Person and number of a verb from a nominative pronoun beside it.
    subject_agrees,
]
