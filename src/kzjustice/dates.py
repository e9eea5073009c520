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
"""

from __future__ import annotations

import calendar
import datetime
from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import Any

import attrs
import regex
from dateutil.relativedelta import relativedelta

from kzjustice._text import MATCH_REACH, compile_lazily, lowercase, normalise, sentence_start
from kzjustice.models import DateValue, Found, Granularity, Mod, Resolution, Span
from kzjustice.numbers import NUMBER, NUMBER_LISTS, to_number

__all__ = ["find_dates", "parse_date"]

# --- vocabularies --------------------------------------------------------------------------

MONTHS = MappingProxyType({
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
})  # fmt: skip
WEEKDAYS = MappingProxyType({
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
})  # fmt: skip
SEASONS = MappingProxyType(
    {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
)
DAY_WORDS = MappingProxyType({"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1})
ORDINALS = MappingProxyType({
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
    "last": 4, "final": 4,
})  # fmt: skip
MODS = MappingProxyType({
    "beginning": Mod.START, "start": Mod.START, "first": Mod.START, "early": Mod.START,
    "middle": Mod.MID, "mid": Mod.MID,
    "end": Mod.END, "close": Mod.END, "late": Mod.END,
    "around": Mod.APPROX, "about": Mod.APPROX, "approximately": Mod.APPROX,
    "circa": Mod.APPROX, "roughly": Mod.APPROX,
})  # fmt: skip
RELATIVE = MappingProxyType({
    "last": -1, "previous": -1, "preceding": -1, "this": 0, "current": 0, "next": 1, "coming": 1,
})  # fmt: skip
YEAR_PREPOSITIONS = (
    "in", "since", "by", "until", "till", "from", "of", "during", "before", "after",
    "throughout", "through", "for", "between",
)  # fmt: skip
"""Words after which a bare four-digit year is a date: "in 2022", "the 2022 amendments"."""
DETERMINERS = ("the", "a", "an", "his", "her", "their", "its", "this", "that")
"""Words after which a four-digit year before a noun is a date: "a 2009 analysis"."""
MAY_PREPOSITIONS = (
    "in", "of", "since", "until", "till", "by", "from", "during", "before", "after", "through",
    "throughout", "last", "next", "this", "early", "late",
)  # fmt: skip
FUTURE_CUES = (
    r"will", r"shall", r"'ll", r"(?:is|are) \s+ due", r"(?:is|are) \s+ to", r"scheduled",
    r"set \s+ (?:for|to)", r"expected", r"plans? \s+ to", r"planned", r"upcoming",
)  # fmt: skip
"""Words that put a clause in the future (CONVENTIONS section 2)."""

ORDINAL_WORDS = MappingProxyType({
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "twenty-second": 22,
})  # fmt: skip
"""Ordinals in words, for centuries: "the twentieth century"."""
REFERENCE_HEADS = MappingProxyType({
    "now": "PRESENT_REF", "currently": "PRESENT_REF", "nowadays": "PRESENT_REF",
    "present": "PRESENT_REF", "moment": "PRESENT_REF", "days": "PRESENT_REF",
    "formerly": "PAST_REF", "recently": "PAST_REF", "past": "PAST_REF",
    "future": "FUTURE_REF",
})  # fmt: skip
"""The head words of TIMEX3's reference values, each in the context the pattern gives it:
"now", "at present", "at the moment", "these days", "in the past", "in the future"."""
PERIOD_NOUNS = (
    "few", "several", "many", "couple", "dozen", "hour", "hours", "day", "days", "week",
    "weeks", "weekend", "fortnight", "month", "months", "quarter", "season", "spring", "summer",
    "autumn", "fall", "winter", "year", "years", "decade", "decades", "century", "centuries",
)  # fmt: skip
"""Words after which "the past" is a length of time, not PAST_REF: "the past three years"."""

EVENT_WORDS = ("bloody", "black")
"""Words that make a month or weekday the name of an event: "Bloody January"."""

_LISTS: Mapping[str, Any] = MappingProxyType(
    {
        "event_word": EVENT_WORDS,
        "month_name": tuple(MONTHS),
        "weekday_name": tuple(WEEKDAYS),
        "season_name": tuple(SEASONS),
        "day_word": tuple(DAY_WORDS),
        "ordinal_word": tuple(ORDINAL_WORDS),
        "period_noun": PERIOD_NOUNS,
        **NUMBER_LISTS,
    }
)

# --- fragments -----------------------------------------------------------------------------

_YEAR = r"(?: (?: 19 | 20 ) [0-9]{2} (?! [0-9] ) )"
_DAY = r"(?: [0-9]{1,2} (?: st | nd | rd | th )? (?! [0-9] ) )"
_TO = r"(?: \s*+ (?: - | to | until | through | till ) \s*+ )"
_MOD = r"""
    (?P<mod> (?: (?: the \s+ )? (?: very \s+ )? (?: beginning | start | middle | end | close )
                 \s+ of
             | the \s+ first \s+ (?: few \s+ )? days \s+ of
             | early | late | around | about | approximately | circa | roughly ) \s+
           | mid (?: - | \s+ ) )
"""
_REL = r"(?P<rel> last | next | this | coming )"
_CAPITAL = r"(?-i: (?= [A-Z] ) )"  # month and weekday names are written with a capital
_DOT = (  # the full stop of an abbreviated month: "Jan.", "Sept."
    r"(?: (?<= \b (?: jan | feb | mar | apr | jun | jul | aug | sept? | oct | nov | dec ) ) \. )?"
)

_PATTERN = compile_lazily(
    rf"""
    # 05.01.2022, 25/01/2022, 2022-01-05, 2023/03/17, "Tuesday, 14.03.2023"
      (?= [0-9] ) (?<= (?P<lead> (?: (?P<weekday> \L<weekday_name> ) ,? \s+ )? ) )
      (?<! [0-9./-] )
      (?: (?P<nd> [0-9]{{1,2}} ) (?P<nsep> [./-] ) (?P<nm> [0-9]{{1,2}} ) (?P=nsep)
          (?P<ny> {_YEAR} )
        | (?P<iy> {_YEAR} ) (?P<isep> [-/.] ) (?P<im> [0-9]{{1,2}} ) (?P=isep)
          (?P<id> [0-9]{{1,2}} ) )
      (?! [0-9] | [./-] [0-9] )

    # "Thursday, August 31, 2023", "the 5th of January 2022", "4-7 January", "mid-March"
    | (?= \L<month_name> \b )
      (?<= (?P<lead> (?: {_MOD} )? (?: {_REL} \s+ )?
                     (?: (?P<weekday> \L<weekday_name> ) ,? \s+ )?
                     (?: (?P<lthe> the \s+ )? (?P<lday> {_DAY} ) (?: {_TO} (?P<lday2> {_DAY} ) )?
                         \s+ (?: of \s+ )? )? ) )
      (?<! \b (?: \L<event_word> ) \s+ )                  # "Bloody January" is an event
      {_CAPITAL} (?P<month> \L<month_name> ) \b {_DOT}
      (?: \s+ (?P<day> {_DAY} ) (?! \s* [:.] [0-9] )
          (?: {_TO} (?: (?P<month2> \L<month_name> ) {_DOT} \s+ )? (?P<day2> {_DAY} ) )? )?
      (?: (?: \s*+ , \s*+ | \s+ ) (?: of \s+ )? (?P<year> {_YEAR} ) )?

    # "Friday", "last Tuesday", "next Monday"
    | (?= \L<weekday_name> \b )
      (?<= (?P<lead> (?: {_REL} \s+ )? ) ) (?<! \b (?: every | \L<event_word> ) \s+ )
      {_CAPITAL} (?P<weekday_head> \L<weekday_name> ) \b
      (?! ,? \s+ (?: the \s+ )? [0-9]{{1,2}} (?: st | nd | rd | th )? \s+ (?: of \s+ )?
              \L<month_name> \b
        | ,? \s+ \L<month_name> \b \.? \s+ [0-9]
        | ,? \s+ [0-9]{{1,2}} [./] [0-9] )

    # "the 1990s", "the early 1990s", "the mid-1990s"; "the 1800s" is a century
    | (?= 1 [0-9]{{2}} 0 | 20 [0-9] 0 )
      (?<= (?P<lead> (?: {_MOD} )? (?: the \s+ (?: {_MOD} )? )? ) ) (?<! [0-9.,$€£₸/:'] )
      (?P<decade_head> 1 [0-9]{{2}} 0 | 20 [0-9] 0 ) '? s \b

    # "in 2022", "early 2022", "the year 2020", "2022's"; "fiscal 2013", "fiscal year 2013", "the
    # 2013 fiscal year"
    | (?= [0-9] ) (?<= (?P<lead> (?: {_MOD} )? (?P<the_year> the \s+ year \s+ )?
                                 (?: the \s+ (?= [0-9]{{4}} \s+ fiscal \s+ year \b )
                                   | (?P<fiscal> fiscal \s+ (?: year \s+ )? ) )? ) )
      (?<! [0-9.,$€£₸/:] )
      (?P<year_head> {_YEAR} ) (?! [.,/:] [0-9] | - [0-9]{{1,2}} - | \s* % )
      (?P<fiscal> \s+ fiscal \s+ year \b )?

    # "yesterday", "the day before yesterday"
    | (?= \L<day_word> \b )
      (?<= (?P<lead> (?: the \s+ day \s+ (?P<dayrel> before | after ) \s+ )? ) )
      (?P<day_word> \L<day_word> ) \b

    # "this year", "late last year", "the end of the year", "next month", "last week", "this
    # fiscal year"
    | (?= (?: year | month | week ) \b )
      (?<= (?P<lead> (?: {_MOD} )? (?: the \s+ (?P<rel> previous | preceding | current
                                                       | (?P<the_last> last ) )
                                      | (?<! \b the \s+ ) (?P<rel> last | next | this | coming )
                                      | (?P<the> the ) ) \s+ (?P<fiscal> fiscal \s+ )? ) )
      (?P<unit_head> year | month | week ) \b (?! \s+ (?: on | of \s+ [0-9] ) )
      (?(the_last) (?! \s+ of \b ) )                    # not "the last week of March"
      (?(fiscal) (?<= year ) (?! \s+ [0-9] ) )           # "fiscal year 2013" is read at 2013


    # "the fourth quarter of 2022", "the previous quarter", "the third quarter of this year"
    | (?= quarter \b )
      (?<= (?P<lead> (?: {_MOD} )? (?: the \s+ )?
                     (?: (?P<ordinal> first | second | third | fourth | last | final | 1st | 2nd
                                    | 3rd | 4th )
                       | (?P<rel> previous | preceding | current | this | next | last ) ) \s+ ) )
      (?P<quarter_head> quarter ) \b
      (?: \s+ of \s+ (?: (?P<year> {_YEAR} ) | (?P<year_rel> this | last | next ) \s+ year \b )
        | ,? \s+ (?P<year> {_YEAR} ) )?

    # "Q1 2023"
    | (?P<q_head> Q (?P<q> [1-4] ) ) \b ,? \s+ (?P<year> {_YEAR} )

    # "week 12 of 2023", "the 30th week of 2022"
    | (?= week \b )
      (?<= (?P<lead> (?: the \s+ (?P<week_ordinal> [0-9]{{1,2}} ) (?: st | nd | rd | th ) \s+ )? ) )
      (?P<week_head> week ) \b (?: \s+ (?P<week_number> [0-9]{{1,2}} ) \b )?
      (?: \s+ of \s+ (?P<year> {_YEAR} ) | ,? \s+ (?P<year> {_YEAR} ) )

    # "the summer of 2022", "autumn 2021", "last winter", "this summer"
    | (?= \L<season_name> \b )
      (?<= (?P<lead> (?: {_MOD} )? (?: {_REL} \s+ | (?P<the> the ) \s+ )? ) )
      (?P<season_head> \L<season_name> ) \b
      (?: \s+ of \s+ (?P<year> {_YEAR} ) | \s+ (?P<year> {_YEAR} ) )?

    # "two weeks ago", "18 months ago", "a year ago"
    | (?= ago \b ) (?<= (?P<lead> (?: {_MOD} )? (?P<count> {NUMBER} | \L<article_word> ) \s+
                     (?P<ago_unit> days? | weeks? | months? | years? ) \s+ ) )
      (?P<ago_head> ago ) \b

    # "the 20th century", "the twentieth century", "the late 19th century"; "20th-century"
    # without the "the" of its noun
    | (?= century \b )
      (?<= (?P<lead> (?: {_MOD} )? (?: the \s+ (?: {_MOD} )? (?= [\w-]+ \s+ century ) )?
                     (?P<century_ordinal> [0-9]{{1,2}} (?: st | nd | rd | th ) | \L<ordinal_word> )
                     [\s-] ) )
      (?P<century_head> century ) \b

    # TIMEX3's reference values: "now", "currently", "formerly"; not "now-defunct", "now that"
    | (?P<ref_head> now | currently | nowadays | formerly | recently ) \b
      (?! - | \s+ that \b | \s+ and \s+ (?: then | again ) \b )

    # "at present", "at the moment": "at" left out
    | (?= present | moment )
      (?<= \b at \s+ (?P<lead> (?: the \s+ (?= moment ) )? ) ) (?P<ref_head> present | moment ) \b
      (?! - | \s+ (?: of | when | that ) \b )

    # "these days"; not "these days of mourning", "one of these days"
    | (?= days ) (?<= (?<! \b of \s+ ) (?P<lead> these \s+ ) ) (?P<ref_head> days ) \b
      (?! \s+ (?: of | ago | later | before | after ) \b )

    # "in the past", "in the recent past"; not "the past three years", "the past decade"
    | (?= past ) (?<= (?: \b in \s+ | \A ) (?P<lead> the \s+ (?: (?: recent | distant ) \s+ )? ) )
      (?P<ref_head> past ) \b (?! - | \s+ (?: {NUMBER} | \L<period_noun> ) \b )

    # "in the future", "for the foreseeable future"; not "the future of the court"
    | (?= future )
      (?<= (?: \b (?: in | into | for ) \s+ | \A )
           (?P<lead> the \s+ (?: (?: near | foreseeable | distant | immediate ) \s+ )? ) )
      (?P<ref_head> future ) \b (?! - | \s+ of \b )
    """,
    regex.VERBOSE | regex.IGNORECASE,
    **_LISTS,
)

NAMED_HEADS = tuple(sorted({*MONTHS, *WEEKDAYS}))
"""Month and weekday names: written with a capital, so found among capitalised words."""
OTHER_HEADS = (
    *SEASONS, *DAY_WORDS, "century",
    *(head for head in REFERENCE_HEADS if head not in ("now", "nowadays", "days")),
)  # fmt: skip
"""Head words scanned for one by one; quarters, "now" and "these days" have triggers of their
own below."""

# Where an expression can start: a head word, or a number shaped like a year or a numeric
# date. Each trigger is scanned for on its own: joined in one alternation they scan several
# times slower, as the engine can no longer skip ahead to a literal or a character class
# (words that share a first letter are the exception: "quarter" and "Q1" to "Q4" in one).
# Month and weekday names are picked out of the capitalised words, the text as written; the
# rest is scanned for in lower case. Unit words count only after the words that make them
# dates ("last year"), so that "year year year" costs a scan, not a match per word.
_NAMED_FORMS = frozenset(form for w in NAMED_HEADS for form in (w.capitalize(), w.upper()))
_CAPITALISED_WORD = compile_lazily(
    rf"""[A-Z] (?<! \w [A-Z] )
        [A-Za-z]{{{min(map(len, NAMED_HEADS)) - 1},{max(map(len, NAMED_HEADS)) - 1}}} \b""",
    regex.VERBOSE,
)
_LOWER_TRIGGERS = (
    *((word, compile_lazily(rf"\b {word} \b", regex.VERBOSE)) for word in OTHER_HEADS),
    *(
        (
            unit,
            compile_lazily(
                rf"""{unit} \b (?<= \b (?: last | next | this | coming | previous | preceding
                                          | current | the | fiscal ) \s+ {unit} )""",
                regex.VERBOSE,
            ),
        )
        for unit in ("year", "month", "week")
    ),
    ("week", compile_lazily(r"\b week (?= \s+ (?: [0-9] | of \b ) )", regex.VERBOSE)),
    ("q", compile_lazily(r"\b q (?: uarter | [1-4] ) \b", regex.VERBOSE)),
    ("now", compile_lazily(r"\b now (?: adays )? \b", regex.VERBOSE)),
    ("days", compile_lazily(r"days \b (?<= \b these \s+ days )", regex.VERBOSE)),
    (
        "ago",
        compile_lazily(r"ago \b (?<= (?: day | week | month | year ) s? \s+ ago )", regex.VERBOSE),
    ),
    (
        "",  # a digit: every text is scanned for these
        compile_lazily(
            r"[0-9] (?<! [0-9] [0-9] ) (?= [0-9]? [./-] [0-9] | [0-9]{3} (?! [0-9] ) )",
            regex.VERBOSE,
        ),
    ),
)
"""Each trigger with a word it cannot match without: a paragraph lacking the word is not
scanned for it, as looking for a word with ``in`` costs a fiftieth of a scan."""

_SHORT_YEAR = compile_lazily(r"- (?P<short> [0-9]{2} ) (?! [0-9] | [./-] [0-9] )", regex.VERBOSE)
_WORD_BEFORE = compile_lazily(r"(?r) ([a-z']+) [\s-]* \Z", regex.VERBOSE | regex.IGNORECASE)
_YEAR_BEFORE = compile_lazily(rf"(?r) {_YEAR} \s* (?: - | to | and | or ) \s* \Z", regex.VERBOSE)
_AFTER_YEAR = compile_lazily(r"'s\b | \s+ [a-z]", regex.VERBOSE)  # "2022's", "the 2022 riots"
_NAME_BEFORE = compile_lazily(r"(?r) (?<! [.!?:] \s* ) \b [A-Z][\w-]+ \s+ \Z", regex.VERBOSE)
_CLAUSE_START = compile_lazily(
    r"(?r) [;:,(] | \b (?: and | but | while | although | though | whereas ) \b", regex.VERBOSE
)
_FUTURE = compile_lazily(
    r"\b (?: " + " | ".join(FUTURE_CUES) + r" ) \b", regex.VERBOSE | regex.IGNORECASE
)


_CLAUSE_REACH = 300  # how far back a clause can start: bounds the work on run-on text


@attrs.frozen
class _Read:
    """A date read from a match, before it becomes a record."""

    value: DateValue
    span: Span


# --- periods -------------------------------------------------------------------------------


def _month_end(year: int, month: int) -> datetime.date:
    return datetime.date(year, month, calendar.monthrange(year, month)[1])


def _season_bounds(year: int, season: str) -> tuple[datetime.date, datetime.date]:
    """Meteorological seasons; a winter belongs to the year of its December."""
    if season == "WI":
        return datetime.date(year, 12, 1), _month_end(year + 1, 2)
    first = {"SP": 3, "SU": 6, "FA": 9}[season]
    return datetime.date(year, first, 1), _month_end(year, first + 2)


def _season_of(day: datetime.date) -> tuple[int, str]:
    if day.month == 12:
        return day.year, "WI"
    if day.month <= 2:
        return day.year - 1, "WI"
    return day.year, ["SP", "SU", "FA"][(day.month - 3) // 3]


_SEASON_ORDER = ("SP", "SU", "FA", "WI")

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


def _value(
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


# --- reading one match ---------------------------------------------------------------------

_HEADS = (  # the group that names each alternative of _PATTERN, the commonest first
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


class _Reader:
    """Reads matches in one text against one reference date."""

    def __init__(self, text: str, reference: datetime.date | None) -> None:
        self.text = text
        self.reference = reference

    def future(self, start: int) -> bool:
        """Whether the clause holding ``start`` is in the future up to ``start``."""
        first = sentence_start(self.text, start, _CLAUSE_REACH)
        boundary = _CLAUSE_START.search(self.text, first, start)
        clause_start = boundary.end() if boundary else first
        return _FUTURE.search(self.text, clause_start, start) is not None

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

    # numeric dates: day first unless the year leads
    def _nm(self, match: regex.Match[str], mod: Mod | None) -> DateValue | None:
        year, month, day = int(match["ny"]), int(match["nm"]), int(match["nd"])
        return _value(
            Granularity.DAY, Resolution.STATED, None, mod=mod, year=year, month=month, day=day
        )

    def _iy(self, match: regex.Match[str], mod: Mod | None) -> DateValue | None:
        year, month, day = int(match["iy"]), int(match["im"]), int(match["id"])
        return _value(
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
            before = _WORD_BEFORE.match(self.text, max(0, match.start() - 20), match.start())
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
            year = self._by_tense(_start(match), month, day)
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
        return _value(
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
            return _value(Granularity.DAY, resolution, None, mod=mod, year=None)
        ref = self.reference
        if rel == "last":  # strictly before the reference
            day = ref - datetime.timedelta(days=(ref.weekday() - weekday) % 7 or 7)
        elif rel in ("next", "coming"):  # strictly after it
            day = ref + datetime.timedelta(days=(weekday - ref.weekday()) % 7 or 7)
        elif rel == "this":
            day = ref + datetime.timedelta(days=weekday - ref.weekday())
        elif self.future(_start(match)):  # a bare weekday: the reference day counts
            day = ref + datetime.timedelta(days=(weekday - ref.weekday()) % 7)
        else:
            day = ref - datetime.timedelta(days=(ref.weekday() - weekday) % 7)
        return _value(
            Granularity.DAY, resolution, ref, mod=mod, year=day.year, month=day.month, day=day.day
        )

    def _year_head(self, match: regex.Match[str], mod: Mod | None) -> DateValue | None:
        fiscal = match["fiscal"] is not None  # a fiscal year need not be the calendar year
        if not (fiscal or mod or match["the_year"] or self._used_as_year(match)):
            return None
        year = int(match["year_head"])
        return _value(
            Granularity.YEAR, Resolution.STATED, None, mod=Mod.APPROX if fiscal else mod, year=year
        )

    def _used_as_year(self, match: regex.Match[str]) -> bool:
        """Whether a bare four-digit number is a year: "in 2022", "2022's", "the 2022 riots"."""
        start = match.start()
        window = max(0, start - 24)
        before = _WORD_BEFORE.match(self.text, window, start)
        word = before[1].lower() if before else ""
        follows = _AFTER_YEAR.match(self.text, match.end(), match.end() + MATCH_REACH)
        if word in ("and", "to", "or") or self.text[start - 1 : start] == "-":
            # "2021 and 2022", "2009-2010"; not "from 12 to 2022 people"
            return _YEAR_BEFORE.match(self.text, window, start) is not None
        if word in DETERMINERS:
            return follows is not None  # "the 2022 amendments", "his 2007 campaign"
        return word in YEAR_PREPOSITIONS or (follows is not None and follows[0] == "'s")

    def _day_word(self, match: regex.Match[str], mod: Mod | None) -> DateValue | None:
        if match["day_word"][0].isupper() and _NAME_BEFORE.match(
            self.text, max(0, match.start() - 30), match.start()
        ):
            return None  # "she told Zhetysu Today": a masthead
        shift = DAY_WORDS[match["day_word"].lower()]
        shift += {"before": -1, "after": 1}.get((match["dayrel"] or "").lower(), 0)
        if self.reference is None:
            return _value(Granularity.DAY, Resolution.RELATIVE, None, mod=mod, year=None)
        day = self.reference + datetime.timedelta(days=shift)
        return _value(
            Granularity.DAY,
            Resolution.RELATIVE,
            self.reference,
            mod=mod,
            year=day.year,
            month=day.month,
            day=day.day,
        )

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
            return _value(granularity, Resolution.RELATIVE, None, mod=mod, year=None)
        if unit == "year":
            return _value(granularity, Resolution.RELATIVE, ref, mod=mod, year=ref.year + shift)
        if unit == "month":
            first = ref.replace(day=1) + relativedelta(months=shift)
            return _value(
                granularity, Resolution.RELATIVE, ref, mod=mod, year=first.year, month=first.month
            )
        iso = (ref + datetime.timedelta(weeks=shift)).isocalendar()
        return _value(
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
                return _value(Granularity.QUARTER, Resolution.RELATIVE, None, mod=mod, year=None)
            index = ref.year * 4 + (ref.month - 1) // 3 + shift
            year, quarter = index // 4, index % 4 + 1
        elif ordinal:  # "the first quarter": of the reference year
            quarter = ORDINALS[ordinal]
            year = ref.year if ref else None
        else:
            return None
        return _value(
            Granularity.QUARTER,
            resolution,
            ref,
            mod=mod,
            year=year,
            part=str(quarter) if quarter else None,
        )

    def _q_head(self, match: regex.Match[str], mod: Mod | None) -> DateValue | None:
        return _value(
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
        return _value(
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
            return _value(
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
            return _value(Granularity.SEASON, resolution, None, mod=mod, year=None, part=season)
        ref_year, ref_season = _season_of(ref)
        here = ref_year * 4 + _SEASON_ORDER.index(ref_season)
        target = _SEASON_ORDER.index(season)
        if rel == "last":
            index = max(i for i in range(here - 4, here) if i % 4 == target)
        elif rel in ("next", "coming"):
            index = min(i for i in range(here + 1, here + 5) if i % 4 == target)
        elif rel == "this":
            index = ref_year * 4 + target if ref_season != "WI" or season == "WI" else here
        elif self.future(_start(match)):
            index = min(i for i in range(here, here + 4) if i % 4 == target)
        else:
            index = max(i for i in range(here - 3, here + 1) if i % 4 == target)
        resolution = Resolution.RELATIVE if rel else Resolution.YEAR_INFERRED
        return _value(
            Granularity.SEASON,
            resolution,
            ref,
            mod=mod,
            year=index // 4,
            part=_SEASON_ORDER[index % 4],
        )

    def _decade_head(self, match: regex.Match[str], mod: Mod | None) -> DateValue | None:
        first = int(match["decade_head"])
        if first % 100 == 0 and first < 2000:  # "the 1800s": the century; "the 2000s": a decade
            return _value(Granularity.CENTURY, Resolution.STATED, None, mod=mod, year=first)
        return _value(Granularity.DECADE, Resolution.STATED, None, mod=mod, year=first)

    def _century_head(self, match: regex.Match[str], mod: Mod | None) -> DateValue | None:
        ordinal = match["century_ordinal"].lower()
        number = ORDINAL_WORDS.get(ordinal) or int(ordinal.rstrip("stndrh"))
        if number == 0:
            return None
        # TIMEX3 names a century by its hundreds: the 20th century is 19, the years 1900-1999
        return _value(
            Granularity.CENTURY, Resolution.STATED, None, mod=mod, year=100 * number - 100
        )

    def _ref_head(self, match: regex.Match[str], mod: Mod | None) -> DateValue | None:
        head = match["ref_head"]
        if head[0].isupper() and _NAME_BEFORE.match(
            self.text, max(0, match.start() - 30), match.start()
        ):
            return None  # "Kazakhstan Now": a masthead
        return _value(
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
            return _value(granularity, Resolution.RELATIVE, None, mod=mod, year=None)
        n = int(count)
        days = {"day": n, "week": 7 * n}.get(unit, 0)
        then = ref - relativedelta(days=days, months={"month": n, "year": 12 * n}.get(unit, 0))
        return _value(
            granularity,
            Resolution.RELATIVE,
            ref,
            mod=mod,
            year=then.year,
            month=then.month,
            day=then.day,
        )


def _short_year(first: int, digits: str) -> DateValue | None:
    """The second year of "1957-58", in the century of the first; "1999-00" ends in 2000."""
    year = first - first % 100 + int(digits)
    year += 100 if year <= first else 0
    if year - first > 20:
        return None  # "1957-99" is no range of years
    return _value(Granularity.YEAR, Resolution.STATED, None, mod=None, year=year)


def _start(match: regex.Match[str]) -> int:
    """Where the mention starts: at its lead (modifier, weekday, day), if any."""
    return min(match.start("lead"), match.start()) if match["lead"] else match.start()


def _scan(text: str, reference: datetime.date | None) -> list[_Read]:
    normal = normalise(text)
    lower = lowercase(normal)
    reader = _Reader(normal, reference)
    found: list[_Read] = []
    end = 0
    starts = sorted(
        {m.start() for m in _CAPITALISED_WORD.finditer(normal) if m[0] in _NAMED_FORMS}
        | {
            m.start()
            for word, trigger in _LOWER_TRIGGERS
            if word in lower
            for m in trigger.finditer(lower)
        }
    )
    for start in starts:
        if start < end:
            continue
        match = _PATTERN.match(normal, start, start + MATCH_REACH)
        if match is None:
            continue
        first = _start(match)
        if first < end:
            continue
        value = reader.read(match)
        if value is None:
            continue
        end = match.end()
        found.append(_Read(value=value, span=Span(first, end)))
        if normal.startswith("-", end) and match["year_head"]:  # "58" of "in 1957-58"
            short = _SHORT_YEAR.match(normal, end)
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


_YEAR_ALONE = compile_lazily(_YEAR, regex.VERBOSE)
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
        return _value(Granularity.YEAR, Resolution.STATED, None, mod=None, year=int(year[0]))
    found = _scan(text, reference)
    if len(found) != 1 or found[0].span != Span(begin, end):
        return None
    return found[0].value
