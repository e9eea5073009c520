"""The exceptions kzjustice raises: only for structured data, never for text."""

from __future__ import annotations

__all__ = ["DataError", "InputError", "KzJusticeError"]


class KzJusticeError(Exception):
    """Base class of every exception kzjustice raises."""


class DataError(KzJusticeError, ValueError):
    """Structured data (JSON, a dict) does not describe a valid record.

    The message names the path of every offending field, e.g.
    ``$.cases[0].defendants[1].sentences[0].value.kind``; ``paths`` holds those paths.
    """

    def __init__(self, problems: list[tuple[str, str]]) -> None:
        """Build the error from ``(path, problem)`` pairs."""
        self.paths = tuple(path for path, _ in problems)
        super().__init__("; ".join(f"{path}: {problem}" for path, problem in problems))


class InputError(KzJusticeError, ValueError):
    """An input file's bytes are not text in the encoding it is read with.

    The message names the file and the offset of the first byte that cannot be decoded;
    ``name`` and ``offset`` hold them.
    """

    def __init__(self, name: str, offset: int, encoding: str, byte: int) -> None:
        """Describe the first undecodable ``byte``, at ``offset`` in the file ``name``."""
        self.name = name
        self.offset = offset
        super().__init__(
            f"{name}: not {encoding} text: byte 0x{byte:02x} at offset {offset} "
            "(give the file's encoding with --encoding)"
        )
