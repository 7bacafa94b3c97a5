"""Read a text's `text.yaml`: what the page says about the article besides its words.

    title_en: "End of an era: the Pentagon on US troops in Iraq"
    source: Українська правда
    url: https://www.pravda.com.ua/news/2024/01/26/7438597/
    date: 2024-01-26                 # stays the text "2024-01-26"
    author: Олена Петренко           # kept for the record (`reader import` fills it in)
    level: B1
    tags: [military, USA]            # a list; one tag may be written alone
    debris:                          # extra scraped lines to drop from uk.txt
      - Читайте також
      - Реклама

`url` becomes the page's link to the article only when it is a web address (`http:` or
`https:`, read the way a browser reads it: surrounding spaces and controls, tabs and line
breaks anywhere, and case ignored), so ` \tJaVa\nScRiPt:alert(1)` is no link but text,
and `reader check` warns about it.

Every field is optional and every value is text exactly as written (see `reader.corpus.yamlfile`);
an empty value is the same as leaving the field out. A misspelt field is reported with a
"did you mean", a list where text belongs (or the reverse) as a wrong type; all problems of
the file are listed together.
"""

from __future__ import annotations

import re
from pathlib import Path

from reader.corpus import yamlfile
from reader.corpus.yamltree import Mapping, describe
from reader.errors import ProblemsFound
from reader.model import Origin, Problem, TextMeta

TEXT_FIELDS = ("title_en", "source", "url", "date", "author", "level")
LIST_FIELDS = ("tags", "debris")
FIELDS = (*TEXT_FIELDS, *LIST_FIELDS)
OWNER = ""  # messages name the file already
WEB_SCHEMES = ("http:", "https:")
# What a browser's URL parser drops before it reads the scheme: ASCII tabs and line breaks
# anywhere, C0 controls and spaces at either end.
_URL_IGNORED = re.compile(r"[\t\n\r]")
_URL_EDGES = "".join(map(chr, range(0x21)))


def load_meta(path: Path | None) -> TextMeta:
    """The metadata of a text (empty when it has no text.yaml); raise ProblemsFound if wrong."""
    if path is None:
        return TextMeta()
    tree, problems = yamlfile.read(path)
    problems = list(problems)
    values: dict[str, str | tuple[str, ...]] = {}
    if tree is not None and not isinstance(tree.root, Mapping):
        message = (
            f"text.yaml should be 'field: value' lines ({', '.join(FIELDS)}), "
            f"not {describe(tree.root)}"
        )
        problems.append(Problem(Origin(path, tree.line), message))
    elif tree is not None:
        found, field_problems = yamlfile.fields(tree.root, FIELDS, OWNER, path)
        problems.extend(field_problems)
        for name, (_, node, _) in found.items():
            read = yamlfile.texts if name in LIST_FIELDS else yamlfile.text
            values[name], value_problems = read(node, name, OWNER, path)
            problems.extend(value_problems)
    if problems:
        raise ProblemsFound(sorted(problems, key=lambda problem: problem.origin.line), str(path))
    return TextMeta(**values)


def is_web_address(url: str) -> bool:
    """True when a browser would open `url` as an http(s) page, never as script or data."""
    return _URL_IGNORED.sub("", url).strip(_URL_EDGES).casefold().startswith(WEB_SCHEMES)
