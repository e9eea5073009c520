from __future__ import annotations

from importlib import resources

import attrs
import pytest

from kzjustice.lexicon import LANGUAGES, Lexicon, WordClass, lexicon, phrases
from kzjustice.ru.inflect import PARADIGMS, forms, generate, lemma_sources, lemmas

CLASSES = [f.name for f in attrs.fields(Lexicon) if f.name != "language"]
DATA = resources.files("kzjustice").joinpath("data")
UNUSED = {("en", "lone_person_nouns")}  # English marks a definite mention with "the"

# Classes that must share no entry: a word cannot be both.
EXCLUSIVE = [
    ("countries", "places"),
    ("countries", "organisations"),
    ("places", "organisations"),
    ("role_nouns", "generic_person_nouns"),
    ("role_nouns", "not_role_words"),
    ("female_words", "male_words"),
    ("female_surname_endings", "male_surname_endings"),
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
    if (language, name) in UNUSED:
        assert not entries, "a class a language has no use for lists nothing"
        assert "lists none" in text, "and its file says why"
    else:
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


@pytest.mark.parametrize("language", LANGUAGES)
def test_generic_person_nouns_are_person_nouns(language: str) -> None:
    words = lexicon(language)
    assert set(words.generic_person_nouns) - set(words.person_nouns) <= {"people"}
    assert set(words.lone_person_nouns) <= set(words.generic_person_nouns)


@pytest.mark.parametrize("name", lemma_sources())
def test_generated_russian_classes_are_what_the_generator_writes(name: str) -> None:
    checked_in = DATA.joinpath(f"ru/{name}.txt").read_text(encoding="utf-8")
    assert checked_in == generate(name), "run `python -m kzjustice.ru.inflect`"


def test_russian_classes_not_generated_are_written_by_hand() -> None:
    generated = set(lemma_sources())
    for name in CLASSES:
        text = DATA.joinpath(f"ru/{name}.txt").read_text(encoding="utf-8")
        assert ("Generated from lemmas/" in text) == (name in generated), name


@pytest.mark.parametrize("name", lemma_sources())
def test_russian_lemmas_name_known_paradigms_once(name: str) -> None:
    seen = set()
    for lemma, paradigm, changes in lemmas(name):
        assert paradigm in PARADIGMS
        assert (lemma, paradigm) not in seen
        seen.add((lemma, paradigm))
        assert forms(lemma, paradigm, changes)[0] == lemma or changes


@pytest.mark.parametrize("name", CLASSES)
def test_russian_words_are_cyrillic_with_e_for_yo(name: str) -> None:
    for entry in getattr(lexicon("ru"), name):
        assert "ё" not in entry, entry
        assert not any("a" <= c <= "z" for c in entry), entry


@pytest.mark.parametrize(
    ("lemma", "paradigm", "expected"),
    [
        pytest.param(
            "адвокат", "m", "адвоката адвокату адвокатом адвокате адвокаты адвокатов", id="m"
        ),
        pytest.param("сотрудник", "m", "сотрудники сотрудников", id="m-velar-plural"),
        pytest.param("врач", "m", "врачи врачей", id="m-hushing-plural"),
        pytest.param("водитель", "m_soft", "водителя водителем водителей", id="m-soft"),
        pytest.param("женщина", "a", "женщины женщине женщину женщиной женщин", id="a"),
        pytest.param("гражданка", "a", "гражданки гражданок", id="a-fleeting-o"),
        pytest.param("девушка", "a", "девушки девушек", id="a-fleeting-e"),
        pytest.param("жительница", "a", "жительницей", id="a-after-ts"),
        pytest.param("судья", "ja", "судьи судье судью судьей судей", id="ja-soft-sign"),
        pytest.param("неделя", "ja", "недели неделю недель", id="ja"),
        pytest.param("комиссия", "ija", "комиссии комиссию комиссией комиссий", id="ija"),
        pytest.param("убийство", "o", "убийства убийству убийством убийстве убийств", id="o"),
        pytest.param("лишение", "ie", "лишения лишению лишением лишении лишений", id="ie"),
        pytest.param("подсудимый", "adj", "подсудимого подсудимой подсудимые подсудимых", id="adj"),
        pytest.param("бывший", "adj", "бывшего бывшему бывшей бывших", id="adj-hushing"),
        pytest.param("полицейский", "adj", "полицейского полицейские полицейских", id="adj-velar"),
        pytest.param("городской", "adj", "городского городским городские", id="adj-stressed"),
        pytest.param("последний", "adj", "последнего последняя последнюю", id="adj-soft"),
        pytest.param("приговорил", "past", "приговорила приговорило приговорили", id="past"),
        pytest.param("вынес", "past", "вынесла вынесли", id="past-no-l"),
        pytest.param("признался", "past", "призналась признались", id="past-reflexive"),
        pytest.param("осужден", "short", "осуждена осуждено осуждены", id="short"),
    ],
)
def test_paradigms_give_the_forms_of_their_class(lemma: str, paradigm: str, expected: str) -> None:
    found = forms(lemma, paradigm)
    assert found[0] == lemma
    assert set(expected.split()) <= set(found)


@pytest.mark.parametrize(
    ("lemma", "paradigm", "wrong"),
    [
        pytest.param("подсудимая", "adj_f", "подсудимый", id="feminine-alone"),
        pytest.param("подсудимый", "adj_m", "подсудимая", id="masculine-alone"),
        pytest.param("сотрудник", "m", "сотрудникы", id="no-y-after-velar"),
        pytest.param("городской", "adj", "городскым", id="no-y-after-velar-stressed"),
        pytest.param("судья", "ja", "судьь", id="no-double-soft-sign"),
    ],
)
def test_paradigms_give_no_wrong_form(lemma: str, paradigm: str, wrong: str) -> None:
    assert wrong not in forms(lemma, paradigm)


def test_an_unknown_paradigm_or_change_is_refused() -> None:
    with pytest.raises(ValueError, match="no paradigm"):
        forms("суд", "xx")
    with pytest.raises(ValueError, match="a change"):
        forms("суд", "m", "суды")


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
