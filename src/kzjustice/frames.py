"""Verdict frames: for each penalty, the clause that states it and the people it names.

Requires: the document (sentences, penalties), mentions and chains. Assigns: one frame per
run of penalties a clause coordinates ("six, seven and eight years respectively"), with the
entities the clause gives them to, and the people each sentence reports tried with no penalty
of their own ("X was convicted of fraud").

Whose penalty it is, in order:

1. ``after``: the person after the penalty: "the 17-year sentence handed to X", "nine years
   for X", "Seven years each went to A, B and C"; or after a penalty that is a verb:
   "acquitted X", "jailed X".
2. ``verb``: the predicate before the penalty, by the class of its verb. An object verb in the
   active voice ("the court sentenced X to", "handed X a six-year term", "ordered X to serve",
   "cut X's sentence") gives its object; in the passive ("X was jailed for", "X's sentence was
   cut from") and a subject verb ("X got", "X faces", "X will spend") give its subject, past
   appositions and relative clauses ("X, 41, who headed the department, was"). A request verb
   ("prosecutors asked for") gives no one by itself: the clause around decides (see
   ``distribute``).
3. ``near``: with no verb of its own ("X received six years and Y four"), the nearest person
   before the penalty in its clause.

A person in a victim's slot ("for killing police sergeant X", "the murder of X") is never
taken, nor one the chains found to be nobody (a place); one described as a judge or a lawyer
only where the verdict's own words name them ("X, a lawyer, was sentenced"). People listed
together ("A, B and C", "A, 34, and B, 29,") are taken together.
"""

from __future__ import annotations

import bisect
import functools
from types import MappingProxyType

import attrs
import regex

from kzjustice._doc import Document
from kzjustice._text import compile_lazily
from kzjustice.chains import Chains
from kzjustice.lexicon import Lexicon, lexicon, phrases
from kzjustice.mentions import Mention, Mentions
from kzjustice.models import Found, Sentence, Status
from kzjustice.numbers import NUMBER_LISTS

__all__ = ["Frame", "Tried", "find_frames"]

_FLAGS = regex.VERBOSE | regex.IGNORECASE


@attrs.frozen
class _Grammar:
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
    as_was: regex.Pattern[str]
    for_whom: regex.Pattern[str]  # before a person just before the penalty: "для X 18 лет"
    verb_after: regex.Pattern[str]  # an object verb after the penalty: "По 10 лет суд назначил"


def _english(words: Lexicon) -> _Grammar:
    """English verdict frames."""
    subject_gap = r"""
            (?: (?: 's | ' )? \s+ (?: [\w-]+ \s+ ){0,3}?    # "X's sentence was", "his term was"
                (?: sentences? | terms? | convictions? | verdicts? | punishments? ) \s+ )?
            (?: \s* , \s* [^,.;]{1,160} (?= , ) ){0,3} \s* ,? \s*   # ", 51, who headed ... time,"
            (?: (?: has | have | had | been | was | were | is | are | also | later | then | not
                  | already | since | subsequently | reportedly | both | each | all | due | to | go
                  | goes | set | expected | scheduled | will | would | could | may | might | must
                  | shall | can | now | still | eventually | finally | initially | each | jointly
                  | together | respectively ) \s+ ){0,6}"""
    return _Grammar(
        words=words,
        # Verdict verbs, by class; "verb": the verb's own words.
        verb=compile_lazily(
            rf"""\b (?: (?P<object> {phrases(words.verbs_object)} )
                   | (?P<subject> {phrases(words.verbs_subject)} )
                   | (?P<request> {phrases(words.verbs_request)} ) ) \b""",
            _FLAGS,
        ),
        # Just before a verb: the passive ("was jailed", "were each given", "has been sentenced").
        passive=compile_lazily(
            r"""\b (?: was | were | is | are | been | be | being | get | gets | got ) \s+
                (?: (?: also | later | then | each | all | both | not | subsequently
                      | reportedly | previously | already | eventually | finally | initially
                      | officially | [a-z]+ly ) \s+ ){0,2} \Z""",
            _FLAGS,
        ),
        # Just after a comma and a person: a reduced relative clause, "X, sentenced to five
        # years in".
        participle=compile_lazily(r", \s* (?: who \s+ was \s+ | already \s+ )? \Z", _FLAGS),
        subject_gap=compile_lazily(subject_gap, _FLAGS),
        # A group's tail before its verb: "Two former executives of the state utility that ran
        # the plant were each handed"
        group_subject_gap=compile_lazily(
            r"(?: \s+ (?: of | from | at | in | with | who | that | which ) \s+ [^,.;]{1,100}? )?"
            + subject_gap,
            _FLAGS,
        ),
        object_gap=compile_lazily(
            r"""\s* (?: (?: the | a | an | his | her | their ) \s+ [^,.;]{0,60} , \s*
                     | (?: (?: the | a | an | each \s+ of ) \s+ )? (?: [a-z][\w-]* \s+ ){0,3} )?""",
            regex.VERBOSE,
        ),  # "acquitted a former police investigator, Marat Zhumabayev", "handed to entrepreneur X"
        # After a penalty, words that name whose it is next: "handed to", "for", "each went to".
        after=compile_lazily(
            r"""\s* ,? \s* (?: each \s+ )?
                (?: \s* [-:] (?= \s* [A-Z] )        # "10.5 years - Omirbek Kurbanov"
                  | (?: (?: was | were | had \s+ been | has \s+ been )? \s*
                       (?: handed | given | imposed | passed | meted \s+ out ) (?: \s+ down )? \s+
                       (?: to | on | against )
                     | (?: went | go | goes | going ) \s+ to | for | to | of )
                  (?: \s+ each \s+ of )? \s+ )""",  # "11 years for each of the other five"
            _FLAGS,
        ),
        # Between an active verdict verb and its object: a date, a title, an abbreviation in
        # brackets: "sentenced on March 18 three police officers", "handed former National
        # Security Committee (KNB) chief Karim Masimov".
        object_after_verb=compile_lazily(
            r"""\s* (?: (?: the | a | an | his | her | their ) \s+ [^,.;]{0,60} , \s*
                     | (?: [^,.;()\n] | \( [^()\n]{1,20} \) ){0,80} )""",
            regex.VERBOSE,
        ),
        # After a name, the person it owns: "Utegenov's predecessor", not "Utegenov's sentence".
        owner=compile_lazily(
            r"""' s? \s+ (?! (?: [\w-]+ \s+ ){0,2} (?: sentences? | terms? | convictions?
                                                  | verdicts? | punishments? ) \b ) [a-z]""",
            _FLAGS,
        ),
        of_whom=compile_lazily(r"(?<= \b (?: each | both | all ) ) \s+ of \s", _FLAGS),
        dash_name=compile_lazily(r"\s* [-:] \s* [A-Z]", regex.VERBOSE),
        # Between "handed to", "for" and the person: a title, never a verb ("for firing at X").
        after_gap=compile_lazily(
            r"""\s* (?: (?: the | a | an | his | her | their ) \s+ [^,.;]{0,60} , \s*
                     | (?: (?: the | a | an ) \s+ )? (?: [0-9]{1,3}-year-old \s+ )?
                       (?: (?! [a-z]+ing \b | \L<function_word> \b ) [a-z][\w-]* \s+ ){0,3} )?""",
            regex.VERBOSE,
            function_word=words.function_words.entries,
        ),
        verb_penalty=compile_lazily(
            r"(?: acquitted | jailed | imprisoned | fined | cleared | deprived | barred"
            r" | banned ) \b",
            _FLAGS,
        ),
        coordinated=compile_lazily(
            r"""\A (?: \s* , \s* (?: [0-9]{1,3} \s* , \s* )? (?: and \s+ | as \s+ well \s+ as \s+ )?
                   | \s+ (?: and | as \s+ well \s+ as | along \s+ with ) \s+
                   | \s* , \s* (?: a | an | the | its | his | her | their ) \s+ [^,;.]{1,60} , \s*
                     (?: and \s+ )? )
                (?: [0-9]{1,3}-year-old \s+
                  | (?: (?: its | the | his | her ) \s+ )?
                    (?: (?! \L<function_word> \b | [0-9] | \L<unit_word> \b | \L<teen_word> \b
                          | \L<tens_word> \b ) [a-z][\w-]* \s+ ){1,3}
                    (?: of \s+ (?: the \s+ )? (?: [a-z][\w-]* \s+ ){1,3} )?  # "the chief
                  | " [^"\n]{1,40} " \s+ (?: [A-Z]{2,4} \s+ )? )? \Z""",  # specialist of", "LLC"
            _FLAGS,
            function_word=words.function_words.entries,
            ignore_unused=True,
            **NUMBER_LISTS,
        ),  # "A, B and C", "A, 34, and B, 29,", "A, a driver, and B", "A and 20-year-old B",
        # "A, its editor-in-chief, B, and investigative reporter C"
        conjunction=compile_lazily(
            r"\b (?: and | as \s+ well \s+ as | along \s+ with ) \b", _FLAGS
        ),
        penalty_list=compile_lazily(
            r"\A \s* (?: , \s* (?: and \s+ | or \s+ )? | and \s+ | or \s+ ) \Z", _FLAGS
        ),
        # Between an owner and a penalty: "his seven-year sentence", "her prison term of".
        owns_penalty=compile_lazily(
            r"""\s+ (?: (?: original | initial | earlier | first | new | prison | jail | suspended
                       | [\w-]+ -year | [\w-]+ -month ) \s+ ){0,2}
                (?: (?: sentences? | terms? | convictions? | verdicts? | punishments? ) \s+
                    (?: (?: was | were | is | had \s+ been | has \s+ been ) \s+ )?
                    [\w\s-]{0,30} )?""",
            _FLAGS,
        ),
        respectively=compile_lazily(r"\b respectively \b", _FLAGS),
        each=compile_lazily(r"\b (?: each | both | all | apiece ) \b", _FLAGS),
        victim=compile_lazily(
            rf"""\b {phrases(words.victim_cues)} \s+
                (?: (?: the | a | an | his | her | their | [0-9]+ ) \s+ )? (?: [\w'-]+ \s+ ){{0,4}}
                \Z""",
            _FLAGS,
        ),
        trial_verbs=compile_lazily(
            rf"""\b (?: {phrases(words.verbs_trial)}
                     | found (?= \s+ (?: [^.;]{{0,80}}? \s )?? guilty \b ) ) \b""",
            _FLAGS,
        ),
        # A statement of the law just before a penalty: the law, not a defendant, is its
        # subject: "Under Article 345, ... is punishable by", "the charge carries", "the article
        # provides for".
        law_statement=compile_lazily(
            r"""(?r) (?: \b (?: law | article | code | statute | offen[cs]e | crime | charges? ) \b
                         [^.;]{0,160} \b (?: provides? \s+ for | carr(?:y|ies) | envisages?
                                           | stipulates? | prescribes? )
                     | \b punishable ) \b [^.;]{0,40} \Z""",
            _FLAGS,
        ),
        # After a penalty, more people given the same: "was jailed for seven years, as was X".
        as_was=compile_lazily(r"\s* , \s* as \s+ (?: was | were | did ) \s+", _FLAGS),
        for_whom=compile_lazily(r"(?!)"),  # English names the person after: "nine years for X"
        verb_after=compile_lazily(r"(?!)"),
    )


def _russian(words: Lexicon) -> _Grammar:
    """Russian frames: ``kzjustice.ru.verdicts``, loaded only when Russian is read."""
    from kzjustice.ru.verdicts import frames_grammar

    return frames_grammar(words)


_BUILDERS = MappingProxyType({"en": _english, "ru": _russian})


@functools.cache
def _grammar(language: str) -> _Grammar:
    return _BUILDERS[language](lexicon(language))


_CLAUSE_REACH = 240  # how far before a penalty its predicate and people may stand


@attrs.frozen
class Frame:
    """Penalties one clause states, and the entities it gives them to."""

    penalties: tuple[Found[Sentence], ...]  # coordinated: "six, seven and eight years"
    sentence: tuple[int, int]
    defendants: tuple[int, ...]  # entity indices, in the order the clause lists them
    how: str  # "after", "verb", "near", or "none" where the clause names no one
    respectively: bool  # "... six and five years respectively"
    each: bool  # "were each jailed", "seven years each"
    law: bool  # a statement of the law: "the article carries five to 12 years"
    request: bool  # the predicate is the prosecution's: "asked for", "sought"
    quoted: bool  # inside a quotation: "Fourteen years," his mother said


@attrs.frozen
class Tried:
    """Entities a sentence reports tried, charged, convicted or acquitted."""

    entity: int
    position: int  # where the sentence mentions them
    sentence: tuple[int, int]


def find_frames(
    doc: Document, mentions: Mentions, chains: Chains
) -> tuple[tuple[Frame, ...], tuple[Tried, ...]]:
    """The verdict frames of ``doc``, in order, and who each sentence reports tried."""
    reader = _Reader(doc, mentions, chains)
    frames: list[Frame] = []
    tried: list[Tried] = []
    penalties = list(doc.penalties)
    starts = [p.span.start for p in penalties]
    for sentence in doc.body_sentences:
        tried.extend(reader.tried(sentence))
        low = bisect.bisect_left(starts, sentence[0])
        high = bisect.bisect_left(starts, sentence[1])
        floor = sentence[0]
        for run in _runs(reader.grammar, doc.masked, penalties[low:high]):
            frames.append(reader.frame(run, sentence, floor))
            floor = run[-1].span.end
    return tuple(frames), tuple(tried)


def _quoted(text: str, position: int) -> bool:
    """Whether ``position`` stands inside a quotation of its paragraph."""
    start = text.rfind("\n", 0, position) + 1
    return text.count('"', start, position) % 2 == 1


def _runs(
    grammar: _Grammar, text: str, penalties: list[Found[Sentence]]
) -> list[list[Found[Sentence]]]:
    """Penalties a clause coordinates, as one run: "five and seven years", "a fine or two years"."""
    runs: list[list[Found[Sentence]]] = []
    for penalty in penalties:
        own = (  # "10.5 years - X"; "gave two others probation and acquitted the remaining two"
            grammar.dash_name.match(text, penalty.span.end) is not None
            or grammar.verb_penalty.match(penalty.text) is not None
        )
        if (
            runs
            and not own
            and grammar.penalty_list.match(text[runs[-1][-1].span.end : penalty.span.start])
        ):
            runs[-1].append(penalty)
        else:
            runs.append([penalty])
    return runs


class _Mentions:
    """The mentions of a document seen from a verdict: lists, owners, victims."""

    def __init__(self, doc: Document, mentions: Mentions, chains: Chains) -> None:
        self.doc = doc
        self.grammar = _grammar(doc.language)
        self.text = doc.masked
        self.mentions = mentions
        self.chains = chains

    def _forward(self, head: Mention, end: int) -> tuple[int, ...]:
        """``head`` and the people listed with it after it: "A, B and C".

        A list ends with "and": commas alone list no one ("X, 19-year-old Y, received").
        """
        items = [head]
        listed = 1  # how many items the last "and" closes
        index = bisect.bisect_right(self.mentions.starts, head.span.start)
        for mention in self.mentions.items[index : index + 30]:
            if mention.span.start >= end:
                break
            link = self.text[items[-1].span.end : mention.span.start]
            if not self.grammar.coordinated.match(link):
                break
            items.append(mention)
            if self.grammar.conjunction.search(link):
                listed = len(items)
        return self._entities(items[:listed])

    def _backward(self, head: Mention, start: int) -> tuple[int, ...]:
        """``head`` and the people listed with it before it: "A, B and C were".

        The last two are joined by "and": "in his Honda Fit, 19-year-old X, received" lists
        no one.
        """
        items = [head]
        index = bisect.bisect_left(self.mentions.starts, head.span.start)
        for mention in reversed(self.mentions.items[max(0, index - 30) : index]):
            if mention.span.start < start:
                break
            link = self.text[mention.span.end : items[0].span.start]
            if not self.grammar.coordinated.match(link) or (
                len(items) == 1 and not self.grammar.conjunction.search(link)
            ):
                break
            items.insert(0, mention)
        return self._entities(items)

    def _people(self, mention: Mention) -> tuple[int, ...]:
        """The entities a mention stands for that may be taken by default: not excluded."""
        return tuple(i for i in self.chains.of(mention) if not self.chains.entities[i].excluded)

    def _entities(self, items: list[Mention]) -> tuple[int, ...]:
        found: list[int] = []
        for mention in items:
            for index in self.chains.of(mention):
                if index not in found:
                    found.append(index)
        return tuple(found)

    def _first_mention(self, start: int, end: int) -> Mention | None:
        """The first mention in ``[start, end)``, past an owner: "her son, X" gives X."""
        index = bisect.bisect_left(self.mentions.starts, start)
        for mention in self.mentions.items[index : index + 3]:
            if mention.span.start >= end:
                break
            if mention.kind == "possessive" and self._owns_other(mention, end):
                continue  # "her son, X"
            if self.grammar.of_whom.match(self.text, mention.span.end):
                continue  # "each of the other five journalists"
            return mention
        return None

    def _owns_other(self, mention: Mention, end: int) -> bool:
        """Whether a possessive owns something other than the penalty: "her son", "his lawyer"."""
        return self.grammar.owns_penalty.fullmatch(self.text, mention.span.end, end) is None

    def _victim(self, mention: Mention, start: int) -> bool:
        """Whether ``mention`` stands in a victim's slot: "for killing police sergeant X"."""
        floor = max(start, mention.span.start - 80)
        return self.grammar.victim.search(self.text, floor, mention.span.start) is not None


class _Reader(_Mentions):
    """Frames and trials, sentence by sentence."""

    def frame(self, run: list[Found[Sentence]], sentence: tuple[int, int], floor: int) -> Frame:
        first, last = run[0], run[-1]
        start, end = sentence
        text = self.text
        law = first.value.status is Status.POSSIBLE and (
            self.grammar.law_statement.search(text, start, first.span.start) is not None
        )
        clause = text[max(floor, first.span.start - _CLAUSE_REACH) : first.span.start]
        each = (
            self.grammar.each.search(text, max(floor, first.span.start - 60), last.span.end + 12)
            is not None
        )
        respectively = (
            len(run) > 1 and self.grammar.respectively.search(text, last.span.end, end) is not None
        )
        verb = self._verb(max(floor, first.span.start - _CLAUSE_REACH), first.span.start)
        request = verb is not None and verb["request"] is not None
        found: tuple[int, ...] = ()
        how = "none"
        if not law:
            found = self._for_whom(first, start)
            if not found:
                found = self._after(last, end)
            how = "after" if found else how
            if not found and self.grammar.verb_penalty.match(first.text):
                aux = self.grammar.passive.search(
                    text, max(start, first.span.start - 40), first.span.start
                )
                if aux is not None:  # "X, a lawyer who had been charged with ..., was acquitted"
                    found = tuple(
                        i
                        for i in self._subject(aux.start(), start)
                        if not self.chains.entities[i].excluded or self.chains.entities[i].name
                    )
                    how = "verb" if found else how
            if not found and verb is not None:
                found = self._by_verb(verb, floor, first.span.start, start)
                how = "verb" if found else how
            if not found:
                found = self._verb_after(last, end)
                how = "verb" if found else how
            if not found and clause.strip():
                found = self._near(max(floor, start), first.span.start)
                how = "near" if found else how
            also = self.grammar.as_was.match(text, last.span.end, end)
            if found and also is not None:  # "was jailed for seven years, as was X"
                found += tuple(i for i in self._after_at(also.end(), end) if i not in found)
        return Frame(
            penalties=tuple(run),
            sentence=sentence,
            defendants=found,
            how=how,
            respectively=respectively,
            each=each,
            law=law,
            request=request,
            quoted=_quoted(text, first.span.start),
        )

    # --- the slots --------------------------------------------------------------------------

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
        if inside is not None:
            return self._entities([inside])
        after = self.grammar.after.match(text, penalty.span.end, end)
        if after is not None:
            position = after.end()
        elif verb:  # "acquitted X", "jailed X"
            position = penalty.span.end
        else:
            return ()
        return self._after_at(position, end)

    def _for_whom(self, penalty: Found[Sentence], start: int) -> tuple[int, ...]:
        """The person named just before a penalty after "для": "просило для X 18 лет"."""
        index = bisect.bisect_left(self.mentions.starts, penalty.span.start)
        if not index:
            return ()
        mention = self.mentions.items[index - 1]
        if (
            mention.span.start < start
            or self.text[mention.span.end : penalty.span.start].strip(" -\u2013\u2014:")
            or not self.grammar.for_whom.search(
                self.text, max(start, mention.span.start - 40), mention.span.start
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
        if mention is None or not self.grammar.object_after_verb.fullmatch(
            self.text[verb.end() : mention.span.start]
        ):
            return ()
        return self._forward(mention, end)

    def _after_at(self, position: int, end: int) -> tuple[int, ...]:
        """The people named at ``position``, past a title: "to entrepreneur X and Y"."""
        mention = self._first_mention(position, min(position + 90, end))
        if mention is None or not self.grammar.after_gap.fullmatch(
            self.text[position : mention.span.start]
        ):
            return ()
        if self._victim(mention, position):
            return ()
        return self._forward(mention, end)

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
            if self.grammar.participle.search(text, max(start, verb.start() - 20), verb.start()):
                return self._subject(verb.start(), start)  # "X, sentenced to five years in"
            mention = self._first_mention(verb.end(), position)
            if (
                mention is not None
                and self.grammar.object_after_verb.fullmatch(text[verb.end() : mention.span.start])
                and not self._victim(mention, verb.end())
            ):
                return self._forward(mention, position)
            return ()
        aux = self.grammar.passive.search(text, max(start, verb.start() - 40), verb.start())
        return self._subject(aux.start() if aux else verb.start(), start)

    def _subject(self, position: int, start: int) -> tuple[int, ...]:
        """The person whose predicate starts at ``position``: "X, 41, who ..., was"."""
        index = bisect.bisect_left(self.mentions.starts, position)
        for mention in reversed(self.mentions.items[max(0, index - 4) : index]):
            if mention.span.start < start:
                break
            gap = self.text[mention.span.end : position]
            pattern = (
                self.grammar.group_subject_gap
                if mention.kind == "group"
                else self.grammar.subject_gap
            )
            if (
                pattern.fullmatch(gap)
                and self.chains.of(mention)
                and not self._victim(mention, start)
            ):
                return self._backward(mention, start)
        return ()

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

    # --- trials with no penalty of their own -------------------------------------------------

    def tried(self, sentence: tuple[int, int]) -> list[Tried]:
        """The people a sentence reports as tried, charged or convicted, with where."""
        start, end = sentence
        found: list[Tried] = []
        for verb in self.grammar.trial_verbs.finditer(self.text, start, end):
            mention = self._next_to(verb.start(), verb.end(), start, end)
            if mention is None:
                continue
            for index in self.chains.of(mention):
                if all(t.entity != index for t in found):
                    found.append(
                        Tried(entity=index, position=mention.span.start, sentence=sentence)
                    )
        return found

    def _next_to(self, verb_start: int, verb_end: int, start: int, end: int) -> Mention | None:
        """The subject just before a verb ("X was convicted") or its object after it."""
        items, starts, text = self.mentions.items, self.mentions.starts, self.text
        index = bisect.bisect_left(starts, verb_end)
        for mention in items[index : index + 2]:
            gap = text[verb_end : mention.span.start]
            if mention.span.start < end and self.grammar.object_gap.fullmatch(gap):
                return mention
        index = bisect.bisect_left(starts, verb_start)
        for mention in reversed(items[max(0, index - 3) : index]):
            if mention.span.start < start:
                break
            if self.grammar.subject_gap.fullmatch(text[mention.span.end : verb_start]):
                return mention
        return None
