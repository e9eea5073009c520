"""Charges: what each defendant was tried for, as the article names it.

Requires: the document, and for each sentence the entities it reports tried or sentenced.
Assigns: each charge a sentence names (a quoted charge after "convicted of", "charges of",
"under", or a phrase ``find_charges`` reads) to the entity named just before it, or to each of
them ("Both were convicted of ..."); and whether the sentence says the charges were "the same".
"""

from __future__ import annotations

import functools
from collections.abc import Callable

import attrs
import regex

from kzjustice._doc import Document
from kzjustice.lexicon import Lexicon, stage_grammar
from kzjustice.mentions import quotations
from kzjustice.models import Charge, Found, Span

__all__ = ["charges_in", "same_charge"]


@attrs.frozen
class _Grammar:
    """The patterns and word classes one language's charges are read with."""

    words: Lexicon
    not_a_charge: regex.Pattern[str]  # "a ban on", "citing" before a quote
    charge_context: regex.Pattern[str]  # "convicted of", "charges of" before a quote
    same_charge: regex.Pattern[str]  # "on the same charges"
    find_charges: Callable[[str], tuple[Found[Charge], ...]]  # the language's charge grammar
    charge_for: Callable[[str], Charge]  # a charge's words, as the taxonomy knows them


@functools.cache
def _grammar(language: str) -> _Grammar:
    return stage_grammar(_Grammar, language, "verdicts", "charging_grammar")


def charges_in(
    doc: Document, start: int, end: int, linked: list[tuple[int, int]]
) -> list[tuple[int, Charge, Span]]:
    """Each charge sentence ``[start, end)`` names, with the entity it goes to.

    ``linked`` holds ``(position, entity)`` for each entity the sentence reports tried: a
    charge goes to the entity mentioned last before it, or the first one.
    """
    if not linked:
        return []
    linked = sorted(linked)
    found: list[tuple[int, Charge, Span]] = []
    for charge, span in _charges(doc, start, end):
        before = [position for position, _ in linked if position <= span.start]
        last = before[-1] if before else linked[0][0]
        found.extend((entity, charge, span) for position, entity in linked if position == last)
    return found


def same_charge(doc: Document, start: int, end: int) -> bool:
    """Whether sentence ``[start, end)`` says its people faced "the same charges"."""
    return _grammar(doc.language).same_charge.search(doc.masked, start, end) is not None


def _charges(doc: Document, start: int, end: int) -> list[tuple[Charge, Span]]:
    text = doc.masked
    grammar = _grammar(doc.language)
    found: list[tuple[Charge, Span]] = []
    for quote in quotations(doc, start, end):
        context = grammar.charge_context.search(text, max(start, quote.start() - 60), quote.start())
        if context is None or grammar.not_a_charge.search(
            text, max(start, quote.start() - 30), quote.start()
        ):
            continue  # "a ban on "social and political activity"", "citing "positive ...""
        found.append((grammar.charge_for(quote["quote"]), Span(*quote.span("quote"))))
    for charge in grammar.find_charges(text[start:end]):
        span = Span(start + charge.span.start, start + charge.span.end)
        if any(s.start <= span.start < s.end for _, s in found):
            continue
        found.append((charge.value, span))
    found.sort(key=lambda item: item[1].start)
    return found
