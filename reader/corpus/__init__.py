"""The teacher's files on disk: which to read, their bytes as text, their YAML with line numbers.

Takes a PATH (a corpus folder, a text folder or a .txt file) and gives `CorpusFiles`
(`files.locate`); decodes any teacher file, reporting a bad byte at its line (`decoding`);
reads YAML into a tree whose every value knows its line (`yamlfile`, `yamltree`); reads a
text's `text.yaml` into `TextMeta` (`metadata`). The glossary and text stages build on these.
"""
