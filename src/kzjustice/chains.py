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
import functools
from collections.abc import Callable, Mapping, Sequence
from types import MappingProxyType

import attrs
import regex

from kzjustice._doc import Document
from kzjustice.descriptions import Description, describe, serving_as
from kzjustice.lexicon import Lexicon, lexicon
from kzjustice.mentions import (
    Mention,
    Mentions,
    group_count,
    group_determiner,
    group_match,
    group_others,
    indefinite,
)
from kzjustice.models import AgeRange, Span
from kzjustice.names import initials_apart, looks_like_surname, same_given_name, surname

__all__ = ["PARAGRAPH", "Chains", "Entity", "link_mentions", "name_value"]

PARAGRAPH = 600  # about a paragraph: how far a description or "Both" reaches for its people
_ATTACH = 300  # how far from a mention a role stated away from the name may stand


@attrs.frozen
class _Grammar:
    """The patterns and word classes one language's chains are read with."""

    words: Lexicon
    place_before: regex.Pattern[str]  # "in Taraz", "the village of Zhana-Aul", ", of Dublin"
    place_after: regex.Pattern[str]  # "Taraz region"
    person_after: regex.Pattern[str]  # "in X, 41,": a person after all
    definite_group: regex.Pattern[str]  # "all six", "the six", "each of the"
    victim_before: regex.Pattern[str]  # "killed a woman"
    of_all: regex.Pattern[str]  # after "each": " of the defendants", " из подсудимых"
    list_gap: regex.Pattern[str]  # between two names of a list: " and ", " и ", ", "
    stem: Callable[[str], str]  # a noun less its ending: "officers" -> "officer"
    name_forms: Callable[[str], tuple[str, ...]]  # the forms a written name may be, likeliest
    name_value: Callable[[str, str | None], str]  # a name as the record gives it, by gender
    # the gender a name says, with the words before it: "m", "f" or None ("в отношении Ш.
    # Юлдашева" is a man's genitive, not a woman's nominative)
    gender_of: Callable[[str, str], str | None]
    # before a description that no description names and that stands for the first person
    # named, not the last: "просило для организатора", "для бывшего чиновника"
    principal_before: regex.Pattern[str]
    # before the person a sentence says was tried: "found", "the verdict against"
    tried_before: regex.Pattern[str]
    guilty_after: regex.Pattern[str]  # after a name: " was found guilty", " was convicted"
    list_end: regex.Pattern[str]  # before the last item of a list: ", and ", " и "
    # after a definite description that a relative clause makes new: "the man who built the
    # block", named in the sentences after it
    relative_after: regex.Pattern[str]


def _english(words: Lexicon) -> _Grammar:
    """English chains: ``kzjustice.en.people``."""
    from kzjustice.en.people import chains_grammar

    return chains_grammar(words)


def _russian(words: Lexicon) -> _Grammar:
    """Russian chains: ``kzjustice.ru.people``, loaded only when Russian is read."""
    from kzjustice.ru.people import chains_grammar

    return chains_grammar(words)


_BUILDERS = MappingProxyType({"en": _english, "ru": _russian})


@functools.cache
def _grammar(language: str) -> _Grammar:
    return _BUILDERS[language](lexicon(language))


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
        return _last_before(self.seen, offset)


@attrs.frozen
class Chains:
    """The entities of an article, and the entities each mention stands for."""

    entities: tuple[Entity, ...]
    of_mention: Mapping[int, tuple[int, ...]]  # a mention's start -> entity indices

    def of(self, mention: Mention) -> tuple[int, ...]:
        """The indices of the entities ``mention`` stands for; none for nobody."""
        return self.of_mention.get(mention.span.start, ())


@attrs.define
class _Entity:
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
        return self.name is None and self.count != 1

    def last_seen_before(self, offset: int) -> int | None:
        return _last_before(self.seen, offset)

    def take(self, said: Description, *, first: bool) -> None:
        """Keep what one mention's words say that is not known yet; a first may exclude."""
        if self.age is None and said.ages:
            self.age = said.ages[0]
        if said.age_range is not None:
            self.age_range = said.age_range
        if first and said.excluded_before:
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
        return Entity(**{**attrs.asdict(self, recurse=False), "seen": tuple(self.seen)})


class _Decided:
    """The entities the pass has decided so far, and what can be asked of them."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.grammar = _grammar(doc.language)
        self.entities: list[_Entity] = []

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
        """The last entity whose description has ``noun``: "the former head"."""
        stem = self.grammar.stem
        noun = stem(noun)
        text = self.doc.masked
        best: tuple[int, int] | None = None
        for index, entity in enumerate(self.entities):
            last = entity.last_seen_before(start)
            if entity.excluded or last is None:
                continue
            words = " ".join(
                text[span.start : span.end].lower()
                for span in (entity.group, entity.role)
                if span is not None
            ).split()
            if any(stem(word) == noun for word in words) and (best is None or last > best[0]):
                best = (last, index)
        return None if best is None else best[1]


class _Names(_Decided):
    """Who each name or surname is, by the forms it may take, and what is said of them."""

    def __init__(self, doc: Document, mentions: Mentions) -> None:
        super().__init__(doc)
        self.mentions = mentions
        self.by_surname: dict[str, int] = {}  # the first entity who bears a surname
        self.by_full_name: dict[str, int] = {}
        self.by_given: dict[str, int] = {}  # a given name borne by one person named in full
        self.last_named: tuple[int, int] | None = None  # the last name's entity and end
        self.verdicts = frozenset(  # the sentences that state a penalty
            doc.sentences.around(p.span.start) for p in doc.penalties
        )

    # --- names -----------------------------------------------------------------------------

    def _named(self, mention: Mention) -> int | None:
        text = self.doc.masked
        grammar = self.grammar
        start, end = mention.span.start, mention.span.end
        if grammar.place_before.search(text, max(0, start - 40), start) and not (
            grammar.person_after.match(text, end, end + 10)
        ):
            return None  # "in Taraz", ", of Dublin, Ohio"
        if grammar.place_after.match(text, end, end + 20):
            return None  # "Taraz region"
        forms = grammar.name_forms(mention.text)  # "Сапарова": Сапаров's, or Ms. Сапарова
        form, index = forms[0], None
        for candidate in forms:  # a full name known in any reading first: "Ерлана Жаксылык"
            index = self.by_full_name.get(" ".join(candidate.lower().split()))
            if index is not None:
                form = candidate
                break
        for candidate in forms if index is None else ():
            index = self.by_surname.get(surname(candidate, grammar.words))
            if index is not None:
                form = candidate
                break
        if index is not None and mention.kind == "name":
            known = self.entities[index].name
            if known is not None:
                known_form = grammar.name_forms(text[known.start : known.end])[0]
                agreeing = [f for f in forms if same_given_name(known_form, f, grammar.words)]
                if agreeing:  # "Ворожейкину К.Е.": the man's dative, by his name in full
                    form = form if form in agreeing else agreeing[0]
                else:
                    index = None  # "Yerlan Kadyrbekov" after "Nurbol Kadyrbekov": his cousin
        key = surname(form, grammar.words)
        full = " ".join(form.lower().split())
        if index is None and mention.kind == "name":
            index = self._definite_before(mention)
            if index is None:
                index = self._described_before(mention)
            if index is not None:
                self.entities[index].name = mention.span
                self._describe(self.entities[index], mention, first=False)
        if index is None and mention.kind == "surname":
            bearer = self.by_given.get(full, -1)  # "Saidmurod" after "Saidmurod Kurbonov"
            if bearer >= 0:
                return bearer
        before = text[max(0, start - 200) : start]  # the words that govern a name's case
        if index is None:
            if (
                mention.kind == "surname"
                and not looks_like_surname(mention.text, grammar.words)
                and not self._last_of_a_list(mention)
            ):
                return None
            entity = _Entity(first=mention.span.start, name=mention.span)
            entity.gender = grammar.gender_of(mention.text, before)
            self._describe(entity, mention, first=True)
            index = len(self.entities)
            self.entities.append(entity)
        else:
            entity = self.entities[index]
            if entity.gender is None:  # "Жолдошбеков" after "Каныбека Жолдошбекова": a man
                entity.gender = grammar.gender_of(mention.text, before)
            if mention.kind == "name" and entity.name is not None:
                known_text = text[entity.name.start : entity.name.end]
                if _full_words(mention.text) > _full_words(known_text):
                    entity.name = mention.span  # the full name, where the surname came first
            if entity.age is None or entity.role is None:
                self._describe(entity, mention, first=False)  # "Zhanuzakov, 51, who headed"
        self._share_title(index, mention)
        first_bearer = self.by_surname.get(key)
        if first_bearer is None or self.entities[first_bearer].excluded:  # "Sarsenbayev's
            self.by_surname[key] = index  # nephew, Yerbol Sarsenbayev": "Sarsenbayev" is the first
        for other in forms[1:]:  # "Ворожейкина К.Е." may be his, later named in full
            self.by_surname.setdefault(surname(other, grammar.words), index)
        if mention.kind == "name":
            self.by_full_name[full] = index
            given = [w.lower() for w in form.split() if not w.endswith(".")]
            if len(given) > 1 and given[0] != key:
                bearer = self.by_given.setdefault(given[0], index)
                if bearer != index:
                    self.by_given[given[0]] = -1  # two people share it: it names neither
        return index

    def _share_title(self, index: int, mention: Mention) -> None:
        """Give a name listed after a titled one the same title: "lieutenants A and B"."""
        entity, before = self.entities[index], self.last_named
        self.last_named = (index, mention.span.end)
        if entity.role is not None or before is None or before[0] == index:
            return
        other = self.entities[before[0]]
        gap = self.doc.masked[before[1] : mention.span.start]
        if (
            other.role is not None
            and other.name is not None
            and 0 <= other.name.start - other.role.end <= 2  # the title just before the name
            and self.grammar.list_gap.fullmatch(gap)
        ):
            entity.role = other.role

    def _described_before(self, mention: Mention) -> int | None:
        """The person a new name opening a sentence names, described in the sentence before.

        "The court sentenced a former police captain to nine years. Yerlan Sabitov, 41, who
        headed the district department, ..." names the captain. A name opening a paragraph reads
        the whole paragraph before, where a penalty stands with the description: the lead's "a
        former police major".
        """
        start, _ = self.doc.sentences.around(mention.span.start)
        text = self.doc.masked
        if text[start : mention.span.start].strip(" \n\"'") and not (
            self.grammar.tried_before.search(
                text, max(start, mention.span.start - 40), mention.span.start
            )
        ):
            return None  # the name neither opens its sentence nor is whom it says was tried
        if text[mention.span.end : mention.span.end + 2] == "'s":
            return None  # "X's younger brother": X owns the subject, X is not it
        previous, _ = self.doc.sentences.around(max(0, start - 2))
        paragraph = "\n" in text[max(0, start - 3) : start]
        if not paragraph and self.grammar.guilty_after.match(text, mention.span.end):
            start = text.rfind("\n\n", 0, start) + 1  # "X was found guilty", later in a
            paragraph = True  # paragraph: the paragraph before is read as for its first name
        if paragraph:
            previous = text.rfind("\n\n", 0, max(0, start - 3)) + 1
        found = [
            index
            for index, entity in enumerate(self.entities)
            if entity.name is None
            and entity.count == 1
            and entity.group is not None
            and not entity.excluded
            and previous <= entity.group.start < start
            and (indefinite(self.doc, entity.group.start) or self._owned(entity.group))
            and not self.grammar.victim_before.search(
                text, max(previous, entity.group.start - 40), entity.group.start
            )
            and (not paragraph or self._in_a_verdict(entity.group.start))
        ]
        return found[0] if found else None  # the first: the verdict's, not "a woman" it killed

    def _tried_before(self, start: int) -> tuple[int, ...]:
        """The named people mentioned before ``start`` in a sentence stating a penalty."""
        return tuple(
            index
            for index, entity in enumerate(self.entities)
            if entity.name is not None
            and not entity.excluded
            and any(seen < start and self._in_a_verdict(seen) for seen in entity.seen)
        )

    def _last_of_a_list(self, mention: Mention) -> bool:
        """Whether a lone word closes a list of people named in full: "A, 22; B, 20; and Kirill"."""
        text = self.doc.masked
        start = max(text.rfind("\n", 0, mention.span.start) + 1, mention.span.start - 300)
        if not self.grammar.list_end.search(
            text, max(start, mention.span.start - 8), mention.span.start
        ):
            return False
        index = bisect.bisect_left(self.mentions.starts, mention.span.start)
        earlier = [
            m for m in self.mentions.items[max(0, index - 6) : index] if m.span.start >= start
        ]
        return sum(m.kind == "name" for m in earlier) >= 2

    def _definite_before(self, mention: Mention) -> int | None:
        """The person a definite description just before a name stands for: "The man, X,"."""
        before = self.mentions.described_by.get(mention.span.start)
        if before is None or before.kind != "definite":
            return None
        start = before.span.start
        found = self._described(before.text.lower().split()[-1], start)
        if found is None:
            found = self._last(start, plural=False, gender=None)
        if found is None or self.entities[found].name is not None:
            return None
        return found

    def _owned(self, group: Span) -> bool:
        """Whether a description is owned: "the mine's former director", new as "a" one is."""
        match = group_match(
            self.doc,
            Mention(span=group, kind="group", text=self.doc.masked[group.start : group.end]),
        )
        return match is not None and bool(match.groupdict().get("owner")) and "'" in match["owner"]

    def _in_a_verdict(self, offset: int) -> bool:
        """Whether the sentence at ``offset`` states a penalty."""
        return self.doc.sentences.around(offset) in self.verdicts

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

    # --- what is said of them --------------------------------------------------------------

    def _describe(self, entity: _Entity, mention: Mention, *, first: bool) -> None:
        """Keep what the words around a mention say; the first mention may exclude them."""
        described_by = self.mentions.described_by.get(mention.span.start)
        entity.take(describe(self.doc, mention, described_by), first=first)


class _Pass(_Names):
    """The left-to-right pass: what has been decided so far, and one decision per mention."""

    def __init__(self, doc: Document, mentions: Mentions) -> None:
        super().__init__(doc, mentions)
        self.of: dict[int, tuple[int, ...]] = {}

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
            found = self._group(mention)
        return () if found is None else (found,)

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
        if match is not None and match.groupdict().get("described"):
            found = self._described(noun.lower(), start)  # "для экс-начальника поста"
            if found is None and self._principal_before(start):
                found = self._first_named(start)  # "для бывшего чиновника"
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
        entity = _Entity(
            first=start,
            group=mention.span,
            count=count,
            definite=definite,
            others=group_others(self.doc, mention),
        )
        self._describe(entity, mention, first=True)
        self.entities.append(entity)
        return len(self.entities) - 1

    # --- pronouns and definite descriptions -------------------------------------------------

    def _antecedents(self, mention: Mention) -> tuple[int, ...]:
        word = mention.text.lower()
        start = mention.span.start
        words = self.grammar.words
        if mention.kind == "definite":  # "the former head": so described, else the last
            found = self._described(word.split()[-1], start)  # person, else the next named
            if found is None and self._principal_before(start):
                found = self._first_named(start)
            if found is None and self.grammar.relative_after.match(
                self.doc.masked, mention.span.end
            ):
                found = self._named_after(start)  # "the man who built the block ... X, 49,"
            if found is None:
                found = self._last(start, plural=False, gender=None)
            if found is None:
                found = self._named_after(start)
            return () if found is None else (found,)
        if word in words.pronouns_pair:
            return self._pair(start)
        if word in words.pronouns_distributive and self.grammar.of_all.match(
            self.doc.masked, mention.span.end
        ):
            everyone = self._tried_before(start)  # "sought eight years for each of the defendants"
            if len(everyone) > 1:
                return everyone
        if word in words.pronouns_plural:
            listed = self._listed(start)  # "Two investigators, A and B, ...; the judge gave
            if listed:  # each of them three years"
                return listed
            group = self._last(start, plural=True, gender=None)
            listed = self._listed(start, before=True)
            seen = None if group is None else self.entities[group].last_seen_before(start)
            if listed and (
                seen is None
                or all(seen < (self.entities[i].last_seen_before(start) or 0) for i in listed)
            ):
                return listed  # the names listed just before, not an older group
            if group is not None:
                return (group,)
            return self._pair(start) if word not in words.pronouns_distributive else ()
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

    def _principal_before(self, start: int) -> bool:
        text = self.doc.masked
        return self.grammar.principal_before.search(text, max(0, start - 8), start) is not None

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

    def _named_after(self, start: int) -> int | None:
        """The first person named after ``start``, within the paragraph after it."""
        index = bisect.bisect_right(self.mentions.starts, start)
        for mention in self.mentions.items[index : index + 12]:
            if mention.span.start - start > PARAGRAPH:
                break
            if mention.kind == "name":
                found = self._named(mention)
                if found is not None and not self.entities[found].excluded:
                    return found
        return None


def _full_words(name: str) -> int:
    """How many words of a name are more than initials.

    "Ерлана Жаксылык" is no fuller than "Ерлан Жаксылык"; "Жубанова Айгерим Маратовна" is
    fuller than "Жубановой А.М.".
    """
    return sum(not word.endswith(".") for word in initials_apart(name))


def _last_before(seen: Sequence[int], offset: int) -> int | None:
    index = bisect.bisect_left(seen, offset)
    return seen[index - 1] if index else None


def name_value(doc: Document, name: Span, gender: str | None) -> str:
    """A name as the record gives it, of the person's gender where known.

    As written in English; in Russian, in the nominative: "приговорил Ержана Сапарова" gives
    "Ержан Сапаров".
    """
    return _grammar(doc.language).name_value(doc.original[name.start : name.end], gender)


def link_mentions(doc: Document, mentions: Mentions) -> Chains:
    """Resolve every mention of ``doc`` to the entities it stands for."""
    return _Pass(doc, mentions).run()


def _roles_from_context(doc: Document, entities: list[_Entity]) -> None:
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
