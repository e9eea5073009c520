"""Corpora on a Dask cluster: a bag of texts or files in, records and flat tables out.

Needs the ``dask`` extra (``pip install 'kzjustice[dask]'``: Dask with ``dask.distributed``,
and pyarrow for Parquet). Each function builds a lazy Dask bag or runs one; with a
``dask.distributed`` client the work goes to its workers, one article at a time, each worker
compiling the grammars once:

>>> import dask.bag
>>> texts = dask.bag.from_sequence(["A court in Taraz jailed Ivan Petrov for two years."])
>>> (article,) = parse_texts(texts).compute(scheduler="sync")
>>> article.cases[0].defendants[0].name.text
'Ivan Petrov'

Files are read where the work runs (``read_files``), so the paths must name files the workers
can open: a shared or network file system. Outputs are written one file per partition of the
bag, under a folder any ``fsspec`` URL names (a local path, ``s3://bucket/run``):

- ``write_jsonl``: ``part-00000.jsonl``, one ``Article`` record a line, as ``kzjustice parse
  --format jsonl`` writes it;
- ``write_parquet``: three flat tables, ``articles/``, ``defendants/`` and ``sentences/``,
  each ``part-00000.parquet`` and on, with the columns of :mod:`kzjustice.tables` (the CSV's)
  and the evidence of every value: its text and its span.

The records are the same, byte for byte, as the command line's for the same inputs, whatever
the cluster; ``docs/dask.md`` says how to run one.
"""

from __future__ import annotations

import datetime
import posixpath
from collections.abc import Callable, Iterable, Iterator, Mapping
from decimal import Decimal
from pathlib import Path
from types import MappingProxyType
from typing import Any

import dask.bag
import fsspec
import pyarrow as pa
import pyarrow.parquet as pq
from dask.base import compute
from dask.delayed import delayed

from kzjustice.article import parse_article
from kzjustice.models import Article, Found
from kzjustice.reading import parse_bytes
from kzjustice.serialization import to_json
from kzjustice.tables import (
    PENALTY_COLUMNS,
    PERSON_COLUMNS,
    Row,
    article_key,
    penalty_rows,
    person_rows,
)

__all__ = [
    "ARTICLE_COLUMNS",
    "TABLES",
    "article_rows",
    "parse_texts",
    "read_files",
    "write_jsonl",
    "write_parquet",
]

ARTICLE_COLUMNS = (
    "article", "path", "url", "sha256", "published", "published_span", "outlet", "outlet_span",
    "author", "author_span", "title", "title_span", "cases", "defendants", "sentences", "dates",
)  # fmt: skip
"""The columns of :func:`article_rows`, in order."""

_INTEGERS = frozenset(
    {"case", "defendant", "penalty", "count", "age", "age_low", "age_high", "penalties",
     "years", "months", "days", "hours", "fine_amount", "start", "end",
     "cases", "defendants", "sentences", "dates"}
)  # fmt: skip
_DECIMALS = frozenset({"low_days", "high_days"})


def article_rows(article: Article) -> Iterator[Row]:
    """The one row of an article: its source, with evidence, and how many records it holds."""
    source = article.source
    people = [person for case in article.cases for person in case.defendants]
    yield {
        "article": article_key(article),
        "path": source.path,
        "url": source.url,
        "sha256": source.sha256,
        "published": source.published.isoformat() if source.published else None,
        "published_span": _span(source.published_evidence),
        "outlet": _text(source.outlet),
        "outlet_span": _span(source.outlet),
        "author": _text(source.author),
        "author_span": _span(source.author),
        "title": _text(source.title),
        "title_span": _span(source.title),
        "cases": len(article.cases),
        "defendants": len(people),
        "sentences": sum(len(person.sentences) for person in people),
        "dates": len(article.dates),
    }


TABLES: Mapping[str, tuple[tuple[str, ...], Callable[[Article], Iterable[Row]]]] = MappingProxyType(
    {
        "articles": (ARTICLE_COLUMNS, article_rows),
        "defendants": (PERSON_COLUMNS, person_rows),
        "sentences": (PENALTY_COLUMNS, penalty_rows),
    }
)
"""Each flat table: its columns, and the function giving an article's rows of it."""


def parse_texts(texts: dask.bag.Bag, *, published: datetime.date | None = None) -> dask.bag.Bag:
    """A bag of the ``Article`` record of each text in ``texts``, as ``parse_article`` reads it."""
    return texts.map(parse_article, published=published)


def read_files(
    paths: dask.bag.Bag, *, encoding: str = "utf-8", published: datetime.date | None = None
) -> dask.bag.Bag:
    """A bag of the ``Article`` record of each file in ``paths``, read where the work runs.

    Each record names its file and the SHA-256 of its bytes, as ``kzjustice parse`` does. A
    file that cannot be read fails the computation with its ``OSError`` or ``InputError``.
    """
    return paths.map(_read, encoding=encoding, published=published)


def _read(path: str | Path, *, encoding: str, published: datetime.date | None) -> Article:
    return parse_bytes(
        Path(path).read_bytes(), name=str(path), encoding=encoding, published=published
    )


def write_jsonl(articles: dask.bag.Bag, folder: str) -> list[str]:
    """Write one ``part-NNNNN.jsonl`` per partition of ``articles``; return their paths."""
    parts = [
        delayed(_write_jsonl)(part, posixpath.join(folder, f"part-{index:05d}.jsonl"))
        for index, part in enumerate(articles.to_delayed())
    ]
    return list(compute(*parts))


def _write_jsonl(articles: list[Article], path: str) -> str:
    with fsspec.open(path, "w", encoding="utf-8", newline="", auto_mkdir=True) as out:
        out.writelines(to_json(article) + "\n" for article in articles)
    return path


def write_parquet(articles: dask.bag.Bag, folder: str) -> list[str]:
    """Write the flat tables of ``articles``, one Parquet file per table and partition.

    Returns the paths written: ``FOLDER/articles/part-00000.parquet``, then
    ``defendants/`` and ``sentences/``, for each partition in turn.
    """
    parts = [
        delayed(_write_tables)(part, folder, index)
        for index, part in enumerate(articles.to_delayed())
    ]
    return [path for paths in compute(*parts) for path in paths]


def _write_tables(articles: list[Article], folder: str, index: int) -> list[str]:
    written = []
    for table, (columns, rows) in TABLES.items():
        found = [row for article in articles for row in rows(article)]
        data = pa.Table.from_pylist([_typed(row, columns) for row in found], _schema(columns))
        path = posixpath.join(folder, table, f"part-{index:05d}.parquet")
        with fsspec.open(path, "wb", auto_mkdir=True) as out:
            pq.write_table(data, out)
        written.append(path)
    return written


def _schema(columns: tuple[str, ...]) -> pa.Schema:
    """Every column typed, so that partitions agree however many values each holds."""
    return pa.schema(
        [
            (
                column,
                pa.int64()
                if column in _INTEGERS
                else pa.decimal128(12, 2)
                if column in _DECIMALS
                else pa.string(),
            )
            for column in columns
        ]
    )


def _typed(row: Row, columns: tuple[str, ...]) -> Row:
    """The row with every column, and each decimal at two places (days to sort by)."""
    return {
        column: value.quantize(Decimal("0.01")) if isinstance(value, Decimal) else value
        for column in columns
        for value in [row.get(column)]
    }


def _span(found: Found[Any] | None) -> str | None:
    return None if found is None else f"{found.span.start}:{found.span.end}"


def _text(found: Found[Any] | None) -> str | None:
    return None if found is None else found.text
