"""Anchors: numbers, marks, Latin words and names a translation keeps."""

from reader.align.anchors import agreement, en_anchors, uk_anchors


def test_names_are_transliterated_and_acronyms_skipped():
    uk = uk_anchors(["Відповідну заяву оприлюднив глава Пентагону Ллойд Остін.", "США мовчать."])
    # Відповідну opens its sentence; США is an acronym; Гази may be Hazy or Gaza.
    assert uk.names == (("pen",), ("llo",), ("ost",))
    assert uk_anchors(["Війна в секторі Гази."]).names == (("haz", "gaz"),)


def test_numbers_match_whatever_their_separators():
    uk = uk_anchors(["Там майже 2 500 військових з 2014 року."])
    en = en_anchors("Almost 2,500 troops have been there since 2014.")
    assert agreement([uk], [en]) == (2, 0)


def test_one_sided_numbers_marks_and_latin_words_count_against():
    uk = uk_anchors(["Про це пише CNN?"])
    en = en_anchors("He wrote about it in 2024.")
    # ? and CNN on the Ukrainian side only, 2024 on the English side only.
    assert agreement([uk], [en]) == (0, 3)


def test_the_worked_example():
    uk = [
        uk_anchors(["Відповідну заяву оприлюднив глава Пентагону Ллойд Остін."]),
        uk_anchors(["Про це він написав у X/Twitter."]),
    ]
    en = [en_anchors("Pentagon chief Lloyd Austin made the announcement on X/Twitter.")]
    assert agreement(uk, en) == (3, 0)  # pen, llo, twitter; ost is not Austin
