"""English date words, and the one pattern every date mention is matched with."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

import regex

from kzjustice._text import compile_lazily
from kzjustice.models import Mod
from kzjustice.numbers import NUMBER, NUMBER_LISTS

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

YEAR = r"(?: (?: 19 | 20 ) [0-9]{2} (?! [0-9] ) )"
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

PATTERN = compile_lazily(
    rf"""
    # 05.01.2022, 25/01/2022, 2022-01-05, 2023/03/17, "Tuesday, 14.03.2023"
      (?= [0-9] ) (?<= (?P<lead> (?: (?P<weekday> \L<weekday_name> ) ,? \s+ )? ) )
      (?<! [0-9./-] )
      (?: (?P<nd> [0-9]{{1,2}} ) (?P<nsep> [./-] ) (?P<nm> [0-9]{{1,2}} ) (?P=nsep)
          (?P<ny> {YEAR} )
        | (?P<iy> {YEAR} ) (?P<isep> [-/.] ) (?P<im> [0-9]{{1,2}} ) (?P=isep)
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
      (?: (?: \s*+ , \s*+ | \s+ ) (?: of \s+ )? (?P<year> {YEAR} ) )?

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
      (?P<year_head> {YEAR} ) (?! [.,/:] [0-9] | - [0-9]{{1,2}} - | \s* % )
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
      (?: \s+ of \s+ (?: (?P<year> {YEAR} ) | (?P<year_rel> this | last | next ) \s+ year \b )
        | ,? \s+ (?P<year> {YEAR} ) )?

    # "Q1 2023"
    | (?P<q_head> Q (?P<q> [1-4] ) ) \b ,? \s+ (?P<year> {YEAR} )

    # "week 12 of 2023", "the 30th week of 2022"
    | (?= week \b )
      (?<= (?P<lead> (?: the \s+ (?P<week_ordinal> [0-9]{{1,2}} ) (?: st | nd | rd | th ) \s+ )? ) )
      (?P<week_head> week ) \b (?: \s+ (?P<week_number> [0-9]{{1,2}} ) \b )?
      (?: \s+ of \s+ (?P<year> {YEAR} ) | ,? \s+ (?P<year> {YEAR} ) )

    # "the summer of 2022", "autumn 2021", "last winter", "this summer"
    | (?= \L<season_name> \b )
      (?<= (?P<lead> (?: {_MOD} )? (?: {_REL} \s+ | (?P<the> the ) \s+ )? ) )
      (?P<season_head> \L<season_name> ) \b
      (?: \s+ of \s+ (?P<year> {YEAR} ) | \s+ (?P<year> {YEAR} ) )?

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
NAMED_FORMS = frozenset(form for w in NAMED_HEADS for form in (w.capitalize(), w.upper()))
CAPITALISED_WORD = compile_lazily(
    rf"""[A-Z] (?<! \w [A-Z] )
        [A-Za-z]{{{min(map(len, NAMED_HEADS)) - 1},{max(map(len, NAMED_HEADS)) - 1}}} \b""",
    regex.VERBOSE,
)
LOWER_TRIGGERS = (
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

SHORT_YEAR = compile_lazily(r"- (?P<short> [0-9]{2} ) (?! [0-9] | [./-] [0-9] )", regex.VERBOSE)
WORD_BEFORE = compile_lazily(r"(?r) ([a-z']+) [\s-]* \Z", regex.VERBOSE | regex.IGNORECASE)
YEAR_BEFORE = compile_lazily(rf"(?r) {YEAR} \s* (?: - | to | and | or ) \s* \Z", regex.VERBOSE)
AFTER_YEAR = compile_lazily(r"'s\b | \s+ [a-z]", regex.VERBOSE)  # "2022's", "the 2022 riots"
NAME_BEFORE = compile_lazily(r"(?r) (?<! [.!?:] \s* ) \b [A-Z][\w-]+ \s+ \Z", regex.VERBOSE)
