"""Blind end-to-end evaluation of dipnews.parse on devset/blind_articles.jsonl.

Usage: python scripts/eval_blind.py [--errors] [--file PATH]

Per field precision/recall/F1, micro-averaged over articles:
  header: published, dateline (place, date, agency), byline, agencies
  officials: (name, country, role) sets; looser name-only sets
  forums: (org, body, edition) sets; bilateral AAA-BBB-NAME keys by country pair;
    the gold names the contract's keys only, so organisations that extend them
    (dipnews.forums.EXTENSION_KEYS: OECD, Arab League...) are not scored
  events: (kind, participants, date, status), date compatible when the gold date
    (YYYY, YYYY-MM or YYYY-MM-DD) is a prefix of the predicted start; looser:
    participants only.  Participants are compared as persons only when a
    person is named (a host country code added to a VISIT is ignored).
  agreements: (kind, parties)
"""

import argparse
import json
import re
import unicodedata
from pathlib import Path

import dipnews
from dipnews.forums import EXTENSION_KEYS

ROOT = Path(__file__).resolve().parent.parent
ISO = re.compile(r"^[A-Z0-9+\-]{2,}$")
BILATERAL = re.compile(r"^([A-Z]{3}-[A-Z]{3})-")


def fold(s):
    if s is None:
        return None
    s = unicodedata.normalize("NFKD", str(s))
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.translate(str.maketrans("łŁøØđĐ", "lLoOdD"))
    return s.casefold().strip()


def parts(ps):
    people = {fold(p) for p in ps if not ISO.match(p)}
    return frozenset(people) if people else frozenset(fold(p) for p in ps)


class Score:
    def __init__(self):
        self.tp = self.fp = self.fn = 0

    def add(self, tp, fp, fn):
        self.tp += tp
        self.fp += fp
        self.fn += fn

    def row(self, name):
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return f"{name:<22} {self.tp:>4} {self.fp:>4} {self.fn:>4}  {p:6.3f} {r:6.3f} {f:6.3f}"


def match_lists(gold, pred, same):
    """Greedy one-to-one matching; returns (tp, misses, false positives)."""
    pred = list(pred)
    misses = []
    tp = 0
    for g in gold:
        for i, p in enumerate(pred):
            if same(g, p):
                del pred[i]
                tp += 1
                break
        else:
            misses.append(g)
    return tp, misses, pred


def set_cmp(gold, pred):
    gold, pred = set(gold), set(pred)
    return len(gold & pred), sorted(gold - pred, key=str), sorted(pred - gold, key=str)


def forum_key(org, body, edition):
    """Standing bilateral mechanisms are AAA-BBB-NAME with a free NAME: compare
    the sorted country pair only."""
    m = BILATERAL.match(org or "")
    return (m.group(1) + "-*" if m else org, body, edition)


def date_ok(gold, pred):
    if gold is None:
        return True
    return pred is not None and pred.startswith(gold)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--errors", action="store_true")
    ap.add_argument("--file", default=str(ROOT / "devset" / "blind_articles.jsonl"))
    args = ap.parse_args()
    names = [
        "published",
        "dateline.place",
        "dateline.date",
        "dateline.agency",
        "byline",
        "agencies",
        "officials",
        "officials.name",
        "forums",
        "events",
        "events.loose",
        "agreements",
    ]
    scores = {n: Score() for n in names}
    rows = [json.loads(x) for x in Path(args.file).read_text().splitlines() if x]
    for row in rows:
        gold = row["gold"]
        out = dipnews.to_dict(dipnews.parse(row["text"]))
        errs = []

        def record(field, tp, miss, fp, errs=errs):
            scores[field].add(tp, len(fp), len(miss))
            for m in miss:
                errs.append(f"  {field}: MISS {m}")
            for p in fp:
                errs.append(f"  {field}: FP   {p}")

        def scalar(field, g, p, record=record):
            g2, p2 = fold(g), fold(p)
            if g2 == p2:
                record(field, 1 if g is not None else 0, [], [])
            else:
                record(field, 0, [g] if g is not None else [], [p] if p else [])

        scalar("published", gold["published"], out["published"])
        gd = gold["dateline"] or {}
        od = out["dateline"] or {}
        for k in ("place", "date", "agency"):
            scalar("dateline." + k, gd.get(k), od.get(k))
        record("byline", *set_cmp(map(fold, gold["byline"]), map(fold, out["byline"])))
        record(
            "agencies",
            *set_cmp(map(fold, gold["agencies"]), map(fold, out["agencies"])),
        )
        g_off = {(fold(n), c, r) for n, c, r in gold["officials"]}
        p_off = {(fold(o["name"]), o["country"], o["role"]) for o in out["officials"]}
        record("officials", *set_cmp(g_off, p_off))
        record("officials.name", *set_cmp({x[0] for x in g_off}, {x[0] for x in p_off}))
        g_for = {forum_key(*f) for f in gold["forums"]}
        p_for = {
            forum_key(f["org"], f["body"], f["edition"])
            for f in out["forums"]
            if f["org"] not in EXTENSION_KEYS
        }
        record("forums", *set_cmp(g_for, p_for))

        def ev(e, pred=False):
            d = e["date"]
            if pred and d is not None:
                d = d["start"]
            return (e["kind"], parts(e["participants"]), d, e["status"])

        g_ev = [ev(e) for e in gold["events"]]
        p_ev = [ev(e, True) for e in out["events"]]

        def ev_same(g, p):
            return g[0] == p[0] and g[1] == p[1] and g[3] == p[3] and date_ok(g[2], p[2])

        tp, miss, fp = match_lists(g_ev, p_ev, ev_same)
        show = lambda e: (e[0], sorted(e[1]), e[2], e[3])  # noqa: E731
        record("events", tp, [show(e) for e in miss], [show(e) for e in fp])
        tp, miss, fp = match_lists(g_ev, p_ev, lambda g, p: g[1] == p[1])
        record("events.loose", tp, [show(e) for e in miss], [show(e) for e in fp])
        g_ag = [(a["kind"], frozenset(a["parties"])) for a in gold["agreements"]]
        p_ag = [(a["kind"], frozenset(a["parties"])) for a in out["agreements"]]
        tp, miss, fp = match_lists(g_ag, p_ag, lambda g, p: g == p)
        shw = lambda a: (a[0], sorted(a[1]))  # noqa: E731
        record("agreements", tp, [shw(a) for a in miss], [shw(a) for a in fp])
        if args.errors and errs:
            print(f"== {row['id']}")
            print("\n".join(errs))
    print(f"\n{len(rows)} articles")
    print(f"{'field':<22} {'tp':>4} {'fp':>4} {'fn':>4}  {'P':>6} {'R':>6} {'F1':>6}")
    for n in names:
        print(scores[n].row(n))


if __name__ == "__main__":
    main()
