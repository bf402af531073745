"""Office-title resolution: every official with a canonical name, a country and a role.

:func:`resolve` finds each mention of a person who holds or held an office and returns an
:class:`~dipnews.records.Official` per mention, in text order, with exact offsets:

>>> from dipnews.officials import resolve
>>> text = "Russian Foreign Minister Sergei Lavrov met Kazakh Foreign Minister Murat Nurtleu."
>>> for o in resolve(text):
...     print(o.name, o.country, o.role, o.title, sep=" | ")
Sergey Lavrov | RUS | FOREIGN_MINISTER | Foreign Minister
Murat Nurtleu | KAZ | FOREIGN_MINISTER | Foreign Minister
>>> o = resolve(text)[0]
>>> text[o.start:o.end] == o.surface == "Russian Foreign Minister Sergei Lavrov"
True

The name is canonical: the office-holder table's (:mod:`dipnews.holders`) where it knows
the person, else the longest form in the article.

What it understands, on any country's officials:

- a title before the name, with a country adjective, possessive or ``of`` phrase, party
  or institution (``India's External Affairs Minister (EAM) S. Jaishankar``, ``the foreign
  minister of Kyrgyzstan, Jeenbek Kulubaev``, ``DMK MP Kanimozhi``, ``Kremlin aide Yuri
  Ushakov``, ``UN Secretary-General António Guterres``), chains of titles (``Crown Prince
  and Prime Minister``), qualifiers (``former``, ``acting``) and honorifics;
- appositives (``Dmitry Patrushev, the Russian Deputy Prime Minister``; ``Maria
  Zakharova, spokesperson of the Russian Foreign Ministry``; ``aide to President Putin``);
- lists under one plural title (``the foreign ministers of Malta and Libya, A and B``),
  a country's possessive and a name (``Russia's Vladimir Putin``), a title owned by a
  pronoun (``his media aide, X``), an envoy's portfolio (``special envoy on Afghan peace
  talks X``) and ministers listed without their country (the list's or the article's);
- counterparts (``met his Russian counterpart Andrey Belousov`` takes the role of the
  official mentioned before it);
- later mentions of a person introduced with an office (``Lavrov``, ``Mr Jaishankar``,
  ``the EAM``, ``the Russian leader``), linked to that person's name, country and role;
  people who share a surname are kept apart by their given names.

Roles depend on the country (India's Foreign Secretary is a senior diplomat, Britain's
the foreign minister): the table ``data/titles.json`` maps titles to role codes, with
generic rows for every country and country rows that override them (see
:doc:`officials`). The office-holder table (:mod:`dipnews.holders`) gives canonical
names and fills a country the text leaves implicit, at the article's *published* date;
it helps but is never required, and the text wins over it: an office the article states
keeps the article's person, role and country.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TYPE_CHECKING

from dipnews import _engine
from dipnews._text import check_date, check_text
from dipnews.errors import InputTypeError
from dipnews.officials import lookups
from dipnews.officials.candidates import find_candidates
from dipnews.officials.output import home_country, to_official
from dipnews.officials.people import People, link
from dipnews.officials.tables import match_form
from dipnews.officials.titles import role_of
from dipnews.records import Official

if TYPE_CHECKING:  # imported for typing only: the table is read at first use
    from dipnews.knowledge import Knowledge

__all__ = ["resolve", "role_of"]


def resolve(
    text: str,
    *,
    published: dt.date | None = None,
    agencies: Iterable[str] | None = None,
    knowledge: Knowledge | None = None,
) -> list[Official]:
    """Every mention of an official in *text*, in order of appearance.

    *published* is the article's date: with the office-holder table it picks the holder of
    an office at that date and tells whether a bare surname names an office holder. The
    table is *knowledge*'s (:class:`~dipnews.knowledge.Knowledge`), else the package's.

    *agencies* are the news agencies the article credits (canonical names, as in
    :attr:`dipnews.records.Header.agencies`); their shared home country is the country of
    officials the text and the table leave open. A caller that has parsed the header
    already passes them; without them, :func:`dipnews.header.parse_header` finds them.

    Raises :class:`~dipnews.errors.InputTypeError` when *text* is not a ``str`` or
    *published* not a date, and :class:`~dipnews.errors.InputTooLargeError` past the size
    limit.

    >>> from dipnews.officials import resolve
    >>> text = ("Kenyan Defence Minister Kalomir Tesavun met his Ghanaian counterpart "
    ...         "Ravel Dimok. Dimok said ties were strong.")
    >>> for o in resolve(text):
    ...     print(o.surface, o.name, o.country, o.role, sep=" | ")
    Kenyan Defence Minister Kalomir Tesavun | Kalomir Tesavun | KEN | DEFENCE_MINISTER
    Ghanaian counterpart Ravel Dimok | Ravel Dimok | GHA | DEFENCE_MINISTER
    Dimok | Ravel Dimok | GHA | DEFENCE_MINISTER
    """
    check_text(text)
    published = check_date(published)
    copy = match_form(text)
    _engine.plain_copy(copy, text)
    table = lookups.holder_table() if knowledge is None else knowledge.holders
    found = find_candidates(copy, published, table)
    people = People()
    if agencies is None:
        from dipnews.header import parse_header

        agencies = parse_header(text, published=published).agencies
    elif isinstance(agencies, str):
        raise InputTypeError("agencies must be an iterable of agency names, not a str")
    linked = link(copy, found, published, people, table, home_country(agencies))
    out: list[Official] = []
    seen: set[tuple[int, int]] = set()
    for mention in linked:
        if (mention.start, mention.end) in seen:
            continue
        record = to_official(text, mention, people)
        if record is not None:
            seen.add((mention.start, mention.end))
            out.append(record)
    return out
