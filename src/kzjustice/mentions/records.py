"""Mentions as records, and the grammar one language's mentions are read with."""

from __future__ import annotations

import functools
from collections.abc import Callable

import attrs
import regex

from kzjustice.lexicon import stage_grammar
from kzjustice.models import Span


@attrs.frozen
class Grammar:
    """The patterns and word classes one language's mentions are read with."""

    name: regex.Pattern[str]  # a run of capitalised words
    capitalised: regex.Pattern[str]  # one word of such a run
    group: regex.Pattern[str]  # "three former police officers"
    bare_group: regex.Pattern[str]  # "one was acquitted"
    bare_count: regex.Pattern[str]  # "the remaining three"
    bare_count_cue: regex.Pattern[str]  # the words a bare count needs, lower case
    pronoun: regex.Pattern[str]  # run on lower-cased text
    person_noun: regex.Pattern[str]  # run on lower-cased text
    court_next: regex.Pattern[str]  # a court after a name: "Auezov district court"
    organisation_next: regex.Pattern[str]  # "the Jana Qadam movement"
    organisation_before: regex.Pattern[str]  # "company Ertis Astyk", "the director of Ertis"
    article_before: regex.Pattern[str]  # "the ": no person's name follows it ("the Red Book")
    place_before: regex.Pattern[str]  # "the village of", "жительницу": a place's name follows
    predicate_before: regex.Pattern[str]  # "posing as a": a role follows, not a new person
    including: regex.Pattern[str]  # between a group and one of its people: ", including"
    # what ends the words before a name that make it their owner: "former subordinates of X"
    owned_by: regex.Pattern[str]
    verb_first: regex.Pattern[str]  # a penalty that is a verb naming its people
    comma: regex.Pattern[str]  # between a description and the name it describes
    comma_age: regex.Pattern[str]  # between a name and its apposition
    apposed_and: regex.Pattern[str]  # between a name and a second description: ", the chair and "
    apposition_closes: regex.Pattern[str]  # after it, before one person's verb: "..., received"
    definite_before: regex.Pattern[str]  # "The chief specialist of ..., a 31-year-old woman"
    indefinite: regex.Pattern[str]  # "a 33-year-old mechanic": a description, not a group
    quoted: regex.Pattern[str]  # a short quotation; quote: its words
    law_title: regex.Pattern[str]  # "Article 51 [deportation of a foreigner]": no one's
    others: frozenset[str]  # a group's determiners for people apart: "other", "remaining"
    unstated: frozenset[str]  # determiners that leave the count unstated: "the rest"
    approximate: regex.Pattern[str]  # before a count, leaves it unstated: "more than"
    plural_owned: regex.Pattern[str]  # an owned noun that is plural: "Azattyq's journalists"
    not_name: frozenset[str]  # words never part of a name
    not_name_prefixes: tuple[str, ...]  # what a capitalised word opens that is no name: "Ex-"
    heads: frozenset[str]  # the last words of organisations' and places' names
    count: Callable[[str], float | None]  # a quantity's number: "three" 3, "a" 1
    # the names a run of capitalised words holds, as word ranges; words before them are
    # something else's: "Витебчанин Игорь Савчук", "Нижнего Тагила Никиту Рожкова"; two names
    # side by side, the first owning the second: "адвокат Жылдыз Турдубаевой Азамат Жумагулов"
    name_parts: Callable[[list[str]], list[tuple[int, int]]]


@functools.cache
def grammar_for(language: str) -> Grammar:
    """The mentions grammar of ``language``."""
    return stage_grammar(Grammar, language, "people", "mentions_grammar")


@attrs.frozen
class Mention:
    """One mention of a person or group, on the document's offsets."""

    span: Span
    kind: str  # "name", "surname", "group", "pronoun", "possessive", "definite"
    text: str


@attrs.frozen
class Mentions:
    """Every mention, in order, and the description that stood before each described name."""

    items: tuple[Mention, ...]
    starts: tuple[int, ...]
    described_by: dict[int, Mention]  # a name's start -> "A 26-year-old student" before it
    owners: dict[int, Span]  # a name's start -> the name owning it, just before it: "адвокат
