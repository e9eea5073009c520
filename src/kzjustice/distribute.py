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
"""

from __future__ import annotations

import bisect
import functools
import itertools
from collections.abc import Mapping

import attrs
import regex

from kzjustice._doc import Document
from kzjustice.entities import Chains, Entity
from kzjustice.frames import Frame, Tried
from kzjustice.lexicon import Lexicon, stage_grammar
from kzjustice.mentions import including
from kzjustice.models import Found, Kind, Sentence, Span, Status, Term, TermRange

__all__ = ["Assignment", "Distribution", "distribute"]

_SALIENCE = 2500  # how far back the defendant the article is talking about may be mentioned


@attrs.frozen
class _Grammar:
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
def _grammar(language: str) -> _Grammar:
    return stage_grammar(_Grammar, language, "verdicts", "distribute_grammar")


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


def distribute(
    doc: Document, chains: Chains, frames: tuple[Frame, ...], tried: tuple[Tried, ...]
) -> Distribution:
    """Give each penalty of ``frames`` to its entities."""
    text = doc.masked
    grammar = _grammar(doc.language)
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
            and not _quoted_verdict(frames, position)
            and not _officially_quoted(doc, grammar, frame)
        ):
            continue  # "Fourteen years," his mother said; not "X is sentenced to ...," the judge
        if _asked_by_no_prosecutor(doc, grammar, frame):
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
            people = _from_the_sentence(doc, frames, position) or _verdict_next(
                doc, entities, frames, position
            )
        if not people:
            salient = _salient(doc, entities, tried_at, first.span.start)
            people = () if salient is None else (salient,)
        for index in people:
            tried_at.setdefault(index, first.span.start)
        for entity, penalty in _pairs(frame, people):
            assignments.append(Assignment(entity=entity, penalty=penalty, sentence=frame.sentence))
    assignments = _the_same(doc, grammar, chains, assignments)
    assignments = _named_next(doc, entities, assignments, tried_at)
    assignments = _to_the_named(doc, chains, assignments, frozenset(tried_at))
    assignments = _without_summaries(entities, assignments)
    assignments = _group_named_later(entities, assignments)
    assignments = _described_then_named(entities, assignments, tried_at)
    assignments, counts = _members(doc, grammar, chains, assignments)
    counts = {**_the_rest_counted(entities, assignments), **counts}
    return Distribution(
        assignments=tuple(_distinct(assignments)),
        laws=tuple(laws),
        defendants=frozenset(tried_at) | {a.entity for a in assignments},
        counts=counts,
    )


def _members(
    doc: Document, grammar: _Grammar, chains: Chains, assignments: list[Assignment]
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
            if (first and not _DESCRIPTION.fullmatch(text, previous, start)) or (
                not first and not grammar.joined.fullmatch(text, previous, start)
            ):
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


def _asked_by_no_prosecutor(doc: Document, grammar: _Grammar, frame: Frame) -> bool:
    """Whether a frame's request is no penalty, for no prosecutor named in its clause asks it.

    A request frame whose clause names the defence, or asks for an acquittal ("Amnesty
    International urged the court to acquit X", "X asked the court to acquit him"); or
    requested penalties a defendant asked for in their last word ("In his final statement, X
    asked the court for a fine").
    """
    before = doc.masked[frame.sentence[0] : frame.penalties[0].span.start]
    if grammar.prosecution.search(before):
        return False
    if frame.request and (
        grammar.defence.search(before)
        or all(found.value.kind is Kind.ACQUITTAL for found in frame.penalties)
    ):
        return True
    return grammar.own_plea.search(before) is not None and all(
        found.value.status is Status.REQUESTED for found in frame.penalties
    )


_CLOSING = regex.compile(r'[»"”]')


def _officially_quoted(doc: Document, grammar: _Grammar, frame: Frame) -> bool:
    """Whether a quoted frame's quotation names an official as its speaker after it.

    "«... Организатор приговорен к 16 годам ...», — сообщили в суде" is a verdict told.
    """
    text = doc.masked
    start = frame.penalties[-1].span.end
    end = text.find("\n", start)
    closing = _CLOSING.search(text, start, len(text) if end < 0 else end)
    return closing is not None and grammar.official_after.match(text, closing.end()) is not None


def _quoted_verdict(frames: tuple[Frame, ...], position: int) -> bool:
    """Whether a quoted frame is a verdict read out: a verdict verb names its people.

    A frame after a verdict quoted in its sentence continues it: "Суд назначил ему шесть лет
    ... и штраф в размере 12 млн рублей" is his fine too, "«X приговорен к 30 годам, его брат Y
    — к пожизненному»" Y's life sentence; one naming no one continues any quoted frame before.
    """
    frame = frames[position]
    if frame.defendants and frame.verdict:
        return True
    return any(  # "«X приговорен к 30 годам, его брат Y — к пожизненному»": Y's too
        other.quoted
        and other.defendants
        and (other.verdict or not frame.defendants)
        and other.sentence == frame.sentence
        for other in frames[:position]
    )


def _from_the_sentence(doc: Document, frames: tuple[Frame, ...], position: int) -> tuple[int, ...]:
    """The people of another frame of the same sentence, for a frame that names no one.

    A request or possible penalty takes the next frame's people first ("Prosecutors had sought
    nine years, but the judge handed X seven"); anything else the previous frame's ("cut from
    nine years to seven", "sentenced to five years (the prosecution had requested six)"). A
    clause after a semicolon is of the sentence before it ("X was sentenced to six years;
    prosecutors had sought eight").
    """
    frame = frames[position]

    def joined(other: tuple[int, int]) -> bool:
        if other == frame.sentence:
            return True
        first, second = sorted((other, frame.sentence))
        between = doc.masked[first[1] : second[0]]
        return (
            first[1] <= second[0]
            and not between.strip(" ;")
            and doc.masked[first[0] : second[0]].rstrip().endswith(";")
        )

    same = [
        (other, index)
        for index, other in enumerate(frames)
        if other.defendants and index != position and joined(other.sentence)
    ]
    before = [other for other, index in reversed(same) if index < position]
    after = [other for other, index in same if index > position]
    wanted = frame.request or frame.penalties[0].value.status is not Status.IMPOSED
    for other in [*after, *before] if wanted else [*before, *after]:
        return other.defendants
    return ()


def _verdict_next(
    doc: Document, entities: tuple[Entity, ...], frames: tuple[Frame, ...], position: int
) -> tuple[int, ...]:
    """The people of the verdict that follows a request naming no one, sentence by sentence.

    "The prosecutor asked for seven years. The court sentenced X to six" gives X both, where
    no verdict stands in the sentence before the request and X was mentioned before it
    ("Prosecutors had asked for 11 years. Two of his subordinates were each jailed for six
    years" is not the subordinates' request).
    """
    frame = frames[position]
    if not frame.request:
        return ()
    text = doc.masked
    start, end = frame.sentence
    before = frames[position - 1] if position else None
    if before is not None and not text[before.sentence[1] : start].strip():
        return ()  # "X got six years. Prosecutors had asked for seven": X's, as the last named
    after = frames[position + 1] if position + 1 < len(frames) else None
    if (
        after is None
        or after.request
        or not after.defendants
        or after.penalties[0].value.status is not Status.IMPOSED
        or text[end : after.sentence[0]].strip()
        or text[end : after.sentence[0]].count("\n") > 1
        or any(entities[index].first >= start for index in after.defendants)
    ):
        return ()
    return after.defendants


def _salient(
    doc: Document, entities: tuple[Entity, ...], tried_at: dict[int, int], start: int
) -> int | None:
    """The defendant the article is talking about at ``start``: the last one mentioned.

    Named people count whenever mentioned, but for one never reported tried whose last
    mention speaks ("her sister, X, told RFE/RL. Prosecutors had demanded 10 years."); groups
    only once reported tried. Of two last seen at one mention ("в них", read as both), the one
    named later.
    """
    grammar = _grammar(doc.language)
    best: tuple[int, int] | None = None
    for index, entity in enumerate(entities):
        if entity.excluded:
            continue
        tried = index in tried_at and tried_at[index] < start
        if entity.name is None and not tried:
            continue
        last = entity.last_seen_before(start)
        if (
            last is not None
            and not tried
            and (
                _speaks(doc, grammar, last)
                or grammar.apposed_owner.search(doc.masked, max(0, last - 80), last)
            )
        ):
            continue  # one who speaks, or whose kin is spoken of: "X, the sister of Y"
        if last is not None and start - last < _SALIENCE and (best is None or last >= best[0]):
            best = (last, index)
    return None if best is None else best[1]


def _speaks(doc: Document, grammar: _Grammar, position: int) -> bool:
    """Whether the name at ``position`` is a speaker's: "X told", "сказала X"."""
    text = doc.masked
    return bool(
        grammar.speaking_after.match(text, position, position + 80)
        or grammar.speaking_before.search(text, max(0, position - 60), position)
    )


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


def _named_next(
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
            if after[0] <= following[0] or any(a.sentence == after for a in assignments):
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


def _to_the_named(
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
    grammar = _grammar(doc.language)
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
            rest = _the_rest(doc, grammar, chains, assignments, start)
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
            members = _last_counted(entities, result, assignment)
        if not members:
            result.append(assignment)
            continue
        result.extend(attrs.evolve(assignment, entity=index) for index in members)
    return result


def _the_rest(
    doc: Document, grammar: _Grammar, chains: Chains, assignments: list[Assignment], start: int
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


def _the_rest_counted(
    entities: tuple[Entity, ...], assignments: list[Assignment]
) -> dict[int, int]:
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


def _last_counted(
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


def _the_same(
    doc: Document, grammar: _Grammar, chains: Chains, assignments: list[Assignment]
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


def _without_summaries(
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


def _group_named_later(
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


def _described_then_named(
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
