"""Who each name is, in the chains stage's pass (``kzjustice.chains``).

The first bearer of a surname, a name in any of its readings, a description named next.
"""

from __future__ import annotations

import bisect

import regex

from kzjustice._doc import Document
from kzjustice.descriptions import describe
from kzjustice.distribute.records import grammar_for as speaking_grammar
from kzjustice.entities import Decided, Draft
from kzjustice.lexicon import Lexicon
from kzjustice.mentions import Mention, Mentions, group_match, indefinite
from kzjustice.models import Span
from kzjustice.names import initials_apart, looks_like_surname, same_given_name, surname

_AND = regex.compile(r"\s+(?:and|и)\s+")

__all__ = ["Names"]


class Described(Decided):
    """What is said of the people named so far: descriptions before a name, kin, lists."""

    def _described_before(self, mention: Mention) -> int | None:
        """The person a new name opening a sentence names, described in the sentence before.

        "The court sentenced a former police captain to nine years. Yerlan Sabitov, 41, who
        headed the district department, ..." names the captain. A name opening a paragraph reads
        the whole paragraph before, where a penalty stands with the description: the lead's "a
        former police major".
        """
        start, _ = self.doc.sentences.around(mention.span.start)
        opening = start  # the name's sentence; ``start`` may move to its paragraph's below
        text = self.doc.masked
        aged = self.grammar.age_before.search(text, start, mention.span.start)  # "The 33-year-old
        said = aged.start() if aged is not None else mention.span.start  # X was sentenced"
        before = text[start:said].strip(" \n\"'").lower().split()
        role = (  # "Blogger X" after "a local blogger": the role the description said
            self.grammar.stem(before[0])
            if len(before) == 1 and before[0] in self.grammar.words.person_nouns
            else None
        )
        if describe(self.doc, mention, self.mentions).not_defendant:
            return None  # "... murdering his wife. Saltanat N., 31, was found dead": the victim
        if self._speaks_of_another(mention):
            return None  # "X told RFE/RL that her husband, Y, was handed the sentence"
        owns_verdict = self.grammar.verdict_owned.match(text, mention.span.end)  # "X's verdict"
        tried = self.grammar.tried_before.search(
            text, max(start, mention.span.start - 40), mention.span.start
        )
        if tried is not None and tried.groupdict().get("bare") and self._in_a_verdict(start):
            tried = None  # "sentenced X to five years": X's own penalty, no one described before
        if before and role is None and owns_verdict is None and tried is None:
            return None  # the name neither opens its sentence nor is whom it says was tried
        if owns_verdict is None and text[mention.span.end : mention.span.end + 2] == "'s":
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
            for index, group in self._descriptions(previous, opening)
            if (indefinite(self.doc, group.start) or self._owned(group))
            and not self.grammar.victim_before.search(
                text, max(previous, group.start - 40), group.start
            )
            and (not paragraph or self._in_a_verdict(group.start))
            and (
                role is None
                or any(self.grammar.stem(w) == role for w in text[group.start : group.end].split())
            )
        ]
        return found[0] if found else None  # the first: the verdict's, not "a woman" it killed

    def _speaker_after_quote(self, mention: Mention) -> bool:
        """Whether a name is of one who said what goes before: "..., said CPJ Director X"."""
        start = mention.span.start
        before = speaking_grammar(self.doc.language).speaking_before
        return before.search(self.doc.masked, max(0, start - 60), start) is not None

    def _speaks_of_another(self, mention: Mention) -> bool:
        """Whether a name speaks, and its sentence names someone after it.

        "X told RFE/RL that her husband, Y, was convicted" reports on Y, not on X.
        """
        text, start = self.doc.masked, mention.span.start
        if not speaking_grammar(self.doc.language).speaking_after.match(text, start, start + 80):
            return False
        end = self.doc.sentences.around(start)[1]
        index = bisect.bisect_right(self.mentions.starts, start)
        return any(
            m.kind == "name" and m.span.start < end for m in self.mentions.items[index : index + 6]
        )

    def _after_kin(self, mention: Mention) -> bool:
        """Whether a lone word is a given name after a kin noun.

        "His son Aset", "брата Асета", or set off by commas: "his former wife, Gulmira,"; not
        "a sixth defendant, Almaty-based freight broker X".
        """
        text, start = self.doc.masked, mention.span.start
        kin = self.grammar.kin_before.search(text, max(0, start - 30), start)
        return kin is not None and ("," not in kin[0] or text.startswith(",", mention.span.end))

    def _paired(self, mention: Mention) -> bool:
        """Whether a lone word follows a surname it is listed with: "Aminov and Sapargali"."""
        index = bisect.bisect_left(self.mentions.starts, mention.span.start)
        if index == 0:
            return False
        before = self.mentions.items[index - 1]
        return (
            before.kind == "surname"
            and looks_like_surname(before.text, self.grammar.words)
            and _AND.fullmatch(self.doc.masked, before.span.end, mention.span.start) is not None
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
        if self.grammar.relative_after.match(self.doc.masked, before.span.end):
            return None  # "The former director of the state enterprise "Kaspiy Zhylu", X": new
        start = before.span.start
        said = before.text.lower().split()
        found = self._described(said[-1], start)
        if found is None and any(w in self.grammar.words.verdict_words for w in said):
            found = max(  # "the convicted man, X": the last one a verdict was about
                (
                    i
                    for i, entity in enumerate(self.entities)
                    if entity.name is None  # the name after it names them
                    and not entity.excluded
                    and not entity.plural
                    and any(seen < start and self._in_a_verdict(seen) for seen in entity.seen)
                ),
                key=lambda i: self.entities[i].last_seen_before(start) or 0,
                default=None,
            )
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

    def _describe(self, entity: Draft, mention: Mention, *, first: bool) -> None:
        """Keep what the words around a mention say; the first mention may exclude them."""
        entity.take(describe(self.doc, mention, self.mentions), first=first)


class Names(Described):
    """Who each name or surname is, by the forms it may take, and what is said of them."""

    def __init__(self, doc: Document, mentions: Mentions) -> None:
        super().__init__(doc, mentions)
        self.by_surname: dict[str, int] = {}  # the first entity who bears a surname
        self.by_full_name: dict[str, int] = {}
        self.by_given: dict[str, int] = {}  # a given name borne by one person named in full
        self.last_named: tuple[int, int] | None = None  # the last name's entity and end

    # --- names -----------------------------------------------------------------------------

    def _named(self, mention: Mention) -> int | None:
        text = self.doc.masked
        grammar = self.grammar
        start, end = mention.span.start, mention.span.end
        place = grammar.place_before.search(text, max(0, start - 40), start)
        if (
            place is not None
            and not grammar.person_after.match(text, end, end + 10)
            and not (  # "начальника управления ... дорог столицы Рашида Аманжолова": a
                start in self.mentions.described_by  # person's description runs on past a
                and not place["preposition"]  # place's noun; not "студента из X"
            )
        ):
            return None  # "in Taraz", ", of Dublin, Ohio"
        if grammar.place_after.match(text, end, end + 80):
            return None  # "Taraz region"
        forms = grammar.name_forms(mention.text)  # "Сапарова": Сапаров's, or Ms. Сапарова
        form, index = forms[0], None
        for candidate in forms:  # a full name known in any reading first: "Ерлана Жаксылык"
            index = self.by_full_name.get(" ".join(candidate.lower().split()))
            if index is not None:
                form = candidate
                break
        for candidate in forms if index is None else ():
            family = surname(candidate, grammar.words)
            index = self.by_surname.get(family)
            if index is None and " " in family:  # "Askat Zhetigen uulu" after "Askat Zhetigen"
                index = self.by_surname.get(family.split()[0])
            if index is not None:
                form = candidate
                break
        if index is None:
            index = self._spelled_otherwise(forms, alone=mention.kind == "surname")
        if index is not None and mention.kind == "name":
            known = self.entities[index].name
            if known is not None:
                known_forms = grammar.name_forms(text[known.start : known.end])  # any reading:
                agreeing = [  # "Акежана Кажегельдина" may be Акежан's, named so later
                    f
                    for f in forms
                    if any(same_given_name(k, f, grammar.words) for k in known_forms)
                ]
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
            if index is None:
                index = self._same_role_before(mention)
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
                and not self._after_kin(mention)
                and not self.grammar.honorific_before.search(
                    text, max(0, mention.span.start - 6), mention.span.start
                )
                and not self._paired(mention)
            ):
                return None
            entity = Draft(first=mention.span.start, name=mention.span)
            entity.gender = grammar.gender_of(mention.text, before)
            if entity.gender is None and (
                said := grammar.gender_after.match(text, mention.span.end)
            ):
                entity.gender = said.lastgroup
            self._describe(entity, mention, first=True)
            index = len(self.entities)
            self.entities.append(entity)
        else:
            entity = self.entities[index]
            if entity.gender is None:  # "Жолдошбеков" after "Каныбека Жолдошбекова": a man
                entity.gender = grammar.gender_of(mention.text, before)
            elif self._other_reading(entity, forms, key):  # what the name says by itself
                entity.gender = grammar.gender_of(mention.text, "") or entity.gender
            if mention.kind == "name" and entity.name is not None:
                known_text = text[entity.name.start : entity.name.end]
                if _full_words(mention.text) > _full_words(known_text):
                    entity.name = mention.span  # the full name, where the surname came first
            if entity.age is None or entity.role is None:
                self._describe(entity, mention, first=False)  # "Zhanuzakov, 51, who headed"
        self._share_title(index, mention)
        first_bearer = self.by_surname.get(key)
        if (
            first_bearer is None
            or self.entities[first_bearer].excluded  # "Sarsenbayev's nephew, Yerbol
            # Sarsenbayev": "Sarsenbayev" is the first; but a relative quoted before a verdict
            # names no one the surname stands for after it: "Zarina Kudaibergen said ...; the
            # court sentenced her father, Marat Kudaibergen" makes "Kudaibergen" the father
            or (self._in_a_verdict(start) and not self._ever_in_a_verdict(first_bearer))
        ):
            self.by_surname[key] = index
        for other in forms[1:]:  # "Ворожейкина К.Е." may be his, later named in full
            self.by_surname.setdefault(surname(other, grammar.words), index)
        if mention.kind == "name":
            self.by_full_name[full] = index
            for other in forms:  # "Жаныбек Бакиев" after "его брата Жаныбека Бакиева": the
                # same man, whose surname another bears
                self.by_full_name.setdefault(" ".join(other.lower().split()), index)
            given = [w.lower() for w in form.split() if not w.endswith(".")]
            if len(given) > 1 and given[0] != key:
                bearer = self.by_given.setdefault(given[0], index)
                if bearer != index:
                    self.by_given[given[0]] = -1  # two people share it: it names neither
        return index

    def _other_reading(self, entity: Draft, forms: tuple[str, ...] | list[str], key: str) -> bool:
        """Whether a surname read one way only is the known name read other than first.

        "Седельников" after "Александра Седельникова": not Alexandra, but Alexander's
        accusative.
        """
        if len(forms) != 1 or entity.name is None:
            return False
        words = self.grammar.words
        known = self.grammar.name_forms(self.doc.masked[entity.name.start : entity.name.end])
        return surname(known[0], words) != key and any(surname(k, words) == key for k in known)

    def _spelled_otherwise(self, forms: tuple[str, ...] | list[str], *, alone: bool) -> int | None:
        """The one person named before with this given name and the surname spelled otherwise.

        "Amriddin Qirghiziov" after "Amriddin Qirghizov", "Абдурозик Каххоров" after
        "Абдурозика Абдукаххорова": a letter more, less or other, or a prefix more; a surname
        ``alone``, by its surname only ("Qirghiziov").
        """
        words, text = self.grammar.words, self.doc.masked
        found: set[int] = set()
        for index, entity in enumerate(self.entities):
            if entity.name is None or entity.excluded:
                continue  # not a victim's or a judge's name spelled again
            known = self.grammar.name_forms(text[entity.name.start : entity.name.end])
            if any(
                (alone or _given(k, words) == _given(f, words) is not None)
                and _spelled_alike(surname(k, words), surname(f, words))
                for k in known
                for f in forms
            ):
                found.add(index)
        return found.pop() if len(found) == 1 else None

    def _ever_in_a_verdict(self, index: int) -> bool:
        return any(self._in_a_verdict(seen) for seen in self.entities[index].seen)

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


def _full_words(name: str) -> int:
    """How many words of a name are more than initials.

    "Ерлана Жаксылык" is no fuller than "Ерлан Жаксылык"; "Жубанова Айгерим Маратовна" is
    fuller than "Жубановой А.М.".
    """
    return sum(not word.endswith(".") for word in initials_apart(name))


def _given(name: str, words: Lexicon) -> str | None:
    """A name's given name written in full, lower case; None for a surname or initials."""
    family = surname(name, words).split()
    given = [w for w in name.lower().split() if not w.endswith(".") and w not in family]
    return given[0] if given and len(given[0]) > 2 else None


def _spelled_alike(one: str, other: str) -> bool:
    """Whether two surnames are one spelled otherwise: one letter apart, or a prefix apart.

    >>> _spelled_alike("qirghizov", "qirghiziov"), _spelled_alike("каххоров", "абдукаххоров")
    (True, True)
    >>> _spelled_alike("ivanov", "ivanova"), _spelled_alike("petrov", "popov")
    (False, False)
    """
    short, long = sorted((one, other), key=len)
    if short == long or len(short) < 6 or " " in short + long:
        return False
    if len(long) - len(short) <= 4 and long.endswith(short) and len(long) > len(short) + 1:
        return True  # "Абдукаххоров", "Каххоров"
    if len(long) - len(short) > 1 or long[: len(short)] == short:
        return False  # not "Ivanova" for "Ivanov": a woman's form
    if len(long) == len(short):
        return sum(a != b for a, b in zip(short, long, strict=True)) == 1
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))
