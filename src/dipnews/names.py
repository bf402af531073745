"""Person names: comparison keys, initials-aware matching and honorific stripping.

Wire copy spells one person many ways: ``Sergei``/``Sergey Lavrov``, ``Zelensky``/
``Zelenskyy``, ``Mohammed``/``Muhammad bin Salman``, ``S. Jaishankar``/``S Jaishankar``/
``S.Jaishankar``/``Subrahmanyam Jaishankar``, ``Erdoğan``/``Erdogan``. This module folds
those differences and nothing more.

>>> from dipnews.names import name_key, same_person, strip_honorifics
>>> name_key("Sergei Lavrov") == name_key("SERGEY LAVROV")
True
>>> name_key("Volodymyr Zelenskyy") == name_key("Volodymyr Zelensky")
True
>>> name_key("Recep Tayyip Erdoğan")
'recep tayyip erdogan'
>>> same_person("S. Jaishankar", "Subrahmanyam Jaishankar")
True
>>> same_person("Dmitry Patrushev", "Nikolai Patrushev")
False
>>> same_person("N Patrushev", "Dmitry Patrushev")
False
>>> strip_honorifics("His Excellency Dr. Subrahmanyam Jaishankar")
('Subrahmanyam Jaishankar', 19)

What :func:`name_key` does, in order:

1. Unicode compatibility decomposition (NFKD), combining marks dropped (``é`` -> ``e``),
   then a small character map for letters that do not decompose (``ı``, ``ł``, ``ø``...),
   then case folding.
2. Apostrophes dropped (``O'Brien`` = ``OBrien``); dots, hyphens, dashes, commas and
   underscores become spaces (``S.Jaishankar`` = ``S Jaishankar``, ``Suk-yeol`` =
   ``Suk Yeol``, ``al-Sudani`` = ``al Sudani``).
3. Each token is replaced by its group's canonical spelling from the variant table
   (``sergei`` -> ``sergey``, ``mohammed`` -> ``muhammad``, ``abdel`` -> ``abdul``); tokens
   not in the table go through the ending rules (``zelenskyy`` -> ``zelensky``,
   ``aliyev`` -> ``aliev``).

Every function takes a ``str`` and raises :class:`~dipnews.errors.InputTypeError` for
anything else.

The table is ``data/name_variants.json`` (``groups``: canonical -> variants;
``suffix_rules``; ``char_map``; ``honorifics`` and ``name_only_honorifics``;
``generational_suffixes``). Extend it by adding a group or a variant; a variant may belong
to one group only (checked at load).
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Mapping, Sequence

import attrs
import regex

from dipnews._compiled import compile_regex
from dipnews._data import load_table, string_list
from dipnews._fold import APOSTROPHES, strip_marks
from dipnews._text import check_text
from dipnews.errors import DataError

__all__ = [
    "lineage_key",
    "name_key",
    "name_tokens",
    "same_person",
    "strip_honorifics",
    "surname_key",
]

_TABLE = "name_variants.json"
_APOSTROPHES = compile_regex(f"['{APOSTROPHES}]")
_SEPARATORS = compile_regex(r"[\s\p{Pd}.,_/]++")
# A word of the original name, for spotting run-together initials (``AK Antony``).
_WORD = compile_regex(r"[\p{L}\p{M}'\u2019]++")


@attrs.frozen
class _Table:
    variants: Mapping[str, str]
    compounds: Mapping[tuple[str, str], str]
    suffixes: tuple[tuple[str, str], ...]
    char_map: Mapping[str, str]
    generational: frozenset[str]
    honorific: regex.Pattern[str]
    #: :func:`_token_key` of each token met so far (tokens repeat across names)
    token_keys: dict[str, str] = attrs.field(factory=dict, eq=False)


def _fold_chars(text: str, char_map: Mapping[str, str]) -> str:
    # Decompose, fold case, decompose again (case folding can yield decomposable letters,
    # as "İ" does), then drop the combining marks and map what does not decompose.
    text = strip_marks(unicodedata.normalize("NFKD", text).casefold())
    if text.isascii():  # nothing left to map: the table maps letters beyond ASCII
        return text
    return "".join(char_map.get(ch, ch) for ch in text).casefold()


def _str_list(value: object, what: str) -> list[str]:
    return string_list(value, what, table=_TABLE)


@functools.cache
def _table() -> _Table:
    data = load_table(_TABLE)
    raw_map = data.get("char_map", {})
    if not isinstance(raw_map, dict):
        raise DataError("'char_map' must be an object", table=_TABLE)
    char_map = {str(k): str(v) for k, v in raw_map.items()}
    if any(k.isascii() for k in char_map):  # _fold_chars leaves ASCII text as it is
        raise DataError("'char_map' maps characters beyond ASCII only", table=_TABLE)
    groups = data.get("groups")
    if not isinstance(groups, dict):
        raise DataError("'groups' must be an object", table=_TABLE)
    variants: dict[str, str] = {}
    compounds: dict[tuple[str, str], str] = {}
    for canon, spellings in groups.items():
        for spelling in [canon, *_str_list(spellings, f"groups.{canon}")]:
            # Fold the table's own spellings the way input is folded, so that a variant
            # written with a hyphen or a capital still matches.
            parts = _split(_fold_chars(spelling, char_map))
            if len(parts) == 2:
                # A two-word spelling (Abdul-Aziz) of a one-word name (Abdulaziz): matched
                # after the words themselves are folded (Abdel Aziz -> abdul aziz).
                compounds[(parts[0], parts[1])] = canon
                continue
            key = " ".join(parts)
            if variants.get(key, canon) != canon:
                raise DataError(
                    f"variant {spelling!r} is in groups {variants[key]!r} and {canon!r}",
                    table=_TABLE,
                )
            variants[key] = canon
    rules = data.get("suffix_rules", [])
    if not isinstance(rules, list) or not all(
        isinstance(r, list) and len(r) == 2 and all(isinstance(x, str) for x in r) for r in rules
    ):
        raise DataError("'suffix_rules' must be a list of [ending, replacement]", table=_TABLE)
    honorifics = _str_list(data.get("honorifics", []), "honorifics") + _str_list(
        data.get("name_only_honorifics", []), "name_only_honorifics"
    )
    forms = set(honorifics) | {h.upper() for h in honorifics if len(h) > 2}
    alternation = "|".join(regex.escape(h) for h in sorted(forms, key=lambda h: (-len(h), h)))
    # One or more honorifics at the start, each followed by a space (or glued on after a
    # dot: "Dr.S. Jaishankar"); at most six in a row, so the pattern stays linear.
    pattern = compile_regex(
        rf"\s*+(?:(?:{alternation})(?:(?<=\.)\s*+|\s++|,\s*+)){{1,6}}+",
    )
    generational = {
        " ".join(_split(_fold_chars(g, char_map)))
        for g in _str_list(data.get("generational_suffixes", []), "generational_suffixes")
    }
    return _Table(
        variants=variants,
        compounds={
            (_token_key_in(a, variants), _token_key_in(b, variants)): c
            for (a, b), c in compounds.items()
        },
        suffixes=tuple((a, b) for a, b in rules),
        char_map=char_map,
        generational=frozenset(generational),
        honorific=pattern,
    )


def _split(folded: str) -> list[str]:
    return [t for t in _SEPARATORS.split(_APOSTROPHES.sub("", folded)) if t]


def _token_key(token: str, table: _Table) -> str:
    found = table.token_keys.get(token)
    if found is None:
        if len(table.token_keys) > 100_000:
            table.token_keys.clear()  # bounded, for a long process reading many names
        found = table.token_keys[token] = _work_out_token_key(token, table)
    return found


def _work_out_token_key(token: str, table: _Table) -> str:
    # Apply the table until nothing changes, so that keys are fixed points (idempotence);
    # the package's ending rules shorten a token or end it in a form no rule takes again, so
    # this stops; the bound only guards against a user's table with a cycle.
    for _ in range(len(token) + 2):
        canon = table.variants.get(token)
        if canon is not None:
            return canon
        for ending, replacement in table.suffixes:
            if token.endswith(ending) and len(token) > len(ending) + 2:
                changed = token[: -len(ending)] + replacement
                break
        else:
            return token
        if changed == token:
            return token
        token = changed
    return token


def _token_key_in(token: str, variants: Mapping[str, str]) -> str:
    return variants.get(token, token)


@functools.lru_cache(maxsize=65536)
def _key_tokens(name: str) -> tuple[str, ...]:
    table = _table()
    tokens = [_token_key(t, table) for t in _split(_fold_chars(name, table.char_map))]
    if not table.compounds or len(tokens) < 2:
        return tuple(tokens)
    out: list[str] = []
    index = 0
    while index < len(tokens):
        pair = (tokens[index], tokens[index + 1]) if index + 1 < len(tokens) else None
        compound = table.compounds.get(pair) if pair else None
        if compound is not None:
            out.append(compound)
            index += 2
        else:
            out.append(tokens[index])
            index += 1
    return tuple(out)


def name_key(name: str) -> str:
    """A comparison key for a person's name: equal keys mean the same spelling family.

    >>> from dipnews.names import name_key
    >>> name_key("Dmitriy Peskov"), name_key("Abdel Fattah el-Sisi")
    ('dmitry peskov', 'abdul fattah al sisi')
    """
    return _name_key(check_text(name, what="name"))


def _name_key(name: str) -> str:
    """:func:`name_key` of a ``str`` already checked (the same for every caller)."""
    return " ".join(_key_tokens(name))


def name_tokens(name: str) -> tuple[str, ...]:
    """The folded tokens of *name* (:func:`name_key` split on spaces)."""
    return _key_tokens(check_text(name, what="name"))


def surname_key(name: str) -> str:
    """The folded last token of *name*, generational suffixes (``Jr``, ``III``) dropped.

    For a name written surname-first (``Xi Jinping``) this is the given name; callers that
    index by surname should index every token they need.

    >>> from dipnews.names import surname_key
    >>> surname_key("Martin Luther King Jr."), surname_key("Zelenskiy")
    ('king', 'zelensky')
    """
    return _surname_key(check_text(name, what="name"))


def _surname_key(name: str) -> str:
    """:func:`surname_key` of a ``str`` already checked."""
    tokens = _key_tokens(name)
    generational = _table().generational
    while len(tokens) > 1 and tokens[-1] in generational:
        tokens = tokens[:-1]
    return tokens[-1] if tokens else ""


def strip_honorifics(name: str) -> tuple[str, int]:
    """Drop leading honorifics and ranks; return the rest and its offset in *name*.

    ``name[offset:] == rest``, so a caller holding offsets into a larger text adds
    *offset* to the name's start. Nothing is stripped when nothing would remain.
    Matching is case-sensitive (as written, or all capitals) so that the surname ``He``
    (``He Lifeng``) is not taken for ``HE`` (His Excellency).

    >>> from dipnews.names import strip_honorifics
    >>> strip_honorifics("Dr S Jaishankar")
    ('S Jaishankar', 3)
    >>> strip_honorifics("H.E. Sheikh Abdullah bin Zayed Al Nahyan")
    ('Abdullah bin Zayed Al Nahyan', 12)
    >>> strip_honorifics("He Lifeng")
    ('He Lifeng', 0)
    """
    return _strip_honorifics(check_text(name, what="name"))


def _strip_honorifics(name: str) -> tuple[str, int]:
    """:func:`strip_honorifics` of a ``str`` already checked."""
    match = _table().honorific.match(name)
    if match is None or match.end() >= len(name.rstrip()):
        return name, 0
    return name[match.end() :], match.end()


@functools.lru_cache(maxsize=65536)
def _pieces(name: str) -> tuple[str, ...]:
    """Folded tokens of a name for matching, with run-together capitals as initials."""
    rest, _ = _strip_honorifics(name.strip())
    words = _WORD.findall(rest)
    has_lower = any(ch.islower() for ch in rest)
    spread = [
        " ".join(word) if has_lower and 2 <= len(word) <= 3 and word.isupper() else word
        for word in words[:-1]
    ]
    pieces = list(_key_tokens(" ".join([*spread, *words[-1:]])))
    generational = _table().generational
    while len(pieces) > 1 and pieces[-1] in generational:
        pieces.pop()
    return tuple(pieces)


def _compatible(a: str, b: str) -> bool:
    if a == b:
        return True
    if len(a) == 1:
        return b.startswith(a)
    if len(b) == 1:
        return a.startswith(b)
    return False


def _is_subsequence(short: Sequence[str], long: Sequence[str]) -> bool:
    position = 0
    for token in short:
        while position < len(long) and not _compatible(token, long[position]):
            position += 1
        if position == len(long):
            return False
        position += 1
    return True


# Arabic and Malay names: given name, "bin/bint X" patronymics, an "Al X" family name.
_PATRONYMIC = frozenset({"bin", "bint", "binti"})
_FAMILY = frozenset({"al"})
_LINEAGE_WORDS = _PATRONYMIC | _FAMILY


@attrs.frozen
class _Lineage:
    given: tuple[str, ...]
    chain: tuple[str, ...]  # father, grandfather...: each may be several tokens
    family: tuple[str, ...]
    marked: bool  # written with a patronymic


def _lineage(pieces: Sequence[str]) -> _Lineage | None:
    """The parts of a name with a patronymic or a family name after ``Al``, else ``None``."""
    first = next((i for i, p in enumerate(pieces) if i > 0 and p in _PATRONYMIC), -1)
    body = list(pieces)
    family: tuple[str, ...] = ()
    for index in range(len(body) - 2, max(first, 0), -1):
        if body[index] in _FAMILY:
            family, body = tuple(body[index + 1 :]), body[:index]
            break
    if first == -1:
        if not family:
            return None
        return _Lineage(tuple(body), (), family, False)
    chain: list[str] = []
    current: list[str] = []
    for piece in body[first + 1 :]:
        if piece in _PATRONYMIC:
            if current:
                chain.append(" ".join(current))
            current = []
        else:
            current.append(piece)
    if current:
        chain.append(" ".join(current))
    return _Lineage(tuple(body[:first]), tuple(chain), family, True)


def _same_lineage(a: _Lineage, b: _Lineage) -> bool:
    """Same given name, one patronymic chain the start of the other, no clash of family
    names, and something beyond the given name in common (a patronymic or the family)."""
    short, long = (a.given, b.given) if len(a.given) <= len(b.given) else (b.given, a.given)
    if not short or not _is_subsequence(short, long) or not _compatible(short[0], long[0]):
        return False
    common = min(len(a.chain), len(b.chain))
    if a.chain[:common] != b.chain[:common]:
        return False
    if a.family and b.family:
        return a.family == b.family
    return common > 0


def lineage_key(name: str) -> str:
    """The given name and first patronymic of an Arabic or Malay name, or ``""``.

    Names written with more or fewer forebears, with or without the family name, share it:

    >>> from dipnews.names import lineage_key
    >>> lineage_key("Prince Faisal bin Farhan bin Abdullah")
    'faisal bin farhan'
    >>> lineage_key("Faisal bin Farhan Al Saud")
    'faisal bin farhan'
    >>> lineage_key("Sergey Lavrov")
    ''
    """
    return _lineage_key(check_text(name, what="name"))


def _may_have_lineage(name: str) -> bool:
    """False when :func:`_lineage_key` of *name* is surely empty: none of its tokens is a
    patronymic or family word (the tokens of a name's lineage are among its own tokens,
    honorifics and generational suffixes dropped, initials spread), so an index of many
    names works the lineage out only for the few that may have one."""
    return not _LINEAGE_WORDS.isdisjoint(_key_tokens(name))


def _lineage_key(name: str) -> str:
    """:func:`lineage_key` of a ``str`` name already checked."""
    lineage = _lineage(_pieces(name))
    if lineage is None or not lineage.chain or not lineage.given:
        return ""
    return f"{' '.join(lineage.given)} bin {lineage.chain[0]}"


def same_person(a: str, b: str, *, surname_only: bool = False) -> bool:
    """Whether names *a* and *b* can denote the same person.

    The last tokens (surnames, after folding) must be equal, and the given names of the
    shorter name must match, in order, given names of the longer one, where an initial
    matches any name it begins (``S`` = ``Subrahmanyam``) and middle names may be left out
    (``Narendra Modi`` = ``Narendra Damodardas Modi``). Two different given names never
    match (``Dmitry Patrushev`` != ``Nikolai Patrushev``). A bare surname matches a full
    name only with ``surname_only=True``. Honorifics are ignored.

    >>> from dipnews.names import same_person
    >>> same_person("S.Jaishankar", "Dr. S. Jaishankar"), same_person("AK Antony", "A.K. Antony")
    (True, True)
    >>> same_person("Lavrov", "Sergey Lavrov")
    False
    >>> same_person("Lavrov", "Sergey Lavrov", surname_only=True)
    True
    """
    return _same_person(
        check_text(a, what="name"), check_text(b, what="name"), surname_only=surname_only
    )


@functools.lru_cache(maxsize=65536)
def _same_person(a: str, b: str, *, surname_only: bool = False) -> bool:
    """:func:`same_person` of ``str`` names already checked."""
    pa = _pieces(a)
    pb = _pieces(b)
    if not pa or not pb:
        return False
    la, lb = _lineage(pa), _lineage(pb)
    if la is not None and lb is not None and (la.marked or lb.marked):
        # "Faisal bin Farhan bin Abdullah" = "Faisal bin Farhan Al Saud", but a son is not
        # his father ("Hamdan bin Mohammed Al Maktoum" != "Mohammed bin Rashid Al Maktoum").
        return _same_lineage(la, lb)
    if pa[-1] != pb[-1]:
        return False
    ga, gb = pa[:-1], pb[:-1]
    if not ga or not gb:
        return surname_only or (not ga and not gb)
    short, long = (ga, gb) if len(ga) <= len(gb) else (gb, ga)
    return _is_subsequence(short, long)
