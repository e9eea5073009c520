"""The Russian grammar of the reader's figures stage: statistics, apart from the defendants."""

from __future__ import annotations

from types import MappingProxyType

import regex

from kzjustice import figures
from kzjustice._text import compile_lazily, keyword_trie
from kzjustice.lexicon import Lexicon
from kzjustice.models import Bound
from kzjustice.ru.numbers import NUMBER_LISTS, to_number

__all__ = ["figures_grammar"]

_FLAGS = regex.VERBOSE | regex.IGNORECASE


def figures_grammar(words: Lexicon) -> figures._Grammar:
    """Russian statistics: "более 1 200 человек были осуждены"."""
    return figures._Grammar(
        statistic=compile_lazily(
            rf"""
            \b {keyword_trie(words.statistic_nouns, whole=True)} \b
            (?<= (?: (?P<bound> почти | около | примерно | порядка | не \s+ менее | более
                              | свыше | до | менее ) \s+ )?
                 (?<! [\w.,-] )
                 (?P<figure> [0-9]{{1,3}} (?: [ \u00a0][0-9]{{3}} )+ | [0-9]+ )
                 (?! [\w,.-] | \s+ (?: лет | год\w* | месяц\w* | дн\w+ ) )
                 \s+ (?P<words> (?: \p{{Ll}}[\w-]* \s+ ){{0,4}}? ) \p{{Ll}}+ )
            (?P<tail> (?: \s+ (?: были | было | был ) \s+ \p{{Ll}}+ )? )
            """,
            regex.VERBOSE,
            ignore_unused=True,
            **NUMBER_LISTS,
        ),
        trial_object=compile_lazily(
            r"""(?: \b (?: приговорил\w* | осудил\w* | оправдал\w* | оштрафовал\w* ) \s+
                  | \b (?: дело | приговор ) \s+ в \s+ отношении \s+ ) \Z""",
            _FLAGS,
        ),
        bounds=MappingProxyType(
            {
                "почти": Bound.APPROX,
                "около": Bound.APPROX,
                "примерно": Bound.APPROX,
                "порядка": Bound.APPROX,
                "не менее": Bound.AT_LEAST,
                "более": Bound.MORE_THAN,
                "свыше": Bound.MORE_THAN,
                "до": Bound.AT_MOST,
                "менее": Bound.AT_MOST,
            }
        ),
        bounds_of_digits=frozenset(),
        number=lambda figure: to_number(figure.replace("\u00a0", " ")),
    )
