"""The context rules on a clause's verb: its subject, its object, and its own forms.

Part of `reader.language.context_rules.RULES` (where their order is given and explained;
a clause with no verb to read is `predicate_rules`'s).
A clause is a stretch between punctuation and subordinating words (`що`, `який`, `як`);
in one with a single finite verb, the subject must agree with it:

    Рішення ухвалив парламент   `рішення` (neuter) cannot be the subject of `ухвалив`
                                (masculine): not nominative
    Бачу дім                    `бачу` has `я` for subject: `дім` is not nominative
    почалися конфлікти          a verb in -ся has no object: nominative
    важко уявити виробництво    no finite verb: the infinitive's object, not nominative
    рішення ухвалено            a -но/-то form: its object, accusative
    робить                      the present, not the colloquial short infinitive
"""

from __future__ import annotations

from collections.abc import Iterator

from reader.language.clause import (
    JOINING,
    NAMES,
    QUANTITY,
    TIME_NOUNS,
    Clause,
    after_preposition,
    bare_noun,
    clauses,
    joined,
    predicate_adjective,
)
from reader.language.features import (
    FINITE_TAGS,
    cases,
    finite,
    gender,
    modifier,
    not_only,
    noun,
    numbers,
)
from reader.model import Analysis

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
# Impersonal modal words: a clause with one and an infinitive has no subject (`можна
# використовувати`).
MODALS = frozenset("можна треба потрібно необхідно слід варто неможливо".split())
# Verbs after which a nominative needs not agree (`питанням було`, `він став президент`).
COPULAS = frozenset(
    "бути бувати стати ставати являти являтися виявитися виявлятися вважатися здаватися "
    "залишатися залишитися лишатися лишитися називатися зватися".split()
)
# Verbs of being, which take no direct object (`є питання`, `стала проблема`); not
# `являти`, which does (`являє собою загрозу`).
LINKS = frozenset({"бути", "бувати", "ставати", "стати"})
# Nouns of quantity, whose verb may agree with the sense (`ряд депутатів заявили`).
LOOSE = frozenset(
    "частина половина третина ряд низка група кількість сотня тисяча мільйон мільярд "
    "десяток пара".split()
)
# Words of company: `президент з прем'єром заявили` has a singular noun and a plural verb.
COMPANY = frozenset({"з", "із", "зі", "разом"})
# A verb's forms: finite, infinitive, -но/-то, converb.
VERB_FORMS = frozenset({"VERB", "GRND"})
# Negations, after which an object may be genitive and a subject left out.
NEGATIONS = frozenset({"не", "ні", "ані"})


def subject_agrees_with_verb(c: Clause) -> None:
    """A noun that cannot agree with the one finite verb of its clause is not its subject,
    so not nominative: `Рішення ухвалив парламент` (`рішення` is neuter, `ухвалив`
    masculine), `Бачу дім` (`бачу` has `я` for subject); and where one word can only be the
    subject (`Вони викликають задоволення`), the other nouns are not. Only where nothing
    else makes a nominative that does not agree: no copula (`було питання`, `стала
    причиною`), no numbers or quantities (`більшість проголосували`), no noun joined to
    another (`брат і сестра прийшли`) or with company (`з сестрою прийшли`); comparisons
    (`як птах`) are clauses of their own. Before agreement, which takes the case decided
    here to the noun's adjectives."""
    for start, end, at in _one_verb_clauses(c):
        verb = c.readings[at]
        if any(a.lemma in COPULAS for a in verb) or _counted(c, start, end):
            continue
        company = not COMPANY.isdisjoint(c.words[start:end])
        subjects = [
            i
            for i in range(start, end)
            if c.readings[i]
            and all(_nominative(a) and _agent(a) for a in c.readings[i])
            and any(_subject_of(n, v) for n in c.readings[i] for v in verb)
            and c.word(i - 1) not in JOINING  # `..., і сестра`: may open a clause of its own
        ]
        for i in range(start, end):
            if i == at or not bare_noun(c, i) or not c.has(i, "nomn"):
                continue
            if joined(c, i) or c.word(i) in LOOSE:
                continue
            nominatives = [n for n in c.readings[i] if _nominative(n)]
            if not any(_subject_of(n, v) for n in nominatives for v in verb):
                if not company:
                    c.keep(i, lambda a: not_only(a, "nomn"))
            elif len(subjects) == 1 and abs(subjects[0] - i) > 1 and not _named(c, i):
                c.keep(i, lambda a: not_only(a, "nomn"))  # a clause has one subject
        if not subjects and not company:
            _subject_left(c, start, end, verb)


def _subject_left(c: Clause, start: int, end: int, verb: tuple[Analysis, ...]) -> None:
    """A clause whose object is known (a noun that can only be accusative: `заяву`) and
    one noun left that agrees with the verb: that noun is the subject (`Заяву оприлюднило
    міністерство`: `міністерство` nominative). Not with a reflexive verb, which takes no
    object, nor for a noun of time (`цілий день`), which may be an accusative of its own."""
    if any(v.lemma.endswith(("ся", "сь")) for v in verb):
        return
    if any(c.has(i, "NPRO") and c.has(i, "nomn") for i in range(start, end)):
        return  # a pronoun may be the subject (`які показують процес`)
    words = [i for i in range(start, end) if c.readings[i] and all(noun(a) for a in c.readings[i])]
    if not any(all(cases(a) == {"accs"} for a in c.readings[i]) for i in words):
        return
    left = [
        i
        for i in words
        if c.has(i, "nomn")
        and any(_subject_of(n, v) for n in c.readings[i] if _nominative(n) for v in verb)
    ]
    if len(left) == 1 and c.word(left[0]) not in TIME_NOUNS and not joined(c, left[0]):
        k = left[0] - 1
        while k >= start and c.has(k, "ADJF") and not c.has(k, "NOUN"):
            k -= 1
        if k >= start and c.has(k, "NOUN"):
            return  # after a noun it may be its attribute (`процес статевого піднесення`)
        c.keep(left[0], lambda a: _nominative(a) and any(_subject_of(a, v) for v in verb))


def sole_subject_before_verb(c: Clause) -> None:
    """`Цей закон набуде чинності`, `Новий директор підписав наказ`: a clause whose
    one finite verb is singular needs a nominative subject that agrees with it (or none, when
    the subject is left out). Where grammar leaves exactly one noun that can be it (no
    pronoun, no indeclinable word, no second noun that agrees) and that noun stands before
    the verb, it is the subject. Word order decides only this last step, and only because
    Ukrainian puts a known object first chiefly when the subject is named after the verb
    (`Рішення ухвалив парламент`: two candidates, left alone) and rarely when it is left
    out; a candidate after the verb may be either (`зростає інтерес`, `побачив дім`), so it
    stays open. Not with a plural verb, whose unnamed subject is "people" (`Метали
    використовують для верстатів`: an object first). After subject_agrees_with_verb."""
    for start, end, at in _one_verb_clauses(c):
        verb = c.readings[at]
        if any(a.lemma in COPULAS or numbers(a) != {"sing"} for a in verb):
            continue
        if _counted(c, start, end):
            continue  # `п'ять людей прийшло`: the numeral's phrase may be the subject
        if not NEGATIONS.isdisjoint(c.words[start:end]):
            continue  # `жодного листа не надіслав`: the genitive of negation
        candidates = []
        for i in range(start, end):
            if i != at and c.tags[i] & {"NOUN", "NPRO"} and _may_be_subject(c, i, verb):
                candidates.append(i)
                if len(candidates) > 1 or i > at:
                    break
        if len(candidates) != 1 or candidates[0] > at:
            continue
        (i,) = candidates
        if bare_noun(c, i) and c.word(i) not in TIME_NOUNS and not after_preposition(c, i):
            c.keep(i, lambda a, vs=verb: _nominative(a) and any(_subject_of(a, v) for v in vs))


def _may_be_subject(c: Clause, i: int, verb: tuple[Analysis, ...]) -> bool:
    """Some reading of token `i` is a nominative that could be the verb's subject: a noun or
    a pronoun standing for one (not `цей` before its noun, nor the possessive `його`), and
    not inside a preposition's phrase or where it may be a genitive attribute (`з дня
    його опублікування`, `свідчення очевидця`)."""
    if after_preposition(c, i) or (c.has(i, "gent") and c.any(i - 1, noun)):
        return False
    before_noun = c.has(i + 1, "NOUN") or c.has(i + 1, "ADJF")
    return any(
        _nominative(a)
        and (_agent(a) or ("NPRO" in a.tags and not (modifier(a) and before_noun)))
        and not ("Fixd" in a.tags and "NPRO" in a.tags)
        and any(_subject_of(a, v) for v in verb)
        for a in c.readings[i]
    )


def reflexive_takes_no_object(c: Clause) -> None:
    """`почалися конфлікти`, `галузь розвивається`: a verb in -ся takes no direct object,
    nor does `бути` (`є ручний електродриль`) or `стати`, so in a clause whose one verb is
    such, with no infinitive or converb that could take one
    (`намагається знайти вихід`), a nominative-or-accusative noun is the nominative, and so
    is an adjective with no noun after it, the predicate (`був малий`, `Прокинувся я
    голодний`). Not after a preposition (`у вічі кидається`), nor a noun of time (`цілий
    день трималася`). Beside subject_agrees_with_verb, which reads the same clauses."""
    for start, end in clauses(c):
        verbs = [i for i in range(start, end) if c.tags[i] & VERB_FORMS]
        if len(verbs) != 1 or not all(finite(a) for a in c.readings[verbs[0]]):
            continue
        if not all(
            a.lemma.endswith(("ся", "сь")) or a.lemma in LINKS for a in c.readings[verbs[0]]
        ):
            continue
        for i in range(start, end):
            if not c.has(i, "accs") or not c.has(i, "nomn"):
                continue
            if not bare_noun(c, i) and not predicate_adjective(c, i):
                continue
            if c.word(i) not in TIME_NOUNS and not after_preposition(c, i):
                c.keep(i, lambda a: not_only(a, "accs"))


def impersonal_takes_object(c: Clause) -> None:
    """`На засіданні ухвалено рішення`, `було збудовано міст`: a form in -но/-то is impersonal;
    it has no subject, and the noun it governs is its object in the accusative. So in a
    clause whose verb is such a form (with `бути` at most beside it), a nominative-or-
    accusative noun is the accusative. Not after a preposition, whose case it is.
    Beside subject_agrees_with_verb, which leaves such clauses alone (no finite verb)."""
    if not any("Impe" in tags for tags in c.tags):
        return
    for start, end in clauses(c):
        forms = [i for i in range(start, end) if c.has(i, "Impe")]
        if len(forms) != 1 or not all("Impe" in a.tags for a in c.readings[forms[0]]):
            continue
        verbs = [i for i in range(start, end) if c.has(i, "VERB") and i != forms[0]]
        if any(not c.any(i, lambda a: a.lemma == "бути") for i in verbs):
            continue
        for i in range(start, end):
            if bare_noun(c, i) and c.has(i, "accs") and not after_preposition(c, i):
                c.keep(i, lambda a: not_only(a, "nomn"))


def object_of_infinitive(c: Clause) -> None:
    """`важко уявити сучасне виробництво`, `піднявши глядацький рейтинг`: in a clause with an
    infinitive or a converb and no finite verb, a noun after it is its object, not a
    nominative (nothing there has a subject to agree with); with an impersonal modal word
    (`можна`, `треба`) the clause has no subject at all, so a noun before the infinitive is
    its object too (`Готовий текст можна надіслати`). Not after `звати` (`звати
    Іван`) or a copula (`бути`). Next to subject_agrees_with_verb, the same reasoning
    without a verb to agree with."""
    for start, end in clauses(c):
        if any(c.tags[i] & FINITE_TAGS for i in range(start, end)):
            continue
        infinitive = next(
            (i for i in range(start, end) if _infinitive_only(c, i) or _converb_only(c, i)), None
        )
        if infinitive is None or c.any(infinitive, lambda a: a.lemma in COPULAS | {"звати"}):
            continue
        first = start if MODALS.intersection(c.words[start:end]) else infinitive + 1
        for i in range(first, end):
            if i == infinitive:
                continue
            if bare_noun(c, i) and not _named(c, i) and c.word(i - 1) not in JOINING:
                c.keep(i, lambda a: not_only(a, "nomn"))


def noun_over_imperative(c: Clause) -> None:
    """`відходи металу направляються`, `постанови уряду діють`: a word that is a noun or an
    imperative (`відходи!`, `постанови!`) is the noun in a clause that has another finite
    verb, not imperative, with no conjunction between them: a clause has one verb, and an
    order does not share it (`Іди й подивися` has its `й`). Before the rules that count a
    clause's verbs, so that they see one."""
    if not any("impr" in tags for tags in c.tags):
        return
    for start, end in clauses(c):
        others = [i for i in range(start, end) if _finite_not_imperative(c, i)]
        if not others or any(c.word(i) in JOINING for i in range(start, end)):
            continue
        for i in range(start, end):
            if c.has(i, "impr") and c.has(i, "NOUN") and i not in others:
                c.keep(i, lambda a: "impr" not in a.tags)


def _finite_not_imperative(c: Clause, i: int) -> bool:
    return bool(c.readings[i]) and all(finite(a) and "impr" not in a.tags for a in c.readings[i])


def finite_over_short_infinitive(c: Clause) -> None:
    """`робить`, `входить`: the short infinitive in -ть is colloquial; written prose means
    the present (or future) form spelt the same. Needs no neighbour, so it may run anywhere."""
    for i, word in enumerate(c.words):
        if word.endswith(("ть", "ться", "тсь")) and c.tags[i] & FINITE_TAGS:
            c.keep(i, lambda a: "VERB" not in a.tags or finite(a))


def present_of_two_aspect_verb(c: Clause) -> None:
    """`фінансуються`, `виникає`: a form that is both the present and the future of one verb
    (a verb of both aspects) reads as the present unless the sentence says `буде`/`завтра`;
    prose describes more than it announces."""
    if not FUTURE_MARKS.isdisjoint(c.words):
        return
    for i, tags in enumerate(c.tags):
        if "pres" in tags and "futr" in tags:
            c.keep(i, lambda a: "futr" not in a.tags)


def subject_agrees(c: Clause) -> None:
    """A finite verb next to a nominative personal pronoun takes its person and number
    (`ми є`, `є вони`); `є`, which is every person, is the third without a first or second
    person pronoun in the sentence (`є питання`). Other forms carry their person (`Беру.`
    needs no `я`). Last: it only reads pronouns, whose case no rule changes."""
    persons = {SUBJECTS[word][0] for word in c.words if word in SUBJECTS}
    for i, tags in enumerate(c.tags):
        if "VERB" not in tags:
            continue
        subject = next((SUBJECTS[c.word(j)] for j in (i - 1, i + 1) if c.word(j) in SUBJECTS), None)
        if subject is not None:
            c.keep(i, lambda a, s=subject: _person_fits(a, *s))
        elif persons <= {"3per"} and all(c.has(i, p) for p in ("1per", "2per", "3per")):
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
    return bool(c.tags[i] & NAMES) or (i > 0 and c.text(i)[:1].isupper())


def _one_verb_clauses(c: Clause) -> Iterator[tuple[int, int, int]]:
    """(start, end, the verb's index) of each clause with one finite verb, every reading of
    it finite: the clauses whose subject the verb's person, number and gender say."""
    if not any(tags & FINITE_TAGS for tags in c.tags):
        return
    for start, end in clauses(c):
        verbs = [i for i in range(start, end) if c.tags[i] & FINITE_TAGS]
        if len(verbs) == 1 and all(finite(a) for a in c.readings[verbs[0]]):
            yield start, end, verbs[0]


def _counted(c: Clause, start: int, end: int) -> bool:
    """A clause with a number, numeral or word of quantity: its verb may agree with the
    sense (`більшість депутатів проголосували`, `п'ять людей прийшло`)."""
    return any(
        c.tokens[i].kind == "number" or c.words[i] in QUANTITY or "NUMR" in c.tags[i]
        for i in range(start, end)
    )


def _converb_only(c: Clause, i: int) -> bool:
    return bool(c.readings[i]) and all("GRND" in a.tags for a in c.readings[i])


def _infinitive_only(c: Clause, i: int) -> bool:
    return bool(c.readings[i]) and all(
        "VERB" in a.tags and not a.tags & {"pres", "futr", "past", "impr", "Impe"}
        for a in c.readings[i]
    )
