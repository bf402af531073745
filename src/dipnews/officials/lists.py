"""One plural title shared by a list of names: ``the foreign ministers of Malta and Libya,
A and B, respectively``; ``Polish, Gabonese and Cameroonian foreign ministers, A, B and C``;
``foreign ministers of Kenya [A] and Peru [B]``; ``Presidents A and B``.

The places and the names are paired in order when there are as many of each; with no
places, every name takes the title and no country (the office-holder table may give it
later). The plural titles are made once from the title table (``Foreign Minister`` gives
``Foreign Ministers``, ``Minister of Defence`` gives ``Ministers of Defence``, ``Secretary
of State`` gives ``Secretaries of State``); a title that needs an organisation or a
ministry to be an office (``chief``, ``spokesman``) has no list form.

A list is read item by item from where a plural title is written (:func:`plural_words`
says which words can begin one, so that :mod:`~dipnews.officials.starts` finds them with
its other look-ups), with one small pattern for a place and the grammar's pattern for a
name: no pattern holds a whole list, so each step is linear and cheap.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator

import attrs

from dipnews import _engine, countries
from dipnews._compiled import compile_regex
from dipnews._patterns import LINE_SPACE, literal_trie
from dipnews.officials.grammar import WORD, grammar, pieces
from dipnews.officials.interpret import Mention, clean_name
from dipnews.officials.tables import match_form, tables, title_key
from dipnews.officials.titles import best_title, is_leader, place_of, written_title

__all__ = ["find_lists", "place_grammar", "plural_of", "plural_words"]

_MOST = 10  # places or names in one list, at most
_SMALL = frozenset({"of", "for", "to", "at", "on", "without", "in"})
_VOWELS = frozenset("aeiou")
_BEFORE_WINDOW = 160  # how far before a plural title a list of adjectives may begin

_OF = compile_regex(rf"{LINE_SPACE}of{LINE_SPACE}")
# Between two items of a list: a comma, "and", or both; "and" ends the list.
_SEPARATOR = compile_regex(rf",?+{LINE_SPACE}and{LINE_SPACE}|,{LINE_SPACE}?+")
_BEFORE_NAMES = compile_regex(rf",?+{LINE_SPACE}")
_OPEN, _CLOSE = compile_regex(rf"{LINE_SPACE}?+[\[(]"), compile_regex(r"[\])]")
_SPACE = compile_regex(LINE_SPACE)
# Between two places of a list read backwards: what _SEPARATOR matches, ending at a place.
_SEPARATOR_BEFORE = compile_regex(rf"(?:,?+{LINE_SPACE}and{LINE_SPACE}|,{LINE_SPACE}?+)\Z")
_PLACE_WORDS = 4  # the words of a place, at most


def plural_of(title: str) -> str:
    """The plural of a title: its head noun (the word before ``of``/``for``, else the last)
    made plural.

    >>> from dipnews.officials.lists import plural_of
    >>> plural_of("Foreign Minister"), plural_of("Secretary of State"), plural_of("FM")
    ('Foreign Ministers', 'Secretaries of State', 'FMs')
    >>> plural_of("spokesman"), plural_of("Minister of Foreign Affairs")
    ('spokesmen', 'Ministers of Foreign Affairs')
    """
    words = title.split(" ")
    head = next((i for i in range(len(words) - 1) if words[i + 1] in _SMALL), len(words) - 1)
    word = words[head]
    lower = word.casefold()
    if word.isupper():
        plural = word + "s"
    elif lower.endswith("man"):
        plural = word[:-3] + "men"
    elif lower.endswith("y") and len(lower) > 1 and lower[-2] not in _VOWELS:
        plural = word[:-1] + "ies"
    elif lower.endswith(("s", "sh", "ch", "x")):
        plural = word + "es"
    else:
        plural = word + "s"
    return " ".join([*words[:head], plural, *words[head + 1 :]])


@attrs.frozen
class _Lists:
    """The patterns of a list's parts and what each plural title stands for."""

    plural: _engine.Grammar  # a plural title
    place: _engine.Grammar  # a place, after an optional "the"
    qualifier: _engine.Grammar  # a qualifier and a space ("former ")
    singular: dict[str, str]  # folded plural -> the spelling it is the plural of
    first_words: frozenset[str]  # the folded first words of the plural titles


@functools.cache
def _lists() -> _Lists:
    table = tables()
    singular: dict[str, str] = {}
    for spelling in (*table.aliases_ci, *table.aliases_cs, *table.leader_words):
        key = title_key(spelling)
        row = table.generic.get(key) or next(iter(table.by_country.get(key, {}).values()), None)
        if (row is None and not is_leader(key)) or (row is not None and row.needs is not None):
            continue
        singular.setdefault(plural_of(spelling).casefold(), spelling)
    cased = set(table.aliases_cs)
    plural_cs = sorted(plural_of(s) for s in singular.values() if s in cased)
    plural_ci = sorted(p for p, s in singular.items() if s not in cased)
    p = pieces()
    qualifiers = sorted(q.casefold() for q in table.qualifiers)
    return _Lists(
        plural=_engine.Grammar(
            rf"(?P<plural>{literal_trie(plural_cs)}|(?i:{literal_trie(plural_ci)}))"
            r"(?![\p{L}\p{N}])"
        ),
        place=_engine.Grammar(
            rf"(?:(?i:the){LINE_SPACE})?+(?=\p{{Lu}})(?P<place>{p.places})(?![\p{{L}}\p{{N}}])"
        ),
        qualifier=_engine.Grammar(rf"(?i:{literal_trie(qualifiers)}){LINE_SPACE}"),
        singular=singular,
        first_words=frozenset(_first_word(s) for s in singular),
    )


def _first_word(phrase: str) -> str:
    found = WORD.search(phrase)
    return (found.group() if found else phrase).casefold()


def place_grammar() -> _engine.Grammar:
    """A place (country, party, institution or organisation), after an optional "the"."""
    return _lists().place


def plural_words() -> frozenset[str]:
    """The folded words a plural title can begin with (``foreign``, ``presidents``)."""
    return _lists().first_words


@attrs.frozen
class _Item:
    """A name in a list, cleaned: the name and where it stands."""

    name: str
    start: int
    end: int


class _Reader:
    """The patterns of one text, and the steps that read a list item by item."""

    def __init__(self, text: str) -> None:
        lists = _lists()
        plain = _engine.plain(text)
        self.text = text
        self.lists = lists
        self.place = lists.place.pick(plain)
        self.qualifier = lists.qualifier.pick(plain)
        self.person = grammar().person.pick(plain)

    def places(self, at: int) -> tuple[list[str | None], int]:
        """The places of a list beginning at *at*, and where the last one ends."""
        codes: list[str | None] = []
        end = at
        while len(codes) < _MOST:
            found = self.place.match(self.text, at)
            if found is None:
                break
            codes.append(place_of(found.group("place"))[0])
            end = found.end()
            separator = _SEPARATOR.match(self.text, end)
            if separator is None:
                break
            at = separator.end()
            if "and" in separator.group():
                found = self.place.match(self.text, at)
                if found is not None:
                    codes.append(place_of(found.group("place"))[0])
                    end = found.end()
                break
        return codes, end

    def name(self, at: int) -> _Item | None:
        found = self.person.match(self.text, at)
        if found is None:
            return None
        cleaned = clean_name(found.group("name"), found.start("name"), self.text)
        if cleaned is None or countries.code_for_place(cleaned[0]) is not None:
            return None  # a place where a name should be: not a list of people
        return _Item(*cleaned)

    def names(self, at: int) -> list[_Item]:
        """The names of a list beginning at *at* (none if one is not a name)."""
        out: list[_Item] = []
        while len(out) < _MOST:
            item = self.name(at)
            if item is None:
                break  # "A, B, respectively": the list ends before a word that is no name
            out.append(item)
            separator = _SEPARATOR.match(self.text, item.end)
            if separator is None:
                break
            at = separator.end()
            if "and" in separator.group():
                last = self.name(at)
                if last is None:
                    break
                out.append(last)
                break
        return out

    def bracketed(self, at: int) -> list[tuple[str | None, _Item]]:
        """The pairs of ``A [X] and B [Y]`` beginning at *at*."""
        out: list[tuple[str | None, _Item]] = []
        while len(out) < _MOST:
            place = self.place.match(self.text, at)
            opening = _OPEN.match(self.text, place.end()) if place is not None else None
            item = self.name(opening.end()) if opening is not None else None
            if place is None or item is None or _CLOSE.match(self.text, item.end) is None:
                break
            out.append((place_of(place.group("place"))[0], item))
            separator = _SEPARATOR.match(self.text, item.end + 1)
            if separator is None:
                break
            at = separator.end()
        return out if len(out) >= 2 else []

    def after(self, start: int, end: int) -> tuple[list[str | None], list[_Item]] | None:
        """A list after the plural title at *start*..*end*: ``of`` places and names,
        ``of`` places with bracketed names, or names alone (two or more)."""
        of = _OF.match(self.text, end)
        if of is not None:
            pairs = self.bracketed(of.end())
            if pairs:
                return [p for p, _ in pairs], [n for _, n in pairs]
            codes, places_end = self.places(of.end())
            gap = _BEFORE_NAMES.match(self.text, places_end) if codes else None
            if gap is not None:
                return codes, self.names(gap.end())
            return None
        gap = _BEFORE_NAMES.match(self.text, end)
        people = self.names(gap.end()) if gap is not None else []
        return ([], people) if len(people) >= 2 else None

    def before(
        self, start: int, end: int, floor: int
    ) -> tuple[list[str | None], list[_Item]] | None:
        """A list of places ending just before the plural title at *start* (``Polish and
        Cameroonian (former) foreign ministers``) and the names after it, read backwards
        from the title: each place is the longest that ends where the list goes on."""
        text = self.text
        edge = _skip_space_back(text, start)
        words = text[max(floor, edge - _BEFORE_WINDOW) : edge].split()
        if not words or not words[-1][:1].isalpha():
            return None
        if words[-1][:1].islower():
            qualifier = self.qualifier.match(text, edge - len(words[-1]))
            if qualifier is None or qualifier.end() != start:
                return None
            edge = _skip_space_back(text, edge - len(words[-1]))
        elif not words[-1][:1].isupper():
            return None
        codes: list[str | None] = []
        while len(codes) < _MOST:
            place = self._place_ending(edge, floor)
            if place is None:
                break
            codes.append(place_of(place.group("place"))[0])
            separator = _SEPARATOR_BEFORE.search(text, max(floor, place.start() - 6), place.start())
            if separator is None or (codes and len(codes) > 1 and "and" in separator.group()):
                break
            edge = separator.start()
        if len(codes) < 2:
            return None
        names_at = _BEFORE_NAMES.match(text, end)
        return (codes[::-1], self.names(names_at.end())) if names_at is not None else None

    def _place_ending(self, edge: int, floor: int) -> _engine.Match | None:
        """The longest place ending at *edge*, beginning at one of the four words before."""
        text = self.text
        starts = []
        at = edge
        for _ in range(_PLACE_WORDS):
            space = text.rfind(" ", max(floor, at - _BEFORE_WINDOW), at)
            starts.append(space + 1)
            if space < 0 or space <= floor:
                break
            at = space
        for begin in reversed(starts):
            found = self.place.match(text, begin)
            if found is not None and found.end() == edge and found.start("place") == begin:
                return found
        return None


def _skip_space_back(text: str, at: int) -> int:
    """Where the text before *at* ends once the white space just before *at* is left out."""
    while at > 0 and text[at - 1].isspace():
        at -= 1
    return at


def find_lists(text: str, starts: list[int]) -> list[Mention]:
    """The mentions of lists of officials sharing a plural title in *text* (a matching
    copy), in text order; *starts* are where a plural title can begin."""
    if not starts:
        return []
    plural = _lists().plural.on(text)
    reader: _Reader | None = None  # made at the first plural title
    found: list[Mention] = []
    floor = 0
    for at in starts:
        hit = plural.match(text, at) if at >= floor else None
        if hit is None:
            continue
        reader = reader or _Reader(text)
        read = reader.after(hit.start(), hit.end())
        if read is None or not read[0]:
            read = reader.before(hit.start(), hit.end(), floor) or read
        if read is None:
            continue
        codes, people = read
        mentions = list(_mentions(hit.group("plural"), codes, people))
        if mentions:
            found.extend(mentions)
            floor = mentions[-1].end
    return found


def _mentions(plural: str, codes: list[str | None], people: list[_Item]) -> Iterator[Mention]:
    """One mention per name, paired with the places in order (or with none)."""
    spelling = _lists().singular.get(match_form(plural).casefold())
    if spelling is None or not people or (codes and len(codes) != len(people)):
        return
    key = title_key(spelling)
    leader = is_leader(key)
    for index, item in enumerate(people):
        code = codes[index] if codes else None
        role: str | None = None
        title: str | None = None
        if leader:
            if code is not None:
                role = "HEAD_OF_GOVERNMENT" if code in tables().government_led else "HEAD_OF_STATE"
        else:
            row, _, _ = best_title([key], code)
            if row is None:
                return
            role = row.role
            code = code or row.country
            title = written_title(spelling)
        yield Mention(
            start=item.start,
            end=item.end,
            name=item.name,
            name_start=item.start,
            name_end=item.end,
            country=code,
            role=role,
            title=title,
            title_key=key,
            anchored=code is not None,
            leader=leader and role is None,
        )
