"""The words and line patterns of page furniture, datelines and bylines, in every language."""

from __future__ import annotations

import regex

from kzjustice._text import UPPER, compile_lazily
from kzjustice.lexicon import LANGUAGES, lexicon

FLAGS = regex.VERBOSE | regex.IGNORECASE


def furniture(name: str) -> tuple[str, ...]:
    """The entries of the word class ``name`` in every language: pages mix their furniture."""
    return tuple(entry for language in LANGUAGES for entry in getattr(lexicon(language), name))


DATE_LINE = compile_lazily(r"\A date \s+ (?P<date> \d{4}-\d{2}-\d{2} ) \b \s*", FLAGS)

PLACE = rf"[{UPPER}][\w-]+ (?: [ ] [{UPPER}][\w-]+ )?"  # "АЛМАТЫ", "Ростов-на-Дону"
OUTLET = rf"[{UPPER}\d][\w-]* (?: \. [\w-]+ )*"  # "КазТАГ", "24.kg", "Kaktus.media"

CREDIT_WORDS = r"(?: picture | photo | image | фото ) s? (?: \s+ (?: credit | by ) )?"
"""The words that open a photo's credit: "Photo:", "Picture credit:", "Photos by", "Фото"."""
CREDIT = compile_lazily(rf"\b {CREDIT_WORDS} \s* : .* \Z", FLAGS)  # after a photo's caption

CLOSE = r"""["')\]]*(?:\[[0-9]{1,3}\])*"""  # what may close a sentence: quotes, a footnote "[33]"

SENTENCE_END = compile_lazily(
    rf"""[.!?]{CLOSE} \s* \Z | [.!?]{CLOSE} \s+ [{UPPER}"]""", regex.VERBOSE
)  # before a Latin or Cyrillic capital, or an opening quote ("«", as normalised)
