"""Hostile input: every public parser on 1 MB built to provoke backtracking, and 50 MB streamed.

Run: ``.venv/bin/python bench/adversarial.py`` (``--size`` for other input sizes,
``--stream-mb`` for the streamed corpus). For each parser it prints MB/s on realistic prose
(``parse_article`` on the bundled articles one by one, as a page holds one article) and on each
adversarial input, and the ratio of the two; a ratio above 3 is a bug, and the
script exits with status 1 if it finds one. It then streams a folder of articles through
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
from pathlib import Path

from _corpus import MB, PARSERS, adversarial, articles, realistic, realistic_throughput, throughput

LIMIT = 3.0


def ratios(size: int) -> bool:
    """Print the throughput table; return whether every ratio is within the limit."""
    prose = realistic(size)
    hostile = adversarial(size)
    print(f"| parser | realistic MB/s | {' | '.join(hostile)} | worst ratio |")
    print("|---|---|" + "---|" * len(hostile) + "---|")
    ok = True
    for name, parse in PARSERS.items():
        real = realistic_throughput(name, prose)
        speeds = [throughput(parse, text, repeat=1) for text in hostile.values()]
        worst = real / min(speeds)
        ok &= worst <= LIMIT
        cells = " | ".join(f"{speed:.1f}" for speed in speeds)
        print(f"| {name} | {real:.1f} | {cells} | {worst:.2f}{' FAIL' if worst > LIMIT else ''} |")
    return ok


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
    if args.stream_mb:
        stream(args.stream_mb)
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
