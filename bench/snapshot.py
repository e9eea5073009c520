"""Save every article record the parser writes today, and compare a later run with it.

Run: ``.venv/bin/python bench/snapshot.py save DIR`` before a change, and
``.venv/bin/python bench/snapshot.py compare DIR`` after it. The inputs are every bundled
article (seeds, test articles, the reader's development articles, the blind test split), each
paragraph of them on its own, and short hostile inputs. ``compare`` prints, per input, the field
paths that gained, lost or changed a value (for the blind test split, only how many inputs
changed: it is never tuned on), and exits 1 when any did: a restructure proves itself by
printing nothing.
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import kzjustice
from _corpus import ROOT, adversarial


def inputs() -> Iterator[tuple[str, str]]:
    """Every input, with a stable name."""
    folders = [
        "seeds",
        "tests/articles",
        "tests/reader/en",
        "tests/reader/ru",
        "tests/heldout/en",
        "tests/heldout/ru",
    ]
    for folder in folders:
        for path in sorted((ROOT / folder).glob("*.txt")):
            text = path.read_text(encoding="utf-8")
            yield f"{folder}/{path.stem}", text
            for index, paragraph in enumerate(text.split("\n\n")):
                if paragraph.strip():
                    yield f"{folder}/{path.stem}#{index}", paragraph
    for name, text in adversarial(5_000).items():
        yield "adversarial/" + name.replace(" ", "_"), text


def _flatten(value: Any, path: str = "$") -> Iterator[tuple[str, Any]]:
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _flatten(item, f"{path}.{key}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _flatten(item, f"{path}[{index}]")
    else:
        yield path, value


def _file(directory: Path, name: str) -> Path:
    return directory / (hashlib.sha1(name.encode()).hexdigest()[:16] + ".json")


def save(directory: Path) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    for name, text in inputs():
        record = kzjustice.to_json(kzjustice.parse_article(text))
        _file(directory, name).write_text(json.dumps([name, record]), encoding="utf-8")


def compare(directory: Path) -> int:
    changed = blind = 0
    for name, text in inputs():
        saved = _file(directory, name)
        now = kzjustice.to_json(kzjustice.parse_article(text))
        if not saved.exists():
            print(f"{name}: new input")
            continue
        before = json.loads(saved.read_text(encoding="utf-8"))[1]
        if before == now:
            continue
        changed += 1
        if name.startswith("tests/heldout/"):
            blind += 1
            continue
        old, new = dict(_flatten(json.loads(before))), dict(_flatten(json.loads(now)))
        print(f"{name}:")
        for path in sorted(set(old) | set(new)):
            if old.get(path, "<absent>") != new.get(path, "<absent>"):
                print(f"  {path}: {old.get(path, '<absent>')!r} -> {new.get(path, '<absent>')!r}")
    print(f"{changed} inputs changed, {blind} of them in the blind test split")
    return 1 if changed else 0


def main() -> int:
    if len(sys.argv) != 3 or sys.argv[1] not in ("save", "compare"):
        print(__doc__)
        return 2
    directory = Path(sys.argv[2])
    if sys.argv[1] == "save":
        save(directory)
        return 0
    return compare(directory)


if __name__ == "__main__":
    sys.exit(main())
