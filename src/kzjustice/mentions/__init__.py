"""Mentions of people: names, surnames, groups and descriptions, and pronouns.

Requires: the document (its body, penalties and dates). Assigns: every mention in the body, in
order, with no two overlapping, and for each name the description that stood just before it
("A 26-year-old student, Timur Ospanov").

- ``name``: a run of capitalised words that holds no word of a class that is no name
  (countries, places, organisations, institutions, titles): "Serik Kudebayev", "A. Nurpeisov";
  a run ending in an organisation's head word ("Ayan Media") or followed by a court ("Auezov
  district court") is no name.
- ``surname``: one such word alone: "Kudebayev". Whether it names someone is decided later.
- ``group``: a count or article and a person noun: "three former police officers", "a
  33-year-old mechanic", "the remaining 10 defendants", "one was acquitted"; or an owner and
  a person noun, one person who is not the owner: "his brother", "Utegenov's predecessor".
- ``pronoun``: he, she, him, her, each, both, they, them.
- ``possessive``: his, their, and "her" before a noun ("her son", "his sentence").
- ``definite``: a definite description that refers back: "the former head", "the defendant".

Nothing inside a quotation, a date or a penalty is a mention.

``names`` reads the runs of capitalised words into names, ``groups`` the counted groups and
what is asked of them later, ``appositions`` the descriptions that only stand beside a name.
"""

from __future__ import annotations

import itertools

import regex

from kzjustice._doc import Document, Spans
from kzjustice._text import compile_lazily
from kzjustice.lexicon import lexicon
from kzjustice.mentions.appositions import read_appositions
from kzjustice.mentions.groups import (
    bare_counts,
    group_count,
    group_determiner,
    group_match,
    group_mentions,
    group_noun,
    group_others,
    including,
    indefinite,
    owns_member,
    quotations,
)
from kzjustice.mentions.names import initials_again, person_names, read_names, title_case
from kzjustice.mentions.records import Grammar, Mention, Mentions, grammar_for
from kzjustice.models import Span

__all__ = [
    "Grammar",
    "Mention",
    "Mentions",
    "find_mentions",
    "group_count",
    "group_determiner",
    "group_match",
    "group_noun",
    "group_others",
    "including",
    "indefinite",
    "owns_member",
    "person_names",
    "quotations",
]

_LOWER_WORD = compile_lazily(r"(?<![\w'.-])\p{Ll}[\w-]*")

# a name just after a description: "гражданина Таджикистана Алишера Юсупова", "гражданку Д. Н."
_NAME_NEXT = compile_lazily(r"(?:\s+[\w-]+)?\s+\p{Lu}(?:\p{Ll}+\s+\p{Lu}|\.)")


def find_mentions(doc: Document) -> Mentions:
    """Every mention of a person or group in the body of ``doc``."""
    grammar = grammar_for(doc.language)
    found: list[Mention] = []
    owners: dict[int, Span] = {}
    organisations: set[str] = set()  # names read as an organisation's, lower case
    masked = doc.masked
    common = frozenset(_LOWER_WORD.findall(masked))  # the words the text writes in lower case
    for match in grammar.name.finditer(masked):
        names = read_names(grammar, masked, match, common, lexicon(doc.language), organisations)
        found.extend(names)
        for owner, owned in itertools.pairwise(names):  # one run read as two names
            if masked[owner.span.end : owned.span.start].isspace():
                owners[owned.span.start] = owner.span
    found.extend(initials_again(masked, found))
    taken = Spans(  # a date or term is nobody; a verb's object is: "deprived all five of"
        [d.span for d in doc.dates]
        + [p.span for p in doc.penalties if not grammar.verb_first.match(p.text)]
    )
    for match in [
        *group_mentions(grammar, masked, doc.lower),
        *bare_counts(grammar, masked, doc.lower),
    ]:
        span = Span(*match.span("group"))
        predicate = grammar.predicate_before.search(masked, max(0, span.start - 16), span.end)
        if not taken.holds(span.start) and not (predicate and predicate.end() == span.start):
            found.append(Mention(span=span, kind="group", text=match["group"]))
    for match in grammar.pronoun.finditer(doc.lower):
        kind = next(k for k in ("possessive", "pronoun", "definite") if match[k])
        span = Span(*match.span(kind))
        if kind == "definite" and _NAME_NEXT.match(masked, span.end):
            continue  # the name after it says who: "гражданин Грузии Зазу Балиашвили"
        found.append(Mention(span=span, kind=kind, text=masked[span.start : span.end]))
    quoted = Spans(
        [Span(*q.span()) for q in grammar.quoted.finditer(masked)]
        + [Span(*q.span("title")) for q in grammar.law_title.finditer(masked)]
        + [Span(*q.span()) for q in _LONG_QUOTE.finditer(masked) if title_case(q["quote"])]
    )
    found = [m for m in found if not quoted.holds(m.span.start)]
    found.sort(key=lambda m: (m.span.start, -m.span.end, m.kind == "surname"))  # "Троим": a
    # count, not a surname
    kept: list[Mention] = []
    for mention in found:  # a longer mention wins over one inside it
        if kept and mention.span.start < kept[-1].span.end:
            continue
        if (
            kept
            and mention.kind in ("name", "surname")
            and kept[-1].kind in ("name", "surname")
            and _ALIAS.fullmatch(masked, kept[-1].span.end, mention.span.start)
            and masked[mention.span.end : mention.span.end + 1] in (")", "]")
        ):
            continue  # "Александры Наумовой (Духаниной)", "X [Xojimatov]", "Amirov (also
            # known as Faiq Amirli)": another spelling
        kept.append(mention)
    items, described_by = read_appositions(grammar, kept, masked)
    starts = {m.span.start for m in items}
    return Mentions(
        items=tuple(items),
        starts=tuple(m.span.start for m in items),
        described_by=described_by,
        owners={s: o for s, o in owners.items() if s in starts and o.start in starts},
    )


_LONG_QUOTE = regex.compile(r'["«“„](?P<quote>[^"«»“”„\n]{81,400})["»”“]')

_ALIAS = regex.compile(
    r"\s*[(\[]\s*(?:(?:also\s+known\s+as|aka|a\.k\.a\.|née|известн\w+\s+как|он\s+же|она\s+же)\s+)?"
)
