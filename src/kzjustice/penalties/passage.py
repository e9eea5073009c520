"""One text being read: its terms, kind words and status cues, and which cue governs a penalty."""

from __future__ import annotations

import bisect
import functools

import regex

from kzjustice._text import MATCH_REACH, Sentences, compile_lazily, lowercase, normalise
from kzjustice.models import Span, Status
from kzjustice.penalties.shared import LIST, SHORT_LEAD, list_lead
from kzjustice.penalties.vocabulary import (
    ANCHOR,
    CARDINALS,
    CUE,
    CUE_HINT,
    FLAGS,
    KIND_HINT,
    RIGHT_KIND,
)
from kzjustice.terms import scan

# After a request, its infinitive: "asked the court to", "sought to".
_ASKED_TO = compile_lazily(r"\s+ (?: (?: the \s+ )? (?: court | judge ) \s+ )? to \s", FLAGS)
_TURN = compile_lazily(r"\b (?: but | while | whereas | however ) \b | ;", FLAGS)
TO_BEFORE = compile_lazily(r"\b to \s+ \Z", FLAGS)  # "..., to 7 years": a verb's far object
_TO_TERMS_BEFORE = compile_lazily(  # "..., to prison terms of 15 years and 11 years"
    r"""\b to \s+ (?: (?: a | an ) \s+ )? (?: prison \s+ | jail \s+ )? (?: terms? | sentences? )
        \s+ of \s+ \Z""",
    FLAGS,
)

_TO_WORD = compile_lazily(r"\b to \b", FLAGS)
_BASE_VERB = compile_lazily(
    r"(?: give | sentence | hand | jail | impose | send | imprison ) \b", FLAGS
)
# A relative clause opened before a cue, with no comma between: ", who had faced".
_CLAUSE_OPEN = compile_lazily(r", \s+ (?: who | which ) \b [^,]* \Z", FLAGS)

_FOR_OR_TO_BEFORE = compile_lazily(
    r"\b (?: for | to ) \s+ \Z", FLAGS
)  # a term after an elided verb
_BY_AGENT = compile_lazily(r"\s+ by \b", FLAGS)  # a participle's agent: "requested by"
_ON_WHOM = compile_lazily(r"\s+ (?: down \s+ )? (?: on | to | against ) \b", FLAGS)  # "imposed on"
_REQUESTER_BEFORE = compile_lazily(  # "the six years (of jail time) the prosecutor had [asked]"
    r"""\s+ (?: (?: time | sentence | term ) \s+ )? (?: that \s+ | which \s+ )?
        (?: the \s+ )? (?: state \s+ )? (?: prosecutors? | prosecution ) \s+
        (?: (?: had | has | have ) \s+ )?""",
    FLAGS,
)
_NOUN_BEFORE_AGENT = compile_lazily(r"(?: \s+ (?: sentence | term ) s? )? \s{0,4}", FLAGS)

_TO_NUMBERS_BEFORE = compile_lazily(  # "..., to 15, nine and seven years respectively"
    r"""\b to \s+ (?: (?: [0-9]{1,2} | \L<cardinal> ) \s* , \s* ){0,8}
        (?: [0-9]{1,2} | \L<cardinal> ) \s* ,? \s* and \s+ \Z""",
    FLAGS,
    cardinal=CARDINALS,
)

TO_BE = compile_lazily(r"\b to \s+ be \s+ \Z", FLAGS)

_SENTENCE_NOUN = compile_lazily(
    r"(?: sentence | term | verdict ) s?", FLAGS
)  # "requested a guilty verdict"
_OBJECT_GAP = compile_lazily(r"\s+ (?: [\w'-]+ \s+ ){0,4}", FLAGS)  # "give [the men] sentences"

AND_BEFORE = compile_lazily(r",? \s* \b and \s+ \Z", FLAGS)

# A list's lead that tells a verdict, so its items' terms are imposed: "Nine people were found
# guilty:", "The verdicts:".
_VERDICT_LEAD = compile_lazily(
    r"\b (?: found \s+ guilty | convicted | verdicts? ) \b", regex.VERBOSE | regex.IGNORECASE
)
_RUN_STEP = 100  # how far a term of a run may stand from the one before it
CUE_REACH = 160  # how far back, within a sentence, a verb may govern a penalty

_FRONTED = 40  # a term this near its sentence's start may take a cue after it: "Nine years is


class Passage:
    """One text being read: its normalised copy, sentences, terms, status cues and kind words.

    Cues and kind words are looked for only in the sentences that hold a term or a kind hint
    (and the sentence after a short one): most prose states no penalty, and those scans are the
    slowest part of the grammar.
    """

    verdict_lead = _VERDICT_LEAD

    def __init__(self, text: str) -> None:
        self.original = text
        self.text = normalise(text)
        self.terms = list(scan(self.text))
        self.term_starts = [m.span.start for m in self.terms]
        self.lower = lower = lowercase(self.text)
        self.anchors: list[regex.Match[str]] = []
        for hint in KIND_HINT.finditer(lower):
            if self.anchors and hint.start() < self.anchors[-1].end():
                continue
            anchor = ANCHOR.match(self.text, hint.start(), hint.start() + MATCH_REACH)
            if anchor is not None:
                self.anchors.append(anchor)
        self.anchor_starts = [m.start() for m in self.anchors]
        # the lists after a colon, from the colon to the end of the last item: the cues of
        # their lead are read too ("The court sentenced:\n• X, 45, to 12 years")
        self.lists = [m.span() for m in LIST.finditer(self.text)] if self.terms else []
        colons = [colon for colon, _ in self.lists]
        starts = self.term_starts + self.anchor_starts + colons
        self.cues: list[tuple[int, int, Status]] = []
        covered = 0
        for start in sorted(starts):
            window_start, window_end = self.sentences.around(start)
            if start in colons and start - window_start < SHORT_LEAD:
                window_start = self.text.rfind("\n", 0, window_start) + 1  # see list_lead
            following = self.sentences.around(window_end)[1]
            if window_end - window_start < 40 or following - window_end < 60:
                window_end = following  # "Thirteen years. That is what the court gave him."
            if window_end <= covered:
                continue
            window_start = max(window_start, covered)
            for hint in CUE_HINT.finditer(lower, window_start, window_end):
                if self.cues and hint.start() < self.cues[-1][1]:
                    continue
                cue = CUE.match(self.text, hint.start(), hint.start() + MATCH_REACH)
                if cue is not None:
                    self.cues.append((cue.start(), cue.end(), Status(cue.lastgroup)))
            covered = window_end
        self.used: set[int] = set()  # offsets of kind words that gave a term its kind
        self.held: set[int] = set()  # starts of the terms a ban holds

    @functools.cached_property
    def sentences(self) -> Sentences:
        """The sentence boundaries: found only in a text that holds a term or a kind word."""
        return Sentences(self.text)

    def holds(self, words: tuple[str, ...], start: int, end: int) -> bool:
        """Whether any of ``words`` stands in ``[start, end)``: a cheap test before a pattern."""
        window = self.lower[start:end]
        return any(word in window for word in words)

    def status(self, start: int, end: int) -> Status | None:
        """Return the status the cues give a penalty at ``[start, end)``, if any governs it."""
        found = self.governing(start, end)
        return None if found is None else found[2]

    def cue_between(self, start: int, end: int) -> bool:
        """Whether a status cue starts in ``[start, end)``."""
        index = bisect.bisect_left(self.cues, (start,))
        return index < len(self.cues) and self.cues[index][0] < end

    def governing(self, start: int, end: int) -> tuple[int, int, Status] | None:
        """Return the cue that governs a penalty at ``[start, end)``, if any.

        A cue that holds the penalty ("could be fined") wins; then the nearest before it in
        its sentence and within reach ("sought nine years, but the judge handed him six");
        then the first after it ("Nine years is what prosecutors asked for").
        """
        bounds = self.sentences.around(start)
        index = bisect.bisect_right(self.cues, (start, end + 1))  # a cue ending at `end` holds it
        after = self.cues[index] if index < len(self.cues) else None
        if (
            after is not None
            and end <= after[0] <= end + CUE_REACH  # a kind phrase at most, not the next text
            and (
                _BY_AGENT.match(self.text, after[1])
                or (after[2] is Status.IMPOSED and _ON_WHOM.match(self.text, after[1]))
            )  # "the 4 years' imprisonment sentence imposed on X", whatever is asked of it
        ):
            kind = RIGHT_KIND.match(self.text[end : after[0]])  # "the eight-year jail
            gap = (end + (kind.end() if kind else 0), after[0])  # sentence sought by"
            if _NOUN_BEFORE_AGENT.fullmatch(self.text, *gap):
                return after  # "against the 10 years requested by the prosecution"
        if after is not None and after[2] is Status.REQUESTED and after[0] < bounds[1]:
            kind = RIGHT_KIND.match(self.text[end : after[0]])  # "the six years of jail time
            if _REQUESTER_BEFORE.fullmatch(self.text, end + (kind.end() if kind else 0), after[0]):
                return after  # the prosecutor had requested": the request, whatever went before
        before = [c for c in self.cues[max(0, index - 12) : index] if c[0] >= bounds[0]]
        for cue in reversed(before):
            if cue[1] > start:
                return cue
        for cue in reversed(before):
            if cue[0] >= start - CUE_REACH and not self._in_closed_clause(cue, start):
                return self._asked_to(cue, before)
        # A term after "to" is a far object of the sentence's last verb: "asked the court to
        # sentence A, former director of ..., to 10 years, and B, former head of ..., to 7".
        far = before and before[-1][0] >= start - 3 * CUE_REACH
        if far and (
            TO_BEFORE.search(self.text, max(0, start - 4), start)
            or _TO_TERMS_BEFORE.search(self.text, max(0, start - 30), start)
            or _TO_NUMBERS_BEFORE.search(self.text, max(0, start - 80), start)
        ):
            return before[-1]
        fronted = start - bounds[0] <= _FRONTED
        for cue in self.cues[index : index + 6]:
            if cue[0] >= bounds[1]:
                break
            if not fronted and (cue[0] - end > 4 or cue[2] is not Status.IMPOSED):
                break  # "stopped work for 23 days demanding a raise"; but "- 7.5 years in absentia"
            if cue[0] >= end:
                following = bisect.bisect_left(self.term_starts, cue[1])
                if following < len(self.term_starts) and self.term_starts[following] < bounds[1]:
                    return None  # "The court, sitting for 3 days, gave him 4 years": not ours
                return cue
        if _FOR_OR_TO_BEFORE.search(self.text, max(bounds[0], start - 6), start):
            position = bounds[0]  # "A and B were jailed for 18 months; C for two years; and D
            while self.text[max(0, position - 3) : position].rstrip(" ").endswith(";"):  # for
                previous = self.sentences.around(position - 2)  # three": the first clause's
                low = bisect.bisect_left(self.cues, (previous[0],))  # verb, on the same line
                high = bisect.bisect_left(self.cues, (previous[1],))
                if high > low:
                    return self.cues[high - 1]
                position = previous[0]
        head = self._run_head(start, bounds[0])
        if head is not None:
            return self.governing(head.start, head.end)
        return list_lead(self, start)

    def _run_head(self, start: int, sentence_start: int) -> Span | None:
        """The first term of a run of terms a comma or "and" apart that the term at ``start`` ends.

        "sentenced A to 6 years, B also received 6 years, C 7 years, ..., F 2 years": F's two
        years are governed as A's six are, however long the run; so are "15 years and 11 years".
        """
        index = bisect.bisect_left(self.term_starts, start) - 1
        head = None
        while index >= 0:
            term = self.terms[index].span
            gap = self.text[term.end : start]
            anchor = bisect.bisect_right(self.anchor_starts, term.end)
            if (
                term.start < sentence_start
                or len(gap) > _RUN_STEP
                or ("," not in gap and not gap.endswith(" and "))  # "8 years for A and 8"
                or (  # its own kind: "who had faced up to seven years, was also banned from
                    anchor < len(self.anchor_starts) and self.anchor_starts[anchor] <= start
                )  # driving for five years"
            ):
                break
            head, start, index = term, term.start, index - 1
        return head

    def _asked_to(
        self, cue: tuple[int, int, Status], before: list[tuple[int, int, Status]]
    ) -> tuple[int, int, Status]:
        """A verdict verb in the infinitive is the request's before it in its sentence.

        "asked the court to send Amanov to prison for seven years and to give the other three
        four years each": the four years are requested too.
        """
        passive = TO_BE.search(self.text, max(0, cue[0] - 8), cue[0])  # "called for X,
        # who ..., to be sentenced to nine years"
        if cue[2] is Status.IMPOSED and _SENTENCE_NOUN.fullmatch(self.text, cue[0], cue[1]):
            asked = [c for c in before if c[1] <= cue[0] and c[2] is Status.REQUESTED]
            if asked and _OBJECT_GAP.fullmatch(self.text, asked[-1][1], cue[0]):
                return asked[-1]  # "asked the court to give the men sentences ranging from"
        if cue[2] is not Status.IMPOSED or not (
            TO_BEFORE.search(self.text, cue[0] - 4, cue[0])
            or passive
            or (  # "asked the court to overturn the acquittal and give him nine years"
                AND_BEFORE.search(self.text, cue[0] - 5, cue[0])
                and _BASE_VERB.match(self.text, cue[0])
            )
        ):
            return cue
        asked = [c for c in before if c[1] <= cue[0] and c[2] is Status.REQUESTED]
        if not asked:
            return cue
        request = asked[-1]
        infinitive = (
            passive
            or _ASKED_TO.match(self.text, request[1])
            or _TO_WORD.search(self.text, request[0], request[1])
        )
        if infinitive and not _TURN.search(self.text, request[1], cue[0]):
            return request
        return cue  # "asked for nine years, but the judge chose to give him six"

    def _in_closed_clause(self, cue: tuple[int, int, Status], start: int) -> bool:
        """Whether a cue stands in a relative clause that closes before ``start``.

        "Aubakirov, who had faced up to seven years, was also banned from driving": the ban is
        the main clause's, not what he faced.
        """
        clause = _CLAUSE_OPEN.search(self.text, max(0, cue[0] - 60), cue[0])
        return clause is not None and "," in self.text[cue[1] : start]
