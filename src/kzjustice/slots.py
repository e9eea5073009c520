"""Who stands in a verdict frame's slots: the frames stage's grammar and the people it reads.

``Grammar`` holds one language's patterns (``kzjustice.en.verdicts``,
``kzjustice.ru.verdicts``); ``Seen`` reads the mentions from a verdict (lists, owners,
victims), and ``Slots`` the people each slot of a frame gives: after the penalty, the verb's
object or subject, the nearest before it. ``kzjustice.frames`` reads frames with them.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Callable

import attrs
import regex

from kzjustice._doc import Document
from kzjustice._text import BULLET
from kzjustice.entities import Chains
from kzjustice.lexicon import Lexicon, stage_grammar
from kzjustice.mentions import Mention, Mentions
from kzjustice.models import Found, Sentence, Status

__all__ = ["Grammar", "Seen", "Slots", "grammar"]

_OBJECT_REACH = 100  # how far after a penalty its verb's object may be named
_ALIAS_BEFORE = regex.compile(r"\A\s*[(\[][^()\[\]\n]{1,40}[)\]]")
_NAMED_BELOW_REACH = 600  # how far past a group's verdict the list naming its people may open
_LIST_GAP = regex.compile(rf"[ ,;.]*\n\s*(?:{BULLET}\s*|[0-9]{{1,2}}[.)]\s*)?")


@attrs.frozen
class Grammar:
    """The patterns and word classes one language's verdict frames are read with."""

    words: Lexicon
    verb: regex.Pattern[str]
    passive: regex.Pattern[str]
    participle: regex.Pattern[str]
    subject_gap: regex.Pattern[str]
    group_subject_gap: regex.Pattern[str]
    object_gap: regex.Pattern[str]
    after: regex.Pattern[str]
    object_after_verb: regex.Pattern[str]
    owner: regex.Pattern[str]
    of_whom: regex.Pattern[str]
    dash_name: regex.Pattern[str]
    after_gap: regex.Pattern[str]
    verb_penalty: regex.Pattern[str]
    coordinated: regex.Pattern[str]
    conjunction: regex.Pattern[str]
    penalty_list: regex.Pattern[str]
    owns_penalty: regex.Pattern[str]
    respectively: regex.Pattern[str]
    each: regex.Pattern[str]
    victim: regex.Pattern[str]
    trial_verbs: regex.Pattern[str]
    law_statement: regex.Pattern[str]
    # before a law's penalty, words tying it to the charge someone faces: "charged with X, a
    # crime punishable by", "по вменяемой ему статье": theirs, not the law's
    charged_law: regex.Pattern[str]
    as_was: regex.Pattern[str]
    for_whom: regex.Pattern[str]  # before a person just before the penalty: "для X 18 лет"
    relative: regex.Pattern[str]  # a relative pronoun: "who", "который"
    # before an object verb, a passive it shares: "X was tried in absentia alongside the
    # three other defendants and sentenced to"; searched backwards
    shared_passive: regex.Pattern[str]
    verb_after: regex.Pattern[str]  # an object verb after the penalty: "По 10 лет суд назначил"
    habitual: regex.Pattern[str]  # "usually": a clause about what happens as a rule
    # between a person and a name in apposition that completes its noun: "X, the nephew of
    # [former President] Y"; with ``oblique`` (whether a name as written is no subject's form,
    # for Russian its case), Y is no subject
    complement: regex.Pattern[str]
    oblique: Callable[[str], bool]
    # between a person and the one whose relation they are, with no comma: "The wife of [a
    # Tajik diplomat]"; the first is the subject
    of_head: regex.Pattern[str]
    # after a name, more names, then a dash that gives them their own term: "X, Y и Z — по 5"
    own_term_next: regex.Pattern[str]
    # between a person and their penalty: a dash, and the word that may follow it ("X — по 5")
    dash_gap: regex.Pattern[str]
    # a line that opens a list of the sentenced by name: "Those sentenced include:"
    named_below: regex.Pattern[str]


@functools.cache
def grammar(language: str) -> Grammar:
    """The frames grammar of ``language``, built once."""
    return stage_grammar(Grammar, language, "verdicts", "frames_grammar")


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

        A list ends with "and": commas alone list no one ("X, 19-year-old Y, received").
        """
        items = [head]
        listed = 1  # how many items the last "and" closes
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
        return self._entities(items[:listed])

    def _backward(self, head: Mention, start: int) -> tuple[int, ...]:
        """``head`` and the people listed with it before it: "A, B and C were".

        The last two are joined by "and", or three or more by commas alone ("A, B, C получили"):
        "in his Honda Fit, 19-year-old X, received" lists no one.
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
                break
            joined = joined or (
                len(items) == 1 and self.grammar.conjunction.search(link) is not None
            )
            items.insert(0, mention)
        return self._entities(items if joined or len(items) >= 3 else [head])

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


class Slots(Seen):
    """The slots of a verdict frame around a penalty.

    The verb before it, the people after it, its subject, its object and the nearest person.
    """

    def _verb(self, start: int, end: int) -> regex.Match[str] | None:
        """The last verdict verb in ``[start, end)``."""
        found = None
        for match in self.grammar.verb.finditer(self.text, start, end):
            found = match
        return found

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
                and mention.kind == "definite"
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
