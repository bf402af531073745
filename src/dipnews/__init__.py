"""dipnews: structured, verifiable records from diplomatic news text.

>>> import dipnews
>>> article = dipnews.parse("New Delhi, Nov 17 (IANS) The ministers met in Moscow.")
>>> dipnews.to_dict(article)["schema"]
'dipnews/1'
"""

from __future__ import annotations

from dipnews._version import __version__
from dipnews.api import parse, parse_many
from dipnews.contract import from_dict, to_dict
from dipnews.dataset import frames
from dipnews.errors import (
    ContractError,
    DataError,
    DipnewsError,
    InputError,
    InputTooLargeError,
    InputTypeError,
    LookupFailedError,
)
from dipnews.records import (
    Agreement,
    Article,
    Dateline,
    DateSpan,
    Event,
    Forum,
    ForumMention,
    Header,
    Official,
    TimeExpression,
)

__all__ = [
    "Agreement",
    "Article",
    "ContractError",
    "DataError",
    "DateSpan",
    "Dateline",
    "DipnewsError",
    "Event",
    "Forum",
    "ForumMention",
    "Header",
    "InputError",
    "InputTooLargeError",
    "InputTypeError",
    "LookupFailedError",
    "Official",
    "TimeExpression",
    "__version__",
    "frames",
    "from_dict",
    "parse",
    "parse_many",
    "to_dict",
]
