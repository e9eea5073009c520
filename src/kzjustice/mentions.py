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
import itertools
from collections.abc import Callable

import attrs
import regex

from kzjustice._doc import Document, Spans
from kzjustice._text import MATCH_REACH, compile_lazily
from kzjustice.lexicon import Lexicon, lexicon, stage_grammar
from kzjustice.models import Span
from kzjustice.names import plainly_surname
from kzjustice.numbers import NUMBER_LISTS

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
    "person_names",
    "quotations",
]


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
    article_before: regex.Pattern[str]  # "the ": no person's name follows it ("the Red Book")
    place_before: regex.Pattern[str]  # "the village of", "жительницу": a place's name follows
    predicate_before: regex.Pattern[str]  # "posing as a": a role follows, not a new person
    including: regex.Pattern[str]  # between a group and one of its people: ", including"
    verb_first: regex.Pattern[str]  # a penalty that is a verb naming its people
    comma: regex.Pattern[str]  # between a description and the name it describes
    comma_age: regex.Pattern[str]  # between a name and its apposition
    apposed_and: regex.Pattern[str]  # between a name and a second description: ", the chair and "
    apposition_closes: regex.Pattern[str]  # after it, before one person's verb: "..., received"
    definite_before: regex.Pattern[str]  # "The chief specialist of ..., a 31-year-old woman"
    indefinite: regex.Pattern[str]  # "a 33-year-old mechanic": a description, not a group
    quoted: regex.Pattern[str]  # a short quotation; quote: its words
    law_title: regex.Pattern[str]  # "Article 51 [deportation of a foreigner]": no one's
    others: frozenset[str]  # a group's determiners for people apart: "other", "remaining"
    unstated: frozenset[str]  # determiners that leave the count unstated: "the rest"
    approximate: regex.Pattern[str]  # before a count, leaves it unstated: "more than"
    plural_owned: regex.Pattern[str]  # an owned noun that is plural: "Azattyq's journalists"
    not_name: frozenset[str]  # words never part of a name
    not_name_prefixes: tuple[str, ...]  # what a capitalised word opens that is no name: "Ex-"
    heads: frozenset[str]  # the last words of organisations' and places' names
    count: Callable[[str], float | None]  # a quantity's number: "three" 3, "a" 1
    # the names a run of capitalised words holds, as word ranges; words before them are
    # something else's: "Витебчанин Игорь Савчук", "Нижнего Тагила Никиту Рожкова"; two names
    # side by side, the first owning the second: "адвокат Жылдыз Турдубаевой Азамат Жумагулов"
    name_parts: Callable[[list[str]], list[tuple[int, int]]]


@functools.cache
def _grammar(language: str) -> _Grammar:
    return stage_grammar(_Grammar, language, "people", "mentions_grammar")


_NUMBER_WORDS = frozenset([*NUMBER_LISTS["unit_word"], *NUMBER_LISTS["teen_word"]])  # "Timur Ten"
_GROUP_REACH = 90  # how far before its noun a group's count and words may start
_WORD_START = compile_lazily(r"(?<![\w'-])\w", plain=True)
_LOWER_WORD = compile_lazily(r"(?<![\w'.-])\p{Ll}[\w-]*")
_AND = compile_lazily(r"\s*,?\s+(?:and|и)\s+|\s*,\s*")  # between the items of a list
# a name just after a description: "гражданина Таджикистана Алишера Юсупова", "гражданку Д. Н."
_NAME_NEXT = compile_lazily(r"(?:\s+[\w-]+)?\s+\p{Lu}(?:\p{Ll}+\s+\p{Lu}|\.)")
_SENTENCE_OPENING = compile_lazily(r"(?r)(?:\A|[.!?\n])[\s\"'«“(\u2013\u2014-]*\Z")


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
    owners: dict[int, Span]  # a name's start -> the name owning it, just before it: "адвокат
    # [Жылдыз Турдубаевой] Азамат Жумагулов" is Турдубаева's lawyer


def group_match(doc: Document, mention: Mention) -> regex.Match[str] | None:
    """The group pattern over a group mention: its count, determiner and person noun."""
    return _group_match(doc.language, doc.masked, mention)


@functools.lru_cache(maxsize=16)  # a group's count, determiner and noun are asked for apart
def _group_match(language: str, masked: str, mention: Mention) -> regex.Match[str] | None:
    grammar = _grammar(language)
    end = mention.span.end + MATCH_REACH
    bare = grammar.bare_count.match(masked, mention.span.start, end)
    if bare is not None and bare.end("group") != mention.span.end:
        bare = None
    return (
        _group_words(language, mention.text)
        or bare
        or grammar.bare_group.search(masked, mention.span.start, end)
    )


@functools.lru_cache(maxsize=64)
def _group_words(language: str, text: str) -> regex.Match[str] | None:
    return _grammar(language).group.fullmatch(text)


def group_noun(doc: Document, mention: Mention) -> str | None:
    """The person noun a group mention ends in, lower case.

    "three former police officers" gives "police officers"; a bare count ("the remaining
    three") gives none.
    """
    match = _group_words(doc.language, mention.text)
    return match["noun"].lower() if match else None


def including(doc: Document, position: int) -> int | None:
    """Where the people a group's apposition names begin: after "Six people, including "."""
    found = _grammar(doc.language).including.match(doc.masked, position)
    return None if found is None else found.end("lead")


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
    if match is not None and match.groupdict().get("vague"):
        return None  # "several other officials"
    if (
        match is not None
        and (match.groupdict().get("determiner") or "").lower() in grammar.unstated
        and not (match["quantity"])
    ):
        return None
    if (
        match is not None
        and match.groupdict().get("owner")
        and grammar.plural_owned.fullmatch(match.groupdict().get("noun") or "")
    ):
        return None  # "Radio Azattyq's journalists": how many, the text does not say
    if match is None or not match["quantity"]:
        plural = grammar.bare_group.match(doc.masked, mention.span.start)
        if plural is not None and plural.groupdict().get("plural"):
            return None  # "приговорил организаторов беспорядков": the text says not how many
        return 1
    start = match.start("quantity") + (0 if match.string is doc.masked else mention.span.start)
    if grammar.approximate.search(doc.lower, max(0, start - 30), start):
        return None  # "more than 30 people": how many, the text does not say
    number = grammar.count(match["quantity"])
    return int(number) if number else 1


def person_names(language: str, text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of the runs of capitalised words in ``text[start:end]`` that may name people.

    A run's leading words of a class that is no name are left out ("Братьев Нуржана" is
    Нуржана); a run of such words alone is none. For the grammars, which read no document.
    """
    grammar = _grammar(language)
    found = []
    for match in grammar.name.finditer(text, start, end):
        for word in grammar.capitalised.finditer(text, match.start(), match.end()):
            if word[0].split()[-1].lower().removesuffix("'s") not in grammar.not_name:
                found.append((word.start(), match.end()))
                break
    return found


def find_mentions(doc: Document) -> Mentions:
    """Every mention of a person or group in the body of ``doc``."""
    grammar = _grammar(doc.language)
    found: list[Mention] = []
    owners: dict[int, Span] = {}
    organisations: set[str] = set()  # names read as an organisation's, lower case
    masked = doc.masked
    common = frozenset(_LOWER_WORD.findall(masked))  # the words the text writes in lower case
    for match in grammar.name.finditer(masked):
        names = _names(grammar, masked, match, common, lexicon(doc.language), organisations)
        found.extend(names)
        for owner, owned in itertools.pairwise(names):  # one run read as two names
            if masked[owner.span.end : owned.span.start].isspace():
                owners[owned.span.start] = owner.span
    found.extend(_initials_again(masked, found))
    taken = Spans(  # a date or term is nobody; a verb's object is: "deprived all five of"
        [d.span for d in doc.dates]
        + [p.span for p in doc.penalties if not grammar.verb_first.match(p.text)]
    )
    for match in [*_groups(grammar, masked, doc.lower), *_bare_counts(grammar, masked, doc.lower)]:
        span = Span(*match.span("group"))
        predicate = grammar.predicate_before.search(masked, max(0, span.start - 16), span.end)
        if not taken.holds(span.start) and not (predicate and predicate.end() == span.start):
            found.append(Mention(span=span, kind="group", text=match["group"]))
    for match in grammar.pronoun.finditer(doc.lower):
        kind = next(k for k in ("possessive", "pronoun", "definite") if match[k])
        span = Span(*match.span(kind))
        if kind == "definite" and _NAME_NEXT.match(masked, span.end):
            continue  # the name after it says who: "гражданин Грузии Зазу Балиашвили"
        found.append(Mention(span=span, kind=kind, text=masked[span.start : span.end]))
    quoted = Spans(
        [Span(*q.span()) for q in grammar.quoted.finditer(masked)]
        + [Span(*q.span("title")) for q in grammar.law_title.finditer(masked)]
        + [Span(*q.span()) for q in _LONG_QUOTE.finditer(masked) if _title_case(q["quote"])]
    )
    found = [m for m in found if not quoted.holds(m.span.start)]
    found.sort(key=lambda m: (m.span.start, -m.span.end, m.kind == "surname"))  # "Троим": a
    # count, not a surname
    kept: list[Mention] = []
    for mention in found:  # a longer mention wins over one inside it
        if kept and mention.span.start < kept[-1].span.end:
            continue
        if (
            kept
            and mention.kind in ("name", "surname")
            and kept[-1].kind in ("name", "surname")
            and _ALIAS.fullmatch(masked, kept[-1].span.end, mention.span.start)
            and masked[mention.span.end : mention.span.end + 1] in (")", "]")
        ):
            continue  # "Александры Наумовой (Духаниной)", "X [Xojimatov]", "Amirov (also
            # known as Faiq Amirli)": another spelling
        kept.append(mention)
    items, described_by = _appositions(grammar, kept, masked)
    starts = {m.span.start for m in items}
    return Mentions(
        items=tuple(items),
        starts=tuple(m.span.start for m in items),
        described_by=described_by,
        owners={s: o for s, o in owners.items() if s in starts and o.start in starts},
    )


_LONG_QUOTE = regex.compile(r'["«“„](?P<quote>[^"«»“”„\n]{81,400})["»”“]')
_LONG_WORD = regex.compile(r"\b\w{4,}")


def _initials_again(masked: str, names: list[Mention]) -> list[Mention]:
    """A name of two initials or more alone, found where it is plainly one, wherever again.

    "a local resident, identified as A.A.", then "A.A. enlisted in the army".
    """
    known = {m.text for m in names if m.kind == "name" and _INITIALS_ONLY.fullmatch(m.text)}
    starts = {m.span.start for m in names}
    return [
        Mention(span=Span(*match.span()), kind="name", text=match[0])
        for text in sorted(known)
        for match in regex.finditer(_AGAIN.format(regex.escape(text)), masked)
        if match.start() not in starts
    ]


_INITIALS_ONLY = regex.compile(r"(?:\p{Lu}\p{Ll}?\.\s?(?:\p{Ll}+\s)?){2,}")  # "A.A.", "K. uulu K."
_AGAIN = r"(?<![\w.]){}(?![\w.]|\s*\p{{Lu}}\w)"  # not "A.A. Petrov": another person's initials


def _title_case(quote: str) -> bool:
    """Whether a long quotation is a title, so no name in it is a person's.

    Most of its long words are capitalised: "On Amendments ... in Narcotic Drugs, Psychotropic
    Substances".
    """
    words = _LONG_WORD.findall(quote)
    return len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.6 * len(words)


_ALIAS = regex.compile(
    r"\s*[(\[]\s*(?:(?:also\s+known\s+as|aka|a\.k\.a\.|née|известн\w+\s+как|он\s+же|она\s+же)\s+)?"
)
_SHORT_THEN_COMMA = regex.compile(r"[^,.;:\n]{0,30},\s*")  # " that night, "


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
    grammar: _Grammar,
    masked: str,
    match: regex.Match[str],
    common: frozenset[str],
    classes: Lexicon,
    organisations: set[str],
) -> list[Mention]:
    """Split a run of capitalised words into the names it holds.

    A word that opens a sentence is a common word, not a name, where the text writes it in
    lower case elsewhere: "Закладчиков Тимура Даниярова" after "трое закладчиков". Words read as
    an organisation's name are added to ``organisations``, and are no one's name where they
    stand again: "the movement Nahzati Nav", then "Nahzati Nav's leaders".
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
    # "protected in the Russian Red Book", "the Nazarbayev regime": the first run after an
    # article (and a country's word) is a thing's name; not after a title ("the Health
    # Minister Yelzhan Birtanov")
    after_article = bool(words) and (
        grammar.article_before.search(
            masked, max(0, match.start() + words[0].start() - 5), match.start() + words[0].start()
        )
        is not None
    )
    for word in [*words, None]:
        # the word without its initials: "U.S. Embassy" is an embassy
        bare = word[0].split()[-1].lower().removesuffix("'s") if word is not None else ""
        if bare in grammar.heads:
            run = []  # "Ayan Media", "Shygys Zhol Kurylys LLP", "Tole Bi Street"
            continue
        if word is not None and (
            (
                bare not in grammar.not_name
                and not bare.startswith(grammar.not_name_prefixes)
                and not _compound_of(bare, grammar.not_name)  # "Prosecutor-General X"
            )
            or (run and bare in _NUMBER_WORDS)  # "Ex-policeman X" is X; a surname
        ):
            run.append(word)
            continue
        if after_article and (run or bare in classes.titles or bare in classes.organisations):
            # "the Mazhilis Amanzgan Ryskali": the thing after the article is the Mazhilis
            after_article = False
            if run and "." not in run[0][0]:
                run = []
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
        if (
            run
            and not (
                len(run) > 1
                # "the company Xolmatov Jasur Rustamovich"; not "the firm Lori Shin"
                and any(plainly_surname(w[0], classes) for w in run)
            )
            and "." not in run[0][0]  # initials name a person: "the group B. K. Nurtazin"
            and grammar.organisation_before.search(
                masked, max(0, match.start() + run[0].start() - 60), match.start() + run[0].start()
            )
        ):
            organisations.add(" ".join(w[0] for w in run).lower())
            run = []  # "whose company Ertis Astyk", "the director of Saryagash Med Gaz"; not
            # "head of the call centre Aidos Nurlanuly"
        # "жительницу Новороссийска Ольгу Ерёмину", "the village of Masanchi Kh. Daurov"; not
        # two words: "жительнице Анне Лебедевой"
        placed = len(run) > 2 or (len(run) == 2 and "." in run[-1][0])
        if placed and grammar.place_before.search(
            masked, max(0, match.start() + run[0].start() - 40), match.start() + run[0].start()
        ):
            run = run[1:]
        for first, last in grammar.name_parts([w[0] for w in run]) if run else ():
            start = match.start() + run[first].start()
            end = match.start() + run[last - 1].end()
            piece = masked[start:end].removesuffix("'s")
            end = start + len(piece)
            kind = "name" if last - first > 1 or "." in piece else "surname"
            if " ".join(piece.split()).lower() not in organisations:
                names.append(Mention(span=Span(start, end), kind=kind, text=piece))
        run = []
    return names


def _compound_of(word: str, words: frozenset[str]) -> bool:
    """Whether a hyphenated word is made of ``words`` alone: "prosecutor-general"."""
    return "-" in word and all(part in words for part in word.split("-"))


def _appositions(
    grammar: _Grammar, mentions: list[Mention], text: str
) -> tuple[list[Mention], dict[int, Mention]]:
    """Drop a description that only stands beside a name: "A fourth officer, Daniyar B.".

    Returns the mentions kept, and for each name the description that stood before it.
    """
    kept: list[Mention] = []
    described_by: dict[int, Mention] = {}
    apposed = -1  # where the last description standing beside a group, or one of it, ends
    including = False  # whether that was one of its people: "Six defendants, including two"
    for index, mention in enumerate(mentions):
        following = mentions[index + 1] if index + 1 < len(mentions) else None
        previous = kept[-1] if kept else None
        named = next(  # past another description of the same person: "еще один член
            (m for m in mentions[index + 1 : index + 3] if m.kind != "group"), None
        )  # "Ата-Журт", бывший мэр столицы X"
        if (
            mention.kind in ("group", "definite")
            and named is not None
            and named.kind == "name"
            and grammar.comma.fullmatch(text[mention.span.end : named.span.start])
            and not grammar.including.match(text, mention.span.end)  # "Six, including X": X
            # is one of them
            and (mention.kind == "group" or "," in text[mention.span.end : named.span.start])
        ):
            described_by.setdefault(named.span.start, mention)
            continue  # "A 26-year-old student, Timur Ospanov"; "The man, Bolat Zhumadilov,"
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
        if (
            mention.kind in ("group", "definite")
            and previous is not None
            and previous.kind == "name"
            and (mention.kind == "definite" or grammar.indefinite.match(mention.text))
            and grammar.apposed_and.fullmatch(text, previous.span.end, mention.span.start)
            and grammar.apposition_closes.match(text, mention.span.end)
        ):
            continue  # "X, the group's chair and a former teacher, received": his
        if (
            mention.kind == "definite"
            and previous is not None
            and previous.kind == "name"
            and grammar.comma_age.fullmatch(text[previous.span.end : mention.span.start])
        ):
            continue  # "Captain Olga Mikhailova, the duty officer on the night": her
        if (
            mention.kind == "group"
            and previous is not None
            and previous.kind == "definite"
            and grammar.indefinite.match(mention.text)
            and _SHORT_THEN_COMMA.fullmatch(text, previous.span.end, mention.span.start)
        ):  # "The senior officer that night, a captain with 14 years in the force,": the
            kept.pop()  # description in apposition says who, someone the text has not named
            previous = kept[-1] if kept else None
        if mention.kind == "group" and previous is not None and previous.kind != "pronoun":
            gap = text[previous.span.end : mention.span.start]
            if grammar.comma_age.fullmatch(gap) and (
                previous.kind != "group" or grammar.indefinite.match(mention.text)
            ):
                if previous.kind == "group":  # "A fifth defendant, a businesswoman whose ..."
                    described_by[previous.span.start] = mention
                    apposed, including = mention.span.end, False
                continue  # "Yerlan Saparov, 47, a former deputy head of ..."
            if previous.kind == "group" and grammar.including.fullmatch(gap):
                apposed, including = mention.span.end, True
                continue  # "Three more men, including Nazarov's landlord, were": one of them
            if (
                previous.kind == "group"
                and apposed > previous.span.end
                and (including or grammar.indefinite.match(mention.text))
                and _AND.fullmatch(text, apposed, mention.span.start)
            ):
                apposed = mention.span.end
                continue  # "Two other defendants, a laboratory assistant and a customs broker,"
                # "Six other defendants, including two managers and four drivers,"
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
