"""The English grammar of the reader's figures stage: statistics, apart from the defendants."""

from __future__ import annotations

from types import MappingProxyType

import regex

from kzjustice import figures
from kzjustice._text import compile_lazily, keyword_trie
from kzjustice.lexicon import Lexicon
from kzjustice.models import Bound
from kzjustice.numbers import NUMBER_LISTS, to_number

__all__ = ["figures_grammar"]

_FLAGS = regex.VERBOSE | regex.IGNORECASE


def figures_grammar(words: Lexicon) -> figures._Grammar:
    """English statistics."""
    return figures._Grammar(
        # Anchored on what is counted, which is rarer than numbers, and read leftwards to the
        # figure; run on lower-cased text.
        statistic=compile_lazily(
            rf"""
            \b {keyword_trie(words.statistic_nouns, whole=True)} \b
            (?<= (?: (?P<bound> nearly | almost | about | around | approximately | some
                              | roughly | at \s+ least | more \s+ than | over | up \s+ to
                              | fewer \s+ than | less \s+ than | a \s+ total \s+ of ) \s+ )?
                 (?<! [\w.,-] )
                 (?P<figure> [0-9]{{1,3}} (?: ,[0-9]{{3}} )+ | [0-9]+ | \L<unit_word>
                           | \L<teen_word> | \L<tens_word> (?: - \L<unit_word> )? )
                 (?! [\w,.-] | \s+ (?: years? | months? | days? ) )
                 \s+ (?P<words> (?: [a-z][\w-]* \s+ ){{0,4}}? ) [a-z]+ )
            (?P<tail> (?: \s+ and \s+ (?: others
                                        | [a-z]+ (?= \s+ (?: have | has | were | are ) \b ) ) )?
                      (?: \s+ (?: (?: have | has | had ) \s+ (?: since \s+ )? been | were | was
                                  | are | have | had | lost ) \s+ [a-z]+
                          (?: \s+ their \s+ lives )? )? )
            """,
            regex.VERBOSE,
            ignore_unused=True,
            **NUMBER_LISTS,
        ),
        # "sentenced five former police officers", "the four officers convicted this week"
        trial_object=compile_lazily(
            r"""(?r) (?: \b (?: sentenced | convicted | tried | jailed | acquitted | charged ) \s+
                  | \b (?: (?: case | verdict | charges ) \s+ against
                        | verdicts? \s+ (?: to | for | on ) | convictions \b [^.;]{0,30} \b of )
                    \s+
                  | \b the \s+ ) \Z""",
            _FLAGS,
        ),
        bounds=MappingProxyType(
            {
                "nearly": Bound.APPROX,
                "almost": Bound.APPROX,
                "about": Bound.APPROX,
                "around": Bound.APPROX,
                "approximately": Bound.APPROX,
                "some": Bound.APPROX,
                "roughly": Bound.APPROX,
                "at least": Bound.AT_LEAST,
                "more than": Bound.MORE_THAN,
                "over": Bound.MORE_THAN,
                "up to": Bound.AT_MOST,
                "fewer than": Bound.AT_MOST,
                "less than": Bound.AT_MOST,
            }
        ),
        bounds_of_digits=frozenset({"over"}),
        number=to_number,
    )
