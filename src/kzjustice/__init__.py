"""kzjustice: court outcomes out of English legal-news text, as typed, verifiable records."""

from typing import Any

from kzjustice.article import parse_article
from kzjustice.errors import DataError, InputError, KzJusticeError
from kzjustice.grammars import (
    charge_for,
    find_charges,
    find_dates,
    find_sentences,
    find_terms,
    language_of,
    parse_date,
    parse_sentence,
    parse_term,
)
from kzjustice.models import (
    SCHEMA_VERSION,
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
    evidence,
)
from kzjustice.reading import read_article
from kzjustice.serialization import from_dict, from_json, json_schema, to_dict, to_json


def __getattr__(name: str) -> Any:
    # The version is read from the installed metadata on first use: importing
    # importlib.metadata would add a tenth to the import time of every program.
    if name == "__version__":
        from importlib.metadata import version

        return version("kzjustice")
    raise AttributeError(f"module 'kzjustice' has no attribute {name!r}")


__all__ = [
    "SCHEMA_VERSION",
    "AgeRange",
    "Article",
    "Bound",
    "Case",
    "Charge",
    "DataError",
    "DateValue",
    "Defendant",
    "Found",
    "Granularity",
    "InputError",
    "Kind",
    "KzJusticeError",
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
    "__version__",
    "charge_for",
    "evidence",
    "find_charges",
    "find_dates",
    "find_sentences",
    "find_terms",
    "from_dict",
    "from_json",
    "json_schema",
    "language_of",
    "parse_article",
    "parse_date",
    "parse_sentence",
    "parse_term",
    "read_article",
    "to_dict",
    "to_json",
]
