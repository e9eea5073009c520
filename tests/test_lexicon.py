from __future__ import annotations

from importlib import resources

import attrs
import pytest

from kzjustice.lexicon import LANGUAGES, Lexicon, WordClass, lexicon, phrases

CLASSES = [f.name for f in attrs.fields(Lexicon) if f.name != "language"]
DATA = resources.files("kzjustice").joinpath("data")

# Classes that must share no entry: a word cannot be both.
EXCLUSIVE = [
    ("countries", "places"),
    ("countries", "organisations"),
    ("places", "organisations"),
    ("role_nouns", "generic_person_nouns"),
    ("role_nouns", "not_role_words"),
]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_language_has_every_class_and_nothing_else(language: str) -> None:
    files = {p.name for p in DATA.joinpath(language).iterdir() if p.name.endswith(".txt")}
    assert files == {f"{name}.txt" for name in CLASSES}


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", CLASSES)
def test_every_class_file_is_well_formed(language: str, name: str) -> None:
    text = DATA.joinpath(f"{language}/{name}.txt").read_text(encoding="utf-8")
    lines = text.splitlines()
    assert lines[0].startswith("# "), "the first line says what the class is for"
    assert "Read by:" in "\n".join(line for line in lines if line.startswith("#"))
    entries = getattr(lexicon(language), name).entries
    assert entries, "a class is never empty"
    assert len(entries) == len(set(entries)), "nothing is listed twice"
    for entry in entries:
        assert entry == entry.lower().strip(), f"entries are lower case: {entry!r}"
        assert "  " not in entry and "\t" not in entry


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(("one", "other"), EXCLUSIVE)
def test_exclusive_classes_share_no_entry(language: str, one: str, other: str) -> None:
    words = lexicon(language)
    assert not set(getattr(words, one)) & set(getattr(words, other))


def test_generic_person_nouns_are_person_nouns() -> None:
    words = lexicon("en")
    assert set(words.generic_person_nouns) - set(words.person_nouns) <= {"people"}


def test_an_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError, match="no lexicon"):
        lexicon("xx")


def test_a_word_class_is_read_once_and_immutable() -> None:
    assert lexicon("en") is lexicon("en")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        lexicon("en").countries = WordClass(name="countries", entries=())  # type: ignore[misc]


def test_phrases_match_the_longest_entry_and_any_whitespace() -> None:
    import regex

    pattern = regex.compile(phrases(("on", "on trial")))
    assert pattern.match("on\n trial")[0] == "on\n trial"  # type: ignore[index]
