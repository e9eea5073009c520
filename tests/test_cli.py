from __future__ import annotations

import csv
import datetime
import hashlib
import io
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

import kzjustice
from kzjustice import Article, from_json, json_schema
from kzjustice.cli import main
from kzjustice.tables import PENALTY_COLUMNS, PERSON_COLUMNS

SEEDS = Path(__file__).parent.parent / "seeds"
SEED = SEEDS / "004_f46ba8bb5feeb82f.txt"
STORY = "A court in Taraz sentenced Ivan Petrov to two years in prison on Monday.\n"


def _stdin(monkeypatch: pytest.MonkeyPatch, data: bytes, *, tty: bool = False) -> None:
    class Stdin(io.TextIOWrapper):
        def isatty(self) -> bool:
            return tty

    monkeypatch.setattr(sys, "stdin", Stdin(io.BytesIO(data), encoding="utf-8"))


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def _run(*argv: str, stdin: bytes = b"") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kzjustice", *argv],
        input=stdin.decode("latin-1"), capture_output=True, text=True, encoding="latin-1",
        check=False,
    )  # fmt: skip


def test_jsonl_lines_are_article_records_valid_under_the_printed_schema(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert main(["parse", str(SEEDS), "--format", "jsonl"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 5
    for line in lines:
        jsonschema.validate(json.loads(line), schema, cls=jsonschema.Draft202012Validator)
        article = from_json(line, Article)
        assert article.source.path is not None
        data = Path(article.source.path).read_bytes()
        text = data.decode("utf-8")
        assert all(text[f.span.start : f.span.end] == f.text for f in kzjustice.evidence(article))
        assert article.source.sha256 == hashlib.sha256(data).hexdigest()


def test_json_is_one_array_of_the_same_records(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(SEED)]) == 0
    out = capsys.readouterr().out
    (record,) = json.loads(out)
    article = from_json(json.dumps(record), Article)
    assert article.source.published == datetime.date(2022, 12, 25)
    assert from_json(out, tuple[Article, ...]) == (article,)


def test_an_empty_folder_is_an_error_not_an_empty_result(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    (tmp_path / "notes.md").write_text("not an article", encoding="utf-8")
    assert main(["parse", str(tmp_path)]) == 1
    captured = capsys.readouterr()
    assert json.loads(captured.out) == []
    assert str(tmp_path) in captured.err and "*.txt" in captured.err


def test_no_path_reads_standard_input(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _stdin(monkeypatch, STORY.encode())
    assert main(["parse", "--published", "2024-01-10", "--format", "jsonl"]) == 0
    article = from_json(capsys.readouterr().out, Article)
    assert article.source.path == "-"
    assert article.source.published is not None
    assert article.source.published.isoformat() == "2024-01-10"
    assert article.dates[0].value.value == "2024-01-08"


@pytest.mark.parametrize("source", ["file", "stdin"])
def test_files_and_standard_input_are_decoded_alike(
    source: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:  # fmt: skip
    data = "Kazakhstan: Taraz café owner jailed for two years\n\nIvan Petrov was jailed.".encode(
        "cp1252"
    )
    path = tmp_path / "story.txt"
    path.write_bytes(data)
    name = str(path) if source == "file" else "-"
    _stdin(monkeypatch, data)
    assert main(["parse", name, "--format", "jsonl"]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert f"{name}: not utf-8 text: byte 0xe9 at offset 21" in captured.err
    _stdin(monkeypatch, data)
    assert main(["parse", name, "--format", "jsonl", "--encoding", "cp1252"]) == 0
    article = from_json(capsys.readouterr().out, Article)
    assert any("café" in f.text for f in kzjustice.evidence(article))


def test_an_unknown_encoding_is_a_usage_error() -> None:
    with pytest.raises(SystemExit) as info:
        main(["parse", str(SEED), "--encoding", "klingon"])
    assert info.value.code == 2


def test_crlf_spans_are_offsets_into_the_text_as_read(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "crlf.txt"
    path.write_bytes(SEED.read_bytes().replace(b"\n", b"\r\n"))
    assert main(["parse", str(path), "--format", "jsonl"]) == 0
    article = from_json(capsys.readouterr().out, Article)
    with open(path, encoding="utf-8", newline="") as file:
        text = file.read()
    assert "\r\n" in text
    found = list(kzjustice.evidence(article))
    assert len(found) > 20
    assert all(text[f.span.start : f.span.end] == f.text for f in found)


def test_a_byte_order_mark_is_not_text(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + STORY.encode())
    assert main(["parse", str(path), "--format", "jsonl"]) == 0
    article = from_json(capsys.readouterr().out, Article)
    place = article.cases[0].place
    assert place is not None
    assert STORY[place.span.start : place.span.end] == "Taraz"


def test_unreadable_inputs_are_named_and_the_rest_still_parsed(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    broken = tmp_path / "broken.txt"
    broken.write_bytes(b"\xff\xfe not utf-8")
    argv = ["parse", str(tmp_path / "missing.txt"), str(broken), str(SEEDS), "--format", "jsonl"]
    assert main(argv) == 1
    captured = capsys.readouterr()
    assert "missing.txt: No such file" in captured.err
    assert "broken.txt: not utf-8 text: byte 0xff at offset 0" in captured.err
    assert len(captured.out.splitlines()) == 5


@pytest.mark.parametrize(
    "argv",
    [
        ["parse", "x", "--format", "xml"],
        ["parse", "x", "--published", "May 2"],
        ["parse", "x", "--published", "2023-02-30"],
        [],
    ],
)
def test_usage_errors_exit_2(argv: list[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(argv)
    assert info.value.code == 2


def test_version_names_the_package_and_schema_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    out = capsys.readouterr().out
    assert out.strip() == (
        f"kzjustice {kzjustice.__version__} (article schema version {kzjustice.SCHEMA_VERSION})"
    )


def test_progress_is_a_cleared_line_with_count_and_rate_on_a_terminal(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert main(["parse", str(SEEDS), "--format", "jsonl"]) == 0
    shown = terminal.getvalue()
    assert "\r\x1b[Kkzjustice: 4/5 articles, " in shown and " a second" in shown
    assert shown.endswith("\r\x1b[K")  # nothing is left on the line
    assert "\n" not in shown
    assert len(capsys.readouterr().out.splitlines()) == 5


def test_no_progress_when_standard_error_is_not_a_terminal(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["parse", str(SEEDS), "--format", "jsonl"]) == 0
    assert capsys.readouterr().err == ""


def test_ctrl_c_closes_the_json_and_exits_130_without_a_traceback() -> None:
    # The seed is read and written, then the command waits on standard input: interrupt it.
    process = subprocess.Popen(
        [sys.executable, "-m", "kzjustice", "parse", str(SEED), "-"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip
    assert process.stdout is not None and process.stderr is not None
    out = b""
    while True:
        out += os.read(process.stdout.fileno(), 1 << 16)
        try:
            json.loads(out[1:])
            break
        except ValueError:
            continue
    process.send_signal(signal.SIGINT)
    rest, err = process.communicate(timeout=60)
    assert process.returncode == 130
    (record,) = json.loads(out + rest)
    assert record["source"]["path"] == str(SEED)
    assert b"Traceback" not in err
    assert b"kzjustice: interrupted after " in err


def test_table_shows_control_characters_as_escapes(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    text = (
        "Kazakhstan: Court jails former police officer in Taraz \x1b[2J\x1b]0;pwned\x07\n\n"
        "A court in Taraz sentenced Ivan Petrov to two years in prison."
    )
    path = tmp_path / "escape.txt"
    path.write_text(text, encoding="utf-8")
    assert main(["parse", str(path), "--format", "table"]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x07" not in out
    assert "\\x1b[2J" in out


def test_table_of_a_group_of_unstated_size(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _stdin(
        monkeypatch,
        b"A court in Taraz sentenced Ivan Petrov and other members of the group to two years.",
    )
    assert main(["parse", "--format", "table"]) == 0
    assert "(None)" not in capsys.readouterr().out


def test_csv_has_a_row_per_penalty_with_numeric_terms_and_evidence(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    people = tmp_path / "people.csv"
    seed = SEEDS / "002_a092b713cc7d5c78.txt"
    assert main(["parse", str(seed), "--format", "csv", "--people", str(people)]) == 0
    text = seed.read_text(encoding="utf-8")
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert tuple(rows[0]) == PENALTY_COLUMNS
    assert [(r["person"], r["group"], r["count"], r["term"]) for r in rows] == [
        ("Akzhol Zhandarbekov", "", "1", "P4Y"),
        ("", "remaining 10 defendants", "10", "P1Y9M"),
        ("Kazybek Kudaibergenov", "", "1", "P17Y"),
        ("Nursultan Isaev", "", "1", "P15Y"),
    ]
    second = rows[1]
    assert (float(second["years"]), float(second["months"]), float(second["days"])) == (1, 9, 0)
    assert float(second["low_days"]) == float(second["high_days"]) == pytest.approx(639.19)
    assert text[int(second["start"]) : int(second["end"])] == second["evidence"]
    start, end = map(int, second["group_span"].split(":"))
    assert text[start:end] == second["group"]
    assert "invasion of a building" in rows[0]["charges"]
    assert rows[0]["statutes"].split(" | ")[1] == ""  # a charge the taxonomy does not know
    assert all(not r["verdict_date"] or "X" not in r["verdict_earliest"] for r in rows)
    with people.open(encoding="utf-8", newline="") as file:
        persons = list(csv.DictReader(file))
    assert tuple(persons[0]) == PERSON_COLUMNS
    assert sum(int(p["count"]) for p in persons) == 13  # each defendant counted once


def test_csv_for_excel_starts_with_a_byte_order_mark(tmp_path: Path) -> None:
    done = _run("parse", str(SEED), "--format", "csv", "--excel")
    assert done.returncode == 0, done.stderr
    assert done.stdout.encode("latin-1").startswith(b"\xef\xbb\xbfarticle,path,")


def test_schema_prints_the_article_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    assert json.loads(capsys.readouterr().out) == json_schema(Article)


def test_python_dash_m_runs_the_same_command() -> None:
    done = _run("parse", str(SEEDS / "003_6a823819ce01c82e.txt"), "--format", "jsonl")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["source"]["path"].endswith("003_6a823819ce01c82e.txt")


def test_table_marks_a_charge_outside_the_taxonomy(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(SEEDS / "002_a092b713cc7d5c78.txt"), "--format", "table"]) == 0
    assert "charge: invasion of a building [not in taxonomy]" in capsys.readouterr().out


@pytest.mark.parametrize("output", ["json", "jsonl", "csv", "table"])
def test_jobs_write_the_same_bytes_in_the_same_order(
    output: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    broken = tmp_path / "broken.txt"
    broken.write_bytes(b"\xff\xfe not utf-8")
    argv = ["parse", str(SEEDS), str(broken), str(SEED), "--format", output]
    assert main(argv) == 1
    alone = capsys.readouterr()
    for jobs in ("2", "3"):
        assert main([*argv, "--jobs", jobs]) == 1
        assert capsys.readouterr() == alone


@pytest.mark.parametrize("jobs", ["0", "-1", "two"])
def test_jobs_below_one_are_a_usage_error(jobs: str) -> None:
    with pytest.raises(SystemExit) as info:
        main(["parse", str(SEED), "--jobs", jobs])
    assert info.value.code == 2


def test_ctrl_c_with_jobs_closes_the_json_and_exits_130() -> None:
    # Standard input is read once the records before it are written: interrupt the wait.
    process = subprocess.Popen(
        [sys.executable, "-m", "kzjustice", "parse", str(SEED), str(SEED), "-", "--jobs", "2"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip
    assert process.stdout is not None
    out = b""
    while out.count(b'"source"') < 2:
        read = os.read(process.stdout.fileno(), 1 << 16)
        assert read, "the command ended before writing two records"
        out += read
    process.send_signal(signal.SIGINT)
    rest, err = process.communicate(timeout=60)
    assert process.returncode == 130
    assert len(json.loads(out + rest)) == 2
    assert b"Traceback" not in err
    assert b"kzjustice: interrupted after " in err
