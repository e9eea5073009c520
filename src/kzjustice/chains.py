"""Who is who: the people the mentions stand for.

Requires: the document, its mentions, and what the words around each say (``descriptions``).
Assigns: a person for each mention that names or describes someone, kept as the reading goes.

- A full name is one person; a surname, or an initial and a surname, is the last person named
  with it ("Kadyrbekov" after "Nurbol Kadyrbekov"), unless the given names differ ("Yerlan
  Kadyrbekov" after "Nurbol Kadyrbekov" is his cousin).
- A lone capitalised word names someone only where it looks like a surname ("Kudebayev").
- A group is a person of its own, or one already tried with the same count close before it
  ("three defendants" after "three officers").
- "he", "she": the last person mentioned; "they", "each", "both": the last group; "the former
  head": the last person so described, else the last person, else the first named next.
- A person described as a judge, a lawyer, a victim is excluded: never a defendant.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

import attrs

from kzjustice._doc import Document
from kzjustice.descriptions import describe, serving_as
from kzjustice.lexicon import lexicon
from kzjustice.mentions import Mention, Mentions, group_count
from kzjustice.models import AgeRange, Charge, Found, Sentence, Span

if TYPE_CHECKING:
    from kzjustice.cases import Trial

__all__ = ["PARAGRAPH", "People", "Person"]

_EN = lexicon("en")
PARAGRAPH = 600  # about a paragraph: how far a description or "Both" reaches for its people
_ATTACH = 300  # how far from a mention a role stated away from the name may stand


@attrs.define
class Person:
    """A defendant being assembled: a named person or an unnamed group."""

    first: int  # where the article first mentions them
    name: Span | None = None
    group: Span | None = None
    count: int = 1
    age: tuple[int, Span] | None = None
    age_range: tuple[AgeRange, Span] | None = None
    role: Span | None = None
    charges: list[tuple[Charge, Span]] = attrs.Factory(list)
    sentences: list[Found[Sentence]] = attrs.Factory(list)
    seen: list[int] = attrs.Factory(list)  # where the article mentions them, in order
    tried: int | None = None  # where the article first reports them tried or sentenced
    case: Trial | None = None
    excluded: bool = False  # a judge, a lawyer, a victim: never a defendant
    same_charge: bool = False  # "convicted on the same charges" as someone else

    @property
    def plural(self) -> bool:
        """Whether this is an unnamed group of more than one."""
        return self.name is None and self.count > 1

    def has_seen(self, offset: int) -> bool:
        """Whether the article mentions them at ``offset``."""
        index = bisect.bisect_left(self.seen, offset)
        return index < len(self.seen) and self.seen[index] == offset

    def see(self, offset: int) -> None:
        """Note a mention at ``offset``."""
        if not self.has_seen(offset):
            bisect.insort(self.seen, offset)

    def last_seen_before(self, offset: int) -> int | None:
        """Where the article last mentions them before ``offset``."""
        index = bisect.bisect_left(self.seen, offset)
        return self.seen[index - 1] if index else None

    def first_seen_from(self, offset: int) -> int | None:
        """Where the article first mentions them from ``offset`` on."""
        index = bisect.bisect_left(self.seen, offset)
        return self.seen[index] if index < len(self.seen) else None


class People:
    """The people of one article, found from their mentions as the reading goes."""

    def __init__(self, doc: Document, mentions: Mentions) -> None:
        self.doc = doc
        self.mentions = mentions
        self.people: list[Person] = []
        self.by_name: dict[str, Person] = {}  # by surname: the last person who bears it
        self.by_full_name: dict[str, Person] = {}
        self.groups_at: dict[int, Person] = {}
        for mention in mentions.items:  # everyone named or described, in order
            if mention.kind != "pronoun":
                self.person_of(mention)

    def person_of(self, mention: Mention) -> Person | None:
        """The person a mention stands for; None for nobody, or for a judge or a lawyer."""
        if mention.kind == "pronoun":
            person = self._antecedent(mention)
        elif mention.kind in ("name", "surname"):
            person = self._named(mention)
        else:
            person = self._group(mention)
        if person is None or person.excluded:
            return None
        if not person.has_seen(mention.span.start):
            person.see(mention.span.start)
            person.first = min(person.first, mention.span.start)  # "the founder ..., X"
        return person

    def _named(self, mention: Mention) -> Person | None:
        key = mention.text.split()[-1].lower()
        full = " ".join(mention.text.lower().split())
        person = self.by_full_name.get(full) or self.by_name.get(key)
        if person is not None and mention.kind == "name" and person.name is not None:
            known = self.doc.masked[person.name.start : person.name.end]
            if not _same_given_name(known, mention.text):
                person = None  # "Yerlan Kadyrbekov" after "Nurbol Kadyrbekov": his cousin
        if person is None:
            if mention.kind == "surname" and not _looks_like_surname(mention.text):
                return None
            person = Person(first=mention.span.start, name=mention.span)
            self._describe(person, mention)
            self.by_name[key] = person
            self.people.append(person)
        else:
            if mention.kind == "name" and person.name is not None:
                known = self.doc.masked[person.name.start : person.name.end]
                if len(mention.text) > len(known):
                    person.name = mention.span  # the full name, where the surname came first
            self.by_name[key] = person
            if not person.has_seen(mention.span.start) and (
                person.age is None or person.role is None
            ):
                self._describe(person, mention, first=False)  # "Zhanuzakov, 51, who headed"
        if mention.kind == "name":
            self.by_full_name[full] = person
        return person

    def _group(self, mention: Mention) -> Person | None:
        count = group_count(self.doc, mention)
        for person in reversed(self.people):  # "three defendants" after "three officers"
            if (
                person.name is None
                and person.count == count
                and count > 1
                and person.tried is not None
                and mention.span.start - person.seen[-1] < PARAGRAPH
            ):
                return person
        if mention.span.start in self.groups_at:
            return self.groups_at[mention.span.start]
        person = Person(first=mention.span.start, group=mention.span, count=count)
        self._describe(person, mention)
        self.groups_at[mention.span.start] = person
        self.people.append(person)
        return person

    def _antecedent(self, mention: Mention) -> Person | None:
        """The person a pronoun or definite description refers back to.

        "he", "she": the last person mentioned; "they", "each": the last group; "the former
        head": the last person so described, else the last person.
        """
        word = mention.text.lower()
        plural = word in ("each", "both", "they", "them") or word.endswith("s")
        noun = word.split()[-1] if word.startswith("the ") else None
        best: tuple[int, Person] | None = None
        for person in self.people:
            if person.excluded:
                continue
            last = person.last_seen_before(mention.span.start)
            if last is None or plural != person.plural:
                continue
            if noun is not None and person.group is not None:
                described = self.doc.masked[person.group.start : person.group.end].lower()
                if noun in described.split():
                    return self._described(noun, mention.span.start) or person
            if best is None or last > best[0]:
                best = (last, person)
        if best is None and noun is not None:  # "sentenced the founder of a news site ...
            return self._named_after(mention.span.start)  # ... Bakyt Sydykov, 46, who ..."
        return None if best is None else best[1]

    def _named_after(self, start: int) -> Person | None:
        """The first person named after ``start``, within the paragraph after it."""
        index = bisect.bisect_right(self.mentions.starts, start)
        for mention in self.mentions.items[index : index + 12]:
            if mention.span.start - start > PARAGRAPH:
                break
            if mention.kind == "name":
                person = self.by_full_name.get(" ".join(mention.text.lower().split()))
                if person is not None and not person.excluded:
                    return person
        return None

    def _described(self, noun: str, before: int) -> Person | None:
        """The last person whose description has ``noun``: "the former head"."""
        found = [
            (last, person)
            for person in self.people
            if not person.excluded
            and person.group is not None
            and (last := person.last_seen_before(before)) is not None
            and noun in self.doc.masked[person.group.start : person.group.end].lower().split()
        ]
        return max(found, key=lambda item: item[0])[1] if found else None

    def pair(self, mention: Mention) -> list[Person]:
        """The two people "Both" or "they" stands for when no group does: the last two named."""
        if mention.kind != "pronoun" or mention.text.lower() not in ("both", "they"):
            return []
        named: list[tuple[int, Person]] = []
        for person in self.people:
            last = person.last_seen_before(mention.span.start)
            if person.name is None or person.excluded or last is None:
                continue
            if mention.span.start - last < PARAGRAPH:
                named.append((last, person))
        named.sort(key=lambda item: item[0])
        return [person for _, person in named[-2:]]

    def salient(self, start: int) -> Person | None:
        """The defendant the article is talking about at ``start``: the last one mentioned.

        Named people count whenever mentioned; groups only once reported tried.
        """
        best: tuple[int, Person] | None = None
        for person in self.people:
            if person.excluded or (person.name is None and person.tried is None):
                continue
            last = person.last_seen_before(start)
            if last is not None and start - last < 2500 and (best is None or last > best[0]):
                best = (last, person)
        return None if best is None else best[1]

    def roles_from_context(self) -> None:
        """Roles stated away from a name: "while serving as head of police for the region"."""
        for person in self.people:
            if person.role is not None or person.name is None:
                continue
            for seen in person.seen:
                end = min(self.doc.sentences.around(seen)[1], seen + _ATTACH)
                role = serving_as(self.doc.masked, seen, end)
                if role is not None:
                    person.role = role
                    break

    def _describe(self, person: Person, mention: Mention, *, first: bool = True) -> None:
        """Keep what the words around a mention say; the first mention may exclude them."""
        said = describe(
            self.doc.masked, mention, self.mentions.described_by.get(mention.span.start)
        )
        if person.age is None and said.ages:
            person.age = said.ages[0]
        if said.age_range is not None:
            person.age_range = said.age_range
        if first and said.excluded_before:
            person.excluded = True
        if person.role is None and said.apposed_role is not None:
            span, excluding = said.apposed_role
            if first and excluding:
                person.excluded = True
            else:
                person.role = span
        if person.role is None and said.role_before is not None:
            person.role, excluding = said.role_before
            if first and excluding:
                person.excluded = True
        if person.role is None:
            person.role = said.group_role or said.described_role


def _same_given_name(known: str, other: str) -> bool:
    """Whether two names with one surname can name one person.

    "Nurbol Kadyrbekov", "N. Kadyrbekov" and "Kadyrbekov" can; "Yerlan Kadyrbekov" cannot.
    """
    first, second = known.split()[:-1], other.split()[:-1]
    if not first or not second:
        return True
    a, b = first[0].rstrip("."), second[0].rstrip(".")
    return a == b or ((len(a) <= 2 or len(b) <= 2) and a[0] == b[0])


def _looks_like_surname(word: str) -> bool:
    """A lone capitalised word that is a Central Asian or Slavic surname: "Kudebayev"."""
    return word.lower().removesuffix("'s").endswith(tuple(_EN.surname_endings))
