"""The records kzjustice returns: frozen, slotted attrs classes and closed vocabularies.

Every extracted value travels in a :class:`Found`, which keeps the span of the caller's text
it was read from and that text itself, so a dataset built from these records can be checked
line by line. A field typed ``X | None`` is one the text may not state; its comment says when.
This module imports nothing else from the package and knows nothing about JSON.

Constructors check what they are given: each field's type (a ``datetime`` is not a date, a
``bool`` is not a count, a list is not a tuple), and the invariants a type cannot express (a
span runs forwards, a date exists in the calendar). A bad value raises ``TypeError`` or
``ValueError`` naming the field.
"""

from __future__ import annotations

import calendar
import datetime
import enum
import functools
import re
from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import Any, Generic, TypeVar

import attrs
from attrs import Attribute, field, frozen
from attrs.validators import deep_iterable, ge, in_, instance_of, min_len, optional

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

SCHEMA_VERSION = 5
"""Version of the JSON shape of :class:`Article`; raised whenever that shape changes."""

T = TypeVar("T")

_Validator = Callable[[Any, "Attribute[Any]", Any], None]


def _exactly(kind: type[Any], wanted: str) -> _Validator:
    """Accept only ``kind`` itself: a ``bool`` is no count, a ``datetime`` no calendar day."""

    def check(_instance: Any, attribute: Attribute[Any], value: Any) -> None:
        if type(value) is not kind:
            raise TypeError(f"{attribute.name} must be {wanted}, not {type(value).__name__}")

    return check


_integer = _exactly(int, "an int")
_text = _exactly(str, "a str")
_day = _exactly(datetime.date, "a datetime.date (not a datetime or a str)")


def _found(kind: type[Any] | tuple[type[Any], ...]) -> _Validator:
    """Accept a :class:`Found` whose value is a ``kind``."""

    def check(_instance: Any, attribute: Attribute[Any], value: Any) -> None:
        if not isinstance(value, Found):
            raise TypeError(f"{attribute.name} must be a Found, not {type(value).__name__}")
        if not isinstance(value.value, kind) or isinstance(value.value, bool):
            raise TypeError(
                f"{attribute.name} must hold a {getattr(kind, '__name__', kind)}, "
                f"not {type(value.value).__name__}"
            )

    return check


def _tuple_of(member: _Validator) -> _Validator:
    return deep_iterable(member_validator=member, iterable_validator=instance_of(tuple))


@frozen
class Span:
    """Half-open range ``[start, end)`` of offsets into the text the caller passed in.

    Attributes:
        start: the offset of the first character, ``>= 0``.
        end: the offset after the last character, ``>= start``.
    """

    start: int = field(validator=[_integer, ge(0)])
    end: int = field()

    @end.validator
    def _not_before_start(self, attribute: Attribute[int], value: int) -> None:
        _integer(self, attribute, value)
        if value < self.start:
            raise ValueError(f"span ends at {value}, before its start {self.start}")


@frozen(kw_only=True)
class Found(Generic[T]):
    """A value with the evidence it was read from: ``text == original[span.start:span.end]``.

    Attributes:
        value: the value read.
        span: where in the caller's text it was read.
        text: the text itself, the slice the span names.
    """

    value: T
    span: Span = field(validator=instance_of(Span))
    text: str = field(validator=_text)


# --- penalties -----------------------------------------------------------------------------

_ISO_DURATION = re.compile(
    r"P(?:(\d+(?:\.\d+)?)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(\d+)H)?\Z", re.ASCII
)


def _whole_years(value: int | Decimal) -> int | Decimal:
    """A whole number of years as an int: ``Decimal("15.0")`` is 15."""
    if isinstance(value, Decimal) and value.is_finite() and value == value.to_integral_value():
        return int(value)
    return value


def _years(_instance: Any, attribute: Attribute[Any], value: Any) -> None:
    if type(value) is not int and not (isinstance(value, Decimal) and value.is_finite()):
        raise TypeError(f"{attribute.name} must be an int or a finite Decimal, not {value!r}")


@frozen(kw_only=True)
class Term:
    """A length of time as the text states it: "18 months" stays 18 months, not 1 year 6 months.

    The parts are those a penalty is stated in: years, months, weeks, days and hours. A decimal
    number of years that is no whole number of months is kept as stated ("15.6 years"), and
    then is the only part.

    Attributes:
        years: whole years, or a ``Decimal`` ("15.6 years") that is no whole number of months.
        months: months, not folded into years ("18 months" stays 18).
        weeks: weeks.
        days: days.
        hours: hours ("240 hours of community service").

    >>> Term(years=1, months=9).iso
    'P1Y9M'
    >>> Term.from_iso("PT240H")
    Term(years=0, months=0, weeks=0, days=0, hours=240)
    >>> Term.from_iso("P15.6Y").iso
    'P15.6Y'
    """

    years: int | Decimal = field(default=0, converter=_whole_years, validator=[_years, ge(0)])
    months: int = field(default=0, validator=[_integer, ge(0)])
    weeks: int = field(default=0, validator=[_integer, ge(0)])
    days: int = field(default=0, validator=[_integer, ge(0)])
    hours: int = field(default=0, validator=[_integer, ge(0)])

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
    """A range of terms: "from four to six years", "up to 12 years", "at least 10 years".

    Attributes:
        low: the lower bound; none where the text states none ("up to 12 years").
        high: the upper bound; none where the text states none ("at least 10 years").
    """

    low: Term | None = field(default=None, validator=optional(instance_of(Term)))
    high: Term | None = field(default=None, validator=optional(instance_of(Term)))

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
    """An amount of money, or of an index fines are set in (currency ``MCI`` or ``BCA``).

    Attributes:
        amount: whole units, ``>= 0``.
        currency: an ISO 4217 code ("KZT", "USD"), "MCI" for multiples of Kazakhstan's
            monthly calculation index, or "BCA" for multiples of Uzbekistan's basic
            calculation amount.
    """

    amount: int = field(validator=[_integer, ge(0)])
    currency: str = field(validator=[_text, min_len(1)])


_NO_TERM = frozenset({Kind.ACQUITTAL, Kind.LIFE_IMPRISONMENT, Kind.FINE})


@frozen(kw_only=True)
class Sentence:
    """One penalty: its kind, who it comes from, and its length or amount as stated.

    Attributes:
        kind: what kind of penalty ("imprisonment", "fine", "ban", ...).
        status: imposed by the court, requested by the prosecution, or possible under the law.
        term: the length as stated, a term or a range; none where none is stated ("a
            suspended sentence"), and always none for acquittals, life terms and fines.
        fine: a fine's amount; none where "was fined" states none, and for every other kind.
        detail: what a ban bars, as written ("driving"); none for every other kind.
    """

    kind: Kind = field(validator=instance_of(Kind))
    status: Status = field(validator=instance_of(Status))
    term: Term | TermRange | None = field(
        default=None, validator=optional(instance_of((Term, TermRange)))
    )
    fine: Money | None = field(default=None, validator=optional(instance_of(Money)))
    detail: str | None = field(default=None, validator=optional(_text))

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
    DECADE = "decade"  # "the 1990s": 199
    CENTURY = "century"  # "the 20th century", "the 1800s": 19, 18
    REFERENCE = "reference"  # TIMEX3's PRESENT_REF, PAST_REF, FUTURE_REF: "now", "in the past"

    @property
    def conventional(self) -> bool:
        """Whether the conventions (section 2) name values of this precision.

        They name days, weeks, months, seasons, quarters and years; decades, centuries and
        TIMEX3's reference values ("now") are read by the grammar, but are no dates of an
        article's record.
        """
        return self not in (Granularity.DECADE, Granularity.CENTURY, Granularity.REFERENCE)


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


_GRANULARITY_GROUPS = (
    ("day", Granularity.DAY),
    ("month", Granularity.MONTH),
    ("quarter", Granularity.QUARTER),
    ("season", Granularity.SEASON),
    ("week", Granularity.WEEK),
    ("decade", Granularity.DECADE),
    ("century", Granularity.CENTURY),
    ("reference", Granularity.REFERENCE),
)


_TIMEX_VALUE = re.compile(
    r"""(?: (?P<year>\d{4}|XXXX)                              # the year, or XXXX when unknown
            (?: -(?P<month>\d\d|XX)(?:-(?P<day>\d\d|XX))?    # 2023-03-23, XXXX-06-11
              | -Q(?P<quarter>[1-4X]) | -(?P<season>SP|SU|FA|WI)  # quarter, season
              | -W(?P<week>\d\d|XX) )?                     # ISO week: 2023-W12, XXXX-WXX
          | (?P<decade>\d{3}) | (?P<century>\d\d)             # the 1990s: 199; 20th century: 19
          | (?P<reference>PRESENT_REF|PAST_REF|FUTURE_REF) )\Z  # "now", "in the past"
    """,
    re.ASCII | re.VERBOSE,
)


@functools.lru_cache(maxsize=1024)  # a text names the same few dates again and again
def _timex_problem(value: str) -> str | None:
    """What makes ``value`` no TIMEX3 date value, or no day of the calendar; None if nothing."""
    match = _TIMEX_VALUE.match(value)
    if match is None:
        return f"not a TIMEX3 date value: {value!r}"
    if match["year"] is None:  # a decade, a century or a reference value: no calendar parts
        return None
    year = None if match["year"] == "XXXX" else int(match["year"])
    if year == 0:
        return f"no year 0 in the calendar: {value!r}"
    month = None if match["month"] in (None, "XX") else int(match["month"])
    day = None if match["day"] in (None, "XX") else int(match["day"])
    if month is not None and not 1 <= month <= 12:
        return f"no month {month} in {value!r}"
    if day is not None:
        last = calendar.monthrange(year or 2000, month)[1] if month else 31  # 2000: a leap year
        if not 1 <= day <= last:
            return f"no day {day} in {value!r}"
    if match["week"] not in (None, "XX"):
        week = int(match["week"])
        weeks = datetime.date(year, 12, 28).isocalendar()[1] if year else 53
        if not 1 <= week <= weeks:
            return f"no week {week} in {value!r}"
    return None


def _granularity_of(value: str) -> Granularity | None:
    """The granularity the shape of ``value`` has; None for no TIMEX3 value."""
    match = _TIMEX_VALUE.match(value)
    if match is None:
        return None
    for group, granularity in _GRANULARITY_GROUPS:
        if match[group] is not None:
            return granularity
    return Granularity.YEAR


@frozen(kw_only=True)
class DateValue:
    """A calendar date as precise as the text makes it, TIMEX3 style.

    ``value`` is ``2023-03-23``, ``2023-03``, ``2023``, ``2022-Q4``, ``2022-SU``, ``2023-W12``;
    a part the text leaves unknown is written with X: ``XXXX-06-11`` ("June 11" with no
    reference date), ``XXXX-WXX`` ("this week" with none). Beyond the values of the
    conventions, TIMEX3's decades (``199``, "the 1990s"), centuries (``19``, "the 20th
    century") and reference values (``PRESENT_REF``, ``PAST_REF``, ``FUTURE_REF``: "now", "in
    the past", "in the future"); a reference value names no period, and has no bounds.
    ``earliest``/``latest`` bound the period where the year is known: both days of a day
    range, the convention of ``docs/dates.md`` for a ``mod``.

    Attributes:
        value: the TIMEX3 value; every stated part exists in the calendar.
        granularity: the precision, which the value's shape agrees with.
        resolution: how the value was arrived at: stated, year inferred, or relative.
        mod: "early", "mid-", "late" or "around"; none for most dates.
        earliest: the first day of the period meant; none when the year is unknown, and for a
            reference value.
        latest: the last day of the period meant; none whenever earliest is.
        reference: the date a value not stated in full was resolved against; none otherwise.
    """

    value: str = field(validator=_text)
    granularity: Granularity = field(validator=instance_of(Granularity))
    resolution: Resolution = field(validator=instance_of(Resolution))
    mod: Mod | None = field(default=None, validator=optional(instance_of(Mod)))
    earliest: datetime.date | None = field(default=None, validator=optional(_day))
    latest: datetime.date | None = field(default=None, validator=optional(_day))
    reference: datetime.date | None = field(default=None, validator=optional(_day))

    @value.validator
    def _timex(self, _attribute: Attribute[str], value: str) -> None:
        problem = _timex_problem(value)
        if problem:
            raise ValueError(problem)

    @granularity.validator
    def _agrees_with_value(self, _attribute: Attribute[Granularity], value: Granularity) -> None:
        # the value's own validator, run before this one, has refused a value in no calendar
        shape = _granularity_of(self.value)
        if shape is not None and shape is not value:
            raise ValueError(f"{self.value!r} is no date of granularity {value.value!r}")

    def __attrs_post_init__(self) -> None:
        if (self.earliest is None) != (self.latest is None):
            raise ValueError("earliest and latest are given together or not at all")
        if self.earliest is not None and self.latest is not None and self.earliest > self.latest:
            raise ValueError(f"earliest {self.earliest} is after latest {self.latest}")
        if self.value.startswith("XXXX") and self.earliest is not None:
            raise ValueError("a date with an unknown year has no bounds")
        if self.granularity is Granularity.REFERENCE and self.earliest is not None:
            raise ValueError(f"{self.value} names no period of the calendar: it has no bounds")


# --- people, cases, articles ---------------------------------------------------------------


@frozen(kw_only=True)
class Charge:
    """A charge as the article words it, mapped to the Criminal Code of Kazakhstan where known.

    Attributes:
        text: the charge as written: "participation in mass riots".
        key: the bundled taxonomy's key; none for a charge the taxonomy does not know.
        article: the Criminal Code article, where the taxonomy knows it.
        part: the part of that article, where known.
    """

    text: str = field(validator=_text)
    key: str | None = field(default=None, validator=optional(_text))
    article: int | None = field(default=None, validator=optional(_integer))
    part: int | None = field(default=None, validator=optional(_integer))


@frozen(kw_only=True)
class AgeRange:
    """The ages of a group: "ranging from 22 to 53 years old".

    Attributes:
        low: the youngest age.
        high: the oldest age, ``>= low``.
    """

    low: int = field(validator=[_integer, ge(0)])
    high: int = field(validator=[_integer, ge(0)])

    def __attrs_post_init__(self) -> None:
        if self.low > self.high:
            raise ValueError(f"age range runs backwards: {self.low} > {self.high}")


@frozen(kw_only=True)
class Defendant:
    """A person tried, or a group of unnamed co-defendants with the same outcome.

    Attributes:
        count: 1 for one person, N for a group with one outcome, or none where the text does
            not say how many ("other members of the group").
        name: the full name; none for unnamed people and groups.
        group: the phrase naming an unnamed defendant or group: "remaining 10 defendants".
        age: "Serik Kudebayev, 58," or "a 32-year-old"; often unstated.
        age_range: a group's ages, where stated: "ranging from 22 to 53 years old".
        role: "former head of police for the Almaty region", where stated.
        charges: the charges, in order of first mention.
        sentences: every distinct penalty, requested and possible ones included.
    """

    count: int | None = field(default=1)
    name: Found[str] | None = field(default=None, validator=optional(_found(str)))
    group: Found[str] | None = field(default=None, validator=optional(_found(str)))
    age: Found[int] | None = field(default=None, validator=optional(_found(int)))
    age_range: Found[AgeRange] | None = field(default=None, validator=optional(_found(AgeRange)))
    role: Found[str] | None = field(default=None, validator=optional(_found(str)))
    charges: tuple[Found[Charge], ...] = field(default=(), validator=_tuple_of(_found(Charge)))
    sentences: tuple[Found[Sentence], ...] = field(
        default=(), validator=_tuple_of(_found(Sentence))
    )

    @count.validator
    def _at_least_one(self, attribute: Attribute[int | None], value: int | None) -> None:
        if value is None:
            return
        _integer(self, attribute, value)
        if value < 1:
            raise ValueError(f"a defendant counts at least one person, not {value}")


@frozen(kw_only=True)
class Case:
    """Defendants tried together: one court, place and date, as far as the article says.

    Attributes:
        court: "a military court"; articles often name none.
        place: "Taldykorgan"; often unstated.
        date: the date of the verdict or hearing, where stated.
        defendants: the people and groups tried, in order of first appearance.
    """

    court: Found[str] | None = field(default=None, validator=optional(_found(str)))
    place: Found[str] | None = field(default=None, validator=optional(_found(str)))
    date: Found[DateValue] | None = field(default=None, validator=optional(_found(DateValue)))
    defendants: tuple[Defendant, ...] = field(
        default=(), validator=_tuple_of(instance_of(Defendant))
    )


class Bound(enum.Enum):
    """How a stated figure bounds the true one: "nearly 1,400", "at least 32", "more than 230"."""

    APPROX = "approx"
    AT_LEAST = "at_least"
    MORE_THAN = "more_than"
    AT_MOST = "at_most"


@frozen(kw_only=True)
class Statistic:
    """An aggregate figure the article states: "1,113 protesters and others have been convicted".

    Attributes:
        figure: the number, ``>= 0``.
        counts: what is counted, as written: "protesters and others have been convicted".
        bound: how the figure bounds the true one ("nearly", "at least"); none when exact.
        as_of: the date the figure holds for, where stated.
    """

    figure: int = field(validator=[_integer, ge(0)])
    counts: str = field(validator=_text)
    bound: Bound | None = field(default=None, validator=optional(instance_of(Bound)))
    as_of: Found[DateValue] | None = field(default=None, validator=optional(_found(DateValue)))


_SHA256 = re.compile(r"[0-9a-f]{64}\Z", re.ASCII)


@frozen(kw_only=True)
class Source:
    """Who published the article, and when.

    Attributes:
        outlet: the masthead, dateline, byline or footer, where there is one.
        author: the byline name, where there is one.
        title: the headline, where recognisable.
        url: where the article came from, as the caller gave it; never read from the text.
        published: the caller's date, else one read from the text; a ``datetime.date``.
        published_evidence: the text the date was read from; none when the caller gave it.
        path: the file the text was read from, as the caller named it ("-" for standard
            input); none when the text was given directly.
        sha256: the SHA-256 of the bytes read, in lower-case hex, as ``sha256sum`` prints it;
            none when the text was given directly.
    """

    outlet: Found[str] | None = field(default=None, validator=optional(_found(str)))
    author: Found[str] | None = field(default=None, validator=optional(_found(str)))
    title: Found[str] | None = field(default=None, validator=optional(_found(str)))
    url: str | None = field(default=None, validator=optional(_text))
    published: datetime.date | None = field(default=None, validator=optional(_day))
    published_evidence: Found[str] | None = field(default=None, validator=optional(_found(str)))
    path: str | None = field(default=None, validator=optional(_text))
    sha256: str | None = field(default=None, validator=optional(_text))

    @sha256.validator
    def _hex_digest(self, _attribute: Attribute[str | None], value: str | None) -> None:
        if value is not None and not _SHA256.match(value):
            raise ValueError(f"not a SHA-256 digest in lower-case hex: {value!r}")


@frozen(kw_only=True)
class Article:
    """Everything read from one article.

    Attributes:
        source: who published it, and when.
        cases: the trials it reports, each with its defendants.
        dates: every calendar date in the body, in order (no decade, century or "now").
        statistics: the aggregate figures it states.
        laws: penalties the law provides, stated with no defendant.
        language: the language its body was read in: "en" or "ru".
        schema_version: the version of the JSON shape; only :data:`SCHEMA_VERSION` is read.
    """

    source: Source = field(validator=instance_of(Source))
    cases: tuple[Case, ...] = field(default=(), validator=_tuple_of(instance_of(Case)))
    dates: tuple[Found[DateValue], ...] = field(default=(), validator=_tuple_of(_found(DateValue)))
    statistics: tuple[Found[Statistic], ...] = field(
        default=(), validator=_tuple_of(_found(Statistic))
    )
    laws: tuple[Found[Sentence], ...] = field(default=(), validator=_tuple_of(_found(Sentence)))
    language: str = field(default="en", validator=in_(("en", "ru")))
    schema_version: int = field(default=SCHEMA_VERSION, validator=_integer)

    @schema_version.validator
    def _this_version(self, _attribute: Attribute[int], value: int) -> None:
        if value != SCHEMA_VERSION:
            raise ValueError(
                f"schema version {value} is not {SCHEMA_VERSION}, the version this kzjustice "
                "reads: parse the articles again"
            )


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
