"""spaCy factory declarations for the dipnews components.

Kept apart from the component classes (:mod:`dipnews.pipeline.components`) as spaCy keeps
its own. The package's ``spacy_factories`` entry points name the functions below, so
``spacy.blank("en").add_pipe("dipnews_officials")`` works without importing dipnews.

Every factory takes the same two settings, both JSON-config values:

``published``
    ISO date string (``"2025-11-17"``) used for docs that do not set
    ``doc._.dipnews_published``; ``null`` (the default) takes each article's own date.
``max_chars``
    longest text accepted (``null``: the library default of 10,000,000 characters).

This module deliberately has no ``from __future__ import annotations``: spaCy validates
factory arguments from the real annotation objects.
"""

from spacy.language import Language

from dipnews.pipeline.components import (
    ArticleComponent,
    EventsComponent,
    ForumsComponent,
    HeaderComponent,
    OfficialsComponent,
    TemporalComponent,
)

__all__ = [
    "DEFAULT_CONFIG",
    "FACTORY_NAMES",
    "make_article",
    "make_events",
    "make_forums",
    "make_header",
    "make_officials",
    "make_temporal",
]

#: The settings of every dipnews component and their defaults.
DEFAULT_CONFIG: dict[str, object] = {"published": None, "max_chars": None, "holders": None}

#: Factory names in the order :func:`dipnews.pipeline.make_pipeline` adds them.
FACTORY_NAMES: tuple[str, ...] = (
    "dipnews_header",
    "dipnews_temporal",
    "dipnews_officials",
    "dipnews_forums",
    "dipnews_events",
    "dipnews_article",
)


@Language.factory(
    "dipnews_header",
    assigns=["doc._.dipnews_header", "doc.spans"],
    default_config=DEFAULT_CONFIG,
)
def make_header(
    nlp: Language,
    name: str,
    *,
    published: str | None,
    max_chars: int | None,
    holders: str | None,
) -> HeaderComponent:
    """The header component (dateline, bylines, agencies)."""
    return HeaderComponent(nlp, name, published=published, max_chars=max_chars, holders=holders)


@Language.factory(
    "dipnews_temporal",
    assigns=["doc._.dipnews_temporal", "doc.spans"],
    default_config=DEFAULT_CONFIG,
)
def make_temporal(
    nlp: Language,
    name: str,
    *,
    published: str | None,
    max_chars: int | None,
    holders: str | None,
) -> TemporalComponent:
    """The temporal component (dates and their resolution)."""
    return TemporalComponent(nlp, name, published=published, max_chars=max_chars, holders=holders)


@Language.factory(
    "dipnews_officials",
    assigns=["doc._.dipnews_officials", "doc.spans"],
    default_config=DEFAULT_CONFIG,
)
def make_officials(
    nlp: Language,
    name: str,
    *,
    published: str | None,
    max_chars: int | None,
    holders: str | None,
) -> OfficialsComponent:
    """The officials component (names, countries, role codes)."""
    return OfficialsComponent(nlp, name, published=published, max_chars=max_chars, holders=holders)


@Language.factory(
    "dipnews_forums",
    assigns=["doc._.dipnews_forums", "doc.spans"],
    default_config=DEFAULT_CONFIG,
)
def make_forums(
    nlp: Language,
    name: str,
    *,
    published: str | None,
    max_chars: int | None,
    holders: str | None,
) -> ForumsComponent:
    """The forums component (organisations, bodies, bilateral mechanisms)."""
    return ForumsComponent(nlp, name, published=published, max_chars=max_chars, holders=holders)


@Language.factory(
    "dipnews_events",
    assigns=["doc._.dipnews_events", "doc._.dipnews_agreements", "doc.spans"],
    default_config=DEFAULT_CONFIG,
)
def make_events(
    nlp: Language,
    name: str,
    *,
    published: str | None,
    max_chars: int | None,
    holders: str | None,
) -> EventsComponent:
    """The events component (meetings, visits, calls, summits and agreements)."""
    return EventsComponent(nlp, name, published=published, max_chars=max_chars, holders=holders)


@Language.factory(
    "dipnews_article",
    assigns=["doc._.dipnews_article"],
    default_config=DEFAULT_CONFIG,
)
def make_article(
    nlp: Language,
    name: str,
    *,
    published: str | None,
    max_chars: int | None,
    holders: str | None,
) -> ArticleComponent:
    """The article component (the whole record on ``doc._.dipnews_article``)."""
    return ArticleComponent(nlp, name, published=published, max_chars=max_chars, holders=holders)
