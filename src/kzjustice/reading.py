r"""Articles from files: bytes decoded by one rule for files and standard input alike.

The text an article's spans index is the text as read: the bytes decoded in the given
encoding (UTF-8 by default), with nothing else changed. Line ends are kept as they are, so in
a file with CRLF line ends every ``\r`` counts as a character, and a span's offsets are those
of Python's ``open(path, encoding=..., newline="")``. Only a byte order mark at the start is
dropped (it marks the encoding, it is not text): offsets count from the character after it.
Bytes that do not decode are an :class:`~kzjustice.errors.InputError` naming the file and the
offset of the first of them; they are never replaced or skipped.
"""

from __future__ import annotations

import codecs
import datetime
import hashlib
from pathlib import Path

import attrs

from kzjustice.article import parse_article
from kzjustice.errors import InputError
from kzjustice.models import Article

__all__ = ["decode", "parse_bytes", "read_article"]


def decode(data: bytes, *, name: str, encoding: str = "utf-8") -> str:
    r"""Return ``data`` decoded as ``encoding``, less a leading UTF-8 byte order mark.

    >>> decode(b"\xef\xbb\xbfJailed\r\n", name="a.txt")
    'Jailed\r\n'
    >>> decode(b"Jailed \xff", name="a.txt")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    kzjustice.errors.InputError: a.txt: not utf-8 text: byte 0xff at offset 7 ...

    Raises:
        InputError: a byte does not decode.
        LookupError: ``encoding`` is not one Python knows.
    """
    codec = codecs.lookup(encoding).name
    # UTF-16 and UTF-32 decoders drop their byte order mark themselves; UTF-8's is dropped here.
    skip = len(codecs.BOM_UTF8) if codec == "utf-8" and data.startswith(codecs.BOM_UTF8) else 0
    try:
        return data[skip:].decode(codec)
    except UnicodeDecodeError as exc:
        raise InputError(name, skip + exc.start, codec, data[skip + exc.start]) from None


def parse_bytes(
    data: bytes,
    *,
    name: str,
    encoding: str = "utf-8",
    published: datetime.date | None = None,
    url: str | None = None,
) -> Article:
    """Decode and read one article; its source records ``name`` as its path, and the SHA-256.

    Raises:
        InputError: a byte does not decode.
    """
    text = decode(data, name=name, encoding=encoding)
    article = parse_article(text, published=published, url=url)
    source = attrs.evolve(article.source, path=name, sha256=hashlib.sha256(data).hexdigest())
    return attrs.evolve(article, source=source)


def read_article(
    path: str | Path,
    *,
    encoding: str = "utf-8",
    published: datetime.date | None = None,
    url: str | None = None,
) -> Article:
    """Read the article in the file at ``path``, as ``kzjustice parse`` does.

    Raises:
        OSError: the file cannot be read.
        InputError: a byte does not decode.
    """
    name = str(path)
    return parse_bytes(
        Path(path).read_bytes(), name=name, encoding=encoding, published=published, url=url
    )
