"""The reader on short Russian passages: who gets which penalty, and names in the nominative.

Each row is a passage and the (defendant, penalty) pairs a careful coder records from it, per
CONVENTIONS.md: the defendant is the name in the nominative, or for an unnamed one its count;
the penalty is (kind, status, term). Names, places and numbers are invented.
"""

from __future__ import annotations

from typing import Any

import pytest

from gold import P, who_gets_what
from kzjustice import parse_article

Pair = tuple[Any, ...]


def pairs_of(text: str) -> list[Pair]:
    article = parse_article(text)
    assert article.language == "ru"
    return who_gets_what(article)


ROWS = [
    pytest.param(
        "Суд приговорил 18-летнего жителя Нижнего Тагила Никиту Рожкова к девяти годам колонии. "
        "Витебчанин Игорь Савчук получил 15 суток ареста. Азамат Ерланулы Кудайбергенов получил "
        "8 лет.",
        [
            P("Никита Рожков", "P9Y"),
            P("Игорь Савчук", "P15D", kind="administrative_arrest"),
            P("Азамат Ерланулы Кудайбергенов", "P8Y"),
        ],
        id="three-words-without-a-patronymic-are-a-place-or-a-demonym-and-a-name",
    ),
    pytest.param(
        "Суд приговорил Рустама Назарзода. Двадцатилетний срок получил Назарзода.",
        [P("Рустам Назарзода", "P20Y")],
        id="an-adjectival-term-then-its-noun-then-the-verb",
    ),
    pytest.param(
        "Организатор убийства - Фаридун Саидов, его сообщник - Рустам Назарзода, водитель - "
        "Шухрат Комилов. Двадцатилетний срок с отбыванием в колонии строгого режима получил "
        "Назарзода. Водителя суд осудил к двенадцати годам лишения свободы.",
        [P("Шухрат Комилов", "P12Y"), P("Рустам Назарзода", "P20Y")],
        id="roles-before-dashes-a-fronted-adjectival-term-and-a-fronted-role-object",
    ),
    pytest.param(
        "Осуждены бывшая руководитель районного отдела ЖКХ Аида Ли и водитель Серик кызы "
        "Алтынай. Прокурор просил для Ли 9 лет. Ли получила 7 лет, Серик кызы - 8 лет.",
        [
            P("Аида Ли", "P9Y", status="requested"),
            P("Аида Ли", "P7Y"),
            P("Серик кызы Алтынай", "P8Y"),
        ],
        id="an-abbreviation-that-is-no-legal-form-and-a-particle-name-by-its-surname",
    ),
    pytest.param(
        "Рассмотрено дело в отношении бывшего заместителя хокима района Ф. Рахимова и начальника "
        "отдела земельных ресурсов Ш. Юлдашева. Ф. Рахимову назначено 7 лет лишения свободы, "
        "Ш. Юлдашеву - 5 лет 6 месяцев.",
        [P("Ф. Рахимов", "P7Y"), P("Ш. Юлдашев", "P5Y6M")],
        id="the-case-a-preposition-governs-says-the-gender-of-initials-and-surname",
    ),
    pytest.param(
        'Суд приговорил бывшего заместителя председателя правления АО "НК "Qazaq Logistics" '
        "Максата Турлыбекова к 9 годам лишения свободы. Суд оправдал начальника участка шахты "
        '"Абайская" Сергея Павловича Гринько. Трое участников получили по 3 года лишения свободы, '
        "четвертый - 2 года условно.",
        [
            P("Максат Турлыбеков", "P9Y"),
            P("Сергей Павлович Гринько", None, kind="acquittal"),
            P(3, "P3Y"),
            P(1, "P2Y", kind="suspended"),
        ],
        id="descriptions-past-quoted-names-and-an-ordinal-before-a-dash",
    ),
    pytest.param(
        "Водитель грузовика, 44-летний житель Мамлютки, признан виновным. На месте погибли "
        "водитель маршрутки Виктор Гончаренко и пассажирка. Прокурор просил приговорить водителя "
        "к 9 годам лишения свободы. Суд назначил ему 8 лет.",
        [P(1, "P9Y", status="requested"), P(1, "P8Y")],
        id="a-role-after-a-verdict-verb-is-the-one-so-described-not-a-victim",
    ),
    pytest.param(
        "Серик кызы Алтынай приговорена к восьми с половиной годам лишения свободы.",
        [P("Серик кызы Алтынай", "P8Y6M")],
        id="father-name-particle-then-given-name",
    ),
    pytest.param(
        "Трое молодых людей арестованы на 10 суток каждый. Их 35-летнему знакомому суд назначил "
        "15 суток ареста. Единственная женщина в компании отделалась штрафом в размере 20 МРП.",
        [
            P(3, "P10D", kind="administrative_arrest"),
            P(1, "P15D", kind="administrative_arrest"),
            P(1, None, kind="fine"),
        ],
        id="an-owned-acquaintance-and-the-only-woman-are-people-of-their-own",
    ),
    pytest.param(
        "Судья огласила приговор: «Признать Куанышева Армана Серикбаевича виновным и назначить "
        "наказание в виде лишения свободы сроком на семь лет».",
        [P("Куанышев Арман Серикбаевич", "P7Y")],
        id="a-verb-opening-a-quoted-verdict-is-no-name",
    ),
    pytest.param(
        "Суд приговорил Азамата Кенжебаева к 10 годам лишения свободы. Его помощнику Руслану "
        "Абдикаримову назначено девять лет. Государственный обвинитель запрашивал для "
        "организатора 12 лет, для бывшего помощника - 11.",
        [
            P("Азамат Кенжебаев", "P10Y"),
            P("Руслан Абдикаримов", "P9Y"),
            P("Азамат Кенжебаев", "P12Y", status="requested"),
            P("Руслан Абдикаримов", "P11Y", status="requested"),
        ],
        id="a-role-after-для-is-the-one-so-described-else-the-first-named",
    ),
    pytest.param(
        "Суд приговорил Азамата Кенжебаева к 10 годам лишения свободы. Его сообщнице Айгуль "
        "Бековой назначено три года ограничения свободы. Прокурор запрашивал для подсудимой "
        "пять лет.",
        [
            P("Азамат Кенжебаев", "P10Y"),
            P("Айгуль Бекова", "P3Y", kind="restricted_freedom"),
            P("Айгуль Бекова", "P5Y", status="requested"),
        ],
        id="a-generic-noun-after-для-keeps-its-gender",
    ),
    pytest.param(
        "Суд снизил срок бывшему акиму района Бауыржану Мырзахметову с девяти до семи лет. "
        "Напомним, в январе суд признал Мырзахметова виновным. Тогда суд приговорил бывшего "
        "чиновника к девяти годам лишения свободы, хотя прокурор просил 11 лет.",
        [
            P("Бауыржан Мырзахметов", "P9Y"),
            P("Бауыржан Мырзахметов", "P7Y"),
            P("Бауыржан Мырзахметов", "P11Y", status="requested"),
        ],
        id="a-former-official-with-no-name-after-is-the-one-spoken-of",
    ),
    pytest.param(
        "Суд приговорил бывшего акима района Бауыржана Мырзахметова к семи годам. Тогда же суд "
        "приговорил бывшего чиновника акимата Ержана Сапарова к пяти годам.",
        [P("Бауыржан Мырзахметов", "P7Y"), P("Ержан Сапаров", "P5Y")],
        id="a-former-official-named-after-is-someone-new",
    ),
    pytest.param(
        "Задержан председатель правления банка Айдос Темирханов. По статье о присвоении в "
        "особо крупном размере Темирханову грозит до 15 лет лишения свободы.",
        [P("Айдос Темирханов", "..P15Y", status="possible")],
        id="an-article-and-a-person-it-threatens-is-no-law-statement",
    ),
    pytest.param(
        "Суд осудил супругов из Могилева – Павла Лешкевича и Анастасию Лешкевич. Павлу назначили "
        "четыре года ограничения свободы, Анастасии – три года ограничения свободы.",
        [
            P("Павел Лешкевич", "P4Y", kind="restricted_freedom"),
            P("Анастасия Лешкевич", "P3Y", kind="restricted_freedom"),
        ],
        id="spouses-by-their-given-names-a-woman-in-vich",
    ),
    pytest.param(
        "Суд вынес приговор по делу о продаже дипломов. Бывший директор колледжа проведет в "
        "заключении девять лет.\n\nПо материалам дела, директор колледжа Мархабат Тажибаева "
        "выдавала дипломы за деньги. Суд назначил ей девять лет лишения свободы.",
        [P("Мархабат Тажибаева", "P9Y")],
        id="a-lead-description-named-by-its-role-in-the-next-paragraph",
    ),
    pytest.param(
        "На скамье подсудимых оказались начальник отделения криминальной полиции майор Арман "
        "Куанышев, двое оперуполномоченных его отделения и дежурная отдела Ольга Данелия. "
        "Гособвинение просило восемь лет лишения свободы для бывшего начальника отделения.",
        [P("Арман Куанышев", "P8Y", status="requested")],
        id="a-list-after-a-name-is-no-role-of-it",
    ),
    pytest.param(
        "Суд рассмотрел дело Кима В.А. По данным следствия, Ким Виталий Андреевич создал "
        "фиктивную компанию. Ким В.А. признан виновным, ему назначено 8 лет лишения свободы.",
        [P("Ким Виталий Андреевич", "P8Y")],
        id="initials-in-the-genitive-of-an-undeclined-surname-and-the-full-name",
    ),
    pytest.param(
        "Суд оправдал Марата Жаксылыкова. Вместе с ним на скамье подсудимых находился его "
        "знакомый Дмитрий Ковалёв, у которого нашли обрез. Он признан виновным в хранении "
        "оружия, суд назначил ему два года ограничения свободы.",
        [
            P("Марат Жаксылыков", None, kind="acquittal"),
            P("Дмитрий Ковалёв", "P2Y", kind="restricted_freedom"),
        ],
        id="he-is-the-sentence-befores-subject-not-an-object-pronoun",
    ),
    pytest.param(
        "Гульнару Мамытову областной суд оправдал. Дело вела руководитель районного отдела "
        "земельных отношений Айнур Сапарова. Бывшей руководительнице отдела назначено "
        "два года ограничения свободы.",
        [
            P("Гульнара Мамытова", None, kind="acquittal"),
            P("Айнур Сапарова", "P2Y", kind="restricted_freedom"),
        ],
        id="object-first-before-a-court-and-a-role-with-what-it-heads",
    ),
    pytest.param(
        "Суд Сузакского района заочно приговорил бывшего начальника районного управления "
        "Социального фонда Каныбека Жолдошбекова к 12 годам лишения свободы. Студента Томского "
        "политеха Ивана Петрова суд оштрафовал.",
        [P("Каныбек Жолдошбеков", "P12Y"), P("Иван Петров", None, kind="fine")],
        id="a-places-adjective-is-no-surname-and-a-description-reaches-past-it",
    ),
    pytest.param(
        "Суд вынес приговор в отношении Курмангалиева Е.Б. и главного бухгалтера Ахметовой "
        "А.\n\nПодсудимый Ерлан Болатович Курмангалиев получил 6 лет лишения свободы. "
        "Курмангалиеву Е.Б. также запрещено занимать должности на 5 лет. Ахметова А. "
        "оштрафована.",
        [
            P("Ерлан Болатович Курмангалиев", "P6Y"),
            P("Ерлан Болатович Курмангалиев", "P5Y", kind="ban"),
            P("Ахметова А.", None, kind="fine"),
        ],
        id="initials-in-any-case-then-the-full-name-and-no-name-across-lines",
    ),
    pytest.param(
        "Суд приговорил трех сотрудников полиции к пяти годам лишения свободы, четвертого "
        "подсудимого суд оправдал.",
        [P(3, "P5Y"), P(1, None, "acquittal")],
        id="an-ordinal-defendant-in-a-clause-of-his-own",
    ),
    pytest.param(
        "Блогерке Аружан Кенжебаевой дали 10 суток административного ареста. В ноябре суд "
        "приговорил к 7 годам лишения свободы бывшего хокима района Алишера Турсунова.",
        [
            P("Аружан Кенжебаева", "P10D", kind="administrative_arrest"),
            P("Алишер Турсунов", "P7Y"),
        ],
        id="a-womans-title-and-an-object-after-the-term",
    ),
    pytest.param(
        "Суд рассмотрел дело в отношении Кима В.А., Нурланулы Б., Жубановой А.М. и других. "
        "Нурланулы Бауыржан отвечал за изготовление документов. Нурланулы Б. назначено 6 лет "
        "лишения свободы.",
        [P("Нурланулы Бауыржан", "P6Y")],
        id="a-court-release-names-the-surname-first",
    ),
    pytest.param(
        "Оперуполномоченным Даурену Кенжебаеву и Руслану Ахметжанову суд назначил по пять лет "
        "лишения свободы. Обвинение запрашивало по семь лет для обоих оперуполномоченных.",
        [
            P("Даурен Кенжебаев", "P5Y"),
            P("Руслан Ахметжанов", "P5Y"),
            P("Даурен Кенжебаев", "P7Y", status="requested"),
            P("Руслан Ахметжанов", "P7Y", status="requested"),
        ],
        id="a-title-shared-by-two-names-and-both-so-titled",
    ),
    pytest.param(
        "Суд приговорил Руслана Шаймерденова к семи годам, Айдоса Курманбекулы к шести годам, "
        "Вадима Цоя к пяти годам. Прокурор в прениях просил для каждого из подсудимых по восемь "
        "лет.",
        [
            P("Руслан Шаймерденов", "P7Y"),
            P("Айдос Курманбекулы", "P6Y"),
            P("Вадим Цой", "P5Y"),
            *(
                P(who, "P8Y", status="requested")
                for who in ("Руслан Шаймерденов", "Айдос Курманбекулы", "Вадим Цой")
            ),
        ],
        id="a-request-for-each-of-the-defendants",
    ),
    pytest.param(
        "Два года лишения свободы получила Лейла Мамедова. Главный бухгалтер Нодира Юлдашева "
        "приговорена к трем годам исправительных работ. Директора компании Ботира Исмоилова суд "
        "оштрафовал на 150 млн сумов.",
        [
            P("Лейла Мамедова", "P2Y"),
            P("Нодира Юлдашева", "P3Y", kind="correctional_labour"),
            ("Ботир Исмоилов", "fine", "imposed", None),
        ],
        id="uzbek-and-azeri-given-names-say-the-gender",
    ),
    pytest.param(
        "Главным фигурантом был Ерлан Жаксылык. Суд признал Ерлана Жаксылык виновным и "
        "приговорил к девяти годам лишения свободы.",
        [P("Ерлан Жаксылык", "P9Y")],
        id="an-undeclined-kazakh-surname-after-a-declined-given-name",
    ),
    pytest.param(
        "Десять лет лишения свободы получил бывший директор ТОО «Атырау Су» Кайрат Нурланулы. "
        "Два года лишения свободы получила Лейла Мамедова.",
        [P("Кайрат Нурланулы", "P10Y"), P("Лейла Мамедова", "P2Y")],
        id="a-term-then-the-verb-then-its-subject",
    ),
    pytest.param(
        "Суд приговорил бывшего начальника таможенного поста «Кара-Суу» Азамата Бакыт уулу к "
        "10 годам. Прокуратура запрашивала для бывшего начальника поста 12 лет. В 2022 году к "
        "шести годам лишения свободы был приговорен его предыдущий начальник Улан Жээнбеков.",
        [
            P("Азамат Бакыт уулу", "P10Y"),
            P("Азамат Бакыт уулу", "P12Y", status="requested"),
            P("Улан Жээнбеков", "P6Y"),
        ],
        id="a-description-with-a-quoted-post-and-a-passive-subject-after-its-verb",
    ),
    pytest.param(
        "Жительницу Новороссийска приговорили к пяти годам колонии. Еще двое получили штраф\n"
        "16 июля 2025, 14:05\n\n"
        "Военный суд приговорил 29-летнюю жительницу Новороссийска Ольгу Ерёмину к пяти годам "
        "колонии общего режима.",
        [P("Ольга Ерёмина", "P5Y")],
        id="a-two-sentence-headline-above-its-timestamp-and-a-town-before-a-name",
    ),
    pytest.param(
        "Суд приговорил Ержана Сапарова к семи годам лишения свободы.",
        [P("Ержан Сапаров", "P7Y")],
        id="object-in-the-genitive",
    ),
    pytest.param(
        "Айнур Сапарова приговорена к пяти годам колонии. Прокурор просил для нее шесть лет.",
        [P("Айнур Сапарова", "P5Y"), P("Айнур Сапарова", "P6Y", status="requested")],
        id="passive-subject-and-a-request-for-her",
    ),
    pytest.param(
        "Нурлана Абаевича Жаксыбекова суд приговорил к восемнадцати годам.",
        [P("Нурлан Абаевич Жаксыбеков", "P18Y")],
        id="object-before-the-verb",
    ),
    pytest.param(
        "Алине Бойко назначено 12 лет лишения свободы, Айгерим Болаткызы - десять лет.",
        [P("Алина Бойко", "P12Y"), P("Айгерим Болаткызы", "P10Y")],
        id="datives-and-a-dash",
    ),
    pytest.param(
        "Тимуру Абенову и Ерболату Садыкову назначено по 15 лет лишения свободы каждому.",
        [P("Тимур Абенов", "P15Y"), P("Ерболат Садыков", "P15Y")],
        id="each-of-two",
    ),
    pytest.param(
        "По 10 лет суд назначил операторам Дане Муратовой и Олжасу Кайратулы.",
        [P("Дана Муратова", "P10Y"), P("Олжас Кайратулы", "P10Y")],
        id="penalty-then-verb-then-object",
    ),
    pytest.param(
        "Дарья Калинина получила 16 лет, Глеб Назаров - 14. Обвинение просило для Калининой "
        "18 лет, для Назарова - 16.",
        [
            P("Дарья Калинина", "P16Y"),
            P("Глеб Назаров", "P14Y"),
            P("Дарья Калинина", "P18Y", status="requested"),
            P("Глеб Назаров", "P16Y", status="requested"),
        ],
        id="for-whom-before-the-penalty",
    ),
    pytest.param(
        "Суд приговорил бывшего начальника таможенного поста Азамата Жумабекова к 10 годам. "
        "Прокурор потребовал для экс-начальника поста 12 лет.",
        [P("Азамат Жумабеков", "P10Y"), P("Азамат Жумабеков", "P12Y", status="requested")],
        id="description-refers-back",
    ),
    pytest.param(
        "Еще трое закладчиков получили от восьми до девяти лет.",
        [P(3, "P8Y..P9Y")],
        id="a-counted-group",
    ),
    pytest.param(
        "Водитель Максат Ибраев, которого обвиняли в перевозке прекурсоров, оправдан.",
        [P("Максат Ибраев", None, "acquittal")],
        id="role-before-a-name-is-no-part-of-it",
    ),
    pytest.param(
        "Закладчиков Тимура Даниярова и Сергея Петренко суд приговорил к 11 годам. Еще трое "
        "закладчиков получили по восемь лет.",
        [P("Тимур Данияров", "P11Y"), P("Сергей Петренко", "P11Y"), P(3, "P8Y")],
        id="a-common-word-opening-a-sentence",
    ),
    pytest.param(
        "Суд приговорил бывшего хокима Чустского района Бахтиёра Худойбердиева к восьми годам.",
        [P("Бахтиёр Худойбердиев", "P8Y")],
        id="district-before-a-name-yo-kept",
    ),
    pytest.param(
        "Жаксылыков Бауыржан Серикбаевич приговорен к 9 годам. Гособвинитель запрашивал для "
        "Жаксылыкова Б.С. 10 лет.",
        [
            P("Жаксылыков Бауыржан Серикбаевич", "P9Y"),
            P("Жаксылыков Бауыржан Серикбаевич", "P10Y", status="requested"),
        ],
        id="surname-first-and-initials",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_who_gets_which_penalty(text: str, expected: list[Pair]) -> None:
    assert sorted(pairs_of(text), key=str) == sorted(expected, key=str)


def test_the_language_is_read_from_the_letters_and_an_argument_wins() -> None:
    russian = "Суд приговорил Ержана Сапарова к семи годам лишения свободы."
    assert parse_article(russian).language == "ru"
    assert parse_article("A court jailed Serik Abenov for five years.").language == "en"
    assert parse_article(russian, language="en").language == "en"


def test_an_unknown_language_is_refused_by_name() -> None:
    with pytest.raises(ValueError, match="language must be one of en, ru, not 'kk'"):
        parse_article("Сот үкім шығарды.", language="kk")
