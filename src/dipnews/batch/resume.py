"""Resuming an interrupted batch: the ids already written, counted."""

from __future__ import annotations

import collections
import json
from pathlib import Path

__all__ = ["done_ids", "id_key"]


def id_key(ident: object) -> str:
    return json.dumps(ident)


def done_ids(path: Path) -> collections.Counter[str]:
    """Ids of the complete lines of *path*; a broken tail (an interrupted write) is cut off."""
    done: collections.Counter[str] = collections.Counter()
    if not path.exists():
        return done
    good_until = 0
    with path.open("rb") as handle:
        for raw in handle:
            if not raw.endswith(b"\n"):
                break
            try:
                obj = json.loads(raw)
            except (json.JSONDecodeError, UnicodeDecodeError, RecursionError):
                break
            if not isinstance(obj, dict) or "id" not in obj:
                break
            done[id_key(obj["id"])] += 1
            good_until += len(raw)
    if path.stat().st_size != good_until:
        with path.open("r+b") as handle:
            handle.truncate(good_until)
    return done
