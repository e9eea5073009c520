"""Charges in Russian news prose: offence names and statute references, mapped to the taxonomy.

The bundled taxonomy (``kzjustice/data/charges.csv``) gives each charge a Russian name and
Russian aliases. ``find_charges`` finds:

- an offence's name or alias in any case: "участие в массовых беспорядках", "за участие в
  массовых беспорядках", "в участии в массовых беспорядках", "злоупотребления должностными
  полномочиями", "за убийство", "пытки", "применение пыток". Each word of an alias matches its
  stem and an ending of up to four letters (the stem is the word less its case ending:
  "злоупотреблени-е", "массов-ых"); words of two letters or fewer ("в", "на") match as written;
- a statute reference: "по статье 272 УК РК", "ч. 3 ст. 272", "части 2 статьи 272 Уголовного
  кодекса Республики Казахстан", "ст. 190 ч. 4 УК РК", "п. 1 ч. 2 ст. 366". The taxonomy is
  Kazakhstan's Criminal Code: a reference to it, or to no code, records the article and part
  as stated, and the key where the article and part name one entry; a reference to another
  code ("УК РФ", "УК КР", "КоАП") keeps its words and nothing else.

``charge_for`` maps a charge's own words ("Массовые беспорядки", "ст. 272 ч. 2 УК РК") to a
record. An alias listed under two keys ("массовые беспорядки", the title of three parts of
Article 272) maps to neither: the text keeps its words, with the article where a reference
states it.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping
from importlib import resources
from types import MappingProxyType

import attrs
import regex

from kzjustice._text import MATCH_REACH, compile_lazily, keyword_trie, lowercase, normalise
from kzjustice.models import Charge, Found, Span

__all__ = ["charge_for", "find_charges"]

_FLAGS = regex.VERBOSE | regex.IGNORECASE


@attrs.frozen
class _Entry:
    key: str
    article: int | None
    part: int | None


def _aliases(row: Mapping[str, str]) -> list[str]:
    """A row's Russian aliases, and its Russian name with and without what is in brackets."""
    name = row["name_ru"].strip()
    found = [a for a in row["aliases_ru"].split(";")]
    if name:
        head, _, inner = name.partition("(")
        found += [head, inner.rstrip(")")] if inner else [name]
    return [" ".join(normalise(a).lower().split()) for a in found if a.strip()]


def _read() -> tuple[Mapping[str, _Entry | None], tuple[_Entry, ...]]:
    text = resources.files("kzjustice").joinpath("data/charges.csv").read_text(encoding="utf-8")
    by_alias: dict[str, _Entry | None] = {}
    entries = []
    for row in csv.DictReader(io.StringIO(text)):
        entry = _Entry(
            key=row["key"],
            article=int(row["article"]) if row["article"].strip() else None,
            part=int(row["part"]) if row["part"].strip() else None,
        )
        entries.append(entry)
        for alias in _aliases(row):
            by_alias[alias] = None if alias in by_alias and by_alias[alias] != entry else entry
    return MappingProxyType(by_alias), tuple(entries)


_BY_ALIAS, _ENTRIES = _read()

_ENDINGS = sorted(
    [
        "ями",
        "ами",
        "ого",
        "его",
        "ому",
        "ему",
        "ыми",
        "ими",
        "ией",
        "ии",
        "ия",
        "ие",
        "ье",
        "ья",
        "ых",
        "их",
        "ой",
        "ей",
        "ий",
        "ый",
        "ая",
        "яя",
        "ое",
        "ее",
        "ые",
        "ую",
        "юю",
        "ом",
        "ем",
        "ам",
        "ям",
        "ах",
        "ях",
        "ов",
        "ев",
        "ью",
        "а",
        "я",
        "о",
        "е",
        "ы",
        "и",
        "у",
        "ю",
        "ь",
        "й",
    ],
    key=len,
    reverse=True,
)


def stem(word: str) -> str:
    """The word less its case ending, keeping at least three letters: "массовых" is "массов".

    >>> [stem(w) for w in ["злоупотребление", "массовых", "беспорядках", "в", "акт"]]
    ['злоупотреблен', 'массов', 'беспорядк', 'в', 'акт']
    """
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: -len(ending)]
    return word


def _alias_pattern(alias: str) -> str:
    """Each word by its stem and any short ending; short words as written."""
    words = regex.findall(r"[\w-]+", alias)
    parts = [
        regex.escape(word) if len(word) <= 2 else regex.escape(stem(word)) + r"\w{0,4}"
        for word in words
    ]
    return r"[\s,]+".join(parts)


# Article references: point ("п. 1"), part ("ч. 3"), article ("ст. 272"), code ("УК РК").
_ARTICLE_WORD = r"(?: ст \. | ст \b | стать (?: я | и | е | ю | ей | ям | ями | ях ) \b | статей )"
_PART_WORD = r"(?: ч \. | ч \b | част (?: ь | и | ью | ей | ям ) \b )"
_POINT_WORD = r"(?: п \. | п \b | пункт (?: а | у | ом | е )? \b )"
_KAZAKH = r"(?: РК | Республики \s+ Казахстан | Казахстана )"
_FOREIGN = r"""(?: РФ | КР | РУз | РТ | Российской \s+ Федерации | России
                | Кыргызской \s+ Республики
                | Кыргызстана | Киргизии | Республики \s+ Узбекистан | Узбекистана
                | Республики \s+ Таджикистан | Таджикистана )"""
_CODE = rf"""
    (?: (?P<code> УК | Уголовн\w+ \s+ кодекс\w* )
        (?: \s+ (?: (?P<kazakh> {_KAZAKH} ) | (?P<foreign> {_FOREIGN} ) ) )?
      | (?P<foreign> КоАП (?: \s+ {_KAZAKH} | \s+ {_FOREIGN} )?
                   | Кодекс\w* \s+ об \s+ административных \s+ \w+ ) )
    (?! \w )
"""
_REFERENCE = rf"""
    (?: (?: {_POINT_WORD} \s*+ (?: [0-9]{{1,2}} | "?[а-я]"? ) \s*+ ,?\s*+ )?+
        (?: {_PART_WORD} \s*+ (?P<part> [0-9]{{1,2}} ) (?! [0-9] ) \s*+ ,?\s*+ )?+
        {_ARTICLE_WORD} \s*+ (?P<article> [0-9]{{1,3}} ) (?P<sub> - [0-9]{{1,2}} )? (?! [0-9] )
        (?: \s*+ ,?\s*+ {_PART_WORD} \s*+ (?P<part> [0-9]{{1,2}} ) (?! [0-9] ) )?+
        (?: (?: \s*+ , \s*+ | \s+ и \s+ ) (?P<more> [0-9]{{1,3}} ) (?! [0-9-] ) )*+  # "255 и 256"
        (?: \s+ {_CODE} )?+ )
"""

_ALIAS_PATTERNS = "|".join(_alias_pattern(a) for a in sorted(_BY_ALIAS, key=len, reverse=True))
_PATTERN = compile_lazily(
    rf"""(?P<reference> (?<! \w ) {_REFERENCE} )
       | (?P<alias> (?<! \w ) (?: {_ALIAS_PATTERNS} ) (?! \w ) )""",
    _FLAGS,
)
_ALIAS_ONLY = compile_lazily(
    r"(?: " + "|".join(f"(?P<a{i}> {_alias_pattern(a)} )" for i, a in enumerate(_BY_ALIAS)) + r" )",
    _FLAGS,
)
_ALIASES = tuple(_BY_ALIAS)


# Where a charge can start, in lower case: the stem of an alias's first word, or a word that
# opens a statute reference ("ст.", "статье", "ч. 3", "части", "п. 1", "пункта").
_HINT = compile_lazily(
    r"\b(?:"
    + keyword_trie({stem(alias.split()[0]) for alias in _BY_ALIAS})
    + r")|\b(?:ст|ч|п)\b|\b(?:стать|статей|част|пункт)"
)


def _entry_for(article: int, part: int | None) -> _Entry | None:
    """The one taxonomy entry an article (and part) names, if one does."""
    rows = [e for e in _ENTRIES if e.article == article]
    if part is not None:
        exact = [e for e in rows if e.part == part] or [e for e in rows if e.part is None]
        return exact[0] if len(exact) == 1 else None
    return rows[0] if len(rows) == 1 else None


def _reference(text: str, article: int, part: int | None, *, kazakh: bool) -> Charge:
    if not kazakh:
        return Charge(text=text)  # another code's article, or an article such as "174-1"
    entry = _entry_for(article, part)
    return Charge(text=text, key=entry.key if entry else None, article=article, part=part)


def _charge(match: regex.Match[str], text: str) -> Charge:
    if match["reference"] is not None:
        part = int(match["part"]) if match["part"] else None
        kazakh = match["foreign"] is None and match["sub"] is None
        return _reference(text, int(match["article"]), part, kazakh=kazakh)
    entry = _alias_entry(match["alias"])
    if entry is None:
        return Charge(text=text)
    return Charge(text=text, key=entry.key, article=entry.article, part=entry.part)


def _alias_entry(words: str) -> _Entry | None:
    """The entry whose alias ``words`` are a case form of; None when none or two are."""
    found = _ALIAS_ONLY.fullmatch(" ".join(normalise(words).lower().split()))
    if found is None or found.lastgroup is None:
        return None
    return _BY_ALIAS[_ALIASES[int(found.lastgroup[1:])]]


def charge_for(words: str) -> Charge:
    """Return the charge a name or reference states, mapped where the taxonomy knows it.

    >>> charge_for("Участие в массовых беспорядках").key
    'mass_riots_participation'
    >>> charge_for("ст. 272 ч. 3 УК РК").key
    'mass_riots_calls'
    >>> charge_for("Массовые беспорядки").key is None  # the title of three parts
    True
    """
    text = words.strip().strip(" .,;:'\"«»")
    match = _PATTERN.fullmatch(normalise(text))
    if match is None:
        return Charge(text=words)
    charge = _charge(match, words)
    return Charge(text=words, key=charge.key, article=charge.article, part=charge.part)


def find_charges(text: str) -> tuple[Found[Charge], ...]:
    """Return every charge ``text`` names, by name or by reference, in order.

    >>> found = find_charges("осужден по ч. 2 ст. 272 УК РК за участие в массовых беспорядках")
    >>> [(f.text, f.value.key) for f in found]  # doctest: +NORMALIZE_WHITESPACE
    [('ч. 2 ст. 272 УК РК', 'mass_riots_participation'),
     ('участие в массовых беспорядках', 'mass_riots_participation')]
    """
    normal = normalise(text)
    found: list[Found[Charge]] = []
    matches: list[regex.Match[str]] = []
    for hint in _HINT.finditer(lowercase(normal)):
        if matches and hint.start() < matches[-1].end():
            continue
        match = _PATTERN.match(normal, hint.start(), hint.start() + MATCH_REACH)
        if match is not None:
            matches.append(match)
    for match in matches:
        if match["reference"] is not None and match.captures("more"):
            # "по статьям 255 и 256 УК РК": one charge for each article, the code for all
            kazakh = match["foreign"] is None and match["sub"] is None
            first = Span(match.start(), match.end("article"))
            spans = [(first, int(match["article"]))]
            spans += [(Span(*match.spans("more")[i]), int(n)) for i, n in
                      enumerate(match.captures("more"))]  # fmt: skip
            for span, article in spans:
                written = text[span.start : span.end]
                charge = _reference(written, article, None, kazakh=kazakh)
                found.append(Found(value=charge, span=span, text=written))
            continue
        written = text[match.start() : match.end()]
        found.append(Found(value=_charge(match, written), span=Span(*match.span()), text=written))
    return tuple(found)
