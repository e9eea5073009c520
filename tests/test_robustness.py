"""Any text in, no exception out; spans that slice the input; the same bytes every time."""

from __future__ import annotations

import contextlib
import datetime
import importlib
import json
import os
import pkgutil
import re
import subprocess
import sys
import threading
import types
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import time_machine
from hypothesis import given, settings
from hypothesis import strategies as st

import kzjustice
from kzjustice import Article, DataError, evidence, from_dict, from_json, parse_article, to_json
from kzjustice._text import normalise

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
SEED_TEXTS = [path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))]
SURROGATE_PAIR = re.compile("[\ud800-\udbff][\udc00-\udfff]")
ARTICLE_SCHEMA = jsonschema.Draft202012Validator(kzjustice.json_schema(Article))

FINDERS: list[Callable[[str], tuple[kzjustice.Found[Any], ...]]] = [
    kzjustice.find_sentences,
    kzjustice.find_terms,
    kzjustice.find_dates,
    kzjustice.find_charges,
]


def check(text: str) -> None:
    """What every input must satisfy: no exception, spans that slice it, valid JSON records."""
    article = parse_article(text)
    for found in evidence(article):
        assert text[found.span.start : found.span.end] == found.text
    document = to_json(article)
    document.encode("utf-8")  # lone surrogates are escaped, so the JSON always encodes
    ARTICLE_SCHEMA.validate(json.loads(document))
    if not SURROGATE_PAIR.search(text):  # JSON reads the escapes of such a pair as one character
        assert from_json(document, Article) == article
    for find in FINDERS:
        for found in find(text):
            assert text[found.span.start : found.span.end] == found.text
    kzjustice.parse_sentence(text)
    kzjustice.parse_term(text)
    kzjustice.parse_date(text, reference=datetime.date(2023, 4, 4))
    kzjustice.charge_for(text)


# Characters a scraped page may hold: other scripts, controls, NUL, lone surrogates (bytes
# decoded with surrogateescape), zero-width and bidirectional marks, line and paragraph
# separators, and the punctuation the grammars turn on.
ODD_CHARACTERS = st.sampled_from(
    "\x00\x01\x07\x0b\x0c\x1b\x7f\x85\r\n\t\u2028\u2029\ufeff\u200b\u200d\u202e\ufffd"
    "\udc80\udcff\ud800"
    "ЖжҚқӘәӨөҰұҮүІіЁёЪъ中文عربي🙂\u0301"
    "0123456789.,;:-–—/()[]'\"«»№%$€₸ "
)
INSERTS = st.text(ODD_CHARACTERS, min_size=1, max_size=8) | st.sampled_from(
    [
        " sentenced to ",
        " years ",
        " in prison",
        " on January 5, 2022",
        "Жаңаөзен сотталды",
        "\r\n",
        "\n\n\n",
        "(" * 50,
        "7" * 200,
        " - " * 30,
    ]
)


@st.composite
def mutated_seeds(draw: st.DrawFn) -> str:
    """A seed article with characters inserted, deleted, swapped, or its lines rejoined."""
    text = draw(st.sampled_from(SEED_TEXTS))
    for _ in range(draw(st.integers(1, 6))):
        at = draw(st.integers(0, len(text)))
        action = draw(st.sampled_from(["insert", "delete", "swap", "crlf", "one line", "cut"]))
        if action == "insert":
            text = text[:at] + draw(INSERTS) + text[at:]
        elif action == "delete":
            text = text[:at] + text[at + draw(st.integers(1, 200)) :]
        elif action == "swap" and at + 1 < len(text):
            text = text[:at] + text[at + 1] + text[at] + text[at + 2 :]
        elif action == "crlf":
            text = text.replace("\n", "\r\n")
        elif action == "one line":
            text = text.replace("\n", " ")
        else:
            text = text[:at]
    return text


@given(mutated_seeds())
@settings(max_examples=150, deadline=None)
def test_mutated_seeds(text: str) -> None:
    check(text)


@given(st.text(ODD_CHARACTERS, max_size=300) | st.text(max_size=300))
def test_arbitrary_text(text: str) -> None:
    check(text)


# A clause of charges from the grammars' own words, so that drawn texts reach its deeper paths:
# one ending in a determiner ("charged with the following") once raised ValueError.
CHARGE_CUES = ("charged with", "convicted of", "accused of", "обвиняется в", "осужден за")
CHARGE_WORDS = (
    "the", "a", "an", "his", "their", "following", "fraud", "theft", "abuse", "of", "office",
    "and", "or", "as", "well", '"', "\u00ab", "\u00bb", ",", "mass", "riots", "мошенничестве",
    "и", "по", "статье", "190", "части", "2",
)  # fmt: skip
charge_clauses = st.tuples(
    st.sampled_from(["", "He was ", "They were ", "Суд: "]),
    st.sampled_from(CHARGE_CUES),
    st.lists(st.sampled_from(CHARGE_WORDS), max_size=8).map(" ".join),
    st.sampled_from(["", ".", ",", " and sentenced to five years.", ":"]),
).map(lambda parts: f"{parts[0]}{parts[1]} {parts[2]}{parts[3]}")


@given(charge_clauses)
def test_clauses_of_charges(text: str) -> None:
    check(text)


@given(
    st.text(
        st.characters(min_codepoint=0x400, max_codepoint=0x4FF)
        | st.sampled_from(" .,-\n0123456789"),
        max_size=300,
    )
)
def test_cyrillic_text(text: str) -> None:
    check(text)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "\x00" * 1000,
        "\udcff" * 10 + " was sentenced to five years " + "\ud800",
        "a" * 100_000,  # one word, no space
        "sentenced to " * 2000,
        "(" * 5000 + ")" * 5000,
        ("5 " * 5000) + "years",
        ("twenty one two three " * 500) + "years",
        "- " * 10_000,
        "Serik Abenov was jailed for five years on May 5, 2022 and prosecutors asked for six "
        * 1000,  # records in one sentence
        "a five-year ban on holding public office for life and " * 1000,  # bans in one sentence
        'convicted of "fraud", forgery and ' * 1000,  # one clause of charges after another
        "They were charged with the following",  # a clause of charges that is a determiner
        "\r\n".join(SEED_TEXTS),
        " ".join(SEED_TEXTS).replace("\n", " "),
    ],
    ids=lambda text: repr(text[:20]),
)
def test_hostile_text(text: str) -> None:
    check(text)


# --- JSON in: only DataError, naming the field ----------------------------------------------

JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner),
    max_leaves=20,
)
SEED_RECORDS = [json.loads(to_json(parse_article(text))) for text in SEED_TEXTS]


def _paths(value: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield path
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _paths(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _paths(item, (*path, index))


@st.composite
def corrupted_records(draw: st.DrawFn) -> Any:
    """A seed's record as JSON data with one value replaced by any JSON value."""
    record = json.loads(json.dumps(draw(st.sampled_from(SEED_RECORDS))))
    path = draw(st.sampled_from(list(_paths(record))[1:]))
    parent = record
    for step in path[:-1]:
        parent = parent[step]
    parent[path[-1]] = draw(JSON_VALUES)
    return record


@given(corrupted_records() | JSON_VALUES)
def test_bad_json_data_raises_only_data_error(data: Any) -> None:
    try:
        article = from_dict(data, Article)
    except DataError as error:
        assert error.paths and all(p.startswith("$") for p in error.paths)
        assert str(error)
    else:
        assert from_json(to_json(article), Article) == article


@given(st.text(max_size=200) | st.binary(max_size=200))
def test_any_json_text_raises_only_data_error(text: str | bytes) -> None:
    with contextlib.suppress(DataError):  # any other exception fails
        from_json(text, Article)


# --- determinism ----------------------------------------------------------------------------


def _outputs() -> list[str]:
    return [to_json(parse_article(text)) for text in SEED_TEXTS]


def test_threads_give_the_same_bytes() -> None:
    expected = _outputs()
    results: list[list[str]] = []

    def work() -> None:
        results.append(_outputs())

    threads = [threading.Thread(target=work) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == [expected] * len(threads)


def test_processes_give_the_same_bytes() -> None:
    code = (
        "import sys, pathlib, kzjustice\n"
        "for path in sorted(pathlib.Path(sys.argv[1]).glob('*.txt')):\n"
        "    text = path.read_text(encoding='utf-8')\n"
        "    sys.stdout.write(kzjustice.to_json(kzjustice.parse_article(text)) + '\\n')\n"
    )
    expected = "".join(line + "\n" for line in _outputs())
    for seed in ("1", "2"):  # a different hash seed changes the order of every set and dict
        environment = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONIOENCODING": "utf-8"}
        result = subprocess.run(
            [sys.executable, "-c", code, str(SEEDS)],
            capture_output=True,
            env=environment,
            check=True,
            text=True,
            encoding="utf-8",
        )
        assert result.stdout == expected


def test_no_clock_is_read() -> None:
    texts = [*SEED_TEXTS, "Court news\n\nHe was detained yesterday and will be tried next month."]
    outputs = []
    for day in (datetime.datetime(2001, 2, 3, 4, 5), datetime.datetime(2039, 12, 31, 23, 59)):
        with time_machine.travel(day, tick=False):
            assert datetime.date.today() == day.date()
            outputs.append([to_json(parse_article(text)) for text in texts])
    assert outputs[0] == outputs[1]
    relative = parse_article(texts[-1]).dates
    assert [d.value.value for d in relative] == ["XXXX-XX-XX", "XXXX-XX"]


def _mutable(value: object) -> bool:
    if isinstance(value, (list, dict, set, bytearray)):
        return True
    if isinstance(value, (tuple, frozenset)):
        return any(_mutable(item) for item in value)
    if isinstance(value, types.MappingProxyType):
        return any(_mutable(item) for item in value.values())
    return False


def test_no_module_level_mutable_state() -> None:
    mutable = []
    for info in pkgutil.iter_modules(kzjustice.__path__):
        if info.name == "__main__":
            continue  # importing it runs the command
        module = importlib.import_module(f"kzjustice.{info.name}")
        for name, value in vars(module).items():
            if name.startswith("__"):
                continue
            if _mutable(value) or (
                isinstance(value, Mapping) and not isinstance(value, types.MappingProxyType)
            ):
                mutable.append(f"{info.name}.{name}")
    assert mutable == []


_LOOK_ALIKE = {"а": "a", "о": "\u03bf", "к": "\u03ba", "е": "e", "р": "p", "с": "c", "Т": "T"}


@given(
    st.lists(st.sampled_from(["подсудимого", "Керимов", "срок", "Атырау", "приговор"]), min_size=1),
    st.data(),
)
def test_look_alike_letters_in_a_russian_word_read_as_cyrillic(words: list[str], data: Any) -> None:
    written = []
    for word in words:  # letters after the first swapped for Latin or Greek ones that look
        swapped = "".join(  # alike (a word of look-alikes alone is no Russian word)
            _LOOK_ALIKE[c] if c in _LOOK_ALIKE and data.draw(st.booleans()) else c for c in word[1:]
        )
        written.append(word[0] + swapped)
    text = " ".join(written) + " Sputnik, COVID-19, ТОО Alpha"
    assert normalise(text) == " ".join(words) + " Sputnik, COVID-19, ТОО Alpha"
