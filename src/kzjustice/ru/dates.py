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
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import Any

import attrs
import regex
from dateutil.relativedelta import relativedelta

from kzjustice._text import (
    MATCH_REACH,
    compile_lazily,
    keyword_trie,
    lowercase,
    normalise,
    sentence_start,
)
from kzjustice.dates.periods import SEASON_ORDER, date_value, season_of
from kzjustice.models import DateValue, Found, Granularity, Mod, Resolution, Span
from kzjustice.ru.inflect import forms
from kzjustice.ru.numbers import NUMBER, NUMBER_LISTS, ORDINAL, to_number, to_ordinal

__all__ = ["find_dates", "parse_date"]

# --- vocabularies --------------------------------------------------------------------------


def _months() -> dict[str, int]:
    names = ("январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август",
             "сентябрь", "октябрь", "ноябрь", "декабрь")  # fmt: skip
    found = {}
    for number, name in enumerate(names, 1):
        stem = name[:-1] if name[-1] in "ьй" else name
        endings = ("а", "е", "у", "ом") if name[-1] not in "ьй" else ("я", "е", "ю", "ем")
        found.update(dict.fromkeys((name, *(stem + e for e in endings)), number))
    return found


MONTHS = MappingProxyType(_months())
"""Month names in every case: "январь", "января", "январе"."""
MONTH_ABBREVIATIONS = MappingProxyType({
    "янв": 1, "фев": 2, "февр": 2, "мар": 3, "апр": 4, "авг": 8, "сен": 9, "сент": 9,
    "окт": 10, "ноя": 11, "нояб": 11, "дек": 12,
})  # fmt: skip
"""Abbreviated months, with their full stop, after a day: "5 янв. 2022"."""
WEEKDAYS = MappingProxyType(
    {
        form: day
        for day, (lemma, paradigm) in enumerate(
            (
                ("понедельник", "m"),
                ("вторник", "m"),
                ("среда", "a"),
                ("четверг", "m"),
                ("пятница", "a"),
                ("суббота", "a"),
                ("воскресенье", "ie"),
            )
        )
        for form in forms(lemma, paradigm)[:6]
    }
)
"""Weekday names in the singular cases: "понедельник", "в среду", "пятницу"."""
DAY_WORDS = MappingProxyType(
    {"позавчера": -2, "вчера": -1, "сегодня": 0, "завтра": 1, "послезавтра": 2}
)
SEASONS = MappingProxyType(
    {
        **dict.fromkeys(("весна", "весны", "весне", "весну", "весной"), "SP"),
        **dict.fromkeys(("лето", "лета", "лету", "летом"), "SU"),
        **dict.fromkeys(("осень", "осени", "осенью"), "FA"),
        **dict.fromkeys(("зима", "зимы", "зиме", "зиму", "зимой"), "WI"),
    }
)
SEASON_ADVERBS = ("весной", "летом", "осенью", "зимой")
"""The seasons that name a time on their own: "летом" is "in summer"; "лето" needs a year."""
MODS = MappingProxyType({
    **dict.fromkeys(("начало", "начала", "началу", "началом", "начале"), Mod.START),
    **dict.fromkeys(("первые", "первых"), Mod.START),
    **dict.fromkeys(("середина", "середины", "середине", "середину", "серединой"), Mod.MID),
    **dict.fromkeys(("конец", "конца", "концу", "концом", "конце"), Mod.END),
    **dict.fromkeys(("последние", "последних"), Mod.END),
    **dict.fromkeys(("около", "примерно", "приблизительно", "ориентировочно"), Mod.APPROX),
})  # fmt: skip
RELATIVE = MappingProxyType({
    **dict.fromkeys(forms("прошлый", "adj"), -1),
    **dict.fromkeys(forms("минувший", "adj"), -1),
    **dict.fromkeys(forms("позапрошлый", "adj"), -2),
    **dict.fromkeys(forms("этот", "-", "+этого +этом +этим +эта +этой +эту +это"), 0),
    **dict.fromkeys(forms("текущий", "adj"), 0),
    **dict.fromkeys(forms("нынешний", "adj"), 0),
    **dict.fromkeys(forms("следующий", "adj"), 1),
    **dict.fromkeys(forms("будущий", "adj"), 1),
    **dict.fromkeys(forms("ближайший", "adj"), 1),
})  # fmt: skip
"""Words that place a period against the reference: "прошлом", "этой", "следующую"."""
QUARTERS = MappingProxyType({
    **dict.fromkeys(forms("первый", "adj_m"), 1), **dict.fromkeys(forms("второй", "adj_m"), 2),
    **dict.fromkeys(("третий", "третьего", "третьем", "третьему", "третьим"), 3),
    **dict.fromkeys(forms("четвертый", "adj_m"), 4),
    "i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4,
})  # fmt: skip
YEAR_WORDS = ("год", "года", "году", "годом", "г.", "гг.", "годах", "годы", "годов")
FUTURE_CUES = (
    r"будет", r"будут", r"буду", r"огласят", r"огласит", r"назначен[аоы]? \s+ на",
    r"запланирован[аоы]?", r"планиру\w+", r"состоится", r"состоятся", r"ожидается",
    r"ожидаются", r"предстоит", r"пройд[еу]т", r"начн[еу]тся", r"продолжится", r"вынес[еу]т",
    r"рассмотрят", r"рассмотрит", r"намерен[аы]?", r"собирается", r"отложил[аио]? \s+ \w+ \s+ до",
    r"отложен[аоы]? \s+ до", r"перенес[лен]\w* \s+ на", r"завершится", r"истекает", r"истечет",
)  # fmt: skip
"""Words that put a clause in the future (CONVENTIONS section 2), with "е" for "ё"."""

_LISTS: Mapping[str, Any] = MappingProxyType(
    {
        **NUMBER_LISTS,
        "ru_month": tuple(MONTHS),
        "ru_month_abbreviation": tuple(MONTH_ABBREVIATIONS),
        "ru_weekday": tuple(WEEKDAYS),
        "ru_day_word": tuple(DAY_WORDS),
        "ru_season": tuple(SEASONS),
        "ru_season_adverb": SEASON_ADVERBS,
        "ru_mod": tuple(w for w in MODS if w not in ("первые", "первых", "последние", "последних")),
        "ru_relative": tuple(RELATIVE),
        "ru_quarter": tuple(QUARTERS),
        "ru_year_word": YEAR_WORDS,
    }
)

# --- fragments -----------------------------------------------------------------------------

_YEAR = r"(?: (?: 19 | 20 ) [0-9]{2} (?! [0-9] ) )"
# The word after a year: "2022 года", "2022 г.", "2022-го года", "2022-м"
_YEAR_TAIL = r"""(?: (?: - (?: го | м | й ) \b )?+
                     (?: \s*+ (?: год (?: а | у | ом | ах | ы | ов )? \b | гг?\. ) )?+ )"""
_DAY = r"(?: (?<! [0-9] ) [0-9]{1,2} (?: - (?: го | е | ое ) \b )?+ (?! [0-9] ) )"  # "5", "5-го"
_DAY_ANY = rf"(?: {_DAY} | {ORDINAL} )"  # "пятого"
_MOD = r"""
    (?P<mod> (?: \L<ru_mod> ) \s+ | (?: первых | первые | последних | последние ) \s+ числ\w+ \s+ )
"""
_REL_YEAR = r"""(?: \L<ru_relative> \s+ год (?: а | у )? \b )"""  # "прошлого года"

_PATTERN = compile_lazily(
    rf"""
    # 05.01.2022, 2022-01-05, "05.01.2022 г.": nd, nm, ny: day, month, year (iy, im, id: year first)
      (?= [0-9] ) (?<! [0-9./-] )
      (?: (?P<nd> [0-9]{{1,2}} ) (?P<nsep> [./] ) (?P<nm> [0-9]{{1,2}} ) (?P=nsep) (?P<ny> {_YEAR} )
        | (?P<iy> {_YEAR} ) - (?P<im> [0-9]{{1,2}} ) - (?P<id> [0-9]{{1,2}} ) )
      (?! [0-9] | [./-] [0-9] ) {_YEAR_TAIL}

    # "понедельник, 5 января 2022 года", "с 4 по 7 января", "в начале марта", "в январе прошлого
    # года": month: the month; lday (lday2): the day (the range's last day) before it; weekday;
    # day2, month2: the last day of "с 30 мая по 2 июня"; year, year_rel: its year
    | (?= \L<ru_month> \b | \L<ru_month_abbreviation> \. )
      (?<= (?P<lead> (?: {_MOD} )?
                     (?: (?P<weekday> \L<ru_weekday> ) ,? \s+ )?
                     (?: (?P<lday> {_DAY_ANY} ) (?: \s*+ (?: - | по ) \s*+ (?P<lday2> {_DAY} ) )?
                         \s+ )? ) )
      (?: (?P<month> \L<ru_month> ) \b
        | (?<= [0-9а-я] \s+ ) (?P<month> \L<ru_month_abbreviation> ) \. )
      (?: \s+ по \s+ (?P<day2> {_DAY} ) \s+ (?P<month2> \L<ru_month> ) \b )?
      (?: \s*+ ,? \s*+ (?P<year> {_YEAR} ) {_YEAR_TAIL} | \s+ (?P<year_rel> {_REL_YEAR} ) )?

    # "в понедельник", "в прошлую пятницу", "в следующий вторник": weekday_head, rel
    | (?= \L<ru_weekday> \b )
      (?<= \b (?: в | во | на ) \s+ (?P<lead> (?: (?P<rel> \L<ru_relative> ) \s+ )? ) )
      (?P<weekday_head> \L<ru_weekday> ) \b
      (?! ,? \s+ {_DAY_ANY} \s+ \L<ru_month> \b | ,? \s+ [0-9]{{1,2}} [./] [0-9] )

    # "в 2022 году", "2022 г.", "в начале 2022 года", "в 2022-м": year_head, year_word
    | (?= [0-9] ) (?<= (?P<lead> (?: {_MOD} )? ) )
      (?<! [0-9.,$€₸/:] | (?<! [0-9] ) [0-9]{{1,3}} \s*+ - \s*+ )
      (?P<year_head> {_YEAR} )
      (?: (?= \s*+ - \s*+ {_YEAR} \s*+ (?: годах | годы | годов | гг\. ) )   # "2021-2022 годах"
        | (?P<year_word> - (?: го | м | й ) \b (?: \s*+ год (?: а | у )? \b )?+
                         | \s*+ (?: год (?: а | у | ом | ах | ы | ов )? \b | гг?\. ) )
        | (?<= \b (?: в | во | с | со | до | к | ко | от | после | по | за | на ) \s+ {_YEAR} )
          (?! \s*+ (?: [.,/:] [0-9] | % | [а-яa-z] ) ) )

    # "сегодня", "вчера", "позавчера": day_word
    | (?P<day_word> \L<ru_day_word> ) \b

    # "в прошлом году", "в конце прошлого года", "к концу года", "на прошлой неделе",
    # "в этом месяце": unit_head, rel
    | (?= год | месяц | недел )
      (?<= (?P<lead> (?: {_MOD} )? (?: (?P<rel> \L<ru_relative> ) \s+ )? ) )
      (?P<unit_head> год (?: а | у )? | месяц (?: а | е )? | недел (?: я | и | е | ю ) ) \b

    # "в четвертом квартале 2022 года", "в I квартале", "в прошлом квартале": quarter_head,
    # ordinal, rel, year, year_rel
    | (?= квартал )
      (?<= (?P<lead> (?: {_MOD} )? (?: (?P<ordinal> \L<ru_quarter> ) (?: - (?: м | й | го ) )?
                                     | (?P<rel> \L<ru_relative> ) ) \s+ ) )
      (?P<quarter_head> квартал (?: а | е | у | ом )? ) \b
      (?: \s+ (?P<year> {_YEAR} ) {_YEAR_TAIL} | \s+ (?P<year_rel> {_REL_YEAR} ) )?

    # "летом 2022 года", "прошлой зимой", "в конце лета", "осенью прошлого года": season_head
    | (?= \L<ru_season> \b )
      (?<= (?P<lead> (?: {_MOD} )? (?: (?P<rel> \L<ru_relative> ) \s+ )? ) )
      (?P<season_head> \L<ru_season> ) \b
      (?: \s+ (?P<year> {_YEAR} ) {_YEAR_TAIL} | \s+ (?P<year_rel> {_REL_YEAR} ) )?

    # "два года назад", "год назад", "неделю назад", "полгода назад": ago_head, count, ago_unit
    | (?= назад \b )
      (?<= (?P<lead> (?: {_MOD} )? (?: (?P<count> {NUMBER} ) \s+ )?
                     \b (?P<ago_unit> лет | года? | месяц (?: а | ев )? | дн (?: я | ей ) | день
                                 | недел (?: ю | и | ь ) | полгода | сут (?: ки | ок ) ) \s+ ) )
      (?P<ago_head> назад ) \b
    """,
    regex.VERBOSE | regex.IGNORECASE,
    ignore_unused=True,
    **_LISTS,
)

# Where an expression can start, in lower case: a head word (months, weekdays, seasons, "вчера",
# "назад", "квартал"), found by one trie; a word for a year, month or week after a word that
# places it ("прошлом году", "конце года"), the word before checked with string methods, as
# "год год год" holds a quarter of a million of them in a megabyte; or a number shaped like a
# year or a numeric date.
_HEAD_WORDS = (
    *MONTHS, *MONTH_ABBREVIATIONS, *WEEKDAYS, *DAY_WORDS, *SEASONS, "назад", "квартал",
    "квартала", "квартале", "кварталу", "кварталом",
)  # fmt: skip
_UNIT_WORDS = ("год", "года", "году", "месяц", "месяца", "месяце", "неделе", "недели", "неделю")
_PLACING_WORDS = frozenset((*RELATIVE, *MODS))
_HEAD = compile_lazily(r"\b(?:" + keyword_trie(_HEAD_WORDS, whole=True) + r")\b")
_UNIT = compile_lazily(  # after a word that can place it, by its last letter: not "год год"
    r"\b(?:" + keyword_trie(_UNIT_WORDS, whole=True) + r")\b(?<=[мойяюетуацыи]\s{1,3}[а-я]+)"
)
_NUMERIC = compile_lazily(
    r"[0-9] (?<! [0-9] [0-9] ) (?= [0-9]? [./-] [0-9] | [0-9]{3} (?! [0-9] ) )", regex.VERBOSE
)


def _starts(lower: str) -> list[int]:
    """Where an expression can start in a lower-cased text, in order."""
    starts = {m.start() for m in _HEAD.finditer(lower)}
    starts.update(m.start() for m in _NUMERIC.finditer(lower))
    for unit in _UNIT.finditer(lower):
        before = lower[max(0, unit.start() - 24) : unit.start()].split()
        if before and before[-1] in _PLACING_WORDS:
            starts.add(unit.start())
    return sorted(starts)


_CLAUSE_START = compile_lazily(
    r"(?r) [;:,(] | \b (?: и | но | а | однако | хотя | тогда \s+ как | пока ) \b", regex.VERBOSE
)
_CLAUSE_END = compile_lazily(
    r"[;:,(.!?\n] | \b (?: и | но | а | однако | хотя | тогда \s+ как | пока ) \b", regex.VERBOSE
)
_FUTURE = compile_lazily(
    r"\b (?: " + " | ".join(FUTURE_CUES) + r" ) \b", regex.VERBOSE | regex.IGNORECASE
)
_CLAUSE_REACH = 300  # how far back a clause can start: bounds the work on run-on text


@attrs.frozen
class _Read:
    value: DateValue
    span: Span


_HEADS = (
    "month", "year_head", "unit_head", "weekday_head", "nd", "iy", "day_word", "ago_head",
    "season_head", "quarter_head",
)  # fmt: skip


class _Reader:
    """Reads matches in one text against one reference date."""

    def __init__(self, text: str, reference: datetime.date | None) -> None:
        self.text = text
        self.reference = reference

    def future(self, start: int) -> bool:
        """Whether the clause holding ``start`` has a future cue, before or after it.

        Russian often puts the date first ("В пятницу суд огласит приговор"), so the whole
        clause counts, not only its words up to the date.
        """
        first = sentence_start(self.text, start, _CLAUSE_REACH)
        boundary = _CLAUSE_START.search(self.text, first, start)
        clause_start = boundary.end() if boundary else first
        after = _CLAUSE_END.search(self.text, start, start + _CLAUSE_REACH)
        clause_end = after.start() if after else min(len(self.text), start + _CLAUSE_REACH)
        return _FUTURE.search(self.text, clause_start, clause_end) is not None

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

    def _year_of(self, match: regex.Match[str]) -> tuple[int | None, bool]:
        """The year a match states or places against the reference, and whether it is relative."""
        if match["year"]:
            return int(match["year"]), False
        if match["year_rel"]:
            shift = RELATIVE[match["year_rel"].split()[0].lower()]
            return (self.reference.year + shift if self.reference else None), True
        return None, False

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
        day = _day(match["lday"])
        if match["lday"] and day is None:
            return None
        last = _day(match["day2"] or match["lday2"])
        last_month = MONTHS[match["month2"].lower()] if match["month2"] else month
        year, relative = self._year_of(match)
        granularity = Granularity.DAY if day else Granularity.MONTH
        if year is not None or relative:
            resolution = Resolution.RELATIVE if relative else Resolution.STATED
            ref = self.reference if relative else None
        elif self.reference is not None:
            year = self._by_tense(_span(match).start, month, day)
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
        elif self.future(_span(match).start):  # a bare weekday: the reference day counts
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
        elif self.future(_span(match).start):
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
        if not match["count"] and unit not in _ONE_UNITS:
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


_ONE_UNITS = ("год", "месяц", "неделю", "день", "сутки", "полгода")
"""Units that count one with no number: "год назад"; "лет назад" needs one."""


def _day(text: str | None) -> int | None:
    """The day of a month, in digits ("5", "5-го") or words ("пятого")."""
    if not text:
        return None
    digits = text.split("-")[0].strip()
    day = int(digits) if digits.isdigit() else to_ordinal(text)
    return day if day is not None and 1 <= day <= 31 else None


def _span(match: regex.Match[str]) -> Span:
    """The mention: from the start of its lead (modifier, weekday, day) to its end."""
    lead = match.start("lead") if match["lead"] else match.start()
    end = match.end()
    while end > lead and match.string[end - 1].isspace():
        end -= 1
    return Span(min(lead, match.start()), end)


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
        match = _PATTERN.match(normal, start, start + MATCH_REACH)
        if match is None:
            continue
        span = _span(match)
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
