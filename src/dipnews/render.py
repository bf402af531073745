"""See what dipnews found: one self-contained HTML page of a parsed article.

:func:`render_html` shows the article's text with every record that quotes it marked at
its offsets (the dateline, bylines and agency credits, officials, forums, dates, and the
sentences that are the evidence of events and agreements), followed by tables of the
records. The page is one file: inline CSS, no script, nothing loaded from the network.

Each mark is an element whose text is exactly the record's ``surface``, with ``data-kind``
and ``data-id`` attributes (``official-0``...) naming the record, a ``title`` that gives
its details on hover, and a short label beside it. Kinds differ by the style of their
underline or frame and by their label, not by colour alone. A record that overlaps
another without nesting in it (rare: they come from different components) is marked in
consecutive parts that share its ``data-id``; the first part carries ``data-first``.

>>> from dipnews.render import render_html
>>> page = render_html("MOSCOW, Nov 17 (TASS) - Russian Foreign Minister Sergei Lavrov spoke.")
>>> page.startswith("<!DOCTYPE html>")
True
>>> 'data-kind="official"' in page and 'data-kind="dateline"' in page
True
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Iterable, Sequence

import attrs

from dipnews import header as _header
from dipnews import temporal as _temporal
from dipnews.api import parse
from dipnews.records import (
    Agreement,
    Article,
    DateSpan,
    Event,
    Forum,
    Header,
    TimeExpression,
)

__all__ = ["KINDS", "Mark", "mark_up", "marks", "render_html"]

#: The kinds of mark, outermost layer first. Where two records cover the same characters,
#: the earlier kind encloses the later.
KINDS: tuple[str, ...] = (
    "event",
    "agreement",
    "dateline",
    "byline",
    "agency",
    "official",
    "forum",
    "time",
)
_LAYER = {kind: i for i, kind in enumerate(KINDS)}


@attrs.frozen
class Mark:
    """One record's quote in the text: what to mark, how to label it, what to say on hover."""

    kind: str = attrs.field(validator=attrs.validators.in_(KINDS))
    ident: str
    start: int
    end: int
    label: str
    details: str


def _span_text(span: DateSpan | None) -> str:
    if span is None:
        return "date unresolved"
    if span.start == span.end:
        return span.start.isoformat()
    return f"{span.start.isoformat()}..{span.end.isoformat()} ({span.precision})"


def _forum_text(forum: Forum | None) -> str:
    if forum is None:
        return ""
    parts = [forum.org + (f"/{forum.body}" if forum.body else "")]
    if forum.edition is not None:
        parts.append(f"edition {forum.edition}")
    if forum.place:
        parts.append(forum.place)
    return ", ".join(parts)


def _event_mark(index: int, event: Event) -> Mark:
    who = " + ".join(event.participants) or "no participant named"
    details = [
        f"{event.kind}, {event.status}",
        who,
        _span_text(event.date),
        f"place: {event.place or '-'}",
        f"forum: {_forum_text(event.forum) or '-'}",
        f"CAMEO {event.cameo}, PLOVER {event.plover}",
    ]
    return Mark(
        "event",
        f"event-{index}",
        event.start,
        event.end,
        f"event {event.kind} {event.status}",
        "; ".join(details),
    )


def _agreement_mark(index: int, agreement: Agreement) -> Mark:
    details = [
        agreement.kind,
        " / ".join(agreement.parties) or "no party named",
        f"topic: {agreement.topic or '-'}",
        f"CAMEO {agreement.cameo}, PLOVER {agreement.plover}",
    ]
    return Mark(
        "agreement",
        f"agreement-{index}",
        agreement.start,
        agreement.end,
        f"agreement {agreement.kind}",
        "; ".join(details),
    )


def marks(article: Article, header: Header, times: Sequence[TimeExpression]) -> list[Mark]:
    """Every mark of *article*, with the bylines and credits of its *header* and *times*."""
    found: list[Mark] = []
    found += [_event_mark(i, e) for i, e in enumerate(article.events)]
    found += [_agreement_mark(i, a) for i, a in enumerate(article.agreements)]
    dateline = article.dateline
    if dateline is not None:
        details = f"place: {dateline.place or '-'}; date: {dateline.date or '-'}"
        details += f"; agency: {dateline.agency or '-'}"
        found.append(
            Mark("dateline", "dateline-0", dateline.start, dateline.end, "dateline", details)
        )
    for i, b in enumerate(header.bylines):
        found.append(Mark("byline", f"byline-{i}", b.start, b.end, "byline", f"author: {b.name}"))
    for i, c in enumerate(header.credits):
        label = f"agency {c.agency}"
        found.append(Mark("agency", f"agency-{i}", c.start, c.end, label, label))
    for i, o in enumerate(article.officials):
        label = f"{o.country or '?'} {o.role}"
        details = f"{o.name}; {o.country or 'country unknown'}; {o.role}; title: {o.title or '-'}"
        found.append(Mark("official", f"official-{i}", o.start, o.end, label, details))
    for i, f in enumerate(article.forums):
        label = _forum_text(f.forum)
        found.append(Mark("forum", f"forum-{i}", f.start, f.end, label, label))
    for i, t in enumerate(times):
        label = _span_text(t.span)
        found.append(Mark("time", f"time-{i}", t.start, t.end, label, label))
    return [m for m in found if m.start < m.end]


class _Open:
    """An element being written: one part of a mark."""

    __slots__ = ("first", "last", "mark")

    def __init__(self, mark: Mark, first: bool) -> None:
        self.mark = mark
        self.first = first
        self.last = False

    def tag(self, depth: int) -> str:
        m = self.mark
        attributes = [
            f'class="mark {m.kind}"',
            f'data-kind="{m.kind}"',
            f'data-id="{m.ident}"',
            f'data-depth="{min(depth, 4)}"',
            f'title="{html.escape(m.details)}"',
        ]
        if self.first:
            attributes.append("data-first")
        if self.last:
            attributes.append(f'data-label="{html.escape(m.label)}"')
        return f"<span {' '.join(attributes)}>"


def _escape_text(text: str) -> str:
    # An HTML parser folds a carriage return into the next line feed and drops a NUL,
    # shifting every later offset: both are written as character references (a NUL then
    # reads as U+FFFD, one character for one).
    return html.escape(text, quote=False).replace("\r", "&#13;").replace("\x00", "&#xFFFD;")


def mark_up(text: str, found: Iterable[Mark]) -> str:
    """*text* as HTML with every mark of *found* around its characters.

    Marks nest where their spans do; one that crosses another is written in consecutive
    parts sharing its ``data-id``, the first with ``data-first`` and the last with
    ``data-label``. The text itself is written unchanged (escaped), so the characters
    inside the marks read back at the records' offsets.
    """
    ordered = sorted(found, key=lambda m: (m.start, -m.end, _LAYER[m.kind]))
    bounds = sorted({0, len(text)} | {m.start for m in ordered} | {m.end for m in ordered})
    starting: dict[int, list[Mark]] = {}
    for m in ordered:
        starting.setdefault(m.start, []).append(m)
    pieces: list[str | _Open] = []
    stack: list[_Open] = []
    # each closing tag is written after the tokens of its element, so an element's opening
    # tag is only written out once it is known whether this part is the mark's last one
    closing = "</span>"
    previous = 0
    for at in bounds:
        pieces.append(_escape_text(text[previous:at]))
        previous = at
        ends = [i for i, part in enumerate(stack) if part.mark.end == at]
        if ends:
            lowest = ends[0]
            reopen = []
            while len(stack) > lowest:
                part = stack.pop()
                if part.mark.end == at:
                    part.last = True
                else:
                    reopen.append(part.mark)
                pieces.append(closing)
            for mark in reversed(reopen):
                part = _Open(mark, first=False)
                stack.append(part)
                pieces.append(part)
        for mark in starting.get(at, ()):
            part = _Open(mark, first=True)
            stack.append(part)
            pieces.append(part)
    out = []
    depth = 0
    for piece in pieces:
        if isinstance(piece, _Open):
            depth += 1
            out.append(piece.tag(depth))
        else:
            if piece == closing:
                depth -= 1
            out.append(piece)
    return "".join(out)


_STYLE = """
:root { color-scheme: light; --ink: #1b1b1b; --muted: #555; }
* { box-sizing: border-box; }
body { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: var(--ink); background: #fff; margin: 0 auto; padding: 1rem; max-width: 60rem; }
h1 { font-size: 1.3rem; } h2 { font-size: 1.1rem; margin-top: 2rem; }
.text { white-space: pre-wrap; overflow-wrap: anywhere; line-height: 2.6;
  border: 1px solid #ccc; padding: 0.75rem; border-radius: 4px; }
.mark { border-bottom: 2px solid; }
.mark[data-depth="2"] { padding-bottom: 3px; } .mark[data-depth="3"] { padding-bottom: 6px; }
.mark[data-depth="4"] { padding-bottom: 9px; }
.mark[data-label]::after { content: " [" attr(data-label) "]"; font-size: 0.72em;
  font-weight: 600; color: var(--muted); white-space: nowrap; }
.event { border-bottom: 3px double #7a5c00; background: #fff6d5; }
.agreement { border-bottom: 2px dashed #00695c; background: #e3f5f1; }
.dateline { border-bottom: 2px solid #37474f; font-weight: 600; }
.byline { border-bottom: 2px dotted #37474f; }
.agency { border-bottom: 2px dotted #6a1b9a; }
.official { border-bottom: 2px solid #0d47a1; background: #e7effb; }
.forum { border-bottom: 2px solid #b71c1c; background: #fbe9e7; font-style: italic; }
.time { border-bottom: 2px dashed #1b5e20; }
.legend span { display: inline-block; margin: 0 0.75rem 0.4rem 0; line-height: 2; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
caption { text-align: left; font-weight: 600; padding: 0.3rem 0; }
th, td { border: 1px solid #ccc; padding: 0.25rem 0.45rem; text-align: left;
  vertical-align: top; }
th { background: #f2f2f2; }
td.quote { max-width: 28rem; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; }
dt { font-weight: 600; } dd { margin: 0; }
"""


def _cell(value: object) -> str:
    if value is None or value == "":
        return "<td>-</td>"
    return f"<td>{html.escape(str(value))}</td>"


def _table(caption: str, columns: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    head = "".join(f'<th scope="col">{html.escape(c)}</th>' for c in columns)
    if rows:
        body = "".join("<tr>" + "".join(_cell(v) for v in row) + "</tr>" for row in rows)
    else:
        body = f'<tr><td colspan="{len(columns)}">none found</td></tr>'
    return (
        f'<div class="scroll"><table><caption>{html.escape(caption)}</caption>'
        f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></div>"
    )


def _date_cells(span: DateSpan | None) -> tuple[object, object, object]:
    if span is None:
        return None, None, None
    return span.start.isoformat(), span.end.isoformat(), span.precision


def _tables(article: Article, times: Sequence[TimeExpression]) -> str:
    officials = [
        (o.name, o.country, o.role, o.title, o.surface, o.start) for o in article.officials
    ]
    forums = [
        (f.forum.org, f.forum.body, f.forum.edition, f.forum.place, f.surface, f.start)
        for f in article.forums
    ]
    dates = [(t.surface, *_date_cells(t.span), t.start) for t in times]
    events = [
        (
            e.kind,
            e.status,
            *_date_cells(e.date)[:2],
            "; ".join(e.participants),
            e.place,
            _forum_text(e.forum),
            e.cameo,
            e.plover,
            e.start,
        )
        for e in article.events
    ]
    agreements = [
        (a.kind, "; ".join(a.parties), a.topic, a.cameo, a.plover, a.start)
        for a in article.agreements
    ]
    return "".join(
        [
            _table(
                "Officials",
                ("name", "country", "role", "title", "surface", "offset"),
                officials,
            ),
            _table("Forums", ("org", "body", "edition", "place", "surface", "offset"), forums),
            _table("Dates", ("surface", "start", "end", "precision", "offset"), dates),
            _table(
                "Events",
                (
                    "kind",
                    "status",
                    "start",
                    "end",
                    "participants",
                    "place",
                    "forum",
                    "CAMEO",
                    "PLOVER",
                    "offset",
                ),
                events,
            ),
            _table(
                "Agreements",
                ("kind", "parties", "topic", "CAMEO", "PLOVER", "offset"),
                agreements,
            ),
        ]
    )


def _header_list(article: Article) -> str:
    d = article.dateline
    items = [
        ("published", article.published),
        ("dateline", None if d is None else d.surface),
        ("place", None if d is None else d.place),
        ("agency", None if d is None else d.agency),
        ("byline", "; ".join(article.byline)),
        ("agencies", ", ".join(article.agencies)),
    ]
    rows = "".join(
        f"<dt>{name}</dt><dd>{html.escape(str(value)) if value else '-'}</dd>"
        for name, value in items
    )
    return f"<dl>{rows}</dl>"


def _legend() -> str:
    names = {
        "event": "event evidence",
        "agreement": "agreement evidence",
        "dateline": "dateline",
        "byline": "byline",
        "agency": "agency credit",
        "official": "official",
        "forum": "forum",
        "time": "date",
    }
    samples = "".join(
        f'<span><span class="mark {kind}" data-label="{kind}">{names[kind]}</span></span>'
        for kind in KINDS
    )
    return f'<p class="legend" aria-label="legend">{samples}</p>'


def render_html(
    text: str,
    article: Article | None = None,
    *,
    published: dt.date | None = None,
    title: str = "dipnews",
) -> str:
    """One self-contained HTML page showing *text* with what dipnews found in it.

    *article* is the parse of *text* (parsed here, with *published*, when not given).
    The page marks every quoted record at its offsets and lists the records in tables;
    it has no script and loads nothing. *title* heads the page (a file name, say).
    """
    if article is None:
        article = parse(text, published=published)
    header = _header.parse_header(text, published=article.published)
    times = _temporal.find(text, anchor=article.published)
    body = mark_up(text, marks(article, header, times))
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{html.escape(title)}</title><style>{_STYLE}</style></head><body>"
        f"<h1>{html.escape(title)}</h1>"
        f"<h2>Header</h2>{_header_list(article)}"
        f"<h2>Text</h2>{_legend()}"
        f'<div class="text" id="text">{body}</div>'
        f"<h2>Records</h2>{_tables(article, times)}"
        "</body></html>\n"
    )
