"""The examples in the package's docstrings run and give what they show.

They run against the installed package (not the source tree), so a user's copy is what
is checked.
"""

from __future__ import annotations

import doctest
import importlib
import pkgutil
from types import ModuleType

import pytest

import dipnews


def _modules() -> list[str]:
    names = [dipnews.__name__]
    for info in pkgutil.walk_packages(dipnews.__path__, prefix="dipnews."):
        if info.name in {"dipnews.__main__", "dipnews.dask"}:
            continue  # __main__ runs the CLI on import; dask is an optional extra
        names.append(info.name)
    return names


@pytest.mark.parametrize("name", _modules())
def test_docstring_examples(name: str) -> None:
    module: ModuleType = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0, f"{result.failed} of {result.attempted} examples failed in {name}"
