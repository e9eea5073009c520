"""What ``import kzjustice`` loads: each public name on first use, and every name it lists."""

from __future__ import annotations

import subprocess
import sys

import pytest

import kzjustice


def _loaded_after(code: str) -> set[str]:
    shown = f"import sys; {code}; print(' '.join(sorted(sys.modules)))"
    done = subprocess.run([sys.executable, "-c", shown], capture_output=True, text=True, check=True)
    return set(done.stdout.split())


def test_the_import_loads_no_grammar_reader_or_converter() -> None:
    loaded = _loaded_after("import kzjustice")
    assert not {"kzjustice.article", "kzjustice.dates", "kzjustice.serialization", "cattrs",
                "regex"} & loaded  # fmt: skip


def test_reading_dates_loads_neither_the_article_reader_nor_the_converter() -> None:
    loaded = _loaded_after("import kzjustice; kzjustice.find_dates('on May 2, 2023')")
    assert "kzjustice.dates" in loaded
    assert not {"kzjustice.article", "kzjustice.serialization", "cattrs"} & loaded


@pytest.mark.parametrize("name", kzjustice.__all__)
def test_every_listed_name_is_there(name: str) -> None:
    assert getattr(kzjustice, name) is not None
    assert name in dir(kzjustice)


def test_an_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no attribute 'parse_articles'"):
        kzjustice.parse_articles  # noqa: B018
