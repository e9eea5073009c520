"""Russian terms that are penalties, with their kind and status; and the lengths that are none.

A term takes its kind from the words around it and its status from the cue that governs it;
ages, durations of detention and a cut "на два года" are no penalties.
"""

from __future__ import annotations

from kzjustice._text import compile_lazily, keyword_trie, lowercase
from kzjustice.models import Kind, Sentence, Span, Status, Term, TermRange
from kzjustice.penalties.shared import Penalty
from kzjustice.ru.numbers import NUMBER, NUMBER_LISTS
from kzjustice.ru.penalties.passage import Passage
from kzjustice.ru.penalties.vocabulary import (
    ATTACH_REACH,
    CONDITIONAL,
    CUE_REACH,
    FLAGS,
    LIST_BEFORE,
    kind_groups,
    years_only,
)
from kzjustice.terms import TermMatch

_CHANGE = compile_lazily(
    r"""\b (?: (?P<amount> (?: смягч | сниз | сократ | уменьш | ужесточ | увелич ) (?: ил\w* | ить )
                       | (?: смягч | сниж | сокращ | уменьш | ужесточ | увелич ) ен\w*
                       | (?: смягча | снижа | сокраща | уменьша | ужесточа | увеличива ) \w* )
             | (?: замен | измен ) (?: ил | я ) \w* | пересм (?: отрел | атрива ) \w* ) \b""",
    FLAGS,
)  # an appeal verb before a term, past or present ("смягчает до шести лет", as a timeline
# writes), or its participle ("смягчено до шести лет"); "amount" verbs change it by "на" a term
_MAXIMUM = compile_lazily(r"максимальн", FLAGS)  # a cue that caps its term
_VERB_BEFORE_MAXIMUM = 12  # how far a verb may stand before "максимальный срок" it hands down
_BY = compile_lazily(r"\b на \s* \Z", FLAGS)  # "сократил на два года": by how much
# "применил амнистию на 1 год", "по амнистии на год": by how much an amnesty cut a term
_AMNESTY_BY = compile_lazily(r"\b амнисти\w* \s+ (?: [\w-]+ \s+ ){0,2}? на \s* \Z", FLAGS)
# A term in years between a name and the rest of its clause, set off by commas, is an age:
# "Дилнозу Эргашеву, 27 лет, суд приговорил"; not a list's "Иванову, 9 лет, Петрову, 7 лет".
_AGE_BEFORE = compile_lazily(
    r"""(?-i: \p{Lu} ) [\w-]+ \s* , \s* \Z
      | (?-i: \p{Ll} ) [\w-]+ \s* , \s* (?: [0-9]{1,2} \s* (?: , | и ) \s* )+ \Z""",
    FLAGS,
)  # or ages listed after a description: "Двое студентов университета, 19 и 20 лет, получили"
_AGE_AFTER = compile_lazily(r"\s* , \s* (?-i: \p{Ll} )", FLAGS)
# A term in years after a pronoun in the dative, ending its clause, is an age: "Ему 62 года,
# и", "пенсионерке, которой 72 года, назначили штраф"; not "Ему — 7 лет колонии".
_AGE_PRONOUN = compile_lazily(
    r"""(?r) (?: \A | [.!?;:,(] | \b что ) \s* (?: ему | ей | им | которому | которой | которым )
        \s+ (?: (?: уже | всего | лишь | только | почти | исполнилось ) \s+ )? \Z""",
    FLAGS,
)
_CLAUSE_END = compile_lazily(r"\s* (?: [,.;:)!?] | \Z | и \b | а \b | но \b )", FLAGS)

# A term in hours with no kind word is community work only just after its verb ("приговорил к
# 200 часам", "просил 300 часов"), and never after words that measure how long something took.
_HOURS_REACH = 30
_DURATION = compile_lazily(
    r"""\b (?: больше | более | около | почти | свыше | менее | меньше | целых | всего | через
            | спустя | занял\w* | длил\w* | продолжал\w* | шл[оаи]? | в \s+ течение
            | на \s+ протяжении ) \b""",
    FLAGS,
)

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

# What stands just after a term and makes it a penalty of a kind: "лишения свободы условно",
# "колонии строгого режима", "ограничения свободы", "суток ареста".
_RIGHT_KIND = compile_lazily(
    rf"""\A \s*+ (?: (?: тюремн\w+ \s+ | реальн\w+ \s+ )? срок\w* \s+ )?
    (?: (?P<suspended> (?: [-\u2013\u2014] \s*+ )?  # "из них три года - условного наказания"
                       (?: {_PRISON} \s*+ ,? \s*+ )?
                       (?: условн\w+ \s+ (?: срок\w* | лишени\w+ \s+ свободы | наказани\w+ )
                         | {CONDITIONAL} ) )
      | (?: в \s+ (?= колони | тюрьм | учреждени | местах ) | с \s+ отбыванием \s+ (?: наказания
            \s+ )? в \s+ )? {kind_groups(imprisonment=_PRISON)} )
    """,
    FLAGS,
)
# What stands just before a term and makes it a penalty of a kind: "лишение свободы на срок",
# "условно на", "ограничения свободы сроком", "административный арест на".
_PRISON_OR_TERM = _PRISON + r" | (?<! условн\w+ \s+ ) (?: тюремн\w+ \s+ | реальн\w+ \s+ )? срок\w* "
_LEFT_KIND = compile_lazily(  # searched backwards: it ends where the term starts
    rf"""(?r) {kind_groups(imprisonment=_PRISON_OR_TERM)}
    (?: \s+ (?: \w+ \s+ ){{0,2}}? )?
    (?: \s+ (?: на \s+ сроки? (?: \s+ в )? | сроком (?: \s+ на | \s+ в )? | на | в
              | продолжительностью ) )?  # "ограничению свободы на сроки от года до двух лет"
    (?: \s+ | \s* [(:\u2013\u2014] \s* | \s+ - \s+ )  # "условные сроки (три и два года",
    # "сроки: три", "условный срок - 2 года"
    (?: {NUMBER} (?: \s* , \s* | \s+ (?: и | или ) \s+ ) )*  # a list's numbers before its term
    \Z""",
    FLAGS,
    ignore_unused=True,
    **NUMBER_LISTS,
)
_ARREST_NEAR = compile_lazily(r"\b (?: арест\w* | административн\w+ ) \b", FLAGS)

# An article of the code in brackets before a term: the law's penalty, not the one imposed.
_STATUTE_ASIDE = compile_lazily(
    r"\( [^()]*? \b (?: ст | статья | статьи ) \.? \s* [0-9] [^()]* \Z", FLAGS
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
                  | пролежал\w* | находил\w*
                  | испытательн\w+ | добива\w* | добил\w* | ждал\w* | ожидал\w* ) \b""",
    # "20 лет служил в армии"; "с одним годом испытательного срока": a suspended term's
    # probation, no penalty
    FLAGS,
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
             | неотбыт\w+ (?: \s+ [\w-]+ ){0,2} \s* [-\u2013\u2014:]  # "неотбытые сроки
             # наказания — от 3 до 11 месяцев": what was left of an earlier term
             | провел\w* (?: \s+ [\w-]+ ){0,3}?  # "провела в СИЗО больше пяти месяцев":
             # time spent, no penalty
             | привлечени\w+ \s+ к \s+ (?: общественн | обязательн ) \w+ \s+ работ\w*
             | продлил\w* (?: \s+ \w+ ){0,3}?
             | задержа\w+ (?: \s+ (?! (?: осужд | приговор | оштраф | получ | назнач ) \w* \b )
                              \w+ ){0,2}?
             ) (?: \s+ | \s* [-:] \s* )  # "Испытательный срок - два года"
             (?: (?: на \s+ )? срок\w* \s+ )?  # not "задержанных осуждены на"
        (?: на | в | до | сроком (?: \s+ на )? | продолжительностью | длительностью )? \s* )
    \Z""",
    FLAGS,
)
# Preventive measures before a term, with no status cue between: "избрал меру пресечения в виде
# ареста на два месяца", "поместили под домашний арест на", "продлил срок содержания под стражей".
# Only the measures, not a state: "находящегося под стражей Иванова приговорил к" is a verdict.
_PREVENTIVE = compile_lazily(
    r"""\b (?: пресечени\w* | под \s+ стражу | домашн\w+ \s+ арест\w*
             | продл (?: ил\w* | ен\w* | ят | ит ) ) \b""",
    FLAGS,
)
_PREVENTIVE_ARREST = compile_lazily(
    r"""(?r) \b арест (?: овал\w* | ован\w* | овать | овыва (?: ет | ют ) )? \b
        (?: \s* [,\u2013\u2014-]? \s+ \w+ ){0,10}? \s+ на \s+ # "арестовал двух активистов - X и Y"
        (?: [0-9]{1,3} \s* (?: , \s* | \s+ и \s+ ) ){0,3} \Z""",
    FLAGS,
)  # "арестовал подозреваемого на" a term in months: pre-trial detention; "арестованы на 15 и"

# Before a term whose verdict verb a list elides: "Журналистку X — к четырем годам, Y — к восьми"
_DASHED_TO_BEFORE = compile_lazily(r"[-\u2013\u2014] \s* к \s+ \Z", FLAGS)
_TERM_NOUN_AFTER = compile_lazily(  # after an adjectival term: "восьмилетний срок"; not the
    # length of a service, a lease, a limitation: "20-летний срок службы", "срок давности"
    r"""\s+ (?: тюремн\w+ \s+ | реальн\w+ \s+ )? (?: срок\w* | заключени\w* ) \b
        (?! \s+ (?: служб\w* | давност\w* | полномочи\w* | аренд\w* | действи\w* | годност\w*
                  | эксплуатаци\w* | хранени\w* | обучени\w* | контракт\w* | работ\w* ) \b )""",
    FLAGS,
)

_CHANGE_HINT = compile_lazily(
    r"\b(?:"
    + keyword_trie(("смягч", "сниз", "сниж", "сократ", "сокращ", "уменьш", "ужесточ", "увелич",
                    "заменил", "заменя", "изменил", "изменя", "пересм"))
    + ")"
)  # fmt: skip
_PREVENTIVE_HINT = compile_lazily(
    r"\b(?:" + keyword_trie(("пресечени", "под", "домашн", "продл")) + ")"
)


def term_penalties(passage: Passage, match: TermMatch) -> list[Penalty]:
    """Return the penalties a term states, or none if it is not a penalty."""
    text = passage.text
    start, end = match.span.start, match.span.end
    if start in passage.ban_terms:
        return []
    sentence_start, sentence_end = passage.sentences.around(start)
    left = text[max(sentence_start, start - ATTACH_REACH) : start]
    right = text[end : min(sentence_end, end + ATTACH_REACH)]
    if _RIGHT_VETO.match(right) or _LEFT_VETO.match(left):
        return []
    if _AGE_BEFORE.search(left) and _AGE_AFTER.match(right) and years_only(match.value):
        return []  # "Дилнозу Эргашеву, 27 лет, суд приговорил": her age
    if _AGE_PRONOUN.search(left) and _CLAUSE_END.match(right) and years_only(match.value):
        return []  # "Ему 62 года, и": his age
    reach = max(sentence_start, start - CUE_REACH)
    preventive = next(reversed(passage.matches(_PREVENTIVE, _PREVENTIVE_HINT, reach, start)), None)
    if preventive is not None and not passage.cue_between(preventive.end(), start):
        return []  # "избрал меру пресечения в виде ареста на два месяца"
    right_kind = _RIGHT_KIND.match(right)
    left_kind = _LEFT_KIND.match(left)
    term = match.value
    single = term if isinstance(term, Term) else None
    arrested = _PREVENTIVE_ARREST.match(text, reach, start) is not None
    if arrested and (single is None or not single.days):
        return []  # "арестовал подозреваемого на два месяца": pre-trial detention
    cue = passage.governing(start, end)
    named = _TERM_NOUN_AFTER.match(right) is not None and "летн" in lowercase(text[start:end])
    dashed = _DASHED_TO_BEFORE.search(left) is not None
    if dashed and cue is None:  # the sentence's verb, however far: "просил приговорить X к
        cue = passage._cue_before(start, sentence_start)  # 10 годам, ..., Y, ..., — к шести"
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
        passage.used.update(range(offset + found.start(), offset + found.end()))
        if found is left_kind:  # past a list's numbers, which are terms of their own:
            listed = LIST_BEFORE.search(passage.text, offset + found.start(), start)
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
            or _ARREST_NEAR.search(text, max(sentence_start, start - ATTACH_REACH), end + 40)
        )
    ):
        kind = Kind.ADMINISTRATIVE_ARREST
    if cue is not None and _MAXIMUM.match(text, cue[0], cue[1]):
        verb = passage._cue_before(cue[0], sentence_start)
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
    changed = next(reversed(passage.matches(_CHANGE, _CHANGE_HINT, reach, start)), None)
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
