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

The reading runs in stages, each a module of this package, as the English grammar's does
(``kzjustice.penalties``): ``passage`` finds the terms, kind words and status cues and says
which cue governs a penalty; ``bans``, ``termed``, ``elided`` and ``kinds`` read the bans, the
terms, the bare numbers beside them and the kind words with no term; ``money`` reads a fine's
amount; ``vocabulary`` holds what more than one stage needs.
"""

from __future__ import annotations

import bisect

import attrs

from kzjustice._text import compile_lazily
from kzjustice.models import Found, Kind, Sentence, Span, Status, Term, TermRange
from kzjustice.penalties.shared import (
    Penalty,
    counted_in_hours,
    deemed_conditional,
    found_in,
    parallel_kinds,
    the_one_penalty,
)
from kzjustice.ru.penalties.bans import read_bans
from kzjustice.ru.penalties.elided import elided
from kzjustice.ru.penalties.kinds import kind_penalties
from kzjustice.ru.penalties.passage import Passage
from kzjustice.ru.penalties.termed import term_penalties
from kzjustice.ru.penalties.vocabulary import FLAGS, FORCED_WORK
from kzjustice.ru.terms import parse_term

__all__ = ["find_sentences", "parse_sentence"]


def _read(text: str) -> tuple[Passage, list[Penalty]]:
    passage = Passage(text)
    penalties = read_bans(passage)
    penalties += [p for match in passage.terms for p in term_penalties(passage, match)]
    penalties += elided(passage, [p for p in penalties if p.sentence.kind is not Kind.BAN])
    penalties += kind_penalties(passage)
    penalties.sort(key=lambda p: (p.span.start, p.span.end))
    penalties = [counted_in_hours(p, passage.text, FORCED_WORK) for p in penalties]
    penalties = _without_glosses(passage.text, penalties)
    penalties = parallel_kinds(passage.text, passage.terms, penalties, _PARALLEL)
    penalties = parallel_kinds(passage.text, passage.terms, penalties, _CHANGED)
    penalties = _kinds_from_the_next(passage, penalties)
    penalties = deemed_conditional(passage.text, penalties, _DEEMED)
    return passage, _requested_alike(passage, penalties)


def _kinds_from_the_next(passage: Passage, penalties: list[Penalty]) -> list[Penalty]:
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
    r"\s* , \s* (?: а | и ) \s+ (?: (?-i: \p{Lu} ) [\w.-]+ \s+ ){1,3} к \s+", FLAGS
)

# Between two penalties of one sentence, the next person of a parallel list: ", а Утегеновой - ".
_PARALLEL = compile_lazily(
    r"[^.;!?]{0,40}? , \s* (?: а \s+ | и \s+ )? (?-i: \p{Lu} ) [\w-]+ (?: \s+ \p{Lu}\. )?"
    r" \s* [-\u2013\u2014] \s* \Z",
    FLAGS,
)

# Between a penalty and a bare term an appeal changed it to, in one paragraph: "к пяти годам
# ограничения свободы ... апелляционный суд смягчил наказание до трёх лет".
_CHANGED = compile_lazily(
    r"""[^\n]{0,200}? \b (?: смягч | сниз | снижа | сократ | сокраща | уменьш | ужесточ | увелич )
        \w* (?: \s+ [\w-]+ ){0,4}? \s+ до \s+ \Z""",
    FLAGS,
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
    FLAGS,
    verb=_REQUEST_VERBS,
)  # "Именно этого наказания для него требовал государственный обвинитель"


def _requested_alike(passage: Passage, penalties: list[Penalty]) -> list[Penalty]:
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
    FLAGS,
)


def find_sentences(text: str) -> tuple[Found[Sentence], ...]:
    """Return every penalty stated in ``text``, in order of appearance.

    >>> [(f.value.kind.value, f.value.status.value, f.value.term.iso) for f in find_sentences(
    ...     "Прокурор запросил девять лет, но суд назначил Иванову шесть лет колонии.")]
    [('imprisonment', 'requested', 'P9Y'), ('imprisonment', 'imposed', 'P6Y')]
    """
    return found_in(text, _read(text)[1])


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
    return the_one_penalty(passage.terms, penalties)
