"""The Russian grammar of the mentions stage: names, groups, descriptions, pronouns."""

from __future__ import annotations

import regex

from kzjustice import mentions
from kzjustice._text import compile_lazily, keyword_trie
from kzjustice.lexicon import Lexicon, phrases
from kzjustice.names import looks_like_surname
from kzjustice.ru.numbers import NUMBER, NUMBER_LISTS, to_number
from kzjustice.ru.people.shared import FLAGS, LOWER, UPPER, VERB, genitive_nouns

_GAP = r"[^\S\n]"  # a space within a line: a name never runs across a line break

# One description of a single person before its noun: "бывший", "41-летнего", "экс-",
# "единственная".
_ONE = r"""(?: бывш(?: ий | его | ему | ем | ая | ей | ую ) | экс- \s* | (?: [0-9]{1,3} | \w+ )
              - ?летн(?: ий | его | ему | ем | яя | ей | юю )
              | единственн(?: ый | ого | ому | ым | ом | ая | ой | ую ) )"""
# An ordinal standing for one more person: "четвертого подсудимого", "третьего суд оправдал".
_ORDINAL = r"""(?: втор | трет | четверт | пят | шест | седьм ) (?: ой | ого | ому | ым | ом | ий
                                                              | ьего | ьему | ьим | ьем | ый ) \b"""
# Words for people apart from those named: "остальные", "другие", "еще".
_OTHERS = r"(?: остальн\w+ | друг(?: ие | их | им | ими ) | ещ[её] )"

# Words for a person before a name given by its initials alone, as courts' reports write it:
# "гражданина К.", "осужденный А. У.", "гр. Т.".
_INITIAL_AFTER = r"""(?: \b (?: граждан | жител | осужденн | подсудим | обвиняем | фигурант ) \w*
                       | \b гр \. )"""

# A word that makes three or more one name: a patronymic in any case ("Серикбаевича"), an
# initial, a particle, apart or joined ("Серик кызы Алтынай", "Азамат Ерланулы Кудайбергенов");
# else three words are a place and a name.
_PATRONYMIC_ENDING = r"(?: ович | евич | овн | евн | ичн | инич ) \w{0,3}"
_PATRONYMIC = compile_lazily(rf"{_PATRONYMIC_ENDING} \Z", FLAGS)
_WITHIN_A_NAME = compile_lazily(
    rf"""(?: {_PATRONYMIC_ENDING} | \.
          | (?: улы | ұлы | уулу | кызы | қызы | оглы | угли | кизи | гызы ) ) \Z""",  # "Ерланулы"
    FLAGS,
)


def _name_parts(run: list[str], words: Lexicon) -> list[tuple[int, int]]:
    """The names a run of capitalised words holds, as (first, end) word indices.

    Two words are one name. A patronymic before a surname ends the name there, the word before
    the given name being its owner's ("Заместителю Ахметжанова Асель Нурлановне
    Бекмухановой"); a run with an initial, a particle or a closing patronymic is one name
    ("Омаров Бауыржан Сейткалиевич"); two given names each before a surname are two names, the
    first owning the second ("адвокат Жылдыз Турдубаевой Азамат Жумагулов"); else the last two
    words, the first being a place ("Шымкента Ержан Сапаров").
    """
    count = len(run)
    if count == 2 and run[0].lower().endswith(_PLURAL_ROLE_ENDINGS) and len(run[0]) > 6:
        return [(1, 2)]  # "Рекламщики Неверов и Васильев": a role's plural, then a surname
    if count <= 2:
        return [(0, count)]
    patronymic = next((i for i, w in enumerate(run) if _PATRONYMIC.search(w)), None)
    if (
        patronymic is not None
        and 1 <= patronymic < count - 1
        and looks_like_surname(run[patronymic + 1], words)
    ):
        return [(patronymic - 1, patronymic + 2)]
    if patronymic is not None or any(_WITHIN_A_NAME.search(w) for w in run):
        return [(0, count)]
    if count == 4 and all(looks_like_surname(w, words) == (i % 2 == 1) for i, w in enumerate(run)):
        return [(0, 2), (2, 4)]
    return [(count - 2, count)]


# The endings of a role noun's plural, which no name has: "журналисты", "рекламщики".
_PLURAL_ROLE_ENDINGS = ("тели", "ники", "щики", "чики", "исты", "анты", "енты", "логи")
# The endings of a noun's plural in the oblique cases: "полицейских", "акимов", "судьям".
_PLURAL_ENDINGS = ("ов", "ев", "ей", "ых", "их", "ам", "ям", "ами", "ями", "ах", "ях")

_UNSTATED = frozenset(
    {"остальные", "остальных", "остальным", "остальными", "другие", "других", "другим", "другими"}
)


def mentions_grammar(words: Lexicon) -> mentions.Grammar:
    """Russian mentions."""
    one_role = [r for r in words.role_nouns if not r.endswith(_PLURAL_ENDINGS)]  # "водителя"
    one_person = [  # "местного жителя", "для подсудимого"
        w for w in (*words.role_nouns, *words.person_nouns) if not w.endswith(_PLURAL_ENDINGS)
    ]
    return mentions.Grammar(
        # "Ержан Сапаров", "А. Жубанов", "Жубанову А.Б.", "Касым-Жомарт", "Жасулан Серик улы"
        name=compile_lazily(  # Cyrillic only: "Telegram-магазина", "Lexus" are no name's
            rf"""
            (?= {UPPER} ) (?<! [\w'-] )
            (?! {UPPER}{LOWER}* (?: ть | ться ) \b )  # a verb opening a quote: "Признать X"
            (?: (?: {UPPER} \. {_GAP}* ){{0,2}}  # "Б. КАМЕТОВУ"
                {UPPER}{{2,}} (?: ОВ | ЕВ | ИН | ЫН ) (?: А | У | ЫМ | Е | ОЙ | ОЙ )?  # a
                (?= [^\w-] | \Z )  # surname in capitals alone: "вынесли АЙТБАЕВУ приговор"
            |
            (?: {UPPER} \. {_GAP}* ){{0,2}}
            {UPPER}{LOWER}+ (?: - {UPPER} {LOWER}+ )?
            (?: {_GAP}+ (?: {UPPER} \. {_GAP}* ){{0,2}} {UPPER}{LOWER}+
                (?: - {UPPER}{LOWER}+ )? ){{0,4}}
            (?: {_GAP}+ {UPPER} \. (?: {_GAP}? {UPPER} \. )? )?
            (?: {_GAP}+ \L<particle> (?: {_GAP}+ {UPPER}{LOWER}+ )? )?  # "Серик кызы Алтынай"
            (?: {_GAP}+ {UPPER}{{5,}} )?  # a surname in capitals: "Гайни АЛАШБАЕВОЙ"
            |  # a person named by an initial alone, as courts' reports write: in a list of
               # such ("Б., Г., Х. и Б."), or before a verdict's verb ("Б. получил 17 лет")
            (?<! {UPPER} \. {_GAP}* ) {UPPER} \. (?! {_GAP}* {UPPER}{LOWER} )
            (?= {_GAP}* (?: , | {_GAP} и {_GAP} ) {_GAP}* {UPPER} \. (?! {_GAP}* {UPPER}{LOWER} )
              | {_GAP}+ (?: получил | приговорен | осужден | признан | назначен ) \w* \b
              | (?<= (?: \A | \n ) {_GAP}* {UPPER} \. ) {_GAP}*  # an item of a list of terms:
                (?: \( [^()\n]{{1,80}} \) {_GAP}* )? [-\u2013\u2014] )  # "М. (директор) - к 8"
            | (?<= {_INITIAL_AFTER} {_GAP}+ ) {UPPER} \. (?! {_GAP}* {UPPER} )  # "гражданина К.
              # к 5 годам", "гр. Т. признал вину"
            | (?<= {UPPER} \. {_GAP}* (?: , | {_GAP} и ) {_GAP}* ) {UPPER} \.
              (?! {_GAP}* {UPPER}{LOWER} )
            |  # initials alone: three ("М.А.Т."), or two after a word for a person ("гражданин
               # А. У.")
            (?: {UPPER} \. ){{3}} (?! {_GAP}* {UPPER}{LOWER} )
            | (?<= {_INITIAL_AFTER} {_GAP}+ ) {UPPER} \. {_GAP}? {UPPER} \.
              (?! {_GAP}* {UPPER}{LOWER} ) )
            (?! \w | - (?! \s ) )  # not "Telegram-канал"; but "Мухтарлы— журналиста" ends
            """,
            regex.VERBOSE,
            particle=words.name_particles.entries,
        ),
        capitalised=compile_lazily(
            r"(?:\p{Lu}\p{Ll}?\.\s*)*\p{Lu}[\w'-]+|\p{Lu}\p{Ll}?\.|(?<=\s)\L<particle>\Z",
            particle=words.name_particles.entries,
        ),
        # quantity: the count; owner: "его брат"; determiner: "остальные", "другие", "еще";
        # described: one person so described, who may be one named before ("экс-начальника")
        group=compile_lazily(
            rf"""
            (?<! [\w-] | № \s{{0,2}} )  # "суд № 2 вынес приговор жителю": a number, no count
            (?P<group>
              (?: (?P<determiner> {_OTHERS} ) \s+ )?
              (?: (?P<vague> \L<vague_count> ) \s+  # "несколько бывших чиновников"; not
                  (?! (?: сот | тысяч | миллион | миллиард ) \w* \b )  # "несколько тысяч"
                | (?P<quantity> {NUMBER} | один | одна | одного | одной | одному | одним | одну )
                  (?! \s+ (?: лет | год\w* | месяц\w* | суток | дн\w+ | час\w* | летн\w* ) \b )
                  # not "10 суток", nor an age: "28 летний"
                  \s+ (?: (?: из \s+ )? (?: его | ее | их ) \s+ | из \s+ [0-9]+ \s+
                       | из \s+ (?= (?: \p{{Ll}}+ \s+ )? \L<person_noun> \b ) )?  # "17 из 19
                                                # подсудимых", "одному из участников драки"
                | (?P<described> {_ONE} ) \s*
                | (?P<ordinal> {_ORDINAL} ) \s+                      # "четвертого подсудимого"
                | (?P<owner> его | ее | их ) \s+
                | (?<= (?: \A | [.!?;:\n] | \b (?: а | и ) ) \s*
                       \b (?: остальн\w+ | друг (?: ие | их | им | ими ) ) \s+ ) )  # "Других
                # подсудимых" opening a clause: the others, their count unstated; not "обучал
                # других участников"
              (?: (?: {_ONE} | (?! \L<function_word> \b ) \p{{Ll}}[\w-]* ) \s+ ){{0,3}}
              "?+ (?: вице - )?  # "бывшего вице-мэра"
              (?P<noun> \L<person_noun> ) \b "?+  # "трое «закладчиков»"
            )
            """,
            FLAGS,
            person_noun=(*words.person_nouns, *words.role_nouns),
            function_word=words.function_words.entries,
            vague_count=words.vague_counts.entries,
            ignore_unused=True,
            **NUMBER_LISTS,
        ),
        # "один оправдан", "трое оштрафованы": a number standing for people, by its verb
        bare_group=compile_lazily(
            (
                rf"""(?= (?: был[аи]? \s+ )? (?: (?: полностью | частично ) \s+ )?  # the verb
                     (?: оправдан | осужден | приговорен | оштрафован | признан  # first:
                       | получил ) )  # cheaper
                 (?<= (?<! [\w-] ) (?P<group> (?P<quantity> {NUMBER} | один | одна ) )
                      (?: \s+ из \s+ (?: которых | них ) )? \s+ )  # "18 человек, один из которых"
                 (?: был[аи]? \s+ )? (?: (?: полностью | частично ) \s+ )?
                 (?: оправдан | осужден | приговорен | оштрафован | признан | получил ) \w* \b
            """,
                rf"""(?= (?: суд \s+ )? (?: оправдал | оштрафовал | приговорил ) )
                 (?<= (?<! [\w-] ) (?P<group> {_ORDINAL} ) \s+ (?: же \s+ )? )  # "третьего
                 (?: суд \s+ )? (?: оправдал | оштрафовал | приговорил ) \w* \b  # суд оправдал"
            """,
                rf"""(?<= \w ) (?= \s* [-\u2013\u2014] )  # just after the ordinal's last letter
                 (?<= (?<! [\w-] ) (?P<group> {_ORDINAL} ) ) \s* [-\u2013\u2014] (?= \s* \w )
                 # "четвертый - 2 года условно"
            """,
                rf"""(?<= \w ) (?= \s* [-\u2013\u2014] \s* (?: к | на | по ) \s )  # "двое - к 11
                 (?<= (?<! [\w-] ) (?P<group> (?P<quantity> двое | трое | четверо | пятеро
                                                     | шестеро | семеро | один | одна ) )
                    | (?: [:;,] \s* | \b (?: и | а ) \s+ )  # or any count opening an item of
                      (?P<group> (?: (?P<determiner> {_OTHERS} ) \s+ )?  # a list: ", остальные
                                 (?P<quantity> \L<ru_collective> | {NUMBER} ) ) )  # девять —"
                 \s* [-\u2013\u2014] (?= \s* \w )  # годам, один - к 5": a count's own term;
                 # "просят: девятерых — к трем годам ..., 44 — к четырем годам условно"
            """,
                r"""(?<! [\w-] ) (?= \w )  # a plural noun in the dative that speaks of a group
                 (?<= \b (?: назначил | определил ) \w* \s+ )  # again: "назначил осужденным
                 (?P<group> (?P<plural_ref> \L<plural_ref> ) ) (?<= ым ) \b  # наказание"
            """,
                r"""(?<! [\w-] ) (?= \w )  # a word's start first: the look-behind reads back
                 (?<= \b (?: (?: приговор (?! у \b )  # not "согласно приговору осужденные"
                                | осуди | осужд | оштрафова | оправда | назначил
                                | признал ) \w*  # "признал водителя виновным"
                            | (?: задержал | арестовал ) \w*  # "задержали мужчину, ...": one
                            # whom a later "ему" is; not the noun: "с задержания чиновника"
                            | в \s+ отношении | по \s+ делу | дело ) \s+ )  # "дело в отношении
                            # жителя города", "по делу учителя школы"
                 (?! [^.;\n]{0,80}? \b (?: не )? виновными \b )  # "признал мужчин виновными": many
                 (?: (?P<group> (?P<described> (?P<noun> \L<role> ) ) ) \b  # "приговорил водителя"
                   | (?P<group> (?P<described>
                       (?P<anaphoric> (?: \p{Ll}[\w-]* (?: ого | его | ому | ему ) \s+ ){0,2} )
                       (?P<noun> \L<person> ) ) ) \b  # "местного жителя",
                     (?! (?-i: (?: \s+ (?: \p{Ll}[\w-]* | "[^"\n]{1,40}" | \p{Lu}{2,6} )
                               ){0,5} \s+ \p{Lu} (?: \p{Ll}+ \s+ \p{Lu} | \. ) ) ) )
                     # "назначил нарушителю"; not one a name follows: "администратора канала X Y"
            """,
                r"""(?<! [\w-] ) (?<= и \s ) (?= \w )  # one more person coordinated with a person
                 (?<= (?<! \w | [-\u2013\u2014:] \s{1,3} (?: [\w-]+ \s+ )? )  # noun: "Экс-
                      \L<anyone> \s+ и \s )  # чиновник и бизнесмен получили"; not a counted
                 # group's people: "двое фигурантов - водитель и администратор"
                 (?P<group> (?P<described> (?P<noun> \L<person> ) ) ) \b
                 (?! (?-i: \s+ \p{Lu}\p{Ll}+ \s+ \p{Lu} ) )  # not before a name: "водитель и
                 # пассажир Иван X"; "и жителю Якутии" is one
            """,
                r"""(?<! [\w-] ) (?= [\w-]+ \s+ суд \s )  # the court before the list of roles
                 (?P<group> (?P<described> (?P<noun> \L<role> ) ) ) \b  # "Водителя
                 (?= \s+ суд \s+ (?: приговор | осуди | оштрафова | оправда ) )  # суд осудил к"
            """,
                r"""(?<! [\w-] ) (?= \w )  # people a verdict names by a plural noun, with no
                 (?<= \b (?: приговорил | осудил | оштрафовал | оправдал ) \w* \s+ )  # count:
                 (?P<group> (?P<plural> \L<many> ) ) \b  # "приговорил организаторов
                 (?! \s+ (?-i: \p{Lu} (?: \p{Ll} | \. ) ) )  # беспорядков к срокам от 14 до
                 # 20 лет"; "оправдали сотрудников КУИС"; not before their names: "осудил
                 # активистов Ержана X и Y", "А. Иванова"
            """,
                r"""(?<! [\w-] )  # one of a group a participle or noun names: "для одного из
                 (?P<group> (?P<quantity> один | одна | одного | одной | одному | одну ) \s+ из
                            \s+ (?! погибш | пострадавш | потерпевш | умерш )  # not a victim
                            (?-i: \p{Ll} )[\w-]* (?: вших | щих ) )  # нападавших": a participle
                 \b (?! \s+ (?-i: \p{Ll} )[\w-]{3,} )  # alone, no adjective of a noun
            """,
                r"""(?<= \b для \s+ ) (?P<group> другого | второго ) (?= \s* [,.;] )  # "и 15 лет
                 # для другого": one more
            """,
                r"""(?<! [\w-] | [0-9] \s | (?: ые | ых | ым | ие | их | им ) \s )  # a plural noun
                 (?P<group> (?P<plural_ref> \L<plural_ref> ) ) \b  # that speaks of a group again,
                 # after no number or adjective:
                 (?= \s+ (?: были \s+ )? (?: приговорен | осужден | назначен | получил  # "что
                          | признан | оштрафован ) \w* \b  # осужденные приговорены к",
                   | \s+ (?: суд \s+ )? (?: назначил | дали | определил ) \w* \b )  # "Фигурантам
                   # назначили"
            """,
                r"""(?<! [\w-] ) (?= [дтчпшсвдо] )  # a collective count standing for people at a
                 (?P<group> (?P<quantity> двое | трое | четверо | пятеро | шестеро | семеро
                                        | восьмеро | девятеро | десятеро ) ) \b  # clause's end:
                 (?<= (?: оказались | были | стали | проходят | проходили | обвиняются
                        | обвинялись | задержаны | задержали ) \s+ \w+ )  # "на скамье
                 (?= \s* [.;:] )  # подсудимых оказались шестеро."
            """,
                r"""(?<= \A | \n | [.!?…,;] \s{1,2} )  # "Троим назначили", "пятерым дали"
                 (?! об [еоа] )  # not "Обоим назначен": the two just named, a pronoun's
                 (?P<group> (?P<quantity> \L<ru_collective> ) )
                 (?= \s+ (?: суд \s+ )? (?: назначил\w* | назначен\w* | дали | дал | определил\w*
                                         | присудил\w* ) \b )
            """,
                r"""(?<= \A | \n | [.!?…] \s{1,2} )  # the object of a verdict, opening a sentence:
                 (?P<group> (?P<described> (?P<noun> \L<object> ) ) ) \b  # "Сотрудника
                 (?= (?: \s+ (?: [\w-]+ | "[^"\n]{1,40}" | «[^»\n]{1,40}» ) ){0,4}? \s+
                     (?: суд \s+ )? (?: осудил\w* | приговорил\w* | оштрафовал\w*
                                     | оправдал\w* ) \b )  # полиции осудили на восемь лет"
            """,
                r"""(?<= \A | \n | [.!?…] \s{1,2} )  # "Организатору этого совета дали девять
                 (?P<group> (?P<described> (?P<noun> \L<role> ) ) ) \b  # лет": one so described
                 (?= (?: \s+ (?-i: \p{Ll} )[\w-]* ){0,3} \s+ (?: суд \s+ )?
                     (?: назначил\w* | назначен\w* | дали | дал | определил\w* | присудил\w* ) \b )
            """,
                rf"""(?<= (?: \A | \n | [.!?…] \s{{1,2}} | \p{{So}} \ufe0f? \s ) ["«„]?  # opening a
                     (?: (?: например | так | также ) , \s+ )? )  # sentence or a quotation,
                 (?P<group> (?P<described> (?: [\w-]+ (?: ый | ий | ой | ая | яя ) \s+ )?
                                           (?P<noun> \L<subject> ) ) ) \b  # a subject: "Пьяный
                 (?= [^.;!?\n]{{0,120}}? \s  # водитель, сбивший ..., отправится в колонию", "Житель
                     (?: получ(?: ил | ает | ают ) \w* | осужден\w* | приговорен\w*  # Актобе
                       | оштрафован\w* | отправится | проведет ) \b  # получил 5 лет"
                   | (?<= [0-9] \s* - \s* летн\w+ \s+ \w+ )  # or one of an age: "Например,
                     # 37-летний житель города, ..., разбил стекло. Он был арестован"
                   | (?-i: (?: \s+ (?! {VERB} ) \p{{Ll}}[\w-]* ){{0,3}}  # or a name it describes:
                           \s+ \p{{Lu}}\p{{Ll}}+ \s+ \p{{Lu}}\p{{Ll}} ) )  # "Технический директор
                     # шахты Виктор Гордеев, который ..."
            """,
            ),
            FLAGS,
            ignore_unused=True,
            role=one_role,
            person=one_person,
            anyone=(*words.role_nouns, *words.person_nouns),
            plural_ref=[w for w in words.referring_nouns if w.endswith(("ые", "ым", "ы", "ам"))],
            many=[w for w in words.person_nouns if w.endswith(("ов", "ев", "ей", "ых", "их"))],
            subject=[
                w
                for w in (*words.role_nouns, *words.person_nouns)
                if not w.endswith((*_PLURAL_ENDINGS, "ого", "ему", "ому", "ей", "ой", "ем", "ым"))
            ],
            object=sorted(  # one in the accusative: "сотрудника", "жительницу"
                genitive_nouns() | {w for w in one_person if w.endswith(("у", "ю"))}
            ),
            **NUMBER_LISTS,
        ),
        # "остальные четверо", "еще двое", "двое других", "все пятеро", "остальным"
        bare_count=compile_lazily(
            rf"""(?<! [\w-] )
            (?P<group>
                (?P<determiner> {_OTHERS} ) \s+ (?P<quantity> {NUMBER} ) \b
                (?! \s* - \s* (?: [0-9] | по | к | на | в ) \b  # "для остальных троих - по семь";
                  | -                                      # not "Еще двое - дежурные по отделу"
                  | \s+ (?: лет | год\w* | месяц\w* | суток | дн\w+ | час\w* ) \b )
              | (?P<quantity> {NUMBER} ) \s+ (?P<determiner> других | остальных ) \b
              | (?<= \b (?: все | всех | всем | всеми ) \s+ ) (?P<quantity> \L<ru_collective> ) \b
              | (?P<quantity> {NUMBER} ) \s+ из \s+ них \b  # "Пять из них приговорены"
              | (?<= \b из \s+ [0-9]+ \s+ [^\W\d][^.;:!?\d]{{0,60}}? ,? \s+ )  # "Из 39 участников
                (?P<quantity> {NUMBER} )  # беспорядков 37 получили сроки": part of a whole
                (?= \s+ (?: \w+ \s+ )? (?: получил\w* | приговорен\w* | осужден\w* | признан\w*
                                        | назначен\w* | отправ\w+ | был[иа]? ) \b )
              | (?P<determiner> остальн(?: ые | ых | ым | ыми ) ) \b
                (?! \s+ (?: \w+ \s+ )? \L<person_noun> \b ) )""",
            FLAGS,
            person_noun=words.person_nouns.entries,
            ignore_unused=True,
            **NUMBER_LISTS,
        ),
        bare_count_cue=compile_lazily(r"\b(?:остальн|друг|ещ[её]|все)\w*\b|\bиз\s+(?:них\b|[0-9])"),
        pronoun=compile_lazily(
            r"""\b (?P<possessive> (?: его | ее | их )
                                  (?= \s+ (?! (?: \L<function_word> | к | на | в | по ) \b )
                                      \p{Ll}{3,} ) )
                \b
              | (?<! \b (?: год\w* | лет | месяц\w* ) \s* ,? \s* из \s+ )  # "к 4 годам, из них
                \b (?P<pronoun> \L<pronoun> ) \b (?! (?<= \b им ) \. )  # три года условно":
                # the years; not "шахта им. Костенко"
              | (?<! \b (?: из | среди ) \s+ ) \b (?P<pronoun> \L<plural> ) \b  # "подсудимым
              # грозило": они; not "один из подсудимых"
              | (?<= \b для \s+ ) (?P<definite> \L<role> ) \b  # "просил для организатора",
              # "для подсудимого"
              | (?<! [\w-] ) (?P<definite> \L<lone> ) \b  # a person a lone person noun
                (?! \s* - )  # names, as "the man" does: "В суде мужчина признал вину"
            """,
            regex.VERBOSE,
            lone=words.lone_person_nouns.entries,
            pronoun=(
                *words.pronouns_male,
                *words.pronouns_female,
                *words.pronouns_plural,
                *words.pronouns_pair,
                *words.pronouns_distributive,
            ),
            plural=words.referring_plurals.entries,
            function_word=words.function_words.entries,
            role=one_person,
        ),
        person_noun=compile_lazily(
            rf"\b{keyword_trie([*words.person_nouns, *words.role_nouns], whole=True)}\b"
        ),
        court_next=compile_lazily(  # "Медеуский районный суд"; not "Гулизу Мамытову областной суд"
            rf"""(?<= (?: ий | ый | ой | ого | ому | ом | ым | им | ая | ую | ое | ее ) )
                 \s+ (?: {phrases(words.court_types)} \s+ )+ суд\w* \b
               | (?<= (?: ский | цкий ) ) \s+ суд \b  # "Бакинский суд": a city's court""",
            FLAGS,
        ),
        # "Ассоциации Kazakh Invest", and a place's adjective before its noun or an abbreviation:
        # "Алгинского района", "Томского политеха", "Кентауского ГОП" (a surname in -ский
        # before a noun in the nominative, "Вишневского суд", or a verb, "Вишневского
        # приговорили", stays a name)
        organisation_next=compile_lazily(
            rf"""(?-i: \s+ \L<head> \b
                     | (?<= (?: ск | цк ) (?: ого | ому | ой | ую | ая | ом | их | им | ими | ое
                                           | ие ) )
                       \s+ (?: (?! \L<function_word> \b | {VERB} )
                               \p{{Ll}}[\w-]* [аеиоуыэюяьй] \b
                             | \p{{Lu}}{{2,6}} \b ) )""",  # "Кентауского ГОП"
            regex.VERBOSE,
            head=words.organisation_heads.entries,
            function_word=words.function_words.entries,
        ),
        # "ТОО Алтын Дала", "движения «Коше партиясы»": an abbreviation, or a head and a quote
        # ("партии Тимуру Абенову" is a batch of goods)
        article_before=compile_lazily(r"(?!)"),
        organisation_before=compile_lazily(  # a legal form in capitals: "ТОО", "АО", not "ЖКХ"
            r"""(?: (?-i: \b \L<legal_form> ) \s+ [«"]? | \b \L<head> \s+ [«"]
                  | \b \L<kind> \s+  # "движение Демократический выбор"
                  | \b (?: им \. | имени ) \s* ) \Z""",  # "шахта им. Костенко": its namesake
            FLAGS,
            head=words.organisation_heads.entries,
            kind=words.organisation_nouns.entries,
            legal_form=[h.upper() for h in words.organisation_heads if len(h) <= 3],
        ),
        including=compile_lazily(
            r"""\s* ,? \s* (?: в \s+ том \s+ числе | среди \s+ (?: них | которых )
                            (?: \s+ (?: и | был | была | были ) )? | включая ) \s+ (?P<lead>)
                (?: [^,.;]{1,40}? (?: \s* , \s* (?: и \s+ )? | \s+ и \s+ ) )?""",
            FLAGS,
        ),
        owned_by=compile_lazily(r"(?!)"),  # the owner's case says it: "подчинённые Мурадова"
        predicate_before=compile_lazily(  # "в качестве посредника": a role; "из 39 участников":
            r"\b в \s+ качестве \s+ | \b из \s+ (?= [0-9] )",  # the whole a part is taken from
            FLAGS,
        ),
        place_before=compile_lazily(
            r"""\b (?: жител\w* | жительниц\w* | уроженц\w* | уроженк\w* | город\w* | сел[аоуе]?
                  | поселк\w* | деревн\w* | аул\w* ) \s+ \Z""",
            FLAGS,
        ),
        verb_first=compile_lazily(r"(?: оштрафова | лиш | запрети | оправда ) \w* \b", FLAGS),
        # between a description and its name: "бывший аким района Ержан Сапаров", never a verb
        comma=compile_lazily(  # "бывший директор ТОО «Атырау Су» Кайрат Нурланулы", "поста «X»"
            rf"""\s* (?: , | (?<= \s ) - )? \s* (?: (?: (?! {VERB} ) \p{{Ll}}[\w-]*
                               | [0-9]{{1,3}} - \p{{Ll}}+  # "Его знакомый, 23-летний X"
                               | \p{{Lu}}[\w-]+ (?= \s+ \p{{Ll}} )  # "Социального фонда"
                               | \( [^()\n]{{1,30}} \)  # "(ИСБР)"
                               | " [^"\n]{{1,40}} " )  # "член "Ата-Журт", бывший мэр X"
                             (?: \s* , )? \s+ ){{0,8}}  # "фигурант дела, таможенный брокер X"
                (?: \p{{Lu}}[\w-]+ \s+ ){{0,2}}  # a place: "жительницу Нижнего Тагила X"
                (?: (?: (?i: \L<head> ) \s+ | \p{{Lu}}{{2,4}} \s+ )?  # "АО "НК "Qazaq Logistics""
                    " [^\n]{{1,60}}? " \s+ )?
                (?: (?-i: \p{{Lu}}{{2,5}} ) \s+ ){{0,2}}  # "ГУ "Казселезащита" МЧС РК" X
            """,
            regex.VERBOSE,
            head=words.organisation_heads.entries,
        ),
        comma_age=compile_lazily(r"\s*,\s*(?:[0-9]{1,3}\s*,\s*)?"),
        apposed_and=compile_lazily(r"\s*,\s*(?:[0-9]{1,3}\s*,\s*)?[^,.;:\n]{1,60}?\s+и\s+"),
        apposition_closes=compile_lazily(r"[^,.;:\n]{0,80},(?!\s+(?:были|все)\b)"),
        definite_before=compile_lazily(r"(?!)"),
        indefinite=compile_lazily(rf"(?: {_ONE} ) \s*", FLAGS),
        quoted=compile_lazily(r'[«"„](?P<quote>[^«»"“\n]{3,80}?)[,.]?[»"“]'),
        law_title=compile_lazily(  # "по статье 272 УК («Массовые беспорядки»)"
            r"""\b (?: стать\w+ | ст\. ) \s* [0-9]+ (?: [.-] [0-9]+ )*
                (?: \s+ (?: ук | уголовного \s+ кодекса ) (?: \s+ (?-i: \p{Lu}{2,3} ) )? )? \s*
                (?P<title> \( [^()\n]{3,200} \) | \[ [^\[\]\n]{3,200} \] )""",
            FLAGS,
        ),
        others=frozenset(
            {"остальные", "остальных", "остальным", "остальными", "другие", "других", "другим"}
            | {"другими", "еще", "ещё"}
        ),
        unstated=_UNSTATED,
        approximate=compile_lazily(rf"\b (?: {phrases(words.approximators)} ) \s+ \Z", FLAGS),
        plural_owned=compile_lazily(r"\w+(?:ики|ые|ие|ов|ами|ями|ам|ям)"),  # "его сотрудники"
        not_name_prefixes=("экс-",),
        not_name=frozenset(
            [
                *words.not_name_words,
                *words.countries,
                *words.places,
                *words.organisations,
                *words.titles,
                *words.person_nouns,
                *words.role_nouns,  # "Оперуполномоченный Мирас Тажибаев"
                *words.pronouns_pair,  # "Обоим пожизненно запрещено"
                *words.pronouns_plural,
            ]
        ),
        heads=frozenset([*words.organisation_heads, *words.place_heads]),
        count=lambda quantity: to_number(quantity) if quantity else 1.0,
        name_parts=lambda run: _name_parts(run, words),
    )
