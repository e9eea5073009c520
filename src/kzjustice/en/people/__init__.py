"""English grammars of the reader's people stages: mentions, descriptions, chains.

Each function builds one stage's grammar from the English lexicon; the stage module says what
each field is for, and ``kzjustice.ru.people`` builds the same fields for Russian.
"""

from __future__ import annotations

from kzjustice.en.people.chain_grammar import chains_grammar
from kzjustice.en.people.description_grammar import descriptions_grammar
from kzjustice.en.people.mention_grammar import mentions_grammar

__all__ = ["chains_grammar", "descriptions_grammar", "mentions_grammar"]
