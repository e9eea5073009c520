from __future__ import annotations

import datetime
import json
from pathlib import Path
from typing import Any

import pytest

from kzjustice import (
    Article,
    Case,
    DateValue,
    Defendant,
    Found,
    Granularity,
    Kind,
    Resolution,
    Sentence,
    Source,
    Span,
    Status,
    Term,
    read_article,
    to_json,
)  # fmt: skip
from kzjustice.cli import main

pytest.importorskip("anyascii")
from kzjustice.merge import Merged, Report, merge, name_key

ROOT = Path(__file__).parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
INVENTED = sorted((ROOT / "tests" / "merge").glob("*.txt"))


@pytest.mark.parametrize(
    ("one", "other"),
    [
        pytest.param("Kazybek Kudaibergenov", "Kazybek Kudaybergenov", id="ai-ay"),
        pytest.param("Kazybek Kudaibergenov", "Кудайбергенов Казыбек", id="cyrillic-reversed"),
        pytest.param("Kazybek Kudaibergenov", "Казыбека Кудайбергенова", id="genitive"),
        pytest.param("Timur Khasenov", "Тимуром Хасеновым", id="instrumental"),
        pytest.param("Yerlan Zhaksybekuly", "Erlan Jaksybekulu", id="ye-zh-uly"),
        pytest.param("Yerlan Zhaksybekuly", "Ерлан Жақсыбекұлы", id="kazakh-letters"),
        pytest.param("Timur Khasenov", "Timur Hasenov", id="kh-h"),
        pytest.param("Aigerim Seitkali", "Aigerim Seytkali", id="i-y"),
        pytest.param("Nursultan Isaev", "Nursultan Isayev", id="yev"),
        pytest.param("Dmitriy Ivanovich Petrov", "Dmitry Petrov", id="patronymic-left-out"),
        pytest.param("Gulnara Amanzholkyzy", "Гүлнара Аманжолқызы", id="kyzy"),
        pytest.param("Daniyar Ussenov", "Daniyar Usenov", id="double-letter"),
    ],
)
def test_spellings_of_one_name_have_one_key(one: str, other: str) -> None:
    assert name_key(one) == name_key(other)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        pytest.param("Marat Zhaksybekuly", "Yerlan Zhaksybekuly", id="same-surname"),
        pytest.param("Marat Kudaibergenov", "Murat Kudaibergenov", id="one-vowel"),
        pytest.param("Aigerim Seitkali", "Aigerim Seitkaliyeva", id="other-surname"),
        pytest.param("Timur Khasenov", "Timur Khasanov", id="khasanov"),
        pytest.param("Asel Nurlanovna", "Asel Nurlanova", id="two-parts-kept"),
    ],
)
def test_other_names_have_other_keys(one: str, other: str) -> None:
    assert name_key(one) != name_key(other)


@pytest.fixture(scope="module")
def merged() -> Merged:
    return merge([read_article(path.relative_to(ROOT)) for path in SEEDS + INVENTED])


def _people(merged: Merged) -> dict[frozenset[str], Any]:
    return {frozenset(name.text for _, name in p.names): p for p in merged.people}


def test_the_seeds_and_invented_articles_group_into_people(merged: Merged) -> None:
    assert set(_people(merged)) == {
        frozenset({"Aigerim Seitkali", "Aigerim Seytkali"}),
        frozenset({"Akzhol Zhandarbekov"}),
        frozenset({"Yerlan Zhaksybekuly", "Erlan Jaksybekulu"}),
        frozenset({"Timur Khasenov"}),  # 2016
        frozenset({"Timur Hasenov"}),  # 2023: the same key, another case years later
        frozenset({"Nursultan Isaev"}),
        frozenset({"Marat Zhaksybekuly"}),  # the same surname, another first name
        frozenset({"Kazybek Kudaibergenov", "Kazybek Kudaybergenov"}),  # a seed and an article
        frozenset({"Serik Kudebayev"}),
        frozenset({"Mark Zlunyaev"}),
    }


def _conflicts(person: Any) -> list[tuple[str, list[str]]]:
    return [(c.field, [claim.value for claim in c.claims]) for c in person.conflicts]


def test_disagreements_are_listed_never_resolved(merged: Merged) -> None:
    people = _people(merged)
    zhaksybekuly = people[frozenset({"Yerlan Zhaksybekuly", "Erlan Jaksybekulu"})]
    assert _conflicts(zhaksybekuly) == [("imposed imprisonment", ["P7Y", "P8Y"])]
    (conflict,) = zhaksybekuly.conflicts
    assert [c.report.outlet for c in conflict.claims] == ["Steppe Courier", "Qazaq Daily"]
    seitkali = people[frozenset({"Aigerim Seitkali", "Aigerim Seytkali"})]
    assert _conflicts(seitkali) == [("status of imprisonment P6Y", ["imposed", "requested"])]
    kudaibergenov = people[frozenset({"Kazybek Kudaibergenov", "Kazybek Kudaybergenov"})]
    assert kudaibergenov.conflicts == ()  # 17 years in both
    assert all(not p.conflicts for p in merged.people if len(p.reports) == 1)


def test_a_verdict_month_and_a_day_in_it_do_not_conflict(merged: Merged) -> None:
    (case,) = [
        c for c in merged.cases if len(c.dates) == 2 and c.dates[0][1].value.value == "2022-11"
    ]
    assert case.conflicts == ()


def test_every_value_keeps_its_report_and_quote(merged: Merged) -> None:
    texts = {path: path.read_text(encoding="utf-8") for path in SEEDS + INVENTED}
    checked = 0
    for person in merged.people:
        said: list[tuple[Report, Found[Any]]] = [
            *person.names,
            *person.sentences,
            *person.ages,
            *person.charges,
        ]
        for report, found in said:
            text = texts[ROOT / str(report.path)]
            assert text[found.span.start : found.span.end] == found.text
            checked += 1
        for conflict in person.conflicts:
            for claim in conflict.claims:
                text = texts[ROOT / str(claim.report.path)]
                assert text[claim.span.start : claim.span.end] == claim.text
    assert checked > 25


def test_cases_join_the_articles_that_share_a_person(merged: Merged) -> None:
    people = {p.id: p for p in merged.people}
    by_people = {
        frozenset(n.text for pid in c.people for _, n in people[pid].names): len(c.reports)
        for c in merged.cases
    }
    assert by_people[frozenset({"Yerlan Zhaksybekuly", "Erlan Jaksybekulu"})] == 2
    assert by_people[frozenset({"Marat Zhaksybekuly"})] == 1


def test_a_wider_window_joins_what_years_kept_apart() -> None:
    articles = [read_article(p) for p in INVENTED if "asenov" in p.name]
    assert len(merge(articles).people) == 2
    assert len(merge(articles, window_days=20 * 365).people) == 1


def _found(value: Any, text: str, start: int = 0) -> Found[Any]:
    return Found(value=value, span=Span(start, start + len(text)), text=text)


def _article(*names: str, day: datetime.date) -> Article:
    date = DateValue(
        value=day.isoformat(), granularity=Granularity.DAY, resolution=Resolution.STATED,
        earliest=day, latest=day,
    )  # fmt: skip
    people = tuple(
        Defendant(
            name=_found(name, name),
            sentences=(
                _found(
                    Sentence(kind=Kind.IMPRISONMENT, status=Status.IMPOSED, term=Term(years=7)),
                    "7 лет",
                ),
            ),
        )
        for name in names
    )
    return Article(
        source=Source(url=f"https://example.org/{'-'.join(names)}"),
        cases=(Case(date=_found(date, day.isoformat()), defendants=people),),
    )


def test_a_cyrillic_record_joins_its_latin_reports() -> None:
    latin = [read_article(p) for p in INVENTED if "aksybek" in p.name]
    cyrillic = _article("Ерлан Жақсыбекұлы", day=datetime.date(2022, 6, 14))
    (person,) = merge([*latin, cyrillic]).people
    names = {n.text for _, n in person.names}
    assert names == {"Yerlan Zhaksybekuly", "Erlan Jaksybekulu", "Ерлан Жақсыбекұлы"}


def test_two_defendants_of_one_article_are_never_one_person() -> None:
    day = datetime.date(2022, 3, 1)
    article = _article("Dinar Ospanov", "Dinara Ospanova", day=day)
    assert name_key("Dinar Ospanov") == name_key("Dinara Ospanova")  # the key cannot tell them
    assert len(merge([article]).people) == 2
    other = _article("Dinara Ospanova", day=day)
    people = merge([article, other]).people
    assert sorted(len(p.reports) for p in people) == [1, 2]


def test_the_command_writes_people_and_conflicts(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)
    records = tmp_path / "records.jsonl"
    records.write_text(
        "".join(to_json(read_article(p.relative_to(ROOT))) + "\n" for p in INVENTED[:3]),
        encoding="utf-8",
    )
    assert main(["merge", str(records), *(str(p.relative_to(ROOT)) for p in INVENTED[3:])]) == 0
    table = capsys.readouterr().out
    assert "Yerlan Zhaksybekuly / Erlan Jaksybekulu  [2 reports]" in table
    assert "CONFLICT imposed imprisonment: P7Y (Steppe Courier" in table
    assert main(["merge", "tests/merge", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert len(data["people"]) == 6 and len(data["cases"]) == 6
