"""The scan: every word of a text where a mention may start, the pattern tried there, and
the match read into a forum."""

from __future__ import annotations

from collections.abc import Iterator

from dipnews._engine import plain
from dipnews.forums.grammar import country_names, mention_grammar
from dipnews.forums.interpret import Found, coordinated, interpret
from dipnews.forums.starts import NO_PLAN, WORD, candidate, known_plans, pattern_for
from dipnews.records import Forum


def scan(text: str) -> Iterator[Found]:
    """Every forum mentioned in *text*, in order, with its span; mentions do not overlap."""
    # The pattern is tried only where a word starts whose first letters can begin a forum
    # name (a set lookup), so ordinary prose costs one dictionary probe per word; and only
    # its pieces that can start there (see pattern_for). Every pattern is picked for the
    # text once: on a plain one, the standard library's engine runs them all.
    country_map = country_names()[0]
    fast = plain(text)
    whole = mention_grammar().pick(fast)
    seen: list[Forum] = []
    pos = 0
    plans = known_plans()
    for word in WORD.pick(fast).finditer(text):
        raw = word.group()
        plan = plans.get(raw)
        if plan is None:
            plan = candidate(raw)
        if plan is NO_PLAN:
            continue
        at = word.start()
        if at < pos:
            continue
        chosen = pattern_for(text, at, plan, fast)
        m = chosen.match(text, at) if chosen is not None else None
        if m is None:
            continue
        if m.regs[m.re.groupindex["between_first"]][0] >= 0 and chosen is not whole:
            m = whole.match(text, at)  # ``between``: a smaller pattern leaves it out
            if m is None:
                continue
        found = interpret(m, text, country_map, seen)
        if found is None:
            # A consumed non-forum (``UNESCO``) is skipped whole; anything else is retried
            # at the next word, so a valid shorter mention inside is not lost.
            if m.group("not_forum") is not None:
                pos = m.end()
            continue
        # ``the 39th and 38th ASEAN summits``: the 39th first.
        yield from coordinated(text, found, pos)
        seen.append(found.forum)
        yield found
        pos = found.end
