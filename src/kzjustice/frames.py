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

import attrs

from kzjustice._doc import Document
from kzjustice.entities import Chains
from kzjustice.mentions import Mention, Mentions
from kzjustice.models import Found, Sentence, Status
from kzjustice.slots import Grammar, Slots

__all__ = ["Frame", "Tried", "find_frames"]

_CLAUSE_REACH = 240  # how far before a penalty its predicate and people may stand
_RULE_REACH = 60  # how far before a penalty "usually" makes it what happens as a rule


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
    charged: bool  # the law's penalty for someone's charge: "charged with X, a crime punishable"
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
            start = run[0].span.start
            rule = reader.grammar.habitual.search(  # "when they do, they are usually acquitted"
                doc.masked, max(floor, start - _RULE_REACH), start
            )
            if rule is None:
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
    grammar: Grammar, text: str, penalties: list[Found[Sentence]]
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


class _Reader(Slots):
    """Frames and trials, sentence by sentence."""

    def frame(self, run: list[Found[Sentence]], sentence: tuple[int, int], floor: int) -> Frame:
        first, last = run[0], run[-1]
        start, end = sentence
        text = self.text
        charged = self.grammar.charged_law.search(text, start, first.span.start) is not None
        law = (
            first.value.status is Status.POSSIBLE
            and not charged
            and self.grammar.law_statement.search(text, start, first.span.start) is not None
        )
        clause = text[max(floor, first.span.start - _CLAUSE_REACH) : first.span.start]
        if start < floor:  # an earlier penalty's "each" is its own: "got 16 years each and X
            gap = text[floor : floor + 4]  # was sentenced to 15"
            trailing = self.grammar.each.match(text, floor + len(gap) - len(gap.lstrip()))
            floor = floor if trailing is None else trailing.end()
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
            found = self._for_whom(first, start) or self._dashed(first, start)
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
                while comma >= 0 and self._between_names(comma):  # "A, B и C суд оправдал"
                    comma = max(text.rfind(c, start, comma) for c in ",;")
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
            if not found and text[last.span.end : end].rstrip().endswith(":"):
                found = self._listed_below(end)  # "К 2 годам приговорили:", a name a line
                how = "after" if found else how
            if not found and clause.strip():
                found = self._near(max(floor, start), first.span.start)
                how = "near" if found else how
            group = self.chains.entities[found[0]] if len(found) == 1 else None
            if group is not None and group.name is None and (group.count or 0) > 1:
                found = self._named_below(end, group.count or 0) or found  # "sentenced 11
                # people to two years ... Those sentenced include:", then their names
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
            charged=charged,
            request=request,
            quoted=_quoted(text, first.span.start),
            verdict=verb_first
            or (verb is not None and bool(verb["object"] or verb.groupdict().get("passive"))),
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
            people = (  # "found A and B guilty", "A and B were convicted"
                self._forward(mention, end)
                if mention.span.start >= verb.end()
                else self._backward(mention, start)
            )
            for index in people:
                if all(t.entity != index for t in found):
                    found.append(
                        Tried(entity=index, position=mention.span.start, sentence=sentence)
                    )
        return found

    def _between_names(self, comma: int) -> bool:
        """Whether a comma stands between two names of a list: "Улана Бакирова, Кубата Асанова"."""
        index = bisect.bisect_left(self.mentions.starts, comma)
        if not 0 < index < len(self.mentions.items):
            return False
        before, after = self.mentions.items[index - 1], self.mentions.items[index]
        return (
            before.kind == after.kind == "name"
            and not self.text[before.span.end : comma].strip()
            and not self.text[comma + 1 : after.span.start].strip()
        )

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
