"""What the English and Russian penalty grammars share.

The record a grammar returns, the lists whose lead governs their items, and the rules that run
over all of a text's penalties.
"""

from __future__ import annotations

import bisect
from typing import Protocol

import attrs
import regex

from kzjustice._text import Sentences, compile_lazily
from kzjustice.models import Found, Kind, Sentence, Span, Status, Term
from kzjustice.terms import TermMatch

# A list after a lead that ends with a colon, each item after a bullet, a dash or a number:
# "The court sentenced:\n• X, 45, to 12 years;\n• Y, 51, to 10 years". The lead's verb governs
# every item.
_LIST_MARKER = r"""(?: [•·▪‣◦*] | \p{So} [\p{So}\u200d\ufe0f]* (?= \s ) | - (?= \s )
                    | [0-9]{1,2} [.)] (?= \s ) )"""
_ITEM = compile_lazily(rf"[ \t]*+ {_LIST_MARKER}", regex.VERBOSE)  # a list item's marker
_ITEMS_BACK = 6  # how many items before a bare one its cue may stand
# A list after its lead: a colon, or a line ending in a word ("the district court gave\n▪️ X -
# 9 years"); the lead's cues govern the bare terms of its items.
LIST = compile_lazily(
    rf"""(?: : [ \t]*+ (?: \n \s*+ )?+ | (?<= \w ) [ \t]*+ \n [ \t]*+ (?= {_LIST_MARKER} ) )
         (?: {_LIST_MARKER} [^\n;:]*+ (?: : (?= [ \t]*+ \S ) [^\n;:]*+ )*+  # "X, 38: 9 years"
             (?: ; \s*+ | \n \s*+ )?+ )++
       | : [ \t]*+ (?: [^\n;:]++ ; [ \t]*+ )++ [^\n;:.]++  # on one line: "Sentences: X - 9
                                                       # years; Y - 7 years; Z - 3 years"
    """,
    regex.VERBOSE,
)

SHORT_LEAD = 40  # a list's lead this short reads its paragraph: "In short:"


@attrs.frozen
class Penalty:
    """A penalty as a grammar reads it, in either language: its evidence and its value."""

    span: Span
    sentence: Sentence


class Reading(Protocol):
    """What ``list_lead`` reads of a passage, in either language."""

    text: str
    lists: list[tuple[int, int]]  # from a list's colon to the end of its last item
    cues: list[tuple[int, int, Status]]
    term_starts: list[int]
    verdict_lead: regex.Pattern[str]  # a list's lead that tells a verdict: "found guilty:"

    @property
    def sentences(self) -> Sentences:
        """The text's sentence boundaries."""
        ...

    def governing(self, start: int, end: int) -> tuple[int, int, Status] | None:
        """The cue that governs a penalty at ``[start, end)``, if any."""
        ...


PASSED_FOR_MONEY = frozenset({"BCA"})
"""Units a fine's amount is passed over in for the money said after it: "500 basic settlement
units (165 million soums)" is the soums; "300 BCAs" alone is 300 BCA."""


def list_lead(passage: Reading, start: int) -> tuple[int, int, Status] | None:
    """The cue that governs the lead of a list item at ``start``: "The court sentenced:".

    A short lead reads its paragraph: "The court read out the verdict. We were there. In
    short:".
    """
    index = bisect.bisect_right(passage.lists, (start,)) - 1
    if index < 0 or not passage.lists[index][0] < start < passage.lists[index][1]:
        return _item_before(passage, start)
    colon = passage.lists[index][0]
    cue = passage.governing(colon, colon)
    lead = passage.sentences.around(colon)[0]
    if cue is None and passage.verdict_lead.search(passage.text, lead, colon):
        return (colon, colon, Status.IMPOSED)  # "Nine people were found guilty:", then terms
    if cue is None and colon - lead < SHORT_LEAD:
        paragraph = passage.text.rfind("\n", 0, lead) + 1
        before = bisect.bisect_left(passage.cues, (colon,))
        cue = next((c for c in passage.cues[before - 1 : before] if c[0] >= paragraph), None)
    return cue if cue is not None and cue[1] <= colon else None


def _item_before(passage: Reading, start: int) -> tuple[int, int, Status] | None:
    """The cue of the list item before the one at ``start``, where it opens that item.

    "🔹 Для X государственный обвинитель запросил 8 лет." then "🔹 Для Y - 5 лет.": Y's five
    years are requested too; not after "🔸 X - 6 years. The prosecutor asked for 7.", whose cue is
    its own sentence's.
    """
    text = passage.text
    line = text.rfind("\n", 0, start) + 1
    marker = _ITEM.match(text, line, start)
    for _ in range(_ITEMS_BACK):
        if marker is None or line < 2:
            return None
        end = line - 1  # the line before, past one blank line
        previous = text.rfind("\n", 0, end) + 1
        if not text[previous:end].strip() and previous >= 2:
            end = previous - 1
            previous = text.rfind("\n", 0, end) + 1
        before = _ITEM.match(text, previous, end)
        if before is None or before[0].strip() != marker[0].strip():
            return None
        index = bisect.bisect_left(passage.cues, (previous,))
        term = bisect.bisect_left(passage.term_starts, previous)
        first = passage.term_starts[term] if term < len(passage.term_starts) else end
        if index < len(passage.cues) and passage.cues[index][0] < min(end, first):
            return passage.cues[index]  # a cue before the item's first term: its lead's
        line, marker = previous, before
    return None


def parallel_kinds(
    text: str, terms: list[TermMatch], penalties: list[Penalty], gap: regex.Pattern[str]
) -> list[Penalty]:
    """A bare term in a parallel list takes the kind of the term before it.

    "three years of restricted freedom for Duisenov and two years for Utegenova": two years of
    restricted freedom, not of prison; so does the new term of an appeal ("reduced the term to
    three years"). ``gap`` matches what stands between the two.
    """
    bare = {m.span.end: m.span.start for m in terms}  # a term's words, and perhaps "до" before
    found: list[Penalty] = []
    for penalty in penalties:
        before = found[-1] if found else None
        if (
            before is not None
            and bare.get(penalty.span.end, penalty.span.end) <= penalty.span.start
            and penalty.sentence.kind is Kind.IMPRISONMENT
            and before.sentence.kind not in (Kind.IMPRISONMENT, Kind.BAN)
            and before.sentence.term is not None
            and gap.match(text, before.span.end, penalty.span.start)
        ):
            kind = before.sentence.kind
            penalty = attrs.evolve(penalty, sentence=attrs.evolve(penalty.sentence, kind=kind))
        found.append(penalty)
    return found


def deemed_conditional(
    text: str, penalties: list[Penalty], deemed: regex.Pattern[str]
) -> list[Penalty]:
    """A prison term that a later sentence of its paragraph deems conditional is suspended.

    "sentenced to eight years of imprisonment ... On the basis of article 63, the punishment is
    to be considered conditional"; "... назначенное наказание считать условным". ``deemed``
    finds the words that say so; the term imposed last before them, within reach, is the one.
    """
    found = list(penalties)
    if not any(p.sentence.kind is Kind.IMPRISONMENT for p in found):
        return found  # nothing to deem: the words are not looked for
    for match in deemed.finditer(text):
        paragraph = text.rfind("\n", 0, match.start()) + 1
        earlier = [
            i
            for i, p in enumerate(found)
            if paragraph <= p.span.start
            and p.span.end <= match.start()
            and match.start() - p.span.end <= _DEEMED_REACH
            and p.sentence.kind in (Kind.IMPRISONMENT, Kind.SUSPENDED)
            and p.sentence.status is Status.IMPOSED
        ]
        if earlier and found[earlier[-1]].sentence.kind is Kind.IMPRISONMENT:
            last = found[earlier[-1]]
            found[earlier[-1]] = attrs.evolve(
                last, sentence=attrs.evolve(last.sentence, kind=Kind.SUSPENDED)
            )
            found = [  # "with the execution of the sentence suspended": no penalty of its own
                p
                for p in found
                if not (
                    p.sentence.kind is Kind.SUSPENDED
                    and p.sentence.term is None
                    and match.start() <= p.span.start < match.end()
                )
            ]
    return found


_DEEMED_REACH = 300  # from a prison term to the words that deem it conditional


def counted_in_hours(penalty: Penalty, text: str, forced: regex.Pattern[str]) -> Penalty:
    """A term in hours alone is community work: no prison term counts hours, nor forced labour.

    "The prosecutor asked for 300 hours", "Прокурор просил 300 часов", "120 hours of forced
    labour", "120 часам принудительных работ"; ``forced`` finds forced labour's words in the
    evidence (corrective labour is a kind of its own).
    """
    sentence = penalty.sentence
    term = sentence.term
    if not (
        isinstance(term, Term)
        and term.hours
        and not (term.years or term.months or term.weeks or term.days)
    ):
        return penalty
    if sentence.kind is Kind.IMPRISONMENT or (
        sentence.kind is Kind.CORRECTIONAL_LABOUR
        and forced.search(text, penalty.span.start, penalty.span.end)
    ):
        return attrs.evolve(penalty, sentence=attrs.evolve(sentence, kind=Kind.COMMUNITY_SERVICE))
    return penalty


def found_in(text: str, penalties: list[Penalty]) -> tuple[Found[Sentence], ...]:
    """The penalties a grammar read in ``text``, each as a value with its evidence."""
    return tuple(
        Found(value=p.sentence, span=p.span, text=text[p.span.start : p.span.end])
        for p in penalties
    )


def the_one_penalty(terms: list[TermMatch], penalties: list[Penalty]) -> Sentence | None:
    """The penalty a phrase states, where it states one and no term outside it; else None."""
    if len(penalties) != 1:
        return None
    (penalty,) = penalties
    spare = [m for m in terms if not penalty.span.start <= m.span.start < penalty.span.end]
    return None if spare else penalty.sentence
