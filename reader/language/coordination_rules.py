"""The context rule of coordination: words joined by `і`, `та`, `або` or in a list share case.

Part of `reader.language.context_rules.RULES` (where its order is given and explained).
Conjuncts stand in one syntactic place, so they take one case (not one number: `українська
та англійська мови`). Whatever an earlier rule decided for one of them spreads to the
others, both ways along the list:

    купили торт, печиво і каву          `каву` can only be accusative: so is `печиво`
    лежали книжки, ручка і зошити       `ручка` can only be nominative: so are `книжки`
                                        and `зошити` (not accusative, not genitive)
    буде не швидким, а надійним         the copula's instrumental `швидким`: `надійним`
                                        too (not the dative plural)

A conjunction joins two conjuncts only with no comma before it (a comma before `і` joins
clauses: `Я купив хліб, і діти раділи`). A comma joins list items only when what follows it,
up to the next comma, conjunction or closing mark, is one noun phrase and nothing else, so
that `Він з'їв суп, дружина випила чай` is no list. When the word before the joint is the
genitive attribute of a noun (`системи охолодження, нові двигуни`), either noun may be the
conjunct: the phrase after it keeps the cases of both, and the words before are left alone.
"""

from __future__ import annotations

from reader.language.clause import JOINING, Clause, noun_phrase
from reader.language.features import CASE_TAGS, cases, modifier, noun
from reader.model import Analysis

# What may end a list item: a comma, a conjunction, a closing mark or the sentence's end.
ITEM_ENDS = frozenset(',;:.!?…()»”“"—–') | {"тощо"}


def conjuncts_share_case(c: Clause) -> None:
    """`книжки, ручка і зошити`, `не швидким, а надійним`: each conjunct keeps the
    cases it shares with its neighbour. Two passes, forward then back, so a case decided at
    either end of a list reaches every item. After the rules that decide a
    case (government, the clause's verb, agreement, genitive attributes): it only spreads."""
    joints = []
    for j in range(1, len(c.tokens) - 1):
        word = c.words[j]
        if c.tokens[j].kind == "word" and word not in JOINING and word != "а":
            continue  # (the common case: no joint here)
        left = _joint(c, j)
        phrase = list(noun_phrase(c, j + 1)) if left >= 0 else []
        if phrase:
            joints.append((left, phrase))
    for left, phrase in joints:
        _share(c, left, phrase)
    for left, phrase in reversed(joints):
        _share(c, left, phrase)


def _joint(c: Clause, j: int) -> int:
    """Where the conjunct before token `j` ends, when `j` joins it to the phrase after it;
    -1 when `j` joins nothing."""
    if c.word(j) in JOINING:
        return j - 1 if c.text(j - 1) != "," else -1
    if c.word(j) == "а" and c.text(j - 1) == ",":
        return j - 2 if c.word(_phrase_before(c, j - 2)[-1] - 1) == "не" else -1
    if c.text(j) != ",":
        return -1
    phrase = list(noun_phrase(c, j + 1))
    if not phrase or not all(_only_declined(c, k) for k in phrase):
        return -1  # `, як і раніше`: `як` is the conjunction, not the yak
    end = phrase[-1] + 1
    while c.is_word(end) and c.readings[end] and all(noun(a) for a in c.readings[end]):
        end += 1  # the item's own attribute (`системи охолодження`, `керування кермом`)
    listed = end >= len(c.tokens) or c.word(end) in ITEM_ENDS or c.word(end) in JOINING
    return j - 1 if listed else -1


def _share(c: Clause, left: int, phrase: list[int]) -> None:
    if not c.is_word(left) or not c.tags[left] & CASE_TAGS:
        return
    if c.has(left, "NUMR") or c.has(left, "VERB") or not c.any(left, _declined):
        return
    heads = [left]  # `системи охолодження`: `охолодження` or `системи` is the conjunct
    while c.has(heads[-1], "gent") and c.any(heads[-1] - 1, noun) and c.is_word(heads[-1] - 1):
        heads.append(heads[-1] - 1)
    before = _case_set(c, heads)
    after = _case_set(c, [phrase[-1]])
    if not before or not after:
        return
    for k in phrase:
        c.keep(k, lambda a, w=before: not cases(a) or bool(cases(a) & w))
    if len(heads) == 1:
        for k in _phrase_before(c, left):
            c.keep(k, lambda a, w=after: not cases(a) or bool(cases(a) & w))


def _declined(a: Analysis) -> bool:
    return noun(a) or modifier(a)


def _only_declined(c: Clause, k: int) -> bool:
    return bool(c.readings[k]) and all(_declined(a) for a in c.readings[k])


def _case_set(c: Clause, positions: list[int]) -> frozenset[str]:
    return frozenset().union(*(cases(a) for k in positions for a in c.readings[k] if _declined(a)))


def _phrase_before(c: Clause, head: int) -> list[int]:
    """The word before a joint and the modifiers that agree with it (`космічні кораблі`),
    from the last back."""
    found = [head]
    k = head - 1
    while c.is_word(k) and c.modifies(k) and not c.has(k, "VERB"):
        if not c.tags[k] & c.tags[head] & CASE_TAGS:
            break
        found.append(k)
        k -= 1
    return found
