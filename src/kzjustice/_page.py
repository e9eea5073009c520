"""The parts of a scraped news page: header, body and boilerplate, and the source they state.

A page is read line by line. Lines before the first paragraph of prose are the header: date
lines, timestamps, the masthead, the headline, standfirsts, bylines, captions and navigation.
From the first of the tail markers ("Related Content", "Most Read", "Read also:", a (c) line,
"This article first appeared on ...", credit lines) on, everything is boilerplate. Between
them, paragraphs are the body; short lines without a sentence's punctuation are headings.
A wire dateline ("ASTANA, March 5 (Reuters) -") opens the body but is not part of it.

Only ``body`` spans are read for records; the rest gives the source: published date, outlet,
author and title.
"""

from __future__ import annotations

import datetime

import attrs
import regex

from kzjustice._text import compile_lazily
from kzjustice.dates import MONTHS, find_dates
from kzjustice.lexicon import lexicon
from kzjustice.models import Found, Granularity, Span

__all__ = ["Page", "read_page"]

_FLAGS = regex.VERBOSE | regex.IGNORECASE

_EN = lexicon("en")

_TAIL = compile_lazily(
    r"""
    \A \s* (?: related \s+ content | most \s+ read | read \s+ (?: also | more ) \b
             | share \s+ this \s+ (?: article | story ) | follow \s+ us | more \s+ on \s+ this
             | © | \( c \) \s* \d{4} | copyright \b | this \s+ (?: article | story ) \s+ (?: first
               \s+ )? (?: appeared | was \s+ (?: first \s+ )? published ) | \(? \s* reporting
               \s+ by \b | our \s+ standards \b | \( ? \s* editing \s+ by \b | latest \s* \Z
             | (?: recommended | you \s+ may \s+ also \s+ like | also \s+ read ) \b )
    """,
    _FLAGS,
)
_AGO_LINE = compile_lazily(
    r"""\A \s* (?: \d+ \s+ (?: minutes? | hours? | days? | weeks? | months? ) \s+ ago
                | \d [\d\s.,]*+ [km]? \s*
                  (?: subscribers | followers | views | members | comments ) )
        \s* \Z""",
    _FLAGS,
)  # "2 hours ago", "14 837 subscribers"
_DATE_LINE = compile_lazily(r"\A date \s+ (?P<date> \d{4}-\d{2}-\d{2} ) \b \s*", _FLAGS)
_PUBLISHED = compile_lazily(
    r"\A (?: published | posted | updated | date ) (?: \s+ on )? \s* :? \s* (?P<rest> .+ )",
    _FLAGS,
)
_BYLINE = compile_lazily(
    r"""
    (?: \A | \| ) \s* (?: [Bb]y \s+ | (?: [Aa]uthor | [Tt]ext | [Ww]ords ) \s* : \s* )  # "Author:"
    (?P<author> [A-Z][\w'.-]* (?: \s+ [A-Z][\w'.-]* ){0,3} )
    (?: \s+ (?: for | of ) \s+
        (?P<outlet> [A-Z][\w'.&-]* (?: \s+ (?! \L<month> \b ) [A-Z][\w'.&-]* ){0,4} ) )?
    """,
    regex.VERBOSE,
    month=[name.capitalize() for name in MONTHS],  # "By X for Eurasianet April 4, 2023"
)
_WIRE = compile_lazily(
    r"""
    \A \s* [A-Z][A-Z .'-]+ ,? \s+                                 # ASTANA,
    (?: [A-Z][\w .'-]{1,30} \s+ (?= \( ) )?                         # Kazakhstan
    (?: (?: \w+ \s+ \d{1,2} | \d{1,2} \s+ \w+ ) (?: ,? \s+ \d{4} )? \s* )?   # March 5
    (?: \( (?P<outlet> [A-Z][^()\n]{1,40} ) \) | \. \s* / (?P<outlet> [A-Za-z][\w -]{1,30} ) / \.
      | (?<= [A-Z] \. \s+ ) (?P<outlet> [A-Z]{3,} (?: -[A-Z]+ )? ) (?= \s* - ) )  # KAZINFORM -
    \s* (?: [-:] \s* )?
    """,
    regex.VERBOSE,
)
_FIRST_APPEARED = compile_lazily(
    r"""first \s+ (?: appeared | published ) \s+ (?: on | in | by ) \s+
        (?P<outlet> [A-Z][\w'.&-]* (?: \s+ [A-Z][\w'.&-]* ){0,4} )""",
    _FLAGS,
)
_COPYRIGHT = compile_lazily(
    r"""(?: © | \(c\) | copyright ) \s* (?: \d{4} \s* )?
        (?P<outlet> [A-Z][\w'.&-]* (?: \s+ [A-Z][\w'.&-]* ){0,8} )""",
    _FLAGS,
)
_PUNCTUATION = compile_lazily(r"[^\w\s]")
_DOMAIN = compile_lazily(
    r"[a-z0-9-]{2,30} \. (?: kz | kg | uz | tj | tm | ru | com | org | net | media | news | info )",
    _FLAGS,
)
_CREDIT = compile_lazily(r"(?: picture | photo | image ) \s+ (?: credit | by ) \s* : .* \Z", _FLAGS)
_CAPTION = compile_lazily(r"\s / \s")
_SENTENCE_END = compile_lazily(r"[.!?][\"')\]]* \s* \Z | [.!?][\"')\]]* \s+ [A-Z\"]", regex.VERBOSE)
_TIME = compile_lazily(
    r"""\A [\s,|-]* (?: \d{1,2} [:.] \d{2} (?: \s* [ap]\.?m\.? )?           # "4:12 PM", "12.01am"
                      (?: \s* (?: [A-Z]{2,4} | GMT | UTC ) (?: [+-] \d{1,2} )? )? )?  # "GMT+5"
        [\s,|.-]* \Z""",
    _FLAGS,
)


@attrs.frozen
class Page:
    """What a page's layout says, apart from its body."""

    body: tuple[Span, ...]  # the spans of body prose, in order
    published: Found[datetime.date] | None  # the first date line, timestamp or byline date
    outlet: Found[str] | None
    author: Found[str] | None
    title: Found[str] | None


@attrs.frozen
class _Line:
    start: int
    end: int
    text: str


def _lines(text: str) -> list[_Line]:
    lines, start = [], 0
    for line in text.split("\n"):
        lead = len(line) - len(line.lstrip())
        stripped = line.strip()
        if stripped:
            lines.append(_Line(start + lead, start + lead + len(stripped), stripped))
        start += len(line) + 1
    return lines


def _is_navigation(line: _Line) -> bool:
    key = _PUNCTUATION.sub("", line.text.lower()).strip()
    if key in _EN.navigation or _AGO_LINE.match(line.text) or key.startswith("grey "):
        return True
    parts = [p.strip() for p in line.text.split("|")]
    return len(parts) > 2 and all(len(p.split()) <= 3 for p in parts)  # "Home | News | About"


def _is_prose(line: _Line) -> bool:
    """A paragraph of the body: long enough, and ending like a sentence."""
    words = len(line.text.split())
    return (words >= 12 and _SENTENCE_END.search(line.text) is not None) or words >= 40


def _found(text: str, start: int, end: int) -> Found[str]:
    return Found(value=text[start:end], span=Span(start, end), text=text[start:end])


def _date_in(text: str, start: int, end: int) -> Found[datetime.date] | None:
    """The first full date (day, month and year) stated in ``text[start:end]``."""
    for found in find_dates(text[start:end]):
        value = found.value
        if value.granularity is Granularity.DAY and value.earliest is not None:
            span = Span(start + found.span.start, start + found.span.end)
            return Found(value=value.earliest, span=span, text=found.text)
    return None


def read_page(text: str) -> Page:
    """Split ``text`` (normalised) into its parts, and read the source its header states."""
    lines = _lines(text)
    tail = next((i for i, line in enumerate(lines) if _TAIL.match(line.text)), len(lines))
    first_body = next((i for i, line in enumerate(lines[:tail]) if _is_prose(line)), None)
    if first_body is None:  # a short note or a snippet: its body starts at its first sentence
        ends = (i for i, line in enumerate(lines[:tail]) if _SENTENCE_END.search(line.text))
        first_body = next(ends, tail)
    source = _Source(text)
    headings: list[Span] = []  # the masthead, the headline, standfirsts
    body: list[Span] = []
    for index, line in enumerate(lines[:tail]):
        span = source.read_header_line(line)
        if span is None:
            continue  # navigation, a date line, a byline, a timestamp, a caption
        start, end = span.start, span.end
        if index < first_body:
            if len(text[start:end].split()) <= 30 and not text[start:end].endswith("."):
                headings.append(span)
            continue
        if not (_is_prose(line) or _SENTENCE_END.search(line.text) or line.text.endswith(":")):
            continue  # a heading inside the body; "Other news from the courts this week:" is not
        wire = _WIRE.match(line.text)
        if wire and index == first_body:  # "ASTANA, March 5 (Reuters) -": a dateline
            source.outlets.append(
                _found(text, line.start + wire.start("outlet"), line.start + wire.end("outlet"))
            )
            start = line.start + wire.end()
        credit = _CREDIT.search(text, start, end)
        body.append(Span(start, credit.start() if credit else end))
    for line in lines[tail:]:
        for pattern in (_FIRST_APPEARED, _COPYRIGHT):
            found = pattern.search(line.text)
            if found:
                outlet = _trim(
                    text, line.start + found.start("outlet"), line.start + found.end("outlet")
                )
                source.outlets.append(_found(text, *outlet))
    title = None
    if len(headings) > 1:
        first = headings[0]
        name_end = first.start + len(text[first.start : first.end].split(" | ")[0].rstrip())
        if _looks_like_name(text[first.start : name_end]):  # "EurasiaTimes", "ORDA.kz"
            headings.pop(0)  # "Qamqor Monitor | Courts & Rights": the name before its tagline
            source.outlets.append(_found(text, first.start, name_end))
    if headings:  # the headline, past a service line ("RFE/RL's Kazakh Service") or a breadcrumb
        headline = next((h for h in headings if len(text[h.start : h.end].split()) >= 5), None)
        headline = headline or headings[0]
        title = _found(text, headline.start, headline.end)
    outlets = source.outlets
    first_outlet = min(outlets, key=lambda f: f.span.start) if outlets else None
    author = source.author
    if author is not None and any(
        author.value.lower().replace(" ", "") == o.value.lower().replace(" ", "") for o in outlets
    ):
        author = None  # "By Eurasiatimes": the byline names the outlet
    return Page(
        body=tuple(body),
        published=source.published,
        outlet=first_outlet,
        author=author,
        title=title,
    )


class _Source:
    """The source facts header lines state, collected as the lines are read."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.published: Found[datetime.date] | None = None
        self.outlets: list[Found[str]] = []
        self.author: Found[str] | None = None

    def read_header_line(self, line: _Line) -> Span | None:
        """Take what a date line, byline or timestamp states; return what is left to read."""
        text, start, end = self.text, line.start, line.end
        date_line = _DATE_LINE.match(line.text)
        if date_line:  # "date 2023-04-04 Headline" on one line
            offset = line.start
            self.published = self.published or _date_in(
                text, offset + date_line.start("date"), offset + date_line.end("date")
            )
            start = offset + date_line.end()
            if start >= end:
                return None
        if _is_navigation(line) or _CAPTION.search(line.text):
            return None  # "Serik Kudebayev. / Kazakh interior ministry" is a caption
        byline = _BYLINE.search(line.text)
        if _PUBLISHED.match(line.text) or byline:
            self.published = self.published or _date_in(text, start, end)
            if byline:
                if byline["outlet"]:
                    self.outlets.append(
                        _found(text, start + byline.start("outlet"), start + byline.end("outlet"))
                    )
                if self.author is None:
                    author = (start + byline.start("author"), start + byline.end("author"))
                    self.author = _found(text, *author)
            return None
        date = _date_in(text, start, end) if len(line.text) < 60 else None  # no prose line
        if date is not None and _TIME.match(
            text[start : date.span.start] + text[date.span.end : end]
        ):
            self.published = self.published or date  # a line that is only a date or timestamp
            return None
        return Span(start, end)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop a trailing full stop, "here", or "All rights reserved" from an outlet's name."""
    while True:
        piece = text[start:end]
        for tail in (".", " here", " All", " All rights reserved"):
            if piece.endswith(tail):
                end -= len(tail)
                break
        else:
            return start, end


def _looks_like_name(line: str) -> bool:
    """A masthead: a site's domain ("ORDA.kz"), or words without sentence punctuation.

    Each word is capitalised ("Qalam News", "EurasiaTimes") or in camel case ("openDemocracy").
    """
    if _DOMAIN.fullmatch(line):
        return True
    words = line.split()
    small = {"of", "the", "and", "for", "in", "on"}
    return (
        not any(c in line for c in '.:!?,"')
        and all(w[0].isupper() or w in small or not w.islower() for w in words)
        and len(words) <= 10
    )
