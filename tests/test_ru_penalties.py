from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kzjustice import find_sentences, parse_sentence
from kzjustice.models import Found, Sentence, Term
from kzjustice.ru.terms import parse_term
from ru_penalty_table import CASES, NEAR_MISS_PENALTIES, NEAR_MISSES
from ru_strategies import term_phrase


def _describe(found: Found[Sentence] | Sentence) -> str:
    value = found.value if isinstance(found, Found) else found
    term = "-" if value.term is None else value.term.iso
    text = f"{value.kind.value} {value.status.value} {term}"
    if value.fine is not None:
        text += f" fine={value.fine.amount} {value.fine.currency}"
    if value.detail is not None:
        text += f" detail={value.detail}"
    return text


def _rows() -> list[Any]:
    rows = [pytest.param(text, expected, id=name) for text, expected, name in CASES]
    rows += [
        pytest.param(text, NEAR_MISS_PENALTIES.get(name, []), id=f"near-miss-{name}")
        for text, name in NEAR_MISSES
    ]
    return rows


@pytest.mark.parametrize(("text", "expected"), _rows())
def test_table(text: str, expected: list[str]) -> None:
    found = find_sentences(text)
    assert [_describe(f) for f in found] == expected
    for f in found:
        assert text[f.span.start : f.span.end] == f.text


@pytest.mark.parametrize(("text", "expected"), _rows())
def test_each_terms_evidence_reads_back_as_its_term(text: str, expected: list[str]) -> None:
    for found in find_sentences(text):
        term = found.value.term
        if term is None or found.value.kind.value == "ban":
            continue
        words = found.text
        read = parse_term(words) or parse_sentence(words)
        read_term = read.term if isinstance(read, Sentence) else read
        if read_term is not None:
            assert read_term == term, words


_STATUS_TEMPLATES = {
    "imposed": ["Суд приговорил его к {dat}{kind_gen}.", "Он получил {acc}{kind_gen}.",
                "Ей назначили {acc}{kind_gen}."],
    "requested": ["Прокурор запросил для него {acc}{kind_gen}.",
                  "Гособвинитель просил назначить ему {acc}{kind_gen}."],
    "possible": ["Ему грозит {acc}{kind_gen}.", "Статья предусматривает {acc}{kind_gen}."],
}  # fmt: skip
_KINDS = {
    "imprisonment": ["", " лишения свободы", " колонии общего режима", " тюрьмы"],
    "restricted_freedom": [" ограничения свободы"],
    "correctional_labour": [" исправительных работ"],
}


@given(
    term=st.one_of(
        st.builds(Term, years=st.integers(1, 25)),
        st.builds(Term, years=st.integers(1, 10), months=st.integers(1, 11)),
    ),
    status=st.sampled_from(sorted(_STATUS_TEMPLATES)),
    kind=st.sampled_from(sorted(_KINDS)),
    words=st.booleans(),
    data=st.data(),
)
def test_rendered_penalty_reads_back(
    term: Term, status: str, kind: str, words: bool, data: st.DataObject
) -> None:
    template = data.draw(st.sampled_from(_STATUS_TEMPLATES[status]))
    kind_words = data.draw(st.sampled_from(_KINDS[kind]))
    if kind != "imprisonment" and status == "possible" and not kind_words:
        return
    text = template.format(
        dat=term_phrase(term, "dat", words=words, joiner=" и "),
        acc=term_phrase(term, "acc", words=words, joiner=" и "),
        kind_gen=kind_words,
    )
    (found,) = find_sentences(text)
    assert found.value.kind.value == kind, text
    assert found.value.status.value == status, text
    assert found.value.term == term, text
    assert text[found.span.start : found.span.end] == found.text


_LARGE = {1_000_000: ("млн", "миллионов"), 1_000_000_000: ("млрд", "миллиардов")}
_SMALL = ("тыс.", "тысяч")


@given(
    large=st.sampled_from(sorted(_LARGE)),
    whole=st.integers(1, 99),
    part=st.integers(1, 999),
    spelled=st.booleans(),
    currency=st.sampled_from([("тенге", "KZT"), ("рублей", "RUB"), ("сомов", "KGS")]),
)
def test_an_amount_in_two_parts_reads_back(
    large: int, whole: int, part: int, spelled: bool, currency: tuple[str, str]
) -> None:
    # "4 миллионов 410 тысяч рублей", "2 млн 500 тыс. тенге": the smaller part adds to the larger
    unit = _LARGE[large][spelled]
    small = _SMALL[spelled] if large == 1_000_000 else ("млн", "миллионов")[spelled]
    small_value = 1_000 if large == 1_000_000 else 1_000_000
    text = f"Суд назначил ему штраф {whole} {unit} {part} {small} {currency[0]}."
    (found,) = find_sentences(text)
    assert found.value.fine is not None, text
    assert found.value.fine.amount == whole * large + part * small_value, text
    assert found.value.fine.currency == currency[1]


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        ("Ему назначили 3 года условного срока.", "3 года условного срока"),
        (
            "Суд дал ему 4 года, из них два года - условного наказания.",
            "два года - условного наказания",
        ),
        ("Соучастнику суд дал условное.", "условное"),
    ],
)
def test_a_suspended_sentences_evidence_holds_its_whole_words(text: str, evidence: str) -> None:
    assert [f.text for f in find_sentences(text) if f.value.kind.value == "suspended"] == [evidence]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("3 года лишения свободы условно", "suspended imposed P3Y", id="suspended"),
        pytest.param("семь лет", "imprisonment imposed P7Y", id="bare-term"),
        pytest.param("штраф 100 МРП", "fine imposed - fine=100 MCI", id="fine"),
        pytest.param(
            "приговорен к пожизненному лишению свободы", "life_imprisonment imposed -", id="life"
        ),
    ],
)
def test_parse_sentence(text: str, expected: str) -> None:
    sentence = parse_sentence(text)
    assert sentence is not None
    assert _describe(sentence) == expected


@pytest.mark.parametrize(
    "text", ["7 лет и штраф 100 МРП", "прокурор", "", "в 2022 году", "пожизненное лишение свободы"]
)
def test_parse_sentence_refuses_what_is_not_one_penalty(text: str) -> None:
    assert parse_sentence(text) is None


@given(st.text())
def test_any_text_is_accepted_and_spans_slice(text: str) -> None:
    for found in find_sentences(text):
        assert text[found.span.start : found.span.end] == found.text
    parse_sentence(text)


def test_the_hints_miss_no_cue_and_no_kind_word() -> None:
    from kzjustice._text import normalise
    from kzjustice.ru.penalties.passage import _ANCHOR, _CUE, CUE_HINTS, KIND_HINTS

    texts = [text for text, _, _ in CASES] + [text for text, _ in NEAR_MISSES]
    for text in texts:
        normal = normalise(text)
        for cue in _CUE.finditer(normal):
            assert cue[0].lower().startswith(CUE_HINTS), cue[0]
        for anchor in _ANCHOR.finditer(normal):
            assert anchor[0].lower().startswith(KIND_HINTS), anchor[0]
