"""A page's lines, and what each is: prose, navigation, a tail, a headline, a date."""

from __future__ import annotations

import datetime

import attrs
import regex

from kzjustice._page.vocabulary import CLOSE, CREDIT, DATE_LINE, FLAGS, SENTENCE_END, furniture
from kzjustice._text import compile_lazily
from kzjustice.dates import find_dates
from kzjustice.lexicon import phrases
from kzjustice.models import Found, Granularity, Span
from kzjustice.ru.dates import find_dates as find_russian_dates

_NAVIGATION = frozenset(furniture("navigation"))
_TAIL_HEADINGS = frozenset(furniture("tail_headings"))  # "Latest" as a whole line
_TAIL = compile_lazily(
    rf"""
    \A \s* (?: (?: \( \s* )? {phrases(furniture("tail_openers"))} \b  # "Read also", "(Editing by"
             | © | \( c \) \s* \d{{4}} )                                 # "© 2023", "(c) 2023"
    """,
    FLAGS,
)
_COUNTED = phrases(furniture("counter_words"))
_FURNITURE_LINE = compile_lazily(
    rf"""
    \A \s* (?: \d+ \s+ {phrases(furniture("ago_phrases"))}     # "2 hours ago", "2 часа назад"
             | \d [\d\s.,]*+ (?: [km] | тыс\. )? \s* {_COUNTED} )  # "14 837 subscribers", "12,4K"
    \s* \Z
    """,
    FLAGS,
)
_COUNT_AFTER_LABEL = compile_lazily(rf"\A \s* {_COUNTED} \s* : \s* \d [\d\s.,]*+ \Z", FLAGS)

_PUNCTUATION = compile_lazily(r"[^\w\s]")

_FINAL_STOP = compile_lazily(rf"[.!?:;]{CLOSE}\Z")
_EMOJI_END = compile_lazily(r"\w\s*\p{So}[\p{So}\p{Sk}\u200d\ufe0f\s]*\Z")  # "in 2024 👮‍♂️⛓"

_TIME = compile_lazily(
    r"""\A [\s,|-]* (?: \d{1,2} [:.] \d{2} (?: \s* [ap]\.?m\.? )?           # "4:12 PM", "12.01am"
                      (?: \s* (?: [A-Z]{2,4} | GMT | UTC ) (?: [+-] \d{1,2} )? )? )?  # "GMT+5"
        [\s,|.-]* \Z""",
    FLAGS,
)
_PIECES = compile_lazily(r"\s*[|,·]\s*|\s+/\s+|\s{2,}")  # "14.05.2024 | Просмотров: 312"
_UPDATED_TAIL = compile_lazily(r"\s* \(? \s* (?: updated | обновлено ) \b [^\n]* \Z", FLAGS)

_LABEL_FIRST = compile_lazily(rf"\A \s* {phrases(furniture('published_labels'))} \s* :?", FLAGS)


@attrs.frozen
class Line:
    start: int
    end: int
    text: str  # stripped
    key: str  # as navigation and tail headings are compared


def page_lines(text: str) -> list[Line]:
    """The lines that hold text, a date line's date apart from what follows it on its line.

    "date 2021-05-10 TASHKENT (Reuters) - A court ..." is a date line, then the lead.
    """
    lines, start = [], 0
    for line in text.split("\n"):
        lead = len(line) - len(line.lstrip())
        stripped = line.strip()
        date_line = DATE_LINE.match(stripped)
        if date_line and date_line.end() < len(stripped):
            cut = date_line.end("date")
            lines.append(
                Line(start + lead, start + lead + cut, stripped[:cut], line_key(stripped[:cut]))
            )
            lead += date_line.end()
            stripped = stripped[date_line.end() :]
        if stripped:
            lines.append(
                Line(start + lead, start + lead + len(stripped), stripped, line_key(stripped))
            )
        start += len(line) + 1
    return lines


def line_key(text: str) -> str:
    """A line as navigation and tail headings are compared: lower case, no punctuation."""
    return _PUNCTUATION.sub("", text.lower()).strip()


def is_tail(line: Line) -> bool:
    """The first line of the boilerplate after the body: "Read also:", "Читайте также"."""
    return _TAIL.match(line.text) is not None or line.key in _TAIL_HEADINGS


def is_navigation(line: Line) -> bool:
    key = line.key
    if key in _NAVIGATION or _FURNITURE_LINE.match(line.text) or key.startswith("grey "):
        return True
    parts = [p.strip() for p in line.text.split("|")]
    return len(parts) > 2 and all(len(p.split()) <= 3 for p in parts)  # "Home | News | About"


def is_prose(line: Line) -> bool:
    """A paragraph of the body: long enough, and ending like a sentence (or in an emoji).

    Not a photo's caption with its credit: "X at the court in Ufa. Photo: Sota / Telegram" above
    the lead does not start the body.
    """
    words = len(line.text.split())
    if CREDIT.search(line.text):
        return False
    return (
        words >= 12 and (SENTENCE_END.search(line.text) or _EMOJI_END.search(line.text)) is not None
    ) or words >= 40


def cut_off(line: str) -> bool:
    """Whether the last line is a paragraph cut off mid-sentence, as excerpts and feeds end.

    Twelve words or more; eight where it stops at an ellipsis, or in a word after a comma
    ("Один из подсудимых получил 6 лет лишения свободы, вто"), not "Subscribe to our channel".
    """
    words = len(line.split())
    return words >= 12 or (words >= 8 and _CUT_OFF.search(line) is not None)


_CUT_OFF = compile_lazily(r"(?: , \s [^,]* \p{Ll} | … | \.\.\. ) \Z", regex.VERBOSE)


def is_headline(text: str, lines: list[Line], index: int) -> bool:
    """A line of two sentences with no final stop just above a timestamp: a headline.

    "Жительницу Новороссийска приговорили к пяти годам колонии. Еще двое получили штраф"
    above "16 июля 2025, 14:05".
    """
    if index + 1 >= len(lines) or _FINAL_STOP.search(lines[index].text):
        return False
    following = lines[index + 1]
    if len(following.text) >= 60:
        return False
    date = date_in(text, following.start, following.end)
    return date is not None and only_time(
        text[following.start : date.span.start] + text[date.span.end : following.end]
    )


def date_in(text: str, start: int, end: int) -> Found[datetime.date] | None:
    """The first full date (day, month and year) in ``text[start:end]``: English, else Russian."""
    for find in (find_dates, find_russian_dates):
        for found in find(text[start:end]):
            value = found.value
            if value.granularity is Granularity.DAY and value.earliest is not None:
                span = Span(start + found.span.start, start + found.span.end)
                return Found(value=value.earliest, span=span, text=found.text)
    return None


def only_time(rest: str, *, label: bool = False) -> bool:
    """What a timestamp line holds beside its date: times, a rubric, a count ("Просмотров: 3").

    An update's age may close it: "January 24, 2025 4:17 PM GMT+5 Updated 3 hours ago"; with
    ``label``, it may open with a label: "Published: 14:05,".
    """
    rest = _UPDATED_TAIL.sub("", rest)
    if label:
        rest = _LABEL_FIRST.sub("", rest)
    return _TIME.match(rest) is not None or all(
        _TIME.match(piece)
        or line_key(piece) in _NAVIGATION
        or _FURNITURE_LINE.match(piece)
        or _COUNT_AFTER_LABEL.match(piece)  # "Просмотров: 312", beside a date only
        for piece in _PIECES.split(rest)
    )
