"""TempEval-3 platinum: dates and durations, kzjustice beside its peers.

kzjustice, dateparser, datefinder and quantulum3 read the same sentences with the same
reference dates.

Run: ``.venv/bin/python bench/te3.py [--misses]`` with ``../shared/data/timebank`` beside the
project and the peers installed (``pip install -e '.[bench]'``). For the DATE rows it reports,
per library, how many annotated expressions are found in their sentence (span overlap) with
the annotated value, and how many values are right when the annotated span itself is parsed;
for the DURATION rows, the same for ``find_terms``/``parse_term`` and quantulum3. Duckling
needs a Haskell build and is not run here: its figures below are those measured with the
span given on these rows (DATE 51%, DURATION 50%).
"""

from __future__ import annotations

import argparse
import datetime
import re
import warnings
from collections import Counter
from collections.abc import Callable
from typing import Any

import kzjustice
from _corpus import timebank
from kzjustice.models import Term

Row = dict[str, Any]
EXPRESSIBLE = re.compile(
    r"(?:(?:\d{4}|XXXX)(?:-(?:\d\d|XX)(?:-(?:\d\d|XX))?|-Q[1-4X]|-(?:SP|SU|FA|WI)|-W(?:\d\d|XX))?"
    r"|\d{2,3}|(?:PRESENT|PAST|FUTURE)_REF)\Z"
)


def _overlap(row: Row, start: int, end: int) -> bool:
    return bool(start < row["end"] and row["start"] < end)


def _timex(moment: datetime.datetime | datetime.date, like: str) -> str:
    """A peer's datetime written at the precision of the annotated value."""
    if re.fullmatch(r"\d{4}", like):
        return f"{moment.year:04d}"
    if re.fullmatch(r"\d{4}-\d\d", like):
        return f"{moment.year:04d}-{moment.month:02d}"
    if re.fullmatch(r"\d{4}-W\d\d", like):
        year, week, _ = moment.isocalendar()
        return f"{year:04d}-W{week:02d}"
    return f"{moment.year:04d}-{moment.month:02d}-{moment.day:02d}"


def _ours_search(row: Row) -> tuple[bool, bool]:
    reference = datetime.date.fromisoformat(row["dct"])
    for found in kzjustice.find_dates(row["sentence"], reference=reference):
        if _overlap(row, found.span.start, found.span.end):
            return True, found.value.value == row["value"]
    return False, False


def _ours_span(row: Row) -> bool:
    reference = datetime.date.fromisoformat(row["dct"])
    value = kzjustice.parse_date(row["text"], reference=reference)
    return value is not None and value.value == row["value"]


def _peer_search(
    search: Callable[[str, datetime.datetime], list[tuple[str, Any]]], row: Row
) -> tuple[bool, bool]:
    base = datetime.datetime.fromisoformat(row["dct"])
    for text, moment in search(row["sentence"], base) or []:
        start = row["sentence"].find(text)
        if start >= 0 and _overlap(row, start, start + len(text)):
            return True, _timex(moment, row["value"]) == row["value"]
    return False, False


def _dateparser() -> tuple[
    Callable[[str, datetime.datetime], Any], Callable[[str, datetime.datetime], Any]
]:
    import dateparser
    from dateparser.search import search_dates

    def search(text: str, base: datetime.datetime) -> Any:
        return search_dates(text, settings={"RELATIVE_BASE": base})

    def parse(text: str, base: datetime.datetime) -> Any:
        moment = dateparser.parse(text, settings={"RELATIVE_BASE": base})
        return [(text, moment)] if moment else []

    return search, parse


def _datefinder() -> tuple[
    Callable[[str, datetime.datetime], Any], Callable[[str, datetime.datetime], Any]
]:
    import datefinder

    def search(text: str, base: datetime.datetime) -> Any:
        return [(source, moment) for moment, source in
                datefinder.find_dates(text, source=True, base_date=base)]  # fmt: skip

    def parse(text: str, base: datetime.datetime) -> Any:
        found = list(datefinder.find_dates(text, base_date=base))
        return [(text, found[0])] if found else []

    return search, parse


def dates(rows: list[Row], misses: bool) -> None:
    date_rows = [r for r in rows if r["type"] == "DATE"]
    kinds = Counter(
        "expressible" if EXPRESSIBLE.match(r["value"]) else r["value"] for r in date_rows
    )
    print(f"## DATE rows: {len(date_rows)}\n")
    print("Values the model cannot express: " + ", ".join(
        f"{kind} {count}" for kind, count in sorted(kinds.items()) if kind != "expressible"
    ) + f"; expressible {kinds['expressible']}.")  # fmt: skip
    print()
    print("| library | found in sentence | right value, searching | right value, span given |")
    print("|---|---|---|---|")
    found = [_ours_search(r) for r in date_rows]
    span = [_ours_span(r) for r in date_rows]
    _line("kzjustice", date_rows, found, span)
    peers = {"dateparser": _dateparser, "datefinder": _datefinder}
    for name, make in peers.items():
        try:
            search, parse = make()
        except ImportError:
            print(f"| {name} | not installed | | |")
            continue
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            peer_found = [_peer_search(search, r) for r in date_rows]
            alone = [{**r, "sentence": r["text"], "start": 0, "end": len(r["text"])}
                     for r in date_rows]  # fmt: skip
            peer_span = [_peer_search(parse, r)[1] for r in alone]
        _line(name, date_rows, peer_found, peer_span)
    print("| Duckling (measured elsewhere) | | | 51% |")
    expressible = [i for i, r in enumerate(date_rows) if EXPRESSIBLE.match(r["value"])]
    right = sum(found[i][1] for i in expressible)
    print(
        f"\nkzjustice on the {len(expressible)} rows the model can express: "
        f"{right} right ({right / len(expressible):.0%})."
    )
    if misses:
        for row, (_, ok), given in zip(date_rows, found, span, strict=True):
            if ok and not given:
                print(f"- {row['text']!r} = {row['value']} (dct {row['dct']}): right only in its "
                      "sentence")  # fmt: skip
            if not ok:
                got = [
                    (f.text, f.value.value)
                    for f in kzjustice.find_dates(
                        row["sentence"], reference=datetime.date.fromisoformat(row["dct"])
                    )
                ]
                print(f"- {row['text']!r} = {row['value']} (dct {row['dct']}): got {got}")


def _line(name: str, rows: list[Row], found: list[tuple[bool, bool]], span: list[bool]) -> None:
    total = len(rows)
    hits = sum(f for f, _ in found)
    right = sum(r for _, r in found)
    given = sum(span)
    print(f"| {name} | {hits} ({hits / total:.0%}) | {right} ({right / total:.0%}) "
          f"| {given} ({given / total:.0%}) |")  # fmt: skip


def _quantulum(text: str) -> str | None:
    from quantulum3 import parser

    units = {"year": "Y", "month": "M", "week": "W", "day": "D", "decade": "0Y"}
    for quantity in parser.parse(text):
        name = quantity.unit.name
        if name in units and float(quantity.value).is_integer():
            return f"P{int(quantity.value)}{units[name]}"
        if name == "hour" and float(quantity.value).is_integer():
            return f"PT{int(quantity.value)}H"
    return None


def durations(rows: list[Row]) -> None:
    duration_rows = [r for r in rows if r["type"] == "DURATION"]
    vague = sum("X" in r["value"] for r in duration_rows)
    print(f"\n## DURATION rows: {len(duration_rows)} ({vague} vague, such as `PXY`)\n")
    print("| library | found in sentence | right value, span given |")
    print("|---|---|---|")
    found = right = 0
    for row in duration_rows:
        terms = kzjustice.find_terms(row["sentence"])
        found += any(_overlap(row, f.span.start, f.span.end) for f in terms)
        inside = kzjustice.find_terms(row["text"])  # "almost seven years", "five years'"
        right += (
            bool(inside)
            and isinstance(inside[0].value, Term)
            and (inside[0].value.iso == row["value"])
        )
    total = len(duration_rows)
    print(f"| kzjustice | {found} ({found / total:.0%}) | {right} ({right / total:.0%}) |")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            peer = sum(_quantulum(r["text"]) == r["value"] for r in duration_rows)
        print(f"| quantulum3 | | {peer} ({peer / total:.0%}) |")
    except ImportError:
        print("| quantulum3 | not installed | |")
    print("| Duckling (measured elsewhere) | | 50% |")


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__)
    options.add_argument("--misses", action="store_true", help="list the DATE rows read wrong")
    args = options.parse_args()
    rows = timebank()
    if not rows:
        print("../shared/data/timebank/te3_platinum.jsonl is not beside the project.")
        return
    dates(rows, args.misses)
    durations(rows)


if __name__ == "__main__":
    main()
