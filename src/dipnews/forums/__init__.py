"""Forum canonicalisation: organisations, their meetings and bilateral mechanisms.

Every way news copy names a multilateral organisation, one of its bodies or meetings, or
a standing bilateral mechanism becomes one canonical :class:`~dipnews.records.Forum`
(``org``, ``body``, ``edition``, ``place``) with the contract's keys:

>>> from dipnews.forums import canonicalise, display_name, find
>>> canonicalise("Shanghai Cooperation Organization (SCO) Heads of State Council")
Forum(org='SCO', body='SUMMIT', edition=None, place=None)
>>> canonicalise("the 80th session of the UN General Assembly")
Forum(org='UN', body='GA', edition=80, place=None)
>>> canonicalise("Twenty-third India–Russia annual summit")
Forum(org='IND-RUS-SUMMIT', body='SUMMIT', edition=23, place=None)
>>> [(m.forum.org, m.forum.body, m.surface) for m in find("He spoke at the UNSC and UNESCO.")]
[('UN', 'SC', 'UNSC')]
>>> m, = find("They met at the 17th BRICS Summit in Rio de Janeiro, hosted by Brazil.")
>>> m.forum, m.surface
(Forum(org='BRICS', body='SUMMIT', edition=17, place='Rio de Janeiro'), '17th BRICS Summit')
>>> display_name(m.forum)
'17th BRICS Summit, Rio de Janeiro'

How it works: the names, acronyms and meeting wordings in ``data/forums.json`` are
compiled, at first use, into one regular expression (each list of names as a
prefix-factored trie, so the scan is linear in the text). It is tried only at a word
that can begin a forum name, and where only some of its pieces can start there (a
country begins a pair, ``Summit`` a meeting), a smaller expression of just those pieces,
which matches the same, is tried instead (a call costs in proportion to the size of the
expression). A mention is an optional
ordinal (``17th``, ``seventeenth``) and link (``session of the``), then the forum itself:
an organisation with an optional parenthetical acronym and body (``SCO Heads of State
Council``), a combined acronym (``UNGA``), a mechanism between a country pair
(``India–Russia Annual Summit``, ``2+2 dialogue between India and the US``), or a body
named alone after ``the`` (``the Security Council``), which takes its organisation from
the last one mentioned before it. A mechanism of a pair the data does not list gets the
contract's generic key ``AAA-BBB-NAME`` (ISO codes sorted, ``NAME`` the suffix of the
phrase: ``Kenya-Tanzania Joint Permanent Commission`` is ``KEN-TZA-JPC``; see
:func:`mechanism_suffixes`). A host city right after a meeting (``in Tianjin``,
``in Qingdao, China``) fills ``place`` but is not part of the surface.

Case, dashes, ``Organisation``/``Organization``, ``Defence``/``Defense``, apostrophes
(``Ministers'``, ``Minister's``, ``Ministers``), ``and``/``&``, commas inside a long name
and line breaks never matter. Acronyms are matched in the case the data gives
(``UN``, ``Nato``), so the word *un-* or ``UNESCO`` is not the UN.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

import attrs
import regex

from dipnews import countries as _countries
from dipnews._calendar import MONTHS, WEEKDAYS
from dipnews._data import load_table
from dipnews._engine import Grammar, Match, Pattern, plain
from dipnews._patterns import LINE_SPACE, literal_trie
from dipnews._text import check_text
from dipnews.errors import DataError, LookupFailedError
from dipnews.records import Forum, ForumMention

__all__ = [
    "BODY_KEYS",
    "MECHANISM_KEYS",
    "ORG_KEYS",
    "canonicalise",
    "display_name",
    "find",
    "forums",
    "lookup",
    "mechanism_suffixes",
    "ordinal",
]

_TABLE = "forums.json"

# Whitespace with at most one line break, so a name may wrap but not cross a paragraph.
_SEP = LINE_SPACE
_DASH = r"[\-\u2010\u2011\u2012\u2013\u2014\u2212]"
_APOS = r"['\u2019]"
_END = r"(?<!['\u2019])(?![\w])"
_START = r"(?<![\w.])"

_UNITS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
_TEENS = [
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
]
_TENS_ORD = [
    "twentieth",
    "thirtieth",
    "fortieth",
    "fiftieth",
    "sixtieth",
    "seventieth",
    "eightieth",
    "ninetieth",
]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def _word_ordinals() -> dict[str, int]:
    words: dict[str, int] = {}
    for i, w in enumerate(_UNITS, 1):
        words[w] = i
    for i, w in enumerate(_TEENS, 10):
        words[w] = i
    for i, (tens, tens_ord) in enumerate(zip(_TENS, _TENS_ORD, strict=True), 2):
        words[tens_ord] = 10 * i
        for j, unit in enumerate(_UNITS, 1):
            words[f"{tens} {unit}"] = 10 * i + j
    words["hundredth"] = 100
    return words


_WORD_ORDINALS = _word_ordinals()
_ORD = (
    r"(?i:\d{1,3}(?:st|nd|rd|th)|(?:"
    + "|".join(_TENS)
    + r")(?:"
    + _DASH
    + r"|[^\S\n])?(?:"
    + "|".join(_UNITS)
    + ")|"
    + "|".join(sorted((w for w in _WORD_ORDINALS if " " not in w), key=len, reverse=True))
    + r")(?![\w])"
)
_ORD_SUFFIX = {1: "st", 2: "nd", 3: "rd"}


def ordinal(n: int) -> str:
    """The English digit ordinal of *n* (``1st``, ``12th``, ``23rd``).

    >>> from dipnews.forums import ordinal
    >>> [ordinal(n) for n in (1, 2, 3, 11, 12, 13, 21, 80, 102)]
    ['1st', '2nd', '3rd', '11th', '12th', '13th', '21st', '80th', '102nd']
    """
    suffix = "th" if 10 <= n % 100 <= 20 else _ORD_SUFFIX.get(n % 10, "th")
    return f"{n}{suffix}"


def _ordinal_value(surface: str) -> int | None:
    digits = _DIGITS.match(surface)
    if digits:
        return int(digits.group())
    return _WORD_ORDINALS.get(_ORD_SPACE.sub(" ", surface.casefold()))


_DIGITS = regex.compile(r"\d+")
_ORD_SPACE = regex.compile(_DASH + r"|\s+")


# --- the data, indexed once -------------------------------------------------------------


def _strings(value: object, table_row: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(x, str) and x for x in value):
        raise DataError("expected a list of non-empty strings", table=_TABLE, row=table_row)
    return list(value)


@attrs.frozen
class _Org:
    key: str
    name: str
    description: str
    bodies: tuple[str, ...]
    meeting_body: str | None
    display: Mapping[str, str]
    not_followed_by: tuple[str, ...]


@attrs.frozen
class _Mechanism:
    key: str
    countries: tuple[str, ...]
    kind: str
    body: str
    name: str
    description: str


@attrs.frozen
class _Index:
    orgs: Mapping[str, _Org]
    mechanisms: Mapping[str, _Mechanism]
    body_names: Mapping[str, str]
    body_forms: Mapping[str, str]
    org_by_name: Mapping[str, str | None]
    combined: Mapping[str, tuple[str, str]]
    phrases: Mapping[str, Mapping[str, str]]
    bare: Mapping[str, Mapping[str, str]]
    mech_by_name: Mapping[str, str]
    kinds: Mapping[str, str]
    generic_kinds: frozenset[str]
    mech_by_pair: Mapping[tuple[str, str, str], str]
    links: Mapping[str, str | None]
    standalone_links: frozenset[str]
    combining: Mapping[str, str]
    acronyms: frozenset[str]
    country_codes: frozenset[str]
    generic_suffix: Mapping[str, str]
    suffix_kind: Mapping[str, str]
    suffix_display: Mapping[str, str]
    kind_body: Mapping[str, str]
    needs_capital: frozenset[str]
    annual_suffix: Mapping[str, str]
    pair_aliases: Mapping[str, tuple[str, str]]


def _variant_table(raw: object) -> dict[str, list[str]]:
    groups: dict[str, list[str]] = {}
    if not isinstance(raw, list):
        raise DataError("'spelling_variants' must be a list of lists", table=_TABLE)
    for group in raw:
        words = [w.casefold() for w in _strings(group, "spelling_variants")]
        for w in words:
            groups[w] = words
    return groups


@functools.cache
def _raw() -> dict[str, Any]:
    data = load_table(_TABLE)
    for key in ("orgs", "bodies", "mechanisms", "mechanism_kinds"):
        if not isinstance(data.get(key), dict):
            raise DataError(f"missing object {key!r}", table=_TABLE)
    return data


@functools.cache
def _variants() -> dict[str, list[str]]:
    return _variant_table(_raw().get("spelling_variants", []))


_KEY_SPLIT = regex.compile(r"[^\w+]++")
_QUOTES = regex.compile(r"['’]")


@functools.lru_cache(maxsize=8192)
def _norm(text: str) -> str:
    """The comparison key of a name: case, punctuation, spacing and spelling variants gone."""
    variants = _variants()
    text = _QUOTES.sub("", text.casefold().replace("&", " and "))
    out = []
    for word in _KEY_SPLIT.split(text):
        if not word:
            continue
        group = variants.get(word)
        word = _KEY_SPLIT.sub("", group[0]) if group else word
        if len(word) >= 4 and word.endswith("s") and not word.endswith("ss"):
            word = word[:-1]  # plural and possessive forms are one key (Ministers', Minister's)
        out.append(word)
    return "".join(out)


def _body_phrases(bodies: Mapping[str, Any]) -> dict[str, str]:
    phrases: dict[str, str] = {}
    for key, body in bodies.items():
        for p in _strings(body.get("phrases", []), key):
            phrases[p] = key
        sectors = body.get("sectors", [])
        for form in _strings(body.get("sector_phrases", []), key) if sectors else []:
            for sector in _strings(sectors, key):
                phrases[form.format(sector)] = key
        for p in _strings(body.get("extra_phrases", []), key):
            phrases[p] = key
    return phrases


@functools.cache
def _index() -> _Index:
    data = _raw()
    bodies: dict[str, Any] = data["bodies"]
    orgs: dict[str, _Org] = {}
    org_by_name: dict[str, str | None] = {}
    combined: dict[str, tuple[str, str]] = {}
    phrases: dict[str, dict[str, str]] = {}
    bare: dict[str, dict[str, str]] = {}
    acronyms: set[str] = set()
    for phrase, body in _body_phrases(bodies).items():
        phrases.setdefault(_norm(phrase), {})["*"] = body
    for key, row in data["orgs"].items():
        own = row.get("bodies", {})
        for body in own:
            if body not in bodies:
                raise DataError(f"unknown body {body!r}", table=_TABLE, row=key)
        orgs[key] = _Org(
            key=key,
            name=str(row["name"]),
            description=str(row["description"]),
            bodies=tuple(own),
            meeting_body=row.get("meeting_body"),
            display=dict(row.get("display", {})),
            not_followed_by=tuple(_strings(row.get("not_followed_by", []), key)),
        )
        for name in _strings(row["names"], key) + _strings(row["acronyms"], key):
            org_by_name[_norm(name)] = key
        acronyms.update(row["acronyms"])
        for body, names in own.items():
            for p in _strings(names, key):
                phrases.setdefault(_norm(p), {})[key] = body
        for body, names in row.get("combined", {}).items():
            for p in _strings(names, key):
                combined[_norm(p)] = (key, body)
                if p.upper() == p:
                    acronyms.add(p)
        for body, names in row.get("numbered", {}).items():
            for p in _strings(names, key):
                combined[_norm(p)] = (key, body)
        for body, names in row.get("bare", {}).items():
            for p in _strings(names, key):
                bare.setdefault(_norm(p), {})[key] = body
    not_forums = data.get("not_forums", {})
    for name in _strings(not_forums.get("names", []), "not_forums") + _strings(
        not_forums.get("acronyms", []), "not_forums"
    ):
        org_by_name.setdefault(_norm(name), None)
    kinds: dict[str, str] = {}
    kind_body: dict[str, str] = {}
    generic_suffix: dict[str, str] = {}
    suffix_kind: dict[str, str] = {}
    suffix_display: dict[str, str] = {}
    annual_suffix: dict[str, str] = {}
    needs_capital: set[str] = set()
    for kind, row in data["mechanism_kinds"].items():
        kind_body[kind] = str(row["body"])
        for p in _strings(row["phrases"], kind):
            kinds[_norm(p)] = kind
        if row.get("needs_capital", False):
            needs_capital.add(kind)
        for suffix, names in row.get("generic", {}).items():
            if suffix in suffix_kind or not regex.fullmatch(r"[A-Z0-9+]{1,20}", suffix):
                raise DataError(f"bad or repeated mechanism suffix {suffix!r}", table=_TABLE)
            suffix_kind[suffix] = kind
            suffix_display[suffix] = _strings(names, kind)[0]
            if row.get("generic_if_annual", False):
                annual_suffix.setdefault(kind, suffix)
            for p in _strings(names, kind):
                kinds[_norm(p)] = kind
                generic_suffix[_norm(p)] = suffix
    pair_aliases: dict[str, tuple[str, str]] = {}
    for alias, pair_codes in data.get("pair_aliases", {}).get("aliases", {}).items():
        a, b = sorted(_strings(pair_codes, "pair_aliases"))
        pair_aliases[_norm(alias)] = (a, b)
    mechanisms: dict[str, _Mechanism] = {}
    mech_by_name: dict[str, str] = {}
    mech_by_pair: dict[tuple[str, str, str], str] = {}
    for key, row in data["mechanisms"].items():
        pair = tuple(sorted(_strings(row["countries"], key)))
        if len(pair) != 2:
            raise DataError("a mechanism needs exactly two countries", table=_TABLE, row=key)
        kind = str(row["kind"])
        body = kind_body.get(kind, "SESSION")
        mechanisms[key] = _Mechanism(
            key, pair, kind, body, str(row["name"]), str(row["description"])
        )
        for name in _strings(row.get("names", []), key) + _strings(row.get("acronyms", []), key):
            mech_by_name[_norm(name)] = key
        acronyms.update(row.get("acronyms", []))
        mech_by_pair.setdefault((pair[0], pair[1], kind), key)
    links = {_norm(k): v for k, v in data.get("ordinal_link_words", {}).items()}
    combining = dict(data.get("combining_forms", {}).get("forms", {}))
    codes = set(_countries.codes())
    return _Index(
        orgs=orgs,
        mechanisms=mechanisms,
        body_names={k: str(v["name"]) for k, v in bodies.items()},
        body_forms={k: str(v.get("edition_form", "{ordinal} {name}")) for k, v in bodies.items()},
        org_by_name=org_by_name,
        combined=combined,
        phrases=phrases,
        bare=bare,
        mech_by_name=mech_by_name,
        kinds=kinds,
        generic_kinds=frozenset(
            k
            for k, kind in kinds.items()
            if "*" in phrases.get(k, {})
            or not data["mechanism_kinds"][kind].get("pair_from_sentence", True)
        ),
        mech_by_pair=mech_by_pair,
        links=links,
        standalone_links=frozenset(
            _norm(w) for w in _strings(data.get("standalone_link_words", []), "links")
        ),
        combining=combining,
        acronyms=frozenset(acronyms),
        country_codes=frozenset(codes),
        generic_suffix=generic_suffix,
        suffix_kind=suffix_kind,
        suffix_display=suffix_display,
        kind_body=kind_body,
        needs_capital=frozenset(needs_capital),
        annual_suffix=annual_suffix,
        pair_aliases=pair_aliases,
    )


# --- compiling names into one pattern ------------------------------------------------------


# Between two words or two pieces of a hyphenated word: a space (with an optional comma),
# a dash, or nothing, so ``Asia-Pacific``, ``Asia Pacific`` and ``Intergovernmental`` /
# ``Inter-Governmental`` are one path through the trie. Atomic alternations rather than
# possessive ``?+``, which would add repeats (see :data:`dipnews._patterns.LINE_SPACE`).
_JOIN = r"(?>(?>,|)" + _SEP + r"|[^\S\n]*+" + _DASH + r"[^\S\n]*+|)"


def _plural_stem(part: str) -> str | None:
    """The stem of a piece with a plural or possessive ending (``Ministers'`` ->
    ``Minister``), or ``None`` if it has none."""
    m = regex.fullmatch(r"(.*?)(s?)['’](s?)", part)
    if m and m.group(1):
        return m.group(1)
    if len(part) >= 4 and part.endswith("s") and not part.endswith("ss"):
        return part[:-1]
    return None


def _part_pattern(part: str) -> str:
    """One hyphen-free piece of a word, escaped; a plural or possessive ending (``Ministers``,
    ``Ministers'``, ``Minister's``, ``Ministers’``) matches any of those forms."""
    stem = _plural_stem(part)
    if stem is None:
        return regex.escape(part)
    return regex.escape(stem) + r"(?:s(?:" + _APOS + r"|)|" + _APOS + r"s)"


def _word_tokens(word: str) -> list[str]:
    """Trie tokens for one word: its hyphen-free pieces, or one token for a word that has
    spelling variants (each variant's pieces joined flexibly)."""
    key = word.casefold().rstrip(",")
    variants = _variants().get(key)
    if variants is None:
        return [_part_pattern(p) for p in regex.split(_DASH, key) if p]
    forms = []
    for form in sorted(variants, key=len, reverse=True):
        parts = [p for p in regex.split(_DASH, form) if p]
        forms.append(_JOIN.join(map(_part_pattern, parts)))
    return ["(?:" + "|".join(forms) + ")"]


def _trie(entries: Iterable[list[str]]) -> str:
    """A prefix-factored alternation of token sequences; longer continuations tried first."""
    root: dict[str, Any] = {}
    for tokens in entries:
        node = root
        for tok in tokens:
            node = node.setdefault(tok, {})
        node[""] = {}

    def emit(node: dict[str, Any], first: bool) -> str:
        tokens = [
            tok + emit(node[tok], False)
            for tok in sorted((t for t in node if t), key=len, reverse=True)
        ]
        alts = []
        if tokens:
            # One join before all the next tokens: it is atomic, so it matches the same
            # before each of them (and each join is a few more repeats in the pattern).
            choice = tokens[0] if len(tokens) == 1 else "(?:" + "|".join(tokens) + ")"
            alts.append(choice if first else _JOIN + choice)
        if "" in node:
            alts.append(_END)
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return emit(root, True) if root else r"(?!)"


def _name_trie(names: Iterable[str]) -> str:
    """Case-insensitive names (words joined by flexible spaces, commas optional)."""
    unique = sorted({" ".join(n.replace(",", " ").split()) for n in names} - {""})
    return "(?i:" + _trie([t for w in n.split() for t in _word_tokens(w)] for n in unique) + ")"


def _acronym_trie(acronyms: Iterable[str]) -> str:
    """Case-sensitive acronyms; a hyphen in one matches any dash."""
    alts = []
    for a in sorted(set(acronyms), key=len, reverse=True):
        alts.append(_DASH.join(regex.escape(p) for p in a.split("-")) + _END)
    return "(?:" + "|".join(alts) + ")" if alts else r"(?!)"


def _is_acronym(name: str) -> bool:
    return " " not in name and name.upper() == name


def _names_and_acronyms(names: Iterable[str], acronyms: Iterable[str] = ()) -> str:
    """Names matched in any case, acronyms (given, or all-capital names) in their own case."""
    names = list(names)
    words = [n for n in names if not _is_acronym(n)]
    acrs = [n for n in names if _is_acronym(n)] + list(acronyms)
    return "(?:" + _name_trie(words) + "|" + _acronym_trie(acrs) + ")"


@functools.cache
def _country_names() -> tuple[dict[str, str], str]:
    """Written country names, adjectives and combining forms (``Indo``, ``Sino``)."""
    idx = _index()
    names: dict[str, str] = {}
    for name, code in _countries.surface_names().items():
        if code in idx.country_codes and not name.casefold().startswith("the "):
            names[name] = code
    for form, code in idx.combining.items():
        if code in idx.country_codes:
            names[form] = code
    for name, code in list(names.items()):
        names.setdefault(name.upper(), code)  # headlines and all-capital datelines
    if not names:
        return names, r"(?!)"
    return names, literal_trie((" ".join(n.split()) for n in names), space=_SEP) + r"(?![\w])"


def _first_runs(name: str) -> set[str]:
    """Lower-cased first runs of word characters a text naming *name* can start with."""
    head = name.split()[0] if name.split() else ""
    out = set()
    for form in [head.casefold(), *_variants().get(head.casefold(), [])]:
        run = regex.match(r"\w+", form)
        if run:
            out.add(run.group())
            if run.group().endswith("s"):
                out.add(run.group()[:-1])
    return out


@functools.cache
def _first_words() -> frozenset[str]:
    data = _raw()
    names: list[str] = ["annual", *data.get("ordinal_link_words", {}), *_WORD_ORDINALS]
    names += data.get("link_adjectives", [])
    names += [*_TENS, *_body_phrases(data["bodies"])]
    for row in data["orgs"].values():
        names += row["names"] + row["acronyms"]
        for group in ("bodies", "combined", "bare"):
            for phrases in row.get(group, {}).values():
                names += phrases
    nf = data.get("not_forums", {})
    names += nf.get("names", []) + nf.get("acronyms", [])
    for row in data["mechanisms"].values():
        names += row.get("names", []) + row.get("acronyms", [])
    for row in data["mechanism_kinds"].values():
        names += row["phrases"]
        for phrases in row.get("generic", {}).values():
            names += phrases
    names += list(data.get("pair_aliases", {}).get("aliases", {}))
    names += list(_country_names()[0])
    return frozenset(w for n in names for w in _first_runs(n))


# Top-level pieces of the mention pattern. A prefix piece (an ordinal, ``annual``, a link
# such as ``session of the``) comes before the forum; a core piece is the forum itself.
_PREFIX_SLOTS = ("ord", "annual", "link")
_CORE_SLOTS = ("nf", "obn", "ob", "org", "pair", "morg", "mk", "bare")
# The core pieces whose names are few: cheap to compile and to try.
_SMALL_SLOTS = frozenset({"nf", "obn", "ob", "morg", "bare"})
# Named groups of each core piece, declared by the never-matching stand-in for it.
_SLOT_GROUPS = {
    "nf": ("nf",),
    "obn": ("obn", "num"),
    "ob": ("ob",),
    "org": ("org", "acr", "ord2", "body", "city", "cbody"),
    "pair": ("pair", "palias", "c1", "c2", "annual2"),
    "morg": ("morg",),
    "mk": ("mk", "mtail", "macr", "b1", "b2"),
    "bare": ("bare",),
}


def _stub(slot: str) -> str:
    """A piece that never matches but declares the named groups of *slot*."""
    return "(?!)" + "".join(f"(?P<{g}>)" for g in _SLOT_GROUPS[slot])


@functools.cache
def _lists() -> dict[str, list[str]]:
    """The name lists of the pattern's pieces, from the data file."""
    data = _raw()
    out: dict[str, list[str]] = {
        key: []
        for key in (
            "org_names",
            "org_acronyms",
            "combined",
            "numbered",
            "bare",
            "mech_names",
            "mech_acronyms",
            "kinds",
        )
    }
    out["phrases"] = list(_body_phrases(data["bodies"]))
    for row in data["orgs"].values():
        out["org_names"] += row["names"]
        out["org_acronyms"] += row["acronyms"]
    for row in data["orgs"].values():
        for names in row.get("combined", {}).values():
            out["combined"] += names
        for names in row.get("numbered", {}).values():
            out["numbered"] += names
        for names in row.get("bodies", {}).values():
            out["phrases"] += names
        for names in row.get("bare", {}).values():
            out["bare"] += names
    for row in data["mechanisms"].values():
        out["mech_names"] += row.get("names", [])
        out["mech_acronyms"] += row.get("acronyms", [])
    for row in data["mechanism_kinds"].values():
        out["kinds"] += row["phrases"]
        for names in row.get("generic", {}).values():
            out["kinds"] += names
    nf = data.get("not_forums", {})
    out["nf_names"] = list(nf.get("names", []))
    out["nf_acronyms"] = list(nf.get("acronyms", []))
    out["aliases"] = list(data.get("pair_aliases", {}).get("aliases", {}))
    out["links"] = list(data.get("ordinal_link_words", {}))
    out["adjectives"] = list(data.get("link_adjectives", []))
    return out


def _source(core: frozenset[str] | None = None, lead: str | None = None) -> str:
    """The mention pattern. With *core*, the one for a place where no prefix piece but
    *lead* (``ord`` or ``annual``, or none) can start (see :func:`_pattern_for`): the other
    prefix pieces are left out and so is each core piece not in *core* (a piece that cannot
    start there would fail at once in the whole pattern, so the first match is the same).
    There, too, the pair after ``between`` (``Joint Commission between India and Chile``)
    is left out: ``between`` alone fills its empty groups, where the caller must try the
    whole pattern instead (what follows is optional, so where ``between`` is not there,
    neither is the pair, and the match is the same)."""
    lists = _lists()
    idx = _index()

    def keep(slot: str) -> bool:
        return core is None or slot in core

    country_map, country = _country_names()
    body = _names_and_acronyms(lists["phrases"])
    acr = _acronym_trie(idx.acronyms)
    links = _name_trie(lists["links"])
    pair = (
        rf"(?P<c1>{country})(?:[^\S\n]*+{_DASH}[^\S\n]*+|/|{_SEP}(?:and|&){_SEP})(?P<c2>{country})"
        if country_map
        else r"(?!)"
    )
    if lists["aliases"]:
        pair = (
            r"(?P<palias>"
            + _names_and_acronyms(lists["aliases"])
            + r")(?:"
            + _SEP
            + r"?+\([^\S\n]*+\p{Lu}{2,10}+[^\S\n]*+\))?+|"
            + pair
        )
    the = r"(?:[Tt]he" + _SEP + ")?"
    numbered = (
        "(?:" + "|".join(map(regex.escape, lists["numbered"])) + ")"
        if lists["numbered"]
        else r"(?!)"
    )
    adjectives = _name_trie(lists["adjectives"]) if lists["adjectives"] else r"(?!)"
    if core is None:
        prefix = (
            r"(?:(?P<ord>"
            + _ORD
            + r")"
            + _SEP
            + r")?(?:(?P<annual>(?i:annual))"
            + _SEP
            + r")?(?:(?:(?P<adj>"
            + adjectives
            + r")"
            + _SEP
            + r")?(?P<link>"
            + body
            + "|"
            + links
            + r")"
            + _SEP
            + r"(?i:of)"
            + _SEP
            + the
            + r")?(?:(?P<linkb>"
            + body
            + r")"
            + _SEP
            + r"(?i:of)"
            + _SEP
            + the
            + r")?"
        )
    else:
        prefix = (
            (r"(?:(?P<ord>" + _ORD + r")" + _SEP + r")?" if lead == "ord" else "(?:(?!)(?P<ord>))?")
            + (
                r"(?:(?P<annual>(?i:annual))" + _SEP + r")?"
                if lead == "annual"
                else "(?:(?!)(?P<annual>))?"
            )
            + "(?:(?!)(?P<adj>)(?P<link>)(?P<linkb>))?"
        )
    nf = (
        r"(?P<nf>" + _names_and_acronyms(lists["nf_names"], lists["nf_acronyms"]) + r")"
        if keep("nf")
        else _stub("nf")
    )
    obn = (
        r"(?P<obn>" + numbered + r")[^\S\n]?+(?P<num>\d{2,3}+)(?![\w])"
        if keep("obn")
        else _stub("obn")
    )
    ob = r"(?P<ob>" + _names_and_acronyms(lists["combined"]) + r")" if keep("ob") else _stub("ob")
    org = (
        r"(?P<org>"
        + _names_and_acronyms(lists["org_names"], lists["org_acronyms"])
        + r")(?:"
        + _SEP
        + r"?+\([^\S\n]*+(?P<acr>"
        + acr
        + r")[^\S\n]*+\))?(?:(?:"
        + _APOS
        + r"s?+)?"
        + _SEP
        + r"(?:(?P<ord2>"
        + _ORD
        + r")"
        + _SEP
        + r")?(?P<body>"
        + body
        + r")|"
        + _SEP
        + r"(?P<city>\p{Lu}\p{Ll}{2,20}+(?:[^\S\n]\p{Lu}\p{Ll}{2,20}+)?)"
        + _SEP
        + r"(?P<cbody>(?i:summit))(?![\w]))?"
        if keep("org")
        else _stub("org")
    )
    # After a pair, any mechanism may follow: the mechanism pieces are kept whole then.
    pair_part = (
        r"(?:(?P<pair>" + pair + r")" + _SEP + r"(?:(?P<annual2>(?i:annual))" + _SEP + r")?)?"
        if keep("pair")
        else "(?:" + _stub("pair") + ")?"
    )
    morg = (
        r"(?P<morg>" + _names_and_acronyms(lists["mech_names"], lists["mech_acronyms"]) + r")"
        if keep("morg") or keep("pair")
        else _stub("morg")
    )
    mk = (
        r"(?P<mk>"
        + _name_trie(lists["kinds"])
        + r")(?P<mtail>"
        + _SEP
        + r"(?:on|for)"
        + _SEP
        + _TOPIC_WORD
        + r"(?:,?+"
        + _SEP
        + r"(?:(?:and|&)"
        + _SEP
        + r")?+"
        + _TOPIC_WORD
        + r"){0,8}+)?(?:"
        + _SEP
        + r"?+\([^\S\n]*+(?P<macr>\p{Lu}[\p{Lu}\d&+\-]{1,11}+)[^\S\n]*+\))?(?:"
        + _SEP
        + r"(?i:between)"
        + (
            # The stand-in: where it matches, the whole pattern is tried (see _scan).
            r"(?P<b1>)(?P<b2>)"
            if core is not None
            else _SEP
            + the
            + r"(?P<b1>"
            + country
            + r")"
            + _SEP
            + r"(?i:and)"
            + _SEP
            + the
            + r"(?P<b2>"
            + country
            + r")"
        )
        + r")?"
        if keep("mk") or keep("pair")
        else _stub("mk")
    )
    bare = (
        r"(?P<bare>" + _names_and_acronyms(lists["bare"]) + r")" if keep("bare") else _stub("bare")
    )
    return (
        _START
        + prefix
        + r"(?:"
        + nf
        + "|"
        + obn
        + r"|"
        + ob
        + r"|"
        + org
        + r"|"
        + pair_part
        + r"(?:"
        + morg
        + r"|"
        + mk
        + r")|"
        + bare
        + r")(?:"
        + _SEP
        + r"?+\([^\S\n]*+(?P<acr2>"
        + acr
        + r")[^\S\n]*+\))?(?:"
        + _APOS
        + r"s"
        + _SEP
        + r"(?P<ord3>"
        + _ORD
        + r")"
        + _SEP
        + r"(?i:session|summit|meeting|edition)(?![\w]))?"
    )


@functools.cache
def _grammar() -> Grammar:
    """The whole pattern, for both engines (see :mod:`dipnews._engine`)."""
    return Grammar(_source(), regex.VERSION1)


# --- which pieces can start at a word --------------------------------------------------------

# Runs of word characters longer than this are not listed: a word that long tries everything.
_RUN_CAP = 40
_RUN = regex.compile(r"\w*+")


def _run(text: str) -> str:
    """The run of word characters *text* starts with (possibly empty)."""
    m = _RUN.match(text)
    return m.group() if m else ""


def _part_surfaces(part: str) -> list[str]:
    """The forms :func:`_part_pattern` matches, as far as their word characters go."""
    stem = _plural_stem(part)
    return [part] if stem is None else [stem + "s", stem + "'s"]


def _name_runs(names: Iterable[str], out: set[str]) -> None:
    """Add to *out* every casefolded run of word characters that text matched by
    :func:`_name_trie` of *names* can start with (pieces of a name may be written together:
    ``Intergovernmental``, ``SecurityCouncil``), up to :data:`_RUN_CAP` characters."""
    for name in names:
        words = [w.casefold().rstrip(",") for w in name.replace(",", " ").split()]
        alternatives = [
            [
                [_part_surfaces(p) for p in regex.split(_DASH, form) if p]
                for form in _variants().get(word, [word])
            ]
            for word in words
        ]
        for form in alternatives[0] if alternatives else []:
            _extend_runs(alternatives, 0, form, 0, "", out)


def _extend_runs(
    alternatives: list[list[list[list[str]]]],
    word: int,
    form: list[list[str]],
    part: int,
    prefix: str,
    out: set[str],
) -> None:
    """:func:`_name_runs` from piece *part* of spelling *form* of word *word* of a name
    (each word a list of spellings, each a list of pieces, each a list of surface forms),
    after the run *prefix*."""
    if part == len(form):
        if word + 1 < len(alternatives):
            for following in alternatives[word + 1]:
                _extend_runs(alternatives, word + 1, following, 0, prefix, out)
        return
    for surface in form[part]:
        run = _run(surface)
        out.add(prefix + run)
        if run == surface and len(prefix + run) <= _RUN_CAP:
            _extend_runs(alternatives, word, form, part + 1, prefix + run, out)


def _literal_runs(names: Iterable[str], out: set[str]) -> None:
    """Add to *out* the casefolded first run of word characters of each literal name."""
    for name in names:
        out.add(_run(name).casefold())


def _mixed_runs(names: Iterable[str], acronyms: Iterable[str], out: set[str]) -> None:
    """The runs of :func:`_names_and_acronyms` of *names* and *acronyms*."""
    names = list(names)
    _name_runs([n for n in names if not _is_acronym(n)], out)
    _literal_runs([n for n in names if _is_acronym(n)] + list(acronyms), out)


@functools.cache
def _slot_runs() -> dict[str, frozenset[str]]:
    """For each piece of the pattern, the runs of word characters a text it matches can
    start with (casefolded); ``ord``, ``annual`` and ``link`` for the prefix pieces (an
    adjective and both links are ``link``)."""
    lists = _lists()
    runs: dict[str, set[str]] = {slot: set() for slot in (*_PREFIX_SLOTS, *_CORE_SLOTS)}
    runs["ord"] = {w for w in _WORD_ORDINALS if " " not in w}
    runs["ord"] |= {tens + unit for tens in _TENS for unit in ["", *_UNITS]}
    runs["annual"] = {"annual"}
    _name_runs(lists["adjectives"], runs["link"])
    _name_runs(lists["links"], runs["link"])
    _mixed_runs(lists["phrases"], [], runs["link"])
    _mixed_runs(lists["nf_names"], lists["nf_acronyms"], runs["nf"])
    _literal_runs(lists["numbered"], runs["obn"])
    _mixed_runs(lists["combined"], [], runs["ob"])
    _mixed_runs(lists["org_names"], lists["org_acronyms"], runs["org"])
    _mixed_runs(lists["aliases"], [], runs["pair"])
    _literal_runs((" ".join(n.split()) for n in _country_names()[0]), runs["pair"])
    _mixed_runs(lists["mech_names"], lists["mech_acronyms"], runs["morg"])
    _name_runs(lists["kinds"], runs["mk"])
    _mixed_runs(lists["bare"], [], runs["bare"])
    return {slot: frozenset(words) for slot, words in runs.items()}


@attrs.frozen
class _Plan:
    """What to try where a given word starts (see :func:`_pattern_for`)."""

    #: One chain of patterns per prefix piece that can start with the word; where all of a
    #: chain match, the piece may start there.
    guards: tuple[tuple[str, tuple[Grammar, ...]], ...]
    #: The core pieces that can start with the word, each with the start of its matches.
    heads: tuple[tuple[str, Grammar], ...]


# The name lists behind each piece (a list of names and a list of acronyms, as given to
# _names_and_acronyms), for the starts restricted to one word (see _by_run).
_HEAD_LISTS = {
    "nf": ("nf_names", "nf_acronyms"),
    "ob": ("combined", ""),
    "org": ("org_names", "org_acronyms"),
    "morg": ("mech_names", "mech_acronyms"),
    "mk": ("kinds", ""),
    "bare": ("bare", ""),
    "phrases": ("phrases", ""),
    "links": ("links", ""),
    "adjectives": ("adjectives", ""),
}


@functools.cache
def _by_run(key: str) -> dict[str, tuple[list[str], list[str]]]:
    """For the names of :data:`_HEAD_LISTS` *key*: the names and the acronyms whose matches
    can start with each run of word characters (casefolded)."""
    lists = _lists()
    names_key, acronyms_key = _HEAD_LISTS[key]
    out: dict[str, tuple[list[str], list[str]]] = {}
    for name in lists[names_key]:
        runs: set[str] = set()
        if key in _TRIE_LISTS:
            _name_runs([name], runs)
        else:
            _mixed_runs([name], [], runs)
        for run in runs:
            out.setdefault(run, ([], []))[0].append(name)
    for acronym in lists[acronyms_key] if acronyms_key else []:
        runs = set()
        _literal_runs([acronym], runs)
        for run in runs:
            out.setdefault(run, ([], []))[1].append(acronym)
    return out


# The lists that the pattern matches with _name_trie (in any case, all-capital names too).
_TRIE_LISTS = frozenset({"mk", "links", "adjectives"})


def _names_from(key: str, word: str) -> str:
    """The pattern of the names of *key* that can start with *word*, built as in
    :func:`_source`."""
    names, acronyms = _by_run(key).get(word, ([], []))
    if key in _TRIE_LISTS:
        return _name_trie(names)
    return _names_and_acronyms(names, acronyms)


@functools.lru_cache(maxsize=4096)
def _plan(word: str) -> _Plan:
    """The :class:`_Plan` for a word whose casefolded run is *word*: a name that can match
    there begins with it, so only such names are in its patterns (a start that matches
    with all names matches with these)."""
    if len(word) > _RUN_CAP:
        every = _heads()
        return _Plan(
            (("any", ()),),
            tuple((s, _pair_head(word) if s == "pair" else every[s]) for s in _CORE_SLOTS),
        )
    runs = _slot_runs()
    guards: list[tuple[str, tuple[Grammar, ...]]] = []
    if word in runs["ord"] or _DIGIT_ORD.fullmatch(word) is not None:
        guards.append(("ord", (_prefix_guard("ord"),)))
    if word in runs["annual"]:
        guards.append(("annual", (_prefix_guard("annual"),)))
    if word in runs["link"]:
        guards.append(("link", (_prefix_guard("of"), _link_guard(word))))
    core = [slot for slot in _CORE_SLOTS if word in runs[slot]]
    # A numbered name may run into its number (``COP28``).
    if "obn" not in core and any(word[:i] in runs["obn"] for i in range(1, len(word))):
        core.append("obn")
    heads: list[tuple[str, Grammar]] = []
    for slot in core:
        if slot == "pair":
            heads.append((slot, _pair_head(word)))
        elif slot == "obn":
            heads.append((slot, _numbered_head()))
        else:
            source = _names_from(slot, word)
            heads.append((slot, Grammar(_START + source, regex.VERSION1)))
    return _Plan(tuple(guards), tuple(heads))


def _link_guard(word: str) -> Grammar:
    """:func:`_prefix_guard` ``link`` with the names that can start with *word* only."""
    if word in _slot_runs()["link"] and word in _by_run("adjectives"):
        return _prefix_guard("link")
    return Grammar(
        _START
        + r"(?:"
        + _names_from("phrases", word)
        + "|"
        + _names_from("links", word)
        + r")"
        + _SEP
        + r"(?i:of)"
        + _SEP,
        regex.VERSION1,
    )


@functools.cache
def _numbered_head() -> Grammar:
    """The start of every match that begins with a numbered name (``COP28``)."""
    numbered = _lists()["numbered"]
    source = "(?:" + "|".join(map(regex.escape, numbered)) + ")" if numbered else r"(?!)"
    return Grammar(_START + source + r"[^\S\n]?+\d{2,3}+(?![\w])", regex.VERSION1)


@functools.cache
def _heads() -> dict[str, Grammar]:
    """For each core piece but the pair, the start of every match it begins: its names
    (the same pieces as in :func:`_source`)."""
    lists = _lists()
    sources = {
        "nf": _names_and_acronyms(lists["nf_names"], lists["nf_acronyms"]),
        "ob": _names_and_acronyms(lists["combined"]),
        "org": _names_and_acronyms(lists["org_names"], lists["org_acronyms"]),
        "morg": _names_and_acronyms(lists["mech_names"], lists["mech_acronyms"]),
        "mk": _name_trie(lists["kinds"]),
        "bare": _names_and_acronyms(lists["bare"]),
    }
    heads = {slot: Grammar(_START + source, regex.VERSION1) for slot, source in sources.items()}
    heads["obn"] = _numbered_head()
    return heads


@functools.lru_cache(maxsize=1024)
def _pair_head(word: str) -> Grammar:
    """The start of every match that begins with a country pair (or a pair's own name) at a
    word whose casefolded run is *word*: the first country, the link to the second, and the
    second's first letter."""
    country_map = _country_names()[0]
    names = {" ".join(n.split()) for n in country_map}
    alias: set[str] = set()
    _mixed_runs(_lists()["aliases"], [], alias)
    first = "".join(sorted({regex.escape(n[0]) for n in names if n}))
    mine = [n for n in names if _run(n).casefold() == word]
    source = r"(?!)"
    if mine and first:
        source = (
            literal_trie(mine, space=_SEP)
            + rf"(?![\w])(?:[^\S\n]*+{_DASH}[^\S\n]*+|/|{_SEP}(?:and|&){_SEP})(?=[{first}])"
        )
    if word in alias:
        source += "|" + _names_and_acronyms(_lists()["aliases"])
    return Grammar(_START + "(?:" + source + ")", regex.VERSION1)


def _max_tokens(names: Iterable[str]) -> int:
    """The most trie tokens (hyphen-free pieces of words) in one of *names*."""
    return max(
        (
            sum(
                max(len([p for p in regex.split(_DASH, f) if p]) for f in _variants().get(w, [w]))
                for w in (w.casefold() for w in name.replace(",", " ").split())
            )
            for name in names
        ),
        default=0,
    )


@functools.cache
def _prefix_guard(key: str) -> Grammar:
    """The start of every match that begins with a prefix piece (the same pieces as in
    :func:`_source`): ``ord`` an ordinal, ``annual``, ``link`` a link followed by ``of``.
    ``of`` is a cheaper test that ``link`` needs: an ``of`` within the few space-separated
    chunks that a link can be (two per token, as a dash between tokens may be spaced)."""
    lists = _lists()
    chunks = 2 * (_max_tokens(lists["adjectives"]) + _max_tokens(lists["phrases"] + lists["links"]))
    sources = {
        "ord": lambda: r"(?:" + _ORD + r")" + _SEP,
        "annual": lambda: r"(?i:annual)" + _SEP,
        "of": lambda: r"(?:\S++\s++){1," + str(chunks + 2) + r"}" + _OF + r"\s",
        "link": lambda: (
            r"(?:(?:"
            + (_name_trie(lists["adjectives"]) if lists["adjectives"] else r"(?!)")
            + r")"
            + _SEP
            + r")?(?:"
            + _names_and_acronyms(lists["phrases"])
            + "|"
            + _name_trie(lists["links"])
            + r")"
            + _SEP
            + _OF
            + _SEP
        ),
    }
    return Grammar(_START + sources[key](), regex.VERSION1)


# "of" in any case, written as classes: a literal every match must contain makes the
# ``regex`` module look for it from the start position to the end of the text before
# matching (a required-string check), so a guard tried at every word of a text without
# "of" would cost time in proportion to the rest of the text each time.
_OF = "[Oo][Ff]"


@functools.cache
def _core_pattern(core: frozenset[str], lead: str | None) -> Grammar:
    return Grammar(_source(core, lead), regex.VERSION1)


def _pattern_for(text: str, at: int, plan: _Plan, fast: bool) -> Pattern | None:
    """The pattern to try at *at*, where a word with the :class:`_Plan` *plan* starts: one
    with only the pieces whose start matches there, else ``None`` (nothing can match).
    *fast* is :func:`~dipnews._engine.plain` of *text*: every pattern is picked for it.

    An ordinal or ``annual`` is followed by one of the pieces that start at the next word;
    where a link (``session of the``) or more than one prefix piece may start, the whole
    pattern is tried."""
    whole = _grammar().pick(fast)
    lead: str | None = None
    after = -1
    for kind, chain in plan.guards:
        m = None
        for guard in chain:
            m = guard.pick(fast).match(text, at)
            if m is None:
                break
        else:
            if lead is not None or m is None or kind not in ("ord", "annual"):
                return whole
            lead, after = kind, m.end()
    found = [slot for slot, head in plan.heads if head.pick(fast).match(text, at) is not None]
    if lead is not None:
        # The ordinal or ``annual`` (one way to match it, so one end) and a space are
        # followed by a core piece: the pieces that can start at the next word.
        following = _WORD.pick(fast).match(text, after)
        if following is None:
            return whole
        plan = _plan(following.group().casefold())
        for _kind, chain in plan.guards:
            if all(guard.pick(fast).match(text, after) is not None for guard in chain):
                return whole
        found += [
            slot for slot, head in plan.heads if head.pick(fast).match(text, after) is not None
        ]
    if not found:
        return None
    # The small pieces always come along, so that few patterns are compiled; either
    # mechanism piece may follow a pair.
    pieces = _SMALL_SLOTS.union(found, ["mk"] if "pair" in found else [])
    # Until a pattern has been asked for many times, the whole pattern (which matches the
    # same) serves: see _WARM_UP.
    uses = _USES.get((pieces, lead), 0)
    if uses < _WARM_UP:
        _USES[(pieces, lead)] = uses + 1
        return whole
    return _core_pattern(pieces, lead).pick(fast)


# How often each set of core pieces has been asked for (see _pattern_for).
_USES: dict[tuple[frozenset[str], str | None], int] = {}
# Uses after which a smaller pattern is compiled for a set of pieces. Compiling one costs
# 0.15-0.7 s; each use of it instead of the whole pattern saves about 16 us (measured on
# synthetic wire copy). Paying for the compile only once the whole pattern has cost as
# much more (about 20,000 uses, thousands of articles) keeps a short run or a CLI call,
# and every worker of a parallel batch, from paying seconds of compiling it cannot earn
# back, and costs a long run at most twice the best choice.
_WARM_UP = 20_000


# A capitalised word of a mechanism's topic (``Joint Working Group on Counter-Terrorism``);
# a date (``on Tuesday``, ``on March 3``) is not a topic.
_TOPIC_WORD = (
    r"(?!(?i:"
    + "|".join(sorted([*MONTHS, *WEEKDAYS], key=len, reverse=True))
    + r")(?![\w]))\p{Lu}[\p{L}\-]{1,30}+"
)

# A capitalised word of a place name; an apostrophe or hyphen inside it must be followed
# by two letters or more (N'Djamena, Baden-Baden), so a possessive 's ends the name.
_PLACE_WORD = r"\p{Lu}\p{L}{1,30}+(?:['’\-]\p{L}{2,30}+){0,3}+"
_PLACE = regex.compile(
    r"(?:"
    + _SEP
    + r"(?i:meeting|session|summit|talks|conference))?+,?+"
    + _SEP
    + r"(?:in|at)"
    + _SEP
    + r"(?P<place>(?:St\.[^\S\n])?+"
    + _PLACE_WORD
    + r"(?:[^\S\n](?:(?:de|da|do|del|dos|la|el|al|es|upon|am|an)[^\S\n])?+"
    + _PLACE_WORD
    + r"){0,3}+)",
    regex.VERSION1,
)
_PAREN_CLOSE = regex.compile(r"[^\S\n]*+\)")
_THE_BEFORE = regex.compile(r"(?<![\w])[Tt]he" + _SEP + r"\Z", regex.VERSION1)
_WORD = Grammar(r"(?<![\w.])\w++")
_DIGIT_ORD = regex.compile(r"\d{1,3}(?:st|nd|rd|th)")
_NOT_PLACE = {"the", "this", "that", "his", "her", "their", "its", "which", "order", "view"}


# --- reading a match ---------------------------------------------------------------------


@attrs.frozen
class _Found:
    forum: Forum
    start: int
    end: int


_PLACE_TAIL = regex.compile(r"(?:['’]s?|-)\Z")
_SPACES = regex.compile(r"\s+")


def _place(text: str, end: int) -> str | None:
    m = _PLACE.match(text, end)
    if m is None:
        return None
    place = _PLACE_TAIL.sub("", m.group("place"))
    first = place.split()[0].casefold()
    if first in MONTHS or first in WEEKDAYS or _norm(place.split()[0]) in _index().org_by_name:
        return None
    if first in _NOT_PLACE and _countries.code_for_place(place) is None:
        return None  # "in The Hague" is a place, "in The Hindu" is not
    code = _countries.code_for(place)
    if code is not None and _countries.capital_of(code) != place:
        return None  # a country is not a host city, unless a city-state (Singapore)
    return place


def _not_a_city(name: str) -> bool:
    first = name.split()[0].casefold()
    return (
        first in MONTHS
        or first in WEEKDAYS
        or first in _NOT_PLACE
        or _countries.code_for(name) is not None
        or _norm(name) in _index().org_by_name
    )


def _core_end(m: Match) -> int:
    """End of the forum name proper, before a trailing ``'s 80th session``."""
    groups = (
        "obn",
        "num",
        "ob",
        "org",
        "acr",
        "body",
        "morg",
        "mk",
        "mtail",
        "macr",
        "bare",
        "acr2",
        "b2",
    )
    return max(m.end(g) for g in groups)


@functools.cache
def _pair_in_context() -> regex.Pattern[str]:
    _names, country = _country_names()
    joint = r"(?:" + _SEP + r"(?:and|&)" + _SEP + r"(?:the" + _SEP + r")?|[^\S\n]*+" + _DASH
    return regex.compile(
        rf"(?<![\w])(?P<c1>{country}){joint}[^\S\n]*+)(?P<c2>{country})",
        regex.VERSION1,
    )


_SENTENCE_END = regex.compile(r"[.!?](?=\s)|\n")


def _context_pair(
    text: str, start: int, end: int, country_map: Mapping[str, str]
) -> tuple[str, str] | None:
    """The country pair (``India and Japan``, ``India-China``) nearest to a mechanism named
    without one, within the same sentence (at most 300 characters either side)."""
    lo = max(0, start - 300)
    ends = list(_SENTENCE_END.finditer(text, lo, start))
    lo = ends[-1].end() if ends else lo
    after = _SENTENCE_END.search(text, end, min(len(text), end + 300))
    hi = after.start() if after else min(len(text), end + 300)
    best: tuple[int, tuple[str, str]] | None = None
    for m in _pair_in_context().finditer(text, lo, hi):
        codes = _pair_codes(country_map, m.group("c1"), m.group("c2"))
        if codes is None:
            continue
        distance = start - m.end() if m.end() <= start else m.start() - end
        if distance >= 0 and (best is None or distance < best[0]):
            best = (distance, codes)
    return None if best is None else best[1]


def _pair_codes(country_map: Mapping[str, str], a: str, b: str) -> tuple[str, str] | None:
    ca = country_map.get(_SPACES.sub(" ", a))
    cb = country_map.get(_SPACES.sub(" ", b))
    if ca is None or cb is None or ca == cb:
        return None
    first, second = sorted((ca, cb))
    return first, second


_JOINED = regex.compile(r"\w" + _DASH)


@functools.cache
def _not_followed_by(org: str) -> tuple[regex.Pattern[str], ...]:
    """Words that, right after the organisation *org*'s name, show it is something else."""
    return tuple(
        regex.compile(_SEP + regex.escape(w) + _END) for w in _index().orgs[org].not_followed_by
    )


def _interpret(
    m: Match, text: str, country_map: Mapping[str, str], seen: list[Forum]
) -> _Found | None:
    idx = _index()
    spans = m.regs
    index = m.re.groupindex

    def g(name: str) -> str | Any:
        # m.group(name), read from the spans (several times cheaper per call).
        start, end = spans[index[name]]
        return None if start < 0 else text[start:end]

    if g("nf") is not None:
        return None
    start = m.start()
    end = m.end()
    body: str | None = None
    org: str
    core_start = m.start("ob")
    place_before: str | None = None
    numbered: int | None = None
    rejected = False
    if g("obn") is not None or g("ob") is not None:
        which = "obn" if g("obn") is not None else "ob"
        core_start = m.start(which)
        pair_key = idx.combined.get(_norm(g(which)))
        if pair_key is None:
            return None  # cannot happen with a consistent table; never raise on text
        org, body = pair_key
        numbered = int(g("num")) if which == "obn" else None
    elif g("org") is not None:
        core_start = m.start("org")
        found_org = idx.org_by_name.get(_norm(g("org")))
        if found_org is None:
            return None
        org = found_org
        tail = text[m.end("org") : m.end("org") + 40]
        if tail.startswith("$") and g("acr") is None:
            return None  # a currency (AU$, US$), not the organisation
        if any(p.match(tail) for p in _not_followed_by(org)):
            return None
        phrase = g("body") if g("body") is not None else g("cbody")
        if phrase is not None:
            body = _phrase_body(phrase, org)
            if g("cbody") is not None:
                place_before = None if _not_a_city(g("city")) else g("city")
                body = body if place_before is not None else None
            joined = _JOINED.fullmatch(text[max(0, core_start - 2) : core_start])
            if body is None or joined:
                # Not a body of this organisation (``UN summit``), or a bilateral meeting
                # with it (``India-EU summit``): the organisation alone.
                body = place_before = None
                rejected = True
                end = m.end("org")
                if g("acr") is not None:
                    close = _PAREN_CLOSE.match(text, m.end("acr"))
                    end = m.end("acr") if close is None else close.end()
    elif g("morg") is not None or g("mk") is not None:
        which = "pair" if g("pair") is not None else "morg" if g("morg") is not None else "mk"
        core_start = m.start(which)
        pair = None
        if g("palias") is not None:
            pair = idx.pair_aliases.get(_norm(g("palias")))
        elif g("pair") is not None:
            if _JOINED_BEFORE.search(text, max(0, core_start - 40), core_start):
                return None  # one pair of a longer chain (``India-Japan-US``)
            pair = _pair_codes(country_map, g("c1"), g("c2"))
            if pair is None:
                return None
        elif g("b1") is not None:
            pair = _pair_codes(country_map, g("b1"), g("b2"))
        if g("morg") is not None:
            key = idx.mech_by_name.get(_norm(g("morg")))
            body = idx.mechanisms[key].body if key is not None else None
        else:
            found_key = _mechanism_key(m, text, pair, country_map)
            if found_key is None:
                return None
            key, body = found_key
        if key is None:
            return None
        org = key
    else:
        core_start = m.start("bare")
        if not _THE_BEFORE.search(text, max(0, start - 12), start):
            return None
        owners = idx.bare.get(_norm(g("bare")), {})
        previous = next((f.org for f in reversed(seen) if f.org in owners), None)
        if previous is None:
            return None
        org, body = previous, owners[previous]
    link = g("link")
    if link is not None and g("ord") is None and _norm(link) in idx.links:
        if _norm(link) not in idx.standalone_links:
            link = None  # "meeting of the SCO": the SCO, not a meeting of it
        elif body is None:
            body = _meeting_body(org) if idx.links[_norm(link)] is None else _link_body(link, org)
    if g("linkb") is not None and body is None:
        body = _link_body(g("linkb"), org)
    if link is not None and body is None:
        body = _link_body(link, org)
    if body is None and not rejected and (g("ord") is not None or link is not None):
        body = _meeting_body(org)
    if body is None:
        start = core_start
    elif g("ord") is None and g("link") is not None and link is None:
        start = m.start("linkb") if g("linkb") is not None else core_start
    elif g("ord") is None and g("annual") is not None:
        start = m.start("link") if link is not None else core_start
    edition = _ordinal_value(g("ord")) if g("ord") is not None and start < core_start else None
    if g("ord2") is not None and body is not None:
        edition = _ordinal_value(g("ord2"))
    if g("ord3") is not None and end == m.end():
        if body is None and not rejected:
            body = _meeting_body(org)
            start = core_start
        if body is not None:
            edition = _ordinal_value(g("ord3"))
        else:
            end = _core_end(m)
    if numbered is not None:
        edition = numbered
    place = place_before or (_place(text, end) if body is not None else None)
    return _Found(Forum(org, body, edition, place), start, end)


_JOINED_BEFORE = regex.compile(r"\w[^\S\n]*+" + _DASH + r"[^\S\n]*+\Z")
_WORD_BEFORE = regex.compile(r"(\S++)[^\S\n]*+\Z")
# Words that may stand before a mechanism named without its pair; any other capitalised
# word (``the SCO Joint Working Group``) is a modifier that names someone else's body.
_DETERMINERS = frozenset({"the", "their", "its", "a", "an", "next", "first", "annual"})


def _mechanism_key(
    m: Match, text: str, pair: tuple[str, str] | None, country_map: Mapping[str, str]
) -> tuple[str, str] | None:
    """The key and body of a mechanism named by a kind phrase (``Joint Commission``): the
    listed mechanism of the pair and kind, else the generic ``AAA-BBB-SUFFIX`` key."""
    idx = _index()
    phrase = _norm(m.group("mk"))
    kind = idx.kinds.get(phrase, "")
    if pair is None and phrase not in idx.generic_kinds:
        before = _WORD_BEFORE.search(text, max(0, m.start("mk") - 60), m.start("mk"))
        word = before.group(1) if before else ""
        if word[:1].isupper() and word.casefold() not in _DETERMINERS and word[-1] not in ".!?":
            return None
        # ``India and Japan held their 2+2 dialogue``: the pair named in the same
        # sentence; not for summits (``the annual summit`` later in a story is the same
        # summit again, not a new mention). ``The two countries would convene their Joint
        # Commission``: the pair named before.
        pair = _context_pair(text, m.start("mk"), m.end("mk"), country_map)
        if pair is None and _has_anaphor(text, m.start("mk"), m.end("mk")):
            pair = _earlier_pair(text, m.start("mk"), country_map)
    if pair is None:
        return None
    listed = idx.mech_by_pair.get((pair[0], pair[1], kind))
    if listed is not None:
        return listed, idx.mechanisms[listed].body
    suffix = idx.generic_suffix.get(phrase)
    if suffix is None and (m.group("annual") is not None or m.group("annual2") is not None):
        suffix = idx.annual_suffix.get(kind)
    if suffix is None:
        return None
    proper = m.group("macr") is not None or m.group("mk")[:1].isupper()
    if kind in idx.needs_capital and not proper:
        return None  # ``a high-level meeting``: a generic name, not the mechanism
    return f"{pair[0]}-{pair[1]}-{suffix}", idx.kind_body[kind]


def _has_anaphor(text: str, start: int, end: int) -> bool:
    """Whether the sentence around *start*..*end* refers to a pair named earlier (``the two
    countries``, ``both sides``)."""
    lo = max(0, start - 300)
    ends = list(_SENTENCE_END.finditer(text, lo, start))
    lo = ends[-1].end() if ends else lo
    after = _SENTENCE_END.search(text, end, min(len(text), end + 300))
    hi = after.start() if after else min(len(text), end + 300)
    return _anaphor_pattern().search(text, lo, hi) is not None


@functools.cache
def _anaphor_pattern() -> regex.Pattern[str]:
    words = _strings(_raw().get("pair_anaphors", []), "pair_anaphors")
    return regex.compile(r"(?<![\w])(?i:" + _name_trie(words) + ")" if words else r"(?!)")


@functools.cache
def _country_word() -> regex.Pattern[str]:
    return regex.compile(r"(?<![\w])(?:" + _country_names()[1] + ")", regex.VERSION1)


def _earlier_pair(text: str, start: int, country_map: Mapping[str, str]) -> tuple[str, str] | None:
    """The pair a story is about, for ``the two countries``: the last pair named before
    *start* (``China and Türkiye``, ``India-Japan``), else the first two countries named."""
    last: tuple[str, str] | None = None
    for m in _pair_in_context().finditer(text, max(0, start - 3000), start):
        codes = _pair_codes(country_map, m.group("c1"), m.group("c2"))
        if codes is not None:
            last = codes
    if last is not None:
        return last
    seen: list[str] = []
    for m in _country_word().finditer(text, 0, start):
        code = country_map.get(_SPACES.sub(" ", m.group()))
        if code is not None and code not in seen:
            seen.append(code)
            if len(seen) == 2:
                first, second = sorted(seen)
                return first, second
    return None


def _phrase_body(phrase: str, org: str) -> str | None:
    idx = _index()
    owners = idx.phrases.get(_norm(phrase), {})
    if org in owners:
        return owners[org]
    if org in idx.mechanisms:
        return None
    generic = owners.get("*")
    return generic if generic in idx.orgs[org].bodies else None


def _link_body(link: str, org: str) -> str | None:
    idx = _index()
    key = _norm(link)
    if key in idx.links:
        value = idx.links[key]
        if value is None or org in idx.mechanisms:
            return None
        return value if value in idx.orgs[org].bodies else None
    if org in idx.mechanisms:
        return None
    return _phrase_body(link, org)


def _meeting_body(org: str) -> str | None:
    idx = _index()
    if org in idx.mechanisms:
        return idx.mechanisms[org].body
    return idx.orgs[org].meeting_body


# The plan of each word seen, _NO_PLAN for a word that no forum name can begin with
# (emptied when it grows large, so it stays bounded).
_CANDIDATES: dict[str, _Plan] = {}
_NO_PLAN = _Plan((), ())


def _candidate(word: str) -> _Plan:
    """The :class:`_Plan` for a *word* a forum name can begin with, else :data:`_NO_PLAN`."""
    if len(_CANDIDATES) > 50_000:
        _CANDIDATES.clear()
    first = _first_words()
    w = word.casefold()
    plan = _NO_PLAN
    if w in first or w.rstrip("0123456789") in first or _DIGIT_ORD.fullmatch(w):
        plan = _plan(w)
        if not plan.guards and not plan.heads:
            plan = _NO_PLAN  # nothing can start here: no need to try
    _CANDIDATES[word] = plan
    return plan


def _scan(text: str) -> Iterator[_Found]:
    # The pattern is tried only where a word starts whose first letters can begin a forum
    # name (a set lookup), so ordinary prose costs one dictionary probe per word; and only
    # its pieces that can start there (see _pattern_for). Every pattern is picked for the
    # text once: on a plain one, the standard library's engine runs them all.
    country_map = _country_names()[0]
    fast = plain(text)
    whole = _grammar().pick(fast)
    seen: list[Forum] = []
    pos = 0
    candidates = _CANDIDATES
    for word in _WORD.pick(fast).finditer(text):
        raw = word.group()
        plan = candidates.get(raw)
        if plan is None:
            plan = _candidate(raw)
        if plan is _NO_PLAN:
            continue
        at = word.start()
        if at < pos:
            continue
        chosen = _pattern_for(text, at, plan, fast)
        m = chosen.match(text, at) if chosen is not None else None
        if m is None:
            continue
        if m.regs[m.re.groupindex["b1"]][0] >= 0 and chosen is not whole:
            m = whole.match(text, at)  # ``between``: a smaller pattern leaves it out
            if m is None:
                continue
        found = _interpret(m, text, country_map, seen)
        if found is None:
            # A consumed non-forum (``UNESCO``) is skipped whole; anything else is retried
            # at the next word, so a valid shorter mention inside is not lost.
            if m.group("nf") is not None:
                pos = m.end()
            continue
        seen.append(found.forum)
        yield found
        pos = found.end


# --- public API ----------------------------------------------------------------------------


def find(text: str) -> list[ForumMention]:
    """Every forum mentioned in *text*, in order, with offsets into *text* as given.

    The surface is the forum's name with its ordinal (``17th BRICS Summit``); a host city
    right after it goes into ``place`` only. A generic ``the summit`` is not a mention.

    >>> from dipnews.forums import find
    >>> text = "SCO Defence Ministers' Meeting in Qingdao, China, and later the G-20 FMM."
    >>> [(m.forum.org, m.forum.body, m.forum.place, m.surface) for m in find(text)]
    [('SCO', 'DMM', 'Qingdao', "SCO Defence Ministers' Meeting"), ('G20', 'FMM', None, 'G-20 FMM')]
    """
    check_text(text)
    return [ForumMention(f.forum, text[f.start : f.end], f.start, f.end) for f in _scan(text)]


def canonicalise(name: str) -> Forum | None:
    """The canonical :class:`~dipnews.records.Forum` for one forum *name*, or ``None``.

    The whole string (apart from surrounding spaces, a leading ``the`` and a trailing
    ``, City`` or ``in City``) must be one forum name.

    >>> from dipnews.forums import canonicalise
    >>> canonicalise("G20 Foreign Ministers’ Meeting")
    Forum(org='G20', body='FMM', edition=None, place=None)
    >>> canonicalise("SCO Summit, Tianjin")
    Forum(org='SCO', body='SUMMIT', edition=None, place='Tianjin')
    >>> canonicalise("summit") is None, canonicalise("UNESCO") is None
    (True, True)
    """
    check_text(name, what="name")
    text = name.strip()
    lead = regex.match(r"(?i:the)" + _SEP, text)
    if lead:
        text = text[lead.end() :]
    found = list(_scan(text)) if text else []
    if len(found) != 1 or found[0].start != 0:
        return None
    f = found[0]
    rest = text[f.end :]
    if not rest:
        return f.forum
    if f.forum.place is not None:
        place_m = _PLACE.match(text, f.end)
        if place_m is not None and place_m.end() == len(text):
            return f.forum
    comma = regex.fullmatch(r",[^\S\n]*+(?P<place>\S.{0,80}?)\s*", rest)
    if comma and f.forum.body is not None:
        return attrs.evolve(f.forum, place=comma.group("place"))
    return None


def lookup(name: str) -> Forum:
    """Like :func:`~dipnews.forums.canonicalise`, but raise instead of returning ``None``.

    Raises :class:`~dipnews.errors.LookupFailedError` when *name* is not one forum name.

    >>> from dipnews.forums import lookup
    >>> lookup("UNGA").body
    'GA'
    >>> lookup("the summit")
    Traceback (most recent call last):
    ...
    dipnews.errors.LookupFailedError: not a forum name: 'the summit'
    """
    forum = canonicalise(name)
    if forum is None:
        raise LookupFailedError(f"not a forum name: {name!r}")
    return forum


def display_name(forum: Forum) -> str:
    """A readable full name for *forum*, which :func:`~dipnews.forums.canonicalise` reads back.

    >>> from dipnews.forums import display_name
    >>> from dipnews.records import Forum
    >>> display_name(Forum("UN", "GA", 80))
    '80th session of the United Nations General Assembly'
    >>> display_name(Forum("SCO", "SUMMIT"))
    'Shanghai Cooperation Organisation Council of Heads of State'
    >>> display_name(Forum("IND-RUS-SUMMIT", "SUMMIT", 23, "New Delhi"))
    '23rd India–Russia Annual Summit, New Delhi'
    """
    idx = _index()
    generic = _GENERIC_KEY.fullmatch(forum.org)
    if forum.org in idx.mechanisms:
        name = idx.mechanisms[forum.org].name
    elif (
        generic is not None
        and generic[3] in idx.suffix_display
        and all(_countries.is_code(c) for c in (generic[1], generic[2]))
    ):
        first, second = (_countries.name_of(c) for c in (generic[1], generic[2]))
        name = f"{first}\u2013{second} {idx.suffix_display[generic[3]]}"
    elif forum.org in idx.orgs:
        info = idx.orgs[forum.org]
        if forum.body is None:
            name = info.name
        else:
            name = info.display.get(forum.body) or (
                f"{info.name} {idx.body_names.get(forum.body, forum.body)}"
            )
    else:
        name = forum.org if forum.body is None else f"{forum.org} {forum.body}"
    if forum.edition is not None:
        form = idx.body_forms.get(forum.body or "", "{ordinal} {name}")
        name = form.format(ordinal=ordinal(forum.edition), name=name)
    if forum.place is not None:
        name = f"{name}, {forum.place}"
    return name


_GENERIC_KEY = regex.compile(r"([A-Z]{3})-([A-Z]{3})-([A-Z0-9+]{1,20})")


def forums() -> tuple[Forum, ...]:
    """Every forum the data defines: each organisation alone and with each of its bodies,
    and each bilateral mechanism with its body (no edition, no place).

    >>> from dipnews.forums import forums
    >>> from dipnews.records import Forum
    >>> Forum("UN", "GA") in forums(), Forum("IRIGC-TEC", "SESSION") in forums()
    (True, True)
    """
    idx = _index()
    out: list[Forum] = []
    for key, info in idx.orgs.items():
        out.append(Forum(key))
        out.extend(Forum(key, body) for body in info.bodies)
    out.extend(Forum(key, m.body) for key, m in idx.mechanisms.items())
    return tuple(out)


def mechanism_suffixes() -> dict[str, tuple[str, str]]:
    """The ``NAME`` part of generic bilateral mechanism keys (``AAA-BBB-NAME``), each with the
    phrase its display name uses and the body it gives, in the data file's order.

    A mechanism of a pair the data does not list is keyed by the two ISO codes in
    alphabetical order and the suffix of the phrase that names it:

    >>> from dipnews.forums import canonicalise, mechanism_suffixes
    >>> mechanism_suffixes()["JPC"]
    ('Joint Permanent Commission', 'SESSION')
    >>> canonicalise("2nd session of the Tanzania-Kenya Joint Permanent Commission")
    Forum(org='KEN-TZA-JPC', body='SESSION', edition=2, place=None)
    """
    idx = _index()
    return {
        suffix: (phrase, idx.kind_body[idx.suffix_kind[suffix]])
        for suffix, phrase in idx.suffix_display.items()
    }


def _keys() -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    data = load_table(_TABLE)
    return (
        tuple(data["orgs"]) + tuple(data["mechanisms"]),
        tuple(data["bodies"]),
        tuple(data["mechanisms"]),
    )


#: Every organisation and bilateral-mechanism key, in the data file's order.
ORG_KEYS: tuple[str, ...]
#: Every body key (``GA``, ``SC``, ``SUMMIT``, ``CHG``, ``FMM``, ``DMM``, ``SESSION``,
#: ``MINISTERIAL``).
BODY_KEYS: tuple[str, ...]
#: The bilateral mechanism keys (a subset of :data:`ORG_KEYS`).
MECHANISM_KEYS: tuple[str, ...]
ORG_KEYS, BODY_KEYS, MECHANISM_KEYS = _keys()
