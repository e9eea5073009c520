"""Russian bans, beside the main penalty, with what they bar.

"лишение права управления транспортными средствами на три года", "пожизненный запрет
занимать должности на государственной службе".
"""

from __future__ import annotations

import bisect

from kzjustice._text import compile_lazily
from kzjustice.models import Kind, Sentence, Span, Status, Term, TermRange
from kzjustice.penalties.shared import Penalty
from kzjustice.ru.penalties.passage import Passage
from kzjustice.ru.penalties.vocabulary import FLAGS
from kzjustice.terms import TermMatch

_BAN_REACH = 320  # how far a ban's term may stand after its words
_TERM_FIRST = compile_lazily(
    r"""\s* (?: (?: ему | ей | им ) \s+ )?
        (?: (?: на | в \s+ течение | на \s+ протяжении ) \s+
            (?: (?: последующ | следующ ) \w+ \s+ )? )?""",
    FLAGS,
)  # "запрет на 3 года", "запрещено в течение 5 лет создавать партии", "запретил ему два года",
# "запрещено в течение последующих семи лет садиться за руль"

# A law as the subject of a ban's verb: "поправки к законам, которые лишали граждан права", "закон
# запрещает": what a law bars, no penalty.
_BY_LAW = compile_lazily(
    r"""\b (?: закон | поправ (?: к | ок ) | законопроект | норм | указ | постановлени ) \w*
        \s* ,? \s* (?: котор\w+ \s+ )? (?: \w+ \s+ )? \Z""",
    FLAGS,
)
_NUMBER_WORD_START = r"""(?: один | одного | два | двух | три | трех | четыре | четырех | пять
                           | пяти
                           | шесть | шести | семь | семи | восемь | восьми | девять | девяти
                           | десять | десяти | год | полгода | полтора | полутора ) \b"""
_BAN_TERM_START = rf"""(?: на \s+ срок | сроком | в \s+ течение | на \s+ протяжении | пожизненно
                         | на \s+ (?: [0-9] | {_NUMBER_WORD_START} ) )"""
# What a ban bars, after its words: "занимать должности на государственной службе",
# "управления транспортным средством"; up to its term, a comma or the sentence's end.
_BAN_DETAIL = compile_lazily(
    rf"""\s*+ (?: (?: ему | ей | им | его | ее | их ) \s+ )?
        (?: на \s+ (?! {_NUMBER_WORD_START} ) )?
        (?P<detail> (?: (?! {_BAN_TERM_START} ) [^\W\d_][\w-]*+ \s*+ ){{1,10}}?
                    (?: , \s* связанн\w+ \s+ [^.;()\n]{{1,200}}? \s*  # ", связанные с ...,
                        (?= ,? \s* {_BAN_TERM_START} ) )? )  # сроком", "... полномочий на срок"
        (?= [,.;()"»“”] | \Z | {_BAN_TERM_START}  # a quote's end: "...деятельностью»"
          | (?P<term_next> ) (?: [0-9] | {_NUMBER_WORD_START} )  # the term alone: "управлять
                                            # транспортным средством 2,5 года"
          | и \s+ \w+ (?: ил | ила | или | ал | ала | али | ел | ела | ели ) \b )  # "и постановил"
    """,
    FLAGS,
)

_BEFORE_BAN_GAP = compile_lazily(  # "на три года ей запрещено", "на пять лет также запрещено",
    # "на 3 года он лишен права", "в течение трех лет после отбытия наказания он не сможет"
    r"\s* (?: после \s+ (?: отбытия \s+ (?: \w+ \s+ )? наказания | освобождения ) \s+ )?"
    r" (?: (?: ей | ему | им | он | она | они | также | еще | ещ[её] | был | была | были ) \s+ )*",
    FLAGS,
)
_TERM_AFTER_COMMA = compile_lazily(r"\s* , \s* (?: сроком \s+ на | на \s+ срок ) \s*", FLAGS)
_MODAL_BAN = compile_lazily(r"не \s | нельзя", FLAGS)  # "не сможет", "нельзя будет"
_NOT_A_BAN = compile_lazily(r"\s*+ (?: определенн\w+ \s+ действий | выезд\w* )", FLAGS)
_LIFELONG_AFTER = compile_lazily(r"\s*+ пожизненно \b", FLAGS)
_LIFELONG_BEFORE = compile_lazily(r"\b пожизненн\w+", FLAGS)


def read_bans(
    passage: Passage,
) -> list[Penalty]:
    """Bans: what they bar, and the term after them, or none for a lifelong one."""
    found = []
    for anchor in passage.anchors:
        if anchor.lastgroup != "ban":
            continue
        start, end = anchor.span()
        bounds = passage.sentences.around(start)
        lead: TermMatch | None = None  # "запрет на 3 года заниматься ...": the term first
        index = bisect.bisect_left(passage.term_starts, end)
        if index < len(passage.terms) and _TERM_FIRST.fullmatch(
            passage.text, end, passage.term_starts[index]
        ):
            lead = passage.terms[index]
            end = lead.span.end
        detail = _BAN_DETAIL.match(passage.text, end, min(bounds[1], end + _BAN_REACH))
        if anchor["ban_right"]:  # "лишили водительских прав на два года": what it bars
            words, detail_end = anchor["ban_right"], end
        elif (
            detail is None
            or not detail["detail"].strip()
            or _NOT_A_BAN.match(detail["detail"])
            or (detail["term_next"] is not None and detail.end() not in passage.term_starts)
        ):
            continue  # "запрет определенных действий", "запрет на выезд": preventive; "с
            # 20:00": no term after what it bars
        else:
            words, detail_end = detail["detail"].strip(), detail.end("detail")
        after = _LIFELONG_AFTER.match(passage.text, detail_end, bounds[1])
        if after is not None:  # "лишен права занимать должности пожизненно"
            passage.used.update(range(*after.span()))
        lifelong = after is not None or _LIFELONG_BEFORE.search(
            passage.text, max(bounds[0], start - 20), end
        )
        term: Term | TermRange | None = None
        span_end = detail_end
        index = bisect.bisect_left(passage.term_starts, detail_end)
        if lead is not None:
            term = lead.value
            passage.ban_terms.add(lead.span.start)
        elif not lifelong and index < len(passage.terms):
            match = passage.terms[index]
            gap = passage.text[detail_end : match.span.start]
            if (
                match.span.start < bounds[1]
                and len(gap) < 40
                and ("," not in gap or _TERM_AFTER_COMMA.fullmatch(gap))
            ):
                term, span_end = match.value, match.span.end
                passage.ban_terms.add(match.span.start)
        inside = bisect.bisect_right(passage.term_starts, start)
        if not lifelong and term is None and inside < len(passage.terms):
            match = passage.terms[inside]  # "лишить его на пять лет права"
            if match.span.end <= anchor.end():
                term = match.value
                passage.ban_terms.add(match.span.start)
        before = bisect.bisect_left(passage.term_starts, start) - 1
        if not lifelong and term is None and before >= 0:  # "на три года запрещено"
            match = passage.terms[before]
            if _BEFORE_BAN_GAP.fullmatch(passage.text, match.span.end, start):
                term = match.value
                passage.ban_terms.add(match.span.start)
                start = match.span.start
        if term is None and not lifelong and _MODAL_BAN.match(anchor[0]):
            continue  # "он не сможет работать в школе": no ban without its length
        if _BY_LAW.search(passage.text, max(bounds[0], start - 60), start):
            continue  # "поправки, которые лишали граждан права": a law's, no court's
        passage.used.update(range(start, end))
        status = passage.status(start, end) or Status.IMPOSED
        span = Span(start, span_end if term is not None else detail_end)
        found.append(
            Penalty(
                span=Span(span.start, len(passage.text[: span.end].rstrip())),
                sentence=Sentence(kind=Kind.BAN, status=status, term=term, detail=words),
            )
        )
    return found
