"""Reading Russian periods and dates by distance: units, quarters, seasons, "назад"."""

from __future__ import annotations

import datetime

import regex
from dateutil.relativedelta import relativedelta

from kzjustice.dates.periods import SEASON_ORDER, date_value, season_of
from kzjustice.models import DateValue, Granularity, Mod, Resolution
from kzjustice.ru.dates.heads import Heads, mention_span
from kzjustice.ru.dates.vocabulary import ONE_UNITS, QUARTERS, RELATIVE, SEASON_ADVERBS, SEASONS
from kzjustice.ru.numbers import to_number


class PeriodHeads(Heads):
    """Heads that name a period, or a date by its distance: units, quarters, seasons, "назад"."""

    def _unit_head(self, match: regex.Match[str], mod: Mod | None) -> DateValue | None:
        unit = match["unit_head"].lower()[:3]  # "год", "мес", "нед"
        rel = (match["rel"] or "").lower()
        if not rel and (mod is None or mod is Mod.APPROX):
            return None  # "года" alone only as "в конце года"
        shift = RELATIVE.get(rel, 0)
        ref = self.reference
        granularity = {"год": Granularity.YEAR, "мес": Granularity.MONTH}.get(
            unit, Granularity.WEEK
        )
        if ref is None:
            return date_value(granularity, Resolution.RELATIVE, None, mod=mod, year=None)
        if unit == "год":
            return date_value(granularity, Resolution.RELATIVE, ref, mod=mod, year=ref.year + shift)
        if unit == "мес":
            first = ref.replace(day=1) + relativedelta(months=shift)
            return date_value(
                granularity, Resolution.RELATIVE, ref, mod=mod, year=first.year, month=first.month
            )
        iso = (ref + datetime.timedelta(weeks=shift)).isocalendar()
        return date_value(
            granularity, Resolution.RELATIVE, ref, mod=mod, year=iso.year, part=f"{iso.week:02d}"
        )

    def _quarter_head(self, match: regex.Match[str], mod: Mod | None) -> DateValue | None:
        ref = self.reference
        year, relative = self._year_of(match)
        if match["ordinal"]:
            quarter = QUARTERS[match["ordinal"].lower()]
            if year is None and not relative:
                year = ref.year if ref else None
                relative = True
            resolution = Resolution.RELATIVE if relative else Resolution.STATED
            return date_value(
                Granularity.QUARTER, resolution, ref if relative else None, mod=mod, year=year,
                part=str(quarter),
            )  # fmt: skip
        if ref is None:
            return date_value(Granularity.QUARTER, Resolution.RELATIVE, None, mod=mod, year=None)
        index = ref.year * 4 + (ref.month - 1) // 3 + RELATIVE[match["rel"].lower()]
        return date_value(
            Granularity.QUARTER, Resolution.RELATIVE, ref, mod=mod, year=index // 4,
            part=str(index % 4 + 1),
        )  # fmt: skip

    def _season_head(self, match: regex.Match[str], mod: Mod | None) -> DateValue | None:
        name = match["season_head"].lower()
        season = SEASONS[name]
        rel = (match["rel"] or "").lower()
        year, relative = self._year_of(match)
        ref = self.reference
        if year is not None or relative:
            resolution = Resolution.RELATIVE if relative else Resolution.STATED
            return date_value(
                Granularity.SEASON, resolution, ref if relative else None, mod=mod, year=year,
                part=season,
            )  # fmt: skip
        if not rel and name not in SEASON_ADVERBS and mod is None:
            return None  # "лето" alone is no date: "лето выдалось жарким"
        if ref is None:
            resolution = Resolution.RELATIVE if rel else Resolution.STATED
            return date_value(Granularity.SEASON, resolution, None, mod=mod, year=None, part=season)
        ref_year, ref_season = season_of(ref)
        here = ref_year * 4 + SEASON_ORDER.index(ref_season)
        target = SEASON_ORDER.index(season)
        shift = RELATIVE.get(rel)
        if shift is not None and shift < 0:
            index = max(i for i in range(here - 4, here) if i % 4 == target)
        elif shift is not None and shift > 0:
            index = min(i for i in range(here + 1, here + 5) if i % 4 == target)
        elif shift == 0:
            index = ref_year * 4 + target if ref_season != "WI" or season == "WI" else here
        elif self.future(mention_span(match).start):
            index = min(i for i in range(here, here + 4) if i % 4 == target)
        else:
            index = max(i for i in range(here - 3, here + 1) if i % 4 == target)
        resolution = Resolution.RELATIVE if rel else Resolution.YEAR_INFERRED
        return date_value(
            Granularity.SEASON, resolution, ref, mod=mod, year=index // 4,
            part=SEASON_ORDER[index % 4],
        )  # fmt: skip

    def _ago_head(self, match: regex.Match[str], mod: Mod | None) -> DateValue | None:
        unit = match["ago_unit"].lower()
        if not match["count"] and unit not in ONE_UNITS:
            return None  # "несколько лет назад": no count
        count = to_number(match["count"]) if match["count"] else 1.0
        if unit == "полгода":
            if match["count"]:
                return None
            count, unit = 6.0, "месяц"
        if count is None or count != int(count) or count > 1000:
            return None
        n = int(count)
        if unit.startswith(("лет", "год")):
            granularity, delta = Granularity.YEAR, relativedelta(years=n)
        elif unit.startswith("мес"):
            granularity, delta = Granularity.MONTH, relativedelta(months=n)
        elif unit.startswith("нед"):
            granularity, delta = Granularity.DAY, relativedelta(weeks=n)
        else:
            granularity, delta = Granularity.DAY, relativedelta(days=n)
        ref = self.reference
        if ref is None:
            return date_value(granularity, Resolution.RELATIVE, None, mod=mod, year=None)
        then = ref - delta
        return date_value(
            granularity, Resolution.RELATIVE, ref, mod=mod, year=then.year, month=then.month,
            day=then.day,
        )  # fmt: skip
