"""Russian terms written as bare numbers beside a stated one.

"к 9 и 7 годам соответственно", "Ализаде - к 8", "двое - по 2,5 условно".
"""

from __future__ import annotations

import bisect
from decimal import Decimal

import regex

from kzjustice._text import compile_lazily, keyword_trie
from kzjustice.models import Kind, Sentence, Span, Status, Term
from kzjustice.penalties.shared import Penalty
from kzjustice.ru.numbers import NUMBER, NUMBER_LISTS, to_number
from kzjustice.ru.penalties.passage import Passage
from kzjustice.ru.penalties.vocabulary import FLAGS, LIST_BEFORE
from kzjustice.terms import _build

_BARE_END = r"""(?= \s*+ (?: [.,;:)!?] | \Z | (?: соответственно | каждому | каждый | каждая | и | а
                                          | но | в \s+ колонии | лишения | колонии
                                          | (?: [-\u2013\u2014] \s* )? для | условно ) \b ) )"""
# "7 — для", "двое - по 2,5 условно"
_BARE_NUMBER = rf"""(?<! [0-9] [.,]?+ ) (?P<number> {NUMBER} ) (?: , (?P<decimal> [0-9]{{1,2}} ) )?
                  (?! [.,]?+ [0-9] ) (?P<half> \s+ с \s+ половиной \b )? {_BARE_END}"""  # "к 6,6"
# A bare number in a list before a term: "к девяти и семи годам".
_BARE = compile_lazily(
    rf"(?: \b к \s+ )? {_BARE_NUMBER}", FLAGS, ignore_unused=True, **NUMBER_LISTS
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
    FLAGS,
    ignore_unused=True,
    **NUMBER_LISTS,
)

_CONDITIONAL_AFTER = compile_lazily(r"\s+ условно \b", FLAGS)
_LIST_GOES_ON = compile_lazily(r"\s* [,;] \s* [^\W\d_]", FLAGS)  # "к 9, Ализаде": to the next

_ELIDED_HINT = compile_lazily(
    r"\b(?:" + keyword_trie(("получ", "назначил", "дал", "запросил", "запрашивал", "просил",
                             "потребовал", "требовал", "приговор", "осудил", "настаивал",
                             "снизил", "смягчил", "сократил")) + r")|\s-\s|,\s*а\s"
    r"|(?:,|\sи)(?=\s*\w{1,12}\s*(?:[-\u2013\u2014]\s*)?для\s)"
)  # fmt: skip


def elided(passage: Passage, penalties: list[Penalty]) -> list[Penalty]:
    """Return the terms written as bare numbers next to a stated one."""
    found: list[Penalty] = []
    starts = passage.term_starts
    taken = {p.span.start for p in penalties}
    for penalty in penalties:
        term = penalty.sentence.term
        single = term if isinstance(term, Term) else term.high if term else None
        if single is None or penalty.sentence.kind is Kind.BAN:
            continue
        unit = next(u for u in ("years", "months", "weeks", "days", "hours") if getattr(single, u))
        kind = penalty.sentence.kind
        # "к девяти и семи годам соответственно": bare numbers listed before the term
        lead = LIST_BEFORE.match(passage.text, max(0, penalty.span.start - 60), penalty.span.start)
        if lead is not None:
            for number in _BARE.finditer(passage.text, lead.start(), lead.end() + 1):
                found.extend(bare_term(passage, number, unit, kind, taken))
        # "Алиев приговорен к 9, Ализаде - к 8, Велиев - к 5 годам": elided terms before
        # it in its sentence, each going on to the next person
        before = bisect.bisect_left(starts, penalty.span.start) - 1
        since = max(
            passage.sentences.around(penalty.span.start)[0],
            starts[before] + 1 if before >= 0 else 0,
        )
        for number in passage.matches(_ELIDED, _ELIDED_HINT, since, penalty.span.start):
            if _LIST_GOES_ON.match(passage.text, number.end()):
                found.extend(bare_term(passage, number, unit, kind, taken))
        # "Иванов получил шесть лет, Петров — четыре": bare numbers after it, up to the next
        # term, within its sentence or the next short one
        index = bisect.bisect_left(starts, penalty.span.end)  # "колонии 12 лет": past its term
        stop = passage.sentences.around(max(penalty.span.end - 1, 0))[1]
        following = passage.sentences.around(stop)[1]
        if following - stop < 80:
            stop = following
        stop = min(stop, starts[index]) if index < len(starts) else stop
        for number in passage.matches(_ELIDED, _ELIDED_HINT, penalty.span.end, stop):
            found.extend(bare_term(passage, number, unit, kind, taken))
    return found


def bare_term(
    passage: Passage, number: regex.Match[str], unit: str, kind: Kind, taken: set[int]
) -> list[Penalty]:
    """The term a bare number states, in ``unit`` and of ``kind``; none at an offset ``taken``."""
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
    status = passage.status(start, end) or Status.IMPOSED
    conditional = _CONDITIONAL_AFTER.match(passage.text, end)
    if conditional is not None:  # "двое - по 2,5 условно": the elided term's own kind
        kind, end = Kind.SUSPENDED, conditional.end()
    return [Penalty(span=Span(start, end), sentence=Sentence(kind=kind, status=status, term=term))]
