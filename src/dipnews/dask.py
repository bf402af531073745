"""dipnews on a Dask cluster (optional: ``pip install "dipnews[dask]"``).

The same per-article function as :mod:`dipnews.batch` runs on every worker, so a Dask run
gives exactly the records of ``dipnews batch`` on the same input: one output record
(``{"id": ..., **dipnews/1 object}``) or one error record per input line, in input order
within each partition, partitions in the order of the files given.

>>> from dask.distributed import Client, LocalCluster                  # doctest: +SKIP
>>> from dipnews.dask import read_jsonl, parse_bag, split_results      # doctest: +SKIP
>>> with LocalCluster(n_workers=2, processes=True) as cluster, Client(cluster):
...     results = parse_bag(read_jsonl(["part-0.jsonl", "part-1.jsonl"])).compute()
...     records, errors = split_results(results)                      # doctest: +SKIP

Each JSONL file is one partition (so the line numbers in error records are right); split
a large corpus into several files to spread it over the workers.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from dipnews.batch import Task, item_task, run_in_batches
from dipnews.batch.inputs import jsonl_tasks
from dipnews.knowledge import Knowledge

try:
    import dask.bag as db
except ImportError as exc:  # pragma: no cover - exercised only without the extra
    raise ImportError(
        'dipnews.dask needs Dask: pip install "dipnews[dask]" (dask and distributed)'
    ) from exc

__all__ = ["parse_bag", "read_jsonl", "split_results", "write_jsonl"]


def _file_tasks(paths: Iterable[str]) -> list[Task]:
    tasks: list[Task] = []
    for path in paths:
        with Path(path).open("rb") as handle:
            tasks.extend(jsonl_tasks(handle, path))
    return tasks


def read_jsonl(paths: Sequence[str | Path]) -> db.Bag:
    """A bag of the inputs of the JSONL files *paths*, one partition per file.

    Each item is a :class:`dipnews.batch.Task`; the files are read by the workers.
    """
    names = [str(p) for p in paths]
    if not names:
        raise ValueError("no input files")
    bags: Any = db
    files: Any = bags.from_sequence(names, npartitions=len(names))
    tasks: db.Bag = files.map_partitions(_file_tasks)
    return tasks


def _parse_partition(
    items: Iterable[object],
    published: dt.date | None,
    max_chars: int | None,
    knowledge: Knowledge | None,
) -> list[dict[str, Any]]:
    tasks = (item_task(item, position, source="<bag>") for position, item in enumerate(items, 1))
    found = run_in_batches(tasks, published=published, max_chars=max_chars, knowledge=knowledge)
    return [r.record for r in found]


def parse_bag(
    bag: db.Bag,
    *,
    published: dt.date | None = None,
    max_chars: int | None = None,
    knowledge: Knowledge | None = None,
) -> db.Bag:
    """Parse a bag of inputs into a bag of output and error records (lazily).

    Items are :class:`dipnews.batch.Task` (from :func:`read_jsonl`) or dicts shaped like
    JSONL input lines (``text``, optional ``id`` and ``published``; a dict without ``id``
    gets its 1-based position within its partition). *published* is the date for inputs
    without their own; *knowledge* (picklable) goes to every worker with the tasks.
    """
    items: Any = bag
    parsed: db.Bag = items.map_partitions(_parse_partition, published, max_chars, knowledge)
    return parsed


def split_results(
    results: Iterable[Mapping[str, Any]],
) -> tuple[list[Mapping[str, Any]], list[Mapping[str, Any]]]:
    """Separate computed results into (article records, error records)."""
    records: list[Mapping[str, Any]] = []
    errors: list[Mapping[str, Any]] = []
    for result in results:
        (records if "schema" in result else errors).append(result)
    return records, errors


def write_jsonl(results: db.Bag, folder: str | Path) -> list[str]:
    """Write a bag of records as ``folder/part-<n>.jsonl`` files (one per partition).

    Returns the file names written. Computes the bag.
    """
    target = Path(folder)
    target.mkdir(parents=True, exist_ok=True)
    records: Any = results
    written: list[str] = records.map(_json_line).to_textfiles(
        str(target / "part-*.jsonl"), last_endline=True
    )
    return written


def _json_line(record: Mapping[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False)
