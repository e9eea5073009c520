"""Throughput of ``parse_article``: articles per second and MB/s, with what each article yields.

Run: ``.venv/bin/python bench/articles.py``. Times every bundled article (the five seeds and
the test articles) one by one, then a corpus of 2,000 articles built by cycling them, and
prints per-article counts of cases, defendants, sentences, dates and statistics, so that a
change in output shows beside a change in speed.
"""

from __future__ import annotations

import time
from pathlib import Path

import kzjustice
from _corpus import ROOT


def main() -> None:
    paths = sorted(ROOT.glob("seeds/*.txt")) + sorted(ROOT.glob("tests/articles/*.txt"))
    print("| article | KB | ms | cases | defendants | sentences | dates | statistics |")
    print("|---|---|---|---|---|---|---|---|")
    texts = []
    for path in paths:
        text = path.read_text(encoding="utf-8")
        texts.append(text)
        start = time.perf_counter()
        article = kzjustice.parse_article(text)
        elapsed = time.perf_counter() - start
        people = [p for case in article.cases for p in case.defendants]
        sentences = sum(len(p.sentences) for p in people)
        print(f"| {Path(path).name} | {len(text) / 1000:.1f} | {elapsed * 1000:.1f} "
              f"| {len(article.cases)} | {len(people)} | {sentences} | {len(article.dates)} "
              f"| {len(article.statistics)} |")  # fmt: skip
    corpus = [texts[i % len(texts)] for i in range(2000)]
    size = sum(len(t) for t in corpus)
    start = time.perf_counter()
    for text in corpus:
        kzjustice.parse_article(text)
    elapsed = time.perf_counter() - start
    print(f"\n{len(corpus)} articles, {size / 1e6:.1f} MB: {len(corpus) / elapsed:.0f} articles/s, "
          f"{size / elapsed / 1e6:.2f} MB/s on one core")  # fmt: skip


if __name__ == "__main__":
    main()
