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
"""

from __future__ import annotations

import datetime

import attrs
import regex

from kzjustice._text import UPPER, compile_lazily
from kzjustice.dates import find_dates
from kzjustice.dates.vocabulary import MONTHS
from kzjustice.lexicon import LANGUAGES, lexicon, phrases
from kzjustice.models import Found, Granularity, Span
from kzjustice.ru.dates import MONTHS as RUSSIAN_MONTHS
from kzjustice.ru.dates import find_dates as find_russian_dates

__all__ = ["Page", "read_page", "unwrap"]

_FLAGS = regex.VERBOSE | regex.IGNORECASE


def _furniture(name: str) -> tuple[str, ...]:
    """The entries of the word class ``name`` in every language: pages mix their furniture."""
    return tuple(entry for language in LANGUAGES for entry in getattr(lexicon(language), name))


# A line break inside a sentence of hard-wrapped copy: after a long line ending in a lower-case
# letter or a comma, before a lower-case letter ("stood\ntrial"), or after a word that cannot
# end a sentence, before any letter ("in the city of\nJalal-Abad"); or inside a name, between
# two long lines, before a word the sentence goes on after ("Nakanune.kz, Guzal\nBaidalinova,
# was sentenced").
_WRAP = compile_lazily(
    r"""(?<= [^\n]{40} )
        (?: (?<= [\p{Ll},] ) \n (?= \p{Ll} )
          | (?<= \s \L<line_end> ) \n (?= \p{L} )
          | (?<= [^\n]{40} \n [^\n]{40,} \s \p{Lu}\p{Ll}+ ) \n
            (?= \p{Lu}\p{Ll}+ (?: , \s+ | \s+ ) \p{Ll} ) )""",
    regex.VERBOSE,
    line_end=_furniture("line_end_words"),
)


def unwrap(text: str) -> str:
    """``text`` with the line breaks of hard-wrapped copy as spaces; the length is unchanged."""
    return _WRAP.sub(" ", text) if "\n" in text else text


_NAVIGATION = frozenset(_furniture("navigation"))
_TAIL_HEADINGS = frozenset(_furniture("tail_headings"))  # "Latest" as a whole line
_TAIL = compile_lazily(
    rf"""
    \A \s* (?: (?: \( \s* )? {phrases(_furniture("tail_openers"))} \b  # "Read also", "(Editing by"
             | © | \( c \) \s* \d{{4}} )                                 # "© 2023", "(c) 2023"
    """,
    _FLAGS,
)
_COUNTED = phrases(_furniture("counter_words"))
_FURNITURE_LINE = compile_lazily(
    rf"""
    \A \s* (?: \d+ \s+ {phrases(_furniture("ago_phrases"))}     # "2 hours ago", "2 часа назад"
             | \d [\d\s.,]*+ (?: [km] | тыс\. )? \s* {_COUNTED} )  # "14 837 subscribers", "12,4K"
    \s* \Z
    """,
    _FLAGS,
)
_COUNT_AFTER_LABEL = compile_lazily(rf"\A \s* {_COUNTED} \s* : \s* \d [\d\s.,]*+ \Z", _FLAGS)
_DATE_LINE = compile_lazily(r"\A date \s+ (?P<date> \d{4}-\d{2}-\d{2} ) \b \s*", _FLAGS)
_PUBLISHED = compile_lazily(
    rf"\A {phrases(_furniture('published_labels'))} \b (?= . )", _FLAGS
)  # "Published: 4 April 2023", "Опубликовано: 12 апреля 2023", not a label alone
_AUTHOR = rf"[{UPPER}][\w'.-]* (?: \s+ [{UPPER}][\w'.-]* ){{0,3}}"  # "Мадина Оспанова"
_BYLINE_LABELS = _furniture("byline_labels")
_BYLINE = compile_lazily(
    rf"""
    (?: \A | \| ) \s* \L<label> (?: (?<= : ) \s* | \s+ )                 # "By ", "Автор: "
    (?P<author> {_AUTHOR} )
    (?: \s+ (?: for | of ) \s+
        (?P<outlet> [A-Z][\w'.&-]* (?: \s+ (?! \L<month> \b ) [A-Z][\w'.&-]* ){{0,4}} ) )?
    """,
    regex.VERBOSE,
    label=[*_BYLINE_LABELS, *(label.capitalize() for label in _BYLINE_LABELS)],
    month=[name.capitalize() for name in MONTHS],  # "By X for Eurasianet April 4, 2023"
)
_PLACE = rf"[{UPPER}][\w-]+ (?: [ ] [{UPPER}][\w-]+ )?"  # "АЛМАТЫ", "Ростов-на-Дону"
_OUTLET = rf"[{UPPER}\d][\w-]* (?: \. [\w-]+ )*"  # "КазТАГ", "24.kg", "Kaktus.media"
# A Russian dateline: its place, day and month (the year is rare), and its outlet before or
# after a dash: "АЛМАТЫ. 21 ноября. КазТАГ -", "Бишкек, 5 марта - 24.kg.".
_RUSSIAN_DATELINE = rf"""
    {_PLACE} [.,] \s+ \d{{1,2}} \s+ \L<month> (?: \s+ \d{{4}} (?: \s* (?: года | г\. ) )? )? \.? \s+
    (?: (?P<outlet> {_OUTLET} (?: [ ] [{UPPER}][\w-]* )? ) \s* -       # КазТАГ -
      | - \s* (?P<outlet> {_OUTLET} ) [.,:]? )                          # - 24.kg.
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
      | {_RUSSIAN_DATELINE} )
    """,
    regex.VERBOSE,
    month=list(RUSSIAN_MONTHS),
)
# What follows the date in a header line that is a dateline: "11:47, 17 апреля 2024, Ош -
# 24.kg, Асель Нурланова" gives the outlet and the author.
_DATELINE_AFTER_DATE = compile_lazily(
    rf"\A , \s* {_PLACE} \s+ - \s+ (?P<outlet> {_OUTLET} ) (?: , \s* (?P<author> {_AUTHOR} ) )?"
    r" \s* \Z",
    regex.VERBOSE,
)
_FIRST_APPEARED = compile_lazily(
    r"""first \s+ (?: appeared | published ) \s+ (?: on | in | by ) \s+
        (?P<outlet> [A-Z][\w'.&-]* (?: \s+ [A-Z][\w'.&-]* ){0,4} )""",
    _FLAGS,
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
    _FLAGS,
)
_PUNCTUATION = compile_lazily(r"[^\w\s]")
_DOMAIN = (
    r"[\w-]{2,30} \. (?: kz | kg | uz | tj | tm | ru | com | org | net | media | news | info )"
)
_SITE = compile_lazily(_DOMAIN, _FLAGS)
_INSTITUTION_WORDS = frozenset(_furniture("institution_words"))
# Words a headline has and an institution's name not: prepositions (but "по": "бюро по правам
# человека") and reporting verbs
_NOT_IN_INSTITUTION = frozenset(lexicon("ru").function_words) - {"и", "по"}
_VERB_FORM = compile_lazily(r"(?:[иаеы]л[аио]?|[еиюя]т|ют|ся|сь)\Z")  # "приговорил", "получит"
_CYRILLIC_WORD = compile_lazily(r"\p{Cyrillic}")
_MASTHEAD = compile_lazily(
    rf"""
    \A (?: (?P<name> {_DOMAIN} ) \s+ (?-i: [{UPPER}] )  # "24.kg NEWS AGENCY", "E1.RU  Екатеринбург"
         | " (?P<name> [^"\n]{{1,40}} ) " \s+ - )        # "Фергана" - международное агентство
    """,
    _FLAGS,
)
_CREDIT = compile_lazily(  # a photo's credit, after its caption
    r"\b (?: picture | photo | image | фото ) (?: \s+ (?: credit | by ) )? \s* : .* \Z", _FLAGS
)
_LIST_ITEM = compile_lazily(  # a bullet, an emoji ("▪️", "✂️"), a dash or a number opening a line
    r"(?:[•·‣◦*\u2013\u2014-]|\p{So}[\p{So}\p{Sk}\u200d\ufe0f]*)\s|[0-9]{1,2}[.)]\s"
)
_CAPTION = compile_lazily(r"\s / \s")
_CLOSE = r"""["')\]]*(?:\[[0-9]{1,3}\])*"""  # what may close a sentence: quotes, a footnote "[33]"
_FINAL_STOP = compile_lazily(rf"[.!?:;]{_CLOSE}\Z")
_EMOJI_END = compile_lazily(r"\w\s*\p{So}[\p{So}\p{Sk}\u200d\ufe0f\s]*\Z")  # "in 2024 👮‍♂️⛓"
_SENTENCE_END = compile_lazily(
    rf"""[.!?]{_CLOSE} \s* \Z | [.!?]{_CLOSE} \s+ [{UPPER}"]""", regex.VERBOSE
)  # before a Latin or Cyrillic capital, or an opening quote ("«", as normalised)
_TIME = compile_lazily(
    r"""\A [\s,|-]* (?: \d{1,2} [:.] \d{2} (?: \s* [ap]\.?m\.? )?           # "4:12 PM", "12.01am"
                      (?: \s* (?: [A-Z]{2,4} | GMT | UTC ) (?: [+-] \d{1,2} )? )? )?  # "GMT+5"
        [\s,|.-]* \Z""",
    _FLAGS,
)
_PIECES = compile_lazily(r"\s*[|,·]\s*|\s+/\s+|\s{2,}")  # "14.05.2024 | Просмотров: 312"
_UPDATED_TAIL = compile_lazily(r"\s* \(? \s* (?: updated | обновлено ) \b [^\n]* \Z", _FLAGS)
# A date between bars, perhaps with its time up to the next bar, the rest of its short line a
# masthead's, a rubric's or a count's words: "Bulletin No. 11 (Kazakhstan) | 17 February 2025",
# "15.04.2025 | 11:42 | Society", "Published 11.07.2024 | 09:15 | Views: 2418", "Шымкент • 03
# июня 2025, 11:17"
_NAME_BEFORE_DATE = compile_lazily(rf"\A \s* (?-i: {_AUTHOR} ) \s* \Z", _FLAGS)
_BAR = compile_lazily(r"[|·•]|\s/\s")
_LABEL_FIRST = compile_lazily(rf"\A \s* {phrases(_furniture('published_labels'))} \s* :?", _FLAGS)


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


@attrs.frozen
class _Line:
    start: int
    end: int
    text: str  # stripped
    key: str  # as navigation and tail headings are compared


def _lines(text: str) -> list[_Line]:
    """The lines that hold text, a date line's date apart from what follows it on its line.

    "date 2021-05-10 TASHKENT (Reuters) - A court ..." is a date line, then the lead.
    """
    lines, start = [], 0
    for line in text.split("\n"):
        lead = len(line) - len(line.lstrip())
        stripped = line.strip()
        date_line = _DATE_LINE.match(stripped)
        if date_line and date_line.end() < len(stripped):
            cut = date_line.end("date")
            lines.append(
                _Line(start + lead, start + lead + cut, stripped[:cut], _key(stripped[:cut]))
            )
            lead += date_line.end()
            stripped = stripped[date_line.end() :]
        if stripped:
            lines.append(
                _Line(start + lead, start + lead + len(stripped), stripped, _key(stripped))
            )
        start += len(line) + 1
    return lines


def _key(text: str) -> str:
    """A line as navigation and tail headings are compared: lower case, no punctuation."""
    return _PUNCTUATION.sub("", text.lower()).strip()


def _is_tail(line: _Line) -> bool:
    """The first line of the boilerplate after the body: "Read also:", "Читайте также"."""
    return _TAIL.match(line.text) is not None or line.key in _TAIL_HEADINGS


def _is_navigation(line: _Line) -> bool:
    key = line.key
    if key in _NAVIGATION or _FURNITURE_LINE.match(line.text) or key.startswith("grey "):
        return True
    parts = [p.strip() for p in line.text.split("|")]
    return len(parts) > 2 and all(len(p.split()) <= 3 for p in parts)  # "Home | News | About"


def _is_prose(line: _Line) -> bool:
    """A paragraph of the body: long enough, and ending like a sentence (or in an emoji).

    Not a photo's caption with its credit: "X at the court in Ufa. Photo: Sota / Telegram" above
    the lead does not start the body.
    """
    words = len(line.text.split())
    if _CREDIT.search(line.text):
        return False
    return (
        words >= 12
        and (_SENTENCE_END.search(line.text) or _EMOJI_END.search(line.text)) is not None
    ) or words >= 40


def _cut_off(line: str) -> bool:
    """Whether the last line is a paragraph cut off mid-sentence, as excerpts and feeds end.

    Twelve words or more; eight where it stops at an ellipsis, or in a word after a comma
    ("Один из подсудимых получил 6 лет лишения свободы, вто"), not "Subscribe to our channel".
    """
    words = len(line.split())
    return words >= 12 or (words >= 8 and _CUT_OFF.search(line) is not None)


_CUT_OFF = compile_lazily(r"(?: , \s [^,]* \p{Ll} | … | \.\.\. ) \Z", regex.VERBOSE)


def _is_headline(text: str, lines: list[_Line], index: int) -> bool:
    """A line of two sentences with no final stop just above a timestamp: a headline.

    "Жительницу Новороссийска приговорили к пяти годам колонии. Еще двое получили штраф"
    above "16 июля 2025, 14:05".
    """
    if index + 1 >= len(lines) or _FINAL_STOP.search(lines[index].text):
        return False
    following = lines[index + 1]
    if len(following.text) >= 60:
        return False
    date = _date_in(text, following.start, following.end)
    return date is not None and _only_time(
        text[following.start : date.span.start] + text[date.span.end : following.end]
    )


def _found(text: str, start: int, end: int) -> Found[str]:
    return Found(value=text[start:end], span=Span(start, end), text=text[start:end])


def _group(text: str, offset: int, match: regex.Match[str], name: str) -> Found[str]:
    """What the group ``name`` of ``match``, made at ``offset`` into ``text``, holds."""
    return _found(text, offset + match.start(name), offset + match.end(name))


def _date_in(text: str, start: int, end: int) -> Found[datetime.date] | None:
    """The first full date (day, month and year) in ``text[start:end]``: English, else Russian."""
    for find in (find_dates, find_russian_dates):
        for found in find(text[start:end]):
            value = found.value
            if value.granularity is Granularity.DAY and value.earliest is not None:
                span = Span(start + found.span.start, start + found.span.end)
                return Found(value=value.earliest, span=span, text=found.text)
    return None


def _only_time(rest: str, *, label: bool = False) -> bool:
    """What a timestamp line holds beside its date: times, a rubric, a count ("Просмотров: 3").

    An update's age may close it: "January 24, 2025 4:17 PM GMT+5 Updated 3 hours ago"; with
    ``label``, it may open with a label: "Published: 14:05,".
    """
    rest = _UPDATED_TAIL.sub("", rest)
    if label:
        rest = _LABEL_FIRST.sub("", rest)
    return _TIME.match(rest) is not None or all(
        _TIME.match(piece)
        or _key(piece) in _NAVIGATION
        or _FURNITURE_LINE.match(piece)
        or _COUNT_AFTER_LABEL.match(piece)  # "Просмотров: 312", beside a date only
        for piece in _PIECES.split(rest)
    )


_LEAD_WORDS = 6  # a sentence above the body as long as this is a standfirst, not a caption


def read_page(text: str) -> Page:
    """Split ``text`` (normalised) into its parts, and read the source its header states."""
    lines = _lines(text)
    prose = next(
        (
            i
            for i, line in enumerate(lines)
            if _is_prose(line) and not _is_tail(line) and not _is_headline(text, lines, i)
        ),
        0,
    )
    tail = next(  # after the first paragraph: "Поддержите Kloop" in a masthead ends nothing
        (i for i, line in enumerate(lines) if i > prose and _is_tail(line)), len(lines)
    )
    first_body = next(
        (
            i
            for i, line in enumerate(lines[:tail])
            if _is_prose(line) and not _is_tail(line) and not _is_headline(text, lines, i)
        ),
        None,
    )
    if first_body is None:  # a short note or a snippet: its body starts at its first sentence
        ends = (i for i, line in enumerate(lines[:tail]) if _SENTENCE_END.search(line.text))
        first_body = next(ends, tail)
    source = _Source(text)
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
            if _is_tail(line):
                continue  # a photo's "© Outlet / Photographer" or a "Read also" link above it
            if len(text[start:end].split()) <= 30 and not text[start:end].endswith("."):
                headings.append(span)
            elif len(text[start:end].split()) >= _LEAD_WORDS:
                standfirsts.append(span)  # "X приговорили к 12 годам колонии." above the body
            continue
        item = listing and (len(line.text.split()) <= 6 or _cut_off(line.text))  # a name, or
        # a long item with no stop: "X, chair of Y, received 10 years in a penal colony"
        listing = line.text.endswith(":") or item
        if not (
            _is_prose(line)
            or _SENTENCE_END.search(line.text)
            or line.text.endswith((":", ";"))
            or (_LIST_ITEM.match(line.text) and len(line.text.split()) >= 3)
            or item  # "К 2 годам лишения свободы приговорили:", then a name a line
            or (index == len(lines) - 1 and _cut_off(line.text))  # cut off mid-sentence
        ):
            continue  # a heading inside the body; "Other news from the courts this week:", a
            # list's item ("• X, 51, to 10 years;", "🔹 Еркиновой — 4 года") are not
        wire = _WIRE.match(line.text)
        if wire and index == first_body:  # "ASTANA, March 5 (Reuters) -": a dateline
            source.outlets.append(_group(text, line.start, wire, "outlet"))
            start = line.start + wire.end()
        said = text[start:end].strip()
        if len(said) >= 60 and any(e.startswith(said) for e in earlier.get(said[:60], ())):
            continue  # a paragraph printed again, whole or cut off where the excerpt ends
        earlier.setdefault(said[:60], []).append(said)
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
    leads: tuple[Span, ...] = ()
    if len(headings) > 1:
        name = _masthead(text, headings[0])
        if name is not None:
            headings.pop(0)
            source.outlets.append(name)
    if headings:  # the headline, past a service line ("RFE/RL's Kazakh Service") or a breadcrumb
        headline = next((h for h in headings if len(text[h.start : h.end].split()) >= 5), None)
        headline = headline or headings[0]
        title = _found(text, headline.start, headline.end)
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
        if date_line:  # "date 2023-04-04", apart from what follows it on its line (``_lines``)
            self.published = self.published or _date_in(
                text, start + date_line.start("date"), start + date_line.end("date")
            )
            return None
        if len(line.text) < 80 and _BAR.search(line.text) and not _BYLINE.search(line.text):
            date = _date_in(text, start, end)
            if (
                date is not None
                and (
                    _only_time(head := _BAR.split(text[start : date.span.start])[-1], label=True)
                    or _NAME_BEFORE_DATE.match(head)
                )
                and _only_time(_BAR.split(text[date.span.end : end], maxsplit=1)[0])
            ):
                self.published = self.published or date  # "Issue 42 | 5 September 2024"
                return None
        if (_is_navigation(line) and not _PUBLISHED.match(line.text)) or _CAPTION.search(
            line.text
        ):  # not "Опубликовано: Monthly bulletin | Issue 42 | 1 сентября 2000"
            return None  # "Serik Kudebayev. / Kazakh interior ministry" is a caption
        # a byline opens the line or a part after a bar: without a bar, only the start is tried
        byline = (_BYLINE.search if "|" in line.text else _BYLINE.match)(line.text)
        if _PUBLISHED.match(line.text) or byline:
            self.published = self.published or _date_in(text, start, end)
            if byline:
                if byline["outlet"]:
                    self.outlets.append(_group(text, start, byline, "outlet"))
                self.author = self.author or _group(text, start, byline, "author")
            return None
        date = _date_in(text, start, end) if len(line.text) < 60 else None  # no prose line
        if date is None:
            return Span(start, end)
        before, after = text[start : date.span.start], text[date.span.end : end]
        dateline = _DATELINE_AFTER_DATE.match(after)
        if dateline and _only_time(before):  # "11:47, 17 апреля 2024, Ош - 24.kg, Асель Нурланова"
            self.outlets.append(_group(text, date.span.end, dateline, "outlet"))
            if dateline["author"]:
                self.author = self.author or _group(text, date.span.end, dateline, "author")
        elif not _only_time(before + after) and not (
            _NAME_BEFORE_DATE.match(before) and _only_time(after)
        ):  # "Aliya Sultanbekova  Dec 3, 2024": a byline with no label
            return Span(start, end)  # a line of prose that states a date
        self.published = self.published or date  # a timestamp line
        return None


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


def _masthead(text: str, heading: Span) -> Found[str] | None:
    """The outlet's name a page's first heading states, or None where it is no masthead.

    The whole line ("EurasiaTimes", "ORDA.kz"), its name before a tagline ("Qamqor Monitor |
    Courts & Rights"), the domain it opens with ("24.kg NEWS AGENCY"), or its quoted name
    ('"Фергана" - международное информационное агентство').
    """
    line = text[heading.start : heading.end]
    name_end = heading.start + len(line.split(" | ")[0].rstrip())
    if _looks_like_name(text[heading.start : name_end]) or _institution(
        text[heading.start : name_end]
    ):
        return _found(text, heading.start, name_end)
    masthead = _MASTHEAD.match(line)
    if masthead and _looks_like_name(masthead["name"]):
        return _group(text, heading.start, masthead, "name")
    return None


def _institution(line: str) -> bool:
    """A Russian institution's name as a masthead: "Прокуратура Костанайской области".

    Its words are in lower case but for the first and proper names, so a headline could look
    the same: the name holds an institution's word, no verb form, no number, no sentence
    punctuation and no preposition but "по".
    """
    words = [w.strip('"«»') for w in line.split()]
    return (
        _CYRILLIC_WORD.search(line) is not None
        and 1 < len(words) <= 12
        and words[0][:1].isupper()
        and not any(c in line for c in ".!?:;,0123456789")
        and any(w.lower() in _INSTITUTION_WORDS for w in words)
        and not any(w.lower() in _NOT_IN_INSTITUTION for w in words)
        and not any(_VERB_FORM.search(w) for w in words)
    )


def _looks_like_name(line: str) -> bool:
    """A masthead: a site's domain ("ORDA.kz"), or words without sentence punctuation.

    Each word is capitalised ("Qalam News", "EurasiaTimes") or in camel case ("openDemocracy").
    """
    if _SITE.fullmatch(line):
        return True
    words = line.split()
    small = {"of", "the", "and", "for", "in", "on"}
    return (
        not any(c in line for c in '.:!?,"')
        and all(w[0].isupper() or w in small or not w.islower() for w in words)
        and len(words) <= 10
    )
