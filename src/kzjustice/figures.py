"""Aggregate figures an article states: "1,074 people had been convicted", "238 people died".

Requires: the document, and the spans of the defendants' own groups. Assigns: the statistics,
apart from the groups, dates and penalties, and from the people a verdict names ("sentenced
five former police officers").
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from types import MappingProxyType

import attrs
import regex

from kzjustice._doc import Document, Spans
from kzjustice._text import compile_lazily, keyword_trie
from kzjustice.lexicon import Lexicon, lexicon
from kzjustice.models import Bound, Found, Span, Statistic
from kzjustice.numbers import NUMBER_LISTS, to_number

__all__ = ["find_statistics"]

_FLAGS = regex.VERBOSE | regex.IGNORECASE


@attrs.frozen
class _Grammar:
    """The patterns and word classes one language's statistics are read with."""

    statistic: regex.Pattern[str]  # "1,074 people had been convicted", run on lower case
    trial_object: regex.Pattern[str]  # "sentenced five officers": a verdict's people
    bounds: Mapping[str, Bound]  # "nearly" approximately, "at least" at least
    bounds_of_digits: frozenset[str]  # "over": a bound before digits, a preposition before words
    number: Callable[[str], float | None]  # a figure's value


def _english(words: Lexicon) -> _Grammar:
    """English statistics."""
    return _Grammar(
        # Anchored on what is counted, which is rarer than numbers, and read leftwards to the
        # figure; run on lower-cased text.
        statistic=compile_lazily(
            rf"""
            \b {keyword_trie(words.statistic_nouns, whole=True)} \b
            (?<= (?: (?P<bound> nearly | almost | about | around | approximately | some
                              | roughly | at \s+ least | more \s+ than | over | up \s+ to
                              | fewer \s+ than | less \s+ than | a \s+ total \s+ of ) \s+ )?
                 (?<! [\w.,-] )
                 (?P<figure> [0-9]{{1,3}} (?: ,[0-9]{{3}} )+ | [0-9]+ | \L<unit_word>
                           | \L<teen_word> | \L<tens_word> (?: - \L<unit_word> )? )
                 (?! [\w,.-] | \s+ (?: years? | months? | days? ) )
                 \s+ (?P<words> (?: [a-z][\w-]* \s+ ){{0,4}}? ) [a-z]+ )
            (?P<tail> (?: \s+ and \s+ (?: others
                                        | [a-z]+ (?= \s+ (?: have | has | were | are ) \b ) ) )?
                      (?: \s+ (?: (?: have | has | had ) \s+ (?: since \s+ )? been | were | was
                                  | are | have | had | lost ) \s+ [a-z]+
                          (?: \s+ their \s+ lives )? )? )
            """,
            regex.VERBOSE,
            ignore_unused=True,
            **NUMBER_LISTS,
        ),
        # "sentenced five former police officers", "the four officers convicted this week"
        trial_object=compile_lazily(
            r"""(?: \b (?: sentenced | convicted | tried | jailed | acquitted | charged ) \s+
                  | \b (?: (?: case | verdict | charges ) \s+ against
                        | verdicts? \s+ (?: to | for | on ) | convictions \b [^.;]{0,30} \b of )
                    \s+
                  | \b the \s+ ) \Z""",
            _FLAGS,
        ),
        bounds=MappingProxyType(
            {
                "nearly": Bound.APPROX,
                "almost": Bound.APPROX,
                "about": Bound.APPROX,
                "around": Bound.APPROX,
                "approximately": Bound.APPROX,
                "some": Bound.APPROX,
                "roughly": Bound.APPROX,
                "at least": Bound.AT_LEAST,
                "more than": Bound.MORE_THAN,
                "over": Bound.MORE_THAN,
                "up to": Bound.AT_MOST,
                "fewer than": Bound.AT_MOST,
                "less than": Bound.AT_MOST,
            }
        ),
        bounds_of_digits=frozenset({"over"}),
        number=to_number,
    )


def _russian(words: Lexicon) -> _Grammar:
    """Russian figures: ``kzjustice.ru.verdicts``, loaded only when Russian is read."""
    from kzjustice.ru.verdicts import figures_grammar

    return figures_grammar(words)


_BUILDERS = MappingProxyType({"en": _english, "ru": _russian})


@functools.cache
def _grammar(language: str) -> _Grammar:
    return _BUILDERS[language](lexicon(language))


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
