"""Charge names in English news prose, mapped to the bundled taxonomy of Kazakhstan's Criminal Code.

The taxonomy (``kzjustice/data/charges.csv``) lists each charge's key, Criminal Code article and
part, English name and aliases. ``find_charges`` finds every alias in a passage ("acts of
torture", "abuse of office", "participation in mass riots"), with the forms a verb takes
("torturing"), and every charge named after a charge cue ("convicted of wire fraud", "charged
with bribe-taking", "on charges of abuse of office", "found guilty of X and Y", a quoted name
after "convicted of"), known or not; ``charge_for`` maps a charge's own words, such as a quoted
charge name, to a record. An alias listed under two keys ("abuse of power") maps to neither:
the text keeps its words and no key, as does any charge the taxonomy does not know, which is
never dropped.

After a cue, the charges run to the end of the clause: punctuation other than a comma, a verb
("and was sentenced"), a relative word ("which", "who"), "for", or a place or date ("in Almaty",
"on Monday", "in absentia"). They are split at commas, "and", "or" and "as well as", except where
two nouns share a complement ("illegal acquisition and storage of weapons" is one charge); a
part holding an alias is that alias, and a part that begins with a preposition qualifies the
charge before it ("theft on an especially large scale" is the theft).
"""

from __future__ import annotations

import bisect
import csv
import io
from collections.abc import Mapping
from importlib import resources
from types import MappingProxyType

import attrs
import regex

from kzjustice._text import MATCH_REACH, compile_lazily, keyword_trie, lowercase, normalise
from kzjustice.models import Charge, Found, Span

__all__ = ["charge_for", "find_charges", "taxonomy"]


@attrs.frozen
class Entry:
    """One row of the taxonomy."""

    key: str
    article: int | None  # the taxonomy does not know every article number
    part: int | None  # nor every part
    name: str
    aliases: tuple[str, ...]


def _read_taxonomy() -> tuple[Entry, ...]:
    text = resources.files("kzjustice").joinpath("data/charges.csv").read_text(encoding="utf-8")
    return tuple(
        Entry(
            key=row["key"],
            article=int(row["article"]) if row["article"].strip() else None,
            part=int(row["part"]) if row["part"].strip() else None,
            name=row["name_en"],
            aliases=tuple(a.strip().lower() for a in row["aliases_en"].split(";") if a.strip()),
        )
        for row in csv.DictReader(io.StringIO(text))
    )


def _index(entries: tuple[Entry, ...]) -> Mapping[str, Entry | None]:
    """Each alias and the entry it names; None for an alias under two keys."""
    found: dict[str, Entry | None] = {}
    for entry in entries:
        for alias in entry.aliases:
            found[alias] = None if alias in found and found[alias] != entry else entry
    return MappingProxyType(found)


_TAXONOMY = _read_taxonomy()
_BY_ALIAS = _index(_TAXONOMY)


def taxonomy() -> tuple[Entry, ...]:
    """Return the bundled taxonomy, read from the package data on import."""
    return _TAXONOMY


def _forms(alias: str) -> tuple[str, ...]:
    """An alias and the verb forms of a one-word alias in "-e": "torture", "torturing"."""
    if " " in alias or not alias.isalpha() or len(alias) < 6 or not alias.endswith("e"):
        return (alias,)
    stem = alias[:-1]
    return (alias, stem + "es", stem + "ed", stem + "ing")


# Every form of every alias, longest first ("acts of torture" before "torture"), matched in
# lower-cased text as a trie: several times faster than an alternation.
_PATTERN = compile_lazily(
    r"\b" + keyword_trie((f for a in _BY_ALIAS for f in _forms(a)), whole=True) + r"\b",
    plain=True,
)


def charge_for(words: str) -> Charge:
    """Return the charge a name or phrase states, mapped where the taxonomy knows it.

    >>> charge_for("Participation in mass riots").article
    272
    >>> charge_for("abuse of power").key is None  # listed under two keys
    True
    >>> charge_for("invasion of a building").key is None
    True
    """
    entry = _lookup(words)
    if entry is None:
        return Charge(text=words)
    return Charge(text=words, key=entry.key, article=entry.article, part=entry.part)


def _lookup(words: str) -> Entry | None:
    key = " ".join(words.lower().split()).strip(" .,;:'\"")
    if key in _BY_ALIAS:
        return _BY_ALIAS[key]
    match = _PATTERN.fullmatch(key)
    return _BY_ALIAS.get(_base(match[0])) if match else None


def _base(found: str) -> str:
    """The alias a matched form stands for: "torturing" and "tortured" are "torture"."""
    lower = found.lower()
    if lower in _BY_ALIAS:
        return lower
    for suffix in ("ing", "ed", "es", "s"):
        stem = lower.removesuffix(suffix)
        for alias in (stem, stem + "e"):
            if stem != lower and alias in _BY_ALIAS:
                return alias
    return lower


CUES = (
    "convicted of", "found guilty of", "pleaded guilty to", "guilty of", "charged with",
    "charges of", "charge of", "counts of", "count of", "accused of", "suspected of",
    "acquitted of", "cleared of", "suspicion of", "convicted on charges of",
)  # fmt: skip
"""What stands before a charge's name: "convicted of wire fraud", "charged with bribe-taking"."""
STOP_WORDS = (
    "was", "were", "is", "are", "be", "been", "being", "has", "had", "have", "will", "would",
    "could", "can", "may", "might", "must", "sentenced", "jailed", "fined", "given", "received",
    "got", "faces", "facing", "faced", "ordered", "handed", "placed", "released", "acquitted",
    "convicted", "pleaded", "appealed", "denied", "told", "said", "says", "each", "both",
    "after", "before", "because", "which", "who", "whom", "whose", "that", "while", "when",
    "where", "since", "during", "until", "than", "but", "if", "following", "amid", "despite",
    "according", "last", "earlier", "later", "yesterday", "today", "then", "also", "for",
    "over", "about", "regarding", "concerning", "in connection", "related", "carries",
    "carrying", "punishable", "under", "between", "citing", "saying", "adding", "noting",
    "arguing", "claiming", "calling", "describing", "against him", "against her",
    "against them",
)  # fmt: skip
"""Words that end a clause's charges: "convicted of fraud | and sentenced", "| which carries"."""
NOT_CHARGES = ("the same", "same", "such", "similar", "these", "those", "other", "the other")
"""Words that begin a reference to charges named elsewhere, not a charge's name."""

_WORD = r"[\w'-]+"  # in normalised text: no curly apostrophes
_STOP = r"""(?: (?: and \s+ )? \L<stop_word> \b
              | (?: in | on | at | by | from ) \s+ (?: (?-i: [A-Z0-9] ) | absentia \b
                                                  | (?: a | the ) \s+ (?: court | judge | city )
                                                  | (?: this | last | next ) \b ) )"""
_ITEM = rf"""(?: " [^"\n]{{1,120}} " | (?! {_STOP} ) {_WORD} )"""  # a quoted name or a word
# A charge cue and the clause of charges after it ("charges"), one word or quote at a time.
_CHARGES = compile_lazily(
    rf"""
    \L<cue> \s+
    (?P<charges> {_ITEM} (?: (?: \s*+ , \s*+ | \s++ ) {_ITEM} ){{0,24}}+ )
    (?P<stopped> \s*+ ,?+ \s*+ {_STOP} )?
    """,
    regex.VERBOSE | regex.IGNORECASE,
    cue=CUES,
    stop_word=STOP_WORDS,
)
# The first words of the cues, found first to say where to try them.
_CUE_HINT = compile_lazily(
    r"\b(?:" + keyword_trie({cue.split()[0] for cue in CUES}) + ")", plain=True
)
# Where a clause of charges splits into charges: "fraud, forgery and abuse of office".
_SEPARATOR = r"\s*+ , \s*+ (?: (?: and | or ) \s+ )? | \s+ (?: and | or | as \s+ well \s+ as ) \s+"
_SPLIT = compile_lazily(_SEPARATOR, regex.VERBOSE | regex.I)
_NEXT_SPLIT = compile_lazily(rf'{_SEPARATOR} | "', regex.VERBOSE | regex.I)
_QUOTE = compile_lazily(r'" (?P<inner> [^"\n]+? ) [,.]? "', regex.VERBOSE)
_PREPOSITION = compile_lazily(
    r"\b (?: on | in | of | by | with | against | to | from | at | into | as ) \b",
    regex.VERBOSE | regex.I,
)
_DETERMINER = compile_lazily(
    r"(?: the | a | an | his | her | their | its ) (?: \s+ | \Z )", regex.VERBOSE | regex.I
)
_NOT_A_NAME = compile_lazily(
    r"\L<not_charge> \b | [0-9]", regex.VERBOSE | regex.I, not_charge=NOT_CHARGES
)


def find_charges(text: str) -> tuple[Found[Charge], ...]:
    """Return every charge ``text`` names, in order: those the taxonomy knows, and any after a cue.

    >>> found = find_charges("on charges of acts of torture and abuse of office")
    >>> [(f.text, f.value.key) for f in found]
    [('acts of torture', 'torture'), ('abuse of office', 'abuse_of_office')]
    >>> [(f.text, f.value.key) for f in find_charges("He was convicted of wire fraud.")]
    [('wire fraud', None)]
    """
    normal = normalise(text)
    lower = lowercase(normal)
    known = [(match.start(), match.end()) for match in _PATTERN.finditer(lower)]
    spans = set(known)
    read = 0  # where the last clause of charges ended
    for hint in _CUE_HINT.finditer(lower):
        if hint.start() < read:
            continue
        clause = _CHARGES.match(normal, hint.start(), hint.start() + MATCH_REACH)
        if clause is not None:
            spans.update(_named(clause, known))
            read = clause.end("charges")
    found = []
    covered = 0
    for start, end in sorted(spans, key=lambda span: (span[0], -span[1])):
        if start < covered:
            continue  # an alias inside a quoted name: the name is the charge
        covered = end
        words = text[start:end]
        found.append(Found(value=charge_for(words), span=Span(start, end), text=words))
    return tuple(found)


def _named(clause: regex.Match[str], known: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The charges a clause names besides the taxonomy's aliases: quoted, or as written."""
    text = clause.string
    quoted, pieces = _split(clause)

    def known_in(piece: tuple[int, int]) -> bool:
        index = bisect.bisect_left(known, (piece[1],))  # the aliases starting before its end
        return index > 0 and known[index - 1][1] > piece[0]

    found = list(quoted)
    index = 0
    while index < len(pieces):
        start, end = pieces[index]
        index += 1
        if known_in((start, end)) or _NOT_A_NAME.match(text, start):
            continue  # "abuse of office": the taxonomy's; "the same charge"
        if _PREPOSITION.match(text, start):
            continue  # "on an especially large scale" qualifies the charge before it
        after = pieces[index] if index < len(pieces) else None
        if (
            after is not None
            and not known_in(after)
            and not _PREPOSITION.search(text, start, end)
            and _PREPOSITION.search(text, *after)
        ):
            end = after[1]  # "acquisition and storage of weapons": one charge
            index += 1
        determiner = _DETERMINER.match(text, start, end)
        begin = determiner.end() if determiner else start
        if begin < end:  # not a determiner alone: "... and a"
            found.append((begin, end))
    return found


def _split(clause: regex.Match[str]) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Cut a clause of charges at its separators: the quoted names, and the other parts."""
    text, end = clause.string, clause.end("charges")
    quoted: list[tuple[int, int]] = []
    pieces: list[tuple[int, int]] = []
    position, after_quote, comma, last = clause.start("charges"), False, False, ""
    while position < end:
        split = _SPLIT.match(text, position, end)
        if split is not None:
            position, after_quote, comma = split.end(), False, "," in split[0]
        elif text[position] == '"':
            quote = _QUOTE.match(text, position, end)
            if quote is None:
                break
            quoted.append(quote.span("inner"))
            position, after_quote, last = quote.end(), True, "quote"
        elif after_quote:
            break  # '"calls for mass riots" over a series of videos': the name was quoted
        else:
            boundary = _NEXT_SPLIT.search(text, position, end)
            piece_end = boundary.start() if boundary else end
            pieces.append((position, piece_end))
            position, last = piece_end, "piece"
    if last == "piece" and comma and clause["stopped"]:
        pieces.pop()  # '"torture", the office said': the last part is the next clause's
    return quoted, pieces
