"""Russian words of penalties that more than one stage of the reader matches.

The kind phrases and their groups, the word "условно", and how far a cue or a kind word
reaches.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

import regex

from kzjustice._text import compile_lazily
from kzjustice.models import Kind, Term, TermRange
from kzjustice.ru.numbers import NUMBER, NUMBER_LISTS

FLAGS = regex.VERBOSE | regex.IGNORECASE
FORCED_WORK = compile_lazily(r"\b принудительн", FLAGS)
"""Forced labour's words ("принудительных работ"): in hours it is community work."""


def years_only(term: Term | TermRange | None) -> bool:
    """Whether a term is whole years alone: "5 лет", not "5 лет и 6 месяцев"."""
    return isinstance(term, Term) and term == Term(years=term.years) if term else False


CONDITIONAL = r"условно (?: го | е | й | м | му )? \b (?! - )"
"""The word "conditional" with no noun for the penalty: "3 года условно", "условного"; not
"условно-досрочно" (parole)."""

KIND_PHRASES: Mapping[Kind, str] = MappingProxyType(
    {
        Kind.NON_CUSTODIAL: r"""(?: не \s+ связанн\w+ \s+ с \s+ (?: реальным \s+ )?
                                   лишением \s+ свободы )""",
        Kind.SUSPENDED: rf"""(?: условн (?: ый | ого | ому | ым | ом | ое | ые | ых | ыми ) \s+
                               (?: срок\w* | наказани\w+ | осуждени\w+ | лишени\w+ \s+ свободы )
                             | {CONDITIONAL} )""",
        Kind.RESTRICTED_FREEDOM: r"""(?: ограничени\w+ \s+ свободы
                                        | [«"]? (?: домашн\w+ \s+ )? хими (?: я | и | ю | ей ) \b
                                          [»"]? )""",  # "«химия»": restricted freedom's name
        Kind.COMMUNITY_SERVICE: r"(?: (?: общественн | обязательн ) \w+ \s+ работ\w* )",
        Kind.CORRECTIONAL_LABOUR: r"(?: (?: исправительн | принудительн ) \w+ \s+ работ\w* )",
        Kind.ADMINISTRATIVE_ARREST: r"""(?: (?: административн\w+ \s+ )?
                                           арест (?: а | у | ом | е )? \b
                                         | спецпри[её]мник\w* )""",  # "15 суток спецприемника":
        # where an administrative arrest is served
        Kind.PROBATION: r"(?: пробационн\w+ \s+ надзор\w* | пробаци (?: я | и | ю | ей ) \b )",
    }
)
"""How each kind besides imprisonment is worded after or before its term."""

_TERM_KINDS = (
    Kind.NON_CUSTODIAL, Kind.SUSPENDED, Kind.RESTRICTED_FREEDOM, Kind.COMMUNITY_SERVICE,
    Kind.CORRECTIONAL_LABOUR, Kind.ADMINISTRATIVE_ARREST, Kind.PROBATION,
)  # fmt: skip


def kind_groups(*, imprisonment: str) -> str:
    """The kind phrases as groups named by their kind; ``imprisonment`` names a prison term."""
    groups = [f"(?P<{kind.value}> {KIND_PHRASES[kind]} )" for kind in _TERM_KINDS]
    return "(?: " + " | ".join([*groups, f"(?P<imprisonment> {imprisonment} )"]) + " )"


LIST_BEFORE = compile_lazily(
    rf"""(?r) (?<! \b (?: ст | ч | статьи | части | статей | частей ) \.? \s++ )
        (?: (?: \b по \s+ )? {NUMBER} (?: \s*+ , \s*+ | \s+ (?: и | или ) \s+ ) )+ \Z""",
    FLAGS,
    ignore_unused=True,
    **NUMBER_LISTS,
)

CUE_REACH = 160  # how far back, within a sentence, a word may govern a penalty
ATTACH_REACH = 70  # how far a kind word may stand from its term
