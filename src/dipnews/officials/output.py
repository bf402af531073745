"""What :func:`dipnews.officials.resolve` gives for a linked mention: an
:class:`~dipnews.records.Official`."""

from __future__ import annotations

from collections.abc import Iterable

from dipnews.officials.interpret import Mention
from dipnews.officials.people import People
from dipnews.officials.tables import tables
from dipnews.officials.titles import row_for
from dipnews.records import Official

__all__ = ["home_country", "to_official"]


def to_official(text: str, mention: Mention, people: People) -> Official | None:
    """The record of *mention* in *text*: the name, country and role of the person it is
    linked to where the mention leaves them open; ``None`` without a name or a role."""
    person = people[mention.person] if mention.person >= 0 else None
    name = person.canonical if person is not None else mention.name
    if not name:
        return None
    country = mention.country
    role = mention.role
    title = mention.title
    if person is not None:
        if mention.kind in ("person", "bare") or role is None:
            country = country or person.country
            role = person.role if mention.kind in ("person", "bare") or role is None else role
        if country is None:
            country = person.country
            if mention.title_key is not None and country is not None and not mention.refined:
                row, _ = row_for(mention.title_key, country)
                if row is not None and not mention.leader:
                    role = row.role
        if mention.leader:
            role = person.role
    if role is None and mention.leader and country is not None:
        role = "HEAD_OF_STATE"
    if role is None:
        return None
    return Official(
        name=name,
        surface=text[mention.start : mention.end],
        country=country,
        role=role,
        title=title,
        start=mention.start,
        end=mention.end,
    )


def home_country(agencies: Iterable[str]) -> str | None:
    """The home country of the news *agencies*, if they share one."""
    homes = {tables().agency_countries.get(a) for a in agencies}
    return homes.pop() if len(homes) == 1 else None
