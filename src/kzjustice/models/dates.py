"""A date's record: its bounds, its TIMEX3 value, its precision and how it was resolved."""

from __future__ import annotations

import calendar
import datetime
import enum
import functools
import re

from attrs import Attribute, field, frozen
from attrs.validators import instance_of, optional

from kzjustice.models.base import is_day, is_text


class Granularity(enum.Enum):
    """The precision a date is stated with."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    SEASON = "season"
    QUARTER = "quarter"
    YEAR = "year"
    DECADE = "decade"  # "the 1990s": 199
    CENTURY = "century"  # "the 20th century", "the 1800s": 19, 18
    REFERENCE = "reference"  # TIMEX3's PRESENT_REF, PAST_REF, FUTURE_REF: "now", "in the past"

    @property
    def conventional(self) -> bool:
        """Whether the conventions (section 2) name values of this precision.

        They name days, weeks, months, seasons, quarters and years; decades, centuries and
        TIMEX3's reference values ("now") are read by the grammar, but are no dates of an
        article's record.
        """
        return self not in (Granularity.DECADE, Granularity.CENTURY, Granularity.REFERENCE)


class Mod(enum.Enum):
    """TIMEX3 modifier: which part of the period is meant."""

    START = "START"  # early, the beginning of
    MID = "MID"  # mid-, the middle of
    END = "END"  # late, the end of
    APPROX = "APPROX"  # around, about


class Resolution(enum.Enum):
    """How a date's value was arrived at."""

    STATED = "stated"  # the value holds only what the text states ("March 23, 2023")
    YEAR_INFERRED = "year_inferred"  # month (and day) stated, the year from the reference
    RELATIVE = "relative"  # counted from the reference: "last April", "two weeks ago"


_GRANULARITY_GROUPS = (
    ("day", Granularity.DAY),
    ("month", Granularity.MONTH),
    ("quarter", Granularity.QUARTER),
    ("season", Granularity.SEASON),
    ("week", Granularity.WEEK),
    ("decade", Granularity.DECADE),
    ("century", Granularity.CENTURY),
    ("reference", Granularity.REFERENCE),
)

_TIMEX_VALUE = re.compile(
    r"""(?: (?P<year>\d{4}|XXXX)                              # the year, or XXXX when unknown
            (?: -(?P<month>\d\d|XX)(?:-(?P<day>\d\d|XX))?    # 2023-03-23, XXXX-06-11
              | -Q(?P<quarter>[1-4X]) | -(?P<season>SP|SU|FA|WI)  # quarter, season
              | -W(?P<week>\d\d|XX) )?                     # ISO week: 2023-W12, XXXX-WXX
          | (?P<decade>\d{3}) | (?P<century>\d\d)             # the 1990s: 199; 20th century: 19
          | (?P<reference>PRESENT_REF|PAST_REF|FUTURE_REF) )\Z  # "now", "in the past"
    """,
    re.ASCII | re.VERBOSE,
)


@functools.lru_cache(maxsize=1024)  # a text names the same few dates again and again
def _timex_problem(value: str) -> str | None:
    """What makes ``value`` no TIMEX3 date value, or no day of the calendar; None if nothing."""
    match = _TIMEX_VALUE.match(value)
    if match is None:
        return f"not a TIMEX3 date value: {value!r}"
    if match["year"] is None:  # a decade, a century or a reference value: no calendar parts
        return None
    year = None if match["year"] == "XXXX" else int(match["year"])
    if year == 0:
        return f"no year 0 in the calendar: {value!r}"
    month = None if match["month"] in (None, "XX") else int(match["month"])
    day = None if match["day"] in (None, "XX") else int(match["day"])
    if month is not None and not 1 <= month <= 12:
        return f"no month {month} in {value!r}"
    if day is not None:
        last = calendar.monthrange(year or 2000, month)[1] if month else 31  # 2000: a leap year
        if not 1 <= day <= last:
            return f"no day {day} in {value!r}"
    if match["week"] not in (None, "XX"):
        week = int(match["week"])
        weeks = datetime.date(year, 12, 28).isocalendar()[1] if year else 53
        if not 1 <= week <= weeks:
            return f"no week {week} in {value!r}"
    return None


def _granularity_of(value: str) -> Granularity | None:
    """The granularity the shape of ``value`` has; None for no TIMEX3 value."""
    match = _TIMEX_VALUE.match(value)
    if match is None:
        return None
    for group, granularity in _GRANULARITY_GROUPS:
        if match[group] is not None:
            return granularity
    return Granularity.YEAR


@frozen(kw_only=True)
class DateValue:
    """A calendar date as precise as the text makes it, TIMEX3 style.

    ``value`` is ``2023-03-23``, ``2023-03``, ``2023``, ``2022-Q4``, ``2022-SU``, ``2023-W12``;
    a part the text leaves unknown is written with X: ``XXXX-06-11`` ("June 11" with no
    reference date), ``XXXX-WXX`` ("this week" with none). Beyond the values of the
    conventions, TIMEX3's decades (``199``, "the 1990s"), centuries (``19``, "the 20th
    century") and reference values (``PRESENT_REF``, ``PAST_REF``, ``FUTURE_REF``: "now", "in
    the past", "in the future"); a reference value names no period, and has no bounds.
    ``earliest``/``latest`` bound the period where the year is known: both days of a day
    range, the convention of ``docs/dates.md`` for a ``mod``.

    Attributes:
        value: the TIMEX3 value; every stated part exists in the calendar.
        granularity: the precision, which the value's shape agrees with.
        resolution: how the value was arrived at: stated, year inferred, or relative.
        mod: "early", "mid-", "late" or "around"; none for most dates.
        earliest: the first day of the period meant; none when the year is unknown, and for a
            reference value.
        latest: the last day of the period meant; none whenever earliest is.
        reference: the date a value not stated in full was resolved against; none otherwise.
    """

    value: str = field(validator=is_text)
    granularity: Granularity = field(validator=instance_of(Granularity))
    resolution: Resolution = field(validator=instance_of(Resolution))
    mod: Mod | None = field(default=None, validator=optional(instance_of(Mod)))
    earliest: datetime.date | None = field(default=None, validator=optional(is_day))
    latest: datetime.date | None = field(default=None, validator=optional(is_day))
    reference: datetime.date | None = field(default=None, validator=optional(is_day))

    @value.validator
    def _timex(self, _attribute: Attribute[str], value: str) -> None:
        problem = _timex_problem(value)
        if problem:
            raise ValueError(problem)

    @granularity.validator
    def _agrees_with_value(self, _attribute: Attribute[Granularity], value: Granularity) -> None:
        # the value's own validator, run before this one, has refused a value in no calendar
        shape = _granularity_of(self.value)
        if shape is not None and shape is not value:
            raise ValueError(f"{self.value!r} is no date of granularity {value.value!r}")

    def __attrs_post_init__(self) -> None:
        if (self.earliest is None) != (self.latest is None):
            raise ValueError("earliest and latest are given together or not at all")
        if self.earliest is not None and self.latest is not None and self.earliest > self.latest:
            raise ValueError(f"earliest {self.earliest} is after latest {self.latest}")
        if self.value.startswith("XXXX") and self.earliest is not None:
            raise ValueError("a date with an unknown year has no bounds")
        if self.granularity is Granularity.REFERENCE and self.earliest is not None:
            raise ValueError(f"{self.value} names no period of the calendar: it has no bounds")
