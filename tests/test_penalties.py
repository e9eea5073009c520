from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kzjustice import find_sentences, parse_sentence
from kzjustice.models import Found, Kind, Sentence, Status, Term, TermRange
from kzjustice.terms import parse_term
from penalty_forms import (
    CONFUSIONS,
    FORMS,
    FOURTH_CONFUSIONS,
    FOURTH_FORMS,
    FOURTH_NEAR_MISSES,
    NEAR_MISSES,
    SECOND_CONFUSIONS,
    SECOND_FORMS,
    SECOND_NEAR_MISSES,
    THIRD_CONFUSIONS,
    THIRD_FORMS,
    THIRD_NEAR_MISSES,
)
from penalty_snippets import SNIPPETS
from penalty_table import CASES, SEED_CASES
from strategies import penalties_in_context, rendered_bans, rendered_penalties, with_spaces

ROOT = Path(__file__).parent.parent
FIXTURES = sorted([*ROOT.glob("seeds/*.txt"), *(ROOT / "tests" / "articles").glob("*.txt")])

# Known gaps: passages the grammar does not yet read right. Strict, so a fix is noticed.
KNOWN_GAPS = {
    "status-fine-less-than-requested": "a fine elided to a bare amount ('the 5 million')",
    "snippet-240": "a prison term with no length, requested ('the prison term prosecutors had "
    "sought')",
    **dict.fromkeys(
        ["form-038", "form-153"],
        "'imprisonment for the same term': a term whose evidence would hold no number",
    ),
    "confusion-052": "'served 3 of his 7 years'",
    "form-120": "a second kind sharing a term: 'up to seven years of restricted freedom or "
    "imprisonment'",
    "confusion-101": "an elided term whose only unit is a duration that is no penalty ('spent 3 "
    "years in Russia ... was sentenced to 8')",
}


def _cases() -> list[Any]:
    snippets = [pytest.param(*row, id=f"snippet-{n:03d}") for n, row in enumerate(SNIPPETS, 1)]
    forms = [
        pytest.param(*row, id=f"{name}-{n:03d}")
        for name, rows in (
            ("form", FORMS + SECOND_FORMS + THIRD_FORMS + FOURTH_FORMS),
            ("confusion", CONFUSIONS + SECOND_CONFUSIONS + THIRD_CONFUSIONS + FOURTH_CONFUSIONS),
            (
                "near-miss",
                NEAR_MISSES + SECOND_NEAR_MISSES + THIRD_NEAR_MISSES + FOURTH_NEAR_MISSES,
            ),
        )
        for n, row in enumerate(rows, 1)
    ]
    marked = []
    for case in [*SEED_CASES, *CASES, *snippets, *forms]:
        reason = KNOWN_GAPS.get(case.id)  # type: ignore[attr-defined]
        if reason is not None:
            case = pytest.param(*case.values, id=case.id, marks=pytest.mark.xfail(reason=reason))  # type: ignore[attr-defined]
        marked.append(case)
    return marked


def _row(found: Found[Sentence]) -> tuple[Any, ...]:
    s = found.value
    row: tuple[Any, ...] = (s.kind.value, s.status.value, s.term.iso if s.term else None)
    if s.fine is not None:
        row += (f"{s.fine.amount} {s.fine.currency}",)
    if s.detail is not None:
        row += (s.detail,)
    return row


@pytest.mark.parametrize(("text", "expected"), _cases())
def test_table(text: str, expected: list[tuple[Any, ...]]) -> None:
    found = find_sentences(text)
    assert [_row(f) for f in found] == [tuple(e) for e in expected]
    for f in found:
        assert text[f.span.start : f.span.end] == f.text


@given(case=rendered_penalties(), space=st.sampled_from([" ", "\u00a0"]), case_style=st.booleans())
def test_rendered_penalty_parses_back(
    case: tuple[Sentence, str, str], space: str, case_style: bool
) -> None:
    sentence, text, evidence = case
    text, evidence = with_spaces(text, space), with_spaces(evidence, space)
    if case_style:
        text, evidence = text.upper(), evidence.upper()
    (found,) = find_sentences(text)
    assert found.value == sentence
    assert found.text == evidence
    assert text[found.span.start : found.span.end] == evidence


@given(st.text())
def test_any_text_is_accepted(text: str) -> None:
    for found in find_sentences(text):
        assert text[found.span.start : found.span.end] == found.text
    parse_sentence(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("a one-year-nine-month sentence", "P1Y9M", id="seed-002"),
        pytest.param("four years in prison", "P4Y", id="term-and-kind"),
        pytest.param("18 months of restricted freedom", "P18M", id="restricted"),
    ],
)
def test_parse_sentence(text: str, expected: str) -> None:
    sentence = parse_sentence(text)
    assert sentence is not None
    assert isinstance(sentence.term, Term)
    assert sentence.term.iso == expected


@pytest.mark.parametrize("text", ["", "four years and a fine", "found guilty", "a 17-year-old"])
def test_parse_sentence_wants_exactly_one(text: str) -> None:
    assert parse_sentence(text) is None


_UNIT_WORDS = {"years": "years", "months": "months", "weeks": "weeks", "days": "days"}


def _read_alone(evidence: str, term: Term | TermRange) -> Term | TermRange | None:
    """The term a penalty's evidence states when read on its own.

    An elided term ("X got six years and Y four") is a bare number whose unit the passage
    gives: read with its unit word after it ("four years"); so is the part of a term that is
    suspended, its number first ("three of them — suspended").
    """
    alone = parse_sentence(evidence)
    if alone is not None and alone.term is not None:
        return alone.term
    single = term if isinstance(term, Term) else term.high or term.low
    assert single is not None
    unit = next(f for f in ("years", "months", "weeks", "days", "hours") if getattr(single, f))
    return (
        parse_term(evidence)
        or parse_term(f"{evidence} {unit}")
        or parse_term(f"{evidence.split(' of ')[0]} {unit}")
    )


def _assert_evidence_reads_alone(text: str) -> None:
    """Every term's evidence, read on its own, states that term; so every number is in it."""
    for found in find_sentences(text):
        assert text[found.span.start : found.span.end] == found.text
        if found.value.term is not None:
            assert _read_alone(found.text, found.value.term) == found.value.term, found.text


@given(case=penalties_in_context())
def test_numbers_beside_a_term_are_not_terms(case: tuple[Sentence, str, str]) -> None:
    sentence, text, evidence = case
    (found,) = find_sentences(text)
    assert found.value == sentence
    assert found.text == evidence
    _assert_evidence_reads_alone(text)


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.stem)
def test_evidence_reads_alone_in_every_fixture(path: Path) -> None:
    _assert_evidence_reads_alone(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    "text",
    [pytest.param(case.values[0], id=case.id) for case in _cases()],
)
def test_evidence_reads_alone_in_every_table_row(text: str) -> None:
    _assert_evidence_reads_alone(text)


@given(case=rendered_bans())
def test_rendered_ban_parses_back(case: tuple[Sentence, str, str]) -> None:
    ban, text, evidence = case
    prison, found = find_sentences(text)
    assert prison.value == Sentence(
        kind=Kind.IMPRISONMENT, status=Status.IMPOSED, term=Term(years=4)
    )
    assert found.value == ban
    assert found.text == evidence
    assert parse_sentence(evidence) == ban
