"""Penalties stated by a kind word with no term.

"was acquitted", "was fined 200 MCI", "received suspended sentences", "life imprisonment".
"""

from __future__ import annotations

import bisect

import attrs
import regex

from kzjustice._text import MATCH_REACH, compile_lazily
from kzjustice.models import Kind, Sentence, Span, Status, Term
from kzjustice.numbers import NUMBER, NUMBER_LISTS, to_number
from kzjustice.penalties.elided import stated_unit
from kzjustice.penalties.money import (
    MORE_AMOUNT,
    RESPECTIVELY,
    fine_amount,
    listed_amounts,
    read_money,
)
from kzjustice.penalties.passage import TO_BE, Passage
from kzjustice.penalties.shared import Penalty
from kzjustice.penalties.vocabulary import FLAGS
from kzjustice.terms import TermMatch

# Before an acquittal, words that make it a hope or a request, not a verdict.
_NO_ACQUITTAL = compile_lazily(
    r"""\b (?: expects? | expected | hop\w* | wants? | seek\w* | sought | ask\w* | request\w*
             | demand\w* | call\w* \s+ for | plead\w* | argu\w* | insist\w* ) \b
        (?: (?! \b (?: but | while | however | yet | although | though ) \b ) [^.;,] )* \Z""",
    FLAGS,
)

_SHOULD_BE = compile_lazily(  # "insists that he should be acquitted": a wish, no verdict
    r"\b (?: should | must | ought \s+ to ) \s+ (?: have \s+ been | be ) \s+ \Z", FLAGS
)

# Before a kind word, a hope or a fear of what would come: "expressed hope that he would be
# acquitted or get off lightly with a fine" states no verdict.
_WISHED = compile_lazily(
    r"""\b (?: hop (?: e | es | ed | ing ) | expect\w* | wish\w* | fear\w* ) \b [^.;]{0,80}
        \b (?: would | will | could | might ) \b [^.;]{0,60} \Z""",
    FLAGS,
)
_SHARE_AFTER = compile_lazily(  # a share of people: "acquit fewer than 4 percent"
    r"""\s+ (?: (?: fewer | less | more ) \s+ than
             | [0-9.,]+ \s* (?: % | percent | per \s+ cent ) )""",
    FLAGS,
)
_THE = compile_lazily(r"\b the \s+ \Z", FLAGS)
# After an acquittal, the part of the charges it clears: "found not guilty of some of the
# charges", "acquitted on two counts" is no acquittal of the person
_PART_CLEARED = compile_lazily(
    r"""\s+ (?: of | on ) \s+ (?: some | several | part | parts | a \s+ number | one | two | three
                           | four | five | [0-9]+ ) \b
        (?: \s+ of \s+ (?: the | his | her | their ) )? (?: \s+ [\w-]+ ){0,2}?
        \s+ (?: charges? | counts? | accusations? | episodes? | articles? )""",
    FLAGS,
)
# Before a kind word, what makes it a penalty told before: "the", a possessive.
_OWNED = compile_lazily(
    r"(?: \b (?: the | his | her | their | its ) | (?-i: \p{Lu} ) [\w-]* (?: 's | ' ) ) \s+ \Z",
    FLAGS,
)
_OF = compile_lazily(r"\s+ of \b", FLAGS)
_FINITE = compile_lazily(
    r"\b (?: was | were | been | is | are | be | got | get | gets ) \s+ (?: \w+ly \s+ )? \Z",
    FLAGS,
)  # "was jailed", "has been imprisoned"
_TO_HAVE_BEEN = compile_lazily(r"\b to \s+ have \s+ been \s+ \Z", FLAGS)
_OBJECT_AFTER = compile_lazily(r"\s+ (?: him | her | them | [A-Z][a-z]+ )", regex.VERBOSE)
# The people a verb names before its term: "jailed A, B, C and D for two years each".
_NAMED_FOR = compile_lazily(
    r"(?: \s* ,? \s+ (?: and \s+ )? [A-Z][\w'.-]* )+ \s+ for \s+", regex.VERBOSE
)

# Before "suspended", the part of the term before it: "four years (three of them — suspended)"
_PART_OF = compile_lazily(
    rf"""(?r) \b (?P<number> {NUMBER} ) \s+ of \s+ (?: them | which | those ) \s*
        [-\u2013\u2014,:]? \s* \Z""",
    FLAGS,
    **NUMBER_LISTS,
)

# Around a kind word, a sentence that says what the kind means, of no one: "Under a
# restricted-freedom sentence, a convict ...", "probation is a non-custodial penalty"
_GENERIC = compile_lazily(  # "Under restricted freedom, she ..." opening its sentence; "courts
    # continue to use administrative arrest and fines against protesters": a practice; "is
    # similar to a suspended sentence", "a form of probation": a kind that explains another
    r"""(?: \b (?: under | is ) \s+ an? | (?<! [\w,] \s{0,3} ) under
          | \b (?: use | uses | using | resort \s+ to | resorting \s+ to )
          | \b (?: similar | akin | equivalent | comparable | analogous ) \s+ to (?: \s+ an? )?
          | \b an? \s+ (?: form | type | kind | variant ) \s+ of ) \s+ \Z""",
    FLAGS,
)
# "18 sentences ..., most of them restricted freedom": a share of a count, no one's penalty
_SHARE_BEFORE = compile_lazily(
    r"\b (?: most | many | some | half | the \s+ majority ) \s+ of \s+ (?: them | these | those )"
    r" \s+ (?: (?: were | was | got | received | to ) \s+ )? \Z",
    FLAGS,
)
# "sentences ranging from a fine to a prison term": kinds, no one's penalty
_KINDS_RANGING = compile_lazily(
    r"\b ranging \s+ from \s+ (?: [\w-]+ \s+ ){0,4}? (?: to \s+ (?: [\w-]+ \s+ ){0,2}? )? \Z",
    FLAGS,
)
_DEFINED = compile_lazily(
    r"\s+ (?: is | means ) \s+ (?: an? | the | similar | akin | equivalent | comparable ) \s",
    FLAGS,
)  # "probation is a", "freedom limitation is similar to"

_GLOSS = compile_lazily(  # "18 months of freedom limitation -- a suspended sentence with
    r"""(?: (?: \s - {1,2} | \( ) \s* (?: a | an ) \s+ (?: (?: form | kind | type ) \s+ of \s+ )?
          | , \s* (?: a | an ) \s+ (?: form | kind | type ) \s+ of \s+ ) \Z""",
    FLAGS,
)  # parole-like restrictions": what the term's kind means, no penalty of its own
_GLOSS_REACH = 60  # how far after a term's end the gloss of its kind may stand


def _suspended_part(
    passage: Passage,
    terms: list[TermMatch],
    term_starts: list[int],
    start: int,
    sentence_start: int,
) -> tuple[Term, int] | None:
    """The part of a stated term that is suspended, and where its number starts.

    "sentenced to four years (three of them — suspended)": three years.
    """
    part = _PART_OF.search(passage.text, max(sentence_start, start - 30), start)
    index = bisect.bisect_left(term_starts, start) - 1  # the term stated before it
    if part is None or index < 0:
        return None
    stated = terms[index]
    if stated.span.start < sentence_start or not isinstance(stated.value, Term):
        return None
    count = to_number(part["number"])
    if count is None or count != int(count) or count <= 0:
        return None
    return Term(**{stated_unit(stated.value): int(count)}), part.start("number")


def kind_penalties(passage: Passage, terms: list[TermMatch]) -> list[Penalty]:
    """Return the penalties stated by a kind word with no term: "was acquitted"."""
    found = []
    term_starts = [m.span.start for m in terms]
    for anchor in passage.anchors:
        start, end = anchor.span()
        if start in passage.used:
            continue
        name = anchor.lastgroup
        if name == Kind.BAN.value:
            continue  # read by read_bans()
        bounds = passage.sentences.around(start)
        index = bisect.bisect_left(term_starts, end)
        next_term = term_starts[index] if index < len(term_starts) else None
        if name == "jailed":  # "was jailed", "sentenced to prison"
            if next_term is not None and (
                next_term < min(bounds[1], end + 60)
                or _NAMED_FOR.fullmatch(passage.text, end, next_term)
            ):
                continue  # "jailed for five years": the verb of a term
            verb = anchor[0].lower() in ("jailed", "imprisoned")
            if (
                verb
                and not _FINITE.search(passage.text, max(bounds[0], start - 25), start)
                and not (_OBJECT_AFTER.match(passage.text, end, end + MATCH_REACH))
            ) or _TO_HAVE_BEEN.search(passage.text, max(bounds[0], start - 20), start):
                continue  # "release everyone imprisoned for protesting", "considers to have
                # been imprisoned for political reasons": no verdict
            kind = Kind.IMPRISONMENT
        else:
            kind = Kind(name)
        before = bisect.bisect_left(term_starts, start) - 1  # the term stated before it
        if (
            _GENERIC.search(passage.text, max(bounds[0], start - 30), start)
            or _DEFINED.match(passage.text, end)
            or (
                before >= 0
                and start - terms[before].span.end <= _GLOSS_REACH
                and _GLOSS.search(passage.text, terms[before].span.end, start) is not None
            )
            or _KINDS_RANGING.search(passage.text, max(bounds[0], start - 60), start)
            or _SHARE_BEFORE.search(passage.text, max(bounds[0], start - 30), start)
        ):
            continue  # "Under a restricted-freedom sentence, a convict lives at home",
            # "probation is a non-custodial penalty under which": what a kind means
        if (
            kind not in (Kind.ACQUITTAL, Kind.FINE, Kind.LIFE_IMPRISONMENT)
            and _OWNED.search(passage.text, max(bounds[0], start - 40), start)
            and not _OF.match(passage.text, end)
        ):
            continue  # "upholds the restricted freedom term", "replaces X's restricted
            # freedom with a fine": a penalty told before; not "the arrest of X for 12 days"
        cue = passage.governing(start, end)
        status = None if cue is None else cue[2]
        if _WISHED.search(passage.text, max(bounds[0], start - 140), start):
            continue  # "hope that he would be acquitted or get off lightly with a fine"
        if kind is Kind.ACQUITTAL:
            if _SHARE_AFTER.match(passage.text, end):
                continue  # "courts acquit fewer than 4 percent of defendants": a rate
            if _PART_CLEARED.match(passage.text, end):
                continue  # "found not guilty of some of the charges": cleared in part
            wish = anchor[0].lower().startswith("acquittal") or TO_BE.search(
                passage.text, max(bounds[0], start - 10), start
            )  # the noun, or "to be acquitted": a verdict only where the text says so
            if wish and _NO_ACQUITTAL.search(passage.text, max(bounds[0], start - 80), start):
                continue  # "nobody expects an acquittal", "she hopes to be acquitted"
            if _SHOULD_BE.search(passage.text, max(bounds[0], start - 20), start):
                continue
            if (
                anchor[0].lower() == "acquittal"
                and _THE.search(passage.text, max(bounds[0], start - 5), start)
                and not _OF.match(passage.text, end)
            ):
                continue  # "appeals against the acquittal": one told before, of no one new
            asked = status is Status.REQUESTED and cue is not None and cue[1] > start
            status = Status.REQUESTED if asked else Status.IMPOSED  # "asked the court to
            # acquit": a request only where the request's words hold the verb
        elif kind is Kind.LIFE_IMPRISONMENT and status is None:
            continue  # "he described life in prison"
        elif name == "jailed" and status is Status.POSSIBLE:
            continue  # "every one of them can be jailed": a hypothetical, with no term
        fine, span, part = None, Span(start, end), None
        if kind is Kind.SUSPENDED:
            part = _suspended_part(passage, terms, term_starts, start, bounds[0])
            if part is not None:  # "four years (three of them suspended)"
                span = Span(part[1], end)
        if kind is Kind.FINE:
            fine, span = fine_amount(passage, anchor, bounds[1])
            if fine is None and anchor["to_fine"]:
                continue  # "to fine him" states a fine only with its amount
            if fine is None:  # "fined 300 and 450 MCI respectively"
                listed = listed_amounts(passage, end, bounds[1], status or Status.IMPOSED)
                if listed:
                    listed[0] = attrs.evolve(listed[0], span=Span(start, listed[0].span.end))
                    found += listed
                    continue
        found.append(
            Penalty(
                span=span,
                sentence=Sentence(
                    kind=kind,
                    status=status or Status.IMPOSED,
                    term=None if part is None else part[0],
                    fine=fine,
                ),
            )
        )
        if fine is not None:  # "fined 2,000 MCI and 1,500 MCI respectively"
            position, more_fines = span.end, []
            while (more := MORE_AMOUNT.match(passage.text, position, bounds[1])) is not None:
                money = read_money(more) if more["pre"] or more["post"] else None
                if money is None or money.currency != fine.currency:
                    break
                position = more.start("amount") + len(more["amount"].rstrip())
                sentence = Sentence(kind=kind, status=status or Status.IMPOSED, fine=money)
                more_fines.append(Penalty(Span(more.start("amount"), position), sentence))
            if RESPECTIVELY.match(passage.text, position, bounds[1]):
                found += more_fines  # not "fined $500 and $300 in costs"
    return found
