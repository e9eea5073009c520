"""Russian: the grammars that read Russian court news, beside the English ones.

One module per grammar, as for English: ``numbers`` (cardinals, ordinals, collectives in every
case and gender), ``terms`` ("7 лет", "к семи годам", "полтора года", "от трёх до пяти лет"),
``penalties`` (kind, status, term, fine and ban), ``dates`` ("5 января 2022 года", "в прошлом
году"), ``charges`` ("по ч. 3 ст. 272 УК РК", offence names), ``names`` (a name in any case
reduced to the nominative, its gender, and a Latin key for matching across languages) and
``inflect`` (the case forms of the Russian lexicon, generated from its lemmas).

``docs/russian.md`` lists every form read.
"""
