"""Placing the officials the text and the table leave without a country, on weaker
evidence: a country shared with a coordinated mention, the home country of the article's
news agency, and for ministers listed together the country the others of the list share,
else the article's government (:func:`fill_countries`)."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from dipnews import countries
from dipnews._compiled import compile_regex
from dipnews.officials.interpret import Mention

if TYPE_CHECKING:
    from dipnews.officials.people import People

__all__ = ["fill_countries"]

# The offices of a cabinet, which an article's government fills when the text names no
# country (a president, an organisation's head, a legislator or an envoy may be anyone's).
_CABINET_ROLES = frozenset(
    {
        "HEAD_OF_GOVERNMENT",
        "DEPUTY_HEAD_OF_GOVERNMENT",
        "FOREIGN_MINISTER",
        "DEFENCE_MINISTER",
        "FINANCE_MINISTER",
        "TRADE_MINISTER",
        "OTHER_MINISTER",
        "DEPUTY_FOREIGN_MINISTER",
        "NATIONAL_SECURITY_ADVISER",
        "ADVISER",
        "FOREIGN_MINISTRY_SPOKESPERSON",
        "SENIOR_DIPLOMAT",
    }
)
_GOVERNMENT_LEAD = 2  # officials of the article's government: at least, and times the next
# Between two officials of one list: a comma, semicolon or "and", perhaps after the rest of
# a portfolio ("Minister of Trade and Investment; "), and nothing else.
_LIST_GAP = compile_regex(
    r"(?:[^\S\n]*+(?:[,;&]|and|of|for|the|\p{Lu}[\p{L}\-]*+)){1,12}+[^\S\n]*+"
)
_LIST_SEPARATOR = compile_regex(r"[,;]|(?<![\p{L}])and(?![\p{L}])")
_LIST_GAP_LONGEST = 80
# A capitalised word just before a title, which the tables do not know ("Soviet Foreign
# Minister"): perhaps the official's country, so the list's country is not given.
_UNKNOWN_LEAD = compile_regex(r"(?<![\p{L}\p{N}])\p{Lu}[\p{L}\-]*+[^\S\n]\Z")
_LEAD_WORD = 30


def fill_countries(text: str, found: list[Mention], people: People, home: str | None) -> None:
    """Weaker evidence last: a coordinated country ("Canadian PM X and Finance Minister Y"),
    then the home country of the article's news agency (an APP story's "Foreign
    Secretary" is Pakistan's) for officials the text and the table leave open; then, for
    ministers listed together, the country the others of the list share, else the
    article's government (:func:`_article_government`)."""
    for mention in found:
        if mention.person < 0 or mention.country is not None:
            continue
        owner = people[mention.person]
        if owner.country is not None:
            continue
        boss = mention.owner
        if boss is not None and boss.person >= 0 and people[boss.person].country is not None:
            owner.country = people[boss.person].country  # "his media aide, X"
        elif mention.inherit is not None:
            owner.country = mention.inherit
        elif home is not None and mention.kind in ("prefix", "appositive"):
            owner.country = home
    if not any(
        m.person >= 0 and people[m.person].country is None and m.role in _CABINET_ROLES
        for m in found
    ):
        return
    government: list[str | None] = []  # worked out once, if needed
    codes = countries.codes()
    for run in _listed(text, found):
        open_people = [
            people[m.person]
            for m in run
            if people[m.person].country is None
            and m.role in _CABINET_ROLES
            and _UNKNOWN_LEAD.search(text, max(0, m.start - _LEAD_WORD), m.start) is None
        ]
        if not open_people:
            continue
        known = {people[m.person].country for m in run} & codes
        if not known:
            if not government:
                government.append(_article_government(people))
            known = {government[0]} - {None}
        if len(known) == 1:
            country = known.pop()
            for owner in open_people:
                owner.country = country


def _list_gap(text: str, end: int, start: int) -> bool:
    """Whether the text between two mentions only separates items of a list."""
    if not 0 <= start - end <= _LIST_GAP_LONGEST:
        return False
    return (
        _LIST_GAP.fullmatch(text, end, start) is not None
        and _LIST_SEPARATOR.search(text, end, start) is not None
    )


def _listed(text: str, found: list[Mention]) -> list[list[Mention]]:
    """Runs of two or more titled mentions listed one after the other in a sentence
    ("accompanied by Foreign Minister X, Finance Minister Y and Railways Minister Z"; "were
    X, the Minister of Finance; Y, Minister of Defence")."""
    runs: list[list[Mention]] = []
    run: list[Mention] = []
    for mention in found:
        if mention.person < 0 or mention.kind not in ("prefix", "appositive"):
            continue
        if run and not _list_gap(text, run[-1].end, mention.start):
            if len(run) >= 2:
                runs.append(run)
            run = []
        run.append(mention)
    if len(run) >= 2:
        runs.append(run)
    return runs


def _article_government(people: People) -> str | None:
    """The country whose officials the article is about, if one clearly leads: the
    government a list of ministers belongs to when the text names no country for them
    ("At the briefing were X, the Minister of Finance; Y, Minister of Defence..."). It
    has at least two of the article's officials and twice as many as any other."""
    codes = countries.codes()
    counts = Counter(p.country for p in people if p.country in codes)
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < _GOVERNMENT_LEAD:
        return None
    if len(ranked) == 2 and ranked[0][1] < _GOVERNMENT_LEAD * ranked[1][1]:
        return None
    return ranked[0][0]
