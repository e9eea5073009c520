"""The Dask backend on a local cluster of two worker processes: the command line's records."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from dask import bag
from distributed import Client, LocalCluster

from kzjustice import read_article, to_json
from kzjustice.dask import TABLES, parse_texts, read_files, write_jsonl, write_parquet

ROOT = Path(__file__).parent.parent
PATHS = sorted(str(p) for p in ROOT.glob("seeds/*.txt"))


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    with (
        LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        Client(cluster) as client,
    ):
        yield client


def test_files_read_on_the_workers_give_the_records_of_the_command_line(
    client: Client, tmp_path: Path
) -> None:
    articles = read_files(bag.from_sequence(PATHS, npartitions=2))
    written = write_jsonl(articles, str(tmp_path))
    assert [Path(p).name for p in written] == ["part-00000.jsonl", "part-00001.jsonl"]
    lines = "".join(Path(p).read_text(encoding="utf-8") for p in written)
    assert lines == "".join(to_json(read_article(path)) + "\n" for path in PATHS)
    assert len({info["id"] for info in client.scheduler_info()["workers"].values()}) == 2


def test_parquet_tables_hold_every_row_with_its_evidence(client: Client, tmp_path: Path) -> None:
    texts = [Path(path).read_text(encoding="utf-8") for path in PATHS]
    articles = parse_texts(bag.from_sequence(texts, npartitions=2))
    written = write_parquet(articles, str(tmp_path))
    assert len(written) == 2 * len(TABLES)
    expected = [read_article(path) for path in PATHS]
    for table, (columns, rows) in TABLES.items():
        read = pq.read_table(tmp_path / table).to_pylist()
        assert tuple(pq.read_schema(next((tmp_path / table).iterdir())).names) == columns
        assert len(read) == sum(1 for article in expected for _ in rows(article))
    sentences = pq.read_table(tmp_path / "sentences").to_pylist()
    by_key = {row["article"]: text for row, text in zip(
        pq.read_table(tmp_path / "articles").to_pylist(), texts, strict=True
    )}  # fmt: skip
    for row in sentences:
        assert by_key[row["article"]][row["start"] : row["end"]] == row["evidence"]
        start, end = map(int, row["person_span"].split(":")) if row["person_span"] else (0, 0)
        assert by_key[row["article"]][start:end] == (row["person"] or "")
