"""Calendar dates in English news prose, with their precision, modifier and resolution.

Supported forms, each with an example (``docs/dates.md`` has the full table):

- full dates in every common order: "April 4, 2023", "4 April 2023", "Apr. 4", "Jan 5th",
  "the 5th of January 2022", "March 3rd, 2021", "Thursday, August 31, 2023";
- numeric dates, day first unless the year leads: "05.01.2022", "25/01/2022", "2022-01-05",
  "2023/03/17";
- months and years: "January 2022", "Jan. 2022", "February of 2023", "in 2022", "since 2019",
  "the 2022 amendments", "2022's unrest", "the year 2020", "1957-58" (two years);
- fiscal years, APPROX: "this fiscal year", "fiscal 2021", "the 2022 fiscal year";
- day ranges, valued at their first day: "January 4-5, 2022", "4-7 January 2022", "10 to 14
  April 2023", "May 30 to June 2, 2023";
- parts of periods: "early 2022", "mid-March", "late September 2021", "the beginning of June",
  "the end of the year", "around May 10", "the first few days of January 2022";
- seasons, quarters and ISO weeks: "the summer of 2022", "autumn 2021", "last winter", "the
  fourth quarter of 2022", "Q1 2023", "the previous quarter", "week 12 of 2023";
- relative expressions: "yesterday", "the day before yesterday", "last Tuesday", "next
  Monday", "on Friday", "last April", "this year", "next month", "last week", "the last
  week", "two weeks ago", "18 months ago", "late last year", "early last month";
- a month and day without a year, a month alone and a weekday, resolved by the tense of their
  clause (CONVENTIONS section 2);
- beyond the values of CONVENTIONS section 2, TIMEX3's decades and centuries, with their
  bounds: "the 1990s", "the early 1990s", "the mid-2000s" (decades: ``199``, ``200``); "the
  20th century", "the twentieth century", "20th-century", "the 1800s" (centuries: ``19``,
  ``18``);
- and TIMEX3's reference values, which name no period: "now", "currently", "nowadays", "at
  present", "at the moment", "these days" (``PRESENT_REF``); "in the past", "in the recent
  past", "formerly", "recently" (``PAST_REF``); "in the future", "in the near future", "for
  the foreseeable future" (``FUTURE_REF``). Not these: "the past three years", "the past
  decade" (lengths of time), "now-defunct", "now that", "now and then", "the future of",
  "these days of", "at the moment of".

Out of scope: times of day, durations ("for 48 hours", "within 15 days"), ages, decades
without their century ("the '90s", "the nineties"), "at the time" (the time the text is
telling of), weekends, dates anchored on an event ("the day after the protests"), and
two-digit years ("05.01.22"), save the second of a range of years ("1957-58").

``vocabulary`` holds the words and the one pattern every date is matched with; each match is
read by its head, in ``calendar_heads`` (numeric dates, months, weekdays, years, day words) or
``period_heads`` (units, quarters, weeks, seasons, decades, references, "ago"), into a value
``periods`` bounds.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable

import attrs
import regex

from kzjustice._text import MATCH_REACH, compile_lazily, lowercase, normalise
from kzjustice.dates.calendar_heads import CalendarHeads
from kzjustice.dates.heads import mention_start
from kzjustice.dates.period_heads import PeriodHeads
from kzjustice.dates.periods import date_value
from kzjustice.dates.vocabulary import (
    CAPITALISED_WORD,
    LOWER_TRIGGERS,
    MODS,
    NAMED_FORMS,
    PATTERN,
    SHORT_YEAR,
    YEAR,
)
from kzjustice.models import DateValue, Found, Granularity, Mod, Resolution, Span

__all__ = ["find_dates", "parse_date"]


@attrs.frozen
class _Read:
    """A date read from a match, before it becomes a record."""

    value: DateValue
    span: Span


class _Reader(CalendarHeads, PeriodHeads):
    """Reads matches in one text against one reference date."""

    def read(self, match: regex.Match[str]) -> DateValue | None:
        """Turn a match into a value, or None when the match is not a date after all."""
        mod = None
        if match["mod"] is not None:
            words = match["mod"].lower().replace("-", " ").split()
            mod = next((MODS[word] for word in words if word in MODS), None)
        for head in _HEADS:
            if match[head] is not None:
                read: Callable[[regex.Match[str], Mod | None], DateValue | None]
                read = getattr(self, "_" + head)
                return read(match, mod)
        return None  # pragma: no cover - every alternative names a head


_HEADS = (  # the group that names each alternative of PATTERN, the commonest first
    "month",
    "year_head",
    "ref_head",
    "ago_head",
    "unit_head",
    "weekday_head",
    "nm",
    "iy",
    "day_word",
    "season_head",
    "quarter_head",
    "q_head",
    "week_head",
    "decade_head",
    "century_head",
)


def _short_year(first: int, digits: str) -> DateValue | None:
    """The second year of "1957-58", in the century of the first; "1999-00" ends in 2000."""
    year = first - first % 100 + int(digits)
    year += 100 if year <= first else 0
    if year - first > 20:
        return None  # "1957-99" is no range of years
    return date_value(Granularity.YEAR, Resolution.STATED, None, mod=None, year=year)


def _scan(text: str, reference: datetime.date | None) -> list[_Read]:
    normal = normalise(text)
    lower = lowercase(normal)
    reader = _Reader(normal, reference)
    found: list[_Read] = []
    end = 0
    starts = sorted(
        {m.start() for m in CAPITALISED_WORD.finditer(normal) if m[0] in NAMED_FORMS}
        | {
            m.start()
            for word, trigger in LOWER_TRIGGERS
            if word in lower
            for m in trigger.finditer(lower)
        }
    )
    for start in starts:
        if start < end:
            continue
        match = PATTERN.match(normal, start, start + MATCH_REACH)
        if match is None:
            continue
        first = mention_start(match)
        if first < end:
            continue
        value = reader.read(match)
        if value is None:
            continue
        end = match.end()
        found.append(_Read(value=value, span=Span(first, end)))
        if normal.startswith("-", end) and match["year_head"]:  # "58" of "in 1957-58"
            short = SHORT_YEAR.match(normal, end)
            second = _short_year(int(match["year_head"]), short["short"]) if short else None
            if short is not None and second is not None:
                found.append(_Read(value=second, span=Span(*short.span("short"))))
                end = short.end()
    return found


def find_dates(
    text: str, *, reference: datetime.date | None = None
) -> tuple[Found[DateValue], ...]:
    """Return every calendar date expression in ``text``, in order, resolved against ``reference``.

    >>> [(f.text, f.value.value) for f in find_dates(
    ...     "He crossed the border on March 23; the verdict is expected on May 2.",
    ...     reference=datetime.date(2023, 4, 4))]
    [('March 23', '2023-03-23'), ('May 2', '2023-05-02')]
    >>> find_dates("He was fired last April.")[0].value.value
    'XXXX-04'
    """
    return tuple(
        Found(value=read.value, span=read.span, text=text[read.span.start : read.span.end])
        for read in _scan(text, reference)
    )


_YEAR_ALONE = compile_lazily(YEAR, regex.VERBOSE)
_PREPOSITION = compile_lazily(
    r"\A \s* (?: (?: on | in | into | at | by | for | since | from | of ) \s+ )?",
    regex.VERBOSE | regex.I,
)


def parse_date(text: str, *, reference: datetime.date | None = None) -> DateValue | None:
    """Read a string that should hold exactly one date (a leading preposition allowed).

    >>> parse_date("the fourth quarter of 2022").value
    '2022-Q4'
    >>> parse_date("on 05.01.2022").value
    '2022-01-05'
    >>> parse_date("March 23 and May 2") is None
    True
    """
    start = _PREPOSITION.match(text)
    begin = start.end() if start else 0
    end = len(text.rstrip())
    year = _YEAR_ALONE.fullmatch(text, begin, end)
    if year is not None:  # a string that is only a year is one
        return date_value(Granularity.YEAR, Resolution.STATED, None, mod=None, year=int(year[0]))
    found = _scan(text, reference)
    if len(found) != 1 or found[0].span != Span(begin, end):
        return None
    return found[0].value
