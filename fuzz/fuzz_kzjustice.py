"""Coverage-guided fuzzing of the public parsers and of JSON loading, with atheris.

Run: ``make fuzz`` (``FUZZ_SECONDS=1800 make fuzz`` for longer). It seeds a working corpus
from the bundled articles, the test tables and their records as JSON (``fuzz/corpus.py``),
then feeds libFuzzer's mutations of them to every parser. Each input is decoded as UTF-8 with
undecodable bytes kept as lone surrogates, so the parsers see broken text as a scraper would.
A finding is an exception, a span that does not slice the input to its text, a record that
does not survive a JSON round trip, or an input slower than the ``-timeout`` the Makefile
sets; libFuzzer writes the input to ``fuzz/findings/``. Each one fixed becomes a case in
``tests/test_robustness.py``.
"""

from __future__ import annotations

import sys
from typing import Any

import atheris

with atheris.instrument_imports():
    import kzjustice
    from kzjustice import Article, DataError


def _check_spans(text: str, record: object) -> None:
    for found in kzjustice.evidence(record):
        if text[found.span.start : found.span.end] != found.text:
            raise AssertionError(f"span {found.span} does not slice to {found.text!r}")


def test_one(data: bytes) -> None:
    text = data.decode("utf-8", errors="surrogateescape")
    article = kzjustice.parse_article(text)
    _check_spans(text, article)
    if kzjustice.from_json(kzjustice.to_json(article), Article) != article:
        raise AssertionError("the article does not survive a JSON round trip")
    finds: list[Any] = [
        kzjustice.find_sentences,
        kzjustice.find_dates,
        kzjustice.find_terms,
        kzjustice.find_charges,
    ]
    for find in finds:
        _check_spans(text, find(text))
    try:
        loaded = kzjustice.from_json(text, Article)
    except DataError:
        return
    if kzjustice.from_json(kzjustice.to_json(loaded), Article) != loaded:
        raise AssertionError("a loaded article does not survive a JSON round trip")


def main() -> None:
    atheris.Setup(sys.argv, test_one)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
