"""What the learner gets: study pages, the index, exports, all written atomically.

Takes analysed `Text`s and gives HTML strings (`render.render_page`, `render.render_index`,
from the Jinja2 templates and inlined assets in `templates/`), the JSON export and the Anki
deck (`export`).
"""
