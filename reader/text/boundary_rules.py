"""The ordered rules that overrule Punkt at a candidate boundary, and the general ones.

`RULES` is tried in order on every candidate (reader.text.candidates); the first rule with
an opinion decides, and Punkt decides when none has one. The rules on abbreviations, initials,
units and enumerators are in `reader.text.abbreviation_rules`; here are those on case,
punctuation, brackets, quotations, dialogue and informal writing:

    весело)) наступного        bracket_smiley: a bracket that opens nothing ends it: split
    класно. потім пішли        informal_lowercase: a full word, a period, lower case: split
    все… та й годі             lowercase_follows: otherwise lower case goes on: join
    «Ні. Втомився» тощо        quotation_inside_sentence: a quoted phrase: join

`reader.text.sentences.explain` names the rule behind each decision.
"""

from __future__ import annotations

from reader.text import lexicon
from reader.text.abbreviation_rules import (
    abbreviation,
    abbreviation_before,
    abbreviation_before_dash,
    compound_unit_before,
    enumerator_opens,
    fronted_adverbial,
    initials_before,
    one_letter_word,
)
from reader.text.candidates import (
    BRACKETS,
    DASHES,
    EMOTICON,
    END_MARKS,
    OPENERS,
    QUOTES,
    Candidate,
    Rule,
    starts_capital,
)

# How far back a bare `)` looks for the `(` it may close; beyond it, it closes nothing.
BRACKET_REACH = 1000


def goes_on_after_smiley(c: Candidate) -> bool:
    """A lower-case conjunction after a smiley joins the next clause: `кроці)) але краєвиди`."""
    word = c.after.rstrip(",;:")
    return word[:1].islower() and lexicon.can_be_conjunction(word)


def bracket_smiley(c: Candidate) -> bool | None:
    """`Дякую всім) приходьте`, `весело)) Наступного`: brackets that open nothing are a smiley
    and end the sentence, unless a conjunction goes on (`кроці)) але краєвиди`); `(на сповид)
    не` closes a bracket, `1) паспорт` numbers an item."""
    if not BRACKETS.fullmatch(c.marks):
        return None
    if c.chunk.isdigit() or len(c.chunk) == 1 and c.chunk.isalpha():
        return False  # a list marker: `1)`, `б)`
    reach = max(c.sentence_start, c.start - BRACKET_REACH)
    opened = c.text.count("(", reach, c.start)
    unmatched = opened < c.text.count(")", reach, c.end)
    return unmatched and c.after[:1] not in ",;:" and not goes_on_after_smiley(c)


def emoticon_ends(c: Candidate) -> bool | None:
    """`дивакуватий. :) Дивитись`, `класно :) наступного`: a smiley closes its sentence, what
    follows in either case; before a comma or a conjunction it is inside one."""
    if not EMOTICON.fullmatch(c.marks):
        return None
    if goes_on_after_smiley(c):
        return False
    return True if c.after[:1].isalnum() or c.after[:1] in OPENERS else None


def punctuation_follows(c: Candidate) -> bool | None:
    """A comma, semicolon or colon continues the sentence: `!, — каже`, `т. д.; а`, and a
    smiley belongs to the sentence it follows: `дивакуватий. :)`."""
    return False if c.after[:1] in {",", ";", ":"} else None


def inside_brackets(c: Candidate) -> bool | None:
    """A bracket that the sentence goes on after is part of it: `(наступного року. — Ред.).`

    `(Так і було. Ніхто не знав.) Потім` may split: the bracket holds whole sentences.
    """
    opened = c.text.count("(", c.sentence_start, c.end)
    if opened <= c.text.count(")", c.sentence_start, c.end):
        return None
    close = c.text.find(")", c.end)
    if close < 0:
        return None
    following = c.text[close + 1 : close + 3].lstrip()
    return None if c.text[close - 1] in END_MARKS and starts_capital(following) else False


def quotation_inside_sentence(c: Candidate) -> bool | None:
    """A quotation followed by a lower-case word is a phrase: `«Ні. Втомився» тощо`.

    Other quotations are split like any text: `«Батько служить.| |Він патріот».`
    """
    for opener, closer in QUOTES:
        if opener == closer:
            unclosed = c.text.count(opener, c.sentence_start, c.end) % 2 == 1
        else:
            opened = c.text.count(opener, c.sentence_start, c.end)
            unclosed = opened > c.text.count(closer, c.sentence_start, c.end)
        close = c.text.find(closer, c.end) if unclosed else -1
        if close >= 0 and opener not in c.text[c.end : close]:
            following = c.text[close + 1 : close + 3].lstrip()
            return False if following[:1].islower() else None
    return None


def informal_lowercase(c: Candidate) -> bool | None:
    """`Вчора було класно. потім пішли`, `Ура! нарешті`: in blogs and comments a sentence may
    start in lower case. After a full word (the dictionary knows it, and not as an
    abbreviation) a single `.` or `!` is an end; an abbreviation's period is not
    (`т. зв. перемога`, `25 тис. людей`), nor dots (`все… та й годі`), nor `?` (`хто? де?`).
    """
    if c.marks.strip("!") and c.marks != ".":
        return None
    if not c.after[:1].islower() or any(char.isupper() for char in c.after):
        return None
    if c.marks != ".":
        return True
    before = c.before
    if len(before) < 2 or not before.isalpha() or abbreviation(c) is not None:
        return None
    return True if lexicon.is_full_word(before) else None


def lowercase_follows(c: Candidate) -> bool | None:
    """A lower-case word does not start a sentence: `все… та й годі`, `т. зв. перемога`.

    Names written with a small first letter (`mTOR`, `iPhone`) are not lower-case words.
    """
    word = c.after.lstrip(OPENERS)
    if word[:1].islower() and not any(char.isupper() for char in word):
        return False
    return None


def speech_then_author(c: Candidate) -> bool | None:
    """After direct speech a dash and a lower-case word are the author's words; a dash and
    a capital begin the next line of dialogue."""
    if c.after[:1] not in DASHES:
        return None
    return not c.next_word[:1].islower()


def ellipsis_before_capital(c: Candidate) -> bool | None:
    """Dots and a capital start a new sentence (Punkt reads `...` as an abbreviation); so do
    the informal four (`все.... Побачимо`)."""
    if ("..." in c.marks or "…" in c.marks) and starts_capital(c.next_word):
        return True
    return None


# Tried in order; the first opinion wins, and Punkt decides when no rule has one.
RULES: list[Rule] = [
    # Bare brackets and smileys first: only these rules know what they are, and informal
    # writers go on in lower case after them, which the case rules would join.
    bracket_smiley,
    emoticon_ends,
    punctuation_follows,
    # A bracket or quotation the sentence continues after overrides everything inside it.
    inside_brackets,
    quotation_inside_sentence,
    # Before lowercase_follows: a full word's period before lower case is informal writing.
    informal_lowercase,
    # Case next: a lower-case continuation is the strongest signal in edited text.
    lowercase_follows,
    # Before dialogue: after an abbreviation a dash is "is" in an enumeration, not a reply.
    abbreviation_before_dash,
    # Dialogue before abbreviations: `?» — сказав він` is decided by the dash alone.
    speech_then_author,
    # Enumerators before initials: `I.` opening a sentence before `Вступ` is a numeral.
    enumerator_opens,
    # Initials before abbreviations: `М.` is an initial here, not a unit (`5 м.`).
    initials_before,
    # Compound units before abbreviations, which see only their last part (`год`).
    compound_unit_before,
    # A date or region before the verb, before the groups' defaults in abbreviation_before.
    fronted_adverbial,
    abbreviation_before,
    # After abbreviations, which include the one-letter units and `т.`.
    one_letter_word,
    ellipsis_before_capital,
]
