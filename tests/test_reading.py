"""Many articles read at once: the same records in the same order, in one process or several."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from kzjustice import InputError, read_article, read_articles, to_json
from kzjustice.reading import BATCH, IN_FLIGHT, parse_many

ROOT = Path(__file__).parent.parent
PATHS = sorted(ROOT.glob("seeds/*.txt")) + sorted(ROOT.glob("tests/articles/*.txt"))[:3]


def test_read_articles_in_processes_gives_the_records_of_one_by_one() -> None:
    alone = [to_json(read_article(path)) for path in PATHS]
    assert [to_json(a) for a in read_articles(PATHS)] == alone
    assert [to_json(a) for a in read_articles(PATHS, jobs=2)] == alone


def test_read_articles_raises_at_the_file_that_cannot_be_read(tmp_path: Path) -> None:
    broken = tmp_path / "broken.txt"
    broken.write_bytes(b"Jailed \xff")
    articles = read_articles([PATHS[0], broken, PATHS[1]], jobs=2)
    assert next(articles).source.path == str(PATHS[0])
    with pytest.raises(InputError, match="offset 7"):
        next(articles)


def test_parse_many_keeps_each_outcome_in_its_place(tmp_path: Path) -> None:
    missing = str(tmp_path / "missing.txt")
    inputs = [(str(p), p.read_bytes) for p in PATHS[:2]]
    inputs.insert(1, (missing, Path(missing).read_bytes))
    names = [name for name, _ in inputs]
    outcomes = list(parse_many(inputs, jobs=2))
    assert [name for name, _ in outcomes] == names
    assert isinstance(outcomes[1][1], FileNotFoundError)


def test_parse_many_reads_ahead_only_a_few_inputs_per_worker() -> None:
    taken: list[int] = []

    def endless() -> Iterator[tuple[str, Callable[[], bytes]]]:
        for index in itertools.count():
            taken.append(index)
            yield f"{index}.txt", lambda: b"A court in Taraz jailed Ivan Petrov for two years."

    outcomes = parse_many(endless(), jobs=2)
    for _ in range(3):
        next(outcomes)
    assert len(taken) <= 3 + (IN_FLIGHT * 2 + 1) * BATCH
    outcomes.close()


def test_jobs_below_one_is_an_error() -> None:
    with pytest.raises(ValueError, match="jobs"):
        next(parse_many([], jobs=0))


def test_parse_many_makes_what_then_makes_in_the_workers() -> None:
    inputs = [(str(p), p.read_bytes) for p in PATHS[:3]]
    alone = [(name, to_json(article)) for name, article in parse_many(inputs)]
    assert list(parse_many(inputs, jobs=2, then=to_json)) == alone
    assert list(parse_many(inputs, then=to_json)) == alone
