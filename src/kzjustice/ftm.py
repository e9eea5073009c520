"""Articles as FollowTheMoney entities, the data model of investigative-journalism tools.

Needs the ``ftm`` extra (``pip install 'kzjustice[ftm]'``, which installs ``followthemoney``).
Each article gives:

- an ``Article`` (the news report: title, author, publisher, date, URL, file name);
- per named defendant, a ``Person`` (name, position from the role) and a ``Mention`` of the
  name in the article, resolved to that person;
- per case, a ``CourtCase`` (court, place, verdict date as ``closeDate``, charges as
  ``category``), and a ``CourtCaseParty`` with the role ``defendant`` per named person;
- per penalty the court imposed on a named person, a ``Sanction`` (the court as
  ``authority``, the charges as ``reason``, the verdict date as ``startDate``, kind and term as
  ``provisions``, the quote and its offsets as ``summary``).

Every entity cites the ``Article`` entity as its ``proof``. FollowTheMoney has no schema for a
group of unnamed people nor for a penalty only requested or possible: these are written into
the case's ``notes`` with their quotes, never made into people or sanctions. Entity ids are
derived from the article key (:func:`kzjustice.tables.article_key`) and positions in the
article, so the same input gives the same ids on every run.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from typing import IO, Any

from followthemoney import model
from followthemoney.proxy import EntityProxy

from kzjustice.models import Article, Case, DateValue, Defendant, Found, Sentence, Status
from kzjustice.tables import article_key, statute

__all__ = ["entities", "write_ftm"]

_PREFIX = "kzj"


def _entity(schema: str, *parts: Any) -> EntityProxy:
    entity = model.make_entity(schema)
    entity.make_id(_PREFIX, *(str(part) for part in parts))
    return entity


def _quote(found: Found[Any]) -> str:
    return f"\u201c{found.text}\u201d (characters {found.span.start}\u2013{found.span.end})"


_DATE_PREFIX = re.compile(r"\d{4}(?:-\d\d(?:-\d\d)?)?")


def _date(found: Found[DateValue] | None) -> str | None:
    """Return a date as FollowTheMoney takes it, a prefix of YYYY-MM-DD.

    A quarter, season or week gives its year; a date whose year is unknown gives none.
    """
    if found is None:
        return None
    match = _DATE_PREFIX.match(found.value.value)
    if match is None:
        return None
    return found.value.value if match.end() == len(found.value.value) else match[0][:4]


def entities(article: Article) -> Iterator[EntityProxy]:
    """Yield the FollowTheMoney entities of ``article``: the report first, then each case's."""
    key = article_key(article)
    source = article.source
    report = _entity("Article", key)
    report.add("title", source.title.text if source.title else None)
    report.add("author", source.author.text if source.author else None)
    report.add("publisher", source.outlet.text if source.outlet else None)
    report.add("publishedAt", source.published.isoformat() if source.published else None)
    report.add("sourceUrl", source.url)
    report.add("fileName", source.path)
    report.add("name", source.title.text if source.title else source.path or key)
    names = [p.name.text for case in article.cases for p in case.defendants if p.name]
    report.add("peopleMentioned", names)
    yield report
    for number, case in enumerate(article.cases, start=1):
        yield from _case(report, key, number, case)


def _case(report: EntityProxy, key: str, number: int, case: Case) -> Iterator[EntityProxy]:
    court_case = _entity("CourtCase", key, "case", number)
    named = [p for p in case.defendants if p.name]
    title = ", ".join(p.name.text for p in named if p.name) or f"case {number}"
    court_case.add("name", f"{title} ({case.court.text})" if case.court else title)
    court_case.add("court", case.court.text if case.court else None)
    court_case.add("address", case.place.text if case.place else None)
    court_case.add("closeDate", _date(case.date))
    court_case.add("category", sorted({_charge(c) for p in case.defendants for c in p.charges}))
    court_case.add("proof", report.id)
    court_case.add("notes", [note for p in case.defendants for note in _notes(p)])
    yield court_case
    for index, person in enumerate(case.defendants, start=1):
        if person.name is not None:
            yield from _person(report, court_case, key, (number, index), person, case)


def _charge(found: Found[Any]) -> str:
    charge = found.value
    code = statute(charge)
    return f"{charge.text} (Criminal Code {code})" if code else charge.text


def _notes(person: Defendant) -> Iterator[str]:
    """What FollowTheMoney has no entity for: unnamed defendants, and penalties not imposed."""
    if person.name is not None:
        who = person.name.text
        penalties = [s for s in person.sentences if s.value.status is not Status.IMPOSED]
    else:
        who = person.group.text if person.group else "an unnamed defendant"
        if person.count != 1:
            who += f" (a group of {'unstated size' if person.count is None else person.count})"
        penalties = list(person.sentences)
        if not penalties:
            yield who
    for sentence in penalties:
        yield f"{who}: {_penalty(sentence.value)}, {_quote(sentence)}"


def _penalty(sentence: Sentence) -> str:
    parts = [sentence.status.value, sentence.kind.value]
    if sentence.term is not None:
        parts.append(sentence.term.iso)
    if sentence.fine is not None:
        parts.append(f"{sentence.fine.amount} {sentence.fine.currency}")
    if sentence.detail is not None:
        parts.append(f"({sentence.detail})")
    return " ".join(parts)


def _person(
    report: EntityProxy,
    court_case: EntityProxy,
    key: str,
    position: tuple[int, int],
    defendant: Defendant,
    case: Case,
) -> Iterator[EntityProxy]:
    assert defendant.name is not None
    person = _entity("Person", key, "defendant", *position)
    person.add("name", defendant.name.value)
    person.add("position", defendant.role.text if defendant.role else None)
    person.add("proof", report.id)
    yield person
    mention = _entity("Mention", key, "mention", *position)
    mention.add("name", defendant.name.text)
    mention.add("document", report.id)
    mention.add("resolved", person.id)
    mention.add("detectedSchema", "Person")
    yield mention
    party = _entity("CourtCaseParty", key, "party", *position)
    party.add("case", court_case.id)
    party.add("party", person.id)
    party.add("role", "defendant")
    party.add("proof", report.id)
    yield party
    for number, sentence in enumerate(defendant.sentences, start=1):
        if sentence.value.status is not Status.IMPOSED:
            continue
        sanction = _entity("Sanction", key, "sanction", *position, number)
        sanction.add("entity", person.id)
        sanction.add("authority", case.court.text if case.court else None)
        sanction.add("reason", [_charge(charge) for charge in defendant.charges])
        sanction.add("startDate", _date(case.date))
        sanction.add("provisions", _penalty(sentence.value))
        sanction.add("summary", _quote(sentence))
        sanction.add("proof", report.id)
        yield sanction


def write_ftm(articles: Iterable[Article], out: IO[str]) -> int:
    """Write the entities of ``articles`` to ``out``, one JSON object a line; return how many."""
    count = 0
    for article in articles:
        for entity in entities(article):
            out.write(json.dumps(entity.to_dict(), sort_keys=True, ensure_ascii=False) + "\n")
            count += 1
        out.flush()
    return count
