"""The exceptions dipnews raises. Every one derives from :class:`DipnewsError`.

Each carries what went wrong and where, so a batch can report it and go on.
"""

from __future__ import annotations

__all__ = [
    "ContractError",
    "DataError",
    "DipnewsError",
    "InputError",
    "InputTooLargeError",
    "InputTypeError",
    "LookupFailedError",
]


class DipnewsError(Exception):
    """Base class of every error dipnews raises on purpose."""


class InputError(DipnewsError, ValueError):
    """The input cannot be processed (empty, undecodable, unreadable...).

    ``source`` names the input (a file name, ``<stdin>``, a line number) where known.
    """

    def __init__(self, message: str, *, source: str | None = None) -> None:
        self.source = source
        super().__init__(f"{source}: {message}" if source else message)


class InputTypeError(DipnewsError, TypeError):
    """A function was given a value of the wrong type (``parse(b"...")``)."""


class InputTooLargeError(InputError):
    """The text is longer than the configured limit (10,000,000 characters unless configured)."""

    def __init__(self, length: int, limit: int, *, source: str | None = None) -> None:
        self.length = length
        self.limit = limit
        super().__init__(
            f"text has {length} characters, more than the limit of {limit} "
            "(raise it with max_chars=... or DIPNEWS_MAX_CHARS)",
            source=source,
        )


class ContractError(DipnewsError, ValueError):
    """A JSON object is not a valid ``dipnews/1`` record."""


class DataError(DipnewsError):
    """A data table (the package's or a user's) is malformed.

    ``table`` names the table, ``row`` the offending row where known.
    """

    def __init__(self, message: str, *, table: str, row: object = None) -> None:
        self.table = table
        self.row = row
        where = f"{table}" if row is None else f"{table}: row {row!r}"
        super().__init__(f"{where}: {message}")


class LookupFailedError(DipnewsError, LookupError):
    """A registry ``lookup()`` found nothing (``get()`` returns ``None`` instead)."""
