"""Articles into a SQLite database: normalised tables with foreign keys, indexes and evidence.

One row per article, case, defendant, charge, penalty and date, each with the text it was read
from and its offsets (``text``, ``start``, ``end``; for a row with several values, one such
triple per value). Articles are keyed by :func:`kzjustice.tables.article_key`, stable across
runs: writing the same articles again adds nothing, and an article whose record changed (a
newer kzjustice reads it differently) replaces its rows. The tables and an example query are
described in ``docs/sqlite.md``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs

from kzjustice.models import Article, Found, Sentence, Term
from kzjustice.serialization import to_json
from kzjustice.tables import article_key, term_bounds, term_parts

__all__ = ["SCHEMA", "Written", "write_sqlite"]


def _evidence(name: str) -> str:
    return f"{name} TEXT, {name}_start INTEGER, {name}_end INTEGER"


SCHEMA = f"""
CREATE TABLE IF NOT EXISTS articles (
    article TEXT PRIMARY KEY,           -- kzjustice.tables.article_key: stable across runs
    path TEXT, url TEXT, sha256 TEXT,
    published TEXT,                     -- YYYY-MM-DD
    {_evidence("published_text")},
    {_evidence("outlet")}, {_evidence("author")}, {_evidence("title")},
    schema_version INTEGER NOT NULL,
    record TEXT NOT NULL                -- the article's JSON record, as kzjustice parse writes it
);
CREATE TABLE IF NOT EXISTS cases (
    id INTEGER PRIMARY KEY,
    article TEXT NOT NULL REFERENCES articles (article) ON DELETE CASCADE,
    number INTEGER NOT NULL,            -- from 1, in the article's order
    {_evidence("court")}, {_evidence("place")},
    verdict_date TEXT,                  -- TIMEX3: 2022-11-16, 2022-11, XXXX-06-11
    verdict_earliest TEXT, verdict_latest TEXT,  -- YYYY-MM-DD bounds; NULL if the year is unknown
    {_evidence("verdict_date_text")},
    UNIQUE (article, number)
);
CREATE TABLE IF NOT EXISTS defendants (
    id INTEGER PRIMARY KEY,
    article TEXT NOT NULL REFERENCES articles (article) ON DELETE CASCADE,
    case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    number INTEGER NOT NULL,            -- from 1, in the case's order
    {_evidence("person")},              -- a named person
    {_evidence("group_phrase")},        -- or an unnamed defendant or group, as written
    count INTEGER,                      -- 1, N for a group, NULL where the text does not say
    age INTEGER, age_start INTEGER, age_end INTEGER,
    age_low INTEGER, age_high INTEGER,
    {_evidence("role")},
    UNIQUE (case_id, number)
);
CREATE TABLE IF NOT EXISTS charges (
    id INTEGER PRIMARY KEY,
    article TEXT NOT NULL REFERENCES articles (article) ON DELETE CASCADE,
    defendant_id INTEGER NOT NULL REFERENCES defendants (id) ON DELETE CASCADE,
    number INTEGER NOT NULL,
    key TEXT,                           -- the taxonomy's key; NULL for a charge it does not know
    statute_article INTEGER, statute_part INTEGER,  -- Criminal Code article and part
    text TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
    UNIQUE (defendant_id, number)
);
CREATE TABLE IF NOT EXISTS sentences (
    id INTEGER PRIMARY KEY,
    article TEXT NOT NULL REFERENCES articles (article) ON DELETE CASCADE,
    defendant_id INTEGER REFERENCES defendants (id) ON DELETE CASCADE,  -- NULL: the law's
    number INTEGER NOT NULL,
    kind TEXT NOT NULL, status TEXT NOT NULL, detail TEXT,
    term TEXT,                          -- ISO-8601 as stated: P1Y9M, P4Y..P6Y
    years NUMERIC, months INTEGER, days INTEGER, hours INTEGER,  -- a single term's parts
    low TEXT, high TEXT, low_days REAL, high_days REAL,
    fine_amount INTEGER, fine_currency TEXT,
    text TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS dates (
    id INTEGER PRIMARY KEY,
    article TEXT NOT NULL REFERENCES articles (article) ON DELETE CASCADE,
    number INTEGER NOT NULL,
    value TEXT NOT NULL, granularity TEXT NOT NULL, resolution TEXT NOT NULL, mod TEXT,
    earliest TEXT, latest TEXT, reference TEXT,
    text TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
    UNIQUE (article, number)
);
CREATE INDEX IF NOT EXISTS cases_verdict ON cases (verdict_earliest, verdict_latest);
CREATE INDEX IF NOT EXISTS defendants_case ON defendants (case_id);
CREATE INDEX IF NOT EXISTS defendants_person ON defendants (person);
CREATE INDEX IF NOT EXISTS charges_defendant ON charges (defendant_id);
CREATE INDEX IF NOT EXISTS charges_statute ON charges (statute_article, statute_part);
CREATE INDEX IF NOT EXISTS sentences_defendant ON sentences (defendant_id);
CREATE INDEX IF NOT EXISTS sentences_article ON sentences (article);
CREATE INDEX IF NOT EXISTS dates_article ON dates (article);
CREATE INDEX IF NOT EXISTS dates_earliest ON dates (earliest);
"""
"""The tables, as SQL; every statement can be run again on an existing database."""


@attrs.frozen(kw_only=True)
class Written:
    """What :func:`write_sqlite` did with the articles it was given.

    Attributes:
        added: articles new to the database.
        replaced: articles whose record had changed: their rows were written anew.
        unchanged: articles already there with the same record: nothing was written.
    """

    added: int = 0
    replaced: int = 0
    unchanged: int = 0


def write_sqlite(articles: Iterable[Article], database: str | Path) -> Written:
    """Write ``articles`` into the SQLite file ``database``, creating it and its tables if needed.

    Each article is one transaction, so an interruption leaves whole articles only.
    """
    added = replaced = unchanged = 0
    connection = sqlite3.connect(database)
    try:
        connection.execute("PRAGMA foreign_keys = ON")
        connection.executescript(SCHEMA)
        for article in articles:
            key = article_key(article)
            record = to_json(article)
            with connection:  # one transaction
                row = connection.execute(
                    "SELECT record FROM articles WHERE article = ?", (key,)
                ).fetchone()
                if row is not None and row[0] == record:
                    unchanged += 1
                    continue
                if row is not None:
                    connection.execute("DELETE FROM articles WHERE article = ?", (key,))
                    replaced += 1
                else:
                    added += 1
                _insert(connection, key, record, article)
    finally:
        connection.close()
    return Written(added=added, replaced=replaced, unchanged=unchanged)


def _found(found: Found[Any] | None) -> tuple[Any, Any, Any]:
    return (None, None, None) if found is None else (found.text, found.span.start, found.span.end)


def _insert_row(connection: sqlite3.Connection, table: str, row: dict[str, Any]) -> int:
    columns = ", ".join(f'"{name}"' for name in row)
    marks = ", ".join("?" for _ in row)
    cursor = connection.execute(
        f"INSERT INTO {table} ({columns}) VALUES ({marks})", tuple(row.values())
    )
    assert cursor.lastrowid is not None
    return cursor.lastrowid


def _evidence_columns(name: str, found: Found[Any] | None) -> dict[str, Any]:
    text, start, end = _found(found)
    return {name: text, f"{name}_start": start, f"{name}_end": end}


def _quote(found: Found[Any]) -> dict[str, Any]:
    return {"text": found.text, "start": found.span.start, "end": found.span.end}


def _insert(connection: sqlite3.Connection, key: str, record: str, article: Article) -> None:
    source = article.source
    _insert_row(
        connection,
        "articles",
        {
            "article": key,
            "path": source.path,
            "url": source.url,
            "sha256": source.sha256,
            "published": source.published.isoformat() if source.published else None,
            **_evidence_columns("published_text", source.published_evidence),
            **_evidence_columns("outlet", source.outlet),
            **_evidence_columns("author", source.author),
            **_evidence_columns("title", source.title),
            "schema_version": article.schema_version,
            "record": record,
        },
    )
    for number, case in enumerate(article.cases, start=1):
        date = case.date.value if case.date else None
        case_id = _insert_row(
            connection,
            "cases",
            {
                "article": key,
                "number": number,
                **_evidence_columns("court", case.court),
                **_evidence_columns("place", case.place),
                "verdict_date": date.value if date else None,
                "verdict_earliest": date.earliest.isoformat() if date and date.earliest else None,
                "verdict_latest": date.latest.isoformat() if date and date.latest else None,
                **_evidence_columns("verdict_date_text", case.date),
            },
        )
        for index, person in enumerate(case.defendants, start=1):
            ages = person.age_range.value if person.age_range else None
            defendant_id = _insert_row(
                connection,
                "defendants",
                {
                    "article": key,
                    "case_id": case_id,
                    "number": index,
                    **_evidence_columns("person", person.name),
                    **_evidence_columns("group_phrase", person.group),
                    "count": person.count,
                    "age": person.age.value if person.age else None,
                    "age_start": person.age.span.start if person.age else None,
                    "age_end": person.age.span.end if person.age else None,
                    "age_low": ages.low if ages else None,
                    "age_high": ages.high if ages else None,
                    **_evidence_columns("role", person.role),
                },
            )
            for order, charge in enumerate(person.charges, start=1):
                _insert_row(
                    connection,
                    "charges",
                    {
                        "article": key,
                        "defendant_id": defendant_id,
                        "number": order,
                        "key": charge.value.key,
                        "statute_article": charge.value.article,
                        "statute_part": charge.value.part,
                        **_quote(charge),
                    },
                )
            for order, sentence in enumerate(person.sentences, start=1):
                _insert_sentence(connection, key, defendant_id, order, sentence)
    for order, law in enumerate(article.laws, start=1):
        _insert_sentence(connection, key, None, order, law)
    for order, date_found in enumerate(article.dates, start=1):
        value = date_found.value
        _insert_row(
            connection,
            "dates",
            {
                "article": key,
                "number": order,
                "value": value.value,
                "granularity": value.granularity.value,
                "resolution": value.resolution.value,
                "mod": value.mod.value if value.mod else None,
                "earliest": value.earliest.isoformat() if value.earliest else None,
                "latest": value.latest.isoformat() if value.latest else None,
                "reference": value.reference.isoformat() if value.reference else None,
                **_quote(date_found),
            },
        )


def _number(value: int | Decimal) -> int | float:
    return float(value) if isinstance(value, Decimal) else value


def _insert_sentence(
    connection: sqlite3.Connection,
    key: str,
    defendant_id: int | None,
    number: int,
    found: Found[Sentence],
) -> None:
    sentence = found.value
    term = sentence.term
    low, high = term_bounds(term)
    parts = term_parts(term) if isinstance(term, Term) else {}
    _insert_row(
        connection,
        "sentences",
        {
            "article": key,
            "defendant_id": defendant_id,
            "number": number,
            "kind": sentence.kind.value,
            "status": sentence.status.value,
            "detail": sentence.detail,
            "term": term.iso if term else None,
            **{name: _number(value) for name, value in parts.items()},
            "low": low.iso if low else None,
            "high": high.iso if high else None,
            "low_days": round(low.approx_days(), 2) if low else None,
            "high_days": round(high.approx_days(), 2) if high else None,
            "fine_amount": sentence.fine.amount if sentence.fine else None,
            "fine_currency": sentence.fine.currency if sentence.fine else None,
            **_quote(found),
        },
    )
