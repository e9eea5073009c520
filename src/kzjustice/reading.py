r"""Articles from files: bytes decoded by one rule for files and standard input alike.

The text an article's spans index is the text as read: the bytes decoded in the given
encoding (UTF-8 by default), with nothing else changed. Line ends are kept as they are, so in
a file with CRLF line ends every ``\r`` counts as a character, and a span's offsets are those
of Python's ``open(path, encoding=..., newline="")``. Only a byte order mark at the start is
dropped (it marks the encoding, it is not text): offsets count from the character after it.
Bytes that do not decode are an :class:`~kzjustice.errors.InputError` naming the file and the
offset of the first of them; they are never replaced or skipped.

Many articles are read in order, one after another or, with ``jobs`` above 1, in that many
worker processes (:func:`read_articles`, :func:`parse_many`): the records are the same, byte
for byte, and come in the order of the inputs whatever the number of workers. Files are read
and decoded in the calling process, and only a few inputs per worker are in flight at once, so
memory stays flat however many there are.
"""

from __future__ import annotations

import codecs
import datetime
import hashlib
import multiprocessing
import signal
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path
from typing import Any, TypeVar, overload

import attrs

from kzjustice.article import parse_article
from kzjustice.errors import InputError
from kzjustice.models import Article

__all__ = ["decode", "parse_bytes", "parse_many", "read_article", "read_articles"]

BATCH = 8
"""Inputs a worker is handed at once: handing them over one by one costs the calling process
half a millisecond each, a tenth of the time it takes to read one."""
IN_FLIGHT = 2
"""Batches handed to each worker ahead of the input yielded: enough to keep it busy while the
records before it are written, few enough that memory does not grow with the input."""

R = TypeVar("R")
_Decoded = tuple[str, str, str]  # text, name, SHA-256
_Job = Future[list[Any]]


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
    return _parse(text, name, hashlib.sha256(data).hexdigest(), published, url)


def _parse(
    text: str, name: str, sha256: str, published: datetime.date | None, url: str | None = None
) -> Article:
    """Read one decoded article; what a worker process runs."""
    article = parse_article(text, published=published, url=url)
    return attrs.evolve(article, source=attrs.evolve(article.source, path=name, sha256=sha256))


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


def read_articles(
    paths: Iterable[str | Path],
    *,
    jobs: int = 1,
    encoding: str = "utf-8",
    published: datetime.date | None = None,
) -> Iterator[Article]:
    """Read the article in each file of ``paths``, in that order, as ``kzjustice parse`` does.

    With ``jobs`` above 1, articles are parsed in that many processes; the records and their
    order are the same as with one.

    Raises:
        OSError: a file cannot be read (the articles before it have been yielded).
        InputError: a file's bytes do not decode (likewise).
        ValueError: ``jobs`` is below 1.
    """
    inputs = ((str(path), Path(path).read_bytes) for path in paths)
    for _, outcome in parse_many(inputs, jobs=jobs, encoding=encoding, published=published):
        if isinstance(outcome, Exception):
            raise outcome
        yield outcome


@overload
def parse_many(
    inputs: Iterable[tuple[str, Callable[[], bytes]]],
    *,
    jobs: int = 1,
    encoding: str = "utf-8",
    published: datetime.date | None = None,
    then: None = None,
) -> Generator[tuple[str, Article | OSError | InputError], None, None]: ...


@overload
def parse_many(
    inputs: Iterable[tuple[str, Callable[[], bytes]]],
    *,
    jobs: int = 1,
    encoding: str = "utf-8",
    published: datetime.date | None = None,
    then: Callable[[Article], R],
) -> Generator[tuple[str, R | OSError | InputError], None, None]: ...


def parse_many(
    inputs: Iterable[tuple[str, Callable[[], bytes]]],
    *,
    jobs: int = 1,
    encoding: str = "utf-8",
    published: datetime.date | None = None,
    then: Callable[[Article], Any] | None = None,
) -> Generator[tuple[str, Any], None, None]:
    """Read each input, a name and a function that returns its bytes, in order.

    Yields each name with its article, or with the error that kept it from being read: the
    ``OSError`` of its function or the ``InputError`` of its bytes. With ``then``, a function
    of the module level such as :func:`kzjustice.to_json`, each article is yielded as
    ``then(article)``, computed in the worker: the calling process then never holds the
    records. Inputs are taken as they are needed: with ``jobs`` above 1, each worker is handed
    ``BATCH`` inputs at a time, and at most ``IN_FLIGHT`` batches per worker are read ahead of
    the input yielded. An input named ``-`` (standard input, which may wait for a person) is
    read only once every input before it has been yielded.

    Raises:
        ValueError: ``jobs`` is below 1.
    """
    if jobs < 1:
        raise ValueError(f"jobs must be 1 or more, not {jobs}")
    if jobs == 1:
        for name, read in inputs:
            outcome = _decoded(name, read, encoding)
            if isinstance(outcome, tuple):
                yield name, _parse_batch([outcome], published, then)[0]
            else:
                yield name, outcome
        return
    # Workers start from a fresh process, never a fork of this one: a fork of a process with
    # threads running (a caller's, or a library's) may inherit a lock held, and hang.
    context = multiprocessing.get_context(
        "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
    )
    batch: list[tuple[str, _Decoded | OSError | InputError]] = []
    pending: deque[tuple[list[tuple[str, _Decoded | OSError | InputError]], _Job]] = deque()

    def send() -> None:
        texts = [outcome for _, outcome in batch if isinstance(outcome, tuple)]
        pending.append((batch.copy(), pool.submit(_parse_batch, texts, published, then)))
        batch.clear()

    # Leaving the pool, however it is left (done, interrupted, abandoned), cancels what is not
    # started and waits for the workers to finish the one batch each may hold (eight articles
    # at most) and leave. Not waiting raced the interpreter's exit: the pool's thread could
    # close its wake-up pipe while the exit wrote to it, and print an error after Ctrl-C. A
    # worker that dies raises BrokenProcessPool here, never a wait without end.
    pool = ProcessPoolExecutor(jobs, mp_context=context, initializer=_start_worker)
    try:
        for name, read in inputs:
            if name == "-" and batch:
                send()
            while pending and (
                len(pending) >= IN_FLIGHT * jobs or name == "-" or pending[0][1].done()
            ):
                yield from _received(*pending.popleft())
            batch.append((name, _decoded(name, read, encoding)))
            if len(batch) == BATCH or name == "-":
                send()
        if batch:
            send()
        while pending:
            yield from _received(*pending.popleft())
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _parse_batch(
    texts: list[_Decoded],
    published: datetime.date | None,
    then: Callable[[Article], Any] | None,
) -> list[Any]:
    """What a worker runs: the articles of a batch of decoded inputs, or what ``then`` makes."""
    articles = [_parse(*text, published) for text in texts]
    return articles if then is None else [then(article) for article in articles]


def _received(
    batch: list[tuple[str, _Decoded | OSError | InputError]], job: _Job
) -> Iterator[tuple[str, Any]]:
    """Each input of a batch with its outcome, in order, once the worker has read them."""
    results = iter(job.result())
    for name, outcome in batch:
        yield name, next(results) if isinstance(outcome, tuple) else outcome


def _decoded(
    name: str, read: Callable[[], bytes], encoding: str
) -> _Decoded | OSError | InputError:
    """The text, name and SHA-256 of an input, or why it cannot be read."""
    try:
        data = read()
        return decode(data, name=name, encoding=encoding), name, hashlib.sha256(data).hexdigest()
    except (OSError, InputError) as exc:
        return exc


_WARM_UP = (
    "date 2023-04-04 Court jails ex-officer\n\nA military court in Taldykorgan on March 18 "
    "sentenced Serik Kudebayev, 58, a former police chief, to nine years in prison for "
    '"abuse of office" and fined him 500,000 tenge. Prosecutors had asked for 11.'
)  # invented: it compiles the grammars' patterns, which are compiled on first use


def _start_worker() -> None:
    """Ready a worker process before its first input.

    Ctrl-C is the calling process's to handle (it ends the workers), and the patterns are
    compiled now, before the first input's time is counted.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    parse_article(_WARM_UP)
