"""Reading calendar dates: numeric dates, months, weekdays, years and day words."""

from __future__ import annotations

import datetime

import regex

from kzjustice._text import MATCH_REACH
from kzjustice.dates.heads import Heads, mention_start
from kzjustice.dates.periods import date_value
from kzjustice.dates.vocabulary import (
    AFTER_YEAR,
    DAY_WORDS,
    DETERMINERS,
    MAY_PREPOSITIONS,
    MONTHS,
    NAME_BEFORE,
    WEEKDAYS,
    WORD_BEFORE,
    YEAR_BEFORE,
    YEAR_PREPOSITIONS,
)
from kzjustice.models import DateValue, Granularity, Mod, Resolution


class CalendarHeads(Heads):
    """Heads that name a calendar date: numeric dates, months, weekdays, years, day words."""

    # numeric dates: day first unless the year leads
    def _nm(self, match: regex.Match[str], mod: Mod | None) -> DateValue | None:
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
        month = MONTHS[name]
        day_text = match["day"] or match["lday"]
        day = int(day_text.lower().rstrip("stndrh")) if day_text else None
        last_text = match["day2"] or match["lday2"]
        last = int(last_text.lower().rstrip("stndrh")) if last_text else None
        last_month = MONTHS[match["month2"].lower()] if match["month2"] else month
        rel = match["rel"]
        year = int(match["year"]) if match["year"] else None
        if day is None and year is None and mod is None and rel is None:
            before = WORD_BEFORE.match(self.text, max(0, match.start() - 20), match.start())
            word = before[1].lower() if before else ""
            if name == "may" and word not in MAY_PREPOSITIONS:
                return None  # "may" the verb, "Theresa May"
            if name not in MONTHS or (len(name) <= 4 and name not in ("may", "june", "july")):
                return None  # "Jan" alone may be a name
        granularity = Granularity.DAY if day else Granularity.MONTH
        if year is not None:
            resolution, ref = Resolution.STATED, None
        elif rel is not None and self.reference is not None:
            year = self._relative_month(month, rel.lower())
            resolution, ref = Resolution.RELATIVE, self.reference
        elif rel is not None:
            resolution, ref = Resolution.RELATIVE, None
        elif self.reference is not None:
            year = self._by_tense(mention_start(match), month, day)
            resolution, ref = Resolution.YEAR_INFERRED, self.reference
        else:
            resolution, ref = Resolution.STATED, None
        last_day = None
        if last is not None and year is not None:
            last_year = year + (1 if last_month < month else 0)
            try:
                last_day = datetime.date(last_year, last_month, last)
            except ValueError:
                return None
        return date_value(
            granularity,
            resolution,
            ref,
            mod=mod,
            year=year,
            month=month,
            day=day,
            last_day=last_day,
        )

    def _relative_month(self, month: int, rel: str) -> int:
        assert self.reference is not None
        ref = self.reference
        if rel == "last":  # the most recent such month strictly before the reference month
            return ref.year if month < ref.month else ref.year - 1
        if rel in ("next", "coming"):
            return ref.year if month > ref.month else ref.year + 1
        return ref.year

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
            if day is None:
                if (
                    (candidate.year, candidate.month) >= (ref.year, ref.month)
                    if future
                    else ((candidate.year, candidate.month) <= (ref.year, ref.month))
                ):
                    return year
            elif candidate >= ref if future else candidate <= ref:
                return year
        return ref.year

    def _weekday_head(self, match: regex.Match[str], mod: Mod | None) -> DateValue | None:
        weekday = WEEKDAYS[match["weekday_head"].lower()]
        rel = (match["rel"] or "").lower()
        resolution = Resolution.RELATIVE
        if self.reference is None:
            return date_value(Granularity.DAY, resolution, None, mod=mod, year=None)
        ref = self.reference
        if rel == "last":  # strictly before the reference
            day = ref - datetime.timedelta(days=(ref.weekday() - weekday) % 7 or 7)
        elif rel in ("next", "coming"):  # strictly after it
            day = ref + datetime.timedelta(days=(weekday - ref.weekday()) % 7 or 7)
        elif rel == "this":
            day = ref + datetime.timedelta(days=weekday - ref.weekday())
        elif self.future(mention_start(match)):  # a bare weekday: the reference day counts
            day = ref + datetime.timedelta(days=(weekday - ref.weekday()) % 7)
        else:
            day = ref - datetime.timedelta(days=(ref.weekday() - weekday) % 7)
        return date_value(
            Granularity.DAY, resolution, ref, mod=mod, year=day.year, month=day.month, day=day.day
        )

    def _year_head(self, match: regex.Match[str], mod: Mod | None) -> DateValue | None:
        fiscal = match["fiscal"] is not None  # a fiscal year need not be the calendar year
        if not (fiscal or mod or match["the_year"] or self._used_as_year(match)):
            return None
        year = int(match["year_head"])
        return date_value(
            Granularity.YEAR, Resolution.STATED, None, mod=Mod.APPROX if fiscal else mod, year=year
        )

    def _used_as_year(self, match: regex.Match[str]) -> bool:
        """Whether a bare four-digit number is a year: "in 2022", "2022's", "the 2022 riots"."""
        start = match.start()
        window = max(0, start - 24)
        before = WORD_BEFORE.match(self.text, window, start)
        word = before[1].lower() if before else ""
        follows = AFTER_YEAR.match(self.text, match.end(), match.end() + MATCH_REACH)
        if word in ("and", "to", "or") or self.text[start - 1 : start] == "-":
            # "2021 and 2022", "2009-2010"; not "from 12 to 2022 people"
            return YEAR_BEFORE.match(self.text, window, start) is not None
        if word in DETERMINERS:
            return follows is not None  # "the 2022 amendments", "his 2007 campaign"
        return word in YEAR_PREPOSITIONS or (follows is not None and follows[0] == "'s")

    def _day_word(self, match: regex.Match[str], mod: Mod | None) -> DateValue | None:
        if match["day_word"][0].isupper() and NAME_BEFORE.match(
            self.text, max(0, match.start() - 30), match.start()
        ):
            return None  # "she told Zhetysu Today": a masthead
        shift = DAY_WORDS[match["day_word"].lower()]
        shift += {"before": -1, "after": 1}.get((match["dayrel"] or "").lower(), 0)
        if self.reference is None:
            return date_value(Granularity.DAY, Resolution.RELATIVE, None, mod=mod, year=None)
        day = self.reference + datetime.timedelta(days=shift)
        return date_value(
            Granularity.DAY,
            Resolution.RELATIVE,
            self.reference,
            mod=mod,
            year=day.year,
            month=day.month,
            day=day.day,
        )
