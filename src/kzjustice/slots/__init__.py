"""Who stands in a verdict frame's slots: the frames stage's grammar and the people it reads.

``Grammar`` holds one language's patterns (``kzjustice.en.verdicts``,
``kzjustice.ru.verdicts``; module ``language``); ``Seen`` reads the mentions from a verdict
(lists, owners, victims), ``Preceding`` the people the slots before a penalty give (the verb's
object or subject, the person a request is for, the nearest before it), and ``Slots`` those
after it. ``kzjustice.frames`` reads frames with them.
"""

from __future__ import annotations

import bisect

import regex

from kzjustice._text import BULLET
from kzjustice.models import Found, Sentence
from kzjustice.slots.language import Grammar, grammar
from kzjustice.slots.preceding import Preceding
from kzjustice.slots.seen import Seen

__all__ = ["Grammar", "Seen", "Slots", "grammar"]

_OBJECT_REACH = 100  # how far after a penalty its verb's object may be named

_NAMED_BELOW_REACH = 600  # how far past a group's verdict the list naming its people may open
_LIST_GAP = regex.compile(rf"[ ,;.]*\n\s*(?:{BULLET}\s*|[0-9]{{1,2}}[.)]\s*)?")


class Slots(Preceding):
    """The slots of a verdict frame around a penalty.

    The people after it, a dashed list's group, and those named below; with the slots before
    it (``Preceding``).
    """

    def _after(self, penalty: Found[Sentence], end: int) -> tuple[int, ...]:
        text = self.text
        verb = self.grammar.verb_penalty.match(penalty.text)  # "acquitted X", "fined X N tenge"
        inside = self._first_mention(penalty.span.start + 1, penalty.span.end) if verb else None
        if inside is not None:  # "fined A and B 30 MCI each"
            return self._forward(inside, penalty.span.end)
        after = self.grammar.after.match(text, penalty.span.end, end)
        if after is not None:
            position = after.end()
        elif verb:  # "acquitted X", "jailed X"
            position = penalty.span.end
        else:
            return ()
        found = self._after_at(position, end)
        if found:
            return found
        index = bisect.bisect_left(self.mentions.starts, penalty.span.end)
        each = self.mentions.items[index] if index < len(self.mentions.items) else None
        if each is not None and each.span.end <= position and each.kind == "pronoun":
            return self._people(each)  # "eight years for each of the defendants"
        return ()

    def _dashed(self, penalty: Found[Sentence], start: int) -> tuple[int, ...]:
        """The group a list's item counts before its dash: "остальные девять — к 2 годам"."""
        index = bisect.bisect_left(self.mentions.starts, penalty.span.start)
        if not index:
            return ()
        mention = self.mentions.items[index - 1]
        gap = self.text[mention.span.end : penalty.span.start]
        if (
            mention.kind != "group"
            or mention.span.start < start
            or not any(dash in gap for dash in "-\u2013\u2014")
            or not self.grammar.dash_gap.fullmatch(gap)
        ):
            return ()
        return self._people(mention)

    def _verb_after(self, penalty: Found[Sentence], end: int) -> tuple[int, ...]:
        """The object of a verb just after a penalty: "По 10 лет суд назначил X и Y"."""
        verb = self.grammar.verb_after.match(self.text, penalty.span.end, end)
        if verb is None:
            return ()
        mention = self._first_mention(verb.end(), end)
        if mention is None or not self._object_gap(verb.end(), mention):
            return ()
        return self._forward(mention, end)

    def _after_at(self, position: int, end: int) -> tuple[int, ...]:
        """The people named at ``position``, past a title: "to entrepreneur X and Y".

        Not those a dash gives a term of their own: "6 лет, для Ярослава Белоусова — 5 лет".
        """
        mention = self._first_mention(position, min(position + 90, end))
        if mention is None:
            return ()
        starts = [mention.span.start]
        if mention.kind == "definite":  # "для заместителя главного инженера X и механика Y":
            named = self._first_mention(mention.span.end, min(mention.span.end + 90, end))
            if named is not None and self.chains.of(named) == self.chains.of(mention):
                mention = named  # the list starts at the name of whom the description is
        description = self.mentions.described_by.get(mention.span.start)  # "в отношении
        starts.append(mention.span.start)  # бывшего руководителя ГУ «X» Карима Y"
        if description is not None and position <= description.span.start:
            starts.append(description.span.start)
        if not any(
            self.grammar.after_gap.fullmatch(self.text[position:start]) for start in starts
        ) or self.grammar.own_term_next.match(self.text, mention.span.end, end):
            return ()
        if self._victim(mention, position):
            return ()
        return self._forward(mention, end)

    def _listed_below(self, position: int) -> tuple[int, ...]:
        """The people named a line each from ``position``, as after "приговорили:"."""
        found: list[int] = []
        index = bisect.bisect_left(self.mentions.starts, position)
        line_end = position
        for mention in self.mentions.items[index:]:
            if mention.span.start < line_end:
                continue  # on an item's line past its name: "Гуломали Айёмбеков, сын Толиба …"
            line_end = self.text.find("\n", mention.span.end)
            line_end = len(self.text) if line_end < 0 else line_end
            rest = self.text[mention.span.end : line_end].strip(" ;.")
            if (
                mention.kind != "name"
                or _LIST_GAP.fullmatch(self.text, position, mention.span.start) is None
                or (
                    rest
                    and not (rest.startswith(",") and self._no_penalty(mention.span.end, line_end))
                )
            ):
                break
            found += [i for i in self.chains.of(mention) if i not in found]
            position = line_end
        return tuple(found)

    def _named_below(self, position: int, count: int) -> tuple[int, ...]:
        """The ``count`` people a list names a line each, under a lead after ``position``.

        "sentenced 11 people to two years ... Those sentenced include:" then their 11 names.
        """
        lead = self.grammar.named_below.search(
            self.text, position, min(len(self.text), position + _NAMED_BELOW_REACH)
        )
        if lead is None:
            return ()
        found = self._listed_below(lead.end())
        return found if len(found) == count else ()

    def _object_after(self, penalty: Found[Sentence], end: int) -> tuple[int, ...]:
        """The object of a verb before a penalty, named after it: "приговорил к 7 годам X"."""
        position = penalty.span.end
        mention = self._first_mention(position, min(end, position + _OBJECT_REACH))
        if (
            mention is None
            or not self._object_gap(position, mention)
            or self._victim(mention, position)
        ):
            return ()
        return self._forward(mention, end)
