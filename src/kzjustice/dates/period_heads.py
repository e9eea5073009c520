"""Reading periods and dates by distance: units, quarters, weeks, seasons, decades, "ago"."""

from __future__ import annotations

import datetime

import regex
from dateutil.relativedelta import relativedelta

from kzjustice.dates.heads import Heads, mention_start
from kzjustice.dates.periods import SEASON_ORDER, date_value, season_of
from kzjustice.dates.vocabulary import (
    NAME_BEFORE,
    ORDINAL_WORDS,
    ORDINALS,
    REFERENCE_HEADS,
    RELATIVE,
    SEASONS,
)
from kzjustice.models import DateValue, Granularity, Mod, Resolution
from kzjustice.numbers import to_number


class PeriodHeads(Heads):
    """Heads that name a period, or a date by its distance from another.

    Units, quarters, weeks, seasons, decades, centuries, references ("that day") and "ago".
    """

    def _unit_head(self, match: regex.Match[str], mod: Mod | None) -> DateValue | None:
        unit = match["unit_head"].lower()
        rel = (match["rel"] or "").lower()
        if not rel and (mod is None or not match["mod"].lower().startswith("the")):
            return None  # "the year" only as "by the end of the year"
        shift = RELATIVE.get(rel, 0)
        granularity = {"year": Granularity.YEAR, "month": Granularity.MONTH}.get(
            unit, Granularity.WEEK
        )
        if match["fiscal"]:
            mod = Mod.APPROX  # "this fiscal year": the year, approximately
        ref = self.reference
        if ref is None:
            return date_value(granularity, Resolution.RELATIVE, None, mod=mod, year=None)
        if unit == "year":
            return date_value(granularity, Resolution.RELATIVE, ref, mod=mod, year=ref.year + shift)
        if unit == "month":
            first = ref.replace(day=1) + relativedelta(months=shift)
            return date_value(
                granularity, Resolution.RELATIVE, ref, mod=mod, year=first.year, month=first.month
            )
        iso = (ref + datetime.timedelta(weeks=shift)).isocalendar()
        return date_value(
            granularity, Resolution.RELATIVE, ref, mod=mod, year=iso.year, part=f"{iso.week:02d}"
        )

    def _quarter_head(self, match: regex.Match[str], mod: Mod | None) -> DateValue | None:
        ordinal = (match["ordinal"] or "").lower()
        rel = (match["rel"] or "").lower()
        ref = self.reference
        if match["year"]:
            year: int | None = int(match["year"])
            resolution = Resolution.STATED
        elif match["year_rel"]:
            year = ref.year + RELATIVE[match["year_rel"].lower()] if ref else None
            resolution = Resolution.RELATIVE
        else:
            year = None
            resolution = Resolution.RELATIVE
        if ordinal and (year is not None or match["year_rel"]):
            quarter: int | None = ORDINALS[ordinal]
        elif ordinal in ("last", "previous") or rel:
            shift = RELATIVE.get(rel or "last", -1)
            if ref is None:
                return date_value(
                    Granularity.QUARTER, Resolution.RELATIVE, None, mod=mod, year=None
                )
            index = ref.year * 4 + (ref.month - 1) // 3 + shift
            year, quarter = index // 4, index % 4 + 1
        elif ordinal:  # "the first quarter": of the reference year
            quarter = ORDINALS[ordinal]
            year = ref.year if ref else None
        else:
            return None
        return date_value(
            Granularity.QUARTER,
            resolution,
            ref,
            mod=mod,
            year=year,
            part=str(quarter) if quarter else None,
        )

    def _q_head(self, match: regex.Match[str], mod: Mod | None) -> DateValue | None:
        return date_value(
            Granularity.QUARTER,
            Resolution.STATED,
            None,
            mod=mod,
            year=int(match["year"]),
            part=match["q"],
        )

    def _week_head(self, match: regex.Match[str], mod: Mod | None) -> DateValue | None:
        number = match["week_number"] or match["week_ordinal"]
        if number is None or not 1 <= int(number) <= 53:
            return None
        return date_value(
            Granularity.WEEK,
            Resolution.STATED,
            None,
            mod=mod,
            year=int(match["year"]),
            part=f"{int(number):02d}",
        )

    def _season_head(self, match: regex.Match[str], mod: Mod | None) -> DateValue | None:
        name = match["season_head"].lower()
        season = SEASONS[name]
        rel = (match["rel"] or "").lower()
        if match["year"]:
            return date_value(
                Granularity.SEASON,
                Resolution.STATED,
                None,
                mod=mod,
                year=int(match["year"]),
                part=season,
            )
        if name == "fall" and not rel:
            return None  # "cases fall under"
        if not rel and not match["the"]:
            return None  # "summer camp"
        ref = self.reference
        if ref is None:
            resolution = Resolution.RELATIVE if rel else Resolution.STATED
            return date_value(Granularity.SEASON, resolution, None, mod=mod, year=None, part=season)
        ref_year, ref_season = season_of(ref)
        here = ref_year * 4 + SEASON_ORDER.index(ref_season)
        target = SEASON_ORDER.index(season)
        if rel == "last":
            index = max(i for i in range(here - 4, here) if i % 4 == target)
        elif rel in ("next", "coming"):
            index = min(i for i in range(here + 1, here + 5) if i % 4 == target)
        elif rel == "this":
            index = ref_year * 4 + target if ref_season != "WI" or season == "WI" else here
        elif self.future(mention_start(match)):
            index = min(i for i in range(here, here + 4) if i % 4 == target)
        else:
            index = max(i for i in range(here - 3, here + 1) if i % 4 == target)
        resolution = Resolution.RELATIVE if rel else Resolution.YEAR_INFERRED
        return date_value(
            Granularity.SEASON,
            resolution,
            ref,
            mod=mod,
            year=index // 4,
            part=SEASON_ORDER[index % 4],
        )

    def _decade_head(self, match: regex.Match[str], mod: Mod | None) -> DateValue | None:
        first = int(match["decade_head"])
        if first % 100 == 0 and first < 2000:  # "the 1800s": the century; "the 2000s": a decade
            return date_value(Granularity.CENTURY, Resolution.STATED, None, mod=mod, year=first)
        return date_value(Granularity.DECADE, Resolution.STATED, None, mod=mod, year=first)

    def _century_head(self, match: regex.Match[str], mod: Mod | None) -> DateValue | None:
        ordinal = match["century_ordinal"].lower()
        number = ORDINAL_WORDS.get(ordinal) or int(ordinal.rstrip("stndrh"))
        if number == 0:
            return None
        # TIMEX3 names a century by its hundreds: the 20th century is 19, the years 1900-1999
        return date_value(
            Granularity.CENTURY, Resolution.STATED, None, mod=mod, year=100 * number - 100
        )

    def _ref_head(self, match: regex.Match[str], mod: Mod | None) -> DateValue | None:
        head = match["ref_head"]
        if head[0].isupper() and NAME_BEFORE.match(
            self.text, max(0, match.start() - 30), match.start()
        ):
            return None  # "Kazakhstan Now": a masthead
        return date_value(
            Granularity.REFERENCE,
            Resolution.STATED,
            None,
            mod=None,
            year=None,
            part=REFERENCE_HEADS[head.lower()],
        )

    def _ago_head(self, match: regex.Match[str], mod: Mod | None) -> DateValue | None:
        count_text = match["count"].lower()
        count = 1.0 if count_text in ("a", "an") else to_number(count_text)
        if count is None or count != int(count) or count > 1000:
            return None
        unit = match["ago_unit"].lower().rstrip("s")
        granularity = {
            "day": Granularity.DAY,
            "week": Granularity.DAY,
            "month": Granularity.MONTH,
        }.get(unit, Granularity.YEAR)
        ref = self.reference
        if ref is None:
            return date_value(granularity, Resolution.RELATIVE, None, mod=mod, year=None)
        n = int(count)
        days = {"day": n, "week": 7 * n}.get(unit, 0)
        then = ref - relativedelta(days=days, months={"month": n, "year": 12 * n}.get(unit, 0))
        return date_value(
            granularity,
            Resolution.RELATIVE,
            ref,
            mod=mod,
            year=then.year,
            month=then.month,
            day=then.day,
        )
