"""Score the reader on the blind test split (``tests/heldout/``), never used for tuning.

Run: ``.venv/bin/python bench/heldout.py`` for the figures of every set, micro-averaged:

- pairs: (defendant, penalty) pairs; a defendant is its name (compared without case, dots or
  extra spaces) or, unnamed, its count; a penalty is (kind, status, term, fine);
- penalties read: the distinct penalties of each article, whoever they go to;
- named defendants: the defendants' names;
- source: the published date and the outlet right;
- snippets: penalty snippets fully right, and near-misses with a false positive;
- Russian date snippets: each date found with the value and modifier of a gold date it
  overlaps is right; a date found that overlaps none is extra.

``--details`` lists, per article, what was missed and what was extra: for correcting a gold
error, never for tuning (see ``tests/heldout/README.md``).
"""

from __future__ import annotations

import argparse
import ast
import datetime
import importlib.util
import json
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import kzjustice
from _corpus import ROOT
from kzjustice import Article, Found, Sentence

HELDOUT = ROOT / "tests" / "heldout"
DEVELOPMENT = ROOT / "tests" / "reader"

Pair = tuple[Any, ...]


def _name(text: str) -> str:
    return " ".join(text.lower().replace(".", " ").removesuffix("'s").split())


def _penalty(kind: str, status: str, term: str | None, fine: str | None) -> Pair:
    return (kind, status, term, fine)


def _found_penalty(sentence: Sentence) -> Pair:
    fine = sentence.fine
    return _penalty(
        sentence.kind.value,
        sentence.status.value,
        sentence.term.iso if sentence.term else None,
        f"{fine.amount} {fine.currency}" if fine else None,
    )


def _gold_penalty(row: dict[str, Any]) -> Pair:
    return _penalty(row["kind"], row["status"], row.get("term"), row.get("fine"))


def _who(name: str | None, count: int | None) -> Any:
    return _name(name) if name else ("#", count)


def got(article: Article) -> dict[str, Any]:
    """What the parser read, in the gold's terms."""
    people = [p for case in article.cases for p in case.defendants]
    pairs = [
        (_who(p.name.value if p.name else None, p.count), *_found_penalty(s.value))
        for p in people
        for s in p.sentences
    ]
    laws: Iterable[Found[Sentence]] = article.laws
    return {
        "pairs": pairs,
        "penalties": {pair[1:] for pair in pairs} | {_found_penalty(s.value) for s in laws},
        "names": {_name(p.name.value) for p in people if p.name},
        "published": article.source.published.isoformat() if article.source.published else None,
        "outlet": article.source.outlet.value.lower() if article.source.outlet else None,
    }


def gold(record: dict[str, Any]) -> dict[str, Any]:
    """What the hand-written gold says, in the same terms."""
    people = record["defendants"]
    pairs = [
        (_who(p["name"], p["count"]), *_gold_penalty(s)) for p in people for s in p["sentences"]
    ]
    laws = {_gold_penalty(s) for s in record.get("laws", [])}
    return {
        "pairs": pairs,
        "penalties": {pair[1:] for pair in pairs} | laws,
        "names": {_name(p["name"]) for p in people if p["name"]},
        "published": record.get("published"),
        "outlet": (record.get("outlet") or "").lower() or None,
    }


class Score:
    """Counts for precision and recall."""

    def __init__(self) -> None:
        self.right = self.found = self.expected = 0

    def add(self, mine: Iterable[Any], theirs: Iterable[Any]) -> None:
        """Count one article's items found and expected."""
        a, b = Counter(mine), Counter(theirs)
        self.right += sum((a & b).values())
        self.found += sum(a.values())
        self.expected += sum(b.values())

    def __str__(self) -> str:
        p = self.right / self.found if self.found else 1.0
        r = self.right / self.expected if self.expected else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return (
            f"F1 {f:.2f} (P {p:.3f} / R {r:.3f}; {self.right} of {self.expected} gold,"
            f" {self.found} found)"
        )


def score_articles(folder: Path, *, details: bool) -> None:
    paths = sorted(folder.glob("*.gold.json"))
    if not paths:
        return
    scores = {key: Score() for key in ("pairs", "penalties", "names")}
    source = Counter[str]()
    for path in paths:
        text = path.with_name(path.name.replace(".gold.json", ".txt")).read_text(encoding="utf-8")
        theirs = gold(json.loads(path.read_text(encoding="utf-8")))
        mine = got(kzjustice.parse_article(text))
        for key, score in scores.items():
            score.add(mine[key], theirs[key])
        source["published"] += mine["published"] == theirs["published"]
        source["outlet"] += mine["outlet"] == theirs["outlet"]
        if details:
            missed = Counter(theirs["pairs"]) - Counter(mine["pairs"])
            extra = Counter(mine["pairs"]) - Counter(theirs["pairs"])
            if missed or extra:
                print(f"  {path.name}")
                for pair in sorted(missed, key=str):
                    print(f"    missed {pair}")
                for pair in sorted(extra, key=str):
                    print(f"    extra  {pair}")
    print(f"{folder.name}: {len(paths)} articles")
    print(f"  pairs            {scores['pairs']}")
    print(f"  penalties read   {scores['penalties']}")
    print(f"  named defendants {scores['names']}")
    print(
        f"  source           published {source['published']}/{len(paths)},"
        f" outlet {source['outlet']}/{len(paths)}"
    )


def _sections(path: Path) -> list[str]:
    """The section of each snippet: the "# 1. FORMS"-style comment above it."""
    source = path.read_text(encoding="utf-8")
    tree = ast.parse(source)
    rows = next(
        node.value
        for node in tree.body
        if isinstance(node, ast.AnnAssign) and isinstance(node.value, ast.List)
    )
    assert isinstance(rows, ast.List)
    headings = [
        (number, line.strip("# ").split(".", 1)[1].strip().lower())
        for number, line in enumerate(source.splitlines(), 1)
        if line.strip()[:2] == "# " and line.strip()[2:3].isdigit() and line.strip()[3:5] == ". "
    ]
    return [
        next((name for number, name in reversed(headings) if number < row.lineno), "")
        for row in rows.elts
    ]


def score_snippets(path: Path, *, details: bool) -> None:
    if not path.exists():
        return
    module = _module(path)
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    negatives = false_positives = 0
    for section, (text, expected) in zip(_sections(path), module.SNIPPETS, strict=True):
        found = [_found_penalty(f.value) for f in kzjustice.find_sentences(text)]
        wanted = [(*row, None)[:4] for row in expected]
        for key in (section, "all"):
            total[key] += 1
            right[key] += found == wanted
        if not expected:
            negatives += 1
            false_positives += bool(found)
        if details and found != wanted:
            print(f"  {text}\n    got    {found}\n    wanted {wanted}")
    print("penalty snippets:")
    for key in total:
        print(f"  {key:<16} {right[key]}/{total[key]} fully right ({right[key] / total[key]:.0%})")
    print(f"  false positives  {false_positives} on {negatives} near-misses")


def _module(path: Path) -> Any:
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def score_dates(path: Path, *, details: bool) -> None:
    if not path.exists():
        return
    values, mentions = Score(), Score()
    for row, (reference, text, expected) in enumerate(_module(path).SNIPPETS):
        found = kzjustice.find_dates(text, reference=datetime.date.fromisoformat(reference))
        spans = [(text.index(mention), mention, value, mod) for mention, value, mod in expected]
        theirs = [(row, start, value, mod) for start, _, value, mod in spans]
        mine = []
        for date in found:
            start = next(
                (
                    start
                    for start, mention, _, _ in spans
                    if date.span.start < start + len(mention) and start < date.span.end
                ),
                date.span.start,
            )
            mod = date.value.mod.value if date.value.mod else None
            mine.append((row, start, date.value.value, mod))
        values.add(mine, theirs)
        mentions.add([(row, f.text) for f in found], [(row, m) for m, _, _ in expected])
        if details and sorted(mine) != sorted(theirs):
            print(f"  {reference} {text}\n    got    {mine}\n    wanted {theirs}")
    print("Russian date snippets:")
    print(f"  values           {values}")
    print(f"  mentions exact   {mentions}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--details", action="store_true", help="per-article misses and extras")
    parser.add_argument(
        "--development",
        action="store_true",
        help="score the development articles in tests/reader/ instead, which may be tuned on",
    )
    args = parser.parse_args()
    root = DEVELOPMENT if args.development else HELDOUT
    for folder in ("en", "ru"):
        score_articles(root / folder, details=args.details)
    if not args.development:
        score_snippets(HELDOUT / "blind_penalty_snippets.py", details=args.details)
        score_dates(HELDOUT / "ru_date_snippets.py", details=args.details)


if __name__ == "__main__":
    main()
