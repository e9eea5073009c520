"""A fine's amount, as English reports write it.

"fined 500,000 tenge", "a fine of 200 MCI", "a $50 fine", "fined 300 and 450 MCI
respectively".
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

import regex

from kzjustice._text import compile_lazily
from kzjustice.models import Kind, Money, Sentence, Span, Status
from kzjustice.numbers import (
    DOTTED_THOUSANDS,
    NUMBER,
    NUMBER_LISTS,
    NUMBER_PATTERN,
    dotted_thousands,
    to_number,
)
from kzjustice.penalties.elided import BOUND_BEFORE
from kzjustice.penalties.passage import Passage
from kzjustice.penalties.shared import PASSED_FOR_MONEY, Penalty
from kzjustice.penalties.vocabulary import FLAGS

_CURRENCIES = MappingProxyType(
    {
        "tenge": "KZT",
        "tenges": "KZT",
        "kzt": "KZT",
        "₸": "KZT",
        "$": "USD",
        "us$": "USD",
        "usd": "USD",
        "dollar": "USD",
        "dollars": "USD",
        "€": "EUR",
        "₽": "RUB",
        "£": "GBP",
        "gbp": "GBP",
        "₴": "UAH",
        "uah": "UAH",
        "₼": "AZN",
        "₾": "GEL",
        "amd": "AMD",
        "eur": "EUR",
        "euro": "EUR",
        "euros": "EUR",
        "rub": "RUB",
        "ruble": "RUB",
        "rubles": "RUB",
        "rouble": "RUB",
        "roubles": "RUB",
        "russian ruble": "RUB",
        "russian rubles": "RUB",
        "russian rouble": "RUB",
        "russian roubles": "RUB",
        "belarusian ruble": "BYN",
        "belarusian rubles": "BYN",
        "belarusian rouble": "BYN",
        "belarusian roubles": "BYN",
        "byn": "BYN",
        "som": "KGS",
        "sum": "UZS",
        "sums": "UZS",
        "soum": "UZS",
        "soums": "UZS",
        "uzs": "UZS",
        "somoni": "TJS",
        "somonis": "TJS",
        "tjs": "TJS",
        "lari": "GEL",
        "laris": "GEL",
        "gel": "GEL",
        "dram": "AMD",
        "drams": "AMD",
        "leu": "MDL",
        "lei": "MDL",
        "moldovan leu": "MDL",
        "moldovan lei": "MDL",
        "mdl": "MDL",
        "hryvnia": "UAH",
        "hryvnias": "UAH",
        "manat": "TMT",
        "manats": "TMT",
        "tmt": "TMT",
        "turkmen manat": "TMT",
        "turkmen manats": "TMT",
        "azerbaijani manat": "AZN",
        "azerbaijani manats": "AZN",
        "azn": "AZN",
        "soms": "KGS",
        "kgs": "KGS",
        "mci": "MCI",
        "mrp": "MCI",
        "monthly calculation index": "MCI",
        "monthly calculation indices": "MCI",
        "monthly calculation indexes": "MCI",
        "monthly assessment index": "MCI",
        "monthly assessment indices": "MCI",
        "monthly assessment indexes": "MCI",
        "bca": "BCA",
        "bcas": "BCA",
        "brv": "BCA",
        "basic calculation amount": "BCA",
        "basic calculation amounts": "BCA",
        "base calculation amount": "BCA",
        "base calculation amounts": "BCA",
        "basic calculated value": "BCA",
        "basic calculated values": "BCA",
        "basic settlement unit": "BCA",
        "basic settlement units": "BCA",
        "base settlement unit": "BCA",
        "base settlement units": "BCA",
    }
)
"""Currency words, and ISO 4217 codes; MCI is Kazakhstan's monthly calculation index, BCA
Uzbekistan's basic calculation amount."""

_MULTIPLIERS = MappingProxyType({
    "thousand": 1_000, "k": 1_000, "million": 10**6, "mln": 10**6, "m": 10**6,
    "billion": 10**9, "bn": 10**9,
})  # fmt: skip

_AMOUNT_BODY = rf"""
    (?P<pre> \L<currency> \s*+ )?+
    (?P<number> {DOTTED_THOUSANDS} | {NUMBER} ) (?: \s*+ (?P<multiplier> \L<multiplier> ) \b )?+
    (?: \s*+ \( [^()\n]{{1,40}} \) )?+  # "1,000,000 (one million) soms"
    (?: - | \s*+ ) (?P<post> \L<currency> (?! \w ) )?
"""
_AMOUNT_LISTS: Mapping[str, Any] = MappingProxyType(
    {
        "currency": tuple(sorted(_CURRENCIES, key=len, reverse=True)),
        "multiplier": tuple(_MULTIPLIERS),
        **NUMBER_LISTS,
    }
)
_AMOUNT = compile_lazily(_AMOUNT_BODY, FLAGS, **_AMOUNT_LISTS)
_AMOUNT_BEFORE = compile_lazily(
    rf"""(?r) {_AMOUNT_BODY} \s* (?: [\[(] [^()\[\]\n]{{1,40}} [\])] \s* )?
        (?: (?<= \s ) (?: in | as ) \s+ )? \Z""",
    FLAGS,
    **_AMOUNT_LISTS,
)  # "a $50 fine", "$3.6 million in fines", "247 million som [$3.3 million] in fines", "to pay
# $3.3 million as fines"
# An amount that every listed person pays, past the names: "fined two students, A and B, 30 MCI
# each"; within the sentence.
_AMOUNT_EACH = compile_lazily(
    rf"[^.;!?\n]*? (?<= \s ) {_AMOUNT_BODY} \s*+ (?<= \s ) each \b", FLAGS, **_AMOUNT_LISTS
)
# An amount just after a comma, past the object's apposition: "fined a retired teacher,
# Valentina Gurkina, 40,000 rubles".
_AMOUNT_PAST_OBJECT = compile_lazily(
    rf", \s*+ (?= [0-9$€£¥₸₽₴₼₾] ) {_AMOUNT_BODY}", FLAGS, **_AMOUNT_LISTS
)
# An amount with its unit past a few words of object: "fined each of the three men $12,000".
_AMOUNT_PAST_WORDS = compile_lazily(
    rf"""\s+ (?: (?! and \b | for \b ) [^\W\d][\w'-]* \s+ ){{1,6}}? {_AMOUNT_BODY}
        (?(pre) | (?(post) | (?!) ) )""",  # with its unit: not "three" of "the three men"
    FLAGS,
    **_AMOUNT_LISTS,
)
_CLAUSE_END = compile_lazily(r", \s | ; | \s and \s | \s but \s", FLAGS)
# Amounts sharing the last one's unit, "respectively": "fined 300 and 450 MCI respectively".
_AMOUNTS_RESPECTIVELY = compile_lazily(
    rf"""\s+ (?P<numbers> (?: {NUMBER} (?: \s*+ , \s*+ (?: and \s+ )? | \s+ and \s+ ) )+ )
        (?P<last> {_AMOUNT_BODY} ) (?<! \s ) \s* ,? \s* respectively \b""",
    FLAGS,
    **_AMOUNT_LISTS,
)
RESPECTIVELY = compile_lazily(r"\s* ,? \s* respectively \b", FLAGS)
# Another amount after a fine's, with its unit: "fined 2,000 MCI and 1,500 MCI respectively".
MORE_AMOUNT = compile_lazily(
    rf"(?: \s* , \s* (?: and \s+ )? | \s+ and \s+ ) (?P<amount> {_AMOUNT_BODY} )",
    FLAGS,
    **_AMOUNT_LISTS,
)

_UNIT_IN_BRACKETS = compile_lazily(  # "200 base units (8,400 rubles)", "150 base calculated
    # units amounting to 61.8 million soum": an amount in a unit that is no currency, then money
    r"""(?: \s*+ [a-z][a-z ]{1,24}? )? \s*+
        (?: \( | ,? \s* (?: amounting | equal | equivalent ) \s+ to \s ) \s*+ (?= [0-9$€£] )""",
    FLAGS,
)


def read_money(match: regex.Match[str]) -> Money | None:
    """The money an amount pattern matched, or None if its number reads as none."""
    number = (not match["multiplier"] and dotted_thousands(match["number"])) or to_number(
        match["number"]
    )
    if number is None:
        return None
    multiplier = _MULTIPLIERS.get((match["multiplier"] or "").lower(), 1)
    currency = _CURRENCIES[(match["pre"] or match["post"]).strip().lower()]
    return Money(amount=round(number * multiplier), currency=currency)


def listed_amounts(passage: Passage, start: int, stop: int, status: Status) -> list[Penalty]:
    """Fines listed with one unit, "respectively": "fined 300 and 450 MCI respectively"."""
    listed = _AMOUNTS_RESPECTIVELY.match(passage.text, start, stop)
    last = read_money(listed) if listed is not None and (listed["pre"] or listed["post"]) else None
    if listed is None or last is None:
        return []
    multiplier = _MULTIPLIERS.get((listed["multiplier"] or "").lower(), 1)
    fines = []
    for number in NUMBER_PATTERN.finditer(passage.text, *listed.span("numbers")):
        count = to_number(number[0])
        if count is None:
            return []
        money = Money(amount=round(count * multiplier), currency=last.currency)
        fines.append((Span(*number.span()), money))
    fines.append((Span(listed.start("last"), listed.end("last")), last))
    return [
        Penalty(span=span, sentence=Sentence(kind=Kind.FINE, status=status, fine=money))
        for span, money in fines
    ]


def fine_amount(passage: Passage, anchor: regex.Match[str], stop: int) -> tuple[Money | None, Span]:
    """Read a fine's amount: "fined 500,000 tenge", "a fine of 200 MCI", "a $50 fine"."""
    start, end = anchor.span()
    before = _AMOUNT_BEFORE.match(passage.text, max(0, start - 50), start)
    if before is not None and (before["pre"] or before["post"]):
        return read_money(before), Span(before.start(), end)
    clause = _CLAUSE_END.search(passage.text, end, min(stop, end + 60))
    for amount in _AMOUNT.finditer(passage.text, end, clause.start() if clause else stop):
        if BOUND_BEFORE.search(passage.text, max(end, amount.start() - 20), amount.start()):
            break  # "a fine of up to 2,000 MCI" states a cap, not the amount
        money = read_money(amount) if amount["pre"] or amount["post"] else None
        if (money is None or money.currency in PASSED_FOR_MONEY) and _UNIT_IN_BRACKETS.match(
            passage.text, amount.end()
        ):
            continue  # "a fine of 200 base units (8,400 rubles)": the money after it
        if amount["pre"] or amount["post"]:
            return money, Span(start, amount.start() + len(amount[0].rstrip()))
        break  # the first number after a fine is its amount or none is stated
    each = _AMOUNT_EACH.match(passage.text, end, min(stop, end + 160))
    if each is not None and (each["pre"] or each["post"]):  # "fined A and B 30 MCI each"
        return read_money(each), Span(start, each.end("post" if each["post"] else "number"))
    if anchor[0].lower() == "fined" or anchor["to_fine"]:  # "fined X, 71, 40,000 rubles"
        limit = min(stop, end + 120, passage.sentences.around(end)[1])
        for past in _AMOUNT_PAST_OBJECT.finditer(passage.text, end, limit):
            if past["pre"] or past["post"]:
                return read_money(past), Span(start, past.start() + len(past[0].rstrip()))
        words = _AMOUNT_PAST_WORDS.match(passage.text, end, limit)
        if words is not None and (words["pre"] or words["post"]):  # "fined each of them $900"
            return read_money(words), Span(start, words.start() + len(words[0].rstrip()))
    return None, Span(start, end)
