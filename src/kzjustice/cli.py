"""`kzjustice parse`: read article files, folders or standard input, and write their records.

``kzjustice schema`` prints the JSON Schema of the article record ``parse`` writes.

Formats: ``json`` (one array), ``jsonl`` (one line per article, written as each is read),
``csv`` (one row per defendant and sentence, with the evidence), ``table`` (a summary to read).
Exit status: 0 when every input was read, 1 when some input could not be (the others are
still written, and the error is named on standard error), 2 for a usage error.
"""

from __future__ import annotations

import argparse
import csv
import datetime
import json
import os
import sys
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from types import MappingProxyType
from typing import IO, Any

from kzjustice.article import parse_article
from kzjustice.models import Article, Found, Sentence
from kzjustice.serialization import json_schema, to_json

__all__ = ["main"]

SUFFIXES = (".txt", ".text")
"""The files a folder is searched for, recursively."""

CSV_COLUMNS = (
    "path", "published", "outlet", "case", "court", "place", "case_date", "defendant", "count",
    "age", "role", "charges", "kind", "status", "term", "fine_amount", "fine_currency",
    "evidence", "start", "end",
)  # fmt: skip


def _inputs(names: Sequence[str]) -> Iterator[str]:
    """Each input named: a file, every matching file in a folder, or "-" for standard input."""
    for name in names:
        path = Path(name)
        if name != "-" and path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.suffix in SUFFIXES and p.is_file())
            yield from (str(p) for p in found)
        else:
            yield name


def _read(name: str) -> str:
    if name == "-":
        return sys.stdin.read()
    return Path(name).read_text(encoding="utf-8")


def _date(text: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kzjustice", description="Court outcomes out of English legal-news text."
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    parse = commands.add_parser(
        "parse", help="read articles and write their records", description=__doc__
    )
    parse.add_argument(
        "paths", nargs="+", metavar="PATH", help="article files or folders, or - for stdin"
    )
    parse.add_argument(
        "--published", type=_date, metavar="YYYY-MM-DD",
        help="publication date for every input (overrides what the text states)",
    )  # fmt: skip
    parse.add_argument(
        "--format", choices=["json", "jsonl", "csv", "table"], default="json",
        help="output format (default: json)",
    )  # fmt: skip
    commands.add_parser(
        "schema",
        help="print the JSON Schema of an article record",
        description="Print the JSON Schema (draft 2020-12) of the article record.",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    args = _parser().parse_args(argv)
    try:
        if args.command == "schema":
            print(json.dumps(json_schema(Article), indent=2, ensure_ascii=False))
            return 0
        return _parse(args)
    except BrokenPipeError:  # "kzjustice parse seeds/ | head": the reader has had enough
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


def _parse(args: argparse.Namespace) -> int:
    names = list(_inputs(args.paths))
    writer = _WRITERS[args.format](sys.stdout)
    progress = sys.stderr.isatty() and len(names) > 1
    status = 0
    for number, name in enumerate(names, start=1):
        if progress:
            print(f"\r[{number}/{len(names)}] {name[-60:]:<60}", end="", file=sys.stderr)
        try:
            text = _read(name)
        except (OSError, UnicodeDecodeError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            print(f"kzjustice: {name}: {reason}", file=sys.stderr)
            status = 1
            continue
        writer.write(name, parse_article(text, published=args.published))
    if progress:
        print(file=sys.stderr)
    writer.close()
    return status


class _Writer:
    def __init__(self, out: IO[str]) -> None:
        self.out = out

    def write(self, name: str, article: Article) -> None:
        raise NotImplementedError

    def close(self) -> None:
        self.out.flush()


class _Json(_Writer):
    """One JSON array, written as the articles are read."""

    first = True

    def write(self, name: str, article: Article) -> None:
        record = to_json({"path": name, "article": article})
        self.out.write(("[\n" if self.first else ",\n") + record)
        self.first = False

    def close(self) -> None:
        self.out.write("[]\n" if self.first else "\n]\n")
        super().close()


class _Jsonl(_Writer):
    """One line per article."""

    def write(self, name: str, article: Article) -> None:
        self.out.write(to_json({"path": name, "article": article}) + "\n")
        self.out.flush()


class _Csv(_Writer):
    """One row per defendant and sentence (a defendant with none gets one row)."""

    def __init__(self, out: IO[str]) -> None:
        super().__init__(out)
        self.rows = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
        self.rows.writeheader()

    def write(self, name: str, article: Article) -> None:
        source = article.source
        for number, case in enumerate(article.cases, start=1):
            for person in case.defendants:
                base: dict[str, Any] = {
                    "path": name,
                    "published": source.published.isoformat() if source.published else "",
                    "outlet": _text(source.outlet),
                    "case": number,
                    "court": _text(case.court),
                    "place": _text(case.place),
                    "case_date": case.date.value.value if case.date else "",
                    "defendant": _text(person.name) or _text(person.group),
                    "count": person.count,
                    "age": person.age.value if person.age else "",
                    "role": _text(person.role),
                    "charges": "; ".join(
                        f"{c.value.text} ({c.value.key})" if c.value.key else c.value.text
                        for c in person.charges
                    ),
                }
                for sentence in person.sentences or (None,):
                    self.rows.writerow(base | _sentence_columns(sentence))


class _Table(_Writer):
    """A summary for a terminal."""

    def write(self, name: str, article: Article) -> None:
        source = article.source
        published = source.published.isoformat() if source.published else "date unknown"
        lines = [f"{name}: {_text(source.outlet) or 'outlet unknown'}, {published}"]
        if source.title:
            lines.append(f"  {source.title.value}")
        for number, case in enumerate(article.cases, start=1):
            where = ", ".join(
                part for part in (_text(case.court), _text(case.place),
                                  case.date.value.value if case.date else "") if part
            )  # fmt: skip
            lines.append(f"  case {number}: {where or 'court, place and date unstated'}")
            for person in case.defendants:
                who = _text(person.name) or f"{_text(person.group)} ({person.count})"
                about = ", ".join(
                    part for part in (
                        str(person.age.value) if person.age else "", _text(person.role)
                    ) if part
                )  # fmt: skip
                lines.append(f"    {who}" + (f" ({about})" if about else ""))
                for charge in person.charges:
                    key = f" [{charge.value.key}]" if charge.value.key else ""
                    lines.append(f"      charge: {charge.value.text}{key}")
                for sentence in person.sentences:
                    value = sentence.value
                    term = value.term.iso if value.term else ""
                    fine = f" {value.fine.amount} {value.fine.currency}" if value.fine else ""
                    lines.append(
                        f"      {value.status.value} {value.kind.value} {term}{fine}"
                        f"  \u00ab{sentence.text}\u00bb"
                    )
        for law in article.laws:
            lines.append(
                f"  law: {law.value.kind.value} {law.value.term.iso if law.value.term else ''}"
            )
        lines.append(f"  {len(article.dates)} dates, {len(article.statistics)} statistics")
        self.out.write("\n".join(lines) + "\n\n")


_WRITERS: Mapping[str, type[_Writer]] = MappingProxyType(
    {"json": _Json, "jsonl": _Jsonl, "csv": _Csv, "table": _Table}
)


def _text(found: Found[Any] | None) -> str:
    return "" if found is None else found.text


def _sentence_columns(sentence: Found[Sentence] | None) -> dict[str, Any]:
    if sentence is None:
        return {}
    value = sentence.value
    return {
        "kind": value.kind.value,
        "status": value.status.value,
        "term": value.term.iso if value.term else "",
        "fine_amount": value.fine.amount if value.fine else "",
        "fine_currency": value.fine.currency if value.fine else "",
        "evidence": sentence.text,
        "start": sentence.span.start,
        "end": sentence.span.end,
    }
