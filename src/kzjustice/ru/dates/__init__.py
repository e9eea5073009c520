"""Calendar dates in Russian news prose, with their precision, modifier and resolution.

Supported forms, each with an example (``docs/russian.md`` has the full table):

- full dates: "5 января 2022 года", "5 января 2022 г.", "5-го января", "пятого января 2022
  года", "понедельник, 5 января", "1 марта 2021-го";
- numeric dates, day first unless the year leads: "05.01.2022", "5.1.2022 г.", "2022-01-05";
- day ranges, valued at their first day: "4-7 января 2022 года", "с 4 по 7 января", "с 30 мая
  по 2 июня 2023 года";
- months and years: "январь 2022 года", "в январе", "в марте 2021 г.", "в 2022 году", "2022
  год", "с 2019 года", "в 2022-м", "в 2021-2022 годах" (two years);
- parts of periods: "в начале марта", "в середине 2021 года", "в конце 2020 г.", "к концу
  года", "в первых числах мая", "около 10 мая";
- seasons and quarters: "летом 2022 года", "прошлой зимой", "этим летом", "в конце лета",
  "осенью прошлого года", "в четвертом квартале 2022 года", "в I квартале", "в прошлом
  квартале";
- relative expressions: "сегодня", "вчера", "позавчера", "завтра", "в понедельник", "во
  вторник", "в прошлую пятницу", "в следующий вторник", "в прошлом году", "в этом году", "в
  текущем году", "в позапрошлом году", "в прошлом месяце", "на прошлой неделе", "в конце
  прошлого года", "в январе прошлого года", "два года назад", "год назад", "полгода назад";
- a day and month without a year, a month alone and a weekday, resolved by the tense of their
  clause (CONVENTIONS section 2), with the future cues "будет", "огласят", "назначено на",
  "планируется", "состоится", "предстоит", "отложил до" and the like; a cue after the date in
  its clause counts too, as Russian often puts the date first ("В пятницу суд огласит
  приговор").

A mention keeps the word for the year ("2022 года", "2022 г.") and leaves out a preposition
("в", "с", "к"); a modifier stays ("начале марта", "конце прошлого года").

Out of scope, as in English: times of day, durations ("в течение 15 дней"), ages, decades and
centuries ("90-е годы"), dates anchored on an event ("накануне"), two-digit years, and years
in words.

``vocabulary`` holds the words and the one pattern every date is matched with; each match is
read by its head, in ``calendar_heads`` (numeric dates, months, weekdays, years, day words) or
``period_heads`` (units, quarters, seasons, "назад"), as the English grammar's are.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable

import attrs
import regex

from kzjustice._text import MATCH_REACH, compile_lazily, lowercase, normalise
from kzjustice.models import DateValue, Found, Mod, Span
from kzjustice.ru.dates.calendar_heads import CalendarHeads
from kzjustice.ru.dates.heads import mention_span
from kzjustice.ru.dates.period_heads import PeriodHeads
from kzjustice.ru.dates.vocabulary import HEAD, MODS, NUMERIC, PATTERN, PLACING_WORDS, UNIT

__all__ = ["find_dates", "parse_date"]


def _starts(lower: str) -> list[int]:
    """Where an expression can start in a lower-cased text, in order."""
    starts = {m.start() for m in HEAD.finditer(lower)}
    starts.update(m.start() for m in NUMERIC.finditer(lower))
    for unit in UNIT.finditer(lower):
        before = lower[max(0, unit.start() - 24) : unit.start()].split()
        if before and before[-1] in PLACING_WORDS:
            starts.add(unit.start())
    return sorted(starts)


@attrs.frozen
class _Read:
    value: DateValue
    span: Span


class _Reader(CalendarHeads, PeriodHeads):
    """Reads matches in one text against one reference date."""

    def read(self, match: regex.Match[str]) -> DateValue | None:
        """Turn a match into a value, or None when the match is not a date after all."""
        words = (match["mod"] or "").lower().split()
        mod = next((MODS[word] for word in words if word in MODS), None)
        for head in _HEADS:
            if match[head] is not None:
                read: Callable[[regex.Match[str], Mod | None], DateValue | None]
                read = getattr(self, "_" + head)
                return read(match, mod)
        return None  # pragma: no cover - every alternative names a head


_HEADS = (
    "month", "year_head", "unit_head", "weekday_head", "nd", "iy", "day_word", "ago_head",
    "season_head", "quarter_head",
)  # fmt: skip


def _scan(text: str, reference: datetime.date | None) -> list[_Read]:
    normal = normalise(text)
    reader = _Reader(normal, reference)
    lower = lowercase(normal)
    starts = _starts(lower)
    found: list[_Read] = []
    end = 0
    for start in starts:
        if start < end:
            continue
        match = PATTERN.match(normal, start, start + MATCH_REACH)
        if match is None:
            continue
        span = mention_span(match)
        if span.start < end:
            continue
        value = reader.read(match)
        if value is None and match["month"] is None:
            continue
        end = span.end  # a day that is no date ("31 февраля 2022 года") gives none of its parts
        if value is not None:
            found.append(_Read(value=value, span=span))
    return found


def find_dates(
    text: str, *, reference: datetime.date | None = None
) -> tuple[Found[DateValue], ...]:
    """Return every calendar date expression in ``text``, in order, resolved against ``reference``.

    >>> [(f.text, f.value.value) for f in find_dates(
    ...     "Задержан 23 марта, приговор огласят 2 мая.", reference=datetime.date(2023, 4, 4))]
    [('23 марта', '2023-03-23'), ('2 мая', '2023-05-02')]
    >>> find_dates("в начале 2022 года")[0].value.mod.value
    'START'
    """
    return tuple(
        Found(value=read.value, span=read.span, text=text[read.span.start : read.span.end])
        for read in _scan(text, reference)
    )


_PREPOSITION = compile_lazily(
    r"\A \s* (?: (?: в | во | на | с | со | к | ко | от | до | по ) \s+ )?",
    regex.VERBOSE | regex.IGNORECASE,
)


def parse_date(text: str, *, reference: datetime.date | None = None) -> DateValue | None:
    """Read a string that should hold exactly one date (a leading preposition allowed).

    >>> parse_date("в четвертом квартале 2022 года").value
    '2022-Q4'
    >>> parse_date("5 января 2022 года").value
    '2022-01-05'
    >>> parse_date("5 января и 7 марта") is None
    True
    """
    start = _PREPOSITION.match(text)
    begin = start.end() if start else 0
    end = len(text.rstrip())
    found = _scan(text, reference)
    if len(found) != 1 or found[0].span != Span(begin, end):
        return None
    return found[0].value
