"""Throughput of the parsers on realistic prose, the import time, and the peers' throughput.

Run: ``.venv/bin/python bench/speed.py`` (add ``--peers`` to time dateparser and datefinder in
the same run; install them with ``pip install -e '.[bench]'``). Prints MB/s per parser on
about 1 MB of realistic legal-news prose, with how many things each finds (penalties, terms,
dates, charges; articles for ``parse_article``) and how many a second, so that a change in
output shows beside a change in speed; then the same for about 1 MB of Russian prose
(``bench/ru_prose.txt``, read by the Russian grammars through the same public functions), with
the ratio of English MB/s to Russian. ``bench/adversarial.py`` times hostile input.
"""

from __future__ import annotations

import argparse
import datetime

from _corpus import MB, PARSERS, articles, realistic, realistic_throughput, russian, throughput


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
    """Milliseconds ``import kzjustice`` adds to a fresh interpreter: the best of ``runs``.

    Measured with bytecode written and reused, as an installed package has it.
    """
    import os
    import subprocess
    import sys

    code = "import time; t = time.perf_counter(); import kzjustice; print(time.perf_counter() - t)"
    environment = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    times = [
        float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                             check=True, env=environment).stdout)
        for _ in range(runs + 1)  # the first writes the bytecode
    ]  # fmt: skip
    return min(times[1:]) * 1000


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__)
    options.add_argument("--peers", action="store_true", help="also time the peer libraries")
    options.add_argument("--size", type=int, default=MB, help="characters per input")
    args = options.parse_args()
    prose = realistic(args.size)
    print("| parser | realistic MB/s | found | found per second |")
    print("|---|---|---|---|")
    english = {}
    for name, parse in PARSERS.items():
        if not name.startswith(("find_", "parse_article")):
            continue  # the parse_* twins read one value: bench/adversarial.py times them
        real = realistic_throughput(name, prose)
        english[name] = real
        if name == "parse_article":  # found: articles
            pages = articles()
            count, size = len(pages), sum(len(page) for page in pages) / MB
        else:
            found = parse(prose)
            count, size = (len(found) if isinstance(found, tuple) else 0), len(prose) / MB
        print(f"| {name} | {real:.1f} | {count} | {count * real / size:,.0f} |")
    text = russian(args.size)
    print("\n| parser, Russian prose | MB/s | found | English MB/s over Russian |")
    print("|---|---|---|---|")
    for name, parse in PARSERS.items():
        if not name.startswith("find_"):
            continue
        speed = throughput(parse, text)
        found = parse(text)
        count = len(found) if isinstance(found, tuple) else 0
        print(f"| {name} | {speed:.1f} | {count} | {english[name] / speed:.2f} |")
    print(f"\nimport kzjustice: {import_time():.0f} ms")
    if args.peers:
        mine = throughput(PARSERS["find_dates"], prose)
        print("\n| peer | realistic MB/s | find_dates is |\n|---|---|---|")
        for name, speed in peers(prose).items():
            print(f"| {name} | {speed:.2f} | {mine / speed:.0f}x faster |")


if __name__ == "__main__":
    main()
