"""Fines in a currency word two countries share, read in the currency of the article's country.

"rubles" alone are Russian rubles to the penalty grammar, "manats" Turkmen manats, "soms" Kyrgyz
soms; in a report whose words place it in Belarus, Azerbaijan or Uzbekistan (its country,
demonym, capital and cities, ``data/currencies.tsv``) more than in Russia, Turkmenistan or
Kyrgyzstan, they are Belarusian rubles (BYN), Azerbaijani manats (AZN) and Uzbek soums (UZS). A
tie keeps the currency as written, and so does a fine whose own words name the first country
("Russian rubles").

>>> from kzjustice import find_sentences
>>> text = "A court in Minsk fined Alena Shymanskaya 1,850 rubles."
>>> [f.value.fine.currency for f in local_currencies(find_sentences(text), text.lower())]
['BYN']
"""

from __future__ import annotations

import datetime
import functools
from collections import Counter
from collections.abc import Iterable
from importlib import resources

import attrs
import regex

from kzjustice.models import Found, Sentence

__all__ = ["local_currencies"]


@attrs.frozen
class _Country:
    written: str  # the currency the word gives: "RUB"
    meant: str  # the currency meant in this country: "BYN"
    words: frozenset[str]


@functools.cache
def _countries() -> tuple[_Country, ...]:
    path = resources.files("kzjustice").joinpath("data/currencies.tsv")
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            written, meant, words = line.split("\t")
            rows.append(_Country(written, meant, frozenset(words.split())))
    return tuple(rows)


@functools.cache
def _cue() -> regex.Pattern[str]:
    words = sorted({w for c in _countries() for w in c.words}, key=lambda w: (-len(w), w))
    return regex.compile(r"(?<![\w'-])(?:" + "|".join(map(regex.escape, words)) + r")(?![\w-])")


def local_currencies(
    penalties: Iterable[Found[Sentence]], lower: str, published: datetime.date | None = None
) -> tuple[Found[Sentence], ...]:
    """``penalties`` with each shared currency read as the article's; ``lower``: its text.

    Belarusian rubles in an article published before the redenomination of 1 July 2016 are the
    old ruble, BYR ("fined 10.5 million rubles" in Minsk in 2011 is no 10.5 million BYN).
    """
    penalties = tuple(penalties)
    written = {c.written for c in _countries()} | {"BYN"}
    if not any(p.value.fine is not None and p.value.fine.currency in written for p in penalties):
        return penalties
    said = Counter(_cue().findall(lower))
    score = {c: sum(said[word] for word in c.words) for c in _countries()}
    result = []
    for penalty in penalties:
        fine = penalty.value.fine
        rivals = [c for c in _countries() if fine is not None and c.written == fine.currency]
        if fine is not None and rivals:
            written_as = fine.currency  # the most words wins; on a tie, the currency as written
            best = max(rivals, key=lambda c: (score[c], c.meant == written_as))
            home = next(c for c in rivals if c.meant == written_as)
            named = set(_cue().findall(penalty.text.lower()))  # "Russian rubles"
            if best is not home and not named & home.words:
                fine = attrs.evolve(fine, currency=best.meant)
        if fine is not None and fine.currency == "BYN" and published and published < _BYN_FROM:
            fine = attrs.evolve(fine, currency="BYR")
        if fine is not penalty.value.fine:
            penalty = attrs.evolve(penalty, value=attrs.evolve(penalty.value, fine=fine))
        result.append(penalty)
    return tuple(result)


_BYN_FROM = datetime.date(2016, 7, 1)  # Belarus's new ruble, BYN, replaced BYR at 10,000 to one
