"""What the Russian people grammars share: letters, flags, the verb form, genitive nouns."""

from __future__ import annotations

import functools

import regex

from kzjustice.ru import inflect

FLAGS = regex.VERBOSE | regex.IGNORECASE

UPPER = "[А-ЯЁӘҒҚҢӨҰҮҺІЎҲ]"
LOWER = "[а-яёәғқңөұүһіўҳ]"


@functools.cache
def genitive_nouns() -> frozenset[str]:
    """The genitive (and animate accusative) singular of the masculine person nouns.

    A name after one is in that case ("активиста Каласа Нурпеисова"), whatever its bearer's
    gender ("журналиста Айгерим Тлеужан"); not after a form that is also a noun's nominative
    ("супруга").
    """
    classes = ("person_nouns", "role_nouns", "female_words")
    nominatives = {lemma for name in classes for lemma, _, _ in inflect.lemmas(name)}
    return (
        frozenset(
            inflect.forms(lemma, paradigm, changes)[1]
            for name in classes
            for lemma, paradigm, changes in inflect.lemmas(name)
            if paradigm in ("m", "m_soft", "m_j", "adj", "adj_m") and " " not in lemma
        )
        - nominatives
    )


# A word that ends as a verb does: "приговорили", "заключила", "признается"; not "дела".
VERB = r"(?: \p{Ll}{3,} (?: л | ла | ли | ло | ет | ит | ют | ят | ся | сь ) \b )"
