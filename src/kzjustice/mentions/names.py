"""Names: runs of capitalised words read as one or more people's names, and initials said again."""

from __future__ import annotations

import regex

from kzjustice._text import MATCH_REACH, compile_lazily
from kzjustice.lexicon import Lexicon
from kzjustice.mentions.records import Grammar, Mention, grammar_for
from kzjustice.models import Span
from kzjustice.names import plainly_surname
from kzjustice.numbers import NUMBER_LISTS

_NUMBER_WORDS = frozenset([*NUMBER_LISTS["unit_word"], *NUMBER_LISTS["teen_word"]])  # "Timur Ten"

_SENTENCE_OPENING = compile_lazily(r"(?r)(?:\A|[.!?\n])[\s\"'«“(\u2013\u2014-]*\Z")


def person_names(language: str, text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of the runs of capitalised words in ``text[start:end]`` that may name people.

    A run's leading words of a class that is no name are left out ("Братьев Нуржана" is
    Нуржана); a run of such words alone is none. For the grammars, which read no document.
    """
    grammar = grammar_for(language)
    found = []
    for match in grammar.name.finditer(text, start, end):
        for word in grammar.capitalised.finditer(text, match.start(), match.end()):
            if word[0].split()[-1].lower().removesuffix("'s") not in grammar.not_name:
                found.append((word.start(), match.end()))
                break
    return found


_LONG_WORD = regex.compile(r"\b\w{4,}")


def initials_again(masked: str, names: list[Mention]) -> list[Mention]:
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


def title_case(quote: str) -> bool:
    """Whether a long quotation is a title, so no name in it is a person's.

    Most of its long words are capitalised: "On Amendments ... in Narcotic Drugs, Psychotropic
    Substances".
    """
    words = _LONG_WORD.findall(quote)
    return len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.6 * len(words)


def read_names(
    grammar: Grammar,
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
    bare = ""
    for word in [*words, None]:
        # the word without its initials: "U.S. Embassy" is an embassy
        previous, bare = bare, word[0].split()[-1].lower().removesuffix("'s") if word else ""
        if bare in grammar.heads:
            run = []  # "Ayan Media", "Shygys Zhol Kurylys LLP", "Tole Bi Street"
            continue
        if word is not None and (
            (
                bare not in grammar.not_name
                and f"{previous} {bare}" not in grammar.not_name  # "Sunni Muslim X"
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
