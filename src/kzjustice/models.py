"""The records kzjustice returns: frozen, slotted attrs classes and closed vocabularies.

Every extracted value travels in a :class:`Found`, which keeps the span of the caller's text
it was read from and that text itself, so a dataset built from these records can be checked
line by line. A field typed ``X | None`` is one the text may not state; its comment says when.
This module imports nothing else from the package and knows nothing about JSON.
"""

from __future__ import annotations

import datetime
import enum
import re
from collections.abc import Iterator
from decimal import Decimal
from typing import Generic, TypeVar

import attrs
from attrs import Attribute, field, frozen
from attrs.validators import ge, min_len

__all__ = [
    "SCHEMA_VERSION",
    "AgeRange",
    "Article",
    "Bound",
    "Case",
    "Charge",
    "DateValue",
    "Defendant",
    "Found",
    "Granularity",
    "Kind",
    "Mod",
    "Money",
    "Resolution",
    "Sentence",
    "Source",
    "Span",
    "Statistic",
    "Status",
    "Term",
    "TermRange",
    "evidence",
]

SCHEMA_VERSION = 2
"""Version of the JSON shape of :class:`Article`; raised whenever that shape changes."""

T = TypeVar("T")


@frozen
class Span:
    """Half-open range ``[start, end)`` of offsets into the text the caller passed in."""

    start: int = field(validator=ge(0))
    end: int = field()

    @end.validator
    def _not_before_start(self, _attribute: Attribute[int], value: int) -> None:
        if value < self.start:
            raise ValueError(f"span ends at {value}, before its start {self.start}")


@frozen(kw_only=True)
class Found(Generic[T]):
    """A value with the evidence it was read from: ``text == original[span.start:span.end]``."""

    value: T
    span: Span
    text: str


# --- penalties -----------------------------------------------------------------------------

_ISO_DURATION = re.compile(
    r"P(?:(\d+(?:\.\d+)?)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(\d+)H)?\Z", re.ASCII
)


def _whole_years(value: int | Decimal) -> int | Decimal:
    """A whole number of years as an int: ``Decimal("15.0")`` is 15."""
    if isinstance(value, Decimal) and value == value.to_integral_value():
        return int(value)
    return value


@frozen(kw_only=True)
class Term:
    """A length of time as the text states it: "18 months" stays 18 months, not 1 year 6 months.

    The parts are those a penalty is stated in: years, months, weeks, days and hours. A decimal
    number of years that is no whole number of months is kept as stated ("15.6 years"), and
    then is the only part.

    >>> Term(years=1, months=9).iso
    'P1Y9M'
    >>> Term.from_iso("PT240H")
    Term(years=0, months=0, weeks=0, days=0, hours=240)
    >>> Term.from_iso("P15.6Y").iso
    'P15.6Y'
    """

    years: int | Decimal = field(default=0, converter=_whole_years, validator=ge(0))
    months: int = field(default=0, validator=ge(0))
    weeks: int = field(default=0, validator=ge(0))
    days: int = field(default=0, validator=ge(0))
    hours: int = field(default=0, validator=ge(0))

    def __attrs_post_init__(self) -> None:
        if not (self.years or self.months or self.weeks or self.days or self.hours):
            raise ValueError("a term needs at least one part greater than zero")
        if isinstance(self.years, Decimal):
            if self.months or self.weeks or self.days or self.hours:
                raise ValueError("a decimal number of years is a term's only part")
            if self.years * 12 == (self.years * 12).to_integral_value():
                raise ValueError(f"{self.years} years is a whole number of months: write months")

    @classmethod
    def from_iso(cls, text: str) -> Term:
        """Read an ISO-8601 duration of years, months, weeks, days, hours ("P1Y9M", "PT240H").

        Years may be decimal ("P15.6Y"), as the only part.

        Raises:
            ValueError: ``text`` is not such a duration, or every part is zero.
        """
        match = _ISO_DURATION.match(text)
        if match is None or text in ("P", "PT"):
            raise ValueError(f"not an ISO-8601 duration of years to hours: {text!r}")
        years_text, *rest = match.groups()
        years: int | Decimal = 0
        if years_text:
            years = Decimal(years_text) if "." in years_text else int(years_text)
        months, weeks, days, hours = (int(part) if part else 0 for part in rest)
        return cls(years=years, months=months, weeks=weeks, days=days, hours=hours)

    @property
    def iso(self) -> str:
        """ISO-8601 duration exactly as stated: "P1Y9M", "P18M", "P2W", "P15D", "PT240H"."""
        years = self.years
        year_text = format(years.normalize(), "f") if isinstance(years, Decimal) else str(years)
        parts = ((self.months, "M"), (self.weeks, "W"), (self.days, "D"))
        date = (f"{year_text}Y" if years else "") + "".join(f"{n}{unit}" for n, unit in parts if n)
        return f"P{date}" + (f"T{self.hours}H" if self.hours else "")

    def approx_days(self) -> float:
        """Return the length in days, for sorting and comparing; the stated parts are the record."""
        return (
            float(self.years) * 365.25
            + self.months * 30.4375
            + self.weeks * 7
            + self.days
            + self.hours / 24
        )


@frozen(kw_only=True)
class TermRange:
    """A range of terms: "from four to six years", "up to 12 years", "at least 10 years"."""

    low: Term | None = None  # "up to 12 years" states no lower bound
    high: Term | None = None  # "at least 10 years" states no upper bound

    def __attrs_post_init__(self) -> None:
        if self.low is None and self.high is None:
            raise ValueError("a term range needs a low or a high bound")
        if self.low and self.high and self.low.approx_days() > self.high.approx_days():
            raise ValueError(f"range runs backwards: {self.low.iso} > {self.high.iso}")

    @property
    def iso(self) -> str:
        """The bounds as ISO-8601 durations around ``..``, an open end left empty.

        >>> TermRange(low=Term(years=4), high=Term(years=6)).iso, TermRange(high=Term(years=12)).iso
        ('P4Y..P6Y', '..P12Y')
        """
        return f"{self.low.iso if self.low else ''}..{self.high.iso if self.high else ''}"


class Kind(enum.Enum):
    """What kind of penalty a sentence is."""

    IMPRISONMENT = "imprisonment"
    SUSPENDED = "suspended"
    RESTRICTED_FREEDOM = "restricted_freedom"
    NON_CUSTODIAL = "non_custodial"
    FINE = "fine"
    LIFE_IMPRISONMENT = "life_imprisonment"
    ACQUITTAL = "acquittal"
    PROBATION = "probation"
    COMMUNITY_SERVICE = "community_service"
    CORRECTIONAL_LABOUR = "correctional_labour"
    ADMINISTRATIVE_ARREST = "administrative_arrest"
    BAN = "ban"  # "banned from driving for three years": beside the main penalty, never for it


class Status(enum.Enum):
    """Who the penalty comes from: the court, the prosecution, or the law."""

    IMPOSED = "imposed"  # the court handed it down
    REQUESTED = "requested"  # the prosecution asked for it
    POSSIBLE = "possible"  # faces, risks, punishable by


@frozen(kw_only=True)
class Money:
    """An amount of money, or of Kazakhstan's monthly calculation index (currency ``MCI``)."""

    amount: int = field(validator=ge(0))
    currency: str = field(validator=min_len(1))  # ISO 4217 code ("KZT", "USD") or "MCI"


_NO_TERM = frozenset({Kind.ACQUITTAL, Kind.LIFE_IMPRISONMENT, Kind.FINE})


@frozen(kw_only=True)
class Sentence:
    """One penalty: its kind, who it comes from, and its length or amount as stated."""

    kind: Kind
    status: Status
    term: Term | TermRange | None = None  # "a suspended sentence" states no length
    fine: Money | None = None  # "was fined" may state no amount; only for fines
    detail: str | None = None  # what a ban bars, as written ("driving"); only for bans

    def __attrs_post_init__(self) -> None:
        if self.term is not None and self.kind in _NO_TERM:
            raise ValueError(f"a {self.kind.value} sentence has no term")
        if self.fine is not None and self.kind is not Kind.FINE:
            raise ValueError(f"only a fine has an amount, not a {self.kind.value} sentence")
        if self.detail is not None and self.kind is not Kind.BAN:
            raise ValueError(f"only a ban has a detail, not a {self.kind.value} sentence")


# --- dates ---------------------------------------------------------------------------------


class Granularity(enum.Enum):
    """The precision a date is stated with."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    SEASON = "season"
    QUARTER = "quarter"
    YEAR = "year"


class Mod(enum.Enum):
    """TIMEX3 modifier: which part of the period is meant."""

    START = "START"  # early, the beginning of
    MID = "MID"  # mid-, the middle of
    END = "END"  # late, the end of
    APPROX = "APPROX"  # around, about


class Resolution(enum.Enum):
    """How a date's value was arrived at."""

    STATED = "stated"  # the value holds only what the text states ("March 23, 2023")
    YEAR_INFERRED = "year_inferred"  # month (and day) stated, the year from the reference
    RELATIVE = "relative"  # counted from the reference: "last April", "two weeks ago"


_TIMEX_VALUE = re.compile(
    r"""(?:\d{4}|XXXX)                         # the year, or XXXX when it is unknown
        (?: -(?:\d\d|XX)(?:-(?:\d\d|XX))?      # month and day: 2023-03-23, XXXX-06-11
          | -Q[1-4X] | -(?:SP|SU|FA|WI)        # quarter, season
          | -W(?:\d\d|XX) )?\Z                 # ISO week: 2023-W12, XXXX-WXX
    """,
    re.ASCII | re.VERBOSE,
)


@frozen(kw_only=True)
class DateValue:
    """A calendar date as precise as the text makes it, TIMEX3 style.

    ``value`` is ``2023-03-23``, ``2023-03``, ``2023``, ``2022-Q4``, ``2022-SU``, ``2023-W12``;
    a part the text leaves unknown is written with X: ``XXXX-06-11`` ("June 11" with no
    reference date), ``XXXX-WXX`` ("this week" with none). ``earliest``/``latest`` bound the
    period where the year is known: both days of a day range, the convention of
    ``docs/dates.md`` for a ``mod``.
    """

    value: str = field()
    granularity: Granularity
    resolution: Resolution
    mod: Mod | None = None  # most dates carry no "early", "mid-", "late" or "around"
    earliest: datetime.date | None = None  # unknown when the year is unknown
    latest: datetime.date | None = None  # unknown when the year is unknown
    reference: datetime.date | None = None  # what a non-stated value was resolved against

    @value.validator
    def _timex(self, _attribute: Attribute[str], value: str) -> None:
        if not _TIMEX_VALUE.match(value):
            raise ValueError(f"not a TIMEX3 date value: {value!r}")

    def __attrs_post_init__(self) -> None:
        if (self.earliest is None) != (self.latest is None):
            raise ValueError("earliest and latest are given together or not at all")
        if self.earliest is not None and self.latest is not None and self.earliest > self.latest:
            raise ValueError(f"earliest {self.earliest} is after latest {self.latest}")
        if self.value.startswith("XXXX") and self.earliest is not None:
            raise ValueError("a date with an unknown year has no bounds")


# --- people, cases, articles ---------------------------------------------------------------


@frozen(kw_only=True)
class Charge:
    """A charge as the article words it, mapped to the Criminal Code of Kazakhstan where known."""

    text: str  # as written: "participation in mass riots"
    key: str | None = None  # taxonomy key; none for a charge the taxonomy does not know
    article: int | None = None  # Criminal Code article, where the taxonomy knows it
    part: int | None = None  # part of that article, where known


@frozen(kw_only=True)
class AgeRange:
    """The ages of a group: "ranging from 22 to 53 years old"."""

    low: int = field(validator=ge(0))
    high: int = field(validator=ge(0))

    def __attrs_post_init__(self) -> None:
        if self.low > self.high:
            raise ValueError(f"age range runs backwards: {self.low} > {self.high}")


@frozen(kw_only=True)
class Defendant:
    """A person tried, or a group of unnamed co-defendants with the same outcome."""

    # 1, N for a group with one outcome, or None where the text does not say how many
    # ("other members of the group")
    count: int | None = field(default=1)
    name: Found[str] | None = None  # unnamed people and groups have no name
    group: Found[str] | None = None  # the phrase naming an unnamed defendant or group
    age: Found[int] | None = None  # "Serik Kudebayev, 58," or "a 32-year-old"; often unstated
    age_range: Found[AgeRange] | None = None  # a group's ages, where stated
    role: Found[str] | None = None  # "former head of police for the Almaty region", if stated
    charges: tuple[Found[Charge], ...] = ()
    sentences: tuple[Found[Sentence], ...] = ()

    @count.validator
    def _at_least_one(self, _attribute: Attribute[int | None], value: int | None) -> None:
        if value is not None and value < 1:
            raise ValueError(f"a defendant counts at least one person, not {value}")


@frozen(kw_only=True)
class Case:
    """Defendants tried together: one court, place and date, as far as the article says."""

    court: Found[str] | None = None  # "a military court"; articles often name none
    place: Found[str] | None = None  # "Taldykorgan"; often unstated
    date: Found[DateValue] | None = None  # the date of the verdict or hearing, if stated
    defendants: tuple[Defendant, ...] = ()


class Bound(enum.Enum):
    """How a stated figure bounds the true one: "nearly 1,400", "at least 32", "more than 230"."""

    APPROX = "approx"
    AT_LEAST = "at_least"
    MORE_THAN = "more_than"
    AT_MOST = "at_most"


@frozen(kw_only=True)
class Statistic:
    """An aggregate figure the article states: "1,113 protesters and others have been convicted"."""

    figure: int = field(validator=ge(0))
    counts: str  # what is counted, as written: "protesters and others have been convicted"
    bound: Bound | None = None  # most figures are stated as exact
    as_of: Found[DateValue] | None = None  # the date the figure holds for, where stated


@frozen(kw_only=True)
class Source:
    """Who published the article, and when."""

    outlet: Found[str] | None = None  # the masthead, dateline, byline or footer, if any
    author: Found[str] | None = None  # the byline name, if any
    title: Found[str] | None = None  # the headline, where recognisable
    url: str | None = None  # given by the caller, never read from the text
    published: datetime.date | None = None  # the caller's date, else one read from the text
    published_evidence: Found[str] | None = None  # the line it was read from; none if given


@frozen(kw_only=True)
class Article:
    """Everything read from one article."""

    source: Source
    cases: tuple[Case, ...] = ()
    dates: tuple[Found[DateValue], ...] = ()  # every date in the body, in order
    statistics: tuple[Found[Statistic], ...] = ()
    laws: tuple[Found[Sentence], ...] = ()  # penalties the law provides, with no defendant
    schema_version: int = SCHEMA_VERSION


def evidence(record: object) -> Iterator[Found[object]]:
    """Yield every :class:`Found` in ``record``, outer before inner, in field order.

    Each one's ``text`` is the slice of the parsed text its ``span`` names, so a dataset can
    be checked against its sources line by line:

    >>> text = "He was jailed for five years."
    >>> found = Found(value="five years", span=Span(18, 28), text="five years")
    >>> all(text[f.span.start : f.span.end] == f.text for f in evidence((found,)))
    True
    """
    if isinstance(record, Found):
        yield record
        yield from evidence(record.value)
    elif isinstance(record, tuple):
        for item in record:
            yield from evidence(item)
    elif attrs.has(cls := type(record)):
        for attribute in attrs.fields(cls):
            yield from evidence(getattr(record, attribute.name))
