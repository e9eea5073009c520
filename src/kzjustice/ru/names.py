"""Names in Cyrillic: the nominative of a name in any case, its gender, and a Latin key.

Russian declines names: the record keeps "Ержан Сапаров" where the text says "приговорил
Ержана Сапарова" (the written form stays in the span). ``readings`` lists every way a name can
be read as a case form of a nominative, by a small deterministic rule set; ``nominative``
picks one, and ``latin_key`` spells a name in Latin letters folded so that the common
romanisations of one name agree ("Кудайбергенов", "Kudaibergenov" and "Kudaybergenov" all give
"kudaibergenov"), for matching a person across languages.

The rules, for each word of a name (a hyphenated given name declines its last part only;
initials "А." and particles "улы", "кызы" never decline), by its ending:

- surnames in -ов, -ев, -ин, -ын: as written, a man's nominative; -ова, a man's genitive or
  accusative (nominative -ов) or a woman's nominative; -ову, a man's dative (-ов) or a woman's
  accusative (-ова); -овым, a man's instrumental; -ове, a man's prepositional; -овой, a
  woman's genitive, dative, instrumental or prepositional (-ова);
- adjectival surnames: -ский, -ского, -скому, -ским, -ском, a man's (nominative -ский); -ская,
  -ской, -скую, a woman's (-ская; "Донской" is not read); and the same in -цкий;
- patronymics: -ович, -овича, -овичу, -овичем, -овиче, a man's (-ович is also a woman's
  surname, not declined: "Анастасию Лешкевич"); -овна, -овны, -овне, -овну, -овной, a
  woman's;
- names that do not decline: -енко, -ко, -их, -ых, -швили, -дзе, -улы, -кызы, and the like;
  a surname after a given name may be left undeclined too, in a consonant (a man's:
  "Виталия Ким") or in -а, -я ("Рустаму Абдулла", "Ольгу Данелия"), and a Tajik one in -зода
  is read so first ("Рустама Назарзода");
- a consonant: a man's nominative, or a woman's name in any case ("Айнур"); a consonant and
  -а, -у, -ом, -е: a man's genitive or accusative, dative, instrumental, prepositional, the
  nominative less the ending ("Ержана"), or with the vowel that drops where that is a known
  given name ("Павла" is "Павел", "Льва" "Лев"), and "-ец" where a consonant but "л", "н", "р",
  "ь" stands before "ц" ("Кравца" is "Кравец", "Немцу" "Немец"; "Шульца" is "Шульц");
- -я, -ю, -ем, -е: a man's name in -й after a vowel ("Сергея") or in -ь after a consonant
  ("Игоря"); -ия, -ию, -ием, -ии: a man's name in -ий ("Дмитрия");
- -а, -я: a woman's nominative; -ы, -и, -е, -у, -ой, -ей, -ью: a woman's name in -а, -я or -ь
  in the other cases ("Гульнары", "Марии", "Асели"); a man's name in -а ("Никита") declines
  the same way and is known by the list of given names, and so may a man's surname in -а
  ("Олегу Шульге" is "Олег Шульга").

A known given name that ends in a vowel other than -а, -я does not decline ("Мади",
"Айсулу"), nor does a woman's name in -ь ("Айгуль") or -й ("Алтынай"), nor the father's name
before "улы", "кызы" ("Жасулан Серик улы"). The words of a name must agree in gender and
case. Of the readings left, ``nominative`` takes the one the caller's hints allow
(``gender``, ``case``: from a verb's ending, "осуждена", or the word before, "приговорил"
takes the accusative), then the one whose given name is known with its gender
(``data/ru/given_names.tsv``: "Ержана" is the man's "Ержан" in the genitive, "Гульнара" a
woman's nominative), then the form as written if it can be a nominative, then a man's reading
before a woman's, and the cases in the order genitive, accusative, dative, instrumental,
prepositional. So "Ержана Сапарова" is "Ержан Сапаров", "Айнур Сапаровой" is "Айнур
Сапарова", "Кудайбергенову" is "Кудайбергенов", and "Сапарова" alone stays "Сапарова" unless
a hint says the man. A form that is a case of two known names ("Александру": Александр's
dative, Александра's accusative) needs a hint.

Not here: foreign names declined by other patterns, and surnames that are common nouns
("Кузнец"), which follow the consonant rule.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Mapping
from importlib import resources
from types import MappingProxyType
from typing import Literal

import attrs
import regex

from kzjustice._text import normalise

__all__ = ["CASES", "Reading", "gender_of", "latin_key", "nominative", "readings"]

Gender = Literal["m", "f"]
Case = Literal["nom", "gen", "acc", "dat", "ins", "pre"]
CASES: tuple[Case, ...] = ("nom", "gen", "acc", "dat", "ins", "pre")
_OBLIQUE: tuple[Case, ...] = CASES[1:]
_ALL: tuple[tuple[Gender, Case], ...] = tuple((g, c) for g in ("m", "f") for c in CASES)


@attrs.frozen
class Reading:
    """One way to read a name: as a case form of ``nominative``, of a ``gender``."""

    nominative: str
    gender: Gender
    case: Case


def _table(name: str) -> dict[str, str]:
    text = resources.files("kzjustice").joinpath(f"data/ru/{name}.tsv").read_text("utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line and not line.startswith("#"))
    return {key: value for key, value, *_ in rows}


@functools.cache
def _given_names() -> Mapping[str, str]:
    return MappingProxyType(_table("given_names"))


@functools.cache
def _letters() -> Mapping[str, str]:
    return MappingProxyType(_table("transliteration") | {"ъ": "", "ь": ""})


_VOWELS = "аеёиоуыэюяәөұүі"
_HUSHING_VELAR = "гкхжшчщ"
_INDECLINABLE = ("енко", "ко", "их", "ых", "аго", "яго", "швили", "дзе", "улы", "ұлы", "уулу",
                 "кызы", "қызы", "кизи", "угли", "оглы", "гызы", "заде")  # fmt: skip
_UNDECLINED_FIRST = ("зода", "лы")  # Tajik and Azerbaijani surnames ("Гахраманлы"), as
# written before any declined reading
_PARTICLES = frozenset(
    ("улы", "ұлы", "уулу", "кызы", "қызы", "кизи", "қизи", "угли", "оглы", "гызы")
)
_FEMALE_PARTICLES = frozenset(("кызы", "қызы", "кизи", "қизи", "гызы"))

# Surname and patronymic endings: the ending as written, then each reading: gender, case and
# the nominative's ending. "-ову" is a man's dative of "-ов" and a woman's accusative of "-ова".
# The rows for "-ов" hold for "-ев", "-ин", "-ын" too, "-ский" for "-цкий", "-ович" for "-евич"
# and "-овна" for "-евна"; "-ный" is an adjective's, as "Навальный" (not "-ным", "-ном" or
# "-ной", which given names in "-н" end in: "Иваном").
_RULES = """
ов      m nom ов
ова     m gen ов    m acc ов    f nom ова
ову     m dat ов    f acc ова
овым    m ins ов
ове     m pre ов
овой    f gen ова   f dat ова   f ins ова   f pre ова
ский    m nom ский
ского   m gen ский  m acc ский
скому   m dat ский
ским    m ins ский
ском    m pre ский
ская    f nom ская
ской    f gen ская  f dat ская  f ins ская  f pre ская
скую    f acc ская
ный     m nom ный
ного    m gen ный   m acc ный
ному    m dat ный
ная     f nom ная
ную     f acc ная
ович    m nom ович  f nom ович  f gen ович  f dat ович  f acc ович  f ins ович  f pre ович
овича   m gen ович  m acc ович
овичу   m dat ович
овичем  m ins ович
овиче   m pre ович
овна    f nom овна
овны    f gen овна
овне    f dat овна  f pre овна
овну    f acc овна
овной   f ins овна
"""
_VARIANTS = (("ов", ("ев", "ин", "ын")), ("ск", ("цк",)), ("ович", ("евич",)), ("овн", ("евн",)))
_GENDERS: Mapping[str, Gender] = MappingProxyType({"m": "m", "f": "f"})
_CASE_NAMES: Mapping[str, Case] = MappingProxyType({case: case for case in CASES})


def _rules() -> list[tuple[str, tuple[tuple[Gender, Case, str], ...]]]:
    found = []
    for line in _RULES.split("\n"):
        if not line.strip():
            continue
        ending, *rest = line.split()
        readings = tuple(
            (_GENDERS[rest[i]], _CASE_NAMES[rest[i + 1]], rest[i + 2])
            for i in range(0, len(rest), 3)
        )
        found.append((ending, readings))
        for prefix, others in _VARIANTS:
            if ending.startswith(prefix) and not (
                prefix == "ов" and ending.startswith(("ович", "овн"))
            ):
                for other in others:
                    swapped = tuple((g, c, other + n[len(prefix) :]) for g, c, n in readings)
                    found.append((other + ending[len(prefix) :], swapped))
    return found


_BY_LENGTH = sorted(_rules(), key=lambda item: len(item[0]), reverse=True)


def _word_readings(word: str) -> list[tuple[Gender, Case, str]]:
    """Every (gender, case, nominative) one word of a name can be, in lower case."""
    if word.endswith(".") or len(word) <= 2:
        return [(g, c, word) for g, c in _ALL]  # an initial
    if (
        word in _PARTICLES
        or word.endswith(_INDECLINABLE)
        or (word.endswith("али") and word[:-1] + "ь" not in _given_names())  # "Сейткали",
    ):  # "Нурали": Kazakh surnames, as written in every case; not "Гузали", Гузаль's
        genders: tuple[Gender, ...] = (
            ("f",)
            if word.endswith(tuple(_FEMALE_PARTICLES))
            else (("m",) if word.endswith(("улы", "ұлы", "уулу", "угли", "оглы")) else ("m", "f"))
        )
        return [(g, c, word) for g in genders for c in CASES]
    given = _given_names()
    for suffix, found in _BY_LENGTH:  # surnames and patronymics
        if word.endswith(suffix) and len(word) > len(suffix) + 1:
            stem = word[: -len(suffix)]
            surname = [(g, c, stem + nominative) for g, c, nominative in found]
            # a given name with a surname's ending: "Зарине", "Толкын"
            return surname + [r for r in _given(word) if given.get(r[2]) == r[0]]
    return _given(word)


def _given(word: str) -> list[tuple[Gender, Case, str]]:
    """A given name, or a surname that declines like a noun: "Ержан", "Гульнара", "Ким"."""
    found: list[tuple[Gender, Case, str]] = []

    def add(gender: Gender, cases: tuple[Case, ...], lemma: str) -> None:
        found.extend((gender, case, lemma) for case in cases)

    last = word[-1]
    if last not in _VOWELS + "йь":  # "Ержан": a man's nominative; a woman's, in any case
        add("m", ("nom",), word)
        add("f", CASES, word)
    elif last in "йь":  # "Сергей", "Игорь"; "Асель", "Айгуль", often not declined
        add("m", ("nom",), word)
        if last == "ь":
            add("f", CASES, word)
    elif last in "ая":  # "Гульнара", "Мария"
        add("f", ("nom",), word)
    for ending, cases, female in _ENDINGS:
        if not word.endswith(ending) or len(word) - len(ending) < 2:
            continue
        stem = word[: -len(ending)]
        for lemma in _lemmas(stem, ending, female=female):
            add("f" if female else "m", cases, lemma)
    given = _given_names()
    known = given.get(word)
    if known is not None and (
        (last in _VOWELS and last not in "ая") or (known, last) == ("f", "й")
    ):
        add(_GENDERS[known], CASES, word)  # "Мади", "Айсулу", "Алтынай": not declined
    elif known == "m" and last not in _VOWELS + "йь":  # "Нурбол Ережепову": a man's name
        add("m", CASES, word)  # often left undeclined before a declined surname
    for _, case, lemma in [r for r in found if r[0] == "f" and r[2][-1] in "ая"]:
        if given.get(lemma) == "m":  # "Никиту": a man's name declined as "-а"
            add("m", (case,), lemma)
        elif given.get(lemma) is None and case != "nom" and lemma[-1] == "а":  # "Олегу Шульге":
            add("m", (case,), lemma)  # a man's surname in -а declines so too
    woman = any(given.get(lemma) == "f" for g, _, lemma in found if g == "f")  # "Ольгу"
    for _, case, lemma in [r for r in found if r[0] == "m" and r[1] != "nom" and not woman]:
        fleeting = lemma[:-2] + lemma[-2].replace("ь", "") + "е" + lemma[-1]
        if lemma not in given and given.get(fleeting) == "m":  # "Павла", "Льва": a vowel drops
            add("m", (case,), fleeting)
    if word.endswith("у") and given.get(word[:-1]) == "m":  # "Бауржану" is Бауржан's dative,
        found = [r for r in found if r[0] == "m" or given.get(r[2]) is not None]  # no woman's
    if not found:  # "Мади", "Актоты": a name that does not decline
        found.extend((g, c, word) for g, c in _ALL)
    elif last in "иоэ" and known is None:  # "Жумагали", "Сейтали": a man's, not declined
        add("m", CASES, word)
    return found


# The endings of a man's and a woman's given name in the oblique cases.
_ENDINGS: tuple[tuple[str, tuple[Case, ...], bool], ...] = (
    ("ием", ("ins",), False), ("ией", ("ins",), True),
    ("ия", ("gen", "acc"), False), ("ию", ("dat",), False), ("ии", ("pre",), False),
    ("ии", ("gen", "dat", "pre"), True), ("ию", ("acc",), True),
    ("а", ("gen", "acc"), False), ("у", ("dat",), False), ("ом", ("ins",), False),
    ("ем", ("ins",), False), ("е", ("pre",), False), ("я", ("gen", "acc"), False),
    ("ю", ("dat",), False),
    ("ы", ("gen",), True), ("и", ("gen", "dat", "pre"), True), ("е", ("dat", "pre"), True),
    ("у", ("acc",), True), ("ю", ("acc",), True), ("ой", ("ins",), True),
    ("ей", ("ins",), True), ("ью", ("ins",), True),
)  # fmt: skip


# A stem whose nominative ends in "-ец" with the vowel dropped: "Кравц-а" is "Кравец", "Немц-у"
# "Немец", but "Шульц-а" is "Шульц", "Шварц-а" "Шварц".
_FLEETING_EC = regex.compile(r"(?<=[аеиоуыэюя]\w*)[бвдкмпстфх]ц\Z")


def _lemmas(stem: str, ending: str, *, female: bool) -> list[str]:
    """The nominatives a stem and an oblique ending can come from."""
    end = stem[-1]
    consonant = end not in _VOWELS + "йь"
    if ending in ("ия", "ию", "ии", "ием") and not female:
        return [stem + "ий"]  # "Дмитрия"
    if ending in ("ии", "ию", "ией") and female:
        return [stem + "ия"]  # "Марии"
    if not female:
        if ending in ("а", "у", "ом", "е") and _FLEETING_EC.search(stem):
            return [stem[:-1] + "ец"]  # "Кравца", "Немцу"
        if ending in ("а", "у", "ом", "е") and consonant:
            return [stem] + ([stem + "ь"] if ending == "е" else [])  # "Ержана"; "Игоре"
        if ending == "ем" and consonant:
            return [stem + "ь"] + ([stem] if end in "жшчщц" else [])  # "Игорем"
        if ending in ("я", "ю", "ем", "е") and end in _VOWELS:
            return [stem + "й"]  # "Сергея", "Абаю"
        if ending in ("я", "ю") and consonant:
            return [stem + "ь"]  # "Игоря"
        return []
    if not consonant:  # "Жансаи", "Жансаю": a woman's name in -я after a vowel
        return [stem + "я"] if ending in ("и", "е", "ю", "ей") else []
    if ending == "ы" and end not in _HUSHING_VELAR:
        return [stem + "а"]
    if ending == "и":
        return [stem + "а"] if end in _HUSHING_VELAR else [stem + "ь", stem + "я"]
    if ending in ("е", "у", "ой"):
        return [stem + "а"] + ([stem + "я"] if ending == "е" else [])
    if ending == "ей":
        return [stem + "а"] if end in "жшчщц" else [stem + "я"]
    if ending == "ю":
        return [stem + "я"]
    if ending == "ью":
        return [stem + "ь"]
    return []


def _restore(written: str, lower: str) -> str:
    """``lower`` with the capitals of ``written``: "САПАРОВА" stays in capitals."""
    if written.isupper() and len(written) > 1:
        return lower.upper()
    out = [
        c.upper() if i < len(written) and written[i].isupper() else c for i, c in enumerate(lower)
    ]
    return "".join(out)


def _words(name: str) -> list[str]:
    """The words of a name that hold a letter, the last part of each declining.

    An initial written against the surname is a word of its own: "К.Ташиева" is "К. Ташиева".
    """
    spaced = _JOINED_INITIAL.sub(". ", normalise(name))
    return [w for w in spaced.split() if any(c.isalpha() for c in w.rpartition("-")[2])]


_JOINED_INITIAL = regex.compile(r"(?<=\b\p{Lu})\.(?=\p{Lu}\p{Ll})")


def _undeclined_surname(word: str) -> tuple[Gender, ...]:
    """The genders a last word may be left undeclined for, in every case.

    A surname that no surname rule declines, which texts often leave as written: a man's
    ending in a consonant, Kazakh or Korean ("Ерлана Жаксылык", "Виталия Ким"); a man's or a
    woman's in -а or -я, Kazakh or Georgian ("Рустаму Абдулла", "Ольгу Данелия"), in -бай,
    Kazakh ("Айдану Серикбай"), or in another vowel, as foreign surnames are ("Виктора Ланге",
    "Анны Бруно").
    """
    if word.endswith(".") or any(word.endswith(s) for s, _ in _BY_LENGTH):
        return ()
    if word.endswith(("зоду", "зоде")) and len(word) > 5:
        return ()  # "Саидджафара Усмонзоду": a Tajik "-зода" declined, not a foreign ending
    if word[-1] not in _VOWELS + "йь":
        return ("m",)
    if word[-1] in "еёиоуэю":
        return ("m", "f")
    if word.endswith("лы") and not word.endswith(("улы", "ұлы")):  # Azerbaijani: "Хафиза
        # Бабалы", "Эльчину Гахраманлы"; not the Kazakh "-улы" ("Сейткалиулы")
        return ("m", "f")
    if word.endswith("бай"):  # Kazakh: "Айдану Серикбай", "Ерлану Серикбай"
        return ("m", "f")
    if word[-1] in "ая" and not word.endswith(("ая", "яя")):
        return ("m", "f")
    return ()


@functools.lru_cache(maxsize=4096)  # a name's forms, gender and record value each read it
def readings(name: str) -> tuple[Reading, ...]:
    """Every reading of ``name`` as one gender and case, in the order ``nominative`` prefers.

    >>> [(r.nominative, r.gender, r.case) for r in readings("Кудайбергенову")]
    [('Кудайбергенов', 'm', 'dat'), ('Кудайбергенова', 'f', 'acc')]
    """
    words = _words(name)
    if not words:
        return ()
    per_word = []
    for index, written in enumerate(words):
        head, _, tail = written.rpartition("-")  # "Касым-Жомарта": the last part declines
        options: dict[tuple[Gender, Case], list[str]] = {}
        before_particle = index + 1 < len(words) and words[index + 1].lower() in _PARTICLES
        found = (  # "Серик" in "Жасулана Серик улы": the father's name does not decline
            [(g, c, tail.lower()) for g, c in _ALL]
            if before_particle
            else _word_readings(tail.lower())
        )
        if index and index == len(words) - 1:
            undeclined = _undeclined_surname(tail.lower())
            kept = [(g, case, tail.lower()) for g in undeclined for case in CASES]
            found = [*kept, *found] if tail.lower().endswith(_UNDECLINED_FIRST) else [*found, *kept]
        for g, c, lower in found:
            form = (head + "-" if head else "") + _restore(tail, lower)
            options.setdefault((g, c), []).append(form)
        per_word.append(options)
    given = _given_names()
    scored = []
    for order, (g, c) in enumerate(_ALL):
        if not all((g, c) in options for options in per_word):
            continue
        chosen = []
        score = 0
        for written, options in zip(words, per_word, strict=True):
            forms = options[(g, c)]
            known = [f for f in forms if given.get(f.lower().rpartition("-")[2]) == g]
            other = [f for f in forms if given.get(f.lower().rpartition("-")[2]) not in (None, g)]
            if known:
                chosen.append(known[0])
                score += 2
            elif len(other) == len(forms) and written.lower() != forms[0].lower():
                score -= 5  # the nominative is a name of the other gender
                chosen.append(forms[0])
            else:
                chosen.append(forms[0])
        if c == "nom":
            score += 1
        scored.append((-score, _PREFERENCE.index((g, c)), order, Reading(
            nominative=" ".join(chosen), gender=g, case=c)))  # fmt: skip
    return tuple(item[-1] for item in sorted(scored, key=lambda item: item[:3]))


_PREFERENCE: tuple[tuple[Gender, Case], ...] = (
    ("m", "nom"), ("f", "nom"), ("m", "gen"), ("m", "acc"), ("m", "dat"), ("m", "ins"),
    ("m", "pre"), ("f", "gen"), ("f", "acc"), ("f", "dat"), ("f", "ins"), ("f", "pre"),
)  # fmt: skip


def nominative(name: str, *, gender: Gender | None = None, case: Case | None = None) -> str:
    """Return ``name`` in the nominative, by the rules above and the hints given.

    >>> nominative("Ержана Сапарова"), nominative("Айнур Сапаровой"), nominative("Кудайбергенову")
    ('Ержан Сапаров', 'Айнур Сапарова', 'Кудайбергенов')
    >>> nominative("Сапарова"), nominative("Сапарова", case="acc")
    ('Сапарова', 'Сапаров')
    >>> nominative("А. Жубанову"), nominative("Жубанова А.", gender="f")
    ('А. Жубанов', 'Жубанова А.')
    """
    found = readings(name)
    if case is None and (gender or gender_of(name)) == "m":
        given = _given_names()
        for reading in found:  # a man's unknown given name ends in a consonant: "Дауренбеку
            first = reading.nominative.split()[0].lower()  # Сейтказыулы" is Дауренбек's dative
            if reading.gender == "m" and (first in given or not first.endswith(("а", "я"))):
                return reading.nominative
    for reading in found:
        if (gender is None or reading.gender == gender) and (case is None or reading.case == case):
            return reading.nominative
    return " ".join(_words(name))


def gender_of(name: str) -> Gender | None:
    """The gender a name says: the one all its readings agree on, else its given name's.

    >>> gender_of("Сапаровой"), gender_of("Ержаном Сапаровым"), gender_of("Айнур Сапарову")
    ('f', 'm', 'f')
    >>> gender_of("Кудайбергенову"), gender_of("Ким")
    (None, None)
    """
    found = readings(name)
    genders = {reading.gender for reading in found}
    if len(genders) == 1:
        return found[0].gender
    given = _given_names()
    for reading in found:
        first = reading.nominative.split()[0].lower().rpartition("-")[2]
        if given.get(first) == reading.gender:
            return reading.gender
    return None


def _latin_letters(text: str) -> Iterator[str]:
    letters = _letters()
    for character in text:
        yield letters.get(character, character)


_FOLDS = (
    ("shch", "sh"), ("sch", "sh"), ("dzh", "j"), ("dj", "j"), ("zh", "j"), ("kh", "h"),
    ("ye", "e"), ("yo", "e"), ("q", "k"), ("w", "v"), ("x", "ks"), ("y", "i"), ("ii", "i"),
)  # fmt: skip


def latin_key(name: str) -> str:
    """Spell ``name`` in Latin letters, folded so that its common romanisations agree.

    Cyrillic letters are spelled by ``data/ru/transliteration.tsv``; then every spelling is
    lower-cased and folded: "shch" and "sch" to "sh", "dzh", "dj" and "zh" to "j", "kh" to
    "h", "ye" and "yo" to "e", "q" to "k", "y" to "i", and doubled letters to one. A name in
    Latin letters is folded the same way, so the key matches across languages. Call it on the
    nominative: "Сапарова" and "Сапаров" differ.

    >>> latin_key("Ержан Кудайбергенов"), latin_key("Yerzhan Kudaibergenov")
    ('erjan kudaibergenov', 'erjan kudaibergenov')
    >>> latin_key("Кудебаев") == latin_key("Kudebayev"), latin_key("Қасым") == latin_key("Kassym")
    (True, True)
    """
    text = normalise(name).lower().replace("ё", "е")
    text = "".join(_latin_letters(text))
    text = regex.sub(r"[^\w\s-]", "", text)
    for old, new in _FOLDS:
        text = text.replace(old, new)
    text = regex.sub(r"(\w)\1+", r"\1", text)
    return " ".join(text.split())
