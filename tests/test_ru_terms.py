from __future__ import annotations

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from kzjustice.models import Term, TermRange
from kzjustice.ru.terms import find_terms, parse_term
from ru_strategies import cardinal, term_phrase, unit_word

Y = Term.from_iso


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a number and a unit, in any case
        pytest.param("7 лет", Y("P7Y"), id="digits"),
        pytest.param("семь лет", Y("P7Y"), id="words"),
        pytest.param("семи годам", Y("P7Y"), id="dative"),
        pytest.param("двумя годами", Y("P2Y"), id="instrumental"),
        pytest.param("пяти годах", Y("P5Y"), id="prepositional"),
        pytest.param("21 год", Y("P21Y"), id="twenty-one"),
        pytest.param("двадцати одному году", Y("P21Y"), id="twenty-one-dative"),
        pytest.param("18 месяцев", Y("P18M"), id="months-not-folded"),
        pytest.param("две недели", Y("P2W"), id="weeks"),
        pytest.param("15 суток", Y("P15D"), id="sutki"),
        pytest.param("двое суток", Y("P2D"), id="collective-sutki"),
        pytest.param("10 дней", Y("P10D"), id="days"),
        pytest.param("240 часов", Y("PT240H"), id="hours"),
        pytest.param("7 ЛЕТ", Y("P7Y"), id="capitals"),
        # halves
        pytest.param("полтора года", Y("P1Y6M"), id="poltora"),
        pytest.param("полутора лет", Y("P1Y6M"), id="polutora"),
        pytest.param("полутора годам", Y("P1Y6M"), id="polutora-dative"),
        pytest.param("два с половиной года", Y("P2Y6M"), id="and-a-half"),
        pytest.param("восьми с половиной годам", Y("P8Y6M"), id="and-a-half-dative"),
        pytest.param("8,5 года", Y("P8Y6M"), id="decimal-comma"),
        pytest.param("8.5 лет", Y("P8Y6M"), id="decimal-point"),
        pytest.param("2,25 года", Y("P2Y3M"), id="decimal-quarter"),
        pytest.param("15,6 года", Y("P15.6Y"), id="decimal-as-written"),
        pytest.param("полгода", Y("P6M"), id="half-year"),
        pytest.param("полугода", Y("P6M"), id="half-year-genitive"),
        pytest.param("полтора месяца", Y("P1M15D"), id="month-and-a-half"),
        # compounds and repeats
        pytest.param("1 год и 6 месяцев", Y("P1Y6M"), id="compound-and"),
        pytest.param("1 год 6 месяцев", Y("P1Y6M"), id="compound-space"),
        pytest.param("одного года и шести месяцев", Y("P1Y6M"), id="compound-genitive"),
        pytest.param("2 года, 3 месяца и 10 дней", Y("P2Y3M10D"), id="compound-three"),
        pytest.param("5 (пять) лет", Y("P5Y"), id="digits-then-words"),
        pytest.param("пяти (5) лет", Y("P5Y"), id="words-then-digits"),
        # ranges, caps, floors
        pytest.param("от трех до пяти лет", TermRange(low=Y("P3Y"), high=Y("P5Y")), id="from-to"),
        pytest.param("от 3 до 5 лет", TermRange(low=Y("P3Y"), high=Y("P5Y")), id="from-to-digits"),
        pytest.param(
            "от шести месяцев до двух лет",
            TermRange(low=Y("P6M"), high=Y("P2Y")),
            id="from-months-to-years",
        ),
        pytest.param(
            "от полугода до двух лет", TermRange(low=Y("P6M"), high=Y("P2Y")), id="from-half-year"
        ),
        pytest.param("3-5 лет", TermRange(low=Y("P3Y"), high=Y("P5Y")), id="hyphen"),
        pytest.param("7\u201312 лет", TermRange(low=Y("P7Y"), high=Y("P12Y")), id="en-dash"),
        pytest.param("пяти-семи лет", TermRange(low=Y("P5Y"), high=Y("P7Y")), id="words-hyphen"),
        pytest.param("до 10 лет", TermRange(high=Y("P10Y")), id="up-to"),
        pytest.param("вплоть до 12 лет", TermRange(high=Y("P12Y")), id="vplot-do"),
        pytest.param("не более пяти лет", TermRange(high=Y("P5Y")), id="ne-bolee"),
        pytest.param("не свыше 3 лет", TermRange(high=Y("P3Y")), id="ne-svyshe"),
        pytest.param("не менее 10 лет", TermRange(low=Y("P10Y")), id="ne-menee"),
        pytest.param("минимум 8 лет", TermRange(low=Y("P8Y")), id="minimum"),
    ],
)
def test_parse_term(text: str, expected: Term | TermRange) -> None:
    assert parse_term(text) == expected
    assert parse_term(f"  {text}\n") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Его приговорили к семи годам.", ["семи годам"], id="k-dative"),
        pytest.param("получил восьмилетний срок", ["восьмилетний"], id="adjective-before-term"),
        pytest.param("10-летнего заключения", ["10-летнего"], id="adjective-digits"),
        pytest.param("к двадцатипятилетнему сроку", ["двадцатипятилетнему"], id="adjective-25"),
        pytest.param("шестимесячный срок", ["шестимесячный"], id="adjective-months"),
        pytest.param("15-суточный арест", ["15-суточный"], id="adjective-days"),
        pytest.param("к 10-летнему тюремному сроку", ["10-летнему"], id="adjective-two-words"),
        pytest.param("лишен прав на год", ["год"], id="na-god"),
        pytest.param("сроком на месяц", ["месяц"], id="srokom-na-mesyats"),
        pytest.param("получили по семь лет", ["семь лет"], id="po-sem"),
        pytest.param("с семи до пяти лет", ["семи", "пяти лет"], id="backwards-two-terms"),
        pytest.param("6 месяцев, 2 года", ["6 месяцев", "2 года"], id="wrong-order-two-terms"),
        pytest.param("ст. 5-7 лет", ["7 лет"], id="article-number-no-range"),
        pytest.param("5 лет и 3 года соответственно", ["5 лет", "3 года"], id="two-in-a-list"),
    ],
)
def test_find_terms_in_prose(text: str, expected: list[str]) -> None:
    found = find_terms(text)
    assert [f.text for f in found] == expected
    for f in found:
        assert text[f.span.start : f.span.end] == f.text


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("41-летний мужчина", id="age-adjective"),
        pytest.param("в 2022 году", id="year"),
        pytest.param("до 2025 года", id="year-after-do"),
        pytest.param("в 2021-2022 годах", id="year-range"),
        pytest.param("несколько лет", id="vague"),
        pytest.param("много лет", id="many"),
        pytest.param("лет", id="unit-alone"),
        pytest.param("пятилетка", id="five-year-plan"),
        pytest.param("восьмилетний мальчик", id="adjective-without-term-word"),
        pytest.param("90-е годы", id="decade"),
        pytest.param("на годовщину", id="not-a-unit"),
        pytest.param("2,3 месяца", id="fraction-of-a-month"),
    ],
)
def test_near_misses_are_no_terms(text: str) -> None:
    assert find_terms(text) == ()
    assert parse_term(text) is None


_TERMS = st.one_of(
    st.builds(Term, years=st.integers(1, 40)),
    st.builds(Term, years=st.integers(1, 20), months=st.integers(1, 11)),
    st.builds(Term, months=st.integers(1, 30)),
    st.builds(Term, days=st.integers(1, 30)),
    st.builds(Term, hours=st.integers(1, 999)),
)


@given(
    term=_TERMS,
    case=st.sampled_from(["nom", "gen", "dat", "ins", "pre"]),
    words=st.booleans(),
    joiner=st.sampled_from([" и ", " ", ", "]),
    before=st.sampled_from(["", "приговорили к ", "Суд назначил ему ", "грозит "]),
    after=st.sampled_from(["", " лишения свободы", " колонии.", ", а прокурор просил больше."]),
)
def test_rendered_term_parses_back(
    term: Term, case: str, words: bool, joiner: str, before: str, after: str
) -> None:
    phrase = term_phrase(term, case, words=words, joiner=joiner)
    assert parse_term(phrase) == term, phrase
    text = before + phrase + after
    (found,) = find_terms(text)
    assert found.value == term
    assert text[found.span.start : found.span.end] == found.text == phrase


@given(
    n=st.integers(2, 99),
    case=st.sampled_from(["gen", "dat"]),
    field=st.sampled_from(["years", "months", "days"]),
)
def test_digits_with_their_case_ending_parse_back(n: int, case: str, field: str) -> None:
    # "к 8-ми годам", "3-х лет": the ending the number word takes in the case, after a hyphen
    word = cardinal(n, case).split()[-1]
    ending = word[-2:] if word.endswith(("ти", "ми")) else word[-1:]
    assume(ending in ("ти", "ми", "х", "м"))  # not "21-го": an ordinal's ending
    phrase = f"{n}-{ending} {unit_word(field, n, case)}"
    assert parse_term(phrase) == Term(**{field: n}), phrase
    (found,) = find_terms(f"приговорили к {phrase} колонии")
    assert found.text == phrase


@given(
    n=st.integers(2, 20),  # "1 с половиной" is "полтора"
    case=st.sampled_from(["nom", "gen", "dat"]),
    field=st.sampled_from(["years", "months"]),
)
def test_digits_and_a_half_parse_back(n: int, case: str, field: str) -> None:
    # "к 10 с половиной годам", "10 с половиной лет": the unit agrees with the whole number
    phrase = f"{n} с половиной {unit_word(field, n, case)}"
    half = {"years": Term(years=n, months=6), "months": Term(months=n, days=15)}[field]
    assert parse_term(phrase) == half, phrase
    (found,) = find_terms(f"приговорили к {phrase} колонии")
    assert found.text == phrase


@given(st.text())
def test_any_text_is_accepted_and_spans_slice(text: str) -> None:
    for found in find_terms(text):
        assert text[found.span.start : found.span.end] == found.text
    parse_term(text)
