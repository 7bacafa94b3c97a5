"""Grammar benchmark: how often the reading a learner is shown is the gold one.

    python bench/grammar.py ../shared/data/uk_iu_dev.lemmas.tsv [--errors 15] [--patterns 20]

The file is one syntactic word a line (`form, upos, lemma, feats, sent_id`, UD features).
Each sentence goes through the real language stage (reader.language.analysis) twice: with
the context rules (context_rules.RULES) and without any. What the tool states for a word is
the readings of its first-ranked lemma (`Word.chosen`), vocatives dropped unless they are
all it has, as the page's grammar does. Figures:

    NOUN/ADJ  case+number: exact (one stated, the gold one), covered (gold among those
              stated), wrong (stated, gold not among them); the rest state none
    VERB      tense (or infinitive, converb, imperative, -но/-то), person, number: the same
    lemma     first-ranked lemma is the gold one, over every Cyrillic word

`--patterns N` also prints the N commonest shapes of what the rules leave open, to attack
the biggest group first: the readings stated (`accs sing/nomn sing`) and the gold one.

Printed, not asserted: this is a measurement, not a test.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from matching import kind  # noqa: E402  (the benchmark next door: one idea of a word)

from reader.glossary.spelling import key  # noqa: E402
from reader.language import analysis  # noqa: E402
from reader.language.features import cases, numbers  # noqa: E402
from reader.model import Analysis, Token, Word  # noqa: E402

UD_CASES = {
    "Nom": "nomn",
    "Gen": "gent",
    "Dat": "datv",
    "Acc": "accs",
    "Ins": "ablt",
    "Loc": "loct",
    "Voc": "voct",
}
UD_NUMBERS = {"Sing": "sing", "Plur": "plur"}
UD_TENSES = {"Pres": "pres", "Fut": "futr", "Past": "past"}
DECLINED = {"NOUN", "ADJ"}

Row = tuple[str, str, str, dict[str, str]]  # form, upos, gold lemma key, features


def read_sentences(path: Path) -> list[list[Row]]:
    """Consecutive rows with one sent_id form a sentence."""
    sentences: list[list[Row]] = []
    current = None
    with path.open(encoding="utf-8") as rows:
        next(rows, None)  # header
        for row in rows:
            form, upos, lemma, feats, sent_id = row.rstrip("\n").split("\t")
            if sent_id != current:
                sentences.append([])
                current = sent_id
            features = dict(f.split("=", 1) for f in feats.split("|") if "=" in f)
            gold = key(lemma)
            gold = gold[:-1] if gold.endswith(".") and len(gold) > 1 else gold
            sentences[-1].append((form, upos, gold, features))
    return sentences


def tokens(sentence: list[Row]) -> list[Token]:
    result, position = [], 0
    for form, *_ in sentence:
        result.append(Token(form, position, position + len(form), kind(form)))
        position += len(form) + 1
    return result


def stated(word: Word) -> list[Analysis]:
    chosen = list(word.chosen)
    if not all("voct" in a.tags for a in chosen):
        chosen = [a for a in chosen if "voct" not in a.tags]
    return chosen


def case_numbers(readings: list[Analysis]) -> set[tuple[str, str]]:
    return {(c, n) for a in readings for c in cases(a) for n in numbers(a)}


def gold_case_number(features: dict[str, str]) -> tuple[str, str] | None:
    case, number = (
        UD_CASES.get(features.get("Case", "")),
        UD_NUMBERS.get(features.get("Number", "")),
    )
    return (case, number) if case and number else None


def verb_forms(readings: list[Analysis]) -> set[tuple[str, str, str]]:
    found = set()
    for a in readings:
        tags = a.tags
        if "GRND" in tags:
            found.add(("conv", "", ""))
        elif "VERB" not in tags:
            continue
        elif "Impe" in tags:
            found.add(("impers", "", ""))
        elif not tags & {"pres", "futr", "past", "impr"}:
            found.add(("inf", "", ""))
        else:
            tense = next((t for t in ("pres", "futr", "past", "impr") if t in tags), "")
            person = (
                ""
                if tense == "past"
                else next((p for p in ("1per", "2per", "3per") if p in tags), "")
            )
            found.add((tense, person, "plur" if "plur" in tags else "sing"))
    return found


def gold_verb(features: dict[str, str]) -> tuple[str, str, str] | None:
    form = features.get("VerbForm")
    if form == "Inf":
        return ("inf", "", "")
    if form == "Conv":
        return ("conv", "", "")
    if form != "Fin":
        return None
    if features.get("Person") == "0":
        return ("impers", "", "")
    tense = "impr" if features.get("Mood") == "Imp" else UD_TENSES.get(features.get("Tense", ""))
    number = UD_NUMBERS.get(features.get("Number", ""))
    if not tense or not number:
        return None
    person = "" if tense == "past" else f"{features.get('Person', '')}per"
    return (tense, person, number)


class Score:
    def __init__(self) -> None:
        self.total = self.exact = self.covered = self.wrong = 0
        self.errors: Counter[tuple[str, str, str]] = Counter()
        self.open: Counter[tuple[str, str]] = Counter()  # (stated, gold) when not exact

    def add(self, form: str, gold: object, said: set) -> None:
        self.total += 1
        if gold in said:
            self.covered += 1
            self.exact += len(said) == 1
            if len(said) > 1:
                self.open[(" / ".join(sorted(map(_shape, said))), _shape(gold))] += 1
        elif said:
            self.wrong += 1
            self.errors[(form, str(gold), " | ".join(sorted(map(str, said))))] += 1

    def line(self, name: str) -> str:
        t = self.total or 1
        return (
            f"{name:9} exact {self.exact / t:.3f}  covered {self.covered / t:.3f}  "
            f"wrong {self.wrong / t:.3f}  ({self.total} tokens)"
        )


def _shape(item: object) -> str:
    """`('accs', 'sing')` as `accs sing`."""
    return " ".join(item) if isinstance(item, tuple) else str(item)


def measure(sentences: list[list[Row]], rules: list | None) -> tuple[Score, Score, Score]:
    declined, verbs, lemmas = Score(), Score(), Score()
    for sentence in sentences:
        sentence_tokens = tokens(sentence)
        words = iter(analysis.sentence_words(sentence_tokens, rules))
        for token, (form, upos, gold, features) in zip(sentence_tokens, sentence, strict=True):
            if token.kind != "word":
                continue
            word = next(words)
            lemma = word.lemmas[0] if word.lemmas else key(form)
            lemmas.add(form, gold, {lemma})
            if upos in DECLINED and (expected := gold_case_number(features)):
                declined.add(form, expected, case_numbers(stated(word)))
            elif upos == "VERB" and (expected_verb := gold_verb(features)):
                verbs.add(form, expected_verb, verb_forms(stated(word)))
    return declined, verbs, lemmas


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("tsv", type=Path)
    parser.add_argument("--errors", type=int, default=15, help="show the N commonest errors")
    parser.add_argument(
        "--patterns", type=int, default=0, help="show the N commonest ambiguities left"
    )
    args = parser.parse_args()
    sentences = read_sentences(args.tsv)
    print(f"data: {args.tsv} — {len(sentences)} sentences, {sum(map(len, sentences))} words")
    for label, rules in (("rules off", []), ("rules on", None)):
        declined, verbs, lemmas = measure(sentences, rules)
        print(f"{label}:")
        print("  " + declined.line("NOUN/ADJ"))
        print("  " + verbs.line("VERB"))
        print(f"  lemma     {lemmas.covered / (lemmas.total or 1):.3f}  ({lemmas.total} words)")
    if args.patterns:
        print(f"\nNOUN/ADJ still ambiguous with rules on: {declined.covered - declined.exact}")
        for (said, gold), count in declined.open.most_common(args.patterns):
            print(f"  {count:4}  {said}  (gold {gold})")
    for name, score in (("NOUN/ADJ", declined), ("VERB", verbs), ("lemma", lemmas)):
        if args.errors:
            print(f"\ncommonest {name} errors with rules on (form, gold, stated):")
            for item, count in score.errors.most_common(args.errors):
                print(f"  {count:3}  {item}")


if __name__ == "__main__":
    sys.exit(main())
