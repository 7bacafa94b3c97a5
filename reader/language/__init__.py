"""What the tool knows of Ukrainian words: readings, ranked lemmas, grammar in learner English.

Takes a word as it stands in the text and gives its readings from pymorphy3's Ukrainian
dictionary (`morph.analyse`, `morph.lemmas`, `morph.is_known`), described for a learner
("genitive plural", "past tense, neuter") by `grammar`; `analysis` gives every word token of
a text the readings its sentence leaves (`context` runs the rules of `context_rules`:
government and quantity there, agreement in `agreement_rules`, joined words in
`coordination_rules`, the verb's subject in `verb_rules`, a clause without a verb in
`predicate_rules`), its lemmas ranked, and the stress those readings give it (`stress`, its
records matched to the readings by `stress_readings`, from ukrainian-word-stress's trie:
`stress_dictionary`; what a lemma's other forms say: `stress_paradigm`). No stage needs to
know pymorphy3 or the trie.
"""
