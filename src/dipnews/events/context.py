"""Everything the rules consult about one article, indexed once.

A :class:`Context` gathers the article's parts, each indexed by offset so that a rule can
ask what lies in a stretch of text: its sentences and clauses
(:class:`~dipnews.events.segment.Sentences`), its officials (:class:`People`), its forum
mentions (:class:`Forums`), its time expressions (:class:`Dates`), its contact words
(:class:`~dipnews.events.triggers.Triggers`), the contacts found so far
(:class:`~dipnews.events.drafts.ContactsSoFar`) and the patterns run around every trigger,
each bound to the string it runs on (:class:`Cues`).
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

import regex

from dipnews import countries as _countries
from dipnews._compiled import compile_regex
from dipnews._engine import Pattern
from dipnews.events import syntax
from dipnews.events.casefold import folded
from dipnews.events.counterparts import LIST_SEPARATOR
from dipnews.events.dates import EXCLUDED_DATE_PREPOSITION
from dipnews.events.drafts import ContactsSoFar
from dipnews.events.lexicon import lexicon, words
from dipnews.events.participants import NOUN_GOVERNOR
from dipnews.events.places import FORUM_CUE, PLACE_PREPOSITION
from dipnews.events.segment import Sentence, Sentences
from dipnews.events.summits import SUMMIT_BEFORE
from dipnews.events.triggers import WORD_BEFORE, Triggers
from dipnews.records import Dateline, DateSpan, ForumMention, Official, TimeExpression

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["Context", "Cues", "Dates", "Forums", "People"]

# Title words the officials component may leave out of a mention ("General Secretary ...
# To Lam"): a list read past them still finds the official.
_TITLE_RUN = compile_regex(
    # ("the 5th president of Ukraine, X", "Saudi Arabia's de facto ruler Crown Prince X")
    r"(?:\p{Lu}[\p{L}.-]{1,30}+(?:\s++\p{Lu}[\p{L}.-]{1,30}+)?[’']s\s++"
    r"(?:[\p{Ll}-]{2,20}+\s++){0,2})?"
    r"(?:(?:\p{Lu}[\p{L}.’'-]{0,30}+|of|the|and|for|\d{1,3}(?:st|nd|rd|th))\s++){0,12}"
)


class People:
    """The article's officials, in text order, indexed by offset."""

    def __init__(self, text: str, officials: Sequence[Official]) -> None:
        self.text = text
        self.officials = sorted(officials, key=lambda o: (o.start, o.end))
        self.starts = [o.start for o in self.officials]
        self.country_by_name = {o.name: o.country for o in self.officials}
        self.role_by_name = {o.name: o.role for o in self.officials}
        #: the names of the heads of state or government named
        self.heads = frozenset(
            o.name for o in self.officials if o.role in {"HEAD_OF_STATE", "HEAD_OF_GOVERNMENT"}
        )
        #: the two countries whose officials the article names most, sorted (or none)
        self.pair = _article_pair(self.officials)
        self.word_before = WORD_BEFORE.on(text)

    def inside(self, lo: int, hi: int) -> list[Official]:
        """Official mentions lying inside ``[lo, hi)``, in order."""
        i = bisect.bisect_left(self.starts, lo)
        j = bisect.bisect_left(self.starts, hi, i)
        return [o for o in self.officials[i:j] if o.end <= hi]

    def at(self, pos: int, hi: int) -> Official | None:
        """The official whose mention covers *pos* or starts right there.

        A mention may start before *pos* (``his Japanese counterpart X`` is read past
        ``his ... counterpart`` but the mention starts at ``Japanese``) or after a run of
        title words the resolver left out (``General Secretary ... To Lam``).
        """
        i = bisect.bisect_right(self.starts, pos + 1) - 1
        if i >= 0:
            o = self.officials[i]
            if o.end > pos and o.end <= hi:
                return o
        j = bisect.bisect_left(self.starts, pos)
        if j < len(self.officials):
            o = self.officials[j]
            if o.end <= hi and _TITLE_RUN.fullmatch(self.text, pos, o.start):
                return o
        return None

    def listed_from(self, pos: int, hi: int, lead: regex.Pattern[str]) -> list[Official]:
        """Officials listed from *pos* on (``X, Y and Z``), after an optional *lead*
        phrase."""
        found: list[Official] = []
        m = lead.match(self.text, pos, hi)
        cursor = m.end() if m else pos
        while cursor < hi:
            o = self.at(cursor, hi)
            if o is None:
                break
            found.append(o)
            sep = LIST_SEPARATOR.match(self.text, o.end, hi)
            if sep is None or sep.end() == o.end:
                break
            cursor = sep.end()
        return found

    def last_two_before(self, pos: int, floor: int) -> list[Official]:
        """The two most recent distinct officials mentioned between *floor* and *pos*
        (none unless there are two)."""
        chosen: list[Official] = []
        names: set[str] = set()
        i = bisect.bisect_left(self.starts, pos) - 1
        while i >= 0 and len(chosen) < 2:
            o = self.officials[i]
            if o.start < floor:
                break
            if o.end <= pos and o.name not in names:
                chosen.append(o)
                names.add(o.name)
            i -= 1
        chosen.reverse()
        return chosen if len(chosen) == 2 else []

    def last_two_of_role(self, pos: int, floor: int, roles: frozenset[str]) -> list[Official]:
        """The two most recent officials of *roles* and of two countries mentioned between
        *floor* and *pos* (none unless there are two)."""
        chosen: list[Official] = []
        i = bisect.bisect_left(self.starts, pos) - 1
        while i >= 0 and len(chosen) < 2:
            o = self.officials[i]
            if o.start < floor:
                break
            if o.end <= pos and o.role in roles and all(o.country != c.country for c in chosen):
                chosen.append(o)
            i -= 1
        chosen.reverse()
        return chosen if len(chosen) == 2 else []

    def blocked(self, o: Official, lo: int) -> bool:
        """True when a preposition such as *to* or *of* governs the mention."""
        m = self.word_before.search(self.text, max(lo, o.start - 24), o.start)
        if m is None:
            return False
        word = m.group(1)
        return word.islower() and word in words("blocking")

    def countries_of(self, participants: tuple[str, ...]) -> tuple[str, ...]:
        """The country of each participant (an official's name or a country code); none
        if one is unknown."""
        by_name = self.country_by_name
        found: list[str] = []
        for p in participants:
            code = by_name.get(p) if p in by_name else (p if _countries.is_code(p) else None)
            if code is None:
                return ()
            found.append(code)
        return tuple(found)


def _article_pair(officials: Sequence[Official]) -> tuple[str, ...]:
    counts: dict[str, int] = {}
    for o in officials:
        if o.country is not None:
            counts[o.country] = counts.get(o.country, 0) + 1
    ranked = sorted(counts, key=lambda c: -counts[c])
    return tuple(sorted(ranked[:2])) if len(ranked) >= 2 else ()


class Forums:
    """The article's forum mentions, in text order, indexed by offset."""

    def __init__(self, forums: Sequence[ForumMention]) -> None:
        self.mentions = sorted(forums, key=lambda f: f.start)
        self.starts = [f.start for f in self.mentions]

    def starting_in(self, lo: int, hi: int) -> list[ForumMention]:
        """Forum mentions starting in ``[lo, hi)`` (whatever their end)."""
        i = bisect.bisect_left(self.starts, lo)
        j = bisect.bisect_left(self.starts, hi)
        return self.mentions[i:j]

    def overlaps(self, start: int, end: int) -> bool:
        """True when ``[start, end)`` overlaps a forum mention."""
        i = bisect.bisect_left(self.starts, end)
        return any(f.end > start for f in self.mentions[max(0, i - 3) : i])


class Dates:
    """The article's time expressions, in text order, indexed by offset."""

    def __init__(self, times: Sequence[TimeExpression]) -> None:
        self.times = sorted(times, key=lambda t: t.start)
        self.starts = [t.start for t in self.times]

    def inside(self, lo: int, hi: int) -> list[TimeExpression]:
        """Time expressions lying inside ``[lo, hi)``."""
        i = bisect.bisect_left(self.starts, lo)
        j = bisect.bisect_left(self.starts, hi)
        return [t for t in self.times[i:j] if t.end <= hi]


class Cues:
    """The patterns searched around every trigger, each with the string it runs on (the
    text or its folded copy)."""

    def __init__(self, text: str, low: str | None) -> None:
        #: the status patterns of the trigger table (``negated``, ``planned_before``...)
        self.status = {k: p.for_text(text, low) for k, p in lexicon().status.items()}
        self.word_before: Pattern = WORD_BEFORE.on(text)
        self.place_preposition = PLACE_PREPOSITION.for_text(text, low)
        self.excluded_date_preposition = EXCLUDED_DATE_PREPOSITION.for_text(text, low)
        self.forum_cue = FORUM_CUE.for_text(text, low)
        self.summit_before = SUMMIT_BEFORE.for_text(text, low)
        self.noun_governor = NOUN_GOVERNOR.for_text(text, low)


class Context:
    """Everything the rules consult about one article, indexed once (see the module)."""

    def __init__(
        self,
        text: str,
        published: dt.date | None,
        officials: Sequence[Official],
        forums: Sequence[ForumMention],
        times: Sequence[TimeExpression],
        dateline: Dateline | None,
        doc: Doc | None,
    ) -> None:
        self.text = text
        self.low = folded(text)  # the case-folded copy fast patterns run on, where exact
        self.published = published
        self.dateline = dateline
        self.doc = doc if syntax.has_parse(doc, text) else None
        self.sentences = Sentences(text, self.low, dateline)
        self.people = People(text, officials)
        self.forums = Forums(forums)
        self.dates = Dates(times)
        self.triggers = Triggers(text, self.low, self.people, self.forums)
        self.cues = Cues(text, self.low)
        self.contacts = ContactsSoFar()
        self.place_codes: dict[str, str] = {}  # places seen with their country
        #: the date each sentence's undated contacts of a status may carry, and the
        #: sentence where it is written, by (start, status)
        self.carried: dict[tuple[int, str], tuple[DateSpan, Sentence] | None] = {}
