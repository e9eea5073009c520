"""What every reader of a date head shares: the text, its reference date, and its tense."""

from __future__ import annotations

import datetime

import regex

from kzjustice._text import compile_lazily, sentence_start
from kzjustice.dates.vocabulary import FUTURE_CUES

_CLAUSE_START = compile_lazily(
    r"(?r) [;:,(] | \b (?: and | but | while | although | though | whereas ) \b", regex.VERBOSE
)
_FUTURE = compile_lazily(
    r"\b (?: " + " | ".join(FUTURE_CUES) + r" ) \b", regex.VERBOSE | regex.IGNORECASE
)

_CLAUSE_REACH = 300  # how far back a clause can start: bounds the work on run-on text


def mention_start(match: regex.Match[str]) -> int:
    """Where the mention starts: at its lead (modifier, weekday, day), if any."""
    return min(match.start("lead"), match.start()) if match["lead"] else match.start()


class Heads:
    """What every reader of a head needs: the text and its reference date."""

    def __init__(self, text: str, reference: datetime.date | None) -> None:
        self.text = text
        self.reference = reference

    def future(self, start: int) -> bool:
        """Whether the clause holding ``start`` is in the future up to ``start``."""
        first = sentence_start(self.text, start, _CLAUSE_REACH)
        boundary = _CLAUSE_START.search(self.text, first, start)
        clause_start = boundary.end() if boundary else first
        return _FUTURE.search(self.text, clause_start, start) is not None
