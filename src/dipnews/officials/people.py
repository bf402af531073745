"""The people of one article: mentions grouped into people, their canonical names and
countries from the office-holder table, later mentions by name alone (``Lavrov``) and by
title alone (``the EAM``) linked to them."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

import attrs

from dipnews import _engine, names
from dipnews._calendar import MONTHS
from dipnews._compiled import compile_regex
from dipnews.officials.candidates import LOOKBACK
from dipnews.officials.grammar import grammar
from dipnews.officials.interpret import Mention
from dipnews.officials.lookups import (
    canonical_name_of,
    handle_fits,
    holder_at,
    holdings_of,
    known_holder,
)
from dipnews.officials.placing import fill_countries
from dipnews.officials.tables import tables
from dipnews.officials.titles import LEADER_ROLES

if TYPE_CHECKING:
    from dipnews.holders import Holding, Registry

__all__ = ["People", "Person", "link"]

# The roles a bare "the minister" may refer back to, in order.
_MINISTER_ROLES = (
    "FOREIGN_MINISTER",
    "DEFENCE_MINISTER",
    "FINANCE_MINISTER",
    "TRADE_MINISTER",
    "OTHER_MINISTER",
    "DEPUTY_FOREIGN_MINISTER",
    "DEPUTY_HEAD_OF_GOVERNMENT",
)
_NEXT_WORD = compile_regex(r"[^\S\n]++(\p{L}++)")
# Months written as a name would be ("May", "June").
_MONTH_NAMES = frozenset(m.capitalize() for m in MONTHS)
# A day number next to a month ("May 10", "10 May").
_DAY_AFTER = compile_regex(r"[^\S\n]{1,3}+\d")
_DAY_BEFORE = compile_regex(r"\d[^\S\n]{1,3}+\Z")
# Capitalised pronouns that are also surnames (He Lifeng): never a later mention alone.
_PRONOUNS = frozenset({"He", "She", "We", "It", "I"})


@attrs.define
class Person:
    """One person of an article: the forms of its name and what is known of its office."""

    forms: list[str]
    country: str | None
    role: str | None
    title: str | None
    first: int
    last: int
    surname_keys: set[str]
    canonical: str = ""
    past: bool = False  # called a former holder ("former President X")


def _keys_of(name: str, country: str | None) -> set[str]:
    """The keys a later mention of *name* is found by: its surname's, and its first
    token's where *country* writes a short form by the first name (the table's
    ``first_name_short_form``)."""
    keys = {names._surname_key(name)}
    tokens = names._key_tokens(name)
    if country in tables().first_name_short_form and len(tokens) >= 2:
        keys.add(tokens[0])
    keys.discard("")
    return keys


class People(list[Person]):
    """The people of one article, indexed by the keys their later mentions are found by."""

    def __init__(self) -> None:
        super().__init__()
        self.by_key: dict[str, set[int]] = {}

    def note(self, index: int) -> None:
        """Index person *index* under each of its (possibly new) surname keys."""
        for key in self[index].surname_keys:
            self.by_key.setdefault(key, set()).add(index)


def _find_person(people: People, name: str, at: int) -> int:
    """The person *name* refers to among those introduced before *at*, or -1."""
    candidates = people.by_key.get(names._surname_key(name))
    if not candidates:
        return -1
    bare = len(names._key_tokens(name)) == 1
    best = -1
    for index in sorted(candidates):
        person = people[index]
        if person.first > at:
            continue
        if bare:
            if best == -1 or person.last > people[best].last:
                best = index
        elif any(names._same_person(name, form) for form in person.forms):
            return index
    return best


def link(
    text: str,
    found: list[Mention],
    when: dt.date | None,
    people: People,
    table: Registry,
    home: str | None = None,
) -> list[Mention]:
    """Group named mentions into people (filling *people*) and add the later mentions.

    *home* is the home country of the article's news agencies, if they share one.
    """
    for mention in found:
        if mention.name is not None and not _is_handle(mention.name):
            _join(people, mention, mention.name, len(text))
    for person in people:
        _settle(person, when, table)
    _refine_vague(found, people, when, table)
    fill_countries(text, found, people, home)
    for index, person in enumerate(people):
        person.surname_keys |= _keys_of(person.canonical, person.country)
        people.note(index)
    _resolve_handles(found, people, when, table, home)
    # Later mentions by name alone: "Lavrov", "Mr Jaishankar", "Putin-Modi summit".
    extra = _name_mentions(text, found, people, when, table)
    _link_nameless(found, people, when, table)
    return sorted([*found, *extra], key=lambda f: (f.start, f.end))


def _join(people: People, mention: Mention, name: str, end_of_text: int) -> None:
    """Make *mention* (named *name*) a mention of the person it names, met before or new."""
    index = _find_person(people, name, mention.start)
    if index == -1 and len(names._key_tokens(name)) == 1:
        # A bare surname after a title ("President Putin") names whoever bears it.
        index = _find_person(people, name, end_of_text)
    if index == -1:
        people.append(
            Person(
                forms=[name],
                country=mention.country,
                role=mention.role,
                title=mention.title,
                first=mention.start,
                last=mention.start,
                surname_keys=_keys_of(name, mention.country),
            )
        )
        index = len(people) - 1
    else:
        person = people[index]
        if name not in person.forms:
            person.forms.append(name)
        person.last = mention.start
        if person.country is None and mention.country is not None:
            person.country = mention.country
            person.surname_keys |= _keys_of(name, mention.country)
        if person.role is None:
            person.role = mention.role
    people[index].past = people[index].past or mention.past
    people.note(index)
    mention.person = index


def _is_handle(name: str) -> bool:
    return name.startswith("@")


def _resolve_handles(
    found: list[Mention], people: People, when: dt.date | None, table: Registry, home: str | None
) -> None:
    """A handle after a title (``PM @narendramodi``) names the person of the article whose
    name it spells, else the office's holder in the table if it spells that holder's name;
    otherwise it names nobody and gives no record (a handle is not a name)."""
    for mention in found:
        handle = mention.name
        if handle is None or not _is_handle(handle):
            continue
        fitting = [
            i
            for i, p in enumerate(people)
            if any(handle_fits(handle, f) for f in (*p.forms, p.canonical) if f)
        ]
        if fitting:
            mention.person = fitting[-1]
            continue
        country = mention.country or home
        held = (
            holder_at(table, country, mention.role, when)
            if country is not None and mention.role is not None
            else None
        )
        if held is None or not handle_fits(handle, held):
            mention.name = None
            continue
        mention.name, mention.country = held, country
        _join(people, mention, held, mention.end)
        person = people[mention.person]
        _settle(person, when, table)
        person.surname_keys |= _keys_of(person.canonical, person.country)
        people.note(mention.person)


def _settle(person: Person, when: dt.date | None, table: Registry) -> None:
    """Order *person*'s forms, longest first; give it its canonical name, and the country
    and role the office-holder table gives it where the text gave none."""
    forms = sorted(
        dict.fromkeys(person.forms),
        key=lambda f: (-len(names._key_tokens(f)), -len(f)),
    )
    person.forms = forms
    canonical = canonical_name_of(table, forms, when)
    if canonical is not None and not person.past and _left_office(table, forms, canonical, when):
        # "President Harlow" after the table's only Harlow left office: someone else.
        person.canonical = forms[0]
        return
    person.canonical = canonical or forms[0]
    if person.country is not None and person.role is not None:
        return
    # In office at the date if possible; else any holding (a person's country does not
    # change when a tenure in the table ends a little early).
    holdings = holdings_of(table, person.canonical, when) or holdings_of(
        table, person.canonical, None
    )
    if holdings:
        wanted = (person.role,) if person.role is not None else LEADER_ROLES
        same = [h for h in holdings if h.role in wanted]
        chosen = (same or holdings)[0]
        person.country = person.country or chosen.country
        person.role = person.role or chosen.role


def _left_office(table: Registry, forms: list[str], canonical: str, when: dt.date | None) -> bool:
    """Whether the table's *canonical*, found by a surname alone (*forms*), had left
    every office before *when*: then the text's official of that surname, not called a
    former one, is someone the table does not know (the table never forces an earlier
    holder onto a later article)."""
    if when is None or any(len(names._key_tokens(f)) > 1 for f in forms):
        return False
    held = holdings_of(table, canonical, None)
    return bool(held) and all(h.end is not None and h.end <= when for h in held)


def _link_nameless(
    found: list[Mention], people: People, when: dt.date | None, table: Registry
) -> None:
    """Nameless titles ("the EAM", "the Russian leader"): the person they refer back to,
    else the office's holder at *when* in the table."""
    for mention in found:
        if mention.kind != "bare":
            continue
        mention.person = _anaphor(mention, people)
        if mention.person >= 0 and people[mention.person].country is None:
            people[mention.person].country = mention.country
        if mention.person == -1 and mention.title_key != "minister" and not mention.loose:
            for role in _anaphor_roles(mention):
                mention.name = holder_at(table, mention.country or "", role or "", when)
                if mention.name is not None:
                    mention.role = role
                    break


def _refine_vague(
    found: list[Mention], people: People, when: dt.date | None, table: Registry
) -> None:
    """A vague title ("Minister", "Deputy Minister", "Crown Prince") takes a precise role
    that the title can name (the table's ``holder_refined``): first the one the text
    gives the same person with a precise title ("Foreign Minister X ... Minister X"; the
    text wins), else the one the office-holder table gives its bearer at *when* where the
    country agrees; otherwise the title's own role stays."""
    refined = tables().holder_refined
    if not refined:
        return
    stated: dict[int, set[str]] = {}  # person -> roles its precise titles state
    for mention in found:
        precise = (mention.title_key or "") not in refined and mention.kind != "person"
        if mention.person >= 0 and mention.role is not None and precise:
            stated.setdefault(mention.person, set()).add(mention.role)
    for mention in found:
        allowed = refined.get(mention.title_key or "")
        if not allowed or mention.person < 0 or mention.kind not in ("prefix", "appositive"):
            continue
        person = people[mention.person]
        told = stated.get(mention.person, set()) & allowed
        if len(told) == 1:
            mention.role = person.role = next(iter(told))
            mention.refined = True
            continue
        if when is None:
            continue
        for holding in holdings_of(table, person.canonical, when):
            role, country = holding.role, holding.country
            if role in allowed and mention.country in (None, country):
                if person.role in (None, "OTHER_MINISTER", mention.role):
                    person.role = role
                mention.role, mention.country = role, country
                mention.refined = True
                person.country = person.country or country
                break


def _anaphor_roles(mention: Mention) -> tuple[str | None, ...]:
    if mention.leader:
        if mention.country in tables().government_led:
            return ("HEAD_OF_GOVERNMENT", "HEAD_OF_STATE")
        return LEADER_ROLES
    if mention.title_key == "minister":
        return _MINISTER_ROLES
    return (mention.role,)


def _anaphor(mention: Mention, people: People) -> int:
    """The latest person introduced before *mention* with its country and a fitting role.

    A title with no country (``the Defence Minister``) refers back only when one person
    so far has that role; with two (India's and Korea's defence ministers) it is left out.
    """
    if mention.loose:
        same = [
            i for i, p in enumerate(people) if p.first < mention.start and p.role == mention.role
        ]
        return same[0] if len(same) == 1 else -1
    roles = _anaphor_roles(mention)
    for role in roles:
        for index in range(len(people) - 1, -1, -1):
            person = people[index]
            earlier = person.first < mention.start and person.country == mention.country
            if earlier and person.role == role:
                return index
    # The text wins over the table: "Prime Minister X ... the Dutch prime minister" is X,
    # whom neither the text nor the table placed, rather than the table's holder.
    for index in range(len(people) - 1, -1, -1):
        person = people[index]
        if person.first < mention.start and person.country is None and person.role in roles:
            return index
    return -1


def _name_mentions(
    text: str, found: list[Mention], people: People, when: dt.date | None, table: Registry
) -> list[Mention]:
    """Later mentions by a name alone, outside the mentions *found*: of a person met
    before, or of one the office-holder table knows (a new person)."""
    spans = [(f.start, f.end) for f in found]
    spans += [(f.name_start, f.name_end) for f in found if f.name_start >= 0]
    spans.sort()
    extra: list[Mention] = []
    lookups: dict[str, tuple[str, list[Holding]] | None] = {}
    eponym_nouns = tables().eponym_nouns
    position = 0
    count = len(spans)
    for m in grammar().person.on(text).finditer(text):
        name_start, name_end = m.span("name")
        if name_end - name_start <= 3 and m.group("name") in _PRONOUNS:
            continue
        if _not_a_name(text, m.group("name"), name_start, name_end):
            continue
        m_start, m_end = m.span()
        while position < count and spans[position][1] <= m_start:
            position += 1
        if position < count and any(
            s < m_end and e > m_start for s, e in spans[position : position + 3]
        ):
            continue
        extra += _mentions_of_name(text, m, people, when, table, lookups, eponym_nouns)
    return extra


def _mentions_of_name(
    text: str,
    m: _engine.Match,
    people: People,
    when: dt.date | None,
    table: Registry,
    lookups: dict[str, tuple[str, list[Holding]] | None],
    eponym_nouns: frozenset[str],
) -> list[Mention]:
    """The mentions a name match gives: the name, or each part of a hyphenated pair of
    surnames (``Putin-Modi summit``), that names a person; none for an eponym."""
    name_start, name_end = m.span("name")
    # Whether the name is an eponym ("the Trump administration": a government named after
    # its leader) is asked only of a name that would give a mention.
    eponym: bool | None = None
    whole = text[name_start:name_end]
    hyphenated = " " not in whole and "-" in whole
    parts = _name_parts(m, people) if hyphenated else [(name_start, name_end)]
    out: list[Mention] = []
    for start, end in parts:
        raw = whole if start == name_start and end == name_end else text[start:end]
        who = _who(text, raw, start, people, when, table, lookups)
        if who is None:
            continue
        if eponym is None:
            eponym = _eponym(text, m.end(), eponym_nouns)
        if eponym:
            break
        index, held = who
        if held is not None:
            index = _add_holder(people, raw, start, held)
        out.append(
            Mention(
                start=m.start() if start == name_start else start,
                end=end,
                name=raw,
                name_start=start,
                name_end=end,
                kind="person",
                person=index,
            )
        )
    return out


def _who(
    text: str,
    raw: str,
    start: int,
    people: People,
    when: dt.date | None,
    table: Registry,
    lookups: dict[str, tuple[str, list[Holding]] | None],
) -> tuple[int, tuple[str, Holding] | None] | None:
    """Whom the name *raw* at *start* names: a person met before (its index, ``None``), a
    person the office-holder table knows (-1, its canonical name and holding), or nobody
    (``None``). *lookups* memoizes the table's answers by name for the article."""
    known = people.by_key.get(names._surname_key(raw))
    if not known and (when is None or lookups.get(raw, ()) is None):
        return None  # neither met before nor known to the office-holder table
    if _MODEL_NUMBER.match(text, start + len(raw)):
        return None  # a word joined to a number names a model (Su-30, MiG-29), not a person
    index = _find_person(people, raw, start) if known else -1
    if index != -1 and names._key_tokens(raw) and len(names._key_tokens(raw)) > 1:
        person = people[index]
        if not any(names._same_person(raw, f) for f in person.forms):
            index = -1
    if index != -1:
        return index, None
    # Not met before: a new person if the office-holder table knows the name.
    before = text[max(0, start - LOOKBACK) : start]
    held = known_holder(table, raw, when, before, lookups)
    return None if held is None else (-1, held)


# A hyphen and a digit right after a word: a type designation such as "Su-30" or "Tu-95".
_MODEL_NUMBER = re.compile(r"[-‐‑]\d")


def _add_holder(people: People, raw: str, start: int, held: tuple[str, Holding]) -> int:
    """Add the office holder *held* (canonical name, holding), first named *raw* at
    *start*, to *people*; return its index."""
    canonical, holding = held
    people.append(
        Person(
            forms=[raw],
            country=holding.country,
            role=holding.role,
            title=None,
            first=start,
            last=start,
            surname_keys=_keys_of(canonical, holding.country),
            canonical=canonical,
        )
    )
    index = len(people) - 1
    people.note(index)
    return index


def _not_a_name(text: str, name: str, start: int, end: int) -> bool:
    """Whether a name match alone is no name: initials only (``on X.``), or a month that
    is also a surname written as part of a date (``May 10``, ``10 May``)."""
    if name.isupper():
        return True  # initials only: no lower-case letter
    if name in _MONTH_NAMES:
        before = _DAY_BEFORE.search(text, max(0, start - 4), start)
        return bool(before or _DAY_AFTER.match(text, end))
    return False


def _eponym(text: str, end: int, nouns: frozenset[str]) -> bool:
    """Whether the name ending at *end* names a government after its leader ("the Trump
    administration"): the next word is one of the table's eponym nouns."""
    if not text[end : end + 1].isspace():  # where _NEXT_WORD can match at all
        return False
    after = _NEXT_WORD.match(text, end)
    return after is not None and after.group(1).casefold() in nouns


def _name_parts(m: _engine.Match, people: People) -> list[tuple[int, int]]:
    """The name of a match, or its parts when it is a hyphenated pair of known surnames."""
    raw = m.group("name")
    start = m.start("name")
    if " " in raw or "-" not in raw:
        return [(start, m.end("name"))]
    known = people.by_key.keys()
    parts = []
    offset = start
    for piece in raw.split("-"):
        if piece[:1].isupper():
            parts.append((offset, offset + len(piece)))
        offset += len(piece) + 1
    pieces = [m.string[a:b] for a, b in parts]
    if any(names._surname_key(p) in known for p in pieces):
        return parts
    return [(start, m.end("name"))]
