"""nltk's Punkt sentence tokenizer, imported without the rest of nltk.

`from nltk.tokenize.punkt import ...` runs nltk/__init__.py first, and it imports most of
nltk (corpus readers, parsers, translation metrics, every tokenizer): about 0.25 s, a third
of a cold `reader build` of the sample corpus, for one module that needs six of nltk's
(pathsec, redos, picklesec, probability, tabdata, termsec, tokenize.api). So `_load` enters
the packages `nltk` and `nltk.tokenize` into `sys.modules` as bare packages (their folder
known, their `__init__.py` not run), imports punkt, and then takes every `nltk` module it
loaded out of `sys.modules` again:

    before   sys.modules: no nltk
    during   nltk (bare), nltk.tokenize (bare), nltk.pathsec, ..., nltk.tokenize.punkt
    after    sys.modules: no nltk; this module holds punkt's classes

A later `import nltk` anywhere in the process then loads nltk whole, as if this had never
run (its punkt is another copy of the module). When nltk is already imported, its punkt is
used. Punkt's model-file loaders import more of nltk when called; reader never calls them
(it builds its parameters itself: reader.text.sentences, reader.align.english).
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
from types import ModuleType

BARE_PACKAGES = ("nltk", "nltk.tokenize")


def _load() -> ModuleType:
    if "nltk" in sys.modules:
        return importlib.import_module("nltk.tokenize.punkt")
    try:
        return _load_bare()
    except (ImportError, AttributeError):
        # An nltk whose punkt needs its package set up after all: load nltk whole (slower,
        # never wrong).
        return importlib.import_module("nltk.tokenize.punkt")


def _load_bare() -> ModuleType:
    try:
        for name in BARE_PACKAGES:
            spec = importlib.util.find_spec(name)
            if spec is None:
                raise ModuleNotFoundError(f"No module named {name!r}", name=name)
            sys.modules[name] = importlib.util.module_from_spec(spec)
        return importlib.import_module("nltk.tokenize.punkt")
    finally:
        for name in [n for n in sys.modules if n == "nltk" or n.startswith("nltk.")]:
            del sys.modules[name]


_punkt = _load()
PunktLanguageVars = _punkt.PunktLanguageVars
PunktParameters = _punkt.PunktParameters
PunktSentenceTokenizer = _punkt.PunktSentenceTokenizer

__all__ = ["PunktLanguageVars", "PunktParameters", "PunktSentenceTokenizer"]
