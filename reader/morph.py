"""PLACEHOLDER morphology (to be replaced): pymorphy3 with the Ukrainian dictionary."""

from functools import cache

import pymorphy3

from reader.model import Analysis
from reader.spelling import key


@cache
def _analyzer() -> pymorphy3.MorphAnalyzer:
    return pymorphy3.MorphAnalyzer(lang="uk")


@cache
def is_known(word: str) -> bool:
    """True when the dictionary has this exact word form."""
    return _analyzer().word_is_known(key(word))


@cache
def analyse(word: str) -> tuple[Analysis, ...]:
    return tuple(
        Analysis(p.normal_form, str(p.tag.POS), str(p.tag)) for p in _analyzer().parse(key(word))
    )
