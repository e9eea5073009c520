"""Inputs shared by the benchmarks: realistic prose, adversarial text, and TempEval-3 rows."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
TIMEBANK = ROOT.parent / "shared" / "data" / "timebank" / "te3_platinum.jsonl"
MB = 1_000_000


def articles() -> list[str]:
    """The bundled seed articles and the test articles, as pages with their furniture."""
    paths = sorted(ROOT.glob("seeds/*.txt")) + sorted(ROOT.glob("tests/articles/*.txt"))
    return [p.read_text(encoding="utf-8") for p in paths]


def realistic(size: int = MB) -> str:
    """About ``size`` characters of legal-news prose: the articles, repeated."""
    text = "\n\n".join(articles())
    return (text * (size // len(text) + 1))[:size]


def adversarial(size: int = MB) -> dict[str, str]:
    """Inputs built to provoke backtracking, each about ``size`` characters."""

    def fill(unit: str) -> str:
        return (unit * (size // len(unit) + 1))[:size]

    return {
        "digit run": fill("7"),
        "digits and spaces": fill("1 "),
        "year year year": fill("year "),
        "number words chained": fill("twenty one two three "),
        "hyphen run": fill("-"),
        "space run": fill(" "),
        "nested parentheses": "(" * (size // 2) + ")" * (size // 2),
        "one line, no newline": realistic(size).replace("\n", " "),
        "sentenced to sentenced to": fill("sentenced to "),
    }


def timebank() -> list[dict[str, Any]]:
    """The TempEval-3 platinum DATE and DURATION rows, or none where ../shared is absent."""
    if not TIMEBANK.exists():
        return []
    return [json.loads(line) for line in TIMEBANK.read_text(encoding="utf-8").splitlines()]


def throughput(function: Callable[[str], object], text: str, *, repeat: int = 3) -> float:
    """MB/s of ``function`` over ``text``: the best of ``repeat`` runs, on one core."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        function(text)
        best = min(best, time.perf_counter() - start)
    return len(text) / best / MB


def page_throughput(function: Callable[[str], object]) -> float:
    """MB/s of ``function`` over the bundled articles one by one, as a page holds one article."""
    pages = articles()
    return throughput(lambda _: [function(page) for page in pages], "".join(pages))
