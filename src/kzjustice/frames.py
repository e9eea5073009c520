"""Verdict frames: for each penalty, the clause that states it and the people it names.

Requires: the document (sentences, penalties), mentions and chains. Assigns: one frame per
run of penalties a clause coordinates ("six, seven and eight years respectively"), with the
entities the clause gives them to, and the people each sentence reports tried with no penalty
of their own ("X was convicted of fraud").

Whose penalty it is, in order:

1. ``after``: the person after the penalty: "the 17-year sentence handed to X", "nine years
   for X", "Seven years each went to A, B and C"; or after a penalty that is a verb:
   "acquitted X", "jailed X".
2. ``verb``: the predicate before the penalty, by the class of its verb. An object verb in the
   active voice ("the court sentenced X to", "handed X a six-year term", "ordered X to serve",
   "cut X's sentence") gives its object; in the passive ("X was jailed for", "X's sentence was
   cut from") and a subject verb ("X got", "X faces", "X will spend") give its subject, past
   appositions and relative clauses ("X, 41, who headed the department, was"). A request verb
   ("prosecutors asked for") gives no one by itself: the clause around decides (see
   ``distribute``).
3. ``near``: with no verb of its own ("X received six years and Y four"), the nearest person
   before the penalty in its clause.

A person in a victim's slot ("for killing police sergeant X", "the murder of X") is never
taken, nor one the chains found to be nobody (a place); one described as a judge or a lawyer
only where the verdict's own words name them ("X, a lawyer, was sentenced"). People listed
together ("A, B and C", "A, 34, and B, 29,") are taken together.
"""

from __future__ import annotations

import bisect
import functools
from types import MappingProxyType

import attrs
import regex

from kzjustice._doc import Document
from kzjustice.entities import Chains
from kzjustice.lexicon import Lexicon, lexicon
from kzjustice.mentions import Mention, Mentions
from kzjustice.models import Found, Sentence, Status

__all__ = ["Frame", "Tried", "find_frames"]


@attrs.frozen
class _Grammar:
    """The patterns and word classes one language's verdict frames are read with."""

    words: Lexicon
    verb: regex.Pattern[str]
    passive: regex.Pattern[str]
    participle: regex.Pattern[str]
    subject_gap: regex.Pattern[str]
    group_subject_gap: regex.Pattern[str]
    object_gap: regex.Pattern[str]
    after: regex.Pattern[str]
    object_after_verb: regex.Pattern[str]
    owner: regex.Pattern[str]
    of_whom: regex.Pattern[str]
    dash_name: regex.Pattern[str]
    after_gap: regex.Pattern[str]
    verb_penalty: regex.Pattern[str]
    coordinated: regex.Pattern[str]
    conjunction: regex.Pattern[str]
    penalty_list: regex.Pattern[str]
    owns_penalty: regex.Pattern[str]
    respectively: regex.Pattern[str]
    each: regex.Pattern[str]
    victim: regex.Pattern[str]
    trial_verbs: regex.Pattern[str]
    law_statement: regex.Pattern[str]
    as_was: regex.Pattern[str]
    for_whom: regex.Pattern[str]  # before a person just before the penalty: "для X 18 лет"
    relative: regex.Pattern[str]  # a relative pronoun: "who", "который"
    # before an object verb, a passive it shares: "X was tried in absentia alongside the
    # three other defendants and sentenced to"; searched backwards
    shared_passive: regex.Pattern[str]
    verb_after: regex.Pattern[str]  # an object verb after the penalty: "По 10 лет суд назначил"


def _english(words: Lexicon) -> _Grammar:
    """English frames: ``kzjustice.en.verdicts``."""
    from kzjustice.en.verdicts import frames_grammar

    return frames_grammar(words)


def _russian(words: Lexicon) -> _Grammar:
    """Russian frames: ``kzjustice.ru.verdicts``, loaded only when Russian is read."""
    from kzjustice.ru.verdicts import frames_grammar

    return frames_grammar(words)


_BUILDERS = MappingProxyType({"en": _english, "ru": _russian})


@functools.cache
def _grammar(language: str) -> _Grammar:
    return _BUILDERS[language](lexicon(language))


_CLAUSE_REACH = 240  # how far before a penalty its predicate and people may stand
_OBJECT_REACH = 60  # how far after a penalty its verb's object may be named


@attrs.frozen
class Frame:
    """Penalties one clause states, and the entities it gives them to."""

    penalties: tuple[Found[Sentence], ...]  # coordinated: "six, seven and eight years"
    sentence: tuple[int, int]
    defendants: tuple[int, ...]  # entity indices, in the order the clause lists them
    how: str  # "after", "verb", "near", or "none" where the clause names no one
    respectively: bool  # "... six and five years respectively"
    each: bool  # "were each jailed", "seven years each"
    law: bool  # a statement of the law: "the article carries five to 12 years"
    request: bool  # the predicate is the prosecution's: "asked for", "sought"
    quoted: bool  # inside a quotation: "Fourteen years," his mother said
    verdict: bool  # a verdict verb governs it: "sentenced to", "назначить наказание в виде"


@attrs.frozen
class Tried:
    """Entities a sentence reports tried, charged, convicted or acquitted."""

    entity: int
    position: int  # where the sentence mentions them
    sentence: tuple[int, int]


def find_frames(
    doc: Document, mentions: Mentions, chains: Chains
) -> tuple[tuple[Frame, ...], tuple[Tried, ...]]:
    """The verdict frames of ``doc``, in order, and who each sentence reports tried."""
    reader = _Reader(doc, mentions, chains)
    frames: list[Frame] = []
    tried: list[Tried] = []
    penalties = list(doc.penalties)
    starts = [p.span.start for p in penalties]
    for sentence in doc.body_sentences:
        tried.extend(reader.tried(sentence))
        low = bisect.bisect_left(starts, sentence[0])
        high = bisect.bisect_left(starts, sentence[1])
        floor = sentence[0]
        for run in _runs(reader.grammar, doc.masked, penalties[low:high]):
            frames.append(reader.frame(run, sentence, floor))
            floor = run[-1].span.end
    return tuple(frames), tuple(tried)


def _quoted(text: str, position: int) -> bool:
    """Whether ``position`` stands inside a quotation of its paragraph.

    Inside where the last quotation mark before it opens one: after a space or a bracket and
    before a word. A closing mark closes every quotation open, as Russian pages often write one
    for two: «АО «НК «Qazaq Logistics» Максата Турлыбекова» is no quotation at the name.
    """
    start = text.rfind("\n", 0, position) + 1
    last = text.rfind('"', start, position)
    if last < 0:
        return False
    before = text[last - 1] if last > start else " "
    return (before.isspace() or before in "([") and not text[last + 1 : last + 2].isspace()


def _runs(
    grammar: _Grammar, text: str, penalties: list[Found[Sentence]]
) -> list[list[Found[Sentence]]]:
    """Penalties a clause coordinates, as one run: "five and seven years", "a fine or two years"."""
    runs: list[list[Found[Sentence]]] = []
    for penalty in penalties:
        own = (  # "10.5 years - X"; "gave two others probation and acquitted the remaining two"
            grammar.dash_name.match(text, penalty.span.end) is not None
            or grammar.verb_penalty.match(penalty.text) is not None
        )
        if (
            runs
            and not own
            and grammar.penalty_list.match(text[runs[-1][-1].span.end : penalty.span.start])
        ):
            runs[-1].append(penalty)
        else:
            runs.append([penalty])
    return runs


class _Mentions:
    """The mentions of a document seen from a verdict: lists, owners, victims."""

    def __init__(self, doc: Document, mentions: Mentions, chains: Chains) -> None:
        self.doc = doc
        self.grammar = _grammar(doc.language)
        self.text = doc.masked
        self.mentions = mentions
        self.chains = chains

    def _forward(self, head: Mention, end: int) -> tuple[int, ...]:
        """``head`` and the people listed with it after it: "A, B and C".

        A list ends with "and": commas alone list no one ("X, 19-year-old Y, received").
        """
        items = [head]
        listed = 1  # how many items the last "and" closes
        index = bisect.bisect_right(self.mentions.starts, head.span.start)
        for mention in self.mentions.items[index : index + 30]:
            if mention.span.start >= end:
                break
            link = self.text[items[-1].span.end : mention.span.start]
            if not self.grammar.coordinated.match(link):
                break
            items.append(mention)
            if self.grammar.conjunction.search(link):
                listed = len(items)
        return self._entities(items[:listed])

    def _backward(self, head: Mention, start: int) -> tuple[int, ...]:
        """``head`` and the people listed with it before it: "A, B and C were".

        The last two are joined by "and": "in his Honda Fit, 19-year-old X, received" lists
        no one.
        """
        items = [head]
        index = bisect.bisect_left(self.mentions.starts, head.span.start)
        for mention in reversed(self.mentions.items[max(0, index - 30) : index]):
            if mention.span.start < start:
                break
            link = self.text[mention.span.end : items[0].span.start]
            if not self.grammar.coordinated.match(link) or (
                len(items) == 1 and not self.grammar.conjunction.search(link)
            ):
                break
            items.insert(0, mention)
        return self._entities(items)

    def _people(self, mention: Mention) -> tuple[int, ...]:
        """The entities a mention stands for that may be taken by default: not excluded."""
        return tuple(i for i in self.chains.of(mention) if not self.chains.entities[i].excluded)

    def _entities(self, items: list[Mention]) -> tuple[int, ...]:
        found: list[int] = []
        for mention in items:
            for index in self.chains.of(mention):
                if index not in found:
                    found.append(index)
        return tuple(found)

    def _first_mention(self, start: int, end: int) -> Mention | None:
        """The first mention in ``[start, end)``, past an owner: "her son, X" gives X."""
        index = bisect.bisect_left(self.mentions.starts, start)
        for mention in self.mentions.items[index : index + 3]:
            if mention.span.start >= end:
                break
            if mention.kind == "possessive" and self._owns_other(mention, end):
                continue  # "her son, X"
            if self.grammar.of_whom.match(self.text, mention.span.end):
                continue  # "each of the other five journalists"
            if self.grammar.owner.match(self.text, mention.span.end):
                continue  # "send two of Raushan Abenova's sons to prison": not their mother
            return mention
        return None

    def _owns_other(self, mention: Mention, end: int) -> bool:
        """Whether a possessive owns something other than the penalty: "her son", "his lawyer"."""
        return self.grammar.owns_penalty.fullmatch(self.text, mention.span.end, end) is None

    def _victim(self, mention: Mention, start: int) -> bool:
        """Whether ``mention`` stands in a victim's slot: "for killing police sergeant X"."""
        floor = max(start, mention.span.start - 80)
        return self.grammar.victim.search(self.text, floor, mention.span.start) is not None


class _Slots(_Mentions):
    """The slots of a verdict frame around a penalty.

    The verb before it, the people after it, its subject, its object and the nearest person.
    """

    def _verb(self, start: int, end: int) -> regex.Match[str] | None:
        """The last verdict verb in ``[start, end)``."""
        found = None
        for match in self.grammar.verb.finditer(self.text, start, end):
            found = match
        return found

    def _after(self, penalty: Found[Sentence], end: int) -> tuple[int, ...]:
        text = self.text
        verb = self.grammar.verb_penalty.match(penalty.text)  # "acquitted X", "fined X N tenge"
        inside = self._first_mention(penalty.span.start + 1, penalty.span.end) if verb else None
        if inside is not None:  # "fined A and B 30 MCI each"
            return self._forward(inside, penalty.span.end)
        after = self.grammar.after.match(text, penalty.span.end, end)
        if after is not None:
            position = after.end()
        elif verb:  # "acquitted X", "jailed X"
            position = penalty.span.end
        else:
            return ()
        found = self._after_at(position, end)
        if found:
            return found
        index = bisect.bisect_left(self.mentions.starts, penalty.span.end)
        each = self.mentions.items[index] if index < len(self.mentions.items) else None
        if each is not None and each.span.end <= position and each.kind == "pronoun":
            return self._people(each)  # "eight years for each of the defendants"
        return ()

    def _for_whom(self, penalty: Found[Sentence], start: int) -> tuple[int, ...]:
        """The person named just before a penalty after "для": "просило для X 18 лет".

        Before a request, its subject may stand between: "For Nurmaganbetov she requests three
        years", "Для Оразова гособвинение просило четыре года".
        """
        index = bisect.bisect_left(self.mentions.starts, penalty.span.start)
        requested = penalty.value.status is Status.REQUESTED
        if index and requested and self.mentions.items[index - 1].kind == "pronoun":
            index -= 1  # "she" requests
        if not index:
            return ()
        mention = self.mentions.items[index - 1]
        gap = self.text[mention.span.end : penalty.span.start]
        if (
            mention.span.start < start
            or (
                gap.strip(" -\u2013\u2014:")
                and not (
                    requested
                    and len(gap) <= 40
                    and not any(c in gap for c in ",.;:()")
                    and (verb := self._verb(mention.span.end, penalty.span.start)) is not None
                    and verb["request"] is not None
                )
            )
            or not self.grammar.for_whom.search(
                self.text, max(start, mention.span.start - 40), mention.span.start
            )
        ):
            return ()
        return self._backward(mention, start)

    def _verb_after(self, penalty: Found[Sentence], end: int) -> tuple[int, ...]:
        """The object of a verb just after a penalty: "По 10 лет суд назначил X и Y"."""
        verb = self.grammar.verb_after.match(self.text, penalty.span.end, end)
        if verb is None:
            return ()
        mention = self._first_mention(verb.end(), end)
        if mention is None or not self.grammar.object_after_verb.fullmatch(
            self.text[verb.end() : mention.span.start]
        ):
            return ()
        return self._forward(mention, end)

    def _after_at(self, position: int, end: int) -> tuple[int, ...]:
        """The people named at ``position``, past a title: "to entrepreneur X and Y"."""
        mention = self._first_mention(position, min(position + 90, end))
        if mention is None or not self.grammar.after_gap.fullmatch(
            self.text[position : mention.span.start]
        ):
            return ()
        if self._victim(mention, position):
            return ()
        return self._forward(mention, end)

    def _by_verb(
        self, verb: regex.Match[str], floor: int, position: int, start: int
    ) -> tuple[int, ...]:
        text = self.text
        if verb["request"] is not None:
            return ()  # "prosecutors asked for nine years": the clause around decides
        passive = (
            self.grammar.passive.search(text, max(start, verb.start() - 40), verb.start())
            is not None
        )
        if verb["object"] is not None and not passive:
            if self.grammar.participle.search(text, max(start, verb.start() - 20), verb.start()):
                return self._subject(verb.start(), start)  # "X, sentenced to five years in"
            shared = self.grammar.shared_passive.search(text, start, verb.start())
            if shared is not None:  # "X was tried ... and sentenced to": X
                return self._subject(shared.start(), start)
            mention = self._first_mention(verb.end(), position)
            if (
                mention is not None
                and self.grammar.object_after_verb.fullmatch(text[verb.end() : mention.span.start])
                and not self._victim(mention, verb.end())
            ):
                return self._forward(mention, position)
            return ()
        aux = self.grammar.passive.search(text, max(start, verb.start() - 40), verb.start())
        return self._subject(aux.start() if aux else verb.start(), start)

    def _object_after(self, penalty: Found[Sentence], end: int) -> tuple[int, ...]:
        """The object of a verb before a penalty, named after it: "приговорил к 7 годам X"."""
        position = penalty.span.end
        mention = self._first_mention(position, min(end, position + _OBJECT_REACH))
        if (
            mention is None
            or not self.grammar.object_after_verb.fullmatch(
                self.text[position : mention.span.start]
            )
            or self._victim(mention, position)
        ):
            return ()
        return self._forward(mention, end)

    def _subject(self, position: int, start: int) -> tuple[int, ...]:
        """The person whose predicate starts at ``position``: "X, 41, who ..., was".

        A person inside a relative clause is not it: "Two loan officers who testified against
        their former bosses were each given" are the officers.
        """
        index = bisect.bisect_left(self.mentions.starts, position)
        found: Mention | None = None
        for mention in reversed(self.mentions.items[max(0, index - 4) : index]):
            if mention.span.start < start:
                break
            gap = self.text[mention.span.end : position]
            pattern = (
                self.grammar.group_subject_gap
                if mention.kind == "group"
                else self.grammar.subject_gap
            )
            if (
                pattern.fullmatch(gap)
                and self.chains.of(mention)
                and not self._victim(mention, start)
            ):
                if found is not None and not self.grammar.relative.search(
                    self.text, mention.span.end, found.span.start
                ):
                    break
                found = mention
        return () if found is None else self._backward(found, start)

    def _near(self, start: int, position: int) -> tuple[int, ...]:
        """The nearest person before ``position`` in its clause."""
        index = bisect.bisect_left(self.mentions.starts, position)
        for mention in reversed(self.mentions.items[max(0, index - 8) : index]):
            if mention.span.start < start:
                break
            if mention.span.end > position or self._victim(mention, start):
                continue
            if mention.kind == "possessive" and self._owns_other(mention, position):
                continue
            if self.grammar.owner.match(self.text, mention.span.end):
                continue  # "Utegenov's predecessor, jailed in 2019": not Utegenov
            if self._people(mention):
                return self._backward(mention, start)
        return ()


class _Reader(_Slots):
    """Frames and trials, sentence by sentence."""

    def frame(self, run: list[Found[Sentence]], sentence: tuple[int, int], floor: int) -> Frame:
        first, last = run[0], run[-1]
        start, end = sentence
        text = self.text
        law = first.value.status is Status.POSSIBLE and (
            self.grammar.law_statement.search(text, start, first.span.start) is not None
        )
        clause = text[max(floor, first.span.start - _CLAUSE_REACH) : first.span.start]
        each = (
            self.grammar.each.search(text, max(floor, first.span.start - 60), last.span.end + 12)
            is not None
        )
        respectively = (
            len(run) > 1 and self.grammar.respectively.search(text, last.span.end, end) is not None
        )
        verb = self._verb(max(floor, first.span.start - _CLAUSE_REACH), first.span.start)
        request = verb is not None and verb["request"] is not None
        verb_first = self.grammar.verb_penalty.match(first.text) is not None  # "fined him"
        found: tuple[int, ...] = ()
        how = "none"
        if not law:
            found = self._for_whom(first, start)
            if not found:
                found = self._after(last, end)
            how = "after" if found else how
            if not found and verb_first:
                aux = self.grammar.passive.search(
                    text, max(start, first.span.start - 40), first.span.start
                )
                if aux is not None:  # "X, a lawyer who had been charged with ..., was acquitted"
                    found = tuple(
                        i
                        for i in self._subject(aux.start(), start)
                        if not self.chains.entities[i].excluded or self.chains.entities[i].name
                    )
                    how = "verb" if found else how
            if not found and verb_first:
                comma = max(text.rfind(c, start, first.span.start) for c in ",;")
                if comma >= 0:  # "..., четвертого подсудимого суд оправдал": its own clause's
                    found = self._near(comma + 1, first.span.start)
                    how = "near" if found else how
            if not found and verb is not None:
                found = self._by_verb(verb, floor, first.span.start, start)
                if not found and verb["object"] is not None:
                    found = self._object_after(last, end)  # "приговорил к 7 годам X"
                how = "verb" if found else how
            if not found:
                found = self._verb_after(last, end)
                how = "verb" if found else how
            if not found and clause.strip():
                found = self._near(max(floor, start), first.span.start)
                how = "near" if found else how
            also = self.grammar.as_was.match(text, last.span.end, end)
            if found and also is not None:  # "was jailed for seven years, as was X"
                found += tuple(i for i in self._after_at(also.end(), end) if i not in found)
        return Frame(
            penalties=tuple(run),
            sentence=sentence,
            defendants=found,
            how=how,
            respectively=respectively,
            each=each,
            law=law,
            request=request,
            quoted=_quoted(text, first.span.start),
            verdict=verb_first or (verb is not None and verb["object"] is not None),
        )

    # --- trials with no penalty of their own -------------------------------------------------

    def tried(self, sentence: tuple[int, int]) -> list[Tried]:
        """The people a sentence reports as tried, charged or convicted, with where."""
        start, end = sentence
        found: list[Tried] = []
        for verb in self.grammar.trial_verbs.finditer(self.text, start, end):
            mention = self._next_to(verb.start(), verb.end(), start, end)
            if mention is None:
                continue
            for index in self.chains.of(mention):
                if all(t.entity != index for t in found):
                    found.append(
                        Tried(entity=index, position=mention.span.start, sentence=sentence)
                    )
        return found

    def _next_to(self, verb_start: int, verb_end: int, start: int, end: int) -> Mention | None:
        """The subject just before a verb ("X was convicted") or its object after it."""
        items, starts, text = self.mentions.items, self.mentions.starts, self.text
        index = bisect.bisect_left(starts, verb_end)
        for mention in items[index : index + 2]:
            gap = text[verb_end : mention.span.start]
            if mention.span.start < end and self.grammar.object_gap.fullmatch(gap):
                return mention
        index = bisect.bisect_left(starts, verb_start)
        for mention in reversed(items[max(0, index - 3) : index]):
            if mention.span.start < start:
                break
            if self.grammar.subject_gap.fullmatch(text[mention.span.end : verb_start]):
                return mention
        return None
