"""Terms written as bare numbers beside a stated one.

"X received six years and Y four", "nine and seven years respectively", "the prosecution
had requested six".
"""

from __future__ import annotations

import bisect

import regex

from kzjustice._text import MATCH_REACH, compile_lazily
from kzjustice.dates.vocabulary import MONTHS
from kzjustice.models import Kind, Sentence, Span, Status, Term, TermRange
from kzjustice.numbers import NUMBER, NUMBER_LISTS, to_number
from kzjustice.penalties.passage import CUE_REACH, Passage
from kzjustice.penalties.shared import Penalty
from kzjustice.penalties.vocabulary import CARDINALS, CHANGE, FLAGS, OBJECT
from kzjustice.terms import CAP_WORDS, FLOOR_WORDS, HALF_IN, NAMING_WORDS, TermMatch

# Before a bare number, a month and its day: "on January 25 and | 31"; after it, a year: "| 31,
# 2017". The number is a date's day, not an elided term.
_DAY_BEFORE = compile_lazily(
    r"""(?r) \b \L<month> \b \.? \s+ [0-9]{1,2} (?: st | nd | rd | th )?
        \s* (?: , | and | & | - | to ) \s* \Z""",
    FLAGS,
    month=list(MONTHS),
)
_YEAR_AFTER = compile_lazily(r"\s*+ ,? \s*+ (?: 1[89] | 20 ) [0-9]{2} \b", FLAGS)
# Words before a bare number that make it an elided term: "the prosecution had requested six".
# Searched backwards from the number, as is the list below.
_ELIDED_BEFORE = compile_lazily(
    rf"""(?r)
    (?: \b (?: gave | given | handed | received | receives | got | gets | requested | sought
             | demanded | wanted
             | ask(?:ed|ing|s)? \s+ for | seeking | demanding | requesting | settled \s+ on
             | opted \s+ for | sentenced | jailed ) \s+ {OBJECT}?
             (?: to \s+ | for \s+ )?
      | \b and \s+ (?: (?: his | her | their | the ) \s+ [\w-]+ (?: \s+ | (?= , ) )
                   | (?-i: [a-z][\w-]* \s+ (?= [A-Z] ) ) )?  # "and cameraman Orkhan B. seven"
        (?: [A-Z][\w'.-]+ (?: \s+ | (?= , ) ) ){{0,3}}
        (?: , \s* [0-9]{{1,3}} \s* , \s* )?           # "and Lieutenant D. Omirzakov, 33, seven"
        (?: for \s+ | - \s+ )?                         # "and Y for 15", "and Orhan Ismailov - 13"
      | \b (?: maximum | minimum ) \s+ of \s+          # "half the maximum of 12"
      | (?P<from> \b from \s+ )                          # "reduced it to seven years from nine"
      | \b (?: to | another ) \s+                         # "one got 5 years, another 4"
      | \b (?: his | her | their | its ) \s+ [\w-]+ (?P<apposed> , \s+ )  # "her deputy, four"
      | , \s+ (?: [A-Z][\w'.-]+ \s+ ){{1,3}} (?: - \s+ )?  # "seven years, Kuatbekov six", "...,
      # Elchin Mammadov - 12": no age between
      | (?P<comma> , \s+ ) )    # "six years for X, four for Y"; see bare_term
    (?: \L<bound> \s+ )?      # "and at least 6 for his brother"
    \Z
    """,
    regex.VERBOSE,
    bound=CAP_WORDS + FLOOR_WORDS,
)
_NUMBER_INITIALS = "".join(sorted({word[0] for words in NUMBER_LISTS.values() for word in words}))

_NUMBER_HINTS = (
    *"0123456789",
    *(word for word in CARDINALS if not any(o != word and o in word for o in CARDINALS)),
    "hundred",  # "a hundred"
    "\u017f",  # the long s, which matches "s" when case is ignored
    "\u0130",  # the dotted capital I, "i" likewise (lower case keeps it)
)
"""What a number holds, in lower case: a stretch with none of these holds no number."""
BARE_NUMBER = compile_lazily(
    rf"""
    (?= [0-9] | \b [{_NUMBER_INITIALS}] )  # a digit or a number word's first letter: 3x faster
    (?<! [0-9] [.,]?+ )                     # a whole number: not "400" of "400,000 tonnes"
    (?<! \b \L<naming_word> \.? \s*+ | [§№#] \s*+ )  # a thing's number: "and Article 257,"
    (?P<number> {NUMBER} ) (?! [.,]?+ [0-9] )
    (?P<half> {HALF_IN} (?! [0-9] ) )?  # "eight and a half", "3 1/2 and 3 years"
    (?: (?= - \s*+ (?: , | and \b ) )  # "five- and six-year terms"
    | (?= \s*+ (?: [.,;:)!?] | \Z
                | (?: and | each | respectively | for | but | while | in \s+ prison | behind
                    | apiece | more ) \b
                | to \s+ (?: his | her | their | the | (?-i: [A-Z] ) )  # "and six to his cousin"
                | on \s+ appeal \b                                     # "to seven on appeal"
                | by \s+ (?: the \s+ | an? \s+ )? (?: [\w-]+ \s+ ){{0,2}}? court \b ) ) )
    """,
    FLAGS,
    naming_word=NAMING_WORDS,
    **NUMBER_LISTS,
)
_LIST_GOES_ON = compile_lazily(  # "to nine, Alizade to eight", "to 9, his deputy"; not
    r"""(?<! \b \L<naming_word> \.? \s*+ [0-9]++ )  # "Part 1, Ihar Barysau got"
        (?: \s* , \s* (?: and \s+ )? | \s+ and \s+ )
        (?: (?-i: \p{Lu} ) | (?: his | her | their | the ) \s )""",
    FLAGS,
    naming_word=NAMING_WORDS,
)
# A list of bare numbers just before a term: "nine and", "seven, eight and".
BOUND_BEFORE = compile_lazily(
    r"(?: (?P<cap> \b \L<cap> ) | (?P<floor> \b \L<floor> ) ) \s+ \Z",
    FLAGS,
    cap=CAP_WORDS,
    floor=FLOOR_WORDS,
)
# The low end of an elided range: "between five and eight", "from three to five".
_LOW_BEFORE = compile_lazily(
    rf"""(?r) (?: \b between \s+ (?P<low> {NUMBER} ) \s+ and
              | \b from \s+ (?P<low> {NUMBER} ) \s+ to ) \s+ \Z""",
    FLAGS,
    **NUMBER_LISTS,
)
# Ages before a bare number: "aged 53", "aged between 22 and 53".
_AGED_BEFORE = compile_lazily(
    rf"(?r) \b aged? \s+ (?: (?: between | from ) \s+ {NUMBER} \s+ (?: and | to ) \s+ )? \Z",
    FLAGS,
    **NUMBER_LISTS,
)
_FOR_NEXT = compile_lazily(r"\s+ for \b", regex.VERBOSE)
_CLAUSE_ENDS = compile_lazily(r"\s* (?: [.;!?)] | \Z )", regex.VERBOSE)
LIST_BEFORE = compile_lazily(
    rf"""(?r) (?<! \b \L<naming_word> \.? \s++ )  # not "under articles 1 and 2 years"
        (?<! \b (?-i: \p{{Lu}} ) [\w'-]* \s* , \s* )  # nor an age: "handed X, 45, two years"
        (?: {NUMBER} {HALF_IN}? -?+  # "six and a half and five years", "2½ and 4 years",
            (?: \s*+ , \s*+ (?: and \s+ )? | \s+ (?: and | or ) \s+ ) )+ \Z""",  # "five- and"
    FLAGS,
    naming_word=NAMING_WORDS,
    **NUMBER_LISTS,
)


def stated_unit(term: Term) -> str:
    """The unit a term is written in, for a bare number beside it: "eight and a half years"."""
    for unit in ("years", "months", "weeks", "days", "hours"):
        if getattr(term, unit):
            return unit
    return "years"  # pragma: no cover - a term has a part


def elided(passage: Passage, penalties: list[Penalty], terms: list[TermMatch]) -> list[Penalty]:
    """Return the terms written as bare numbers next to a stated one."""
    found: list[Penalty] = []
    starts = sorted(  # "from five to three"; past a ban's term: "banned from driving for
        span.start  # five years. Prosecutors had asked for 12."; not past a length that is
        for m in terms  # no penalty: "two years later the term was cut to five"
        if m.span.start not in passage.held
        and any(p.span.start <= m.span.start < p.span.end for p in penalties)
        for _, span in m.parts
    )
    for penalty in penalties:
        term = penalty.sentence.term
        single = term if isinstance(term, Term) else (term.high or term.low) if term else None
        if single is None:
            continue
        unit = stated_unit(single)
        kind = penalty.sentence.kind
        # "nine and seven years respectively": bare numbers listed before the term
        lead = LIST_BEFORE.match(passage.text, max(0, penalty.span.start - 80), penalty.span.start)
        if lead is not None:
            for number in BARE_NUMBER.finditer(passage.text, lead.start(), lead.end()):
                found.extend(bare_term(passage, number, unit, kind, listed=True))
        # "Aliyev was sentenced to nine, Alizade to eight and Veliyev to five years": elided
        # terms before it in its sentence, each going on to the next person
        before = bisect.bisect_left(starts, penalty.span.start) - 1
        since = max(
            passage.sentences.around(penalty.span.start)[0],
            starts[before] + 1 if before >= 0 else 0,
        )
        if any(hint in passage.lower[since : penalty.span.start] for hint in _NUMBER_HINTS):
            for number in BARE_NUMBER.finditer(passage.text, since, penalty.span.start):
                if _LIST_GOES_ON.match(passage.text, number.end()):
                    found.extend(bare_term(passage, number, unit, kind, listed=False))
        # "X received six years and Y four": bare numbers after it, up to the next term and
        # within its sentence, or the next one after a semicolon ("wanted 14; gave him 11")
        index = bisect.bisect_left(starts, penalty.span.end)
        stop = passage.sentences.around(penalty.span.end - 1)[1]
        following = passage.sentences.around(stop)[1]
        if ";" in passage.text[stop - 2 : stop] or following - stop < 60:
            stop = following  # "...; the court gave him 11", "Prosecutors had asked for 11."
        stop = min(stop, starts[index]) if index < len(starts) else stop
        window = passage.lower[penalty.span.end : stop]
        if not any(hint in window for hint in _NUMBER_HINTS):
            continue  # the pattern would try a number at each word in vain
        for number in BARE_NUMBER.finditer(passage.text, penalty.span.end, stop):
            found.extend(bare_term(passage, number, unit, kind, listed=False))
    # a number after one term and listed before the next is one term: "asked for nine years
    # ..., but the court gave them five and four years respectively"
    unique: dict[int, Penalty] = {}
    for bare in found:
        unique.setdefault(bare.span.end, bare)
    return list(unique.values())


def bare_term(
    passage: Passage, number: regex.Match[str], unit: str, kind: Kind, *, listed: bool
) -> list[Penalty]:
    """The term a bare number states, in ``unit`` and of ``kind``; none if it is no term.

    ``listed`` numbers stand in a list before a stated term ("nine and seven years"); others
    need words before them that make them one ("and Y four", "the prosecution had requested
    six").
    """
    start, end = number.span()
    before = None if listed else _ELIDED_BEFORE.match(passage.text, max(0, start - 60), start)
    if not listed and before is None:
        return []
    if (
        before is not None
        and before["comma"]
        and not _FOR_NEXT.match(passage.text, end, end + MATCH_REACH)
    ):
        return []  # after a comma only "four for Y": "Omirzakov, 33, seven" has an age
    if before is not None and before["from"]:
        clause = passage.sentences.around(start)[0]
        if not CHANGE.search(passage.text, max(clause, start - CUE_REACH), start):
            return []  # "from nine" is an old term only after an appeal verb
    if before is not None and before["apposed"] and not _CLAUSE_ENDS.match(passage.text, end):
        return []  # "her deputy, four and a half." ends its clause; "his son, 19, was" not
    count = to_number(number["number"])
    if count is None or not 0 < count < 1000:
        return []
    term: Term | TermRange
    if number["half"] and unit == "years" and count == int(count):  # "gave him eight and a
        term = Term(years=int(count), months=6)  # half", "3 1/2 and three years"
    elif count == int(count):
        term = Term(**{unit: int(count)})
    elif unit == "years" and (count * 12) == int(count * 12):  # "3.5 and 3 years"
        term = Term(years=int(count), months=round((count - int(count)) * 12))
    else:
        return []
    bound = BOUND_BEFORE.search(passage.text, max(0, start - 20), start)
    low = None if listed else _LOW_BEFORE.match(passage.text, max(0, start - 40), start)
    if _AGED_BEFORE.match(passage.text, max(0, start - 40), start):
        return []  # "the others, aged between 22 and 53,"
    if _DAY_BEFORE.match(passage.text, max(0, start - 40), start) or _YEAR_AFTER.match(
        passage.text, end
    ):
        return []  # "on January 25 and 31, 2017": a date's day
    if bound is not None:  # "could get up to nine"
        term = TermRange(high=term) if bound["cap"] else TermRange(low=term)
        start = bound.start()
    elif low is not None:  # "four others between five and eight"
        low_count = to_number(low["low"])
        if low_count is not None and low_count == int(low_count) and 0 < low_count < count:
            term = TermRange(low=Term(**{unit: int(low_count)}), high=term)
            start = low.start()
    status = passage.status(start, end) or Status.IMPOSED
    return [Penalty(span=Span(start, end), sentence=Sentence(kind=kind, status=status, term=term))]
