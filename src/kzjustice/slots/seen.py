"""The mentions of a document seen from a verdict: lists, owners, victims."""

from __future__ import annotations

import bisect

import regex

from kzjustice._doc import Document
from kzjustice.entities import Chains
from kzjustice.mentions import Mention, Mentions, owns_member
from kzjustice.slots.language import grammar

_COMMA = regex.compile(r"(?:\s+\([^()\n]{1,40}\))?\s*,\s*")  # "A (Тараз), B"


class Seen:
    """The mentions of a document seen from a verdict: lists, owners, victims."""

    def __init__(self, doc: Document, mentions: Mentions, chains: Chains) -> None:
        self.doc = doc
        self.grammar = grammar(doc.language)
        self.text = doc.masked
        self.mentions = mentions
        self.chains = chains
        self.penalty_starts = [p.span.start for p in doc.penalties]

    def _forward(self, head: Mention, end: int) -> tuple[int, ...]:
        """``head`` and the people listed with it after it: "A, B and C".

        A list ends with "and", or is of three names or more parted by commas alone ("получили
        A, B, C, на 10 суток арестован D"): a comma alone lists no one ("X, 19-year-old Y,
        received").
        """
        items = [head]
        listed = 1  # how many items the last "and" closes
        names = 1 if head.kind == "name" else 0
        index = bisect.bisect_right(self.mentions.starts, head.span.start)
        last = head.span.end  # where the last item, or a name completing its apposition, ends
        for mention in self.mentions.items[index : index + 30]:
            if mention.span.start >= end:
                break
            if self._completes(items[-1], mention) and last == items[-1].span.end:
                last = mention.span.end  # "X, the wife of Y, and Z": Y is no item
                continue
            link = self.text[last : mention.span.start]
            if not self.grammar.coordinated.match(link) or not self._no_penalty(
                last, mention.span.start
            ):
                break
            items.append(mention)
            last = mention.span.end
            if self.grammar.conjunction.search(link):
                listed = len(items)
            elif names == len(items) - 1 and mention.kind == "name" and _COMMA.fullmatch(link):
                names += 1  # names parted by commas alone, from the head
        if listed == 1 and names >= 3:
            listed = names
        return self._entities(items[:listed])

    def _backward(self, head: Mention, start: int) -> tuple[int, ...]:
        """``head`` and the people listed with it before it: "A, B and C were".

        The last two are joined by "and", three or more by commas alone ("A, B, C получили"), or
        two names by a comma before a verb in the plural ("A, B were arrested"): "in his Honda
        Fit, 19-year-old X, received" lists no one.
        """
        items = [head]
        joined = False
        index = bisect.bisect_left(self.mentions.starts, head.span.start)
        for mention in reversed(self.mentions.items[max(0, index - 30) : index]):
            link = self.text[mention.span.end : items[0].span.start]
            if mention.span.start < start and ";" not in link:
                break  # a list's items parted by semicolons stand in clauses of their own
            if not self.grammar.coordinated.match(link):
                if len(items) > 1 and self._completes(mention, items[0]):
                    items[0] = mention  # "X, the wife of Y, and Z were": X is listed, not Y
                    continue
                if mention.kind == "group" and owns_member(
                    self.doc, mention.span.end, items[0].span.start
                ):  # "Seven defendants, including former subordinates of X and Y, were": the
                    return self._entities([mention])  # seven
                break
            joined = joined or (
                len(items) == 1 and self.grammar.conjunction.search(link) is not None
            )
            items.insert(0, mention)
        paired = (  # "A, B were arrested": two names and a verb in the plural
            len(items) == 2
            and all(item.kind == "name" for item in items)
            and self.grammar.plural_after.match(self.text, head.span.end) is not None
        )
        return self._entities(items if joined or paired or len(items) >= 3 else [head])

    def _completes(self, mention: Mention, other: Mention) -> bool:
        """Whether ``other`` completes a noun in apposition to ``mention``: "X, a cousin of Y".

        Not where a penalty stands between: "9 years for X, 10 years for Y".
        """
        return (
            self.grammar.complement.fullmatch(self.text, mention.span.end, other.span.start)
            is not None
            and self.grammar.oblique(other.text)
            and self._no_penalty(mention.span.end, other.span.start)
        )

    def _no_penalty(self, start: int, end: int) -> bool:
        """Whether no penalty is read between ``start`` and ``end``: an item's apposition."""
        index = bisect.bisect_left(self.penalty_starts, start)
        penalties = self.doc.penalties
        return index == len(penalties) or penalties[index].span.start >= end

    def _people(self, mention: Mention) -> tuple[int, ...]:
        """The entities a mention stands for that may be taken by default: not excluded."""
        return tuple(i for i in self.chains.of(mention) if not self.chains.entities[i].excluded)

    def _entities(self, items: list[Mention]) -> tuple[int, ...]:
        found: list[int] = []
        for mention in items:
            for index in self.chains.of(mention):
                if mention.kind == "pronoun" and self.chains.entities[index].excluded:
                    continue  # '"X is guilty," said judge Y, jailing him': not the judge
                if index not in found:
                    found.append(index)
        return tuple(found)

    def _first_mention(self, start: int, end: int) -> Mention | None:
        """The first mention in ``[start, end)``, past an owner and a name that is no one's.

        "her son, X" gives X; "студента из Набережных Челнов Рамиля Хуснутдинова" Хуснутдинов.
        """
        index = bisect.bisect_left(self.mentions.starts, start)
        for mention in self.mentions.items[index : index + 3]:
            if mention.span.start >= end:
                break
            if mention.kind == "possessive" and self._owns_other(mention, end):
                continue  # "her son, X"
            if self.grammar.of_whom.match(self.text, mention.span.end):
                continue  # "each of the other five journalists"
            if self.grammar.owner.match(self.text, mention.span.end):
                continue  # "send two of Raushan Abenova's sons to prison": not their mother
            if mention.kind == "name" and not self.chains.of(mention):
                continue  # a place: "студента из Набережных Челнов Рамиля Хуснутдинова"
            return mention
        return None

    def _owns_other(self, mention: Mention, end: int) -> bool:
        """Whether a possessive owns something other than the penalty: "her son", "his lawyer"."""
        return self.grammar.owns_penalty.fullmatch(self.text, mention.span.end, end) is None

    def _victim(self, mention: Mention, start: int) -> bool:
        """Whether ``mention`` stands in a victim's slot: "for killing police sergeant X"."""
        floor = max(start, mention.span.start - 80)
        return self.grammar.victim.search(self.text, floor, mention.span.start) is not None
