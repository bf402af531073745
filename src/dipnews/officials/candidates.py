"""The mentions of officials in a text before they are linked into people, found by four
rules in turn: titles before names, counterparts, appositives and nameless titles."""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import itertools
from typing import TYPE_CHECKING

import regex

from dipnews import _engine, countries
from dipnews._compiled import compile_regex
from dipnews._patterns import LINE_SPACE, literal_trie
from dipnews.officials.grammar import grammar
from dipnews.officials.interpret import (
    Mention,
    adjective_only,
    clean_name,
    from_titles,
    written_titles,
)
from dipnews.officials.lists import find_lists, place_grammar
from dipnews.officials.lookups import handle_fits, holder_at, holdings_of
from dipnews.officials.starts import Spans, find_starts, scan, scan_spans
from dipnews.officials.tables import match_form, tables
from dipnews.officials.titles import place_of, row_for, salience, written_title

if TYPE_CHECKING:
    from dipnews.holders import Registry

__all__ = ["LOOKBACK", "find_candidates"]

#: How far back an appositive or counterpart mention, or a name alone, looks for the
#: official or the words it depends on.
LOOKBACK = 400

_ABBREVIATION = compile_regex(r"[\p{Lu}][\p{Lu}\p{Ll}]{1,5}")
_DETERMINER = compile_regex(rf"(?i:the){LINE_SPACE}")  # as the grammar's lead begins
_COORDINATION = compile_regex(r"\s*+(?:and|,)\s*+")
# After a nameless title, what makes it part of a place's name ("the President's Office").
_COMPOUND_AFTER = compile_regex(
    r"(?:'s)?[^\S\n]{1,3}(?:\p{Lu}\p{Ll}|(?i:office|house|secretariat|residence|palace)\b)"
)
_OWNER_WINDOW = 120  # how far before a mention its clause's country subject may stand
# The places whose body an appositive may name before a second office: parties and
# organisations ("general secretary of the CPC Central Committee and Chinese president").
_BODIES = frozenset({"party", "org"})
_SPACE = compile_regex(LINE_SPACE)
_SECOND_OFFICE = compile_regex(
    rf"(?:{LINE_SPACE}\p{{Lu}}\p{{Ll}}++){{0,3}}+{LINE_SPACE}and{LINE_SPACE}(?=\p{{L}})"
)
# An adviser's or envoy's portfolio after the title ("Adviser on Commerce and Trade X").
_PORTFOLIO_WORDS = (" on ", " for ")
# The words and separators of a minister's portfolio after a comma.
_PORTFOLIO_TOKEN = compile_regex(r"[^\S\n]*+(?:[,&]|(?P<word>\p{L}[\p{L}\-']*+))")
_PORTFOLIO_GLUE = frozenset({"and", "of", "the", "for", "in"})
_PORTFOLIO_LONGEST = 12  # words and separators
_TITLE_HEADS = frozenset({"Minister", "Secretary", "President", "Ambassador", "Envoy"})
_PORTFOLIO_ROLES = frozenset({"ADVISER", "SPECIAL_ENVOY"})


def find_candidates(text: str, when: dt.date | None, table: Registry) -> list[Mention]:
    """The mentions in *text* (a matching copy, :func:`~dipnews.officials.tables.
    match_form`), in text order, each rule keeping off the text the rules before it
    claimed. *table* and *when* name the holder of an office given by a handle alone."""
    finder = _Finder(text)
    finder.lists()
    finder.prefixes(when, table)
    finder.counterparts()
    finder.found.sort(key=lambda f: (f.start, f.end))
    finder.appositives()
    finder.owned_names(when, table)
    finder.bare_titles()
    finder.found.sort(key=lambda f: (f.start, f.end))
    _share_coordinated(text, finder.found)
    return finder.found


class _Finder:
    """One text's search: the mentions found so far and the text they claim."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.grammar = grammar()
        self.starts = find_starts(text)
        self.found: list[Mention] = []
        self.taken = Spans()  # mentions, and the names of appositives
        self.covered = Spans()  # whole appositives, which no nameless title overlaps
        # Every match of the prefix pattern begins with a match of the bare one (a lead
        # and a title), so the bare pattern, cheaper and needed in step 4 anyway, is tried
        # first; its matches are kept by position.
        self._bare_at: dict[int, _engine.Match | None] = {}
        self._bare_pattern = self.grammar.bare.on(text)

    def free(self, start: int, end: int) -> bool:
        return not self.taken.overlaps(start, end)

    def keep(self, mention: Mention) -> None:
        """Add *mention* to those found, its span taken."""
        self.found.append(mention)
        self.taken.add(mention.start, mention.end)

    def _bare_after(self, start: int) -> _engine.Match | None:
        if start not in self._bare_at:
            self._bare_at[start] = self._bare_pattern.match(self.text, start)
        return self._bare_at[start]

    def bare(self, start: int) -> _engine.Match | None:
        """The match of the bare pattern at *start*, tried once."""
        if start not in self._bare_at:
            # "the" and a space are taken whenever present (possessively): the rest of a
            # match here is a match where they end, unless another "the" begins there.
            text = self.text
            det = (
                _DETERMINER.match(text, start) if text[start : start + 3].lower() == "the" else None
            )
            after = -1 if det is None else det.end()
            if (
                after >= 0
                and _DETERMINER.match(text, after) is None
                and self._bare_after(after) is None
            ):
                self._bare_at[start] = None
        return self._bare_after(start)

    def lists(self) -> None:
        """0. A plural title shared by a list of names ("the foreign ministers of Malta and
        Libya, A and B")."""
        for mention in find_lists(self.text, self.starts.plural):
            self.keep(mention)

    def prefixes(self, when: dt.date | None, table: Registry) -> None:
        """1. A title before a name (and ``FM @handle``)."""
        for m in scan(self.grammar.prefix, self.text, self.starts.lead, self.bare, self._until):
            mention = _prefix_mention(m, when, table)
            if mention is None and self.text.startswith(_PORTFOLIO_WORDS, m.end("title")):
                mention = self._with_portfolio(m)
            if mention is None or not self.free(mention.start, mention.end):
                continue
            if m.group("pronoun") and not self._antecedent_country(mention):
                continue
            if mention.country is None:
                _owner_country(self.text, mention)
            self.keep(mention)

    def _until(self, m: _engine.Match) -> int:
        """Where a prefix match stops later starts: at its name if that is no name (the
        country word of the next official's title: "of the OECD, Kenyan Foreign Minister
        X"), else at its end."""
        name = m.group("name")
        if name is not None and clean_name(name, m.start("name"), self.text) is None:
            return m.start("name")
        return m.end()

    def _with_portfolio(self, m: _engine.Match) -> Mention | None:
        """An adviser's or envoy's title with its portfolio and a name ("US special envoy
        on Afghan peace talks X"), where the prefix pattern found the title alone."""
        if m.group("name") is not None or m.group("handle") is not None:
            return None
        tail = self.grammar.portfolio.on(self.text).match(self.text, m.end("title"))
        if tail is None or not _no_name(tail.group("subject")) or _no_name(tail.group("name")):
            return None  # "for Climate John Kerry", not "for the Horn of Africa Mike Hammer"
        mention = from_titles(m, "prefix")
        if mention is None or mention.role not in _PORTFOLIO_ROLES:
            return None
        cleaned = clean_name(tail.group("name"), tail.start("name"), self.text)
        if cleaned is None:
            return None
        definite = m.group("determiner") or m.group("pronoun")
        mention.start = m.start("place") if definite and m.group("place") else m.start()
        if definite and not m.group("place"):
            mention.start = m.start("qualifier") if m.group("qualifier") else m.start("title")
        mention.name, mention.name_start, mention.name_end = cleaned
        mention.end = mention.name_end
        mention.title = written_title(f"{mention.title} {tail.group('portfolio')}")
        return mention

    def _antecedent_country(self, mention: Mention) -> bool:
        """A title owned by a pronoun ("his media aide, X") is an office only when the
        official mentioned just before is its owner; the mention takes that official's
        country if it names none (now, or once the table has placed that official)."""
        found = self.found
        owner = _last_before(found, [f.start for f in found], mention.start)
        if owner is None or mention.start - owner.end > LOOKBACK:
            return False
        mention.country = mention.country or owner.country
        mention.owner = owner  # its country may come later, from the table
        return True

    def counterparts(self) -> None:
        """2. Counterparts: the role of the official mentioned just before."""
        heads = list(self.found)
        head_starts = [f.start for f in heads]
        for m in scan_spans(self.grammar.counterpart, self.text, self.starts.counterpart):
            if m.group("second_place") is not None:
                continue
            code, _ = place_of(m.group("place") or m.group("from_place"))
            cleaned = clean_name(m.group("name"), m.start("name"), self.text)
            if code is None or cleaned is None or not self.free(m.start("span"), m.end()):
                continue
            previous = _last_before(heads, head_starts, m.start())
            if previous is None or previous.role is None or m.start() - previous.end > LOOKBACK:
                continue
            role = previous.role
            mention = Mention(
                start=m.start("span"),
                end=cleaned[2],
                name=cleaned[0],
                name_start=cleaned[1],
                name_end=cleaned[2],
                country=code,
                role=role,
                title=tables().role_titles[role],
                kind="counterpart",
            )
            self.keep(mention)

    def appositives(self) -> None:
        """3. Appositives: "Name, the Russian Deputy Prime Minister"."""
        text, found = self.text, self.found
        starts_of_found = [f.start for f in found]
        head = self.grammar.appositive_head.on(text)
        appositives = scan(
            self.grammar.appositive,
            text,
            self.starts.appositive,
            lambda at: head.match(text, at) is not None,
        )
        for m in appositives:
            if not self.free(m.start("name"), m.end("name")):
                continue
            if adjective_only(m.group("of_place")):
                continue
            mention = from_titles(m, "appositive")
            cleaned = clean_name(m.group("name"), m.start("name"), self.text)
            if mention is None or cleaned is None:
                continue
            mention.name, mention.name_start, mention.name_end = cleaned
            mention.start = m.start("honorific") if m.group("honorific") else m.start("name")
            if m.group("to_title") is not None and mention.country is None:
                mention.country = _country_of_superior(m, found, starts_of_found)
            end = self._second_office(m, mention)
            found.append(mention)
            self.taken.add(mention.name_start, mention.name_end)
            self.covered.add(mention.start, end)

    def _second_office(self, m: _engine.Match, mention: Mention) -> int:
        """A second office after an organisation's body ("X, general secretary of the CPC
        Central Committee and Chinese president"): the person's office in the country if
        it ranks higher. Where the appositive ends."""
        if m.group("of_place") is None or place_of(m.group("of_place"))[1] not in _BODIES:
            return m.end()
        joint = _SECOND_OFFICE.match(self.text, m.end())
        other = self.bare(joint.end()) if joint is not None else None
        if other is None or mention.role is None:
            return m.end()
        second = from_titles(other, "appositive")
        if second is None or second.role is None or second.leader:
            return m.end()
        if salience(second.role) >= salience(mention.role):
            return m.end()
        mention.role, mention.title, mention.title_key = second.role, second.title, second.title_key
        mention.country = second.country or mention.country
        return other.end()

    def owned_names(self, when: dt.date | None, table: Registry) -> None:
        """3b. A country's possessive and a name with no title ("including with Russia's
        Vladimir Putin"): the office the text gives the official listed before it ("Kenyan
        Foreign Minister X and Peru's Y"), else the one the office-holder table gives the
        person in that country (the country is the text's)."""
        if not self.starts.owned:
            return
        text = self.text
        found = sorted(self.found, key=lambda f: f.end)
        ends = [f.end for f in found]
        place_pattern = place_grammar().on(text)
        person = self.grammar.person.on(text)
        after = -1
        for at in self.starts.owned:
            place = place_pattern.match(text, at) if at > after else None
            if place is None or not text.startswith("'s", place.end()):
                continue
            space = _SPACE.match(text, place.end() + 2)
            named = person.match(text, space.end()) if space is not None else None
            if named is None:
                continue
            code, what = place_of(place.group("place"))
            cleaned = clean_name(named.group("name"), named.start("name"), text)
            if code is None or what != "country" or cleaned is None:
                continue
            if not self.free(at, cleaned[2]) or adjective_only(place.group("place")):
                continue
            role, title = _listed_role(text, at, found, ends, code)
            if role is None:
                role = _held_role(table, cleaned[0], code, when)
            if role is None:
                continue
            mention = Mention(
                start=place.start("place"),
                end=cleaned[2],
                name=cleaned[0],
                name_start=cleaned[1],
                name_end=cleaned[2],
                country=code,
                role=role,
                title=title,
                possessive=True,
                anchored=True,
            )
            self.keep(mention)
            after = mention.end

    def bare_titles(self) -> None:
        """4. Titles with no name: "the EAM", "the Russian leader" (linked later)."""
        for m in scan(self.bare, self.text, self.starts.lead):
            if not self.free(m.start(), m.end()) or self.covered.overlaps(m.start(), m.end()):
                continue
            if _COMPOUND_AFTER.match(self.text, m.end()):
                continue  # "the Prime Minister House", "the President's Office": a place
            mention = _bare_mention(m)
            if mention is None:
                continue
            self.keep(mention)


def _prefix_mention(m: _engine.Match, when: dt.date | None, table: Registry) -> Mention | None:
    """The mention of a match of the prefix pattern, starting at its place or qualifier
    rather than at ``the``, and ending with the name (or the handle)."""
    if m.group("name") is None and m.group("handle") is None:
        return None
    if adjective_only(m.group("of_place")) or adjective_only(m.group("second_of_place")):
        return None  # "president of the Canadian Lake Carriers Association"
    mention = from_titles(m, "prefix")
    if mention is None:
        return None
    definite = bool(m.group("determiner") or m.group("pronoun"))
    start = m.start("place") if definite and m.group("place") else m.start()
    if definite and not m.group("place"):
        start = m.start("qualifier") if m.group("qualifier") else m.start("title")
        if m.group("qualified_place"):
            start = m.start("qualified_place")
    if m.group("place") and m.group("qualified_place") and not m.group("qualifier"):
        # "G7 Japanese Prime Minister X": the mention is the country's official's.
        org = place_of(m.group("place"))[1] == "org"
        if org and mention.country == place_of(m.group("qualified_place"))[0]:
            start = m.start("qualified_place")
    mention.start = start
    if m.group("name") is not None:
        cleaned = clean_name(m.group("name"), m.start("name"), m.string)
        if m.string.startswith(",", m.end("title")) and _portfolio_word(
            m.group("name").split(" ", 1)[0]
        ):
            # "Minister of Foreign Affairs, Migration and Nationals Abroad X": the words
            # after the comma go on with the portfolio, and the name comes after them.
            cleaned = _name_after_portfolio(m.string, m.start("name"))
            if cleaned is not None and mention.title is not None:
                title_end = len(m.string[: cleaned[1]].rstrip(" ,"))
                mention.title = written_title(m.string[m.start("title") : title_end])
        if cleaned is None:
            return None
        mention.name, mention.name_start, mention.name_end = cleaned
        mention.end = mention.name_end
    else:
        mention.name = m.group("handle")
        if mention.country is not None and mention.role is not None:
            held = holder_at(table, mention.country, mention.role, when)
            if held is not None and handle_fits(mention.name, held):
                mention.name = held
        mention.name_start, mention.name_end = m.span("handle")
        mention.end = m.end()
    return mention


def _portfolio_word(word: str) -> bool:
    """Whether *word* goes on a minister's portfolio rather than begin a name: a title
    word, a word of headlines, a portfolio word of the table, or a place or its people
    ("Moroccan", "Tunisians")."""
    table = tables()
    if word in grammar().stop or word in table.sentence_words or word in table.portfolio_words:
        return True
    return place_of(word)[0] is not None or place_of(word.removesuffix("s"))[0] is not None


def _name_after_portfolio(text: str, at: int) -> tuple[str, int, int] | None:
    """The name after the rest of a portfolio that begins at *at*, or ``None``."""
    for _ in range(_PORTFOLIO_LONGEST):
        token = _PORTFOLIO_TOKEN.match(text, at)
        if token is None:
            return None
        word = token.group("word")
        if word in _TITLE_HEADS:
            return None  # another official's title: "..., Kenyan Foreign Minister X"
        if word is None or word in _PORTFOLIO_GLUE or _portfolio_word(word):
            at = token.end()
            continue
        if not word[:1].isupper():
            return None
        named = grammar().person.on(text).match(text, token.start("word"))
        if named is None:
            return None
        return clean_name(named.group("name"), named.start("name"), text)
    return None


def _no_name(words: str) -> bool:
    """Whether *words* begin with a word no name begins with: a title word or a place."""
    first = words.split(" ", 1)[0]
    return (
        first in grammar().stop or place_of(words)[0] is not None or place_of(first)[0] is not None
    )


def _listed_role(
    text: str, start: int, found: list[Mention], ends: list[int], code: str
) -> tuple[str | None, str | None]:
    """The role and title of the titled official listed just before *start* ("Kenyan
    Foreign Minister X and Peru's Y"), as the title reads in country *code*."""
    index = bisect.bisect_right(ends, start) - 1
    if index < 0 or _COORDINATION.fullmatch(text, found[index].end, start) is None:
        return None, None
    before = found[index]
    if before.role is None or before.leader or before.kind not in ("prefix", "appositive"):
        return None, None
    row, _ = row_for(before.title_key or "", code)
    role = row.role if row is not None else before.role
    return role, before.title


def _held_role(table: Registry, name: str, code: str, when: dt.date | None) -> str | None:
    """The office the table gives the person *name* in country *code*: at *when* if given,
    else the most salient the person ever held there; ``None`` if none."""
    holdings = [h for h in holdings_of(table, name, when) if h.country == code]
    if not holdings:
        return None
    if when is None:
        holdings.sort(key=lambda h: salience(h.role))
    return holdings[0].role


def _country_of_superior(
    m: _engine.Match, found: list[Mention], starts_of_found: list[int]
) -> str | None:
    """The country of the official an appositive's holder serves ("aide to President
    Putin"): that of a mention found inside the match, else that of its place word."""
    inner = [
        f
        for f in found[bisect.bisect_left(starts_of_found, m.start("to_title")) :][:3]
        if f.end <= m.end()
    ]
    if inner:
        return inner[0].country
    if m.group("to_place") is not None:
        return place_of(m.group("to_place"))[0]
    return None


def _bare_mention(m: _engine.Match) -> Mention | None:
    """The mention of a nameless title, if it can only mean one person: a title unique to a
    country after ``the`` or as an abbreviation ("the EAM"), a title with its country
    after ``the`` ("the Russian leader"), or a capitalised title after ``the`` that whoever
    alone held that role so far may bear ("the Defence Minister": *loose*)."""
    mention = from_titles(m, "bare")
    if mention is None:
        return None
    key = mention.title_key or ""
    definite = m.group("determiner") is not None
    unique = key in tables().unique
    abbreviation = _ABBREVIATION.fullmatch(written_titles(m)[0] or "")
    has_country = m.group("place") is not None or m.group("qualified_place") is not None
    written = written_titles(m)[0] or ""
    loose = (
        definite
        and not has_country
        and not unique
        and written[:1].isupper()
        and m.group("qualifier") is None
        and not mention.leader
        and mention.role not in (None, "OTHER_MINISTER")
    )
    if not ((unique and (definite or abbreviation)) or (definite and has_country) or loose):
        return None
    if mention.country is None and not loose:
        return None
    mention.loose = loose
    if definite and m.group("place") is not None:
        mention.start = m.start("place")
    elif definite:
        mention.start = m.start("qualifier") if m.group("qualifier") else m.start("title")
    return mention


def _share_coordinated(text: str, found: list[Mention]) -> None:
    """Coordinated titles share a possessive: "Russia's First Deputy PM X and FM Y"."""
    for previous, current in itertools.pairwise(found):
        if (
            current.kind == "prefix"
            and current.country is None
            and previous.country is not None
            and previous.anchored
            and _COORDINATION.fullmatch(text[previous.end : current.start])
        ):
            if not previous.possessive:
                # "Canadian PM X and Finance Minister Y": likely one country, but weaker
                # evidence than the office-holder table.
                current.inherit = previous.country
                continue
            current.country = previous.country
            row, _ = row_for(current.title_key or "", current.country)
            if row is not None:
                current.role = row.role


def _last_before(found: list[Mention], starts: list[int], position: int) -> Mention | None:
    """The mention ending last at or before *position* (*found* sorted by ``starts``)."""
    best: Mention | None = None
    index = bisect.bisect_left(starts, position)
    while index > 0:
        index -= 1
        mention = found[index]
        if mention.end <= position and (best is None or mention.end > best.end):
            best = mention
        if mention.start < position - LOOKBACK:
            break
    return best


@functools.cache
def _owner_pattern() -> regex.Pattern[str]:
    """A country subject and a verb by which it puts forward its own official, just before
    a mention: "Kenya has fielded (former Prime Minister X)"."""
    places = sorted({match_form(n) for n in countries.surface_names()}, key=lambda s: (-len(s), s))
    verbs = sorted(tables().own_verbs, key=lambda s: (-len(s), s)) or ["\uffff"]
    pattern: regex.Pattern[str] = compile_regex(
        rf"(?<![\p{{L}}\p{{N}}])(?P<country>{literal_trie(places)})(?:'s[^\S\n]++government)?"
        r"[^\S\n]++(?:(?:has|have|had|will|would|is|was)[^\S\n]++)?"
        rf"{literal_trie(verbs)}[^\S\n]++\Z"
    )
    return pattern


@functools.cache
def _own_verbs() -> tuple[str, ...]:
    """The verbs of :func:`_owner_pattern`, or none if one ends in a space (no quick test)."""
    verbs = tuple(tables().own_verbs) or ("\uffff",)
    return () if any(v[-1:].isspace() or not v for v in verbs) else verbs


def _owner_country(text: str, mention: Mention) -> None:
    """Give a countryless mention the country of its clause's subject, if it is a country
    that puts forward its own official ("Kenya has fielded former Prime Minister X")."""
    # The pattern ends in a verb and a space: where the text does not, it cannot match.
    end = mention.start
    while end > 0 and text[end - 1] != "\n" and text[end - 1].isspace():
        end -= 1
    verbs = _own_verbs()
    if verbs and (end == mention.start or not text.endswith(verbs, 0, end)):
        return
    found = _owner_pattern().search(text, max(0, mention.start - _OWNER_WINDOW), mention.start)
    if found is None:
        return
    code, what = place_of(found.group("country"))
    if code is None or what != "country" or adjective_only(found.group("country")):
        return
    mention.country = code
    row, _ = row_for(mention.title_key or "", code)
    if row is not None and not mention.leader:
        mention.role = row.role
