from __future__ import annotations

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kzjustice.models import Mod, Resolution
from kzjustice.ru.dates import find_dates, parse_date
from ru_strategies import DATE_STYLES, date_phrase

REF = datetime.date(2023, 4, 4)  # a Tuesday


@pytest.mark.parametrize(
    ("text", "mention", "value", "mod"),
    [
        # full and numeric dates
        pytest.param(
            "Приговор огласили 5 января 2022 года.",
            "5 января 2022 года",
            "2022-01-05",
            None,
            id="full",
        ),
        pytest.param(
            "5 января 2022 г. суд вынес приговор",
            "5 января 2022 г.",
            "2022-01-05",
            None,
            id="full-g",
        ),
        pytest.param(
            "его задержали 5-го января", "5-го января", "2023-01-05", None, id="suffix-go"
        ),
        pytest.param(
            "Пятого января 2022 года",
            "Пятого января 2022 года",
            "2022-01-05",
            None,
            id="ordinal-words",
        ),
        pytest.param(
            "двадцать пятого мая 2021 года",
            "двадцать пятого мая 2021 года",
            "2021-05-25",
            None,
            id="ordinal-compound",
        ),
        pytest.param("05.01.2022 г.", "05.01.2022 г.", "2022-01-05", None, id="numeric-g"),
        pytest.param("5.1.2022", "5.1.2022", "2022-01-05", None, id="numeric-short"),
        pytest.param("2022-01-05", "2022-01-05", "2022-01-05", None, id="iso"),
        pytest.param(
            "в понедельник, 3 апреля 2023 года",
            "понедельник, 3 апреля 2023 года",
            "2023-04-03",
            None,
            id="weekday-attached",
        ),
        pytest.param(
            "5 янв. 2022 г.", "5 янв. 2022 г.", "2022-01-05", None, id="abbreviated-month"
        ),
        # day ranges
        pytest.param(
            "с 4 по 7 января 2022 года", "4 по 7 января 2022 года", "2022-01-04", None, id="s-po"
        ),
        pytest.param(
            "4-7 января 2022 года", "4-7 января 2022 года", "2022-01-04", None, id="hyphen-range"
        ),
        pytest.param(
            "с 30 мая по 2 июня 2023 года",
            "30 мая по 2 июня 2023 года",
            "2023-05-30",
            None,
            id="two-months",
        ),
        # months and years
        pytest.param("в январе 2022 года", "январе 2022 года", "2022-01", None, id="month-year"),
        pytest.param(
            "январь 2022 года", "январь 2022 года", "2022-01", None, id="month-nominative"
        ),
        pytest.param("в марте", "марте", "2023-03", None, id="month-alone-past"),
        pytest.param("в 2022 году", "2022 году", "2022", None, id="year"),
        pytest.param("с 2019 года", "2019 года", "2019", None, id="since-year"),
        pytest.param("в 2022-м", "2022-м", "2022", None, id="year-m"),
        pytest.param("2022 г.", "2022 г.", "2022", None, id="year-g"),
        # parts of periods
        pytest.param("в начале марта", "начале марта", "2023-03", Mod.START, id="start-of-month"),
        pytest.param(
            "в середине 2021 года", "середине 2021 года", "2021", Mod.MID, id="middle-of-year"
        ),
        pytest.param("в конце 2020 г.", "конце 2020 г.", "2020", Mod.END, id="end-of-year"),
        pytest.param("к концу года", "концу года", "2023", Mod.END, id="end-of-the-year"),
        pytest.param(
            "в первых числах мая", "первых числах мая", "2022-05", Mod.START, id="first-days"
        ),
        pytest.param(
            "около 10 мая 2022 года",
            "около 10 мая 2022 года",
            "2022-05-10",
            Mod.APPROX,
            id="approx",
        ),
        # seasons and quarters
        pytest.param("летом 2022 года", "летом 2022 года", "2022-SU", None, id="summer-year"),
        pytest.param("прошлой зимой", "прошлой зимой", "2022-WI", None, id="last-winter"),
        pytest.param("этим летом", "этим летом", "2023-SU", None, id="this-summer"),
        pytest.param(
            "осенью прошлого года", "осенью прошлого года", "2022-FA", None, id="autumn-last-year"
        ),
        pytest.param("в конце лета", "конце лета", "2022-SU", Mod.END, id="end-of-summer"),
        pytest.param(
            "в четвертом квартале 2022 года",
            "четвертом квартале 2022 года",
            "2022-Q4",
            None,
            id="quarter",
        ),
        pytest.param(
            "в IV квартале 2022 года", "IV квартале 2022 года", "2022-Q4", None, id="quarter-roman"
        ),
        pytest.param("в прошлом квартале", "прошлом квартале", "2023-Q1", None, id="last-quarter"),
        # relative
        pytest.param("вчера", "вчера", "2023-04-03", None, id="yesterday"),
        pytest.param("позавчера", "позавчера", "2023-04-02", None, id="day-before-yesterday"),
        pytest.param("в понедельник", "понедельник", "2023-04-03", None, id="monday"),
        pytest.param("во вторник", "вторник", "2023-04-04", None, id="tuesday-is-today"),
        pytest.param("в прошлую пятницу", "прошлую пятницу", "2023-03-31", None, id="last-friday"),
        pytest.param(
            "в следующий вторник", "следующий вторник", "2023-04-11", None, id="next-tuesday"
        ),
        pytest.param("в прошлом году", "прошлом году", "2022", None, id="last-year"),
        pytest.param("в текущем году", "текущем году", "2023", None, id="this-year"),
        pytest.param("в позапрошлом году", "позапрошлом году", "2021", None, id="year-before-last"),
        pytest.param("в прошлом месяце", "прошлом месяце", "2023-03", None, id="last-month"),
        pytest.param("на прошлой неделе", "прошлой неделе", "2023-W13", None, id="last-week"),
        pytest.param(
            "в конце прошлого года", "конце прошлого года", "2022", Mod.END, id="late-last-year"
        ),
        pytest.param(
            "в январе прошлого года",
            "январе прошлого года",
            "2022-01",
            None,
            id="month-of-last-year",
        ),
        pytest.param("два года назад", "два года назад", "2021", None, id="years-ago"),
        pytest.param("год назад", "год назад", "2022", None, id="a-year-ago"),
        pytest.param("полгода назад", "полгода назад", "2022-10", None, id="half-a-year-ago"),
        pytest.param("три недели назад", "три недели назад", "2023-03-14", None, id="weeks-ago"),
        # the tense of the clause
        pytest.param("Приговор огласят 2 мая.", "2 мая", "2023-05-02", None, id="future-cue"),
        pytest.param(
            "Заседание назначено на 10 апреля.", "10 апреля", "2023-04-10", None, id="naznacheno-na"
        ),
        pytest.param(
            "В пятницу суд огласит приговор.", "пятницу", "2023-04-07", None, id="future-cue-after"
        ),
        pytest.param(
            "Суд отложил заседание до 12 мая.", "12 мая", "2023-05-12", None, id="adjourned-to"
        ),
        pytest.param(
            "Его задержали 12 мая, а суд будет",
            "12 мая",
            "2022-05-12",
            None,
            id="cue-in-other-clause",
        ),
    ],
)
def test_find_dates(text: str, mention: str, value: str, mod: Mod | None) -> None:
    (found,) = find_dates(text, reference=REF)
    assert found.text == mention
    assert text[found.span.start : found.span.end] == mention
    assert found.value.value == value
    assert found.value.mod == mod


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("в 2022 случаях", id="count-not-year"),
        pytest.param("Лето выдалось жарким.", id="season-noun-alone"),
        pytest.param("в течение года", id="duration"),
        pytest.param("несколько лет назад", id="vague-ago"),
        pytest.param("90-е годы", id="decade"),
        pytest.param("15 суток ареста", id="term"),
        pytest.param("статья 272", id="article-number"),
        pytest.param("среда обитания", id="sreda-is-environment"),
        pytest.param("05.01.22", id="two-digit-year"),
        pytest.param("31 февраля 2022 года", id="no-such-day"),
    ],
)
def test_near_misses_are_no_dates(text: str) -> None:
    assert find_dates(text, reference=REF) == ()


def test_two_years_in_a_range_are_two_dates() -> None:
    found = find_dates("в 2021-2022 годах")
    assert [(f.text, f.value.value) for f in found] == [("2021", "2021"), ("2022 годах", "2022")]


def test_a_day_range_keeps_its_last_day() -> None:
    (found,) = find_dates("с 4 по 7 января 2022 года")
    assert found.value.latest == datetime.date(2022, 1, 7)


def test_without_a_reference_an_unknown_year_is_unknown() -> None:
    (found,) = find_dates("5 января")
    assert found.value.value == "XXXX-01-05"
    assert found.value.resolution is Resolution.STATED


@given(
    day=st.dates(min_value=datetime.date(1990, 1, 1), max_value=datetime.date(2030, 12, 31)),
    style=st.sampled_from(DATE_STYLES),
    before=st.sampled_from(["", "Приговор огласили ", "Суд состоялся, "]),
    after=st.sampled_from(["", ".", " в Алматы.", ", а 7 мая"]),
)
def test_rendered_date_parses_back(day: datetime.date, style: str, before: str, after: str) -> None:
    phrase = date_phrase(day, style)
    assert parse_date(phrase) is not None
    assert parse_date(phrase).value == day.isoformat()  # type: ignore[union-attr]
    text = before + phrase + after
    found = find_dates(text, reference=REF)
    first = next(f for f in found if f.span.start == len(before))
    assert first.text == phrase
    assert first.value.value == day.isoformat()


@given(st.text())
def test_any_text_is_accepted_and_spans_slice(text: str) -> None:
    for found in find_dates(text, reference=REF):
        assert text[found.span.start : found.span.end] == found.text
    parse_date(text)
