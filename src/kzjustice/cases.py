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
"""

from __future__ import annotations

import bisect
import functools
import itertools
from collections.abc import Callable

import attrs
import regex

from kzjustice._doc import Document
from kzjustice._text import compile_lazily
from kzjustice.chains import name_value
from kzjustice.charging import charges_in, same_charge
from kzjustice.distribute import Assignment, Distribution
from kzjustice.entities import Chains, Entity
from kzjustice.frames import Tried
from kzjustice.lexicon import Lexicon, stage_grammar
from kzjustice.models import (
    AgeRange,
    Case,
    Charge,
    DateValue,
    Defendant,
    Found,
    Kind,
    Sentence,
    Span,
    Status,
)

__all__ = ["Trial", "Trials", "build_cases"]


"""Words of a verdict: a sentence with one may give a case its court, place and date."""
"""Words of a trial: a sentence with one may give a case its court and place, not a date."""


@attrs.frozen
class _Grammar:
    """The patterns and word classes one language's cases are read with."""

    words: Lexicon
    new_case: regex.Pattern[str]  # a sentence opening another case: "In a separate trial, ..."
    verdict: regex.Pattern[str]  # "sentenced", "found ... guilty"
    trial: regex.Pattern[str]  # "trial", "tried", "proceedings"
    court: regex.Pattern[str]  # a named court, with its place
    place: regex.Pattern[str]  # "the trial in Taraz", "the city of Aktobe"
    place_lead: regex.Pattern[str]  # "In Shymkent, ..." at a sentence's start
    future_trial: regex.Pattern[str]  # "is due to go on trial"
    hypothetical: regex.Pattern[str]  # words making a court one only anticipated
    subordinate: regex.Pattern[str]  # a clause a date may stand in that is not the verdict's
    opening_date: regex.Pattern[str]  # the words before a date opening a sentence: "On"
    court_kind: Callable[[str], str]  # "the Almaty city court" -> "regional"


@functools.cache
def _grammar(language: str) -> _Grammar:
    return stage_grammar(_Grammar, language, "verdicts", "cases_grammar")


@attrs.define(eq=False)
class Trial:
    """One trial as the article tells it, filled in as the reading goes."""

    court: Span | None = None
    place: Span | None = None
    date: Found[DateValue] | None = None
    place_from_court: bool = False  # "Almaty district court": the place is in its name
    future: bool = False  # a trial still to come: "three activists are set to go on trial"
    same_charge: bool = False  # the article says its defendants faced the same charges


class Trials:
    """The trials of one article: the current one, and those defendants were given to."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.grammar = _grammar(doc.language)
        self.cases: list[Trial] = []
        self.context = Trial()  # the court, place and date the article is talking about
        self.context_set_at = -1  # the sentence that last named them

    def update(self, start: int, end: int) -> None:
        """Take the court, place or verdict date a sentence names as the current context."""
        text = self.doc.masked
        court = self.grammar.court.search(text, start, end)
        if court is not None and self.grammar.hypothetical.search(text, start, court.start()):
            court = None  # "the family would ask the Supreme Court to review the case"
        place = self.grammar.place.search(text, start, end) or self.grammar.place_lead.match(
            text, start, end
        )
        new_case = self.grammar.new_case.match(text, start, end)
        verdict = self.grammar.verdict.search(text, start, end)
        if not new_case and not verdict and not self.grammar.trial.search(text, start, end):
            return  # "prosecutors asked the appeal court": no trial of its own
        if not (court or place or new_case):
            return
        found = Trial(future=self.grammar.future_trial.search(text, start, end) is not None)
        if court:
            found.court = Span(*court.span("court"))
            place_group = next(
                (g for g in ("place", "named") if court[g] and not self._is_country(court[g])), None
            )
            if place_group is not None:
                found.place = Span(*court.span(place_group))
            else:
                first = court["court"].split()[0]
                if first[0].isupper() and self._is_place_word(first):
                    found.place = Span(court.start("court"), court.start("court") + len(first))
                    found.place_from_court = True
        if (
            place
            and (found.place is None or found.place_from_court)
            and not self._is_country(place["place"])
        ):
            found.place_from_court = False
            found.place = Span(*place.span("place"))
        anchor = court or place
        if anchor is not None and verdict:
            date = self.nearest_date(start, end, anchor.start(), main_clause=True)
            if date is not None and near(date.span, Span(*anchor.span())):
                found.date = date
        current = self.context
        self.context_set_at = start
        if new_case or self._conflicts(found, current):
            self.context = found
            return
        if found.court is not None and (current.court is None or _generic(text, current.court)):
            current.court = found.court
        current.place = current.place or found.place
        current.date = current.date or found.date

    def _conflicts(self, found: Trial, current: Trial) -> bool:
        text = self.doc.masked
        if current.future and not found.future and found.date is not None:
            return True  # a verdict told after a trial still to come is another trial's
        if (
            found.court
            and current.court
            and _text_of(text, found.court) != _text_of(text, current.court)
        ):
            generic = _generic(text, found.court) or _generic(text, current.court)
            if not (generic and self._court_type(found.court) == self._court_type(current.court)):
                return True
        places = (None, None) if found.place_from_court else (found.place, current.place)
        for mine, theirs in (places, (found.date, current.date)):
            if (
                mine is not None
                and theirs is not None
                and _text_of(text, mine) != _text_of(text, theirs)
            ):
                return True
        return False

    def nearest_date(
        self, start: int, end: int, anchor: int, *, main_clause: bool = False
    ) -> Found[DateValue] | None:
        """The date of sentence ``[start, end)`` nearest ``anchor``.

        With ``main_clause``, not one in a relative or adverbial clause.
        """
        doc = self.doc
        low = bisect.bisect_left(doc.date_starts, start)
        high = bisect.bisect_left(doc.date_starts, end)
        candidates = [
            d
            for d in doc.dates[low:high]
            if not (
                main_clause
                and self.grammar.subordinate.search(
                    doc.masked, max(start, d.span.start - 100), d.span.start
                )
            )
        ]  # a court's date is not "who launched the site in 2016", "where 21 people died in"
        if not candidates:
            return None
        return min(candidates, key=lambda d: abs(d.span.start - anchor))

    def other_trial(self, start: int, end: int, penalty: Found[Sentence]) -> Trial | None:
        """A trial of its own for a penalty told beside a date that is not the current trial's.

        "such as the 17-year sentence handed to X in November 2022": another trial.
        """
        date = self.nearest_date(start, end, penalty.span.start)
        current = self.context.date
        if (
            date is None
            or not near(date.span, penalty.span)
            or current is None
            or date.value == current.value
            or self.context_set_at == start  # not the verdict this sentence tells
        ):
            return None
        trial = Trial(date=date)
        self.cases.append(trial)
        return trial

    def verdict_date(
        self, start: int, end: int, penalty: Found[Sentence]
    ) -> Found[DateValue] | None:
        """The date a sentence gives a penalty's verdict.

        "sentenced him to six years on November 16", "On 16.04.2024 ...".
        """
        date = self.nearest_date(start, end, penalty.span.start)
        if date is None:
            return None
        opening = self.grammar.opening_date.match(self.doc.masked, start, end)
        if near(date.span, penalty.span) or (
            opening is not None and date.span.start == opening.end()
        ):
            return date
        return None

    def _court_type(self, span: Span) -> str:
        """The kind of court: "regional", "district"; an appeals court is a regional one."""
        return self.grammar.court_kind(self.doc.masked[span.start : span.end])

    def _is_country(self, word: str) -> bool:
        return word.lower().rstrip("'s") in self.grammar.words.countries

    def _is_place_word(self, word: str) -> bool:
        return word.lower() not in self.grammar.words.court_types and not word.isupper()

    def case_for(self) -> Trial:
        """The case a newly tried person belongs to: the current one, or a new one."""
        context = self.context
        if not self.cases or (self.cases[-1] is not context and context not in self.cases):
            self.cases.append(context)
        return self.cases[-1] if context in self.cases else context


@attrs.define
class _Defendant:
    """What the pass learns of one defendant: trial, charges, penalties."""

    case: Trial | None = None
    charges: list[tuple[Charge, Span]] = attrs.Factory(list)
    sentences: list[Found[Sentence]] = attrs.Factory(list)
    same_charge: bool = False  # "convicted on the same charges" as someone else
    tried: bool = False  # reported tried, charged, convicted or acquitted


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
    people: dict[int, _Defendant] = {}
    by_sentence: dict[tuple[int, int], list[Tried | Assignment]] = {}
    events: list[Tried | Assignment] = [*tried, *distribution.assignments]
    for event in events:
        by_sentence.setdefault(event.sentence, []).append(event)
    for start, end in doc.body_sentences:
        trials.update(start, end)
        linked: list[tuple[int, int]] = []
        for event in by_sentence.get((start, end), []):
            person = people.setdefault(event.entity, _Defendant())
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
            if not any(_same_charge(c, charge) for c, _ in person.charges):
                person.charges.append((charge, span))
    _restated(doc, trials.grammar, chains.entities, people)
    return _records(doc, chains, people)


def _restated(
    doc: Document, grammar: _Grammar, entities: tuple[Entity, ...], people: dict[int, _Defendant]
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
    grammar: _Grammar,
    people: dict[int, _Defendant],
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
    people: dict[int, _Defendant], index: int, entities: tuple[Entity, ...]
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
    people: dict[int, _Defendant],
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
    named = people.setdefault(other, _Defendant(case=person.case))
    del people[index]
    if taking:
        kept = [
            s
            for s in named.sentences
            if not any(_restates(s.value, mine.value) for mine in person.sentences)
        ]
        named.sentences = sorted([*kept, *person.sentences], key=lambda s: s.span.start)
    for charge, span in person.charges:
        if not any(_same_charge(c, charge) for c, _ in named.charges):
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


def _records(doc: Document, chains: Chains, people: dict[int, _Defendant]) -> tuple[Case, ...]:
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
    doc: Document, members: list[tuple[Entity, _Defendant]]
) -> list[tuple[Entity, _Defendant]]:
    """Unnamed people named side by side with one shared outcome, as one group.

    "A former official and a businessman were each jailed for seven years", "Экс-чиновник и
    бизнесмен получили по семь лет" are a group of two, given one penalty (CONVENTIONS: a group
    penalty is one entry for the group); the phrases that list them, together, are the group's,
    and their ages, read there, its age range ("23-летнего студента и 41-летнего водителя").
    People given anything apart, or of whom only some have an age, stay apart.
    """
    merged: list[tuple[Entity, _Defendant]] = []
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


def _defendants(doc: Document, entity: Entity, person: _Defendant) -> list[Defendant]:
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
    person: _Defendant,
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


def _same_charge(a: Charge, b: Charge) -> bool:
    return (a.key is not None and a.key == b.key) or a.text.lower() == b.text.lower()


def near(one: Span, other: Span) -> bool:
    """Whether two spans stand within a short clause of each other."""
    return max(one.start, other.start) - min(one.end, other.end) < 60


def _generic(text: str, span: Span) -> bool:
    return not any(word[0].isupper() for word in text[span.start : span.end].split()[:-1])


def _text_of(text: str, item: Span | Found[DateValue]) -> str:
    span = item.span if isinstance(item, Found) else item
    return text[span.start : span.end].lower()
