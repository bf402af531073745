"""The title table's answers: the row of a title in a country, the role it names, the
highest of several titles, the title as written, and what a place word names."""

from __future__ import annotations

import functools
from collections.abc import Iterable

from dipnews import countries
from dipnews._compiled import compile_regex
from dipnews._text import check_text
from dipnews.officials.tables import TitleRow, normal_form, tables, title_key

__all__ = [
    "LEADER_ROLES",
    "SPACE_RUN",
    "best_title",
    "cached_title_key",
    "is_leader",
    "place_of",
    "role_of",
    "row_for",
    "salience",
    "written_title",
]

# When one person is given several titles at once, the record keeps the highest of them:
# the foreign and defence ministries before a deputy premiership ("Deputy Prime Minister
# and Foreign Minister"), a deputy premiership before other portfolios ("Deputy Prime
# Minister and Minister of Trade"), as the office-holder table orders a person's offices.
_PRIORITY = (
    "HEAD_OF_STATE",
    "HEAD_OF_GOVERNMENT",
    "FOREIGN_MINISTER",
    "DEFENCE_MINISTER",
    "DEPUTY_HEAD_OF_GOVERNMENT",
    "FINANCE_MINISTER",
    "TRADE_MINISTER",
    "NATIONAL_SECURITY_ADVISER",
    "ORG_HEAD",
    "DEPUTY_FOREIGN_MINISTER",
    "SENIOR_DIPLOMAT",
    "FOREIGN_MINISTRY_SPOKESPERSON",
    "OTHER_MINISTER",
    "SPECIAL_ENVOY",
    "AMBASSADOR",
    "ADVISER",
    "LEGISLATOR",
    "PARTY_LEADER",
)
#: The roles of a leader ("the Russian leader", a sitting leader's surname), in order.
LEADER_ROLES = ("HEAD_OF_STATE", "HEAD_OF_GOVERNMENT")
#: A run of white space.
SPACE_RUN = compile_regex(r"\s++")


def row_for(key: str, country: str | None) -> tuple[TitleRow | None, str | None]:
    """The title row for *key* in *country*, and the country it names if none is given."""
    table = tables()
    local = table.by_country.get(key, {})
    if country is not None:
        row = local.get(country) or table.generic.get(key)
        if row is None and local:
            row = next(iter(local.values()))
        return row, country
    if key in table.unique:
        code = table.unique[key]
        return local[code], code
    row = table.generic.get(key)
    if row is not None:
        return row, row.country
    if local:
        return next(iter(local.values())), None
    return None, None


def role_of(title: str, country: str | None = None) -> str | None:
    """The role code of *title* in *country* (or anywhere), or ``None`` if unknown.

    >>> from dipnews.officials import role_of
    >>> role_of("Foreign Secretary", "IND"), role_of("Foreign Secretary", "GBR")
    ('SENIOR_DIPLOMAT', 'FOREIGN_MINISTER')
    >>> role_of("Secretary of State"), role_of("Vice Premier"), role_of("Mayor of Atlantis")
    ('FOREIGN_MINISTER', 'DEPUTY_HEAD_OF_GOVERNMENT', None)
    """
    check_text(title, what="title")
    key = title_key(title)
    if is_leader(key):
        return "HEAD_OF_STATE"
    row, _ = row_for(key, country)
    if row is None:
        return (
            "OTHER_MINISTER" if key.endswith(" minister") or key.startswith("minister ") else None
        )
    return row.role


# The tables are read once per process, so a title's key never changes.
cached_title_key = functools.lru_cache(maxsize=65536)(title_key)


@functools.cache
def _leader_keys() -> frozenset[str]:
    return frozenset(title_key(w) for w in tables().leader_words)


def is_leader(key: str) -> bool:
    return key in _leader_keys()


@functools.lru_cache(maxsize=65536)
def place_of(text: str | None) -> tuple[str | None, str]:
    """The code a place word names and what kind of word it is."""
    if text is None:
        return None, ""
    table = tables()
    if text in table.institutions:
        return table.institutions[text], "institution"
    if text in table.organisations:
        return table.organisations[text], "org"
    code = countries.code_for(text)
    if code is not None:
        return code, "country"
    if text in table.parties:
        return table.parties[text], "party"
    return None, ""


def salience(role: str) -> int:
    """The rank of *role* among a person's offices: 0 for a head of state, then lower."""
    return _PRIORITY.index(role) if role in _PRIORITY else len(_PRIORITY)


def best_title(keys: Iterable[str], country: str | None) -> tuple[TitleRow | None, str, str | None]:
    best: tuple[int, TitleRow, str, str | None] | None = None
    for key in keys:
        row, implied = row_for(key, country)
        if row is None:
            if key.endswith(" minister") or key.startswith("minister "):
                row, implied = TitleRow(title="Minister", role="OTHER_MINISTER"), country
            else:
                continue
        rank = _PRIORITY.index(row.role)
        if best is None or rank < best[0]:
            best = (rank, row, key, implied)
    if best is None:
        return None, "", None
    return best[1], best[2], best[3]


@functools.lru_cache(maxsize=65536)
def written_title(surface: str) -> str:
    """The title as the text words it, in normal form (spacing and capitals)."""
    return normal_form(SPACE_RUN.sub(" ", surface.strip()))
