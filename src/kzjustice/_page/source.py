"""Who reported a page: the outlet, dateline and byline of its header lines."""

from __future__ import annotations

import datetime

import regex

from kzjustice._page.lines import Line, date_in, is_navigation, only_time
from kzjustice._page.vocabulary import CREDIT_WORDS, DATE_LINE, FLAGS, OUTLET, PLACE, furniture
from kzjustice._text import UPPER, compile_lazily
from kzjustice.dates.vocabulary import MONTHS
from kzjustice.lexicon import lexicon, phrases
from kzjustice.models import Found, Span

_PUBLISHED = compile_lazily(
    rf"\A {phrases(furniture('published_labels'))} \b (?= . )", FLAGS
)  # "Published: 4 April 2023", "Опубликовано: 12 апреля 2023", not a label alone
_AUTHOR = rf"[{UPPER}][\w'.-]* (?: \s+ [{UPPER}][\w'.-]* ){{0,3}}"  # "Мадина Оспанова"
_BYLINE_LABELS = furniture("byline_labels")
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

# What follows the date in a header line that is a dateline: "11:47, 17 апреля 2024, Ош -
# 24.kg, Асель Нурланова" gives the outlet and the author.
_DATELINE_AFTER_DATE = compile_lazily(
    rf"\A , \s* {PLACE} \s+ - \s+ (?P<outlet> {OUTLET} ) (?: , \s* (?P<author> {_AUTHOR} ) )?"
    r" \s* \Z",
    regex.VERBOSE,
)

_DOMAIN = (
    r"[\w-]{2,30} \. (?: kz | kg | uz | tj | tm | ru | com | org | net | media | news | info )"
)
_SITE = compile_lazily(_DOMAIN, FLAGS)
_INSTITUTION_WORDS = frozenset(furniture("institution_words"))
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
    FLAGS,
)

_CAPTION = compile_lazily(r"\s / \s")
# A photo's credit on a line of its own: "Фото Роман Пятаков", "Photo: Reuters / Pavel Mikheyev"
_CREDIT_LINE = compile_lazily(
    rf"""\A {CREDIT_WORDS} \s* [:.]? \s*
         (?: (?-i: \p{{Lu}} ) [\w.'-]* (?: \s* [/,] \s* | \s+ )? ){{1,4}} \Z""",
    FLAGS,
)

# A date between bars, perhaps with its time up to the next bar, the rest of its short line a
# masthead's, a rubric's or a count's words: "Bulletin No. 11 (Kazakhstan) | 17 February 2025",
# "15.04.2025 | 11:42 | Society", "Published 11.07.2024 | 09:15 | Views: 2418", "Шымкент • 03
# июня 2025, 11:17"
_NAME_BEFORE_DATE = compile_lazily(rf"\A \s* (?-i: {_AUTHOR} ) \s* \Z", FLAGS)
_BAR = compile_lazily(r"[|·•]|\s/\s")


def found_text(text: str, start: int, end: int) -> Found[str]:
    return Found(value=text[start:end], span=Span(start, end), text=text[start:end])


def found_group(text: str, offset: int, match: regex.Match[str], name: str) -> Found[str]:
    """What the group ``name`` of ``match``, made at ``offset`` into ``text``, holds."""
    return found_text(text, offset + match.start(name), offset + match.end(name))


class Source:
    """The source facts header lines state, collected as the lines are read."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.published: Found[datetime.date] | None = None
        self.outlets: list[Found[str]] = []
        self.author: Found[str] | None = None

    def read_header_line(self, line: Line) -> Span | None:
        """Take what a date line, byline or timestamp states; return what is left to read."""
        text, start, end = self.text, line.start, line.end
        date_line = DATE_LINE.match(line.text)
        if date_line:  # "date 2023-04-04", apart from what follows it on its line (``page_lines``)
            self.published = self.published or date_in(
                text, start + date_line.start("date"), start + date_line.end("date")
            )
            return None
        if len(line.text) < 80 and _BAR.search(line.text) and not _BYLINE.search(line.text):
            date = date_in(text, start, end)
            if (
                date is not None
                and (
                    only_time(head := _BAR.split(text[start : date.span.start])[-1], label=True)
                    or _NAME_BEFORE_DATE.match(head)
                )
                and only_time(_BAR.split(text[date.span.end : end], maxsplit=1)[0])
            ):
                self.published = self.published or date  # "Issue 42 | 5 September 2024"
                return None
        if (
            (is_navigation(line) and not _PUBLISHED.match(line.text))
            or _CAPTION.search(line.text)
            or _CREDIT_LINE.match(line.text)
        ):  # not "Опубликовано: Monthly bulletin | Issue 42 | 1 сентября 2000"
            return None  # "Serik Kudebayev. / Kazakh interior ministry" is a caption
        # a byline opens the line or a part after a bar: without a bar, only the start is tried
        byline = (_BYLINE.search if "|" in line.text else _BYLINE.match)(line.text)
        if _PUBLISHED.match(line.text) or byline:
            self.published = self.published or date_in(text, start, end)
            if byline:
                if byline["outlet"]:
                    self.outlets.append(found_group(text, start, byline, "outlet"))
                self.author = self.author or found_group(text, start, byline, "author")
            return None
        date = date_in(text, start, end) if len(line.text) < 60 else None  # no prose line
        if date is None:
            return Span(start, end)
        before, after = text[start : date.span.start], text[date.span.end : end]
        dateline = _DATELINE_AFTER_DATE.match(after)
        if dateline and only_time(before):  # "11:47, 17 апреля 2024, Ош - 24.kg, Асель Нурланова"
            self.outlets.append(found_group(text, date.span.end, dateline, "outlet"))
            if dateline["author"]:
                self.author = self.author or found_group(text, date.span.end, dateline, "author")
        elif not only_time(before + after) and not (
            _NAME_BEFORE_DATE.match(before) and only_time(after)
        ):  # "Aliya Sultanbekova  Dec 3, 2024": a byline with no label
            return Span(start, end)  # a line of prose that states a date
        self.published = self.published or date  # a timestamp line
        return None


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop a trailing full stop, "here", or "All rights reserved" from an outlet's name."""
    while True:
        piece = text[start:end]
        for tail in (".", " here", " All", " All rights reserved"):
            if piece.endswith(tail):
                end -= len(tail)
                break
        else:
            return start, end


def masthead(text: str, heading: Span) -> Found[str] | None:
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
        return found_text(text, heading.start, name_end)
    masthead = _MASTHEAD.match(line)
    if masthead and _looks_like_name(masthead["name"]):
        return found_group(text, heading.start, masthead, "name")
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
