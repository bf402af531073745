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
>>> [(m.forum.org, m.forum.body, m.surface) for m in find("He spoke at the UNSC and UNEP.")]
[('UN', 'SC', 'UNSC')]
>>> [m.forum.org for m in find("OECD Secretary-General Mathias Cormann met UNESCO officials.")]
['OECD', 'UNESCO']
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
(``UN``, ``Nato``), so the word *un-* or ``UNESCO`` is not the UN. Besides the contract's
keys the data has organisations marked as extensions (UN agencies such as ``UNESCO`` and
``WHO``, development banks, ``OECD``, ``ECOWAS``...: :data:`EXTENSION_KEYS`).

Where things are, for a contributor: every name lives in ``data/forums.json``, and this
package's rooms read it, build the pattern, scan a text and read what matched.

- ``index.py`` reads the data file once and indexes its names by comparison key: which
  organisation a name is, which body a phrase names for an organisation, which mechanism
  a country pair and kind have.
- ``words.py`` holds the small shared patterns (spaces, dashes, ordinals) and ``tries.py``
  compiles each list of names into a trie.
- ``grammar.py`` assembles the mention pattern, one function per piece (``_org``,
  ``_pair``, ``_mechanism_kind``...), each captured by a named group of the same name.
- ``runs.py`` and ``starts.py`` decide where a mention may start and which pattern to try
  there; ``scan.py`` walks the text word by word.
- ``interpret.py`` turns a match into a forum, one function per piece (``_read_org``...),
  with ``mechanisms.py`` finding the country pair and key of a bilateral mechanism.
- this module: :func:`find`, :func:`canonicalise`, :func:`lookup`, :func:`display_name`,
  :func:`forums`, :func:`mechanism_suffixes` and the key sets.

For example, ``SCO Heads of State Council`` becomes ``Forum('SCO', 'SUMMIT')`` thus: in
the data ``SCO`` is an acronym of ``orgs.SCO`` and ``Heads of State Council`` a phrase of
``bodies.SUMMIT``; the grammar's ``org`` piece matches the two (groups ``org`` and
``body``); ``interpret._read_org`` looks the organisation up by name and the phrase with
``body_of_phrase``, which gives ``SUMMIT`` because the SCO has that body.
"""

from __future__ import annotations

import attrs

from dipnews import countries as _countries
from dipnews._compiled import compile_regex
from dipnews._text import check_text
from dipnews.errors import LookupFailedError
from dipnews.forums.index import index, keys
from dipnews.forums.interpret import PLACE
from dipnews.forums.scan import scan
from dipnews.forums.words import SPACE, ordinal
from dipnews.records import Forum, ForumMention

__all__ = [
    "BODY_KEYS",
    "EXTENSION_KEYS",
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
    return [ForumMention(f.forum, text[f.start : f.end], f.start, f.end) for f in scan(text)]


def canonicalise(name: str) -> Forum | None:
    """The canonical :class:`~dipnews.records.Forum` for one forum *name*, or ``None``.

    The whole string (apart from surrounding spaces, a leading ``the`` and a trailing
    ``, City`` or ``in City``) must be one forum name.

    >>> from dipnews.forums import canonicalise
    >>> canonicalise("G20 Foreign Ministers’ Meeting")
    Forum(org='G20', body='FMM', edition=None, place=None)
    >>> canonicalise("SCO Summit, Tianjin")
    Forum(org='SCO', body='SUMMIT', edition=None, place='Tianjin')
    >>> canonicalise("summit") is None, canonicalise("UNEP") is None
    (True, True)
    """
    check_text(name, what="name")
    text = name.strip()
    lead = _LEADING_THE.match(text)
    if lead:
        text = text[lead.end() :]
    found = list(scan(text)) if text else []
    if len(found) != 1 or found[0].start != 0:
        return None
    f = found[0]
    rest = text[f.end :]
    if not rest:
        return f.forum
    if f.forum.place is not None:
        place_m = PLACE.match(text, f.end)
        if place_m is not None and place_m.end() == len(text):
            return f.forum
    comma = _COMMA_PLACE.fullmatch(rest)
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
    idx = index()
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


_LEADING_THE = compile_regex(r"(?i:the)" + SPACE)
_COMMA_PLACE = compile_regex(r",[^\S\n]*+(?P<place>\S.{0,80}?)\s*")
_GENERIC_KEY = compile_regex(r"([A-Z]{3})-([A-Z]{3})-([A-Z0-9+]{1,20})")


def forums() -> tuple[Forum, ...]:
    """Every forum the data defines: each organisation alone and with each of its bodies,
    and each bilateral mechanism with its body (no edition, no place).

    >>> from dipnews.forums import forums
    >>> from dipnews.records import Forum
    >>> Forum("UN", "GA") in forums(), Forum("IRIGC-TEC", "SESSION") in forums()
    (True, True)
    """
    idx = index()
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
    idx = index()
    return {
        suffix: (phrase, idx.kind_body[idx.suffix_kind[suffix]])
        for suffix, phrase in idx.suffix_display.items()
    }


#: Every organisation and bilateral-mechanism key, in the data file's order (the
#: contract's keys and the :data:`EXTENSION_KEYS`).
ORG_KEYS: tuple[str, ...]
#: Every body key (``GA``, ``SC``, ``SUMMIT``, ``CHG``, ``FMM``, ``DMM``, ``SESSION``,
#: ``MINISTERIAL``).
BODY_KEYS: tuple[str, ...]
#: The bilateral mechanism keys (a subset of :data:`ORG_KEYS`).
MECHANISM_KEYS: tuple[str, ...]
#: The organisation keys that extend the contract's closed set (UN agencies, development
#: banks, regional organisations such as ``OECD``, ``ECOWAS``, ``CARICOM``), marked
#: ``"extension": true`` in the data; a subset of :data:`ORG_KEYS`.
EXTENSION_KEYS: tuple[str, ...]
ORG_KEYS, BODY_KEYS, MECHANISM_KEYS, EXTENSION_KEYS = keys()
