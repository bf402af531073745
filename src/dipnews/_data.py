"""Loading the package's data tables through :mod:`importlib.resources`.

Every table is a JSON file in :mod:`dipnews.data` with a top-level ``schema_version``
(an integer) and ``sources`` (a list of strings naming where its facts come from).
Tables are read once per process and cached; callers compile them once at first use.
"""

from __future__ import annotations

import functools
import json
from importlib import resources
from pathlib import PurePath
from typing import Any

from dipnews.errors import DataError

__all__ = ["load_table", "organisation_keys", "string_list"]


@functools.cache
def load_table(name: str) -> dict[str, Any]:
    """Read ``dipnews/data/<name>`` once and return its parsed JSON object.

    Raises :class:`~dipnews.errors.DataError` when *name* is not a plain file name (no
    paths out of the package), or the file is missing, not JSON, or lacks
    ``schema_version``. The returned object is shared: do not mutate it.
    """
    if not name or name != PurePath(name).name or name in {".", ".."} or "\\" in name:
        # Only a plain file name: never a path that leads out of the data package.
        raise DataError("not a table name (a file name in dipnews/data expected)", table=name)
    try:
        raw = resources.files("dipnews.data").joinpath(name).read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise DataError("no such data table", table=name) from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise DataError(f"cannot read: {exc}", table=name) from exc
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise DataError(f"not valid JSON: {exc}", table=name) from exc
    if not isinstance(data, dict) or not isinstance(data.get("schema_version"), int):
        raise DataError("missing integer 'schema_version'", table=name)
    return data


def string_list(value: object, what: str, *, table: str, row: object = None) -> list[str]:
    """*value* if it is a list of non-empty strings (a table's field *what*), else raise.

    Raises :class:`~dipnews.errors.DataError` naming *table* and *row* (where given).

    >>> from dipnews._data import string_list
    >>> string_list(["Dr", "Mr"], "honorifics", table="demo.json")
    ['Dr', 'Mr']
    """
    if not isinstance(value, list) or not all(isinstance(x, str) and x for x in value):
        raise DataError(f"'{what}' must be a list of non-empty strings", table=table, row=row)
    return value


def organisation_keys() -> frozenset[str]:
    """The keys of the organisations dipnews knows (``UN``, ``SCO``, ``OECD``...): the
    ``orgs`` of ``forums.json``, the one list of them. Where a country code is expected
    (an official's ``country``, an office holder's), an organisation's key may stand.

    >>> from dipnews._data import organisation_keys
    >>> {"UN", "SCO", "EU"} <= organisation_keys()
    True
    """
    orgs = load_table("forums.json").get("orgs")
    if not isinstance(orgs, dict):
        raise DataError("'orgs' must map organisation keys to their entries", table="forums.json")
    return frozenset(orgs)
