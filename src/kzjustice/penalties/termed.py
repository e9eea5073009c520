"""The terms that are penalties, with their kind and status; and the lengths that are none.

A term takes its kind from the words around it and its status from the cue that governs it;
"two years later", "a five-year plan" and "remanded for two months" are no penalties.
"""

from __future__ import annotations

import bisect

import regex

from kzjustice._text import MATCH_REACH, compile_lazily
from kzjustice.models import Kind, Sentence, Span, Status, Term, TermRange
from kzjustice.numbers import NUMBER_LISTS
from kzjustice.penalties.passage import AND_BEFORE, CUE_REACH, TO_BEFORE, Passage
from kzjustice.penalties.shared import Penalty
from kzjustice.penalties.vocabulary import (
    ADJECTIVAL,
    CHANGE,
    FLAGS,
    LEFT_KIND,
    REGIME,
    RIGHT_KIND,
    TERM_KINDS,
)
from kzjustice.terms import TermMatch

# The verb "arrested" as the kind of a term: administrative arrest in days, and otherwise a
# preventive measure ("arrested for two months" pending trial), no penalty.
_ARREST_VERB = compile_lazily(r"arrest (?: ed | s | ing )? \b", FLAGS)
# Words right after a term that show it is not a penalty.
_RIGHT_VETO = compile_lazily(
    rf"""
    \A (?: ' s? | s' )? \s*+ (?: - \s*+ )?
    (?: (?: ago | earlier | later | old | anniversary | plans? | running | straight
          | (?: less | more | fewer | longer | shorter ) (?: \s+ than  # "two years less than
                                        # what the prosecution requested", "had asked for two
                | (?= \s* (?: [.;!?)] | , \s+ (?: and | but | while ) \b | \Z ) ) )  # years more"
          | in \s+ a \s+ row
          | in \s+ (?: medicine | journalism | business | politics | teaching | the \s+ (?: police
                   | army | military | profession | industry | sector | service ) )  # a career
          | long \s+ (?: wait | delay ) | in \s+ office | in \s+ power | veteran | presidential
          | probation (?: ary )? \s+ period  # "a two-year probation period"
          | off
          | pardoned | amnestied  # "a seven-year sentence with three years pardoned"
          | in \s+ pre-? trial \s+ (?: detention | custody )
          | of \s+ (?: his | her | their | the | a | an ) \s+ [\w-]+ \s+ (?: sentence | term ) )
        \b
      | to \s+ (?! (?: be | the | a | an | his | her | their | each | all | both | those
                    | \L<unit_word> | \L<teen_word> | \L<tens_word> ) \b )
             (?-i: [a-z]+ ) \b  # "to appeal", not "to Utembayev"
      | of \s+ (?! imprisonment | restrict | restricted | correct | community | probation
                | [a-z]+-like \s | (?: freedom | liberty ) \s+ (?: limitation | restrictions? )
                | limited \s+ (?: freedom | liberty )
                | (?: limitation | restraint ) \s+ of \s+ (?: freedom | liberty )
                | administrative | prison | jail | public | compulsory | forced | deprivation
                | suspended | non-custodial | conditional | arrest | penal | colony | unpaid
                | labou?r \s+ (?: camp | in \s+ (?: an? \s+ | the \s+ )? (?: penal \s+ )? colon )
                | {REGIME} | open \b | open-type | home \s+ confinement | curbs \s+ on \b
                | mandatory \s+ (?: public | community ) \b )
        [\w-]+ )
    """,
    FLAGS,
    **NUMBER_LISTS,
    ignore_unused=True,
)
# A rate after a term, kind words and all: "100 hours of unpaid work a year" is no penalty.
_RATE_AFTER = compile_lazily(
    r"""\A \s+ of \s+ (?: [\w-]+ \s+ ){1,3}?
        (?: (?: a | per | each | every ) \s+ (?: year | month | week ) | annually | yearly ) \b""",
    FLAGS,
)

# A conviction states no term: a bare term it governs is some other length of time.
_CONVICTED = compile_lazily(r"convict", FLAGS)

_RELATIVE = compile_lazily(
    r"\b (?: who | whom | which | that ) \s+ (?: had | has | have ) \b", FLAGS
)
# Words right after a term that show it is not a penalty, unless a verb governs it: "two years
# after the protests" is a time, "sentenced to five years after a closed trial" a penalty.
_RIGHT_WEAK_VETO = compile_lazily(
    r"\A \s+ (?: later | earlier | after | before | since | into ) \b", regex.VERBOSE | regex.I
)
# Before a term with "after" or "later" after it, words that make it a time between events, not
# the term: "just two days after", "only a week after".
_RELATION_BEFORE = compile_lazily(
    r"\b (?: just | only | barely | nearly | almost | some ) \s+ \Z", FLAGS
)
# A cue ending in a verb that delivers a verdict and takes no term as its object, then the term
# with no preposition between: a time between events when "after" or "before" follows the term.
# Not "sentenced" or "jailed", which some reports give a bare term ("was sentenced 7 years").
_VERDICT_DELIVERED = compile_lazily(
    r"""(?r) \b (?: handed \s+ down | passed | delivered | announced | pronounced | read \s+ out
               | convicted | found \s+ guilty
               | (?: verdict | sentence | ruling | judge?ment ) \s* , )  # "finally delivered
        \s+ \Z""",  # the verdict, a year and a half after the events"
    FLAGS,
)
# Words right before a term that show it is not a penalty.
_LEFT_VETO = compile_lazily(  # searched backwards, as it ends the text
    r"""(?r)
    (?: \b (?: spent | (?<! \b be \s+ ) spending | served | serving | after | within | past
             | last | every | over
             | (?<! \b (?: spend | serve ) \s+ the \s+ ) next  # not "will spend the next 12
             | lasted | took | takes | take | taking | nearly | almost | only | mere | first
             | same
             | wait(?:ed|ing)? | run \s+ for )
        \s+ (?: the \s+ )?
      | \b in \s+                       # "the first time in a year", "free in two years"
      | \b than \s+                     # "more than 10 years"; not "than the 10 years sought"
      | \b (?: clinic | hospital | ward ) \s+ for \s+  # "placed in a psychiatric clinic for 18
                                                   # days": an evaluation, no penalty
      | (?<! \b punishable (?: \s+ [\w'-]+ ){0,4} \s+ | \b followed \s+ )  # "punishable under
        \b by \s+                                   # law by", "followed by a year of ..."
      | \b (?: probation (?: ary )? | trial ) \s+ period \s+ (?: of | for ) \s+  # a suspended
                                                              # term's condition, no penalty
      | (?: % | \b percent | \b per \s+ cent ) \s+                    # "8% a month": a rate
      | \b hours \s+ of \s+ [\w-]+ (?: \s+ [\w-]+ )? \s+    # "100 hours of labour a year"
      | \b would \s+ have \s+ (?! to \b ) (?: [\w-]+ \s+ ){1,4}  # "a plea deal that would have
                                                    # seen him serve a 12-year sentence"
      | \b (?: did | does | do | would | could ) (?: \s+ not | n't ) \s+  # "did not sentence X
        (?: sentence | jail | imprison | give | hand ) \b (?: \s+ [\w'.-]+ ){0,3}? \s+
        (?: to \s+ )? )
    \Z                                              # to eight years": no penalty
    """,
    FLAGS,
)
# The length of a thing that is no penalty, before its term in the clause: "changed the maximum
# length of leases on land for foreigners from 10 to 25 years", "a licence valid for five years"
_THING_LENGTH = compile_lazily(
    r"""\b (?: length | duration | period | validity ) \s+ of \s+ (?: [\w-]+ \s+ )?
        (?: leases? | contracts? | licen[cs]es? | mandates? | visas? | permits? | concessions?
          | rentals? | loans? | bonds? | warrant (?: y | ies ) ) \b [^.;,]* \Z
      | \b (?: leases? | contracts? | licen[cs]es? | visas? | permits? ) \s+
        (?: valid | signed | granted | extended | issued ) \b [^.;,]* \Z""",
    FLAGS,
)

_FOR_NAME_AFTER = compile_lazily(r"\s+ for \s+ (?-i: [A-Z] )", FLAGS)
# Preventive measures before a term, with no status cue between: "asked the court to remand him
# for two months", "remanded the suspect in custody for two months at the prosecutor's request".
PREVENTIVE_WORDS = (
    "remand", "custody", "detention", "detained", "house arrest", "pre-trial", "pretrial", "held",
    "holding", "bail", "adjourn", "postpon", "defer", "confinement",
)  # fmt: skip
"""Words (and stems) of preventive measures and adjournments; "extend his arrest" is one too."""
_PREVENTIVE = compile_lazily(  # searched backwards: the last before a term
    r"""(?r) \b (?: (?! held | holding ) \L<preventive> \w*
                 | (?<! \b \L<event> s? \s+ (?: (?: was | were | is | are | be | been ) \s+ )? )
                   (?-i: held | holding )  # not "the trial was held behind closed doors",
                   # nor "the National Energy Holding"
                 | extend\w* \s+ (?: his | her | their | the ) \s+ arrest ) \b""",
    FLAGS,
    preventive=PREVENTIVE_WORDS,
    event=("trial", "hearing", "session", "proceeding", "meeting", "rally", "protest", "vote"),
)
_PREVENTIVE_HINTS = (*PREVENTIVE_WORDS, "extend")
STATISTIC_WORDS = ("average", "median", "mean")
"""Words that make a term a statistic: "the average prison term was 6.3 years"."""
_STATISTIC = compile_lazily(r"\b \L<statistic> \b", FLAGS, statistic=STATISTIC_WORDS)

# A statute's penalty given in brackets after its article: "(Article 190, up to seven years)"
_STATUTE_ASIDE = compile_lazily(r"\( [^()]*? \b (?: art | article ) \.? \s* [0-9] [^()]* \Z", FLAGS)

# After a prison term, what makes it suspended and the term after it its condition: "a 10-month
# prison sentence suspended for two years" (as English courts write).
_SUSPENDED_FOR = compile_lazily(
    r"""(?: \s+ (?: prison | jail | custodial ) )? \s+ (?: sentence | term ) \s* ,? \s+
        (?: which \s+ (?: was | is ) \s+ )? (?P<word> suspended ) \s+ for \s+""",
    FLAGS,
)
# After a prison term, "suspended" set apart: "five years in prison (suspended)", "a three-year
# sentence, suspended."
_SUSPENDED_ASIDE = compile_lazily(
    r"""\s* (?: \( \s* (?P<word> suspended ) \s* \)
            | , \s* (?P<word> suspended ) (?= \s* (?: [.;] | \Z ) ) )""",
    FLAGS,
)
# After a prison term, its probation period, which makes it suspended: "5.5 years in prison
# with a two-year probation period", "three years in prison, 2-year trial period"
_PROBATION_AFTER = compile_lazily(
    r"""\s* ,? \s+ (?: with \s+ )? [^.;:()\n]{0,30}?
        (?<! [\w-] ) (?P<word> (?: probation (?: ary )? | trial ) \s+ period ) \b""",
    FLAGS,
)
# A status cue that bounds the term it governs: "a maximum penalty of", "a minimum sentence of".
_BOUND_WORD = compile_lazily(r"(?P<cap> maximum ) | (?P<floor> minimum )", FLAGS)
# Right after an adjectival term: "the 10-year maximum", "a five-year minimum sentence".
_BOUND_AFTER = compile_lazily(
    r"""\A \s+ (?: statutory \s+ )?
        (?: (?P<cap> maximum ) | (?P<floor> minimum ) ) \b (?! [\s-]+ (?: security | regime ) )
        (?: \s+ (?: (?: prison | jail ) \s+ )? (?: sentence | penalty | punishment | term ) \b
        )?""",
    FLAGS,
)

# what prosecutors asked for"; one further in, only a verdict's cue just after it
ATTACH_REACH = 60  # how far a kind word may stand from its term


def _paired_on(passage: Passage, start: int, end: int, sentence_start: int) -> bool:
    """Whether a term continues a pairing of terms with people after a stated one.

    "a sentence of six years for X, and five years for Y": a term, then "for" a name.
    """
    index = bisect.bisect_left(passage.term_starts, start) - 1
    return (
        index >= 0
        and sentence_start <= passage.term_starts[index]
        and start - passage.term_starts[index] <= CUE_REACH
        and AND_BEFORE.search(passage.text, max(sentence_start, start - 8), start) is not None
        and _FOR_NAME_AFTER.match(passage.text, end) is not None
    )


def term_penalties(passage: Passage, match: TermMatch) -> list[Penalty]:
    """Return the penalties a term states, or none if it is not a penalty."""
    text = passage.text
    start, end = match.span.start, match.span.end
    sentence_start, sentence_end = passage.sentences.around(start)
    left = text[max(sentence_start, start - ATTACH_REACH) : start]
    right = text[end : min(sentence_end, end + ATTACH_REACH)]
    if _RIGHT_VETO.match(right) or _LEFT_VETO.match(left) or _THING_LENGTH.search(left):
        return []
    rate = _RATE_AFTER.match(right)
    if rate is not None:
        passage.used.update(range(end, end + rate.end()))
        return []
    right_kind = RIGHT_KIND.match(right)
    left_kind = LEFT_KIND.match(left)
    weak = _RIGHT_WEAK_VETO.match(right)
    if weak and left_kind is not None and _ARREST_VERB.fullmatch(left_kind[0].rstrip()):
        return []  # "was arrested two days after she took part": a time, with no "for"
    if weak and left_kind is None:  # "arrested for 15 days after"
        cue = passage.governing(start, end)
        if cue is None or cue[1] > start or start - cue[1] > CUE_REACH:
            return []
        if passage.term_starts[bisect.bisect_right(passage.term_starts, cue[1] - 1)] < start:
            return []  # "will serve his 8 years ..., 15 days after": the verb has its term
        if _RELATIVE.search(text, cue[1], start):
            return []  # "convicted two inspectors who had certified it four months before"
        if _RELATION_BEFORE.search(text, cue[1], start):
            return []  # "sentenced on May 28, just two days after he had finished serving"
        if _VERDICT_DELIVERED.match(text, max(cue[0], cue[1] - MATCH_REACH), start):
            return []  # "the sentence was handed down two days after", "was convicted a
            # week before the election": these verbs take no term as their object
    adjectival = ADJECTIVAL.search(text, match.span.start, end)
    bound = _BOUND_AFTER.match(right) if adjectival else None
    if bound is not None and isinstance(match.value, Term):  # "the 10-year maximum"
        bounded = TermRange(high=match.value) if bound["cap"] else TermRange(low=match.value)
        sentence = Sentence(kind=Kind.IMPRISONMENT, status=Status.POSSIBLE, term=bounded)
        return [Penalty(span=Span(start, end + bound.end()), sentence=sentence)]
    if adjectival and right_kind is None:
        return []  # "a five-year plan", "a 20-year veteran"
    cue = passage.governing(start, end)
    if cue is None and text[sentence_start:sentence_end].strip(" .:!\n") == text[start:end]:
        cue = passage.governing(sentence_end, sentence_end)  # "Thirteen years. That is what..."
    kind_start = start - len(left) + left_kind.start() if left_kind else start
    reach = max(sentence_start, start - CUE_REACH)
    preventive = (
        _PREVENTIVE.search(text, reach, kind_start)
        if passage.holds(_PREVENTIVE_HINTS, reach, kind_start)
        else None
    )
    if preventive is not None and not passage.cue_between(preventive.end(), start):
        return []  # "asked the court to remand the suspect in custody for two months"
    if left_kind is not None and _ARREST_VERB.match(left_kind[0]):
        value = match.value
        if not isinstance(value, Term) or value.approx_days() != value.days:
            return []  # "arrested for two months": pre-trial detention
    if passage.holds(STATISTIC_WORDS, reach, start) and _STATISTIC.search(text, reach, start):
        return []  # "the average prison term handed down was 6.3 years"
    if (
        cue is None
        and right_kind is None
        and left_kind is None
        and not _paired_on(passage, start, end, sentence_start)
    ):
        return []
    # A conviction states no term but with "to" ("convicted under Article 272 to 6 years"):
    # a bare term takes the cue before it ("cut the term of X, convicted of ..., from eight
    # years to six"), or is no penalty ("convicted over a breakdown that left them without
    # heating for nine days").
    bare = right_kind is None and left_kind is None and not TO_BEFORE.search(left)
    if bare and cue is not None and cue[1] <= start and _CONVICTED.match(text, *cue[:2]):
        cue = passage.governing(cue[0], cue[0])
        if cue is None or not start - CUE_REACH <= cue[0] < cue[1] <= start:
            return []
    status = cue[2] if cue else None
    kind = Kind.IMPRISONMENT
    span_start, span_end = start, end
    for found, offset in ((left_kind, start - len(left)), (right_kind, end)):
        if found is None:
            continue
        passage.used.update(range(offset + found.start(), offset + found.end()))
        named = next(k for k in (*TERM_KINDS, Kind.IMPRISONMENT) if found[k.value])
        if named is not Kind.IMPRISONMENT or kind is Kind.IMPRISONMENT:
            kind = named
        if found is right_kind:
            span_end = offset + found.end()
        elif not found["listed"]:  # a list before the term is elided terms' evidence
            span_start = offset + found.start()
    status = status or Status.IMPOSED
    if _STATUTE_ASIDE.search(text, max(sentence_start, start - 60), start):
        status = Status.POSSIBLE  # "(Article 190, up to seven years in prison)"
    value = match.value
    suspended = _SUSPENDED_FOR.match(text, end, end + MATCH_REACH)
    if kind is Kind.IMPRISONMENT and suspended is not None:  # "a 10-month prison sentence
        following = bisect.bisect_left(passage.term_starts, suspended.end())  # suspended for
        if following < len(passage.terms) and passage.term_starts[following] == suspended.end():
            passage.held.add(suspended.end())  # two years": the two years are its condition
            kind, span_end = Kind.SUSPENDED, suspended.end("word")
            passage.used.update(range(*suspended.span("word")))
    elif kind is Kind.IMPRISONMENT and (
        aside := _SUSPENDED_ASIDE.match(text, span_end, span_end + MATCH_REACH)
    ):  # "five years in prison (suspended)", "a three-year sentence, suspended."
        kind, span_end = Kind.SUSPENDED, aside.end()
        passage.used.update(range(*aside.span("word")))
    elif kind is Kind.IMPRISONMENT and (
        probation := _PROBATION_AFTER.match(text, span_end, span_end + MATCH_REACH)
    ):  # "5.5 years in prison with a two-year probation period"
        kind, span_end = Kind.SUSPENDED, probation.end()
    if cue is not None and cue[1] <= start and isinstance(value, Term):
        bound = _BOUND_WORD.match(text, cue[0], cue[1])
        if bound is not None:  # "a maximum penalty of seven years" is up to seven
            value = TermRange(high=value) if bound["cap"] else TermRange(low=value)
            span_start = min(span_start, cue[0])
    span = Span(span_start, span_end)
    if match.value is None or (
        isinstance(match.value, TermRange)
        and len(match.parts) == 2
        and CHANGE.search(text, max(sentence_start, start - CUE_REACH), start)
    ):
        cap = _BOUND_WORD.match(text, cue[0], cue[1]) if cue is not None else None
        law = status is Status.POSSIBLE and cap is not None  # the law's old and new bound:
        # "raised the maximum sentence from three to 10 years", each term as written
        return [  # an appeal: the old and the new term, not a range
            Penalty(
                span=part_span,
                sentence=Sentence(
                    kind=kind, status=Status.POSSIBLE if law else Status.IMPOSED, term=term
                ),
            )
            for term, part_span in match.parts
        ]
    return [Penalty(span=span, sentence=Sentence(kind=kind, status=status, term=value))]
