"""The page reader: which lines are body, and the source a page's layout states."""

from __future__ import annotations

from typing import Any, NamedTuple

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kzjustice._page import read_page
from kzjustice._text import normalise
from kzjustice.models import Found


class Read(NamedTuple):
    """What a page says apart from its body, as the text over each span, and its body."""

    published: str | None = None  # ISO date
    outlet: str | None = None
    author: str | None = None
    title: str | None = None
    body: tuple[str, ...] = ()


def read(text: str) -> Read:
    """Read ``text`` as a page; every value is the caller's text over its span."""
    page = read_page(normalise(text))

    def over(found: Found[Any] | None) -> str | None:
        return None if found is None else text[found.span.start : found.span.end]

    return Read(
        published=page.published.value.isoformat() if page.published else None,
        outlet=over(page.outlet),
        author=over(page.author),
        title=over(page.title),
        body=tuple(text[span.start : span.end] for span in page.body),
    )


BODY = (
    "A district court in Taraz on Monday sentenced Nurlan Abenov, 40, a former police captain, "
    "to five years in prison for torturing a detainee."
)

ENGLISH = [
    pytest.param(
        "Qalam News\n\nCourt jails ex-officer for torture in Taraz\n\n"
        "Published: 4 April 2023 | By Dana Writer\n\n"
        f"{BODY}\n\nRead also:\nMayor gets 10 years for bribery\n2 hours ago",
        Read(
            "2023-04-04",
            "Qalam News",
            "Dana Writer",
            "Court jails ex-officer for torture in Taraz",
            (BODY,),
        ),
        id="masthead-published-byline-tail",
    ),
    pytest.param(
        "Kazakh court jails former police captain over torture\n\n"
        f"TARAZ, March 5 (Reuters) - {BODY}\n\n"
        "Reporting by Aliya Writer; Editing by Tom Editor",
        Read(
            None, "Reuters", None, "Kazakh court jails former police captain over torture", (BODY,)
        ),
        id="wire-dateline-credit-tail",
    ),
    pytest.param(
        f"date 2023-04-04 Court jails ex-officer for torture\n\n{BODY}",
        Read("2023-04-04", None, None, None, (BODY,)),
        id="date-line",
    ),
    pytest.param(
        "Court jails ex-officer for torture in Taraz\n\n"
        "By Dana Writer for Eurasianet April 4, 2023\n\n"
        f"{BODY}",
        Read(
            "2023-04-04",
            "Eurasianet",
            "Dana Writer",
            "Court jails ex-officer for torture in Taraz",
            (BODY,),
        ),
        id="byline-for-outlet-with-date",
    ),
    pytest.param(
        "Steppe Courts\nHome | News | Courts | About\n14 837 subscribers\n\n"
        "Court jails ex-officer for torture in Taraz\n\n4 April 2023, 16:42\n"
        f"Author: Dana Writer\n\n{BODY}\n\n© 2023 Steppe Courts. All rights reserved.",
        Read(
            "2023-04-04",
            "Steppe Courts",
            "Dana Writer",
            "Court jails ex-officer for torture in Taraz",
            (BODY,),
        ),
        id="timestamp-author-navigation-copyright",
    ),
    pytest.param(
        f"Court jails ex-officer for torture in Taraz\n\n{BODY}\n\n"
        "This article first appeared on Eurasianet.",
        Read(None, "Eurasianet", None, "Court jails ex-officer for torture in Taraz", (BODY,)),
        id="first-appeared-on",
    ),
    pytest.param(
        "Qamqor Monitor | Courts & Rights\n\nCourt jails ex-officer for torture in Taraz\n\n"
        f"{BODY}",
        Read(None, "Qamqor Monitor", None, "Court jails ex-officer for torture in Taraz", (BODY,)),
        id="masthead-with-tagline",
    ),
    pytest.param(
        "Court news\n\nAidos Serikov was jailed for five years on Monday.",
        Read(
            None, None, None, "Court news", ("Aidos Serikov was jailed for five years on Monday.",)
        ),
        id="short-note",
    ),
    # Near-misses: a line of prose that states a date is body, not a timestamp line.
    pytest.param(
        "Court news\n\nThe verdict was read on 4 April 2023.",
        Read(None, None, None, "Court news", ("The verdict was read on 4 April 2023.",)),
        id="prose-with-a-date-is-no-timestamp",
    ),
    pytest.param(
        f"Court news\n\n{BODY}\n\nOn 4 April 2023, he appealed.",
        Read(None, None, None, "Court news", (BODY, "On 4 April 2023, he appealed.")),
        id="a-date-opening-prose-is-no-timestamp",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ENGLISH)
def test_english_page(text: str, expected: Read) -> None:
    assert read(text) == expected


@given(st.text())
def test_any_text_is_read_and_every_span_slices(text: str) -> None:
    normal = normalise(text)
    page = read_page(normal)
    for found in (page.published, page.outlet, page.author, page.title):
        if found is not None:
            assert normal[found.span.start : found.span.end] == found.text
    assert all(0 <= s.start <= s.end <= len(text) for s in page.body)
