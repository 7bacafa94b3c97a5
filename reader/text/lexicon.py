"""What the dictionary knows about one word, as the sentence rules ask it.

The rules in `reader.text.abbreviation_rules` and `reader.text.boundary_rules` need four
facts about a word next to a candidate boundary, all from pymorphy3's readings (the analyzer
`reader.language.morph` already loads, so the dictionary is in memory once):

    >>> can_be_name("Олег"), can_be_name("Петренко"), can_be_name("Вступ")
    (True, True, False)
    >>> can_be_verb("сталося"), can_be_verb("збудовано"), can_be_verb("Протягом")
    (True, True, False)
    >>> is_full_word("іменем"), is_full_word("грн"), is_full_word("зв")
    (True, False, False)
    >>> can_be_conjunction("але"), can_be_conjunction("наступного")
    (True, False)

A word the dictionary does not know counts as a name (`Укрзалізниця`-like coinages and
foreign names are what it lacks), never as a verb nor a full word. Answers are cached per form.
"""

from __future__ import annotations

from functools import lru_cache

from reader.language.morph import analyzer

# Grammemes of a person's name: first name, surname, patronymic. Place names carry no
# grammeme in dicts-uk (`Львів` reads as a plain noun), so they cannot be asked for.
PERSON = frozenset({"Name", "Surn", "Patr"})
PREDICATE = frozenset({"VERB", "INFN"})  # `сталося`, `збудовано` (impersonal), `бути`


@lru_cache(maxsize=50_000)
def can_be_name(word: str) -> bool:
    """Some reading is a first name, surname or patronymic, or the word is unknown."""
    if not analyzer().word_is_known(word.lower()):
        return True
    return any(PERSON & parse.tag.grammemes for parse in analyzer().parse(word))


@lru_cache(maxsize=50_000)
def can_be_verb(word: str) -> bool:
    """Some reading is a verb or an infinitive: the word may be a sentence's predicate."""
    return any(parse.tag.POS in PREDICATE for parse in analyzer().parse(word))


@lru_cache(maxsize=50_000)
def is_full_word(word: str) -> bool:
    """The dictionary knows the form, and not as an abbreviation (`грн` is one)."""
    if not analyzer().word_is_known(word.lower()):
        return False
    return not any("Abbr" in parse.tag.grammemes for parse in analyzer().parse(word))


@lru_cache(maxsize=50_000)
def can_be_conjunction(word: str) -> bool:
    """Some reading is a conjunction (`але`, `і`, `бо`, `що`): the word may join two clauses."""
    return any(parse.tag.POS == "CONJ" for parse in analyzer().parse(word))
