"""Verdict frames: whose penalty each penalty is, read sentence by sentence.

Requires: the document, its mentions, the people (``chains``) and the trials (``cases``).
Assigns: each penalty to the person or group it applies to, or to the laws; each person
reported tried to a trial; each charge to its person (``charging``).

A penalty goes to, in order: the people "respectively" pairs it with; the person after "handed
to", "for" or a verb in the penalty ("acquitted X"); the nearest person before it in its clause
("Zlunyaev was sentenced to six years", "the court sentenced Akhmetov to six years"); the
person of the penalty before it ("sentenced to five years (the prosecution had requested
six)"); else, for a penalty the law provides, the laws; else the defendant the article is
talking about. A penalty with a figure as its subject ("fewer than 20 officers have been
imprisoned") goes to no one.
"""

from __future__ import annotations

import bisect

import regex

from kzjustice._doc import Document
from kzjustice._text import compile_lazily
from kzjustice.cases import Trial, Trials, near
from kzjustice.chains import People, Person
from kzjustice.charging import give_charges
from kzjustice.mentions import Mention, Mentions
from kzjustice.models import Found, Sentence, Status

__all__ = ["read"]

_FLAGS = regex.VERBOSE | regex.IGNORECASE

_TRIAL_VERBS = compile_lazily(
    r"""\b (?: convicted | found (?= \s+ (?: [^.;]{0,80}? \s )?? guilty \b ) | sentenced | jailed
             | charged | accused | tried
             | prosecuted | acquitted | on \s+ trial | stands? \s+ trial | indicted
             | faces? \s+ charges | in \s+ the \s+ dock | defendant | alleged \s+ to
             | accusations ) \b""",
    _FLAGS,
)
_LAW_CONTEXT = compile_lazily(
    r"""\b (?: punishable | under \s+ (?: kazakh \s+ )? law | the \s+ law | criminal \s+ code
             | article \s+ \d+ | carries | provides \s+ for | statute ) \b""",
    _FLAGS,
)
# A statement of the law just before a penalty: the law, not a defendant, is its subject.
_LAW_STATEMENT = compile_lazily(
    r"""(?r) \b (?: law | article | code | statute | offen[cs]e | crime ) \b [^.;]{0,80}
        \b (?: provides? \s+ for | carr(?:y|ies) | envisages? | stipulates? | prescribes?
             | punishable ) \b [^.;]{0,40} \Z""",
    _FLAGS,
)
# A figure as the subject of a penalty: a statistic, not a defendant to give it to.
_EXCLUDED_SUBJECT = compile_lazily(
    r"""\b (?: (?: fewer | more | less ) \s+ than | at \s+ least | nearly | almost | some )
        \s+ [0-9][0-9,]* \s+ (?: [\w-]+ \s+ ){1,2} (?: have | has | had | were ) \b""",
    _FLAGS,
)
_FOR_AFTER = compile_lazily(
    r"""\s* (?: (?: handed | given | imposed | passed ) (?: \s+ down )? \s+ )?
        (?: to | for | on | of ) \s+""",
    regex.VERBOSE,
)
_RESPECTIVELY = compile_lazily(r"\b respectively \b", _FLAGS)
_OBJECT_GAP = compile_lazily(
    r"""\s* (?: (?: the | a | an | his | her ) \s+ [^,.;]{0,60} , \s*
             | (?: (?: the | a | an ) \s+ )? (?: [a-z][\w-]* \s+ ){0,2} )?""",
    regex.VERBOSE,
)  # "acquitted a former police investigator, Marat Zhumabayev", "handed to entrepreneur X"
_VERB_ANCHOR = compile_lazily(r"acquitted | jailed | imprisoned | fined", _FLAGS)
_SUBJECT_GAP = compile_lazily(
    r"""(?: \s* , \s* [^,.;]{1,160} (?= , ) ){0,3} \s* ,? \s*   # ", 51, who headed ... time,"
        (?: (?: has | have | had | been | was | were | is | are | also | later | then | not
              | already | since | subsequently | reportedly | both | each | all | due | to | go
              | goes | set | expected | scheduled ) \s+ ){0,6}""",
    _FLAGS,
)


class _Reading:
    """The one left-to-right pass over the body's sentences."""

    def __init__(self, doc: Document, mentions: Mentions, people: People, trials: Trials):
        self.doc = doc
        self.mentions = mentions
        self.people = people
        self.trials = trials
        self.laws: list[Found[Sentence]] = []

    def read(self) -> None:
        penalties = iter(self.doc.penalties)
        pending = next(penalties, None)
        for sentence_start, sentence_end in self.doc.body_sentences:
            self.trials.update(sentence_start, sentence_end)
            linked = self._tried_in(sentence_start, sentence_end)
            for _, person in linked:
                self._try(person, sentence_start)
            in_sentence: list[Found[Sentence]] = []
            while pending is not None and pending.span.start < sentence_end:
                if pending.span.start >= sentence_start:
                    in_sentence.append(pending)
                pending = next(penalties, None)
            linked += self._sentence_penalties(in_sentence, sentence_start, sentence_end)
            give_charges(self.doc, sentence_start, sentence_end, linked)

    def _tried_in(self, start: int, end: int) -> list[tuple[int, Person]]:
        """The people a sentence reports as tried, charged or convicted, with where."""
        found: list[tuple[int, Person]] = []
        for verb in _TRIAL_VERBS.finditer(self.doc.masked, start, end):
            mention = self._mention_next_to(verb.start(), verb.end(), start, end)
            if mention is None:
                continue
            person = self.people.person_of(mention)
            people = [person] if person is not None else self.people.pair(mention)
            for person in people:
                if all(person is not p for _, p in found):
                    found.append((mention.span.start, person))
        return found

    def _mention_next_to(
        self, verb_start: int, verb_end: int, start: int, end: int
    ) -> Mention | None:
        """The subject just before a verb ("X was convicted") or its object after it."""
        items, starts, text = self.mentions.items, self.mentions.starts, self.doc.masked
        index = bisect.bisect_left(starts, verb_end)
        for mention in items[index : index + 2]:
            gap = text[verb_end : mention.span.start]
            if mention.span.start < end and _OBJECT_GAP.fullmatch(gap):
                return mention
        index = bisect.bisect_left(starts, verb_start)
        for mention in reversed(items[max(0, index - 3) : index]):
            if mention.span.start < start:
                break
            gap = text[mention.span.end : verb_start]
            if _SUBJECT_GAP.fullmatch(gap):
                return mention
        return None

    def _try(self, person: Person, start: int) -> None:
        if person.tried is None:
            person.tried = start
        if person.case is None:
            person.case = self.trials.case_for()

    def _sentence_penalties(
        self, penalties: list[Found[Sentence]], start: int, end: int
    ) -> list[tuple[int, Person]]:
        text = self.doc.masked
        linked: list[tuple[int, Person]] = []
        previous: Person | None = None
        respective = self._respectively(penalties, start, end)
        for index, penalty in enumerate(penalties):
            if penalty.value.status is Status.POSSIBLE and _LAW_STATEMENT.search(
                text, start, penalty.span.start
            ):
                self.laws.append(penalty)  # "the law under which he was convicted provides for"
                continue
            person = respective[index] if respective else None
            person = person or self._applies_to(
                penalty, penalties[index - 1] if index else None, start, end
            )
            if person is None and previous is not None:
                person = previous  # "sentenced to five years (the prosecution had requested six)"
            if person is None:
                if penalty.value.status is Status.POSSIBLE and _LAW_CONTEXT.search(
                    text, start, end
                ):
                    self.laws.append(penalty)
                    continue
                if _EXCLUDED_SUBJECT.search(text, start, penalty.span.start):
                    continue  # "fewer than 20 officers have been imprisoned": a statistic
                person = self.people.salient(penalty.span.start)
            if person is None:
                continue
            trials = self.trials
            if person.case is None and penalty.value.status is Status.IMPOSED:
                date = trials.nearest_date(start, end, penalty.span.start)
                current = trials.context.date
                if (
                    date is not None
                    and near(date.span, penalty.span)
                    and current is not None
                    and date.value != current.value
                    and trials.context_set_at != start  # not the verdict this sentence tells
                ):
                    # "such as the 17-year sentence handed to X in November 2022": another trial
                    person.case = Trial(date=date)
                    trials.cases.append(person.case)
            self._try(person, start)
            first = person.first_seen_from(start)
            linked.append(
                (penalty.span.start if first is None else min(first, penalty.span.start), person)
            )
            case = person.case
            if case is not None and case.date is None and penalty.value.status is Status.IMPOSED:
                date = trials.nearest_date(start, end, penalty.span.start)
                opening = trials.opening_date(start, end)
                if date is not None and (
                    near(date.span, penalty.span)  # "sentenced him to six years on November 16"
                    or date.span.start == opening  # "On 16.04.2024 ..."
                ):
                    case.date = date
            if not any(
                s.span == penalty.span or s.value == penalty.value for s in person.sentences
            ):
                person.sentences.append(penalty)  # each distinct penalty once
            previous = person
        return linked

    def _respectively(
        self, penalties: list[Found[Sentence]], start: int, end: int
    ) -> list[Person | None]:
        """People and penalties paired in order: "X and Y received 6 and 5 years respectively"."""
        if len(penalties) < 2 or not _RESPECTIVELY.search(self.doc.masked, start, end):
            return []
        index = bisect.bisect_left(self.mentions.starts, penalties[0].span.start)
        people: list[Person | None] = []
        for mention in self.mentions.items[:index]:
            if mention.span.start >= start and mention.kind in ("name", "surname", "group"):
                person = self.people.person_of(mention)
                if person is not None and person not in people:
                    people.append(person)
        return people[-len(penalties) :] if len(people) >= len(penalties) else []

    def _applies_to(
        self, penalty: Found[Sentence], before: Found[Sentence] | None, start: int, end: int
    ) -> Person | None:
        text = self.doc.masked
        # "the 17-year sentence handed to entrepreneur Kazybek Kudaibergenov", "for X"
        after = _FOR_AFTER.match(text, penalty.span.end, end)
        verb = _VERB_ANCHOR.fullmatch(penalty.text)
        if after or verb:  # "handed to X", "for X", "acquitted X"
            position = after.end() if after else penalty.span.end
            mention = self._first_mention(position, min(position + 90, end))
            if mention is not None and _OBJECT_GAP.fullmatch(text[position : mention.span.start]):
                person = self.people.person_of(mention)
                if person is not None:
                    return person
        floor = before.span.end if before is not None else start
        items, starts = self.mentions.items, self.mentions.starts
        index = bisect.bisect_left(starts, penalty.span.start)
        for mention in reversed(items[max(0, index - 8) : index]):
            if mention.span.start < floor:
                break
            if mention.span.end <= penalty.span.start:
                person = self.people.person_of(mention)
                if person is not None:
                    return person
        return None

    def _first_mention(self, start: int, end: int) -> Mention | None:
        index = bisect.bisect_left(self.mentions.starts, start)
        for mention in self.mentions.items[index : index + 1]:
            if mention.span.start < end:
                return mention
        return None


def read(
    doc: Document, mentions: Mentions, people: People, trials: Trials
) -> tuple[Found[Sentence], ...]:
    """Give every penalty of ``doc`` to its person, trial and charges; return the laws'."""
    reading = _Reading(doc, mentions, people, trials)
    reading.read()
    return tuple(reading.laws)
