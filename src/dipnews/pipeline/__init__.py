"""dipnews inside spaCy: pipeline components, their factories and ``Doc._`` attributes.

>>> from dipnews.pipeline import make_pipeline
>>> nlp = make_pipeline()
>>> nlp.pipe_names  # doctest: +NORMALIZE_WHITESPACE
['dipnews_header', 'dipnews_temporal', 'dipnews_officials', 'dipnews_forums',
 'dipnews_events', 'dipnews_article']
>>> doc = nlp("MOSCOW, Aug 21 (Reuters) - The ministers met on Monday.")
>>> doc._.dipnews_article.published is None or doc._.dipnews_article.published.year == 2025
True

The factories are also reachable without importing dipnews, through the package's
``spacy_factories`` entry points: ``spacy.blank("en").add_pipe("dipnews_forums")``.
"""

from __future__ import annotations

import spacy
from spacy.language import Language

from dipnews import _text
from dipnews.pipeline import factories as _factories  # registers the factories
from dipnews.pipeline.components import (
    ArticleComponent,
    DipnewsComponent,
    EventsComponent,
    ForumsComponent,
    HeaderComponent,
    OfficialsComponent,
    TemporalComponent,
)
from dipnews.pipeline.extensions import register_extensions

__all__ = [
    "FACTORY_NAMES",
    "ArticleComponent",
    "DipnewsComponent",
    "EventsComponent",
    "ForumsComponent",
    "HeaderComponent",
    "OfficialsComponent",
    "TemporalComponent",
    "make_pipeline",
    "register_extensions",
]

FACTORY_NAMES = _factories.FACTORY_NAMES


def make_pipeline(
    nlp: Language | None = None,
    *,
    published: str | None = None,
    max_chars: int | None = None,
    first: bool = False,
) -> Language:
    """Add every dipnews component to *nlp* (a blank English pipeline if ``None``).

    The components go after the pipeline's own (``first=True`` puts them in front
    instead; they change no tokens, so either order gives the same records, except that
    the events component uses a dependency parse only when a parser ran before it).
    *published* and *max_chars* are given to every component (see
    :mod:`dipnews.pipeline.factories`). Returns *nlp*.
    """
    if nlp is None:
        nlp = spacy.blank("en")
        # A pipeline we build ourselves takes texts as long as dipnews does; a user's own
        # pipeline keeps the max_length its owner chose.
        nlp.max_length = max(nlp.max_length, max_chars or _text.max_chars())
    config = {"published": published, "max_chars": max_chars}
    anchor = nlp.pipe_names[0] if first and nlp.pipe_names else None
    for factory in FACTORY_NAMES:
        if anchor is None:
            nlp.add_pipe(factory, config=config)
        else:
            nlp.add_pipe(factory, config=config, before=anchor)
    return nlp
