from __future__ import annotations

import datetime
import pydoc
from decimal import Decimal
from typing import Any

import attrs
import pytest
from hypothesis import given

import kzjustice.models
from kzjustice.models import (
    SCHEMA_VERSION,
    Article,
    DateValue,
    Defendant,
    Found,
    Granularity,
    Kind,
    Money,
    Resolution,
    Sentence,
    Source,
    Span,
    Status,
    Term,
    TermRange,
)
from strategies import terms


@pytest.mark.parametrize(
    ("term", "iso"),
    [
        pytest.param(Term(years=1, months=9), "P1Y9M", id="years-months"),
        pytest.param(Term(months=18), "P18M", id="months-not-folded"),
        pytest.param(Term(days=15), "P15D", id="days"),
        pytest.param(Term(hours=240), "PT240H", id="hours"),
        pytest.param(Term(years=2, days=3, hours=4), "P2Y3DT4H", id="mixed"),
    ],
)
def test_term_iso_round_trips_exactly(term: Term, iso: str) -> None:
    assert term.iso == iso
    assert Term.from_iso(iso) == term


@given(terms)
def test_every_term_round_trips_through_iso(term: Term) -> None:
    assert Term.from_iso(term.iso) == term


@pytest.mark.parametrize(
    "text", ["", "P", "PT", "P0Y", "P-4Y", "P1.5Y", "P2.25Y", "P1.6Y2M", "4Y", "P1M2Y", "P1YT"]
)
def test_from_iso_refuses_what_is_not_a_stated_term(text: str) -> None:
    with pytest.raises(ValueError):
        Term.from_iso(text)


@pytest.mark.parametrize("text", ["P15.6Y", "P0.1Y", "P6.6Y"])
def test_decimal_years_that_are_no_whole_months_are_kept_as_stated(text: str) -> None:
    term = Term.from_iso(text)
    assert isinstance(term.years, Decimal)
    assert term.iso == text
    assert Term.from_iso("P15.0Y") == Term(years=15)


def test_only_a_ban_has_a_detail() -> None:
    ban = Sentence(kind=Kind.BAN, status=Status.IMPOSED, term=Term(years=3), detail="driving")
    assert ban.detail == "driving"
    with pytest.raises(ValueError, match="only a ban"):
        Sentence(kind=Kind.IMPRISONMENT, status=Status.IMPOSED, detail="driving")


def test_a_group_of_unstated_size_has_no_count() -> None:
    assert Defendant(count=None).count is None
    with pytest.raises(ValueError):
        Defendant(count=0)


def test_terms_compare_by_approximate_length_only_through_approx_days() -> None:
    assert Term(months=18).approx_days() == pytest.approx(Term(years=1, months=6).approx_days())
    assert Term(months=18) != Term(years=1, months=6)


def test_term_needs_a_part_and_no_part_may_be_negative() -> None:
    with pytest.raises(ValueError):
        Term()
    with pytest.raises(ValueError):
        Term(years=-1, months=3)


def test_range_needs_a_bound_and_runs_forwards() -> None:
    with pytest.raises(ValueError):
        TermRange()
    with pytest.raises(ValueError):
        TermRange(low=Term(years=6), high=Term(years=4))
    assert TermRange(high=Term(years=12)).low is None


def test_span_refuses_end_before_start_and_negative_start() -> None:
    with pytest.raises(ValueError):
        Span(5, 4)
    with pytest.raises(ValueError):
        Span(-1, 4)


@pytest.mark.parametrize("kind", [Kind.ACQUITTAL, Kind.LIFE_IMPRISONMENT, Kind.FINE])
def test_kinds_without_a_length_refuse_a_term(kind: Kind) -> None:
    with pytest.raises(ValueError):
        Sentence(kind=kind, status=Status.IMPOSED, term=Term(years=1))


def test_only_a_fine_has_an_amount() -> None:
    amount = Money(amount=500_000, currency="KZT")
    assert Sentence(kind=Kind.FINE, status=Status.IMPOSED, fine=amount).fine == amount
    with pytest.raises(ValueError):
        Sentence(kind=Kind.IMPRISONMENT, status=Status.IMPOSED, fine=amount)


def test_date_value_checks_its_value_and_bounds() -> None:
    day = datetime.date(2023, 3, 23)
    ok = DateValue(
        value="2023-03-23",
        granularity=Granularity.DAY,
        resolution=Resolution.STATED,
        earliest=day,
        latest=day,
    )
    assert ok.mod is None
    for bad in ["2023-3-23", "March", "", "2023-Q5", "2023-W5", "XXXX-XX-XX-XX"]:
        with pytest.raises(ValueError):
            DateValue(value=bad, granularity=Granularity.DAY, resolution=Resolution.STATED)
    with pytest.raises(ValueError):
        DateValue(
            value="2023",
            granularity=Granularity.YEAR,
            resolution=Resolution.STATED,
            earliest=day,
            latest=day - datetime.timedelta(days=1),
        )
    with pytest.raises(ValueError):
        DateValue(
            value="XXXX-03-23",
            granularity=Granularity.DAY,
            resolution=Resolution.RELATIVE,
            earliest=day,
            latest=day,
        )
    with pytest.raises(ValueError):
        DateValue(
            value="2023", granularity=Granularity.YEAR, resolution=Resolution.STATED, earliest=day
        )


def test_records_are_frozen_and_hashable() -> None:
    term = Term(years=4)
    with pytest.raises(AttributeError):
        term.years = 5  # type: ignore[misc]
    assert len({term, Term(years=4)}) == 1


_m: Any = kzjustice.models  # the tables below give constructors what mypy would refuse


@pytest.mark.parametrize(
    "published",
    [
        pytest.param("2022-12-25", id="str"),
        pytest.param(datetime.datetime(2022, 12, 25, 10, 30), id="datetime"),
        pytest.param(20221225, id="int"),
    ],
)
def test_a_publication_date_is_a_date_and_nothing_else(published: object) -> None:
    with pytest.raises(TypeError, match="published"):
        _m.Source(published=published)
    assert Source(published=datetime.date(2022, 12, 25)).published == datetime.date(2022, 12, 25)


@pytest.mark.parametrize(
    ("build", "field"),
    [
        pytest.param(lambda: _m.Span(True, 3), "start", id="bool-offset"),
        pytest.param(lambda: _m.Span(0, 3.0), "end", id="float-offset"),
        pytest.param(lambda: _m.Found(value="x", span=(0, 1), text="x"), "span", id="tuple-span"),
        pytest.param(lambda: _m.Term(years="4"), "years", id="str-years"),
        pytest.param(lambda: _m.Term(years=Decimal("NaN")), "years", id="nan-years"),
        pytest.param(
            lambda: _m.Sentence(kind="fine", status=Status.IMPOSED), "kind", id="str-kind"
        ),
        pytest.param(lambda: _m.Money(amount=5.5, currency="KZT"), "amount", id="float-amount"),
        pytest.param(lambda: _m.Defendant(count="3"), "count", id="str-count"),
        pytest.param(lambda: _m.Defendant(charges=[]), "charges", id="list-for-tuple"),
        pytest.param(
            lambda: _m.Defendant(name=Found(value=5, span=Span(0, 1), text="5")),
            "name",
            id="name-int",
        ),
        pytest.param(lambda: _m.Case(defendants=(None,)), "defendants", id="none-defendant"),
        pytest.param(lambda: _m.Charge(text="fraud", article="190"), "article", id="str-article"),
        pytest.param(lambda: _m.Article(source=None), "source", id="no-source"),
    ],
)
def test_constructors_refuse_the_wrong_type_naming_the_field(build: Any, field: str) -> None:
    with pytest.raises(TypeError, match=field):
        build()


@pytest.mark.parametrize(
    ("value", "granularity"),
    [
        pytest.param("2022-13-45", Granularity.DAY, id="month-13"),
        pytest.param("2022-00", Granularity.MONTH, id="month-0"),
        pytest.param("2023-02-29", Granularity.DAY, id="not-a-leap-year"),
        pytest.param("XXXX-04-31", Granularity.DAY, id="april-31"),
        pytest.param("2022-W53", Granularity.WEEK, id="2022-has-52-weeks"),
        pytest.param("0000", Granularity.YEAR, id="year-0"),
        pytest.param("2022-03", Granularity.DAY, id="month-called-a-day"),
        pytest.param("2022-03-04", Granularity.YEAR, id="day-called-a-year"),
        pytest.param("199", Granularity.YEAR, id="decade-called-a-year"),
        pytest.param("19", Granularity.DECADE, id="century-called-a-decade"),
        pytest.param("PRESENT_REF", Granularity.DAY, id="reference-called-a-day"),
        pytest.param("2022", Granularity.REFERENCE, id="year-called-a-reference"),
        pytest.param("NOW_REF", Granularity.REFERENCE, id="no-such-reference"),
        pytest.param("1", Granularity.CENTURY, id="one-digit"),
    ],
)
def test_a_date_value_exists_in_the_calendar_at_its_granularity(
    value: str, granularity: Granularity
) -> None:
    with pytest.raises(ValueError, match=value):
        DateValue(value=value, granularity=granularity, resolution=Resolution.STATED)


@pytest.mark.parametrize(
    ("value", "granularity"),
    [
        ("2024-02-29", Granularity.DAY),
        ("XXXX-02-29", Granularity.DAY),
        ("2020-W53", Granularity.WEEK),
        ("XXXX-WXX", Granularity.WEEK),
        ("2022-Q4", Granularity.QUARTER),
        ("2022-WI", Granularity.SEASON),
        ("2022", Granularity.YEAR),
        ("199", Granularity.DECADE),
        ("19", Granularity.CENTURY),
        ("PRESENT_REF", Granularity.REFERENCE),
        ("PAST_REF", Granularity.REFERENCE),
        ("FUTURE_REF", Granularity.REFERENCE),
    ],
)
def test_real_date_values_are_accepted(value: str, granularity: Granularity) -> None:
    date = DateValue(value=value, granularity=granularity, resolution=Resolution.STATED)
    assert date.value == value


def test_a_reference_value_has_no_bounds() -> None:
    day = datetime.date(2023, 5, 2)
    with pytest.raises(ValueError, match="no bounds"):
        DateValue(
            value="PRESENT_REF",
            granularity=Granularity.REFERENCE,
            resolution=Resolution.STATED,
            earliest=day,
            latest=day,
        )


def test_only_the_conventions_granularities_are_conventional() -> None:
    outside = {g for g in Granularity if not g.conventional}
    assert outside == {Granularity.DECADE, Granularity.CENTURY, Granularity.REFERENCE}


def test_only_this_schema_version_is_built() -> None:
    assert Article(source=Source()).schema_version == SCHEMA_VERSION
    with pytest.raises(ValueError, match="schema version 99"):
        Article(source=Source(), schema_version=99)


RECORD_CLASSES = [
    cls for cls in vars(kzjustice.models).values() if isinstance(cls, type) and attrs.has(cls)
]


@pytest.mark.parametrize("cls", RECORD_CLASSES, ids=lambda cls: cls.__name__)
def test_help_describes_every_field(cls: type[Any]) -> None:
    doc = pydoc.plain(pydoc.render_doc(cls))
    attributes = (cls.__doc__ or "").split("Attributes:", 1)
    assert len(attributes) == 2, f"{cls.__name__} has no Attributes section"
    for attribute in attrs.fields(cls):
        assert f"    {attribute.name}: " in attributes[1], attribute.name
    # what help() shows first is the description, before attrs' generated methods
    assert doc.index("Attributes:") < doc.index("Methods defined here")
