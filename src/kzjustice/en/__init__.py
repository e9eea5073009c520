"""English: the grammars of the reader's stages, built from the English lexicon.

``people`` (mentions, descriptions, chains) and ``verdicts`` (frames, distribution, cases,
charges, figures); ``kzjustice.ru`` has the Russian ones, field for field.
"""
