"""Throughput of the grammars and of ``parse_article``, with the peer libraries in the same run.

Run: ``.venv/bin/python bench/speed.py`` (the peers, datefinder and dateparser, come with
``pip install -e '.[bench]'``; ``--no-peers`` leaves them out). Prints markdown tables, headed
by the date, the machine and its load, of MB/s on three corpora:

- ``seeds``: the five bundled seed articles;
- ``realistic``: the seeds and the test articles (legal news, with page furniture);
- ``date-dense``: invented paragraphs with one to three dates in every sentence.

Each is read two ways: ``per paragraph`` (one call per paragraph, as a program reading an
archive paragraph by paragraph makes, so that the fixed cost of a call counts) and ``whole
text`` (one call per article; for date-dense, per twenty paragraphs). Every peer runs on the
same calls in the same run, its generators exhausted; dateparser, about a thousand times
slower, on a sample of the calls. ``found`` counts what kzjustice returns, so a change in
output shows beside a change in speed. A trivial one-pattern pass over the same calls (every
number followed by a word) is the ceiling: the cost of calling into the regex engine at all.
Each figure is the best of ``--repeat`` runs on one core, in CPU time (see ``speed``). Then,
the same grammars on Russian prose (``bench/ru_prose.txt``, read by the Russian grammars through
the same public functions), with the ratio of English MB/s on the realistic corpus to Russian;
last, ``parse_article`` on the English and the Russian development articles.
"""

from __future__ import annotations

import argparse
import datetime
import os
import platform
import sys
import time
from collections.abc import Callable, Sequence

import regex

import kzjustice
from _corpus import MB, REFERENCE, ROOT, articles, date_dense, paragraphs, seeds

BASE = datetime.datetime(2023, 4, 4)
READER = ROOT / "tests" / "reader"  # the development articles, English and Russian
SAMPLE = 40
"""Calls dateparser is timed on, spread over the corpus: at about 0.01 MB/s, enough."""

_CEILING = regex.compile(r"[0-9]+ \s+ [a-z]+", regex.VERBOSE | regex.IGNORECASE)


def corpora() -> dict[str, dict[str, list[str]]]:
    """Each corpus, as the calls of each way of reading it."""
    dense = date_dense()
    return {
        "seeds": {"per paragraph": paragraphs(seeds()), "whole text": seeds()},
        "realistic": {"per paragraph": paragraphs(articles()), "whole text": articles()},
        "date-dense": {
            "per paragraph": dense,
            "whole text": ["\n\n".join(dense[i : i + 20]) for i in range(0, len(dense), 20)],
        },
    }


def speed(function: Callable[[str], object], calls: Sequence[str], repeat: int) -> float:
    """MB/s of ``function`` called on each of ``calls`` in turn: the best of ``repeat`` runs.

    Timed in CPU time of this process, which other programs on the machine barely move: wall
    time on a shared machine measures them as much as the parser.
    """
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        for text in calls:
            function(text)
        best = min(best, time.process_time() - start)
    return sum(map(len, calls)) / best / MB


def machine() -> str:
    """The date, the machine and what else it was doing, for the head of the tables."""
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as info:
            cpu = next(line.split(":", 1)[1].strip() for line in info if "model name" in line)
    except (OSError, StopIteration):
        pass
    load = ", ".join(f"{value:.2f}" for value in os.getloadavg())
    return (
        f"Measured {datetime.date.today().isoformat()} on {cpu}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}, {platform.system()}; load average {load}."
    )


def dates_table(repeat: int, peers: bool) -> None:
    """find_dates against datefinder and dateparser, on every corpus, both ways."""
    find: Callable[[str], object] = lambda text: kzjustice.find_dates(text, reference=REFERENCE)  # noqa: E731
    columns = ["corpus", "calls", "find_dates MB/s", "found", "ceiling MB/s"]
    if peers:
        import datefinder
        from dateparser.search import search_dates

        finder: Callable[[str], object] = lambda text: list(  # noqa: E731
            datefinder.find_dates(text, base_date=BASE)
        )
        parser: Callable[[str], object] = lambda text: search_dates(  # noqa: E731
            text, settings={"RELATIVE_BASE": BASE}
        )
        columns += ["datefinder MB/s", "x datefinder", "dateparser MB/s", "x dateparser"]
    print("\n### find_dates\n")
    _head(columns)
    for corpus, ways in corpora().items():
        for way, calls in ways.items():
            mine = speed(find, calls, repeat)
            found = sum(len(kzjustice.find_dates(text, reference=REFERENCE)) for text in calls)
            cells = [f"{corpus}, {way}", str(len(calls)), f"{mine:.1f}", str(found)]
            cells.append(f"{speed(_ceiling, calls, repeat):.0f}")
            if peers:
                theirs = speed(finder, calls, repeat)
                sample = calls[:: max(1, len(calls) // SAMPLE)]
                slow = speed(parser, sample, 1)
                mine_on_sample = speed(find, sample, repeat)
                cells += [f"{theirs:.1f}", f"{mine / theirs:.2f}"]
                cells += [f"{slow:.3f}", f"{mine_on_sample / slow:.0f}"]
            print("| " + " | ".join(cells) + " |")


def grammar_table(repeat: int) -> None:
    """find_sentences, find_terms and find_charges, on the legal-news corpora, both ways."""
    grammars: dict[str, Callable[[str], tuple[object, ...]]] = {
        "find_sentences": kzjustice.find_sentences,
        "find_terms": kzjustice.find_terms,
        "find_charges": kzjustice.find_charges,
    }
    print("\n### The penalty, term and charge grammars\n")
    _head(["corpus", "calls", *(f"{name} MB/s (found)" for name in grammars), "ceiling MB/s"])
    for corpus, ways in corpora().items():
        if corpus == "date-dense":
            continue
        for way, calls in ways.items():
            cells = [f"{corpus}, {way}", str(len(calls))]
            for grammar in grammars.values():
                found = sum(len(grammar(text)) for text in calls)
                cells.append(f"{speed(grammar, calls, repeat):.1f} ({found})")
            cells.append(f"{speed(_ceiling, calls, repeat):.0f}")
            print("| " + " | ".join(cells) + " |")


def russian_table(repeat: int) -> None:
    """The grammars on Russian prose, per paragraph and whole, against English realistic text."""
    prose = (ROOT / "bench" / "ru_prose.txt").read_text(encoding="utf-8")  # invented passages
    ways = {"per paragraph": paragraphs([prose]), "whole text": [prose]}
    english = corpora()["realistic"]
    grammars: dict[str, Callable[[str], object]] = {
        "find_sentences": kzjustice.find_sentences,
        "find_terms": kzjustice.find_terms,
        "find_dates": lambda text: kzjustice.find_dates(text, reference=REFERENCE),
        "find_charges": kzjustice.find_charges,
    }
    print("\n### Russian prose\n")
    _head(["calls", *(f"{name} MB/s (English over Russian)" for name in grammars)])
    for way, calls in ways.items():
        cells = [f"{way}, {len(calls)}"]
        for grammar in grammars.values():
            mine = speed(grammar, calls, repeat)
            cells.append(f"{mine:.1f} ({speed(grammar, english[way], repeat) / mine:.2f})")
        print("| " + " | ".join(cells) + " |")


def articles_table(repeat: int) -> None:
    """parse_article on each article of a corpus in turn, as a page holds one article."""
    print("\n### parse_article, one article at a time\n")
    _head(["corpus", "articles", "MB/s", "articles a second", "defendants", "sentences"])
    for corpus, ways in corpora().items():
        if corpus == "date-dense":
            continue
        calls = ways["whole text"]
        rate = speed(kzjustice.parse_article, calls, repeat)
        parsed = [kzjustice.parse_article(text) for text in calls]
        people = [p for article in parsed for case in article.cases for p in case.defendants]
        per_second = rate * MB / (sum(map(len, calls)) / len(calls))
        print(
            f"| {corpus} | {len(calls)} | {rate:.2f} | {per_second:.0f} | {len(people)} "
            f"| {sum(len(p.sentences) for p in people)} |"
        )


def reader_languages_table(repeat: int) -> None:
    """parse_article on the English and the Russian development articles, one at a time.

    Both sets were written alike (the same outlet styles, lengths and forms, with page
    furniture), so the ratio is the cost of reading Russian. MB counts characters, and in the
    last column UTF-8 bytes, in which a Cyrillic letter is two.
    """
    print("\n### parse_article, English and Russian development articles\n")
    _head(["articles", "count", "MB/s (characters)", "MB/s (UTF-8 bytes)"])
    rates = {}
    for language in ("en", "ru"):
        pages = [p.read_text(encoding="utf-8") for p in sorted(READER.glob(f"{language}/*.txt"))]
        rate = speed(kzjustice.parse_article, pages, repeat)
        ratio = sum(len(p.encode("utf-8")) for p in pages) / sum(map(len, pages))
        rates[language] = (rate, rate * ratio)
        print(f"| {language} | {len(pages)} | {rate:.2f} | {rate * ratio:.2f} |")
    (en_chars, en_bytes), (ru_chars, ru_bytes) = rates["en"], rates["ru"]
    print(f"| English over Russian | | {en_chars / ru_chars:.2f} | {en_bytes / ru_bytes:.2f} |")


def _ceiling(text: str) -> object:
    return list(_CEILING.finditer(text))


def _head(columns: list[str]) -> None:
    print("| " + " | ".join(columns) + " |")
    print("|" + "---|" * len(columns))


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__)
    options.add_argument("--no-peers", action="store_true", help="leave the peers out")
    options.add_argument("--repeat", type=int, default=5, help="runs per figure; the best counts")
    args = options.parse_args()
    print(machine())
    for name in ("find_dates", "find_sentences", "find_terms", "find_charges", "parse_article"):
        getattr(kzjustice, name)("2023")  # compile each grammar before it is timed
    dates_table(args.repeat, not args.no_peers)
    grammar_table(args.repeat)
    articles_table(args.repeat)
    russian_table(args.repeat)
    reader_languages_table(args.repeat)
    sys.stdout.flush()


if __name__ == "__main__":
    main()
