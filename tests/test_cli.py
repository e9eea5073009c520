from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from kzjustice import Article, from_dict, json_schema
from kzjustice.cli import CSV_COLUMNS, main

SEEDS = Path(__file__).parent.parent / "seeds"


def test_jsonl_on_the_seeds_folder(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(SEEDS), "--format", "jsonl"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 5
    for line in lines:
        record = json.loads(line)
        article = from_dict(record["article"], Article)
        text = Path(record["path"]).read_text(encoding="utf-8")
        for case in article.cases:
            for person in case.defendants:
                for sentence in person.sentences:
                    assert text[sentence.span.start : sentence.span.end] == sentence.text


def test_json_is_one_array(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(SEEDS / "004_f46ba8bb5feeb82f.txt")]) == 0
    (record,) = json.loads(capsys.readouterr().out)
    assert record["article"]["source"]["published"] == "2022-12-25"


def test_json_with_nothing_read_is_an_empty_array(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    assert main(["parse", str(tmp_path)]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_csv_has_a_row_per_defendant_and_sentence(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(SEEDS / "002_a092b713cc7d5c78.txt"), "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert [(r["defendant"], r["term"]) for r in rows] == [
        ("Akzhol Zhandarbekov", "P4Y"),
        ("remaining 10 defendants", "P1Y9M"),
        ("Kazybek Kudaibergenov", "P17Y"),
        ("Nursultan Isaev", "P15Y"),
    ]
    assert rows[0]["evidence"] == "four years in prison"


def test_table_is_readable(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(SEEDS / "000_c422caf946a911a1.txt"), "--format", "table"]) == 0
    out = capsys.readouterr().out
    assert "Serik Kudebayev (58, head of police for the Almaty region)" in out
    assert "requested imprisonment P9Y" in out


def test_stdin_and_published(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    text = "A court in Taraz sentenced Ivan Petrov to two years in prison on Monday."
    monkeypatch.setattr(sys, "stdin", io.StringIO(text))
    assert main(["parse", "-", "--published", "2024-01-10", "--format", "jsonl"]) == 0
    article = json.loads(capsys.readouterr().out)["article"]
    assert article["source"]["published"] == "2024-01-10"
    assert article["dates"][0]["value"]["value"] == "2024-01-08"


def test_unreadable_input_is_named_and_the_rest_still_parsed(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    broken = tmp_path / "broken.txt"
    broken.write_bytes(b"\xff\xfe not utf-8")
    status = main(["parse", str(tmp_path / "missing.txt"), str(broken), str(SEEDS), "--format",
                   "jsonl"])  # fmt: skip
    captured = capsys.readouterr()
    assert status == 1
    assert "missing.txt" in captured.err and "broken.txt" in captured.err
    assert len(captured.out.splitlines()) == 5


@pytest.mark.parametrize(
    "argv",
    [["parse"], ["parse", "x", "--format", "xml"], ["parse", "x", "--published", "May 2"], []],
)
def test_usage_errors_exit_2(argv: list[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(argv)
    assert info.value.code == 2


def test_schema_prints_the_article_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    assert json.loads(capsys.readouterr().out) == json_schema(Article)


def test_python_dash_m_runs_the_same_command() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "kzjustice", "parse", str(SEEDS / "003_6a823819ce01c82e.txt"),
         "--format", "jsonl"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["path"].endswith("003_6a823819ce01c82e.txt")
