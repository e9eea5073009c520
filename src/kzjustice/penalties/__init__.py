"""Penalties in English news prose: every sentence a passage states, its kind, status and term.

Supported, with examples (the full list, and what each becomes, is in ``docs/penalties.md``):

- a term and its kind: "sentenced to four years in prison", "a 15-year prison term", "a year
  and a half of penal colony", "two years of restricted freedom", "two years of open prison"
  and "two years of home confinement" (Belarus's restricted freedom), "a two-year suspended
  sentence", "a suspended sentence of three years", "240 hours of community service", "15 days
  of administrative arrest", "placed on probation for 18 months", "administratively detained
  for five days", a court "arrested him for 10 days"; a term with no kind word is imprisonment
  ("got 4 years");
- a kind with no term: "a non-custodial sentence", "received suspended sentences", "was
  acquitted", "found not guilty", "life imprisonment", "jailed for life", "was fined", "a fine
  of 200 MCI", "fined 1.5 million tenge", "fined 14,000 Belarusian rubles", "sentenced to
  prison";
- bans, beside the main penalty, with what they bar: "banned from driving for three years",
  "barred from holding public office for five years", "deprived of the right to work in law
  enforcement for 10 years", "a five-year ban on 'social and political activity'", "a 12-month
  driving ban", "barred from office for life", "a lifetime ban on holding positions in the
  civil service";
- status from the governing verb or noun phrase, nearest first, across clauses: imposed
  ("sentenced", "jailed", "received", "handed", "upheld", "in absentia", "Nine years went to
  X"), requested ("asked for", "sought", "demanded", "the prosecution's request"), possible
  ("faces", "could get", "punishable by", "carries", "maximum penalty"); the items of a list
  after a lead's colon take the lead's ("The court sentenced:", then "• X, 45, to 12 years;"
  and "• Y, 51, to 10 years" on lines of their own);
- statements of the law and maxima, possible, bounds as stated: "faces a maximum penalty of
  seven years" (up to seven), "carries a minimum sentence of five years", "punishable by a fine
  or by up to five years", "well below the 10-year maximum"; "received the maximum sentence of
  12 years" is the term he got;
- elided terms that take their unit and kind from a neighbour: "X received six years and Y
  four", "nine and seven years respectively", "sentences of seven, eight and nine years", "the
  prosecution had requested six", "the court gave him 11", "from 10 years to eight", "four
  others between five and eight", "sentenced to administrative arrest: A for 10 days and B for
  15", "Eight years went to X and six to his cousin";
- appeals: "cut his sentence from seven to five years" and "cut from nine years to seven on
  appeal" give both terms, imposed; "reduced by two years, to eight years" gives only the new
  term.

Not penalties, and never returned: ages ("a 17-year-old"), anniversaries, plans, time spent
somewhere or served, deadlines ("15 days to appeal"), adjournments ("adjourned for two weeks"),
preventive measures (house arrest, pre-trial detention, "held for 48 hours", "placed under home
confinement for two months pending trial"), a prison term held out with no length ("every one
of them can be jailed"), the size of a reduction, damages, bail, bribes, loss of rank,
confiscation, bans on leaving a place or on travel (preventive measures), statistics ("the
average term was 6.3 years"), rates ("twice a month"), a term whose verb comes after it and has
a term of its own ("The court, sitting for 3 days, gave him 4 years"), and convictions with no
stated penalty ("found guilty"). Dates, ages, article numbers and counts beside a term are
never part of it ("sentenced on May 10 to 5 years" is five years).

The reading runs in stages, each a module of this package: ``passage`` normalises the text
once and finds its terms, kind words and status cues, and says which cue governs a penalty;
then ``bans`` reads the bans (and sets aside the terms they hold), ``termed`` the terms that are
penalties, ``elided`` the bare numbers beside them, and ``kinds`` the kind words with no term
(``money`` reads a fine's amount). ``vocabulary`` holds the words and phrases they share, and
``shared`` what the Russian grammar uses too. Below, the stages' results are put together.
"""

from __future__ import annotations

import attrs

from kzjustice._text import compile_lazily
from kzjustice.models import Found, Kind, Sentence, Span, Status, Term, TermRange
from kzjustice.penalties.bans import read_bans
from kzjustice.penalties.elided import elided
from kzjustice.penalties.kinds import kind_penalties
from kzjustice.penalties.passage import Passage
from kzjustice.penalties.shared import (
    Penalty,
    counted_in_hours,
    deemed_conditional,
    found_in,
    parallel_kinds,
    the_one_penalty,
)
from kzjustice.penalties.termed import ATTACH_REACH, term_penalties
from kzjustice.penalties.vocabulary import CHANGE_VERBS, FLAGS, FORCED_WORK, KIND_HINT
from kzjustice.terms import parse_term

__all__ = ["find_sentences", "parse_sentence"]


def _read(text: str, *, alone: bool = False) -> tuple[Passage, list[Penalty]]:
    passage = Passage(text)
    bans = read_bans(passage, alone=alone)
    penalties = [
        p
        for match in passage.terms
        if match.span.start not in passage.held
        for p in term_penalties(passage, match)
    ]
    penalties += elided(passage, penalties, passage.terms)
    kinds = kind_penalties(passage, passage.terms)
    penalties += bans + kinds
    penalties.sort(key=lambda p: (p.span.start, p.span.end))
    penalties = [counted_in_hours(p, passage.text, FORCED_WORK) for p in penalties]
    penalties = parallel_kinds(passage.text, passage.terms, penalties, _PARALLEL)
    penalties = parallel_kinds(passage.text, passage.terms, penalties, _CHANGED)
    penalties = _arrests_again(passage, penalties)
    penalties = deemed_conditional(passage.text, penalties, _DEEMED)
    return passage, _stated_once(passage, penalties, {p.span for p in kinds})


def _stated_once(passage: Passage, penalties: list[Penalty], kinds: set[Span]) -> list[Penalty]:
    """Less the kind words (at ``kinds``) whose penalty a term just after them states.

    "ordered the administrative arrest of X for 12 days" is one penalty, the term's.
    """
    found = []
    for penalty in penalties:
        end = passage.sentences.around(penalty.span.start)[1]
        reach = min(end, penalty.span.end + ATTACH_REACH)
        if penalty.span not in kinds or not any(
            p.sentence.kind is penalty.sentence.kind
            and p.sentence.term is not None
            and penalty.span.end <= p.span.start < reach
            for p in penalties
        ):
            found.append(penalty)
    return found


# Between two penalties of one sentence, the next person of a parallel list: "three years of
# restricted freedom for Duisenov and two years for Utegenova", "..., Utegenova two years".
_PARALLEL = compile_lazily(
    r"""(?: \s+ for \s+ (?-i: [A-Z] ) [\w'-]+ (?: \s+ (?-i: [A-Z] ) [\w'-]+ )? )?
        \s* (?: , \s* (?: and \s+ )? | \s+ and \s+ )
        (?: (?-i: [A-Z] ) [\w'-]+ (?: \s+ (?-i: [A-Z] ) [\w'-]+ )? \s+
          | (?: his | her | their ) \s+ (?-i: [a-z-]+ \s+ ){1,2} )? \Z""",  # "her deputy"
    FLAGS,
)

# Between a penalty and a bare term an appeal changed it to, in one paragraph: "five years of
# restricted freedom; an appeals court later reduced the term to three years".
_CHANGED = compile_lazily(
    rf"[^\n]{{0,200}}? \b {CHANGE_VERBS} \b (?: \s+ [\w'-]+ ){{0,4}}? \s+ to \s+ \Z", FLAGS
)

# "(decided to) consider the appointed punishment (as) conditional", "the sentence was deemed
# conditional", "considered the sentence suspended"
_DEEMED = compile_lazily(
    r"""(?<! \b (?: not | never | refused \s+ to ) \s+ )  # "did not consider it conditional"
      \b (?: consider | considered | deem | deemed | regard | regarded ) \s+
        (?: (?: the | this | his | her | their ) \s+ )? (?: [\w-]+ \s+ ){0,2}?
        (?: punishment | sentence | penalty | term ) \s+ (?: as \s+ | to \s+ be \s+ )?
        (?: conditional | suspended ) \b
      | \b (?: punishment | sentence | penalty | term ) s? \s+
        (?: (?: is | was | are | were | shall \s+ be | to \s+ be | be ) \s+ )?  # not "was not
        (?: considered | deemed | regarded ) \s+ (?: as \s+ )? conditional \b  # considered"
      | \b (?: punishment | sentence | penalty | term ) s? \s+ (?: is | was | are | were ) \s+
        (?: ruled | declared | ordered ) \s+ (?: to \s+ be \s+ )? suspended \b  # "The
        # sentences were ruled to be suspended"
      | \b (?: conditional \s+ )? suspension \s+ of \s+ (?: the \s+ )? execution \s+ of \s+
        (?: the \s+ | this \s+ | his \s+ | her \s+ )? (?: prison \s+ )?
        (?: punishment | sentence | penalty | term ) \b  # "with conditional suspension of the
        # execution of the prison sentence"
      | \b execution \s+ of \s+ (?: the \s+ | this \s+ | his \s+ | her \s+ )?
        (?: punishment | sentence | penalty | term ) \s+ (?: (?: was | is | being ) \s+ )?
        suspended \b  # "with the execution of the sentence suspended"
    """,
    FLAGS,
)

_AGAIN_REACH = 400  # how far after an administrative arrest "another 10 days" is one too


def _arrests_again(passage: Passage, penalties: list[Penalty]) -> list[Penalty]:
    """A bare term in days just after an administrative arrest is one too.

    "was given 15 days of administrative arrest ... and given another 10 days".
    """
    found: list[Penalty] = []
    for penalty in penalties:
        term = penalty.sentence.term
        before = found[-1] if found else None
        if (
            before is not None
            and before.sentence.kind is Kind.ADMINISTRATIVE_ARREST
            and penalty.sentence.kind is Kind.IMPRISONMENT
            and isinstance(term, Term)
            and term.days
            and not (term.years or term.months or term.weeks)
            and penalty.span.start - before.span.end < _AGAIN_REACH
            and KIND_HINT.search(passage.lower, penalty.span.start, penalty.span.end) is None
        ):
            sentence = attrs.evolve(penalty.sentence, kind=Kind.ADMINISTRATIVE_ARREST)
            penalty = attrs.evolve(penalty, sentence=sentence)
        found.append(penalty)
    return found


def find_sentences(text: str) -> tuple[Found[Sentence], ...]:
    """Return every penalty stated in ``text``, in order of appearance.

    >>> [(f.value.kind.value, f.value.status.value, f.value.term.iso) for f in find_sentences(
    ...     "Prosecutors had sought nine years, but the judge handed him six.")]
    [('imprisonment', 'requested', 'P9Y'), ('imprisonment', 'imposed', 'P6Y')]
    """
    return found_in(text, _read(text)[1])


def parse_sentence(text: str) -> Sentence | None:
    """Read a phrase that should state exactly one penalty; anything else is None.

    A bare term is read as imprisonment handed down, as in a table of verdicts.

    >>> parse_sentence("a one-year-nine-month sentence").term.iso
    'P1Y9M'
    >>> parse_sentence("nine years").kind.value
    'imprisonment'
    >>> parse_sentence("four years and a fine") is None
    True
    """
    term = parse_term(text)
    if isinstance(term, (Term, TermRange)):
        return Sentence(kind=Kind.IMPRISONMENT, status=Status.IMPOSED, term=term)
    passage, penalties = _read(text, alone=True)
    return the_one_penalty(passage.terms, penalties)
