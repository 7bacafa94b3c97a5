"""The teacher's glossary: YAML to checked entries, entries found in the text, entries added.

Takes glossary files and gives a `Glossary` of `Entry`s, each with its file and line
(`entries.load_glossary`; problems collected, never the first one only); normalises spellings
for matching (`spelling.key`); gives each entry a stable id (`ids`); finds entries in
analysed paragraphs (`match.match` -> `Gloss`es); appends an entry safely (`adding`); lists
what no entry covers yet as ready-to-fill YAML (`missing`).
"""
