"""Whose a penalty is when its frame names no one; and frames that give no penalty.

"Prosecutors had sought nine years, but the judge handed X seven": both X's; "Her lawyer
asked the court to acquit her": no penalty.
"""

from __future__ import annotations

import regex

from kzjustice._doc import Document
from kzjustice.distribute.records import Grammar, grammar_for
from kzjustice.entities import Entity
from kzjustice.frames import Frame
from kzjustice.models import Kind, Status

_SALIENCE = 2500  # how far back the defendant the article is talking about may be mentioned


def asked_by_no_prosecutor(doc: Document, grammar: Grammar, frame: Frame) -> bool:
    """Whether a frame's request is no penalty, for no prosecutor named in its clause asks it.

    A request frame whose clause names the defence, or asks for an acquittal ("Amnesty
    International urged the court to acquit X", "X asked the court to acquit him"); or
    requested penalties a defendant asked for in their last word ("In his final statement, X
    asked the court for a fine").
    """
    before = doc.masked[frame.sentence[0] : frame.penalties[0].span.start]
    if grammar.prosecution.search(before):
        return False
    if frame.request and (
        grammar.defence.search(before)
        or all(found.value.kind is Kind.ACQUITTAL for found in frame.penalties)
    ):
        return True
    return grammar.own_plea.search(before) is not None and all(
        found.value.status is Status.REQUESTED for found in frame.penalties
    )


_CLOSING = regex.compile(r'[»"”]')


def officially_quoted(doc: Document, grammar: Grammar, frame: Frame) -> bool:
    """Whether a quoted frame's quotation names an official as its speaker after it.

    "«... Организатор приговорен к 16 годам ...», — сообщили в суде" is a verdict told.
    """
    text = doc.masked
    start = frame.penalties[-1].span.end
    end = text.find("\n", start)
    closing = _CLOSING.search(text, start, len(text) if end < 0 else end)
    return closing is not None and grammar.official_after.match(text, closing.end()) is not None


def quoted_verdict(frames: tuple[Frame, ...], position: int) -> bool:
    """Whether a quoted frame is a verdict read out: a verdict verb names its people.

    A frame after a verdict quoted in its sentence continues it: "Суд назначил ему шесть лет
    ... и штраф в размере 12 млн рублей" is his fine too, "«X приговорен к 30 годам, его брат Y
    — к пожизненному»" Y's life sentence; one naming no one continues any quoted frame before.
    """
    frame = frames[position]
    if frame.defendants and frame.verdict:
        return True
    return any(  # "«X приговорен к 30 годам, его брат Y — к пожизненному»": Y's too
        other.quoted
        and other.defendants
        and (other.verdict or not frame.defendants)
        and other.sentence == frame.sentence
        for other in frames[:position]
    )


def from_the_sentence(doc: Document, frames: tuple[Frame, ...], position: int) -> tuple[int, ...]:
    """The people of another frame of the same sentence, for a frame that names no one.

    A request or possible penalty takes the next frame's people first ("Prosecutors had sought
    nine years, but the judge handed X seven"); anything else the previous frame's ("cut from
    nine years to seven", "sentenced to five years (the prosecution had requested six)"). A
    clause after a semicolon is of the sentence before it ("X was sentenced to six years;
    prosecutors had sought eight").
    """
    frame = frames[position]

    def joined(other: tuple[int, int]) -> bool:
        if other == frame.sentence:
            return True
        first, second = sorted((other, frame.sentence))
        between = doc.masked[first[1] : second[0]]
        return (
            first[1] <= second[0]
            and not between.strip(" ;")
            and doc.masked[first[0] : second[0]].rstrip().endswith(";")
        )

    same = [
        (other, index)
        for index, other in enumerate(frames)
        if other.defendants and index != position and joined(other.sentence)
    ]
    before = [other for other, index in reversed(same) if index < position]
    after = [other for other, index in same if index > position]
    wanted = frame.request or frame.penalties[0].value.status is not Status.IMPOSED
    for other in [*after, *before] if wanted else [*before, *after]:
        return other.defendants
    return ()


def verdict_next(
    doc: Document, entities: tuple[Entity, ...], frames: tuple[Frame, ...], position: int
) -> tuple[int, ...]:
    """The people of the verdict that follows a request naming no one, sentence by sentence.

    "The prosecutor asked for seven years. The court sentenced X to six" gives X both, where
    no verdict stands in the sentence before the request and X was mentioned before it
    ("Prosecutors had asked for 11 years. Two of his subordinates were each jailed for six
    years" is not the subordinates' request).
    """
    frame = frames[position]
    if not frame.request:
        return ()
    text = doc.masked
    start, end = frame.sentence
    before = frames[position - 1] if position else None
    if before is not None and not text[before.sentence[1] : start].strip():
        return ()  # "X got six years. Prosecutors had asked for seven": X's, as the last named
    after = frames[position + 1] if position + 1 < len(frames) else None
    if (
        after is None
        or after.request
        or not after.defendants
        or after.penalties[0].value.status is not Status.IMPOSED
        or text[end : after.sentence[0]].strip()
        or text[end : after.sentence[0]].count("\n") > 1
        or any(entities[index].first >= start for index in after.defendants)
    ):
        return ()
    return after.defendants


def salient_defendant(
    doc: Document, entities: tuple[Entity, ...], tried_at: dict[int, int], start: int
) -> int | None:
    """The defendant the article is talking about at ``start``: the last one mentioned.

    Named people count whenever mentioned, but for one never reported tried whose last
    mention speaks ("her sister, X, told RFE/RL. Prosecutors had demanded 10 years."); groups
    only once reported tried. Of two last seen at one mention ("в них", read as both), the one
    named later.
    """
    grammar = grammar_for(doc.language)
    best: tuple[int, int] | None = None
    for index, entity in enumerate(entities):
        if entity.excluded:
            continue
        tried = index in tried_at and tried_at[index] < start
        if entity.name is None and not tried:
            continue
        last = entity.last_seen_before(start)
        if (
            last is not None
            and not tried
            and (
                _speaks(doc, grammar, last)
                or grammar.apposed_owner.search(doc.masked, max(0, last - 80), last)
            )
        ):
            continue  # one who speaks, or whose kin is spoken of: "X, the sister of Y"
        if last is not None and start - last < _SALIENCE and (best is None or last >= best[0]):
            best = (last, index)
    return None if best is None else best[1]


def _speaks(doc: Document, grammar: Grammar, position: int) -> bool:
    """Whether the name at ``position`` is a speaker's: "X told", "сказала X"."""
    text = doc.masked
    return bool(
        grammar.speaking_after.match(text, position, position + 80)
        or grammar.speaking_before.search(text, max(0, position - 60), position)
    )
