"""Matching benchmark: recall, precision and speed of reader.match on gold-lemmatised text.

    python bench/matching.py /work/shared/data/uk_iu_dev.lemmas.tsv [--seed 1] [--errors 20]

The file is one syntactic word a line (`form, upos, lemma, feats, sent_id`). A glossary is
made of the gold lemmas of a random (seeded) half of the NOUN/VERB/ADJ/PROPN lemmas; the real
matcher then runs over every sentence. Figures:

    recall     tokens whose gold lemma is a headword and that got that entry
    precision  glossed tokens whose entry is their gold lemma
    tokens/s   later runs over the same text (best of five), caches warm

Printed, not asserted: this is a measurement, not a test.
"""

from __future__ import annotations

import argparse
import bisect
import random
import re
import sys
import time
from collections import Counter
from pathlib import Path

from reader.glossary import match
from reader.glossary.spelling import key
from reader.language import analysis
from reader.model import Entry, Glossary, Origin, Paragraph, Sense, Sentence, Token

GLOSSED_UPOS = {"NOUN", "VERB", "ADJ", "PROPN"}
CYRILLIC = re.compile(r"[а-яіїєґА-ЯІЇЄҐ]")
# How UD's lemmas are brought to a learner's dictionary before comparing (printed below).
CONVENTIONS = [
    "gold lemmas folded with spelling.key (case, apostrophe, stress)",
    "abbreviations: UD keeps the dot in the lemma (`р.`), the token has none: dot dropped",
    "only Cyrillic words are glossable (reader matches word tokens only): lemmas of numbers"
    " (`2017`, `2016-го`), symbols (`%`) and Latin tokens are neither headwords nor scored",
]


def read_sentences(path: Path) -> list[list[tuple[str, str, str]]]:
    """Consecutive rows with one sent_id form a sentence: [(form, upos, gold key), ...]."""
    sentences: list[list[tuple[str, str, str]]] = []
    current = None
    with path.open(encoding="utf-8") as rows:
        next(rows)  # header
        for row in rows:
            form, upos, lemma, _feats, sent_id = row.rstrip("\n").split("\t")
            if sent_id != current:
                sentences.append([])
                current = sent_id
            gold = key(lemma)
            if gold.endswith(".") and len(gold) > 1:
                gold = gold[:-1]
            if kind(form) != "word":
                gold = ""  # not glossable: see CONVENTIONS
            sentences[-1].append((form, upos, gold))
    return sentences


def kind(form: str) -> str:
    if form[:1].isdigit():  # `2016-го` is a number with an ending, not a word
        return "number"
    if CYRILLIC.search(form):
        return "word"
    if form[:1].isalpha():
        return "latin"
    return "punct"


def paragraphs(sentences: list[list[tuple[str, str, str]]]) -> tuple[Paragraph, ...]:
    """One paragraph per sentence, tokens joined by single spaces, offsets into one text."""
    result = []
    offset = 0
    for words in sentences:
        tokens = []
        position = offset
        for form, _upos, _gold in words:
            tokens.append(Token(form, position, position + len(form), kind(form)))
            position += len(form) + 1
        text = " ".join(form for form, _, _ in words)
        sentence = Sentence(text, offset, offset + len(text), tuple(tokens))
        result.append(Paragraph(text, offset, offset + len(text), (sentence,)))
        offset += len(text) + 2
    return tuple(result)


def glossary(sentences: list[list[tuple[str, str, str]]], seed: int) -> Glossary:
    lemmas = sorted(
        {gold for words in sentences for _, upos, gold in words if gold and upos in GLOSSED_UPOS}
    )
    chosen = sorted(random.Random(seed).sample(lemmas, len(lemmas) // 2))
    origin = Origin(Path("bench.yaml"), 1)
    entries = tuple(Entry(k, k, (Sense("-"),), (), origin) for k in chosen)
    return Glossary(entries, {e.key: e for e in entries})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("tsv", type=Path)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--errors", type=int, default=15, help="show the N commonest errors")
    args = parser.parse_args()

    sentences = read_sentences(args.tsv)
    paras = paragraphs(sentences)
    entries = glossary(sentences, args.seed)
    headwords = set(entries.by_key)
    gold = {
        token.start: (token.text, upos, lemma)
        for paragraph, words in zip(paras, sentences, strict=True)
        for token, (_, upos, lemma) in zip(paragraph.sentences[0].tokens, words, strict=True)
    }
    token_starts = sorted(gold)
    total = len(token_starts)

    words = analysis.analyse(paras)  # the language stage's readings, as the pipeline passes them
    started = time.perf_counter()
    glosses = match.match(paras, entries, words)
    cold = time.perf_counter() - started
    warm = float("inf")
    for _ in range(5):  # best of five: the machine may be busy with other work
        started = time.perf_counter()
        glosses = match.match(paras, entries, words)
        warm = min(warm, time.perf_counter() - started)

    got: dict[int, str] = {}  # token start -> entry key
    for gloss in glosses:
        # A gloss may cover only the last part of a hyphenated token: find its token.
        start = token_starts[bisect.bisect_right(token_starts, gloss.start) - 1]
        got[start] = gloss.entry.key
    expected = [s for s, (_, _, lemma) in gold.items() if lemma in headwords]
    hits = sum(1 for s in expected if got.get(s) == gold[s][2])
    right = sum(1 for s, entry in got.items() if entry == gold[s][2])

    print(f"data: {args.tsv} — {len(sentences)} sentences, {total} tokens")
    print(f"glossary: {len(entries.entries)} headwords (seed {args.seed}) of the gold lemmas")
    print("conventions applied to gold lemmas:")
    for note in CONVENTIONS:
        print(f"  - {note}")
    print(f"recall     {hits / len(expected):.4f}  ({hits} of {len(expected)} tokens)")
    print(f"precision  {right / len(got):.4f}  ({right} of {len(got)} glossed tokens)")
    print(f"speed      {total / warm:,.0f} tokens/s warm ({total / cold:,.0f} cold)")
    if args.errors:
        misses = Counter(
            (gold[s][0], gold[s][1], gold[s][2], got.get(s, "-"))
            for s in expected
            if got.get(s) != gold[s][2]
        )
        wrong = Counter(
            (gold[s][0], gold[s][1], gold[s][2], entry)
            for s, entry in got.items()
            if entry != gold[s][2] and gold[s][2] not in headwords
        )
        print(f"\ncommonest misses (form, upos, gold, got) — {sum(misses.values())} in all:")
        for item, count in misses.most_common(args.errors):
            print(f"  {count:3}  {item}")
        print(
            f"commonest wrong glosses of non-headwords — {sum(wrong.values())} in all"
            " (by design a word matches when any candidate lemma is a headword, so `разом`"
            " opens `раз` when only `раз` is glossed):"
        )
        for item, count in wrong.most_common(args.errors):
            print(f"  {count:3}  {item}")


if __name__ == "__main__":
    sys.exit(main())
