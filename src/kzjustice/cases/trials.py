"""The trial the article is talking about at each sentence: its court, place and verdict date."""

from __future__ import annotations

import bisect
import functools
from collections.abc import Callable

import attrs
import regex

from kzjustice._doc import Document
from kzjustice.lexicon import Lexicon, stage_grammar
from kzjustice.models import DateValue, Found, Sentence, Span


@attrs.frozen
class Grammar:
    """The patterns and word classes one language's cases are read with."""

    words: Lexicon
    new_case: regex.Pattern[str]  # a sentence opening another case: "In a separate trial, ..."
    verdict: regex.Pattern[str]  # "sentenced", "found ... guilty"
    trial: regex.Pattern[str]  # "trial", "tried", "proceedings"
    court: regex.Pattern[str]  # a named court, with its place
    place: regex.Pattern[str]  # "the trial in Taraz", "the city of Aktobe"
    place_lead: regex.Pattern[str]  # "In Shymkent, ..." at a sentence's start
    future_trial: regex.Pattern[str]  # "is due to go on trial"
    hypothetical: regex.Pattern[str]  # words making a court one only anticipated
    subordinate: regex.Pattern[str]  # a clause a date may stand in that is not the verdict's
    opening_date: regex.Pattern[str]  # the words before a date opening a sentence: "On"
    court_kind: Callable[[str], str]  # "the Almaty city court" -> "regional"


@functools.cache
def grammar_for(language: str) -> Grammar:
    """The cases grammar of ``language``."""
    return stage_grammar(Grammar, language, "verdicts", "cases_grammar")


@attrs.define(eq=False)
class Trial:
    """One trial as the article tells it, filled in as the reading goes."""

    court: Span | None = None
    place: Span | None = None
    date: Found[DateValue] | None = None
    place_from_court: bool = False  # "Almaty district court": the place is in its name
    future: bool = False  # a trial still to come: "three activists are set to go on trial"
    same_charge: bool = False  # the article says its defendants faced the same charges


class Trials:
    """The trials of one article: the current one, and those defendants were given to."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.grammar = grammar_for(doc.language)
        self.cases: list[Trial] = []
        self.context = Trial()  # the court, place and date the article is talking about
        self.context_set_at = -1  # the sentence that last named them

    def update(self, start: int, end: int) -> None:
        """Take the court, place or verdict date a sentence names as the current context."""
        text = self.doc.masked
        court = self.grammar.court.search(text, start, end)
        if court is not None and self.grammar.hypothetical.search(text, start, court.start()):
            court = None  # "the family would ask the Supreme Court to review the case"
        place = self.grammar.place.search(text, start, end) or self.grammar.place_lead.match(
            text, start, end
        )
        new_case = self.grammar.new_case.match(text, start, end)
        verdict = self.grammar.verdict.search(text, start, end)
        if not new_case and not verdict and not self.grammar.trial.search(text, start, end):
            return  # "prosecutors asked the appeal court": no trial of its own
        if not (court or place or new_case):
            return
        found = Trial(future=self.grammar.future_trial.search(text, start, end) is not None)
        if court:
            found.court = Span(*court.span("court"))
            place_group = next(
                (g for g in ("place", "named") if court[g] and not self._is_country(court[g])), None
            )
            if place_group is not None:
                found.place = Span(*court.span(place_group))
            else:
                first = court["court"].split()[0]
                if first[0].isupper() and self._is_place_word(first):
                    found.place = Span(court.start("court"), court.start("court") + len(first))
                    found.place_from_court = True
        if (
            place
            and (found.place is None or found.place_from_court)
            and not self._is_country(place["place"])
        ):
            found.place_from_court = False
            found.place = Span(*place.span("place"))
        anchor = court or place
        if anchor is not None and verdict:
            date = self.nearest_date(start, end, anchor.start(), main_clause=True)
            if date is not None and near(date.span, Span(*anchor.span())):
                found.date = date
        current = self.context
        self.context_set_at = start
        if new_case or self._conflicts(found, current):
            self.context = found
            return
        if found.court is not None and (
            current.court is None or generic_court(text, current.court)
        ):
            current.court = found.court
        current.place = current.place or found.place
        current.date = current.date or found.date

    def _conflicts(self, found: Trial, current: Trial) -> bool:
        text = self.doc.masked
        if current.future and not found.future and found.date is not None:
            return True  # a verdict told after a trial still to come is another trial's
        if (
            found.court
            and current.court
            and _text_of(text, found.court) != _text_of(text, current.court)
        ):
            generic = generic_court(text, found.court) or generic_court(text, current.court)
            if not (generic and self._court_type(found.court) == self._court_type(current.court)):
                return True
        places = (None, None) if found.place_from_court else (found.place, current.place)
        for mine, theirs in (places, (found.date, current.date)):
            if (
                mine is not None
                and theirs is not None
                and _text_of(text, mine) != _text_of(text, theirs)
            ):
                return True
        return False

    def nearest_date(
        self, start: int, end: int, anchor: int, *, main_clause: bool = False
    ) -> Found[DateValue] | None:
        """The date of sentence ``[start, end)`` nearest ``anchor``.

        With ``main_clause``, not one in a relative or adverbial clause.
        """
        doc = self.doc
        low = bisect.bisect_left(doc.date_starts, start)
        high = bisect.bisect_left(doc.date_starts, end)
        candidates = [
            d
            for d in doc.dates[low:high]
            if not (
                main_clause
                and self.grammar.subordinate.search(
                    doc.masked, max(start, d.span.start - 100), d.span.start
                )
            )
        ]  # a court's date is not "who launched the site in 2016", "where 21 people died in"
        if not candidates:
            return None
        return min(candidates, key=lambda d: abs(d.span.start - anchor))

    def other_trial(self, start: int, end: int, penalty: Found[Sentence]) -> Trial | None:
        """A trial of its own for a penalty told beside a date that is not the current trial's.

        "such as the 17-year sentence handed to X in November 2022": another trial.
        """
        date = self.nearest_date(start, end, penalty.span.start)
        current = self.context.date
        if (
            date is None
            or not near(date.span, penalty.span)
            or current is None
            or date.value == current.value
            or self.context_set_at == start  # not the verdict this sentence tells
        ):
            return None
        trial = Trial(date=date)
        self.cases.append(trial)
        return trial

    def verdict_date(
        self, start: int, end: int, penalty: Found[Sentence]
    ) -> Found[DateValue] | None:
        """The date a sentence gives a penalty's verdict.

        "sentenced him to six years on November 16", "On 16.04.2024 ...".
        """
        date = self.nearest_date(start, end, penalty.span.start)
        if date is None:
            return None
        opening = self.grammar.opening_date.match(self.doc.masked, start, end)
        if near(date.span, penalty.span) or (
            opening is not None and date.span.start == opening.end()
        ):
            return date
        return None

    def _court_type(self, span: Span) -> str:
        """The kind of court: "regional", "district"; an appeals court is a regional one."""
        return self.grammar.court_kind(self.doc.masked[span.start : span.end])

    def _is_country(self, word: str) -> bool:
        return word.lower().rstrip("'s") in self.grammar.words.countries

    def _is_place_word(self, word: str) -> bool:
        return word.lower() not in self.grammar.words.court_types and not word.isupper()

    def case_for(self) -> Trial:
        """The case a newly tried person belongs to: the current one, or a new one."""
        context = self.context
        if not self.cases or (self.cases[-1] is not context and context not in self.cases):
            self.cases.append(context)
        return self.cases[-1] if context in self.cases else context


def near(one: Span, other: Span) -> bool:
    """Whether two spans stand within a short clause of each other."""
    return max(one.start, other.start) - min(one.end, other.end) < 60


def generic_court(text: str, span: Span) -> bool:
    """Whether a court is named by its type alone: "a district court", not "the Almaly court"."""
    return not any(word[0].isupper() for word in text[span.start : span.end].split()[:-1])


def _text_of(text: str, item: Span | Found[DateValue]) -> str:
    span = item.span if isinstance(item, Found) else item
    return text[span.start : span.end].lower()
