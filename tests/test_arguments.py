"""What the front door says when it is given something other than text."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from kzjustice import parse_article


@pytest.mark.parametrize(
    "given", [b"A court jailed Ivan Petrov.", Path("article.txt")], ids=["bytes", "path"]
)
def test_parse_article_names_the_type_it_was_given(given: object) -> None:
    name = type(given).__name__
    with pytest.raises(TypeError, match=rf"text.*{name}|{name}.*text"):
        parse_article(given)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "published", ["2022-01-01", datetime.datetime(2022, 1, 1, 9)], ids=["str", "datetime"]
)
def test_parse_article_names_a_published_date_of_the_wrong_type(published: object) -> None:
    with pytest.raises(TypeError, match="published"):
        parse_article("On March 3 a court jailed Ivan Petrov.", published=published)  # type: ignore[arg-type]
