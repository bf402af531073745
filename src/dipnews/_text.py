"""Input checks shared by every public function that takes article text."""

from __future__ import annotations

import datetime as dt
import os

from dipnews.errors import InputError, InputTooLargeError, InputTypeError

__all__ = ["DEFAULT_MAX_CHARS", "check_date", "check_text", "max_chars"]

#: Longest text accepted by default: 10 million characters (about 10 MB of English).
#: Override per call with ``max_chars=`` or per process with ``DIPNEWS_MAX_CHARS``.
DEFAULT_MAX_CHARS = 10_000_000


def max_chars() -> int:
    """The process-wide limit: ``DIPNEWS_MAX_CHARS`` if set, else the default.

    Raises :class:`~dipnews.errors.InputError` when the variable is set to anything but a
    positive integer (a typo must not silently change the limit).
    """
    raw = os.environ.get("DIPNEWS_MAX_CHARS")
    if raw is None or not raw.strip():
        return DEFAULT_MAX_CHARS
    try:
        value = int(raw)
    except ValueError:
        value = 0
    if value <= 0:
        raise InputError(f"DIPNEWS_MAX_CHARS must be a positive integer, got {raw!r}")
    return value


def check_text(text: object, *, limit: int | None = None, what: str = "text") -> str:
    """Return *text* if it is a ``str`` within the size limit, else raise.

    Raises :class:`~dipnews.errors.InputTypeError` for a non-``str`` (``bytes`` included:
    decode first) and :class:`~dipnews.errors.InputTooLargeError` past the limit.
    """
    if not isinstance(text, str):
        hint = (
            " (decode bytes first, e.g. data.decode('utf-8'))"
            if isinstance(text, (bytes, bytearray))
            else ""
        )
        raise InputTypeError(f"{what} must be str, not {type(text).__name__}{hint}")
    bound = max_chars() if limit is None else limit
    if len(text) > bound:
        raise InputTooLargeError(len(text), bound)
    return text


def check_date(value: object, *, what: str = "published") -> dt.date | None:
    """*value* as a date: ``None`` and a date as they are, a ``datetime`` as its date.

    Raises :class:`~dipnews.errors.InputTypeError` for anything else (an ISO string
    included: parse it first with ``datetime.date.fromisoformat``).
    """
    if value is None or type(value) is dt.date:
        return value
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    raise InputTypeError(f"{what} must be a datetime.date or None, not {type(value).__name__}")
