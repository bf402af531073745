"""The trigger lexicon and the CAMEO/PLOVER table, compiled once from the data files."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import Any

import attrs
import regex

from dipnews._compiled import compile_regex
from dipnews._data import load_table
from dipnews.errors import DataError
from dipnews.events.casefold import FoldedPattern, sensitive_twin
from dipnews.events.prefilter import Scanner

__all__ = [
    "AgreementSpec",
    "Codes",
    "Lexicon",
    "TriggerSpec",
    "codes",
    "lexicon",
    "words",
]

_TRIGGERS = "event_triggers.json"
_CODES = "event_codes.json"


@attrs.frozen
class TriggerSpec:
    """One row of the event trigger table."""

    kind: str
    noun: bool = False
    strict: bool = False
    code: str | None = None
    destination: bool = False
    subject_only: bool = False
    dateline: bool = False  # VISIT: with no destination written, the dateline's country


@attrs.frozen
class AgreementSpec:
    """One row of the agreement trigger table."""

    kind: str
    #: one side's own statement counts (``India reaffirmed its commitment``, ``pledged``)
    one_sided: bool = False


@attrs.frozen
class Lexicon:
    """Compiled trigger patterns: one alternation per table, a named group per row.

    Each runs on a text and its folded copy (:mod:`dipnews.events.casefold`).
    """

    events: FoldedPattern
    event_specs: Mapping[str, TriggerSpec]
    agreements: FoldedPattern
    agreement_specs: Mapping[str, AgreementSpec]
    signable: FoldedPattern
    status: Mapping[str, FoldedPattern]
    #: ``events``/``agreements`` on folded text through a prefilter, faster (``None``: no
    #: folded twin)
    event_scanner: Scanner | None = None
    agreement_scanner: Scanner | None = None


@attrs.frozen
class Codes:
    """The CAMEO/PLOVER table."""

    events: Mapping[str, tuple[str, str]]
    agreements: Mapping[str, tuple[str, str]]
    topics: tuple[tuple[str, regex.Pattern[str]], ...]
    bilateral_forums: Mapping[str, tuple[str, ...]]
    meeting_bodies: frozenset[str]


_FLAGS = regex.IGNORECASE | regex.VERSION1


def _rows(table: Mapping[str, Any], key: str, name: str) -> list[dict[str, Any]]:
    rows = table.get(key)
    if not isinstance(rows, list) or not all(isinstance(r, dict) for r in rows):
        raise DataError(f"{key!r} must be a list of objects", table=name)
    return rows


# A trigger starts a word: it follows no letter or digit.
_NOT_AFTER = r"\p{L}\p{N}"
_LEAD = rf"(?<![{_NOT_AFTER}])"


def _scanner(rows: list[dict[str, Any]], pattern: FoldedPattern) -> Scanner | None:
    """A :class:`Scanner` for the folded twin of an :func:`_alternation`, where it has one."""
    twins = [sensitive_twin(str(row["pattern"])) for row in rows]
    if pattern.sensitive is None or any(t is None for t in twins):
        return None
    named = [f"(?P<row{i}>{twin})" for i, twin in enumerate(twins)]
    return Scanner(named, pattern.sensitive, _NOT_AFTER)


def _alternation(rows: list[dict[str, Any]], name: str) -> tuple[str, list[str]]:
    parts: list[str] = []
    groups: list[str] = []
    for i, row in enumerate(rows):
        pattern = row.get("pattern")
        if not isinstance(pattern, str) or not pattern:
            raise DataError("row without a pattern", table=name, row=i)
        group = f"row{i}"
        groups.append(group)
        parts.append(f"(?P<{group}>{pattern})")
    return _LEAD + "(?:" + "|".join(parts) + r")(?![\p{L}\p{N}])", groups


@functools.cache
def lexicon() -> Lexicon:
    """The compiled trigger lexicon (built once per process)."""
    table = load_table(_TRIGGERS)
    event_rows = _rows(table, "events", _TRIGGERS)
    agreement_rows = _rows(table, "agreements", _TRIGGERS)
    event_pattern, event_groups = _alternation(event_rows, _TRIGGERS)
    agreement_pattern, agreement_groups = _alternation(agreement_rows, _TRIGGERS)
    event_specs = {
        group: TriggerSpec(
            kind=str(row["kind"]),
            noun=bool(row.get("noun", False)),
            strict=bool(row.get("strict", False)),
            code=row.get("code"),
            destination=bool(row.get("destination", False)),
            subject_only=bool(row.get("subject_only", False)),
            dateline=bool(row.get("dateline", False)),
        )
        for group, row in zip(event_groups, event_rows, strict=True)
    }
    agreement_specs = {
        group: AgreementSpec(kind=str(row["kind"]), one_sided=bool(row.get("one_sided", False)))
        for group, row in zip(agreement_groups, agreement_rows, strict=True)
    }
    status = table.get("status")
    if not isinstance(status, dict):
        raise DataError("'status' must be an object of patterns", table=_TRIGGERS)
    try:
        compiled_status = {str(k): FoldedPattern(str(p), _FLAGS) for k, p in status.items()}
        events = FoldedPattern(event_pattern, _FLAGS)
        agreements = FoldedPattern(agreement_pattern, _FLAGS)
        return Lexicon(
            events=events,
            event_specs=event_specs,
            agreements=agreements,
            agreement_specs=agreement_specs,
            signable=FoldedPattern(
                r"(?<![\p{L}])(?:" + str(table["signable"]) + r")(?![\p{L}])", _FLAGS
            ),
            status=compiled_status,
            event_scanner=_scanner(event_rows, events),
            agreement_scanner=_scanner(agreement_rows, agreements),
        )
    except (regex.error, KeyError) as exc:
        raise DataError(f"bad pattern: {exc}", table=_TRIGGERS) from exc


def _pair(entry: object, name: str, key: str) -> tuple[str, str]:
    if not isinstance(entry, dict) or "cameo" not in entry or "plover" not in entry:
        raise DataError("entry needs 'cameo' and 'plover'", table=name, row=key)
    return str(entry["cameo"]), str(entry["plover"])


@functools.cache
def codes() -> Codes:
    """The CAMEO/PLOVER mapping (built once per process)."""
    table = load_table(_CODES)
    events = {k: _pair(v, _CODES, k) for k, v in dict(table["events"]).items()}
    agreements = {k: _pair(v, _CODES, k) for k, v in dict(table["agreements"]).items()}
    topics: list[tuple[str, regex.Pattern[str]]] = []
    for row in _rows(table, "agreement_topics", _CODES):
        words = sorted((str(w) for w in row["words"]), key=len, reverse=True)
        alternation = "|".join(regex.escape(w) for w in words)
        pattern = compile_regex(r"\b(?:" + alternation + r")\b", _FLAGS)
        topics.append((str(row["cameo"]), pattern))
    bilateral = {
        str(k): tuple(str(c) for c in v) for k, v in dict(table["bilateral_forums"]).items()
    }
    return Codes(
        events=events,
        agreements=agreements,
        topics=tuple(topics),
        bilateral_forums=bilateral,
        meeting_bodies=frozenset(str(b) for b in table["meeting_bodies"]),
    )


@functools.cache
def words(name: str) -> frozenset[str]:
    """A lower-cased word list from the trigger table's ``word_lists``."""
    lists = load_table(_TRIGGERS).get("word_lists")
    if not isinstance(lists, dict) or not isinstance(lists.get(name), list):
        raise DataError(f"no word list {name!r}", table=_TRIGGERS)
    return frozenset(str(w).lower() for w in lists[name])
