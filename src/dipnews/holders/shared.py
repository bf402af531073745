"""The shared table that the module functions of :mod:`dipnews.holders` answer from.

This room holds the only module state of :mod:`dipnews.holders`: ``_default``, the shared
:class:`~dipnews.holders.Registry`, built at first use (:func:`registry`) as a copy of the
package's own table (``data/holders.json``, read once and cached by
:func:`_package_registry`). :func:`dipnews.holders.load` extends it in place and
:func:`reset` drops it, so the next use starts again from the package's table.
"""

from __future__ import annotations

import functools
import threading

from dipnews._data import load_table
from dipnews.holders.registry import Registry

__all__ = ["registry", "reset"]

_TABLE = "holders.json"


@functools.cache
def _package_registry() -> Registry:
    # tests/test_holders.py validates every row of the package's table
    return Registry.from_data(load_table(_TABLE), table=_TABLE, checked=True)


_default: list[Registry] = []
_default_lock = threading.Lock()


def registry() -> Registry:
    """The shared table: the package's holdings plus any files :func:`~dipnews.holders.load`
    added since the last :func:`reset`."""
    if not _default:
        with _default_lock:
            if not _default:
                _default.append(_package_registry().copy())
    return _default[0]


def reset() -> None:
    """Forget loaded files: the shared table goes back to the package's own data."""
    with _default_lock:
        _default.clear()
