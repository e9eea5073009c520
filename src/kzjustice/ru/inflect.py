"""Case forms of the Russian lexicon: a small table of paradigms, and the generator of its files.

Russian words change their endings with case, number and gender ("подсудимый", "подсудимого",
"подсудимому"), and the reader matches words as written. A word class whose words decline is
written as lemmas in ``data/ru/lemmas/<class>.tsv``, one a line: the lemma, a tab, its
paradigm code, and optionally a tab and changes (``+form`` adds a form, ``-form`` removes one:
"сестра" has the genitive plural "сестер", not "сестр"). In a phrase ("нападение на") the
first word declines, and changes name its forms. ``python -m kzjustice.ru.inflect``
writes every form into ``data/ru/<class>.txt``, and a test regenerates them and compares, so
the checked-in files are what the generator writes. Words are listed with "е" for "ё", as
``normalise`` reads them.

Paradigms, each with a lemma and some of the forms it yields:

- ``-``: words that do not decline: "тоо", "алматы";
- ``m``: masculine nouns ending in a consonant: "адвокат": адвоката, адвокату, адвокатом,
  адвокате, адвокаты, адвокатов, адвокатам, адвокатами, адвокатах;
- ``m_soft``: masculine nouns in -ь: "водитель": водителя, водителю, водителем, водителей;
- ``m_j``: masculine nouns in -й: "случай": случая, случаю, случаем, случаев;
- ``a``: nouns in -а, of either gender: "женщина": женщины, женщине, женщину, женщиной, женщин;
- ``ja``: nouns in -я after a consonant: "неделя": недели, неделю, недель; "судья": судей;
- ``ija``: nouns in -ия: "комиссия": комиссии, комиссию, комиссией, комиссий;
- ``f_soft``: feminine nouns in -ь: "молодежь": молодежи, молодежью;
- ``o``: neuter nouns in -о: "убийство": убийства, убийству, убийством, убийстве, убийств;
- ``ie``: neuter nouns in -ие: "лишение": лишения, лишению, лишением, лишении, лишений;
- ``adj``: adjectives, and nouns declined as one, in every gender and number: "подсудимый":
  подсудимого, подсудимому, подсудимая, подсудимой, подсудимые, подсудимых;
- ``adj_m``, ``adj_f``, ``adj_pl``: the masculine, feminine or plural forms alone:
  "подсудимая": подсудимой, подсудимую;
- ``past``: verbs, from the masculine past tense: "приговорил": приговорила, приговорили;
- ``short``: short passive participles: "осужден": осуждена, осуждено, осуждены.

Spelling rules: "ы" is written "и" after г, к, х, ж, ш, ч, щ ("сотрудники"); a masculine noun
after ж, ш, ч, щ has the genitive plural "-ей" ("врачей"); a noun in -ка after a consonant
takes a vowel before it in the genitive plural ("гражданок", "девушек"); a noun in -а after ц
or a hushing letter has the instrumental "-ей" ("жительницей"); an adjective in -ий
is soft ("последний") unless its stem ends in a velar ("полицейский") or a hushing letter
("бывший"), and one in -ой has stressed endings ("городской"). Anything else irregular is
written in the lemma's changes.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from importlib import resources
from pathlib import Path
from types import MappingProxyType

__all__ = ["PARADIGMS", "forms", "generate", "lemma_sources", "lemmas"]

_VELAR = "гкх"
_HUSHING = "жшчщ"
_VOWELS = "аеёиоуыэюя"


def _y(stem: str) -> str:
    """The vowel "ы" after ``stem``, written "и" after a velar or hushing letter."""
    return "и" if stem[-1:] in _VELAR + _HUSHING else "ы"


def _masculine(word: str) -> list[str]:
    stem = word
    plural = "ей" if stem[-1:] in _HUSHING else "ев" if stem[-1:] == "ц" else "ов"
    y = _y(stem)
    return [word, *(stem + e for e in ("а", "у", "ом", "е", y, plural, "ам", "ами", "ах"))]


def _masculine_soft(word: str) -> list[str]:
    stem = word[:-1]
    return [word, *(stem + e for e in ("я", "ю", "ем", "е", "и", "ей", "ям", "ями", "ях"))]


def _masculine_j(word: str) -> list[str]:
    stem = word[:-1]
    return [word, *(stem + e for e in ("я", "ю", "ем", "е", "и", "ев", "ям", "ями", "ях"))]


def _in_a(word: str) -> list[str]:
    stem = word[:-1]
    y = _y(stem)
    plural = stem
    if stem[-1:] == "к" and stem[-2:-1] not in _VOWELS:  # "гражданок", "девушек"
        plural = stem[:-1] + ("е" if stem[-2:-1] in _HUSHING + "цй" else "о") + "к"
    instrumental = "ей" if stem[-1:] in _HUSHING + "ц" else "ой"  # "жительницей"
    endings = (y, "е", "у", instrumental, y)
    return [word, *(stem + e for e in endings), plural, *(stem + e for e in ("ам", "ами", "ах"))]


def _in_ja(word: str) -> list[str]:
    stem = word[:-1]
    plural = stem[:-1] + "ей" if stem.endswith("ь") else stem + "ь"  # "судей", "недель"
    endings = ("и", "е", "ю", "ей", "и")
    return [word, *(stem + e for e in endings), plural, *(stem + e for e in ("ям", "ями", "ях"))]


def _in_ija(word: str) -> list[str]:
    stem = word[:-1]
    return [word, *(stem + e for e in ("и", "ю", "ей", "й", "ям", "ями", "ях"))]


def _feminine_soft(word: str) -> list[str]:
    stem = word[:-1]
    hushing = stem[-1:] in _HUSHING
    endings = ("и", "ью", "ей", "ам" if hushing else "ям", "ами" if hushing else "ями")
    return [word, *(stem + e for e in (*endings, "ах" if hushing else "ях"))]


def _in_o(word: str) -> list[str]:
    stem = word[:-1]
    y = "а"
    return [word, *(stem + e for e in (y, "у", "ом", "е")), stem, stem + "ам", stem + "ами",
            stem + "ах"]  # fmt: skip


def _in_ie(word: str) -> list[str]:
    stem = word[:-1]  # "лишени", "обвинени"
    endings = ("я", "ю", "ем", "и", "й", "ям", "ями", "ях")
    return [word, *(stem + e for e in endings)]


def _adjective_table(word: str, stem: str) -> dict[str, tuple[str, ...]]:
    """The endings of an adjective by gender and number, from its ending and stem."""
    y = _y(stem)
    if word.endswith("ой"):  # stressed: "городской", "городского", "городские"
        return {
            "m": ("ой", "ого", "ому", y + "м", "ом"),
            "f": ("ая", "ой", "ую"),
            "n": ("ое",),
            "pl": (y + "е", y + "х", y + "ми"),
        }
    if stem[-1:] in _VELAR:  # "полицейский"
        return {
            "m": ("ий", "ого", "ому", "им", "ом"),
            "f": ("ая", "ой", "ую"),
            "n": ("ое",),
            "pl": ("ие", "их", "ими"),
        }
    if stem[-1:] in _HUSHING:  # "бывший", "бывшего"
        return {
            "m": ("ий", "его", "ему", "им", "ем"),
            "f": ("ая", "ей", "ую"),
            "n": ("ее",),
            "pl": ("ие", "их", "ими"),
        }
    if word.endswith(("ий", "яя", "ее", "ие")):  # "последний"
        return {
            "m": ("ий", "его", "ему", "им", "ем"),
            "f": ("яя", "ей", "юю"),
            "n": ("ее",),
            "pl": ("ие", "их", "ими"),
        }
    return {  # "подсудимый"
        "m": ("ый", "ого", "ому", "ым", "ом"),
        "f": ("ая", "ой", "ую"),
        "n": ("ое",),
        "pl": ("ые", "ых", "ыми"),
    }


def _adjective(word: str, genders: tuple[str, ...]) -> list[str]:
    """The forms of an adjective given in any gender or number: "бывший", "подсудимая"."""
    ending = next(
        (e for e in ("ый", "ий", "ой", "ая", "яя", "ое", "ее", "ые", "ие") if word.endswith(e)),
        None,
    )
    if ending is None:
        return [word]
    stem = word[: -len(ending)]
    table = _adjective_table(word, stem)
    found = [stem + e for gender in genders for e in table[gender]]
    return found if word in found else [word, *found]


def _past(word: str) -> list[str]:
    reflexive = word.endswith("ся")
    base = word[:-2] if reflexive else word
    stem = base if base.endswith("л") else base + "л"
    found = [base, stem + "а", stem + "о", stem + "и"]
    if reflexive:  # "признался", "призналась", "признались"
        found = [f + ("ся" if f[-1] not in _VOWELS else "сь") for f in found]
    return found


def _short(word: str) -> list[str]:
    return [word, word + "а", word + "о", word + "ы"]


PARADIGMS: MappingProxyType[str, Callable[[str], list[str]]] = MappingProxyType(
    {
        "-": lambda word: [word],
        "m": _masculine,
        "m_soft": _masculine_soft,
        "m_j": _masculine_j,
        "a": _in_a,
        "ja": _in_ja,
        "ija": _in_ija,
        "f_soft": _feminine_soft,
        "o": _in_o,
        "ie": _in_ie,
        "adj": lambda word: _adjective(word, ("m", "f", "n", "pl")),
        "adj_m": lambda word: _adjective(word, ("m",)),
        "adj_f": lambda word: _adjective(word, ("f",)),
        "adj_pl": lambda word: _adjective(word, ("pl",)),
        "past": _past,
        "short": _short,
    }
)
"""Each paradigm code, and the function from a lemma to its forms (the lemma first)."""


def forms(lemma: str, paradigm: str, changes: str = "") -> tuple[str, ...]:
    """Return every form of ``lemma``: its paradigm's, with ``changes`` applied.

    >>> forms("подсудимый", "adj_m")
    ('подсудимый', 'подсудимого', 'подсудимому', 'подсудимым', 'подсудимом')
    >>> forms("сестра", "a", "-сестр +сестер")[-4:]
    ('сестрам', 'сестрами', 'сестрах', 'сестер')
    >>> forms("нападение на", "ie")[:3]
    ('нападение на', 'нападения на', 'нападению на')

    Raises:
        ValueError: ``paradigm`` is no paradigm's code.
    """
    if paradigm not in PARADIGMS:
        raise ValueError(f"no paradigm {paradigm!r} for {lemma!r}; known: {', '.join(PARADIGMS)}")
    head, _, rest = lemma.partition(" ")
    found = PARADIGMS[paradigm](head)
    for change in changes.split():  # changes name forms of the first word
        if change.startswith("-"):
            found = [f for f in found if f != change[1:]]
        elif change.startswith("+"):
            found.append(change[1:])
        else:
            raise ValueError(f"a change is +form or -form, not {change!r} ({lemma!r})")
    tail = " " + rest if rest else ""
    return tuple(dict.fromkeys(form + tail for form in found))


def _data() -> Path:
    return Path(str(resources.files("kzjustice").joinpath("data/ru")))


def lemma_sources() -> tuple[str, ...]:
    """Return the names of the classes generated from lemmas, in order."""
    return tuple(sorted(p.stem for p in (_data() / "lemmas").glob("*.tsv")))


def lemmas(name: str) -> Iterator[tuple[str, str, str]]:
    """Yield ``(lemma, paradigm, changes)`` for each lemma of the class ``name``."""
    for line in (_data() / "lemmas" / f"{name}.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        lemma, paradigm, *changes = line.split("\t")
        yield lemma.strip(), paradigm.strip(), " ".join(changes)


def generate(name: str) -> str:
    """Return the text of ``data/ru/<name>.txt``: its source's header, then every form."""
    source = (_data() / "lemmas" / f"{name}.tsv").read_text(encoding="utf-8")
    header = [line for line in source.splitlines() if line.startswith("#")]
    lines = [
        *header,
        f"# Generated from lemmas/{name}.tsv by `python -m kzjustice.ru.inflect`: edit that file.",
    ]
    seen: set[str] = set()
    for lemma, paradigm, changes in lemmas(name):
        for form in forms(lemma, paradigm, changes):
            if form not in seen:
                seen.add(form)
                lines.append(form)
    return "\n".join(lines) + "\n"


def main() -> None:
    """Rewrite every generated class file from its lemmas."""
    for name in lemma_sources():
        (_data() / f"{name}.txt").write_text(generate(name), encoding="utf-8")
        print(f"data/ru/{name}.txt", file=sys.stderr)


if __name__ == "__main__":
    main()
