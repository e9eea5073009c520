"""Joining the lines of hard-wrapped wire copy into paragraphs."""

from __future__ import annotations

import regex

from kzjustice._page.vocabulary import furniture
from kzjustice._text import compile_lazily

# A line break inside a sentence of hard-wrapped copy: after a long line ending in a lower-case
# letter, a digit or a comma, before a lower-case letter ("stood\ntrial", "to 20\nyears"), or
# after a word that cannot end a sentence, before any letter ("in the city of\nJalal-Abad"); or
# inside a name, between two long lines, before a word the sentence goes on after
# ("Nakanune.kz, Guzal\nBaidalinova, was sentenced").
_WRAP = compile_lazily(
    r"""(?<= [^\n]{40} )
        (?: (?<= [\p{Ll}\p{Nd},] ) \n (?= \p{Ll} )
          | (?<= \s \L<line_end> ) \n (?= \p{L} )
          | (?<= [^\n]{40} \n [^\n]{40,} \s \p{Lu}\p{Ll}+ ) \n
            (?= \p{Lu}\p{Ll}+ (?: , \s+ | \s+ ) \p{Ll} ) )""",
    regex.VERBOSE,
    line_end=furniture("line_end_words"),
)


def unwrap(text: str) -> str:
    """``text`` with the line breaks of hard-wrapped copy as spaces; the length is unchanged."""
    return _WRAP.sub(" ", text) if "\n" in text else text
