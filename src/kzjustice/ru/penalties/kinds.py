"""Russian penalties stated by a kind word with no term.

"оправдан", "оштрафован на 100 МРП", "условный срок", "пожизненное лишение свободы".
"""

from __future__ import annotations

import bisect

from kzjustice._text import compile_lazily
from kzjustice.models import Kind, Sentence, Span, Status
from kzjustice.penalties.shared import Penalty
from kzjustice.ru.penalties.money import fine_amount, listed_amounts
from kzjustice.ru.penalties.passage import Passage
from kzjustice.ru.penalties.vocabulary import ATTACH_REACH, FLAGS

# Grounds for a penalty the court considered: "Оснований для назначения более мягкого
# наказания, в том числе не связанного с лишением свободы, суд не усмотрел".
_GROUNDS = compile_lazily(r"\b основани[йя] \s+ для \b", FLAGS)

_NO_ACQUITTAL = compile_lazily(
    r"""\b (?: прос\w* | попрос\w* | требу\w* | требова\w* | потребова\w* | надеж?\w* | надеет\w*
             | рассчитыва\w* | добива\w* | намерен\w* | ходатайств\w* | настаива\w* | хочет
             | хотят | ждет | ждут | ожида\w* | не \s+ исключ\w* | бы ) \b [^.;]* \Z""",
    FLAGS,
)  # before an acquittal: a wish or a request, not a verdict
# Just before a kind word, a hope or a fear, no verdict: "рассчитывал на условный срок",
# "опасалась реального срока", "избежал колонии"
_HOPED = compile_lazily(
    r"""\b (?: рассчитыва\w* | надеет\w* | надеял\w* | надеж?д\w* | опаса\w* | боял\w* | боит\w*
             | боятся | избежа\w* | избеж\w* | мечта\w* ) \s+ (?: \w+ \s+ ){0,2}? \Z""",
    FLAGS,
)

_COUNTED_AFTER = compile_lazily(
    r"\s+ (?: получил\w* | получали | назначен\w* ) \s+ (?: более | около | свыше )? \s*"
    r" [0-9][0-9\s]* \p{L}",
    FLAGS,
)  # after a kind word, the count of people who got it
# After an acquittal, the part of the charges it clears: "оправдан по двум эпизодам", "по
# части обвинений", "по одной из статей" is no acquittal of the person
_PART_CLEARED = compile_lazily(
    r"""(?: \s+ \w+ ){0,2}? \s+ по \s+
        (?: част\w* \s+ (?: обвинени\w* | эпизод\w* )  # not "по части 2 статьи 190"
          | (?: ряд\w* | некотор\w* | нескольк\w* | одн\w* | дв\w* | тр[её]\w* | четыр\w* )
            \b (?: \s+ из )? (?: \s+ [\w-]+ ){0,2}?
            \s+ (?: обвинени\w* | эпизод\w* | стат\w* ) )""",
    FLAGS,
)
# Around a kind word, a verb that denies it: "суд не назначил ему штраф", "не стал назначать
# реальный срок", "даже условного наказания не назначили", "реального срока он не получил", "не
# оправдал"
_DENIED_BEFORE = compile_lazily(
    r"""\b не \s+ (?: (?: стал\w* \s+ )? (?: назнач | дал | дав | получ | присуд | примен )\w*
                     (?: \s+ [\w-]+ ){0,2}? \s+ )? \Z""",  # "не оправдал", "не штраф, а"
    FLAGS,
)
_DENIED_AFTER = compile_lazily(
    r"""\s+ (?: [\w-]+ \s+ ){0,2}? не \s+ (?: стал\w* \s+ )? (?: назнач | дал | дав | получ
                                                           | присуд | примен ) \w*""",
    FLAGS,
)
_SAME_ACT = compile_lazily(r"\s+ и \s+ (?: \w+ \s+ )? ", FLAGS)  # "невиновным и оправдал"


def kind_penalties(
    passage: Passage,
) -> list[Penalty]:
    """Return the penalties stated by a kind word with no term: "оправдан", "штраф"."""
    found: list[Penalty] = []
    for anchor in passage.anchors:
        name = anchor.lastgroup
        start, end = anchor.span()
        if name == "ban" or start in passage.used:
            continue
        bounds = passage.sentences.around(start)
        index = bisect.bisect_left(passage.term_starts, start)
        next_term = passage.term_starts[index] if index < len(passage.term_starts) else None
        if name not in ("acquittal", "fine", "life_imprisonment", "non_custodial") and (
            next_term is not None and next_term < min(bounds[1], end + ATTACH_REACH)
        ):
            continue  # "ограничение свободы на срок 4 года": the term's kind word
        if _GROUNDS.search(passage.text, max(bounds[0], start - 80), start):
            continue  # "Оснований для назначения наказания, не связанного с ...": none
        if _DENIED_BEFORE.search(
            passage.text, max(bounds[0], start - 60), start
        ) or _DENIED_AFTER.match(passage.text, end, bounds[1]):
            continue  # "даже условного наказания не назначили": none given
        kind = Kind(name)
        status = passage.status(start, end)
        if kind is Kind.ACQUITTAL:
            before = passage.text[max(bounds[0], start - 80) : start]
            if _NO_ACQUITTAL.search(before):
                continue  # "защита просила оправдать", "надеется на оправдательный приговор"
            if _PART_CLEARED.match(passage.text, end):
                continue  # "оправдан по двум эпизодам": cleared in part
            last = found[-1] if found else None
            if (
                last is not None
                and last.sentence.kind is Kind.ACQUITTAL
                and _SAME_ACT.fullmatch(passage.text, last.span.end, start)
            ):
                continue  # "признал его невиновным и оправдал": one acquittal
            status = Status.IMPOSED
        elif status is None and kind is not Kind.FINE:
            continue  # "пожизненное заключение" in a description, no verdict
        elif _HOPED.search(passage.text, max(bounds[0], start - 40), start):
            continue  # "он рассчитывал на условный срок"
        elif _COUNTED_AFTER.match(passage.text, end):
            continue  # "реальные сроки получили 312 осужденных": a statistic
        fine, span = None, Span(start, end)
        if kind is Kind.FINE:
            listed = listed_amounts(passage, end, bounds[1])
            if listed:  # "оштрафованы на 200 тысяч и 100 тысяч сомов соответственно"
                for index, (money, where) in enumerate(listed):
                    sentence = Sentence(kind=kind, status=status or Status.IMPOSED, fine=money)
                    where = Span(start, where.end) if index == 0 else where
                    found.append(Penalty(where, sentence))
                continue
            fine, span = fine_amount(passage, anchor, bounds[1])
            if status is None and fine is None and "оштраф" not in anchor[0].lower():
                continue  # "штраф" with no amount and no verdict: a word, not a penalty
        found.append(
            Penalty(
                span=span,
                sentence=Sentence(kind=kind, status=status or Status.IMPOSED, fine=fine),
            )
        )
    return found
