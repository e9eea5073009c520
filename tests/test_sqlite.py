from __future__ import annotations

import datetime
import re
import sqlite3
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs
import pytest

from kzjustice import (
    Article,
    Case,
    Charge,
    Defendant,
    Found,
    Kind,
    Sentence,
    Source,
    Span,
    Status,
    Term,
    from_json,
    read_article,
)  # fmt: skip
from kzjustice.sqlite import Written, write_sqlite

ROOT = Path(__file__).parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
INVENTED = sorted((ROOT / "tests" / "merge").glob("*.txt"))
QUERY = re.findall(r"```sql\n(.*?)```", (ROOT / "docs" / "sqlite.md").read_text("utf-8"), re.S)[0]
WITHOUT_YEAR = QUERY.replace(
    "\n  AND c.verdict_earliest >= '2022-01-01' AND c.verdict_latest <= '2022-12-31'", ""
)
TABLES = ("articles", "cases", "defendants", "charges", "sentences", "dates")


def _articles(paths: list[Path]) -> list[Article]:
    return [read_article(path.relative_to(ROOT)) for path in paths]


def _counts(database: Path) -> dict[str, int]:
    with sqlite3.connect(database) as connection:
        return {t: connection.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


def _query(database: Path, sql: str) -> list[tuple[Any, ...]]:
    with sqlite3.connect(database) as connection:
        return connection.execute(sql).fetchall()


@pytest.fixture
def seeds_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(ROOT)
    database = tmp_path / "seeds.db"
    assert write_sqlite(_articles(SEEDS), database) == Written(added=5)
    return database


def test_the_seeds_database_is_sound(seeds_db: Path) -> None:
    assert _query(seeds_db, "PRAGMA integrity_check") == [("ok",)]
    assert _query(seeds_db, "PRAGMA foreign_key_check") == []
    counts = _counts(seeds_db)
    articles = _articles(SEEDS)
    penalties = sum(len(p.sentences) for a in articles for c in a.cases for p in c.defendants)
    dates = sum(len(a.dates) for a in articles)
    assert (counts["articles"], counts["sentences"], counts["dates"]) == (5, penalties, dates)


def test_a_second_run_adds_nothing(seeds_db: Path) -> None:
    before = _counts(seeds_db)
    assert write_sqlite(_articles(SEEDS), seeds_db) == Written(unchanged=5)
    assert _counts(seeds_db) == before


def test_a_changed_record_replaces_its_rows(seeds_db: Path) -> None:
    before = _counts(seeds_db)
    article = _articles(SEEDS[:1])[0]
    newer = attrs.evolve(article, source=attrs.evolve(article.source, published=None))
    assert write_sqlite([newer], seeds_db) == Written(replaced=1)
    assert _counts(seeds_db) == before
    (published,) = _query(
        seeds_db, f"SELECT published FROM articles WHERE path = '{SEEDS[0].relative_to(ROOT)}'"
    )
    assert published == (None,)


def test_the_documented_query_on_the_seeds(seeds_db: Path) -> None:
    assert _query(seeds_db, QUERY) == []  # the one Article 272 verdict has no known year
    rows = _query(seeds_db, WITHOUT_YEAR)
    assert [(r[1], r[2], r[3], r[5]) for r in rows] == [
        ("Akzhol Zhandarbekov", 1, "P4Y", "XXXX-06-11"),
        ("remaining 10 defendants", 10, "P1Y9M", "XXXX-06-11"),
    ]


def test_the_documented_query_with_the_invented_articles(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)
    database = tmp_path / "all.db"
    write_sqlite(_articles(SEEDS + INVENTED), database)
    rows = _query(database, QUERY)
    assert [(r[0], r[1], r[3], r[4], r[5]) for r in rows] == [
        ("Qazaq Daily", "Erlan Jaksybekulu", "P8Y", 8, "2022-06-14"),
        ("Qazaq Daily", "Marat Zhaksybekuly", "P5Y", 5, "2022-06-16"),
        ("Steppe Courier", "Yerlan Zhaksybekuly", "P7Y", 7, "2022-06-14"),
    ]


def test_every_row_quotes_the_text_it_was_read_from(seeds_db: Path) -> None:
    texts = {
        key: (ROOT / path).read_text(encoding="utf-8")
        for key, path in _query(seeds_db, "SELECT article, path FROM articles")
    }
    checked = 0
    with sqlite3.connect(seeds_db) as connection:
        connection.row_factory = sqlite3.Row
        for table in TABLES:
            for row in connection.execute(f"SELECT * FROM {table}"):
                names = row.keys()
                for name in names:
                    if f"{name}_start" in names and row[name] is not None and name != "age":
                        start, end = row[f"{name}_start"], row[f"{name}_end"]
                        assert texts[row["article"]][start:end] == row[name]
                        checked += 1
                if "start" in names:
                    assert texts[row["article"]][row["start"] : row["end"]] == row["text"]
                    checked += 1
    assert checked > 60


def test_the_record_column_reads_back(seeds_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for path, record in _query(seeds_db, "SELECT path, record FROM articles"):
        assert from_json(record, Article) == read_article(path)


def _found(value: Any, text: str, start: int = 0) -> Found[Any]:
    return Found(value=value, span=Span(start, start + len(text)), text=text)


def test_what_schema_version_2_allows_is_stored(tmp_path: Path) -> None:
    group = Defendant(
        count=None,
        group=_found("other members of the group", "other members of the group"),
        charges=(_found(Charge(text="unlicensed beekeeping"), "unlicensed beekeeping"),),
        sentences=(
            _found(
                Sentence(
                    kind=Kind.IMPRISONMENT, status=Status.IMPOSED, term=Term(years=Decimal("15.6"))
                ),
                "15.6 years",
            ),
            _found(
                Sentence(
                    kind=Kind.BAN, status=Status.IMPOSED, term=Term(years=3), detail="driving"
                ),
                "banned from driving for three years",
            ),
        ),
    )
    article = Article(
        source=Source(published=datetime.date(2023, 1, 1)), cases=(Case(defendants=(group,)),)
    )
    database = tmp_path / "k.db"
    write_sqlite([article], database)
    assert _query(database, "SELECT count, group_phrase FROM defendants") == [
        (None, "other members of the group")
    ]
    assert _query(database, "SELECT key, statute_article, text FROM charges") == [
        (None, None, "unlicensed beekeeping")
    ]
    assert _query(database, "SELECT kind, term, years, detail FROM sentences ORDER BY number") == [
        ("imprisonment", "P15.6Y", 15.6, None),
        ("ban", "P3Y", 3, "driving"),
    ]


def test_the_command_writes_the_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from kzjustice.cli import main

    monkeypatch.chdir(ROOT)
    database = tmp_path / "cli.db"
    assert main(["parse", "seeds", "--format", "sqlite", "--output", str(database)]) == 0
    assert main(["parse", "seeds", "--format", "sqlite", "--output", str(database)]) == 0
    assert "0 articles added, 0 replaced, 5 unchanged" in capsys.readouterr().err
    assert _counts(database)["articles"] == 5
    with pytest.raises(SystemExit) as info:
        main(["parse", "seeds", "--format", "sqlite"])
    assert info.value.code == 2
