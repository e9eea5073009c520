"""What importing kzjustice costs a program: ``import kzjustice``, and each first use.

Run: ``.venv/bin/python bench/importtime.py``. Each line is the best of ``--runs`` fresh
interpreters, with bytecode written and reused as an installed package has it: milliseconds of
CPU time from just before the import to just after the call, inside the interpreter, so over
what a bare interpreter costs (printed first; CPU time, as other programs on a shared machine
barely move it): ``import kzjustice`` alone, then the import and the first
call of what most programs use (``find_dates``, ``parse_article``, ``to_json``), each with its
modules loaded and its patterns compiled; last, the runtime dependencies alone.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys

PROGRAMS = {
    "import kzjustice": "import kzjustice",
    "+ find_dates('on May 2, 2023')": "import kzjustice; kzjustice.find_dates('on May 2, 2023')",
    "+ parse_article(seed text)": (
        "import kzjustice; kzjustice.parse_article('A court in Taraz jailed Ivan Petrov "
        "for two years on May 2, 2023.')"
    ),
    "+ parse_article and to_json": (
        "import kzjustice; kzjustice.to_json(kzjustice.parse_article('A court in Taraz jailed "
        "Ivan Petrov for two years on May 2, 2023.'))"
    ),
    "the runtime dependencies alone": "import attrs, cattrs, regex, dateutil.relativedelta",
}


def best(code: str, runs: int) -> float:
    """Milliseconds of the fastest of ``runs`` fresh interpreters running ``code``."""
    timed = f"import time; t = time.process_time(); {code}; print(time.process_time() - t)"
    environment = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    times = []
    for _ in range(runs + 1):  # the first writes the bytecode
        done = subprocess.run(
            [sys.executable, "-c", timed], capture_output=True, text=True, check=True,
            env=environment,
        )  # fmt: skip
        times.append(float(done.stdout))
    return min(times[1:]) * 1000


def bare(runs: int) -> float:
    """Milliseconds of the fastest bare interpreter, start to exit, measured from outside."""
    import time

    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", "pass"], check=True)
        times.append(time.perf_counter() - start)
    return min(times) * 1000


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__)
    options.add_argument("--runs", type=int, default=20, help="interpreters per figure")
    args = options.parse_args()
    print(f"(a bare interpreter starts and exits in {bare(args.runs):.0f} ms)\n")
    print("| program | ms over a bare interpreter |")
    print("|---|---|")
    for name, code in PROGRAMS.items():
        print(f"| {name} | {best(code, args.runs):.1f} |")


if __name__ == "__main__":
    main()
