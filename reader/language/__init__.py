"""What the tool knows of Ukrainian words: readings, ranked lemmas, grammar in learner English.

Takes a word as it stands in the text and gives its readings from pymorphy3's Ukrainian
dictionary (`morph.analyse`, `morph.lemmas`, `morph.is_known`), described for a learner
("genitive plural", "past tense, neuter") by `grammar`, and the stress each word's readings
give it (`stress`, from ukrainian-word-stress's trie: `stress_dictionary`). No stage needs to
know pymorphy3 or the trie.
"""
