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

Here are `RULES` and the rules of case that need no agreement: the dictionary's ranking,
the vocative, titles, government (the table of `reader.language.government`), the animate
accusative, quantity and dates. Agreement within a noun phrase and what it leaves open are
in `agreement_rules`; joined words in `coordination_rules`; the clause's verb in
`verb_rules`, a clause with none in `predicate_rules`.
`reader.language.context.explain` lists the steps each rule took.
"""

from __future__ import annotations

from functools import cache, lru_cache

from reader.language import morph
from reader.language.agreement_rules import (
    adverb_without_noun,
    genitive_after_noun,
    modifier_agrees,
    possessive_before_noun,
    predicate_instrumental,
)
from reader.language.clause import (
    JOINING,
    PLACE_KINDS,
    QUANTITY,
    Clause,
    Rule,
    after_preposition,
    bare_noun,
    noun_phrase,
    word_runs,
)
from reader.language.coordination_rules import conjuncts_share_case
from reader.language.features import (
    FINITE_TAGS,
    cases,
    finite,
    not_only,
    noun,
    numbers,
    preposition,
)
from reader.language.government import government
from reader.language.predicate_rules import (
    dash_for_copula,
    predicate_of_pronoun,
    this_is,
    verbless_sentence_no_accusative,
)
from reader.language.verb_rules import (
    finite_over_short_infinitive,
    impersonal_takes_object,
    noun_over_imperative,
    object_of_infinitive,
    present_of_two_aspect_verb,
    reflexive_takes_no_object,
    sole_subject_before_verb,
    subject_agrees,
    subject_agrees_with_verb,
)
from reader.model import Analysis

# Numerals whose noun is nominative or accusative plural with them (`два роки`).
FEW = frozenset({"два", "три", "чотири", "обидва", "обидві"})
# Numerals that do not count a plural noun: `один` agrees, `півтора` takes the singular.
NOT_COUNTING = frozenset({"один", "одна", "одне", "одні", "півтора", "півтори"})
MONTHS = frozenset(
    "січень лютий березень квітень травень червень липень серпень вересень жовтень "
    "листопад грудень".split()
)
# Quotation marks: those that only open, only close, and those that do both (by turn).
OPENING_QUOTES = frozenset("«„")
CLOSING_QUOTES = frozenset("»”")
TWO_WAY_QUOTES = frozenset('“"')
QUOTES = OPENING_QUOTES | CLOSING_QUOTES | TWO_WAY_QUOTES
# Nouns that name a word or phrase, quoted after them in the nominative (`термін «мем»`).
WORD_NOUNS = frozenset(
    "слово слова слову словом слові термін терміна терміну терміном поняття поняттям вираз "
    "виразу виразом назва назви назву назвою словосполучення".split()
)
# Punctuation that sets off an address (`Друзі, ...`, `..., пане Іване!`).
ADDRESS_MARKS = frozenset(",!?…—–")


@cache
def _first_words() -> frozenset[str]:
    """The first word of every preposition in the table (`під` of `під час`)."""
    return frozenset(entry.split()[0] for entry in government())


def function_word_hides(c: Clause) -> None:
    """`яка` is the pronoun `який`, not the genitive of `як` "yak"; `серед` the preposition,
    not `середа`: the readings of the lemmas `morph.lemmas` hides behind a function word go.
    First: it is the dictionary's own ranking, and later rules should not weigh a yak."""
    for i, readings in enumerate(c.readings):
        if len(readings) > 1 and _hides(c.text(i)):
            shown = _shown(c.text(i))
            c.keep(i, lambda a, s=shown: a.lemma in s)


@lru_cache(maxsize=200_000)  # once per form
def _shown(text: str) -> frozenset[str]:
    return frozenset(morph.lemmas(text))


@lru_cache(maxsize=200_000)  # once per form: most forms hide nothing
def _hides(text: str) -> bool:
    """Some reading of the form has a lemma `morph.lemmas` hides (if none of all its readings
    has, none of those a sentence leaves has)."""
    shown = _shown(text)
    return any(a.lemma not in shown for a in morph.analyse(text))


def vocative_needs_address(c: Clause) -> None:
    """A vocative is an address, set off by punctuation or the sentence's ends (`Друзі, ...`,
    `Дякую, пане Іване!`), and all its words can be vocatives. Elsewhere `голови` is not
    "vocative plural". First: it needs
    nothing but punctuation, and it removes readings no later rule would weigh."""
    if not any("voct" in tags for tags in c.tags):
        return
    for start, end in word_runs(c):
        if not any("voct" in c.tags[i] for i in range(start, end)):
            continue  # (the common case: nothing to remove in this run)
        before = c.text(start - 1)
        addressed = (start == 0 or before in ADDRESS_MARKS or c.word(start - 1) == "о") and (
            end == len(c.tokens) or c.text(end)[:1] in ADDRESS_MARKS or c.text(end) == "."
        )
        nominal = all(c.has(i, "voct") for i in range(start, end))
        if not addressed or not nominal or end - start > 4:
            for i in range(start, end):
                if "voct" in c.tags[i]:
                    c.keep(i, lambda a: not_only(a, "voct"))


def place_after_kind(c: Clause) -> None:
    """`м. Мінську`, `с. Гута`: after a place kind's abbreviation comes the place's name, a
    noun (`Мінськ`, not the adjective `мінський`). Before government, which would keep both."""
    if PLACE_KINDS.isdisjoint(c.words):
        return
    for i in range(len(c.tokens) - 2):
        if c.word(i) in PLACE_KINDS and c.text(i + 1) == "." and c.text(i + 2)[:1].isupper():
            c.keep(i + 2, noun)


def title_after_its_noun(c: Clause) -> None:
    """`у газеті «День»`, `гурту «Океан Ельзи»`, `слово «мрія»`: a name or word in quotes
    after the noun that says what it is stands in the nominative, whatever the case of that
    noun (the title is not declined). A name starts with a capital; in lower case only a
    word quoted as a word (`словом «мрія»`), since quotes around a common word mark
    irony and leave its case alone (`лікував силою “енергії”`). Only its first noun phrase,
    and only a quote that opens (`“` and `"` both open and close: the first of a pair
    opens). Before government, whose phrase ends at the quote anyway, so that nothing later
    reads the title as governed."""
    if QUOTES.isdisjoint(c.words):
        return
    inside = False
    for i, token in enumerate(c.tokens):
        mark = token.text
        if mark in CLOSING_QUOTES or (mark in TWO_WAY_QUOTES and inside):
            inside = False
            continue
        if mark not in OPENING_QUOTES and mark not in TWO_WAY_QUOTES:
            continue
        inside = True
        if i == 0 or not bare_noun(c, i - 1):
            continue
        if c.text(i + 1)[:1].isupper() or c.word(i - 1) in WORD_NOUNS:
            for j in noun_phrase(c, i + 1):
                c.keep(j, lambda a: "nomn" in cases(a))


def preposition_governs(c: Clause) -> None:
    """A preposition admits only its cases (`government.txt`) in the phrase after it, and in a
    second phrase joined by `і`, `та`, `або` (`між Україною і Росією`); so does a compound
    preposition (`під час кашлю`) or an adverb used as one (`наприкінці року`). The surest
    rule about case, so it runs before agreement, which then spreads what it decided."""
    table = government()
    firsts = _first_words()
    for i, word in enumerate(c.words):
        if word not in firsts or not (c.has(i, "PREP") or c.has(i, "ADVB")):
            continue
        compound = table.get(f"{word} {c.word(i + 1)}")  # `під час`: two words
        if compound is not None:
            _govern(c, i, i + 2, compound)
        if word in table:  # `за рахунок`: `за` governs `рахунок` too
            _govern(c, i, i + 1, table[word])


def _govern(c: Clause, i: int, start: int, admitted: frozenset[str]) -> None:
    """The preposition at `i` keeps only its cases in the phrase from `start` and in one
    joined to it."""
    phrase = list(noun_phrase(c, start))
    after = phrase[-1] + 1 if phrase else start
    if c.word(after) in JOINING:
        phrase += noun_phrase(c, after + 1)
    if not phrase:
        return
    governed = c.any(phrase[0], lambda a: bool(cases(a) & admitted))  # before narrowing
    for j in phrase:
        c.keep(j, lambda a, w=admitted: not cases(a) or bool(cases(a) & w))
    if governed:  # `після перекладу`: the noun, not `перекласти`'s future
        c.keep(phrase[0], lambda a: not finite(a))
        c.keep(i, preposition)  # `на` governing is not the particle, `до` not the note


def locative_needs_preposition(c: Clause) -> None:
    """The locative is only ever governed (`у Києві`, `на засіданні`, `при цьому`): a word
    with no preposition before it that admits the locative, since the last finite verb, is
    not in the locative (`присутності` after `край` is dative). Looking back to the nearest
    preposition, not through the phrase alone, keeps lists (`у Києві, Харкові та Львові`).
    After government, so the phrases it read stay as it left them."""
    if not any("loct" in tags for tags in c.tags):
        return
    table = government()
    allowed = False
    for i, (word, tags) in enumerate(zip(c.words, c.tags, strict=True)):
        if word in table and "PREP" in tags:
            allowed = "loct" in table[word]
            continue
        if tags & FINITE_TAGS:
            allowed = False
        elif not allowed and "loct" in tags:
            c.keep(i, lambda a: not_only(a, "loct"))


def animate_plural_accusative(c: Clause) -> None:
    """`бачу депутатів`, `попередити мешканців`: the accusative plural of an animate noun is
    the genitive form; the nominative form serves as accusative only after a preposition,
    in "to become one of" (`піти в депутати`, `вийти в люди`). So `депутати`, `інженери`
    outside a preposition's phrase are not accusative (the dictionary lists that reading for
    the prepositional use). Animals may also take the nominative form (`пасти корови`), which
    prose rarely needs. After government, which reads the phrases this rule leaves alone."""
    for i, tags in enumerate(c.tags):
        if not {"anim", "accs", "plur", "nomn"} <= tags or after_preposition(c, i):
            continue
        # the lemmas whose nominative plural is this form (not `чоловіків`, also an adjective)
        spelt = {a.lemma for a in c.readings[i] if noun(a) and _plural_in(a, "nomn")}
        c.keep(
            i, lambda a, s=spelt: not (a.lemma in s and "anim" in a.tags and _plural_in(a, "accs"))
        )


def _plural_in(a: Analysis, case: str) -> bool:
    return "plur" in a.tags and cases(a) == {case}


def quantity_genitive(c: Clause) -> None:
    """`багато людей`, `більшість депутатів`, `5 тис. гривень`: a word of quantity takes the
    genitive. After government: `на багато років` keeps the preposition's case for `багато`
    only."""
    if QUANTITY.isdisjoint(c.words):
        return
    for i, word in enumerate(c.words):
        if word not in QUANTITY:
            continue
        start = i + 2 if c.text(i + 1) == "." else i + 1
        for j in noun_phrase(c, start):
            c.keep(j, lambda a: "gent" in cases(a))


def numeral_quantifies(c: Clause) -> None:
    """`п'ять років`, `двох країн`, `два роки`: after a cardinal numeral the noun is plural;
    after five and up in the nominative or accusative it is genitive (`п'ять років`), after
    `два`, `три`, `чотири`, `обидва` and in the other cases it takes the numeral's case
    (`двом країнам`). Only the last numeral of a compound counts (`двадцять два роки`); not
    `один`, which agrees like an adjective, nor `півтора` (genitive singular). After
    government, which may have fixed the numeral's case."""
    for i, tags in enumerate(c.tags[:-1]):
        if "NUMR" not in tags or c.has(i + 1, "NUMR") or c.word(i) in NOT_COUNTING:
            continue
        numerals = [a for a in c.readings[i] if "NUMR" in a.tags]
        case = frozenset().union(*(cases(a) for a in numerals))
        if not case:
            continue
        if not any(a.lemma in FEW for a in numerals):
            case = (case - {"nomn", "accs"}) | ({"gent"} if case & {"nomn", "accs"} else set())
        for j in noun_phrase(c, i + 1):
            c.keep(j, lambda a, w=case: bool(cases(a) & w) and "plur" in numbers(a))


def _month(a: Analysis) -> bool:
    return a.lemma in MONTHS


def date_month_genitive(c: Clause) -> None:
    """`17 лютого`, `29 листопада 2012 року`: a month after the day's number is genitive
    (the date is "the 17th of February"). Needs only the number before it."""
    for i in range(1, len(c.tokens)):
        if c.tokens[i - 1].kind == "number" and c.any(i, _month):
            c.keep(i, lambda a: noun(a) and a.lemma in MONTHS and "gent" in cases(a))


# Applied in this order, each seeing what the earlier ones left (reasons in the docstrings).
RULES: list[Rule] = [
    # The dictionary's own ranking: a function word's readings hide the rare noun it spells.
    function_word_hides,
    # Punctuation alone decides the vocative; nothing later weighs it.
    vocative_needs_address,
    # A place kind's abbreviation picks the noun before government, which admits both.
    place_after_kind,
    # A title in quotes after its noun is nominative: no government or agreement reaches it.
    title_after_its_noun,
    # The possessive before a noun, so that agreement sees the noun alone.
    possessive_before_noun,
    # The case of a phrase: government first, the surest; then the animate accusative, which
    # reads only whether a preposition governs; quantity next.
    preposition_governs,
    locative_needs_preposition,
    animate_plural_accusative,
    quantity_genitive,
    numeral_quantifies,
    # What the clause's verb says of case (verb_rules). First which word is its verb: a
    # noun-or-imperative beside another finite verb is the noun, so the rules after it count
    # one verb. Then its subject agrees with it (and the one noun that can be a singular
    # verb's subject, before it, is it), a verb in -ся or `бути` has no object, a -но/-то
    # form's and an infinitive's noun is its object. A clause with no verb
    # (predicate_rules): a pronoun's predicate, `це` and a dash for `є`, no accusative.
    # After government (a governed noun is not theirs), before agreement.
    noun_over_imperative,
    subject_agrees_with_verb,
    sole_subject_before_verb,
    reflexive_takes_no_object,
    predicate_of_pronoun,
    this_is,
    dash_for_copula,
    verbless_sentence_no_accusative,
    impersonal_takes_object,
    object_of_infinitive,
    # Agreement (agreement_rules) spreads the case decided above through each noun phrase,
    # both ways.
    modifier_agrees,
    # Then what agreement left open: attributes in the genitive, dates, a copula's predicate.
    genitive_after_noun,
    date_month_genitive,
    predicate_instrumental,
    # Conjuncts share case (coordination_rules): after every rule that decides one, so that
    # it spreads along the list.
    conjuncts_share_case,
    # Words with no noun to agree with: after the rules that may give them one.
    adverb_without_noun,
    # The verb's own forms last: these rules read no case.
    finite_over_short_infinitive,
    present_of_two_aspect_verb,
    # Person and number of a verb from a nominative pronoun beside it.
    subject_agrees,
]
