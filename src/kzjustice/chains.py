"""Who is who: the people and groups the mentions stand for.

Requires: the document, its mentions, and what the words around each mention say
(``descriptions``). Assigns: the entities of the article, each with its name or group phrase,
count, age, role and gender, and for each mention the entities it stands for. One pass, left
to right: a mention is resolved against what was mentioned before it.

- A full name is one person; a surname, or initials and a surname, is the first person named
  with it ("Kadyrbekov" after "Nurbol Kadyrbekov", still after "his cousin, Yerlan
  Kadyrbekov"), unless the given names differ ("Yerlan Kadyrbekov" after "Nurbol Kadyrbekov"
  is the cousin). A name in Russian matches in any of its readings ("Ворожейкина К.Е." is
  "Константин Евгеньевич Ворожейкин"), and its gender comes from any mention that says it.
- A lone capitalised word names someone only where it looks like a surname ("Kudebayev") or
  closes a list of people named in full ("...; and Kirill, who was 16").
- A name standing as a place ("in Taraz", ", of Dublin, Ohio", "the village of Zhana-Aul") is
  nobody.
- A group is new, unless it is the last group of the same count named again close before it
  ("three defendants" or "the three officers" after "three police officers"); "the remaining
  three" and "two others" are always other people.
- A new name opening a sentence names the person an indefinite or owned description in the
  sentence before described ("sentenced the mine's former director to five years. Ilyas
  Beisen, 58, ..."); opening a paragraph, the one the lead paragraph's verdict described; a
  name after "The man," names the man. A title before a list of two names is both's.
- "he", "she": the first person of that gender in the sentence before where the pronoun opens
  a sentence, else the last (gender from the surname's ending, a gendered noun, or an
  earlier pronoun); "they", "them", "each": the names listed in the sentence, or just before
  it when more recent than the last group, else the last group, else the last two named;
  "each of the defendants": everyone named in a verdict before; "both": the last two named;
  "the former head": the last person so described, else the last person, else the first
  named next; "the man who built the block": the person named next; "для организатора": the
  person so described, else the first person named.
- A person described as a judge, a lawyer, a prosecutor, a victim or a witness, or first
  named in a victim's slot ("the men who beat money changer X"), is excluded: never a
  defendant, nor a pronoun's antecedent, unless a verdict's own words name them ("X, a
  lawyer, was sentenced").
"""

from __future__ import annotations

import bisect
from types import MappingProxyType

from kzjustice._doc import Document
from kzjustice._text import compile_lazily
from kzjustice.descriptions import serving_as
from kzjustice.entities import PARAGRAPH, Chains, Draft, grammar
from kzjustice.mentions import (
    Mention,
    Mentions,
    group_count,
    group_determiner,
    group_match,
    group_others,
)
from kzjustice.models import Span
from kzjustice.naming import Names

__all__ = ["link_mentions", "name_value"]

_ATTACH = 300  # how far from a mention a role stated away from the name may stand


class Antecedents(Names):
    """Whom a pronoun, a definite description or a name said after it stands for."""

    def _antecedents(self, mention: Mention) -> tuple[int, ...]:
        word = mention.text.lower()
        start = mention.span.start
        words = self.grammar.words
        if mention.kind == "definite":  # "the former head": so described, else the last
            noun = word.split()[-1]
            if noun in words.generic_person_nouns and self.grammar.relation_of.match(
                self.doc.masked, mention.span.end
            ):  # "The son of former minister X": someone new, unless so described before
                found = self._described(noun, start)
                return (self._unnamed(mention) if found is None else found,)
            apposed = self._apposed_name(mention)
            if apposed is not None:  # "для заместителя главного инженера Владимира Г.": his
                return (apposed,)
            principal = self._principal_before(start)  # "для организатора": the principal
            found = self._described(noun, start)  # person, else the next named
            if found is None and principal:
                if noun not in words.generic_person_nouns:
                    found = self._first_named(start)
                else:  # "требовал для подсудимого": the last one a verdict named
                    tried = self._tried_before(start)
                    found = max(
                        tried,
                        key=lambda i: self.entities[i].last_seen_before(start) or 0,
                        default=None,
                    )
            relative = self.grammar.relative_after.match(self.doc.masked, mention.span.end)
            if found is None and relative is not None:
                found = self._named_after(start)  # "the man who built the block ... X, 49,"
            if found is None and relative is not None and relative.groupdict().get("new"):
                found = self._unnamed(mention)  # "the owner of a cafe where four people died"
            if found is None:
                found = self._last(start, plural=False, gender=None)
            if found is None:
                found = self._named_after(start)
            if found is None:  # "The driver of an intercity minibus ... was sentenced": someone
                found = self._unnamed(mention)  # the article never names
            return (found,)
        if word in words.pronouns_pair:
            pair = self._pair(start)
            if pair:
                return pair
            group = self._last(start, plural=True, gender=None)
            if group is not None:  # "Two residents of X were convicted. Both received"
                return (group,) if self.entities[group].count in (None, 2) else ()
            entity = Draft(first=start, group=mention.span, count=2)  # "бывший руководитель и
            self.entities.append(entity)  # подрядчик. Суд приговорил обоих": two, if no one
            return (len(self.entities) - 1,)  # names them
        if word in words.pronouns_distributive and self.grammar.of_all.match(
            self.doc.masked, mention.span.end
        ):
            everyone = self._tried_before(start)  # "sought eight years for each of the defendants"
            if len(everyone) > 1:
                return everyone
        if (
            word in words.pronouns_plural
            or word in words.pronouns_distributive
            or word in words.referring_plurals
        ):
            listed = self._listed(start)  # "Two investigators, A and B, ...; the judge gave
            if listed:  # each of them three years"
                return listed
            group = (
                self._last_tried_plural(start)
                if word in words.referring_plurals
                else self._last(start, plural=True, gender=None)
            )
            listed = self._listed(start, before=True)
            seen = None if group is None else self.entities[group].last_seen_before(start)
            if listed and (
                seen is None
                or all(seen < (self.entities[i].last_seen_before(start) or 0) for i in listed)
            ):
                return listed  # the names listed just before, not an older group
            if group is not None:
                return (group,)
            return self._last_listed(start) if word not in words.pronouns_distributive else ()
        gender = (
            "m" if word in words.pronouns_male else "f" if word in words.pronouns_female else None
        )
        found = None
        if mention.kind == "pronoun":
            found = self._subject_before(start, gender)
        if found is None:
            found = self._last(start, plural=False, gender=gender)
        if found is not None and gender is not None and self.entities[found].gender is None:
            self.entities[found].gender = gender  # "she" said of "Zh. Sultanbekova"
        return () if found is None else (found,)

    def _unnamed(self, mention: Mention) -> int:
        """A new entity of one person a definite description speaks of first."""
        entity = Draft(first=mention.span.start, group=mention.span, count=1)
        self._describe(entity, mention, first=True)
        self.entities.append(entity)
        return len(self.entities) - 1

    def _opens_a_sentence(self, start: int) -> bool:
        return self.doc.sentences.around(start)[0] >= start - 2

    def _said_again(self, noun: str, start: int) -> int | None:
        """The person a sentence's subject noun speaks of again: the sentence before's first.

        Only a noun that refers back ("Мужчина", "Осужденный"), of that person's gender.
        """
        words = self.grammar.words
        if noun not in words.referring_nouns:
            return None
        gender = "m" if noun in words.male_words else "f" if noun in words.female_words else None
        return self._subject_before(start, gender)

    def _last_tried(self, noun: str, start: int) -> int | None:
        """The named person last spoken of in a verdict, for a noun that says a defendant."""
        words = self.grammar.words
        if noun not in words.referring_nouns or noun not in words.generic_person_nouns:
            return None
        return max(
            self._tried_before(start),
            key=lambda i: self.entities[i].last_seen_before(start) or 0,
            default=None,
        )

    def _principal_before(self, start: int) -> bool:
        text = self.doc.masked
        return self.grammar.principal_before.search(text, max(0, start - 8), start) is not None

    def _apposed_name(self, mention: Mention) -> int | None:
        """The person a description heads the name of: "заместителя главного инженера X"."""
        index = bisect.bisect_right(self.mentions.starts, mention.span.start)
        following = self.mentions.items[index] if index < len(self.mentions.items) else None
        if (
            following is None
            or following.kind != "name"
            or not _LOWER_WORDS.fullmatch(self.doc.masked, mention.span.end, following.span.start)
        ):
            return None
        found = self._named(following)
        return None if found is None or self.entities[found].excluded else found

    def _named_after(self, start: int) -> int | None:
        """The first person named after ``start``, within the paragraph after it."""
        index = bisect.bisect_right(self.mentions.starts, start)
        for mention in self.mentions.items[index : index + 12]:
            if mention.span.start - start > PARAGRAPH:
                break
            if mention.kind == "name" and not self._speaker_after_quote(mention):
                found = self._named(mention)
                if found is not None and not self.entities[found].excluded:
                    return found
        return None


class _Pass(Antecedents):
    """The left-to-right pass: what has been decided so far, and one decision per mention."""

    def __init__(self, doc: Document, mentions: Mentions) -> None:
        super().__init__(doc, mentions)
        self.of: dict[int, tuple[int, ...]] = {}
        self.named_after = {m.span.start for m in mentions.described_by.values()}

    def run(self) -> Chains:
        for mention in self.mentions.items:
            found = self._resolve(mention)
            if not found:
                continue
            self.of[mention.span.start] = found
            for index in found:
                entity = self.entities[index]
                if mention.span.start not in entity.seen:
                    bisect.insort(entity.seen, mention.span.start)
                entity.first = min(entity.first, mention.span.start)  # "the founder ..., X"
        _roles_from_context(self.doc, self.entities)
        return Chains(
            entities=tuple(e.freeze() for e in self.entities),
            of_mention=MappingProxyType(self.of),
        )

    def _resolve(self, mention: Mention) -> tuple[int, ...]:
        if mention.kind in ("pronoun", "possessive", "definite"):
            return self._antecedents(mention)
        if mention.kind in ("name", "surname"):
            found = self._named(mention)
        else:
            named = self._named_so(mention)
            if named:
                return named
            found = self._kin_named_before(mention)
            if found is None:
                listed = self._all_listed(mention)
                if listed:
                    return listed
                found = self._group(mention)
        return () if found is None else (found,)

    def _all_listed(self, mention: Mention) -> tuple[int, ...]:
        """The people named just before whom "all three" or "все трое" counts.

        As many as it says, in its sentence or the one before ("A, B and C were detained. All
        three are officers").
        """
        start = mention.span.start
        count = group_count(self.doc, mention)
        if (
            count is None
            or count < 2
            or group_determiner(self.doc, mention)
            or self.grammar.all_group.search(self.doc.masked, max(0, start - 8), start) is None
        ):
            return ()
        listed = self._listed(start) or self._listed(start, before=True)
        return listed if len(listed) == count else ()

    def _kin_named_before(self, mention: Mention) -> int | None:
        """The person first named just after the same possessive phrase: "his wife".

        "Khrapunov and his wife Leyla Khrapunova", then "sentenced ... his wife to 14 years".
        """
        phrase = " ".join(mention.text.lower().split())
        if phrase.split()[0] not in self.grammar.words.pronouns_possessive or " " not in phrase:
            return None
        text = self.doc.lower
        for index in range(len(self.entities) - 1, -1, -1):
            entity = self.entities[index]
            name = entity.name
            if name is None or entity.excluded or name.start >= mention.span.start:
                continue
            before = " ".join(text[max(0, name.start - len(phrase) - 4) : name.start].split())
            if before.rstrip(" ,").endswith(phrase):
                return index
        return None

    def _named_so(self, mention: Mention) -> tuple[int, ...]:
        """The named people a counted group is, by its noun and their roles.

        "для обоих оперуполномоченных" after "Оперуполномоченным X и Y", "the two officers"
        after "officers X and Y".
        """
        count = group_count(self.doc, mention)
        match = group_match(self.doc, mention)
        noun = (match.groupdict().get("noun") or "") if match is not None else ""
        if not noun or count is None or count < 2 or group_determiner(self.doc, mention):
            return ()
        stem = self.grammar.stem
        text = self.doc.masked
        wanted = stem(noun.split()[-1].lower())
        found = [
            index
            for index, entity in enumerate(self.entities)
            if entity.name is not None
            and not entity.excluded
            and entity.role is not None
            and any(  # "оперуполномоченных" of "Оперуполномоченным X и Y"
                stem(word).startswith(wanted) or wanted.startswith(stem(word))
                for word in text[entity.role.start : entity.role.end].lower().split()
                if len(word) > 3
            )
        ]
        return tuple(found) if len(found) == count else ()

    # --- groups ----------------------------------------------------------------------------

    def _group(self, mention: Mention) -> int | None:
        start = mention.span.start
        count = group_count(self.doc, mention)
        determiner = group_determiner(self.doc, mention)
        definite = (
            self.grammar.definite_group.search(self.doc.masked, max(0, start - 16), start)
            is not None
        )
        match = group_match(self.doc, mention)
        noun = (match.groupdict().get("noun") or "") if match is not None else ""
        if match is not None and match.groupdict().get("plural_ref"):
            return self._last_tried_plural(start)  # "осужденные приговорены":
            # the group spoken of, or no one the article has counted
        if match is not None and match.groupdict().get("described"):
            found = self._described(noun.lower(), start)  # "для экс-начальника поста"
            if found is None and match.groupdict().get("anaphoric") is not None:
                found = self._last_tried(noun.lower(), start)  # "назначил осужденному": the
                if found is None:  # one last tried; "оштрафовал пенсионерку": the one spoken
                    found = self._last(start, plural=False, gender=None)  # of; else someone
                    # new ("назначил нарушителю")
            if found is None and self._principal_before(start):
                found = self._first_named(start)  # "для бывшего чиновника"
            if found is None and self._opens_a_sentence(start):
                found = self._said_again(noun.lower(), start)  # "вынес приговор жителю X.
                # Мужчина признан виновным": X
            if (
                found is None
                and self.grammar.former.match(match["described"])
                and noun.lower() in self.grammar.words.referring_nouns
                and start not in self.named_after
            ):
                found = self._last(start, plural=False, gender=None)  # "бывшего чиновника"
            if found is not None:
                return found
        if (  # "three defendants" or "the three officers" after "three police officers"
            determiner is None
            and count != 1
            and (definite or noun.lower() in self.grammar.words.generic_person_nouns)
        ):
            for index in range(len(self.entities) - 1, -1, -1):
                entity = self.entities[index]
                last = entity.last_seen_before(start)
                if entity.name is None and entity.count == count and last is not None:
                    if start - last < PARAGRAPH:
                        entity.definite = entity.definite or definite  # "all six" of them
                        return index
                    break
        entity = Draft(
            first=start,
            group=mention.span,
            count=count,
            definite=definite,
            others=group_others(self.doc, mention),
        )
        self._describe(entity, mention, first=True)
        self.entities.append(entity)
        return len(self.entities) - 1


_LOWER_WORDS = compile_lazily(r"(?:\s+[\p{Ll}\d№-]+){0,6}\s+")  # "главного инженера по проходке"


def name_value(doc: Document, name: Span, gender: str | None) -> str:
    """A name as the record gives it, of the person's gender where known.

    As written in English; in Russian, in the nominative: "приговорил Ержана Сапарова" gives
    "Ержан Сапаров". A line break of hard-wrapped copy inside it is a space.
    """
    before = doc.masked[max(0, name.start - 60) : name.start]
    written = " ".join(doc.original[name.start : name.end].split())
    return grammar(doc.language).name_value(written, gender, before)


def link_mentions(doc: Document, mentions: Mentions) -> Chains:
    """Resolve every mention of ``doc`` to the entities it stands for."""
    return _Pass(doc, mentions).run()


def _roles_from_context(doc: Document, entities: list[Draft]) -> None:
    """Roles stated away from a name: "while serving as head of police for the region"."""
    for entity in entities:
        if entity.role is not None or entity.name is None:
            continue
        for seen in entity.seen:
            end = min(doc.sentences.around(seen)[1], seen + _ATTACH)
            role = serving_as(doc, seen, end)
            if role is not None:
                entity.role = role
                break
