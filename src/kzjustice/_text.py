"""Offset-preserving normalisation, and the sentence boundaries of prose.

``normalise`` only swaps one character for one other (no-break spaces for spaces, curly quotes
and guillemets for straight ones, dashes for a hyphen, and "е" for "ё", as most Russian print
writes it), so every offset into its result is an offset into the caller's text. Grammars match
on the normalised copy and slice evidence from the original.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable
from types import MappingProxyType
from typing import Any, cast

import regex

__all__ = [
    "MATCH_REACH",
    "UPPER",
    "Sentences",
    "compile_lazily",
    "keyword_trie",
    "lowercase",
    "normalise",
    "sentence_start",
]

_SPACES = "\u00a0\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t"
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"
_SWAPS = MappingProxyType(
    {
        **dict.fromkeys(_SPACES, " "),
        **dict.fromkeys(_DASHES, "-"),
        **dict.fromkeys("\u2018\u2019\u201a\u201b\u2032\u02bc\u0060\u00b4", "'"),
        **dict.fromkeys("\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb", '"'),
        "\u0451": "\u0435",  # ё: Russian words are listed and matched with е
        "\u0401": "\u0415",
    }
)


BULLET = r"[•·‣◦*\u2013\u2014\p{So}-]"
"""A list item's mark before its first word: "•", "-", a dash, "●", an emoji."""

MATCH_REACH = 400
"""How far past its start one match may run. Every ``match`` at a position in a long text is
given this as its end: without one, the regex module looks for a pattern's required words all
the way to the end of the text, which makes matching at each of many positions quadratic.

A pattern read backwards (``(?r)``) that ends in ``\\Z`` can only match where a backwards
scan starts, at the end of the slice: such a pattern is called with ``match``, which tries
that one position, never with ``search``, which tries every position of the slice too."""


_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "split")


class _LazyPattern:
    """A pattern compiled on its first use.

    The grammars are large: compiling them all at import would take a quarter of a second, and
    many programs import kzjustice to use one of them. On first use the compiled pattern's
    methods are stored in slots of their own, so later calls find them without a detour
    through ``__getattr__``. Compiling twice, from two threads at once, gives the same
    pattern, so the one-time write needs no lock.
    """

    __slots__ = (
        "_alternatives",
        "_compiled",
        "_flags",
        "_lists",
        "_needs",
        "_pattern",
        "_plain",
        *_METHODS,
    )

    def __init__(
        self,
        pattern: str | tuple[str, ...],
        flags: int,
        lists: dict[str, Any],
        needs: tuple[str, ...] = (),
        plain: bool = False,
    ) -> None:
        self._alternatives = () if isinstance(pattern, str) else pattern
        if isinstance(pattern, str):
            self._pattern = pattern
        else:  # a comment on an alternative's last line ends before the next one
            end = "\n" if flags & regex.X else ""
            self._pattern = "|".join(f"(?:{alternative}{end})" for alternative in pattern)
        self._flags = flags
        self._lists = lists
        self._needs = needs
        self._plain = plain
        self._compiled: regex.Pattern[str] | None = None

    def __getattr__(self, name: str) -> Any:
        # Only reached for an attribute not set yet: the first use of a method, or anything a
        # pattern has beyond them ("pattern", "groupindex").
        compiled = self._compiled
        if compiled is None:
            compiled = regex.compile(self._pattern, self._flags, **self._lists)
            for method in _METHODS:
                object.__setattr__(self, method, getattr(compiled, method))
            if self._plain:
                twin = re.compile(self._pattern, _re_flags(self._flags))
                for method in _PLAIN_METHODS:
                    bound = _ascii_first(getattr(twin, method), getattr(compiled, method))
                    object.__setattr__(self, method, bound)
            if self._alternatives:
                apart = tuple(
                    regex.compile(
                        alternative, self._flags, **{**self._lists, "ignore_unused": True}
                    )
                    for alternative in self._alternatives
                )
                object.__setattr__(self, "finditer", _scan_apart(apart, compiled.match))
            if self._needs:
                for method in ("search", "match"):
                    needing = _needing(
                        getattr(self, method), self._needs, bool(compiled.flags & regex.I)
                    )
                    object.__setattr__(self, method, needing)
            self._compiled = compiled
        return getattr(compiled, name)


def _scan_apart(alternatives: tuple[regex.Pattern[str], ...], match: Any) -> Any:
    """``finditer`` of a pattern made of ``alternatives``, none of which matches empty.

    The regex module tries every alternative at every position when they share no start it
    can look for; scanning each one alone is several times faster. The positions where any
    matches are where the whole pattern does, and it is matched there: the same matches, the
    leftmost first, none overlapping the one before.
    """

    def finditer(string: str, pos: int = 0, endpos: int | None = None) -> Any:
        starts = {
            found.start()
            for alternative in alternatives
            for found in alternative.finditer(string, pos, endpos, overlapped=True)
        }
        at = pos
        for start in sorted(starts):
            if start >= at and (found := match(string, start, endpos)) is not None:
                yield found
                at = max(found.end(), start + 1)

    return finditer


_PLAIN_METHODS = ("search", "match", "fullmatch", "finditer", "findall")  # the text first


def _re_flags(flags: int) -> int:
    """The standard library's flags for ``regex`` ones, of those both have."""
    pairs = ((regex.I, re.I), (regex.M, re.M), (regex.S, re.S), (regex.X, re.X))
    return sum(theirs for ours, theirs in pairs if flags & ours)


def _ascii_first(fast: Any, slow: Any) -> Any:
    """Call ``fast`` (the standard library's ``re``) on ASCII text, else ``slow`` (``regex``).

    Given a stretch (``pos``, ``endpos``), only it and the character before it are tested: a
    plain pattern looks no further back, and a test of the whole text at each of many calls
    over a long one would be quadratic.
    """

    def call(string: str, *args: Any, **kw: Any) -> Any:
        if kw or None in args or (args and args[0] < 0):
            return slow(string, *args, **kw)
        if args:
            ascii = string[max(args[0] - 1, 0) : args[1] if len(args) > 1 else None].isascii()
        else:
            ascii = string.isascii()  # at memory speed
        return fast(string, *args) if ascii else slow(string, *args)

    return call


# Letters that match an ASCII letter when case is ignored but are no ASCII letter in lower case:
# the long s ("s"), and the dotted capital I ("i"), whose lower case is "i" and a combining dot.
_FOLDS_TO_ASCII = ("\u017f", "\u0307")


def _needing(method: Any, needs: tuple[str, ...], fold: bool) -> Any:
    """``method`` (``search`` or ``match``), called only where one of ``needs`` is written.

    With ``fold`` (a pattern that ignores case), ``needs`` are lower case and looked for in the
    stretch in lower case; a stretch with a letter of ``_FOLDS_TO_ASCII`` is always read.
    """

    def call(string: str, pos: int = 0, endpos: int | None = None, *args: Any, **kw: Any) -> Any:
        end = len(string) if endpos is None else endpos
        if fold:
            stretch = string[pos:end].lower()
            if not any(word in stretch for word in (*needs, *_FOLDS_TO_ASCII)):
                return None
        elif not any(string.find(word, pos, end) >= 0 for word in needs):
            return None  # str.find runs at memory speed, the pattern at each position
        return method(string, pos, endpos, *args, **kw)

    return call


def compile_lazily(
    pattern: str | tuple[str, ...],
    flags: int = 0,
    *,
    needs: tuple[str, ...] = (),
    plain: bool = False,
    **lists: Any,
) -> regex.Pattern[str]:
    r"""Return ``regex.compile(pattern, flags, **lists)``, compiled when first used.

    ``needs``, when given, are strings every match holds, as written, or in lower case where
    the pattern ignores case: ``search`` and ``match`` return None at once over a stretch with
    none of them.

    A tuple of ``pattern`` is its alternatives, scanned apart by ``finditer`` (see
    ``_scan_apart``); for everything else they are one pattern.

    ``plain`` says the pattern is one the standard library's ``re`` reads as ``regex`` does (no
    named lists, nothing else only ``regex`` knows) and looks back one character at most:
    ASCII text is then scanned by ``re``, which scans a vocabulary's trie about twice as fast;
    the two engines agree on every ASCII character, word or not. Its matches are ``re`` ones.

    >>> compile_lazily(r"\d+").findall("4 to 6 years")
    ['4', '6']
    >>> compile_lazily(r"[Cc]ourt", needs=("ourt",)).search("the judge") is None
    True
    """
    return cast("regex.Pattern[str]", _LazyPattern(pattern, flags, lists, needs, plain))


# Latin and Greek letters that look like Cyrillic ones, as some pages write inside Russian words
# ("пοдошли", "Kеримов"): in a word with Cyrillic letters they are read as those letters.
_LOOKALIKES = MappingProxyType(
    str.maketrans(
        "aceopxyABCEHKMOPTX"
        "\u03bf\u03ba\u03b1\u03b5\u03c1\u03c4\u03c7"
        "\u0391\u0392\u0395\u0397\u039a\u039c\u039f\u03a1\u03a4\u03a7",
        "асеорхуАВСЕНКМОРТХокаертхАВЕНКМОРТХ",
    )
)
_MIXED = compile_lazily(  # look-alikes touching a Cyrillic letter
    r"[aceopxyABCEHKMOPTX\u0391-\u03c9]+(?=\p{Cyrillic})"
    r"|(?<=\p{Cyrillic})[aceopxyABCEHKMOPTX\u0391-\u03c9]+"
)


@functools.lru_cache(maxsize=8)  # the grammars of one article normalise one text in turn
def normalise(text: str) -> str:
    r"""Return ``text`` with look-alike characters swapped one for one; the length is unchanged.

    >>> normalise("4\u20137 January, \u201cterror\u201d\u00a0cases")
    '4-7 January, "terror" cases'
    >>> normalise("\u00abосуждён\u00bb") == '"осужден"'
    True
    >>> normalise("п\u03bfдошли к Kерим\u03bfву") == "подошли к Керимову"  # omicron, Latin K
    True
    """
    if text.isascii():  # nothing to swap: the check runs at memory speed
        return text
    # str.translate goes character by character in Python; replacing only the characters
    # present runs in C and is thirty times faster on news text, which holds a handful.
    for character, replacement in _SWAPS.items():
        if character in text:
            text = text.replace(character, replacement)
    return _MIXED.sub(lambda run: run[0].translate(_LOOKALIKES), text)


def lowercase(text: str) -> str:
    """Return ``text`` in lower case, character for character, so offsets survive.

    >>> lowercase("JAILED \u0130stanbul")
    'jailed \u0130stanbul'
    """
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    # A few characters lower to two ("\u0130" to "i\u0307"): keep those as they are.
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def keyword_trie(words: Iterable[str], *, whole: bool = False) -> str:
    r"""Return a pattern matching any of ``words`` (lower case) as a trie.

    A trie fails on the first character that no word continues with, so scanning lower-cased
    text for a vocabulary is several times faster than with a plain alternation. By default a
    word matches as a prefix (its longer forms match through it); with ``whole``, only whole
    words of the list match, longest first (follow the pattern with ``\b``).

    >>> keyword_trie(["fine", "fined", "five"])
    'fi(?:ne|ve)'
    >>> keyword_trie(["mar", "march", "may"], whole=True)
    'ma(?:r(?:ch)?|y)'
    """
    trie: dict[str, dict[str, Any]] = {}
    for word in words:
        node = trie
        for character in word:
            node = node.setdefault(character, {})
        node[""] = {}

    def render(node: dict[str, Any]) -> str:
        if "" in node and (not whole or len(node) == 1):
            return ""  # a word ends here
        branches = [regex.escape(c) + render(child) for c, child in sorted(node.items()) if c]
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:  # a whole word ends here, and longer ones go on
            return body + "?" if body.startswith("(?:") else f"(?:{body})?"
        return body

    return render(trie)


# Abbreviations whose full stop does not end a sentence.
ABBREVIATIONS = (
    "mr", "mrs", "ms", "dr", "st", "no", "nos", "art", "arts", "gen", "lt", "col", "sgt",
    "capt", "maj", "prof", "jr", "sr", "inc", "ltd", "co", "corp", "vs", "etc", "approx",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "pt", "para",
    "kh", "zh", "sh", "ch", "ts", "yu", "ya", "ye", "yo",  # initials: "Kh. T. Karimov"
    # Russian: "г. Алматы", "2022 г.", "ч. 3 ст. 272", "500 тыс. тенге", "ул. Абая", "Дж. Смит"
    "г", "гг", "ст", "ч", "п", "пп", "тыс", "млн", "млрд", "руб", "ул", "им", "обл", "пос",
    "мкр", "пр", "др", "см", "дж",
)  # fmt: skip
UPPER = "A-ZА-ЯЁӘҒҚҢӨҰҮҺІЎ"
"""Capital letters, Latin and Cyrillic (with Kazakh, Kyrgyz and Uzbek letters), for classes."""

_BOUNDARY = compile_lazily(
    rf"""
    \n\s*\n                                   # a blank line
  | \n(?=\s*\S)                               # a line break: headlines, list items, bylines
  | (?<! \b\L<abbreviation> | \b[{UPPER}] | \b(?:[a-z]\.){{1,3}}[a-z] )  # not "Mr.", "A.", "e.g."
    [.!?]++ ['")\]]*+ \s++ (?=['"(]?[{UPPER}0-9])  # the end of a sentence, then a capital or digit
  | ;\s++                                     # a semicolon separates as well as a full stop
    """,
    regex.VERBOSE,
    abbreviation=[*ABBREVIATIONS, *(word.capitalize() for word in ABBREVIATIONS)],
)


def sentence_start(text: str, offset: int, reach: int) -> int:
    """Where the sentence holding ``offset`` starts, looking back at most ``reach`` characters.

    >>> sentence_start("He was jailed. Mr. Ak was not.", 20, 100)
    15
    >>> sentence_start("Суд вынес приговор в г. Алматы. Ему дали 5 лет.", 40, 100)
    32
    """
    floor = max(0, offset - reach)
    last = floor
    for boundary in _BOUNDARY.finditer(text, floor, offset):
        last = boundary.end()
    return last


@functools.lru_cache(maxsize=2)
def _boundaries(text: str) -> tuple[int, ...]:
    """Where each sentence of ``text`` ends; an article's body is split by more than one stage."""
    return tuple(match.end() for match in _BOUNDARY.finditer(text))


class Sentences:
    """The sentence boundaries of a text, for finding the sentence around an offset."""

    __slots__ = ("_ends", "_length")

    def __init__(self, text: str) -> None:
        """Find the boundaries of ``text`` (normalised or not) once."""
        self._ends = _boundaries(text)
        self._length = len(text)

    def around(self, offset: int) -> tuple[int, int]:
        """Return the ``[start, end)`` of the sentence holding ``offset``.

        >>> Sentences("He was jailed. Mr. Ak was not.").around(20)
        (15, 30)
        """
        index = bisect.bisect_right(self._ends, offset)
        start = self._ends[index - 1] if index else 0
        end = self._ends[index] if index < len(self._ends) else self._length
        return start, end
