"""The people and groups an article speaks of, as the chains stage builds them.

``Entity`` and ``Chains`` are what the stage returns; ``Draft`` is an entity while the pass
assembles it, and ``Decided`` the entities decided so far with what the pass asks of them: the
last to fit a pronoun, the people a sentence lists, the subject of the sentence before. Read by
``kzjustice.naming`` and ``kzjustice.chains``, with each language's grammar
(``kzjustice.en.people``, ``kzjustice.ru.people``).
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Callable, Mapping, Sequence

import attrs
import regex

from kzjustice._doc import Document
from kzjustice.descriptions import Description, describe
from kzjustice.lexicon import Lexicon, stage_grammar, unprefixed
from kzjustice.mentions import Mention, Mentions
from kzjustice.models import AgeRange, Span

__all__ = [
    "PARAGRAPH",
    "Chains",
    "Decided",
    "Draft",
    "Entity",
    "Grammar",
    "grammar",
    "last_before",
]

PARAGRAPH = 600  # about a paragraph: how far a description or "Both" reaches for its people


@attrs.frozen
class Grammar:
    """The patterns and word classes one language's chains are read with."""

    words: Lexicon
    # "in Taraz", "the village of Zhana-Aul", ", of Dublin"; preposition: "in", "из"
    place_before: regex.Pattern[str]
    place_after: regex.Pattern[str]  # "Taraz region"
    person_after: regex.Pattern[str]  # "in X, 41,": a person after all
    definite_group: regex.Pattern[str]  # "all six", "the six", "each of the"
    all_group: regex.Pattern[str]  # "all three", "все трое": everyone named just before
    victim_before: regex.Pattern[str]  # "killed a woman"
    of_all: regex.Pattern[str]  # after "each": " of the defendants", " из подсудимых"
    list_gap: regex.Pattern[str]  # between two names of a list: " and ", " и ", ", "
    stem: Callable[[str], str]  # a noun less its ending: "officers" -> "officer"
    name_forms: Callable[[str], tuple[str, ...]]  # the forms a written name may be, likeliest
    # a name as the record gives it, by gender and the words before it (their case)
    name_value: Callable[[str, str | None, str], str]
    # the gender a name says, with the words before it: "m", "f" or None ("в отношении Ш.
    # Юлдашева" is a man's genitive, not a woman's nominative)
    gender_of: Callable[[str, str], str | None]
    # after a name, words that say its gender where the name does not (groups "m", "f"):
    # "Мейрамбека Жусупова, которого ..." is a man's
    gender_after: regex.Pattern[str]
    # before a description that no description names and that stands for the first person
    # named, not the last: "просило для организатора", "для бывшего чиновника"
    principal_before: regex.Pattern[str]
    # before the person a sentence says was tried: "found", "the verdict against"
    tried_before: regex.Pattern[str]
    tried: regex.Pattern[str]  # a word that reports people tried: "convicted", "признал"
    guilty_after: regex.Pattern[str]  # after a name: " was found guilty", " was convicted"
    age_before: regex.Pattern[str]  # an age before a name, searched back: "The 33-year-old "
    verdict_owned: regex.Pattern[str]  # after a name that owns a verdict: "'s verdict"
    list_end: regex.Pattern[str]  # before the last item of a list: ", and ", " и "
    # after a definite description that a relative clause makes new: "the man who built the
    # block", named in the sentences after it
    relative_after: regex.Pattern[str]
    # before a noun that refers back (``referring_nouns``), a description that stands for the
    # last person spoken of where no name follows it: "приговорил бывшего чиновника"
    former: regex.Pattern[str]
    # just before a lone word that is a given name, not a surname: "his son Aset", "брата Асета"
    kin_before: regex.Pattern[str]
    # just before a lone word that is a surname whatever its ending: "Mr. Enkhbayar"
    honorific_before: regex.Pattern[str]
    # after a definite description by a relation (``generic_person_nouns``), the one it is a
    # relation of: "the son of former minister X" is someone new, not X
    relation_of: regex.Pattern[str]


@functools.cache
def grammar(language: str) -> Grammar:
    """The chains grammar of ``language``, built once."""
    return stage_grammar(Grammar, language, "people", "chains_grammar")


@attrs.frozen
class Entity:
    """A person or an unnamed group, with what the article says of them."""

    first: int  # where the article first mentions them
    name: Span | None  # the fullest form of the name
    group: Span | None  # the phrase naming an unnamed person or group
    count: int | None  # 1, N, or None for a group of unstated size
    age: tuple[int, Span] | None
    age_range: tuple[AgeRange, Span] | None
    role: Span | None
    excluded: bool  # a judge, a lawyer, a victim: no defendant unless a verdict names them
    gender: str | None  # "m", "f", or None where nothing says
    seen: tuple[int, ...]  # where the article mentions them, in order
    definite: bool  # a group the article has counted before: "all six", "the other five"
    others: bool  # a group apart from people named with it: "the other five", "the remaining"

    @property
    def plural(self) -> bool:
        """Whether this is an unnamed group of more than one, or of unstated size."""
        return self.name is None and self.count != 1

    def last_seen_before(self, offset: int) -> int | None:
        """Where the article last mentions them before ``offset``."""
        return last_before(self.seen, offset)


@attrs.frozen
class Chains:
    """The entities of an article, and the entities each mention stands for."""

    entities: tuple[Entity, ...]
    of_mention: Mapping[int, tuple[int, ...]]  # a mention's start -> entity indices

    def of(self, mention: Mention) -> tuple[int, ...]:
        """The indices of the entities ``mention`` stands for; none for nobody."""
        return self.of_mention.get(mention.span.start, ())


@attrs.define
class Draft:
    """An entity being assembled during the pass."""

    first: int
    name: Span | None = None
    group: Span | None = None
    count: int | None = 1
    age: tuple[int, Span] | None = None
    age_range: tuple[AgeRange, Span] | None = None
    role: Span | None = None
    excluded: bool = False
    gender: str | None = None
    seen: list[int] = attrs.Factory(list)
    definite: bool = False
    others: bool = False

    @property
    def plural(self) -> bool:
        """Whether this is an unnamed group of more than one, or of unstated size."""
        return self.name is None and self.count != 1

    def last_seen_before(self, offset: int) -> int | None:
        """Where the article last mentions them before ``offset``."""
        return last_before(self.seen, offset)

    def take(self, said: Description, *, first: bool) -> None:
        """Keep what one mention's words say that is not known yet; a first may exclude."""
        if self.age is None and said.ages:
            self.age = said.ages[0]
        if said.age_range is not None:
            self.age_range = said.age_range
        if first and said.not_defendant:
            self.excluded = True
        if self.role is None and said.apposed_role is not None:
            span, excluding = said.apposed_role
            if first and excluding:
                self.excluded = True
            else:
                self.role = span
        if self.role is None and said.role_before is not None:
            self.role, excluding = said.role_before
            if first and excluding:
                self.excluded = True
        if self.role is None:
            self.role = said.group_role or said.described_role
        if self.gender is None:
            self.gender = said.gender

    def freeze(self) -> Entity:
        """The entity as the stage returns it."""
        return Entity(**{**attrs.asdict(self, recurse=False), "seen": tuple(self.seen)})


class Recent:
    """The entities the pass has decided so far, and who the last of them were."""

    def __init__(self, doc: Document, mentions: Mentions) -> None:
        self.doc = doc
        self.mentions = mentions
        self.grammar = grammar(doc.language)
        self.entities: list[Draft] = []
        self.verdicts = frozenset(  # the sentences that state a penalty
            doc.sentences.around(p.span.start) for p in doc.penalties
        )

    def _last(self, start: int, *, plural: bool, gender: str | None) -> int | None:
        """The entity mentioned last before ``start`` that fits in number and gender."""
        best: tuple[int, int] | None = None
        for index, entity in enumerate(self.entities):
            if entity.excluded or entity.plural != plural:
                continue
            if gender is not None and entity.gender not in (None, gender):
                continue
            last = entity.last_seen_before(start)
            if last is not None and (best is None or last > best[0]):
                best = (last, index)
        return None if best is None else best[1]

    def _listed(self, start: int, *, before: bool = False) -> tuple[int, ...]:
        """The people named in the sentence of ``start``, where there are two or more.

        A clause after a semicolon reads the one before it: "Two investigators, A and B, were
        found guilty; the judge gave each of them three years". With ``before``, the people
        named in the sentence before, in the same paragraph: "A, B and C stole 14 head of
        cattle. Each of them was sentenced to two years".
        """
        sentence, _ = self.doc.sentences.around(start)
        if self.doc.masked[max(0, sentence - 2) : sentence].strip() == ";":
            sentence = self.doc.sentences.around(sentence - 2)[0]
        end = start
        if before:
            gap = self.doc.masked[max(0, sentence - 3) : sentence]
            if sentence == 0 or "\n" in gap:
                return ()
            end = sentence
            sentence = self.doc.sentences.around(sentence - 1)[0]
        named = sorted(
            (last, index)
            for index, entity in enumerate(self.entities)
            if entity.name is not None
            and not entity.excluded
            and (last := entity.last_seen_before(end)) is not None
            and last >= sentence
        )
        return tuple(index for _, index in named) if len(named) >= 2 else ()

    def _last_listed(self, start: int) -> tuple[int, ...]:
        """The people "they" stands for when no group does: the last list of names.

        Those of the last sentence naming two or more, within a paragraph ("former councillors A,
        B and C ... The defendants face"), unless someone else is named after it; else the last
        two named.
        """
        by_sentence: dict[int, dict[int, int]] = {}  # sentence: {person: first seen there}
        for index, entity in enumerate(self.entities):
            if entity.name is None or entity.excluded:
                continue
            for seen in entity.seen:
                if seen < start and start - seen < PARAGRAPH:
                    sentence = self.doc.sentences.around(seen)[0]
                    by_sentence.setdefault(sentence, {}).setdefault(index, seen)
        others: set[int] = set()  # people named after the sentences read so far
        for sentence in sorted(by_sentence, reverse=True):
            people = by_sentence[sentence]
            if len(people) >= 2:
                if others - people.keys():
                    break
                return tuple(sorted(people, key=people.__getitem__))
            others.update(people)
        return self._pair(start)

    def _pair(self, start: int) -> tuple[int, ...]:
        """The two people "both" or "they" stands for when no group does: the last two named."""
        named = [
            (last, index)
            for index, entity in enumerate(self.entities)
            if entity.name is not None
            and not entity.excluded
            and (last := entity.last_seen_before(start)) is not None
            and start - last < PARAGRAPH
        ]
        named.sort()
        return tuple(index for _, index in named[-2:]) if len(named) >= 2 else ()

    def _described(self, noun: str, start: int) -> int | None:
        """The last one person whose description has ``noun``: "the former head"."""
        stem = self.grammar.stem
        # "the journalist", as written: one person; not a generic noun ("the accused")
        singular = stem(noun) == noun and noun not in self.grammar.words.generic_person_nouns
        noun = stem(noun)
        text = self.doc.masked
        best: tuple[int, int] | None = None
        for index, entity in enumerate(self.entities):
            last = entity.last_seen_before(start)
            if entity.excluded or last is None or (singular and entity.plural):
                continue  # "the journalist" is none of "Radio Azattyq's journalists"
            words = " ".join(
                text[span.start : span.end].lower()
                for span in (entity.group, entity.role)
                if span is not None
            ).split()
            if any(stem(word) == noun for word in words) and (best is None or last > best[0]):
                best = (last, index)
        return None if best is None else best[1]

    def _last_tried_plural(self, start: int) -> int | None:
        """The group "the defendants" speaks of: the last one reported tried, else the last.

        "признал виновными четырёх сотрудников шахты. ... находились 227 человек. ...
        запросил для обвиняемых": the four, not the 227.
        """
        last = self._last(start, plural=True, gender=None)
        if last is None or self._last_tried_seen(last, start) is not None:
            return last
        tried = [
            (seen, index)
            for index, entity in enumerate(self.entities)
            if entity.plural
            and not entity.excluded
            and (seen := self._last_tried_seen(index, start)) is not None
        ]
        return max(tried)[1] if tried else last

    def _last_tried_seen(self, index: int, start: int) -> int | None:
        """Where an entity was last mentioned before ``start`` in a sentence reporting a trial."""
        seen = [s for s in self.entities[index].seen if s < start and self._tried_at(s)]
        return seen[-1] if seen else None

    def _tried_at(self, offset: int) -> bool:
        """Whether the sentence at ``offset`` states a penalty or reports people tried."""
        sentence = self.doc.sentences.around(offset)
        return (
            sentence in self.verdicts
            or self.grammar.tried.search(self.doc.masked, *sentence) is not None
        )

    def _tried_before(self, start: int) -> tuple[int, ...]:
        """The named people mentioned before ``start`` in a sentence stating a penalty."""
        return tuple(
            index
            for index, entity in enumerate(self.entities)
            if entity.name is not None
            and not entity.excluded
            and any(seen < start and self._in_a_verdict(seen) for seen in entity.seen)
        )

    def _in_a_verdict(self, offset: int) -> bool:
        """Whether the sentence at ``offset`` states a penalty."""
        return self.doc.sentences.around(offset) in self.verdicts

    def _first_named(self, start: int) -> int | None:
        """The first person named before ``start`` who may be a defendant."""
        return next(
            (
                index
                for index, entity in enumerate(self.entities)
                if entity.name is not None
                and not entity.excluded
                and entity.count == 1
                and entity.first < start
            ),
            None,
        )


class Decided(Recent):
    """What the entities decided so far tell of a new mention: its subject, owner and role."""

    def _subject_before(self, start: int, gender: str | None) -> int | None:
        """The person a pronoun opening a sentence stands for: the sentence before's first.

        The first person of that number and gender in the sentence before, in one paragraph:
        "Abrahamyan admitted paying Ter-Hovhannisyan and testified against him. He received a
        two-year suspended sentence": Abrahamyan.
        """
        text = self.doc.masked
        sentence, _ = self.doc.sentences.around(start)
        if (
            sentence == 0
            or text[sentence:start].strip(" \"'«“(")
            or "\n" in text[max(0, sentence - 3) : sentence]
        ):
            return None
        before = self.doc.sentences.around(sentence - 1)[0]
        first = [
            (seen, index)
            for index, entity in enumerate(self.entities)
            if not entity.excluded
            and not entity.plural
            and (gender is None or entity.gender in (None, gender))
            for seen in entity.seen
            if before <= seen < sentence and not self._owner_at(seen) and self._may_be_subject(seen)
        ]
        return min(first)[1] if first else None

    def _may_be_subject(self, start: int) -> bool:
        """Whether the mention at ``start`` may be its sentence's subject: not "с ним", "his"."""
        index = bisect.bisect_left(self.mentions.starts, start)
        if index == len(self.mentions.items) or self.mentions.starts[index] != start:
            return True
        mention = self.mentions.items[index]
        return mention.kind not in ("pronoun", "possessive") or (
            mention.text.lower() in self.grammar.words.pronouns_subject
        )

    def _owner_at(self, start: int) -> bool:
        """Whether the mention at ``start`` owns what follows: "On the day of X's sentencing"."""
        index = bisect.bisect_left(self.mentions.starts, start)
        if index == len(self.mentions.items) or self.mentions.starts[index] != start:
            return False
        end = self.mentions.items[index].span.end
        return self.doc.masked[end : end + 2] == "'s"

    def _same_role_before(self, mention: Mention) -> int | None:
        """The person a new name with a role names, described by that role in a verdict before.

        "Бывший директор учебного заведения проведет в заключении девять лет. ... директор
        колледжа Мархабат Тажибаева": the director sentenced in the lead.
        """
        said = describe(self.doc, mention, self.mentions)
        role = said.role_before or said.apposed_role
        text, stem = self.doc.masked, self.grammar.stem
        if role is None or role[1] or not text[role[0].start].islower():
            return None  # nor a title: "President Kassym-Jomart Tokayev"
        stems = {  # "экс-министра", "ex-minister": a minister
            stem(unprefixed(word, self.grammar.words))
            for word in text[role[0].start : role[0].end].split()
        }
        paragraph = text.rfind("\n\n", 0, mention.span.start)
        previous = text.rfind("\n\n", 0, max(0, paragraph)) + 1  # this paragraph or the last
        found = [
            index
            for index, group in self._descriptions(previous, mention.span.start)
            if self._in_a_verdict(group.start)
            and stem(text[group.start : group.end].lower().split()[-1]) in stems
        ]
        return found[0] if len(found) == 1 else None

    def _descriptions(self, start: int, end: int) -> list[tuple[int, Span]]:
        """The unnamed people one description each stands for, described in ``[start, end)``."""
        return [
            (index, entity.group)
            for index, entity in enumerate(self.entities)
            if entity.name is None
            and entity.count == 1
            and entity.group is not None
            and not entity.excluded
            and start <= entity.group.start < end
        ]


def last_before(seen: Sequence[int], offset: int) -> int | None:
    """The last offset of ``seen`` (sorted) before ``offset``."""
    index = bisect.bisect_left(seen, offset)
    return seen[index - 1] if index else None
