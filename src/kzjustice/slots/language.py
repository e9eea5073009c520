"""One language's patterns for the slots of a verdict frame."""

from __future__ import annotations

import functools
from collections.abc import Callable

import attrs
import regex

from kzjustice.lexicon import Lexicon, stage_grammar


@attrs.frozen
class Grammar:
    """The patterns and word classes one language's verdict frames are read with."""

    words: Lexicon
    verb: regex.Pattern[str]
    passive: regex.Pattern[str]
    participle: regex.Pattern[str]
    subject_gap: regex.Pattern[str]
    group_subject_gap: regex.Pattern[str]
    object_gap: regex.Pattern[str]
    after: regex.Pattern[str]
    object_after_verb: regex.Pattern[str]
    owner: regex.Pattern[str]
    of_whom: regex.Pattern[str]
    dash_name: regex.Pattern[str]
    after_gap: regex.Pattern[str]
    verb_penalty: regex.Pattern[str]
    coordinated: regex.Pattern[str]
    conjunction: regex.Pattern[str]
    penalty_list: regex.Pattern[str]
    owns_penalty: regex.Pattern[str]
    respectively: regex.Pattern[str]
    each: regex.Pattern[str]
    victim: regex.Pattern[str]
    trial_verbs: regex.Pattern[str]
    law_statement: regex.Pattern[str]
    # before a law's penalty, words tying it to the charge someone faces: "charged with X, a
    # crime punishable by", "по вменяемой ему статье": theirs, not the law's
    charged_law: regex.Pattern[str]
    as_was: regex.Pattern[str]
    for_whom: regex.Pattern[str]  # before a person just before the penalty: "для X 18 лет"
    relative: regex.Pattern[str]  # a relative pronoun: "who", "который"
    # before an object verb, a passive it shares: "X was tried in absentia alongside the
    # three other defendants and sentenced to"; searched backwards
    shared_passive: regex.Pattern[str]
    verb_after: regex.Pattern[str]  # an object verb after the penalty: "По 10 лет суд назначил"
    habitual: regex.Pattern[str]  # "usually": a clause about what happens as a rule
    # between a person and a name in apposition that completes its noun: "X, the nephew of
    # [former President] Y"; with ``oblique`` (whether a name as written is no subject's form,
    # for Russian its case), Y is no subject
    complement: regex.Pattern[str]
    oblique: Callable[[str], bool]
    # between a person and the one whose relation they are, with no comma: "The wife of [a
    # Tajik diplomat]"; the first is the subject
    of_head: regex.Pattern[str]
    # after a name, more names, then a dash that gives them their own term: "X, Y и Z — по 5"
    own_term_next: regex.Pattern[str]
    # between a person and their penalty: a dash, and the word that may follow it ("X — по 5")
    dash_gap: regex.Pattern[str]
    # a line that opens a list of the sentenced by name: "Those sentenced include:"
    named_below: regex.Pattern[str]
    # after two names listed with a comma alone, a verb in the plural: "A, B were arrested"
    plural_after: regex.Pattern[str]


@functools.cache
def grammar(language: str) -> Grammar:
    """The frames grammar of ``language``, built once."""
    return stage_grammar(Grammar, language, "verdicts", "frames_grammar")
