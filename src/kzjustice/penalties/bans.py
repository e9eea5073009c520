"""Bans, beside the main penalty, with what they bar.

"banned from driving for three years", "a lifetime ban on holding positions in the civil
service".
"""

from __future__ import annotations

import bisect

import attrs
import regex

from kzjustice._text import MATCH_REACH, compile_lazily
from kzjustice.models import Kind, Sentence, Span, Status, Term, TermRange
from kzjustice.penalties.elided import BARE_NUMBER, LIST_BEFORE, bare_term, stated_unit
from kzjustice.penalties.passage import CUE_REACH, Passage
from kzjustice.penalties.shared import Penalty
from kzjustice.penalties.vocabulary import ADJECTIVAL, FLAGS
from kzjustice.terms import TermMatch

_FOR_BEFORE = compile_lazily(r"\b for \s+ \Z", FLAGS)  # "banned for | four years from"

# Before a ban's noun: "a lifetime ban", "a 12-month driving ban" (the term is found apart).
_BAN_BEFORE = compile_lazily(
    r"""(?r) (?: (?P<lifetime> \b (?: lifetime | life-?long | life | permanent ) ) [\s-]+ )?
        (?: (?P<activity> \b driving ) \s+ )? \Z""",
    FLAGS,
)
# After what a ban bars: its term or "for life".
_BAN_AFTER = compile_lazily(
    r"""(?: \s* , \s+ (?: including | such \s+ as ) \s+ [^,.;\n]{1,80}? , )?  # "including using
        # social media, for three years"
        \s++ (?: for \s+ (?: a \s+ (?: term | period ) \s+ of \s+ | the \s+ next \s+
                            | (?: an? | the \s+ (?: entire | whole | same ) ) \s+
                              (?= [\w½-]+ (?: [\s-]+ [\w½-]+ ){0,2}? [\s-]+
                                         (?: years? | months? | weeks? | days? ) \s+ period \b ) )?
                   (?: (?P<life> life \b ) | (?= [\w½] ) ) | (?P<life> for \s+ life \b ) )""",
    FLAGS,
)

_QUOTES = frozenset('"\u201c\u201d')
_PERIOD_AFTER = compile_lazily(r"\s+ period \b", FLAGS)
# Words that show a ban is a court's, where no status cue or other penalty is near.
_BAN_CONTEXT = compile_lazily(
    r"\b (?: court | judge | verdict | sentenc\w* | convict\w* | guilty | also | punish\w* ) \b",
    FLAGS,
)


def read_bans(passage: Passage, *, alone: bool) -> list[Penalty]:
    """Return the bans stated, and set aside the terms they hold.

    "banned from driving for two years" is a ban, never a prison term. Deprivation of a
    right, disqualification, and a ban for a stated time or for life are always sanctions;
    another is a court's where a status cue governs it, a penalty or a word such as "court"
    or "sentenced" stands in its sentence or the one before, or the text is read ``alone``
    as one penalty: "banned from political activity" alone in a sentence is none.
    """
    found = []
    for anchor in passage.anchors:
        if anchor.lastgroup != Kind.BAN.value:
            continue
        start, end = anchor.span()
        first = start
        lifetime = anchor["ban_life"] is not None
        term: TermMatch | None = None
        numbers: list[regex.Match[str]] = []  # terms elided before the stated one
        activity = None
        if anchor["ban_noun"] is not None:  # "a lifetime ban", "a five-year driving ban"
            before = _BAN_BEFORE.match(passage.text, max(0, start - 40), start)
            assert before is not None  # it matches the empty string
            first = before.start()
            lifetime = lifetime or before["lifetime"] is not None
            activity = before.span("activity") if before["activity"] else None
            index = bisect.bisect_left(passage.term_starts, first) - 1
            if index >= 0 and passage.terms[index].span.end in (first - 1, first):
                lead = passage.terms[index]
                if ADJECTIVAL.search(passage.text, lead.span.start, lead.span.end) or (
                    passage.text[lead.span.end : start] == " "  # "Three years ban on"
                ):
                    term, first = lead, lead.span.start
        after = _BAN_AFTER.match(passage.text, end, end + MATCH_REACH)
        last = end
        if after is not None and after["life"] is not None:
            lifetime, last = True, after.end()
        elif after is not None and term is None:
            index = bisect.bisect_left(passage.term_starts, after.end())
            following = passage.terms[index] if index < len(passage.terms) else None
            if following is not None and following.span.start > after.end():
                # "prohibited from hunting for 7 and 8 years, respectively"
                listed = LIST_BEFORE.match(passage.text, after.end(), following.span.start)
                if listed is not None and listed.start() == after.end():
                    numbers = [*BARE_NUMBER.finditer(passage.text, *listed.span())]
            if following is not None and (numbers or following.span.start == after.end()):
                term = following
                period = _PERIOD_AFTER.match(passage.text, term.span.end)  # "a ten year period"
                last = term.span.end if period is None else period.end()
        if term is None and not lifetime:  # "banned for four years from being an admin"
            index = bisect.bisect_left(passage.term_starts, start)
            inside = passage.terms[index] if index < len(passage.terms) else None
            if (
                inside is not None
                and inside.span.end < end
                and _FOR_BEFORE.search(passage.text, start, inside.span.start) is not None
            ):
                term = inside
        what = anchor.span("ban_what") if anchor["ban_what"] else activity
        if what is None and term is None and not lifetime:
            continue  # "the ban": nothing says what or how long
        if term is not None:
            passage.held.add(term.span.start)
        passage.used.update(range(first, last))
        stated = term is not None or lifetime or anchor["ban_sanction"]
        if not (alone or stated or _court_ban(passage, first, last)):
            continue
        value = term.value if term is not None else None
        if lifetime or not isinstance(value, (Term, TermRange)):
            value = None
        detail = None
        if what is not None:
            detail = passage.original[what[0] : what[1]].strip(" .,;:")
            if detail[:1] in _QUOTES and detail[-1:] in _QUOTES:  # a quoted phrase alone
                detail = detail[1:-1].strip(" .,;:")
            detail = detail or None
        status = passage.status(first, last) or Status.IMPOSED
        if numbers and isinstance(value, Term) and term is not None:
            # each its number, in order, and the stated one its term: "for [7] and [8 years]"
            for number in numbers:
                for bare in bare_term(passage, number, stated_unit(value), Kind.BAN, listed=True):
                    elided = attrs.evolve(bare.sentence, status=status, detail=detail)
                    found.append(attrs.evolve(bare, sentence=elided))
            first = term.span.start
        sentence = Sentence(kind=Kind.BAN, status=status, term=value, detail=detail)
        found.append(Penalty(span=Span(first, last), sentence=sentence))
    return found


def _court_ban(passage: Passage, start: int, end: int) -> bool:
    """Whether a ban at ``[start, end)`` is a court's: see :func:`read_bans`."""
    if passage.governing(start, end) is not None:
        return True
    sentence_start, sentence_end = passage.sentences.around(start)
    near = max(sentence_start, start - CUE_REACH), min(sentence_end, end + CUE_REACH)
    if _BAN_CONTEXT.search(passage.text, *near):
        return True
    previous = passage.sentences.around(max(0, sentence_start - 1))[0]
    for starts in (passage.term_starts, passage.anchor_starts):  # another penalty beside it
        before = bisect.bisect_left(starts, start) - bisect.bisect_left(starts, previous)
        after = bisect.bisect_left(starts, sentence_end) - bisect.bisect_left(starts, end)
        if before > 0 or after > 0:
            return True
    return False
