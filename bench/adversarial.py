"""Hostile input: every public parser on 1 MB built to provoke backtracking, and 50 MB streamed.

Run: ``.venv/bin/python bench/adversarial.py`` (``--size`` for other input sizes,
``--stream-mb`` for the streamed corpus). For each parser it prints MB/s on realistic prose
(``parse_article`` on the bundled articles one by one, as a page holds one article) and on each
adversarial input, for English and then for Russian (``bench/ru_prose.txt`` against Russian
hostile input), the ratio of the two, and how the time grows when an input doubles; a ratio
above 3 or a growth above 2.6 (2 is linear) is a bug, and the script exits with status 1 if it
finds one. The input of names, penalties and dates in one sentence holds five times the records
of prose, so it is held to linear growth only. It then streams a folder of articles through
``kzjustice parse`` in each output format and reports the wall time and the peak resident
memory of that process, which must not grow with the size of the input.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from _corpus import (
    MB,
    PARSERS,
    adversarial,
    articles,
    realistic,
    realistic_throughput,
    russian,
    russian_adversarial,
    throughput,
)

LIMIT = 3.0
"""The most realistic prose may be faster than any hostile input."""
GROWTH_LIMIT = 2.6
"""The most time may grow when an input doubles: 2 is linear, 4 quadratic."""
DENSE = {"records in one sentence"}
"""Inputs held to linear growth only: they hold several times the records prose does."""


def ratios(size: int, *, language: str = "en") -> bool:
    """Print the throughput tables; return whether every ratio and growth is within limits.

    With ``language`` "ru", Russian prose against Russian hostile input, for every parser but
    ``parse_article``, which reads English pages here.
    """
    prose = realistic(size) if language == "en" else russian(size)
    inputs = adversarial if language == "en" else russian_adversarial
    hostile = inputs(size)
    halves = inputs(size // 2)
    print(f"| parser | realistic MB/s | {' | '.join(hostile)} | worst ratio | worst growth |")
    print("|---|---|" + "---|" * len(hostile) + "---|---|")
    ok = True
    for name, parse in PARSERS.items():
        if language == "ru" and name == "parse_article":
            continue
        real = realistic_throughput(name, prose) if language == "en" else throughput(parse, prose)
        speeds = {label: throughput(parse, text, repeat=1) for label, text in hostile.items()}
        worst = max(real / speed for label, speed in speeds.items() if label not in DENSE)
        growth = max(_growth(parse, halves[label], hostile[label]) for label in hostile)
        bad = worst > LIMIT or growth > GROWTH_LIMIT
        ok &= not bad
        cells = " | ".join(f"{speed:.1f}" for speed in speeds.values())
        print(f"| {name} | {real:.1f} | {cells} | {worst:.2f} | {growth:.2f}"
              f"{' FAIL' if bad else ''} |")  # fmt: skip
    return ok


def _growth(parse: Callable[[str], object], half: str, full: str) -> float:
    """How much longer ``full`` takes than ``half``: 2 when linear; 2 when too quick to tell."""
    full_speed = throughput(parse, full, repeat=3)
    if len(full) / MB / full_speed < 0.02:
        return 2.0  # under 20 ms: timer noise would swamp the ratio
    return 2 * throughput(parse, half, repeat=3) / full_speed


def stream(megabytes: int) -> None:
    """Run ``kzjustice parse`` over ``megabytes`` of articles; print time and peak memory."""
    pages = articles()
    command = [sys.executable, "-m", "kzjustice", "parse"]
    with tempfile.TemporaryDirectory() as folder:
        total = count = 0
        while total < megabytes * MB:
            page = pages[count % len(pages)]
            (Path(folder) / f"{count:06d}.txt").write_text(page, encoding="utf-8")
            total += len(page.encode("utf-8"))
            count += 1
        print(f"\n{count} articles, {total / MB:.0f} MB, through `kzjustice parse`:\n")
        print("| format | seconds | MB/s | peak RSS MB |")
        print("|---|---|---|---|")
        for output in ("jsonl", "json", "csv"):
            # Each run is the only child waited for since the last: measure it in a fresh
            # process so that ru_maxrss is this run's peak, not the largest so far.
            probe = (
                "import resource, subprocess, sys; "
                "subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, check=True); "
                "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
            )
            start = time.perf_counter()
            done = subprocess.run(
                [sys.executable, "-c", probe, *command, folder, "--format", output],
                capture_output=True, text=True, check=True,
            )  # fmt: skip
            seconds = time.perf_counter() - start
            peak = int(done.stdout) / 1024  # kilobytes on Linux
            print(f"| {output} | {seconds:.0f} | {total / MB / seconds:.2f} | {peak:.0f} |")
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\n(this script itself peaked at {own:.0f} MB)")


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__)
    options.add_argument("--size", type=int, default=MB, help="characters per input")
    options.add_argument("--stream-mb", type=int, default=50, help="MB of articles to stream")
    args = options.parse_args()
    ok = ratios(args.size)
    print("\nRussian:\n")
    ok &= ratios(args.size, language="ru")
    if args.stream_mb:
        stream(args.stream_mb)
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
