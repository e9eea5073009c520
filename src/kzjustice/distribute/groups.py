"""Summaries, "the rest" of a group, and "the same sentence", read against the records.

"five officers were jailed for five to seven years" before each officer's term is no
entry of its own; "the remaining three" are the rest of the group counted before.
"""

from __future__ import annotations

import bisect

from kzjustice._doc import Document
from kzjustice.distribute.records import Assignment, Grammar
from kzjustice.entities import Chains, Entity
from kzjustice.models import Found, Span, Status, Term, TermRange


def the_rest(
    doc: Document, grammar: Grammar, chains: Chains, assignments: list[Assignment], start: int
) -> list[int]:
    """The people "the rest" are: those listed with the ones sentenced before, given nothing.

    "A, B, C, D and E were detained ... A and B were sentenced to six and five years. The rest
    were acquitted": C, D and E; not B in "A, the wife of B, and C".
    """
    entities = chains.entities
    sentenced = {
        a.entity
        for a in assignments
        if a.penalty.value.status is Status.IMPOSED and a.penalty.span.start < start
    }
    starts = sorted(s for s in chains.of_mention if s < start)
    runs: list[list[int]] = []  # the mentions listed together, by their starts
    for position in starts:
        if runs and grammar.joined.fullmatch(doc.masked, runs[-1][-1], position):
            runs[-1].append(position)
        else:
            runs.append([position])
    rest: list[int] = []
    for run in runs:
        people = [
            i
            for s in run
            for i in chains.of_mention[s]
            if entities[i].name is not None
            and not grammar.apposed_owner.search(doc.masked, max(0, s - 80), s)
        ]  # not the one an apposition names to say whose kin: "A, the wife of B, and C"
        if len(people) > 1 and sentenced.intersection(people):
            rest.extend(
                i
                for i in people
                if i not in sentenced and not entities[i].excluded and i not in rest
            )
    return rest


def the_rest_counted(entities: tuple[Entity, ...], assignments: list[Assignment]) -> dict[int, int]:
    """The size of "the rest" given a penalty: the counted group before, less those given one.

    "На скамье подсудимых оказались шестеро ... 18 лет для одного из нападавших и 15 лет для
    другого, а также четыре года ограничения свободы для остальных": the rest are four.
    """
    counts: dict[int, int] = {}
    firsts: dict[int, int] = {}
    for assignment in assignments:
        firsts.setdefault(assignment.entity, assignment.penalty.span.start)
    for index, start in firsts.items():
        rest = entities[index]
        if rest.name is not None or rest.count is not None or not rest.others:
            continue
        groups = [
            (entity.first, number)
            for number, entity in enumerate(entities)
            if entity.name is None
            and (entity.count or 0) >= 2
            and not entity.others
            and start - _REST_REACH < entity.first < start
        ]
        if not groups:
            continue
        first, group = max(groups)
        given = [
            entities[other].count
            for other, at in firsts.items()
            if other not in (index, group) and first < at < start
        ]
        if given and None not in given:
            left = (entities[group].count or 0) - sum(c or 0 for c in given)
            if left >= 1:
                counts[index] = left
    return counts


_REST_REACH = 1500  # how far before "the rest" the group they are the rest of may be counted


def last_counted(
    entities: tuple[Entity, ...], before: list[Assignment], assignment: Assignment
) -> list[int]:
    """The people given penalties last before a counted group, if they make up its count.

    "X was jailed for seven years. Four of his subordinates were each sentenced to five
    years. All five were barred for life from serving in the police": X and the four.
    """
    count = entities[assignment.entity].count
    if count is None:
        return []
    members: list[int] = []
    total = 0
    for earlier in reversed(before):
        index = earlier.entity
        entity = entities[index]
        if index in members or index == assignment.entity or entity.count is None:
            continue
        if earlier.penalty.value.status is not Status.IMPOSED:
            continue
        members.insert(0, index)
        total += entity.count
        if total >= count:
            break
    return members if total == count and len(members) > 1 else []


def the_same(
    doc: Document, grammar: Grammar, chains: Chains, assignments: list[Assignment]
) -> list[Assignment]:
    """Give the penalties said to be the same as another's: "Qaziev was handed the same sentence".

    The people are the last one named before the words in their sentence and those named
    together with them ("A and his deputy B also received the same penalties"), else the ones
    listed first after them ("The same penalty was imposed on A, B and C"); the penalties are
    those the last person given any before it got in that sentence. The evidence is the words
    that say it.
    """
    text = doc.masked
    found = list(assignments)
    starts = sorted(chains.of_mention)
    for same in grammar.same_penalty.finditer(text):
        index = bisect.bisect_right(doc.body_sentences, (same.start(), len(text))) - 1
        if index < 0 or doc.body_sentences[index][1] <= same.start():
            continue  # not in the body
        start, end = doc.body_sentences[index]
        before = [s for s in starts if start <= s < same.start()]
        after = [s for s in starts if same.end() <= s < end]
        last = next((a.entity for a in reversed(found) if a.penalty.span.end <= start), None)
        if after and chains.of_mention[after[0]] == (last,):
            after.pop(0)  # the one given it, again: "Такой же срок он попросил дать X" is X's
        mentions = before[-1:] or after[:1]
        while before[: -len(mentions) or None] and grammar.joined.fullmatch(
            text, before[-len(mentions) - 1], mentions[0]
        ):
            mentions.insert(0, before[-len(mentions) - 1])  # "A and B also received the same"
        while (
            not before
            and len(mentions) < len(after)
            and grammar.joined.fullmatch(text, mentions[-1], after[len(mentions)])
        ):
            mentions.append(after[len(mentions)])  # "The same penalty was imposed on A, B and C"
        people = list(
            dict.fromkeys(
                i
                for mention in mentions
                for i in chains.of_mention[mention]
                if not chains.entities[i].excluded
            )
        )
        earlier = [a for a in found if a.penalty.span.end <= start and a.entity not in people]
        if not people or not earlier:
            continue
        source = earlier[-1]
        values = [
            given.penalty.value
            for given in earlier
            if (given.entity, given.sentence) == (source.entity, source.sentence)
        ]
        for person in people:
            for value in values:
                penalty = Found(value=value, span=Span(*same.span()), text=same[0])
                found.append(Assignment(entity=person, penalty=penalty, sentence=(start, end)))
    return (
        sorted(found, key=lambda a: a.penalty.span.start)
        if len(found) > len(assignments)
        else found
    )


def without_summaries(
    entities: tuple[Entity, ...], assignments: list[Assignment]
) -> list[Assignment]:
    """Drop a group's termless or ranged penalty where its people's own terms follow.

    "acquitted a third" in a lead is dropped where a named person's acquittal follows; so is
    "Two of his subordinates received 10 years each" where two named people's 10 years follow.
    A named person's range is dropped where their own term within it follows: "sentenced A, B
    and C to terms ranging from three to five years", then "A got four years".
    """
    dropped: set[int] = set()
    for number, assignment in enumerate(assignments):
        entity = entities[assignment.entity]
        term = assignment.penalty.value.term
        value = assignment.penalty.value
        if entity.name is not None and isinstance(term, TermRange):
            if any(
                a.entity == assignment.entity
                and a.sentence != assignment.sentence
                and (a.penalty.value.kind, a.penalty.value.status) == (value.kind, value.status)
                and isinstance(a.penalty.value.term, Term)
                and _within(a.penalty.value.term, term)
                for a in assignments[number + 1 :]
            ):
                dropped.add(number)
            continue
        if entity.name is not None or (entity.count == 1 and term is not None):
            continue
        later = [
            a
            for a in assignments[number + 1 :]
            if a.entity != assignment.entity
            and a.sentence != assignment.sentence
            and (a.penalty.value.kind, a.penalty.value.status) == (value.kind, value.status)
            and _covers(term, a.penalty.value.term, named=entities[a.entity].name is not None)
        ]
        people = sum((entities[i].count or 1) for i in {a.entity for a in later})
        exact = isinstance(term, Term)
        if later and (people == entity.count if exact else people >= (entity.count or 2)):
            dropped.add(number)
        listed = [  # "приговорил двух участников к шести и восьми годам", then each one's term
            n
            for n, a in enumerate(assignments)
            if (a.entity, a.sentence) == (assignment.entity, assignment.sentence)
            and (a.penalty.value.kind, a.penalty.value.status) == (value.kind, value.status)
        ]
        if exact and listed[0] == number and len(listed) == entity.count:
            named = [
                {
                    a.entity
                    for a in assignments[number + 1 :]
                    if a.sentence != assignment.sentence
                    and entities[a.entity].name is not None
                    and a.penalty.value == assignments[n].penalty.value
                }
                for n in listed
            ]
            if all(named) and len(set().union(*named)) >= entity.count:
                dropped.update(listed)
    return [a for number, a in enumerate(assignments) if number not in dropped]


def _covers(lead: Term | TermRange | None, term: Term | TermRange | None, *, named: bool) -> bool:
    """Whether a summary lead's term covers a term given later.

    The same exact term, to a named person; a term within its range; no term after none.
    """
    if isinstance(lead, Term):
        return named and term == lead
    if lead is None:  # "Ten men have been jailed", then each one's term or range
        return True
    return isinstance(term, Term) and _within(term, lead)


def _within(term: Term, bounds: TermRange | None) -> bool:
    if bounds is None:
        return True
    days = term.approx_days()
    low = bounds.low.approx_days() if bounds.low else 0.0
    high = bounds.high.approx_days() if bounds.high else float("inf")
    return low <= days <= high
