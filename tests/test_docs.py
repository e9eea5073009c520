"""The documentation's examples are real: they load, validate and round-trip."""

from __future__ import annotations

import json
import re
from pathlib import Path

import jsonschema
import pytest

from kzjustice import Article, from_json, json_schema, to_json
from kzjustice.cli import main
from kzjustice.tables import PENALTY_COLUMNS, PERSON_COLUMNS

DOCS = Path(__file__).parent.parent / "docs"


def test_model_md_example_loads_validates_and_round_trips() -> None:
    text = (DOCS / "model.md").read_text(encoding="utf-8")
    (block,) = re.findall(r"```json\n(.*?)```", text, flags=re.DOTALL)
    article = from_json(block, Article)
    jsonschema.validate(json.loads(block), json_schema(Article), jsonschema.Draft202012Validator)
    assert to_json(article, indent=2) == block.strip()


def test_model_md_example_spans_slice_the_seed_it_quotes() -> None:
    seed = (DOCS.parent / "seeds" / "004_f46ba8bb5feeb82f.txt").read_text(encoding="utf-8")
    block = re.findall(r"```json\n(.*?)```", (DOCS / "model.md").read_text("utf-8"), re.DOTALL)[0]

    def walk(node: object) -> None:
        if isinstance(node, dict):
            if {"span", "text"} <= node.keys():
                span = node["span"]
                assert seed[span["start"] : span["end"]] == node["text"]
            for child in node.values():
                walk(child)
        elif isinstance(node, list):
            for child in node:
                walk(child)

    walk(json.loads(block))


def test_cli_md_example_is_real_output(capsys: pytest.CaptureFixture[str]) -> None:
    text = (DOCS / "cli.md").read_text(encoding="utf-8")
    (block,) = re.findall(r"```text\n(.*?)```", text, flags=re.DOTALL)
    seed = DOCS.parent / "seeds" / "004_f46ba8bb5feeb82f.txt"
    assert main(["parse", str(seed.relative_to(DOCS.parent)), "--format", "table"]) == 0
    assert capsys.readouterr().out == block


def _documented_columns(page: str, heading: str) -> list[str]:
    text = (DOCS / page).read_text(encoding="utf-8")
    section = text.split(f"## {heading}", 1)[1].split("\n## ", 1)[0]
    cells = re.findall(r"^\| (`[^|]+`) \|", section, flags=re.MULTILINE)
    return [name for cell in cells for name in re.findall(r"`([a-z_]+)`", cell)]


def test_csv_md_lists_every_column_in_order() -> None:
    shared = _documented_columns("csv.md", "Columns of both tables")
    penalties = _documented_columns("csv.md", "Columns of the penalty table only")
    people = _documented_columns("csv.md", "Columns of the people table only")
    assert tuple(shared + penalties) == PENALTY_COLUMNS
    assert tuple(shared + people) == PERSON_COLUMNS
