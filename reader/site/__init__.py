"""What the learner gets: study pages, the index, exports, all written atomically.

Takes analysed `Text`s and gives HTML strings (`render.render_page`, `render.render_index`,
with each study unit cut into HTML by `units` and the CSS, JS and policy inlined by
`assets`, from the Jinja2 templates in `templates/`), the JSON export and the Anki deck
(`export`), and writes them through `writer`.
"""
