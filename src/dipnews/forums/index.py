"""The data: ``data/forums.json`` read once and indexed by comparison key.

Every name in the file is looked up by :func:`name_key` (case, punctuation, spacing,
spelling variants and plural endings gone), so ``Heads of State Council`` and
``heads-of-state council`` are one key. :func:`index` holds what the interpretation asks
(which organisation a name is, which body a phrase names for an organisation, which
mechanism a pair and kind have); :func:`name_lists` holds the lists the grammar compiles.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import Any

import attrs
import regex

from dipnews import countries as _countries
from dipnews._compiled import compile_regex
from dipnews._data import load_table
from dipnews.errors import DataError

TABLE = "forums.json"


def strings(value: object, table_row: str) -> list[str]:
    """*value*, checked to be a list of non-empty strings (*table_row* names it in errors)."""
    if not isinstance(value, list) or not all(isinstance(x, str) and x for x in value):
        raise DataError("expected a list of non-empty strings", table=TABLE, row=table_row)
    return list(value)


@attrs.frozen
class Org:
    """One row of ``orgs``."""

    key: str
    name: str
    description: str
    #: The body keys the organisation has.
    bodies: tuple[str, ...]
    #: The body that an edition or a place implies (``17th BRICS`` is a summit).
    meeting_body: str | None
    #: Display names of bodies where the name and the body's name read badly together.
    display: Mapping[str, str]
    #: Words that, right after the name, show it is something else.
    not_followed_by: tuple[str, ...]
    #: Acronyms that are also words, read only outside text in capitals (``WHO``).
    not_in_capitals: tuple[str, ...] = ()
    #: Whether the key is an extension of the contract's closed set (``OECD``, ``UNHCR``).
    extension: bool = False


@attrs.frozen
class Mechanism:
    """One row of ``mechanisms``: a listed bilateral mechanism."""

    key: str
    #: The two ISO alpha-3 codes, sorted.
    countries: tuple[str, ...]
    kind: str
    body: str
    name: str
    description: str


@attrs.frozen
class Index:
    """The data file, indexed by :func:`name_key`."""

    orgs: Mapping[str, Org]
    mechanisms: Mapping[str, Mechanism]
    #: Body key -> its display name.
    body_names: Mapping[str, str]
    #: Body key -> how an edition is written (``{ordinal} session of the {name}``).
    body_forms: Mapping[str, str]
    #: Organisation name or acronym -> its key; ``None`` for a namesake (``UNESCO``).
    org_by_name: Mapping[str, str | None]
    #: A name that carries organisation and body at once (``UNGA``) -> (org, body).
    combined: Mapping[str, tuple[str, str]]
    #: Body phrase -> {org key, or ``*`` for any org that has the body: body key}.
    body_by_phrase: Mapping[str, Mapping[str, str]]
    #: Body name that may stand alone after *the* -> {org key: body key}.
    bare_bodies: Mapping[str, Mapping[str, str]]
    #: Body name that, alone after *the* with no owner named before, is one organisation's
    #: (``the Security Council`` is the UN's) -> (org key, body key, words that, right
    #: after it, show it is another (``of``: ``the Security Council of Russia``)).
    bare_defaults: Mapping[str, tuple[str, str, tuple[str, ...]]]
    #: A listed mechanism's own name or acronym -> its key.
    mechanism_by_name: Mapping[str, str]
    #: Phrase naming a kind of mechanism after a pair (``Joint Commission``) -> kind.
    kind_by_phrase: Mapping[str, str]
    #: Kind phrases that never take their pair from the rest of the sentence: a body phrase
    #: too (``summit``), or of a kind with ``pair_from_sentence`` false.
    generic_kinds: frozenset[str]
    #: (first code, second code, kind) -> the listed mechanism's key.
    mechanism_by_pair: Mapping[tuple[str, str, str], str]
    #: Word joining an ordinal to a forum (``session``) -> the body it implies, if any.
    links: Mapping[str, str | None]
    #: Links that make a meeting of the forum even without an ordinal.
    standalone_links: frozenset[str]
    #: Combining form of a country name (``Indo``, ``Sino``) -> ISO code.
    combining: Mapping[str, str]
    #: Every acronym, as written.
    acronyms: frozenset[str]
    country_codes: frozenset[str]
    #: Phrase -> the suffix of the generic key it gives (``Joint Permanent Commission``: JPC).
    generic_suffix: Mapping[str, str]
    #: Generic suffix -> its kind.
    suffix_kind: Mapping[str, str]
    #: Generic suffix -> the phrase its display name uses.
    suffix_display: Mapping[str, str]
    #: Kind -> the body it gives.
    kind_body: Mapping[str, str]
    #: Kinds whose phrases are ordinary words, a mechanism only capitalised or abbreviated.
    needs_capital: frozenset[str]
    #: Kind -> the suffix that ``annual`` before a plain phrase gives (``annual summit``).
    annual_suffix: Mapping[str, str]
    #: A name standing for a country pair (``CPEC``) -> the pair's codes, sorted.
    pair_aliases: Mapping[str, tuple[str, str]]


@functools.cache
def table() -> dict[str, Any]:
    """The data file as read, its main objects checked."""
    data = load_table(TABLE)
    for key in ("orgs", "bodies", "mechanisms", "mechanism_kinds"):
        if not isinstance(data.get(key), dict):
            raise DataError(f"missing object {key!r}", table=TABLE)
    return data


def _variant_table(raw: object) -> dict[str, list[str]]:
    groups: dict[str, list[str]] = {}
    if not isinstance(raw, list):
        raise DataError("'spelling_variants' must be a list of lists", table=TABLE)
    for group in raw:
        words = [w.casefold() for w in strings(group, "spelling_variants")]
        for w in words:
            groups[w] = words
    return groups


@functools.cache
def variants() -> dict[str, list[str]]:
    """Each casefolded word with spelling variants -> all of them (``defence``, ``defense``)."""
    return _variant_table(table().get("spelling_variants", []))


_KEY_SPLIT = compile_regex(r"[^\w+]++")
_QUOTES = compile_regex(r"['’]")


@functools.lru_cache(maxsize=8192)
def name_key(text: str) -> str:
    """The comparison key of a name: case, punctuation, spacing and spelling variants gone."""
    spellings = variants()
    text = _QUOTES.sub("", text.casefold().replace("&", " and "))
    out = []
    for word in _KEY_SPLIT.split(text):
        if not word:
            continue
        group = spellings.get(word)
        word = _KEY_SPLIT.sub("", group[0]) if group else word
        if len(word) >= 4 and word.endswith("s") and not word.endswith("ss"):
            word = word[:-1]  # plural and possessive forms are one key (Ministers', Minister's)
        out.append(word)
    return "".join(out)


def group_phrases(bodies: Mapping[str, Any]) -> dict[str, str]:
    """Each phrase that names the people a body gathers (``Foreign Ministers``, ``Leaders``)
    -> the body key. Such a phrase names the body only after a meeting word: ``meeting of
    SCO foreign ministers``, ``session of Heads of State and Government of the AU``."""
    phrases: dict[str, str] = {}
    for key, body in bodies.items():
        for p in strings(body.get("group_phrases", []), key):
            phrases[p] = key
        sectors = body.get("sectors", [])
        for form in strings(body.get("sector_group_phrases", []), key) if sectors else []:
            for sector in strings(sectors, key):
                phrases[form.format(sector)] = key
    return phrases


def body_phrases(bodies: Mapping[str, Any]) -> dict[str, str]:
    """Each phrase that names a body for any organisation that has it -> the body key."""
    phrases: dict[str, str] = {}
    for key, body in bodies.items():
        for p in strings(body.get("phrases", []), key):
            phrases[p] = key
        sectors = body.get("sectors", [])
        for form in strings(body.get("sector_phrases", []), key) if sectors else []:
            for sector in strings(sectors, key):
                phrases[form.format(sector)] = key
        for p in strings(body.get("extra_phrases", []), key):
            phrases[p] = key
    return phrases


@attrs.define
class _OrgTables:
    """What :func:`_read_orgs` gathers from ``orgs`` and ``not_forums``."""

    orgs: dict[str, Org] = attrs.Factory(dict)
    org_by_name: dict[str, str | None] = attrs.Factory(dict)
    combined: dict[str, tuple[str, str]] = attrs.Factory(dict)
    body_by_phrase: dict[str, dict[str, str]] = attrs.Factory(dict)
    bare_bodies: dict[str, dict[str, str]] = attrs.Factory(dict)
    bare_defaults: dict[str, tuple[str, str, tuple[str, ...]]] = attrs.Factory(dict)
    acronyms: set[str] = attrs.Factory(set)


def _read_orgs(data: Mapping[str, Any]) -> _OrgTables:
    bodies: dict[str, Any] = data["bodies"]
    out = _OrgTables()
    for phrase, body in [*body_phrases(bodies).items(), *group_phrases(bodies).items()]:
        out.body_by_phrase.setdefault(name_key(phrase), {})["*"] = body
    for key, row in data["orgs"].items():
        own = row.get("bodies", {})
        for body in own:
            if body not in bodies:
                raise DataError(f"unknown body {body!r}", table=TABLE, row=key)
        out.orgs[key] = Org(
            key=key,
            name=str(row["name"]),
            description=str(row["description"]),
            bodies=tuple(own),
            meeting_body=row.get("meeting_body"),
            display=dict(row.get("display", {})),
            not_followed_by=tuple(strings(row.get("not_followed_by", []), key)),
            not_in_capitals=tuple(strings(row.get("not_in_capitals", []), key)),
            extension=row.get("extension", False) is True,
        )
        _read_org_names(key, row, out)
    not_forums = data.get("not_forums", {})
    for name in strings(not_forums.get("names", []), "not_forums") + strings(
        not_forums.get("acronyms", []), "not_forums"
    ):
        out.org_by_name.setdefault(name_key(name), None)
    return out


def _read_org_names(key: str, row: Mapping[str, Any], out: _OrgTables) -> None:
    """The names of organisation *key*: its own, its bodies', combined, numbered and bare."""
    for name in strings(row["names"], key) + strings(row["acronyms"], key):
        out.org_by_name[name_key(name)] = key
    out.acronyms.update(row["acronyms"])
    for body, names in row.get("bodies", {}).items():
        for p in strings(names, key):
            out.body_by_phrase.setdefault(name_key(p), {})[key] = body
    for body, names in row.get("combined", {}).items():
        for p in strings(names, key):
            out.combined[name_key(p)] = (key, body)
            if p.upper() == p:
                out.acronyms.add(p)
    for body, names in row.get("numbered", {}).items():
        for p in strings(names, key):
            out.combined[name_key(p)] = (key, body)
    for body, names in row.get("bare", {}).items():
        for p in strings(names, key):
            out.bare_bodies.setdefault(name_key(p), {})[key] = body
    for body, unless in row.get("bare_default", {}).items():
        for p in strings(row.get("bare", {}).get(body, []), key):
            out.bare_defaults[name_key(p)] = (key, body, tuple(strings(unless, key)))


@attrs.define
class _KindTables:
    """What :func:`_read_kinds` gathers from ``mechanism_kinds``."""

    kind_by_phrase: dict[str, str] = attrs.Factory(dict)
    kind_body: dict[str, str] = attrs.Factory(dict)
    generic_suffix: dict[str, str] = attrs.Factory(dict)
    suffix_kind: dict[str, str] = attrs.Factory(dict)
    suffix_display: dict[str, str] = attrs.Factory(dict)
    annual_suffix: dict[str, str] = attrs.Factory(dict)
    needs_capital: set[str] = attrs.Factory(set)


def _read_kinds(data: Mapping[str, Any]) -> _KindTables:
    out = _KindTables()
    for kind, row in data["mechanism_kinds"].items():
        out.kind_body[kind] = str(row["body"])
        for p in strings(row["phrases"], kind):
            out.kind_by_phrase[name_key(p)] = kind
        if row.get("needs_capital", False):
            out.needs_capital.add(kind)
        for suffix, names in row.get("generic", {}).items():
            if suffix in out.suffix_kind or not regex.fullmatch(r"[A-Z0-9+]{1,20}", suffix):
                raise DataError(f"bad or repeated mechanism suffix {suffix!r}", table=TABLE)
            out.suffix_kind[suffix] = kind
            out.suffix_display[suffix] = strings(names, kind)[0]
            if row.get("generic_if_annual", False):
                out.annual_suffix.setdefault(kind, suffix)
            for p in strings(names, kind):
                out.kind_by_phrase[name_key(p)] = kind
                out.generic_suffix[name_key(p)] = suffix
    return out


@attrs.define
class _MechanismTables:
    """What :func:`_read_mechanisms` gathers from ``mechanisms``."""

    mechanisms: dict[str, Mechanism] = attrs.Factory(dict)
    by_name: dict[str, str] = attrs.Factory(dict)
    by_pair: dict[tuple[str, str, str], str] = attrs.Factory(dict)
    acronyms: set[str] = attrs.Factory(set)


def _read_mechanisms(data: Mapping[str, Any], kind_body: Mapping[str, str]) -> _MechanismTables:
    out = _MechanismTables()
    for key, row in data["mechanisms"].items():
        pair = tuple(sorted(strings(row["countries"], key)))
        if len(pair) != 2:
            raise DataError("a mechanism needs exactly two countries", table=TABLE, row=key)
        kind = str(row["kind"])
        body = kind_body.get(kind, "SESSION")
        out.mechanisms[key] = Mechanism(
            key, pair, kind, body, str(row["name"]), str(row["description"])
        )
        for name in strings(row.get("names", []), key) + strings(row.get("acronyms", []), key):
            out.by_name[name_key(name)] = key
        out.acronyms.update(row.get("acronyms", []))
        out.by_pair.setdefault((pair[0], pair[1], kind), key)
    return out


def _read_pair_aliases(data: Mapping[str, Any]) -> dict[str, tuple[str, str]]:
    aliases: dict[str, tuple[str, str]] = {}
    for alias, pair_codes in data.get("pair_aliases", {}).get("aliases", {}).items():
        a, b = sorted(strings(pair_codes, "pair_aliases"))
        aliases[name_key(alias)] = (a, b)
    return aliases


@functools.cache
def index() -> Index:
    """The data file, indexed (once)."""
    data = table()
    bodies: dict[str, Any] = data["bodies"]
    orgs = _read_orgs(data)
    kinds = _read_kinds(data)
    pair_aliases = _read_pair_aliases(data)
    mechanisms = _read_mechanisms(data, kinds.kind_body)
    return Index(
        orgs=orgs.orgs,
        mechanisms=mechanisms.mechanisms,
        body_names={k: str(v["name"]) for k, v in bodies.items()},
        body_forms={k: str(v.get("edition_form", "{ordinal} {name}")) for k, v in bodies.items()},
        org_by_name=orgs.org_by_name,
        combined=orgs.combined,
        body_by_phrase=orgs.body_by_phrase,
        bare_bodies=orgs.bare_bodies,
        bare_defaults=orgs.bare_defaults,
        mechanism_by_name=mechanisms.by_name,
        kind_by_phrase=kinds.kind_by_phrase,
        generic_kinds=frozenset(
            k
            for k, kind in kinds.kind_by_phrase.items()
            if "*" in orgs.body_by_phrase.get(k, {})
            or not data["mechanism_kinds"][kind].get("pair_from_sentence", True)
        ),
        mechanism_by_pair=mechanisms.by_pair,
        links={name_key(k): v for k, v in data.get("ordinal_link_words", {}).items()},
        standalone_links=frozenset(
            name_key(w) for w in strings(data.get("standalone_link_words", []), "links")
        ),
        combining=dict(data.get("combining_forms", {}).get("forms", {})),
        acronyms=frozenset(orgs.acronyms | mechanisms.acronyms),
        country_codes=frozenset(_countries.codes()),
        generic_suffix=kinds.generic_suffix,
        suffix_kind=kinds.suffix_kind,
        suffix_display=kinds.suffix_display,
        kind_body=kinds.kind_body,
        needs_capital=frozenset(kinds.needs_capital),
        annual_suffix=kinds.annual_suffix,
        pair_aliases=pair_aliases,
    )


@functools.cache
def name_lists() -> dict[str, list[str]]:
    """The name lists the grammar compiles, one per piece of a mention, from the data file:
    ``org_names`` and ``org_acronyms``, ``body_phrases`` (any organisation's and each
    one's own), ``group_phrases``, ``combined``, ``numbered``, ``bare_bodies``,
    ``mechanism_names`` and
    ``mechanism_acronyms``, ``kind_phrases``, ``not_forum_names`` and
    ``not_forum_acronyms``, ``pair_aliases``, ``links`` and ``link_adjectives``."""
    data = table()
    out: dict[str, list[str]] = {
        key: []
        for key in (
            "org_names",
            "org_acronyms",
            "combined",
            "numbered",
            "bare_bodies",
            "mechanism_names",
            "mechanism_acronyms",
            "kind_phrases",
        )
    }
    out["body_phrases"] = list(body_phrases(data["bodies"]))
    out["group_phrases"] = list(group_phrases(data["bodies"]))
    for row in data["orgs"].values():
        out["org_names"] += row["names"]
        out["org_acronyms"] += row["acronyms"]
    for row in data["orgs"].values():
        for names in row.get("combined", {}).values():
            out["combined"] += names
        for names in row.get("numbered", {}).values():
            out["numbered"] += names
        for names in row.get("bodies", {}).values():
            out["body_phrases"] += names
        for names in row.get("bare", {}).values():
            out["bare_bodies"] += names
    for row in data["mechanisms"].values():
        out["mechanism_names"] += row.get("names", [])
        out["mechanism_acronyms"] += row.get("acronyms", [])
    for row in data["mechanism_kinds"].values():
        out["kind_phrases"] += row["phrases"]
        for names in row.get("generic", {}).values():
            out["kind_phrases"] += names
    not_forums = data.get("not_forums", {})
    out["not_forum_names"] = list(not_forums.get("names", []))
    out["not_forum_acronyms"] = list(not_forums.get("acronyms", []))
    out["pair_aliases"] = list(data.get("pair_aliases", {}).get("aliases", {}))
    out["links"] = list(data.get("ordinal_link_words", {}))
    out["link_adjectives"] = list(data.get("link_adjectives", []))
    return out


def keys() -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """The organisation and mechanism keys, the body keys, the mechanism keys and the
    organisation keys that extend the contract's set, each in the data file's order."""
    data = load_table(TABLE)
    return (
        tuple(data["orgs"]) + tuple(data["mechanisms"]),
        tuple(data["bodies"]),
        tuple(data["mechanisms"]),
        tuple(k for k, row in data["orgs"].items() if row.get("extension", False) is True),
    )
