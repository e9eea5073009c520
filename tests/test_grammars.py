from __future__ import annotations

import datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import kzjustice
from kzjustice import charges, dates, grammars, penalties, terms
from kzjustice.models import Found
from kzjustice.ru import charges as ru_charges
from kzjustice.ru import dates as ru_dates
from kzjustice.ru import penalties as ru_penalties
from kzjustice.ru import terms as ru_terms

ROOT = Path(__file__).parent.parent
ENGLISH = sorted(
    [*ROOT.glob("seeds/*.txt"), *(ROOT / "tests" / "articles").glob("*.txt"),
     *(ROOT / "tests" / "reader" / "en").glob("*.txt")]
)  # fmt: skip
REF = datetime.date(2023, 4, 4)


_NAMES = [
    "Serik Abenov",
    "Dana Ospanova",
    "Marat Kim",
    "Aigul Sadykova",
    "Timur Li",
    "A. Nurpeisov",
]


def _joined(names: list[str]) -> str:
    return ", ".join(names[:-1]) + " and " + names[-1]


@given(
    names=st.lists(st.sampled_from(_NAMES), min_size=2, max_size=5, unique=True),
    form=st.sampled_from(
        [
            "{names} were each sentenced to {n} years in prison.",
            "{names} each received {n} years.",
            "{n} years each went to {names}.",
            "The court sentenced {names} to {n} years each.",
            "On Monday, the judge jailed {names} for {n} years each over the riots.",
        ]
    ),
    years=st.integers(min_value=2, max_value=20),
)
def test_people_named_together_have_one_entry_each(names: list[str], form: str, years: int) -> None:
    text = form.format(names=_joined(names), n=years)
    found = kzjustice.find_sentences(text)
    assert [f.value.term.iso for f in found if f.value.term] == [f"P{years}Y"] * len(names)
    assert len({f.span for f in found}) == 1  # one penalty, its evidence once
    assert penalties.find_sentences(text) == found[:1]  # the language grammar states it once


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("Three officers were each sentenced to five years.", [1]),
        ("Serik Abenov and Dana Ospanova were sentenced to five years.", [1]),  # no "each"
        ("Residents of Karateren, Bogen and Akespe were each fined 50 MCI.", [1]),  # places
        ("Recruiters in Khromtau, Kandyagash and Shalkar each got 3 years suspended.", [1]),
        (
            "Serik Abenov was jailed for five years, and Dana Ospanova and Marat Kim for three "
            "years each.",
            [1, 2],
        ),
        ("Sergeants Timur Li and Marat Kim and corporal Dana Ospanova got five years each.", [3]),
        (
            "Prosecutors asked for nine years for each of them. Timur Li and Marat Kim got seven.",
            [1, 1],
        ),
        ("Гособвинитель предложил назначить Исмаилову и Хакимову по восемь лет.", [2]),
        ("Исмаилову назначено девять лет, а Хакимову и Ким по восемь лет.", [1, 2]),
        ("Братьев Нуржана и Нурлана Исабековых приговорили к семи годам каждого.", [2]),
        ("Трое полицейских получили по пять лет лишения свободы.", [1]),
        ("Жителей Шу и Мерке оштрафовали по 50 МРП.", [1]),  # places
    ],
)
def test_entries_per_person_named_together(text: str, counts: list[int]) -> None:
    found = kzjustice.find_sentences(text)
    spans = [f.span for f in found]
    assert [spans.count(span) for span in dict.fromkeys(spans)] == counts


@pytest.mark.parametrize("path", ENGLISH, ids=lambda p: p.stem)
def test_english_pages_read_as_by_the_english_grammars(path: Path) -> None:
    # Some of these pages have a "Рус | Қаз" language switcher: it changes nothing. The public
    # function repeats a penalty stated once for several people named together, one for each.
    text = path.read_text(encoding="utf-8")
    assert tuple(dict.fromkeys(kzjustice.find_sentences(text))) == penalties.find_sentences(text)
    assert kzjustice.find_terms(text) == terms.find_terms(text)
    russian_dates = any(  # a Russian timestamp is read by the Russian grammar
        ru_dates.find_dates(text[start:end]) for start, end in grammars._russian_lines(text)
    )
    if not russian_dates:
        assert kzjustice.find_dates(text, reference=REF) == dates.find_dates(text, reference=REF)
    assert kzjustice.find_charges(text) == charges.find_charges(text)


RUSSIAN = (
    "Суд приговорил Ержана Сапарова к 7 годам лишения свободы по ч. 2 ст. 272 УК РК. "
    "Прокурор запросил 9 лет. Приговор огласили 5 января 2022 года."
)


def test_russian_text_reads_as_by_the_russian_grammars() -> None:
    assert kzjustice.find_sentences(RUSSIAN) == ru_penalties.find_sentences(RUSSIAN)
    assert kzjustice.find_terms(RUSSIAN) == ru_terms.find_terms(RUSSIAN)
    assert kzjustice.find_dates(RUSSIAN) == ru_dates.find_dates(RUSSIAN)
    assert kzjustice.find_charges(RUSSIAN) == ru_charges.find_charges(RUSSIAN)
    assert [f.value.term.iso for f in kzjustice.find_sentences(RUSSIAN)] == ["P7Y", "P9Y"]  # type: ignore[union-attr]


def test_a_russian_report_keeps_its_english_furniture() -> None:
    text = "Published March 5, 2023\nHome | News | Courts\n\n" + RUSSIAN
    found = kzjustice.find_dates(text)
    assert [f.text for f in found] == ["March 5, 2023", "5 января 2022 года"]
    for f in found:
        assert text[f.span.start : f.span.end] == f.text
    assert [f.text for f in kzjustice.find_sentences(text)] == [
        "7 годам лишения свободы",
        "9 лет",
    ]


def test_an_english_report_reads_a_russian_quote_on_its_own_line() -> None:
    text = (
        "The court jailed him for nine years. Prosecutors had asked for 11.\n"
        "«Суд приговорил его к девяти годам», — сообщили в суде."
    )
    found = kzjustice.find_sentences(text)
    assert [(f.text, f.value.term.iso) for f in found] == [  # type: ignore[union-attr]
        ("nine years", "P9Y"),
        ("11", "P11Y"),
        ("девяти годам", "P9Y"),
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        pytest.param("Суд приговорил его к семи годам.", "ru", id="russian"),
        pytest.param("The court jailed him for seven years.", "en", id="english"),
        pytest.param("Home | News | Рус | Қаз", "en", id="english-menu-with-switcher"),
        pytest.param("Home News Sport Contact\nСуд и прокурор в зале.", "ru", id="russian-body"),
        pytest.param("", "en", id="empty"),
    ],
)
def test_language_of(text: str, language: str) -> None:
    assert kzjustice.language_of(text) == language


def test_the_parse_functions_read_the_language_of_their_letters() -> None:
    assert kzjustice.parse_term("семь лет") == kzjustice.parse_term("seven years")
    assert kzjustice.parse_sentence("7 лет колонии") == kzjustice.parse_sentence(
        "7 years in prison"
    )
    assert kzjustice.parse_date("5 января 2022 года") == kzjustice.parse_date("January 5, 2022")
    assert (
        kzjustice.charge_for("Акт терроризма").key == kzjustice.charge_for("act of terrorism").key
    )


@given(st.text(alphabet=st.sampled_from("абвгд ежзAbc\n 5.,-")))
def test_mixed_scripts_are_accepted_and_spans_slice(text: str) -> None:
    results: list[tuple[Found[Any], ...]] = [
        kzjustice.find_sentences(text),
        kzjustice.find_terms(text),
        kzjustice.find_dates(text),
        kzjustice.find_charges(text),
    ]
    for found in (f for result in results for f in result):
        assert text[found.span.start : found.span.end] == found.text
