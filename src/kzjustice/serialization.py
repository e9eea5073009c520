"""JSON in and out: the one cattrs converter, and the JSON Schema of every record.

The JSON shape: field order from the models, enums as their values, dates as ISO-8601 strings,
terms as ISO-8601 durations (``"P1Y9M"``), and the ``term`` of a sentence tagged with its
variant (``{"type": "term", "duration": "P4Y"}`` or ``{"type": "range", "low": "P4Y",
"high": "P6Y"}``). The same record always gives the same bytes. Bad data raises
:class:`~kzjustice.errors.DataError` naming the path of every offending field.
"""

from __future__ import annotations

import datetime
import enum
import json
import os
import re
import types
import typing
from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import Any, TypeVar, Union

import attrs
from cattrs.errors import (
    BaseValidationError,
    ClassValidationError,
    IterableValidationError,
    IterableValidationNote,
)
from cattrs.gen import make_dict_structure_fn
from cattrs.preconf.json import make_converter

from kzjustice.errors import DataError
from kzjustice.models import SCHEMA_VERSION, Term, TermRange

__all__ = ["OLDER_VERSIONS", "from_dict", "from_json", "json_schema", "to_dict", "to_json"]

OLDER_VERSIONS = frozenset({1, 2, 3})
"""Schema versions whose records read as records of this one.

Each version since added only fields that may be absent or values a field may now hold: a
group's ``count`` of null and the ``ban`` kind (2), ``Source.path`` and ``Source.sha256``
(3), the date granularities ``decade``, ``century`` and ``reference`` with their values (4).
A record of an older version is read as it is and gets the current ``schema_version``.
"""

R = TypeVar("R")

_converter = make_converter(forbid_extra_keys=True, detailed_validation=True)


def _strict(kind: type[Any], name: str) -> Callable[[Any, Any], Any]:
    # cattrs would otherwise call str(1) or int("1"): accept only the JSON type itself.
    def structure(value: Any, _type: Any) -> Any:
        if type(value) is not kind:
            raise TypeError(f"expected {name}, got {type(value).__name__}")
        return value

    return structure


_converter.register_structure_hook(str, _strict(str, "a string"))
_converter.register_structure_hook(int, _strict(int, "an integer"))


_ISO_DATE = re.compile(r"\d{4}-\d\d-\d\d\Z", re.ASCII)


def _structure_date(value: Any, _type: Any) -> datetime.date:
    # date.fromisoformat would also take "20221225" and "2022-W52-7": only YYYY-MM-DD is written.
    if type(value) is not str or not _ISO_DATE.match(value):
        raise TypeError(f"expected a date as YYYY-MM-DD, got {value!r}")
    return datetime.date.fromisoformat(value)


_converter.register_structure_hook(datetime.date, _structure_date)


class _FieldProblem(ValueError):
    """A problem in a named field below the value being structured."""

    def __init__(self, name: str, problem: str) -> None:
        super().__init__(problem)
        self.name = name


def _record_hook(cls: Any) -> Callable[[Any, Any], Any]:
    structure = make_dict_structure_fn(
        cls, _converter, _cattrs_forbid_extra_keys=True, _cattrs_detailed_validation=True
    )
    hints = typing.get_type_hints(typing.get_origin(cls) or cls)
    # The fields whose JSON value is the value itself, which a validator can be given again.
    fields = tuple(a for a in attrs.fields(cls) if hints[a.name] in _PLAIN)
    version = tuple(a for a in fields if a.name == "schema_version")

    def structure_record(value: Any, tp: Any) -> Any:
        if not isinstance(value, dict):
            raise TypeError(f"expected an object, got {type(value).__name__}")
        # The version says how the rest is to be read: a record of another one is refused first.
        if version and value.get("schema_version") in OLDER_VERSIONS:
            value = value | {"schema_version": SCHEMA_VERSION}
        if version and (problem := _refused(version, value)):
            raise _FieldProblem(*problem)
        try:
            return structure(value, tp)
        except ClassValidationError as exc:
            with_names, refused = exc.group_exceptions()
            # Every field was read, then the constructor refused a value: name the field.
            problem = None
            if not with_names and len(refused) == 1 and isinstance(refused[0], ValueError):
                problem = _refused(fields, value)
            if problem is None:
                raise
            raise _FieldProblem(*problem) from None

    return structure_record


_PLAIN = frozenset({str, int, str | None, int | None})


def _refused(
    fields: tuple[attrs.Attribute[Any], ...], data: dict[str, Any]
) -> tuple[str, str] | None:
    """The first field whose validator refuses its JSON value (a string or number), and why.

    The constructor names no field when it refuses a value (a month 13 in a date value, a span
    that ends before it starts): run each field's validator again on the record's plain values.
    """
    shell: Any = object.__new__(type("_Shell", (), {}))
    plain = {a.name: data[a.name] for a in fields if a.name in data}
    shell.__dict__.update(plain)
    for attribute in fields:
        if attribute.validator is None or attribute.name not in plain:
            continue
        try:
            attribute.validator(shell, attribute, plain[attribute.name])
        except (TypeError, ValueError, AttributeError) as exc:
            return attribute.name, str(exc)
    return None


_converter.register_structure_hook_factory(attrs.has, _record_hook)


def _is_tuple(tp: Any) -> bool:
    return typing.get_origin(tp) is tuple


def _structure_tuple(value: Any, tp: Any) -> tuple[Any, ...]:
    # cattrs would iterate a string or an object's keys: only a JSON array is a tuple here.
    if not isinstance(value, list):
        raise TypeError(f"expected an array, got {type(value).__name__}")
    item_type = typing.get_args(tp)[0]
    items, errors = [], []
    for index, item in enumerate(value):
        try:
            items.append(_converter.structure(item, item_type))
        except Exception as exc:  # collected, then raised as one group below
            note = IterableValidationNote(f"index {index}", index, item_type)
            setattr(exc, "__notes__", [*getattr(exc, "__notes__", []), note])  # noqa: B010
            errors.append(exc)
    if errors:
        raise IterableValidationError(f"while structuring {tp}", errors, tp)
    return tuple(items)


_converter.register_structure_hook_func(_is_tuple, _structure_tuple)
_converter.register_unstructure_hook(Term, lambda term: term.iso)


def _structure_term(value: Any, _type: Any) -> Term:
    if type(value) is not str:
        raise TypeError(f"expected an ISO-8601 duration string, got {type(value).__name__}")
    return Term.from_iso(value)


_converter.register_structure_hook(Term, _structure_term)

_TERM_TAGS: Mapping[str, type[Term | TermRange]] = MappingProxyType(
    {"term": Term, "range": TermRange}
)


def _unstructure_term_union(term: Term | TermRange | None) -> dict[str, Any] | None:
    if term is None:
        return None
    if isinstance(term, Term):
        return {"type": "term", "duration": term.iso}
    return {"type": "range", **_converter.unstructure(term, TermRange)}


def _structure_term_union(value: Any, _type: Any) -> Term | TermRange | None:
    if value is None:
        return None
    if not isinstance(value, dict):
        raise TypeError(f"expected an object or null, got {type(value).__name__}")
    body = dict(value)
    tag = body.pop("type", None)
    if tag == "term":
        if set(body) != {"duration"}:
            raise ValueError(f"a term holds exactly the key 'duration', not {sorted(body)}")
        try:
            return _structure_term(body["duration"], Term)
        except (TypeError, ValueError) as exc:
            raise _FieldProblem("duration", str(exc)) from None
    if tag == "range":
        return _converter.structure(body, TermRange)
    raise _FieldProblem("type", f"must be one of {sorted(_TERM_TAGS)}, got {tag!r}")


def _is_term_union(tp: Any) -> bool:
    # `Term | TermRange | None` and `Optional[Union[Term, TermRange]]` are different objects.
    return typing.get_origin(tp) in (Union, types.UnionType) and set(typing.get_args(tp)) == {
        Term,
        TermRange,
        type(None),
    }


_converter.register_unstructure_hook_func(_is_term_union, _unstructure_term_union)
_converter.register_structure_hook_func(_is_term_union, _structure_term_union)


def to_dict(obj: Any) -> Any:
    """Return ``obj`` as plain JSON data: dicts, lists, strings, numbers, booleans and None."""
    return _converter.unstructure(obj)


_SURROGATE = re.compile("[\ud800-\udfff]")


def to_json(obj: Any, *, indent: int | None = None) -> str:
    """Return ``obj`` as JSON, byte-identical for equal records; ``indent`` pretty-prints.

    Text is written as it is, but for lone surrogates (from bytes decoded with
    ``surrogateescape``), which are escaped so that the JSON always encodes as UTF-8. (A high
    surrogate followed by a low one cannot survive: JSON reads their escapes as one character.)

    >>> from kzjustice.models import Sentence, Kind, Status, Term
    >>> print(to_json(Sentence(kind=Kind.FINE, status=Status.REQUESTED)))
    {"kind": "fine", "status": "requested", "term": null, "fine": null, "detail": null}
    """
    text = json.dumps(to_dict(obj), ensure_ascii=False, indent=indent)
    return _SURROGATE.sub(lambda m: f"\\u{ord(m[0]):04x}", text)


def from_dict(data: Any, cls: type[R]) -> R:
    """Build a ``cls`` record from plain JSON data.

    Raises:
        DataError: a field is missing, unknown, of the wrong type or out of range; the
            message names the path of each.
    """
    try:
        return _converter.structure(data, cls)
    except (BaseValidationError, _FieldProblem) as exc:
        raise DataError(_problems(exc, "$")) from None
    except (TypeError, ValueError, AttributeError, KeyError) as exc:
        raise DataError([("$", str(exc) or type(exc).__name__)]) from None


def from_json(text: str | bytes | bytearray, cls: type[R]) -> R:
    """Build a ``cls`` record from JSON text.

    >>> from kzjustice.models import Sentence
    >>> from_json('{"kind": "jail", "status": "imposed", "term": null}', Sentence)
    Traceback (most recent call last):
    ...
    kzjustice.errors.DataError: $.kind: 'jail' is not a valid Kind

    Raises:
        DataError: the text is not JSON, or does not describe a ``cls``.
        TypeError: ``text`` is no text: a path, a file or a dict (see :func:`from_dict`).
    """
    if not isinstance(text, (str, bytes, bytearray)):
        raise TypeError(
            f"from_json reads JSON text (str or bytes), not a {type(text).__name__}"
            + (": read the file first" if isinstance(text, os.PathLike) else "")
        )
    try:
        data = json.loads(text)
    except ValueError as exc:  # JSONDecodeError and undecodable bytes
        raise DataError([("$", f"not valid JSON: {exc}")]) from None
    return from_dict(data, cls)


def _problems(exc: BaseException, path: str) -> list[tuple[str, str]]:
    """Flatten a cattrs exception group into ``(path, problem)`` pairs."""
    if isinstance(exc, ClassValidationError):
        pairs: list[tuple[str, str]] = []
        with_names, without = exc.group_exceptions()
        for inner, note in with_names:
            pairs.extend(_problems(inner, f"{path}.{note.name}"))
        for inner in without:
            pairs.extend(_problems(inner, path))
        return pairs
    if isinstance(exc, IterableValidationError):
        pairs = []
        with_index, without = exc.group_exceptions()
        for inner, item in with_index:
            pairs.extend(_problems(inner, f"{path}[{item.index}]"))
        for inner in without:
            pairs.extend(_problems(inner, path))
        return pairs
    if isinstance(exc, BaseValidationError):  # other groups, e.g. extra keys found
        return [pair for inner in exc.exceptions for pair in _problems(inner, path)]
    if isinstance(exc, KeyError):
        return [(path, "required field missing")]
    if isinstance(exc, _FieldProblem):
        return [(f"{path}.{exc.name}", str(exc))]
    extra = getattr(exc, "extra_fields", None)
    if extra is not None:
        return [(f"{path}.{key}", "unknown key") for key in sorted(extra)]
    return [(path, str(exc) or type(exc).__name__)]


# --- JSON Schema ---------------------------------------------------------------------------

_ISO_DURATION_PATTERN = r"^P(?=\d|T\d)(\d+(\.\d+)?Y)?(\d+M)?(\d+W)?(\d+D)?(T\d+H)?$"


def json_schema(cls: type[Any]) -> dict[str, Any]:
    """Return the JSON Schema (draft 2020-12) of ``cls`` as :func:`to_json` writes it.

    >>> schema = json_schema(TermRange)
    >>> schema["$schema"], schema["required"]
    ('https://json-schema.org/draft/2020-12/schema', [])
    """
    defs: dict[str, Any] = {}
    root = _schema(cls, defs)
    body = defs.pop(root["$ref"].rsplit("/", 1)[1]) if "$ref" in root else root
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": cls.__name__,
        **body,
        **({"$defs": dict(sorted(defs.items()))} if defs else {}),
    }


def _schema(tp: Any, defs: dict[str, Any]) -> dict[str, Any]:
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin in (Union, types.UnionType):
        if _is_term_union(tp):
            return {
                "oneOf": [
                    _term_variant(defs),
                    {"$ref": "#/$defs/TermRangeVariant"},
                    {"type": "null"},
                ]
            }
        return {"anyOf": [_schema(arg, defs) for arg in args]}
    if origin is tuple:
        return {"type": "array", "items": _schema(args[0], defs)}
    if tp is type(None):
        return {"type": "null"}
    if tp is str:
        return {"type": "string"}
    if tp is bool:
        return {"type": "boolean"}
    if tp is int:
        return {"type": "integer"}
    if tp is datetime.date:
        return {"type": "string", "format": "date"}
    if tp is Term:
        return {"type": "string", "pattern": _ISO_DURATION_PATTERN}
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return {"enum": [member.value for member in tp]}
    if attrs.has(origin or tp):
        return _record(tp, defs)
    raise TypeError(f"no JSON Schema for {tp!r}")


def _term_variant(defs: dict[str, Any]) -> dict[str, Any]:
    if "TermRangeVariant" not in defs:
        defs["TermRangeVariant"] = {}  # reserve the name before recursing
        ranged = _record(TermRange, defs)
        body = defs[ranged["$ref"].rsplit("/", 1)[1]]
        defs["TermRangeVariant"] = {
            **body,
            "properties": {"type": {"const": "range"}, **body["properties"]},
            "required": ["type", *body["required"]],
        }
    return {
        "type": "object",
        "properties": {"type": {"const": "term"}, "duration": _schema(Term, defs)},
        "required": ["type", "duration"],
        "additionalProperties": False,
    }


def _record(tp: Any, defs: dict[str, Any]) -> dict[str, Any]:
    origin = typing.get_origin(tp) or tp
    args = typing.get_args(tp)
    name = origin.__name__ + "".join(_type_name(arg) for arg in args)
    if name not in defs:
        defs[name] = {}  # reserve the name: records may refer to themselves
        params = getattr(origin, "__parameters__", ())
        hints = typing.get_type_hints(origin)
        bindings = dict(zip(params, args, strict=True)) if args else {}
        properties: dict[str, Any] = {}
        required: list[str] = []
        for attribute in attrs.fields(origin):
            hint = bindings.get(hints[attribute.name], hints[attribute.name])  # Found[T].value
            properties[attribute.name] = _schema(hint, defs) | _bounds(attribute)
            if attribute.name == "schema_version":  # each version's data has its own schema
                properties[attribute.name] = {"const": attribute.default}
            if attribute.default is attrs.NOTHING:
                required.append(attribute.name)
        defs[name] = {
            "type": "object",
            "description": (origin.__doc__ or "").strip().splitlines()[0],
            "properties": properties,
            "required": required,
            "additionalProperties": False,
        }
    return {"$ref": f"#/$defs/{name}"}


def _type_name(tp: Any) -> str:
    args = typing.get_args(tp)
    if typing.get_origin(tp) in (Union, types.UnionType):
        return "Or".join(_type_name(arg) for arg in args)
    name = str(getattr(typing.get_origin(tp) or tp, "__name__", tp))
    return name[:1].upper() + name[1:]


def _bounds(attribute: attrs.Attribute[Any]) -> dict[str, Any]:
    """Turn ``ge(n)`` and ``min_len(n)`` validators into schema keywords."""
    validator = attribute.validator
    found: dict[str, Any] = {}
    items: tuple[Any, ...] = getattr(validator, "_validators", (validator,))
    for item in items:
        if getattr(item, "compare_op", None) == ">=":
            found["minimum"] = item.bound
        if hasattr(item, "min_length"):
            found["minLength"] = item.min_length
    return found
