"""Sphinx extension: tables generated from dipnews's own data, so the docs cannot drift.

Directives:

``.. dipnews-role-codes::``
    the role codes of :data:`dipnews.records.ROLE_CODES`, in order, with the titles that
    map to each in ``titles.json`` (where that table exists).
``.. dipnews-forum-keys::``
    the organisations of ``forums.json`` with their body keys: the contract's, or with
    ``:extensions:`` the ones marked ``"extension": true``.
``.. dipnews-forum-bodies::``
    the body keys of ``forums.json``.
``.. dipnews-mechanisms::``
    the bilateral mechanisms of ``forums.json``.
``.. dipnews-data-tables::``
    every data table in the package: file, schema version, description, sources.
``.. dipnews-holders-coverage::``
    the office-holder table by country and organisation: which of the four top offices
    have a holder on the data date, the rows, and when its open rows were last verified.

A table that is missing or lacks the expected fields gives a short note instead of an
error, so the site builds while a table is being written.

It also mocks Dask for autodoc when Dask is not installed (it is an optional extra).
"""

from __future__ import annotations

import importlib.util
import json
from collections.abc import Callable, Iterable, Sequence
from importlib import resources
from typing import Any, ClassVar

from docutils import nodes
from docutils.parsers.rst import directives
from sphinx.application import Sphinx
from sphinx.config import Config
from sphinx.util.docutils import SphinxDirective

from dipnews.records import ROLE_CODES


def _load(name: str) -> dict[str, Any] | None:
    try:
        raw = resources.files("dipnews.data").joinpath(name).read_text(encoding="utf-8")
        data = json.loads(raw)
    except (FileNotFoundError, json.JSONDecodeError):
        return None
    return data if isinstance(data, dict) else None


def _table(
    headers: Sequence[str], rows: Iterable[Sequence[str]], widths: Sequence[int]
) -> nodes.table:
    table = nodes.table(classes=["dipnews-generated"])
    group = nodes.tgroup(cols=len(headers))
    table += group
    for width in widths:
        group += nodes.colspec(colwidth=width)

    def row_of(cells: Sequence[str], *, literal_first: bool) -> nodes.row:
        row = nodes.row()
        for i, cell in enumerate(cells):
            entry = nodes.entry()
            para = nodes.paragraph()
            para += (
                nodes.literal(text=cell) if literal_first and i == 0 and cell else nodes.Text(cell)
            )
            entry += para
            row += entry
        return row

    head = nodes.thead()
    head += row_of(headers, literal_first=False)
    group += head
    body = nodes.tbody()
    for cells in rows:
        body += row_of(cells, literal_first=True)
    group += body
    return table


def _note(text: str) -> list[nodes.Node]:
    return [nodes.paragraph(text=text)]


class RoleCodes(SphinxDirective):
    """The role codes and the titles that map to them."""

    def run(self) -> list[nodes.Node]:
        titles = _load("titles.json") or {}
        generic: dict[str, list[str]] = {code: [] for code in ROLE_CODES}
        local: dict[str, list[str]] = {code: [] for code in ROLE_CODES}
        for row in titles.get("generic", []) if isinstance(titles.get("generic"), list) else []:
            if isinstance(row, dict) and row.get("role") in generic:
                generic[row["role"]].append(str(row.get("title", "")))
        countries = titles.get("countries")
        if isinstance(countries, dict):
            for code, rows in sorted(countries.items()):
                for row in rows if isinstance(rows, list) else []:
                    if isinstance(row, dict) and row.get("role") in local:
                        local[row["role"]].append(f"{row.get('title', '')} ({code})")
        rows = []
        for code in ROLE_CODES:
            shown = local[code][:6]
            more = len(local[code]) - len(shown)
            rows.append(
                (
                    code,
                    ", ".join(generic[code]) or "-",
                    "; ".join(shown) + (f"; and {more} more" if more > 0 else "") or "-",
                )
            )
        return [
            _table(
                ("code", "titles in every country", "country-specific titles (examples)"),
                rows,
                (3, 4, 6),
            )
        ]


class ForumKeys(SphinxDirective):
    """The organisations of forums.json: the contract's, or with ``:extensions:`` the
    extensions."""

    option_spec: ClassVar[dict[str, Callable[[str], Any]]] = {"extensions": directives.flag}

    def run(self) -> list[nodes.Node]:
        forums = _load("forums.json")
        orgs = None if forums is None else forums.get("orgs")
        if not isinstance(orgs, dict):
            return _note("The forum table (forums.json) is not in this build.")
        extensions = "extensions" in self.options
        rows = []
        for key, org in orgs.items():
            if not isinstance(org, dict) or (org.get("extension") is True) != extensions:
                continue
            bodies = org.get("bodies")
            body_keys = ", ".join(bodies) if isinstance(bodies, dict) else ""
            acronyms = org.get("acronyms")
            names = ", ".join(acronyms) if isinstance(acronyms, list) else ""
            rows.append((key, str(org.get("name", "")), names, body_keys or "-"))
        return [_table(("org", "name", "acronyms", "bodies"), rows, (2, 5, 3, 3))]


class ForumBodies(SphinxDirective):
    """The body keys of forums.json."""

    def run(self) -> list[nodes.Node]:
        forums = _load("forums.json")
        bodies = None if forums is None else forums.get("bodies")
        if not isinstance(bodies, dict):
            return _note("The forum table (forums.json) is not in this build.")
        rows = [
            (key, str(body.get("name", "")), str(body.get("description", "")))
            for key, body in bodies.items()
            if isinstance(body, dict)
        ]
        return [_table(("body", "name", "what it is"), rows, (2, 4, 8))]


class Mechanisms(SphinxDirective):
    """The standing bilateral mechanisms of forums.json."""

    def run(self) -> list[nodes.Node]:
        forums = _load("forums.json")
        mechanisms = None if forums is None else forums.get("mechanisms")
        if not isinstance(mechanisms, dict):
            return _note("The forum table (forums.json) lists no bilateral mechanisms yet.")
        rows = []
        for key, row in mechanisms.items():
            if not isinstance(row, dict):
                continue
            countries = row.get("countries")
            pair = "-".join(countries) if isinstance(countries, list) else ""
            rows.append((key, pair, str(row.get("name", ""))))
        return [_table(("org", "countries", "name"), rows, (3, 2, 8))]


class DataTables(SphinxDirective):
    """Every JSON data table shipped in dipnews.data."""

    def run(self) -> list[nodes.Node]:
        names = sorted(
            p.name for p in resources.files("dipnews.data").iterdir() if p.name.endswith(".json")
        )
        rows = []
        for name in names:
            data = _load(name) or {}
            sources = data.get("sources")
            rows.append(
                (
                    name,
                    str(data.get("schema_version", "?")),
                    str(data.get("description", "")),
                    "; ".join(map(str, sources)) if isinstance(sources, list) else "",
                )
            )
        return [_table(("table", "schema", "what it holds", "sources"), rows, (2, 1, 6, 6))]


_TOP = ("HEAD_OF_STATE", "HEAD_OF_GOVERNMENT", "FOREIGN_MINISTER", "DEFENCE_MINISTER")


class HoldersCoverage(SphinxDirective):
    """The office-holder table's coverage, country by country."""

    def run(self) -> list[nodes.Node]:
        data = _load("holders.json")
        countries = _load("countries.json")
        if data is None or countries is None or "holders" not in data:
            return _note("(holders.json is not available)")
        day = str(data.get("data_date", ""))
        names = {c["code"]: c["name"] for c in countries.get("countries", [])}
        combined = data.get("combined_head", {})
        by_place: dict[str, list[dict[str, Any]]] = {}
        for row in data["holders"]:
            by_place.setdefault(row["country"], []).append(row)

        def held(rows: list[dict[str, Any]], role: str) -> bool:
            return any(
                r["role"] == role and r["start"] <= day and (r["end"] is None or day < r["end"])
                for r in rows
            )

        out = []
        for place in sorted(by_place, key=lambda p: (p not in names, names.get(p, p))):
            rows = by_place[place]
            marks = []
            for role in _TOP:
                if held(rows, role):
                    marks.append("yes")
                elif role == "HEAD_OF_GOVERNMENT" and place in combined:
                    marks.append("= head of state")
                else:
                    marks.append("-")
            checked = [r["verified"] for r in rows if r.get("verified")]
            out.append(
                [
                    place,
                    names.get(place, "(organisation)"),
                    *marks,
                    str(len(rows)),
                    max(checked) if checked else "-",
                ]
            )
        headers = [
            "code",
            "name",
            "head of state",
            "head of government",
            "foreign minister",
            "defence minister",
            "rows",
            "last verified",
        ]
        intro = nodes.paragraph(
            text=f"Holders on the data date, {day}; 'last verified' is the date of the latest "
            "report an open row of the country was checked against."
        )
        return [intro, _table(headers, out, [6, 22, 8, 10, 8, 8, 5, 10])]


def _config_inited(app: Sphinx, config: Config) -> None:
    if importlib.util.find_spec("dask") is None:
        config.autodoc_mock_imports = [*config.autodoc_mock_imports, "dask", "distributed"]
    config.nitpick_ignore_regex = [
        *config.nitpick_ignore_regex,
        (r"py:.*", r"(dask|db|distributed)(\..*)?"),
        (r"py:class", r"(Bag|IO|Callable|Counter|Protocol|DrawFn|Id)"),
        (r"py:class", r"(dipnews\.batch\.Id|dipnews\.pipeline\.components\._Quoting)"),
    ]


def setup(app: Sphinx) -> dict[str, Any]:
    """Register the directives."""
    app.add_directive("dipnews-role-codes", RoleCodes)
    app.add_directive("dipnews-forum-keys", ForumKeys)
    app.add_directive("dipnews-forum-bodies", ForumBodies)
    app.add_directive("dipnews-mechanisms", Mechanisms)
    app.add_directive("dipnews-data-tables", DataTables)
    app.add_directive("dipnews-holders-coverage", HoldersCoverage)
    app.connect("config-inited", _config_inited)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
