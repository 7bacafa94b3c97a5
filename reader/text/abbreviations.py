"""Ukrainian abbreviations and sentence starters the sentence splitter knows.

Written in lower case without the final period, as nltk's Punkt stores abbreviation types
(`грн` stands for `грн.` and `Грн.`); an internal period stays (`т.зв` stands for `т.зв.`
and `т. зв.`). Words
that are also ordinary words are left out (`лист` letter, `міст` bridge, `рис` rice). Each
abbreviation sits in exactly one group, and the group says what a capitalised word after
it means:

    вул. Хрещатик        BEFORE_NAME: a name follows, never a sentence end
    до 8350 грн. Утім    AFTER_NUMBER: after a number, a capitalised word starts a sentence
    та ін. Після         MAY_END: closes a list or a place name, so it may end a sentence
    напр. Київ           INSIDE: the abbreviation opens something; a capital is a name

The lists hold the period-final abbreviations of Ukrainian news and reference text
(units, money, dates, titles, place types, "and so on"); add to them here, not in code.
"""

from __future__ import annotations

# Titles, place types and the like: written right before a name.
BEFORE_NAME = frozenset(
    """
    ім акад проф доц канд ген полк підполк кап лейт серж мол ст.лейт нач
    св свв о п пп д-р тов гр гр-н гр-ка ред упоряд
    вул просп пров бул бульв пл наб узв шос буд корп оф
    сел смт хут о-в о-ви м-н мкр
    """.split()
)

# Units and amounts: after a number they may end a sentence (`5 м. Далі` is metres,
# `у XIX ст. Тепер` a century). Without a number they continue like BEFORE_NAME: `м. Київ`
# (місто), `с. Іванівка` (село), `ст. Фастів` (станція), `р. Дніпро` (річка).
AFTER_NUMBER = frozenset(
    """
    р рр ст тис млн млрд трлн грн дол коп руб крб
    км м см мм кг г т ц га л мл год хв сек с сс кв куб
    """.split()
)

# Closing words ("and others", "and so on", a region after its name): they often end a
# sentence, so a capitalised word after them starts the next one.
MAY_END = frozenset(
    """
    ін др под т.д т.п т.ін т.і н.е обл р-н р-ну
    """.split()
)

# Opening words: what follows continues the sentence.
INSIDE = frozenset(
    """
    т.зв т.ч т.б в.о і.о т.с див напр порівн порів наприкл вкл включ зокр
    ч гл розд п.п підп абз ст-ті кн вип зб арк мал табл прим
    лат англ нім франц фр укр рос пол грец італ ісп
    січ лют бер квіт трав черв лип серп вер верес жовт листоп груд
    пн вт ср чт пт сб нд
    т.о б.н
    зав заст засл нар дійсн чл чл.-кор ін-т ун-т ф-т к-ть
    вид-во
    тел моб e-mail
    """.split()
)

ABBREVIATIONS = BEFORE_NAME | AFTER_NUMBER | MAY_END | INSIDE

# An abbreviation and the capitalised word that completes it: never a boundary between them
# (Punkt's "collocations"), even after a number: `61 млрд дол. США`.
COLLOCATIONS = frozenset({("дол", "сша")})

# Words that begin sentences and are never names, so a capitalised one after an abbreviation
# or an initial starts a new sentence (Punkt's "frequent sentence starters").
SENTENCE_STARTERS = frozenset(
    """
    а або адже але аж би бо був була були було буде будуть в вже від відтак водночас
    вона вони воно він втім все всі вчора де для до досі дотепер ж же з за завдяки
    зараз звісно зі згодом зокрема і із її їх їхні їхній й його коли крім кожен
    лише між ми минулого на навіть надалі наразі нарешті наступного натомість не нині
    ні однак окрім отже от перед під після по поки попри потім про проте
    при раніше разом сьогодні саме серед так також там тепер те тим тоді тому
    тож ту тут у усі утім хоча це цей ці цього ця цю через чи що щоб як який яка
    які якщо я ще щодо
    """.split()
)
