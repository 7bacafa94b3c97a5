"""Whole lines of uk.txt that a scraper left around the article: dropped, and reported.

    Кінець епохи: у Пентагоні ...    kept: the title, once
    Кінець епохи: у Пентагоні ...    dropped: repeated-title
    Теги за темою                    dropped: tags-heading
    США Пентагон Ірак                dropped: tags -> ("США", "Пентагон", "Ірак")
    Джерело матеріала                dropped: debris

The rules run on lines already cleaned by `reader.text.characters`, in the order
`reader.text.source.clean` gives (debris, tags, repeated title: see there why).
"""

from __future__ import annotations

import re

from reader.model import Change
from reader.text.characters import clean_line

# Whole lines a news site leaves around an article (compared case-insensitively after
# cleaning); `debris:` in text.yaml adds more.
DEBRIS = (
    "loader",
    "Джерело матеріала",
    "Джерело матеріалу",
    "Читайте також",
    "Читайте також:",
    "Реклама",
    "Поділитися",
    "Поділитись",
    "Коментарі",
    "Друкувати",
)
# A line that announces the article's tags: the lines after it (same paragraph) are tags.
TAG_HEADINGS = ("Теги за темою", "Теги", "Теги:", "Мітки", "Мітки:")
TAG_LINE_MAX = 100  # a longer line after a tag heading is article text, not tags

Lines = list[tuple[int, str]]  # (line number in uk.txt, cleaned line)


def _line_key(line: str) -> str:
    return line.casefold()


def drop_debris(lines: Lines, extra: tuple[str, ...], changes: list[Change]) -> Lines:
    """Lines that are site chrome (DEBRIS + text.yaml `debris`), wherever they are."""
    chrome = {_line_key(clean_line(d)[0]) for d in (*DEBRIS, *extra)}
    kept = []
    for number, line in lines:
        if line and _line_key(line) in chrome:
            changes.append(Change(number, "debris", line, ""))
        else:
            kept.append((number, line))
    return kept


def take_tags(lines: Lines, changes: list[Change]) -> tuple[Lines, tuple[str, ...]]:
    """`Теги за темою` and the short lines after it in its paragraph become the tags."""
    headings = {_line_key(h) for h in TAG_HEADINGS}
    kept: Lines = []
    tag_lines: list[str] = []
    in_tags = False
    for number, line in lines:
        inline = re.match(r"(?i)(теги|мітки)\s*:\s*(\S.*)", line)
        if line and _line_key(line) in headings:
            changes.append(Change(number, "tags-heading", line, ""))
            in_tags = True
        elif in_tags and line and len(line) <= TAG_LINE_MAX and line[-1] not in ".!?…":
            changes.append(Change(number, "tags", line, ""))
            tag_lines.append(line)
        elif inline:
            changes.append(Change(number, "tags", line, ""))
            tag_lines.append(inline.group(2))
        else:
            in_tags = False
            kept.append((number, line))
    return kept, _split_tags(tag_lines)


def _split_tags(tag_lines: list[str]) -> tuple[str, ...]:
    """One line: a tag per word, or per comma when there are commas; several lines: per line."""
    tags: list[str] = []
    for line in tag_lines:
        if re.search(r"[,;|]", line):
            tags.extend(re.split(r"[,;|]", line))
        elif len(tag_lines) == 1:
            tags.extend(line.split())
        else:
            tags.append(line)
    cleaned = (t.strip().lstrip("#").strip() for t in tags)
    return tuple(dict.fromkeys(t for t in cleaned if t))


def drop_repeated_title(lines: Lines, changes: list[Change]) -> Lines:
    """The headline scraped twice or thrice at the top: keep the first, as its own paragraph."""
    content = [i for i, (_, line) in enumerate(lines) if line]
    if not content:
        return lines
    first = content[0]
    title = _line_key(lines[first][1])
    repeats = []
    for i in content[1:]:
        if _line_key(lines[i][1]) != title:
            break
        repeats.append(i)
    for i in repeats:
        changes.append(Change(lines[i][0], "repeated-title", lines[i][1], ""))
    if not repeats:
        return lines
    dropped = set(repeats)  # a set: a list made this quadratic on 100,000 repeated lines
    rest = [entry for i, entry in enumerate(lines[first + 1 :], first + 1) if i not in dropped]
    return [*lines[: first + 1], (lines[first][0], ""), *rest]
