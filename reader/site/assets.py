"""The CSS and JS every page inlines, and the Content-Security-Policy that allows exactly them.

A page is one file: its stylesheets are joined into one `<style>` block and its scripts are
inlined, and the policy names each block by its SHA-256 hash under `default-src 'none'`, so
the page runs nothing else and loads nothing from the network:

    styles   base.css + page.css          -> style-src 'sha256-…'
    scripts  head.js, words.js, ...       -> script-src 'sha256-…' 'sha256-…' …
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass
from functools import cache
from importlib import resources

from markupsafe import Markup

# The stylesheets and scripts each page inlines, in cascade order.
PAGE_STYLES = ("base.css", "page.css")
INDEX_STYLES = ("base.css", "index.css")
# `head.js` runs before the first paint (marks the page `js`, applies remembered choices);
# the others run at the end of the body, when every element they wire up exists, in this
# order: `words.js` (the words of a sentence, the word table) and `states.js` (word states)
# give `page.js` what it uses.
PAGE_SCRIPTS = ("head.js", "words.js", "states.js", "page.js")
# The index's one script fills in, per text, the share of its words the learner knows.
INDEX_SCRIPTS = ("index.js",)


@dataclass(frozen=True, slots=True)
class Assets:
    """Inlined CSS and JS and the Content-Security-Policy that allows exactly them."""

    style: Markup
    scripts: tuple[Markup, ...]
    csp: Markup


@cache
def inlined(styles: tuple[str, ...], scripts: tuple[str, ...]) -> Assets:
    """Join the stylesheets, load the scripts and hash each block for the CSP."""
    style = "".join(_asset(name) for name in styles)
    codes = tuple(_asset(name) for name in scripts)
    policy = [
        "default-src 'none'",
        f"style-src {_hash(style)}",
        f"script-src {' '.join(_hash(code) for code in codes)}" if codes else "",
        "base-uri 'none'",
        "form-action 'none'",
    ]
    return Assets(
        Markup(style),
        tuple(Markup(code) for code in codes),
        Markup("; ".join(part for part in policy if part)),  # quotes and base64: no markup
    )


@cache
def _asset(name: str) -> str:
    """A template-folder file's text (CSS or JS), read once."""
    text = resources.files("reader.site").joinpath("templates", name).read_text("utf-8")
    return text.strip() + "\n"


def _hash(block: str) -> str:
    digest = hashlib.sha256(block.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"
