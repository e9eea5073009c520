"""Many articles at once: ``kzjustice parse --jobs N`` and the Dask backend, same bytes out.

Run: ``.venv/bin/python bench/scale.py`` (the Dask part needs ``pip install -e '.[dask]'``).
Writes ``--articles`` article files (the bundled ones, cycled; 200 and 2,000 by default) to
a temporary folder and times ``kzjustice parse FOLDER --format jsonl`` with ``--jobs 1`` and
``--jobs N`` for each N of ``--jobs``, end to end (interpreter start, pool start, the grammars
compiled), with the speed-up over one process, whether the output is byte-identical to one
process's, and the peak resident memory of the largest process (the command or a worker).
Then, on ``--dask-articles`` files, one process, ``--jobs 2`` and ``kzjustice.dask`` on a
local cluster of two single-threaded worker processes, with the largest worker's peak memory
and what it held before its first article (a Dask worker's own modules). The speed-up is
bounded by the cores free: the machine's load average is printed first.
"""

from __future__ import annotations

import argparse
import hashlib
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _corpus import ROOT
from speed import machine


def corpus(folder: Path, count: int) -> list[Path]:
    """``count`` article files in ``folder``: the bundled articles, cycled."""
    pages = sorted(ROOT.glob("seeds/*.txt")) + sorted(ROOT.glob("tests/articles/*.txt"))
    paths = []
    for index in range(count):
        path = folder / f"{index:06d}.txt"
        path.write_bytes(pages[index % len(pages)].read_bytes())
        paths.append(path)
    return paths


def parse(folder: Path, jobs: int, out: Path) -> tuple[float, float]:
    """Seconds of ``kzjustice parse`` end to end, and the peak RSS (MB) of its processes."""
    command = [sys.executable, "-m", "kzjustice", "parse", str(folder), "--format", "jsonl",
               "--output", str(out), "--jobs", str(jobs)]  # fmt: skip
    probe = (
        "import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=True); "
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
    )  # a fresh process, so that ru_maxrss is this run's peak: the largest of its processes
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", probe, *command], capture_output=True,
                          text=True, check=True)  # fmt: skip
    return time.perf_counter() - start, int(done.stdout) / 1024


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def jobs_table(count: int, jobs: list[int]) -> None:
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary) / "articles"
        folder.mkdir()
        corpus(folder, count)
        print(f"\n### `kzjustice parse --jobs N`, {count} articles, end to end\n")
        print("| jobs | seconds | articles a second | speed-up | same bytes | peak RSS MB |")
        print("|---|---|---|---|---|---|")
        one, peak = parse(folder, 1, Path(temporary) / "1.jsonl")
        reference = digest(Path(temporary) / "1.jsonl")
        print(f"| 1 | {one:.2f} | {count / one:.0f} | 1.00 | yes | {peak:.0f} |")
        for n in jobs:
            seconds, peak = parse(folder, n, Path(temporary) / f"{n}.jsonl")
            same = "yes" if digest(Path(temporary) / f"{n}.jsonl") == reference else "NO"
            print(f"| {n} | {seconds:.2f} | {count / seconds:.0f} | {one / seconds:.2f} | {same} "
                  f"| {peak:.0f} |")  # fmt: skip


def dask_table(count: int) -> None:
    import resource

    import dask.bag
    from distributed import Client, LocalCluster

    from kzjustice.dask import read_files, write_jsonl

    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary) / "articles"
        folder.mkdir()
        paths = corpus(folder, count)
        print(f"\n### {count} articles: one process, `--jobs 2`, Dask on two workers\n")
        print("| how | seconds | articles a second | speed-up | same bytes | peak RSS MB |")
        print("|---|---|---|---|---|---|")
        one, peak = parse(folder, 1, Path(temporary) / "1.jsonl")
        reference = digest(Path(temporary) / "1.jsonl")
        print(f"| one process | {one:.1f} | {count / one:.0f} | 1.00 | yes | {peak:.0f} |")
        two, peak = parse(folder, 2, Path(temporary) / "2.jsonl")
        same = "yes" if digest(Path(temporary) / "2.jsonl") == reference else "NO"
        print(f"| `--jobs 2` | {two:.1f} | {count / two:.0f} | {one / two:.2f} | {same} "
              f"| {peak:.0f} |")  # fmt: skip
        start = time.perf_counter()
        with (
            LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                         dashboard_address=None) as cluster,
            Client(cluster) as client,
        ):  # fmt: skip
            ready = time.perf_counter() - start
            idle = client.run(lambda: resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
            bag = dask.bag.from_sequence([str(p) for p in paths], npartitions=40)
            written = write_jsonl(read_files(bag), str(Path(temporary) / "dask"))
            peaks = client.run(lambda: resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
        seconds = time.perf_counter() - start
        output = b"".join(Path(path).read_bytes() for path in written)
        same = "yes" if hashlib.sha256(output).hexdigest() == reference else "NO"
        worst, before = max(peaks.values()) / 1024, max(idle.values()) / 1024
        print(
            f"| Dask, 2 workers ({ready:.1f} s of it starting the cluster) | {seconds:.1f} "
            f"| {count / seconds:.0f} | {one / seconds:.2f} | {same} "
            f"| {worst:.0f} a worker ({before:.0f} before its first article) |"
        )


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__)
    options.add_argument("--articles", type=int, nargs="+", default=[200, 2000])
    options.add_argument("--jobs", type=int, nargs="+", default=[2])
    options.add_argument("--dask-articles", type=int, default=10_000, help="0 to skip Dask")
    args = options.parse_args()
    print(machine())
    for count in args.articles:
        jobs_table(count, args.jobs)
    if args.dask_articles:
        dask_table(args.dask_articles)


if __name__ == "__main__":
    main()
