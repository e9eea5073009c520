"""Mentions of people: names, surnames, groups and descriptions, and pronouns.

Requires: the document (its body, penalties and dates). Assigns: every mention in the body, in
order, with no two overlapping, and for each name the description that stood just before it
("A 26-year-old student, Timur Ospanov").

- ``name``: a run of capitalised words that holds no word of a class that is no name
  (countries, places, organisations, institutions, titles): "Serik Kudebayev", "A. Nurpeisov";
  a run ending in an organisation's head word ("Ayan Media") or followed by a court ("Auezov
  district court") is no name.
- ``surname``: one such word alone: "Kudebayev". Whether it names someone is decided later.
- ``group``: a count or article and a person noun: "three former police officers", "a
  33-year-old mechanic", "the remaining 10 defendants", "one was acquitted"; or an owner and
  a person noun, one person who is not the owner: "his brother", "Utegenov's predecessor".
- ``pronoun``: he, she, him, her, each, both, they, them.
- ``possessive``: his, their, and "her" before a noun ("her son", "his sentence").
- ``definite``: a definite description that refers back: "the former head", "the defendant".

Nothing inside a quotation, a date or a penalty is a mention.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from types import MappingProxyType

import attrs
import regex

from kzjustice._doc import Document, Spans
from kzjustice._text import MATCH_REACH, compile_lazily, keyword_trie
from kzjustice.lexicon import Lexicon, lexicon
from kzjustice.models import Span
from kzjustice.numbers import NUMBER, NUMBER_LISTS, to_number

__all__ = [
    "Mention",
    "Mentions",
    "find_mentions",
    "group_count",
    "group_determiner",
    "group_match",
    "group_noun",
    "group_others",
    "indefinite",
    "quotations",
]

_FLAGS = regex.VERBOSE | regex.IGNORECASE


@attrs.frozen
class _Grammar:
    """The patterns and word classes one language's mentions are read with."""

    name: regex.Pattern[str]  # a run of capitalised words
    capitalised: regex.Pattern[str]  # one word of such a run
    group: regex.Pattern[str]  # "three former police officers"
    bare_group: regex.Pattern[str]  # "one was acquitted"
    bare_count: regex.Pattern[str]  # "the remaining three"
    bare_count_cue: regex.Pattern[str]  # the words a bare count needs, lower case
    pronoun: regex.Pattern[str]  # run on lower-cased text
    person_noun: regex.Pattern[str]  # run on lower-cased text
    court_next: regex.Pattern[str]  # a court after a name: "Auezov district court"
    organisation_next: regex.Pattern[str]  # "the Jana Qadam movement"
    organisation_before: regex.Pattern[str]  # "company Ertis Astyk", "the director of Ertis"
    verb_first: regex.Pattern[str]  # a penalty that is a verb naming its people
    comma: regex.Pattern[str]  # between a description and the name it describes
    comma_age: regex.Pattern[str]  # between a name and its apposition
    definite_before: regex.Pattern[str]  # "The chief specialist of ..., a 31-year-old woman"
    indefinite: regex.Pattern[str]  # "a 33-year-old mechanic": a description, not a group
    quoted: regex.Pattern[str]  # a short quotation; quote: its words
    others: frozenset[str]  # a group's determiners for people apart: "other", "remaining"
    unstated: frozenset[str]  # determiners that leave the count unstated: "the rest"
    not_name: frozenset[str]  # words never part of a name
    heads: frozenset[str]  # the last words of organisations' and places' names
    count: Callable[[str], float | None]  # a quantity's number: "three" 3, "a" 1


def _english(words: Lexicon) -> _Grammar:
    """English mentions."""
    return _Grammar(
        # A run of capitalised words, each perhaps with initials: "Serik Kudebayev", "A.
        # Nurpeisov", "I. D. Petrov", "Zh. Sultanbekova", initials after a surname: "Petrov I.
        # D.", and a particle: "Makhabat Tazhibek kyzy".
        name=compile_lazily(
            r"""
            (?= [A-Z] ) (?<! [\w'-] )                    # a capital first, for a fast scan
            (?: [A-Z][a-z]? \. \s* ){0,2}                # initials: "I. D. Petrov"
            [A-Z][a-z]+ (?: ['-][A-Z]?[a-z]+ )?          # "Kassym-Jomart", "O'Neil"
            (?: \s+ (?: [A-Z][a-z]? \. \s* ){0,2} [A-Z][a-z]+ (?: -[A-Z][a-z]+ )? ){0,3}
            (?: \s+ [A-Z][a-z]? \. (?: \s? [A-Z][a-z]? \. )? )?  # "Petrov I. D."
            (?: \s+ \L<particle> )?                      # "Makhabat Tazhibek kyzy"
            (?! [\w-] )
            """,
            regex.VERBOSE,
            particle=words.name_particles.entries,
        ),
        capitalised=compile_lazily(
            r"(?:[A-Z][a-z]?\.\s*)*[A-Z][\w'-]+|[A-Z][a-z]?\.|(?<=\s)\L<particle>\Z",
            particle=words.name_particles.entries,
        ),
        # A group or description: "three former police officers", "the remaining 10
        # defendants"; group: the phrase without a leading "the"; quantity: its count; noun:
        # its person noun.
        group=compile_lazily(
            rf"""
            (?<! [\w-] )
            (?: the \s+ (?= remaining | other ) )?
            (?P<group>
              (?: (?P<determiner> remaining | other | another ) \s+ )?
              (?: (?P<quantity> {NUMBER} | a | an | one ) \s+
                  (?: of \s+ (?: the | his | her | their ) \s+ )?
                | (?P<ordinal> a \s+ (?: second | third | fourth | fifth | sixth | seventh
                                      | eighth ) ) \s+
                | (?P<owner> his | her | their | (?-i: [A-Z][\w-]+ | [Tt]he \s+ [a-z][\w-]+ )
                             (?: 's | ' ) ) \s+
              )  # "his brother", "Utegenov's predecessor": one person, not the owner
              (?: (?: other | remaining | former | ex- | junior | senior | [0-9]+-year-old
                    | [a-z]+-year-old | (?-i: [A-Z]{{2,6}} )  # "KNB officers"
                    | (?! (?: \L<unit_word> | \L<teen_word> | \L<tens_word>  # "18 three officers"
                            | \L<function_word> ) \b )                   # "a court ruled that"
                      [a-z][\w-]* ) \s+ ){{0,4}}
              (?P<noun> \L<person_noun> ) \b
              (?: \s+ of \s+ (?: the \s+ )? (?: [A-Z][\w-]* \s+ ){{0,3}} (?: region \s+ )?
                  (?: police \s+ force | police | group | ministry | department | committee )
                | \s+ in \s+ the \s+ dock )?
            )
            """,
            _FLAGS,
            person_noun=words.person_nouns.entries,
            function_word=words.function_words.entries,
            **NUMBER_LISTS,
        ),
        # "and one was acquitted", "a third was acquitted": a bare number or an ordinal
        # standing for people; "and acquitted a third". Anchored on the verb, which is rarer
        # than numbers, and read leftwards or rightwards.
        bare_group=compile_lazily(
            rf"""(?<= (?<! [\w-] ) (?P<group> (?P<quantity> {NUMBER} )
                                   | a \s+ (?: second | third | fourth | fifth | sixth ) ) \s+ )
                 (?: was | were ) \s+
                 (?: acquitted | sentenced | jailed | fined | given | released | convicted ) \b
               | \b (?: acquitted | sentenced | jailed | fined | convicted | cleared ) \s+
                 (?P<group> a \s+ (?: second | third | fourth | fifth | sixth ) )
                 (?= \s* [.,;] )""",
            _FLAGS,
            **NUMBER_LISTS,
        ),
        # People counted with no noun: "the remaining three", "the other two", "two others",
        # "the six had", "the others", "the rest of them"; group: the phrase without a
        # leading "the"; quantity: its count, where stated.
        bare_count=compile_lazily(
            rf"""(?<! [\w-] ) (?: the \s+ )?
            (?P<group>
                (?P<determiner> remaining | other ) \s+ (?P<quantity> {NUMBER} )
                (?! \s* - | \s+ (?: years? | months? | weeks? | days? | hours? | of | per
                                  | percent ) \b )
              | (?P<quantity> {NUMBER} ) \s+ (?P<determiner> others ) \b
              | (?<= \b (?: the | all | both ) \s+ ) (?P<quantity> {NUMBER} )  # "the six had"
                (?= \s+ (?: were | had | have | are | was | will | received | got | each | of ) \b
                  | \s* [.,;] )
              | (?<= \b the \s+ ) (?P<determiner> others ) \b     # "for the others"
              | (?<= \b the \s+ ) (?P<determiner> rest )
                (?= \s+ of \s+ (?: the \s+ )? (?: them | defendants | accused | group ) \b ) )""",
            _FLAGS,
            **NUMBER_LISTS,
        ),
        bare_count_cue=compile_lazily(  # lower case
            r"\b(?:remaining|others?|rest)\b"
            r"|\b(?:the|all|both)\s+(?=[0-9]|\L<unit_word>|\L<teen_word>|\L<tens_word>)",
            unit_word=NUMBER_LISTS["unit_word"],
            teen_word=NUMBER_LISTS["teen_word"],
            tens_word=NUMBER_LISTS["tens_word"],
        ),
        # possessive: "his", "their", "her" before a noun it owns ("her son"); pronoun: the
        # others, with "each" not an adverb ("were each given"), and definite descriptions.
        pronoun=compile_lazily(
            r"""\b (?P<possessive> his | their
                                | her (?= \s+ (?! (?: \L<function_word> | to | for | in | on
                                                 | at | with | as | after | before | under
                                                 | over | by | from | into | [0-9] ) \b ) [a-z] ) )
                \b
              | \b (?P<pronoun> he | she | him | her | both | they | them
                              | (?<! \b (?: were | are | was | is | been ) \s+ ) each ) \b
              | (?P<definite> \b the \s+ (?: former \s+ | ex- )? (?: police \s+ )?
                             (?: defendant | accused | man | woman | individual | person
                               | ex-leader | officer | head | chief | minister | founder
                               | director | editor | journalist | blogger | activist | akim
                               | mayor | governor | commander | businessman | entrepreneur ) \b
                             (?! \s+ \L<person_noun> \b ) )""",  # not "the chief specialist"
            regex.VERBOSE,
            person_noun=words.person_nouns.entries,
            function_word=words.function_words.entries,
        ),
        person_noun=compile_lazily(rf"\b{keyword_trie(words.person_nouns, whole=True)}\b"),
        organisation_next=compile_lazily(
            r"(?-i:\s+\L<head>\b)", head=words.organisation_heads.entries
        ),
        organisation_before=compile_lazily(
            r"(?: (?-i: \b \L<head> ) | \b (?: \L<role> ) \s+ of (?: \s+ the )? ) \s+ \Z",
            _FLAGS,
            head=words.organisation_heads.entries,
            role=[r for r in words.role_nouns if r not in words.not_defendant_roles],
        ),
        court_next=compile_lazily(
            r"\s+ (?: (?: district | city | regional | military | inter-?district | garrison )"
            r" \s+ )+ court \b",
            _FLAGS,
        ),
        verb_first=compile_lazily(
            r"(?: fined | deprived | barred | banned | stripped ) \b", _FLAGS
        ),
        # Between a description and the name it describes: "A third defendant in the same
        # trial, X", "a second defendant, former village council chairman X".
        comma=compile_lazily(
            r"""(?: \s+ (?: in | at | of | from | on ) \s+ [^,.;]{1,40} )? \s* , \s*
                (?: (?: the | a | an ) \s+ )? (?: [a-z][\w-]* \s+ ){0,5}""",
            regex.VERBOSE,
        ),
        comma_age=compile_lazily(  # ", 70, the father, " before "a retired teacher"
            r"\s*,\s*(?:[0-9]{1,3}\s*,\s*)?(?:the\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}\s*,\s*)?"
        ),
        # "The chief specialist of the department's procurement division, " at a sentence
        # start, before a description: "a 31-year-old woman".
        definite_before=compile_lazily(
            r"""(?r) (?: ^ | (?<= [.;:] \s+ ) | (?<= \n ) ) [Tt]he \s+
                (?P<group> (?: [\w'-]+ \s+ ){0,3}? \L<person_noun>
                           (?: \s+ of \s+ [^,.;]{1,60}? )? )
                \s* , \s* \Z""",
            regex.VERBOSE | regex.MULTILINE,
            person_noun=words.person_nouns.entries,
        ),
        quoted=compile_lazily(r'"(?P<quote>[^"\n]{3,80}?)[,.]?"'),
        others=frozenset({"other", "others", "remaining", "rest"}),
        unstated=frozenset({"rest", "others"}),
        not_name=frozenset(
            [
                *words.not_name_words,
                *words.countries,
                *words.places,
                *words.organisations,
                *words.titles,
                *words.person_nouns,  # "Committee to Protect Journalists"
            ]
        ),
        indefinite=compile_lazily(r"(?: a | an ) \s", _FLAGS),
        heads=frozenset([*words.organisation_heads, *words.place_heads]),
        count=lambda quantity: 1.0 if quantity.lower() in ("a", "an") else to_number(quantity),
    )


def _russian(words: Lexicon) -> _Grammar:
    """Russian mentions: ``kzjustice.ru.people``, loaded only when Russian is read."""
    from kzjustice.ru.people import mentions_grammar

    return mentions_grammar(words)


_BUILDERS = MappingProxyType({"en": _english, "ru": _russian})


@functools.cache
def _grammar(language: str) -> _Grammar:
    return _BUILDERS[language](lexicon(language))


_GROUP_REACH = 90  # how far before its noun a group's count and words may start
_WORD_START = compile_lazily(r"(?<![\w'-])\w")
_LOWER_WORD = compile_lazily(r"(?<![\w'.-])\p{Ll}[\w-]*")
_SENTENCE_OPENING = compile_lazily(r"(?:\A|[.!?\n])[\s\"'«“(\u2013\u2014-]*\Z")


@attrs.frozen
class Mention:
    """One mention of a person or group, on the document's offsets."""

    span: Span
    kind: str  # "name", "surname", "group", "pronoun", "possessive", "definite"
    text: str


@attrs.frozen
class Mentions:
    """Every mention, in order, and the description that stood before each described name."""

    items: tuple[Mention, ...]
    starts: tuple[int, ...]
    described_by: dict[int, Mention]  # a name's start -> "A 26-year-old student" before it


def group_match(doc: Document, mention: Mention) -> regex.Match[str] | None:
    """The group pattern over a group mention: its count, determiner and person noun."""
    grammar = _grammar(doc.language)
    end = mention.span.end + MATCH_REACH
    bare = grammar.bare_count.match(doc.masked, mention.span.start, end)
    if bare is not None and bare.end("group") != mention.span.end:
        bare = None
    return (
        grammar.group.fullmatch(mention.text)
        or bare
        or grammar.bare_group.search(doc.masked, mention.span.start, end)
    )


def group_noun(doc: Document, mention: Mention) -> str | None:
    """The person noun a group mention ends in, lower case.

    "three former police officers" gives "police officers"; a bare count ("the remaining
    three") gives none.
    """
    match = _grammar(doc.language).group.fullmatch(mention.text)
    return match["noun"].lower() if match else None


def indefinite(doc: Document, start: int) -> bool:
    """Whether a description at ``start`` is indefinite: "a former police captain"."""
    return _grammar(doc.language).indefinite.match(doc.masked, start) is not None


def group_determiner(doc: Document, mention: Mention) -> str | None:
    """The word that makes a group people not named before: "remaining", "other", "rest"."""
    match = group_match(doc, mention)
    determiner = match.groupdict().get("determiner") if match is not None else None
    return determiner.lower() if determiner else None


def group_others(doc: Document, mention: Mention) -> bool:
    """Whether a group is people apart from those named with it: "the other five"."""
    return group_determiner(doc, mention) in _grammar(doc.language).others


def quotations(doc: Document, start: int, end: int) -> list[regex.Match[str]]:
    """The short quotations in ``[start, end)`` of the body; quote: the words quoted."""
    return list(_grammar(doc.language).quoted.finditer(doc.masked, start, end))


def group_count(doc: Document, mention: Mention) -> int | None:
    """How many people a group mention counts: "three officers" 3, "a fourth defendant" 1.

    None for "the rest of the defendants": the text does not say.
    """
    match = group_match(doc, mention)
    grammar = _grammar(doc.language)
    if (
        match is not None
        and (match.groupdict().get("determiner") or "").lower() in grammar.unstated
        and not (match["quantity"])
    ):
        return None
    if match is None or not match["quantity"]:
        return 1
    number = grammar.count(match["quantity"])
    return int(number) if number else 1


def find_mentions(doc: Document) -> Mentions:
    """Every mention of a person or group in the body of ``doc``."""
    grammar = _grammar(doc.language)
    found: list[Mention] = []
    masked = doc.masked
    common = frozenset(_LOWER_WORD.findall(masked))  # the words the text writes in lower case
    for match in grammar.name.finditer(masked):
        found.extend(_names(grammar, masked, match, common))
    taken = Spans(  # a date or term is nobody; a verb's object is: "deprived all five of"
        [d.span for d in doc.dates]
        + [p.span for p in doc.penalties if not grammar.verb_first.match(p.text)]
    )
    for match in [*_groups(grammar, masked, doc.lower), *_bare_counts(grammar, masked, doc.lower)]:
        span = Span(*match.span("group"))
        if not taken.holds(span.start):
            found.append(Mention(span=span, kind="group", text=match["group"]))
    for match in grammar.pronoun.finditer(doc.lower):
        kind = next(k for k in ("possessive", "pronoun", "definite") if match[k])
        span = Span(*match.span(kind))
        found.append(Mention(span=span, kind=kind, text=masked[span.start : span.end]))
    quoted = Spans([Span(*q.span()) for q in grammar.quoted.finditer(masked)])
    found = [m for m in found if not quoted.holds(m.span.start)]
    found.sort(key=lambda m: (m.span.start, -m.span.end))
    kept: list[Mention] = []
    for mention in found:  # a longer mention wins over one inside it
        if kept and mention.span.start < kept[-1].span.end:
            continue
        kept.append(mention)
    items, described_by = _appositions(grammar, kept, masked)
    return Mentions(
        items=tuple(items), starts=tuple(m.span.start for m in items), described_by=described_by
    )


def _groups(grammar: _Grammar, masked: str, lower: str) -> list[regex.Match[str]]:
    """Groups and descriptions, read only around the person nouns they end in."""
    found: list[regex.Match[str]] = [*grammar.bare_group.finditer(masked)]
    covered = 0
    for noun in grammar.person_noun.finditer(lower):
        if noun.end() <= covered:
            continue
        # A group starts at a word before its noun and may run past it: "of the criminal
        # police"; trying each word start, leftmost first, is far cheaper than a scan.
        end = min(len(lower), noun.end() + 60)
        for word in _WORD_START.finditer(
            lower, max(covered, noun.start() - _GROUP_REACH), noun.start() + 1
        ):
            match = grammar.group.match(masked, word.start(), end)
            if match is not None and match.end() > covered:
                found.append(match)
                covered = match.end()
                break
        covered = max(covered, noun.end())
    return found


def _bare_counts(grammar: _Grammar, masked: str, lower: str) -> list[regex.Match[str]]:
    """People counted with no noun, read only around the words that make them."""
    found: list[regex.Match[str]] = []
    covered = 0
    for cue in grammar.bare_count_cue.finditer(lower):
        start = max(covered, cue.start() - _GROUP_REACH)
        end = min(len(lower), cue.end() + 40)
        for match in grammar.bare_count.finditer(masked, start, end):
            if match.end() > covered:
                found.append(match)
                covered = match.end()
    return found


def _names(
    grammar: _Grammar, masked: str, match: regex.Match[str], common: frozenset[str]
) -> list[Mention]:
    """Split a run of capitalised words into the names it holds.

    A word that opens a sentence is a common word, not a name, where the text writes it in
    lower case elsewhere: "Закладчиков Тимура Даниярова" after "трое закладчиков".
    """
    words = list(grammar.capitalised.finditer(match[0]))
    if (
        words
        and words[0][0].lower() in common
        and _SENTENCE_OPENING.search(masked, max(0, match.start() - 4), match.start())
    ):
        words = words[1:]
    names: list[Mention] = []
    run: list[regex.Match[str]] = []
    for word in [*words, None]:
        # the word without its initials: "U.S. Embassy" is an embassy
        bare = word[0].split()[-1].lower().removesuffix("'s") if word is not None else ""
        if bare in grammar.heads:
            run = []  # "Ayan Media", "Shygys Zhol Kurylys LLP", "Tole Bi Street"
            continue
        if word is not None and bare not in grammar.not_name:
            run.append(word)
            continue
        if (
            run
            and word is None
            and (
                grammar.court_next.match(masked, match.end(), match.end() + MATCH_REACH)
                or grammar.organisation_next.match(masked, match.end(), match.end() + 30)
            )
        ):
            run = []  # "Auezov district court", "the Jana Qadam movement": no one's name
        if run and grammar.organisation_before.search(
            masked, max(0, match.start() + run[0].start() - 60), match.start() + run[0].start()
        ):
            run = []  # "whose company Ertis Astyk", "the director of Saryagash Med Gaz"
        if run:
            start = match.start() + run[0].start()
            end = match.start() + run[-1].end()
            piece = masked[start:end].removesuffix("'s")
            end = start + len(piece)
            kind = "name" if len(run) > 1 or "." in piece else "surname"
            names.append(Mention(span=Span(start, end), kind=kind, text=piece))
        run = []
    return names


def _appositions(
    grammar: _Grammar, mentions: list[Mention], text: str
) -> tuple[list[Mention], dict[int, Mention]]:
    """Drop a description that only stands beside a name: "A fourth officer, Daniyar B.".

    Returns the mentions kept, and for each name the description that stood before it.
    """
    kept: list[Mention] = []
    described_by: dict[int, Mention] = {}
    for index, mention in enumerate(mentions):
        following = mentions[index + 1] if index + 1 < len(mentions) else None
        previous = kept[-1] if kept else None
        if (
            mention.kind == "group"
            and following is not None
            and following.kind == "name"
            and grammar.comma.fullmatch(text[mention.span.end : following.span.start])
        ):
            described_by[following.span.start] = mention
            continue  # "A 26-year-old student, Timur Ospanov"
        if (
            mention.kind == "group"
            and following is not None
            and following.kind == "name"
            and text[mention.span.end : following.span.start].isspace()
            and (owned := grammar.group.fullmatch(mention.text)) is not None
            and owned["owner"]
        ):
            described_by[following.span.start] = mention
            continue  # "Kazakhstan's former prime minister Karim Masimov"
        if mention.kind == "group" and previous is not None and previous.kind in ("name", "group"):
            gap = text[previous.span.end : mention.span.start]
            if grammar.comma_age.fullmatch(gap) and (
                previous.kind == "name" or grammar.indefinite.match(mention.text)
            ):
                if previous.kind == "group":  # "A fifth defendant, a businesswoman whose ..."
                    described_by[previous.span.start] = mention
                continue  # "Yerlan Saparov, 47, a former deputy head of ..."
        definite = (
            grammar.definite_before.search(
                text, max(0, mention.span.start - 120), mention.span.start
            )
            if mention.kind == "group" and grammar.indefinite.match(mention.text)
            else None
        )
        if (
            definite is not None
            and previous is not None
            and previous.kind == "definite"
            and previous.span.start >= definite.start()
        ):
            kept.pop()  # "The chief" inside "The chief specialist of ..."
            previous = kept[-1] if kept else None
        if definite is not None and (previous is None or previous.span.end <= definite.start()):
            # "The chief specialist of the division, a 31-year-old woman, was sentenced": the
            # first phrase names her, the second describes her
            span = Span(*definite.span("group"))
            kept.append(Mention(span=span, kind="group", text=text[span.start : span.end]))
            described_by[span.start] = mention
            continue
        kept.append(mention)
    return kept, described_by
