"""The slots of a verdict frame before its penalty: its verb, subject and object."""

from __future__ import annotations

import bisect

import regex

from kzjustice.mentions import Mention
from kzjustice.models import Found, Sentence, Status
from kzjustice.slots.seen import Seen

_ALIAS_BEFORE = regex.compile(r"\A\s*[(\[][^()\[\]\n]{1,40}[)\]]")


class Preceding(Seen):
    """The slots of a verdict frame before its penalty.

    The verb, its subject and object, the person a request is for, and the nearest person.
    """

    def _verb(self, start: int, end: int) -> regex.Match[str] | None:
        """The last verdict verb in ``[start, end)``."""
        found = None
        for match in self.grammar.verb.finditer(self.text, start, end):
            found = match
        return found

    def _for_whom(self, penalty: Found[Sentence], start: int) -> tuple[int, ...]:
        """The person named just before a penalty after "для": "просило для X 18 лет".

        Before a request, its subject may stand between: "For Nurmaganbetov she requests three
        years", "Для Оразова гособвинение просило четыре года".
        """
        index = bisect.bisect_left(self.mentions.starts, penalty.span.start)
        requested = penalty.value.status is Status.REQUESTED
        if index and requested and self.mentions.items[index - 1].kind == "pronoun":
            index -= 1  # "she" requests
        if not index:
            return ()
        mention = self.mentions.items[index - 1]
        gap = self.text[mention.span.end : penalty.span.start]
        gap = _ALIAS_BEFORE.sub("", gap)  # "Александры Наумовой (Духаниной) обвинение просило"
        if (
            mention.span.start < start
            or (
                not self.grammar.dash_gap.fullmatch(gap)
                and not (
                    requested
                    and len(gap) <= 40
                    and not any(c in gap for c in ",.;:()")
                    and (verb := self._verb(mention.span.end, penalty.span.start)) is not None
                    and verb["request"] is not None
                )
            )
            or not self.grammar.for_whom.search(
                self.text, max(start, mention.span.start - 120), mention.span.start
            )
            or (  # a list's next item names its own: "10 лет для X, 7 — для его матери Y"
                "," in gap
                and self.grammar.after.match(self.text, penalty.span.end, penalty.span.end + 40)
            )
        ):
            return ()
        return self._backward(mention, start)

    def _object_gap(self, position: int, mention: Mention) -> bool:
        """Whether only an object's words stand from ``position`` to ``mention``.

        Or to the description it is named after: "приговорен еще один член «X», бывший аким Y".
        """
        description = self.mentions.described_by.get(mention.span.start)
        start = mention.span.start
        if description is not None and position <= description.span.start:
            start = description.span.start
        return self.grammar.object_after_verb.fullmatch(self.text, position, start) is not None

    def _by_verb(
        self, verb: regex.Match[str], floor: int, position: int, start: int
    ) -> tuple[int, ...]:
        text = self.text
        if verb["request"] is not None:
            return ()  # "prosecutors asked for nine years": the clause around decides
        passive = (
            self.grammar.passive.search(text, max(start, verb.start() - 40), verb.start())
            is not None
        )
        if verb["object"] is not None and not passive:
            mention = self._first_mention(verb.end(), position)
            direct = (
                mention is not None
                and self._object_gap(verb.end(), mention)
                and not self._victim(mention, verb.end())
            )
            if (
                not direct
                and not verb[0].lower().endswith("ing")
                and self.grammar.participle.search(
                    text, max(start, verb.start() - 20), verb.start()
                )
            ):  # "X, sentenced to five years in"; not "said judge Y, jailing him for", nor
                return self._subject(verb.start(), start)  # "the judge, X, sentenced Y to"
            shared = self.grammar.shared_passive.search(text, start, verb.start())
            if shared is not None:  # "X was tried ... and sentenced to": X
                return self._subject(shared.start(), start)
            if direct and mention is not None:
                return self._forward(mention, position)
            return ()
        aux = self.grammar.passive.search(text, max(start, verb.start() - 40), verb.start())
        subject = aux.start() if aux else verb.start()
        # a subject after an earlier penalty of the sentence is the list's start: "A and B got
        # 16 years each and C was sentenced to 15" gives the 15 years to C alone
        found = (self._subject(subject, floor) if start < floor else ()) or self._subject(
            subject, start
        )
        earlier = None if found else self._verb(max(start, verb.start() - 60), verb.start())
        gap = text[earlier.end() : verb.start()] if earlier is not None else ","
        if (
            earlier is not None
            and not any(c in gap for c in ",.;:")
            and (self.grammar.conjunction.search(gap[-12:]))
        ):  # "осуждены за халатность и получили по два года": the first verb's subject
            return self._by_verb(earlier, floor, position, start)
        return found

    def _subject(self, position: int, start: int) -> tuple[int, ...]:
        """The person whose predicate starts at ``position``: "X, 41, who ..., was".

        A person inside a relative clause is not it: "Two loan officers who testified against
        their former bosses were each given" are the officers; "X, who defended his colleague, Y,
        after his arrest, was given" is X.
        """
        index = bisect.bisect_left(self.mentions.starts, position)
        found: Mention | None = None
        for mention in reversed(self.mentions.items[max(0, index - 4) : index]):
            if mention.span.start < start:
                break
            if (
                found is not None
                and mention.kind in ("definite", "group")
                and self.grammar.of_head.fullmatch(self.text, mention.span.end, found.span.start)
                and self._people(mention)
            ):
                found = mention  # "The wife of a Tajik diplomat was": the wife
                continue
            gap = self.text[mention.span.end : position]
            pattern = (
                self.grammar.group_subject_gap
                if mention.kind in ("group", "definite")
                else self.grammar.subject_gap
            )
            if (
                pattern.fullmatch(gap)
                and self.chains.of(mention)
                and not self._victim(mention, start)
            ):
                if (
                    found is not None
                    and mention.kind == "group"
                    and self.text[mention.span.end : found.span.start].strip() == ","
                ):
                    continue  # a description apposed to the name after it: "his colleague, Y"
                if (
                    found is not None
                    and not self.grammar.relative.search(
                        self.text, mention.span.end, found.span.start
                    )
                    and not self._completes(mention, found)  # "X, the nephew of Y, was"
                ):
                    break
                found = mention
        return () if found is None else self._backward(found, start)

    def _near(self, start: int, position: int) -> tuple[int, ...]:
        """The nearest person before ``position`` in its clause."""
        index = bisect.bisect_left(self.mentions.starts, position)
        for mention in reversed(self.mentions.items[max(0, index - 8) : index]):
            if mention.span.start < start:
                break
            if mention.span.end > position or self._victim(mention, start):
                continue
            if mention.kind == "possessive" and self._owns_other(mention, position):
                continue
            if self.grammar.owner.match(self.text, mention.span.end):
                continue  # "Utegenov's predecessor, jailed in 2019": not Utegenov
            if self._people(mention):
                return self._backward(mention, start)
        return ()
