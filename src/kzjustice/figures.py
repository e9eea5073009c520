"""Aggregate figures an article states: "1,074 people had been convicted", "238 people died".

Requires: the document, and the spans of the defendants' own groups. Assigns: the statistics,
apart from the groups, dates and penalties, and from the people a verdict names ("sentenced
five former police officers").
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping

import attrs
import regex

from kzjustice._doc import Document, Spans
from kzjustice.lexicon import stage_grammar
from kzjustice.models import Bound, Found, Span, Statistic

__all__ = ["find_statistics"]


@attrs.frozen
class _Grammar:
    """The patterns and word classes one language's statistics are read with."""

    statistic: regex.Pattern[str]  # "1,074 people had been convicted", run on lower case
    trial_object: regex.Pattern[str]  # "sentenced five officers": a verdict's people
    bounds: Mapping[str, Bound]  # "nearly" approximately, "at least" at least
    bounds_of_digits: frozenset[str]  # "over": a bound before digits, a preposition before words
    number: Callable[[str], float | None]  # a figure's value


@functools.cache
def _grammar(language: str) -> _Grammar:
    return stage_grammar(_Grammar, language, "figures", "figures_grammar")


def find_statistics(doc: Document, groups: list[Span]) -> tuple[Found[Statistic], ...]:
    """Aggregate figures the body states, apart from the defendants' own ``groups``."""
    found: list[Found[Statistic]] = []
    skip = Spans([*groups, *(d.span for d in doc.dates), *(p.span for p in doc.penalties)])
    figures: set[int] = set()  # "120 complaints of torture from people": one figure
    grammar = _grammar(doc.language)
    for match in grammar.statistic.finditer(doc.lower):
        figure = grammar.number(match["figure"])
        if figure is None or figure < 2 or figure != int(figure):
            continue
        if match.start("figure") in figures:
            continue
        figures.add(match.start("figure"))
        if skip.holds(match.start("figure")) or any(
            match.start("figure") <= g.start < match.end() for g in groups
        ):
            continue  # a defendant group, a date, a term
        start = match.start("figure")
        if grammar.trial_object.search(doc.masked, max(0, start - 60), start):
            continue  # "sentenced five former police officers": the defendants
        bound_text = " ".join((match["bound"] or "").split())
        if bound_text in grammar.bounds_of_digits and not match["figure"][0].isdigit():
            bound_text = ""  # "over three deaths": a preposition
        bound = grammar.bounds.get(bound_text)
        counts = doc.masked[match.start("words") : match.end()].strip()
        begin = match.start("bound") if bound is not None else start
        statistic = Statistic(figure=int(figure), counts=counts, bound=bound)
        span = Span(begin, match.end())
        found.append(Found(value=statistic, span=span, text=doc.original[begin : match.end()]))
    return tuple(found)
