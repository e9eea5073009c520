from __future__ import annotations

import datetime
import io
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

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
    read_article,
)  # fmt: skip
from kzjustice.cli import main

followthemoney = pytest.importorskip("followthemoney")
from followthemoney import model  # noqa: E402
from followthemoney.proxy import EntityProxy  # noqa: E402

from kzjustice.ftm import entities, write_ftm  # noqa: E402

if TYPE_CHECKING:
    from followthemoney.schema import ValidationData

ROOT = Path(__file__).parent.parent
PATHS = sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT / "tests" / "merge").glob("*.txt"))


def _written(articles: list[Article]) -> list[dict[str, Any]]:
    out = io.StringIO()
    count = write_ftm(articles, out)
    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    assert len(lines) == count
    return lines


@pytest.fixture(scope="module")
def corpus() -> list[dict[str, Any]]:
    return _written([read_article(path) for path in PATHS])


def test_every_entity_is_valid_followthemoney(corpus: list[dict[str, Any]]) -> None:
    ids = {entity["id"] for entity in corpus}
    assert len(ids) == len(corpus)  # no two entities share an id
    for data in corpus:
        schema = model.get(data["schema"])
        assert schema is not None and not schema.abstract
        schema.validate(cast("ValidationData", data))  # raises InvalidData naming the property
        for name in schema.required:
            assert data["properties"].get(name), (data["schema"], name)
        cleaned = EntityProxy.from_dict(data, cleaned=False)  # FtM's own cleaning
        assert cleaned.to_dict()["properties"] == data["properties"]
        for name, values in data["properties"].items():
            if schema.properties[name].type.name == "entity":
                assert set(values) <= ids, f"{data['schema']}.{name} points outside"


def test_the_schemata_used(corpus: list[dict[str, Any]]) -> None:
    used = {entity["schema"] for entity in corpus}
    assert used == {"Article", "Person", "Mention", "CourtCase", "CourtCaseParty", "Sanction"}
    people = [e for e in corpus if e["schema"] == "Person"]
    assert {"Erlan Jaksybekulu", "Akzhol Zhandarbekov"} <= {
        p["properties"]["name"][0] for p in people
    }


def test_only_imposed_penalties_of_named_people_are_sanctions(
    corpus: list[dict[str, Any]],
) -> None:
    sanctions = [e["properties"] for e in corpus if e["schema"] == "Sanction"]
    assert all(s["provisions"][0].startswith("imposed ") for s in sanctions)
    notes = [
        n for e in corpus if e["schema"] == "CourtCase" for n in e["properties"].get("notes", [])
    ]
    assert any(n.startswith("Erlan Jaksybekulu: requested imprisonment P9Y") for n in notes)
    assert any(n.startswith("remaining 10 defendants (a group of 10): imposed") for n in notes)


def test_ids_are_the_same_on_every_run() -> None:
    article = read_article(PATHS[0])
    assert [e.id for e in entities(article)] == [e.id for e in entities(read_article(PATHS[0]))]


def _found(value: Any, text: str) -> Found[Any]:
    return Found(value=value, span=Span(0, len(text)), text=text)


def test_a_charge_outside_the_taxonomy_is_kept_and_a_group_of_unstated_size_noted() -> None:
    person = Defendant(
        name=_found("Dana Ospan", "Dana Ospan"),
        charges=(_found(Charge(text="unlicensed beekeeping"), "unlicensed beekeeping"),),
        sentences=(_found(Sentence(kind=Kind.FINE, status=Status.IMPOSED), "fined"),),
    )
    group = Defendant(
        count=None,
        group=_found("other members of the group", "other members of the group"),
        sentences=(
            _found(
                Sentence(
                    kind=Kind.BAN, status=Status.IMPOSED, term=Term(years=3), detail="driving"
                ),
                "banned from driving for three years",
            ),
        ),
    )
    article = Article(
        source=Source(published=datetime.date(2023, 1, 1)),
        cases=(Case(defendants=(person, group)),),
    )
    data = _written([article])
    (sanction,) = [e["properties"] for e in data if e["schema"] == "Sanction"]
    assert sanction["reason"] == ["unlicensed beekeeping"]
    (case,) = [e["properties"] for e in data if e["schema"] == "CourtCase"]
    assert case["notes"] == [
        "other members of the group (a group of unstated size): imposed ban P3Y (driving), "
        "\u201cbanned from driving for three years\u201d (characters 0\u201335)"
    ]


def test_the_command_writes_entities(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(PATHS[0]), "--format", "ftm"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert json.loads(lines[0])["schema"] == "Article"
