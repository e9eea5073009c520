"""The document every stage of the article reader reads: built once, never changed.

Requires: the caller's text. Assigns: the normalised text, the page's parts (``_page``), the
body with everything else blanked out (offsets kept), its lower-case copy, its sentences, and
the grammars' layers over the body: penalties and dates. No later stage normalises, lower-cases
or splits sentences again.
"""

from __future__ import annotations

import bisect
import datetime
import importlib
from collections.abc import Callable
from types import MappingProxyType
from typing import TypeVar

import attrs
import regex

from kzjustice._page import Page, read_page, unwrap
from kzjustice._text import Sentences, lowercase, normalise
from kzjustice.currency import local_currencies
from kzjustice.models import DateValue, Found, Sentence, Span

__all__ = ["Document", "Spans", "detect_language", "document"]

_LETTER = regex.compile(r"\p{L}")
_CYRILLIC = regex.compile(r"\p{Cyrillic}")
# An age written apart, "17-year old", "17 year old": read as "17-year-old", one for one.
_AGE_APART = regex.compile(r"(?<=\b[0-9]{1,3})(?:\syear-|-year\s|\syear\s)(?=old\b)")

T = TypeVar("T")


@attrs.frozen
class Document:
    """One article, read once: its text, its body, its sentences and its grammar layers."""

    original: str  # as the caller passed it; evidence is sliced from here
    language: str  # the body's language: "en", or "ru" for a body mostly in Cyrillic
    text: str  # normalised one character for one: every offset is the original's
    page: Page
    published: datetime.date | None  # the caller's date, else the page's
    masked: str  # ``text`` with everything outside the body blanked
    lower: str  # ``masked`` in lower case, character for character
    sentences: Sentences
    body_sentences: tuple[tuple[int, int], ...]  # every body sentence, in order
    penalties: tuple[Found[Sentence], ...]
    dates: tuple[Found[DateValue], ...]
    date_starts: tuple[int, ...]

    def found(self, span: Span) -> Found[str]:
        """The original's text over ``span``, as a value with its evidence."""
        return self.evidence(self.original[span.start : span.end], span)

    def evidence(self, value: T, span: Span) -> Found[T]:
        """``value`` with its evidence: the original's text over ``span``."""
        return Found(value=value, span=span, text=self.original[span.start : span.end])

    def reslice(self, found: Found[T]) -> Found[T]:
        """The same value, with its evidence sliced from the original."""
        return self.evidence(found.value, found.span)


def document(
    text: str, published: datetime.date | None, language: str | None = None, *, leads: bool = False
) -> Document:
    """Build the document of ``text``; ``published``, when given, wins over the page's.

    ``language``, when given, wins over the one the body's letters say. The headline and
    standfirsts are read with the body where it states no penalty, or where ``leads`` asks.
    """
    normal = _AGE_APART.sub("-year-", unwrap(normalise(text)))  # "a 17-year old boy"
    page = read_page(normal)
    date = published if published is not None else page.published.value if page.published else None
    masked = _mask(normal, page.body)
    language = language or detect_language(masked)
    find_sentences, find_dates = _grammars(language)
    dates = find_dates(masked, reference=date)  # the body's only, never a headline's
    read = page.body
    penalties = find_sentences(masked)
    if (leads or not penalties) and page.leads:  # a body cut off before its penalties, or
        # before whom they go to: the headline's and the standfirsts' too
        read = tuple(sorted((*page.leads, *page.body), key=lambda s: s.start))
        masked = _mask(normal, read)
        penalties = find_sentences(masked)
    sentences = Sentences(masked)
    lower = lowercase(masked)
    return Document(
        original=text,
        language=language,
        text=normal,
        page=page,
        published=date,
        masked=masked,
        lower=lower,
        sentences=sentences,
        body_sentences=_body_sentences(sentences, read),
        penalties=local_currencies(penalties, lower, date),
        dates=dates,
        date_starts=tuple(d.span.start for d in dates),
    )


READER_LANGUAGES = ("en", "ru")  # the languages every stage of the reader has a grammar for
_GRAMMARS = MappingProxyType({"en": "kzjustice", "ru": "kzjustice.ru"})  # each one's package

FindSentences = Callable[[str], tuple[Found[Sentence], ...]]
FindDates = Callable[..., tuple[Found[DateValue], ...]]


def _grammars(language: str) -> tuple[FindSentences, FindDates]:
    """The penalty and date finders of ``language``, imported on first use."""
    package = _GRAMMARS[language]
    penalties = importlib.import_module(f"{package}.penalties")
    dates = importlib.import_module(f"{package}.dates")
    return penalties.find_sentences, dates.find_dates


def detect_language(text: str) -> str:
    """The language of ``text`` by its letters: "ru" where most are Cyrillic, else "en".

    >>> detect_language("A court in Almaty jailed Serik Abenov.")
    'en'
    """
    if _CYRILLIC.search(text) is None:
        return "en"  # no Cyrillic letter: the letters need no counting
    letters = len(_LETTER.findall(text))
    cyrillic = len(_CYRILLIC.findall(text))
    return "ru" if letters and cyrillic * 2 > letters and "ru" in READER_LANGUAGES else "en"


def _mask(text: str, body: tuple[Span, ...]) -> str:
    """Blank out everything outside the body, keeping line breaks and every offset."""

    def blank(piece: str) -> str:
        return "\n".join(" " * len(line) for line in piece.split("\n"))

    pieces: list[str] = []
    position = 0
    for span in body:
        pieces.append(blank(text[position : span.start]))
        pieces.append(text[span.start : span.end])
        position = span.end
    pieces.append(blank(text[position:]))
    return _FOOTNOTE_MARK.sub(lambda m: " " * len(m[0]), "".join(pieces))


# A footnote's mark after a word, blanked: "блогера Майкла Наки* и расследователя" (a mark
# Russian media must put after the names of those the state calls foreign agents).
_FOOTNOTE_MARK = regex.compile(r"(?<=\w)\*+")


def _body_sentences(sentences: Sentences, body: tuple[Span, ...]) -> tuple[tuple[int, int], ...]:
    found: list[tuple[int, int]] = []
    for span in body:
        position = span.start
        while position < span.end:
            start, end = sentences.around(position)
            start, end = max(start, span.start), min(end, span.end)
            if end <= position:
                break
            found.append((start, end))
            position = end
    return tuple(found)


class Spans:
    """Sorted spans, to ask quickly whether an offset falls in one."""

    def __init__(self, spans: list[Span]) -> None:
        self.spans = sorted(spans, key=lambda s: s.start)
        self.starts = [s.start for s in self.spans]

    def holds(self, offset: int) -> bool:
        """Whether ``offset`` falls in one of the spans."""
        index = bisect.bisect_right(self.starts, offset) - 1
        return any(s.start <= offset < s.end for s in self.spans[max(0, index - 3) : index + 1])
