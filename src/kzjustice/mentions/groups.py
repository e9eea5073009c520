"""Groups of people, counted or described: "three officers", "the remaining two"."""

from __future__ import annotations

import functools

import regex

from kzjustice._doc import Document
from kzjustice._text import MATCH_REACH, compile_lazily
from kzjustice.mentions.records import Grammar, Mention, grammar_for

_GROUP_REACH = 90  # how far before its noun a group's count and words may start
_WORD_START = compile_lazily(r"(?<![\w'-])\w", plain=True)


def group_match(doc: Document, mention: Mention) -> regex.Match[str] | None:
    """The group pattern over a group mention: its count, determiner and person noun."""
    return _group_match(doc.language, doc.masked, mention)


@functools.lru_cache(maxsize=16)  # a group's count, determiner and noun are asked for apart
def _group_match(language: str, masked: str, mention: Mention) -> regex.Match[str] | None:
    grammar = grammar_for(language)
    end = mention.span.end + MATCH_REACH
    bare = grammar.bare_count.match(masked, mention.span.start, end)
    if bare is not None and bare.end("group") != mention.span.end:
        bare = None
    return (
        _group_words(language, mention.text)
        or bare
        or grammar.bare_group.search(masked, mention.span.start, end)
    )


@functools.lru_cache(maxsize=64)
def _group_words(language: str, text: str) -> regex.Match[str] | None:
    return grammar_for(language).group.fullmatch(text)


def group_noun(doc: Document, mention: Mention) -> str | None:
    """The person noun a group mention ends in, lower case.

    "three former police officers" gives "police officers"; a bare count ("the remaining
    three") gives none.
    """
    match = _group_words(doc.language, mention.text)
    return match["noun"].lower() if match else None


def including(doc: Document, position: int) -> int | None:
    """Where the people a group's apposition names begin: after "Six people, including "."""
    found = grammar_for(doc.language).including.match(doc.masked, position)
    return None if found is None else found.end("lead")


def owns_member(doc: Document, position: int, start: int) -> bool:
    """Whether the name at ``start`` owns the first of the people a group's apposition names.

    "Seven defendants, including former subordinates of X and Y, were": X and Y are no members.
    """
    lead = including(doc, position)
    return (
        lead is not None
        and lead <= start
        and grammar_for(doc.language).owned_by.search(doc.masked, lead, start) is not None
    )


def indefinite(doc: Document, start: int) -> bool:
    """Whether a description at ``start`` is indefinite: "a former police captain"."""
    return grammar_for(doc.language).indefinite.match(doc.masked, start) is not None


def group_determiner(doc: Document, mention: Mention) -> str | None:
    """The word that makes a group people not named before: "remaining", "other", "rest"."""
    match = group_match(doc, mention)
    determiner = match.groupdict().get("determiner") if match is not None else None
    return determiner.lower() if determiner else None


def group_others(doc: Document, mention: Mention) -> bool:
    """Whether a group is people apart from those named with it: "the other five"."""
    return group_determiner(doc, mention) in grammar_for(doc.language).others


def quotations(doc: Document, start: int, end: int) -> list[regex.Match[str]]:
    """The short quotations in ``[start, end)`` of the body; quote: the words quoted."""
    return list(grammar_for(doc.language).quoted.finditer(doc.masked, start, end))


def group_count(doc: Document, mention: Mention) -> int | None:
    """How many people a group mention counts: "three officers" 3, "a fourth defendant" 1.

    None for "the rest of the defendants": the text does not say.
    """
    match = group_match(doc, mention)
    grammar = grammar_for(doc.language)
    if match is not None and match.groupdict().get("vague"):
        return None  # "several other officials"
    if (
        match is not None
        and (match.groupdict().get("determiner") or "").lower() in grammar.unstated
        and not (match["quantity"])
    ):
        return None
    if (
        match is not None
        and match.groupdict().get("owner")
        and grammar.plural_owned.fullmatch(match.groupdict().get("noun") or "")
    ):
        return None  # "Radio Azattyq's journalists": how many, the text does not say
    if match is None or not match["quantity"]:
        plural = grammar.bare_group.match(doc.masked, mention.span.start)
        if plural is not None and plural.groupdict().get("plural"):
            return None  # "приговорил организаторов беспорядков": the text says not how many
        return 1
    start = match.start("quantity") + (0 if match.string is doc.masked else mention.span.start)
    if grammar.approximate.search(doc.lower, max(0, start - 30), start):
        return None  # "more than 30 people": how many, the text does not say
    number = grammar.count(match["quantity"])
    return int(number) if number else 1


def group_mentions(grammar: Grammar, masked: str, lower: str) -> list[regex.Match[str]]:
    """Groups and descriptions, read only around the person nouns they end in."""
    found: list[regex.Match[str]] = [*grammar.bare_group.finditer(masked)]
    covered = 0
    for noun in grammar.person_noun.finditer(lower):
        if noun.end() <= covered:
            continue
        # A group starts at a word before its noun and may run past it: "of the criminal
        # police"; trying each word start, leftmost first, is far cheaper than a scan.
        end = min(len(lower), noun.end() + 60)
        for word in _WORD_START.finditer(
            lower, max(covered, noun.start() - _GROUP_REACH), noun.start() + 1
        ):
            match = grammar.group.match(masked, word.start(), end)
            if match is not None and match.end() > covered:
                found.append(match)
                covered = match.end()
                break
        covered = max(covered, noun.end())
    return found


def bare_counts(grammar: Grammar, masked: str, lower: str) -> list[regex.Match[str]]:
    """People counted with no noun, read only around the words that make them."""
    found: list[regex.Match[str]] = []
    covered = 0
    for cue in grammar.bare_count_cue.finditer(lower):
        start = max(covered, cue.start() - _GROUP_REACH)
        end = min(len(lower), cue.end() + 40)
        for match in grammar.bare_count.finditer(masked, start, end):
            if match.end() > covered:
                found.append(match)
                covered = match.end()
    return found
