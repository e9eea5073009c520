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
"""

from __future__ import annotations

import attrs
import regex

from kzjustice._doc import Document
from kzjustice._text import compile_lazily
from kzjustice.lexicon import lexicon, phrases
from kzjustice.mentions import Mention, group_noun
from kzjustice.models import AgeRange, Span
from kzjustice.numbers import to_number

__all__ = ["Description", "describe", "is_role", "serving_as"]

_EN = lexicon("en")
_FLAGS = regex.VERBOSE | regex.IGNORECASE

_AGE_AFTER = compile_lazily(r"\A , \s* (?P<age> [0-9]{1,3} ) \s* ,", regex.VERBOSE)
_AGE_BEFORE = compile_lazily(r"(?r) (?P<age> [0-9]{1,3} ) - year - old \s+ \Z", regex.VERBOSE)
_AGE_RANGE = compile_lazily(
    r"\A ,? \s* (?: ranging \s+ from | aged ) \s+ (?P<low> [0-9]{1,3} ) \s+ (?: to | - ) \s+"
    r" (?P<high> [0-9]{1,3} ) (?: \s+ years \s+ old )?",
    regex.VERBOSE,
)
_YEAR_OLD = compile_lazily(r"(?P<age>[0-9]{1,3})-year-old")
# ", 47, a former deputy head of the department," -> age 47, role "deputy head of the department"
_APPOSITION = compile_lazily(
    r"""\A (?: , \s* [0-9]{1,3} \s* )? , \s* (?: (?: a | an | the ) \s+ )?
        (?: (?P<age> [0-9]{1,3} ) -year-old \s+ )? (?: former \s+ | ex- )?
        (?P<role> [a-z][\w-]* (?: \s+ (?: of | for | in | at )? \s* (?: the \s+ )? [\w'-]+ ){0,8}? )
        \s* (?= , | \. | ; | \s+ (?: who | whom | whose | which | that | was | were | has
                                   | had ) \b )""",
    regex.VERBOSE,
)
# Read leftwards from a name: "the director of Teplo-Service LLP, M. Kaliyev", "former village
# council chairman X".
_ROLE_APPOSED = compile_lazily(
    r"""(?r) (?: \b (?: [Tt]he | [Aa] | [Aa]n ) \s+ | \b former \s+ | ^ | [.,;:\n] \s* )
        (?: former \s+ )?
        (?P<role> (?! (?: former | second | third | fourth | fifth | sixth | another | other ) \b )
                  [a-z][\w-]* (?: \s+ [a-z][\w-]* ){0,2}
                  (?: \s+ of \s+ (?: the \s+ )? [\w'-]+ (?: \s+ (?! of \b ) [\w'-]+ ){0,5}
                    (?: \s+ of \s+ [\w'-]+ (?: \s+ (?! of \b ) [\w'-]+ ){0,3} )? )? )
        ,? \s+ \Z""",
    regex.VERBOSE,
)
# "entrepreneur Kazybek Kudaibergenov", "police captain Yerzhan Abdikarimov"
_ROLE_BEFORE = compile_lazily(
    r"(?r) (?P<role> (?: (?i: \L<role_modifier> ) \s+ )? [A-Za-z][a-z-]+ ) \s* ,? \s+ \Z",
    regex.VERBOSE,
    role_modifier=_EN.role_modifiers.entries,
)
_SERVING_AS = compile_lazily(
    r"""\b (?: serving | served | working | worked ) \s+ as \s+ (?: the \s+ )?
        (?P<role> [a-z][\w-]* (?: \s+ [\w'-]+ ){0,6}? ) (?= \s* [,.;] )""",
    regex.VERBOSE,
)
# Before a mention, words that make it no defendant: a judge, a victim, a statistic ("fewer than
# 20 officers have been imprisoned").
_NOT_DEFENDANT_BEFORE = compile_lazily(
    rf"""(?: \b (?: {phrases(_EN.not_defendant_roles)} | president | victims \b [^.;]{{0,60}}
                | victim \b [^.;]{{0,60}} | death \s+ of | killing \s+ of
                | murder \s+ of | said | told | according \s+ to
                | fewer \s+ than | more \s+ than | less \s+ than | at \s+ least | nearly
                | almost | about | around | over | some | up \s+ to ) [\s,]* \Z )""",
    _FLAGS,
)
_NOT_DEFENDANT_ROLE = compile_lazily(
    rf"(?: [\w-]+ \s+ ){{0,3}} {phrases(_EN.not_defendant_roles)} \b", _FLAGS
)
_TITLE = compile_lazily(r"\b(?:mrs?|ms|miss)(?=\.?\s*\Z)")  # "Ms. " just before a name
_FIGURE = compile_lazily(r"[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+")
_PERFECT_AFTER = compile_lazily(
    r"\s+ (?: have | has | had ) \s+ (?: (?: since | now | so \s+ far ) \s+ )? been \b", _FLAGS
)
_AGGREGATE = 20  # from this many people, a figure in the perfect tense counts, it tries no one
_OF = compile_lazily(r"\s+(?:of|for|in|at)\s+")
_WORD = compile_lazily(r"[\w'-]+")


@attrs.frozen
class Description:
    """What the words around one mention state; each value is absent where they state none."""

    ages: tuple[tuple[int, Span], ...]  # every age stated, the most direct first
    age_range: tuple[AgeRange, Span] | None
    excluded_before: bool  # "judge X", "the killing of X", "more than 20 officers", "1,291
    # people had been convicted"
    apposed_role: tuple[Span, bool] | None  # ", a former police chief,"; and whether excluding
    role_before: tuple[Span, bool] | None  # "entrepreneur X"; and whether excluding
    group_role: Span | None  # "three former police officers" -> "police officers"
    described_role: Span | None  # "A 26-year-old student, X" -> "student"
    gender: str | None  # "f" for "a 34-year-old woman" or "Ms. X", "m" for "Mr. X"; else None


def describe(doc: Document, mention: Mention, description: Mention | None) -> Description:
    """Read what stands around ``mention`` in ``doc``; ``description`` stood just before it."""
    text = doc.masked
    start, end = mention.span.start, mention.span.end
    after = text[end : end + 200]
    before = text[max(0, start - 80) : start]
    ages: list[tuple[int, Span]] = []
    inside = _YEAR_OLD.search(mention.text)
    age = _AGE_AFTER.match(after)
    age_before = _AGE_BEFORE.search(before)
    if inside:
        offset = start + inside.start()
        ages.append((int(inside["age"]), Span(offset, offset + len(inside[0]))))
    elif age:
        ages.append((int(age["age"]), Span(end + age.start("age"), end + age.end("age"))))
    elif age_before:
        offset = start - len(before)
        span = Span(offset + age_before.start(), offset + age_before.end("age") + 9)
        ages.append((int(age_before["age"]), span))
    age_range = None
    found = _AGE_RANGE.match(after)
    if found and int(found["low"]) <= int(found["high"]):
        span = Span(end + found.start("low") - len("ranging from "), end + found.end())
        span = Span(max(span.start, end), span.end)
        age_range = (AgeRange(low=int(found["low"]), high=int(found["high"])), span)
    role = _APPOSITION.match(after)
    if role and role["age"]:  # ", a 47-year-old kindergarten teacher"
        ages.append((int(role["age"]), Span(end + role.start("age"), end + role.end("age"))))
    apposed = None
    if role and is_role(role["role"]):
        span = Span(end + role.start("role"), end + role.end("role"))
        apposed = (span, _NOT_DEFENDANT_ROLE.match(role["role"]) is not None)
    role_before = None
    if mention.kind == "name":
        candidates = (_ROLE_APPOSED.search(before), _ROLE_BEFORE.search(before))
        found = next((m for m in candidates if m is not None and is_role(m["role"])), None)
        if found is not None:
            offset = start - len(before)
            span = Span(offset + found.start("role"), offset + found.end("role"))
            role_before = (span, _NOT_DEFENDANT_ROLE.match(found["role"]) is not None)
    group_role = None
    if mention.kind == "group":
        noun = group_noun(doc, mention)
        if noun and noun not in _EN.generic_person_nouns:
            group_role = _group_role(mention)
    described_role = None
    if description is not None:  # "A 26-year-old student, Timur Ospanov"
        inside = _YEAR_OLD.search(description.text)
        if inside:
            offset = description.span.start + inside.start()
            ages.append((int(inside["age"]), Span(offset, offset + len(inside[0]))))
        noun = group_noun(doc, description)
        if noun and noun not in _EN.generic_person_nouns:
            described_role = _group_role(description)
    words = [*_WORD.findall(mention.text.lower()), *_TITLE.findall(before.lower())]
    if description is not None:
        words += _WORD.findall(description.text.lower())
    gender = next(
        (g for w in words for g, c in (("f", _EN.female_words), ("m", _EN.male_words)) if w in c),
        None,
    )
    figure = _FIGURE.match(mention.text) if mention.kind == "group" else None
    aggregate = (  # "1,291 people had been convicted": a statistic, not a trial's defendants
        figure is not None
        and int(figure[0].replace(",", "")) >= _AGGREGATE
        and _PERFECT_AFTER.match(after) is not None
    )
    return Description(
        ages=tuple(ages),
        age_range=age_range,
        excluded_before=aggregate or _NOT_DEFENDANT_BEFORE.search(before) is not None,
        apposed_role=apposed,
        role_before=role_before,
        group_role=group_role,
        described_role=described_role,
        gender=gender,
    )


def serving_as(text: str, start: int, end: int) -> Span | None:
    """A role stated away from a name: "while serving as head of police for the region"."""
    serving = _SERVING_AS.search(text, start, end)
    if serving and is_role(serving["role"]):
        return Span(*serving.span("role"))
    return None


def is_role(words: str) -> bool:
    """A role: a few words ending in a noun for a person's job or rank."""
    head = _OF.split(words.strip())[0].split()
    if not head or len(words.split()) > 10:
        return False
    noun = head[-1].lower().rstrip("s")
    generic = _EN.generic_person_nouns
    if noun in generic or noun + "s" in generic:
        return False  # "Defendant Zh. Sultanbekova": no role
    return noun in _EN.role_nouns or (len(noun) > 5 and noun.endswith(tuple(_EN.role_endings)))


def _group_role(mention: Mention) -> Span:
    """The role of a group: its words after the count, without "former" or "other"."""
    words = list(_WORD.finditer(mention.text))
    start_index = 0
    for i, word in enumerate(words):
        lower = word[0].lower()
        if (
            lower in _EN.not_role_words
            or to_number(lower) is not None
            or lower.endswith("-year-old")
        ):
            start_index = i + 1
        else:
            break
    begin = mention.span.start + words[min(start_index, len(words) - 1)].start()
    return Span(begin, mention.span.end)
