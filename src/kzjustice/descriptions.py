"""What the words around a mention say of the person: age, role, or no defendant at all.

Requires: the document and a mention. Assigns nothing by itself: ``describe`` returns what
one mention's surroundings state, and the chains stage keeps the first of each for a person.

- age: "Serik Kudebayev, 58,", "a 32-year-old", "the 23-year-old student Dias Mukhtarov";
- ages of a group: "ranging from 19 to 45", "aged 20 to 30";
- role: an apposition (", a former police chief,"), a title or description before a name
  ("entrepreneur Kazybek Kudaibergenov", "the director of Teplo-Service LLP, M. Kaliyev"), a
  group's own words ("three former police officers"), or "while serving as head of police";
- not a defendant: a role or the words before a name that make them a judge, a lawyer, a
  prosecutor, a victim, a witness, or a figure in a statistic.

Each language reads these with its own patterns and word classes (``_grammar``).
"""

from __future__ import annotations

import functools
from collections.abc import Callable

import attrs
import regex

from kzjustice._doc import Document
from kzjustice._text import compile_lazily
from kzjustice.lexicon import Lexicon, stage_grammar
from kzjustice.mentions import Mention, Mentions, group_noun, indefinite
from kzjustice.models import AgeRange, Span

__all__ = ["Description", "describe", "is_role", "serving_as"]

_FIGURE = compile_lazily(r"[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+")
_AGGREGATE = 20  # from this many people, a figure in the perfect tense counts, it tries no one
_WORD = compile_lazily(r"[\w'-]+")


@attrs.frozen
class _Grammar:
    """The patterns and word classes one language's descriptions are read with.

    An age pattern names the number ``age`` and, where it is longer, its whole ``evidence``.
    """

    words: Lexicon
    age_inside: regex.Pattern[str]  # in a description: "a 33-year-old mechanic"
    age_after: regex.Pattern[str]  # after a name: ", 58,"
    age_before: regex.Pattern[str]  # before a name, read leftwards: "the 23-year-old"
    age_range: regex.Pattern[str]  # after a group: "ranging from 19 to 45"
    apposition: regex.Pattern[str]  # after a name: ", a former police chief,"
    role_apposed: regex.Pattern[str]  # before a name, leftwards: "the director of X LLP, "
    role_before: regex.Pattern[str]  # before a name, leftwards: "police captain "
    serving_as: regex.Pattern[str]  # "while serving as head of police"
    not_defendant_before: regex.Pattern[str]  # "judge ", "the killing of "
    victim_after: regex.Pattern[str]  # ", 36, and his wife died at the scene"
    not_defendant_role: regex.Pattern[str]  # "lawyer", "witness"
    former: regex.Pattern[str]  # just before a role no longer held: "former ", "бывший "
    title: regex.Pattern[str]  # "Ms. " before a name, lower case
    perfect_after: regex.Pattern[str]  # "have been": a figure's tense
    role_head: Callable[[str], str | None]  # the noun a role is headed by, lower case
    not_role: Callable[[str], bool]  # a group's word before its role: "three", "other"


@functools.cache
def _grammar(language: str) -> _Grammar:
    return stage_grammar(_Grammar, language, "people", "descriptions_grammar")


@attrs.frozen
class Description:
    """What the words around one mention state; each value is absent where they state none."""

    ages: tuple[tuple[int, Span], ...]  # every age stated, the most direct first
    age_range: tuple[AgeRange, Span] | None
    not_defendant: bool  # "judge X", "the killing of X", "X and his wife died at the scene",
    # "more than 20 officers", "1,291 people had been convicted"
    apposed_role: tuple[Span, bool] | None  # ", a former police chief,"; and whether excluding
    role_before: tuple[Span, bool] | None  # "entrepreneur X"; and whether excluding
    group_role: Span | None  # "three former police officers" -> "police officers"
    described_role: Span | None  # "A 26-year-old student, X" -> "student"
    gender: str | None  # "f" for "a 34-year-old woman" or "Ms. X", "m" for "Mr. X"; else None


def describe(doc: Document, mention: Mention, mentions: Mentions) -> Description:
    """Read what stands around ``mention``, one of the ``mentions`` of ``doc``.

    The description that stood just before a name describes it ("A 26-year-old student, X");
    a role before a name and its owner is the owned one's ("адвокат Жылдыз Турдубаевой Азамат
    Жумагулов": Жумагулов is the lawyer).
    """
    description = mentions.described_by.get(mention.span.start)
    owner = mentions.owners.get(mention.span.start)
    owning = mention.span in mentions.owners.values()
    grammar = _grammar(doc.language)
    words = grammar.words
    text = doc.masked
    start, end = mention.span.start, mention.span.end
    after = text[end : end + 200]
    before = text[max(0, start - 80) : start]
    ages: list[tuple[int, Span]] = []
    inside = grammar.age_inside.search(mention.text)
    age = grammar.age_after.match(after)
    age_before = grammar.age_before.search(before)
    if inside:
        offset = start + inside.start("evidence")
        ages.append((int(inside["age"]), Span(offset, start + inside.end("evidence"))))
    elif age:
        ages.append((int(age["age"]), Span(end + age.start("age"), end + age.end("age"))))
    elif age_before:
        offset = start - len(before)
        span = Span(offset + age_before.start("evidence"), offset + age_before.end("evidence"))
        ages.append((int(age_before["age"]), span))
    age_range = None
    found = grammar.age_range.match(after)
    if found and int(found["low"]) <= int(found["high"]):
        span = Span(end + found.start("evidence"), end + found.end("evidence"))
        age_range = (AgeRange(low=int(found["low"]), high=int(found["high"])), span)
    role = grammar.apposition.match(after)
    if role and role["age"]:  # ", a 47-year-old kindergarten teacher"
        ages.append((int(role["age"]), Span(end + role.start("age"), end + role.end("age"))))
    apposed = None
    if role and is_role(doc.language, role["role"]):
        span = Span(end + role.start("role"), end + role.end("role"))
        apposed = (
            span,
            grammar.not_defendant_role.match(role["role"]) is not None
            and grammar.former.search(after, 0, role.start("role")) is None,
        )
    role_before = None
    offset = max(0, (start if owner is None else owner.start) - 80)
    ahead = text[offset : start if owner is None else owner.start]  # the words before a role
    if not owning and (
        mention.kind == "name"  # "Водитель грузовика, 44-летний житель Мамлютки"
        or (mention.kind == "group" and indefinite(doc, mention.span.start))
    ):
        candidates = (grammar.role_apposed.search(ahead), grammar.role_before.search(ahead))
        found = next(
            (m for m in candidates if m is not None and is_role(doc.language, m["role"])), None
        )
        if found is not None:
            span = Span(offset + found.start("role"), offset + found.end("role"))
            role_before = (  # "a former judge, X" may be tried
                span,
                _excluding(grammar, found["role"])
                and grammar.former.search(ahead, 0, found.start("role")) is None,
            )
    group_role = None
    if mention.kind == "group":
        noun = group_noun(doc, mention)
        if noun and noun not in words.generic_person_nouns:
            group_role = _group_role(grammar, mention)
    described_role = None
    if description is not None:  # "A 26-year-old student, Timur Ospanov"
        inside = grammar.age_inside.search(description.text)
        if inside:
            offset = description.span.start
            span = Span(offset + inside.start("evidence"), offset + inside.end("evidence"))
            ages.append((int(inside["age"]), span))
        noun = group_noun(doc, description)
        if noun and noun not in words.generic_person_nouns:
            described_role = _group_role(grammar, description)
    said = [*_WORD.findall(mention.text.lower()), *grammar.title.findall(before.lower())]
    if description is not None:
        said += _WORD.findall(description.text.lower())
    said += [w.rsplit("-", 1)[1] for w in said if "-" in w]  # "41-летняя", "ex-wife"
    gender = next(
        (
            g
            for w in said
            for g, c in (("f", words.female_words), ("m", words.male_words))
            if w in c
        ),
        None,
    )
    figure = _FIGURE.match(mention.text) if mention.kind == "group" else None
    aggregate = (  # "1,291 people had been convicted": a statistic, not a trial's defendants
        figure is not None
        and int(figure[0].replace(",", "")) >= _AGGREGATE
        and grammar.perfect_after.match(after) is not None
    )
    return Description(
        ages=tuple(ages),
        age_range=age_range,
        not_defendant=aggregate
        or (not owning and grammar.not_defendant_before.search(ahead) is not None)
        or grammar.victim_after.match(after) is not None,
        apposed_role=apposed,
        role_before=role_before,
        group_role=group_role,
        described_role=described_role,
        gender=gender,
    )


def serving_as(doc: Document, start: int, end: int) -> Span | None:
    """A role stated away from a name: "while serving as head of police for the region"."""
    serving = _grammar(doc.language).serving_as.search(doc.masked, start, end)
    if serving and is_role(doc.language, serving["role"]):
        return Span(*serving.span("role"))
    return None


def is_role(language: str, role: str) -> bool:
    """A role: a few words headed by a noun for a person's job or rank."""
    grammar = _grammar(language)
    words = grammar.words
    noun = grammar.role_head(role)
    if not noun:
        return False
    generic = words.generic_person_nouns
    if noun in generic or noun + "s" in generic:
        return False  # "Defendant Zh. Sultanbekova": no role
    return noun in words.role_nouns or (len(noun) > 5 and noun.endswith(tuple(words.role_endings)))


def _excluding(grammar: _Grammar, role: str) -> bool:
    """Whether a role before a name makes it no defendant: "судья X", not "адвокаты экономиста X".

    A defendant's own role after a lawyer's names the client: "Адвокаты экономиста Даната
    Намазбаева" are the economist's lawyers.
    """
    if grammar.not_defendant_role.match(role) is None:
        return False
    words = role.lower().split()[1:]
    return not any(
        w in grammar.words.role_nouns and grammar.not_defendant_role.match(w) is None for w in words
    )


def _group_role(grammar: _Grammar, mention: Mention) -> Span:
    """The role of a group: its words after the count, without "former" or "other"."""
    words = list(_WORD.finditer(mention.text))
    start_index = 0
    for i, word in enumerate(words):
        if grammar.not_role(word[0]):
            start_index = i + 1
        else:
            break
    begin = mention.span.start + words[min(start_index, len(words) - 1)].start()
    return Span(begin, mention.span.end)
