"""Articles as flat tables: one row per penalty, one row per defendant, and CSV files of them.

Every row says which article it comes from (``article``, a key stable across runs: see
:func:`article_key`), which case and defendant (numbers within the article), and where in the
article's text each value was read (``START:END`` spans, or ``start``/``end`` columns for
the penalty itself). Terms are given as stated (ISO-8601), as numeric parts a spreadsheet can
sum, and as an approximate length in days to sort by; dates as TIMEX3 values and as the
ISO-8601 days that bound them. The columns are described in ``docs/csv.md``.
"""

from __future__ import annotations

import csv
import hashlib
from collections.abc import Callable, Iterable, Iterator
from decimal import Decimal
from typing import IO, Any

import attrs

from kzjustice.models import Article, Case, Charge, Defendant, Found, Sentence, Term, TermRange
from kzjustice.serialization import to_json

__all__ = [
    "PENALTY_COLUMNS",
    "PERSON_COLUMNS",
    "article_key",
    "penalty_rows",
    "person_rows",
    "statute",
    "term_bounds",
    "term_parts",
    "write_csv",
]

Row = dict[str, Any]

_ARTICLE_COLUMNS = ("article", "path", "url", "outlet", "published")
_CASE_COLUMNS = (
    "case", "court", "court_span", "place", "place_span",
    "verdict_date", "verdict_date_span", "verdict_earliest", "verdict_latest",
)  # fmt: skip
_DEFENDANT_COLUMNS = (
    "defendant", "person", "person_span", "group", "group_span", "count",
    "age", "age_span", "role", "role_span", "charges", "statutes", "charges_span",
)  # fmt: skip

PENALTY_COLUMNS = (
    *_ARTICLE_COLUMNS, *_CASE_COLUMNS, *_DEFENDANT_COLUMNS,
    "penalty", "kind", "status", "detail", "term", "years", "months", "days", "hours",
    "low", "high", "low_days", "high_days", "fine_amount", "fine_currency",
    "evidence", "start", "end",
)  # fmt: skip
"""The columns of :func:`penalty_rows`, in order."""

PERSON_COLUMNS = (
    *_ARTICLE_COLUMNS,
    *_CASE_COLUMNS,
    *_DEFENDANT_COLUMNS,
    "age_low",
    "age_high",
    "penalties",
)
"""The columns of :func:`person_rows`, in order."""


def article_key(article: Article) -> str:
    """A key for ``article`` that is the same on every run over the same input.

    The SHA-256 (hex) of ``url:`` and the URL where the caller gave one (the same page
    fetched twice is one article), else the SHA-256 of the bytes read (``Source.sha256``),
    else the SHA-256 of the record's JSON without its path.
    """
    source = article.source
    if source.url is not None:
        return hashlib.sha256(f"url:{source.url}".encode()).hexdigest()
    if source.sha256 is not None:
        return source.sha256
    record = attrs.evolve(article, source=attrs.evolve(source, path=None))
    return hashlib.sha256(to_json(record).encode("utf-8", "surrogatepass")).hexdigest()


def statute(charge: Charge) -> str:
    """The Criminal Code article and part as ``272(2)``, ``272``, or ``""`` when unknown.

    >>> statute(Charge(text="mass riots", key="mass_riots", article=272, part=2))
    '272(2)'
    """
    if charge.article is None:
        return ""
    return f"{charge.article}" + (f"({charge.part})" if charge.part is not None else "")


def penalty_rows(article: Article) -> Iterator[Row]:
    """One row per penalty of each defendant, with the article, case and defendant columns.

    A defendant with no penalty gets no row here (see :func:`person_rows`); a penalty the law
    provides with no defendant (``Article.laws``) neither.
    """
    for case_number, case, number, person in _defendants(article):
        base = _article_columns(article) | _case_columns(case_number, case)
        base |= _defendant_columns(number, person)
        for index, sentence in enumerate(person.sentences, start=1):
            yield base | {"penalty": index} | _penalty_columns(sentence)


def person_rows(article: Article) -> Iterator[Row]:
    """One row per defendant (a person or a group), whose ``count`` is given once."""
    for case_number, case, number, person in _defendants(article):
        age_range = person.age_range.value if person.age_range else None
        yield (
            _article_columns(article)
            | _case_columns(case_number, case)
            | _defendant_columns(number, person)
            | {
                "age_low": age_range.low if age_range else None,
                "age_high": age_range.high if age_range else None,
                "penalties": len(person.sentences),
            }
        )


def write_csv(
    articles: Iterable[Article],
    out: IO[str],
    *,
    people: IO[str] | None = None,
    excel: bool = False,
) -> int:
    """Write the penalty rows of ``articles`` as CSV to ``out``, and their people to ``people``.

    Empty cells are values the text does not state. With ``excel``, each file starts with a
    byte order mark, so that Excel reads it as UTF-8. Returns the number of articles written.
    """
    tables: list[tuple[IO[str], tuple[str, ...], Callable[[Article], Iterator[Row]]]] = [
        (out, PENALTY_COLUMNS, penalty_rows)
    ]
    if people is not None:
        tables.append((people, PERSON_COLUMNS, person_rows))
    writers = []
    for stream, columns, rows in tables:
        if excel:
            stream.write("\ufeff")
        writer = csv.DictWriter(stream, fieldnames=columns, lineterminator="\r\n")
        writer.writeheader()
        writers.append((writer, rows))
    count = 0
    for article in articles:
        for writer, rows in writers:
            writer.writerows(rows(article))
        count += 1
    for stream, _, _ in tables:
        stream.flush()
    return count


def _defendants(article: Article) -> Iterator[tuple[int, Case, int, Defendant]]:
    for case_number, case in enumerate(article.cases, start=1):
        for number, person in enumerate(case.defendants, start=1):
            yield case_number, case, number, person


def _span(found: Found[Any] | None) -> str | None:
    return None if found is None else f"{found.span.start}:{found.span.end}"


def _text(found: Found[Any] | None) -> str | None:
    return None if found is None else found.text


def _article_columns(article: Article) -> Row:
    source = article.source
    return {
        "article": article_key(article),
        "path": source.path,
        "url": source.url,
        "outlet": _text(source.outlet),
        "published": source.published.isoformat() if source.published else None,
    }


def _case_columns(number: int, case: Case) -> Row:
    date = case.date.value if case.date else None
    return {
        "case": number,
        "court": _text(case.court),
        "court_span": _span(case.court),
        "place": _text(case.place),
        "place_span": _span(case.place),
        "verdict_date": date.value if date else None,
        "verdict_date_span": _span(case.date),
        "verdict_earliest": date.earliest.isoformat() if date and date.earliest else None,
        "verdict_latest": date.latest.isoformat() if date and date.latest else None,
    }


def _defendant_columns(number: int, person: Defendant) -> Row:
    charges = [charge.value for charge in person.charges]
    return {
        "defendant": number,
        "person": _text(person.name),
        "person_span": _span(person.name),
        "group": _text(person.group),
        "group_span": _span(person.group),
        "count": person.count,
        "age": person.age.value if person.age else None,
        "age_span": _span(person.age),
        "role": _text(person.role),
        "role_span": _span(person.role),
        "charges": " | ".join(charge.text for charge in charges) or None,
        "statutes": " | ".join(statute(charge) for charge in charges) or None,
        "charges_span": " | ".join(f"{c.span.start}:{c.span.end}" for c in person.charges) or None,
    }


def term_parts(term: Term) -> Row:
    """A term's stated parts as numbers: weeks are counted as seven days."""
    return {
        "years": term.years,
        "months": term.months,
        "days": term.days + 7 * term.weeks,
        "hours": term.hours,
    }


def term_bounds(term: Term | TermRange | None) -> tuple[Term | None, Term | None]:
    """The low and high bound of a term or range; a single term is both."""
    if isinstance(term, TermRange):
        return term.low, term.high
    return term, term


def _days(term: Term | None) -> Decimal | None:
    return None if term is None else Decimal(f"{term.approx_days():.2f}")


def _penalty_columns(found: Found[Sentence]) -> Row:
    sentence = found.value
    term = sentence.term
    low, high = term_bounds(term)
    return {
        "kind": sentence.kind.value,
        "status": sentence.status.value,
        "detail": sentence.detail,
        "term": term.iso if term else None,
        **(term_parts(term) if isinstance(term, Term) else {}),
        "low": low.iso if low else None,
        "high": high.iso if high else None,
        "low_days": _days(low),
        "high_days": _days(high),
        "fine_amount": sentence.fine.amount if sentence.fine else None,
        "fine_currency": sentence.fine.currency if sentence.fine else None,
        "evidence": found.text,
        "start": found.span.start,
        "end": found.span.end,
    }
