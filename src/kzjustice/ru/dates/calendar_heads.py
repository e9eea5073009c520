"""Reading Russian calendar dates: numeric dates, months, weekdays, years and day words."""

from __future__ import annotations

import datetime

import regex

from kzjustice.dates.periods import date_value
from kzjustice.models import DateValue, Granularity, Mod, Resolution
from kzjustice.ru.dates.heads import Heads, day_number, mention_span
from kzjustice.ru.dates.vocabulary import DAY_WORDS, MONTH_ABBREVIATIONS, MONTHS, RELATIVE, WEEKDAYS


class CalendarHeads(Heads):
    """Heads that name a calendar date: numeric dates, months, weekdays, years, day words."""

    def _nd(self, match: regex.Match[str], mod: Mod | None) -> DateValue | None:
        year, month, day = int(match["ny"]), int(match["nm"]), int(match["nd"])
        return date_value(
            Granularity.DAY, Resolution.STATED, None, mod=mod, year=year, month=month, day=day
        )

    def _iy(self, match: regex.Match[str], mod: Mod | None) -> DateValue | None:
        year, month, day = int(match["iy"]), int(match["im"]), int(match["id"])
        return date_value(
            Granularity.DAY, Resolution.STATED, None, mod=mod, year=year, month=month, day=day
        )

    def _month(self, match: regex.Match[str], mod: Mod | None) -> DateValue | None:
        name = match["month"].lower()
        month = MONTHS.get(name) or MONTH_ABBREVIATIONS[name]
        day = day_number(match["lday"])
        if match["lday"] and day is None:
            return None
        last = day_number(match["day2"] or match["lday2"])
        last_month = MONTHS[match["month2"].lower()] if match["month2"] else month
        year, relative = self._year_of(match)
        granularity = Granularity.DAY if day else Granularity.MONTH
        if year is not None or relative:
            resolution = Resolution.RELATIVE if relative else Resolution.STATED
            ref = self.reference if relative else None
        elif self.reference is not None:
            year = self._by_tense(mention_span(match).start, month, day)
            resolution, ref = Resolution.YEAR_INFERRED, self.reference
        else:
            resolution, ref = Resolution.STATED, None
        last_day = None
        if last is not None and year is not None:
            try:
                last_day = datetime.date(year + (last_month < month), last_month, last)
            except ValueError:
                return None
        return date_value(
            granularity, resolution, ref, mod=mod, year=year, month=month, day=day,
            last_day=last_day,
        )  # fmt: skip

    def _by_tense(self, start: int, month: int, day: int | None) -> int:
        """The year of a month (and day) without one, by the tense of its clause."""
        assert self.reference is not None
        ref = self.reference
        future = self.future(start)
        step = 1 if future else -1
        for year in range(ref.year, ref.year + 9 * step, step):
            try:
                candidate = datetime.date(year, month, day or 1)
            except ValueError:
                continue  # February 29 outside a leap year
            here, there = (candidate.year, candidate.month), (ref.year, ref.month)
            if day is None and (here >= there if future else here <= there):
                return year
            if day is not None and (candidate >= ref if future else candidate <= ref):
                return year
        return ref.year

    def _weekday_head(self, match: regex.Match[str], mod: Mod | None) -> DateValue | None:
        weekday = WEEKDAYS[match["weekday_head"].lower()]
        shift = RELATIVE.get((match["rel"] or "").lower())
        if self.reference is None:
            return date_value(Granularity.DAY, Resolution.RELATIVE, None, mod=mod, year=None)
        ref = self.reference
        if shift == -1:  # strictly before the reference
            day = ref - datetime.timedelta(days=(ref.weekday() - weekday) % 7 or 7)
        elif shift == 1:  # strictly after it
            day = ref + datetime.timedelta(days=(weekday - ref.weekday()) % 7 or 7)
        elif shift == 0:  # "в эту пятницу": the reference week
            day = ref + datetime.timedelta(days=weekday - ref.weekday())
        elif self.future(mention_span(match).start):  # a bare weekday: the reference day counts
            day = ref + datetime.timedelta(days=(weekday - ref.weekday()) % 7)
        else:
            day = ref - datetime.timedelta(days=(ref.weekday() - weekday) % 7)
        return date_value(
            Granularity.DAY, Resolution.RELATIVE, ref, mod=mod, year=day.year, month=day.month,
            day=day.day,
        )  # fmt: skip

    def _year_head(self, match: regex.Match[str], mod: Mod | None) -> DateValue | None:
        return date_value(
            Granularity.YEAR, Resolution.STATED, None, mod=mod, year=int(match["year_head"])
        )

    def _day_word(self, match: regex.Match[str], mod: Mod | None) -> DateValue | None:
        shift = DAY_WORDS[match["day_word"].lower()]
        if self.reference is None:
            return date_value(Granularity.DAY, Resolution.RELATIVE, None, mod=mod, year=None)
        day = self.reference + datetime.timedelta(days=shift)
        return date_value(
            Granularity.DAY, Resolution.RELATIVE, self.reference, mod=mod, year=day.year,
            month=day.month, day=day.day,
        )  # fmt: skip
