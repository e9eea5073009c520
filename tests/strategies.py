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
    st.tuples(_small, _small, _small, _small)
    .filter(any)
    .map(lambda p: Term(years=p[0], months=p[1], days=p[2], hours=p[3]))
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
    return Sentence(kind=kind, status=draw(st.sampled_from(Status)), term=term, fine=fine)


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
    count=st.integers(min_value=1, max_value=2000),
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
