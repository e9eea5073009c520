"""Hypothesis strategies for every record, and helpers shared by the test modules."""

from __future__ import annotations

import calendar
import datetime
from typing import Any, TypeVar

from hypothesis import strategies as st

from kzjustice.models import (
    AgeRange,
    Article,
    Bound,
    Case,
    Charge,
    DateValue,
    Defendant,
    Found,
    Granularity,
    Kind,
    Mod,
    Money,
    Resolution,
    Sentence,
    Source,
    Span,
    Statistic,
    Status,
    Term,
    TermRange,
)

T = TypeVar("T")

_small = st.integers(min_value=0, max_value=120)
_text = st.text(max_size=30)


@st.composite
def spans(draw: st.DrawFn) -> Span:
    start = draw(st.integers(min_value=0, max_value=100_000))
    return Span(start, start + draw(st.integers(min_value=0, max_value=500)))


def found(values: st.SearchStrategy[T]) -> st.SearchStrategy[Found[T]]:
    return st.builds(Found, value=values, span=spans(), text=_text)


def maybe(values: st.SearchStrategy[T]) -> st.SearchStrategy[T | None]:
    return st.none() | values


terms: st.SearchStrategy[Term] = (
    st.tuples(_small, _small, _small, _small, _small)
    .filter(any)
    .map(lambda p: Term(years=p[0], months=p[1], weeks=p[2], days=p[3], hours=p[4]))
) | st.decimals(min_value=0, max_value=99, places=1).filter(lambda d: d * 12 % 1 != 0).map(
    lambda years: Term(years=years)  # "15.6 years": no whole number of months
)


@st.composite
def term_ranges(draw: st.DrawFn) -> TermRange:
    low, high = sorted(draw(st.lists(terms, min_size=2, max_size=2)), key=Term.approx_days)
    shape = draw(st.sampled_from(["both", "low", "high"]))
    return TermRange(low=None if shape == "high" else low, high=None if shape == "low" else high)


_NO_TERM = {Kind.ACQUITTAL, Kind.LIFE_IMPRISONMENT, Kind.FINE}

moneys = st.builds(
    Money,
    amount=st.integers(min_value=0, max_value=10**12),
    currency=st.sampled_from(["KZT", "USD", "MCI", "EUR"]),
)


@st.composite
def sentences(draw: st.DrawFn) -> Sentence:
    kind = draw(st.sampled_from(Kind))
    term = None if kind in _NO_TERM else draw(maybe(terms | term_ranges()))
    fine = draw(maybe(moneys)) if kind is Kind.FINE else None
    detail = draw(maybe(st.text(min_size=1))) if kind is Kind.BAN else None
    status = draw(st.sampled_from(Status))
    return Sentence(kind=kind, status=status, term=term, fine=fine, detail=detail)


def _month_end(year: int, month: int) -> datetime.date:
    return datetime.date(year, month, calendar.monthrange(year, month)[1])


def period(granularity: Granularity, day: datetime.date) -> tuple[str, Any, Any]:
    """Return the TIMEX3 value and bounds of the period of ``granularity`` holding ``day``."""
    y, m = day.year, day.month
    if granularity is Granularity.DAY:
        return day.isoformat(), day, day
    if granularity is Granularity.WEEK:
        iso = day.isocalendar()
        monday = day - datetime.timedelta(days=iso.weekday - 1)
        return f"{iso.year}-W{iso.week:02d}", monday, monday + datetime.timedelta(days=6)
    if granularity is Granularity.MONTH:
        return f"{y:04d}-{m:02d}", day.replace(day=1), _month_end(y, m)
    if granularity is Granularity.QUARTER:
        q = (m - 1) // 3
        return f"{y:04d}-Q{q + 1}", datetime.date(y, 3 * q + 1, 1), _month_end(y, 3 * q + 3)
    if granularity is Granularity.SEASON:
        season = ["SP", "SU", "FA"][(m - 3) // 3] if 3 <= m <= 11 else "WI"
        return f"{y:04d}-{season}", day, day  # bounds of seasons are not under test here
    if granularity in (Granularity.DECADE, Granularity.CENTURY):
        size, digits = (10, 3) if granularity is Granularity.DECADE else (100, 2)
        first = y - y % size
        value = f"{y // size:0{digits}d}"  # 199, 19
        return value, datetime.date(first, 1, 1), datetime.date(first + size - 1, 12, 31)
    if granularity is Granularity.REFERENCE:
        return ["PRESENT_REF", "PAST_REF", "FUTURE_REF"][y % 3], None, None
    return f"{y:04d}", datetime.date(y, 1, 1), datetime.date(y, 12, 31)


@st.composite
def date_values(draw: st.DrawFn) -> DateValue:
    day = draw(st.dates(min_value=datetime.date(1900, 1, 1), max_value=datetime.date(2100, 12, 1)))
    granularity = draw(st.sampled_from(Granularity))
    resolution = draw(st.sampled_from(Resolution))
    reference = None if resolution is Resolution.STATED else draw(maybe(st.dates()))
    if reference is None and resolution is not Resolution.STATED:
        value = f"XXXX-{day.month:02d}-{day.day:02d}"
        return DateValue(value=value, granularity=Granularity.DAY, resolution=resolution)
    value, earliest, latest = period(granularity, day)
    return DateValue(
        value=value,
        granularity=granularity,
        resolution=resolution,
        mod=draw(maybe(st.sampled_from(Mod))),
        earliest=earliest,
        latest=latest,
        reference=reference,
    )


charges = st.builds(
    Charge,
    text=_text,
    key=maybe(st.sampled_from(["torture", "mass_riots_participation"])),
    article=maybe(st.integers(min_value=1, max_value=500)),
    part=maybe(st.integers(min_value=1, max_value=5)),
)


@st.composite
def age_ranges(draw: st.DrawFn) -> AgeRange:
    low, high = sorted(draw(st.lists(_small, min_size=2, max_size=2)))
    return AgeRange(low=low, high=high)


defendants = st.builds(
    Defendant,
    count=maybe(st.integers(min_value=1, max_value=2000)),
    name=maybe(found(_text)),
    group=maybe(found(_text)),
    age=maybe(found(_small)),
    age_range=maybe(found(age_ranges())),
    role=maybe(found(_text)),
    charges=st.lists(found(charges), max_size=3).map(tuple),
    sentences=st.lists(found(sentences()), max_size=3).map(tuple),
)

cases = st.builds(
    Case,
    court=maybe(found(_text)),
    place=maybe(found(_text)),
    date=maybe(found(date_values())),
    defendants=st.lists(defendants, max_size=3).map(tuple),
)

sources = st.builds(
    Source,
    outlet=maybe(found(_text)),
    author=maybe(found(_text)),
    title=maybe(found(_text)),
    url=maybe(_text),
    published=maybe(st.dates()),
    published_evidence=maybe(found(_text)),
)

statistics = st.builds(
    Statistic,
    figure=st.integers(min_value=0, max_value=10**9),
    counts=_text,
    bound=maybe(st.sampled_from(Bound)),
    as_of=maybe(found(date_values())),
)

articles = st.builds(
    Article,
    source=sources,
    cases=st.lists(cases, max_size=2).map(tuple),
    dates=st.lists(found(date_values()), max_size=3).map(tuple),
    statistics=st.lists(found(statistics), max_size=2).map(tuple),
    laws=st.lists(found(sentences()), max_size=2).map(tuple),
)

RECORDS: dict[type[Any], st.SearchStrategy[Any]] = {
    AgeRange: age_ranges(),
    Article: articles,
    Case: cases,
    Charge: charges,
    DateValue: date_values(),
    Defendant: defendants,
    Money: moneys,
    Sentence: sentences(),
    Source: sources,
    Span: spans(),
    Statistic: statistics,
    Term: terms,
    TermRange: term_ranges(),
}
"""A strategy for every record type, keyed by the type."""

RECORD_TYPES: list[type[Any]] = sorted(RECORDS, key=lambda cls: cls.__name__)


# --- renderers: a value written the many ways an article might write it ----------------------

_UNITS = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen"]
_TEENS += ["eighteen", "nineteen"]
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def number_words(n: int, *, joiner: str = "-", hundred_and: bool = True) -> str:
    """Write 1 <= n <= 999 in words: 21 -> "twenty-one", 105 -> "one hundred and five"."""
    hundreds, rest = divmod(n, 100)
    if rest < 10:
        below = _UNITS[rest]
    elif rest < 20:
        below = _TEENS[rest - 10]
    else:
        tens, units = divmod(rest, 10)
        below = _TENS[tens] + (joiner + _UNITS[units] if units else "")
    if not hundreds:
        return below
    head = f"{_UNITS[hundreds]} hundred"
    return head + ((" and " if hundred_and else " ") + below if below else "")


@st.composite
def numbers(draw: st.DrawFn, n: int) -> str:
    """Write ``n`` as digits or words, in any case."""
    style = draw(st.sampled_from(["digits", "words", "words-space", "upper", "title"]))
    if style == "digits":
        return str(n)
    text = number_words(n, joiner=" " if style == "words-space" else "-")
    return text.upper() if style == "upper" else text.title() if style == "title" else text


def _unit(word: str, count: int, *, adjectival: bool) -> str:
    return word if adjectival or count == 1 else word + "s"


@st.composite
def rendered_terms(draw: st.DrawFn, *, adjectival: bool | None = None) -> tuple[Term, str]:
    """Draw a term and write it as prose states it: "one-year-nine-month", "8.5 years"."""
    shape = draw(
        st.sampled_from(["years", "months", "years+months", "half", "days", "hours", "paren"])
    )
    if adjectival is None:
        adjectival = draw(st.booleans())
    sep = "-" if adjectival else " "
    if shape == "years+months":
        years = draw(st.integers(1, 30))
        months = draw(st.integers(1, 11))
        joiner = "-" if adjectival else draw(st.sampled_from([" and ", ", ", " "]))
        y = draw(numbers(years))
        m = draw(numbers(months))
        text = f"{y}{sep}{_unit('year', years, adjectival=adjectival)}{joiner}"
        text += f"{m}{sep}{_unit('month', months, adjectival=adjectival)}"
        return Term(years=years, months=months), text
    if shape == "half":
        years = draw(st.integers(1, 30))
        form = draw(st.sampled_from(["and-a-half", "decimal", "a-year-and-a-half"]))
        if form == "a-year-and-a-half" and years == 1:
            return Term(years=1, months=6), "a year and a half"
        if form == "decimal":
            return Term(years=years, months=6), f"{years}.5{sep}{'year' if adjectival else 'years'}"
        words = draw(numbers(years)) if years > 1 or not adjectival else "one"
        if adjectival:
            return Term(years=years, months=6), f"{words}-and-a-half-year"
        return Term(years=years, months=6), f"{words} and a half years"
    if shape == "paren":
        years = draw(st.integers(1, 30))
        return Term(years=years), f"{years} ({number_words(years)}) years"
    unit, field, top = {
        "years": ("year", "years", 30),
        "months": ("month", "months", 36),
        "days": ("day", "days", 30),
        "hours": ("hour", "hours", 300),
    }[shape]
    count = draw(st.integers(1, top))
    words = "a" if count == 1 and not adjectival and draw(st.booleans()) else draw(numbers(count))
    if adjectival and unit != "hour" and draw(st.booleans()):  # "20-year-long", "20 year-long"
        sep, unit = draw(st.sampled_from(["-", " "])), unit + "-long"
    return Term(**{field: count}), f"{words}{sep}{_unit(unit, count, adjectival=adjectival)}"


def with_spaces(text: str, space: str) -> str:
    """Swap every plain space for ``space`` (a no-break space, say)."""
    return text.replace(" ", space)


_KIND_SUFFIX: dict[Kind, list[str]] = {
    Kind.IMPRISONMENT: ["", " in prison", " in a penal colony", " behind bars", " in jail",
                        " in a medium-security colony", " of imprisonment"],
    Kind.RESTRICTED_FREEDOM: [" of restricted freedom", " of restriction of liberty"],
    Kind.CORRECTIONAL_LABOUR: [" of correctional labour", " of corrective labor"],
    Kind.PROBATION: [" of probation"],
}  # fmt: skip
_KIND_UNIT = {Kind.COMMUNITY_SERVICE: "hours", Kind.ADMINISTRATIVE_ARREST: "days"}
_KIND_SUFFIX[Kind.COMMUNITY_SERVICE] = [" of community service"]
_KIND_SUFFIX[Kind.ADMINISTRATIVE_ARREST] = [" of administrative arrest"]

_STATUS_FRAMES: dict[Status, list[str]] = {
    Status.IMPOSED: [
        "{name} was sentenced to {penalty}.",
        "The court sentenced {name} to {penalty} on Monday.",
        "{name} received {penalty}.",
        "In absentia, {name} was given {penalty}.",
        "The judge handed {name} {penalty}.",
    ],
    Status.REQUESTED: [
        "Prosecutors asked for {penalty} for {name}.",
        "The prosecutor sought {penalty}.",
        "The prosecution is seeking {penalty} for {name}.",
        "Prosecutors demanded {penalty}.",
    ],
    Status.POSSIBLE: [
        "{name} faces {penalty}.",
        "If convicted, {name} could get {penalty}.",
        "The offence is punishable by {penalty}.",
        "{name} risks {penalty}.",
    ],
}
_NAMES = ["Serik Kudebayev", "Akzhol Zhandarbekov", "the former police chief", "him"]


def _not_hours_alone(drawn: tuple[Term, str]) -> bool:
    """A term of more than hours: a prison term in hours alone reads as community work."""
    term = drawn[0]
    return bool(term.years or term.months or term.weeks or term.days)


@st.composite
def rendered_penalties(draw: st.DrawFn) -> tuple[Sentence, str, str]:
    """Draw a (kind, status, term) and write it in a news sentence.

    Returns the penalty, the sentence, and the evidence the parser should cite.
    """
    kind = draw(st.sampled_from(sorted(_KIND_SUFFIX, key=lambda k: k.value)))
    status = draw(st.sampled_from(Status))
    adjectival = kind is Kind.IMPRISONMENT and draw(st.booleans())
    term, phrase = draw(rendered_terms(adjectival=adjectival).filter(_not_hours_alone))
    if adjectival:  # "a one-year-nine-month sentence": the article is not evidence
        phrase += draw(st.sampled_from([" sentence", " prison term", " jail term"]))
    unit = _KIND_UNIT.get(kind)
    if unit is not None:  # community service in hours, administrative arrest in days
        count = draw(st.integers(2, 300 if unit == "hours" else 30))
        term = Term(**{unit: count})
        phrase = f"{draw(numbers(count))} {unit}"
    suffix = "" if adjectival else draw(st.sampled_from(_KIND_SUFFIX[kind]))
    if kind is Kind.IMPRISONMENT and status is Status.POSSIBLE and not suffix and not adjectival:
        suffix = " in prison"  # "punishable by four years" reads as a term, but say it plainly
    evidence = phrase + suffix
    frame = draw(st.sampled_from(_STATUS_FRAMES[status]))
    name = draw(st.sampled_from(_NAMES))
    if frame.startswith("{name}"):
        name = name[0].upper() + name[1:]
    text = frame.format(name=name, penalty=("a " if adjectival else "") + evidence)
    return Sentence(kind=kind, status=status, term=term), text, evidence


_MONTH_NAMES = [calendar.month_name[m] for m in range(1, 13)]
_MONTH_ABBREVIATIONS = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "Jun.", "Jul.", "Aug.", "Sept."]
_MONTH_ABBREVIATIONS += ["Oct.", "Nov.", "Dec."]


def ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


@st.composite
def rendered_full_dates(draw: st.DrawFn) -> tuple[datetime.date, str]:
    """Draw a day and write it in full, as an article might: "Thursday, August 31, 2023"."""
    day = draw(st.dates(min_value=datetime.date(1950, 1, 1), max_value=datetime.date(2049, 12, 31)))
    month = draw(st.sampled_from([_MONTH_NAMES, _MONTH_ABBREVIATIONS]))[day.month - 1]
    d = draw(st.sampled_from([str(day.day), ordinal(day.day)]))
    form = draw(st.sampled_from(["mdy", "dmy", "the-of", "dotted", "slashed", "iso", "weekday"]))
    if form == "mdy":
        return day, f"{month} {d}, {day.year}"
    if form == "dmy":
        return day, f"{d} {month} {day.year}"
    if form == "the-of":
        return day, f"the {ordinal(day.day)} of {month} {day.year}"
    if form == "dotted":
        return day, f"{day.day:02d}.{day.month:02d}.{day.year}"
    if form == "slashed":
        return day, f"{day.day}/{day.month}/{day.year}"
    if form == "iso":
        return day, day.isoformat()
    return day, f"{calendar.day_name[day.weekday()]}, {_MONTH_NAMES[day.month - 1]} {d}, {day.year}"


@st.composite
def penalties_in_context(draw: st.DrawFn) -> tuple[Sentence, str, str]:
    """Draw a prison term and write it beside the numbers a report puts near one.

    A date, an age, an article number or a count of people stands right before the term
    ("sentenced on May 10 to 5 years", "under Article 272 to 6 years", "Abenov, 34, to five
    years"): none of them is part of the term. Returns the penalty, the sentence and the
    evidence the parser should cite.
    """
    term, phrase = draw(rendered_terms(adjectival=False).filter(_not_hours_alone))
    phrase += draw(st.sampled_from(["", " in prison", " of imprisonment", " in a penal colony"]))
    day = draw(st.dates(min_value=datetime.date(2000, 1, 1), max_value=datetime.date(2030, 12, 31)))
    month = draw(st.sampled_from([_MONTH_NAMES, _MONTH_ABBREVIATIONS]))[day.month - 1]
    when = draw(
        st.sampled_from(
            [
                "",
                f"on {month} {day.day}",
                f"on {day.day} {month}",
                f"on {day.day:02d}.{day.month:02d}.{day.year}",
                f"in {day.year}",
                f"on {month} {day.day}, {day.year},",
                f"in {month} {day.year}",
            ]
        )
    )
    article, part = draw(st.integers(1, 500)), draw(st.integers(1, 5))
    law = draw(
        st.sampled_from(
            [
                "",
                f"under Article {article}",
                f"under Part {part} of Article {article}",
                f"under Article {article}, Part {part},",
                f"under articles {article} and {article + 1}",
                f"under Art. {article}",
                f"under para. {part} of Part {part} of Article {article}",
            ]
        )
    )
    age, count = draw(st.integers(16, 90)), draw(st.integers(2, 40))
    who, each = draw(
        st.sampled_from(
            [
                ("Serik Abenov", ""),
                (f"Serik Abenov, {age},", ""),
                (f"{age}-year-old Serik Abenov", ""),
                (f"the {age}-year-old", ""),
                (f"{count} men", " each"),
                (f"{count} of the defendants", " each"),
                (f"Serik Abenov, aged {age},", ""),
            ]
        )
    )
    words = ["The court sentenced", who, when, law, "to", phrase + each]
    text = " ".join(word for word in words if word) + "."
    return Sentence(kind=Kind.IMPRISONMENT, status=Status.IMPOSED, term=term), text, phrase


_BAN_ACTIVITIES = [
    ("driving", "to drive"),
    ("holding public office", "to hold public office"),
    ("working in law enforcement", "to work in law enforcement"),
    ("practising medicine", "to practise medicine"),
    ("posting on social networks", "to post on social networks"),
]


@st.composite
def rendered_bans(draw: st.DrawFn) -> tuple[Sentence, str, str]:
    """Draw a ban (what it bars; a term, or none for life) and write it beside a prison term.

    Returns the ban, the sentence, and the ban's evidence.
    """
    gerund, infinitive = draw(st.sampled_from(_BAN_ACTIVITIES))
    term, phrase = draw(rendered_terms(adjectival=False))
    lead_term, lead = draw(
        rendered_terms(adjectival=True).filter(lambda t: t[1].endswith(("year", "month", "day")))
    )
    evidence, detail, value = draw(
        st.sampled_from(
            [
                (f"banned him from {gerund} for {phrase}", gerund, term),
                (f"barred him from {gerund} for life", gerund, None),
                (f"deprived him of the right {infinitive} for {phrase}", infinitive[3:], term),
                (f"banned him for life from {gerund}", gerund, None),
                (f"a lifetime ban on {gerund}", gerund, None),
                (f"a {lead} ban on {gerund}", gerund, lead_term),
            ]
        )
    )
    verb = "gave him " if evidence.startswith("a ") else ""
    text = f"The court sentenced Serik Abenov to four years in prison and {verb}{evidence}."
    ban = Sentence(kind=Kind.BAN, status=Status.IMPOSED, term=value, detail=detail)
    return ban, text, evidence.removeprefix("a ")
