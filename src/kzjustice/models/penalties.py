"""A penalty's record: its kind, status, term or range, and a fine's amount."""

from __future__ import annotations

import enum
import re
from decimal import Decimal
from typing import Any

from attrs import Attribute, field, frozen
from attrs.validators import ge, instance_of, min_len, optional

from kzjustice.models.base import is_int, is_text

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
    months: int = field(default=0, validator=[is_int, ge(0)])
    weeks: int = field(default=0, validator=[is_int, ge(0)])
    days: int = field(default=0, validator=[is_int, ge(0)])
    hours: int = field(default=0, validator=[is_int, ge(0)])

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

    amount: int = field(validator=[is_int, ge(0)])
    currency: str = field(validator=[is_text, min_len(1)])


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
    detail: str | None = field(default=None, validator=optional(is_text))

    def __attrs_post_init__(self) -> None:
        if self.term is not None and self.kind in _NO_TERM:
            raise ValueError(f"a {self.kind.value} sentence has no term")
        if self.fine is not None and self.kind is not Kind.FINE:
            raise ValueError(f"only a fine has an amount, not a {self.kind.value} sentence")
        if self.detail is not None and self.kind is not Kind.BAN:
            raise ValueError(f"only a ban has a detail, not a {self.kind.value} sentence")
