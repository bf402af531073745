"""dipnews on a Dask cluster gives the records of the local batch (needs the dask extra)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

pytest.importorskip("dask.bag")
distributed = pytest.importorskip("distributed")

from dipnews import batch  # noqa: E402 - after the skips: the module needs dask
from dipnews.dask import parse_bag, read_jsonl, split_results, write_jsonl  # noqa: E402


def _lines(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture
def parts(seeds: dict[str, str], tmp_path: Path) -> list[Path]:
    """Three JSONL partitions of seed articles, with a bad line in the second."""
    texts = list(seeds.values())
    paths = []
    for p in range(3):
        lines = [
            json.dumps({"id": f"p{p}-{i}", "text": texts[(p + i) % len(texts)]}) for i in range(4)
        ]
        if p == 1:
            lines.insert(2, "{broken")
        path = tmp_path / f"part-{p}.jsonl"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        paths.append(path)
    return paths


def _local(parts: list[Path], tmp_path: Path) -> tuple[list[object], list[object]]:
    out, errors = tmp_path / "local.jsonl", tmp_path / "local-errors.jsonl"
    records: list[object] = []
    failures: list[object] = []
    for part in parts:
        batch.run_batch(part, out, errors_file=errors)
        records += _lines(out)
        failures += _lines(errors)
    return records, failures


@pytest.mark.parametrize("processes", [False, True])
def test_cluster_run_gives_the_local_batch_records(
    parts: list[Path], tmp_path: Path, processes: bool
) -> None:
    n_workers = 2 if processes else 1
    with (
        distributed.LocalCluster(
            n_workers=n_workers,
            threads_per_worker=1,
            processes=processes,
            dashboard_address=":0",  # any free port: 8787 may be taken by another cluster
        ) as cluster,
        distributed.Client(cluster),
    ):
        results = parse_bag(read_jsonl(parts)).compute()
    records, errors = split_results(results)
    expected_records, expected_errors = _local(parts, tmp_path)
    assert records == expected_records
    assert errors == expected_errors
    assert [e["line"] for e in errors] == [3]


def test_bag_of_dicts_and_write_jsonl(parts: list[Path], tmp_path: Path) -> None:
    import dask
    import dask.bag as db

    objects = [json.loads(x) for x in parts[0].read_text(encoding="utf-8").splitlines()]
    bag = db.from_sequence(objects, npartitions=2)
    with dask.config.set(scheduler="synchronous"):  # no cluster: run in this process
        written = write_jsonl(parse_bag(bag), tmp_path / "out")
    assert len(written) == 2
    got = [record for name in sorted(written) for record in _lines(Path(name))]
    assert got == list(batch.parse_records(objects))
