"""``dipnews.render``: the HTML view marks every record once, at its offsets."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Iterator
from pathlib import Path

import html5lib
import pytest
from hypothesis import given
from hypothesis import strategies as st

import dipnews
from dipnews import header as _header
from dipnews import temporal as _temporal
from dipnews.cli import main
from dipnews.render import KINDS, Mark, mark_up, marks, render_html
from tests.conftest import SEEDS

Element = object


def _text_div(page: str) -> Element:
    document = html5lib.parse(page, namespaceHTMLElements=False)
    found = document.find(".//div[@id='text']")
    assert found is not None, "the page has the article's text"
    return found


def _walk(element: Element, at: int, spans: dict[str, list[tuple[int, int, bool]]]) -> int:
    """Text offsets of every marked element under *element*: {data-id: [(start, end, first)]}."""
    start = at
    at += len(element.text or "")  # type: ignore[attr-defined]
    for child in element:  # type: ignore[attr-defined]
        at = _walk(child, at, spans)
        at += len(child.tail or "")
    ident = element.get("data-id")  # type: ignore[attr-defined]
    if ident is not None:
        spans.setdefault(ident, []).append((start, at, "data-first" in element.attrib))  # type: ignore[attr-defined]
    return at


def _plain_text(element: Element) -> str:
    return "".join(element.itertext())  # type: ignore[attr-defined]


def _marked(page: str) -> tuple[str, dict[str, list[tuple[int, int, bool]]]]:
    div = _text_div(page)
    spans: dict[str, list[tuple[int, int, bool]]] = {}
    _walk(div, 0, spans)
    spans.pop("text", None)
    return _plain_text(div), spans


def _records(text: str, article: dipnews.Article) -> Iterator[tuple[str, int, int, str]]:
    header = _header.parse_header(text, published=article.published)
    times = _temporal.find(text, anchor=article.published)
    groups = {
        "event": article.events,
        "agreement": article.agreements,
        "dateline": [article.dateline] if article.dateline else [],
        "byline": header.bylines,
        "agency": header.credits,
        "official": article.officials,
        "forum": article.forums,
        "time": times,
    }
    for kind, records in groups.items():
        for i, r in enumerate(records):
            yield f"{kind}-{i}", r.start, r.end, r.surface


def _check_every_record_marked_once(text: str) -> int:
    article = dipnews.parse(text)
    page = render_html(text, article)
    shown, spans = _marked(page)
    assert shown == text
    expected = list(_records(text, article))
    assert set(spans) == {ident for ident, *_ in expected}
    for ident, start, end, surface in expected:
        parts = sorted(spans[ident])
        assert (parts[0][0], parts[-1][1]) == (start, end), ident
        assert [p[2] for p in parts] == [True] + [False] * (len(parts) - 1), ident
        assert all(a[1] == b[0] for a, b in itertools.pairwise(parts)), f"{ident} has a gap"
        assert "".join(shown[a:b] for a, b, _ in parts) == surface
    return len(expected)


@pytest.mark.parametrize("path", sorted(SEEDS.glob("*.txt")), ids=lambda p: p.name[:3])
def test_every_record_of_a_seed_is_marked_once_at_its_offsets(path: Path) -> None:
    assert _check_every_record_marked_once(path.read_text(encoding="utf-8")) > 10


def test_a_long_article_is_marked_whole(seeds: dict[str, str]) -> None:
    text = "\n\n".join(seeds.values()) * 4
    assert _check_every_record_marked_once(text) > 200


def test_carriage_returns_and_markup_characters_keep_their_offsets() -> None:
    text = (
        "MOSCOW, Aug 21 (Reuters) - <b>Russian</b> Foreign Minister Sergei Lavrov & \r\n"
        "Chinese Foreign Minister Wang Yi held talks on Monday.\r\n"
    )
    _check_every_record_marked_once(text)


def test_the_page_is_self_contained() -> None:
    page = render_html((SEEDS / next(SEEDS.glob("000_*")).name).read_text(encoding="utf-8"))
    assert "<script" not in page.lower()
    assert not re.search(r"""(?:src|href)\s*=|@import|url\(""", page, re.IGNORECASE)
    assert '<meta name="viewport"' in page


def test_every_kind_has_a_label_and_a_style_beside_its_colour() -> None:
    page = render_html("x")
    for kind in KINDS:
        rule = re.search(rf"\.{kind} {{([^}}]*)}}", page)
        assert rule is not None, kind
        assert re.search(r"border-bottom: \d+px (solid|dashed|dotted|double)", rule.group(1))
    assert "attr(data-label)" in page


_MARK = st.builds(
    lambda kind, a, b: Mark(kind, "", min(a, b), max(a, b), kind, kind),
    st.sampled_from(KINDS),
    st.integers(0, 40),
    st.integers(0, 40),
)


@given(st.text(min_size=40, max_size=40), st.lists(_MARK, max_size=8))
def test_any_marks_keep_the_text_and_cover_their_spans_exactly(
    text: str, found: list[Mark]
) -> None:
    found = [
        Mark(m.kind, f"m-{i}", m.start, m.end, m.label, m.details)
        for i, m in enumerate(found)
        if m.start < m.end
    ]
    page = f'<!DOCTYPE html><div id="text">{mark_up(text, found)}</div>'
    shown, spans = _marked(page)
    assert shown == text.replace("\x00", "\ufffd")  # the parser replaces NUL, as HTML says
    for m in found:
        parts = sorted(spans[m.ident])
        assert (parts[0][0], parts[-1][1]) == (m.start, m.end)
        assert all(a[1] == b[0] for a, b in itertools.pairwise(parts))


def test_marks_come_from_the_records() -> None:
    text = "NEW DELHI, Nov 17 (IANS) Indian Foreign Secretary Vikram Misri met officials."
    article = dipnews.parse(text, published=dt.date(2025, 11, 17))
    header = _header.parse_header(text, published=article.published)
    found = marks(article, header, _temporal.find(text, anchor=article.published))
    kinds = {m.kind for m in found}
    assert {"dateline", "agency", "official"} <= kinds
    official = next(m for m in found if m.kind == "official")
    assert "SENIOR_DIPLOMAT" in official.label
    assert "Vikram Misri" in official.details


# -- the command line -----------------------------------------------------------------------


def test_show_writes_the_page_where_asked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    seed = next(SEEDS.glob("001_*.txt"))
    target = tmp_path / "view.html"
    assert main(["show", str(seed), "-o", str(target)]) == 0
    assert capsys.readouterr().out.strip() == str(target)
    page = target.read_text(encoding="utf-8")
    assert _marked(page)[0] == seed.read_text(encoding="utf-8")


def test_show_without_output_writes_a_temporary_file(capsys: pytest.CaptureFixture[str]) -> None:
    seed = next(SEEDS.glob("002_*.txt"))
    assert main(["show", str(seed)]) == 0
    written = Path(capsys.readouterr().out.strip())
    try:
        assert written.suffix == ".html"
        assert written.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    finally:
        written.unlink()


def test_show_reports_a_missing_file_on_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["show", "no/such/file.txt"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "no such file" in err
