"""kzjustice: court outcomes out of English legal-news text, as typed, verifiable records.

Every public name is loaded on first use, through the module's ``__getattr__``: a program
that imports kzjustice to read dates never loads the article reader, and one that parses
articles never loads the serialisation converter until it writes a record.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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
    from kzjustice.reading import read_article, read_articles
    from kzjustice.serialization import from_dict, from_json, json_schema, to_dict, to_json

_MODULES = {
    "article": ("parse_article",),
    "errors": ("DataError", "InputError", "KzJusticeError"),
    "grammars": (
        "charge_for", "find_charges", "find_dates", "find_sentences", "find_terms", "language_of",
        "parse_date", "parse_sentence", "parse_term",
    ),
    "models": (
        "SCHEMA_VERSION", "AgeRange", "Article", "Bound", "Case", "Charge", "DateValue",
        "Defendant", "Found", "Granularity", "Kind", "Mod", "Money", "Resolution", "Sentence",
        "Source", "Span", "Statistic", "Status", "Term", "TermRange", "evidence",
    ),
    "reading": ("read_article", "read_articles"),
    "serialization": ("from_dict", "from_json", "json_schema", "to_dict", "to_json"),
}  # fmt: skip
_HOME = {name: f"kzjustice.{module}" for module, names in _MODULES.items() for name in names}


def __getattr__(name: str) -> Any:
    # Each name is imported where it lives on first use, then kept here, so this runs once per
    # name. The version is read from the installed metadata: importlib.metadata alone would
    # add a tenth to the import time of every program.
    if name == "__version__":
        from importlib.metadata import version

        return version("kzjustice")
    home = _HOME.get(name)
    if home is None:
        raise AttributeError(f"module 'kzjustice' has no attribute {name!r}")
    value = getattr(importlib.import_module(home), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


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
    "read_articles",
    "to_dict",
    "to_json",
]
