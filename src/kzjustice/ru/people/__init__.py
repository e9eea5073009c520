"""Russian grammars of the reader's people stages: mentions, descriptions, chains.

Each function builds one stage's grammar from the Russian lexicon, field for field as the
stage's English builder does; the stage module says what each field is for. Russian has no
articles and declines its names and nouns, so:

- names are runs of capitalised Cyrillic (or Latin) words with initials before or after
  ("А. Жубанов", "Жубанов А.Б.") and a particle ("Жасулан Серик улы");
- a group is a number (cardinal or collective, in any case) and a person noun ("трое
  полицейских", "четверым его подчиненным"); a description is one person: an age, "бывший"
  or an owner before a person noun ("41-летнего жителя", "бывший аким района", "его брат");
- a name's forms are its readings in the nominative (``kzjustice.ru.names``): "Сапарова"
  after "Ержан Сапаров" is him, and the record keeps "Ержан Сапаров" for "Ержана Сапарова".
"""

from __future__ import annotations

from kzjustice.ru.people.chain_grammar import chains_grammar
from kzjustice.ru.people.description_grammar import descriptions_grammar
from kzjustice.ru.people.mention_grammar import mentions_grammar
from kzjustice.ru.people.shared import genitive_nouns

__all__ = ["chains_grammar", "descriptions_grammar", "genitive_nouns", "mentions_grammar"]
