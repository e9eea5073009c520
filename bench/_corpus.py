"""Inputs shared by the benchmarks: realistic prose, adversarial text, and TempEval-3 rows."""

from __future__ import annotations

import datetime
import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import kzjustice

ROOT = Path(__file__).resolve().parent.parent
TIMEBANK = ROOT.parent / "shared" / "data" / "timebank" / "te3_platinum.jsonl"
MB = 1_000_000

REFERENCE = datetime.date(2023, 4, 4)

PARSERS: dict[str, Callable[[str], object]] = {
    "find_sentences": kzjustice.find_sentences,
    "find_terms": kzjustice.find_terms,
    "find_dates": lambda text: kzjustice.find_dates(text, reference=REFERENCE),
    "find_charges": kzjustice.find_charges,
    "parse_sentence": kzjustice.parse_sentence,
    "parse_term": kzjustice.parse_term,
    "parse_date": lambda text: kzjustice.parse_date(text, reference=REFERENCE),
    "charge_for": kzjustice.charge_for,
    "parse_article": kzjustice.parse_article,
}
"""Every public function that reads text, on the whole input at once; ``parse_article`` on
realistic prose reads the bundled articles one by one (see ``realistic_throughput``)."""


def articles() -> list[str]:
    """The bundled seed articles and the test articles, as pages with their furniture."""
    paths = sorted(ROOT.glob("seeds/*.txt")) + sorted(ROOT.glob("tests/articles/*.txt"))
    return [p.read_text(encoding="utf-8") for p in paths]


def paragraphs(texts: list[str]) -> list[str]:
    """The paragraphs of ``texts``: each piece between blank lines that holds a character."""
    return [piece for text in texts for piece in text.split("\n\n") if piece.strip()]


def seeds() -> list[str]:
    """The five bundled seed articles, as pages with their furniture."""
    return [p.read_text(encoding="utf-8") for p in sorted(ROOT.glob("seeds/*.txt"))]


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")  # fmt: skip
_DATED = (
    "The hearing opened on {month} {day}, {year} and was adjourned to {day2}.{m2:02d}.{year}.",
    "On {day} {month} {year}, the court in Aktobe heard the case of Arman Seitov.",
    "Investigators said the payments ran from {month} {year} to {month2} {year2}.",
    "The appeal, filed on {year}-{m2:02d}-{day2:02d}, was heard last Tuesday.",
    "He was detained on {month} {day} and charged two weeks later, on {month2} {day2}.",
    "The verdict of {day2} {month2} {year2} followed a trial that began in {month} {year}.",
    "A second hearing is set for {month2} {day2}, {year2}, the court said on Friday.",
    "Between {day}.{m2:02d}.{year} and {day2}.{m2:02d}.{year} the defendant was abroad.",
)


def date_dense(count: int = 400) -> list[str]:
    """``count`` invented paragraphs of three sentences, each sentence with one to three dates.

    Built from templates with a fixed seed, in forms both kzjustice and the peer libraries
    read: the corpus where the date grammar does the most work per character.
    """
    import random

    draw = random.Random(20230404)
    found = []
    for _ in range(count):
        sentences = []
        for template in draw.sample(_DATED, 3):
            month, month2 = draw.sample(_MONTHS, 2)
            days, years = draw.choices(range(1, 29), k=2), draw.choices(range(2015, 2024), k=2)
            sentences.append(
                template.format(
                    month=month,
                    month2=month2,
                    day=days[0],
                    day2=days[1],
                    year=years[0],
                    year2=years[1],
                    m2=draw.randint(1, 12),
                )
            )
        found.append(" ".join(sentences))
    return found


def realistic(size: int = MB) -> str:
    """About ``size`` characters of legal-news prose: the articles, repeated."""
    text = "\n\n".join(articles())
    return (text * (size // len(text) + 1))[:size]


def russian(size: int = MB) -> str:
    """About ``size`` characters of Russian legal-news prose: ``bench/ru_prose.txt``, repeated.

    The passages are written for the benchmark, with invented names and numbers.
    """
    text = (ROOT / "bench" / "ru_prose.txt").read_text(encoding="utf-8")
    return (text * (size // len(text) + 1))[:size]


def russian_adversarial(size: int = MB) -> dict[str, str]:
    """Russian inputs built to provoke backtracking, each about ``size`` characters."""

    def fill(unit: str) -> str:
        return (unit * (size // len(unit) + 1))[:size]

    return {
        "год год год": fill("год "),
        "number words chained": fill("двадцать один два три пяти "),
        "digits and spaces": fill("1 "),
        "приговорил к приговорил к": fill("приговорил к "),
        "от до от до": fill("от пяти до "),
        "a ban's words with no end": fill("запретом занимать должности государственной службы "),
        "one line, no newline": russian(size).replace("\n", " "),
        "records in one sentence": fill(
            "Ержана Сапарова 5 мая 2022 года приговорили к 7 годам по ч. 3 ст. 272 УК РК, "
        ),
    }


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
        "one line, Cyrillic at its end": fill("word ")[: size - 4] + " Рус",  # mixed scripts
        "records in one sentence": fill(  # names, penalties and dates with no full stop
            "Serik Abenov was jailed for five years on May 5, 2022 and prosecutors asked for six "
        ),
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


def realistic_throughput(name: str, prose: str) -> float:
    """MB/s of the parser ``name`` on ``prose``; ``parse_article``'s on the bundled articles.

    ``parse_article`` reads them one by one: a page holds one article, and a page of many is
    cut at the end of the first.
    """
    parse = PARSERS[name]
    if name != "parse_article":
        return throughput(parse, prose)
    pages = articles()
    return throughput(lambda _: [parse(page) for page in pages], "".join(pages))
