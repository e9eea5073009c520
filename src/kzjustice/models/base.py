"""The evidence every value travels in (a span and its text), and the checks fields share."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from attrs import Attribute, field, frozen
from attrs.validators import deep_iterable, ge, instance_of

T = TypeVar("T")

_Validator = Callable[[Any, "Attribute[Any]", Any], None]


def _exactly(kind: type[Any], wanted: str) -> _Validator:
    """Accept only ``kind`` itself: a ``bool`` is no count, a ``datetime`` no calendar day."""

    def check(_instance: Any, attribute: Attribute[Any], value: Any) -> None:
        if type(value) is not kind:
            raise TypeError(f"{attribute.name} must be {wanted}, not {type(value).__name__}")

    return check


is_int = _exactly(int, "an int")
is_text = _exactly(str, "a str")
is_day = _exactly(datetime.date, "a datetime.date (not a datetime or a str)")


def found_of(kind: type[Any] | tuple[type[Any], ...]) -> _Validator:
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


def tuple_of(member: _Validator) -> _Validator:
    """Check a field is a tuple whose members each pass ``member``."""
    return deep_iterable(member_validator=member, iterable_validator=instance_of(tuple))


@frozen
class Span:
    """Half-open range ``[start, end)`` of offsets into the text the caller passed in.

    Attributes:
        start: the offset of the first character, ``>= 0``.
        end: the offset after the last character, ``>= start``.
    """

    start: int = field(validator=[is_int, ge(0)])
    end: int = field()

    @end.validator
    def _not_before_start(self, attribute: Attribute[int], value: int) -> None:
        is_int(self, attribute, value)
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
    text: str = field(validator=is_text)
