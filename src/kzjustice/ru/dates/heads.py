"""What every reader of a Russian date head shares: the text, its reference date, its tense."""

from __future__ import annotations

import datetime

import regex

from kzjustice._text import compile_lazily, sentence_start
from kzjustice.models import Span
from kzjustice.ru.dates.vocabulary import CLAUSE_END, FUTURE_CUES, RELATIVE
from kzjustice.ru.numbers import to_ordinal

_CLAUSE_START = compile_lazily(
    r"(?r) [;:,(] | \b (?: и | но | а | однако | хотя | тогда \s+ как | пока ) \b", regex.VERBOSE
)

_FUTURE = compile_lazily(
    r"\b (?: " + " | ".join(FUTURE_CUES) + r" ) \b", regex.VERBOSE | regex.IGNORECASE
)
_CLAUSE_REACH = 300  # how far back a clause can start: bounds the work on run-on text


def day_number(text: str | None) -> int | None:
    """The day of a month, in digits ("5", "5-го") or words ("пятого")."""
    if not text:
        return None
    digits = text.split("-")[0].strip()
    day = int(digits) if digits.isdigit() else to_ordinal(text)
    return day if day is not None and 1 <= day <= 31 else None


def mention_span(match: regex.Match[str]) -> Span:
    """The mention: from the start of its lead (modifier, weekday, day) to its end."""
    lead = match.start("lead") if match["lead"] else match.start()
    end = match.end()
    while end > lead and match.string[end - 1].isspace():
        end -= 1
    return Span(min(lead, match.start()), end)


class Heads:
    """What every reader of a head needs: the text and its reference date."""

    def __init__(self, text: str, reference: datetime.date | None) -> None:
        self.text = text
        self.reference = reference

    def future(self, start: int) -> bool:
        """Whether the clause holding ``start`` has a future cue, before or after it.

        Russian often puts the date first ("В пятницу суд огласит приговор"), so the whole
        clause counts, not only its words up to the date.
        """
        first = sentence_start(self.text, start, _CLAUSE_REACH)
        boundary = _CLAUSE_START.search(self.text, first, start)
        clause_start = boundary.end() if boundary else first
        after = CLAUSE_END.search(self.text, start, start + _CLAUSE_REACH)
        clause_end = after.start() if after else min(len(self.text), start + _CLAUSE_REACH)
        return _FUTURE.search(self.text, clause_start, clause_end) is not None

    def _year_of(self, match: regex.Match[str]) -> tuple[int | None, bool]:
        """The year a match states or places against the reference, and whether it is relative."""
        if match["year"]:
            return int(match["year"]), False
        if match["year_rel"]:
            shift = RELATIVE[match["year_rel"].split()[0].lower()]
            return (self.reference.year + shift if self.reference else None), True
        return None, False
