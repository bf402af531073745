"""The mentions of officials in a text before they are linked into people: titles before
names, counterparts, appositives and nameless titles, in that order of rules."""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import itertools

import regex

from dipnews import _engine, countries
from dipnews._patterns import LINE_SPACE, literal_trie
from dipnews.holders import Registry
from dipnews.officials.grammar import grammar
from dipnews.officials.interpret import (
    Mention,
    adjective_only,
    clean_name,
    from_titles,
    written_titles,
)
from dipnews.officials.lookups import holder_at
from dipnews.officials.starts import Spans, find_starts, scan, scan_spans
from dipnews.officials.tables import match_form, tables
from dipnews.officials.titles import place_of, row_for

__all__ = ["LOOKBACK", "find_candidates"]


_ABBREVIATION = regex.compile(r"[\p{Lu}][\p{Lu}\p{Ll}]{1,5}")


_DETERMINER = regex.compile(rf"(?i:the){LINE_SPACE}")  # as the grammar's lead begins


_COORDINATION = regex.compile(r"\s*+(?:and|,)\s*+")


# Appositive or counterpart mentions look back this far for the official they depend on.
LOOKBACK = 400


_COMPOUND_AFTER = regex.compile(
    r"(?:'s)?[^\S\n]{1,3}(?:\p{Lu}\p{Ll}|(?i:office|house|secretariat|residence|palace)\b)"
)


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


_OWNER_WINDOW = 120  # how far before a mention its clause's country subject may stand


@functools.cache
def _owner_pattern() -> regex.Pattern[str]:
    """A country subject and a verb by which it puts forward its own official, just before
    a mention: "Kenya has fielded (former Prime Minister X)"."""
    places = sorted({match_form(n) for n in countries.surface_names()}, key=lambda s: (-len(s), s))
    verbs = sorted(tables().own_verbs, key=lambda s: (-len(s), s)) or ["\uffff"]
    pattern: regex.Pattern[str] = regex.compile(
        rf"(?<![\p{{L}}\p{{N}}])(?P<c>{literal_trie(places)})(?:'s[^\S\n]++government)?"
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
    code, what = place_of(found.group("c"))
    if code is None or what != "country" or adjective_only(found.group("c")):
        return
    mention.country = code
    row, _ = row_for(mention.title_key or "", code)
    if row is not None and not mention.leader:
        mention.role = row.role


def find_candidates(text: str, when: dt.date | None, table: Registry) -> list[Mention]:
    g = grammar()
    starts = find_starts(text)
    found: list[Mention] = []
    taken = Spans()
    covered = Spans()

    def free(start: int, end: int) -> bool:
        return not taken.overlaps(start, end)

    # Every match of the prefix pattern begins with a match of the bare one (a lead and a
    # title), so the bare pattern, cheaper and needed in step 4 anyway, is tried first.
    bare_at: dict[int, _engine.Match | None] = {}
    bare_pattern = g.bare.on(text)

    def bare_after(start: int) -> _engine.Match | None:
        if start not in bare_at:
            bare_at[start] = bare_pattern.match(text, start)
        return bare_at[start]

    def bare(start: int) -> _engine.Match | None:
        if start not in bare_at:
            # "the" and a space are taken whenever present (possessively): the rest of a
            # match here is a match where they end, unless another "the" begins there.
            det = (
                _DETERMINER.match(text, start) if text[start : start + 3].lower() == "the" else None
            )
            after = -1 if det is None else det.end()
            if after >= 0 and _DETERMINER.match(text, after) is None and bare_after(after) is None:
                bare_at[start] = None
        return bare_after(start)

    # 1. Title before the name (and FM @handle).
    for m in scan(g.prefix, text, starts.lead, bare):
        if m.group("name") is None and m.group("handle") is None:
            continue
        if adjective_only(m.group("of")) or adjective_only(m.group("of2")):
            continue  # "president of the Canadian Lake Carriers Association"
        mention = from_titles(m, "prefix")
        if mention is None:
            continue
        start = m.start("cty") if m.group("det") and m.group("cty") else m.start()
        if m.group("det") and not m.group("cty"):
            start = m.start("qual") if m.group("qual") else m.start("t")
            if m.group("cty2"):
                start = m.start("cty2")
        mention.start = start
        if m.group("name") is not None:
            cleaned = clean_name(m.group("name"), m.start("name"))
            if cleaned is None:
                continue
            mention.name, mention.name_start, mention.name_end = cleaned
            mention.end = mention.name_end
        else:
            mention.name = m.group("handle")
            if mention.country is not None and mention.role is not None:
                held = holder_at(table, mention.country, mention.role, when)
                mention.name = held or mention.name
            mention.name_start, mention.name_end = m.span("handle")
            mention.end = m.end()
        if not free(mention.start, mention.end):
            continue
        if mention.country is None:
            _owner_country(text, mention)
        found.append(mention)
        taken.add(mention.start, mention.end)
    # 2. Counterparts: the role of the official mentioned just before.
    heads = list(found)
    head_starts = [f.start for f in heads]
    for m in scan_spans(g.counterpart, text, starts.counterpart):
        if m.group("cty2") is not None:
            continue
        code, _ = place_of(m.group("cty") or m.group("cty3"))
        cleaned = clean_name(m.group("name"), m.start("name"))
        if code is None or cleaned is None or not free(m.start("span"), m.end()):
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
        found.append(mention)
        taken.add(mention.start, mention.end)
    found.sort(key=lambda f: (f.start, f.end))
    starts_of_found = [f.start for f in found]
    # 3. Appositives: "Name, the Russian Deputy Prime Minister".
    head = g.appositive_head.on(text)
    appositives = scan(
        g.appositive, text, starts.appositive, lambda at: head.match(text, at) is not None
    )
    for m in appositives:
        if not free(m.start("name"), m.end("name")):
            continue
        if adjective_only(m.group("of")):
            continue
        mention = from_titles(m, "appositive")
        cleaned = clean_name(m.group("name"), m.start("name"))
        if mention is None or cleaned is None:
            continue
        mention.name, mention.name_start, mention.name_end = cleaned
        mention.start = m.start("hon") if m.group("hon") else m.start("name")
        if m.group("tot") is not None and mention.country is None:
            inner = [
                f
                for f in found[bisect.bisect_left(starts_of_found, m.start("tot")) :][:3]
                if f.end <= m.end()
            ]
            if inner:
                mention.country = inner[0].country
            elif m.group("tocty") is not None:
                mention.country = place_of(m.group("tocty"))[0]
        found.append(mention)
        taken.add(mention.name_start, mention.name_end)
        covered.add(mention.start, m.end())
    # 4. Titles with no name: "the EAM", "the Russian leader" (linked later).
    for m in scan(bare, text, starts.lead):
        if not free(m.start(), m.end()) or covered.overlaps(m.start(), m.end()):
            continue
        if _COMPOUND_AFTER.match(text, m.end()):
            continue  # "the Prime Minister House", "the President's Office": a place
        mention = from_titles(m, "bare")
        if mention is None:
            continue
        key = mention.title_key or ""
        definite = m.group("det") is not None
        unique = key in tables().unique
        abbreviation = _ABBREVIATION.fullmatch(written_titles(m)[0] or "")
        has_country = m.group("cty") is not None or m.group("cty2") is not None
        written = written_titles(m)[0] or ""
        loose = (
            definite
            and not has_country
            and not unique
            and written[:1].isupper()
            and m.group("qual") is None
            and not mention.leader
            and mention.role not in (None, "OTHER_MINISTER")
        )
        if not ((unique and (definite or abbreviation)) or (definite and has_country) or loose):
            continue
        if mention.country is None and not loose:
            continue
        mention.loose = loose
        if m.group("det") is not None and m.group("cty") is not None:
            mention.start = m.start("cty")
        elif m.group("det") is not None:
            mention.start = m.start("qual") if m.group("qual") else m.start("t")
        found.append(mention)
        taken.add(mention.start, mention.end)
    found.sort(key=lambda f: (f.start, f.end))
    # Coordinated titles share a possessive: "Russia's First Deputy PM X and FM Y".
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
    return found
