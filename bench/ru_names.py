"""Russian names to the nominative: kzjustice's rules against pymorphy3, if it is installed.

Run: ``.venv/bin/python bench/ru_names.py`` (``pip install pymorphy3`` to compare). Declines
every given name of ``data/ru/given_names.tsv`` with surnames of the common endings (-ов, -ев,
-ин, -ский, -енко, -улы) into the six cases (given names by the tests' renderer,
``tests/ru_strategies.py``), reduces each back, and prints how many come back exactly, with no
hint and with the case as a hint (as a verb or preposition before the name gives it), and the
time per name. A name whose written form is a case of two known names ("Александру": Александр's
dative, Александра's accusative) cannot be read without a hint; it counts against both tools.
The names are those the rules know, which flatters the rules.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from importlib import resources
from pathlib import Path

from kzjustice.ru.names import nominative

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from ru_strategies import decline_given  # the tests' renderer: one for both

CASES = ("nom", "gen", "acc", "dat", "ins", "pre")
SURNAMES = {  # a man's and a woman's surname, and the endings of each case
    "Сапаров": ("", "а", "а", "у", "ым", "е", "а", "ой", "у", "ой", "ой", "ой"),
    "Кудебаев": ("", "а", "а", "у", "ым", "е", "а", "ой", "у", "ой", "ой", "ой"),
    "Ильин": ("", "а", "а", "у", "ым", "е", "а", "ой", "у", "ой", "ой", "ой"),
    "Ковалевск": ("ий", "ого", "ого", "ому", "им", "ом", "ая", "ой", "ую", "ой", "ой", "ой"),
    "Шевченко": ("",) * 12,
    "Серикулы": ("",) * 6 + (None,) * 6,
}


def _given() -> list[tuple[str, str]]:
    text = resources.files("kzjustice").joinpath("data/ru/given_names.tsv").read_text("utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    return [(name.capitalize(), gender) for name, gender in rows]


def samples() -> list[tuple[str, str, str, str]]:
    """(written, expected nominative, gender, case) for every declinable pairing."""
    found = []
    for name, gender in _given():
        if gender == "m" and name[-1] in "аеиоуыэюяь":
            continue  # declined by patterns outside this table
        for stem, endings in SURNAMES.items():
            offset = 0 if gender == "m" else 6
            if endings[offset] is None:
                continue
            nominative_surname = stem + (endings[offset] or "")
            for index, case in enumerate(CASES):
                surname = stem + (endings[offset + index] or "")
                written = f"{decline_given(name, gender, case)} {surname}"
                found.append((written, f"{name} {nominative_surname}", gender, case))
    return found


_PYMORPHY_CASES = {"nom": "nomn", "gen": "gent", "acc": "accs", "dat": "datv", "ins": "ablt",
                   "pre": "loct"}  # fmt: skip


def pymorphy_nominative() -> Callable[[str, str | None], str] | None:
    """A nominative by pymorphy3: the (gender, case) every word's name parses share."""
    try:
        import pymorphy3
    except ImportError:
        return None
    morph = pymorphy3.MorphAnalyzer()

    def reduce(name: str, case: str | None) -> str:
        options = []
        for word in name.split():
            found: dict[tuple[str, str], str] = {}
            for parse in morph.parse(word):
                tag = parse.tag
                if not {"Name", "Surn", "Patr"} & set(tag.grammemes):
                    continue
                if tag.gender not in ("masc", "femn") or tag.case is None:
                    continue
                inflected = parse.inflect({"nomn"})
                if inflected is not None:
                    found.setdefault((tag.gender, tag.case), inflected.word)
            options.append(found or {(g, c): word.lower() for g in ("masc", "femn")
                                     for c in _PYMORPHY_CASES.values()})  # fmt: skip
        order = list(options[0])
        shared = [k for k in order if all(k in o for o in options[1:])]
        if case is not None:
            shared = [k for k in shared if k[1] == _PYMORPHY_CASES[case]]
        if not shared:
            return name
        chosen = shared[0]
        return " ".join(o[chosen].capitalize() for o in options)

    return reduce


def score(reduce: Callable[[str, str | None], str], rows: list[tuple[str, str, str, str]]) -> str:
    start = time.perf_counter()
    plain = sum(reduce(written, None) == expected for written, expected, _, _ in rows)
    hinted = sum(reduce(written, case) == expected for written, expected, _, case in rows)
    per_name = (time.perf_counter() - start) / (2 * len(rows)) * 1e6
    total = len(rows)
    return (
        f"{plain}/{total} ({plain / total:.1%}) | {hinted}/{total} ({hinted / total:.1%}) | "
        f"{per_name:.0f} µs"
    )


def main() -> None:
    rows = samples()
    print(f"{len(rows)} declined names\n")
    print("| tool | exact, no hint | exact, case given | time per name |\n|---|---|---|---|")
    print(f"| kzjustice.ru.names | {score(lambda n, c: nominative(n, case=c), rows)} |")  # type: ignore[arg-type]
    other = pymorphy_nominative()
    if other is None:
        print("| pymorphy3 | not installed | | |", file=sys.stdout)
    else:
        print(f"| pymorphy3 | {score(other, rows)} |")


if __name__ == "__main__":
    main()
