from __future__ import annotations

from importlib import resources

import iuliia
import pytest
from hypothesis import given
from hypothesis import strategies as st

from kzjustice.ru.names import gender_of, latin_key, nominative, readings
from ru_strategies import decline_given, decline_surname


def _given_names() -> list[tuple[str, str]]:
    text = resources.files("kzjustice").joinpath("data/ru/given_names.tsv").read_text("utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    return [(name.capitalize(), gender) for name, gender in rows]


GIVEN = _given_names()
SURNAME_STEMS = ["Сапаров", "Кудайбергенов", "Жумабеков", "Нурпеисов", "Ахметжанов", "Кудебаев",
                 "Алиев", "Ильин", "Токаев", "Сыдыков", "Абенов", "Серикбаев"]  # fmt: skip


@pytest.mark.parametrize(
    ("written", "expected", "hints"),
    [
        pytest.param("Ержана Сапарова", "Ержан Сапаров", {}, id="man-genitive"),
        pytest.param("Рустаму Абдулла", "Рустам Абдулла", {}, id="surname-in-a-undeclined"),
        pytest.param(
            "Тогрулу Гусейнзаде", "Тогрул Гусейнзаде", {}, id="surname-in-zade-undeclined"
        ),
        pytest.param(
            "Дауренбеку Сейткалиулы", "Дауренбек Сейткалиулы", {}, id="a-mans-unknown-given-name"
        ),
        pytest.param("Ольгу Данелия", "Ольга Данелия", {}, id="surname-in-ia-undeclined"),
        pytest.param("Инги Иманбай", "Инга Иманбай", {}, id="a-womans-name-before-bai-undeclined"),
        pytest.param("Исхака Пирматова", "Исхак Пирматов", {}, id="a-kyrgyz-mans-name-genitive"),
        pytest.param(
            "Джоомарта Оторбаева", "Джоомарт Оторбаев", {}, id="a-kyrgyz-mans-name-in-art"
        ),
        pytest.param("Виктора Ланге", "Виктор Ланге", {}, id="surname-in-e-undeclined"),
        pytest.param("Фарруха Шарифзоду", "Фаррух Шарифзода", {}, id="tajik-zoda-declined"),
        pytest.param("Эльдара Гасанзаде", "Эльдар Гасанзаде", {}, id="azerbaijani-zade-undeclined"),
        pytest.param(
            "К.Ташиева", "К. Ташиев", {"gender": "m"}, id="an-initial-joined-to-the-surname"
        ),
        pytest.param("Марату Бедному", "Марат Бедный", {}, id="adjectival-surname-dative"),
        pytest.param("Айнуру Верную", "Айнура Верная", {}, id="adjectival-surname-female-acc"),
        pytest.param("Анне Бруно", "Анна Бруно", {}, id="surname-in-o-undeclined"),
        pytest.param("Ивана Кузнеца", "Иван Кузнец", {}, id="surname-in-a-declined-first"),
        pytest.param("Павла Рудинского", "Павел Рудинский", {}, id="fleeting-vowel"),
        pytest.param("Андрея Кравца", "Андрей Кравец", {}, id="fleeting-vowel-of-ec"),
        pytest.param("Олегу Немцу", "Олег Немец", {}, id="fleeting-vowel-of-ec-dative"),
        pytest.param("Андрея Шульца", "Андрей Шульц", {}, id="no-fleeting-vowel-after-soft-l"),
        pytest.param("Данила Кравец", "Данила Кравец", {"gender": "m"}, id="a-man-in-a-known"),
        pytest.param("Анастасию Лешкевич", "Анастасия Лешкевич", {}, id="a-woman-in-vich"),
        pytest.param("Олегу Шульге", "Олег Шульга", {}, id="a-mans-surname-in-a-declined"),
        pytest.param("Айдоса Жумагали", "Айдос Жумагали", {}, id="a-mans-surname-in-i-undeclined"),
        pytest.param(
            "Сейткали Гульмира", "Сейткали Гульмира", {"gender": "f"}, id="a-surname-in-ali-first"
        ),
        pytest.param("Гузали Каримовой", "Гузаль Каримова", {}, id="a-given-name-in-al-declined"),
        pytest.param("Ольгу Еремину", "Ольга Еремина", {}, id="no-fleeting-vowel-for-a-woman"),
        pytest.param("Айнур Сапаровой", "Айнур Сапарова", {}, id="woman-oblique"),
        pytest.param("Кудайбергенову", "Кудайбергенов", {}, id="surname-dative"),
        pytest.param(
            "Кудайбергенову", "Кудайбергенова", {"gender": "f"}, id="surname-accusative-f"
        ),
        pytest.param("Сапарова", "Сапарова", {}, id="surname-as-written"),
        pytest.param("Сапарова", "Сапаров", {"case": "acc"}, id="surname-accusative-hint"),
        pytest.param("Гульнару Сапарову", "Гульнара Сапарова", {}, id="woman-accusative"),
        pytest.param("Сергея Иванова", "Сергей Иванов", {}, id="soft-j"),
        pytest.param("Игоря Петрова", "Игорь Петров", {}, id="soft-sign"),
        pytest.param("Дмитрия Хасанова", "Дмитрий Хасанов", {}, id="ij"),
        pytest.param("Марии Ивановой", "Мария Иванова", {}, id="ija"),
        pytest.param("Асели Нурлановой", "Асель Нурланова", {}, id="woman-soft-sign"),
        pytest.param("Ержаном Сапаровым", "Ержан Сапаров", {}, id="instrumental"),
        pytest.param("Ержане Сапарове", "Ержан Сапаров", {}, id="prepositional"),
        pytest.param("Касым-Жомарта Токаева", "Касым-Жомарт Токаев", {}, id="hyphenated"),
        pytest.param("А. Жубанову", "А. Жубанов", {}, id="initial-before"),
        pytest.param("Жубанова А.", "Жубанова А.", {"gender": "f"}, id="initial-after"),
        pytest.param("Ержана Болатовича Сапарова", "Ержан Болатович Сапаров", {}, id="patronymic"),
        pytest.param(
            "Айгуль Болатовны Сапаровой", "Айгуль Болатовна Сапарова", {}, id="patronymic-f"
        ),
        pytest.param("Махабат Тажибек кызы", "Махабат Тажибек кызы", {}, id="kyzy"),
        pytest.param("Жасулана Серик улы", "Жасулан Серик улы", {}, id="uly"),
        pytest.param("Ковалевского", "Ковалевский", {}, id="adjectival"),
        pytest.param("Ковалевской", "Ковалевская", {}, id="adjectival-f"),
        pytest.param("Шевченко", "Шевченко", {}, id="indeclinable"),
        pytest.param("Никиту Петрова", "Никита Петров", {}, id="man-in-a"),
        pytest.param("Мади Жумабекова", "Мади Жумабеков", {}, id="indeclinable-given-name"),
        pytest.param("ЕРЖАНА САПАРОВА", "ЕРЖАН САПАРОВ", {}, id="capitals"),
        pytest.param("Ольги Петровой", "Ольга Петрова", {}, id="velar-a"),
        pytest.param("Ерлана Ильина", "Ерлан Ильин", {}, id="in-surname"),
        pytest.param("Нурбол Ережепову", "Нурбол Ережепов", {}, id="man-undeclined-given"),
        pytest.param("Ержан Сапарова", "Ержан Сапаров", {}, id="man-undeclined-given-genitive"),
        pytest.param("Эльчин Гахраманлы", "Эльчин Гахраманлы", {}, id="azerbaijani-ly"),
        pytest.param(
            "Хафиза Бабалы", "Хафиз Бабалы", {"gender": "m"}, id="azerbaijani-ly-genitive"
        ),
    ],
)
def test_nominative(written: str, expected: str, hints: dict[str, str]) -> None:
    assert nominative(written, **hints) == expected  # type: ignore[arg-type]


_DECLINABLE = [
    (name, gender)
    for name, gender in GIVEN
    if (gender == "m" and name[-1] not in "аеиоуыэюяь")
    or (gender == "f" and name[-1] not in "еиоуыэюь")
]


_KNOWN = {name.lower(): gender for name, gender in GIVEN}


@given(
    person=st.sampled_from(_DECLINABLE),
    stem=st.sampled_from(SURNAME_STEMS),
    case=st.sampled_from(["nom", "gen", "acc", "dat", "ins", "pre"]),
)
def test_a_declined_name_reduces_to_its_nominative(
    person: tuple[str, str], stem: str, case: str
) -> None:
    name, gender = person
    expected = f"{name} {decline_surname(stem, gender, 'nom')}"
    written = f"{decline_given(name, gender, case)} {decline_surname(stem, gender, case)}"
    assert nominative(written, gender=gender, case=case) == expected, written  # type: ignore[arg-type]
    # Without hints, only a form that is also a known name of the other gender is ambiguous:
    # "Александру" is Александр's dative and Александра's accusative.
    ambiguous = any(
        r.gender != gender and _KNOWN.get(r.nominative.split()[0].lower()) == r.gender
        for r in readings(written)
    )
    if not ambiguous:
        assert nominative(written) == expected, written
        assert gender_of(written) == gender, written


def test_a_known_mans_name_in_u_is_his_dative_not_a_womans_accusative() -> None:
    found = {(r.nominative, r.gender, r.case) for r in readings("Бауржану Ахметову")}
    assert found == {("Бауржан Ахметов", "m", "dat")}


def test_readings_say_every_way_a_name_can_be_read() -> None:
    found = {(r.nominative, r.gender, r.case) for r in readings("Сапарова")}
    assert found == {("Сапаров", "m", "gen"), ("Сапаров", "m", "acc"), ("Сапарова", "f", "nom")}


@pytest.mark.parametrize(
    ("cyrillic", "latin"),
    [
        pytest.param("Ержан Кудайбергенов", "Yerzhan Kudaibergenov", id="ye-ai"),
        pytest.param("Кудебаев", "Kudebayev", id="yev"),
        pytest.param("Қасым", "Kassym", id="kazakh-letter-double"),
        pytest.param("Жубанов", "Jubanov", id="zh-j"),
        pytest.param("Хамит", "Hamit", id="kh-h"),
        pytest.param("Дмитрий", "Dmitry", id="iy"),
        pytest.param("Алия", "Aliya", id="iya"),
        pytest.param("Серикулы", "Serikuly", id="uly"),
        pytest.param("Ещенко", "Yeshchenko", id="shch"),
    ],
)
def test_latin_key_matches_across_languages(cyrillic: str, latin: str) -> None:
    assert latin_key(cyrillic) == latin_key(latin)


_SCHEMES = [iuliia.WIKIPEDIA, iuliia.BGN_PCGN, iuliia.ICAO_DOC_9303, iuliia.MOSMETRO,
            iuliia.YANDEX_MAPS, iuliia.MVD_310]  # fmt: skip


@given(
    person=st.sampled_from(GIVEN),
    stem=st.sampled_from(SURNAME_STEMS),
    scheme=st.sampled_from(_SCHEMES),
)
def test_latin_key_agrees_with_common_romanisations(
    person: tuple[str, str], stem: str, scheme: iuliia.Schema
) -> None:
    name = f"{person[0]} {decline_surname(stem, person[1], 'nom')}"
    assert latin_key(name) == latin_key(scheme.translate(name)), scheme.translate(name)


@given(st.text())
def test_any_text_is_accepted(text: str) -> None:
    nominative(text)
    gender_of(text)
    latin_key(text)
