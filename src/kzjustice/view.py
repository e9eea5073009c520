"""An evidence view: one self-contained HTML page with an article and its records, linked.

The page shows the article's text exactly as read, every extracted span highlighted, and
beside it every value read, each with the path of its field in the record. A value links to
its span in the text (``#s-N``) and a span to its value (``#r-N``). The page holds its style
and loads nothing: no script, no font, no image, so it opens offline and can be archived or
mailed beside a dataset.

Every span is marked on the text by an anchor at its start and by ``data-spans`` on each piece
of text it covers; the text's characters are written one for one (a carriage return as
``&#13;``, which HTML does not turn into a line feed), so the page's text is the article's.
"""

from __future__ import annotations

import html
import itertools
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import attrs

from kzjustice.models import AgeRange, Article, Charge, DateValue, Found, Sentence, Statistic
from kzjustice.tables import statute

__all__ = ["found_paths", "render_html"]

_STYLE = """
body { font: 15px/1.5 system-ui, sans-serif; margin: 0; color: #222; }
header { padding: .8em 1.5em; background: #f3f1ea; border-bottom: 1px solid #ddd; }
header h1 { font-size: 1.2em; margin: 0; }
header p { margin: .2em 0 0; color: #555; font-size: .9em; word-break: break-all; }
main { display: flex; gap: 1.5em; padding: 1em 1.5em; align-items: flex-start; }
#text { flex: 3; white-space: pre-wrap; font: 14px/1.6 ui-monospace, monospace; margin: 0; }
#records { flex: 2; position: sticky; top: 0; max-height: 100vh; overflow: auto; }
#records ol { padding-left: 2.8em; font-size: .9em; }
#records li { margin: .25em 0; }
#records code { color: #666; }
mark { background: #fde68a; border-radius: 2px; }
mark.nested { background: #fbbf24; }
mark a, #records a { color: inherit; text-decoration: none; }
:target, li:target { outline: 2px solid #dc2626; background: #fecaca; }
"""


def found_paths(record: object, path: str = "$") -> Iterator[tuple[str, Found[Any]]]:
    """Yield every :class:`Found` in ``record`` with the JSON path of its field, outer first.

    >>> from kzjustice.models import Found, Span, Source
    >>> source = Source(outlet=Found(value="Vlast", span=Span(0, 5), text="Vlast"))
    >>> [path for path, _ in found_paths(source)]
    ['$.outlet']
    """
    if isinstance(record, Found):
        yield path, record
        yield from found_paths(record.value, f"{path}.value")
    elif isinstance(record, tuple):
        for index, item in enumerate(record):
            yield from found_paths(item, f"{path}[{index}]")
    elif attrs.has(cls := type(record)):
        for attribute in attrs.fields(cls):
            yield from found_paths(getattr(record, attribute.name), f"{path}.{attribute.name}")


def _value(value: Any) -> str:
    if isinstance(value, Sentence):
        parts = [value.status.value, value.kind.value]
        parts += [value.term.iso] if value.term else []
        parts += [f"{value.fine.amount} {value.fine.currency}"] if value.fine else []
        parts += [f"({value.detail})"] if value.detail else []
        return " ".join(parts)
    if isinstance(value, Charge):
        code = statute(value)
        return f"{value.text} [{f'Criminal Code {code}' if code else 'not in taxonomy'}]"
    if isinstance(value, DateValue):
        return value.value + (f" ({value.mod.value})" if value.mod else "")
    if isinstance(value, AgeRange):
        return f"ages {value.low} to {value.high}"
    if isinstance(value, Statistic):
        return f"{value.figure} {value.counts}"
    if isinstance(value, (str, int, Decimal)):
        return str(value)
    return type(value).__name__


def _escape(text: str) -> str:
    return html.escape(text, quote=False).replace("\r", "&#13;")


def render_html(text: str, article: Article, *, title: str | None = None) -> str:
    """Return the evidence view of ``article``, read from ``text``, as one HTML page.

    Raises:
        ValueError: a span of ``article`` does not quote ``text`` (the wrong text was given).
    """
    spans = list(found_paths(article))
    for path, found in spans:
        if text[found.span.start : found.span.end] != found.text:
            raise ValueError(f"{path} does not quote the text given: {found.text!r}")
    source = article.source
    heading = title or (source.title.text if source.title else source.path or "article")
    facts = [
        source.path or "",
        source.outlet.text if source.outlet else "",
        source.published.isoformat() if source.published else "",
        f"sha256 {source.sha256}" if source.sha256 else "",
        f"schema version {article.schema_version}",
    ]
    records = "\n".join(
        f'<li id="r-{n}" data-start="{f.span.start}" data-end="{f.span.end}">'
        f'<a href="#s-{n}"><code>{_escape(path)}</code> {_escape(_value(f.value))}</a> '
        f"<q>{_escape(f.text)}</q></li>"
        for n, (path, f) in enumerate(spans)
    )
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{_escape(heading)}</title>\n<style>{_STYLE}</style>\n</head>\n<body>\n"
        f"<header><h1>{_escape(heading)}</h1>"
        f"<p>{_escape(' · '.join(fact for fact in facts if fact))}</p></header>\n"
        f'<main>\n<pre id="text">{_marked(text, [f for _, f in spans])}</pre>\n'
        f'<section id="records"><h2>{len(spans)} values read</h2>\n<ol start="0">\n{records}\n'
        "</ol></section>\n</main>\n</body>\n</html>\n"
    )


def _marked(text: str, spans: list[Found[Any]]) -> str:
    """The text cut at every span's ends, each piece marked with the spans covering it."""
    cuts = sorted({0, len(text)} | {f.span.start for f in spans} | {f.span.end for f in spans})
    starts: dict[int, list[int]] = {}
    for number, found in enumerate(spans):
        starts.setdefault(found.span.start, []).append(number)
    out: list[str] = []
    for start, end in itertools.pairwise(cuts):
        out.extend(f'<a id="s-{n}" href="#r-{n}"></a>' for n in starts.get(start, ()))
        covering = [n for n, f in enumerate(spans) if f.span.start <= start and end <= f.span.end]
        piece = _escape(text[start:end])
        if covering:
            nested = " nested" if len(covering) > 1 else ""
            inner = min(covering, key=lambda n: spans[n].span.end - spans[n].span.start)
            piece = (
                f'<mark class="span{nested}" data-spans="{" ".join(map(str, covering))}">'
                f'<a href="#r-{inner}">{piece}</a></mark>'
            )
        out.append(piece)
    for number in starts.get(len(text), ()):  # empty spans at the very end
        out.append(f'<a id="s-{number}" href="#r-{number}"></a>')
    return "".join(out)
