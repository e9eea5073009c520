from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kzjustice.ru.charges import charge_for, find_charges


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # statute references
        pytest.param(
            "по статье 272 УК РК", [("статье 272 УК РК", None, 272, None)], id="article-no-part"
        ),
        pytest.param(
            "по ч. 3 ст. 272", [("ч. 3 ст. 272", "mass_riots_calls", 272, 3)], id="part-article"
        ),
        pytest.param(
            "ст. 272 ч. 2 УК РК",
            [("ст. 272 ч. 2 УК РК", "mass_riots_participation", 272, 2)],
            id="article-part",
        ),
        pytest.param(
            "по части 2 статьи 272 Уголовного кодекса Республики Казахстан",
            [
                (
                    "части 2 статьи 272 Уголовного кодекса Республики Казахстан",
                    "mass_riots_participation",
                    272,
                    2,
                )
            ],
            id="in-words",
        ),
        pytest.param(
            "по ст. 255 УК РК", [("ст. 255 УК РК", "act_of_terrorism", 255, None)], id="one-entry"
        ),
        pytest.param(
            "п. 1 ч. 2 ст. 321 УК РК",
            [("п. 1 ч. 2 ст. 321 УК РК", None, 321, 2)],
            id="unknown-article",
        ),
        pytest.param("по ст. 159 УК РФ", [("ст. 159 УК РФ", None, None, None)], id="russian-code"),
        pytest.param("по ст. 278 УК КР", [("ст. 278 УК КР", None, None, None)], id="kyrgyz-code"),
        pytest.param(
            "по ст. 434 КоАП РК", [("ст. 434 КоАП РК", None, None, None)], id="administrative-code"
        ),
        pytest.param(
            "по статье 174-1 УК", [("статье 174-1 УК", None, None, None)], id="sub-article"
        ),
        pytest.param(
            "по статьям 255 и 256 УК РК",
            [("статьям 255", "act_of_terrorism", 255, None), ("256", None, 256, None)],
            id="list-of-articles",
        ),
        # names in any case
        pytest.param(
            "за участие в массовых беспорядках",
            [("участие в массовых беспорядках", "mass_riots_participation", 272, 2)],
            id="alias",
        ),
        pytest.param(
            "в участии в массовых беспорядках",
            [("участии в массовых беспорядках", "mass_riots_participation", 272, 2)],
            id="alias-prepositional",
        ),
        pytest.param(
            "в организации массовых беспорядков",
            [("организации массовых беспорядков", "mass_riots_organization", 272, 1)],
            id="organisation",
        ),
        pytest.param(
            "в злоупотреблении должностными полномочиями",
            [("злоупотреблении должностными полномочиями", "abuse_of_office", 361, None)],
            id="abuse",
        ),
        pytest.param(
            "за применение пыток", [("применение пыток", "torture", 146, None)], id="torture"
        ),
        pytest.param(
            "за убийство и хулиганство",
            [("убийство", "murder", 99, None), ("хулиганство", "hooliganism", 293, None)],
            id="two",
        ),
        pytest.param(
            "акта терроризма", [("акта терроризма", "act_of_terrorism", 255, None)], id="genitive"
        ),
        pytest.param(
            "за государственную измену",
            [("государственную измену", "high_treason", 175, None)],
            id="accusative",
        ),
        pytest.param(
            "по делу о массовых беспорядках",
            [("массовых беспорядках", None, None, None)],
            id="title-of-three-parts",
        ),
    ],
)
def test_find_charges(
    text: str, expected: list[tuple[str, str | None, int | None, int | None]]
) -> None:
    found = find_charges(text)
    assert [(f.text, f.value.key, f.value.article, f.value.part) for f in found] == expected
    for f in found:
        assert text[f.span.start : f.span.end] == f.text == f.value.text


@pytest.mark.parametrize(
    "text",
    [
        "статья в газете",
        "в 2022 году",
        "ул. Абая, 272",
        "часть 3 заседания",
        "беспорядок в кабинете",
    ],
)
def test_near_misses_name_no_charge(text: str) -> None:
    assert find_charges(text) == ()


@pytest.mark.parametrize(
    ("words", "key"),
    [
        pytest.param("Участие в массовых беспорядках", "mass_riots_participation", id="name"),
        pytest.param("«Акт терроризма»", "act_of_terrorism", id="quoted"),
        pytest.param("ст. 272 ч. 3 УК РК", "mass_riots_calls", id="reference"),
        pytest.param("Массовые беспорядки", None, id="ambiguous"),
        pytest.param("Мошенничество", None, id="unknown"),
    ],
)
def test_charge_for(words: str, key: str | None) -> None:
    charge = charge_for(words)
    assert charge.key == key
    assert charge.text == words


@given(st.text())
def test_any_text_is_accepted_and_spans_slice(text: str) -> None:
    for found in find_charges(text):
        assert text[found.span.start : found.span.end] == found.text
    charge_for(text)
