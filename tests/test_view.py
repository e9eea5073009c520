from __future__ import annotations

import itertools
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

from kzjustice import Article, parse_article, read_article
from kzjustice.cli import main
from kzjustice.reading import decode
from kzjustice.view import found_paths, render_html

ROOT = Path(__file__).parent.parent
PATHS = sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT / "tests" / "merge").glob("*.txt"))
EXTERNAL = {"script", "link", "img", "iframe", "object", "embed", "video", "audio", "source"}


class _Page(HTMLParser):
    """What a reader of the page sees: the text, the spans' anchors and pieces, the values."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.in_text = self.in_quote = False
        self.text = ""
        self.anchors: dict[int, tuple[int, str]] = {}  # span -> (offset, href)
        self.pieces: dict[int, list[tuple[int, int]]] = {}  # span -> covered ranges
        self.marks: list[tuple[list[int], int]] = []
        self.values: dict[int, dict[str, str]] = {}
        self.quotes: dict[int, str] = {}
        self.current: int | None = None
        self.tags: set[str] = set()
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        self.tags.add(tag)
        self.links += [v for k, v in a.items() if k in ("href", "src")]
        if tag == "pre" and a.get("id") == "text":
            self.in_text = True
        elif self.in_text and tag == "a" and "id" in a:
            self.anchors[int(a["id"][2:])] = (len(self.text), a["href"])
        elif self.in_text and tag == "mark":
            self.marks.append(([int(n) for n in a["data-spans"].split()], len(self.text)))
        elif tag == "li" and a.get("id", "").startswith("r-"):
            self.current = int(a["id"][2:])
            self.values[self.current] = a
        elif tag == "a" and self.current is not None:
            self.values[self.current]["link"] = a["href"]
        elif tag == "q":
            self.in_quote = True

    def handle_endtag(self, tag: str) -> None:
        if tag == "pre":
            self.in_text = False
        elif tag == "mark" and self.in_text:
            spans, start = self.marks.pop()
            for span in spans:
                self.pieces.setdefault(span, []).append((start, len(self.text)))
        elif tag == "q":
            self.in_quote = False
        elif tag == "li":
            self.current = None

    def handle_data(self, data: str) -> None:
        if self.in_text:
            self.text += data
        elif self.in_quote and self.current is not None:
            self.quotes[self.current] = self.quotes.get(self.current, "") + data


def _check(page_html: str, text: str, article: Article) -> int:
    page = _Page()
    page.feed(page_html)
    page.close()
    assert page.text == text  # the page's text is the article's, character for character
    assert not page.tags & EXTERNAL
    assert all(link.startswith("#") for link in page.links)  # nothing is loaded or left for
    spans = list(found_paths(article))
    assert sorted(page.values) == list(range(len(spans)))
    for number, (path, found) in enumerate(spans):
        value = page.values[number]
        assert (int(value["data-start"]), int(value["data-end"])) == (
            found.span.start,
            found.span.end,
        )
        assert value["link"] == f"#s-{number}" and path in page_html
        assert page.quotes.get(number, "") == found.text
        assert page.anchors[number] == (found.span.start, f"#r-{number}")
        pieces = sorted(page.pieces.get(number, []))
        covered = "".join(page.text[start:end] for start, end in pieces)
        assert covered == found.text, path
        assert all(a[1] == b[0] for a, b in itertools.pairwise(pieces))  # contiguous
    return len(spans)


@pytest.mark.parametrize("path", PATHS, ids=lambda p: p.name)
def test_every_span_is_highlighted_and_linked_both_ways(path: Path) -> None:
    article = read_article(path)
    text = path.read_text(encoding="utf-8")
    assert _check(render_html(text, article), text, article) > 3


def test_crlf_text_is_shown_as_read(tmp_path: Path) -> None:
    path = tmp_path / "crlf.txt"
    path.write_bytes(PATHS[4].read_bytes().replace(b"\n", b"\r\n"))
    article = read_article(path)
    text = decode(path.read_bytes(), name=str(path))
    assert "\r" in text
    _check(render_html(text, article), text, article)


def test_markup_in_the_text_stays_text() -> None:
    text = "<script>alert(1)</script> A court jailed Ivan Petrov & co. for two years in prison."
    article = parse_article(text)
    page = render_html(text, article)
    assert "<script>" not in page
    _check(page, text, article)


def test_the_wrong_text_is_refused() -> None:
    article = read_article(PATHS[0])
    with pytest.raises(ValueError, match="does not quote"):
        render_html(PATHS[1].read_text(encoding="utf-8"), article)


def test_show_writes_the_page(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "view.html"
    assert main(["show", str(PATHS[2]), "--html", str(out)]) == 0
    text = PATHS[2].read_text(encoding="utf-8")
    _check(out.read_text(encoding="utf-8"), text, read_article(PATHS[2]))
    assert main(["show", str(tmp_path / "missing.txt"), "--html", str(out)]) == 1
    assert "missing.txt" in capsys.readouterr().err


_BROWSER = next(
    (
        found
        for name in ("chromium", "chromium-browser", "google-chrome")
        if (found := shutil.which(name))
    ),
    None,
)


@pytest.mark.skipif(_BROWSER is None, reason="no headless Chromium installed")
def test_a_real_browser_reads_the_same_text_and_anchors(tmp_path: Path) -> None:
    assert _BROWSER is not None
    text = PATHS[2].read_text(encoding="utf-8").replace("\n", "\r\n")  # CRs survive too
    article = parse_article(text)
    page = tmp_path / "view.html"
    page.write_text(render_html(text, article), encoding="utf-8")
    done = subprocess.run(
        [_BROWSER, "--headless", "--no-sandbox", "--disable-gpu", "--dump-dom", page.as_uri()],
        capture_output=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr.decode(errors="replace")[-2000:]
    _check(done.stdout.decode("utf-8"), text, article)
