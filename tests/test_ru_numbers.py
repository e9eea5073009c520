from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kzjustice.ru.numbers import to_number, to_ordinal
from ru_strategies import CASES, cardinal, ordinal


@given(
    st.integers(min_value=1, max_value=999_999),
    st.sampled_from(CASES),
    st.sampled_from(["m", "f", "n"]),
)
def test_cardinals_in_every_case_and_gender_read_back(n: int, case: str, gender: str) -> None:
    text = cardinal(n, case, gender)
    assert to_number(text) == n, text
    assert to_number(text.capitalize()) == n
    assert to_number(text.replace("ё", "е")) == n


@given(
    st.integers(min_value=1, max_value=2099).filter(lambda n: n % 100 or n in (100, 200, 300)),
    st.sampled_from(CASES),
    st.sampled_from(["m", "f", "n"]),
)
def test_ordinals_in_every_case_and_gender_read_back(n: int, case: str, gender: str) -> None:
    text = ordinal(n, case, gender)
    assert to_ordinal(text) == n, text


@given(st.integers(min_value=0, max_value=10**9))
def test_digits_read_back_with_spaces_between_groups(n: int) -> None:
    assert to_number(str(n)) == n
    grouped = f"{n:,}".replace(",", " ")
    assert to_number(grouped) == n
    assert to_number(grouped.replace(" ", "\u00a0")) == n


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("8,5", 8.5, id="decimal-comma"),
        pytest.param("8.5", 8.5, id="decimal-point"),
        pytest.param("полтора", 1.5, id="poltora"),
        pytest.param("полторы", 1.5, id="poltory"),
        pytest.param("полутора", 1.5, id="polutora"),
        pytest.param("полтораста", 150, id="poltorasta"),
        pytest.param("два с половиной", 2.5, id="and-a-half"),
        pytest.param("пяти с половиной", 5.5, id="and-a-half-genitive"),
        pytest.param("10 с половиной", 10.5, id="digits-and-a-half"),
        pytest.param("трое", 3, id="collective"),
        pytest.param("четверых", 4, id="collective-genitive"),
        pytest.param("пятерым", 5, id="collective-dative"),
        pytest.param("оба", 2, id="both"),
        pytest.param("обеих", 2, id="both-feminine-genitive"),
        pytest.param("полтора миллиона", 1_500_000, id="million"),
        pytest.param("два миллиарда", 2 * 10**9, id="billion"),
        pytest.param("  ДВАДЦАТЬ ОДИН ", 21, id="capitals-and-space"),
        pytest.param("четырёх", 4, id="yo"),
    ],
)
def test_to_number(text: str, expected: float) -> None:
    assert to_number(text) == expected


@pytest.mark.parametrize(
    "text",
    ["", "пятый", "пять лет", "1 20", "1,2,3", "сто сто", "с половиной", "несколько", "пятёрка"],
)
def test_not_a_number(text: str) -> None:
    assert to_number(text) is None


@pytest.mark.parametrize("text", ["", "пять", "двадцать", "первый раз", "пятого января"])
def test_not_an_ordinal(text: str) -> None:
    assert to_ordinal(text) is None


@given(st.text())
def test_any_text_is_accepted(text: str) -> None:
    to_number(text)
    to_ordinal(text)
