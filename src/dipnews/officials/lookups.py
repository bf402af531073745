"""What officials asks of the office-holder table (:mod:`dipnews.holders`): canonical
names, holdings at a date, the holder of an office, and whether a name alone names a
holder. Every lookup goes to the :class:`~dipnews.holders.Registry` that
:func:`dipnews.officials.resolve` takes from :func:`holder_table` and passes down."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from dipnews import names
from dipnews.officials.titles import LEADER_ROLES

if TYPE_CHECKING:
    from dipnews.holders import Holding, Registry

__all__ = [
    "canonical_name_of",
    "handle_fits",
    "holder_at",
    "holder_table",
    "holdings_of",
    "known_holder",
]

# A surname this short, alone, names a person the article did not introduce only if a leader.
_SHORT_SURNAME = 3
# The shortest word of a name that a handle must spell out to be that person's account.
_HANDLE_WORD = 4


def holder_table() -> Registry:
    """The office-holder table that :func:`dipnews.officials.resolve` consults: the shared
    one of :mod:`dipnews.holders` (the package's table and any file loaded into it)."""
    # Imported at first use, as the table is read: ``import dipnews`` does not load it.
    from dipnews.holders import shared

    return shared.registry()


# The table's lookups by name are called through their twins without input checks
# (``_offices_of``...): the names are cut from a text already checked, and each check
# reads the environment's size limit.


def holdings_of(table: Registry, name: str, when: dt.date | None) -> list[Holding]:
    """The holdings of the person named *name*, at *when* if given (most salient first)."""
    return table._offices_of(name, when)


def canonical_name_of(table: Registry, forms: Sequence[str], when: dt.date | None) -> str | None:
    """The table's name for the person written *forms* (longest first): that of the first
    form it knows, else that of the one person of the longest form's surname who can be
    the same person (and is in office at *when*, where the date is known); else ``None``."""
    for form in forms:
        found = table._canonical_name(form)
        if found:
            return found
    longest = forms[0]
    people = table._by_surname(_last_word(longest))
    if not people:
        return None
    matches = [p for p in people if names._same_person(longest, p)]
    if when is not None:
        # a surname shared with a table's person names them only while in office: "King
        # Khalid" of an airport is not a former Kuwaiti minister called "Sabah Al-Khalid"
        matches = [p for p in matches if holdings_of(table, p, when)]
    return matches[0] if len(matches) == 1 else None


def holder_at(table: Registry, country: str, role: str, when: dt.date | None) -> str | None:
    """The one person holding *role* in *country* at *when*, or ``None``."""
    if when is None:
        return None
    people = {h.person for h in table.at(country, role, when)}
    return people.pop() if len(people) == 1 else None


def handle_fits(handle: str, name: str) -> bool:
    """Whether the social-media *handle* can be the account of the person *name*: a word of
    the name (four letters or more) is written in it (``@RangelPaulo`` is Paulo Rangel's,
    ``@ABZayed`` Abdullah bin Zayed's). The text wins over the table: a handle that names
    nobody the table gives for the office is not taken for that office's holder."""
    folded = names._name_key(handle).replace(" ", "")
    return any(len(t) >= _HANDLE_WORD and t in folded for t in names._key_tokens(name))


def _last_word(name: str) -> str:
    return name.split()[-1] if name.split() else name


def known_holder(
    table: Registry,
    name: str,
    when: dt.date | None,
    before: str = "",
    lookups: dict[str, tuple[str, list[Holding]] | None] | None = None,
) -> tuple[str, Holding] | None:
    """A person the holders table knows by *name* (unique), in office at *when*.

    *lookups* memoizes the table's answers by name for one article (one *when*).
    """
    if when is None:
        return None
    tokens = names._key_tokens(name)
    if not tokens:
        return None
    if lookups is None:
        lookups = {}
    if name not in lookups:
        lookups[name] = _holder_lookup(table, name, len(tokens), when)
    looked = lookups[name]
    if looked is None:
        return None
    canonical, holdings = looked
    if len(tokens) == 1 and len(tokens[0]) <= _SHORT_SURNAME:
        # A short surname alone ("Dar", "Ali") is too often a word or part of a place name
        # to name someone who was not introduced; a sitting leader's ("Xi") is not, nor one
        # written after the rest of the full name ("To Lam").
        rest = canonical[: -len(name)] if len(canonical) > len(name) else ""
        whole = bool(rest) and names._name_key(before[-len(rest) :] + name) == names._name_key(
            canonical
        )
        if not whole:
            holdings = [h for h in holdings if h.role in LEADER_ROLES]
    return (canonical, holdings[0]) if holdings else None


def _holder_lookup(
    table: Registry, name: str, count: int, when: dt.date
) -> tuple[str, list[Holding]] | None:
    """The canonical name of the one person the table knows by *name* (of *count* tokens)
    and that person's holdings at *when*."""
    if count == 1:
        people = table._by_surname(name)
        if len(people) != 1:
            return None
        canonical = people[0]
    else:
        found = table._canonical_name(name)
        if found is None:
            return None
        canonical = found
    return canonical, holdings_of(table, canonical, when)
