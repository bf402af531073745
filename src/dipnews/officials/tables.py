"""The title table (``data/titles.json``), indexed once per process.

Keys are folded with :func:`title_key` (case, diacritics, dots, hyphens and runs of spaces
ignored), so ``Vice-Premier``, ``vice premier`` and ``Vice  Premier`` are one key.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

import attrs

from dipnews._compiled import compile_regex
from dipnews._data import load_table, string_list
from dipnews._fold import strip_marks
from dipnews.errors import DataError
from dipnews.records import ROLE_CODES

__all__ = ["Tables", "TitleRow", "match_form", "normal_form", "tables", "title_key"]

_TABLE = "titles.json"
_NAMES_TABLE = "name_variants.json"  # its "honorifics" are this table's too
_SPACES = compile_regex(r"\s++")
_LOWER_PAIR = compile_regex(r"\p{Ll}{2}")
_SMALL_WORDS = frozenset({"of", "for", "the", "and", "on", "to", "in", "at", "d'affaires"})

# Characters replaced one for one in the matching copy of a text, so offsets never move.
_MATCH_MAP = str.maketrans(
    {
        "\u2019": "'",
        "\u2018": "'",
        "\u02bc": "'",
        "\u2010": "-",
        "\u2011": "-",
        "\u00a0": " ",
        "\t": " ",
        "\r": " ",
        "\u2009": " ",
        "\u202f": " ",
    }
)


_MATCH_PAIRS = tuple((chr(k), str(v)) for k, v in _MATCH_MAP.items())

_LONE_NEWLINE = compile_regex(r"(?<!\n)\n(?![^\S\n]*+\n)")


def match_form(text: str) -> str:
    """A copy of *text* for matching: apostrophes straightened, spaces and wraps made plain.

    Every character maps to exactly one character, so offsets into the copy are offsets
    into *text*.

    >>> from dipnews.officials.tables import match_form
    >>> match_form("Russia\u2019s\u00a0envoy")
    "Russia's envoy"
    """
    # A single line break (a wire story's hard wrap) is a space; a blank line stays a
    # paragraph break that no mention crosses.
    # Character by character as str.translate would, but each replace runs in C (translate
    # with a dict looks every character up); no replacement is itself replaced again.
    for old, new in _MATCH_PAIRS:
        if old in text:
            text = text.replace(old, new)
    return _LONE_NEWLINE.sub(" ", text) if "\n" in text else text


def title_key(title: str) -> str:
    """The folded key of a title (``"Vice-Premier"`` -> ``"vice premier"``).

    >>> from dipnews.officials.tables import title_key
    >>> title_key("Secretary-General"), title_key("U.S. Trade  Representative")
    ('secretary general', 'us trade representative')
    """
    text = match_form(strip_marks(title)).casefold().replace(".", "").replace("-", " ")
    return _SPACES.sub(" ", text).strip()


def normal_form(alias: str) -> str:
    """How a title is written in a record: each word capitalised, small words kept low."""
    words = _SPACES.split(alias.strip())
    out = []
    for index, word in enumerate(words):
        keep = _LOWER_PAIR.search(word) is None or word[:1].isupper()
        if keep or (index and word in _SMALL_WORDS):
            out.append(word)
        else:
            out.append(word[:1].upper() + word[1:])
    return " ".join(out)


@attrs.frozen
class TitleRow:
    """One office title: its normal form, its role code, and where it applies."""

    title: str
    role: str
    country: str | None = None
    unique: bool = False
    needs: str | None = None
    government: bool = False  # an office of state even in lower case ("presidential aide")


@attrs.frozen
class Tables:
    """The indexed title table."""

    generic: Mapping[str, TitleRow]
    by_country: Mapping[str, Mapping[str, TitleRow]]
    unique: Mapping[str, str]
    aliases_cs: tuple[str, ...]
    aliases_ci: tuple[str, ...]
    honorifics: tuple[str, ...]
    qualifiers: tuple[str, ...]
    leader_words: tuple[str, ...]
    name_words: frozenset[str]
    not_names: frozenset[str]
    government_led: frozenset[str]
    first_name_short_form: frozenset[str]
    agency_countries: Mapping[str, str]
    parties: Mapping[str, str]
    institutions: Mapping[str, str]
    organisations: Mapping[str, str]
    role_titles: Mapping[str, str]
    holder_refined: Mapping[str, frozenset[str]] = MappingProxyType({})
    own_verbs: tuple[str, ...] = ()
    eponym_nouns: frozenset[str] = frozenset()
    sentence_words: frozenset[str] = frozenset()
    portfolio_words: frozenset[str] = frozenset()


def _strings(value: object, what: str, table: str = _TABLE) -> list[str]:
    return string_list(value, what, table=table)


def _honorifics(data: Mapping[str, Any]) -> tuple[str, ...]:
    """The honorifics shared with :mod:`dipnews.names` (``name_variants.json``) and this
    table's ``extra_honorifics``, in matching form."""
    shared = _strings(load_table(_NAMES_TABLE).get("honorifics", []), "honorifics", _NAMES_TABLE)
    extra = _strings(data.get("extra_honorifics", []), "extra_honorifics")
    return tuple(match_form(h) for h in [*shared, *extra])


def _str_map(value: object, what: str) -> dict[str, str]:
    if not isinstance(value, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in value.items()
    ):
        raise DataError(f"'{what}' must map strings to strings", table=_TABLE)
    return value


def _row(raw: Any) -> tuple[TitleRow, list[str]]:
    if not isinstance(raw, dict):
        raise DataError("title row must be an object", table=_TABLE, row=raw)
    title, role = raw.get("title"), raw.get("role")
    if not isinstance(title, str) or not title:
        raise DataError("'title' must be a non-empty string", table=_TABLE, row=raw)
    if role not in ROLE_CODES:
        raise DataError(f"unknown role code {role!r}", table=_TABLE, row=title)
    # A generic row may name its country (the EU's High Representative); a country row is
    # filed under its country already, and names it only when marked unique.
    fixed = raw.get("country")
    if fixed is not None and not isinstance(fixed, str):
        raise DataError("'country' must be a string", table=_TABLE, row=title)
    aliases = _strings(raw.get("aliases", []), f"{title}.aliases")
    needs = raw.get("needs")
    if needs not in (None, "org", "ministry", "honorific", "top"):
        raise DataError(
            "'needs' must be 'org', 'ministry', 'honorific', 'top' or absent",
            table=_TABLE,
            row=title,
        )
    row = TitleRow(
        title=normal_form(title),
        role=str(role),
        country=fixed,
        unique=bool(raw.get("unique", False)),
        needs=needs,
        government=bool(raw.get("government", False)),
    )
    return row, [title, *aliases]


def _case_sensitive(alias: str) -> bool:
    # Abbreviations (EAM, PM, MoS, NSA) are matched as written: "pm" is a time of day.
    return _LOWER_PAIR.search(alias) is None


@functools.cache
def tables() -> Tables:
    """The title table, read and indexed once."""
    data = load_table(_TABLE)
    titles = _index_titles(data)
    role_titles = _str_map(data.get("role_titles", {}), "role_titles")
    missing = set(ROLE_CODES) - set(role_titles)
    if missing:
        raise DataError(f"'role_titles' lacks {sorted(missing)}", table=_TABLE)
    organisations = _organisations(data)
    leader_words = _strings(data.get("leader_words", []), "leader_words")
    ordered = sorted(titles.spellings | set(leader_words), key=lambda s: (-len(s), s))
    return Tables(
        generic=MappingProxyType(titles.generic),
        by_country=MappingProxyType({k: MappingProxyType(v) for k, v in titles.by_country.items()}),
        unique=MappingProxyType(titles.unique),
        aliases_cs=tuple(s for s in ordered if _case_sensitive(s)),
        aliases_ci=tuple(s for s in ordered if not _case_sensitive(s)),
        honorifics=_honorifics(data),
        qualifiers=tuple(_strings(data.get("qualifiers", []), "qualifiers")),
        leader_words=tuple(leader_words),
        name_words=frozenset(_strings(data.get("name_words", []), "name_words")),
        not_names=frozenset(_strings(data.get("not_names", []), "not_names")),
        government_led=frozenset(_strings(data.get("government_led", []), "government_led")),
        agency_countries=MappingProxyType(
            _str_map(data.get("agency_countries", {}), "agency_countries")
        ),
        first_name_short_form=frozenset(
            _strings(data.get("first_name_short_form", []), "first_name_short_form")
        ),
        parties=MappingProxyType(
            {match_form(k): v for k, v in _str_map(data.get("parties", {}), "parties").items()}
        ),
        institutions=MappingProxyType(
            {
                match_form(k): v
                for k, v in _str_map(data.get("institutions", {}), "institutions").items()
            }
        ),
        organisations=MappingProxyType(organisations),
        role_titles=MappingProxyType(role_titles),
        holder_refined=MappingProxyType(_refined(data.get("holder_refined", {}))),
        own_verbs=tuple(_strings(data.get("own_official_verbs", []), "own_official_verbs")),
        eponym_nouns=frozenset(_strings(data.get("eponym_nouns", []), "eponym_nouns")),
        sentence_words=frozenset(_strings(data.get("sentence_words", []), "sentence_words")),
        portfolio_words=frozenset(_strings(data.get("portfolio_words", []), "portfolio_words")),
    )


@attrs.define
class _Titles:
    """The title rows by key: generic, by country, and the countries of unique titles;
    with every spelling to match."""

    generic: dict[str, TitleRow] = attrs.field(factory=dict)
    by_country: dict[str, dict[str, TitleRow]] = attrs.field(factory=dict)
    unique: dict[str, str] = attrs.field(factory=dict)
    spellings: set[str] = attrs.field(factory=set)

    def keys(self, aliases: list[str]) -> list[str]:
        """The keys of a row's *aliases*, noting each spelling (and without hyphens)."""
        keys = []
        for alias in aliases:
            for form in {alias, alias.replace("-", " ")}:
                self.spellings.add(match_form(form))
            keys.append(title_key(alias))
        return keys


def _index_titles(data: Mapping[str, Any]) -> _Titles:
    """The generic rows and the country rows of the table, indexed by key."""
    titles = _Titles()
    rows = data.get("generic")
    if not isinstance(rows, list):
        raise DataError("'generic' must be a list", table=_TABLE)
    for raw in rows:
        row, aliases = _row(raw)
        for key in titles.keys(aliases):
            if key in titles.generic and titles.generic[key] != row:
                raise DataError(f"title {key!r} is in two generic rows", table=_TABLE)
            titles.generic[key] = row
    countries = data.get("countries")
    if not isinstance(countries, dict):
        raise DataError("'countries' must be an object", table=_TABLE)
    for code, country_rows in countries.items():
        if not isinstance(country_rows, list):
            raise DataError("country rows must be a list", table=_TABLE, row=code)
        for raw in country_rows:
            row, aliases = _row(raw)
            for key in titles.keys(aliases):
                titles.by_country.setdefault(key, {})[code] = row
                if row.unique:
                    if titles.unique.get(key, code) != code:
                        raise DataError(f"title {key!r} is unique to two countries", table=_TABLE)
                    titles.unique[key] = code
    return titles


def _organisations(data: Mapping[str, Any]) -> dict[str, str]:
    """Each name of an organisation (in matching form) -> its key."""
    organisations: dict[str, str] = {}
    raw_orgs = data.get("organisations", {})
    if not isinstance(raw_orgs, dict):
        raise DataError("'organisations' must be an object", table=_TABLE)
    for key, names in raw_orgs.items():
        for name in _strings(names, f"organisations.{key}"):
            organisations[match_form(name)] = key
    return organisations


def _refined(value: object) -> dict[str, frozenset[str]]:
    """``holder_refined``: title key -> the roles the office-holder table may give it."""
    if not isinstance(value, dict):
        raise DataError("'holder_refined' must be an object", table=_TABLE)
    out: dict[str, frozenset[str]] = {}
    for title, roles in value.items():
        codes = _strings(roles, f"holder_refined.{title}")
        unknown = [c for c in codes if c not in ROLE_CODES]
        if unknown:
            raise DataError(f"unknown role codes {unknown}", table=_TABLE, row=title)
        out[title_key(title)] = frozenset(codes)
    return out
