"""Office holders, time-aware: who held which office when.

The facts are in ``data/holders.json``: one row per holding, shaped like a Wikidata
position-held (P39) statement. See :doc:`holders` for coverage and how to extend it with
your own file (:meth:`dipnews.knowledge.Knowledge.with_holders`).

>>> import datetime as dt
>>> from dipnews import holders
>>> [h.person for h in holders.at("RUS", "FOREIGN_MINISTER", dt.date(2025, 11, 17))]
['Sergey Lavrov']
>>> [h.person for h in holders.at("USA", "FOREIGN_MINISTER", "2018-06-01")]
['Mike Pompeo']
>>> holders.canonical_name("Dr. S. Jaishankar"), holders.canonical_name("Sergei Lavrov")
('Subrahmanyam Jaishankar', 'Sergey Lavrov')
>>> [(h.country, h.role) for h in holders.offices_of("S Jaishankar", dt.date(2016, 1, 1))]
[('IND', 'SENIOR_DIPLOMAT')]

Conventions:

- ``end`` is the day the holding ended, which is normally the successor's first day, so
  :func:`at` on a hand-over day answers the successor only (``start <= day < end``).
- Single-holder offices (``HEAD_OF_STATE``, ``HEAD_OF_GOVERNMENT``, ``FOREIGN_MINISTER``,
  ``DEFENCE_MINISTER``, ``FINANCE_MINISTER``, ``TRADE_MINISTER``,
  ``NATIONAL_SECURITY_ADVISER`` per country; ``ORG_HEAD`` per organisation and position)
  never have two holders at once; other roles (deputy prime ministers, spokespersons...)
  may.
- Where one person heads both state and government (presidential systems such as the
  United States, Brazil or Indonesia; Türkiye since 2018-07-09) the table records only the
  ``HEAD_OF_STATE`` holding and lists the country under ``combined_head``; :func:`at` for
  ``HEAD_OF_GOVERNMENT`` then answers the head of state.
- Names are compared with :func:`dipnews.names.name_key` (case, diacritics,
  transliteration variants); a name that is not a listed spelling is matched to a known
  person with :func:`dipnews.names.same_person` among people of the same surname, if
  exactly one matches (``Sergey V. Lavrov``); a bare surname names a person only when
  nobody else in the table has it (``Zakharova`` yes, ``Patrushev`` no: two people).

Public API: :class:`Holding`, :func:`at`, :func:`offices_of`, :func:`canonical_name`,
:func:`by_surname`, :func:`validate`, :func:`holdings`, :data:`SINGLE_HOLDER_ROLES`,
:data:`ORG_KEYS`, and :class:`Registry` for a table of one's own. To add a file of your own
holdings, use :meth:`dipnews.knowledge.Knowledge.with_holders` (the module-level
:func:`load` and :func:`reset` are deprecated).
"""

from __future__ import annotations

import datetime as dt
import warnings
from collections.abc import Iterator
from pathlib import Path

from dipnews.holders import checks, records
from dipnews.holders.checks import validate
from dipnews.holders.records import Holding
from dipnews.holders.registry import Registry
from dipnews.holders.shared import registry
from dipnews.holders.shared import reset as _reset

__all__ = [
    "ORG_KEYS",
    "SINGLE_HOLDER_ROLES",
    "Holding",
    "Registry",
    "at",
    "by_surname",
    "canonical_name",
    "holdings",
    "load",
    "offices_of",
    "reset",
    "validate",
]

#: Roles that one person holds at a time per country (per organisation and position for
#: ``ORG_HEAD``).
SINGLE_HOLDER_ROLES: frozenset[str] = records.SINGLE_HOLDER_ROLES

#: Organisation keys accepted in ``country``: the organisations of ``data/forums.json``.
ORG_KEYS: frozenset[str] = checks.ORG_KEYS


def at(country: str, role: str, date: dt.date | str) -> list[Holding]:
    """Holders of *role* in *country* on *date* (several for multi-holder roles).

    >>> from dipnews.holders import at
    >>> [h.person for h in at("IND", "HEAD_OF_GOVERNMENT", "2016-01-01")]
    ['Narendra Modi']
    >>> [h.person for h in at("USA", "HEAD_OF_GOVERNMENT", "2025-06-01")]
    ['Donald Trump']
    """
    return registry().at(country, role, date)


def offices_of(name: str, date: dt.date | str | None = None) -> list[Holding]:
    """The holdings of the person whose name or any spelling of it is *name*."""
    return registry().offices_of(name, date)


def canonical_name(name: str) -> str | None:
    """The canonical full name for any known spelling, or ``None``.

    >>> from dipnews.holders import canonical_name
    >>> canonical_name("Zelenskiy") is None or canonical_name("Zelenskiy") == "Volodymyr Zelensky"
    True
    >>> canonical_name("Nobody Atall") is None
    True
    """
    return registry().canonical_name(name)


def by_surname(surname: str) -> list[str]:
    """Canonical names of people with that surname.

    >>> from dipnews.holders import by_surname
    >>> by_surname("Patrushev")
    ['Dmitry Patrushev', 'Nikolai Patrushev']
    """
    return registry().by_surname(surname)


def holdings() -> Iterator[Holding]:
    """Every holding in the shared table (the package's plus any loaded files)."""
    return registry().holdings()


def load(path: str | Path) -> int:
    """Add a user's holdings file to the shared table; see :meth:`Registry.load`.

    .. deprecated:: 0.2
       The shared table is module state that worker processes started by spawn do not
       see. Use :meth:`dipnews.knowledge.Knowledge.with_holders` and pass the knowledge
       (``knowledge=`` in Python, ``--holders FILE`` on the command line).
    """
    warnings.warn(
        "dipnews.holders.load() changes module state; use "
        "dipnews.knowledge.Knowledge.default().with_holders(path) and pass knowledge=",
        DeprecationWarning,
        stacklevel=2,
    )
    return registry().load(path)


def reset() -> None:
    """Forget the files :func:`load` added: the shared table is the package's again.

    .. deprecated:: 0.2
       Goes with :func:`load`; a :class:`~dipnews.knowledge.Knowledge` needs no reset.
    """
    warnings.warn(
        "dipnews.holders.reset() goes with the deprecated load(); pass a Knowledge instead",
        DeprecationWarning,
        stacklevel=2,
    )
    _reset()
