"""Countries: ISO 3166-1 alpha-3 codes, names, adjectives (demonyms) and aliases.

STUB: the table ``data/countries.json`` and this API are being written (issue 3).

Public API (stable; other components code against it):

- ``code_for(name: str) -> str | None``: ISO alpha-3 for a country name, short name,
  adjective/demonym or alias in any case (``"India"``, ``"Indian"``, ``"india's"`` is
  not handled here: strip the possessive first), ``None`` if unknown.
- ``name_of(code: str) -> str``: the common English short name (``"RUS"`` -> ``"Russia"``).
- ``adjective_of(code: str) -> str``: the main adjective (``"RUS"`` -> ``"Russian"``).
- ``NAME_PATTERN``: not provided; build regexes from ``all_names()``.
- ``all_names() -> Mapping[str, str]``: every lower-cased name/adjective/alias -> code.
"""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["adjective_of", "all_names", "code_for", "name_of"]


def code_for(name: str) -> str | None:
    """ISO alpha-3 code for a country name or adjective, or ``None``."""
    return None


def name_of(code: str) -> str:
    """The common English short name of *code*."""
    return code


def adjective_of(code: str) -> str:
    """The main English adjective of *code*."""
    return code


def all_names() -> Mapping[str, str]:
    """Every lower-cased country name, adjective and alias, mapped to its code."""
    return {}
