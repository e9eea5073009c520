"""The defendant records of a case: names, ages, roles, charges and penalties, with evidence."""

from __future__ import annotations

import itertools

import attrs
import regex

from kzjustice._doc import Document
from kzjustice._text import compile_lazily
from kzjustice.cases.trials import Trial
from kzjustice.chains import name_value
from kzjustice.entities import Chains, Entity
from kzjustice.models import AgeRange, Case, Charge, Defendant, Found, Kind, Sentence, Span, Status


@attrs.define
class Learned:
    """What the pass learns of one defendant: trial, charges, penalties."""

    case: Trial | None = None
    charges: list[tuple[Charge, Span]] = attrs.Factory(list)
    sentences: list[Found[Sentence]] = attrs.Factory(list)
    same_charge: bool = False  # "convicted on the same charges" as someone else
    tried: bool = False  # reported tried, charged, convicted or acquitted


def case_records(doc: Document, chains: Chains, people: dict[int, Learned]) -> tuple[Case, ...]:
    """The records of each case and its defendants, in order of first mention.

    Co-defendants share the charges of a group tried with them, or of anyone when the article
    says "on the same charges"; a person's own charges are their own.
    """
    entities = chains.entities
    kept = [
        index
        for index, person in people.items()
        if person.case is not None
        and (
            person.sentences or (entities[index].name is not None and not entities[index].excluded)
        )
    ]
    grouped: dict[int, list[int]] = {}
    order: list[Trial] = []
    for index in sorted(kept, key=lambda i: entities[i].first):
        case = people[index].case
        assert case is not None
        if id(case) not in grouped:
            grouped[id(case)] = []
            order.append(case)
        grouped[id(case)].append(index)
    cases = []
    for case in order:
        members = grouped[id(case)]
        from_group = next(
            (people[m].charges for m in members if people[m].charges and entities[m].name is None),
            [],
        )
        from_anyone = next((people[m].charges for m in members if people[m].charges), [])
        for member in members:
            person = people[member]
            if not person.charges:
                same = person.same_charge or case.same_charge
                person.charges = list(from_anyone if same else from_group)
        cases.append(
            Case(
                court=_found_str(doc, case.court),
                place=_found_str(doc, case.place),
                date=doc.reslice(case.date) if case.date else None,
                defendants=tuple(
                    d
                    for entity, person in _coordinated(
                        doc, [(entities[m], people[m]) for m in members]
                    )
                    for d in _defendants(doc, entity, person)
                ),
            )
        )
    return tuple(cases)


# A mention and the words between it and the next one listed with it: "Экс-чиновник и "
_COORDINATED = compile_lazily(
    r"[^\n.;:!?,]{1,60}?(?:\s*,?\s+(?:and|и)\s+|\s*,\s*)", regex.IGNORECASE
)


def _coordinated(
    doc: Document, members: list[tuple[Entity, Learned]]
) -> list[tuple[Entity, Learned]]:
    """Unnamed people named side by side with one shared outcome, as one group.

    "A former official and a businessman were each jailed for seven years", "Экс-чиновник и
    бизнесмен получили по семь лет" are a group of two, given one penalty (CONVENTIONS: a group
    penalty is one entry for the group); the phrases that list them, together, are the group's,
    and their ages, read there, its age range ("23-летнего студента и 41-летнего водителя").
    People given anything apart, or of whom only some have an age, stay apart.
    """
    merged: list[tuple[Entity, Learned]] = []
    for entity, person in members:
        last, shared = merged[-1] if merged else (None, None)
        if (
            last is not None
            and shared is not None
            and last.group is not None
            and entity.group is not None
            and last.name is None
            and entity.name is None
            and person.sentences
            and person.sentences == shared.sentences
            and person.charges == shared.charges
            and (start := _listed_before(doc, last, entity.group.start)) is not None
        ):
            span = Span(start, entity.group.end)
            ages = _ages(last, span) + _ages(entity, span)
            if not (last.age or last.age_range or entity.age or entity.age_range) or ages:
                merged[-1] = (
                    attrs.evolve(
                        last,
                        group=span,
                        count=(
                            None
                            if last.count is None or entity.count is None
                            else last.count + entity.count
                        ),
                        age=None,
                        age_range=(AgeRange(low=min(ages), high=max(ages)), span) if ages else None,
                        role=None,
                    ),
                    shared,
                )
                continue
        merged.append((entity, person))
    return merged


def _listed_before(doc: Document, entity: Entity, position: int) -> int | None:
    """Where ``entity`` is mentioned just before ``position``, listed with what stands there.

    Its own phrase, or a later mention of it: "Экс-чиновник и бизнесмен" after "бывшему
    руководителю отдела".
    """
    assert entity.group is not None
    for start in sorted({entity.group.start, *entity.seen}, reverse=True):
        if start < position:
            return start if _COORDINATED.fullmatch(doc.masked, start, position) else None
    return None


def _ages(entity: Entity, span: Span) -> tuple[int, ...]:
    """The ages an entity's age or age range gives, where read inside ``span``; else none."""
    if entity.age is not None and span.start <= entity.age[1].start <= span.end:
        return (entity.age[0],)
    if entity.age_range is not None and span.start <= entity.age_range[1].start <= span.end:
        return (entity.age_range[0].low, entity.age_range[0].high)
    return ()


_LISTED_TERMS = regex.compile(r"\s*(?:,|и|and|or|или|[\u2013\u2014-])?\s*", regex.IGNORECASE)


def _defendants(doc: Document, entity: Entity, person: Learned) -> list[Defendant]:
    """One record, or one a person of an unnamed group given as many terms in one list.

    "Two more men received 25 and 22 years" are a man given 25 years and one given 22; "two
    residents ... sentenced them to 6 and 7 years ... banned from hunting for 7 and 8 years,
    respectively" a man given 6 and 7 years, one given 7 and 8.
    """
    found = sorted(person.sentences, key=lambda s: s.span.start)
    lists: dict[tuple[Kind, Status], list[Found[Sentence]]] = {}
    for sentence in found:
        lists.setdefault((sentence.value.kind, sentence.value.status), []).append(sentence)
    count = entity.count
    if (
        entity.name is None
        and count is not None
        and count > 1
        and all(
            len(listed) == count
            and len({s.value.term for s in listed}) == count
            and all(
                _LISTED_TERMS.fullmatch(doc.text, a.span.end, b.span.start)
                for a, b in itertools.pairwise(listed)
            )
            for listed in lists.values()
        )
    ):
        return [
            _defendant(doc, entity, person, tuple(sorted(own, key=lambda s: s.span.start)), 1)
            for own in zip(*lists.values(), strict=True)
        ]
    return [_defendant(doc, entity, person, tuple(found), count)]


def _defendant(
    doc: Document,
    entity: Entity,
    person: Learned,
    sentences: tuple[Found[Sentence], ...],
    count: int | None,
) -> Defendant:
    return Defendant(
        count=count,
        name=(
            None
            if entity.name is None
            else doc.evidence(name_value(doc, entity.name, entity.gender), entity.name)
        ),
        group=_found_str(doc, entity.group),
        age=doc.evidence(*entity.age) if entity.age else None,
        age_range=doc.evidence(*entity.age_range) if entity.age_range else None,
        role=_found_str(doc, entity.role),
        charges=tuple(doc.evidence(charge, span) for charge, span in person.charges),
        sentences=tuple(doc.reslice(s) for s in sentences),
    )


def _found_str(doc: Document, span: Span | None) -> Found[str] | None:
    return None if span is None else doc.found(span)


def charges_match(a: Charge, b: Charge) -> bool:
    """Whether two charges are one: the same statute, or the same words."""
    return (a.key is not None and a.key == b.key) or a.text.lower() == b.text.lower()
