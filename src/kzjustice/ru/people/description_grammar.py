"""The Russian grammar of the descriptions stage: roles, ages and places said of a person."""

from __future__ import annotations

import regex

from kzjustice import descriptions
from kzjustice._text import compile_lazily
from kzjustice.lexicon import Lexicon, phrases, unprefixed
from kzjustice.ru.numbers import NUMBER_LISTS, to_number
from kzjustice.ru.people.shared import FLAGS, VERB

# A role that names the source of what follows, set apart by a comma: "По информации
# представителя суда, житель ..."; not the source's name: "По мнению судьи Гульнары С.,".
_SOURCE_APART = r"""(?! (?<= (?i: \b (?: по \s+ (?: информации | словам | данным | сообщению
                                               | мнению ) | согласно | со \s+ слов ) \s+ ) )
                       [^,\n]* , \s* \Z )"""


def descriptions_grammar(words: Lexicon) -> descriptions._Grammar:
    """Russian descriptions."""
    of = compile_lazily(r"\s+(?:по|в|на|при)\s+")

    def role_head(role: str) -> str | None:  # "начальник отдела полиции" -> "начальник"
        head = of.split(role.strip())[0].split()
        known = [w for w in (unprefixed(h, words) for h in head) if w in words.role_nouns]
        return known[0] if known and len(role.split()) <= 10 else None

    def not_role(word: str) -> bool:  # "трое бывших полицейских": "трое", "бывших"
        word = word.lower()
        return word in words.not_role_words or to_number(word) is not None or "летн" in word

    return descriptions._Grammar(
        words=words,
        age_inside=compile_lazily(r"(?P<evidence>(?P<age>[0-9]{1,3})-?летн\w+)"),
        age_after=compile_lazily(
            r"\A , \s* (?P<age> [0-9]{1,3} ) \s* (?: (?: год | года | лет ) \s* )? ,",
            regex.VERBOSE,
        ),
        age_before=compile_lazily(
            r"(?r) (?P<evidence> (?P<age> [0-9]{1,3} ) - ?летн\w+ ) \s+ \Z", regex.VERBOSE
        ),
        age_range=compile_lazily(
            r"""\A ,? \s* (?P<evidence> (?: в \s+ возрасте \s+ )? от \s+ (?P<low> [0-9]{1,3} )
                \s+ до \s+ (?P<high> [0-9]{1,3} ) \s+ лет )""",
            regex.VERBOSE,
        ),
        apposition=compile_lazily(
            r"""\A (?: , \s* [0-9]{1,3} \s* )? (?: , | \s+ [\u2013\u2014-] ) \s*  # "— блогера,"
                (?: (?P<age> [0-9]{1,3} ) -?летн\w+ \s+ )? (?: бывш\w+ \s+ | экс- )?
                (?! \L<ru_collective> \b )  # "X, двое оперуполномоченных и Y": a list
                (?P<role> \p{Ll}[\w-]* (?: \s+ (?! \p{Lu}\p{Ll}+ \s+ \p{Lu}\p{Ll}+ )  # nor a name
                                            [\w'][\w'-]* ){0,8}? )  # no dash: "водитель - X"
                \s* (?= , | \. | ; | \s+ (?: который | которая | которые | был | была ) \b )""",
            regex.VERBOSE,
            ignore_unused=True,
            **NUMBER_LISTS,
        ),
        role_apposed=compile_lazily(r"(?!)"),
        # a role noun and what it heads: "заместитель акима района X", "руководителем районного
        # отдела земельных отношений X"
        role_before=compile_lazily(
            rf"""(?r) (?<! [\w-] ) {_SOURCE_APART}"""  # the source, not the person's: "По
            # информации представителя суда, житель города был осужден"
            + r"""
                (?P<role> (?: (?i: \L<role_modifier> ) \s+ )?
                          (?: (?i: \L<not_role> ) - )? (?i: \L<role_noun> )  # "экс-министра"
                          (?: \s+ (?! \p{Ll}+ (?: ил | ила | или | ило | ал | али | ует | уют | ит )
                                       \b )  # a verb ends it: "Прокурор попросил X" (fewer
                              # endings than VERB: "руководителем отдела X" goes on)
                              \p{Ll}[\p{Ll}-]+ ){0,5} )
                \s* [,\u2013\u2014-]? \s+ \Z""",  # "водитель — X"
            regex.VERBOSE,
            role_modifier=words.role_modifiers.entries,
            role_noun=words.role_nouns.entries,
            not_role=words.not_role_words.entries,
        ),
        serving_as=compile_lazily(
            r"""\b (?: работавш\w+ | занимавш\w+ \s+ должность ) \s+
                (?P<role> \p{Ll}[\w-]* (?: \s+ [\w'-]+ ){0,6}? ) (?= \s* [,.;] )""",
            regex.VERBOSE,
        ),
        not_defendant_before=compile_lazily(
            rf"""(?: {_SOURCE_APART} \b (?: {phrases(words.not_defendant_roles)} | президент\w*
                        | заявил\w* | сообщил\w* | по \s+ словам | по \s+ данным
                        | более | менее | свыше | около | почти | не \s+ менее )
                     (?: (?: \s+ (?! {VERB} ) [\w-]+ ){{0,4}}?
                         \s+ (?: {phrases(words.institution_words)} )
                         (?: \s+ (?-i: \p{{Lu}} )[\w-]+  # "Судья Тбилисского городского суда X",
                           | (?: \s+ (?! \w+ (?: ть | ться ) \b | {VERB} )
                                 (?-i: \p{{Ll}} )[\w-]+ ){{1,4}} )? )?
                     # "пресс-секретарь Верховного суда республики X", "судья суда по уголовным
                     # делам X"; not "просили суд признать X"
                     [\s,]* \Z
                | \b (?: о | об | обо ) \s+  # one spoken of: "пост о президенте Узбекистана X";
                  (?! (?: депортаци | экстрадици | выдворени | задержани | арест | осуждени
                        | приговор | обвинени | помиловани | освобождени ) \w* \b )  # not one
                  (?: \p{{Ll}}[\w-]* \s+ ){{0,3}} \Z  # a measure is taken against: "решение о
                  # депортации россиянина X"
                | \b (?: переда | сообща ) (?: ет | ют ) \s+  # a credit: "передает
                  (?: корреспондент\w* | журналист\w* | обозревател\w* )  # корреспондент ИА
                  (?: [^\S\n]+ \S*[^\s.] ){{0,3}}? [^\S\n]+ \Z  # «NewTimes.kz» Татьяна Т."
                | \b (?: {phrases(words.victim_cues)} ) \s+
                  (?: (?! (?: подсудим | обвиняем | осужден ) \w* \b )
                      (?: \p{{Ll}}[\w'-]* | [0-9]{{1,3}} -? летн\w+ ) \s+ ){{0,3}}  # "19-летнего"
                  \Z )""",
            FLAGS,
        ),
        # After a first mention, its predicate with no verb between: "Анна Петрова, 67 лет,
        # скончалась на месте"; not "X, который ..." nor "X заявил, что его брат погиб".
        victim_after=compile_lazily(
            rf"""(?: (?! \b (?: котор\w* | что | где | когда | был | была | были | было
                             | заявил\w* | сказал\w* | рассказал\w* | сообщил\w* | после
                             | из-за | за | для | в | во | на | по | к | от | с | у ) \b )
                     [^.;!?()\n] ){{0,80}}?
                 \s+ (?: {phrases(words.victim_predicates)} ) \b""",
            FLAGS,
        ),
        former=compile_lazily(r"\b бывш\w* \s+ \Z | \b экс- \Z", FLAGS),
        not_defendant_role=compile_lazily(
            rf"(?: [\w-]+ \s+ ){{0,3}} {phrases(words.not_defendant_roles)} \b", FLAGS
        ),
        # the word just before a name, which may say a gender: "осужденная Мадраимова М."; not
        # an age, which says the nominative ("23-летний Лаша Читадзе" is no "Лаш")
        title=compile_lazily(r"(?<! [\w-] ) (?! [\w-]* [0-9] ) [\w-]+ (?= \s+ \Z )", FLAGS),
        perfect_after=compile_lazily(r"\s+ (?: уже \s+ )? (?: были | был | было ) \b", FLAGS),
        role_head=role_head,
        not_role=not_role,
    )
