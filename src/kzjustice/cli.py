"""The ``kzjustice`` command: read articles and write their records.

``kzjustice parse`` reads article files, folders or standard input and writes their records:
``json`` (one array), ``jsonl`` (one line per article, written as each is read), ``csv``
(:mod:`kzjustice.tables`), ``sqlite`` (:mod:`kzjustice.sqlite`), ``ftm``
(:mod:`kzjustice.ftm`), ``table`` (a summary to read). ``kzjustice merge`` groups their named
defendants into people and cases (:mod:`kzjustice.merge`), ``kzjustice show`` writes the
evidence view of one article (:mod:`kzjustice.view`), and ``kzjustice schema`` prints the JSON
Schema each record follows.

Inputs are bytes decoded by one rule for files and standard input (``--encoding``, UTF-8 by
default; see :mod:`kzjustice.reading`). ``--jobs N`` parses in N processes: the output is
the same, byte for byte and in the same order. Exit status: 0 when every input was read; 1
when some input could not be (each is named on standard error, the others are still
written); 2 for a usage error; 130 when interrupted (what was written so far is closed: a
JSON array ends).
"""

from __future__ import annotations

import argparse
import codecs
import datetime
import functools
import importlib.util
import json
import os
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from types import MappingProxyType
from typing import IO, TYPE_CHECKING, Any, TypeVar

import regex

from kzjustice.errors import InputError

if TYPE_CHECKING:
    from kzjustice.merge import Merged, Report
from kzjustice.models import SCHEMA_VERSION, Article, Found
from kzjustice.reading import decode, parse_bytes, parse_many
from kzjustice.serialization import from_json, json_schema, to_json
from kzjustice.sqlite import write_sqlite
from kzjustice.tables import write_csv
from kzjustice.view import render_html

__all__ = ["main"]

SUFFIXES = (".txt", ".text")
"""The files a folder is searched for, recursively."""

EXIT_OK, EXIT_UNREAD, EXIT_INTERRUPTED = 0, 1, 130  # argparse exits 2 for a usage error

T = TypeVar("T")


def _date(text: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def _encoding(name: str) -> str:
    try:
        return codecs.lookup(name).name
    except LookupError:
        raise argparse.ArgumentTypeError(f"not an encoding Python knows: {name!r}") from None


def _version() -> str:
    from importlib.metadata import version

    return f"kzjustice {version('kzjustice')} (article schema version {SCHEMA_VERSION})"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kzjustice", description="Court outcomes out of English legal-news text."
    )
    parser.add_argument("--version", action="version", version=_version())
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    parse = commands.add_parser(
        "parse", help="read articles and write their records", description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )  # fmt: skip
    parse.add_argument(
        "paths", nargs="*", metavar="PATH",
        help="article files or folders; - or nothing for standard input",
    )  # fmt: skip
    _reading_options(parse)
    _jobs_option(parse)
    parse.add_argument(
        "--format",
        choices=sorted({*_WRITERS, *_RECORD_WRITERS}),
        default="json",
        help="output format (default: json)",
    )
    parse.add_argument(
        "--output", metavar="FILE", help="write to FILE, not standard output (sqlite: required)"
    )
    parse.add_argument(
        "--people", metavar="FILE", help="csv: also write one row per defendant to FILE"
    )
    parse.add_argument(
        "--excel", action="store_true",
        help="csv: start each file with a byte order mark, for Excel to read it as UTF-8",
    )  # fmt: skip
    merge = commands.add_parser(
        "merge",
        help="group the named defendants of many articles into people and cases",
        description="Group the named defendants of many articles into people and cases, "
        "with every value's report and every disagreement (needs the merge extra).",
    )
    merge.add_argument(
        "paths", nargs="*", metavar="PATH",
        help="article files or folders, or JSON Lines files of records (*.jsonl); - or nothing "
        "for standard input",
    )  # fmt: skip
    _reading_options(merge)
    _jobs_option(merge)
    merge.add_argument(
        "--window", type=int, default=730, metavar="DAYS",
        help="how far apart two verdicts of one name may be and still be one person's "
        "(default: 730)",
    )  # fmt: skip
    merge.add_argument("--format", choices=["json", "table"], default="table")
    show = commands.add_parser(
        "show",
        help="write an evidence view: the article with every span highlighted, as HTML",
        description="Write one self-contained HTML page with the article's text, every "
        "extracted span highlighted, and the records beside it, linked both ways.",
    )
    show.add_argument("path", metavar="FILE", help="an article file, or - for standard input")
    show.add_argument("--html", required=True, metavar="OUT", help="the HTML file to write")
    _reading_options(show)
    commands.add_parser(
        "schema",
        help="print the JSON Schema of an article record",
        description="Print the JSON Schema (draft 2020-12) of the article record.",
    )
    return parser


def _jobs(text: str) -> int:
    try:
        jobs = int(text)
    except ValueError:
        jobs = 0
    if jobs < 1:
        raise argparse.ArgumentTypeError(f"not a number of processes (1 or more): {text!r}")
    return jobs


def _jobs_option(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--jobs", type=_jobs, default=1, metavar="N",
        help="parse in N processes; the output is the same, in the same order (default: 1)",
    )  # fmt: skip


def _reading_options(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--published", type=_date, metavar="YYYY-MM-DD",
        help="publication date for every input (overrides what the text states)",
    )  # fmt: skip
    command.add_argument(
        "--encoding", type=_encoding, default="utf-8", metavar="NAME",
        help="the encoding of every input, files and standard input alike (default: utf-8)",
    )  # fmt: skip


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    args = _parser().parse_args(argv)
    try:
        if args.command == "schema":
            print(json.dumps(json_schema(Article), indent=2, ensure_ascii=False))
            return EXIT_OK
        if args.command == "merge":
            return _merge(args)
        if args.command == "show":
            return _show(args)
        return _parse(args)
    except BrokenPipeError:  # "kzjustice parse seeds/ | head": the reader has had enough
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK


def _inputs(names: Sequence[str]) -> Iterator[str]:
    """Each input named: a file, every matching file in a folder, or "-" for standard input.

    A folder with no matching file is an error, not an empty input: it stays an input, which
    :func:`_read` fails to read.
    """
    for name in names or ["-"]:
        path = Path(name)
        if name != "-" and path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.suffix in SUFFIXES and p.is_file())
            yield from (str(p) for p in found) if found else [name]
        else:
            yield name


def _read(name: str) -> bytes:
    if name != "-" and Path(name).is_dir():
        raise FileNotFoundError(f"{name}: no {' or '.join('*' + s for s in SUFFIXES)} file")
    if name == "-":
        if sys.stdin.isatty():
            print("kzjustice: reading standard input (end it with Ctrl-D)", file=sys.stderr)
        return sys.stdin.buffer.read()
    return Path(name).read_bytes()


class _Run:
    """The articles of one command, read as they are wanted, and how reading them went.

    An input that cannot be read is named on standard error and skipped (status 1). Ctrl-C
    ends the articles (status 130), so that whatever consumes them closes what it wrote.
    """

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.status = EXIT_OK
        self.progress = _Progress(sys.stderr)

    def articles(self) -> Iterator[Article]:
        return self._outcomes(None)

    def records(self) -> Iterator[str]:
        """The JSON record of each article, written where it is parsed (in a worker)."""
        return self._outcomes(to_json)

    def _outcomes(self, then: Callable[[Article], Any] | None) -> Iterator[Any]:
        args = self.args
        inputs = [(name, functools.partial(_read, name)) for name in _inputs(args.paths)]
        outcomes = parse_many(
            inputs, jobs=args.jobs, encoding=args.encoding, published=args.published, then=then
        )
        try:
            for name, outcome in self.progress.over(outcomes, len(inputs)):
                self.progress.clear()
                if not isinstance(outcome, (OSError, InputError)):
                    yield outcome
                    continue
                strerror = isinstance(outcome, OSError) and outcome.strerror
                print(f"kzjustice: {f'{name}: {strerror}' if strerror else outcome}",
                      file=sys.stderr)  # fmt: skip
                self.status = EXIT_UNREAD
        except KeyboardInterrupt:
            self.interrupted()
        finally:
            outcomes.close()  # the workers stop, also when the writer stops reading
            self.progress.clear()

    def interrupted(self) -> None:
        self.progress.clear()
        print(f"kzjustice: interrupted after {self.progress.done} inputs", file=sys.stderr)
        self.status = EXIT_INTERRUPTED


def _parse(args: argparse.Namespace) -> int:
    if args.format == "sqlite" and args.output is None:
        _parser().error("--format sqlite writes a database file: give it with --output FILE")
    if args.format == "ftm" and importlib.util.find_spec("followthemoney") is None:
        _parser().error("--format ftm needs the ftm extra: pip install 'kzjustice[ftm]'")
    run = _Run(args)
    if args.format in _RECORD_WRITERS:
        write = functools.partial(_RECORD_WRITERS[args.format], run.records())
    else:
        write = functools.partial(_WRITERS[args.format], run.articles())
    try:
        if args.output is None or args.format == "sqlite":
            write(sys.stdout, args)
        else:
            with open(args.output, "w", encoding="utf-8", newline="") as out:
                write(out, args)
    except KeyboardInterrupt:  # while writing: what was written may end mid-record
        run.interrupted()
    return run.status


class _Progress:
    """A count and a rate on standard error, only when it is a terminal; cleared at the end.

    The line is cleared before anything else is written, so it never mixes with the records
    or the error messages, even when they go to the same terminal.
    """

    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream
        self.done = 0
        self.shown = False

    def over(self, items: Iterable[T], total: int) -> Iterator[T]:
        start = time.monotonic()
        show = total > 1 and self.stream.isatty()
        for index, item in enumerate(items):
            if show and index:
                rate = index / max(time.monotonic() - start, 1e-6)
                self.stream.write(
                    f"\r\x1b[Kkzjustice: {index}/{total} articles, {rate:.1f} a second"
                )
                self.stream.flush()
                self.shown = True
            yield item
            self.done = index + 1

    def clear(self) -> None:
        if self.shown:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self.shown = False


def _json(records: Iterable[str], out: IO[str], _args: argparse.Namespace) -> None:
    """One JSON array of article records, each flushed as it is read."""
    out.write("[")
    separator = "\n"
    try:
        for record in records:
            out.write(separator + record)
            out.flush()
            separator = ",\n"
    finally:  # even when interrupted: the array read so far is closed
        out.write("\n]\n" if separator != "\n" else "]\n")
        out.flush()


def _jsonl(records: Iterable[str], out: IO[str], _args: argparse.Namespace) -> None:
    """One article record a line, each flushed as it is read."""
    for record in records:
        out.write(record + "\n")
        out.flush()


def _csv(articles: Iterable[Article], out: IO[str], args: argparse.Namespace) -> None:
    if args.people is None:
        write_csv(articles, out, excel=args.excel)
        return
    with open(args.people, "w", encoding="utf-8", newline="") as people:
        write_csv(articles, out, people=people, excel=args.excel)


# Control and format characters (ESC, BEL, bidirectional overrides...) would act on a terminal.
_UNPRINTABLE = regex.compile(r"[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]")


def _visible(text: str) -> str:
    r"""``text`` for a terminal: line breaks as spaces, other controls as escapes.

    >>> _visible("Ivan\x1b[2J Petrov\r\njailed")
    'Ivan\\x1b[2J Petrov  jailed'
    """
    return _UNPRINTABLE.sub(
        lambda m: " " if m[0] in "\r\n\t\u2028\u2029" else f"\\x{ord(m[0]):02x}"
        if ord(m[0]) < 0x100 else f"\\u{ord(m[0]):04x}",
        text,
    )  # fmt: skip


def _text(found: Found[Any] | None) -> str:
    return "" if found is None else _visible(found.text)


def _table(articles: Iterable[Article], out: IO[str], _args: argparse.Namespace) -> None:
    """A summary for a terminal."""
    for article in articles:
        source = article.source
        published = source.published.isoformat() if source.published else "date unknown"
        name = _visible(source.path or "text")
        lines = [f"{name}: {_text(source.outlet) or 'outlet unknown'}, {published}"]
        if source.title:
            lines.append(f"  {_text(source.title)}")
        for number, case in enumerate(article.cases, start=1):
            where = ", ".join(
                part for part in (_text(case.court), _text(case.place),
                                  case.date.value.value if case.date else "") if part
            )  # fmt: skip
            lines.append(f"  case {number}: {where or 'court, place and date unstated'}")
            for person in case.defendants:
                count = "number unstated" if person.count is None else person.count
                who = _text(person.name) or f"{_text(person.group)} ({count})"
                about = ", ".join(
                    part for part in (
                        str(person.age.value) if person.age else "", _text(person.role)
                    ) if part
                )  # fmt: skip
                lines.append(f"    {who}" + (f" ({about})" if about else ""))
                for charge in person.charges:
                    key = f" [{charge.value.key}]" if charge.value.key else " [not in taxonomy]"
                    lines.append(f"      charge: {_visible(charge.value.text)}{key}")
                for sentence in person.sentences:
                    value = sentence.value
                    term = value.term.iso if value.term else ""
                    fine = f" {value.fine.amount} {value.fine.currency}" if value.fine else ""
                    lines.append(
                        f"      {value.status.value} {value.kind.value} {term}{fine}"
                        f"  \u00ab{_text(sentence)}\u00bb"
                    )
        for law in article.laws:
            lines.append(
                f"  law: {law.value.kind.value} {law.value.term.iso if law.value.term else ''}"
            )
        lines.append(f"  {len(article.dates)} dates, {len(article.statistics)} statistics")
        out.write("\n".join(lines) + "\n\n")


def _merge(args: argparse.Namespace) -> int:
    if importlib.util.find_spec("anyascii") is None:
        _parser().error("kzjustice merge needs the merge extra: pip install 'kzjustice[merge]'")
    from kzjustice.merge import merge

    records = [path for path in args.paths if path.endswith(".jsonl")]
    args.paths = [path for path in args.paths if not path.endswith(".jsonl")]
    run = _Run(args)
    articles = [from_json(line, Article) for path in records for line in _lines(path)]
    if args.paths or not records:
        articles += run.articles()
    merged = merge(articles, window_days=args.window)
    if args.format == "json":
        print(to_json(merged, indent=2))
    else:
        _merge_table(merged, sys.stdout)
    return run.status


def _show(args: argparse.Namespace) -> int:
    try:
        data = _read(args.path)
        text = decode(data, name=args.path, encoding=args.encoding)
    except OSError as exc:
        print(f"kzjustice: {args.path}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_UNREAD
    except InputError as exc:
        print(f"kzjustice: {exc}", file=sys.stderr)
        return EXIT_UNREAD
    article = parse_bytes(data, name=args.path, encoding=args.encoding, published=args.published)
    Path(args.html).write_text(render_html(text, article), encoding="utf-8")
    return EXIT_OK


def _lines(path: str) -> Iterator[str]:
    with open(path, encoding="utf-8") as file:
        yield from (line for line in file if line.strip())


def _merge_table(merged: Merged, out: IO[str]) -> None:
    def where(report: Report) -> str:
        parts = [report.outlet or "outlet unknown", str(report.published or "date unknown")]
        return ", ".join(parts) + f" ({_visible(report.path or report.article[:12])})"

    for person in merged.people:
        names = " / ".join(dict.fromkeys(_visible(name.text) for _, name in person.names))
        out.write(f"{person.id} {names}  [{len(person.reports)} reports]\n")
        for report in person.reports:
            said = [
                f"{s.value.status.value} {s.value.kind.value}"
                + (f" {s.value.term.iso}" if s.value.term else "")
                + f" \u00ab{_visible(s.text)}\u00bb"
                for r, s in person.sentences if r == report
            ]  # fmt: skip
            out.write(f"  {where(report)}: {'; '.join(said) or 'no penalty stated'}\n")
        for conflict in person.conflicts:
            claims = ", ".join(f"{c.value} ({where(c.report)})" for c in conflict.claims)
            out.write(f"  CONFLICT {conflict.field}: {claims}\n")
    for case in merged.cases:
        out.write(f"{case.id} {', '.join(case.people)}  [{len(case.reports)} reports]\n")
        for conflict in case.conflicts:
            claims = ", ".join(f"{c.value} ({where(c.report)})" for c in conflict.claims)
            out.write(f"  CONFLICT {conflict.field}: {claims}\n")


def _sqlite(articles: Iterable[Article], _out: IO[str], args: argparse.Namespace) -> None:
    written = write_sqlite(articles, args.output)
    print(
        f"kzjustice: {args.output}: {written.added} articles added, {written.replaced} "
        f"replaced, {written.unchanged} unchanged",
        file=sys.stderr,
    )


def _ftm(articles: Iterable[Article], out: IO[str], _args: argparse.Namespace) -> None:
    from kzjustice.ftm import write_ftm  # the ftm extra: checked before any input is read

    write_ftm(articles, out)


_Write = Callable[[Iterable[Article], IO[str], argparse.Namespace], None]

_WRITERS: Mapping[str, _Write] = MappingProxyType(
    {"csv": _csv, "ftm": _ftm, "sqlite": _sqlite, "table": _table}
)
_RECORD_WRITERS: Mapping[str, Callable[[Iterable[str], IO[str], argparse.Namespace], None]] = (
    MappingProxyType({"json": _json, "jsonl": _jsonl})
)
"""The writers of JSON records, which are made where the articles are parsed: with --jobs, in
the workers, so that the command does little more than write."""
