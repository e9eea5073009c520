"""Cases: which trial each defendant belongs to, with its court, place and verdict date.

Requires: the document (body sentences, dates). Assigns: the trial the article is talking
about at each sentence, and, at the end, the ``Case`` records with their defendants.

A sentence with a verdict or trial word may name a court ("the Zhambyl regional court"), a place
("in the southern Kazakh city of Taraz", "In Shymkent, ...") and the verdict's date. A new
trial begins with a new-case phrase ("In another relatively recent trial", "Separately,") or
with a court, place or date that differs from the current one; otherwise the sentence fills in
what the current trial lacks ("a district court" becomes "the Al-Farabi district court"). A
court only anticipated ("would ask the Supreme Court") changes nothing. An unnamed person whose
every penalty the one named person of their trial is given later or earlier is that person: a
summary lead ("sentenced a conscript to five years", then "sentenced Omarov to five years").

``trials`` follows the trial the article is talking about, sentence by sentence; ``defendants``
builds the records of the people given a penalty or reported tried.
"""

from __future__ import annotations

import bisect

import attrs

from kzjustice._doc import Document
from kzjustice._text import compile_lazily
from kzjustice.cases.defendants import Learned, case_records, charges_match
from kzjustice.cases.trials import Grammar, Trial, Trials
from kzjustice.charging import charges_in, same_charge
from kzjustice.distribute import Assignment, Distribution
from kzjustice.entities import Chains, Entity
from kzjustice.frames import Tried
from kzjustice.lexicon import Lexicon
from kzjustice.models import Case, Kind, Sentence, Span, Status

__all__ = ["Grammar", "Trial", "Trials", "build_cases"]


"""Words of a verdict: a sentence with one may give a case its court, place and date."""
"""Words of a trial: a sentence with one may give a case its court and place, not a date."""


def build_cases(
    doc: Document, chains: Chains, tried: tuple[Tried, ...], distribution: Distribution
) -> tuple[Case, ...]:
    """The cases, each with its defendants in order of first mention."""
    trials = Trials(doc)
    if distribution.counts:  # a group less its named members
        entities = tuple(
            attrs.evolve(e, count=distribution.counts[i]) if i in distribution.counts else e
            for i, e in enumerate(chains.entities)
        )
        chains = attrs.evolve(chains, entities=entities)
    people: dict[int, Learned] = {}
    by_sentence: dict[tuple[int, int], list[Tried | Assignment]] = {}
    events: list[Tried | Assignment] = [*tried, *distribution.assignments]
    for event in events:
        by_sentence.setdefault(event.sentence, []).append(event)
    for start, end in doc.body_sentences:
        trials.update(start, end)
        linked: list[tuple[int, int]] = []
        for event in by_sentence.get((start, end), []):
            person = people.setdefault(event.entity, Learned())
            if isinstance(event, Tried):
                person.case = person.case or trials.case_for()
                person.tried = True
                linked.append((event.position, event.entity))
                continue
            penalty = event.penalty
            imposed = penalty.value.status is Status.IMPOSED
            if person.case is None and imposed:
                person.case = trials.other_trial(start, end, penalty)
            person.case = person.case or trials.case_for()
            seen = chains.entities[event.entity].seen
            first = next((s for s in seen if s >= start), penalty.span.start)
            linked.append((min(first, penalty.span.start), event.entity))
            if person.case.date is None and imposed:
                person.case.date = trials.verdict_date(start, end, penalty)
            person.sentences.append(penalty)
        same = same_charge(doc, start, end)
        for _, index in linked:
            person = people[index]
            person.same_charge = person.same_charge or same
            if same and person.case is not None:
                person.case.same_charge = True  # "tried alongside him on the same charges"
        for index, charge, span in charges_in(doc, start, end, linked):
            person = people[index]
            if not any(charges_match(c, charge) for c, _ in person.charges):
                person.charges.append((charge, span))
    _restated(doc, trials.grammar, chains.entities, people)
    return case_records(doc, chains, people)


def _restated(
    doc: Document, grammar: Grammar, entities: tuple[Entity, ...], people: dict[int, Learned]
) -> None:
    """Merge an unnamed person into the one named person of their case given each penalty.

    "An investigative journalist was sentenced to six years" in a lead, then "Journalist X was
    sentenced to six years": the journalist is X, where X is in the same case and is the only
    one named there given each of the journalist's penalties, in another sentence; not where
    they are given in one sentence ("X and a colleague were each jailed for six years"), nor to
    one of another gender. The unnamed person is described by a noun, not a count alone ("one
    was sentenced"), and as no one's relation ("his predecessor").
    """
    starts = [start for start, _ in doc.body_sentences]

    def sentence(span: Span) -> int:
        return bisect.bisect_right(starts, span.start)

    for index, person in list(people.items()):
        entity = entities[index]
        if (
            not person.sentences
            or entity.name is not None
            or entity.count != 1
            or entity.excluded
            or entity.others
            or not _described(doc, grammar.words, entity)
        ):
            continue
        matches: set[int] = set()
        for mine in person.sentences:
            given = {
                other: [s for s in people[other].sentences if _restates(mine.value, s.value)]
                for other, named in people.items()
                if named.case is person.case
                and entities[other].name is not None
                and not entities[other].excluded
            }
            given = {other: found for other, found in given.items() if found}
            if len(given) != 1 or any(
                sentence(s.span) == sentence(mine.span) for found in given.values() for s in found
            ):
                break
            matches.update(given)
        else:
            if len(matches) != 1:
                continue
            _merge(people, index, matches.pop(), entities, taking=False)
            continue
        other = _named_later(people, index, entities)
        if other is None:
            other = _protagonist(doc, grammar, people, index, entities)
        if other is not None:
            _merge(people, index, other, entities, taking=True)


def _protagonist(
    doc: Document,
    grammar: Grammar,
    people: dict[int, Learned],
    index: int,
    entities: tuple[Entity, ...],
) -> int | None:
    """The person an article is about, given nothing, whom an unnamed lead person is.

    "A former government official has been sentenced to 24 years", then "Kuandyk Bishimbayev,
    the former economy minister, maintained his innocence" and his name on and on: the one
    named person the article mentions most (at least three times, more than anyone else named),
    first after the sentence of the lead's penalty, of a known gender (a person, not "the Red
    Book"), given nothing, no judge, lawyer or victim, and mentioned in a sentence that speaks
    of a verdict or a trial ("Bishimbayev's trial was streamed").
    """
    person = people[index]
    named = sorted(
        (len(e.seen), i) for i, e in enumerate(entities) if e.name is not None and not e.excluded
    )
    if not named or named[-1][0] < 3 or (len(named) > 1 and named[-2][0] == named[-1][0]):
        return None
    other = named[-1][1]
    lead = doc.sentences.around(person.sentences[0].span.start)
    if other in people or entities[other].gender is None or entities[other].first < lead[1]:
        return None  # "fined a resident for a complaint against President X": not X
    for position in entities[other].seen:
        start, end = doc.sentences.around(position)
        if grammar.verdict.search(doc.masked, start, end) or grammar.trial.search(
            doc.masked, start, end
        ):
            return other
    return None


def _named_later(
    people: dict[int, Learned], index: int, entities: tuple[Entity, ...]
) -> int | None:
    """The one named person an unnamed one given penalties before is, if the case says so.

    "A court sentenced a nephew of the former president to six years", then "Kairat Satybaldy
    ... was found guilty": where the case has one named defendant, first mentioned after the
    unnamed person's first penalty, and the only unnamed person with penalties there; the named
    one is reported tried or given one of those kinds of penalty without a term or sum
    ("received his sentence"), and no penalty of the same status with one.
    """
    person = people[index]
    named = [
        other
        for other, them in people.items()
        if them.case is person.case and entities[other].name is not None
    ]
    unnamed = [
        other
        for other, them in people.items()
        if them.case is person.case and entities[other].name is None and them.sentences
    ]
    if len(named) != 1 or unnamed != [index]:
        return None
    other = named[0]
    if entities[other].first < person.sentences[0].span.end:
        return None  # "The son of former minister X was jailed": X is named before the term
    statuses = {s.value.status for s in person.sentences}
    if any(
        (s.value.term or s.value.fine)
        and s.value.status in statuses
        and s.value.kind is not Kind.BAN
        for s in people[other].sentences
    ):
        return None  # "Полицейского осудили на 3,5 года условно. До этого суд приговорил X к
        # 16 годам": X has a penalty of their own (a ban goes beside one: not of their own)
    kinds = {(s.value.kind, s.value.status): s.value for s in people[other].sentences}
    restated = [kinds.get((s.value.kind, s.value.status)) for s in person.sentences]
    return other if people[other].tried or any(restated) else None


def _merge(
    people: dict[int, Learned],
    index: int,
    other: int,
    entities: tuple[Entity, ...],
    *,
    taking: bool,
) -> None:
    """Merge the unnamed person ``index`` into the named ``other``, unless of another gender.

    ``taking``: the named person takes the unnamed one's penalties, in place of those they are
    given without a term ("received his sentence"); one given nothing before becomes a
    defendant of the unnamed one's case.
    """
    person = people[index]
    gender = entities[other].gender
    if entities[index].gender and gender and entities[index].gender != gender:
        return  # "a woman was jailed", then a man given the same term
    named = people.setdefault(other, Learned(case=person.case))
    del people[index]
    if taking:
        kept = [
            s
            for s in named.sentences
            if not any(_restates(s.value, mine.value) for mine in person.sentences)
        ]
        named.sentences = sorted([*kept, *person.sentences], key=lambda s: s.span.start)
    for charge, span in person.charges:
        if not any(charges_match(c, charge) for c, _ in named.charges):
            named.charges.append((charge, span))
    named.charges.sort(key=lambda found: found[1].start)


def _restates(lead: Sentence, later: Sentence) -> bool:
    """Whether a penalty restates one given later: the same, or the same with no term."""
    same = (lead.kind, lead.status, lead.fine) == (later.kind, later.status, later.fine)
    return same and lead.term in (None, later.term)


_WORD = compile_lazily(r"\w[\w-]*")


def _described(doc: Document, words: Lexicon, entity: Entity) -> bool:
    """Whether an unnamed person is described by a noun, and as no one's."""
    if entity.group is None:
        return False
    found = _WORD.findall(doc.lower, entity.group.start, entity.group.end)
    return (
        bool(found)
        and found[0] not in words.pronouns_possessive
        and any(word in words.person_nouns for word in found)
    )
