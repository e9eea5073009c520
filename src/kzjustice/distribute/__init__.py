"""Distribution: which entity gets which penalty.

Requires: the document, chains, frames and who was tried. Assigns: each penalty to the entities
it is for, and the penalties the law provides with no one to apply to.

- A frame's people get its penalties: paired in order where the clause says "respectively" or
  lists as many terms of one kind as people ("A and B were jailed for five and seven years"),
  else each person every penalty ("A and B were each jailed for seven years": one each).
- A frame that names no one: a statement of the law goes to the laws, unless it is the law's
  penalty for someone's charge ("charged with X, a crime punishable by"); a figure as the
  subject ("fewer than 20 officers have been imprisoned", "Thousands of people have been fined")
  to no one; a request or a possible penalty to the people of another frame of its sentence
  ("Prosecutors had sought nine years, but the judge handed X seven": both X's); an elided term
  to the people of the frame before it ("cut from nine years to seven"); a request to the people
  of the next sentence's verdict, where they were mentioned before ("The prosecutor asked for
  seven years. The court sentenced X to six"); else to the defendant the article is talking
  about: the last person named (not one never tried whose last mention speaks: "her sister, X,
  told RFE/RL"), or the last group reported tried.
- A request the defence makes is no penalty ("Her lawyer asked the court to acquit her"), nor
  is a defendant's own plea in their last word ("In his final statement, X asked the court for
  a fine"): `requested` is the prosecution's.
- A summary lead is no entry of its own where each of its people's terms follows: "five
  officers were jailed for five to seven years" before each officer's term, "two of his
  subordinates received 10 years each" before two named people's 10 years.

The first pass gives each frame's penalties to its people, or to those its sentence, the next
verdict or the article's subject says (``frameless``); the passes after it move penalties to
the people named later (``named``) and fold summaries, the rest of a group and "the same
sentence" into the records they stand for (``groups``).
"""

from __future__ import annotations

from kzjustice._doc import Document
from kzjustice.distribute.frameless import (
    asked_by_no_prosecutor,
    from_the_sentence,
    officially_quoted,
    quoted_verdict,
    salient_defendant,
    verdict_next,
)
from kzjustice.distribute.groups import the_rest_counted, the_same, without_summaries
from kzjustice.distribute.named import (
    described_then_named,
    group_named_later,
    named_members,
    named_next,
    to_the_named,
)
from kzjustice.distribute.records import Assignment, Distribution, Grammar, grammar_for
from kzjustice.entities import Chains, Entity
from kzjustice.frames import Frame, Tried
from kzjustice.models import Found, Kind, Sentence, Status

__all__ = ["Assignment", "Distribution", "Grammar", "distribute"]


def distribute(
    doc: Document, chains: Chains, frames: tuple[Frame, ...], tried: tuple[Tried, ...]
) -> Distribution:
    """Give each penalty of ``frames`` to its entities."""
    text = doc.masked
    grammar = grammar_for(doc.language)
    entities = chains.entities
    tried_at = {t.entity: t.position for t in reversed(tried)}
    for frame in frames:
        for index in frame.defendants:
            at = frame.penalties[0].span.start
            tried_at[index] = min(tried_at.get(index, at), at)
    assignments: list[Assignment] = []
    laws: list[Found[Sentence]] = []
    for position, frame in enumerate(frames):
        first = frame.penalties[0]
        start, end = frame.sentence
        if frame.law:
            laws.extend(frame.penalties)
            continue
        if (
            frame.quoted
            and not quoted_verdict(frames, position)
            and not officially_quoted(doc, grammar, frame)
        ):
            continue  # "Fourteen years," his mother said; not "X is sentenced to ...," the judge
        if asked_by_no_prosecutor(doc, grammar, frame):
            continue  # "Her lawyer asked the court to acquit her": the prosecution's only count
        people = frame.defendants
        if not people:
            if (
                first.value.status is Status.POSSIBLE
                and not frame.charged
                and grammar.law_context.search(text, start, end)
            ):
                laws.extend(frame.penalties)
                continue
            if grammar.excluded_subject.search(text, start, first.span.start):
                continue  # "fewer than 20 officers have been imprisoned": a statistic
            people = from_the_sentence(doc, frames, position) or verdict_next(
                doc, entities, frames, position
            )
        if not people:
            salient = salient_defendant(doc, entities, tried_at, first.span.start)
            people = (
                ()
                if salient is None
                else _together(entities, assignments, salient)
                if first.value.status is Status.REQUESTED
                else (salient,)
            )
        for index in people:
            tried_at.setdefault(index, first.span.start)
        for entity, penalty in _pairs(frame, people):
            assignments.append(Assignment(entity=entity, penalty=penalty, sentence=frame.sentence))
    assignments = the_same(doc, grammar, chains, assignments)
    assignments = named_next(doc, entities, assignments, tried_at)
    assignments = to_the_named(doc, chains, assignments, frozenset(tried_at))
    assignments = without_summaries(entities, assignments)
    assignments = group_named_later(entities, assignments)
    assignments = described_then_named(entities, assignments, tried_at)
    assignments, counts = named_members(doc, grammar, chains, assignments)
    counts = {**the_rest_counted(entities, assignments), **counts}
    return Distribution(
        assignments=tuple(_distinct(assignments)),
        laws=tuple(laws),
        defendants=frozenset(tried_at) | {a.entity for a in assignments},
        counts=counts,
    )


def _together(
    entities: tuple[Entity, ...], assignments: list[Assignment], person: int
) -> tuple[int, ...]:
    """``person`` and the people named who got the last penalty given, where ``person`` did.

    "A and B were sentenced to eight years. Prosecutors had asked for ten": both; a request
    said of no one is of the case, not of the last named.
    """
    last = max(assignments, key=lambda a: a.penalty.span.start, default=None)
    if last is None:
        return (person,)
    given = dict.fromkeys(a.entity for a in assignments if a.penalty.span == last.penalty.span)
    if person not in given or any(entities[i].name is None for i in given):
        return (person,)
    return tuple(given)


def _pairs(frame: Frame, people: tuple[int, ...]) -> list[tuple[int, Found[Sentence]]]:
    penalties = frame.penalties
    parallel = len(penalties) > 1 and (
        (frame.respectively and len(people) >= len(penalties))
        or (
            len(people) == len(penalties)
            and len({(p.value.kind, p.value.status) for p in penalties}) == 1
        )
    )
    if parallel:
        return list(zip(people[-len(penalties) :], penalties, strict=True))
    return [(entity, penalty) for entity in people for penalty in penalties]


def _distinct(assignments: list[Assignment]) -> list[Assignment]:
    """Each distinct penalty once per entity: the same span, or the same value again.

    A penalty stated with nothing but its kind is the same as one of that kind and status
    stated with its term or amount: "X was sentenced to prison. The court gave X five years";
    a prison term with no length is the same as a life sentence ("к лишению свободы", then "к
    пожизненному сроку").
    """
    stated = {
        (a.entity, a.penalty.value.kind, a.penalty.value.status)
        for a in assignments
        if a.penalty.value.term is not None or a.penalty.value.fine is not None
    } | {
        (a.entity, Kind.IMPRISONMENT, a.penalty.value.status)
        for a in assignments
        if a.penalty.value.kind is Kind.LIFE_IMPRISONMENT
    }
    kept: list[Assignment] = []
    seen: set[object] = set()
    for assignment in assignments:
        value = assignment.penalty.value
        if (
            value.term is None
            and value.fine is None
            and value.detail is None
            and (assignment.entity, value.kind, value.status) in stated
        ):
            continue
        keys = {  # the span with its value: "the same sentence" may stand for several
            (assignment.entity, assignment.penalty.span, assignment.penalty.value.kind),
            (assignment.entity, assignment.penalty.value),
        }
        if not keys & seen:
            seen |= keys
            kept.append(assignment)
    return kept
