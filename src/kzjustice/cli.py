"""`kzjustice parse`: article files in, records out."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

__all__ = ["main"]


def _inputs(paths: Sequence[str]) -> Iterator[Path]:
    for name in paths:
        path = Path(name)
        if path.is_dir():
            yield from sorted(p for p in path.iterdir() if p.suffix == ".txt" and p.is_file())
        else:
            yield path


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    parser = argparse.ArgumentParser(prog="kzjustice", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    parse = commands.add_parser("parse", help="read articles and print what they state")
    parse.add_argument("paths", nargs="+", metavar="PATH", help="article files or folders")
    parse.add_argument("--format", choices=["table"], default="table")
    args = parser.parse_args(argv)
    status = 0
    for path in _inputs(args.paths):
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as exc:
            print(f"kzjustice: {path}: {exc.strerror or exc}", file=sys.stderr)
            status = 1
            continue
        first = next((line.strip() for line in text.splitlines() if line.strip()), "")
        print(f"{path}\t{len(text)} characters\t{first[:80]}")
    return status
