"""What distribution returns, and the grammar it reads with."""

from __future__ import annotations

import functools
from collections.abc import Mapping

import attrs
import regex

from kzjustice.lexicon import Lexicon, stage_grammar
from kzjustice.models import Found, Sentence


@attrs.frozen
class Grammar:
    """The patterns and word classes one language's distribution is read with."""

    words: Lexicon
    law_context: regex.Pattern[str]  # "punishable", "the law": a statement of the law
    excluded_subject: regex.Pattern[str]  # "fewer than 20 officers have": a statistic
    counting: regex.Pattern[str]  # "all five", "both", "each of the"
    defence: regex.Pattern[str]  # "her lawyer", "the defence": a request that is no penalty
    own_plea: regex.Pattern[str]  # "in his final statement": the defendant's own plea
    prosecution: regex.Pattern[str]  # "prosecutors", "прокурор": whose requests count
    # a name that speaks, the verb after it or before it: "her sister, X, told", "сказала X"
    speaking_after: regex.Pattern[str]
    speaking_before: regex.Pattern[str]
    # before a name that completes another's apposition: "X, the sister of the governor Y"
    apposed_owner: regex.Pattern[str]
    # after a quotation's closing mark, an official as its speaker: '," the court said'
    official_after: regex.Pattern[str]
    same_penalty: regex.Pattern[str]  # "was handed the same sentence", "такое же наказание"
    joined: regex.Pattern[str]  # from a name to the next one named with it: "A and his deputy "


@functools.cache
def grammar_for(language: str) -> Grammar:
    """The distribution grammar of ``language``."""
    return stage_grammar(Grammar, language, "verdicts", "distribute_grammar")


@attrs.frozen
class Assignment:
    """One penalty given to one entity, in the sentence that gives it."""

    entity: int
    penalty: Found[Sentence]
    sentence: tuple[int, int]


@attrs.frozen
class Distribution:
    """Every penalty given to an entity, in order, and the penalties of the law."""

    assignments: tuple[Assignment, ...]
    laws: tuple[Found[Sentence], ...]
    defendants: frozenset[int]  # entities given a penalty or reported tried
    # a counted group's size less its named members: "Трое обвиняемых, среди которых и X" is X
    # and a group of two
    counts: Mapping[int, int] = attrs.field(factory=dict)
