"""One person across many articles: named defendants grouped into people and cases.

Needs the ``merge`` extra (``pip install 'kzjustice[merge]'``, which installs ``anyascii``).

Two named defendants are one person when their names have the same :func:`name_key` and
their verdicts fall within ``window_days`` of each other (the verdict date, else the
publication date): the same name in cases years apart is two people, never one. Two
defendants of one article are never one person (the article tells them apart). Cases
reported by several articles are one case when they share a person.

Nothing is resolved: every value keeps the report it came from (article, outlet, date, case
and defendant numbers, the quote and its offsets), and where reports disagree (seven years
here, eight there; a term imposed in one and only requested in another; two ages, two
verdict dates) the disagreement is listed as a :class:`Conflict`.
"""

from __future__ import annotations

import datetime
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from typing import Any

from attrs import frozen

from kzjustice.models import (
    Article,
    Case,
    Charge,
    DateValue,
    Defendant,
    Found,
    Sentence,
    Span,
    Status,
)  # fmt: skip
from kzjustice.tables import article_key

__all__ = ["Claim", "Conflict", "Merged", "MergedCase", "Person", "Report", "merge", "name_key"]

# --- the name key ----------------------------------------------------------------------------

# Kazakh patronymic endings ("son of", "daughter of") as romanised: one marker each.
_PATRONYMIC = (
    (re.compile(r"(?:uly|ulu|uli|ugly|ogly|oglu|ogli)$"), "~uly"),
    (re.compile(r"(?:kyzy|qyzy|gyzy|kizi|kyzi)$"), "~kyzy"),
)
# Russian patronymics, which one outlet writes and another leaves out.
_RUSSIAN_PATRONYMIC = re.compile(r"(?:ovich|evich|ovna|evna|ichna|inichna)$")
# Spellings of one sound in the romanisations of Kazakh and Russian names, in order.
_SPELLINGS = (
    ("dzh", "j"), ("zh", "j"), ("kh", "h"), ("q", "k"), ("gh", "g"), ("ng", "n"),
    ("w", "v"), ("ph", "f"),
)  # fmt: skip
_Y_BEFORE_VOWEL = re.compile(r"(?:^|(?<=[aeiou]))y(?=[aeou])")  # Yerlan/Erlan, Isayev/Isaev
_GLIDE = re.compile(r"(?<=[aeou])i(?=[aeou])")  # Isaiev/Isaev
_DOUBLE = re.compile(r"(.)\1+")
# Russian case endings (Kudaibergenova, Kudaibergenovym, Marata, Maratom): what is left ends
# in a consonant. A feminine nominative (-ova, -a) loses its ending too: the key does not
# tell Dinara from Dinar, and the first name must still agree.
_CASE_ENDING = re.compile(r"(?<=[^aeiou~]{1})(?:ogo|omu|aia|uiu|ym|im|om|em|oi|ei|iu|ia|[auiey])$")


def _fold(token: str) -> str:
    for pattern, marker in _PATRONYMIC:
        stem, found = pattern.subn("", token)
        if found and len(stem) >= 3:
            return _fold_stem(stem) + marker
    return _fold_stem(token)


def _fold_stem(token: str) -> str:
    for spelling, sound in _SPELLINGS:
        token = token.replace(spelling, sound)
    token = _Y_BEFORE_VOWEL.sub("", token).replace("y", "i")
    token = _DOUBLE.sub(r"\1", _GLIDE.sub("", token))
    stem = _CASE_ENDING.sub("", token)
    return stem if len(stem) >= 3 else token


def name_key(name: str) -> str:
    """Return a key equal for the spellings of one name across scripts, outlets and cases.

    The name is transliterated to Latin letters (by ``anyascii``, which knows the Kazakh
    letters), Russian patronymics are left out, Kazakh patronymic endings (-uly, -ulu,
    -kyzy) become one marker, the spellings of one sound are folded (zh/j, kh/h, q/k, y/i,
    double letters), Russian case endings are dropped, and the parts are sorted, so that
    "Surname First" and "First Surname" agree.

    >>> name_key("Kazybek Kudaibergenov") == name_key("Кудайбергенова Казыбека")
    True
    >>> name_key("Yerlan Zhaksybekuly") == name_key("Erlan Jaksybekulu")
    True
    >>> name_key("Marat Zhaksybekuly") == name_key("Yerlan Zhaksybekuly")
    False
    """
    from anyascii import anyascii  # the merge extra

    tokens = re.findall(r"[a-z]+", anyascii(name).lower())
    kept = [t for t in tokens if not (_RUSSIAN_PATRONYMIC.search(t) and len(tokens) > 2)]
    return " ".join(sorted(_fold(token) for token in kept))


# --- the records -----------------------------------------------------------------------------


@frozen(kw_only=True)
class Report:
    """Where a value was said: one defendant of one case of one article.

    Attributes:
        article: the article's key (:func:`kzjustice.tables.article_key`).
        path: the file it was read from, where known.
        outlet: the outlet, where stated.
        published: the publication date, where known.
        case: the case's number in the article, from 1.
        defendant: the defendant's number in the case, from 1.
    """

    article: str
    path: str | None
    outlet: str | None
    published: datetime.date | None
    case: int
    defendant: int


@frozen(kw_only=True)
class Claim:
    """One report's value in a conflict, with its quote.

    Attributes:
        value: the value, written out ("P7Y", "41", "2022-06-14").
        report: who said it.
        text: the quote it was read from.
        span: the quote's offsets in that article.
    """

    value: str
    report: Report
    text: str
    span: Span


@frozen(kw_only=True)
class Conflict:
    """Reports that disagree about one thing; nothing is decided between them.

    Attributes:
        field: what they disagree about: ``age``, ``imposed imprisonment`` (the terms of a
            kind and status), ``status of imprisonment P6Y`` (imposed in one report, only
            requested or possible in another that states no imposed term of that kind),
            ``verdict date``, ``place``.
        claims: each report's value.
    """

    field: str
    claims: tuple[Claim, ...]


@frozen(kw_only=True)
class Person:
    """One person as several articles report them.

    Attributes:
        id: ``P`` and a number, in the order of the people's keys.
        key: the :func:`name_key` of their name.
        reports: every report of them.
        names: each report's name, as written.
        ages: each report's stated age.
        roles: each report's stated role.
        charges: each report's charges.
        sentences: each report's penalties.
        conflicts: where the reports disagree.
    """

    id: str
    key: str
    reports: tuple[Report, ...]
    names: tuple[tuple[Report, Found[str]], ...]
    ages: tuple[tuple[Report, Found[int]], ...]
    roles: tuple[tuple[Report, Found[str]], ...]
    charges: tuple[tuple[Report, Found[Charge]], ...]
    sentences: tuple[tuple[Report, Found[Sentence]], ...]
    conflicts: tuple[Conflict, ...]


@frozen(kw_only=True)
class MergedCase:
    """One trial as several articles report it: the article cases that share a person.

    Attributes:
        id: ``C`` and a number.
        people: the ids of the named people tried.
        reports: each article case, as a report of its first defendant.
        courts: each report's court.
        places: each report's place.
        dates: each report's verdict date.
        conflicts: where the reports disagree (verdict date, place).
    """

    id: str
    people: tuple[str, ...]
    reports: tuple[Report, ...]
    courts: tuple[tuple[Report, Found[str]], ...]
    places: tuple[tuple[Report, Found[str]], ...]
    dates: tuple[tuple[Report, Found[DateValue]], ...]
    conflicts: tuple[Conflict, ...]


@frozen(kw_only=True)
class Merged:
    """People and cases across articles.

    Attributes:
        people: every named defendant, grouped into people.
        cases: the cases those people were tried in, grouped across articles.
    """

    people: tuple[Person, ...]
    cases: tuple[MergedCase, ...]


# --- merging -------------------------------------------------------------------------------


@frozen
class _Mention:
    report: Report
    person: Defendant
    case: Case
    when: tuple[datetime.date, datetime.date] | None  # the verdict's bounds, where known


def _mentions(articles: Iterable[Article]) -> Iterator[_Mention]:
    for article in articles:
        key = article_key(article)
        source = article.source
        for case_number, case in enumerate(article.cases, start=1):
            when = _when(case, source.published)
            for number, person in enumerate(case.defendants, start=1):
                if person.name is None:
                    continue
                report = Report(
                    article=key,
                    path=source.path,
                    outlet=source.outlet.text if source.outlet else None,
                    published=source.published,
                    case=case_number,
                    defendant=number,
                )
                yield _Mention(report, person, case, when)


def _when(
    case: Case, published: datetime.date | None
) -> tuple[datetime.date, datetime.date] | None:
    date = case.date.value if case.date else None
    if date is not None and date.earliest is not None and date.latest is not None:
        return date.earliest, date.latest
    return None if published is None else (published, published)


def merge(articles: Iterable[Article], *, window_days: int = 730) -> Merged:
    """Group the named defendants of ``articles`` into people and cases.

    Args:
        articles: the articles, from any number of outlets.
        window_days: how far apart two verdicts of one name may be and still be one person's
            (two years by default: a trial, its appeal and a cassation).
    """
    by_key: dict[str, list[_Mention]] = defaultdict(list)
    for mention in _mentions(articles):
        assert mention.person.name is not None
        by_key[name_key(mention.person.name.value)].append(mention)
    groups = [
        (key, group)
        for key in sorted(by_key)
        for group in _by_article(_by_time(by_key[key], window_days))
    ]
    people = tuple(_person(f"P{n}", key, group) for n, (key, group) in enumerate(groups, start=1))
    return Merged(people=people, cases=_cases(people, groups))


def _by_time(mentions: list[_Mention], window_days: int) -> list[list[_Mention]]:
    """Mentions whose verdicts lie within the window of the one before, in date order."""
    dated = sorted(
        (m for m in mentions if m.when is not None), key=lambda m: (m.when, m.report.article)
    )
    undated = [m for m in mentions if m.when is None]
    groups: list[list[_Mention]] = []
    last: datetime.date | None = None
    for mention in dated:
        assert mention.when is not None
        earliest, latest = mention.when
        if last is None or (earliest - last).days > window_days:
            groups.append([])
        groups[-1].append(mention)
        last = latest if last is None else max(last, latest)
    if len(groups) <= 1:  # with one case only, an undated report of the name is of it
        return [(groups[0] if groups else []) + undated]
    return groups + [[m] for m in undated]  # with several, whose it is cannot be told


def _by_article(groups: list[list[_Mention]]) -> Iterator[list[_Mention]]:
    """Split a group holding two defendants of one article: it told them apart."""
    for group in groups:
        seen: list[list[_Mention]] = [[]]
        for mention in group:
            target = next(
                (g for g in seen if all(m.report.article != mention.report.article for m in g)),
                None,
            )
            if target is None:
                target = []
                seen.append(target)
            target.append(mention)
        yield from seen


def _said(mentions: list[_Mention], field: str) -> tuple[tuple[Report, Any], ...]:
    return tuple(
        (m.report, value) for m in mentions if (value := getattr(m.person, field)) is not None
    )


def _said_all(mentions: list[_Mention], field: str) -> tuple[tuple[Report, Any], ...]:
    return tuple((m.report, found) for m in mentions for found in getattr(m.person, field))


def _person(id: str, key: str, mentions: list[_Mention]) -> Person:
    sentences = _said_all(mentions, "sentences")
    ages = _said(mentions, "age")
    conflicts = [
        *_disagreements("age", ages, lambda f: str(f.value)),
        *_penalty_conflicts(sentences),
    ]
    return Person(
        id=id,
        key=key,
        reports=tuple(m.report for m in mentions),
        names=_said(mentions, "name"),
        ages=ages,
        roles=_said(mentions, "role"),
        charges=_said_all(mentions, "charges"),
        sentences=sentences,
        conflicts=tuple(conflicts),
    )


def _claim(value: str, report: Report, found: Found[Any]) -> Claim:
    return Claim(value=value, report=report, text=found.text, span=found.span)


def _disagreements(
    field: str, said: Iterable[tuple[Report, Found[Any]]], value: Any
) -> Iterator[Conflict]:
    claims = [_claim(value(found), report, found) for report, found in said]
    if len({c.value for c in claims}) > 1:
        yield Conflict(field=field, claims=tuple(claims))


def _penalty_conflicts(sentences: tuple[tuple[Report, Found[Sentence]], ...]) -> Iterator[Conflict]:
    def term(found: Found[Sentence]) -> str:
        return found.value.term.iso if found.value.term else "no term"

    by_article: dict[tuple[str, str], dict[str, list[tuple[Report, Found[Sentence]]]]] = (
        defaultdict(lambda: defaultdict(list))
    )
    for report, found in sentences:
        key = (found.value.status.value, found.value.kind.value)
        by_article[key][report.article].append((report, found))
    for (status, kind), reports in sorted(by_article.items()):
        stated = {frozenset(term(f) for _, f in said) for said in reports.values()}
        if len(reports) > 1 and len(stated) > 1:
            said = [pair for pairs in reports.values() for pair in pairs]
            yield Conflict(
                field=f"{status} {kind}", claims=tuple(_claim(term(f), r, f) for r, f in said)
            )
    for (status, kind), reports in sorted(by_article.items()):
        if status == Status.IMPOSED.value:
            continue
        given = by_article.get((Status.IMPOSED.value, kind), {})
        for article, said in reports.items():
            if article in given:  # this report states the imposed term too
                continue
            for report, found in said:
                matches = [
                    (r, f) for pairs in given.values() for r, f in pairs if term(f) == term(found)
                ]
                if matches:
                    claims = [
                        _claim(f.value.status.value, r, f) for r, f in [*matches, (report, found)]
                    ]
                    yield Conflict(field=f"status of {kind} {term(found)}", claims=tuple(claims))


def _date_conflicts(dates: tuple[tuple[Report, Found[DateValue]], ...]) -> Iterator[Conflict]:
    """Verdict dates that cannot be one day: "November 2022" and "November 18" can."""
    bounds = [(f.value.earliest, f.value.latest) for _, f in dates if f.value.earliest]
    if bounds and max(e for e, _ in bounds) > min(latest for _, latest in bounds if latest):
        yield from _disagreements("verdict date", dates, lambda f: f.value.value)


def _cases(
    people: tuple[Person, ...], groups: list[tuple[str, list[_Mention]]]
) -> tuple[MergedCase, ...]:
    """Article cases joined when they share a person, by union-find."""
    parent: dict[tuple[str, int], tuple[str, int]] = {}
    first: dict[tuple[str, int], _Mention] = {}

    def root(node: tuple[str, int]) -> tuple[str, int]:
        while parent.setdefault(node, node) != node:
            node = parent[node]
        return node

    for _, group in groups:
        nodes = [(m.report.article, m.report.case) for m in group]
        for mention, node in zip(group, nodes, strict=True):
            first.setdefault(node, mention)
            parent[root(node)] = root(nodes[0])
    joined: dict[tuple[str, int], list[tuple[str, int]]] = defaultdict(list)
    for node in sorted(first, key=lambda n: (first[n].when or (datetime.date.max,) * 2, n)):
        joined[root(node)].append(node)
    cases = []
    for number, nodes in enumerate(joined.values(), start=1):
        mentions = [first[node] for node in nodes]
        courts = tuple((m.report, m.case.court) for m in mentions if m.case.court)
        places = tuple((m.report, m.case.place) for m in mentions if m.case.place)
        dates = tuple((m.report, m.case.date) for m in mentions if m.case.date)
        ids = {p.id for p in people for r in p.reports if (r.article, r.case) in set(nodes)}
        cases.append(
            MergedCase(
                id=f"C{number}",
                people=tuple(sorted(ids, key=lambda i: int(i[1:]))),
                reports=tuple(m.report for m in mentions),
                courts=courts,
                places=places,
                dates=dates,
                conflicts=(
                    *_date_conflicts(dates),
                    *_disagreements("place", places, lambda f: f.text.lower()),
                ),
            )
        )
    return tuple(cases)
