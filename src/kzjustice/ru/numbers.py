r"""Numbers in Russian news prose: cardinals, collectives and ordinals in every case and gender.

Supported, each with an example:

- digits: "9", "1 200" (a space, no-break or thin space between groups of three), "8,5" and
  "8.5" (a decimal comma or point);
- cardinals in words, in every case and gender, up to the billions: "пять", "пяти", "пятью",
  "одна", "одной", "двум", "двумя", "двадцать один", "сорока", "ста двадцати", "двухсот",
  "пятьсот тысяч", "две тысячи двадцать два", "полтора миллиона";
- halves: "полтора", "полторы", "полутора" (1.5), "полтораста" (150), "два с половиной",
  "пяти с половиной" (a number and a half);
- collectives, which count people and "сутки": "двое", "троих", "четверым", "пятерыми", "оба",
  "обеих";
- ordinals in every case and gender, alone or after a cardinal: "первый", "пятого", "двадцать
  пятое", "тридцать первого", "две тысячи двадцать второго" (``ORDINAL``, ``to_ordinal``).

``NUMBER`` and ``ORDINAL`` are verbose-mode, non-capturing fragments for other grammars to
embed; compile them with ``**NUMBER_LISTS``. ``to_number`` and ``to_ordinal`` read one. Not here:
fractions other than a half ("две трети"), and numbers written with both digits and words
("5 тыс." is an amount: see ``penalties``).
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

import regex

from kzjustice._text import compile_lazily
from kzjustice.ru.inflect import forms

__all__ = ["CASE_ENDINGS", "NUMBER", "NUMBER_LISTS", "ORDINAL", "to_number", "to_ordinal"]


def _each(table: Mapping[int, str]) -> dict[str, int]:
    """Every form listed (space-separated) for each value."""
    return {form: value for value, words in table.items() for form in words.split()}


UNIT_WORDS = MappingProxyType(
    _each(
        {
            1: "один одна одно одни одного одной одних одному одним одною одними одном одну",
            2: "два две двух двум двумя",
            3: "три трех трем тремя",
            4: "четыре четырех четырем четырьмя",
            5: "пять пяти пятью",
            6: "шесть шести шестью",
            7: "семь семи семью",
            8: "восемь восьми восемью восьмью",
            9: "девять девяти девятью",
        }
    )
)
"""Every case and gender form of one to nine."""

_TEENS = ("десят", "одиннадцат", "двенадцат", "тринадцат", "четырнадцат", "пятнадцат",
          "шестнадцат", "семнадцат", "восемнадцат", "девятнадцат")  # fmt: skip
TEEN_WORDS = MappingProxyType(
    {stem + ending: 10 + i for i, stem in enumerate(_TEENS) for ending in ("ь", "и", "ью")}
)
"""Ten to nineteen: "десять", "десяти", "десятью"."""

TENS_WORDS = MappingProxyType(
    _each(
        {
            20: "двадцать двадцати двадцатью",
            30: "тридцать тридцати тридцатью",
            40: "сорок сорока",
            50: "пятьдесят пятидесяти пятьюдесятью",
            60: "шестьдесят шестидесяти шестьюдесятью",
            70: "семьдесят семидесяти семьюдесятью",
            80: "восемьдесят восьмидесяти восемьюдесятью",
            90: "девяносто девяноста",
        }
    )
)
HUNDRED_WORDS = MappingProxyType(
    _each(
        {
            100: "сто ста",
            150: "полтораста полутораста",
            200: "двести двухсот двумстам двумястами двухстах",
            300: "триста трехсот тремстам тремястами трехстах",
            400: "четыреста четырехсот четыремстам четырьмястами четырехстах",
            500: "пятьсот пятисот пятистам пятьюстами пятистах",
            600: "шестьсот шестисот шестистам шестьюстами шестистах",
            700: "семьсот семисот семистам семьюстами семистах",
            800: "восемьсот восьмисот восьмистам восемьюстами восьмистах",
            900: "девятьсот девятисот девятистам девятьюстами девятистах",
        }
    )
)
SCALE_WORDS = MappingProxyType(
    {
        **dict.fromkeys(forms("тысяча", "a", "+тысячью"), 1_000),
        **dict.fromkeys(forms("миллион", "m"), 10**6),
        **dict.fromkeys(forms("миллиард", "m"), 10**9),
    }
)
"""Thousand, million and billion in every case: "тысяч", "миллиона"."""
HALF_WORDS = MappingProxyType(dict.fromkeys(("полтора", "полторы", "полутора"), 1.5))
COLLECTIVE_WORDS = MappingProxyType(
    _each(
        {
            2: "двое двоих двоим двоими оба обе обоих обеих обоим обеим обоими обеими",
            3: "трое троих троим троими",
            4: "четверо четверых четверым четверыми",
            5: "пятеро пятерых пятерым пятерыми",
            6: "шестеро шестерых шестерым шестерыми",
            7: "семеро семерых семерым семерыми",
            8: "восьмеро восьмерых восьмерым восьмерыми",
            9: "девятеро девятерых девятерым девятерыми",
            10: "десятеро десятерых десятерым десятерыми",
        }
    )
)
"""Collective numerals, which count people ("трое полицейских") and "сутки" ("двое суток")."""


def _ordinals() -> dict[str, int]:
    lemmas = {
        1: "первый", 2: "второй", 4: "четвертый", 5: "пятый", 6: "шестой", 7: "седьмой",
        8: "восьмой", 9: "девятый", 10: "десятый", 11: "одиннадцатый", 12: "двенадцатый",
        13: "тринадцатый", 14: "четырнадцатый", 15: "пятнадцатый", 16: "шестнадцатый",
        17: "семнадцатый", 18: "восемнадцатый", 19: "девятнадцатый", 20: "двадцатый",
        30: "тридцатый", 40: "сороковой", 50: "пятидесятый", 60: "шестидесятый",
        70: "семидесятый", 80: "восьмидесятый", 90: "девяностый", 100: "сотый",
        200: "двухсотый", 300: "трехсотый", 400: "четырехсотый", 500: "пятисотый",
        600: "шестисотый", 700: "семисотый", 800: "восьмисотый", 900: "девятисотый",
        1000: "тысячный", 2000: "двухтысячный",
    }  # fmt: skip
    found = {form: value for value, lemma in lemmas.items() for form in forms(lemma, "adj")}
    third = "третий третьего третьему третьим третьем третья третьей третью третье третьи третьих"
    found.update(dict.fromkeys((*third.split(), "третьими"), 3))
    return found


ORDINAL_WORDS = MappingProxyType(_ordinals())
"""Every case, gender and number form of the ordinals that end a compound ordinal."""

NUMBER_LISTS: Mapping[str, Any] = MappingProxyType(
    {  # Any: regex.compile takes named lists as **kwargs
        "ru_unit": tuple(UNIT_WORDS),
        "ru_teen": tuple(TEEN_WORDS),
        "ru_tens": tuple(TENS_WORDS),
        "ru_hundred": tuple(HUNDRED_WORDS),
        "ru_scale": tuple(SCALE_WORDS),
        "ru_half": tuple(HALF_WORDS),
        "ru_collective": tuple(COLLECTIVE_WORDS),
        "ru_ordinal": tuple(ORDINAL_WORDS),
    }
)
"""Named lists that every pattern embedding ``NUMBER`` or ``ORDINAL`` is compiled with."""

_BELOW_100 = r"(?: \L<ru_tens> (?: \s+ \L<ru_unit> \b )?+ | \L<ru_teen> | \L<ru_unit> )"
_BELOW_1000 = rf"(?: \L<ru_hundred> \b (?: \s+ {_BELOW_100} \b )?+ | {_BELOW_100} \b )"
# "две тысячи двадцать два", "пятьсот тысяч", "тысяча", "полтора миллиона"
_WORDS = rf"""
    (?: (?: (?: {_BELOW_1000} | \L<ru_half> \b ) \s+ )?+ \L<ru_scale> \b )
    (?: \s+ (?: {_BELOW_1000} (?: \s+ \L<ru_scale> \b )?+ ) ){{0,3}}
  | {_BELOW_1000}
"""
_HALF = r"(?: \s+ с \s+ половиной \b )"  # "два с половиной", "пяти с половиной"
_SPACE = "[ \u00a0\u202f\u2009]"  # between groups of three digits: "1 200", "1 200 000"

WORD_NUMBER = rf"""
    (?: \b (?: (?: {_WORDS} ) {_HALF}?+ | \L<ru_half> \b | \L<ru_collective> \b ) )
"""
"""A number written in words: "двадцать один", "полутора", "пяти с половиной", "трое"."""

CASE_ENDINGS = ("ти", "ми", "х", "ух", "ех", "ью", "м", "мя")
"""The case endings written after digits and a hyphen: "8-ми", "3-х", "5-ти"."""

NUMBER = rf"""
    (?: (?<! [0-9.,] ) [0-9]{{1,3}} (?: {_SPACE} [0-9]{{3}} )++ (?! [0-9] | [.,][0-9] )  # "1 200"
      | (?<! [0-9.,] ) [0-9]++ {_HALF}                                 # "10 с половиной"
      | (?<! [0-9.,] ) [0-9]++ (?: [.,] [0-9]++ )? (?! [0-9] )        # "9", "8,5", "8.5"
        (?: - (?: {" | ".join(CASE_ENDINGS)} ) \b )?  # a case ending: "к 8-ми годам"
      | {WORD_NUMBER} )
"""
"""Digits (with groups of three, or a decimal comma or point) or words."""

ORDINAL = rf"""
    (?: \b (?: (?: {_WORDS} ) \s+ )?+ \L<ru_ordinal> \b )
"""
"""An ordinal in words: "пятого", "двадцать пятое", "две тысячи двадцать второго"."""

_FLAGS = regex.VERBOSE | regex.IGNORECASE
_NUMBER = compile_lazily(rf"\s*+ {NUMBER} \s*+", _FLAGS, ignore_unused=True, **NUMBER_LISTS)
_ORDINAL = compile_lazily(rf"\s*+ {ORDINAL} \s*+", _FLAGS, ignore_unused=True, **NUMBER_LISTS)
_WORD = compile_lazily(r"[^\W\d_]+")
_VALUES: Mapping[str, float] = MappingProxyType(
    {**UNIT_WORDS, **TEEN_WORDS, **TENS_WORDS, **HUNDRED_WORDS, **HALF_WORDS, **COLLECTIVE_WORDS}
)


def _words_value(words: list[str]) -> float:
    """Add up number words, multiplying by each scale word: "две тысячи двадцать" is 2020."""
    total = 0.0
    current = 0.0
    half = 0.0
    for word in words:
        if word in SCALE_WORDS:
            total += (current or 1) * SCALE_WORDS[word]
            current = 0
        elif word == "половиной":
            half = 0.5
        elif word != "с":
            current += _VALUES.get(word, 0)
    return total + current + half


def to_number(text: str) -> float | None:
    """Read one cardinal number; anything else is None.

    >>> [to_number(t) for t in ["17", "1 200", "8,5", "8-ми", "пятью", "двадцати одного"]]
    [17.0, 1200.0, 8.5, 8.0, 5.0, 21.0]
    >>> to_number("10 с половиной")
    10.5
    >>> [to_number(t) for t in ["двух с половиной", "пятьсот тысяч", "трое", "пятого"]]
    [2.5, 500000.0, 3.0, None]
    """
    key = text.strip().lower().replace("ё", "е")
    if key in _VALUES:  # the common cases first: "пять", "17"
        return float(_VALUES[key])
    if key.isascii() and key.isdigit():
        return float(key)
    if not _NUMBER.fullmatch(key):
        return None
    if key[0].isdigit():  # "1 200", "8,5", "8-ми", "10 с половиной"
        digits, _, half = key.partition(" с ")
        value = float(regex.sub(r"\s|-\w+$", "", digits).replace(",", "."))
        return value + 0.5 if half else value
    return _words_value(_WORD.findall(key))


def to_ordinal(text: str) -> int | None:
    """Read one ordinal written in words; anything else is None.

    >>> [to_ordinal(t) for t in ["первого", "двадцать пятое", "две тысячи двадцать второго"]]
    [1, 25, 2022]
    >>> to_ordinal("пять") is None
    True
    """
    key = text.strip().lower().replace("ё", "е")
    if key in ORDINAL_WORDS:
        return ORDINAL_WORDS[key]
    if not _ORDINAL.fullmatch(key):
        return None
    *head, last = _WORD.findall(key)
    return int(_words_value(head)) + ORDINAL_WORDS[last]
