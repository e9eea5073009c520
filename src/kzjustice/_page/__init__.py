"""The parts of a scraped news page: header, body and boilerplate, and the source they state.

A page is read line by line, with one reading for English, Russian and pages that mix them:
the words of its furniture are the union of every language's word classes (``tail_openers``,
``tail_headings``, ``published_labels``, ``byline_labels``, ``ago_phrases``, ``counter_words``
and ``navigation`` in ``data/<language>/``). Lines before the first paragraph of prose are the
header: date lines, timestamps, the masthead, the headline, standfirsts, bylines, captions and
navigation. From the first tail marker on ("Related Content", "Read also:", "Читайте также",
"Теги:", a © line, "This article first appeared on ...", credit lines), everything is
boilerplate. Between them, paragraphs are the body; short lines without a sentence's
punctuation are headings. A dateline opens the body but is not part of it: "ASTANA, March 5
(Reuters) -", "АЛМАТЫ. 21 ноября. КазТАГ -", "Бишкек, 5 марта - 24.kg.".

Dates in header lines, bylines and timestamp lines are read with the English date grammar
first, then the Russian one. A timestamp line holds a full date and nothing else but times, a
rubric from the navigation words and a count: "4 April 2023, 16:42", "13 марта 2024, 16:42",
"14.05.2024 | Просмотров: 312", "ПРОИСШЕСТВИЯ 29 августа 2024, 14:30". A line of prose that
states a date is no timestamp line.

The text is normalised (``kzjustice._text.normalise``), so «quotes» are read as '"' and dashes
as "-". Only ``body`` spans are read for records; the rest gives the source: published date,
outlet, author and title.

``lines`` classifies a page's lines (prose, navigation, tails, headlines), ``source`` reads the
outlet, dateline, byline and dates of its header lines, and ``unwrapping`` joins the lines of
hard-wrapped wire copy.
"""

from __future__ import annotations

import datetime

import attrs
import regex

from kzjustice._page.lines import cut_off, is_headline, is_prose, is_tail, page_lines
from kzjustice._page.source import Source, found_group, found_text, masthead, trimmed
from kzjustice._page.unwrapping import unwrap
from kzjustice._page.vocabulary import CREDIT, FLAGS, OUTLET, PLACE, SENTENCE_END
from kzjustice._text import UPPER, compile_lazily
from kzjustice.models import Found, Span
from kzjustice.ru.dates.vocabulary import MONTHS as RUSSIAN_MONTHS

__all__ = ["Page", "read_page", "unwrap"]

# A Russian dateline: its place, day and month (the year is rare), and its outlet before or
# after a dash: "АЛМАТЫ. 21 ноября. КазТАГ -", "Бишкек, 5 марта - 24.kg.".
_RUSSIAN_DATELINE = rf"""
    {PLACE} [.,] \s+ \d{{1,2}} \s+ \L<month> (?: \s+ \d{{4}} (?: \s* (?: года | г\. ) )? )? \.? \s+
    (?: (?P<outlet> {OUTLET} (?: [ ] [{UPPER}][\w-]* )? ) \s* -       # КазТАГ -
      | - \s* (?P<outlet> {OUTLET} ) [.,:]? )                          # - 24.kg.
    \s*
"""
_WIRE = compile_lazily(
    rf"""
    \A \s*
    (?: [A-Z][A-Z .'-]+ ,? \s+                                            # ASTANA,
        (?: [A-Z][\w .'-]{{1,30}} \s+ (?= \( ) )?                          # Kazakhstan
        (?: (?: \w+ \s+ \d{{1,2}} | \d{{1,2}} \s+ \w+ ) (?: ,? \s+ \d{{4}} )? \s* )?  # March 5
        (?: \( (?P<outlet> [A-Z][^()\n]{{1,40}} ) \)                        # (Reuters)
          | \. \s* / (?P<outlet> [A-Za-z][\w -]{{1,30}} ) / \.
          | (?<= [A-Z] \. \s+ ) (?P<outlet> [A-Z]{{3,}} (?: -[A-Z]+ )? ) (?= \s* - ) )  # KAZINFORM
        \s* (?: [-:] \s* )?
      | [A-Z][\w.'-]+ (?: [ ] [A-Z][\w.'-]+ ){{0,2}} , \s+                  # New York,
        (?: [A-Z][a-z]+ \s+ \d{{1,2}} | \d{{1,2}} \s+ [A-Z][a-z]+ ) ,? \s+ \d{{4}}  # April 5, 2013
        \s* [-\u2013\u2014] \s*                                              # -
      | {_RUSSIAN_DATELINE} )
    """,
    regex.VERBOSE,
    month=list(RUSSIAN_MONTHS),
)

_FIRST_APPEARED = compile_lazily(
    r"""first \s+ (?: appeared | published ) \s+ (?: on | in | by ) \s+
        (?P<outlet> [A-Z][\w'.&-]* (?: \s+ [A-Z][\w'.&-]* ){0,4} )""",
    FLAGS,
)
_COPYRIGHT = compile_lazily(
    rf"""
    (?: © | \(c\) | copyright ) \s*
    (?: (?: \d{{4}} \s* )? (?P<outlet> [A-Z][\w'.&-]* (?: \s+ [A-Z][\w'.&-]* ){{0,8}} )
      # A Cyrillic name, its words after the first in lower case, after a year or a span of
      # years and a quote: "© 2006-2023 КазТАГ", '© 2024 "Власть"', "© 2024 Актюбинский
      # областной суд. Все права защищены."
      | (?: \d{{4}} (?: \s* - \s* \d{{4}} )? \s* )? "?
        (?P<outlet> (?-i: (?= \p{{Cyrillic}} ) [{UPPER}] [\w.&/-]*
                          (?: \s+ \p{{Ll}} [\w-]* ){{0,4}} ) ) )
    """,
    FLAGS,
)

_LIST_ITEM = compile_lazily(  # a bullet, an emoji ("▪️", "✂️"), a dash or a number opening a line
    r"(?:[•·‣◦*\u2013\u2014-]|\p{So}[\p{So}\p{Sk}\u200d\ufe0f]*)\s|[0-9]{1,2}[.)]\s"
)

# A line in title case, its words of four letters and more capitalised, with no stop and one
# comma at most: a link's headline ("- Shymkent Military Court Sentences Fuel Depot Chief to
# Nine Years in Prison"), not a list's item ("- A, B, C")
_TITLE_CASE = compile_lazily(
    r"""(?! [^\n]* , [^\n]* , ) [^\n]*?
        (?: (?<! \w ) (?: \p{Lu} [\w'\u2019-]{3,} | [^\W\d]{1,3} ) [^\w\n.;]*? ){6,}""",
    regex.VERBOSE,
)


@attrs.frozen
class Page:
    """What a page's layout says, apart from its body."""

    body: tuple[Span, ...]  # the spans of body prose, in order
    published: Found[datetime.date] | None  # the first date line, timestamp or byline date
    outlet: Found[str] | None
    author: Found[str] | None
    title: Found[str] | None
    # the headline and the standfirsts under it: read for penalties only where the body, cut
    # off before them, states none ("Его приговорили к году ограничения свободы")
    leads: tuple[Span, ...] = ()


_LEAD_WORDS = 6  # a sentence above the body as long as this is a standfirst, not a caption


def read_page(text: str) -> Page:
    """Split ``text`` (normalised) into its parts, and read the source its header states."""
    lines = page_lines(text)
    prose = next(
        (
            i
            for i, line in enumerate(lines)
            if is_prose(line) and not is_tail(line) and not is_headline(text, lines, i)
        ),
        0,
    )
    tail = next(  # after the first paragraph: "Поддержите Kloop" in a masthead ends nothing
        (i for i, line in enumerate(lines) if i > prose and is_tail(line)), len(lines)
    )
    first_body = next(
        (
            i
            for i, line in enumerate(lines[:tail])
            if is_prose(line) and not is_tail(line) and not is_headline(text, lines, i)
        ),
        None,
    )
    if first_body is None:  # a short note or a snippet: its body starts at its first sentence
        ends = (i for i, line in enumerate(lines[:tail]) if SENTENCE_END.search(line.text))
        first_body = next(ends, tail)
    source = Source(text)
    headings: list[Span] = []  # the masthead, the headline, standfirsts
    standfirsts: list[Span] = []  # sentences above the body, shorter than its paragraphs
    body: list[Span] = []
    listing = False  # after a line ending in a colon, a list's short items: names
    earlier: dict[str, list[str]] = {}  # the body's paragraphs by their first 60 characters
    for index, line in enumerate(lines[:tail]):
        span = source.read_header_line(line)
        if span is None:
            continue  # navigation, a date line, a byline, a timestamp, a caption
        start, end = span.start, span.end
        in_list = line.text.endswith(";") or (
            index > 0 and lines[index - 1].text.endswith(";")  # and the list's last item
        )
        if index < first_body and not in_list:  # a list's item is body: an excerpt may open in
            # the middle of one ("X - к восьми годам лишения свободы;")
            if is_tail(line):
                continue  # a photo's "© Outlet / Photographer" or a "Read also" link above it
            if len(text[start:end].split()) <= 30 and not text[start:end].endswith("."):
                headings.append(span)
            elif len(text[start:end].split()) >= _LEAD_WORDS:
                standfirsts.append(span)  # "X приговорили к 12 годам колонии." above the body
            continue
        item = listing and (len(line.text.split()) <= 6 or cut_off(line.text))  # a name, or
        # a long item with no stop: "X, chair of Y, received 10 years in a penal colony"
        listing = line.text.endswith(":") or item
        if not (
            is_prose(line)
            or SENTENCE_END.search(line.text)
            or line.text.endswith((":", ";"))
            or (
                _LIST_ITEM.match(line.text)
                and len(line.text.split()) >= 3
                and not _TITLE_CASE.fullmatch(line.text)
            )
            or item  # "К 2 годам лишения свободы приговорили:", then a name a line
            or (index == len(lines) - 1 and cut_off(line.text))  # cut off mid-sentence
        ):
            continue  # a heading inside the body; "Other news from the courts this week:", a
            # list's item ("• X, 51, to 10 years;", "🔹 Еркиновой — 4 года") are not
        wire = _WIRE.match(line.text)
        if wire and index == first_body:  # "ASTANA, March 5 (Reuters) -": a dateline
            if wire["outlet"]:  # not "New York, April 5, 2013 -"
                source.outlets.append(found_group(text, line.start, wire, "outlet"))
            start = line.start + wire.end()
        said = text[start:end].strip()
        if len(said) >= 60 and any(e.startswith(said) for e in earlier.get(said[:60], ())):
            continue  # a paragraph printed again, whole or cut off where the excerpt ends
        earlier.setdefault(said[:60], []).append(said)
        credit = CREDIT.search(text, start, end)
        body.append(Span(start, credit.start() if credit else end))
    for line in lines[tail:]:
        for pattern in (_FIRST_APPEARED, _COPYRIGHT):
            found = pattern.search(line.text)
            if found:
                outlet = trimmed(
                    text, line.start + found.start("outlet"), line.start + found.end("outlet")
                )
                source.outlets.append(found_text(text, *outlet))
    title = None
    leads: tuple[Span, ...] = ()
    if len(headings) > 1:
        name = masthead(text, headings[0])
        if name is not None:
            headings.pop(0)
            source.outlets.append(name)
    if headings:  # the headline, past a service line ("RFE/RL's Kazakh Service") or a breadcrumb
        headline = next((h for h in headings if len(text[h.start : h.end].split()) >= 5), None)
        headline = headline or headings[0]
        title = found_text(text, headline.start, headline.end)
        leads = tuple(h for h in headings if h.start >= headline.start)
    leads = tuple(sorted((*leads, *standfirsts), key=lambda span: span.start))
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
        leads=leads,
    )
