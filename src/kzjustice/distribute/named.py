"""Penalties moved to the people named after them, or as a group's members.

"The court sentenced a former police captain to nine years. Yerlan Sabitov, 41, ...";
"6 people, including X and Y, got 20 years".
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Mapping

import attrs
import regex

from kzjustice._doc import Document
from kzjustice.distribute.groups import last_counted, the_rest
from kzjustice.distribute.records import Assignment, Grammar, grammar_for
from kzjustice.entities import Chains, Entity
from kzjustice.mentions import including, owns_member
from kzjustice.models import Kind, Status, TermRange


def named_members(
    doc: Document, grammar: Grammar, chains: Chains, assignments: list[Assignment]
) -> tuple[list[Assignment], dict[int, int]]:
    """Give a counted group's penalties to the people its apposition names as its members.

    "Трое обвиняемых, среди которых и бывший председатель ... Сердар Рахимов, приговорены к 25
    годам" is Рахимов and a group of two, "6 people, including X and Y, got 20 years" X, Y and
    a group of four: named people are never folded into a group (CONVENTIONS.md §1). A group
    all of whose members are named is no record of its own.
    """
    text = doc.masked
    entities = chains.entities
    starts = sorted(chains.of_mention)
    counts: dict[int, int] = {}
    found = list(assignments)
    for index, entity in enumerate(entities):
        if entity.name is not None or entity.group is None or (entity.count or 0) < 2:
            continue
        lead = including(doc, entity.group.end)
        if lead is None:
            continue
        members: list[int] = []
        previous = lead
        for start in starts[bisect.bisect_left(starts, lead) :]:
            first = not members
            if (
                first
                and (
                    not _DESCRIPTION.fullmatch(text, previous, start)
                    or owns_member(doc, entity.group.end, start)  # "subordinates of X"
                )
            ) or (not first and not grammar.joined.fullmatch(text, previous, start)):
                break
            named = [
                i
                for i in chains.of_mention[start]
                if entities[i].name is not None and not entities[i].excluded
            ]
            if not named and first:
                continue  # the member's description: "бывший председатель ..."
            if not named:
                break
            members.extend(i for i in named if i not in members)
            previous = start
        count = entity.count or 0
        if not members or len(members) > count:
            continue
        given = [a for a in found if a.entity == index]
        if not given:  # "6 человек, включая X, проведут по 20 лет": the frame took the member
            at = entity.group.start
            given = [
                attrs.evolve(a, entity=index)
                for a in found
                if a.entity == members[0] and a.sentence[0] <= at < a.sentence[1]
            ]
            found.extend(given)
        if not given:
            continue
        for member in members:
            had = {(a.penalty.value, a.sentence) for a in found if a.entity == member}
            found.extend(
                attrs.evolve(a, entity=member)
                for a in given
                if (a.penalty.value, a.sentence) not in had
            )
        if len(members) == count:
            found = [a for a in found if a.entity != index]
        else:
            counts[index] = count - len(members)
        found.sort(key=lambda a: a.penalty.span.start)
    return found, counts


_DESCRIPTION = regex.compile(r"[^,.;:()\n]{0,120}")  # before a name: "бывший председатель ..."


def named_next(
    doc: Document,
    entities: tuple[Entity, ...],
    assignments: list[Assignment],
    tried_at: Mapping[int, int],
) -> list[Assignment]:
    """Give a counted group's verdict to the people named, as many, in the next sentence.

    "The court handed life sentences to two men from the region. A, a former commander, and
    B, a businessman, were convicted of terrorism" gives A and B a life sentence each; so does
    a list whose items semicolons part ("They are A, 23, a student; B, 31, a courier").
    """
    given = {  # by where the sentence starts (a frame's ends where the body does, before a
        (a.entity, a.sentence[0], a.penalty.value.status)  # heading set apart), and by status:
        for a in assignments  # a request there is no verdict of their own; nor is a ban, which
        if a.penalty.value.kind is not Kind.BAN  # comes beside a main penalty
    }
    result: list[Assignment] = []
    members: dict[int, list[int]] = {}  # a group's people, once named: its later penalties too
    for assignment in assignments:
        if assignment.entity in members:  # "... Under that article the defendants had faced"
            result.extend(
                attrs.evolve(assignment, entity=index) for index in members[assignment.entity]
            )
            continue
        group = entities[assignment.entity]
        count = group.count
        value = assignment.penalty.value
        spread = (  # "terms ranging from 7-1/2 to nine years": over the people, no one's own
            isinstance(value.term, TermRange)
            and value.term.low is not None
            and value.term.high is not None
            and value.status is not Status.POSSIBLE
        )
        if group.name is not None or count is None or count < 2 or group.others or spread:
            result.append(assignment)
            continue
        end = assignment.sentence[1]
        end += len(doc.masked[end : end + 8]) - len(doc.masked[end : end + 8].lstrip())
        following = doc.sentences.around(end)  # past the paragraph's end
        if following[0] < end:
            result.append(assignment)
            continue
        while doc.masked[max(0, following[1] - 3) : following[1]].rstrip().endswith(";"):
            after = doc.sentences.around(following[1])  # "They are A, 23, a student; B, 31, a
            if after[1] <= following[1]:  # courier; and C, 27": one sentence
                break
            following = (following[0], after[1])
        status = value.status
        named = _first_named(entities, given, following, status)
        sentences = 1
        while not named and sentences < _NAMED_NEXT_REACH and following[1] < len(doc.masked):
            # "against five defendants ... The activists were detained ... A, B, C, D and E had
            # spoken out": the first sentence to name anyone, in the next few
            after = doc.sentences.around(following[1] + 1)
            if (
                after[0] <= following[0]
                or "\n" in doc.masked[following[1] : after[0]]  # the paragraph's end: its
                or any(a.sentence == after for a in assignments)  # people are no one's members
            ):
                break
            following, sentences = after, sentences + 1
            named = _first_named(entities, given, following, status)
        while named and len(named) < count and sentences < _NAMED_NEXT_REACH:
            after = doc.sentences.around(following[1] + 1)  # a list that goes on: "The list
            more = _first_named(entities, given, after, status)  # includes A, B and C. D and E are
            if after[0] <= following[0] or not more:  # also part of this group"
                break
            named, following, sentences = named + more, (following[0], after[1]), sentences + 1
        if len(named) > count:  # those the sentence reports tried: "Judge X found A, B, and C
            tried = [i for i in named if following[0] <= tried_at.get(i, -1) < following[1]]
            named = tried if len(tried) == count else named  # guilty of murdering D"
        if len(named) > count:
            named = _opening_list(doc, entities, named[:count], following[0])
        if len(named) != count:
            result.append(assignment)
            continue
        result.extend(attrs.evolve(assignment, entity=index) for index in named)
        members[assignment.entity] = named
    return result


_NAMED_NEXT_REACH = 3  # how many sentences after a counted group's verdict may first name them


def _first_named(
    entities: tuple[Entity, ...],
    given: set[tuple[int, int, Status]],
    sentence: tuple[int, int],
    status: Status,
) -> list[int]:
    """The people first named in ``sentence`` and given no penalty of ``status`` there."""
    return [
        index
        for index, entity in enumerate(entities)
        if entity.name is not None
        and not entity.excluded
        and sentence[0] <= entity.first < sentence[1]
        and (index, sentence[0], status) not in given
    ]


_NAME_THEN_AND = regex.compile(r"[\w .'-]{1,40}?(?:,\s*(?:and\s+|и\s+)?|\s+(?:and|и)\s+)")


def _opening_list(
    doc: Document, entities: tuple[Entity, ...], named: list[int], start: int
) -> list[int]:
    """The people a sentence's opening list names, or none.

    "Max Bokaev and Talgat Ayan were both arrested as protests threatened the rule of President
    X" opens with two.
    """
    text = doc.masked
    firsts = [entities[index].first for index in named]
    if text[start : firsts[0]].strip(" \t\n\"'«“(") or not all(
        _NAME_THEN_AND.fullmatch(text, a, b) for a, b in itertools.pairwise(firsts)
    ):
        return []
    return named


def to_the_named(
    doc: Document,
    chains: Chains,
    assignments: list[Assignment],
    tried: frozenset[int],
) -> list[Assignment]:
    """Give a counted group's penalty to the named people it counts.

    "Prosecutors had asked for five-year terms for all six" gives five years to each of the
    six people the article names; "11 years for each of the other five" to each named one
    not named in that sentence; "The court also deprived all five of the right to serve"
    gives each of the five the ban. Named people are never folded into a group; a verdict on
    a group the article introduced as one ("acquitted four of his colleagues") stays the
    group's, unless the sentence counts them all.
    """
    grammar = grammar_for(doc.language)
    entities = chains.entities
    named = [
        index
        for index, entity in enumerate(entities)
        if entity.name is not None
        and not entity.excluded
        and (index in tried or any(a.entity == index for a in assignments))
    ]
    result: list[Assignment] = []
    for assignment in assignments:
        group = entities[assignment.entity]
        value = assignment.penalty.value
        start, end = assignment.sentence
        counted = any(  # "all five", "both", "each of the"
            grammar.counting.search(doc.masked, max(start, s - 16), s)
            for s in group.seen
            if start <= s < end
        )
        if group.others and group.count is None and value.status is Status.IMPOSED:
            rest = the_rest(doc, grammar, chains, assignments, start)
            if len(rest) > 1:
                result.extend(attrs.evolve(assignment, entity=index) for index in rest)
                continue
        if (
            not (group.definite or group.others)
            or (group.count is None and not group.others)  # "for the others"
            or (group.others and not group.definite and group.count is not None)  # "Four
            # other defendants": people not named, where "the other four" are of those named
            or (group.count is not None and group.count < 2)
            or isinstance(value.term, TermRange)
            or (value.status is Status.IMPOSED and not counted)
        ):
            result.append(assignment)
            continue
        members = [  # "the other five": of the people named before, those not named here
            index
            for index in named
            if not (
                group.others
                and (
                    any(start <= s < end for s in entities[index].seen)
                    or min(entities[index].seen) >= end
                )
            )
        ]
        before = [index for index in members if min(entities[index].seen) < end]
        if group.count is not None and len(before) == group.count < len(members):
            members = before  # "All three were barred", of the four the article names
        if not members or len(members) != (group.count or len(members)):
            members = last_counted(entities, result, assignment)
        if not members:
            result.append(assignment)
            continue
        result.extend(attrs.evolve(assignment, entity=index) for index in members)
    return result


def group_named_later(
    entities: tuple[Entity, ...], assignments: list[Assignment]
) -> list[Assignment]:
    """Give a counted group's term to the people named later with its penalty and no term.

    "суд арестовал на 15 суток троих активистов" then "Административные аресты получили A, B
    и C": A, B and C get the 15 days, and the group is them.
    """
    found = list(assignments)
    for group in assignments:
        entity = entities[group.entity]
        value = group.penalty.value
        if entity.name is not None or (entity.count or 0) < 2 or value.term is None:
            continue
        same = (value.kind, value.status)
        later = [
            a
            for a in assignments
            if a.sentence[0] > group.sentence[0]
            and a.penalty.value.term is None
            and (a.penalty.value.kind, a.penalty.value.status) == same
            and entities[a.entity].name is not None
        ]
        people = {a.entity for a in later}
        termed = any(
            a.entity in people
            and a.penalty.value.term is not None
            and (a.penalty.value.kind, a.penalty.value.status) == same
            for a in assignments
        )
        if len(people) != entity.count or termed:
            continue
        found = [a for a in found if a is not group]
        found += [
            Assignment(entity=person, penalty=group.penalty, sentence=group.sentence)
            for person in sorted(people, key=lambda i: entities[i].first)
        ]
    return sorted(found, key=lambda a: a.penalty.span.start) if found != assignments else found


def described_then_named(
    entities: tuple[Entity, ...], assignments: list[Assignment], tried_at: Mapping[int, int]
) -> list[Assignment]:
    """Give an unnamed person's penalties to the one person the article names as tried.

    "A Russian court has sentenced a man convicted of spying to 13 years ... the regional court
    declared Yuriy Ye. guilty of high treason": the man is Yuriy Ye., where he is reported
    tried after the man's penalty, no one else is named as tried or given a penalty, and no one
    else unnamed given one; not one of another gender.
    """
    people = {a.entity for a in assignments}
    named = {
        person
        for person in {*tried_at, *people}
        if entities[person].name is not None and not entities[person].excluded
    }
    if len(named) != 1 or len(people) != 1 or people & named:
        return assignments  # "the one named", "the one given a penalty": no one else
    (person,), (index,) = named, people
    entity, gender = entities[index], entities[person].gender
    if (
        entity.name is not None
        or entity.count != 1
        or entity.excluded
        or entity.others
        or entity.definite
        or tried_at[person] < min(a.penalty.span.start for a in assignments)
        or (entity.gender and gender and entity.gender != gender)
    ):
        return assignments
    return [attrs.evolve(a, entity=person) for a in assignments]
