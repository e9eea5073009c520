"""A fine's amount, as Russian reports write it.

"штраф в размере 100 МРП", "штраф 500 тысяч тенге", "штрафы по 300 и 450 МРП
соответственно".
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

import regex

from kzjustice._text import compile_lazily, lowercase
from kzjustice.models import Money, Span
from kzjustice.numbers import DOTTED_THOUSANDS, dotted_thousands
from kzjustice.penalties.shared import PASSED_FOR_MONEY
from kzjustice.ru.numbers import NUMBER, NUMBER_LISTS, to_number
from kzjustice.ru.penalties.passage import Passage
from kzjustice.ru.penalties.vocabulary import FLAGS

_FROM = compile_lazily(r"\b от \s+ \Z", FLAGS)  # "от ста тысяч до": a fine's range

_CURRENCIES = MappingProxyType({
    "тенге": "KZT", "тг": "KZT", "тг.": "KZT", "₸": "KZT", "kzt": "KZT",
    "мрп": "MCI", "месячных расчетных показателей": "MCI", "месячных расчетных показателя": "MCI",
    "месячного расчетного показателя": "MCI", "мрп-ов": "MCI",
    "минимальных расчетных показателей": "MCI", "минимальных расчетных показателя": "MCI",
    "минимального расчетного показателя": "MCI",  # МРП, as often spelt out wrongly
    "брв": "BCA", "базовых расчетных величин": "BCA", "базовой расчетной величины": "BCA",
    "базовые расчетные величины": "BCA",
    "рублей": "RUB", "рубля": "RUB", "рубль": "RUB", "руб.": "RUB", "руб": "RUB", "₽": "RUB",
    "белорусских рублей": "BYN", "белорусских рубля": "BYN", "белорусского рубля": "BYN",
    "белорусский рубль": "BYN", "бел. руб.": "BYN", "бел. рублей": "BYN", "byn": "BYN",
    "сомов": "KGS", "сома": "KGS", "сом": "KGS",
    "сумов": "UZS", "сума": "UZS", "сум": "UZS",
    "долларов": "USD", "доллара": "USD", "доллар": "USD", "$": "USD",
    "евро": "EUR", "€": "EUR", "сомони": "TJS", "манатов": "TMT", "маната": "TMT", "манат": "TMT",
    "лари": "GEL", "драмов": "AMD", "драма": "AMD", "драм": "AMD", "леев": "MDL", "лея": "MDL",
    "лей": "MDL",
})  # fmt: skip
"""Currency words in the cases a number takes, and ISO 4217 codes; MCI is Kazakhstan's МРП,
BCA Uzbekistan's БРВ."""
_MULTIPLIERS = MappingProxyType({
    "тыс.": 1_000, "тыс": 1_000, "тысяч": 1_000, "тысячи": 1_000, "тысяча": 1_000,
    "тысячам": 1_000,
    "млн.": 10**6, "млн": 10**6, "миллиона": 10**6, "миллионов": 10**6, "миллион": 10**6,
    "миллионам": 10**6,
    "млрд.": 10**9, "млрд": 10**9, "миллиарда": 10**9, "миллиардов": 10**9, "миллиард": 10**9,
    "миллиардам": 10**9,
})  # fmt: skip
# "4 миллионов 410 тысяч рублей": the rest, a smaller part, after the larger
_MONEY = rf"""(?P<number> {DOTTED_THOUSANDS} | {NUMBER} )
             (?: \s*+ (?P<multiplier> \L<multiplier> ) (?! \w ) )?+
             (?: \s++ (?P<rest> [0-9]{{1,3}} ) \s*+ (?P<rest_multiplier> \L<multiplier> )
                 (?! \w ) )?+
             \s*+ (?P<currency> \L<currency> ) (?! \w )"""
_MONEY_WORDS: Mapping[str, Any] = {
    "multiplier": tuple(sorted(_MULTIPLIERS, key=len, reverse=True)),
    "currency": tuple(sorted(_CURRENCIES, key=len, reverse=True)),
    "ignore_unused": True,
    **NUMBER_LISTS,
}
_AMOUNT = compile_lazily(_MONEY, FLAGS, **_MONEY_WORDS)
_MONEY_AFTER = compile_lazily(  # "150 БРВ (56,25 млн сумов)", "150 БРВ, что составляет ..."
    rf"""\s* (?: \( | ,? \s* (?: что \s+ составляет | или | это ) \s ) \s* {_MONEY}""",
    FLAGS,
    **_MONEY_WORDS,
)
# An amount just before the verb that fines: "на 46 тысяч рублей был оштрафован".
_AMOUNT_FIRST = compile_lazily(
    rf"\b на \s+ (?P<amount> {_MONEY} ) \s+ (?: (?: был | была | были | было ) \s+ )? \Z",
    FLAGS,
    **_MONEY_WORDS,
)
# An amount in the dative before "штрафа": "приговорил к 1 млн 600 тысячам рублей штрафа", "к
# 9,5 годам колонии и 900 тыс. рублей штрафа", "двум другим по 20 тысяч рублей штрафа"; or
# what one pays: "должны выплатить 990 тыс. рублей штрафа".
_AMOUNT_TO = compile_lazily(
    rf"\b (?: к | и | по | (?: вы | за | у ) плат (?: ить | ит | ят | ил\w* ) ) \s+"
    rf" (?P<amount> {_MONEY} ) \s+ \Z",
    FLAGS,
    **_MONEY_WORDS,
)
_FINE_STOP = compile_lazily(
    r"; | (?<! \b (?: тыс | млн | млрд ) ) \. (?! (?<= [0-9] \. ) [0-9] )"  # not the dot of "30
    # тыс. рублей", nor of "1.200.000 тенге"
    r"| \b (?: и | а | но | либо | или ) \b \s+ (?! \w+ \s+ (?: тенге | мрп ) )",
    FLAGS,
)
# Amounts listed with one currency, "соответственно": "оштрафованы на 200 тысяч и 100 тысяч
# сомов соответственно"; each number with its own multiplier or the last one's.
_AMOUNTS_RESPECTIVELY = compile_lazily(
    rf"""\s+ на \s+ (?P<numbers> (?: {NUMBER} (?: \s*+ \L<multiplier> (?! \w ) )?
                                  (?: \s*+ , \s*+ (?: и \s+ )? | \s+ и \s+ ) )+ )
        (?P<last> {NUMBER} ) (?: \s*+ (?P<multiplier> \L<multiplier> ) (?! \w ) )?+
        \s*+ (?P<currency> \L<currency> ) (?! \w ) \s* ,? \s* соответственно \b""",
    FLAGS,
    multiplier=tuple(sorted(_MULTIPLIERS, key=len, reverse=True)),
    currency=tuple(sorted(_CURRENCIES, key=len, reverse=True)),
    ignore_unused=True,
    **NUMBER_LISTS,
)
_LISTED_AMOUNT = compile_lazily(
    rf"(?P<number> {NUMBER} ) (?: \s*+ (?P<multiplier> \L<multiplier> ) (?! \w ) )?",
    FLAGS,
    multiplier=tuple(sorted(_MULTIPLIERS, key=len, reverse=True)),
    ignore_unused=True,
    **NUMBER_LISTS,
)
_FINE_AMOUNT_REACH = 80  # "штраф в размере 100 месячных расчетных показателей": the amount's reach


def read_money(match: regex.Match[str]) -> Money | None:
    """The money an amount pattern matched, or None if its number reads as none."""
    number = (not match["multiplier"] and dotted_thousands(match["number"])) or to_number(
        match["number"]
    )
    if number is None:
        return None
    multiplier = _MULTIPLIERS.get((match["multiplier"] or "").lower(), 1)
    currency = _CURRENCIES[lowercase(match["currency"])]
    amount = number * multiplier
    if match["rest"]:  # "1 млн 600 тысяч": the smaller part after the larger
        rest_multiplier = _MULTIPLIERS[match["rest_multiplier"].lower()]
        if rest_multiplier >= multiplier:
            return None
        amount += int(match["rest"]) * rest_multiplier
    return Money(amount=round(amount), currency=currency)


def listed_amounts(passage: Passage, start: int, stop: int) -> list[tuple[Money, Span]]:
    """Fines listed with one currency: "на 200 тысяч и 100 тысяч сомов соответственно"."""
    listed = _AMOUNTS_RESPECTIVELY.match(passage.text, start, stop)
    if listed is None:
        return []
    currency = _CURRENCIES[lowercase(listed["currency"])]
    last_multiplier = _MULTIPLIERS.get((listed["multiplier"] or "").lower(), 1)
    found = []
    for part in _LISTED_AMOUNT.finditer(passage.text, *listed.span("numbers")):
        number = to_number(part["number"])
        if number is None:
            return []
        multiplier = _MULTIPLIERS.get((part["multiplier"] or "").lower(), last_multiplier)
        found.append(
            (Money(amount=round(number * multiplier), currency=currency), Span(*part.span()))
        )
    last = to_number(listed["last"])
    if last is None:
        return []
    end = listed.end("currency")
    money = Money(amount=round(last * last_multiplier), currency=currency)
    found.append((money, Span(listed.start("last"), end)))
    return found


def fine_amount(passage: Passage, anchor: regex.Match[str], stop: int) -> tuple[Money | None, Span]:
    """Read a fine's amount: "штраф в размере 100 МРП", "оштрафовали на 500 тысяч тенге"."""
    start, end = anchor.span()
    limit = min(stop, end + _FINE_AMOUNT_REACH)
    halt = _FINE_STOP.search(passage.text, end, limit)
    amount = _AMOUNT.search(passage.text, end, halt.start() if halt else limit)
    if amount is None and "оштраф" in anchor[0].lower():
        before = _AMOUNT_FIRST.search(passage.text, max(0, start - _FINE_AMOUNT_REACH), start)
        if before is not None:  # "на 46 тысяч рублей был оштрафован депутат"
            return read_money(before), Span(before.start("amount"), end)
    if amount is None and anchor[0].lower() == "штрафа":
        before = _AMOUNT_TO.search(passage.text, max(0, start - _FINE_AMOUNT_REACH), start)
        if before is not None:  # "приговорил к 500 тысячам рублей штрафа"
            return read_money(before), Span(before.start("amount"), end)
    if amount is None:
        return None, Span(start, end)
    if _FROM.search(passage.text[end : amount.start()]):
        return None, Span(start, end)  # "от ста тысяч до трехсот тысяч": a range
    money = read_money(amount)
    if money is not None and money.currency in PASSED_FOR_MONEY:
        after = _MONEY_AFTER.match(passage.text, amount.end(), limit)
        if after is not None:  # "150 БРВ (56,25 млн сумов)": the money after it
            return read_money(after), Span(start, after.end())
    return money, Span(start, amount.end())
