from __future__ import annotations

import calendar
import datetime
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from date_sentences import SENTENCES
from date_table import CASES, SEED_CASES
from kzjustice.dates import find_dates, parse_date
from kzjustice.models import Granularity, Resolution
from strategies import rendered_full_dates

KNOWN_GAPS: dict[str, str] = {}


def _cases() -> list[Any]:
    marked = []
    for case in [*SEED_CASES, *CASES]:
        reason = KNOWN_GAPS.get(case.id)  # type: ignore[attr-defined]
        if reason is not None:
            marks = pytest.mark.xfail(reason=reason)
            case = pytest.param(*case.values, id=case.id, marks=marks)  # type: ignore[attr-defined]
        marked.append(case)
    return marked


@pytest.mark.parametrize(("text", "reference", "expected"), _cases())
def test_table(text: str, reference: str | None, expected: list[tuple[Any, ...]]) -> None:
    ref = datetime.date.fromisoformat(reference) if reference else None
    found = find_dates(text, reference=ref)
    got = [(f.text, f.value.value, f.value.mod.value if f.value.mod else None) for f in found]
    assert got == [tuple(e) for e in expected]
    for f in found:
        assert text[f.span.start : f.span.end] == f.text


@pytest.mark.parametrize(
    ("text", "reference", "mention", "value", "mod"),
    [pytest.param(*row, id=f"sentence-{n:03d}") for n, row in enumerate(SENTENCES, 1)],
)
def test_sentences(
    text: str, reference: str | None, mention: str, value: str, mod: str | None
) -> None:
    # annotated against CONVENTIONS section 2: its values only, no decade, century or "now"
    ref = datetime.date.fromisoformat(reference) if reference else None
    found = [f for f in find_dates(text, reference=ref) if f.value.granularity.conventional]
    got = [(f.text, f.value.value, f.value.mod.value if f.value.mod else None) for f in found]
    assert got == [(mention, value, mod)]


@given(
    case=rendered_full_dates(),
    before=st.sampled_from(["", "on ", "The verdict came on ", "(", "\u00a0"]),
    after=st.sampled_from(["", ".", ", the court said.", ")", " and"]),
    reference=st.none() | st.dates(),
)
def test_rendered_full_date_parses_back(
    case: tuple[datetime.date, str], before: str, after: str, reference: datetime.date | None
) -> None:
    day, phrase = case
    text = before + phrase + after
    (found,) = find_dates(text, reference=reference)
    assert found.text == phrase
    assert found.value.value == day.isoformat()
    assert found.value.granularity is Granularity.DAY
    assert found.value.resolution is Resolution.STATED
    assert found.value.earliest == found.value.latest == day
    assert parse_date(phrase, reference=reference) == found.value


@given(
    day=st.dates(min_value=datetime.date(1950, 1, 10), max_value=datetime.date(2049, 12, 20)),
    back=st.integers(min_value=0, max_value=360),
    future=st.booleans(),
)
def test_month_and_day_take_the_year_their_tense_gives(
    day: datetime.date, back: int, future: bool
) -> None:
    # the latest such day on or before the reference; after a future cue, the first on or after
    reference = day + datetime.timedelta(days=-back if future else back)
    if day.month == 2 and day.day == 29:
        return  # a leap day's nearest year is not a year away
    phrase = f"{calendar.month_name[day.month]} {day.day}"
    text = f"The verdict {'is expected' if future else 'was read'} on {phrase}."
    (found,) = find_dates(text, reference=reference)
    assert found.text == phrase
    assert found.value.value == day.isoformat()
    assert found.value.resolution is Resolution.YEAR_INFERRED
    assert found.value.reference == reference


@given(reference=st.dates(min_value=datetime.date(1950, 1, 1)), n=st.integers(1, 30))
def test_relative_days_count_from_the_reference(reference: datetime.date, n: int) -> None:
    text = f"He was detained {n} days ago, and yesterday he was charged."
    ago, yesterday = find_dates(text, reference=reference)
    assert ago.value.value == (reference - datetime.timedelta(days=n)).isoformat()
    assert yesterday.value.value == (reference - datetime.timedelta(days=1)).isoformat()
    assert ago.value.resolution is yesterday.value.resolution is Resolution.RELATIVE


def test_no_reference_leaves_the_year_unknown() -> None:
    found = find_dates("He was detained yesterday, two weeks after March 23 and last April.")
    assert [(f.text, f.value.value) for f in found] == [
        ("yesterday", "XXXX-XX-XX"),
        ("March 23", "XXXX-03-23"),
        ("last April", "XXXX-04"),
    ]
    assert all(f.value.earliest is None for f in found)


@pytest.mark.parametrize(
    ("text", "value", "earliest", "latest"),
    [
        pytest.param("early 2023", "2023", "2023-01-01", "2023-04-30", id="early-year"),
        pytest.param("mid-2023", "2023", "2023-05-01", "2023-08-31", id="mid-year"),
        pytest.param("late 2023", "2023", "2023-09-01", "2023-12-31", id="late-year"),
        pytest.param("the end of March 2023", "2023-03", "2023-03-21", "2023-03-31", id="month"),
        pytest.param("January 4-5, 2022", "2022-01-04", "2022-01-04", "2022-01-05", id="range"),
        pytest.param("the winter of 2022", "2022-WI", "2022-12-01", "2023-02-28", id="winter"),
        pytest.param("the fourth quarter of 2022", "2022-Q4", "2022-10-01", "2022-12-31", id="q4"),
        pytest.param("week 12 of 2023", "2023-W12", "2023-03-20", "2023-03-26", id="iso-week"),
        pytest.param("around May 10, 2023", "2023-05-10", "2023-05-10", "2023-05-10", id="approx"),
    ],
)
def test_bounds(text: str, value: str, earliest: str, latest: str) -> None:
    date = parse_date(text)
    assert date is not None
    assert date.value == value
    assert (date.earliest, date.latest) == (
        datetime.date.fromisoformat(earliest),
        datetime.date.fromisoformat(latest),
    )


@pytest.mark.parametrize("text", ["February 30, 2023", "31.04.2022", "29.02.2023"])
def test_impossible_dates_give_nothing(text: str) -> None:
    assert find_dates(text) == ()


@pytest.mark.parametrize("text", ["", "March 23 and May 2", "four years", "on"])
def test_parse_date_wants_exactly_one(text: str) -> None:
    assert parse_date(text) is None


def test_the_clock_is_never_read() -> None:
    assert find_dates("He was detained yesterday.")[0].value.value == "XXXX-XX-XX"


@given(st.text(), st.none() | st.dates())
def test_any_text_is_accepted(text: str, reference: datetime.date | None) -> None:
    for found in find_dates(text, reference=reference):
        assert text[found.span.start : found.span.end] == found.text
    parse_date(text, reference=reference)


@given(reference=st.dates(min_value=datetime.date(1950, 1, 8)), weekday=st.integers(0, 6))
def test_bare_weekday_counts_the_reference_day(reference: datetime.date, weekday: int) -> None:
    # the latest such day on or before the reference; in a future clause, the first on or after
    name = calendar.day_name[weekday]
    past, future = find_dates(
        f"The court ruled on {name}; the verdict will be read on {name}.", reference=reference
    )
    back = (reference - datetime.date.fromisoformat(past.value.value)).days
    ahead = (datetime.date.fromisoformat(future.value.value) - reference).days
    assert 0 <= back <= 6 and 0 <= ahead <= 6
    assert back == ahead == 0 or back + ahead == 7
    assert reference.weekday() == weekday or 0 not in (back, ahead)
    assert datetime.date.fromisoformat(past.value.value).weekday() == weekday


def _ordinal(n: int) -> str:
    suffix = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


_DECADE_MODS = [  # words, mod, and the first and last year of the decade meant
    ("", None, 0, 9),
    ("early ", "START", 0, 3),
    ("mid-", "MID", 4, 6),
    ("late ", "END", 7, 9),
]
_CENTURY_WORDS = {19: "nineteenth", 20: "twentieth", 21: "twenty-first", 12: "twelfth"}


@given(
    first=st.integers(100, 209).map(lambda tens: tens * 10),
    mod=st.sampled_from(_DECADE_MODS),
    apostrophe=st.booleans(),
    before=st.sampled_from(["", "It began in ", "Since "]),
)
def test_rendered_decades_parse_back(
    first: int, mod: tuple[str, str | None, int, int], apostrophe: bool, before: str
) -> None:
    words, mod_value, low, high = mod
    phrase = f"the {words}{first}{chr(39) if apostrophe else ''}s"  # "the 1990's" too
    (found,) = find_dates(f"{before}{phrase}, the court said.")
    assert found.text == phrase
    century = first % 100 == 0 and first < 2000  # "the 1800s" is a century
    size = 100 if century else 10
    assert found.value.value == str(first // size)
    assert found.value.granularity is (Granularity.CENTURY if century else Granularity.DECADE)
    assert (found.value.mod.value if found.value.mod else None) == mod_value
    if not century:
        assert found.value.earliest == datetime.date(first + low, 1, 1)
        assert found.value.latest == datetime.date(first + high, 12, 31)
    assert parse_date(phrase) == found.value


@given(n=st.integers(2, 22), words=st.booleans(), capital=st.booleans())
def test_rendered_centuries_parse_back(n: int, words: bool, capital: bool) -> None:
    ordinal = _CENTURY_WORDS.get(n, _ordinal(n)) if words else _ordinal(n)
    phrase = f"the {ordinal} {'Century' if capital else 'century'}"
    (found,) = find_dates(f"Much of {phrase} passed in exile.")
    assert found.text == phrase
    assert found.value.value == f"{n - 1:02d}"
    assert found.value.earliest == datetime.date(100 * (n - 1), 1, 1)
    assert found.value.latest == datetime.date(100 * (n - 1) + 99, 12, 31)
    assert parse_date(phrase) == found.value


_REFERENCES = [
    ("now", "now", "PRESENT_REF"),
    ("currently", "currently", "PRESENT_REF"),
    ("nowadays", "nowadays", "PRESENT_REF"),
    ("at present", "present", "PRESENT_REF"),
    ("at the moment", "the moment", "PRESENT_REF"),
    ("these days", "these days", "PRESENT_REF"),
    ("in the past", "the past", "PAST_REF"),
    ("in the distant past", "the distant past", "PAST_REF"),
    ("formerly", "formerly", "PAST_REF"),
    ("recently", "recently", "PAST_REF"),
    ("in the future", "the future", "FUTURE_REF"),
    ("into the distant future", "the distant future", "FUTURE_REF"),
    ("for the foreseeable future", "the foreseeable future", "FUTURE_REF"),
]


@given(
    reference=st.sampled_from(_REFERENCES),
    before=st.sampled_from(["", "The colony, ", "He said that "]),
    after=st.sampled_from(["", ".", ", the court said.", " he was free."]),
    day=st.none() | st.dates(),
)
def test_rendered_references_parse_back(
    reference: tuple[str, str, str], before: str, after: str, day: datetime.date | None
) -> None:
    written, mention, value = reference
    (found,) = find_dates(f"{before}{written}{after}", reference=day)
    assert (found.text, found.value.value) == (mention, value)
    assert found.value.granularity is Granularity.REFERENCE
    assert found.value.resolution is Resolution.STATED
    assert found.value.earliest is found.value.reference is None  # no period, not resolved
    assert parse_date(written, reference=day) == found.value
