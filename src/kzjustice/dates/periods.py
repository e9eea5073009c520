"""Date values and their bounds: month ends, seasons, and narrowing a period by a modifier."""

from __future__ import annotations

import calendar
import datetime
from types import MappingProxyType

from dateutil.relativedelta import relativedelta

from kzjustice.models import DateValue, Granularity, Mod, Resolution


def _month_end(year: int, month: int) -> datetime.date:
    return datetime.date(year, month, calendar.monthrange(year, month)[1])


def _season_bounds(year: int, season: str) -> tuple[datetime.date, datetime.date]:
    """Meteorological seasons; a winter belongs to the year of its December."""
    if season == "WI":
        return datetime.date(year, 12, 1), _month_end(year + 1, 2)
    first = {"SP": 3, "SU": 6, "FA": 9}[season]
    return datetime.date(year, first, 1), _month_end(year, first + 2)


def season_of(day: datetime.date) -> tuple[int, str]:
    """The year and season a day falls in; a winter is its December's: January 2022 is in 2021's."""
    if day.month == 12:
        return day.year, "WI"
    if day.month <= 2:
        return day.year - 1, "WI"
    return day.year, ["SP", "SU", "FA"][(day.month - 3) // 3]


SEASON_ORDER = ("SP", "SU", "FA", "WI")

_YEARS_THIRDS = MappingProxyType({
    Granularity.DECADE: ((0, 3), (4, 6), (7, 9)),  # the early, mid- and late 1990s
    Granularity.CENTURY: ((0, 33), (34, 66), (67, 99)),
})  # fmt: skip


def _narrow(
    granularity: Granularity, mod: Mod | None, earliest: datetime.date, latest: datetime.date
) -> tuple[datetime.date, datetime.date]:
    """Narrow a period's bounds to the third a START, MID or END modifier means."""
    if mod is None or mod is Mod.APPROX or granularity is Granularity.DAY:
        return earliest, latest
    third = [Mod.START, Mod.MID, Mod.END].index(mod)
    if granularity in _YEARS_THIRDS:  # a decade or a century: its first, middle or last years
        first_year, last_year = _YEARS_THIRDS[granularity][third]
        return (
            datetime.date(earliest.year + first_year, 1, 1),
            datetime.date(earliest.year + last_year, 12, 31),
        )
    if granularity is Granularity.YEAR:
        first = datetime.date(earliest.year, 1 + 4 * third, 1)
        return first, _month_end(first.year, first.month + 3)
    if granularity is Granularity.MONTH:
        start_day, end_day = [(1, 10), (11, 20), (21, latest.day)][third]
        return earliest.replace(day=start_day), earliest.replace(day=end_day)
    if granularity is Granularity.WEEK:
        start_day, end_day = [(0, 1), (2, 4), (5, 6)][third]
        return earliest + datetime.timedelta(start_day), earliest + datetime.timedelta(end_day)
    first = earliest + relativedelta(months=third)  # a quarter or a season: one of its months
    return first, _month_end(first.year, first.month)


def date_value(
    granularity: Granularity,
    resolution: Resolution,
    reference: datetime.date | None,
    *,
    mod: Mod | None,
    year: int | None,
    month: int | None = None,
    day: int | None = None,
    last_day: datetime.date | None = None,
    part: str | None = None,
) -> DateValue | None:
    """Build a DateValue; None when the parts name no real day ("February 30").

    A decade or a century is given by its first year (1990, 1900), a reference value as its
    ``part``.
    """
    if granularity is Granularity.REFERENCE:
        return DateValue(value=part or "", granularity=granularity, resolution=resolution)
    known = year is not None
    y = f"{year:04d}" if known else "XXXX"
    earliest = latest = None
    try:
        if granularity is Granularity.DAY:
            value = f"{y}-{month:02d}-{day:02d}" if month and day else f"{y}-XX-XX"
            if known and month and day:
                earliest = latest = datetime.date(year, month, day)  # type: ignore[arg-type]
                latest = last_day or latest
                if latest < earliest:
                    return None
            elif month and day:
                datetime.date(2000, month, day)  # any leap year: is the day real at all?
        elif granularity is Granularity.MONTH:
            value = f"{y}-{month:02d}" if month else f"{y}-XX"
            if known and month:
                earliest, latest = datetime.date(year, month, 1), _month_end(year, month)  # type: ignore[arg-type]
        elif granularity is Granularity.YEAR:
            value = y
            if known:
                earliest, latest = datetime.date(year, 1, 1), datetime.date(year, 12, 31)  # type: ignore[arg-type]
        elif granularity in _YEARS_THIRDS:  # a decade or a century, by its first year
            decade = granularity is Granularity.DECADE
            value = y[: 3 if decade else 2]
            if year is not None:
                last = year + (9 if decade else 99)
                earliest, latest = datetime.date(max(1, year), 1, 1), datetime.date(last, 12, 31)
        elif granularity is Granularity.QUARTER:
            value = f"{y}-Q{part or 'X'}"
            if known and part:
                first = 3 * int(part) - 2
                earliest, latest = datetime.date(year, first, 1), _month_end(year, first + 2)  # type: ignore[arg-type]
        elif granularity is Granularity.SEASON:
            value = f"{y}-{part}"
            if known and part:
                earliest, latest = _season_bounds(year, part)  # type: ignore[arg-type]
        else:  # a week
            value = f"{y}-W{part or 'XX'}"
            if known and part:
                earliest = datetime.date.fromisocalendar(year, int(part), 1)  # type: ignore[arg-type]
                latest = earliest + datetime.timedelta(days=6)
    except ValueError:
        return None
    if earliest is not None and latest is not None:
        earliest, latest = _narrow(granularity, mod, earliest, latest)
    return DateValue(
        value=value,
        granularity=granularity,
        resolution=resolution,
        mod=mod,
        earliest=earliest,
        latest=latest,
        reference=None if resolution is Resolution.STATED else reference,
    )
