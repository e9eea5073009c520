"""Charge names in English news prose, mapped to the bundled taxonomy of Kazakhstan's Criminal Code.

The taxonomy (``kzjustice/data/charges.csv``) lists each charge's key, Criminal Code article and
part, English name and aliases. ``find_charges`` finds every alias in a passage ("acts of
torture", "abuse of office", "participation in mass riots"), with the forms a verb takes
("torturing"); ``charge_for`` maps a charge's own words, such as a quoted charge name, to a
record. An alias listed under two keys ("abuse of power") maps to neither: the text keeps its
words and no key, as does any charge the taxonomy does not know.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping
from importlib import resources
from types import MappingProxyType

import attrs
import regex

from kzjustice._text import compile_lazily
from kzjustice.models import Charge, Found, Span

__all__ = ["charge_for", "find_charges", "taxonomy"]


@attrs.frozen
class Entry:
    """One row of the taxonomy."""

    key: str
    article: int | None  # the taxonomy does not know every article number
    part: int | None  # nor every part
    name: str
    aliases: tuple[str, ...]


def _read_taxonomy() -> tuple[Entry, ...]:
    text = resources.files("kzjustice").joinpath("data/charges.csv").read_text(encoding="utf-8")
    return tuple(
        Entry(
            key=row["key"],
            article=int(row["article"]) if row["article"].strip() else None,
            part=int(row["part"]) if row["part"].strip() else None,
            name=row["name_en"],
            aliases=tuple(a.strip().lower() for a in row["aliases_en"].split(";") if a.strip()),
        )
        for row in csv.DictReader(io.StringIO(text))
    )


def _index(entries: tuple[Entry, ...]) -> Mapping[str, Entry | None]:
    """Each alias and the entry it names; None for an alias under two keys."""
    found: dict[str, Entry | None] = {}
    for entry in entries:
        for alias in entry.aliases:
            found[alias] = None if alias in found and found[alias] != entry else entry
    return MappingProxyType(found)


_TAXONOMY = _read_taxonomy()
_BY_ALIAS = _index(_TAXONOMY)


def taxonomy() -> tuple[Entry, ...]:
    """Return the bundled taxonomy, read from the package data on import."""
    return _TAXONOMY


def _forms(alias: str) -> str:
    """A pattern for an alias and the verb forms of a one-word alias: "torture", "torturing"."""
    if " " in alias or not alias.isalpha() or len(alias) < 6:
        return regex.escape(alias)
    stem = alias[:-1] if alias.endswith("e") else alias
    return rf"{regex.escape(stem)}(?:e|es|ed|ing)?" if stem != alias else regex.escape(alias)


_PATTERN = compile_lazily(
    r"\b(?:"
    + "|".join(_forms(a) for a in sorted(_BY_ALIAS, key=len, reverse=True))  # "acts of torture"
    + r")\b",
    regex.IGNORECASE,
)


def charge_for(words: str) -> Charge:
    """Return the charge a name or phrase states, mapped where the taxonomy knows it.

    >>> charge_for("Participation in mass riots").article
    272
    >>> charge_for("abuse of power").key is None  # listed under two keys
    True
    >>> charge_for("invasion of a building").key is None
    True
    """
    entry = _lookup(words)
    if entry is None:
        return Charge(text=words)
    return Charge(text=words, key=entry.key, article=entry.article, part=entry.part)


def _lookup(words: str) -> Entry | None:
    key = " ".join(words.lower().split()).strip(" .,;:'\"")
    if key in _BY_ALIAS:
        return _BY_ALIAS[key]
    match = _PATTERN.fullmatch(key)
    return _BY_ALIAS.get(_base(match[0])) if match else None


def _base(found: str) -> str:
    """The alias a matched form stands for: "torturing" and "tortured" are "torture"."""
    lower = found.lower()
    if lower in _BY_ALIAS:
        return lower
    for suffix in ("ing", "ed", "es", "s"):
        stem = lower.removesuffix(suffix)
        for alias in (stem, stem + "e"):
            if stem != lower and alias in _BY_ALIAS:
                return alias
    return lower


def find_charges(text: str) -> tuple[Found[Charge], ...]:
    """Return every charge the taxonomy knows that ``text`` names, in order.

    >>> found = find_charges("on charges of acts of torture and abuse of office")
    >>> [(f.text, f.value.key) for f in found]
    [('acts of torture', 'torture'), ('abuse of office', 'abuse_of_office')]
    """
    found = []
    for match in _PATTERN.finditer(text):
        alias = _base(match[0])
        entry = _BY_ALIAS.get(alias)
        charge = Charge(text=match[0])
        if entry is not None:
            charge = Charge(text=match[0], key=entry.key, article=entry.article, part=entry.part)
        found.append(Found(value=charge, span=Span(*match.span()), text=match[0]))
    return tuple(found)
