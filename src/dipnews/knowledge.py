"""The tables dipnews reads, as one object that is passed explicitly.

A :class:`Knowledge` holds what the components look up about the world. Most of it is
the package's own data (titles, forums, countries, agencies, name spellings, event
words): read-only, loaded lazily once per process, the same for every user. One part is
the user's to replace or extend: the office-holder table (:mod:`dipnews.holders`), which
goes out of date as governments change. :meth:`Knowledge.with_holders` gives a knowledge
whose table has a user's file of holdings added (the same schema as
``data/holders.json``), and every entry point takes one:

- :func:`dipnews.parse` and :func:`dipnews.parse_many` (``knowledge=``),
- :func:`dipnews.officials.resolve` (``knowledge=``),
- :func:`dipnews.batch.run_batch` (``knowledge=``), which hands it to every worker process
  however they are started: a knowledge is picklable,
- the command line (``--holders FILE`` on ``parse``, ``batch`` and ``show``) and the spaCy
  components (the ``holders`` setting).

>>> from dipnews.knowledge import Knowledge
>>> knowledge = Knowledge.default()
>>> knowledge.holders.at("RUS", "FOREIGN_MINISTER", "2025-11-17")[0].person
'Sergey Lavrov'
>>> knowledge.data_date
datetime.date(2026, 12, 1)

Without ``knowledge=``, the components use :meth:`Knowledge.default`: the package's table
(and, for one more release, files added with the deprecated :func:`dipnews.holders.load`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import attrs

from dipnews.errors import InputTypeError
from dipnews.holders import shared
from dipnews.holders.registry import Registry, read_json

__all__ = ["Knowledge", "check_knowledge"]


@attrs.frozen(eq=False)
class Knowledge:
    """What dipnews knows about the world, for one run: the office-holder table and the
    names of the files added to it (``sources``, for messages)."""

    holders: Registry
    sources: tuple[str, ...] = ()

    @classmethod
    def default(cls) -> Knowledge:
        """The package's own knowledge (read at first use, once per process)."""
        return cls(shared.registry())

    def with_holders(self, holdings: str | Path | Mapping[str, Any]) -> Knowledge:
        """A knowledge whose office-holder table has the holdings of *holdings* added: a
        path to a JSON file of the ``data/holders.json`` schema, or its parsed document.

        This knowledge is left as it is. A holding of a single-holder office that starts
        while the table's row is open closes that row, so a file can bring the table up to
        date; any problem raises :class:`~dipnews.errors.DataError` naming the file.
        """
        if isinstance(holdings, Mapping):
            name = "<holdings>"
            data: Any = dict(holdings)
        else:
            name = str(holdings)
            data = read_json(holdings, name)
        return Knowledge(self.holders.extended(data, table=name), (*self.sources, name))

    @property
    def data_date(self) -> dt.date | None:
        """The day the office-holder table is known to be current for. An article dated
        later may name office holders the table does not know (the text wins then)."""
        return self.holders.data_date

    def stale_for(self, day: dt.date | None) -> bool:
        """Whether an article of *day* is dated after :attr:`data_date`."""
        return day is not None and self.data_date is not None and day > self.data_date


def check_knowledge(knowledge: object) -> Knowledge | None:
    """*knowledge* if it is a :class:`Knowledge` or ``None``; else
    :class:`~dipnews.errors.InputTypeError`."""
    if knowledge is None or isinstance(knowledge, Knowledge):
        return knowledge
    raise InputTypeError(f"knowledge must be a dipnews Knowledge, not {type(knowledge).__name__}")
