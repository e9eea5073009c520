"""The public grammar functions: each reads English and Russian, choosing by script.

``kzjustice.penalties``, ``terms``, ``dates`` and ``charges`` read English; ``kzjustice.ru``
holds their Russian twins. The functions here, which ``kzjustice`` exports, choose between
them by a deterministic script check:

- a text with no Cyrillic letter is read by the English grammar alone, exactly as before;
- a text with Cyrillic letters is read line by line by script: the lines with more Cyrillic
  letters than Latin ones are Russian. The grammar of the language that holds most of the
  text reads all of it, so that context across lines holds; the other reads only its own lines,
  and keeps what overlaps nothing the first found. So an English page with a "Рус | Қаз"
  language switcher reads as before, and a Russian report under an English masthead keeps its
  English dateline.

A ``parse_*`` function reads the one value of a short string in the language of its letters.
"""

from __future__ import annotations

import datetime
import functools
from collections.abc import Callable
from typing import TypeVar

import regex

from kzjustice import charges, dates, penalties, terms
from kzjustice._text import Sentences, compile_lazily, keyword_trie
from kzjustice.lexicon import lexicon
from kzjustice.models import Charge, DateValue, Found, Sentence, Span, Term, TermRange
from kzjustice.ru import charges as ru_charges
from kzjustice.ru import dates as ru_dates
from kzjustice.ru import penalties as ru_penalties
from kzjustice.ru import terms as ru_terms

__all__ = [
    "charge_for",
    "find_charges",
    "find_dates",
    "find_sentences",
    "find_terms",
    "language_of",
    "parse_date",
    "parse_sentence",
    "parse_term",
]

T = TypeVar("T")

_CYRILLIC = compile_lazily(r"\p{Cyrillic}")
_CYRILLIC_LETTERS = compile_lazily(r"\p{Cyrillic}+")
_LATIN_LETTERS = compile_lazily(r"[A-Za-z]+")
_WORD = compile_lazily(r"[^\W\d_]+")


def language_of(text: str) -> str:
    """Return the language ``text`` is written in: "ru" or "en".

    The language whose function words ("и", "в", "что"; "the", "of", "and") the text uses more
    often wins, so a Russian body outweighs a long English menu; on a tie, the script with more
    letters; on a tie again, English.

    >>> language_of("Суд приговорил его к семи годам."), language_of("Home | News | Рус")
    ('ru', 'en')
    """
    if _CYRILLIC.search(text) is None:
        return "en"
    english, russian = lexicon("en").function_words, lexicon("ru").function_words
    score = 0
    for word in _WORD.findall(text.lower()):
        if word in russian:
            score += 1
        elif word in english:
            score -= 1
    if score == 0:
        score = sum(map(len, _CYRILLIC_LETTERS.findall(text))) - sum(
            map(len, _LATIN_LETTERS.findall(text))
        )
    return "ru" if score > 0 else "en"


def _both(
    text: str,
    english: Callable[[str], tuple[Found[T], ...]],
    russian: Callable[[str], tuple[Found[T], ...]],
) -> tuple[Found[T], ...]:
    """What the grammars of both languages find, the text's main language first."""
    if text.isascii() or _CYRILLIC.search(text) is None:  # isascii: no scan at all
        return english(text)
    lines = _russian_lines(text)
    if sum(end - start for start, end in lines) * 2 > len(text):  # mostly Russian
        first, second = russian, english
        others = _complement(lines, len(text))
    else:
        first, second = english, russian
        others = lines
    kept = list(first(text))
    spans = [(found.span.start, found.span.end) for found in kept]
    for start, end in others:  # the other language, on its own lines only
        for found in second(text[start:end]):
            span = Span(found.span.start + start, found.span.end + start)
            if not any(a < span.end and span.start < b for a, b in spans):
                kept.append(Found(value=found.value, span=span, text=found.text))
    return tuple(sorted(kept, key=lambda found: (found.span.start, found.span.end)))


def _russian_lines(text: str) -> list[tuple[int, int]]:
    """The lines of ``text`` with more Cyrillic letters than Latin ones, consecutive ones joined."""
    lines: list[tuple[int, int]] = []
    end = 0
    while (letter := _CYRILLIC.search(text, end)) is not None:  # one search a line
        start = text.rfind("\n", 0, letter.start()) + 1
        end = text.find("\n", letter.start())
        end = len(text) if end < 0 else end
        line = text[start:end]
        cyrillic = sum(map(len, _CYRILLIC_LETTERS.findall(line)))
        if cyrillic > sum(map(len, _LATIN_LETTERS.findall(line))):
            if lines and text[lines[-1][1] : start].strip() == "":
                lines[-1] = (lines[-1][0], end)
            else:
                lines.append((start, end))
    return lines


def _complement(lines: list[tuple[int, int]], length: int) -> list[tuple[int, int]]:
    """The stretches of a text of ``length`` between ``lines``."""
    found, previous = [], 0
    for start, end in lines:
        if start > previous:
            found.append((previous, start))
        previous = end
    if previous < length:
        found.append((previous, length))
    return found


# What gives each of several people the same penalty: a word ("were each sentenced", "seven
# years each", "каждого", "оба"), or "по" just before the term ("назначить A и B по восемь лет").
@functools.cache  # built on first use: a program reading dates never needs the lexicons
def _sharing() -> regex.Pattern[str]:
    words = (
        *lexicon("en").pronouns_distributive,
        *lexicon("en").pronouns_pair,
        *lexicon("ru").pronouns_distributive,
        *lexicon("ru").pronouns_pair,
    )
    return compile_lazily(
        rf"\b(?P<word>{keyword_trie(words, whole=True)})\b|\b(?P<by>по)\s+",
        regex.IGNORECASE,
        needs=(*words, "по"),  # most texts hold none: a plain look before the scan
    )


# Between two people named together, perhaps with a role before the second: "A, B and C",
# "Нуржана и Нурлана Исабековых", "sergeant A and corporal B".
_AND = compile_lazily(r"(?:\s*,\s*(?:and\s+)?|\s+(?:and|и)\s+)(?:\p{Ll}[\w-]*\s+)?")
# Before a place's name: "in Khromtau, Kandyagash and Shalkar", "the villages of A and B".
_PLACE_BEFORE = compile_lazily(r"\b(?i:in|at|near|from|of|в|во|из)\s+(?:\p{Lu}[\w-]*\s*,\s*)*\Z")


def _one_each(text: str, found: tuple[Found[Sentence], ...]) -> tuple[Found[Sentence], ...]:
    """One entry per person named together for a penalty stated once for each of them.

    "A and B were each sentenced to seven years" is one penalty for A and one for B: people
    named are never folded into a group. The people are the names joined by commas and "and"
    nearest before the penalty in its sentence (or, where none is before it, after it), in a
    sentence that says each has it: "each", "both", "каждого", "оба", "по" before the term.
    """
    if not found or _sharing().search(text) is None:
        return found
    sentences = Sentences(text)
    kept: list[Found[Sentence]] = []
    for penalty in found:
        start, end = sentences.around(penalty.span.start)
        shared = any(
            cue["word"] or cue.end() == penalty.span.start
            for cue in _sharing().finditer(text, start, end)
        )
        count = _named_together(text, start, end, penalty.span) if shared else 1
        kept.extend([penalty] * count)
    return tuple(kept)


def _named_together(text: str, start: int, end: int, span: Span) -> int:
    """How many people are named together nearest ``span`` in ``[start, end)``: at least one."""
    from kzjustice.mentions import person_names  # the reader's, loaded only when asked for

    language = "ru" if _russian(text[start:end]) else "en"
    runs: list[tuple[int, int, int]] = []  # names joined by commas and "and": start, end, count
    for name_start, name_end in person_names(language, text, start, end):
        if runs and _AND.fullmatch(text, runs[-1][1], name_start):
            first, _, count = runs[-1]
            runs[-1] = (first, name_end, count + 1 if count else 0)
        else:  # a list of places counts no one: "in Khromtau, Kandyagash and Shalkar"
            place = _PLACE_BEFORE.search(text, max(start, name_start - 60), name_start)
            runs.append((name_start, name_end, 0 if place else 1))
    before = [run for run in runs if run[1] <= span.start]
    after = [run for run in runs if run[0] >= span.end]
    nearest = before[-1] if before else after[0] if after else None
    return max(1, nearest[2]) if nearest else 1


def _russian(text: str) -> bool:
    return _CYRILLIC.search(text) is not None and language_of(text) == "ru"


def find_sentences(text: str) -> tuple[Found[Sentence], ...]:
    """Return every penalty stated in ``text``, in order of appearance (English or Russian).

    >>> [(f.value.status.value, f.value.term.iso, f.text) for f in find_sentences(
    ...     "Прокурор запросил девять лет, суд назначил Иванову шесть.")]
    [('requested', 'P9Y', 'девять лет'), ('imposed', 'P6Y', 'шесть')]
    """
    return _one_each(text, _both(text, penalties.find_sentences, ru_penalties.find_sentences))


def parse_sentence(text: str) -> Sentence | None:
    """Read a phrase that should state exactly one penalty; anything else is None."""
    if _russian(text):
        return ru_penalties.parse_sentence(text)
    return penalties.parse_sentence(text)


def find_terms(text: str) -> tuple[Found[Term | TermRange], ...]:
    """Return every term and range stated in ``text``, in order (English or Russian)."""
    return _both(text, terms.find_terms, ru_terms.find_terms)


def parse_term(text: str) -> Term | TermRange | None:
    """Read a string that should hold exactly one term or range; anything else is None."""
    if _russian(text):
        return ru_terms.parse_term(text)
    return terms.parse_term(text)


def find_dates(
    text: str, *, reference: datetime.date | None = None
) -> tuple[Found[DateValue], ...]:
    """Return every calendar date expression in ``text``, in order (English or Russian).

    >>> [(f.text, f.value.value) for f in find_dates(
    ...     "Приговор огласили 5 января 2022 года.", reference=datetime.date(2022, 1, 6))]
    [('5 января 2022 года', '2022-01-05')]
    """
    return _both(
        text,
        lambda t: dates.find_dates(t, reference=reference),
        lambda t: ru_dates.find_dates(t, reference=reference),
    )


def parse_date(text: str, *, reference: datetime.date | None = None) -> DateValue | None:
    """Read a string that should hold exactly one date (a leading preposition allowed)."""
    if _russian(text):
        return ru_dates.parse_date(text, reference=reference)
    return dates.parse_date(text, reference=reference)


def find_charges(text: str) -> tuple[Found[Charge], ...]:
    """Return every charge ``text`` names, in order (English or Russian)."""
    return _both(text, charges.find_charges, ru_charges.find_charges)


def charge_for(words: str) -> Charge:
    """Return the charge a name or phrase states, mapped where the taxonomy knows it."""
    if _russian(words):
        return ru_charges.charge_for(words)
    return charges.charge_for(words)
