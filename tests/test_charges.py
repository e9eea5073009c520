from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kzjustice.charges import CUES, charge_for, find_charges, taxonomy


def _read(text: str) -> list[tuple[str, str | None]]:
    found = find_charges(text)
    for f in found:
        assert text[f.span.start : f.span.end] == f.text == f.value.text
    return [(f.text, f.value.key) for f in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the taxonomy's aliases, anywhere
        pytest.param(
            "on charges of acts of torture and abuse of office",
            [("acts of torture", "torture"), ("abuse of office", "abuse_of_office")],
            id="aliases",
        ),
        pytest.param("He denies torturing detainees.", [("torturing", "torture")], id="verb-form"),
        pytest.param(
            "charged with bribe-taking", [("bribe-taking", "bribe_taking")], id="bribe-taking"
        ),
        pytest.param(
            "She was convicted of inciting social discord.",
            [("inciting social discord", "inciting_discord")],
            id="inciting-discord",
        ),
        # charges the taxonomy does not know, after a cue, as written
        pytest.param("He was convicted of wire fraud.", [("wire fraud", None)], id="unknown"),
        pytest.param(
            "She was charged with embezzlement and money laundering.",
            [("embezzlement", None), ("money laundering", None)],
            id="unknown-two",
        ),
        pytest.param(
            "He was found guilty of bribery and abuse of office and sentenced to five years.",
            [("bribery", None), ("abuse of office", "abuse_of_office")],
            id="unknown-and-known",
        ),
        pytest.param(
            "He was accused of illegal acquisition and storage of weapons, which carries up to "
            "five years.",
            [("illegal acquisition and storage of weapons", None)],
            id="shared-complement",
        ),
        pytest.param(
            "He was found guilty of theft on an especially large scale.",
            [("theft", "theft")],
            id="qualified-known",
        ),
        pytest.param(
            'She was found guilty of "participation in the activities of a banned extremist '
            'organization" and "financing extremism".',
            [
                ("participation in the activities of a banned extremist organization", None),
                ("financing extremism", None),
            ],
            id="quoted",
        ),
        pytest.param(
            'found guilty of "conspiracy to seize power," received seven years',
            [("conspiracy to seize power", None)],
            id="quoted-comma-inside",
        ),
        pytest.param(
            'jailed on charges of "torture" and "abuse of power", the office said',
            [("torture", "torture"), ("abuse of power", None)],
            id="quoted-then-next-clause",
        ),
        pytest.param(
            "He was convicted of fraud in Almaty on Monday.",
            [("fraud", None)],
            id="place-and-date-end-it",
        ),
        pytest.param(
            "They were convicted on charges of hooliganism, vandalism and resisting police.",
            [("hooliganism", "hooliganism"), ("vandalism", None), ("resisting police", None)],
            id="list",
        ),
        pytest.param(
            "He was arrested on suspicion of spying for a foreign state.",
            [("spying", None)],
            id="suspicion",
        ),
        # no charge: no cue, or a reference to charges named elsewhere
        pytest.param("Wire fraud is a growing problem.", [], id="near-no-cue"),
        pytest.param("He was found guilty of the same charge.", [], id="near-same-charge"),
        pytest.param("She was convicted of 3 counts.", [], id="near-number"),
        pytest.param(
            'The court imposed a ban on "social and political activity".', [], id="near-quote"
        ),
    ],
)
def test_find_charges(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _read(text) == expected


@given(
    cue=st.sampled_from(CUES),
    words=st.lists(
        st.sampled_from(["wire", "tax", "customs", "evasion", "smuggling", "forgery", "fraud"]),
        min_size=1,
        max_size=3,
    ),
)
def test_an_unknown_charge_after_a_cue_is_never_dropped(cue: str, words: list[str]) -> None:
    name = " ".join(words)
    text = f"The former official was {cue} {name} in Taraz."
    assert _read(text) == [(name, None)]


@given(entry=st.sampled_from(taxonomy()).filter(lambda e: bool(e.aliases)), data=st.data())
def test_a_known_charge_after_a_cue_keeps_its_key(entry: object, data: st.DataObject) -> None:
    alias = data.draw(st.sampled_from(entry.aliases))  # type: ignore[attr-defined]
    charge = charge_for(alias)
    if charge.key is None:
        return  # an alias listed under two keys maps to neither
    (found,) = find_charges(f"He was convicted of {alias}.")
    assert found.value.key == charge.key
    assert found.text == alias


@given(st.text())
def test_any_text_is_accepted(text: str) -> None:
    for found in find_charges(text):
        assert text[found.span.start : found.span.end] == found.text
    charge_for(text)
