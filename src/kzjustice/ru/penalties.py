"""Penalties in Russian news prose: every sentence a passage states, its kind, status and term.

Supported, with examples (``docs/russian.md`` lists every form and what it becomes):

- a term and its kind: "к 7 годам лишения свободы", "7 лет колонии строгого режима", "к
  восьмилетнему сроку", "лишение свободы на срок 5 лет", "3 года лишения свободы условно",
  "условный срок в 3 года", "4 года ограничения свободы", "15 суток ареста", "арестован на 15
  суток", "240 часов общественных работ", "обязательные работы на 320 часов", "исправительные
  работы сроком на 1 год"; a term with no kind word is imprisonment ("получил 7 лет");
- a kind with no term: "оправдал", "оправдан", "оправдательный приговор", "пожизненное лишение
  свободы", "к пожизненному заключению", "условный срок", "реальный срок", "к лишению
  свободы", "оштрафовал", "штраф в размере 100 МРП", "штраф 500 тысяч тенге", "наказание, не
  связанное с лишением свободы";
- fines in tenge, MCI ("МРП", "месячных расчетных показателей"), roubles, som, sum, dollars,
  euros, somoni and manat, with "тыс.", "тысяч", "млн", "миллиона", "млрд";
- bans, beside the main penalty, with what they bar as written: "с лишением права занимать
  должности на государственной службе на 3 года", "пожизненный запрет занимать должности",
  "лишение права управления транспортным средством сроком на 2 года";
- status from the governing word, nearest first, across clauses: imposed ("приговорил",
  "осужден", "назначил", "получил", "дали", "оштрафовал", "оставил без изменения", "заочно"),
  requested ("запросил", "просил назначить", "потребовал", "настаивал", "предложил"), possible
  ("грозит", "может получить", "предусматривает", "наказывается", "вплоть до");
- elided terms that take their unit and kind from a neighbour: "Иванов получил шесть лет,
  Петров — четыре", "прокурор просил девять лет, суд назначил семь", "к девяти и семи годам
  соответственно";
- appeals: "снизил срок с семи до пяти лет" gives both terms, imposed; "снизил срок до пяти
  лет" gives five years; "сократил на два года" gives none.

Not penalties: the probation period of a suspended sentence ("испытательный срок 2 года"), a
deferral ("с отсрочкой на 3 года"), probation control, preventive measures ("арестовал на два
месяца", "заключил под стражу", "домашний арест", "задержан на 48 часов"), time served ("отбыл
3 года", "провел в СИЗО год"), ages ("в возрасте 41 года"), deadlines ("в течение 15 суток"),
"N лет назад", confiscation and loss of rank, and a conviction with no penalty ("признан
виновным"). "Принудительные работы" (forced labour) is read as correctional labour.
"""

from __future__ import annotations

import bisect
from collections.abc import Mapping
from decimal import Decimal
from types import MappingProxyType
from typing import Any

import attrs
import regex

from kzjustice._text import (
    MATCH_REACH,
    Sentences,
    compile_lazily,
    keyword_trie,
    lowercase,
    normalise,
)
from kzjustice.models import Found, Kind, Money, Sentence, Span, Status, Term, TermRange
from kzjustice.numbers import DOTTED_THOUSANDS, dotted_thousands
from kzjustice.penalties.shared import (
    LIST,
    Penalty,
    counted_in_hours,
    deemed_conditional,
    list_lead,
    parallel_kinds,
)
from kzjustice.ru.numbers import NUMBER, NUMBER_LISTS, to_number
from kzjustice.ru.terms import parse_term, scan
from kzjustice.terms import TermMatch, _build

__all__ = ["find_sentences", "parse_sentence"]

_FLAGS = regex.VERBOSE | regex.IGNORECASE

# --- vocabularies --------------------------------------------------------------------------

_OBJECT = (
    r"(?: (?: ему | ей | им | его | ее | их | [А-ЯЁ][\w-]+ (?: \s+ [А-ЯЁ][\w-]+ ){0,2} ) \s+ )"
)
"""A person between a verb and what it governs: "просил назначить ему", "лишить Иванова"."""
_ASKED_VERB = r"""(?: назнач\w* | приговор\w* | лишить | определить | да(?:ть|вать)
                    | избрать | оштрафовать | осудить | применить )"""
"""What the prosecution asks the court to do: "просил назначить", "потребовал приговорить"."""

_PROPOSING = r"(?: прошу | просим | предлага\w* )"
"""A prosecutor's first person proposing the operative words: "прошу признать X виновным"."""
_ASKING = r"(?: просил\w* | попросил\w* | потребовал\w* | требу (?: ет | ют ) | запросил\w* )"
"""A request's verb before the operative words: "потребовал признать X виновным и приговорить"."""

STATUS_CUES: Mapping[Status, str] = MappingProxyType(
    {
        Status.REQUESTED: rf"""
        (?: запрос\w* | запраш\w+ | прос (?: ил | ила | ило | или | ит | ят | ил\w* ) | попрос\w+
          | прошу | потребова\w+ | затребова\w+ | требова\w+ | треб (?: ует | уют ) | настаива\w+
          | настоял\w*
          | предлож (?: ил | ила | ило | или | ит | ат | ено )
          | предлага (?: ю | ет | ем | ют | л\w* ) | ходатайств\w+ | добива\w+
          | (?: призвал\w* | призыва\w+ | хот (?: ят | ел\w* | ит ) )  # "хотят посадить"
            (?= \s+ (?: (?: суд | суда ) \s+ )? {_OBJECT}? (?: {_ASKED_VERB} | посадить ) ) )
        (?: \s+ (?: (?: суд | суда | у \s+ суда ) \s+ )? (?: для \s+ \w+ \s+ )? {_OBJECT}?
            {_ASKED_VERB} )?    # "просил суд назначить ему", "запросил для него"
        # a request's next sentence, with its verb left out: "Подсудимым X и Y назначить 25 и
        # 22 года"; not a court's or the law's: "решил назначить", "может назначить"
        | (?<! \b (?: решил\w* | решено | постановил\w* | мо (?: жет | гут | г | гла | гли )
                  | смож\w+ | вправе | намерен\w* | долж\w+ | обязан\w* | следует | нужно
                  | необходимо | будет | будут | планиру\w+ | собира\w+ ) \s+ (?: \w+ \s+ ){{0,2}} )
          (?<! (?: (?<! \b (?: {_PROPOSING} | {_ASKING} ) \b [^.;!?»]{{0,80}} ) \b признать \b
                 | « | \b окончательно \b )  # nor a verdict's operative part: "«Признать
               (?: (?! \b {_PROPOSING} \b ) [^.;!?»] ){{0,200}} )  # X
          # виновным … и назначить ему …», огласила судья"; a prosecutor's is: "«предлагаю суду
          # X признать виновным … и назначить ему восемь лет"
          (?: назначить | приговорить ) \b
    """,
        Status.POSSIBLE: r"""
        гроз (?: ит | ят | ило | ил | ила | или | ящ\w* ) | свет (?: ит | ило ) | риску\w+
        | мо (?: жет | гут | г | гла | гло | гли ) \s+ (?: быть \s+ )? (?: \w+ \s+ )?
          (?: получить | грозить | лишить | приговорить | назначить | сесть | провести | дать
            | приговорен\w* | осужден\w* | лишен\w* | назначен\w* | наказан\w* | оштрафован\w*
            | повлечь | составить | светить )
        | предусматрива\w+ | наказыва\w+ | карает\w* | карают\w*
        | предусмотрен\w*+ (?! \s+ (?: пунктом | п \. | частью | ч \. | статьей | ст \. ) )  # not
          # the crime's article: "правонарушения, предусмотренного пунктом 2 части 4 статьи"
        | влеч (?: ет | ут )
        | санкци\w+ | вплоть \s+ до
        | (?<! \b (?: получил\w* | получат | назначил\w* | назначен\w* | приговорил\w* | дал\w*
                   | определил\w* ) \s+ (?: \w+ \s+ )? )  # "получили максимальные сроки":
          максимальн\w+ \s+ (?: наказани\w+ | срок\w* )  # imposed, the most of them
        | (?<= \b при \s+ ) максимальн\w+  # "к 15 годам при максимальных 20"
    """,
        Status.IMPOSED: r"""
        приговор (?: ил\w* | ен\w* | ив | ят | ившего | ивший ) | приговор (?: а | ом | е | у )? \b
        | осуд (?: ил\w* | ят ) | осужден\w* | назнач (?: ил\w* | ен\w* | ено | ат | ают )
        | получ (?: ил\w* | ит | ат | ает | ают ) | да (?: л | ла | ли | дут | ст ) \b
        | отправ (?: ил\w* | ят | ится | ятся ) | провед (?: ет | ут ) | отбуд (?: ет | ут )
        | отбыва (?: ть | ет | ют ) | ся (?: дет | дут ) | лиш (?: ил\w* | ен (?: а | ы | о )? \b )
        | оштрафова\w+ | отделал (?: ся | ась | ись )
        | определил\w* | определен[оаы]? \b | постановил\w* | заочно | оставил\w* | смягчил\w*
        | снизил\w* | (?: смягч | сниж | сокращ ) ен\w*
        | сократил\w* | заменил\w* | изменил\w* | ужесточил\w* | увеличил\w* | отменил\w*
        | (?: приговарива | осужда | назнача | снижа | смягча | сокраща | заменя | изменя
            | отменя | оставля ) (?: ет | ют | л | ла | ли ) \b  # a timeline's present, "снижает
                                       # срок"; the imperfect past, "его уже приговаривали к"
        | избрал\w* | наказан (?: а | ы | о )? \b | наказал\w* | вердикт\w*
        | ограничил (?: ся | ась | ись )
        | признал\w* \s+ виновн\w+ | признан\w* \s+ виновн\w+
        | вступил\w* \s+ в \s+ (?: законную \s+ )? силу | обжал\w+ | апелляци\w+
        | (?<= \b (?: решил\w* | постановил\w* | решено ) \s+ )  # "решил снизить срок до"
          (?: смягчить | снизить | сократить | заменить | изменить | назначить | приговорить
            | оштрафовать | оправдать ) \b
    """,
    }
)
"""What decides a penalty's status: the nearest of these before it, else the first after it."""

_CHANGE = compile_lazily(
    r"""\b (?: (?P<amount> (?: смягч | сниз | сократ | уменьш | ужесточ | увелич ) (?: ил\w* | ить )
                       | (?: смягч | сниж | сокращ | уменьш | ужесточ | увелич ) ен\w*
                       | (?: смягча | снижа | сокраща | уменьша | ужесточа | увеличива ) \w* )
             | (?: замен | измен ) (?: ил | я ) \w* | пересм (?: отрел | атрива ) \w* ) \b""",
    _FLAGS,
)  # an appeal verb before a term, past or present ("смягчает до шести лет", as a timeline
# writes), or its participle ("смягчено до шести лет"); "amount" verbs change it by "на" a term
_MAXIMUM = compile_lazily(r"максимальн", _FLAGS)  # a cue that caps its term
_VERB_BEFORE_MAXIMUM = 12  # how far a verb may stand before "максимальный срок" it hands down
_BY = compile_lazily(r"\b на \s* \Z", _FLAGS)  # "сократил на два года": by how much
# "применил амнистию на 1 год", "по амнистии на год": by how much an amnesty cut a term
_AMNESTY_BY = compile_lazily(r"\b амнисти\w* \s+ (?: [\w-]+ \s+ ){0,2}? на \s* \Z", _FLAGS)
# A term in years between a name and the rest of its clause, set off by commas, is an age:
# "Дилнозу Эргашеву, 27 лет, суд приговорил"; not a list's "Иванову, 9 лет, Петрову, 7 лет".
_AGE_BEFORE = compile_lazily(r"(?-i: \p{Lu} ) [\w-]+ \s* , \s* \Z", _FLAGS)
_AGE_AFTER = compile_lazily(r"\s* , \s* (?-i: \p{Ll} )", _FLAGS)
# A term in years after a pronoun in the dative, ending its clause, is an age: "Ему 62 года,
# и", "пенсионерке, которой 72 года, назначили штраф"; not "Ему — 7 лет колонии".
_AGE_PRONOUN = compile_lazily(
    r"""(?r) (?: \A | [.!?;:,(] | \b что ) \s* (?: ему | ей | им | которому | которой | которым )
        \s+ (?: (?: уже | всего | лишь | только | почти | исполнилось ) \s+ )? \Z""",
    _FLAGS,
)
_CLAUSE_END = compile_lazily(r"\s* (?: [,.;:)!?] | \Z | и \b | а \b | но \b )", _FLAGS)


def _years_only(term: Term | TermRange | None) -> bool:
    return isinstance(term, Term) and term == Term(years=term.years) if term else False


# A term in hours with no kind word is community work only just after its verb ("приговорил к
# 200 часам", "просил 300 часов"), and never after words that measure how long something took.
_HOURS_REACH = 30
_DURATION = compile_lazily(
    r"""\b (?: больше | более | около | почти | свыше | менее | меньше | целых | всего | через
            | спустя | занял\w* | длил\w* | продолжал\w* | шл[оаи]? | в \s+ течение
            | на \s+ протяжении ) \b""",
    _FLAGS,
)
_FROM = compile_lazily(r"\b от \s+ \Z", _FLAGS)  # "от ста тысяч до": a fine's range

_PRISON = r"""
    (?: (?: реальн\w+ \s+ )? лишени\w+ \s+ свободы | (?: тюремн\w+ \s+ )? заключени\w+ | тюрьм\w+
      | колони (?: я | и | ю | ей )
        (?: [- ] поселени\w+
          | \s+ (?: общего | строгого | особого | максимальной | средней | минимальной
                  | чрезвычайной ) \s+ (?: режима | безопасности ) )?
      | (?: общего | строгого | особого ) \s+ режима
      | учреждени\w+ \s+ (?: минимальной | средней | максимальной | чрезвычайной ) \s+ безопасности
      | (?: в \s+ )? местах \s+ лишения \s+ свободы | за \s+ решетк\w+ | реальн\w+ \s+ срок\w* )
"""
"""Words for prison, in every case: "лишения свободы", "колонии общего режима", "тюрьмы"."""

_CONDITIONAL = r"условно (?: го | е | й | м | му )? \b (?! - )"
"""The word "conditional" with no noun for the penalty: "3 года условно", "условного"; not
"условно-досрочно" (parole)."""

KIND_PHRASES: Mapping[Kind, str] = MappingProxyType(
    {
        Kind.NON_CUSTODIAL: r"""(?: не \s+ связанн\w+ \s+ с \s+ (?: реальным \s+ )?
                                   лишением \s+ свободы )""",
        Kind.SUSPENDED: rf"""(?: условн (?: ый | ого | ому | ым | ом | ое | ые | ых | ыми ) \s+
                               (?: срок\w* | наказани\w+ | осуждени\w+ | лишени\w+ \s+ свободы )
                             | {_CONDITIONAL} )""",
        Kind.RESTRICTED_FREEDOM: r"""(?: ограничени\w+ \s+ свободы
                                        | [«"]? (?: домашн\w+ \s+ )? хими (?: я | и | ю | ей ) \b
                                          [»"]? )""",  # "«химия»": restricted freedom's name
        Kind.COMMUNITY_SERVICE: r"(?: (?: общественн | обязательн ) \w+ \s+ работ\w* )",
        Kind.CORRECTIONAL_LABOUR: r"(?: (?: исправительн | принудительн ) \w+ \s+ работ\w* )",
        Kind.ADMINISTRATIVE_ARREST: r"""(?: (?: административн\w+ \s+ )?
                                           арест (?: а | у | ом | е )? \b )""",
        Kind.PROBATION: r"(?: пробационн\w+ \s+ надзор\w* | пробаци (?: я | и | ю | ей ) \b )",
    }
)
"""How each kind besides imprisonment is worded after or before its term."""

_TERM_KINDS = (
    Kind.NON_CUSTODIAL, Kind.SUSPENDED, Kind.RESTRICTED_FREEDOM, Kind.COMMUNITY_SERVICE,
    Kind.CORRECTIONAL_LABOUR, Kind.ADMINISTRATIVE_ARREST, Kind.PROBATION,
)  # fmt: skip


def _kind_groups(*, imprisonment: str) -> str:
    groups = [f"(?P<{kind.value}> {KIND_PHRASES[kind]} )" for kind in _TERM_KINDS]
    return "(?: " + " | ".join([*groups, f"(?P<imprisonment> {imprisonment} )"]) + " )"


# What stands just after a term and makes it a penalty of a kind: "лишения свободы условно",
# "колонии строгого режима", "ограничения свободы", "суток ареста".
_RIGHT_KIND = compile_lazily(
    rf"""\A \s*+ (?: (?: тюремн\w+ \s+ | реальн\w+ \s+ )? срок\w* \s+ )?
    (?: (?P<suspended> (?: [-\u2013\u2014] \s*+ )?  # "из них три года - условного наказания"
                       (?: {_PRISON} \s*+ ,? \s*+ )?
                       (?: условн\w+ \s+ (?: срок\w* | лишени\w+ \s+ свободы | наказани\w+ )
                         | {_CONDITIONAL} ) )
      | (?: в \s+ (?= колони | тюрьм | учреждени | местах ) | с \s+ отбыванием \s+ (?: наказания
            \s+ )? в \s+ )? {_kind_groups(imprisonment=_PRISON)} )
    """,
    _FLAGS,
)
# What stands just before a term and makes it a penalty of a kind: "лишение свободы на срок",
# "условно на", "ограничения свободы сроком", "административный арест на".
_PRISON_OR_TERM = _PRISON + r" | (?: тюремн\w+ \s+ | реальн\w+ \s+ )? срок\w* "
_LEFT_KIND = compile_lazily(  # searched backwards: it ends where the term starts
    rf"""(?r) {_kind_groups(imprisonment=_PRISON_OR_TERM)}
    (?: \s+ (?: \w+ \s+ ){{0,2}}? )?
    (?: \s+ (?: на \s+ сроки? (?: \s+ в )? | сроком (?: \s+ на | \s+ в )? | на | в
              | продолжительностью ) )?  # "ограничению свободы на сроки от года до двух лет"
    (?: \s+ | \s* [(:\u2013\u2014] \s* )  # "условные сроки (три и два года", "сроки: три"
    (?: {NUMBER} (?: \s* , \s* | \s+ (?: и | или ) \s+ ) )*  # a list's numbers before its term
    \Z""",
    _FLAGS,
    ignore_unused=True,
    **NUMBER_LISTS,
)
_ARREST_NEAR = compile_lazily(r"\b (?: арест\w* | административн\w+ ) \b", _FLAGS)

# Grounds for a penalty the court considered: "Оснований для назначения более мягкого
# наказания, в том числе не связанного с лишением свободы, суд не усмотрел".
_GROUNDS = compile_lazily(r"\b основани[йя] \s+ для \b", _FLAGS)
# A list's lead that tells a verdict, so its items' terms are imposed: "Виновными признаны:",
# "Осуждены:", "Приговор:".
_VERDICT_LEAD = compile_lazily(
    r"\b (?: признан\w* \s+ виновн\w+ | виновн\w+ \s+ признан\w* | осужден\w* | приговор\w* ) \b",
    _FLAGS,
)
# An article of the code in brackets before a term: the law's penalty, not the one imposed.
_STATUTE_ASIDE = compile_lazily(
    r"\( [^()]*? \b (?: ст | статья | статьи ) \.? \s* [0-9] [^()]* \Z", _FLAGS
)
_RIGHT_VETO = compile_lazily(
    r"""\A \s*+ (?: (?: тому \s+ )? назад | спустя | подряд | со \s+ дня | с \s+ момента | стажа
                  | службы | работы \b | жизни | старше | моложе | от \s* роду | отроду
                  | исполнилось | давности
                  | (?: меньше | больше | дольше ) (?: \s* ,? \s* чем | \s+ запрошенн\w+
                                                   | \s+ требуем\w+ | \s+ того  # "на два года
                                                   # меньше, чем просил прокурор": a difference
                                                   | (?= \s* (?: [.;!?)] | , \s+ а \b | \Z ) ) )
                                                   # "просила на год больше, а"
                  | (?: про )? работал\w* | служил\w* | прожил\w* | жил\w* | провел\w*
                  | пролежал\w* | находил\w* ) \b""",  # "20 лет служил в армии"
    _FLAGS,
)
_LEFT_VETO = compile_lazily(  # searched backwards
    r"""(?r) (?: \b (?: в \s+ возрасте | возрасте | исполнилось | спустя | через | в \s+ течение
             | течение | на \s+ протяжении | за \s+ последние | последние | уже | почти
             | отбыл\w* | отбыв | отсидел\w* | провел (?: а | и )? | находил\w+
             | осталось | остается  # "осталось сидеть полгода": what is left to serve
             | прошл (?: о | и ) | прош (?: ел | ла ) | минул (?: о | и )?  # "Не прошло и двух
             # недель, как ...": time that passed
             | (?: про )? работа (?: л | вш ) \w* | служи (?: л | вш ) \w* | прожи (?: л | вш ) \w*
             | стаж\w* | старше | моложе | младше
             | по \s+ истечении | до \s+ достижения | в \s+ ближайшие )
        (?: \s+ (?! к \b ) \w+ ){0,2}? \s+       # "уже более 3 лет"; not "... к 2 годам"
      | \b за \s+                                  # "за 5 лет работы"
      | \b после \s+                               # "после полугода судебных заседаний"
      | \b возраст\w* (?: \s+ \w+ ){0,2}? \s* [-\u2013\u2014:] \s*  # "Возраст осужденных - от 20"
      | \b основани[йя] \s+ для \s+ (?: [\w-]+ \s+ ){1,4}?  # "Оснований для снижения
        (?: ниже \s+ | менее \s+ )?  # срока ниже 5 лет": a penalty considered, none given
      | \b (?: было | будет | исполнилось | исполнится ) \s+ (?: (?: уже | всего | лишь
             | только | почти ) \s+ )?                  # "Кравцу было 17 лет": an age
      | \b (?: девоч (?: ка | ки | ек ) | девуш (?: ка | ки | ек ) | мальчик (?: а | и | ов )?
             | реб[её] (?: нок | нка ) | дети | детей
             | школьни (?: ца | цы | к | ки | ка | ков | ц ) | подрост (?: ок | ки | ка | ков )
             | сын | сына | дочь | внук (?: а | и | ов )?
             | внуч (?: ка | ки | ек ) | мужчин[аы]? | женщин[аы]? | юнош (?: а | и | ей )
             | пенсионер (?: ка | ки | ы | а | ов | ок )? ) \s+  # "Две девочки 12 и 13 лет":
        # ages, in the nominative or genitive; not a dative's term: "назначил сыну 5 лет"
        (?: [0-9]{1,2} \s* (?: , | и | - | \u2013 ) \s* )?
      | \b (?: аренд | лицензи | договор | контракт | кредит | займ | ипотек | концесси
             | разрешени | виз ) \w* (?: \s+ \w+ ){0,2}? \s+ (?: сроком \s+ )? на \s*  # a
        # thing's length: "лицензии на аренду сроком на 99 лет", "кредит на 5 лет"
      | \b (?: испытательн\w+ \s+ срок\w* | отсроч\w+ (?: \s+ \w+ ){0,3}? | пробационн\w+
             \s+ контрол\w+ | срок\w* \s+ давности | под \s+ страж\w+ | домашн\w+ \s+ арест\w*
             | мер\w+ \s+ пресечения | содержани\w+ \s+ под \s+ стражей
             | принудительн\w+ \s+ труд\w*
             | привлечени\w+ \s+ к \s+ (?: общественн | обязательн ) \w+ \s+ работ\w*
             | продлил\w* (?: \s+ \w+ ){0,3}?
             | задержа\w+ (?: \s+ (?! (?: осужд | приговор | оштраф | получ ) \w* \b ) \w+ ){0,2}?
             ) \s+ (?: (?: на \s+ )? срок\w* \s+ )?  # not "задержанных осуждены на"
        (?: на | в | до | сроком (?: \s+ на )? | продолжительностью | длительностью )? \s* )
    \Z""",
    _FLAGS,
)
# Preventive measures before a term, with no status cue between: "избрал меру пресечения в виде
# ареста на два месяца", "поместили под домашний арест на", "продлил срок содержания под стражей".
# Only the measures, not a state: "находящегося под стражей Иванова приговорил к" is a verdict.
_PREVENTIVE = compile_lazily(
    r"""\b (?: пресечени\w* | под \s+ стражу | домашн\w+ \s+ арест\w*
             | продл (?: ил\w* | ен\w* | ят | ит ) ) \b""",
    _FLAGS,
)
_PREVENTIVE_ARREST = compile_lazily(
    r"""(?r) \b арест (?: овал\w* | ован\w* | овать | овыва (?: ет | ют ) )? \b
        (?: \s* [,\u2013\u2014-]? \s+ \w+ ){0,10}? \s+ на \s+ # "арестовал двух активистов - X и Y"
        (?: [0-9]{1,3} \s* (?: , \s* | \s+ и \s+ ) ){0,3} \Z""",
    _FLAGS,
)  # "арестовал подозреваемого на" a term in months: pre-trial detention; "арестованы на 15 и"

# --- kinds with no term --------------------------------------------------------------------

_ACQUITTAL = r"""
    оправда (?: л | ла | ли | н | на | ны | но ) \b | оправдыва (?: ет | ют ) \b
  | оправдательн\w+ \s+ (?: приговор\w* | вердикт\w* ) | оправдав \b
  | вердикт\w* \s+ о \s+ невиновности \b  # "приняли вердикт о невиновности подсудимых"
  | признал\w* \s+ (?: \w+ \s+ ){0,3}? невиновн\w+
  | признан\w* \s+ невиновн\w+
  | оправданн\w+ (?= \s+ (?: стал | стала | стали | оказался | оказалась | оказались ) \b )
  | (?<= \b (?: стал | стала | стали | оказался | оказалась | оказались ) \s+ ) оправданн\w+
  | оправданн (?: ого | ой | ому | ым | ых | ый | ая | ую )
    (?= \s+ (?: ранее \s+ )? (?: судом | судами | присяжными | коллегией ) \b )
"""  # "Единственным оправданным стал X"; not "оправданный риск"
_LICENCE = r"водительск\w+ \s+ удостоверени\w+"  # "лишали водительского удостоверения"
_ANCHOR = compile_lazily(
    rf"""
      (?P<acquittal> \b (?: {_ACQUITTAL} ) )
    | (?P<ban> \b (?: (?: пожизненн\w+ \s+ )? запрет (?: ом | а | у | е )? \b
                   | запрети (?: л\w* | в ) \b
                   | (?: не \s+ (?: сможет | смогут ) | нельзя (?: \s+ будет )? )  # "он не
                     (?= \s+ (?: занимать | заниматься | работать | управлять ) \b )  # сможет
                                                                   # занимать должности"
                   | запрещ (?: ено | ен | ена | ены ) \b
                     (?= \s+ (?: (?: (?: на | в \s+ течение ) \s+ )? (?: \w+ \s+ ){{1,3}}? )?
                         \w+ (?: ть | ться ) \b )  # "запрещено (в течение) 5 лет создавать"
                   | (?: лишени\w+ | лишен\w* ) \s+ (?: права | (?P<ban_right> {_LICENCE} ) )
                   | (?: лиш[иа]л\w* | лишить ) \s+ (?: \w+ \s+ ){{0,4}}?  # "лишить его на
                     # пять лет права занимать"
                     (?: права | (?P<ban_right> {_LICENCE} ) )
                   | (?: лишил\w* | лишен\w* | лишени\w+ ) \s+ (?: (?! водительск ) \w+ \s+ )?
                     (?P<ban_right> (?: водительск\w+ \s+ )? прав ) \b  # "лишили его прав"
                   | (?P<ban_right> (?: водительск\w+ \s+ )? прав[ао]?  # the right first:
                                    (?: \s+ (?! лиш | (?: его | ее | их | он | она | они ) \b )
                                        [\w-]+ ){{0,5}}? )
                     \s+ (?: (?: его | ее | их | он | она | они ) \s+ )?  # "права
                     (?: лишен\w* | лишил\w* ) \b ) )  # управления автомобилем он лишен"
    | (?P<life_imprisonment> \b пожизненн\w+ \s+
                             (?: лишени\w+ \s+ свободы | заключени\w+ | срок\w* )
                           | \b пожизненно \b
                             (?! \s+ (?: \w+ \s+ )? (?: запрет\w* | запрещ\w* | лишен\w* \s+ права
                                                        | лишил\w* ) )
                           | (?<= \b (?: к | на ) \s+ ) пожизненному \b
                           | (?<= \b (?: получил\w* | получит | дали | дал | назначил\w*
                                     | назначено | просил\w* | запросил\w* | запрашива\w*
                                     | потребовал\w* | требовал\w* ) \s+ (?: \w+ \s+ ){{0,2}} )
                             пожизненное \b  # "получил пожизненное", "просил для него пожизненное"
                           | (?: \A | (?<= \n ) ) пожизненное (?= \s+ для \b ) )  # a headline
    | (?P<non_custodial> \b {KIND_PHRASES[Kind.NON_CUSTODIAL]} )
    | (?P<fine> \b (?: штраф (?: а | у | ом | е | ы | ов | ам | ами | ах )? \b
                       (?! \s* санкци | \s* стоянк )
                     | оштрафова\w+ ) )
    | (?P<suspended> \b (?: {KIND_PHRASES[Kind.SUSPENDED]} ) )
    | (?P<restricted_freedom> \b {KIND_PHRASES[Kind.RESTRICTED_FREEDOM]} )
    | (?P<community_service> (?<! привлечени\w* \s+ к \s+ )  # restricted freedom's condition
                            \b {KIND_PHRASES[Kind.COMMUNITY_SERVICE]} )
    | (?P<correctional_labour> \b {KIND_PHRASES[Kind.CORRECTIONAL_LABOUR]} )
    | (?P<administrative_arrest> \b административн\w+ \s+ арест\w* \b )
    | (?P<imprisonment> \b (?: (?<= \b к \s+ ) лишению \s+ свободы | реальн\w+ \s+ срок\w*
                            | (?<= \b (?: в | за ) \s+ ) (?: колонию | тюрьму | решетку ) ) \b )
    """,
    _FLAGS,
)
"""Kind words that stand as penalties of their own, with no term."""

_NO_ACQUITTAL = compile_lazily(
    r"""\b (?: прос\w* | попрос\w* | требу\w* | требова\w* | потребова\w* | надеж?\w* | надеет\w*
             | рассчитыва\w* | добива\w* | намерен\w* | ходатайств\w* | настаива\w* | хочет
             | хотят | ждет | ждут | ожида\w* | не \s+ исключ\w* ) \b [^.;]* \Z""",
    _FLAGS,
)  # before an acquittal: a wish or a request, not a verdict
# Just before a kind word, a hope or a fear, no verdict: "рассчитывал на условный срок",
# "опасалась реального срока", "избежал колонии"
_HOPED = compile_lazily(
    r"""\b (?: рассчитыва\w* | надеет\w* | надеял\w* | надеж?д\w* | опаса\w* | боял\w* | боит\w*
             | боятся | избежа\w* | избеж\w* | мечта\w* ) \s+ (?: \w+ \s+ ){0,2}? \Z""",
    _FLAGS,
)
# Before a term whose verdict verb a list elides: "Журналистку X — к четырем годам, Y — к восьми"
_DASHED_TO_BEFORE = compile_lazily(r"[-\u2013\u2014] \s* к \s+ \Z", _FLAGS)
_TERM_NOUN_AFTER = compile_lazily(  # after an adjectival term: "восьмилетний срок"; not the
    # length of a service, a lease, a limitation: "20-летний срок службы", "срок давности"
    r"""\s+ (?: тюремн\w+ \s+ | реальн\w+ \s+ )? (?: срок\w* | заключени\w* ) \b
        (?! \s+ (?: служб\w* | давност\w* | полномочи\w* | аренд\w* | действи\w* | годност\w*
                  | эксплуатаци\w* | хранени\w* | обучени\w* | контракт\w* | работ\w* ) \b )""",
    _FLAGS,
)
_COUNTED_AFTER = compile_lazily(
    r"\s+ (?: получил\w* | получали | назначен\w* ) \s+ (?: более | около | свыше )? \s*"
    r" [0-9][0-9\s]* \p{L}",
    _FLAGS,
)  # after a kind word, the count of people who got it
_SAME_ACT = compile_lazily(r"\s+ и \s+ (?: \w+ \s+ )? ", _FLAGS)  # "невиновным и оправдал"

# --- fines ---------------------------------------------------------------------------------

_CURRENCIES = MappingProxyType({
    "тенге": "KZT", "тг": "KZT", "тг.": "KZT", "₸": "KZT", "kzt": "KZT",
    "мрп": "MCI", "месячных расчетных показателей": "MCI", "месячных расчетных показателя": "MCI",
    "месячного расчетного показателя": "MCI", "мрп-ов": "MCI",
    "рублей": "RUB", "рубля": "RUB", "рубль": "RUB", "руб.": "RUB", "руб": "RUB", "₽": "RUB",
    "белорусских рублей": "BYN", "белорусских рубля": "BYN", "белорусского рубля": "BYN",
    "белорусский рубль": "BYN", "бел. руб.": "BYN", "бел. рублей": "BYN", "byn": "BYN",
    "сомов": "KGS", "сома": "KGS", "сом": "KGS",
    "сумов": "UZS", "сума": "UZS", "сум": "UZS",
    "долларов": "USD", "доллара": "USD", "доллар": "USD", "$": "USD",
    "евро": "EUR", "€": "EUR", "сомони": "TJS", "манатов": "TMT", "маната": "TMT", "манат": "TMT",
    "лари": "GEL", "драмов": "AMD", "драма": "AMD", "драм": "AMD", "леев": "MDL", "лея": "MDL",
    "лей": "MDL",
})  # fmt: skip
"""Currency words in the cases a number takes, and ISO 4217 codes; MCI is Kazakhstan's МРП."""
_MULTIPLIERS = MappingProxyType({
    "тыс.": 1_000, "тыс": 1_000, "тысяч": 1_000, "тысячи": 1_000, "тысяча": 1_000,
    "тысячам": 1_000,
    "млн.": 10**6, "млн": 10**6, "миллиона": 10**6, "миллионов": 10**6, "миллион": 10**6,
    "миллионам": 10**6,
    "млрд.": 10**9, "млрд": 10**9, "миллиарда": 10**9, "миллиардов": 10**9, "миллиард": 10**9,
    "миллиардам": 10**9,
})  # fmt: skip
# "4 миллионов 410 тысяч рублей": the rest, a smaller part, after the larger
_MONEY = rf"""(?P<number> {DOTTED_THOUSANDS} | {NUMBER} )
             (?: \s*+ (?P<multiplier> \L<multiplier> ) (?! \w ) )?+
             (?: \s++ (?P<rest> [0-9]{{1,3}} ) \s*+ (?P<rest_multiplier> \L<multiplier> )
                 (?! \w ) )?+
             \s*+ (?P<currency> \L<currency> ) (?! \w )"""
_MONEY_WORDS: Mapping[str, Any] = {
    "multiplier": tuple(sorted(_MULTIPLIERS, key=len, reverse=True)),
    "currency": tuple(sorted(_CURRENCIES, key=len, reverse=True)),
    "ignore_unused": True,
    **NUMBER_LISTS,
}
_AMOUNT = compile_lazily(_MONEY, _FLAGS, **_MONEY_WORDS)
# An amount just before the verb that fines: "на 46 тысяч рублей был оштрафован".
_AMOUNT_FIRST = compile_lazily(
    rf"\b на \s+ (?P<amount> {_MONEY} ) \s+ (?: (?: был | была | были | было ) \s+ )? \Z",
    _FLAGS,
    **_MONEY_WORDS,
)
# An amount in the dative before "штрафа": "приговорил к 1 млн 600 тысячам рублей штрафа".
_AMOUNT_TO = compile_lazily(rf"\b к \s+ (?P<amount> {_MONEY} ) \s+ \Z", _FLAGS, **_MONEY_WORDS)
_FINE_STOP = compile_lazily(
    r"; | (?<! \b (?: тыс | млн | млрд ) ) \. (?! (?<= [0-9] \. ) [0-9] )"  # not the dot of "30
    # тыс. рублей", nor of "1.200.000 тенге"
    r"| \b (?: и | а | но | либо | или ) \b \s+ (?! \w+ \s+ (?: тенге | мрп ) )",
    _FLAGS,
)
# Amounts listed with one currency, "соответственно": "оштрафованы на 200 тысяч и 100 тысяч
# сомов соответственно"; each number with its own multiplier or the last one's.
_AMOUNTS_RESPECTIVELY = compile_lazily(
    rf"""\s+ на \s+ (?P<numbers> (?: {NUMBER} (?: \s*+ \L<multiplier> (?! \w ) )?
                                  (?: \s*+ , \s*+ (?: и \s+ )? | \s+ и \s+ ) )+ )
        (?P<last> {NUMBER} ) (?: \s*+ (?P<multiplier> \L<multiplier> ) (?! \w ) )?+
        \s*+ (?P<currency> \L<currency> ) (?! \w ) \s* ,? \s* соответственно \b""",
    _FLAGS,
    multiplier=tuple(sorted(_MULTIPLIERS, key=len, reverse=True)),
    currency=tuple(sorted(_CURRENCIES, key=len, reverse=True)),
    ignore_unused=True,
    **NUMBER_LISTS,
)
_LISTED_AMOUNT = compile_lazily(
    rf"(?P<number> {NUMBER} ) (?: \s*+ (?P<multiplier> \L<multiplier> ) (?! \w ) )?",
    _FLAGS,
    multiplier=tuple(sorted(_MULTIPLIERS, key=len, reverse=True)),
    ignore_unused=True,
    **NUMBER_LISTS,
)
_FINE_AMOUNT_REACH = 80  # "штраф в размере 100 месячных расчетных показателей": the amount's reach

_SENTENCE_STOP = compile_lazily(r"[.!?\n]")  # what ends a sentence where ";" does not
_DASH_BEFORE = compile_lazily(r"[-\u2013\u2014] \s* (?: по \s+ | к \s+ | на \s+ )? \Z", _FLAGS)
"""A dash before a term, which continues a list of penalties: "а для X — по 5 лет"."""
_FOR_WHOM_DASH = compile_lazily(  # a sentence with no verb, only for whom and a dash
    r"\s* (?: а \s+ )? для \s+ [^.;!?\n]{1,100}? \s [-\u2013\u2014] \s* (?: по \s+ )?", _FLAGS
)

# --- elided terms --------------------------------------------------------------------------

_BARE_END = r"""(?= \s*+ (?: [.,;:)!?] | \Z | (?: соответственно | каждому | каждый | каждая | и | а
                                          | но | в \s+ колонии | лишения | колонии
                                          | (?: [-\u2013\u2014] \s* )? для | условно ) \b ) )"""
# "7 — для", "двое - по 2,5 условно"
_BARE_NUMBER = rf"""(?<! [0-9] [.,]?+ ) (?P<number> {NUMBER} ) (?: , (?P<decimal> [0-9]{{1,2}} ) )?
                  (?! [.,]?+ [0-9] ) (?P<half> \s+ с \s+ половиной \b )? {_BARE_END}"""  # "к 6,6"
# A bare number in a list before a term: "к девяти и семи годам".
_BARE = compile_lazily(
    rf"(?: \b к \s+ )? {_BARE_NUMBER}", _FLAGS, ignore_unused=True, **NUMBER_LISTS
)
# A bare number after a verdict word or a dash, which makes it an elided term: "Петров —
# четыре", "суд назначил шесть", "Петрова — к семи".
_ELIDED = compile_lazily(
    rf"""(?: \b (?: получил\w* | получ (?: ит | ат ) | назначил\w* | дали | дал | дала
                | запросил\w* | запрашивал\w* | просил\w* | потребовал\w* | требовал\w*
                | приговорил\w* | осудил\w* | приговорен\w* | настаивал\w*
                | (?: снизил | смягчил | сократил ) \w* (?: \s+ срок\w* )? (?= \s+ до \b ) )
            (?: \s+ (?: для \s+ )? [^\W\d_]+ )?? (?: \s+ (?: к | на | до ) )? \s+
          | \s - \s+ (?: (?: к | по | до | на ) \s+ )?
          | , \s* а \s+ (?: (?: его | ее | их ) \s+ )? [^\W\d_]+ \s+ )  # "7 лет, а Петрову 5"
        {_BARE_NUMBER}
      | (?: , | \s и ) \s* {_BARE_NUMBER} (?= \s* (?: [-\u2013\u2014] \s* )? для \s )  # "10
        # лет для X, 7 — для его матери и 5 — для Y" """,
    _FLAGS,
    ignore_unused=True,
    **NUMBER_LISTS,
)
_LIST_BEFORE = compile_lazily(
    rf"""(?r) (?<! \b (?: ст | ч | статьи | части | статей | частей ) \.? \s++ )
        (?: (?: \b по \s+ )? {NUMBER} (?: \s*+ , \s*+ | \s+ (?: и | или ) \s+ ) )+ \Z""",
    _FLAGS,
    ignore_unused=True,
    **NUMBER_LISTS,
)

_CONDITIONAL_AFTER = compile_lazily(r"\s+ условно \b", _FLAGS)
_LIST_GOES_ON = compile_lazily(r"\s* [,;] \s* [^\W\d_]", _FLAGS)  # "к 9, Ализаде": to the next

_CUE_REACH = 160  # how far back, within a sentence, a word may govern a penalty
_ATTACH_REACH = 70  # how far a kind word may stand from its term
_BAN_REACH = 320  # how far a ban's term may stand after its words
_TERM_FIRST = compile_lazily(
    r"""\s* (?: (?: ему | ей | им ) \s+ )?
        (?: (?: на | в \s+ течение | на \s+ протяжении ) \s+
            (?: (?: последующ | следующ ) \w+ \s+ )? )?""",
    _FLAGS,
)  # "запрет на 3 года", "запрещено в течение 5 лет создавать партии", "запретил ему два года",
# "запрещено в течение последующих семи лет садиться за руль"


_CUE = compile_lazily(
    "|".join(rf"(?P<{status.value}> \b (?: {cue} ) )" for status, cue in STATUS_CUES.items()),
    _FLAGS,
)
_NUMBER_WORD_START = r"""(?: один | одного | два | двух | три | трех | четыре | четырех | пять
                           | пяти
                           | шесть | шести | семь | семи | восемь | восьми | девять | девяти
                           | десять | десяти | год | полгода | полтора | полутора ) \b"""
_BAN_TERM_START = rf"""(?: на \s+ срок | сроком | в \s+ течение | на \s+ протяжении | пожизненно
                         | на \s+ (?: [0-9] | {_NUMBER_WORD_START} ) )"""
# What a ban bars, after its words: "занимать должности на государственной службе",
# "управления транспортным средством"; up to its term, a comma or the sentence's end.
_BAN_DETAIL = compile_lazily(
    rf"""\s*+ (?: (?: ему | ей | им | его | ее | их ) \s+ )?
        (?: на \s+ (?! {_NUMBER_WORD_START} ) )?
        (?P<detail> (?: (?! {_BAN_TERM_START} ) [^\W\d_][\w-]*+ \s*+ ){{1,10}}?
                    (?: , \s* связанн\w+ \s+ [^.;()\n]{{1,200}}? \s*  # ", связанные с ...,
                        (?= ,? \s* {_BAN_TERM_START} ) )? )  # сроком", "... полномочий на срок"
        (?= [,.;()"»“”] | \Z | {_BAN_TERM_START}  # a quote's end: "...деятельностью»"
          | (?P<term_next> ) (?: [0-9] | {_NUMBER_WORD_START} )  # the term alone: "управлять
                                            # транспортным средством 2,5 года"
          | и \s+ \w+ (?: ил | ила | или | ал | ала | али | ел | ела | ели ) \b )  # "и постановил"
    """,
    _FLAGS,
)


# The first letters of every status cue and kind word: found first in lower case, they say where
# to try the patterns (tests/test_ru_penalties.py checks that they miss none).
CUE_HINTS = (
    "запрос", "запраш", "прос", "прошу", "призва", "хот", "попрос", "потребова", "затребова",
    "требова", "треб",
    "настаива", "настоял",
    "предлож", "предлага", "ходатайств", "добива", "гроз", "свет", "риску", "мо", "предусматрива",
    "предусмотрен", "наказыва", "карает", "карают", "влеч", "санкци", "максимальн", "вплоть",
    "приговор", "осуд", "осужден", "назнач", "получ", "да", "отправ", "провед", "отбуд",
    "отбыва", "ся", "лиш", "оштрафова", "определ", "постановил", "заочно", "оставил",
    "смягчил", "снизил", "сократил", "заменил", "изменил", "ужесточил", "увеличил", "отменил",
    "избрал", "наказан", "наказал", "вердикт", "ограничил", "признал", "признан", "вступил",
    "обжал", "апелляци", "отделал", "смягч", "сниж", "сокращ", "приговарива", "осужда", "заменя",
    "изменя", "отменя", "оставля", "снизить", "сократить", "заменить", "изменить", "оправдать",
)  # fmt: skip
KIND_HINTS = (
    "оправда", "оправдыва", "признал", "признан", "вердикт", "пожизненн", "запрет", "запрещ",
    "лишени",
    "лишен", "лишил", "лишить", "лишал", "не связанн", "штраф", "оштрафова", "условн",
    "ограничени", "общественн", "обязательн", "исправительн", "принудительн", "административн",
    "реальн", "колонию", "тюрьму", "решетку", "домашн", "хими", "прав", "водительск",
    "не смож", "нельзя",
)  # fmt: skip
_CUE_HINT = compile_lazily(r"\b(?:" + keyword_trie(CUE_HINTS) + ")")
_KIND_HINT = compile_lazily(r"\b(?:" + keyword_trie(KIND_HINTS) + ")")
_BEFORE_BAN_GAP = compile_lazily(  # "на три года ей запрещено", "на пять лет также запрещено",
    # "на 3 года он лишен права", "в течение трех лет после отбытия наказания он не сможет"
    r"\s* (?: после \s+ (?: отбытия \s+ (?: \w+ \s+ )? наказания | освобождения ) \s+ )?"
    r" (?: (?: ей | ему | им | он | она | они | также | еще | ещ[её] | был | была | были ) \s+ )*",
    _FLAGS,
)
_TERM_AFTER_COMMA = compile_lazily(r"\s* , \s* (?: сроком \s+ на | на \s+ срок ) \s*", _FLAGS)
_MODAL_BAN = compile_lazily(r"не \s | нельзя", _FLAGS)  # "не сможет", "нельзя будет"
_NOT_A_BAN = compile_lazily(r"\s*+ (?: определенн\w+ \s+ действий | выезд\w* )", _FLAGS)
_LIFELONG_AFTER = compile_lazily(r"\s*+ пожизненно \b", _FLAGS)
_LIFELONG_BEFORE = compile_lazily(r"\b пожизненн\w+", _FLAGS)


_CHANGE_HINT = compile_lazily(
    r"\b(?:"
    + keyword_trie(("смягч", "сниз", "сниж", "сократ", "сокращ", "уменьш", "ужесточ", "увелич",
                    "заменил", "заменя", "изменил", "изменя", "пересм"))
    + ")"
)  # fmt: skip
_PREVENTIVE_HINT = compile_lazily(
    r"\b(?:" + keyword_trie(("пресечени", "под", "домашн", "продл")) + ")"
)
_ELIDED_HINT = compile_lazily(
    r"\b(?:" + keyword_trie(("получ", "назначил", "дал", "запросил", "запрашивал", "просил",
                             "потребовал", "требовал", "приговор", "осудил", "настаивал",
                             "снизил", "смягчил", "сократил")) + r")|\s-\s|,\s*а\s"
    r"|(?:,|\sи)(?=\s*\w{1,12}\s*(?:[-\u2013\u2014]\s*)?для\s)"
)  # fmt: skip


class _Passage:
    """One text being read: its normalised copy, sentences, terms, status cues and kind words."""

    verdict_lead = _VERDICT_LEAD

    def __init__(self, text: str) -> None:
        self.text = normalise(text)
        self.sentences = Sentences(self.text)
        self.terms = list(scan(self.text))
        self.term_starts = [m.span.start for m in self.terms]
        lower = lowercase(self.text)
        self.anchors: list[regex.Match[str]] = []
        for hint in _KIND_HINT.finditer(lower):
            if self.anchors and hint.start() < self.anchors[-1].end():
                continue
            anchor = _ANCHOR.match(self.text, hint.start(), hint.start() + MATCH_REACH)
            if anchor is not None:
                self.anchors.append(anchor)
        self.lower = lower
        # the lists after a colon, from the colon to the end of the last item: the cues of
        # their lead are read too ("Суд назначил:\n- X - 10 лет;\n- Y - восемь лет")
        self.lists = [m.span() for m in LIST.finditer(self.text)] if self.terms else []
        # Status cues are looked for only in the sentences that hold a term or a kind word, and
        # the sentence after each: most prose states no penalty.
        self.cues: list[tuple[int, int, Status]] = []
        covered = 0
        anchors = (a.start() for a in self.anchors)
        for start in sorted([*self.term_starts, *anchors, *(colon for colon, _ in self.lists)]):
            if start < covered:
                continue
            window_start, window_end = self.sentences.around(start)
            window_end = self.sentences.around(window_end)[1]
            for hint in _CUE_HINT.finditer(lower, max(window_start, covered), window_end):
                if self.cues and hint.start() < self.cues[-1][1]:
                    continue
                cue = _CUE.match(self.text, hint.start(), hint.start() + MATCH_REACH)
                if cue is not None:
                    self.cues.append((cue.start(), cue.end(), Status(cue.lastgroup)))
            covered = window_end
        self.used: set[int] = set()  # offsets of words that gave a term its kind, or a ban
        self.ban_terms: set[int] = set()  # starts of terms that are a ban's

    def governing(self, start: int, end: int) -> tuple[int, int, Status] | None:
        """Return the cue that governs a penalty at ``[start, end)``, if any.

        A cue that holds the penalty wins ("вплоть до"); then the nearest before it in its
        sentence and within reach; then the first after it ("Девять лет запросил прокурор"),
        not one in brackets ("4 года (прокурор просил 6 лет)": the brackets' own).
        """
        bounds = self.sentences.around(start)
        index = bisect.bisect_right(self.cues, (start, end + 1))
        before = [c for c in self.cues[max(0, index - 12) : index] if c[0] >= bounds[0]]
        for cue in reversed(before):
            if cue[1] > start:
                return cue
        reach_from, floor = start, bounds[0]
        while True:  # "просило по 6 лет, для X — 5 лет, а для Y, Z ... — по 5 лет": the cue
            for cue in reversed(before):  # reaches on from term to term after a dash, also
                if cue[0] >= reach_from - _CUE_REACH:  # past a semicolon: "к 12 годам; Y — к 15"
                    return cue
            if not _DASH_BEFORE.search(self.text, max(floor, reach_from - 8), reach_from):
                break
            previous = bisect.bisect_left(self.term_starts, reach_from) - 1
            if previous < 0 or reach_from - self.term_starts[previous] > _CUE_REACH:
                break
            if self.term_starts[previous] < floor:
                if _SENTENCE_STOP.search(
                    self.text, self.term_starts[previous], floor
                ) and not _FOR_WHOM_DASH.fullmatch(self.text, floor, reach_from):
                    break  # but "...требует 1 год и 6 месяцев. Для X и Y - 1 год и 5 месяцев"
                floor = self.sentences.around(self.term_starts[previous])[0]
                before = [c for c in self.cues[max(0, index - 12) : index] if c[0] >= floor]
            reach_from = self.term_starts[previous]
        for cue in self.cues[index : index + 6]:
            if cue[0] >= bounds[1]:
                break
            if cue[0] >= end:
                return None if "(" in self.text[end : cue[0]] else cue
        return list_lead(self, start)

    def matches(
        self, pattern: regex.Pattern[str], hint: regex.Pattern[str], start: int, end: int
    ) -> list[regex.Match[str]]:
        """Every match of ``pattern`` in ``[start, end)`` that starts where ``hint`` finds it."""
        found: list[regex.Match[str]] = []
        for first in hint.finditer(self.lower, start, end):
            if found and first.start() < found[-1].end():
                continue
            match = pattern.match(self.text, first.start(), end)
            if match is not None:
                found.append(match)
        return found

    def _cue_before(self, position: int, floor: int) -> tuple[int, int, Status] | None:
        """The last status cue that starts in ``[floor, position)``, if any."""
        index = bisect.bisect_left(self.cues, (position,))
        return self.cues[index - 1] if index and self.cues[index - 1][0] >= floor else None

    def cue_between(self, start: int, end: int) -> bool:
        """Whether a status cue starts in ``[start, end)``."""
        index = bisect.bisect_left(self.cues, (start,))
        return index < len(self.cues) and self.cues[index][0] < end

    def status(self, start: int, end: int) -> Status | None:
        found = self.governing(start, end)
        return None if found is None else found[2]

    def bans(self) -> list[Penalty]:
        """Bans: what they bar, and the term after them, or none for a lifelong one."""
        found = []
        for anchor in self.anchors:
            if anchor.lastgroup != "ban":
                continue
            start, end = anchor.span()
            bounds = self.sentences.around(start)
            lead: TermMatch | None = None  # "запрет на 3 года заниматься ...": the term first
            index = bisect.bisect_left(self.term_starts, end)
            if index < len(self.terms) and _TERM_FIRST.fullmatch(
                self.text, end, self.term_starts[index]
            ):
                lead = self.terms[index]
                end = lead.span.end
            detail = _BAN_DETAIL.match(self.text, end, min(bounds[1], end + _BAN_REACH))
            if anchor["ban_right"]:  # "лишили водительских прав на два года": what it bars
                words, detail_end = anchor["ban_right"], end
            elif (
                detail is None
                or not detail["detail"].strip()
                or _NOT_A_BAN.match(detail["detail"])
                or (detail["term_next"] is not None and detail.end() not in self.term_starts)
            ):
                continue  # "запрет определенных действий", "запрет на выезд": preventive; "с
                # 20:00": no term after what it bars
            else:
                words, detail_end = detail["detail"].strip(), detail.end("detail")
            after = _LIFELONG_AFTER.match(self.text, detail_end, bounds[1])
            if after is not None:  # "лишен права занимать должности пожизненно"
                self.used.update(range(*after.span()))
            lifelong = after is not None or _LIFELONG_BEFORE.search(
                self.text, max(bounds[0], start - 20), end
            )
            term: Term | TermRange | None = None
            span_end = detail_end
            index = bisect.bisect_left(self.term_starts, detail_end)
            if lead is not None:
                term = lead.value
                self.ban_terms.add(lead.span.start)
            elif not lifelong and index < len(self.terms):
                match = self.terms[index]
                gap = self.text[detail_end : match.span.start]
                if (
                    match.span.start < bounds[1]
                    and len(gap) < 40
                    and ("," not in gap or _TERM_AFTER_COMMA.fullmatch(gap))
                ):
                    term, span_end = match.value, match.span.end
                    self.ban_terms.add(match.span.start)
            inside = bisect.bisect_right(self.term_starts, start)
            if not lifelong and term is None and inside < len(self.terms):
                match = self.terms[inside]  # "лишить его на пять лет права"
                if match.span.end <= anchor.end():
                    term = match.value
                    self.ban_terms.add(match.span.start)
            before = bisect.bisect_left(self.term_starts, start) - 1
            if not lifelong and term is None and before >= 0:  # "на три года запрещено"
                match = self.terms[before]
                if _BEFORE_BAN_GAP.fullmatch(self.text, match.span.end, start):
                    term = match.value
                    self.ban_terms.add(match.span.start)
                    start = match.span.start
            if term is None and not lifelong and _MODAL_BAN.match(anchor[0]):
                continue  # "он не сможет работать в школе": no ban without its length
            self.used.update(range(start, end))
            status = self.status(start, end) or Status.IMPOSED
            span = Span(start, span_end if term is not None else detail_end)
            found.append(
                Penalty(
                    span=Span(span.start, len(self.text[: span.end].rstrip())),
                    sentence=Sentence(kind=Kind.BAN, status=status, term=term, detail=words),
                )
            )
        return found

    def term_penalties(self, match: TermMatch) -> list[Penalty]:
        """Return the penalties a term states, or none if it is not a penalty."""
        text = self.text
        start, end = match.span.start, match.span.end
        if start in self.ban_terms:
            return []
        sentence_start, sentence_end = self.sentences.around(start)
        left = text[max(sentence_start, start - _ATTACH_REACH) : start]
        right = text[end : min(sentence_end, end + _ATTACH_REACH)]
        if _RIGHT_VETO.match(right) or _LEFT_VETO.match(left):
            return []
        if _AGE_BEFORE.search(left) and _AGE_AFTER.match(right) and _years_only(match.value):
            return []  # "Дилнозу Эргашеву, 27 лет, суд приговорил": her age
        if _AGE_PRONOUN.search(left) and _CLAUSE_END.match(right) and _years_only(match.value):
            return []  # "Ему 62 года, и": his age
        reach = max(sentence_start, start - _CUE_REACH)
        preventive = next(reversed(self.matches(_PREVENTIVE, _PREVENTIVE_HINT, reach, start)), None)
        if preventive is not None and not self.cue_between(preventive.end(), start):
            return []  # "избрал меру пресечения в виде ареста на два месяца"
        right_kind = _RIGHT_KIND.match(right)
        left_kind = _LEFT_KIND.match(left)
        term = match.value
        single = term if isinstance(term, Term) else None
        arrested = _PREVENTIVE_ARREST.match(text, reach, start) is not None
        if arrested and (single is None or not single.days):
            return []  # "арестовал подозреваемого на два месяца": pre-trial detention
        cue = self.governing(start, end)
        named = _TERM_NOUN_AFTER.match(right) is not None and "летн" in lowercase(text[start:end])
        dashed = _DASHED_TO_BEFORE.search(left) is not None
        if dashed and cue is None:  # the sentence's verb, however far: "просил приговорить X к
            cue = self._cue_before(start, sentence_start)  # 10 годам, ..., Y, ..., — к шести"
        named = named or dashed
        if cue is None and right_kind is None and left_kind is None and not arrested and not named:
            return []  # not "Восьмилетний срок X суд обосновал": a term named, imposed
        if (
            right_kind is None
            and left_kind is None
            and single is not None
            and single.hours
            and not (single.years or single.months or single.weeks or single.days)
            and (
                cue is None
                or not 0 <= start - cue[1] <= _HOURS_REACH
                or _DURATION.search(text, cue[1], start)
            )
        ):
            return []  # "зачитывал приговор больше двух часов": how long, not a penalty
        # The kind: the words after the term, else those before it ("лишение свободы на срок");
        # the span takes the kind words that agree with it.
        sides = ((right_kind, end), (left_kind, start - len(left)))
        kinds = [(found, offset) for found, offset in sides if found is not None]
        kind = Kind(kinds[0][0].lastgroup) if kinds else Kind.IMPRISONMENT
        span_start, span_end = start, end
        for found, offset in kinds:
            if Kind(found.lastgroup) is not kind:
                continue
            self.used.update(range(offset + found.start(), offset + found.end()))
            if found is left_kind:  # past a list's numbers, which are terms of their own:
                listed = _LIST_BEFORE.search(self.text, offset + found.start(), start)
                span_start = start if listed else offset + found.start()  # "сроки (три и два"
            else:
                span_end = offset + found.end()
        if (
            kind is Kind.ADMINISTRATIVE_ARREST
            and single is not None
            and not single.days
            and "административн" not in lowercase(text[span_start:span_end])
        ):
            return []  # "арест на два месяца": pre-trial detention, counted in months
        # "арестовали на 15 суток": a term in days with an arrest near is administrative arrest
        if (
            kind is Kind.IMPRISONMENT
            and single is not None
            and single.days
            and not single.years
            and (
                arrested
                or _ARREST_NEAR.search(text, max(sentence_start, start - _ATTACH_REACH), end + 40)
            )
        ):
            kind = Kind.ADMINISTRATIVE_ARREST
        if cue is not None and _MAXIMUM.match(text, cue[0], cue[1]):
            verb = self._cue_before(cue[0], sentence_start)
            if (  # "просили суд назначить максимальные сроки (8 лет)": the request's, exact
                verb is not None
                and verb[2] is not Status.POSSIBLE
                and cue[0] - verb[1] <= _VERB_BEFORE_MAXIMUM
            ):
                cue = verb
        status = cue[2] if cue else Status.IMPOSED
        if _STATUTE_ASIDE.search(text, max(sentence_start, start - 60), start):
            status = Status.POSSIBLE  # "(ч. 4 ст. 159 УК РФ, до десяти лет лишения свободы)"
        if cue is not None and single is not None and _MAXIMUM.match(text, cue[0], cue[1]):
            term = TermRange(high=single)  # "максимальное наказание — семь лет": up to seven
            span_start = min(span_start, cue[0])
        if _AMNESTY_BY.search(text, max(sentence_start, start - 40), start):
            return []
        changed = next(reversed(self.matches(_CHANGE, _CHANGE_HINT, reach, start)), None)
        if changed is not None:
            if changed["amount"] and _BY.search(text, changed.end(), start):
                return []  # "сократил срок на два года": the size of a reduction
            if isinstance(term, TermRange) and term.low is None:
                new, new_span = match.parts[-1]  # "снизил срок до пяти лет": the new term,
                # or one asked for: "попросил сократить срок до девяти месяцев"
                asked = status is Status.REQUESTED
                sentence = Sentence(kind=kind, status=status if asked else Status.IMPOSED, term=new)
                return [Penalty(span=new_span, sentence=sentence)]
        if match.value is None:  # "с семи до пяти лет": the old and the new term
            return [
                Penalty(span=s, sentence=Sentence(kind=kind, status=Status.IMPOSED, term=t))
                for t, s in match.parts
            ]
        return [
            Penalty(
                span=Span(span_start, span_end),
                sentence=Sentence(kind=kind, status=status, term=term),
            )
        ]

    def elided(self, penalties: list[Penalty]) -> list[Penalty]:
        """Return the terms written as bare numbers next to a stated one."""
        found: list[Penalty] = []
        starts = self.term_starts
        taken = {p.span.start for p in penalties}
        for penalty in penalties:
            term = penalty.sentence.term
            single = term if isinstance(term, Term) else term.high if term else None
            if single is None or penalty.sentence.kind is Kind.BAN:
                continue
            unit = next(
                u for u in ("years", "months", "weeks", "days", "hours") if getattr(single, u)
            )
            kind = penalty.sentence.kind
            # "к девяти и семи годам соответственно": bare numbers listed before the term
            lead = _LIST_BEFORE.match(
                self.text, max(0, penalty.span.start - 60), penalty.span.start
            )
            if lead is not None:
                for number in _BARE.finditer(self.text, lead.start(), lead.end() + 1):
                    found.extend(self._bare(number, unit, kind, taken))
            # "Алиев приговорен к 9, Ализаде - к 8, Велиев - к 5 годам": elided terms before
            # it in its sentence, each going on to the next person
            before = bisect.bisect_left(starts, penalty.span.start) - 1
            since = max(
                self.sentences.around(penalty.span.start)[0],
                starts[before] + 1 if before >= 0 else 0,
            )
            for number in self.matches(_ELIDED, _ELIDED_HINT, since, penalty.span.start):
                if _LIST_GOES_ON.match(self.text, number.end()):
                    found.extend(self._bare(number, unit, kind, taken))
            # "Иванов получил шесть лет, Петров — четыре": bare numbers after it, up to the next
            # term, within its sentence or the next short one
            index = bisect.bisect_left(starts, penalty.span.end)  # "колонии 12 лет": past its term
            stop = self.sentences.around(max(penalty.span.end - 1, 0))[1]
            following = self.sentences.around(stop)[1]
            if following - stop < 80:
                stop = following
            stop = min(stop, starts[index]) if index < len(starts) else stop
            for number in self.matches(_ELIDED, _ELIDED_HINT, penalty.span.end, stop):
                found.extend(self._bare(number, unit, kind, taken))
        return found

    def _bare(
        self, number: regex.Match[str], unit: str, kind: Kind, taken: set[int]
    ) -> list[Penalty]:
        start, end = number.span("number")
        if number["half"]:
            end = number.end("half")
        if start in taken:
            return []
        if number["decimal"]:
            end = number.end("decimal")
        count = to_number(number["number"])
        if count is None or not 0 < count < 100:
            return []
        value = Decimal(str(count)) + Decimal(f"0.{number['decimal'] or 0}")
        if number["half"]:
            value += Decimal("0.5")  # "на семь с половиной"
        term = _build({unit: value})
        if term is None:
            return []
        taken.add(start)
        status = self.status(start, end) or Status.IMPOSED
        conditional = _CONDITIONAL_AFTER.match(self.text, end)
        if conditional is not None:  # "двое - по 2,5 условно": the elided term's own kind
            kind, end = Kind.SUSPENDED, conditional.end()
        return [
            Penalty(span=Span(start, end), sentence=Sentence(kind=kind, status=status, term=term))
        ]

    def kind_penalties(self) -> list[Penalty]:
        """Return the penalties stated by a kind word with no term: "оправдан", "штраф"."""
        found: list[Penalty] = []
        for anchor in self.anchors:
            name = anchor.lastgroup
            start, end = anchor.span()
            if name == "ban" or start in self.used:
                continue
            bounds = self.sentences.around(start)
            index = bisect.bisect_left(self.term_starts, start)
            next_term = self.term_starts[index] if index < len(self.term_starts) else None
            if name not in ("acquittal", "fine", "life_imprisonment", "non_custodial") and (
                next_term is not None and next_term < min(bounds[1], end + _ATTACH_REACH)
            ):
                continue  # "ограничение свободы на срок 4 года": the term's kind word
            if _GROUNDS.search(self.text, max(bounds[0], start - 80), start):
                continue  # "Оснований для назначения наказания, не связанного с ...": none
            kind = Kind(name)
            status = self.status(start, end)
            if kind is Kind.ACQUITTAL:
                before = self.text[max(bounds[0], start - 80) : start]
                if _NO_ACQUITTAL.search(before):
                    continue  # "защита просила оправдать", "надеется на оправдательный приговор"
                last = found[-1] if found else None
                if (
                    last is not None
                    and last.sentence.kind is Kind.ACQUITTAL
                    and _SAME_ACT.fullmatch(self.text, last.span.end, start)
                ):
                    continue  # "признал его невиновным и оправдал": one acquittal
                status = Status.IMPOSED
            elif status is None and kind is not Kind.FINE:
                continue  # "пожизненное заключение" in a description, no verdict
            elif _HOPED.search(self.text, max(bounds[0], start - 40), start):
                continue  # "он рассчитывал на условный срок"
            elif _COUNTED_AFTER.match(self.text, end):
                continue  # "реальные сроки получили 312 осужденных": a statistic
            fine, span = None, Span(start, end)
            if kind is Kind.FINE:
                listed = self._listed_amounts(end, bounds[1])
                if listed:  # "оштрафованы на 200 тысяч и 100 тысяч сомов соответственно"
                    for index, (money, where) in enumerate(listed):
                        sentence = Sentence(kind=kind, status=status or Status.IMPOSED, fine=money)
                        where = Span(start, where.end) if index == 0 else where
                        found.append(Penalty(where, sentence))
                    continue
                fine, span = self._amount(anchor, bounds[1])
                if status is None and fine is None and "оштраф" not in anchor[0].lower():
                    continue  # "штраф" with no amount and no verdict: a word, not a penalty
            found.append(
                Penalty(
                    span=span,
                    sentence=Sentence(kind=kind, status=status or Status.IMPOSED, fine=fine),
                )
            )
        return found

    def _listed_amounts(self, start: int, stop: int) -> list[tuple[Money, Span]]:
        """Fines listed with one currency: "на 200 тысяч и 100 тысяч сомов соответственно"."""
        listed = _AMOUNTS_RESPECTIVELY.match(self.text, start, stop)
        if listed is None:
            return []
        currency = _CURRENCIES[lowercase(listed["currency"])]
        last_multiplier = _MULTIPLIERS.get((listed["multiplier"] or "").lower(), 1)
        found = []
        for part in _LISTED_AMOUNT.finditer(self.text, *listed.span("numbers")):
            number = to_number(part["number"])
            if number is None:
                return []
            multiplier = _MULTIPLIERS.get((part["multiplier"] or "").lower(), last_multiplier)
            found.append(
                (Money(amount=round(number * multiplier), currency=currency), Span(*part.span()))
            )
        last = to_number(listed["last"])
        if last is None:
            return []
        end = listed.end("currency")
        money = Money(amount=round(last * last_multiplier), currency=currency)
        found.append((money, Span(listed.start("last"), end)))
        return found

    def _amount(self, anchor: regex.Match[str], stop: int) -> tuple[Money | None, Span]:
        """Read a fine's amount: "штраф в размере 100 МРП", "оштрафовали на 500 тысяч тенге"."""
        start, end = anchor.span()
        limit = min(stop, end + _FINE_AMOUNT_REACH)
        halt = _FINE_STOP.search(self.text, end, limit)
        amount = _AMOUNT.search(self.text, end, halt.start() if halt else limit)
        if amount is None and "оштраф" in anchor[0].lower():
            before = _AMOUNT_FIRST.search(self.text, max(0, start - _FINE_AMOUNT_REACH), start)
            if before is not None:  # "на 46 тысяч рублей был оштрафован депутат"
                return _money(before), Span(before.start("amount"), end)
        if amount is None and anchor[0].lower() == "штрафа":
            before = _AMOUNT_TO.search(self.text, max(0, start - _FINE_AMOUNT_REACH), start)
            if before is not None:  # "приговорил к 500 тысячам рублей штрафа"
                return _money(before), Span(before.start("amount"), end)
        if amount is None:
            return None, Span(start, end)
        if _FROM.search(self.text[end : amount.start()]):
            return None, Span(start, end)  # "от ста тысяч до трехсот тысяч": a range
        return _money(amount), Span(start, amount.end())


def _money(match: regex.Match[str]) -> Money | None:
    number = (not match["multiplier"] and dotted_thousands(match["number"])) or to_number(
        match["number"]
    )
    if number is None:
        return None
    multiplier = _MULTIPLIERS.get((match["multiplier"] or "").lower(), 1)
    currency = _CURRENCIES[lowercase(match["currency"])]
    amount = number * multiplier
    if match["rest"]:  # "1 млн 600 тысяч": the smaller part after the larger
        rest_multiplier = _MULTIPLIERS[match["rest_multiplier"].lower()]
        if rest_multiplier >= multiplier:
            return None
        amount += int(match["rest"]) * rest_multiplier
    return Money(amount=round(amount), currency=currency)


def _read(text: str) -> tuple[_Passage, list[Penalty]]:
    passage = _Passage(text)
    penalties = passage.bans()
    penalties += [p for match in passage.terms for p in passage.term_penalties(match)]
    penalties += passage.elided([p for p in penalties if p.sentence.kind is not Kind.BAN])
    penalties += passage.kind_penalties()
    penalties.sort(key=lambda p: (p.span.start, p.span.end))
    penalties = [attrs.evolve(p, sentence=counted_in_hours(p.sentence)) for p in penalties]
    penalties = _without_glosses(passage.text, penalties)
    penalties = parallel_kinds(passage.text, passage.terms, penalties, _PARALLEL)
    penalties = parallel_kinds(passage.text, passage.terms, penalties, _CHANGED)
    penalties = _kinds_from_the_next(passage, penalties)
    penalties = deemed_conditional(passage.text, penalties, _DEEMED)
    return passage, _requested_alike(passage, penalties)


def _kinds_from_the_next(passage: _Passage, penalties: list[Penalty]) -> list[Penalty]:
    """A bare term before the next person's term takes that term's kind.

    "приговорил X и Y к двум годам, а Z к полутора годам ограничения свободы": two years of
    restricted freedom too, not of prison.
    """
    bare = {m.span.start: m.span.end for m in passage.terms}
    found = list(penalties)
    for index in range(len(found) - 2, -1, -1):
        penalty, following = found[index], found[index + 1]
        if (
            bare.get(penalty.span.start) == penalty.span.end
            and penalty.sentence.kind is Kind.IMPRISONMENT
            and following.sentence.kind not in (Kind.IMPRISONMENT, Kind.BAN)
            and following.sentence.term is not None
            and _NEXT_PERSON.fullmatch(passage.text, penalty.span.end, following.span.start)
        ):
            sentence = attrs.evolve(penalty.sentence, kind=following.sentence.kind)
            found[index] = attrs.evolve(penalty, sentence=sentence)
    return found


# Between a bare term and the next person's: ", а Михаила Дашука к ".
_NEXT_PERSON = compile_lazily(
    r"\s* , \s* (?: а | и ) \s+ (?: (?-i: \p{Lu} ) [\w.-]+ \s+ ){1,3} к \s+", _FLAGS
)


# Between two penalties of one sentence, the next person of a parallel list: ", а Утегеновой - ".
_PARALLEL = compile_lazily(
    r"[^.;!?]{0,40}? , \s* (?: а \s+ | и \s+ )? (?-i: \p{Lu} ) [\w-]+ (?: \s+ \p{Lu}\. )?"
    r" \s* [-\u2013\u2014] \s* \Z",
    _FLAGS,
)

# Between a penalty and a bare term an appeal changed it to, in one paragraph: "к пяти годам
# ограничения свободы ... апелляционный суд смягчил наказание до трёх лет".
_CHANGED = compile_lazily(
    r"""[^\n]{0,200}? \b (?: смягч | сниз | снижа | сократ | сокраща | уменьш | ужесточ | увелич )
        \w* (?: \s+ [\w-]+ ){0,4}? \s+ до \s+ \Z""",
    _FLAGS,
)


_REQUEST_VERBS = ("требовал", "запрашивал", "просил", "запросил", "добивал")
_SAME_REQUESTED = compile_lazily(
    r"""\b (?: именно \s+ )? (?: это (?: го | т | й | му ) | тако (?: го | е | й | му ) )
        (?: \s+ же )? \s+ (?: наказани\w* | срок\w* | приговор\w* ) \b [^.;!?]{0,60}? \b
        (?: \L<verb> ) \w* \b
      | \b (?: \L<verb> ) \w* \s+ (?: \w+ \s+ )? столько \s+ же  # "прокуратура просила
        (?= \s* (?: [.,;!?)] | \Z ) )                            # столько же."
      | \b (?P<as> как \s+ и ) \s+ (?: \L<verb> ) \w* \b  # "назначено, как и просил обвинитель"
    """,
    _FLAGS,
    verb=_REQUEST_VERBS,
)  # "Именно этого наказания для него требовал государственный обвинитель"


def _requested_alike(passage: _Passage, penalties: list[Penalty]) -> list[Penalty]:
    """A request said to be the penalty just imposed: the same penalty, requested.

    "Суд приговорил X к пожизненному лишению свободы. Именно этого наказания для него требовал
    государственный обвинитель." The evidence runs from the penalty to the request.
    """
    if not penalties or not any(verb in passage.lower for verb in _REQUEST_VERBS):
        return penalties
    found = list(penalties)
    starts = [p.span.start for p in penalties]
    for match in _SAME_REQUESTED.finditer(passage.text):
        index = bisect.bisect_left(starts, match.start()) - 1
        if index < 0:
            continue
        before = penalties[index]
        sentence = passage.sentences.around(before.span.start)
        following = passage.sentences.around(sentence[1])
        if match["as"]:  # "Наказание назначено, как и просил ...": one sentence further
            following = passage.sentences.around(following[1])
        if (
            before.sentence.status is not Status.IMPOSED
            or match.start() >= following[1]
            or before.span.end > match.start()
        ):
            continue
        requested = attrs.evolve(before.sentence, status=Status.REQUESTED)
        found.append(Penalty(span=Span(before.span.start, match.end()), sentence=requested))
    found.sort(key=lambda p: (p.span.start, p.span.end))
    return found


_GLOSS = compile_lazily(r"[\s,(\u2013\u2014-]*")


def _without_glosses(text: str, penalties: list[Penalty]) -> list[Penalty]:
    """Drop a kind word that only explains the term before it.

    "к 2 годам «домашней химии» — ограничения свободы без направления ...": one penalty.
    """
    found: list[Penalty] = []
    for penalty in penalties:
        before = found[-1] if found else None
        if (
            before is not None
            and penalty.sentence.term is None
            and penalty.sentence.fine is None
            and before.sentence.kind is penalty.sentence.kind
            and before.sentence.term is not None
            and _GLOSS.fullmatch(text, before.span.end, penalty.span.start)
        ):
            continue
        found.append(penalty)
    return found


# "назначенное наказание считать условным", "постановил считать наказание условным"
_DEEMED = compile_lazily(
    r"""(?<! \b не \s+ (?: [\w-]+ \s+ ){0,2} )  # "не счел возможным считать ... условным"
    \b (?: считать | считает | считается | счел | счёл | признать ) \s+
        (?: [\w-]+ \s+ ){0,3}? условн (?: ым | ое | ой | ый ) \b""",
    _FLAGS,
)


def find_sentences(text: str) -> tuple[Found[Sentence], ...]:
    """Return every penalty stated in ``text``, in order of appearance.

    >>> [(f.value.kind.value, f.value.status.value, f.value.term.iso) for f in find_sentences(
    ...     "Прокурор запросил девять лет, но суд назначил Иванову шесть лет колонии.")]
    [('imprisonment', 'requested', 'P9Y'), ('imprisonment', 'imposed', 'P6Y')]
    """
    return tuple(
        Found(value=p.sentence, span=p.span, text=text[p.span.start : p.span.end])
        for p in _read(text)[1]
    )


def parse_sentence(text: str) -> Sentence | None:
    """Read a phrase that should state exactly one penalty; anything else is None.

    A bare term is read as imprisonment handed down, as in a table of verdicts.

    >>> parse_sentence("3 года лишения свободы условно").kind.value
    'suspended'
    >>> parse_sentence("семь лет").term.iso
    'P7Y'
    >>> parse_sentence("7 лет и штраф") is None
    True
    """
    term = parse_term(text)
    if isinstance(term, (Term, TermRange)):
        return Sentence(kind=Kind.IMPRISONMENT, status=Status.IMPOSED, term=term)
    passage, penalties = _read(text)
    if len(penalties) != 1:
        return None
    (penalty,) = penalties
    spare = [m for m in passage.terms if not penalty.span.start <= m.span.start < penalty.span.end]
    return None if spare else penalty.sentence
