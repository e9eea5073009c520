from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kzjustice.numbers import to_number
from strategies import number_words


@given(st.integers(min_value=1, max_value=999), st.booleans(), st.booleans())
def test_number_words_read_back(n: int, hyphen: bool, hundred_and: bool) -> None:
    text = number_words(n, joiner="-" if hyphen else " ", hundred_and=hundred_and)
    assert to_number(text) == n
    assert to_number(text.upper()) == n


@given(st.integers(min_value=0, max_value=10**9))
def test_digits_read_back(n: int) -> None:
    assert to_number(str(n)) == n
    assert to_number(f"{n:,}") == n


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("8.5", 8.5, id="decimal"),
        pytest.param("a hundred", 100, id="a-hundred"),
        pytest.param("  nine ", 9, id="outer-space"),
    ],
)
def test_to_number(text: str, expected: float) -> None:
    assert to_number(text) == expected


@pytest.mark.parametrize("text", ["", "fourth", "nine years", "1,11", "one two", "a", "٣"])
def test_not_a_number(text: str) -> None:
    assert to_number(text) is None


@given(st.text())
def test_any_text_is_accepted(text: str) -> None:
    to_number(text)
