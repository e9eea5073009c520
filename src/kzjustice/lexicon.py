"""Word classes of each language, read once from ``data/<language>/*.txt``.

A class is a file named for it, the same in every language: UTF-8, one lower-case entry a
line, ``#`` starting a comment (a whole line, or after an entry), and the first lines saying
what the class is for and which stage reads it. Files list words and phrases; the code owns the
patterns built from them. A language is a folder: a second one adds data, not code. Russian
words are listed in every case form the text may use ("подсудимый", "подсудимого" ...), generated
from lemmas by :mod:`kzjustice.ru.inflect`, and with "е" for "ё", as ``normalise`` reads them.

>>> "officers" in lexicon("en").person_nouns
True
>>> "подсудимых" in lexicon("ru").person_nouns
True
>>> lexicon("en").person_nouns.entries[:3]
('defendants', 'defendant', 'co-defendants')
"""

from __future__ import annotations

import functools
import importlib
from collections.abc import Iterator
from importlib import resources
from typing import TypeVar

import attrs
import regex

__all__ = ["LANGUAGES", "Lexicon", "WordClass", "lexicon", "phrases", "stage_grammar", "unprefixed"]

LANGUAGES = ("en", "ru")
"""The languages with a lexicon."""


@attrs.frozen
class WordClass:
    """One class of words, in the order its file lists them, with fast membership."""

    name: str
    entries: tuple[str, ...]
    _members: frozenset[str] = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_members", frozenset(self.entries))

    def __contains__(self, word: object) -> bool:
        return word in self._members

    def __iter__(self) -> Iterator[str]:
        return iter(self.entries)

    def __len__(self) -> int:
        return len(self.entries)


@attrs.frozen
class Lexicon:
    """Every word class of one language; each field is read from the file of its name."""

    language: str
    countries: WordClass  # "Kazakhstan", "Kazakh": no name, no court's place
    places: WordClass  # cities and other places known by one word
    organisations: WordClass  # outlets, agencies, bodies known by one word
    not_name_words: WordClass  # capitalised words that are never part of a name
    pronouns_male: WordClass  # "he", "him", "his"
    pronouns_female: WordClass  # "she", "her"
    pronouns_plural: WordClass  # "they", "them", "each"
    pronouns_pair: WordClass  # "both"
    pronouns_distributive: WordClass  # "each"
    pronouns_possessive: WordClass  # "his", "their", "her" before a noun it owns
    pronouns_subject: WordClass  # "he", "она": a pronoun that is a sentence's subject
    function_words: WordClass  # "the", "who", "said": never a word of a description
    name_particles: WordClass  # "kyzy", "uly": lower-case words that end a name
    patronymic_endings: WordClass  # "ovich", "ovna": a patronymic's ending
    organisation_heads: WordClass  # "Media", "LLP": the last word of an organisation's name
    organisation_nouns: WordClass  # "firm", "movement" before an organisation's name
    place_heads: WordClass  # "Street", "Avenue": the last word of a place's name
    titles: WordClass  # "Judge", "Journalist" before a name
    honorifics: WordClass  # "Mr.", "г-н" before a name
    person_nouns: WordClass  # "officers", "defendant": what groups are made of
    generic_person_nouns: WordClass  # "defendants", "men": person nouns that give no role
    lone_person_nouns: WordClass  # "мужчина": a definite mention alone, with no article
    referring_plurals: WordClass  # "the defendants", "подсудимым": the people tried, as "they"
    role_nouns: WordClass  # "officer", "akim": the head of a role
    referring_nouns: WordClass  # "the defendant", "бывшего чиновника": one person spoken of
    role_endings: WordClass  # "er", "ist": endings that make a word a role noun
    role_modifiers: WordClass  # "police" in "police captain X"
    not_role_words: WordClass  # "other", "former" before a group's role
    court_types: WordClass  # "district", "regional": no court's place
    surname_endings: WordClass  # "ov", "uly": a lone word with one is a surname
    given_name_endings: WordClass  # "in", "ina": surname endings that end given names too
    female_surname_endings: WordClass  # "ova", "kyzy": a woman's surname
    male_surname_endings: WordClass  # "ov", "uly": a man's surname
    female_words: WordClass  # "woman", "mother", "Ms": a woman
    male_words: WordClass  # "man", "father", "Mr": a man
    verbs_object: WordClass  # "sentenced X", "X was jailed": the defendant is the object
    verbs_subject: WordClass  # "X got", "X faces": the defendant is the subject
    verbs_request: WordClass  # "prosecutors asked for", "sought"
    verbs_trial: WordClass  # "convicted", "went on trial": someone was tried
    verdict_words: WordClass  # "sentenced", "verdict": a sentence telling a verdict
    victim_cues: WordClass  # "killing X", "the murder of X": X is a victim
    victim_predicates: WordClass  # "X died", "X was injured": X is a victim
    not_defendant_roles: WordClass  # "judge", "lawyer", "witness": no defendant
    statistic_nouns: WordClass  # "people", "deaths": what an aggregate figure counts
    habitual_words: WordClass  # "usually", "как правило": what happens as a rule
    speech_verbs: WordClass  # "told", "сказала": a name beside one speaks
    official_speakers: WordClass  # "the court", "пресс-служба": a quotation's official source
    navigation: WordClass  # page lines that are navigation or share buttons
    tail_openers: WordClass  # "Read also", "Читайте также" opening a line: the tail starts
    tail_headings: WordClass  # "Latest" as a whole line: the tail starts
    published_labels: WordClass  # "Published:", "Опубликовано:" before the page's date
    byline_labels: WordClass  # "By", "Author:", "Автор:" before the author's name
    ago_phrases: WordClass  # "hours ago", "часа назад" after a number: a furniture line
    counter_words: WordClass  # "views", "подписчиков" beside a number: a furniture line
    institution_words: WordClass  # "прокуратура", "суд": a masthead naming an institution
    line_end_words: WordClass  # "of", "в": a wrapped line ending in one goes on in the next
    animals: WordClass  # "cattle" in "14 head of cattle": a count of animals, not people
    approximators: WordClass  # "more than", "около" before a count: no exact size
    vague_counts: WordClass  # "several", "несколько" in a count's place: no size stated


def _entries(text: str) -> tuple[str, ...]:
    entries = []
    for line in text.splitlines():
        entry = line.split("#", 1)[0].strip()
        if entry:
            entries.append(" ".join(entry.split()))
    return tuple(entries)


def read_class(language: str, name: str) -> WordClass:
    """Read the word class ``name`` of ``language`` from its file."""
    path = resources.files("kzjustice").joinpath(f"data/{language}/{name}.txt")
    return WordClass(name=name, entries=_entries(path.read_text(encoding="utf-8")))


@functools.cache
def lexicon(language: str) -> Lexicon:
    """Return the word classes of ``language`` ("en", "ru"), read on first use.

    Raises:
        ValueError: there is no lexicon for ``language``.
    """
    if language not in LANGUAGES:
        raise ValueError(f"no lexicon for language {language!r}; known: {', '.join(LANGUAGES)}")
    classes = {
        field.name: read_class(language, field.name)
        for field in attrs.fields(Lexicon)
        if field.name != "language"
    }
    return Lexicon(language=language, **classes)


GrammarT = TypeVar("GrammarT")


def stage_grammar(kind: type[GrammarT], language: str, module: str, builder: str) -> GrammarT:
    """Build a reader stage's grammar of ``language`` from its lexicon.

    The builder is ``kzjustice.<language>.<module>.<builder>``, imported only when the language
    is read: ``stage_grammar(_Grammar, "ru", "verdicts", "cases_grammar")``.

    Raises:
        ValueError: there is no lexicon for ``language``.
    """
    words = lexicon(language)
    built = getattr(importlib.import_module(f"kzjustice.{language}.{module}"), builder)(words)
    assert isinstance(built, kind)
    return built


def unprefixed(word: str, words: Lexicon) -> str:
    """A word in lower case less a hyphened prefix that is no part of a role.

    >>> unprefixed("Экс-министра", lexicon("ru"))
    'министра'
    """
    prefix, hyphen, rest = word.lower().partition("-")
    return rest if hyphen and prefix in words.not_role_words else word.lower()


def phrases(entries: WordClass | tuple[str, ...]) -> str:
    r"""Return a pattern matching any entry, longest first, a space matching any whitespace.

    >>> phrases(("on trial", "tried", "on"))
    '(?:on\\s+trial|tried|on)'
    """
    ordered = sorted(entries, key=lambda e: (-len(e), e))
    return "(?:" + "|".join(r"\s+".join(map(regex.escape, e.split())) for e in ordered) + ")"
