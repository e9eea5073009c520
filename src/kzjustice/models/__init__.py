"""The records kzjustice returns: frozen, slotted attrs classes and closed vocabularies.

Every extracted value travels in a :class:`Found`, which keeps the span of the caller's text
it was read from and that text itself, so a dataset built from these records can be checked
line by line. A field typed ``X | None`` is one the text may not state; its comment says when.
This package imports nothing else from kzjustice and knows nothing about JSON.

Constructors check what they are given: each field's type (a ``datetime`` is not a date, a
``bool`` is not a count, a list is not a tuple), and the invariants a type cannot express (a
span runs forwards, a date exists in the calendar). A bad value raises ``TypeError`` or
``ValueError`` naming the field.
"""

from __future__ import annotations

import datetime
import enum
import re
from collections.abc import Iterator

import attrs
from attrs import Attribute, field, frozen
from attrs.validators import ge, in_, instance_of, optional

from kzjustice.models.base import Found, Span, found_of, is_day, is_int, is_text, tuple_of
from kzjustice.models.dates import DateValue, Granularity, Mod, Resolution
from kzjustice.models.penalties import Kind, Money, Sentence, Status, Term, TermRange

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


@frozen(kw_only=True)
class Charge:
    """A charge as the article words it, mapped to the Criminal Code of Kazakhstan where known.

    Attributes:
        text: the charge as written: "participation in mass riots".
        key: the bundled taxonomy's key; none for a charge the taxonomy does not know.
        article: the Criminal Code article, where the taxonomy knows it.
        part: the part of that article, where known.
    """

    text: str = field(validator=is_text)
    key: str | None = field(default=None, validator=optional(is_text))
    article: int | None = field(default=None, validator=optional(is_int))
    part: int | None = field(default=None, validator=optional(is_int))


@frozen(kw_only=True)
class AgeRange:
    """The ages of a group: "ranging from 22 to 53 years old".

    Attributes:
        low: the youngest age.
        high: the oldest age, ``>= low``.
    """

    low: int = field(validator=[is_int, ge(0)])
    high: int = field(validator=[is_int, ge(0)])

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
    name: Found[str] | None = field(default=None, validator=optional(found_of(str)))
    group: Found[str] | None = field(default=None, validator=optional(found_of(str)))
    age: Found[int] | None = field(default=None, validator=optional(found_of(int)))
    age_range: Found[AgeRange] | None = field(default=None, validator=optional(found_of(AgeRange)))
    role: Found[str] | None = field(default=None, validator=optional(found_of(str)))
    charges: tuple[Found[Charge], ...] = field(default=(), validator=tuple_of(found_of(Charge)))
    sentences: tuple[Found[Sentence], ...] = field(
        default=(), validator=tuple_of(found_of(Sentence))
    )

    @count.validator
    def _at_least_one(self, attribute: Attribute[int | None], value: int | None) -> None:
        if value is None:
            return
        is_int(self, attribute, value)
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

    court: Found[str] | None = field(default=None, validator=optional(found_of(str)))
    place: Found[str] | None = field(default=None, validator=optional(found_of(str)))
    date: Found[DateValue] | None = field(default=None, validator=optional(found_of(DateValue)))
    defendants: tuple[Defendant, ...] = field(
        default=(), validator=tuple_of(instance_of(Defendant))
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

    figure: int = field(validator=[is_int, ge(0)])
    counts: str = field(validator=is_text)
    bound: Bound | None = field(default=None, validator=optional(instance_of(Bound)))
    as_of: Found[DateValue] | None = field(default=None, validator=optional(found_of(DateValue)))


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

    outlet: Found[str] | None = field(default=None, validator=optional(found_of(str)))
    author: Found[str] | None = field(default=None, validator=optional(found_of(str)))
    title: Found[str] | None = field(default=None, validator=optional(found_of(str)))
    url: str | None = field(default=None, validator=optional(is_text))
    published: datetime.date | None = field(default=None, validator=optional(is_day))
    published_evidence: Found[str] | None = field(default=None, validator=optional(found_of(str)))
    path: str | None = field(default=None, validator=optional(is_text))
    sha256: str | None = field(default=None, validator=optional(is_text))

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
    cases: tuple[Case, ...] = field(default=(), validator=tuple_of(instance_of(Case)))
    dates: tuple[Found[DateValue], ...] = field(default=(), validator=tuple_of(found_of(DateValue)))
    statistics: tuple[Found[Statistic], ...] = field(
        default=(), validator=tuple_of(found_of(Statistic))
    )
    laws: tuple[Found[Sentence], ...] = field(default=(), validator=tuple_of(found_of(Sentence)))
    language: str = field(default="en", validator=in_(("en", "ru")))
    schema_version: int = field(default=SCHEMA_VERSION, validator=is_int)

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
