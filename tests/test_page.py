"""The page reader: which lines are body, and the source a page's layout states."""

from __future__ import annotations

import datetime
from typing import Any, NamedTuple

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from kzjustice._page import read_page
from kzjustice._text import normalise
from kzjustice.models import Found
from ru_strategies import DATE_STYLES, date_phrase
from strategies import rendered_full_dates


class Read(NamedTuple):
    """What a page says apart from its body, as the text over each span, and its body."""

    published: str | None = None  # ISO date
    outlet: str | None = None
    author: str | None = None
    title: str | None = None
    body: tuple[str, ...] = ()


def read(text: str) -> Read:
    """Read ``text`` as a page; every value is the caller's text over its span."""
    page = read_page(normalise(text))

    def over(found: Found[Any] | None) -> str | None:
        return None if found is None else text[found.span.start : found.span.end]

    return Read(
        published=page.published.value.isoformat() if page.published else None,
        outlet=over(page.outlet),
        author=over(page.author),
        title=over(page.title),
        body=tuple(text[span.start : span.end] for span in page.body),
    )


BODY = (
    "A district court in Taraz on Monday sentenced Nurlan Abenov, 40, a former police captain, "
    "to five years in prison for torturing a detainee."
)

ENGLISH = [
    pytest.param(
        "Qalam News\n\nCourt jails ex-officer for torture in Taraz\n\n"
        "Published: 4 April 2023 | By Dana Writer\n\n"
        f"{BODY}\n\nRead also:\nMayor gets 10 years for bribery\n2 hours ago",
        Read(
            "2023-04-04",
            "Qalam News",
            "Dana Writer",
            "Court jails ex-officer for torture in Taraz",
            (BODY,),
        ),
        id="masthead-published-byline-tail",
    ),
    pytest.param(
        "Kazakh court jails former police captain over torture\n\n"
        f"TARAZ, March 5 (Reuters) - {BODY}\n\n"
        "Reporting by Aliya Writer; Editing by Tom Editor",
        Read(
            None, "Reuters", None, "Kazakh court jails former police captain over torture", (BODY,)
        ),
        id="wire-dateline-credit-tail",
    ),
    pytest.param(
        "Court jails ex-officer for torture in Taraz\n\n"
        "Nurlan Abenov at the district court in Taraz on Monday. Photo: Qalam News / Telegram\n\n"
        f"{BODY}",
        Read(None, None, None, "Court jails ex-officer for torture in Taraz", (BODY,)),
        id="a-caption-with-its-credit-above-the-lead-is-no-body",
    ),
    pytest.param(
        f"Photo: Qalam News / Aidos Rakhimov\n\n{BODY}",
        Read(None, None, None, None, (BODY,)),
        id="a-credit-line-alone-is-no-title",
    ),
    pytest.param(
        "Drug Charges\n\n"
        "The authorities have repeatedly brought drug charges against critics of the government."
        "[31]\n\nHis nephew, Kamran Aliyev, 23, was sentenced by the court to three years.[33]",
        Read(
            None,
            None,
            None,
            "Drug Charges",
            (
                "The authorities have repeatedly brought drug charges against critics of the "
                "government.[31]",
                "His nephew, Kamran Aliyev, 23, was sentenced by the court to three years.[33]",
            ),
        ),
        id="footnote-markers-end-sentences",
    ),
    pytest.param(
        f"date 2023-04-04 Court jails ex-officer for torture\n\n{BODY}",
        Read("2023-04-04", None, None, "Court jails ex-officer for torture", (BODY,)),
        id="date-line",
    ),
    pytest.param(
        f"date 2023-04-04 ALMATY (Qalam) - {BODY}\n\nHe denied the charges.",
        Read("2023-04-04", "Qalam", None, None, (BODY, "He denied the charges.")),
        id="date-line-then-the-lead-on-its-line",
    ),
    pytest.param(
        f"{BODY}\n\nThe court also ordered him to pay compensation of 2 million tenge to the "
        "family of the detainee, who",
        Read(
            None,
            None,
            None,
            None,
            (
                BODY,
                "The court also ordered him to pay compensation of 2 million tenge to the family "
                "of the detainee, who",
            ),
        ),
        id="a-last-line-cut-off-mid-sentence-is-body",
    ),
    pytest.param(
        f"{BODY}\n\nOne of the defendants got six years in prison, the oth",
        Read(
            None, None, None, None, (BODY, "One of the defendants got six years in prison, the oth")
        ),
        id="a-short-last-line-cut-off-in-a-word-is-body",
    ),
    pytest.param(
        f"{BODY}\n\nSubscribe to our channel on Telegram for more news",
        Read(None, None, None, None, (BODY,)),
        id="a-short-last-line-ending-in-a-word-is-no-body",
    ),
    pytest.param(
        "Court jails ex-officer for torture in Taraz\n\n"
        "By Dana Writer for Eurasianet April 4, 2023\n\n"
        f"{BODY}",
        Read(
            "2023-04-04",
            "Eurasianet",
            "Dana Writer",
            "Court jails ex-officer for torture in Taraz",
            (BODY,),
        ),
        id="byline-for-outlet-with-date",
    ),
    pytest.param(
        "Steppe Courts\nHome | News | Courts | About\n14 837 subscribers\n\n"
        "Court jails ex-officer for torture in Taraz\n\n4 April 2023, 16:42\n"
        f"Author: Dana Writer\n\n{BODY}\n\n© 2023 Steppe Courts. All rights reserved.",
        Read(
            "2023-04-04",
            "Steppe Courts",
            "Dana Writer",
            "Court jails ex-officer for torture in Taraz",
            (BODY,),
        ),
        id="timestamp-author-navigation-copyright",
    ),
    pytest.param(
        f"Court jails ex-officer for torture in Taraz\n\n{BODY}\n\n"
        "This article first appeared on Eurasianet.",
        Read(None, "Eurasianet", None, "Court jails ex-officer for torture in Taraz", (BODY,)),
        id="first-appeared-on",
    ),
    pytest.param(
        "Qamqor Monitor | Courts & Rights\n\nCourt jails ex-officer for torture in Taraz\n\n"
        f"{BODY}",
        Read(None, "Qamqor Monitor", None, "Court jails ex-officer for torture in Taraz", (BODY,)),
        id="masthead-with-tagline",
    ),
    pytest.param(
        "Court news\n\nAidos Serikov was jailed for five years on Monday.",
        Read(
            None, None, None, "Court news", ("Aidos Serikov was jailed for five years on Monday.",)
        ),
        id="short-note",
    ),
    # Near-misses: a line of prose that states a date is body, not a timestamp line.
    pytest.param(
        "Court news\n\nThe verdict was read on 4 April 2023.",
        Read(None, None, None, "Court news", ("The verdict was read on 4 April 2023.",)),
        id="prose-with-a-date-is-no-timestamp",
    ),
    pytest.param(
        f"Court news\n\n{BODY}\n\nOn 4 April 2023, he appealed.",
        Read(None, None, None, "Court news", (BODY, "On 4 April 2023, he appealed.")),
        id="a-date-opening-prose-is-no-timestamp",
    ),
    pytest.param(
        f"Court news\n\n{BODY}\n\nThe court sentenced the others:\n\n"
        "• Aibek Nurov, 51, a farmer from Chimbay, to 10 years;\n\n"
        "• Dana Ospanova, 39, a teacher, to 6 years\n\nTags",
        Read(
            None,
            None,
            None,
            "Court news",
            (
                BODY,
                "The court sentenced the others:",
                "• Aibek Nurov, 51, a farmer from Chimbay, to 10 years;",
                "• Dana Ospanova, 39, a teacher, to 6 years",
            ),
        ),
        id="list-items-are-body",
    ),
    pytest.param(
        "Court jails ex-officer for torture in Taraz\n\n"
        "© Qalam News . Aigerim Photographer / Go to the photo archiveCourt Jails Ex-Officer "
        "Found Guilty of Torture in Taraz. (Archive)\n\n"
        f"{BODY}",
        Read(None, None, None, "Court jails ex-officer for torture in Taraz", (BODY,)),
        id="a-photo-credit-above-the-body",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ENGLISH)
def test_english_page(text: str, expected: Read) -> None:
    assert read(text) == expected


RU_BODY = (
    "Специализированный межрайонный суд по уголовным делам приговорил бывшего акима сельского "
    "округа Ерлана Жаксыбекова к пяти годам лишения свободы за получение взятки."
)
RU_HEADLINE = "Бывшего акима сельского округа приговорили к пяти годам"

RUSSIAN_AND_MIXED = [
    pytest.param(
        "Qara Sot\n12 480 subscribers\n\nAPPEAL IN THE KHROMTAU CASE\n\n"
        "The appeals board of the regional court today reviewed the case of four police officers "
        "convicted of torturing a builder \U0001f46e\u200d\u2642\ufe0f\n\n"
        "\u2702\ufe0f Zhaksylykov - cut to 7 years\n\u2705 Nurmagambetov - 6 years, unchanged",
        Read(
            outlet="Qara Sot",
            title="APPEAL IN THE KHROMTAU CASE",
            body=(
                "The appeals board of the regional court today reviewed the case of four police "
                "officers convicted of torturing a builder \U0001f46e\u200d\u2642\ufe0f",
                "\u2702\ufe0f Zhaksylykov - cut to 7 years",
                "\u2705 Nurmagambetov - 6 years, unchanged",
            ),
        ),
        id="a-telegram-post-ending-in-an-emoji-and-emoji-bullets",
    ),
    pytest.param(
        "Kloop\nНовости  Расследования  Данные\nПоддержите Kloop\n\n"
        f"{RU_HEADLINE}\n\n22 января 2025\n\n{RU_BODY}\n\nПоддержите Kloop\n\n© 2025",
        Read(published="2025-01-22", outlet="Kloop", title=RU_HEADLINE, body=(RU_BODY,)),
        id="a-tail-word-in-the-masthead-ends-nothing",
    ),
    pytest.param(
        "Жамбылский областной суд\nГлавная | О суде | Пресс-центр | Новости\n\n"
        f"Опубликовано: 14.05.2024\n\n{RU_HEADLINE}\n\n{RU_BODY}\n\n"
        "Пресс-служба областного суда\n\n"
        "© 2024 Жамбылский областной суд. Все права защищены.",
        Read(
            published="2024-05-14",
            outlet="Жамбылский областной суд",  # from the footer: the masthead has lower case
            title=RU_HEADLINE,
            body=(RU_BODY,),
        ),
        id="court-press-service",
    ),
    pytest.param(
        "КазТАГ\nНовости | Политика | Экономика | Общество\n\n21.11.2023 17:05\n\n"
        f"{RU_HEADLINE}\n\nАЛМАТЫ. 21 ноября. КазТАГ – {RU_BODY}\n\n"
        "Теги: суд, взятка\n\nПодписывайтесь на КазТАГ в Telegram\n"
        "При использовании материалов ссылка на КазТАГ обязательна.",
        Read(published="2023-11-21", outlet="КазТАГ", title=RU_HEADLINE, body=(RU_BODY,)),
        id="agency-dateline-caps-place",
    ),
    pytest.param(
        f"{RU_HEADLINE}\n\nБишкек, 5 марта — 24.kg. {RU_BODY}",
        Read(outlet="24.kg", title=RU_HEADLINE, body=(RU_BODY,)),
        id="dateline-outlet-after-dash",
    ),
    pytest.param(
        f"24.kg\nНовости Кыргызстана\n\n{RU_HEADLINE}\n\n"
        f"11:47, 17 апреля 2024, Ош – 24.kg, Асель Нурланова\n\n{RU_BODY}\n\n"
        "Читайте также\nСуд в Бишкеке оправдал бывшего чиновника\n09:12, 23 сентября 2023",
        Read(
            published="2024-04-17",
            outlet="24.kg",
            author="Асель Нурланова",
            title=RU_HEADLINE,
            body=(RU_BODY,),
        ),
        id="timestamp-place-outlet-author",
    ),
    pytest.param(
        "E1.RU  Екатеринбург Онлайн\nВойти\n\nПРОИСШЕСТВИЯ    29 августа 2024, 14:30\n\n"
        f"{RU_HEADLINE}\n\n{RU_BODY}\n\nПодписывайтесь на E1.RU в Telegram\n"
        "18+  © 2024 E1.RU. Сетевое издание. Все права защищены.",
        Read(published="2024-08-29", outlet="E1.RU", title=RU_HEADLINE, body=(RU_BODY,)),
        id="rubric-timestamp-domain-masthead",
    ),
    pytest.param(
        f"Газета.uz\nНовости | Общество | Экономика\n\n{RU_HEADLINE}\n\n"
        f"14 мая 2024 | Просмотров: 312\n\n{RU_BODY}\n\n"
        "© 2009–2024 Газета.uz. При использовании материалов гиперссылка обязательна.",
        Read(published="2024-05-14", outlet="Газета.uz", title=RU_HEADLINE, body=(RU_BODY,)),
        id="timestamp-with-views-cyrillic-domain",
    ),
    pytest.param(
        "«Фергана» — международное информационное агентство\n\n"
        f"{RU_HEADLINE}\n\n25 октября 2024\n\n{RU_BODY}\n\n"
        "Подписывайтесь на наш Telegram-канал.\n\n"
        "© 1998–2024 «Фергана». Перепечатка материалов — только с активной ссылкой.",
        Read(published="2024-10-25", outlet="Фергана", title=RU_HEADLINE, body=(RU_BODY,)),
        id="quoted-masthead-date-alone",
    ),
    pytest.param(
        f"ВЛАСТЬ\nПоддержать «Власть»\n\n{RU_HEADLINE}\n\n"
        f"Дата публикации: 4 июня 2024, 10:15\nАвтор: Мадина Оспанова\n\n{RU_BODY}\n\n"
        "Поддержите журналистику, которой доверяют.\n© 2024 «Власть». Все права защищены.",
        Read(
            published="2024-06-04",
            outlet="ВЛАСТЬ",
            author="Мадина Оспанова",
            title=RU_HEADLINE,
            body=(RU_BODY,),
        ),
        id="publication-date-label-author-label",
    ),
    pytest.param(
        "Суды Приаралья\n412 тыс. подписчиков\n2 часа назад\n\nПриговор оглашен\n\n"
        f"{RU_BODY}\n\n12,4K просмотров",
        Read(outlet="Суды Приаралья", title="Приговор оглашен", body=(RU_BODY,)),
        id="channel-counts-and-ago",
    ),
    pytest.param(
        "ORDA.KZ\nHome | News | Courts | About\n\n"
        f"{RU_HEADLINE}\n\nPublished: 3 September 2024, 11:20\nBy Orda.kz\n\n{RU_BODY}\n\n"
        "Share:   Facebook   Telegram\n\nRelated stories\n"
        "Court jails former official for eight years\n© 2024 Orda.kz. All rights reserved.",
        Read(published="2024-09-03", outlet="ORDA.KZ", title=RU_HEADLINE, body=(RU_BODY,)),
        id="english-furniture-russian-body",
    ),
    pytest.param(
        f"24.kg NEWS AGENCY\n12.09.2023 16:48\n\n{RU_HEADLINE}\n\n"
        f"Author: Айгуль Токтосунова\n\n{RU_BODY}\n\n© 2023 24.kg. All rights reserved.",
        Read(
            published="2023-09-12",
            outlet="24.kg",
            author="Айгуль Токтосунова",
            title=RU_HEADLINE,
            body=(RU_BODY,),
        ),
        id="english-label-russian-author",
    ),
    # Near-misses: prose that states a date or opens with a furniture word is body.
    pytest.param(
        f"{RU_HEADLINE}\n\nПриговор огласили 12 марта 2024 года.",
        Read(title=RU_HEADLINE, body=("Приговор огласили 12 марта 2024 года.",)),
        id="prose-with-a-date-is-no-timestamp",
    ),
    pytest.param(
        f"{RU_HEADLINE}\n\n{RU_BODY}\n\n12 марта 2024 года он обжаловал приговор.",
        Read(title=RU_HEADLINE, body=(RU_BODY, "12 марта 2024 года он обжаловал приговор.")),
        id="a-date-opening-prose-is-no-timestamp",
    ),
    pytest.param(
        f"{RU_HEADLINE}\n\n{RU_BODY}\n\nДата рассмотрения апелляции пока не назначена.",
        Read(title=RU_HEADLINE, body=(RU_BODY, "Дата рассмотрения апелляции пока не назначена.")),
        id="a-date-word-opening-prose-is-no-label",
    ),
    pytest.param(
        f"{RU_HEADLINE}\n\n{RU_BODY}\n\nКомментарии в пресс-службе суда не дали.",
        Read(title=RU_HEADLINE, body=(RU_BODY, "Комментарии в пресс-службе суда не дали.")),
        id="a-navigation-word-opening-prose-is-body",
    ),
    # Known gaps, the same on English pages.
    pytest.param(
        "Tengrinews.kz\n\nМы используем файлы cookie, чтобы сайт работал лучше. Продолжая "
        "пользоваться сайтом, вы соглашаетесь с условиями. [Принять]\n\n"
        f"{RU_HEADLINE}\n\n13 марта 2024, 16:42\n\n{RU_BODY}",
        Read(published="2024-03-13", outlet="Tengrinews.kz", title=RU_HEADLINE, body=(RU_BODY,)),
        id="cookie-notice",
        marks=pytest.mark.xfail(strict=True, reason="a cookie notice reads as the first prose"),
    ),
    pytest.param(
        f"{RU_HEADLINE}\n\nОбщество | 14.05.2024 | Просмотров: 312\n\n{RU_BODY}",
        Read(published="2024-05-14", title=RU_HEADLINE, body=(RU_BODY,)),
        id="timestamp-between-bars",
    ),
    pytest.param(
        "Kloop\nНовости   Расследования   Объясняем   Фотоистории   Кыргызча   English\n\n"
        f"{RU_HEADLINE}\n\n{RU_BODY}",
        Read(outlet="Kloop", title=RU_HEADLINE, body=(RU_BODY,)),
        id="navigation-row-without-bars",
        marks=pytest.mark.xfail(strict=True, reason="a row of links set apart by spaces"),
    ),
    pytest.param(
        f"Прокуратура Костанайской области\n\n{RU_HEADLINE}\n\n{RU_BODY}",
        Read(outlet="Прокуратура Костанайской области", title=RU_HEADLINE, body=(RU_BODY,)),
        id="an-institution-as-masthead",
    ),
    pytest.param(
        f"Пресс-служба Карагандинского областного суда\n\n{RU_HEADLINE}\n\n{RU_BODY}",
        Read(
            outlet="Пресс-служба Карагандинского областного суда",
            title=RU_HEADLINE,
            body=(RU_BODY,),
        ),
        id="a-press-service-as-masthead",
    ),
    pytest.param(
        f"Суд над активистами в Жанаозене\n\nСуд приговорил Ерлана Сапарова\n\n{RU_BODY}",
        Read(title="Суд над активистами в Жанаозене", body=(RU_BODY,)),
        id="a-headline-naming-a-court-is-no-masthead",
    ),
    pytest.param(
        f"Судебная хроника\n\n{RU_HEADLINE}\n\n{RU_BODY}",
        Read(outlet="Судебная хроника", title=RU_HEADLINE, body=(RU_BODY,)),
        id="masthead-with-lower-case-words",
        marks=pytest.mark.xfail(
            strict=True, reason="a masthead is capitalised words; Russian names capitalise one"
        ),
    ),
    pytest.param(
        f"Суды Приаралья ⚖️\n\n{RU_HEADLINE}\n\n{RU_BODY}",
        Read(outlet="Суды Приаралья", title=RU_HEADLINE, body=(RU_BODY,)),
        id="masthead-with-an-emoji",
        marks=pytest.mark.xfail(strict=True, reason="the emoji is kept in the outlet's name"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), RUSSIAN_AND_MIXED)
def test_russian_and_mixed_page(text: str, expected: Read) -> None:
    assert read(text) == expected


@st.composite
def rendered_russian_dates(draw: st.DrawFn) -> tuple[datetime.date, str]:
    """Draw a day and write it in full as a Russian page might: "5 января 2022 года"."""
    day = draw(st.dates(min_value=datetime.date(1990, 1, 1), max_value=datetime.date(2049, 12, 31)))
    return day, date_phrase(day, draw(st.sampled_from(DATE_STYLES)))


_BEFORE_DATE = [
    "", "14:05, ", "ПРОИСШЕСТВИЯ    ", "Courts  ", "Bulletin No. 11 (Kazakhstan) | ",
    "Monthly bulletin | Issue 42 | ", "Шымкент • ", "Происшествия · ", "15:47 / ", "Aliya Writer  ",
]  # fmt: skip
_AFTER_DATE = [
    "", ", 16:42", " 4:12 PM GMT+5", " | Просмотров: 312", ", Views: 4 312", " | 11:42 | Society",
    " (обновлено: 16:05)", " 1:05 PM GMT+5 Updated 3 hours ago",
    " 1:05 PM GMT+5 Updated an hour ago", ", 17:35 · 👁 4 812",
]  # fmt: skip


@given(
    case=st.one_of(rendered_full_dates(), rendered_russian_dates()),
    label=st.sampled_from(["", "Published: ", "Опубликовано: ", "Дата публикации: "]),
    before=st.sampled_from(_BEFORE_DATE),
    after=st.sampled_from(_AFTER_DATE),
)
def test_a_rendered_publication_date_reads_back(
    case: tuple[datetime.date, str], label: str, before: str, after: str
) -> None:
    day, phrase = case
    stamp = f"{label}{before}{phrase}{after}"
    assume(label or len(stamp) < 60)  # a longer line without a label may be prose
    page = read_page(normalise(f"Qalam News\n\n{RU_HEADLINE}\n\n{stamp}\n\n{RU_BODY}"))
    assert page.published is not None
    assert (page.published.value, page.published.text) == (day, normalise(phrase))
    assert page.title is not None and page.title.text == RU_HEADLINE
    assert len(page.body) == 1


@given(st.text())
def test_any_text_is_read_and_every_span_slices(text: str) -> None:
    normal = normalise(text)
    page = read_page(normal)
    for found in (page.published, page.outlet, page.author, page.title):
        if found is not None:
            assert normal[found.span.start : found.span.end] == found.text
    assert all(0 <= s.start <= s.end <= len(text) for s in page.body)


@pytest.mark.parametrize(
    "repeat",
    [
        "Суд приговорил Ерлана Сапарова к пяти годам лишения свободы за мошенничество в особо "
        "крупном размере.",
        "Суд приговорил Ерлана Сапарова к пяти годам лишения свободы за мошенничество в ос",
    ],
    ids=["whole", "cut-off"],
)
def test_a_paragraph_printed_again_is_read_once(repeat: str) -> None:
    first = (
        "Суд приговорил Ерлана Сапарова к пяти годам лишения свободы за мошенничество в особо "
        "крупном размере."
    )
    text = f"{first}\n\nАдвокат намерен обжаловать приговор в апелляционной инстанции.\n\n{repeat}"
    body = [text[s.start : s.end] for s in read_page(normalise(text)).body]
    assert body == [first, "Адвокат намерен обжаловать приговор в апелляционной инстанции."]
