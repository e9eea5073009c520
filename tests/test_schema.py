"""The JSON Schema of Article is committed per schema version, and each version is announced."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from kzjustice import SCHEMA_VERSION, Article, json_schema

ROOT = Path(__file__).resolve().parent.parent
SCHEMAS = ROOT / "docs" / "schema"


def _shape(schema: Any) -> Any:
    """The schema without its descriptions: rewording a docstring changes no data."""
    if isinstance(schema, dict):
        return {key: _shape(value) for key, value in schema.items() if key != "description"}
    if isinstance(schema, list):
        return [_shape(item) for item in schema]
    return schema


def test_the_schema_of_this_version_is_committed() -> None:
    path = SCHEMAS / f"article-v{SCHEMA_VERSION}.json"
    committed = json.loads(path.read_text(encoding="utf-8"))
    assert _shape(json_schema(Article)) == _shape(committed), (
        "The record model changed the JSON Schema of Article. Bump SCHEMA_VERSION in "
        "src/kzjustice/models/__init__.py, write the new schema with `kzjustice schema > "
        "docs/schema/article-vN.json`, and say what changed under 'schema version N' in "
        "CHANGELOG.md."
    )


def test_every_schema_version_is_committed_and_in_the_changelog() -> None:
    versions = sorted(int(path.stem.removeprefix("article-v")) for path in SCHEMAS.glob("*.json"))
    assert versions == list(range(1, SCHEMA_VERSION + 1))
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8").lower()
    for version in versions:
        assert f"schema version {version}" in changelog
