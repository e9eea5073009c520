"""Lengths of time in English news prose, read exactly as stated.

Supported forms, each with an example:

- a number and a unit, in digits or words, singular or plural: "9 years", "nine years",
  "twenty-one years", "a year", "an hour", "18 months", "two weeks", "15 days", "240 hours",
  "a decade" (ten years), "a hundred hours";
- adjectival forms: "17-year", "a 10-year prison term", "one-year-nine-month",
  "two-and-a-half-year", "year-long";
- compounds, largest unit first: "one year and nine months", "1 year 9 months",
  "2 years, 3 months and 10 days", "four-year, six-month";
- halves, turned into months (or days for a month, hours for a day): "eight and a half years",
  "8.5 years", "1½ years", "4 1/2 years", "a year and a half", "half a year";
- decimal years, as whole months where they are ("2.25 years" is two years and three months),
  else as written ("15.6 years");
- a number repeated in words: "5 (five) years", "seven (7) years";
- ranges: "from four to six years", "ranging from 18 months to three years", "between three
  and five years", "3-5 years", "three to five years", "four and a half to six years"; a
  number that names a thing never starts one ("on May 10 to 5 years", "under Article 272 to 6
  years" are five and six years), and a range that would run backwards without "from" is its
  last term alone;
- caps and floors: "up to 12 years", "no more than", "not more than", "as much as",
  "at least 10 years", "no less than", "not less than", "a minimum of".

``find_terms`` scans prose, ``parse_term`` reads a string that should hold exactly one term.

Out of scope: vague lengths ("several weeks", "a few years", "decades"), minutes and seconds,
fractions of a month or smaller unit other than a half, rates ("twice a month" is no month),
and ages ("a 17-year-old" is not a term).
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Mapping
from decimal import Decimal
from types import MappingProxyType
from typing import Any

import attrs
import regex

from kzjustice._text import MATCH_REACH, compile_lazily, normalise
from kzjustice.dates.vocabulary import MONTHS
from kzjustice.models import Found, Span, Term, TermRange
from kzjustice.numbers import NUMBER, NUMBER_LISTS, NUMBER_PATTERN, NUMBER_WORDS, to_number

__all__ = ["find_terms", "parse_term"]

UNIT_WORDS = MappingProxyType(
    {
        "year": "years",
        "years": "years",
        "yr": "years",
        "yrs": "years",
        "month": "months",
        "months": "months",
        "week": "weeks",
        "weeks": "weeks",
        "day": "days",
        "days": "days",
        "hour": "hours",
        "hours": "hours",
        "decade": "decades",
        "decades": "decades",
    }
)
"""Each unit word, and the field of :class:`~kzjustice.models.Term` it counts."""

HALF_WORDS = ("half",)
NAMING_WORDS = (
    *MONTHS, "article", "articles", "art", "arts", "part", "parts", "pt", "paragraph",
    "paragraphs", "para", "paras", "subparagraph", "clause", "section", "sec", "chapter",
    "item", "point", "no", "nos", "number", "case", "count", "counts", "aged", "age",
)  # fmt: skip
"""Words after which a number names a thing, so never starts a range: "on May 10 to 5 years",
"under Article 190 to 3 years"."""
FURTHER_WORDS = ("further", "additional", "extra")
"""Words between "a" and a unit that leave it one: "a further year of restricted freedom"."""
FREQUENCY_WORDS = ("once", "twice", "thrice", "times", "per")
"""Words that make "a month" a rate, not a length: "twice a month"."""
CAP_WORDS = ("up to", "no more than", "not more than", "as much as", "a maximum of", "maximum of")
FLOOR_WORDS = (
    "at least", "no less than", "not less than", "a minimum of", "minimum of", "no fewer than",
)  # fmt: skip

_LISTS: Mapping[str, Any] = MappingProxyType(
    {
        **NUMBER_LISTS,
        "unit": tuple(UNIT_WORDS),
        "cap": CAP_WORDS,
        "floor": FLOOR_WORDS,
        "naming_word": NAMING_WORDS,
        "frequency_word": FREQUENCY_WORDS,
        "further_word": FURTHER_WORDS,
    }
)

_N = rf"(?: {NUMBER} (?: \s*+ \( \s*+ {NUMBER} \s*+ \) )?+ )"  # "5 (five)"
# What stands before a number that names a thing: "May", "Article", "articles 255 and"
_NAMED = r"(?: \b \L<naming_word> \.? \s++ (?: [0-9]++ \s*+ (?: , | and ) \s*+ )*+ )"
# "a year", "a further year", "another year": only before a unit
_ARTICLE = r"(?: \b \L<article_word> (?: \s+ \L<further_word> )?+ | \b another )"
_HYPHEN = r"(?: \s*+ - \s*+ )"
_SEP = r"(?: \s*+ - \s*+ | \s++ )"  # "nine years", "nine-year"
HALF_IN = r"(?: \s+ and \s+ a \s+ half | - and - a - half | \s*+ ½ | (?: \s++ | - ) 1/2 )"
"""A half after a number: "eight and a half", "8½", "8 1/2", "7-1/2"."""
_HALF_AFTER = compile_lazily(rf"{HALF_IN} \s* \Z", regex.VERBOSE | regex.IGNORECASE)
_HALF_OUT = r"(?: \s+ and \s+ a \s+ half \b )"  # "a year and a half"
_JOIN = r"(?: \s*+ , \s*+ (?: and \s+ )?+ | \s+ and \s+ | - and - | \s*+ - \s*+ | \s++ )"

# One part: "nine years", "8.5-year", "a year and a half", "half a year", "5 (five) years",
# "year-long".
_PART = rf"""
    (?: (?: {_N} {HALF_IN}?+ | {_ARTICLE} ) {_SEP} \L<unit> \b {_HALF_OUT}?+
      | \b half \s+ (?: a | an ) \s+ \L<unit> \b
      | (?<! [\w-] ) (?: year | month | week | day ) - long \b )
"""


# A compound continues with a number, never an article ("five years, a month later" is two),
# and with a smaller unit ("between 18 months and three years" is a range).
def _next(units: str) -> str:
    return rf"(?: {_JOIN} {_N} {HALF_IN}?+ {_SEP} \L<{units}> \b )"


TERM = rf"(?: {_PART} {_next('unit')}{{0,3}} (?! - ?old \b | \s+ old \b ) )"
"""One term, for other grammars to embed (compile with the named lists of ``find_terms``)."""

_ORDER: tuple[str, ...] = ("decades", "years", "months", "weeks", "days", "hours")
_SMALLER: Mapping[str, Any] = MappingProxyType(
    {
        f"below_{field}": tuple(
            w for w, f in UNIT_WORDS.items() if _ORDER.index(f) > _ORDER.index(field)
        )
        for field in _ORDER[:-1]
    }
)


def _any_case(word: str) -> str:
    """Spell out case-insensitivity: a case-sensitive scan for the unit is three times faster."""
    return "".join(f"[{c.upper()}{c.lower()}]" if c.isalpha() else regex.escape(c) for c in word)


def _trigger() -> str:
    """One group per unit size, so that a compound can continue only with smaller units."""
    return "|".join(
        f"(?P<{field}> "
        + "|".join(
            _any_case(w)
            for w in sorted(UNIT_WORDS, key=len, reverse=True)
            if UNIT_WORDS[w] == field
        )
        + " )"
        for field in _ORDER
    )


def _compound() -> str:
    """The parts after the first: "(one year) and nine months", by the size of the first."""
    tail = ""
    for field in reversed(_ORDER[:-1]):
        otherwise = f"| {tail}" if tail else ""
        tail = f"(?({field}) {_next('below_' + field)}{{0,3}} {otherwise})"
    return tail


# The last character or two of a number that can stand before a unit, then the unit: a cheap
# check that fails "year year year" five times faster than the number grammar would.
_NUMBER_END = "|".join(
    ["[0-9)½]", r"\b[Aa]"]
    + [_any_case(end) for end in ("ne", "wo", "ee", "ur", "ve", "ix", "en", "ht", "ty", "ed")]
    + [_any_case(end) for end in ("lf", "an", "er", "al", "ra")]  # "half", "a further"
)
_GUARD = rf"(?<= (?: {_NUMBER_END} ) [\s-]+ [A-Za-z]+ )"

# Anchored on the unit word, which is fast to scan for, the pattern reads leftwards from it in
# a lookbehind: trying every word as the start of a number would be twenty times slower.
_PATTERN = compile_lazily(
    rf"""
    \b (?: {_trigger()} ) \b
    (?: (?<= (?: ^ | [^\w-] ) [A-Za-z]+ ) (?<! (?i: {_N} ) \s+ [A-Za-z]+ )  # "year-long";
        (?P<long> - (?i: long ) \b )                                 # not "20 year-long"
    | {_GUARD} (?i:
      (?<=
        (?: (?P<between> \b between \s+ ) (?P<low> {_N} {HALF_IN}?+ \s+ and \s+ )?  # "and" only
          | (?: (?P<from> \b (?: ranging \s+ )? from \s+ )          # here: "nine and seven years
              | (?P<cap> \b \L<cap> \s+ )                           # respectively" is two
              | (?P<floor> \b \L<floor> \s+ ) )?
            (?<! {_NAMED} )                                         # not "May 10 to 5 years"
            (?P<low> (?<! [0-9.,/] ) [0-9]++ {_HYPHEN}               # "3-5 years": digits only
                   | (?<! \b (?: remaining | other | the | last | first ) \s+ )    # not "the other
                     {_N} {HALF_IN}?+ (?: \s+ to \s+ | - to - ) )? )  # two to six years"
        (?P<first> \b half \s+ (?: a | an ) | {_N} {HALF_IN}?+
                 | (?<! \b \L<frequency_word> \s++ ) {_ARTICLE} )   # not "twice a month"
        {_SEP} [A-Za-z]+
      )
      (?P<rest> {_HALF_OUT}?+ {_compound()} (?: - long \b )?+ )  # "20-year-long"
      (?! - ?old \b | \s+ old \b )
      (?(from) (?: \s+ (?: to | until ) \s+ (?P<high> {TERM} ) )? )   # "from 18 months to 3 years"
      (?(between) (?: \s+ and \s+ (?P<high> {TERM} ) )? ) )
    )
    """,
    regex.VERBOSE,
    **_LISTS,
    **_SMALLER,
)
# Where a term may be: a unit word after something that can end a number, or "year-long".
# Scanning for these first, checking what stands before a word starting like a unit before
# the unit itself, and matching the full pattern only there, keeps "year year year ..." as
# fast as prose: a full attempt at every unit word would cost five times as much.
# Both start with a unit's first letter: tested once, before either is tried, it rules out most
# positions a third faster.
_CANDIDATE = compile_lazily(
    rf"""
    \b (?= [YyMmWwDdHh] )
    (?: (?<= (?: {_NUMBER_END} ) [\s-]++ ) (?i: \L<unit> ) \b
      | (?i: year | month | week | day ) - (?i: long ) \b )
    """,
    regex.VERBOSE,
    unit=sorted(UNIT_WORDS, key=len, reverse=True),
)

# One part of a term, anchored on its unit like the pattern above: "nine years",
# "a year and a half", "half a year", "eight and a half", "5 (five) years", "year-long".
_PART_PATTERN = compile_lazily(
    rf"""
    (?P<unit> \L<unit> ) \b
    (?<= (?: (?P<half> \b half \s+ (?: a | an ) ) | (?P<number> {_N} | {_ARTICLE} )
             (?P<inner> {HALF_IN} )?+ ) {_SEP} \L<unit> )
    (?P<outer> {_HALF_OUT} )?+
    | (?<! [\w-] ) (?P<unit> year | month | week | day ) - long \b
    """,
    regex.VERBOSE | regex.IGNORECASE,
    ignore_unused=True,
    **_LISTS,
)
# Half a month is 15 days, half a day 12 hours; years take any fraction that is whole months.
_HALF_OF = MappingProxyType({"months": ("days", 15), "days": ("hours", 12)})
_HALF = Decimal("0.5")
_ONE = Decimal(1)
_ONE_WORDS = frozenset(  # "a", "a further", "another": one
    (
        ("another",),
        *((a, *f) for a in NUMBER_LISTS["article_word"] for f in ((), *zip(FURTHER_WORDS))),
    )
)


@attrs.frozen
class TermMatch:
    """A term or range in a text, with each stated term and where it is written."""

    value: Term | TermRange | None  # none when two terms run backwards: "from seven to five"
    span: Span
    parts: tuple[tuple[Term, Span], ...]  # each stated term: one, or the two ends of a range


def _to_term(text: str, unit: str | None = None) -> Term | None:
    """Read one term; with ``unit``, a bare number ("four" of "four to six") counts in it."""
    parts: dict[str, Decimal] = {}
    previous = -1
    for match in _PART_PATTERN.finditer(text):
        field = UNIT_WORDS[match["unit"].lower()]
        order = _ORDER.index(field)
        if order <= previous:  # "six months, two years" is not one compound
            return None
        previous = order
        count = _HALF if match["half"] else _count(match["number"]) if match["number"] else _ONE
        if count is None:
            return None
        parts[field] = count + (_HALF if match["inner"] or match["outer"] else 0)
    if not parts:
        half = _HALF_AFTER.search(text)  # "seven and a half" of "between seven and a half and"
        count = _count(text[: half.start()] if half else text)
        if count is None or unit is None:
            return None
        parts[unit] = count + (_HALF if half else 0)
    return _build(parts)


def _count(text: str) -> Decimal | None:
    """Read the number of one part: "5 (five)" counts once, "a" and "an" count one."""
    if tuple(text.lower().split()) in _ONE_WORDS:
        return _ONE
    match = NUMBER_PATTERN.search(text)
    number = None if match is None else to_number(match[0])
    if number is None or number >= 1000:  # "the 2019 years" is no length
        return None
    digits = match[0].replace(",", "") if match else ""
    return Decimal(digits) if "." in digits else Decimal(int(number))  # "15.6" as written


def _build(parts: Mapping[str, Decimal | int]) -> Term | None:
    """Turn counts per unit into a term; a half becomes the next smaller unit.

    A decimal number of years is whole months where it can be ("2.25 years" is two years and
    three months), else kept as written when it is the term's only part ("15.6 years").
    """
    whole = dict.fromkeys(_ORDER, 0)
    years = Decimal(parts.get("years", 0)) + 10 * Decimal(parts.get("decades", 0))
    whole["years"] = int(years)
    months = (years - int(years)) * 12
    if months != int(months):
        if len(parts) > 1:
            return None  # "2.3 years and 4 months" is no term
        return Term(years=years)
    whole["months"] = int(months)
    for field in _ORDER[2:]:
        count = Decimal(parts.get(field, 0))
        whole[field] += int(count)
        fraction = count - int(count)
        if fraction == _HALF and field in _HALF_OF:
            smaller, amount = _HALF_OF[field]
            whole[smaller] += amount
        elif fraction:
            return None  # "2.3 months" is not stated in whole units
    if not any(whole.values()):
        return None
    return Term(
        years=whole["years"],
        months=whole["months"],
        weeks=whole["weeks"],
        days=whole["days"],
        hours=whole["hours"],
    )


def unit_of(term: Term) -> str:
    """The largest unit a term is stated in: the unit a bare low end takes from it.

    "three to four and a half years" is three years to four and a half.
    """
    return next(field for field in _ORDER[1:] if getattr(term, field))


_CONNECTOR = compile_lazily(
    r"(?: \s*+ - \s*+ | \s+ (?: to | and ) \s+ ) \Z", regex.VERBOSE | regex.I
)


_UNIT_STEMS = tuple(
    word for word in UNIT_WORDS if not any(word != other and word.startswith(other)
                                           for other in UNIT_WORDS)
)  # fmt: skip
"""The unit words no other starts ("year", not "years"): text without one holds no term."""


def scan(text: str) -> Iterator[TermMatch]:
    """Yield every term and range in ``text`` (normalised or not), in order."""
    normal = normalise(text)
    if normal.isascii():  # where lower case is all that ignoring case means
        lower = normal.lower()
        if not any(stem in lower for stem in _UNIT_STEMS):
            return
    end = 0
    for candidate in _CANDIDATE.finditer(normal):
        if candidate.start() < end:
            continue
        match = _PATTERN.match(normal, candidate.start(), candidate.start() + MATCH_REACH)
        if match is None:
            continue
        end = match.end()
        found = _read(match, text)
        if found is not None:
            yield found


def _read(match: regex.Match[str], text: str) -> TermMatch | None:
    """The term or range a match of the pattern states, if its number makes one."""
    if match["long"] is not None:
        term = _to_term(match[0])  # "year-long"
        if term is None:
            return None
        span = Span(*match.span())
        return TermMatch(value=term, span=span, parts=((term, span),))
    main = Span(match.start("first"), match.end("rest"))
    count = NUMBER_WORDS.get(match["first"].lower()) if not match["rest"] else None
    if count is None and match["first"].isdigit() and not match["rest"]:
        count = int(match["first"])
    if count is not None and 0 < count < 1000:  # the common case, read without a second scan
        unit = next(field for field in _ORDER if match[field] is not None)
        term = _single(unit, count)
    else:
        term = _to_term(text[main.start : main.end])
    return None if term is None else _ranged(match, main, term)


@functools.lru_cache(maxsize=1024)
def _single(unit: str, count: int) -> Term:
    """A term of one part: made once, as terms are frozen ("five years" in every article)."""
    return Term(years=10 * count) if unit == "decades" else Term(**{unit: count})


def _ranged(match: regex.Match[str], main: Span, term: Term) -> TermMatch:
    """Return the term at ``main`` with the range, cap or floor the match puts around it."""
    alone = TermMatch(value=term, span=main, parts=((term, main),))
    low: Term | None
    high: Term | None
    if match["high"] is not None:  # "from 18 months to three years"
        low, low_span = term, main
        high_span = Span(*match.span("high"))
        high = _to_term(match["high"])
        start = match.start("from") if match["from"] is not None else match.start("between")
    elif match["low"] is not None:  # "four to six years", "3-5 years"
        high, high_span = term, main
        connector = _CONNECTOR.search(match["low"])
        low_end = match.start("low") + (connector.start() if connector else len(match["low"]))
        low_span = Span(match.start("low"), low_end)
        low = _to_term(match.string[low_span.start : low_span.end], unit_of(term))
        lead = next((n for n in ("from", "between") if match[n] is not None), "low")
        start = match.start(lead)
    elif match["cap"] is not None:
        span = Span(match.start("cap"), main.end)
        return TermMatch(value=TermRange(high=term), span=span, parts=alone.parts)
    elif match["floor"] is not None:
        span = Span(match.start("floor"), main.end)
        return TermMatch(value=TermRange(low=term), span=span, parts=alone.parts)
    else:
        return alone
    if low is None or high is None:
        return alone
    parts = ((low, low_span), (high, high_span))
    if low.approx_days() >= high.approx_days():
        if match["from"] is None or low == high:  # "the 10 to 5 years": the first is no term
            return alone
        # "cut from seven to five years": two terms
        return TermMatch(value=None, span=Span(low_span.start, high_span.end), parts=parts)
    return TermMatch(
        value=TermRange(low=low, high=high), span=Span(start, match.end()), parts=parts
    )


def find_terms(text: str) -> tuple[Found[Term | TermRange], ...]:
    """Return every term and range stated in ``text``, in order.

    >>> [f.text for f in find_terms("He got nine years; she got a 2-year term, up to 5 years.")]
    ['nine years', '2-year', 'up to 5 years']
    >>> find_terms("The 17-year-old was fined.")
    ()
    """
    found: list[Found[Term | TermRange]] = []
    for match in scan(text):
        if match.value is not None:
            found.append(Found(value=match.value, span=match.span, text=_slice(text, match.span)))
        else:  # "from seven to five years": two terms
            found.extend(Found(value=t, span=s, text=_slice(text, s)) for t, s in match.parts)
    return tuple(found)


def _slice(text: str, span: Span) -> str:
    return text[span.start : span.end]


_FIRST_UNIT_REACH = 200  # "between one hundred and twenty-five (125) and ... months"


def parse_term(text: str) -> Term | TermRange | None:
    """Read a string that should hold exactly one term or range; anything else is None.

    >>> parse_term("one year and nine months")
    Term(years=1, months=9, weeks=0, days=0, hours=0)
    >>> parse_term("ranging from four to six years").low.years
    4
    >>> parse_term("four years in prison") is None
    True
    """
    stripped = text.strip()
    normal = normalise(stripped)
    # The first unit word of a term that starts the string stands near its start: look for it
    # there, not all the way through a long text.
    candidate = _CANDIDATE.search(normal, 0, _FIRST_UNIT_REACH)
    match = (
        _PATTERN.match(normal, candidate.start(), candidate.start() + MATCH_REACH)
        if candidate
        else None
    )
    found = _read(match, stripped) if match else None
    if found is None or found.span != Span(0, len(stripped)):
        return None
    return found.value
