from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st

import kzjustice
from kzjustice import (
    Article,
    DataError,
    Kind,
    Sentence,
    Status,
    Term,
    TermRange,
    from_dict,
    from_json,
    json_schema,
    to_dict,
    to_json,
)
from kzjustice.serialization import OLDER_VERSIONS
from strategies import RECORD_TYPES, RECORDS


def _validate(data: Any, cls: type[Any]) -> None:
    jsonschema.validate(data, json_schema(cls), cls=jsonschema.Draft202012Validator)


@pytest.mark.parametrize("cls", RECORD_TYPES)
def test_each_schema_is_a_valid_draft_2020_12_schema(cls: type[Any]) -> None:
    jsonschema.Draft202012Validator.check_schema(json_schema(cls))


@given(st.sampled_from(RECORD_TYPES).flatmap(lambda cls: st.tuples(st.just(cls), RECORDS[cls])))
def test_every_record_round_trips_and_validates(case: tuple[type[Any], Any]) -> None:
    cls, record = case
    text = to_json(record)
    assert from_json(text, cls) == record
    assert from_dict(to_dict(record), cls) == record
    assert to_json(from_json(text, cls)) == text  # byte-identical
    _validate(json.loads(text), cls)


@given(RECORDS[Article])
def test_article_json_is_deterministic_and_schema_valid(article: Article) -> None:
    text = to_json(article)
    assert to_json(copy.deepcopy(article)) == text
    assert from_json(text.encode(), Article) == article
    _validate(json.loads(text), Article)


def test_terms_are_iso_durations_and_union_variants_are_tagged() -> None:
    sentence = Sentence(
        kind=Kind.IMPRISONMENT,
        status=Status.IMPOSED,
        term=TermRange(low=Term(years=1, months=9), high=Term(months=18 * 2)),
    )
    assert to_dict(sentence)["term"] == {"type": "range", "low": "P1Y9M", "high": "P36M"}
    single = Sentence(kind=Kind.COMMUNITY_SERVICE, status=Status.IMPOSED, term=Term(hours=240))
    assert to_dict(single)["term"] == {"type": "term", "duration": "PT240H"}


def test_the_documented_bad_kind_names_kind() -> None:
    with pytest.raises(kzjustice.DataError) as info:
        kzjustice.from_json('{"kind": "jail", "status": "imposed", "term": null}', Sentence)
    assert info.value.paths == ("$.kind",)
    assert isinstance(info.value, ValueError)
    assert "$.kind" in str(info.value)


_GOOD: dict[str, Any] = {
    "source": {"published": "2022-12-25", "outlet": None},
    "cases": [
        {
            "defendants": [
                {"count": 1},
                {
                    "count": 10,
                    "sentences": [
                        {
                            "value": {
                                "kind": "imprisonment",
                                "status": "imposed",
                                "term": {"type": "term", "duration": "P1Y9M"},
                            },
                            "span": {"start": 10, "end": 35},
                            "text": "a one-year-nine-month sentence",
                        }
                    ],
                },
            ]
        }
    ],
}
_SENTENCE = "$.cases[0].defendants[1].sentences[0]"
_DAY: dict[str, Any] = {"value": "2022-03-04", "granularity": "day", "resolution": "stated"}


def _found(value: Any) -> dict[str, Any]:
    return {"value": value, "span": {"start": 0, "end": 1}, "text": "x"}


def _corrupt(path: list[str | int], value: Any) -> dict[str, Any]:
    data = copy.deepcopy(_GOOD)
    *parents, last = path
    target: Any = data
    for key in parents:
        target = target[key]
    if value is _DELETE:
        del target[last]
    else:
        target[last] = value
    return data


_DELETE = object()
_S: list[str | int] = ["cases", 0, "defendants", 1, "sentences", 0]


def test_the_uncorrupted_example_loads() -> None:
    article = from_dict(_GOOD, Article)
    assert article.cases[0].defendants[1].sentences[0].value.term == Term(years=1, months=9)


@pytest.mark.parametrize(
    ("path", "value", "expected"),
    [
        pytest.param([*_S, "value", "kind"], 3, f"{_SENTENCE}.value.kind", id="wrong-type"),
        pytest.param([*_S, "value", "kind"], "jail", f"{_SENTENCE}.value.kind", id="bad-enum"),
        pytest.param(
            [*_S, "value", "status"], _DELETE, f"{_SENTENCE}.value.status", id="missing-required"
        ),
        pytest.param([*_S, "value", "colour"], "red", f"{_SENTENCE}.value.colour", id="extra-key"),
        pytest.param(
            [*_S, "value", "term", "duration"],
            "P-4Y",
            f"{_SENTENCE}.value.term.duration",
            id="negative-term",
        ),
        pytest.param(
            [*_S, "value", "term"],
            {"type": "range", "low": "P6Y", "high": "P4Y"},
            f"{_SENTENCE}.value.term",
            id="backwards-range",
        ),
        pytest.param(
            [*_S, "value", "term", "type"],
            "sentence",
            f"{_SENTENCE}.value.term.type",
            id="unknown-tag",
        ),
        pytest.param([*_S, "span", "end"], 3, f"{_SENTENCE}.span.end", id="span-end-before-start"),
        pytest.param([*_S, "text"], None, f"{_SENTENCE}.text", id="null-text"),
        pytest.param(
            ["cases", 0, "defendants", 0, "count"],
            "1",
            "$.cases[0].defendants[0].count",
            id="number-as-string",
        ),
        pytest.param(
            ["source", "published"], "25 December 2022", "$.source.published", id="bad-date"
        ),
        pytest.param(
            ["source", "published"], "2022-12-25T10:00:00", "$.source.published", id="datetime"
        ),
        pytest.param(["source", "published"], "20221225", "$.source.published", id="basic-iso"),
        pytest.param(["schema_version"], 99, "$.schema_version", id="future-version"),
        pytest.param(["schema_version"], 0, "$.schema_version", id="no-such-version"),
        pytest.param(["schema_version"], "2", "$.schema_version", id="version-as-string"),
        pytest.param(
            ["dates"],
            [_found(_DAY | {"value": "2022-13-45"})],
            "$.dates[0].value.value",
            id="impossible-date",
        ),
        pytest.param(
            ["dates"],
            [_found(_DAY | {"granularity": "year"})],
            "$.dates[0].value",  # the record: its value and granularity disagree
            id="day-called-a-year",
        ),
        pytest.param(
            ["cases", 0, "date"],
            _found(_DAY | {"earliest": "2022-02-30", "latest": "2022-03-04"}),
            "$.cases[0].date.value.earliest",
            id="impossible-bound",
        ),
        pytest.param(["cases"], {"defendants": []}, "$.cases", id="object-for-array"),
        pytest.param(["source"], [], "$.source", id="array-for-object"),
    ],
)
def test_each_corruption_names_its_path(path: list[str | int], value: Any, expected: str) -> None:
    with pytest.raises(DataError) as info:
        from_dict(_corrupt(path, value), Article)
    assert info.value.paths == (expected,)
    assert expected in str(info.value)


def test_every_offending_field_is_named() -> None:
    data = _corrupt([*_S, "value", "kind"], "jail")
    data["source"]["published"] = 5
    data["extra"] = True
    with pytest.raises(DataError) as info:
        from_dict(data, Article)
    assert sorted(info.value.paths) == sorted(
        ["$.extra", "$.source.published", f"{_SENTENCE}.value.kind"]
    )


@pytest.mark.parametrize("text", ["", "{", "null", "[]", "42", '"article"', b"\xff\xfe"])
def test_text_that_is_not_an_object_is_a_data_error(text: str | bytes) -> None:
    with pytest.raises(DataError) as info:
        from_json(text, Article)
    assert info.value.paths == ("$",)


@pytest.mark.parametrize(
    "given", [Path("records.json"), {"source": {}}, None], ids=["path", "dict", "none"]
)
def test_from_json_names_what_it_was_given_instead_of_text(given: Any) -> None:
    with pytest.raises(TypeError, match=type(given).__name__):
        from_json(given, Article)


def test_the_version_is_checked_before_the_rest() -> None:
    data = _corrupt(["schema_version"], 99)
    data["cases"] = "a record of another version may hold anything"
    with pytest.raises(DataError) as info:
        from_dict(data, Article)
    assert info.value.paths == ("$.schema_version",)


@pytest.mark.parametrize("version", sorted(OLDER_VERSIONS))
def test_records_of_older_versions_read_as_this_one(version: int) -> None:
    article = from_dict(_GOOD | {"schema_version": version}, Article)
    assert article.schema_version == kzjustice.SCHEMA_VERSION
    assert article == from_dict(_GOOD, Article)
