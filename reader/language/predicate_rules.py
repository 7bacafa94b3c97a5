"""The context rules of a clause with no verb to govern a case: its predicate, its subject.

Part of `reader.language.context_rules.RULES` (where their order is given and explained).
An accusative needs a verb or a preposition to govern it; where a clause has neither, what
is nominative or accusative is the nominative, as subject or predicate:

    я впевнений                 the pronoun's predicate: nominative
    стілець, що зроблений       `що` is the clause's subject: `зроблений` nominative
    Це подарунок родині         `це` "this is": its predicate nominative
    Успіх — це результат праці  both sides of `— це`: nominative
    Мед — найкращий засіб       a dash for the left-out `є`: both nominative
    Київське яблуко розбрату    no verb in the sentence at all: no accusative
"""

from __future__ import annotations

from reader.language.clause import (
    CLAUSE_WORDS,
    TIME_NOUNS,
    Clause,
    after_preposition,
    bare_noun,
    clauses,
    noun_phrase,
    predicate_adjective,
)
from reader.language.features import FINITE_TAGS, cases, gender, modifier, not_only, noun, numbers
from reader.language.verb_rules import SUBJECTS
from reader.model import Analysis

# Relative pronouns that may open a clause as its subject (`стілець, що зроблений із дуба`).
RELATIVES = frozenset({"що", "який", "яка", "яке", "які"})
# Predicative words that take an accusative without a verb (`видно гори`, `шкода час`).
PREDICATIVES = frozenset({"видно", "чути", "шкода", "жаль", "жалко", "треба", "потрібно"})
# Words that open a subordinate clause, whose verb is not the main clause's.
SUBORDINATORS = CLAUSE_WORDS - {"а", "але", "проте", "однак"}
# Dashes, which stand for a left-out `є` (`Успіх — це результат праці`).
DASHES = frozenset("—–")
# What may stand between `це` and its predicate (`це не вихід`, `це ж дрібниці`).
PARTICLES = frozenset({"не", "ж", "же", "й", "і", "лише", "тільки", "саме", "якраз"})


def predicate_of_pronoun(c: Clause) -> None:
    """`я впевнений`, `він досі живий`, `стілець, що зроблений із дуба`: in a clause
    with no verb form at all, an adjective or participle with no noun after it that agrees
    with the clause's nominative pronoun (personal, or the relative `що`, `який` opening it)
    is that pronoun's predicate, in the nominative: nothing there could govern an
    accusative. Beside reflexive_takes_no_object, which does the same for `бути`."""
    if SUBJECTS.keys().isdisjoint(c.words) and RELATIVES.isdisjoint(c.words):
        return
    for start, end in clauses(c):
        if any(c.tags[i] & {"VERB", "GRND"} for i in range(start, end)):
            continue
        subjects = [
            a
            for i in range(start, end)
            if c.word(i) in SUBJECTS or (i == start and c.word(i) in RELATIVES)
            for a in c.readings[i]
            if "NPRO" in a.tags and _nominative(a)
        ]
        if not subjects:
            continue
        for i in range(start, end):
            if predicate_adjective(c, i) and c.has(i, "nomn") and not after_preposition(c, i):
                c.keep(i, lambda a, s=subjects: _nominative(a) and any(_fits(a, n) for n in s))


def this_is(c: Clause) -> None:
    """`Це подарунок родині`, `це не вихід`, `Успіх — це результат праці`: in a clause
    with no verb form, `це` not governed by a preposition says "this is", and the noun phrase
    after it is its predicate, in the nominative (so is `цей` agreeing with it: `Це питання.`
    is nominative either way); before `— це` stands the subject, nominative too. Before
    agreement, which spreads the case through each phrase."""
    if "це" not in c.words:
        return
    for start, end in clauses(c):
        if any(c.tags[i] & {"VERB", "GRND"} for i in range(start, end)):
            continue
        for i in range(start, end):
            if c.word(i) != "це" or after_preposition(c, i):
                continue  # `на все це питання`: a preposition's phrase
            k = i + 1
            while c.word(k) in PARTICLES or _adverb_only(c, k):
                k += 1
            for j in noun_phrase(c, k):
                c.keep(j, _nominative)
            if i == start and c.text(i - 1) in DASHES and _whole_phrase_before(c, i - 2):
                c.keep(i - 2, _nominative)


def dash_for_copula(c: Clause) -> None:
    """`Мед — найкращий засіб від застуди`, `Свобода — відповідальність за вибір`: a
    sentence that opens with a noun phrase and a dash, with no verb before the dash and none
    outside its subordinate clauses, says "X is Y": the dash stands for the left-out `є`,
    and both phrases are nominative (the one after it up to its first verb form: `Мета —
    збудувати міст` has `міст` for the infinitive's object). With a verb and a second dash
    (`Вода — найкращий засіб від спраги — допомагає завжди`), the phrase between the dashes
    is an apposition, in the case of the one before. Only at the sentence's start: after a
    verb the dash marks a verb left out (`Я п’ю каву, а брат — чай`). Beside this_is, which
    reads `— це`."""
    dash = next((i for i, t in enumerate(c.tokens) if t.text in DASHES), None)
    if dash is None or dash < 1 or c.word(dash + 1) == "це":
        return
    head = dash - 1
    while head > 0 and c.has(head, "gent") and c.is_word(head - 1) and c.any(head - 1, noun):
        head -= 1  # `Мета проекту —`: the noun before a genitive heads the phrase
    if not _whole_phrase_before(c, head) or any(c.tags[i] & {"VERB", "GRND"} for i in range(dash)):
        return
    phrase = list(noun_phrase(c, dash + 1))
    if any(c.tags[i] & FINITE_TAGS for s, e in _main_clauses(c) for i in range(s, e)):
        after = (i for i in range(dash + 1, len(c.tokens)) if c.text(i) in DASHES)
        second = next(after, None)
        if second is None or any(c.tags[i] & {"VERB", "GRND"} for i in range(dash, second)):
            return  # `Книгу — я прочитав`: no apposition, and the sentence has its verb
        shared = frozenset().union(*(cases(a) for a in c.readings[head]))
        for j in phrase:
            c.keep(j, lambda a, w=shared: not cases(a) or bool(cases(a) & w))
        return
    c.keep(head, _nominative)
    for j in phrase:
        c.keep(j, _nominative)


def verbless_sentence_no_accusative(c: Clause) -> None:
    """An accusative needs a verb or a preposition to govern it: in a sentence with no verb
    form at all (a headline, `Мудрість дідова проста й глибока`, `Весь фільм – уклін
    старому кіно`), or none outside its subordinate clauses, whose verbs are their own
    (`Головні експонати — ікони, які привезли з Чернігова`), a word that is nominative or
    accusative is the nominative: in the whole sentence, or before its first subordinate
    clause (what follows that clause may belong to it). Unless a preposition governs it or
    a predicative word takes the accusative (`видно гори`, `шкода час`); nouns of time keep
    it (`кожен день`). A clause opened by `а`, `але`, `проте` is no subordinate clause."""
    if PREDICATIVES.intersection(c.words):
        return
    end = len(c.tokens)
    if any(tags & {"VERB", "GRND"} for tags in c.tags):
        if any(c.tags[i] & {"VERB", "GRND"} for s, e in _main_clauses(c) for i in range(s, e)):
            return  # `Лист, який я написав, я відправив`: the main clause has its verb
        end = next(s for s, _ in clauses(c) if c.word(s) in SUBORDINATORS)
    for i in range(end):
        tags = c.tags[i]
        if "nomn" in tags and "accs" in tags and c.word(i) not in TIME_NOUNS:
            if not after_preposition(c, i):
                c.keep(i, lambda a: not_only(a, "accs"))


def _main_clauses(c: Clause) -> list[tuple[int, int]]:
    """The clauses no subordinating word opens (`що`, `який`, `коли`; `а`, `але` do not)."""
    return [(s, e) for s, e in clauses(c) if c.word(s) not in SUBORDINATORS]


def _whole_phrase_before(c: Clause, head: int) -> bool:
    """Token `head` is a noun heading all that stands before it since the last punctuation
    (`Чиста вода — це`), not a genitive or a conjunct inside a longer phrase (`Охорона
    лісів і річок — це`) or a preposition's noun."""
    if not bare_noun(c, head):
        return False
    k = head - 1
    while c.is_word(k) and c.readings[k] and all(modifier(a) for a in c.readings[k]):
        k -= 1
    return not c.is_word(k)


def _nominative(a: Analysis) -> bool:
    return "nomn" in cases(a)


def _adverb_only(c: Clause, i: int) -> bool:
    return c.is_word(i) and bool(c.readings[i]) and all("ADVB" in a.tags for a in c.readings[i])


def _fits(adjective: Analysis, pronoun: Analysis) -> bool:
    """The adjective may be said of the pronoun (number; gender in the singular)."""
    if pronoun.lemma == "що":
        return True
    if not numbers(adjective) & numbers(pronoun):
        return False
    return not gender(pronoun) or not gender(adjective) or gender(pronoun) == gender(adjective)
