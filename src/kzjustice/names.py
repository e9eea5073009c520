"""Names as words: a name's surname, whether two names can be one person's, a gender.

Read by the chains, with each language's word classes (surname and patronymic endings).
"""

from __future__ import annotations

from kzjustice.lexicon import Lexicon

__all__ = [
    "gender_of_name",
    "initials_apart",
    "looks_like_surname",
    "plainly_surname",
    "same_given_name",
    "surname",
]


def surname(name: str, words: Lexicon) -> str:
    """The surname of a name: its last word, or its first before trailing initials.

    Before a given name and a patronymic, the first word: "Сапаров Ержан Болатович", and
    before a given name alone where only the first looks like a surname: "Нурланулы Бауыржан";
    before a particle, the word and the particle: "Kanybek Tashtanbek uulu" is "tashtanbek uulu".
    """
    found = [w for w in name.split() if not w.endswith(".")] or name.split()
    if len(found) >= 3 and found[-1].lower().endswith(tuple(words.patronymic_endings)):
        return found[0].lower()
    last = found[-1].lower().removesuffix("'s")
    if len(found) >= 2 and last in words.name_particles:
        return f"{found[-2].lower()} {last}"
    if len(found) == 3 and found[1].lower() in words.name_particles:
        return f"{found[0].lower()} {found[1].lower()}"  # "Серик кызы Алтынай"
    if (
        len(found) == 2
        and plainly_surname(found[0], words)  # not "Elvin Gasimli"
        and not looks_like_surname(found[1], words)
    ):
        return found[0].lower()  # surname first, as court releases write: "Нурланулы Бауыржан"
    return last


def same_given_name(known: str, other: str, words: Lexicon) -> bool:
    """Whether two names with one surname can name one person.

    "Nurbol Kadyrbekov", "N. Kadyrbekov" and "Kadyrbekov" can; "Yerlan Kadyrbekov" cannot;
    "Сапаров Ержан Болатович" and "Сапаров Е.Б." can.
    """
    family = [*surname(known, words).split(), *surname(other, words).split()]
    first = [w for w in initials_apart(known) if w.lower().removesuffix("'s") not in family]
    second = [w for w in initials_apart(other) if w.lower().removesuffix("'s") not in family]
    if not first or not second:
        return True
    a, b = first[0].rstrip("."), second[0].rstrip(".")
    return a == b or ((len(a) <= 2 or len(b) <= 2) and a[0] == b[0])


def initials_apart(name: str) -> list[str]:
    """The words of a name with run-together initials apart: "Е.Б. Сапаров" has "Е.", "Б."."""
    return name.replace(".", ". ").split()


def looks_like_surname(word: str, words: Lexicon) -> bool:
    """A lone capitalised word that is a Central Asian or Slavic surname: "Kudebayev"."""
    return word.lower().removesuffix("'s").endswith(words.surname_endings.entries)


def plainly_surname(word: str, words: Lexicon) -> bool:
    """A surname by an ending no given name shares: "Kudebayev"; not "Elvin", "Madina", "Shin"."""
    return looks_like_surname(word, words) and not word.lower().endswith(
        words.given_name_endings.entries
    )


def gender_of_name(name: str, words: Lexicon) -> str | None:
    """The gender a surname's ending says: "Sultanbekova" f, "Kudebayev" m, "Kim" none."""
    family = surname(name, words)
    if family.endswith(tuple(words.female_surname_endings)):
        return "f"
    if family.endswith(tuple(words.male_surname_endings)):
        return "m"
    return None
