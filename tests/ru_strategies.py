"""Renderers that write a known value in Russian surface forms, written apart from the grammar.

Cardinals, ordinals, terms, dates and names are declined here by their own tables, so a round
trip through the grammar checks the grammar against an independent statement of Russian.
"""

from __future__ import annotations

import datetime

from kzjustice.models import Term

CASES = ("nom", "gen", "dat", "ins", "pre", "acc")

# Each case's form of a number word, in the order of CASES (the accusative of a count of
# things is its nominative). One and two are given per gender below.
_UNITS = {
    3: "три трёх трём тремя трёх три",
    4: "четыре четырёх четырём четырьмя четырёх четыре",
    5: "пять пяти пяти пятью пяти пять",
    6: "шесть шести шести шестью шести шесть",
    7: "семь семи семи семью семи семь",
    8: "восемь восьми восьми восемью восьми восемь",
    9: "девять девяти девяти девятью девяти девять",
}
_ONE = {
    "m": "один одного одному одним одном один",
    "f": "одна одной одной одной одной одну",
    "n": "одно одного одному одним одном одно",
}
_TWO = {
    "m": "два двух двум двумя двух два",
    "f": "две двух двум двумя двух две",
    "n": "два двух двум двумя двух два",
}
_TEENS = ["десят", "одиннадцат", "двенадцат", "тринадцат", "четырнадцат", "пятнадцат",
          "шестнадцат", "семнадцат", "восемнадцат", "девятнадцат"]  # fmt: skip
_TENS = {
    2: "двадцать двадцати двадцати двадцатью двадцати двадцать",
    3: "тридцать тридцати тридцати тридцатью тридцати тридцать",
    4: "сорок сорока сорока сорока сорока сорок",
    5: "пятьдесят пятидесяти пятидесяти пятьюдесятью пятидесяти пятьдесят",
    6: "шестьдесят шестидесяти шестидесяти шестьюдесятью шестидесяти шестьдесят",
    7: "семьдесят семидесяти семидесяти семьюдесятью семидесяти семьдесят",
    8: "восемьдесят восьмидесяти восьмидесяти восемьюдесятью восьмидесяти восемьдесят",
    9: "девяносто девяноста девяноста девяноста девяноста девяносто",
}
_HUNDREDS = {
    1: "сто ста ста ста ста сто",
    2: "двести двухсот двумстам двумястами двухстах двести",
    3: "триста трёхсот трёмстам тремястами трёхстах триста",
    4: "четыреста четырёхсот четырёмстам четырьмястами четырёхстах четыреста",
    5: "пятьсот пятисот пятистам пятьюстами пятистах пятьсот",
    6: "шестьсот шестисот шестистам шестьюстами шестистах шестьсот",
    7: "семьсот семисот семистам семьюстами семистах семьсот",
    8: "восемьсот восьмисот восьмистам восемьюстами восьмистах восемьсот",
    9: "девятьсот девятисот девятистам девятьюстами девятистах девятьсот",
}


def _form(table: str, case: str) -> str:
    return table.split()[CASES.index(case)]


def cardinal(n: int, case: str = "nom", gender: str = "m") -> str:
    """``n`` (1 to 999 999) in words, in ``case``; ``gender`` agrees one and two."""
    if n >= 1000:
        thousands, rest = divmod(n, 1000)
        last = thousands % 10 if thousands % 100 not in range(11, 15) else 0
        if case in ("nom", "acc"):
            word = "тысяча" if last == 1 else "тысячи" if last in (2, 3, 4) else "тысяч"
            if last == 1 and case == "acc":
                word = "тысячу"
        else:
            singular = {"gen": "тысячи", "dat": "тысяче", "ins": "тысячей", "pre": "тысяче"}
            plural = {"gen": "тысяч", "dat": "тысячам", "ins": "тысячами", "pre": "тысячах"}
            word = singular[case] if last == 1 else plural[case]
        words = [cardinal(thousands, case, "f"), word] if thousands > 1 else [word]
        return " ".join(words + ([cardinal(rest, case, gender)] if rest else []))
    hundreds, below = divmod(n, 100)
    words = [_form(_HUNDREDS[hundreds], case)] if hundreds else []
    if 10 <= below < 20:
        ending = {"nom": "ь", "acc": "ь", "ins": "ью"}.get(case, "и")
        words.append(_TEENS[below - 10] + ending)
    else:
        tens, unit = divmod(below, 10)
        if tens:
            words.append(_form(_TENS[tens], case))
        if unit == 1:
            words.append(_form(_ONE[gender], case))
        elif unit == 2:
            words.append(_form(_TWO[gender], case))
        elif unit:
            words.append(_form(_UNITS[unit], case))
    return " ".join(words)


_ORDINAL_LEMMAS = {
    1: "первый", 2: "второй", 3: "третий", 4: "четвёртый", 5: "пятый", 6: "шестой",
    7: "седьмой", 8: "восьмой", 9: "девятый", 10: "десятый", 11: "одиннадцатый",
    12: "двенадцатый", 13: "тринадцатый", 14: "четырнадцатый", 15: "пятнадцатый",
    16: "шестнадцатый", 17: "семнадцатый", 18: "восемнадцатый", 19: "девятнадцатый",
    20: "двадцатый", 30: "тридцатый", 40: "сороковой", 50: "пятидесятый",
    60: "шестидесятый", 70: "семидесятый", 80: "восьмидесятый", 90: "девяностый",
    100: "сотый", 200: "двухсотый", 300: "трёхсотый", 400: "четырёхсотый", 500: "пятисотый",
}  # fmt: skip
_ORDINAL_ENDINGS = {  # by gender, in the order of CASES
    "m": ("ый", "ого", "ому", "ым", "ом", "ый"),
    "f": ("ая", "ой", "ой", "ой", "ой", "ую"),
    "n": ("ое", "ого", "ому", "ым", "ом", "ое"),
}


def _ordinal_word(n: int, case: str, gender: str) -> str:
    lemma = _ORDINAL_LEMMAS[n]
    if lemma == "третий":
        forms = {"m": "третий третьего третьему третьим третьем третий",
                 "f": "третья третьей третьей третьей третьей третью",
                 "n": "третье третьего третьему третьим третьем третье"}  # fmt: skip
        return _form(forms[gender], case)
    stem = lemma[:-2]
    ending = _ORDINAL_ENDINGS[gender][CASES.index(case)]
    if lemma.endswith("ой") and ending == "ый":
        ending = "ой"
    return stem + ending


def ordinal(n: int, case: str = "nom", gender: str = "m") -> str:
    """``n`` (1 to 2099, not a round hundred above 500) as an ordinal in ``case`` and ``gender``."""
    head, last = divmod(n, 1000)
    prefix = [cardinal(head * 1000)] if head else []
    hundreds, below = divmod(last, 100)
    if below == 0:
        return " ".join([*prefix, _ordinal_word(hundreds * 100, case, gender)])
    if hundreds:
        prefix.append(_form(_HUNDREDS[hundreds], "nom"))
    if below < 20 or below % 10 == 0:
        return " ".join([*prefix, _ordinal_word(below, case, gender)])
    prefix.append(_form(_TENS[below // 10], "nom"))
    return " ".join([*prefix, _ordinal_word(below % 10, case, gender)])


# The unit words of a term: the form after one, after two to four, after five and more, per case.
_UNIT_FORMS = {
    "years": {"nom": ("год", "года", "лет"), "gen": ("года", "лет", "лет"),
              "dat": ("году", "годам", "годам"), "ins": ("годом", "годами", "годами"),
              "pre": ("годе", "годах", "годах")},
    "months": {"nom": ("месяц", "месяца", "месяцев"), "gen": ("месяца", "месяцев", "месяцев"),
               "dat": ("месяцу", "месяцам", "месяцам"), "ins": ("месяцем", "месяцами", "месяцами"),
               "pre": ("месяце", "месяцах", "месяцах")},
    "days": {"nom": ("день", "дня", "дней"), "gen": ("дня", "дней", "дней"),
             "dat": ("дню", "дням", "дням"), "ins": ("днём", "днями", "днями"),
             "pre": ("дне", "днях", "днях")},
    "hours": {"nom": ("час", "часа", "часов"), "gen": ("часа", "часов", "часов"),
              "dat": ("часу", "часам", "часам"), "ins": ("часом", "часами", "часами"),
              "pre": ("часе", "часах", "часах")},
}  # fmt: skip


def unit_word(field: str, n: int, case: str) -> str:
    """The unit word a count of ``n`` takes in ``case``: "1 год", "3 года", "5 лет"."""
    case = "nom" if case == "acc" else case
    last, last_two = n % 10, n % 100
    if case in ("nom",):
        index = (
            0
            if last == 1 and last_two != 11
            else 1
            if last in (2, 3, 4) and last_two not in (12, 13, 14)
            else 2
        )
    else:
        index = 0 if last == 1 and last_two != 11 else 1
    return _UNIT_FORMS[field][case][index]


def term_phrase(term: Term, case: str, *, words: bool, joiner: str) -> str:
    """A term in ``case``: "1 год и 6 месяцев", "к семи годам" (without the "к")."""
    parts = []
    for field in ("years", "months", "days", "hours"):
        n = getattr(term, field)
        if not n:
            continue
        number = cardinal(n, case, "m") if words else str(n)
        parts.append(f"{number} {unit_word(field, n, case)}")
    return joiner.join(parts)


MONTHS_GENITIVE = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
                   "сентября", "октября", "ноября", "декабря")  # fmt: skip


def date_phrase(day: datetime.date, style: str) -> str:
    """A full date in one of the forms Russian reports write it."""
    month = MONTHS_GENITIVE[day.month - 1]
    if style == "words":
        return f"{day.day} {month} {day.year} года"
    if style == "short":
        return f"{day.day} {month} {day.year} г."
    if style == "suffix":
        return f"{day.day}-го {month} {day.year} года"
    if style == "ordinal":
        return f"{ordinal(day.day, 'gen', 'n')} {month} {day.year} года"
    if style == "numeric":
        return f"{day.day:02d}.{day.month:02d}.{day.year}"
    return f"{day.year}-{day.month:02d}-{day.day:02d}"


DATE_STYLES = ("words", "short", "suffix", "ordinal", "numeric", "iso")


def decline_surname(stem: str, gender: str, case: str) -> str:
    """A surname in -ов, -ев or -ин of ``gender`` in ``case``: "Сапарову", "Сапаровой"."""
    endings = {
        "m": {"nom": "", "gen": "а", "acc": "а", "dat": "у", "ins": "ым", "pre": "е"},
        "f": {"nom": "а", "gen": "ой", "acc": "у", "dat": "ой", "ins": "ой", "pre": "ой"},
    }
    return stem + endings[gender][case]


def decline_given(name: str, gender: str, case: str) -> str:
    """A given name of ``gender`` in ``case``; a woman's name in a consonant does not decline."""
    if case == "nom":
        return name
    last = name[-1]
    if gender == "m" and last not in "аеиоуыэюяйь":
        return name + {"gen": "а", "acc": "а", "dat": "у", "ins": "ом", "pre": "е"}[case]
    if gender == "m" and last == "й":
        stem = name[:-1]
        if stem.endswith("и"):
            return stem + {"gen": "я", "acc": "я", "dat": "ю", "ins": "ем", "pre": "и"}[case]
        return stem + {"gen": "я", "acc": "я", "dat": "ю", "ins": "ем", "pre": "е"}[case]
    if gender == "f" and name.endswith("ия"):
        return name[:-1] + {"gen": "и", "acc": "ю", "dat": "и", "ins": "ей", "pre": "и"}[case]
    if gender == "f" and last == "я":
        return name[:-1] + {"gen": "и", "acc": "ю", "dat": "е", "ins": "ей", "pre": "е"}[case]
    if gender == "f" and last == "а":
        stem = name[:-1]
        gen = "и" if stem[-1] in "гкхжшчщ" else "ы"
        ins = "ей" if stem[-1] in "жшчщц" else "ой"
        return stem + {"gen": gen, "acc": "у", "dat": "е", "ins": ins, "pre": "е"}[case]
    return name  # a woman's name in a consonant does not decline
