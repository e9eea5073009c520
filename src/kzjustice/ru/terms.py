"""Lengths of time in Russian news prose, read exactly as stated.

Supported forms, each with an example:

- a number and a unit in any case, in digits or words: "7 лет", "семь лет", "к семи годам",
  "двумя годами", "21 год", "18 месяцев", "две недели", "15 суток", "двое суток", "240 часов";
- halves: "полтора года", "полутора лет" (one year six months), "два с половиной года", "8,5
  года", "8.5 лет", "полгода", "полугода" (six months), "полтора месяца" (a month and 15 days);
- compounds, largest unit first: "1 год и 6 месяцев", "1 год 6 месяцев", "2 года, 3 месяца и 10
  дней";
- a number repeated in words: "5 (пять) лет";
- adjectival forms before a word for a term: "восьмилетний срок", "к восьмилетнему сроку",
  "10-летнего заключения", "15-суточный арест", "шестимесячный срок";
- one unit after "на": "на год", "сроком на месяц", "на сутки";
- ranges: "от трех до пяти лет", "от 3 до 5 лет", "от шести месяцев до двух лет", "3-5 лет",
  "пяти-семи лет", "с семи до пяти лет" (running backwards: two terms, as an appeal states);
- caps and floors: "до 10 лет", "вплоть до 12 лет", "не более 5 лет", "не свыше", "максимум",
  "не менее 10 лет", "не меньше", "минимум".

``find_terms`` scans prose, ``parse_term`` reads a string that should hold exactly one term.

Out of scope, as in English: vague lengths ("несколько лет"), minutes, fractions other than a
half, four-digit numbers ("в 2022 году" is a date), ages ("41-летний мужчина": an adjectival
form counts only before a word for a term). "N лет назад" is a term here: the penalty grammar
and the date grammar say it is neither a penalty nor a term served.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from decimal import Decimal
from types import MappingProxyType
from typing import Any

import regex

from kzjustice._text import MATCH_REACH, compile_lazily, keyword_trie, lowercase, normalise
from kzjustice.models import Found, Span, Term, TermRange
from kzjustice.ru.numbers import CASE_ENDINGS, NUMBER, NUMBER_LISTS, WORD_NUMBER, to_number
from kzjustice.terms import TermMatch, _build, unit_of

__all__ = ["find_terms", "parse_term"]


def _unit_forms(field: str, words: str) -> dict[str, str]:
    return dict.fromkeys(words.split(), field)


UNIT_WORDS = MappingProxyType(
    {
        **_unit_forms("years", "год года году годом годе лет годам годами годах годы"),
        **_unit_forms(
            "months", "месяц месяца месяцу месяцем месяце месяцев месяцам месяцами месяцах месяцы"
        ),
        **_unit_forms("weeks", "неделя недели неделе неделю неделей недель неделям неделями"),
        **_unit_forms("weeks", "неделях"),
        **_unit_forms("days", "день дня дню днем дне дней дням днями днях дни"),
        **_unit_forms("days", "сутки суток суткам сутками сутках"),
        **_unit_forms("hours", "час часа часу часом часе часов часам часами часах часы"),
    }
)
"""Each unit word in every case (with "е" for "ё"), and the field it counts."""

HALF_UNITS = MappingProxyType(
    {"полгода": ("months", 6), "полугода": ("months", 6), "полмесяца": ("days", 15)}
)
"""Half a unit in one word: "полгода" is six months."""

BARE_UNITS = MappingProxyType(
    {"год": "years", "месяц": "months", "неделю": "weeks", "сутки": "days"}
)
"""A unit that counts one on its own after "на": "на год"."""

CAP_WORDS = ("до", "вплоть до", "не более", "не больше", "не свыше", "максимум")
FLOOR_WORDS = ("не менее", "не меньше", "минимум", "как минимум")
NAMING_WORDS = (
    "ст", "ст.", "статья", "статьи", "статье", "статью", "статьей", "статей", "статьям", "ч",
    "ч.", "часть", "части", "частью", "п", "п.", "пункт", "пункта", "пункту", "№", "номер",
    "номера", "дело", "дела",
)  # fmt: skip
"""Words after which a number names a thing, so never starts a range: "ст. 5-7 лет"."""
ONE_YEAR_NEXT = (
    "лишени", "колони", "тюрьм", "заключени", "ограничени", "исправительн", "условно",
    "пробационн", "принудительн",
)  # fmt: skip
"""Word starts after which "год" with no number is one year: "получил год колонии"."""
TERM_NOUNS = (
    "срок", "заключени", "приговор", "арест", "лишени", "запрет", "наказани", "ограничени",
)  # fmt: skip
"""The stems of words an adjectival form must stand before to be a term: "восьмилетний срок"."""

_ADJECTIVE_UNITS = MappingProxyType(
    {"летн": "years", "месячн": "months", "недельн": "weeks", "дневн": "days", "суточн": "days"}
)


def _adjective_numbers() -> dict[str, int]:
    """The first halves of "восьмилетний", "двадцатипятилетний": the number in the genitive."""
    units = {"одно": 1, "двух": 2, "трех": 3, "четырех": 4, "пяти": 5, "шести": 6, "семи": 7,
             "восьми": 8, "девяти": 9}  # fmt: skip
    teens = {"десяти": 10, "одиннадцати": 11, "двенадцати": 12, "тринадцати": 13,
             "четырнадцати": 14, "пятнадцати": 15, "шестнадцати": 16, "семнадцати": 17,
             "восемнадцати": 18, "девятнадцати": 19}  # fmt: skip
    tens = {"двадцати": 20, "тридцати": 30, "сорока": 40, "пятидесяти": 50}
    found = {**units, **teens, **tens}
    found.update({t + u: tv + uv for t, tv in tens.items() for u, uv in units.items()})
    return found


ADJECTIVE_NUMBERS = MappingProxyType(_adjective_numbers())
_ADJECTIVE_ENDINGS = (
    "ий", "его", "ему", "им", "ем", "яя", "ей", "юю", "ее", "ие", "их", "ими", "ый", "ого",
    "ому", "ым", "ом", "ая", "ой", "ую", "ое", "ые", "ых", "ыми",
)  # fmt: skip

_LISTS: Mapping[str, Any] = MappingProxyType(
    {
        **NUMBER_LISTS,
        "ru_unit_word": tuple(UNIT_WORDS),
        "ru_half_unit": tuple(HALF_UNITS),
        "ru_cap": CAP_WORDS,
        "ru_floor": FLOOR_WORDS,
        "ru_naming": NAMING_WORDS,
        "ru_adjective_number": tuple(ADJECTIVE_NUMBERS),
        "ru_adjective_end": _ADJECTIVE_ENDINGS,
        "ru_term_noun": TERM_NOUNS,
        "ru_one_year_next": ONE_YEAR_NEXT,
    }
)
_FLAGS = regex.VERBOSE | regex.IGNORECASE

_N = rf"(?: {NUMBER} (?: \s*+ \( \s*+ {NUMBER} \s*+ \) )?+ )"  # "5 (пять)"
_PART = rf"(?: {_N} \s+ \L<ru_unit_word> \b | \b \L<ru_half_unit> \b )"
_JOIN = r"(?: \s*+ , \s*+ (?: и \s+ )?+ | \s+ и \s+ | \s++ )"
_COMPOUND = rf"(?: {_JOIN} {_N} \s+ \L<ru_unit_word> \b ){{0,3}}"
TERM = rf"(?: {_PART} {_COMPOUND} )"
"""One term, for other grammars to embed (compile with ``ru.terms`` named lists)."""
# What stands before a number that names a thing: "ст. 5", "части 2"
_NAMED = r"(?: \b \L<ru_naming> \s*+ )"

# Anchored on the first unit word, the pattern reads leftwards from it in a lookbehind, as the
# English one does: the number, and what makes it a range, a cap or a floor.
_PATTERN = compile_lazily(
    rf"""
    # "восьмилетний срок", "10-летнего заключения": adjective: the term; adjective_unit: its unit
      (?P<adjective> (?: (?<! [\w.,-] ) [0-9]{{1,3}} \s*+ - \s*+ | \b \L<ru_adjective_number> )
                     (?P<adjective_unit> летн | месячн | недельн | дневн | суточн )
                     \L<ru_adjective_end> ) \b
      (?= \s+ (?: [^\W\d_]+ \s+ )? \L<ru_term_noun> )  # "восьмилетний срок", "... тюремный срок"
    # "год и девять месяцев", "к году колонии": a year with no number: one: its word; rest:
    # the smaller parts after
    | (?<! \b (?: это\w* | то[мт] | прошл\w+ | следующ\w+ | текущ\w+ | нов\w+ | кажд\w+
              | весь | цел\w+ | первы\w+ | последн\w+ | один | одного | одному | одном ) \s+
          | [0-9)] \s* )  # a number's own unit: "1 год и 6 месяцев" is read below
      (?: (?P<one> год ) \b (?P<rest> (?: {_JOIN} {_N} \s+ \L<ru_unit_word> \b ){{1,3}} )
        | (?P<one> год | году | годе ) \b (?= \s+ \L<ru_one_year_next> ) )  # "на годе колонии"
    # "на год", "сроком на месяц": bare: the unit
    | (?<= \b на \s+ ) (?P<bare> год | месяц | неделю | сутки ) \b
          (?! \s+ (?: {_N} | назад | и \s+ {_N} ) )
    # "7 лет", "от трех до пяти лет", "до 10 лет", "3-5 лет", "полгода": first: the number of the
    # first part; unit: its unit word; low, from, cap, floor: what makes a range; rest: the
    # smaller parts after; high: the upper end after "до" when the low end has its own unit
    | (?P<unit> \L<ru_unit_word> | \L<ru_half_unit> ) \b
      (?<=
        (?: (?P<from> \b (?: от | с ) \s+ )
            (?: (?: (?P<low> {_N} ) | (?P<low_one> года | месяца ) ) \s+ до \s+ )?  # "от года до"
          | (?P<cap> \b \L<ru_cap> \s+ )
          | (?P<floor> \b \L<ru_floor> \s+ )
          | (?<! {_NAMED} )
            (?P<low> (?<! [0-9.,] ) [0-9]++ | {WORD_NUMBER} ) \s*+ - \s*+ )?
        (?: (?P<first> {_N} ) \s+ )? \b (?: \L<ru_unit_word> | \L<ru_half_unit> )
      )
      (?P<rest> {_COMPOUND} )
      (?(from) (?(low) | (?: \s+ до \s+ (?P<high> {TERM} ) )? ) )
    """,
    _FLAGS,
    ignore_unused=True,
    **_LISTS,
)
# Where a term may be: a unit word after something that can end a number, a half unit (the
# pattern is matched at their start), or the unit of an adjectival form (matched at the start
# of its word). Checking the word before the unit first keeps "прошлого года" and "2022 года"
# from costing a match of the whole pattern.
_NUMBER_WORDS = tuple(
    word for name in ("ru_unit", "ru_teen", "ru_tens", "ru_hundred", "ru_scale", "ru_half",
                      "ru_collective") for word in NUMBER_LISTS[name]
)  # fmt: skip
# A unit word whose word before ends as a number can (a digit, ")", or the last letter of a
# number word): a check in the pattern, so that "год год год" costs no Python per word.
_UNIT_HIT = compile_lazily(  # lower case
    r"\b(?:"
    + keyword_trie(UNIT_WORDS, whole=True)
    + r")\b(?<=[0-9)ьиюаеохмяйнктчвуы][ \t\n]{1,3}[а-я]+)"
)
_ONE_HIT = compile_lazily(  # lower case; "год и 6 месяцев", "году колонии"
    r"\bгод[уе]?\b(?=\s+(?:и\s|" + keyword_trie(ONE_YEAR_NEXT) + "))"
)
_HALF_HIT = compile_lazily(r"\b(?:" + keyword_trie(HALF_UNITS, whole=True) + r")\b")  # lower
_BEFORE_UNIT = frozenset((*_NUMBER_WORDS, "половиной", "на"))
"""Words after which a unit word may be a term's: a number word, "с половиной", "на год"."""


def _after_number(lower: str, start: int) -> bool:
    """Whether what stands before a unit word at ``start`` can end a number or open a term.

    A word of ``_BEFORE_UNIT``, digits that are no year ("7 лет", not "2022 года"), a decimal
    ("8,5 года") or a repeat ("5 (пять) лет"). Read with string methods: this runs at every unit
    word, and "год год год" holds a quarter of a million of them in a megabyte.
    """
    window = lower[max(0, start - 24) : start]
    before = window.rstrip()
    if len(before) == len(window) or not before:
        return False
    last = before[-1]
    if last.isdigit():
        digits = len(before) - len(before.rstrip("0123456789"))
        return digits <= 3 or before[-digits - 1 : -digits] in (".", ",")
    head, _, tail = before.rsplit(None, 1)[-1].rpartition("-")
    if tail in CASE_ENDINGS and head.isdigit():
        return True  # "к 8-ми годам", "3-х лет"
    return last == ")" or tail in _BEFORE_UNIT


_ADJECTIVE_HIT = compile_lazily(r"(?<=[0-9а-я]-?)(?:летн|месячн|недельн|дневн|суточн)")  # lower
_WORD_START = compile_lazily(r"(?r) (?<! [\w-] ) [\w-]{1,24} \Z", regex.VERBOSE)
# One part of a term: "7 лет", "полгода", "5 (пять) лет".
_PART_PATTERN = compile_lazily(
    rf"(?: (?P<number> {_N} ) \s+ (?P<unit> \L<ru_unit_word> ) | (?P<half> \L<ru_half_unit> ) ) \b",
    _FLAGS,
    ignore_unused=True,
    **_LISTS,
)
_WHOLE_WORDS = MappingProxyType(
    {
        word: int(value)
        for word in _NUMBER_WORDS
        if (value := to_number(word)) is not None and value == int(value)
    }
)
"""Number words of a whole value, for the common term of one number and one unit."""
_FIRST_NUMBER = compile_lazily(NUMBER, _FLAGS, ignore_unused=True, **NUMBER_LISTS)
_ORDER = ("years", "months", "weeks", "days", "hours")


def _count(text: str) -> Decimal | None:
    """The number of one part: "5 (пять)" counts once; "8,5" is exact; a year's number is none."""
    key = text.strip()
    if key.isdigit() and key.isascii():  # the common case, read without a pattern
        return Decimal(int(key)) if int(key) < 1000 else None
    match = _FIRST_NUMBER.search(text)
    if match is None:
        return None
    number = to_number(match[0])
    if number is None or number >= 1000:  # "в 2022 году" is no length
        return None
    digits = "".join(match[0].split()).replace(",", ".").partition("-")[0]  # "8-ми": 8
    if digits.replace(".", "", 1).isdigit():  # "8", "8.5"; not "10споловиной"
        return Decimal(digits)
    return Decimal(str(number))


def _parts(text: str, start: int, end: int) -> tuple[dict[str, Decimal], int] | None:
    """Read the parts of a compound in ``text[start:end]``, largest unit first.

    Returns the counts per unit and where the last part in order ends: "6 месяцев, 2 года" stops
    after its first part.
    """
    parts: dict[str, Decimal] = {}
    last_end = start
    previous = -1
    for match in _PART_PATTERN.finditer(text, start, end):
        if match["half"]:
            field, amount = HALF_UNITS[match["half"].lower()]
            count = Decimal(amount)
        else:
            field = UNIT_WORDS[match["unit"].lower()]
            found = _count(match["number"])
            if found is None:
                break
            count = found
        order = _ORDER.index(field)
        if order <= previous:
            break
        previous = order
        parts[field] = parts.get(field, Decimal(0)) + count
        last_end = match.end()
    return (parts, last_end) if parts else None


def _to_term(text: str, unit: str | None = None) -> Term | None:
    """Read one term; with ``unit``, a bare number ("трех" of "от трех до пяти") counts in it."""
    read = _parts(text, 0, len(text))
    if read is None:
        count = _count(text) if unit else None
        return _build({unit: count}) if unit and count is not None else None
    parts, end = read
    return _build(parts) if text[end:].strip() == "" else None


def _candidates(normal: str) -> list[int]:
    """Where a term may start: a unit word after what can end a number, a half unit, a word.

    The word is one that holds an adjectival form's unit ("восьмилетний").
    """
    lower = lowercase(normal)
    starts = {hit.start() for hit in _HALF_HIT.finditer(lower)}
    starts.update(hit.start() for hit in _ONE_HIT.finditer(lower))
    starts.update(
        hit.start() for hit in _UNIT_HIT.finditer(lower) if _after_number(lower, hit.start())
    )
    for hit in _ADJECTIVE_HIT.finditer(lower):
        word = _WORD_START.match(lower, max(0, hit.start() - 24), hit.start())
        starts.add(word.start() if word else hit.start())
    return sorted(starts)


def scan(text: str) -> Iterator[TermMatch]:
    """Yield every term and range in ``text`` (normalised or not), in order."""
    normal = normalise(text)
    end = 0
    for start in _candidates(normal):
        if start < end:
            continue
        match = _PATTERN.match(normal, start, start + MATCH_REACH)
        if match is None:
            continue
        found = _read(match)
        if found is not None:
            end = found.span.end
            yield found


def _read(match: regex.Match[str]) -> TermMatch | None:
    """The term or range a match states, if its number makes one."""
    text = match.string
    if match["adjective"] is not None:
        number = match["adjective"][: match.start("adjective_unit") - match.start()]
        key = number.strip(" -").lower()
        count = ADJECTIVE_NUMBERS.get(key) or (int(key) if key.isdigit() else 0)
        if not 0 < count < 1000:
            return None
        field = _ADJECTIVE_UNITS[match["adjective_unit"].lower()]
        span = Span(*match.span("adjective"))
        term = Term(**{field: count})
        return TermMatch(value=term, span=span, parts=((term, span),))
    if match["one"] is not None:  # "год и девять месяцев", "к году колонии"
        rest = _parts(text, match.start("rest"), match.end("rest")) if match["rest"] else None
        if rest is not None and "years" in rest[0]:
            return None
        one = _build({"years": Decimal(1), **(rest[0] if rest else {})})
        if one is None:
            return None
        span = Span(match.start("one"), rest[1] if rest else match.end("one"))
        return TermMatch(value=one, span=span, parts=((one, span),))
    if match["bare"] is not None:
        term = Term(**{BARE_UNITS[match["bare"].lower()]: 1})
        span = Span(*match.span("bare"))
        return TermMatch(value=term, span=span, parts=((term, span),))
    first, unit = match["first"], match["unit"].lower()
    if first is None and unit not in HALF_UNITS:
        return None
    if first is not None and not match["rest"] and unit in UNIT_WORDS:
        key = first.lower()  # the common case, read without a second scan: "7 лет", "семи годам"
        whole = int(key) if key.isdigit() and key.isascii() else _WHOLE_WORDS.get(key)
        if whole is not None and 0 < whole < 1000:
            main = Span(match.start("first"), match.end("unit"))
            return _ranged(match, main, Term(**{UNIT_WORDS[unit]: whole}), complete=True)
    start = match.start("first") if first is not None else match.start("unit")
    read = _parts(text, start, match.end("rest"))
    if read is None:
        return None
    parts, end = read
    built = _build(parts)
    if built is None:
        return None
    return _ranged(match, Span(start, end), built, complete=end == match.end("rest"))


def _ranged(match: regex.Match[str], main: Span, term: Term, *, complete: bool) -> TermMatch:
    """Return the term at ``main`` with the range, cap or floor the match puts around it."""
    alone = TermMatch(value=term, span=main, parts=((term, main),))
    low: Term | None
    high: Term | None
    if match["high"] is not None and complete:  # "от шести месяцев до двух лет"
        low, low_span = term, main
        high_span = Span(*match.span("high"))
        high = _to_term(match["high"])
    elif match["low"] is not None:  # "от трех до пяти лет", "3-5 лет"
        high, high_span = term, main
        low_span = Span(*match.span("low"))
        low = _to_term(match["low"], unit_of(term))
    elif match["low_one"] is not None:  # "от года до двух лет": one year
        high, high_span = term, main
        low_span = Span(*match.span("low_one"))
        low = Term(**{"years" if match["low_one"].lower() == "года" else "months": 1})
    elif match["cap"] is not None:
        span = Span(match.start("cap"), main.end)
        return TermMatch(value=TermRange(high=term), span=span, parts=alone.parts)
    elif match["floor"] is not None:
        span = Span(match.start("floor"), main.end)
        return TermMatch(value=TermRange(low=term), span=span, parts=alone.parts)
    else:
        return alone
    if low is None or high is None:
        return alone
    parts = ((low, low_span), (high, high_span))
    start = match.start("from") if match["from"] is not None else low_span.start
    if low.approx_days() >= high.approx_days():
        if match["from"] is None or low == high:
            return alone
        # "снизил срок с семи до пяти лет": two terms
        return TermMatch(value=None, span=Span(low_span.start, high_span.end), parts=parts)
    return TermMatch(
        value=TermRange(low=low, high=high),
        span=Span(start, max(low_span.end, high_span.end)),
        parts=parts,
    )


def find_terms(text: str) -> tuple[Found[Term | TermRange], ...]:
    """Return every term and range stated in ``text``, in order.

    >>> [f.text for f in find_terms("Его приговорили к семи годам, ей дали полтора года условно.")]
    ['семи годам', 'полтора года']
    >>> [f.value.iso for f in find_terms("грозит от трех до пяти лет, до 10 лет")]
    ['P3Y..P5Y', '..P10Y']
    >>> find_terms("41-летний мужчина")
    ()
    """
    found: list[Found[Term | TermRange]] = []
    for match in scan(text):
        if match.value is not None:
            found.append(Found(value=match.value, span=match.span, text=_slice(text, match.span)))
        else:  # "с семи до пяти лет": two terms
            found.extend(Found(value=t, span=s, text=_slice(text, s)) for t, s in match.parts)
    return tuple(found)


def _slice(text: str, span: Span) -> str:
    return text[span.start : span.end]


def parse_term(text: str) -> Term | TermRange | None:
    """Read a string that should hold exactly one term or range; anything else is None.

    >>> parse_term("1 год и 6 месяцев")
    Term(years=1, months=6, weeks=0, days=0, hours=0)
    >>> parse_term("от трех до пяти лет").low.years
    3
    >>> parse_term("пять лет колонии") is None
    True
    """
    stripped = text.strip()
    found = list(scan(stripped))
    if len(found) != 1 or found[0].span != Span(0, len(stripped)):
        return None
    return found[0].value
