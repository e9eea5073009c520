r"""Cardinal numbers in English news prose: "9", "8.5", "1,113", "nine", "twenty-one", "a hundred".

The vocabularies are data, passed to patterns as named lists (``\L<unit_word>``), so another
language adds words rather than grammar. ``NUMBER`` is a verbose-mode, non-capturing fragment
for other grammars to embed; compile it with ``**NUMBER_LISTS``. Not here: ordinals ("fourth"),
fractions other than a trailing ".5"-style decimal, and numbers from a thousand up in words.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

import regex

from kzjustice._text import compile_lazily

__all__ = [
    "DOTTED_THOUSANDS",
    "NUMBER",
    "NUMBER_LISTS",
    "NUMBER_PATTERN",
    "NUMBER_WORDS",
    "WORD_NUMBER",
    "dotted_thousands",
    "to_number",
]

UNIT_WORDS = MappingProxyType(
    {
        "one": 1,
        "two": 2,
        "three": 3,
        "four": 4,
        "five": 5,
        "six": 6,
        "seven": 7,
        "eight": 8,
        "nine": 9,
    }
)
TEEN_WORDS = MappingProxyType(
    {
        "ten": 10,
        "eleven": 11,
        "twelve": 12,
        "thirteen": 13,
        "fourteen": 14,
        "fifteen": 15,
        "sixteen": 16,
        "seventeen": 17,
        "eighteen": 18,
        "nineteen": 19,
    }
)
TENS_WORDS = MappingProxyType(
    {
        "twenty": 20,
        "thirty": 30,
        "forty": 40,
        "fifty": 50,
        "sixty": 60,
        "seventy": 70,
        "eighty": 80,
        "ninety": 90,
    }
)
ARTICLE_WORDS = MappingProxyType({"a": 1, "an": 1})  # "a year", "an hour"
HUNDRED_WORD = "hundred"
AND_WORD = "and"

NUMBER_WORDS = MappingProxyType({**UNIT_WORDS, **TEEN_WORDS, **TENS_WORDS})
"""Every cardinal word below a hundred that is not a compound ("twenty-one" is two words)."""

NUMBER_LISTS: Mapping[str, Any] = MappingProxyType(
    {  # Any: regex.compile takes named lists as **kwargs
        "unit_word": tuple(UNIT_WORDS),
        "teen_word": tuple(TEEN_WORDS),
        "tens_word": tuple(TENS_WORDS),
        "article_word": tuple(ARTICLE_WORDS),
    }
)
"""Named lists that every pattern embedding ``NUMBER`` must be compiled with."""

_BELOW_100 = r"""
    (?: \L<tens_word> (?: [-\s] \L<unit_word> \b )?   # "twenty", "twenty-one", "twenty one"
      | \L<teen_word>
      | \L<unit_word> )
"""

WORD_NUMBER = rf"""
    (?: (?: \L<unit_word> | \L<article_word> ) \s+ hundred \b    # "a hundred", "two hundred"
        (?: \s+ (?: and \s+ )? {_BELOW_100} )?                    # "... and twenty"
      | {_BELOW_100} ) \b
"""
"""A number written in words, from one to 999."""

NUMBER = rf"""
    (?: (?<![0-9.,/]) [0-9]{{1,3}} (?: ,[0-9]{{3}} )++ (?![0-9])  # "1,113"
      | (?<![0-9.,/]) [0-9]++ (?: \.[0-9]++ )? (?![0-9] | /[0-9])  # "9", "8.5"; not "11/2"
      | \b {WORD_NUMBER} )
"""
"""Digits (with thousands commas or a decimal point) or words; never a bare "a"/"an"."""

NUMBER_PATTERN = compile_lazily(NUMBER, regex.VERBOSE | regex.IGNORECASE, **NUMBER_LISTS)
"""``NUMBER`` compiled, for finding the numbers of a text: "the first of 3, 4 and 5"."""
_NUMBER = compile_lazily(rf"\s*+ {NUMBER} \s*+", regex.VERBOSE | regex.IGNORECASE, **NUMBER_LISTS)
_WORD = compile_lazily(r"[a-z]+", regex.IGNORECASE)


DOTTED_THOUSANDS = r"(?<! [0-9.,] ) [0-9]{1,3} (?: \. [0-9]{3} )+ (?! [0-9] | [.,][0-9] )"
"""A sum with points between its thousands: "700.000 AMD", "1.500.000 тенге" (verbose)."""
_DOTTED_THOUSANDS = compile_lazily(DOTTED_THOUSANDS, regex.VERBOSE)


def dotted_thousands(text: str) -> float | None:
    """The number of a sum written with points between its thousands, else None.

    Sums are never written with three decimals, so "700.000" is seven hundred thousand; read
    only where no scale word follows ("2.500 million" is two and a half million).

    >>> [dotted_thousands(t) for t in ["700.000", "1.500.000", "2.5", "12.5000"]]
    [700000.0, 1500000.0, None, None]
    """
    if not _DOTTED_THOUSANDS.fullmatch(text.strip()):
        return None
    return float(text.strip().replace(".", ""))


def to_number(text: str) -> float | None:
    """Read one cardinal number; anything else is None.

    >>> [to_number(t) for t in ["17", "1,113", "8.5", "twenty-one", "a hundred and five", "x"]]
    [17.0, 1113.0, 8.5, 21.0, 105.0, None]
    """
    key = text.strip().lower()
    if key in NUMBER_WORDS:  # the common cases first: "nine", "17"
        return float(NUMBER_WORDS[key])
    if key.isascii() and key.isdigit():
        return float(key)
    if not _NUMBER.fullmatch(text):
        return None
    text = text.strip()
    if text[0].isdigit():
        return float(text.replace(",", ""))
    total = 0
    for word in _WORD.findall(text.lower()):
        if word == HUNDRED_WORD:
            total = (total or 1) * 100
        elif word != AND_WORD:
            total += NUMBER_WORDS.get(word, ARTICLE_WORDS.get(word, 0))
    return float(total)
