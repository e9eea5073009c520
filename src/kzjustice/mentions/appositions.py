"""Descriptions that only stand beside a name: "A fourth officer, Daniyar B."."""

from __future__ import annotations

import regex

from kzjustice._text import compile_lazily
from kzjustice.mentions.records import Grammar, Mention
from kzjustice.models import Span

_AND = compile_lazily(r"\s*,?\s+(?:and|и)\s+|\s*,\s*")  # between the items of a list

_SHORT_THEN_COMMA = regex.compile(r"[^,.;:\n]{0,30},\s*")  # " that night, "


def read_appositions(
    grammar: Grammar, mentions: list[Mention], text: str
) -> tuple[list[Mention], dict[int, Mention]]:
    """Drop a description that only stands beside a name: "A fourth officer, Daniyar B.".

    Returns the mentions kept, and for each name the description that stood before it.
    """
    kept: list[Mention] = []
    described_by: dict[int, Mention] = {}
    apposed = -1  # where the last description standing beside a group, or one of it, ends
    including = False  # whether that was one of its people: "Six defendants, including two"
    for index, mention in enumerate(mentions):
        following = mentions[index + 1] if index + 1 < len(mentions) else None
        previous = kept[-1] if kept else None
        named = next(  # past another description of the same person: "еще один член
            (m for m in mentions[index + 1 : index + 3] if m.kind != "group"), None
        )  # "Ата-Журт", бывший мэр столицы X"
        if (
            mention.kind in ("group", "definite")
            and named is not None
            and named.kind == "name"
            and grammar.comma.fullmatch(text[mention.span.end : named.span.start])
            and not grammar.including.match(text, mention.span.end)  # "Six, including X": X
            # is one of them
            and (mention.kind == "group" or "," in text[mention.span.end : named.span.start])
        ):
            described_by.setdefault(named.span.start, mention)
            continue  # "A 26-year-old student, Timur Ospanov"; "The man, Bolat Zhumadilov,"
        if (
            mention.kind == "group"
            and following is not None
            and following.kind == "name"
            and text[mention.span.end : following.span.start].isspace()
            and (owned := grammar.group.fullmatch(mention.text)) is not None
            and owned["owner"]
        ):
            described_by[following.span.start] = mention
            continue  # "Kazakhstan's former prime minister Karim Masimov"
        if (
            mention.kind in ("group", "definite")
            and previous is not None
            and previous.kind == "name"
            and (mention.kind == "definite" or grammar.indefinite.match(mention.text))
            and grammar.apposed_and.fullmatch(text, previous.span.end, mention.span.start)
            and grammar.apposition_closes.match(text, mention.span.end)
        ):
            continue  # "X, the group's chair and a former teacher, received": his
        if (
            mention.kind == "definite"
            and previous is not None
            and previous.kind == "name"
            and grammar.comma_age.fullmatch(text[previous.span.end : mention.span.start])
        ):
            continue  # "Captain Olga Mikhailova, the duty officer on the night": her
        if (
            mention.kind == "group"
            and previous is not None
            and previous.kind == "definite"
            and grammar.indefinite.match(mention.text)
            and _SHORT_THEN_COMMA.fullmatch(text, previous.span.end, mention.span.start)
        ):  # "The senior officer that night, a captain with 14 years in the force,": the
            kept.pop()  # description in apposition says who, someone the text has not named
            previous = kept[-1] if kept else None
        if mention.kind == "group" and previous is not None and previous.kind != "pronoun":
            gap = text[previous.span.end : mention.span.start]
            if grammar.comma_age.fullmatch(gap) and (
                previous.kind != "group" or grammar.indefinite.match(mention.text)
            ):
                if previous.kind == "group":  # "A fifth defendant, a businesswoman whose ..."
                    described_by[previous.span.start] = mention
                    apposed, including = mention.span.end, False
                continue  # "Yerlan Saparov, 47, a former deputy head of ..."
            if previous.kind == "group" and grammar.including.fullmatch(gap):
                apposed, including = mention.span.end, True
                continue  # "Three more men, including Nazarov's landlord, were": one of them
            if (
                previous.kind == "group"
                and apposed > previous.span.end
                and (including or grammar.indefinite.match(mention.text))
                and _AND.fullmatch(text, apposed, mention.span.start)
            ):
                apposed = mention.span.end
                continue  # "Two other defendants, a laboratory assistant and a customs broker,"
                # "Six other defendants, including two managers and four drivers,"
        definite = (
            grammar.definite_before.search(
                text, max(0, mention.span.start - 120), mention.span.start
            )
            if mention.kind == "group" and grammar.indefinite.match(mention.text)
            else None
        )
        if (
            definite is not None
            and previous is not None
            and previous.kind == "definite"
            and previous.span.start >= definite.start()
        ):
            kept.pop()  # "The chief" inside "The chief specialist of ..."
            previous = kept[-1] if kept else None
        if definite is not None and (previous is None or previous.span.end <= definite.start()):
            # "The chief specialist of the division, a 31-year-old woman, was sentenced": the
            # first phrase names her, the second describes her
            span = Span(*definite.span("group"))
            kept.append(Mention(span=span, kind="group", text=text[span.start : span.end]))
            described_by[span.start] = mention
            continue
        kept.append(mention)
    return kept, described_by
