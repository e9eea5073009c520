"""Articles: from a raw news page to cases, defendants, charges, sentences, dates and source.

``parse_article`` runs the reader's stages in order, each reading the layers before it:

1. the document (``_doc``): the page's body and source (``_page``), normalised once, split
   into sentences once, with the penalty and date grammars run over the body;
2. mentions (``mentions``): names, surnames, groups, descriptions and pronouns;
3. people (``chains``, with ``naming`` and ``entities``): who each mention stands for, and
   what is said of them (``descriptions``);
4. verdict frames (``frames``, with ``slots``): whose penalty each penalty is, who was tried
   in which trial (``cases``), and for what (``charging``);
5. cases (``cases``) and statistics (``figures``): the records.

Penalties a law provides, stated with no one to apply to ("torture is punishable by up to 12
years"), are kept apart as the article's laws.
"""

from __future__ import annotations

import datetime

import attrs

from kzjustice._doc import READER_LANGUAGES, Document, document
from kzjustice.cases import build_cases
from kzjustice.chains import link_mentions, name_value
from kzjustice.distribute import Distribution, distribute
from kzjustice.entities import Chains, Entity
from kzjustice.figures import find_statistics
from kzjustice.frames import Tried, find_frames
from kzjustice.mentions import find_mentions
from kzjustice.models import Article, Found, Sentence, Source, Span, Status

__all__ = ["parse_article"]


def parse_article(
    text: str,
    *,
    published: datetime.date | None = None,
    url: str | None = None,
    language: str | None = None,
) -> Article:
    r"""Read one news article, as pasted or scraped, into its records.

    >>> article = parse_article(
    ...     "date 2023-04-04 Court jails ex-officer\n\nA court in Taldykorgan on March 18 "
    ...     "sentenced Serik Kudebayev, 58, a former police chief, to nine years in prison.")
    >>> article.source.published, article.cases[0].defendants[0].name.text
    (datetime.date(2023, 4, 4), 'Serik Kudebayev')
    >>> article.cases[0].defendants[0].sentences[0].value.term.iso
    'P9Y'

    Args:
        text: the article, with any page furniture around it.
        published: the publication date, when known; it wins over one read from the text.
        url: where the article came from; recorded as given.
        language: "en" or "ru", when known; else the body's letters say (a body mostly in
            Cyrillic is Russian). Recorded as the article's ``language``.

    Raises:
        TypeError: ``text`` is not a str (decode bytes first; read a file with
            ``kzjustice.read_article``), or ``published`` is not a ``datetime.date``.
        ValueError: ``language`` is not one the reader reads.
    """
    if not isinstance(text, str):
        raise TypeError(
            f"parse_article reads text (a str), not {type(text).__name__}: decode bytes first, "
            "or read a file with kzjustice.read_article"
        )
    if published is not None and (
        not isinstance(published, datetime.date) or isinstance(published, datetime.datetime)
    ):
        raise TypeError(f"published must be a datetime.date, not {type(published).__name__}")
    if language is not None and language not in READER_LANGUAGES:
        raise ValueError(f"language must be one of {', '.join(READER_LANGUAGES)}, not {language!r}")
    doc = _calendar_dates(document(text, published, language))
    chains, tried, distribution = _people(doc)

    def with_leads() -> Document:  # read again, the headline and standfirsts as body
        return _calendar_dates(document(text, published, language, leads=True))

    if doc.penalties and not chains.entities and doc.page.leads:
        doc = with_leads()  # "Activists A
        chains, tried, distribution = _people(doc)  # and B got five years each" above a body
        # that names no one: a case card, a body cut off before the names
    elif doc.page.leads and (unsentenced := _named_in_leads(doc, chains, distribution)):
        # "X приговорили к 12 годам колонии." over a body that speaks of X but states only
        # someone else's penalty: the standfirst's verdict is X's
        led = with_leads()
        led_chains, led_tried, led_distribution = _people(led)
        if unsentenced & _named_sentenced(led, led_chains, led_distribution):
            doc, chains, tried, distribution = led, led_chains, led_tried, led_distribution
    elif doc.page.leads and doc.penalties and not distribution.assignments:
        # "Прокурор запросил для X 8 лет колонии" over a body whose penalties go to no one:
        # "Помимо этого гособвинитель потребовал назначить штраф" adds to the headline's
        led = with_leads()
        led_chains, led_tried, led_distribution = _people(led)
        if led_distribution.assignments:
            doc, chains, tried, distribution = led, led_chains, led_tried, led_distribution
    elif doc.page.leads and not _imposed(doc.penalties):
        # "Ораза Мукашева приговорили к трем годам колонии" over a body that states only the
        # prosecutor's request: the headline's verdict is the one the body leaves out
        led = with_leads()
        if _imposed(led.penalties):
            doc = led
            chains, tried, distribution = _people(doc)
    groups = [
        group
        for index in {a.entity for a in distribution.assignments}
        if (group := chains.entities[index].group) is not None
    ]
    return Article(
        source=_source(doc, published, url),
        cases=build_cases(doc, chains, tried, distribution),
        dates=tuple(doc.reslice(d) for d in doc.dates),
        statistics=find_statistics(doc, groups),
        laws=tuple(doc.reslice(law) for law in distribution.laws),
        language=doc.language,
    )


def _imposed(penalties: tuple[Found[Sentence], ...]) -> bool:
    return any(penalty.value.status is Status.IMPOSED for penalty in penalties)


def _named_in_leads(doc: Document, chains: Chains, distribution: Distribution) -> set[str]:
    """The surnames of the people the body names, gives no penalty, and a lead sentence names.

    A lead sentence ends as one does: a headline ("Жителя ... оштрафовали за жалобу на X") is
    not read for the people it names.
    """
    given = {a.entity for a in distribution.assignments}
    said = (doc.original[span.start : span.end].rstrip() for span in doc.page.leads)
    leads = " ".join(lead for lead in said if lead.endswith(".")).lower()
    return {
        key
        for index, entity in enumerate(chains.entities)
        if entity.name is not None
        and not entity.excluded
        and index not in given
        and len(stem := _surname_stem(doc, entity.name)) > 2
        and stem in leads
        for key in _surname_keys(doc, entity)
    }


def _named_sentenced(doc: Document, chains: Chains, distribution: Distribution) -> set[str]:
    """The surnames of the people given a penalty, by ``_surname_keys``."""
    return {
        key
        for a in distribution.assignments
        if (entity := chains.entities[a.entity]).name is not None
        for key in _surname_keys(doc, entity)
    }


def _surname_keys(doc: Document, entity: Entity) -> tuple[str, str]:
    """A named person's surname less its ending, and as the record gives it, in lower case.

    Either may be the one two mentions share: "Спирину" and "Спирина" share "спирин", the
    nominative; "Жанибекова" alone (of unknown gender) and "Серика Жанибекова" share "жанибеко".
    """
    assert entity.name is not None
    return (
        _surname_stem(doc, entity.name),
        name_value(doc, entity.name, entity.gender).split()[-1].lower(),
    )


def _surname_stem(doc: Document, name: Span) -> str:
    """A name's last word less its ending, in lower case: "Константинова" in any case."""
    return doc.masked[name.start : name.end].split()[-1].lower()[:-2]


def _people(doc: Document) -> tuple[Chains, tuple[Tried, ...], Distribution]:
    """The people of ``doc``, who is tried, and who gets which penalty."""
    mentions = find_mentions(doc)
    chains = link_mentions(doc, mentions)
    frames, tried = find_frames(doc, mentions, chains)
    return chains, tried, distribute(doc, chains, frames, tried)


def _calendar_dates(doc: Document) -> Document:
    """The document with the dates of the conventions only: no decades, centuries or "now".

    An article's dates are its calendar dates (CONVENTIONS section 3), and a verdict's date is
    one of them: TIMEX3's other values, which the date grammar also reads, are left out.
    """
    dates = tuple(d for d in doc.dates if d.value.granularity.conventional)
    return attrs.evolve(doc, dates=dates, date_starts=tuple(d.span.start for d in dates))


def _source(doc: Document, published: datetime.date | None, url: str | None) -> Source:
    page = doc.page
    return Source(
        outlet=doc.found(page.outlet.span) if page.outlet else None,
        author=doc.found(page.author.span) if page.author else None,
        title=doc.found(page.title.span) if page.title else None,
        url=url,
        published=doc.published,
        published_evidence=(
            None
            if published is not None or page.published is None
            else doc.found(page.published.span)
        ),
    )
