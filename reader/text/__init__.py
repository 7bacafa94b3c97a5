"""The article as text: cleaned, then cut into paragraphs, sentences and tokens.

Takes uk.txt's path and gives a `Source` (`source.read_source`: decoding, scraped debris,
look-alike letters, glued words, every change reported; the rules in `characters` and
`debris`), then paragraphs of sentences of tokens, each with offsets into the cleaned text
(`segment.segment`, sentences from `sentences.split_sentences` with the Ukrainian
parameters in `abbreviations`).
"""
