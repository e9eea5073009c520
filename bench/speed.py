"""Throughput of every public parser on realistic prose and on adversarial input.

Run: ``.venv/bin/python bench/speed.py`` (add ``--peers`` to time dateparser and datefinder in
the same run; install them with ``pip install -e '.[bench]'``). Prints MB/s per parser on
about 1 MB of realistic legal-news prose and on each adversarial input, and the ratio of
realistic to adversarial throughput: a ratio above 3 is a bug to fix. It also counts what
each parser finds, so a change in output shows beside a change in speed.
"""

from __future__ import annotations

import argparse
import datetime
from collections.abc import Callable

import kzjustice
from _corpus import MB, adversarial, articles, realistic, throughput

REFERENCE = datetime.date(2023, 4, 4)

PARSERS: dict[str, Callable[[str], object]] = {
    "find_sentences": kzjustice.find_sentences,
    "find_terms": kzjustice.find_terms,
    "find_dates": lambda text: kzjustice.find_dates(text, reference=REFERENCE),
    "find_charges": kzjustice.find_charges,
    "parse_article": kzjustice.parse_article,
}
"""Each parser, run on a whole text. ``parse_article`` reads the realistic prose article by
article, as a page holds one article, and each adversarial input as one page."""


def peers(text: str) -> dict[str, float]:
    """MB/s of dateparser's search_dates and datefinder on the same prose."""
    import datefinder
    from dateparser.search import search_dates

    base = datetime.datetime(2023, 4, 4)
    sample = text[:50_000]  # search_dates reads about 0.1 MB/s: a sample says enough
    return {
        "dateparser.search_dates": throughput(
            lambda t: search_dates(t, settings={"RELATIVE_BASE": base}), sample, repeat=1
        ),
        "datefinder.find_dates": throughput(
            lambda t: list(datefinder.find_dates(t, base_date=base)), text, repeat=1
        ),
    }


def import_time(runs: int = 10) -> float:
    """Milliseconds ``import kzjustice`` adds to a fresh interpreter: the best of ``runs``."""
    import subprocess
    import sys

    code = "import time; t = time.perf_counter(); import kzjustice; print(time.perf_counter() - t)"
    times = [
        float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                             check=True).stdout)
        for _ in range(runs)
    ]  # fmt: skip
    return min(times) * 1000


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__)
    options.add_argument("--peers", action="store_true", help="also time the peer libraries")
    options.add_argument("--size", type=int, default=MB, help="characters per input")
    args = options.parse_args()
    prose = realistic(args.size)
    hostile = adversarial(args.size)
    print("| parser | realistic MB/s | found | worst adversarial MB/s (input) | ratio |")
    print("|---|---|---|---|---|")
    pages = articles()
    for name, parse in PARSERS.items():
        if name == "parse_article":
            real = throughput(lambda _: [kzjustice.parse_article(p) for p in pages], "".join(pages))
            count = sum(len(kzjustice.parse_article(page).cases) for page in pages)
        else:
            real = throughput(parse, prose)
            found = parse(prose)
            count = len(found) if isinstance(found, tuple) else 0
        worst = min((throughput(parse, text, repeat=1), label) for label, text in hostile.items())
        print(f"| {name} | {real:.1f} | {count} | {worst[0]:.1f} ({worst[1]}) "
              f"| {real / worst[0]:.2f} |")  # fmt: skip
    print(f"\nimport kzjustice: {import_time():.0f} ms")
    if args.peers:
        mine = throughput(PARSERS["find_dates"], prose)
        for name, speed in peers(prose).items():
            print(f"| {name} | {speed:.2f} | | | find_dates is {mine / speed:.0f}x faster |")


if __name__ == "__main__":
    main()
