"""Compare an article's records with its hand-written gold, field by field."""

from __future__ import annotations

from typing import Any

from kzjustice.models import Article, Defendant, Found, Sentence


def _text(found: Found[Any] | None) -> str | None:
    return None if found is None else found.text


def penalty(sentence: Sentence) -> tuple[Any, ...]:
    """A penalty as the tables write it: (kind, status, term[, fine][, detail])."""
    row: tuple[Any, ...] = (
        sentence.kind.value,
        sentence.status.value,
        sentence.term.iso if sentence.term else None,
    )
    if sentence.fine is not None:
        row += (f"{sentence.fine.amount} {sentence.fine.currency}",)
    if sentence.detail is not None:
        row += (sentence.detail,)
    return row


def defendant(person: Defendant) -> dict[str, Any]:
    return {
        "who": _text(person.name) or _text(person.group),
        "count": person.count,
        "age": None if person.age is None else person.age.value,
        "age_range": None if person.age_range is None else person.age_range.value,
        "role": _text(person.role),
        "charges": [(c.value.text.lower(), c.value.key) for c in person.charges],
        "sentences": [penalty(s.value) for s in person.sentences],
    }


def fields(article: Article) -> dict[str, Any]:
    """Every compared field of an article, keyed by a readable path."""
    source = article.source
    out: dict[str, Any] = {
        "source.published": source.published,
        "source.outlet": _text(source.outlet),
        "source.author": _text(source.author),
        "source.title": _text(source.title),
        "dates": [(d.text, d.value.value, d.value.mod) for d in article.dates],
        "statistics": sorted((s.value.figure, s.value.bound) for s in article.statistics),
        "laws": [penalty(s.value) for s in article.laws],
    }
    for i, case in enumerate(article.cases):
        out[f"cases[{i}]"] = {
            "court": _text(case.court),
            "place": _text(case.place),
            "date": None if case.date is None else case.date.value.value,
        }
        for j, person in enumerate(case.defendants):
            for key, value in defendant(person).items():
                out[f"cases[{i}].defendants[{j}].{key}"] = value
    return out


def differences(got: Article, gold: Article) -> list[str]:
    """Every field where ``got`` differs from ``gold``, as readable lines."""
    mine, theirs = fields(got), fields(gold)
    lines = []
    for key in sorted(set(mine) | set(theirs), key=lambda k: (k.count("."), k)):
        if mine.get(key) != theirs.get(key):
            lines.append(f"{key}: got {mine.get(key)!r}, gold {theirs.get(key)!r}")
    return lines


def pairs(article: Article) -> list[tuple[Any, ...]]:
    """The (defendant, penalty) pairs of an article, for precision and recall."""
    return [
        (_text(p.name) or _text(p.group), p.count, penalty(s.value))
        for case in article.cases
        for p in case.defendants
        for s in p.sentences
    ]


def who_gets_what(article: Article) -> list[tuple[Any, ...]]:
    """(who, kind, status, term) for each penalty: who is the name's value, else the count."""
    return [
        (
            person.name.value if person.name else person.count,
            sentence.value.kind.value,
            sentence.value.status.value,
            sentence.value.term.iso if sentence.value.term else None,
        )
        for case in article.cases
        for person in case.defendants
        for sentence in person.sentences
    ]


def P(who: Any, term: str | None, kind: str = "imprisonment", status: str = "imposed") -> Any:
    """A row of the reader tables: who, and the penalty's kind, status and term."""
    return (who, kind, status, term)
