"""Shortcuts the grammars take for speed give the answers of the patterns they stand in for.

A pattern anchored at the end of a window is searched backwards first, to say quickly whether
it matches at all; a scan is skipped where a word every match holds is absent. Each must agree
with the plain search on any text: these properties draw texts from the words the patterns
read, where a disagreement would show.
"""

from __future__ import annotations

from typing import Any

import regex
from hypothesis import given
from hypothesis import strategies as st

from kzjustice import find_terms
from kzjustice._text import normalise
from kzjustice.mentions.records import grammar_for as mentions_grammar
from kzjustice.numbers import NUMBER_LISTS
from kzjustice.penalties.elided import _NUMBER_INITIALS, BARE_NUMBER
from kzjustice.penalties.termed import _LEFT_VETO, _PREVENTIVE, _PREVENTIVE_HINTS
from kzjustice.penalties.vocabulary import LEFT_KIND
from kzjustice.terms import _CANDIDATE, _UNIT_STEMS, NAMING_WORDS

WORDS = (
    "house", "arrest", "arrested", "administrative", "administratively", "sentence", "sentences",
    "suspended", "prison", "term", "terms", "of", "for", "a", "an", "the", "each", "and", ",",
    ":", "B.", "Ospanov", "10", "12", "five", "nine", "twenty-one", "lasting", "totalling",
    "period", "spent", "served", "by", "punishable", "under", "law", "within", "to", "him",
    "restricted", "freedom", "probation", "remanded", "custody", "pre-trial", "held", "bail",
    "Year", "MONTHS", "weeks", "day", "hours", "decade", "yrs", "old", "-", "year-long",
    "Seven", "EIGHT", "a hundred", "an", "twenty", "1,200", "8.5", "half", "respectively", ".",
)  # fmt: skip
texts = st.lists(st.sampled_from(WORDS), max_size=14).map(" ".join)
windows = st.tuples(texts, st.sampled_from(["", " ", "  "])).map("".join)


def _forwards(pattern: regex.Pattern[str]) -> regex.Pattern[str]:
    forwards = regex.compile(
        pattern.pattern.replace("(?r)", "", 1),
        pattern.flags & ~regex.REVERSE,
        ignore_unused=True,
        **NUMBER_LISTS,
    )
    assert not forwards.flags & regex.REVERSE
    return forwards


@given(windows)
def test_a_kind_before_a_term_is_found_backwards_where_it_is_forwards(window: str) -> None:
    assert (LEFT_KIND.search(window) is None) == (_forwards(LEFT_KIND).search(window) is None)


@given(windows)
def test_a_veto_before_a_term_is_found_backwards_where_it_is_forwards(window: str) -> None:
    assert (_LEFT_VETO.search(window) is None) == (_forwards(_LEFT_VETO).search(window) is None)


@given(texts)
def test_a_preventive_measure_holds_one_of_its_hints(text: str) -> None:
    found = _PREVENTIVE.search(normalise(text))
    assert found is None or any(hint in found[0].lower() for hint in _PREVENTIVE_HINTS)


@given(texts)
def test_a_term_holds_a_unit_stem(text: str) -> None:
    if not any(stem in text.lower() for stem in _UNIT_STEMS):
        assert list(_CANDIDATE.finditer(text)) == []
        assert find_terms(text) == ()


@given(texts)
def test_bare_numbers_are_found_where_they_are_without_the_lookahead(text: str) -> None:
    lookahead = f"(?= [0-9] | \\b [{_NUMBER_INITIALS}] )"
    assert lookahead in BARE_NUMBER.pattern
    plain = regex.compile(
        BARE_NUMBER.pattern.replace(lookahead, "", 1),
        BARE_NUMBER.flags,
        naming_word=NAMING_WORDS,
        **NUMBER_LISTS,
    )
    assert [m.span() for m in BARE_NUMBER.finditer(text)] == [
        m.span() for m in plain.finditer(text)
    ]


RU_WORDS = (
    "суд", "Суд", "приговорил", "осудил", "осужден", "осуждены", "оправдан", "был", "были",
    "полностью", "двое", "Трое", "один", "одна", "одного", "из", "них", "которых", "второго",
    "третьего", "четвертый", "-", "—", "к", "на", "по", "5", "годам", "водителя", "местного",
    "жителя", "организаторов", "беспорядков", "осужденные", "приговорены", "для", "другого",
    ",", ".", "Троим", "назначили", "Житель", "получил", "Например,", "37-летний", "Иван",
    "Петров", "в", "отношении", "дело", "нападавших", "\n", "«", "Организатору", "дали",
)  # fmt: skip
ru_texts = st.lists(st.sampled_from(RU_WORDS), max_size=16).map(" ".join)


@given(ru_texts, st.integers(0, 20))
def test_alternatives_scanned_apart_match_where_the_whole_pattern_does(text: str, pos: int) -> None:
    # a pattern given as its alternatives is scanned one alternative at a time
    apart = mentions_grammar("ru").bare_group
    lists: dict[str, Any] = dict(apart.named_lists)
    whole = regex.compile(apart.pattern, apart.flags, ignore_unused=True, **lists)
    for args in ((text,), (text, pos), (text, pos, len(text) - pos)):
        assert [(m.span(), m.groupdict()) for m in apart.finditer(*args)] == [
            (m.span(), m.groupdict()) for m in whole.finditer(*args)
        ]
