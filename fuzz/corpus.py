"""Write the fuzzing seed corpus: articles, table passages, and article records as JSON.

Run: ``python fuzz/corpus.py DIRECTORY`` (``make fuzz`` does). Each file is named by the hash
of its content, so running it again over a working corpus adds nothing twice.
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

import kzjustice

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from date_table import CASES as DATE_CASES  # noqa: E402
from date_table import SEED_CASES as DATE_SEED_CASES  # noqa: E402
from penalty_table import CASES as PENALTY_CASES  # noqa: E402
from penalty_table import SEED_CASES as PENALTY_SEED_CASES  # noqa: E402


def seeds() -> list[str]:
    """Every input the corpus starts from."""
    pages = [
        path.read_text(encoding="utf-8")
        for pattern in ("seeds/*.txt", "tests/articles/*.txt")
        for path in sorted(ROOT.glob(pattern))
    ]
    rows = [*PENALTY_SEED_CASES, *PENALTY_CASES, *DATE_SEED_CASES, *DATE_CASES]
    passages = [str(row.values[0]) for row in rows]  # type: ignore[attr-defined]
    records = [kzjustice.to_json(kzjustice.parse_article(page)) for page in pages[:5]]
    return pages + passages + records


def main() -> None:
    directory = Path(sys.argv[1])
    directory.mkdir(parents=True, exist_ok=True)
    for text in seeds():
        data = text.encode("utf-8")
        (directory / hashlib.sha1(data).hexdigest()).write_bytes(data)


if __name__ == "__main__":
    main()
