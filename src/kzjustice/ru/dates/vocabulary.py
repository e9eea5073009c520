"""Russian date words, in every case, and the one pattern every date mention is matched with."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

import regex

from kzjustice._text import compile_lazily, keyword_trie
from kzjustice.models import Mod
from kzjustice.ru.inflect import forms
from kzjustice.ru.numbers import NUMBER, NUMBER_LISTS, ORDINAL


def _months() -> dict[str, int]:
    names = ("январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август",
             "сентябрь", "октябрь", "ноябрь", "декабрь")  # fmt: skip
    found = {}
    for number, name in enumerate(names, 1):
        stem = name[:-1] if name[-1] in "ьй" else name
        endings = ("а", "е", "у", "ом") if name[-1] not in "ьй" else ("я", "е", "ю", "ем")
        found.update(dict.fromkeys((name, *(stem + e for e in endings)), number))
    return found


MONTHS = MappingProxyType(_months())
"""Month names in every case: "январь", "января", "январе"."""
MONTH_ABBREVIATIONS = MappingProxyType({
    "янв": 1, "фев": 2, "февр": 2, "мар": 3, "апр": 4, "авг": 8, "сен": 9, "сент": 9,
    "окт": 10, "ноя": 11, "нояб": 11, "дек": 12,
})  # fmt: skip
"""Abbreviated months, with their full stop, after a day: "5 янв. 2022"."""
WEEKDAYS = MappingProxyType(
    {
        form: day
        for day, (lemma, paradigm) in enumerate(
            (
                ("понедельник", "m"),
                ("вторник", "m"),
                ("среда", "a"),
                ("четверг", "m"),
                ("пятница", "a"),
                ("суббота", "a"),
                ("воскресенье", "ie"),
            )
        )
        for form in forms(lemma, paradigm)[:6]
    }
)
"""Weekday names in the singular cases: "понедельник", "в среду", "пятницу"."""
DAY_WORDS = MappingProxyType(
    {"позавчера": -2, "вчера": -1, "сегодня": 0, "завтра": 1, "послезавтра": 2}
)
SEASONS = MappingProxyType(
    {
        **dict.fromkeys(("весна", "весны", "весне", "весну", "весной"), "SP"),
        **dict.fromkeys(("лето", "лета", "лету", "летом"), "SU"),
        **dict.fromkeys(("осень", "осени", "осенью"), "FA"),
        **dict.fromkeys(("зима", "зимы", "зиме", "зиму", "зимой"), "WI"),
    }
)
SEASON_ADVERBS = ("весной", "летом", "осенью", "зимой")
"""The seasons that name a time on their own: "летом" is "in summer"; "лето" needs a year."""
MODS = MappingProxyType({
    **dict.fromkeys(("начало", "начала", "началу", "началом", "начале"), Mod.START),
    **dict.fromkeys(("первые", "первых"), Mod.START),
    **dict.fromkeys(("середина", "середины", "середине", "середину", "серединой"), Mod.MID),
    **dict.fromkeys(("конец", "конца", "концу", "концом", "конце"), Mod.END),
    **dict.fromkeys(("последние", "последних"), Mod.END),
    **dict.fromkeys(("около", "примерно", "приблизительно", "ориентировочно"), Mod.APPROX),
})  # fmt: skip
RELATIVE = MappingProxyType({
    **dict.fromkeys(forms("прошлый", "adj"), -1),
    **dict.fromkeys(forms("минувший", "adj"), -1),
    **dict.fromkeys(forms("позапрошлый", "adj"), -2),
    **dict.fromkeys(forms("этот", "-", "+этого +этом +этим +эта +этой +эту +это"), 0),
    **dict.fromkeys(forms("текущий", "adj"), 0),
    **dict.fromkeys(forms("нынешний", "adj"), 0),
    **dict.fromkeys(forms("следующий", "adj"), 1),
    **dict.fromkeys(forms("будущий", "adj"), 1),
    **dict.fromkeys(forms("ближайший", "adj"), 1),
})  # fmt: skip
"""Words that place a period against the reference: "прошлом", "этой", "следующую"."""
QUARTERS = MappingProxyType({
    **dict.fromkeys(forms("первый", "adj_m"), 1), **dict.fromkeys(forms("второй", "adj_m"), 2),
    **dict.fromkeys(("третий", "третьего", "третьем", "третьему", "третьим"), 3),
    **dict.fromkeys(forms("четвертый", "adj_m"), 4),
    "i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4,
})  # fmt: skip
YEAR_WORDS = ("год", "года", "году", "годом", "г.", "гг.", "годах", "годы", "годов")
FUTURE_CUES = (
    r"будет", r"будут", r"буду", r"огласят", r"огласит", r"назначен[аоы]? \s+ на",
    r"запланирован[аоы]?", r"планиру\w+", r"состоится", r"состоятся", r"ожидается",
    r"ожидаются", r"предстоит", r"пройд[еу]т", r"начн[еу]тся", r"продолжится", r"вынес[еу]т",
    r"рассмотрят", r"рассмотрит", r"намерен[аы]?", r"собирается", r"отложил[аио]? \s+ \w+ \s+ до",
    r"отложен[аоы]? \s+ до", r"перенес[лен]\w* \s+ на", r"завершится", r"истекает", r"истечет",
)  # fmt: skip
"""Words that put a clause in the future (CONVENTIONS section 2), with "е" for "ё"."""

_LISTS: Mapping[str, Any] = MappingProxyType(
    {
        **NUMBER_LISTS,
        "ru_month": tuple(MONTHS),
        "ru_month_abbreviation": tuple(MONTH_ABBREVIATIONS),
        "ru_weekday": tuple(WEEKDAYS),
        "ru_day_word": tuple(DAY_WORDS),
        "ru_season": tuple(SEASONS),
        "ru_season_adverb": SEASON_ADVERBS,
        "ru_mod": tuple(w for w in MODS if w not in ("первые", "первых", "последние", "последних")),
        "ru_relative": tuple(RELATIVE),
        "ru_quarter": tuple(QUARTERS),
        "ru_year_word": YEAR_WORDS,
    }
)

_YEAR = r"(?: (?: 19 | 20 ) [0-9]{2} (?! [0-9] ) )"
# The word after a year: "2022 года", "2022 г.", "2022-го года", "2022-м"
_YEAR_TAIL = r"""(?: (?: - (?: го | м | й ) \b )?+
                     (?: \s*+ (?: год (?: а | у | ом | ах | ы | ов )? \b | гг?\. ) )?+ )"""
_DAY = r"(?: (?<! [0-9] ) [0-9]{1,2} (?: - (?: го | е | ое ) \b )?+ (?! [0-9] ) )"  # "5", "5-го"
_DAY_ANY = rf"(?: {_DAY} | {ORDINAL} )"  # "пятого"
_MOD = r"""
    (?P<mod> (?: \L<ru_mod> ) \s+ | (?: первых | первые | последних | последние ) \s+ числ\w+ \s+ )
"""
_REL_YEAR = r"""(?: \L<ru_relative> \s+ год (?: а | у )? \b )"""  # "прошлого года"

PATTERN = compile_lazily(
    rf"""
    # 05.01.2022, 2022-01-05, "05.01.2022 г.": nd, nm, ny: day, month, year (iy, im, id: year first)
      (?= [0-9] ) (?<! [0-9./-] )
      (?: (?P<nd> [0-9]{{1,2}} ) (?P<nsep> [./] ) (?P<nm> [0-9]{{1,2}} ) (?P=nsep) (?P<ny> {_YEAR} )
        | (?P<iy> {_YEAR} ) - (?P<im> [0-9]{{1,2}} ) - (?P<id> [0-9]{{1,2}} ) )
      (?! [0-9] | [./-] [0-9] ) {_YEAR_TAIL}

    # "понедельник, 5 января 2022 года", "с 4 по 7 января", "в начале марта", "в январе прошлого
    # года": month: the month; lday (lday2): the day (the range's last day) before it; weekday;
    # day2, month2: the last day of "с 30 мая по 2 июня"; year, year_rel: its year
    | (?= \L<ru_month> \b | \L<ru_month_abbreviation> \. )
      (?<= (?P<lead> (?: {_MOD} )?
                     (?: (?P<weekday> \L<ru_weekday> ) ,? \s+ )?
                     (?: (?P<lday> {_DAY_ANY} ) (?: \s*+ (?: - | по ) \s*+ (?P<lday2> {_DAY} ) )?
                         \s+ )? ) )
      (?: (?P<month> \L<ru_month> ) \b
        | (?<= [0-9а-я] \s+ ) (?P<month> \L<ru_month_abbreviation> ) \. )
      (?: \s+ по \s+ (?P<day2> {_DAY} ) \s+ (?P<month2> \L<ru_month> ) \b )?
      (?: \s*+ ,? \s*+ (?P<year> {_YEAR} ) {_YEAR_TAIL} | \s+ (?P<year_rel> {_REL_YEAR} ) )?

    # "в понедельник", "в прошлую пятницу", "в следующий вторник": weekday_head, rel
    | (?= \L<ru_weekday> \b )
      (?<= \b (?: в | во | на ) \s+ (?P<lead> (?: (?P<rel> \L<ru_relative> ) \s+ )? ) )
      (?P<weekday_head> \L<ru_weekday> ) \b
      (?! ,? \s+ {_DAY_ANY} \s+ \L<ru_month> \b | ,? \s+ [0-9]{{1,2}} [./] [0-9] )

    # "в 2022 году", "2022 г.", "в начале 2022 года", "в 2022-м": year_head, year_word
    | (?= [0-9] ) (?<= (?P<lead> (?: {_MOD} )? ) )
      (?<! [0-9.,$€₸/:] | (?<! [0-9] ) [0-9]{{1,3}} \s*+ - \s*+ )
      (?P<year_head> {_YEAR} )
      (?: (?= \s*+ - \s*+ {_YEAR} \s*+ (?: годах | годы | годов | гг\. ) )   # "2021-2022 годах"
        | (?P<year_word> - (?: го | м | й ) \b (?: \s*+ год (?: а | у )? \b )?+
                         | \s*+ (?: год (?: а | у | ом | ах | ы | ов )? \b | гг?\. ) )
        | (?<= \b (?: в | во | с | со | до | к | ко | от | после | по | за | на ) \s+ {_YEAR} )
          (?! \s*+ (?: [.,/:] [0-9] | % | [а-яa-z] ) ) )

    # "сегодня", "вчера", "позавчера": day_word
    | (?P<day_word> \L<ru_day_word> ) \b

    # "в прошлом году", "в конце прошлого года", "к концу года", "на прошлой неделе",
    # "в этом месяце": unit_head, rel
    | (?= год | месяц | недел )
      (?<= (?P<lead> (?: {_MOD} )? (?: (?P<rel> \L<ru_relative> ) \s+ )? ) )
      (?P<unit_head> год (?: а | у )? | месяц (?: а | е )? | недел (?: я | и | е | ю ) ) \b

    # "в четвертом квартале 2022 года", "в I квартале", "в прошлом квартале": quarter_head,
    # ordinal, rel, year, year_rel
    | (?= квартал )
      (?<= (?P<lead> (?: {_MOD} )? (?: (?P<ordinal> \L<ru_quarter> ) (?: - (?: м | й | го ) )?
                                     | (?P<rel> \L<ru_relative> ) ) \s+ ) )
      (?P<quarter_head> квартал (?: а | е | у | ом )? ) \b
      (?: \s+ (?P<year> {_YEAR} ) {_YEAR_TAIL} | \s+ (?P<year_rel> {_REL_YEAR} ) )?

    # "летом 2022 года", "прошлой зимой", "в конце лета", "осенью прошлого года": season_head
    | (?= \L<ru_season> \b )
      (?<= (?P<lead> (?: {_MOD} )? (?: (?P<rel> \L<ru_relative> ) \s+ )? ) )
      (?P<season_head> \L<ru_season> ) \b
      (?: \s+ (?P<year> {_YEAR} ) {_YEAR_TAIL} | \s+ (?P<year_rel> {_REL_YEAR} ) )?

    # "два года назад", "год назад", "неделю назад", "полгода назад": ago_head, count, ago_unit
    | (?= назад \b )
      (?<= (?P<lead> (?: {_MOD} )? (?: (?P<count> {NUMBER} ) \s+ )?
                     \b (?P<ago_unit> лет | года? | месяц (?: а | ев )? | дн (?: я | ей ) | день
                                 | недел (?: ю | и | ь ) | полгода | сут (?: ки | ок ) ) \s+ ) )
      (?P<ago_head> назад ) \b
    """,
    regex.VERBOSE | regex.IGNORECASE,
    ignore_unused=True,
    **_LISTS,
)

# Where an expression can start, in lower case: a head word (months, weekdays, seasons, "вчера",
# "назад", "квартал"), found by one trie; a word for a year, month or week after a word that
# places it ("прошлом году", "конце года"), the word before checked with string methods, as
# "год год год" holds a quarter of a million of them in a megabyte; or a number shaped like a
# year or a numeric date.
_HEAD_WORDS = (
    *MONTHS, *MONTH_ABBREVIATIONS, *WEEKDAYS, *DAY_WORDS, *SEASONS, "назад", "квартал",
    "квартала", "квартале", "кварталу", "кварталом",
)  # fmt: skip
_UNIT_WORDS = ("год", "года", "году", "месяц", "месяца", "месяце", "неделе", "недели", "неделю")
PLACING_WORDS = frozenset((*RELATIVE, *MODS))
HEAD = compile_lazily(r"\b(?:" + keyword_trie(_HEAD_WORDS, whole=True) + r")\b")
UNIT = compile_lazily(  # after a word that can place it, by its last letter: not "год год"
    r"\b(?:" + keyword_trie(_UNIT_WORDS, whole=True) + r")\b(?<=[мойяюетуацыи]\s{1,3}[а-я]+)"
)
NUMERIC = compile_lazily(
    r"[0-9] (?<! [0-9] [0-9] ) (?= [0-9]? [./-] [0-9] | [0-9]{3} (?! [0-9] ) )", regex.VERBOSE
)

CLAUSE_END = compile_lazily(
    r"[;:,(.!?\n] | \b (?: и | но | а | однако | хотя | тогда \s+ как | пока ) \b", regex.VERBOSE
)

ONE_UNITS = ("год", "месяц", "неделю", "день", "сутки", "полгода")
"""Units that count one with no number: "год назад"; "лет назад" needs one."""
