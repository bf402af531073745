"""Compare checkouts of dipnews on this machine, alternating them, in one sitting.

Run from the checkout: python benchmarks/ab.py TREE [TREE...] [--rounds N] [--quick]

Each TREE is a checkout (say one made with ``git worktree add /tmp/old <rev>``); its
``src/`` is put first on ``PYTHONPATH`` in a fresh process. Every round measures each
tree once, in turn, so that the machine's drift from minute to minute falls on all of
them alike. Per tree and round it prints one JSON line: rules-only articles per CPU
second of ``dipnews.parse`` (and of ``dipnews.parse_many`` where the tree has it) over
the seeds and over synthetic articles, and the wall time of a ``dipnews batch --jobs 1``
of synthetic articles (start-up included).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import synth

ROOT = Path(__file__).resolve().parent.parent

# Run inside the tree's own process: argv is [tree, seconds, synthetic count].
_CHILD = """
import json, sys, time
from pathlib import Path
tree, seconds, count = sys.argv[1], float(sys.argv[2]), int(sys.argv[3])
sys.path.insert(0, str(Path(sys.argv[4])))
import dipnews, synth
assert dipnews.__file__.startswith(tree), dipnews.__file__
seeds = [p.read_text(encoding="utf-8") for p in sorted(Path(sys.argv[5]).glob("*.txt"))]
batch = list(synth.articles(count))
for text in seeds:
    dipnews.parse(text)

def rate(run, texts):
    done, cpu = 0, 0.0
    while cpu < seconds:
        started = time.process_time()
        run(texts)
        cpu += time.process_time() - started
        done += len(texts)
    return round(done / cpu, 1)

def one(texts):
    for text in texts:
        dipnews.parse(text)

def many(texts):
    for _article in dipnews.parse_many(texts):
        pass

out = {"seed": rate(one, seeds * 10), "synthetic": rate(one, batch)}
if hasattr(dipnews, "parse_many"):
    out.update(many_seed=rate(many, seeds * 10), many_synthetic=rate(many, batch))
print(json.dumps(out))
"""


def measure(
    tree: Path, *, seconds: float, count: int, batch: Path, scratch: Path
) -> dict[str, object]:
    env = {**os.environ, "PYTHONPATH": str(tree / "src")}
    here = Path(__file__).resolve().parent
    child = subprocess.run(
        [sys.executable, "-c", _CHILD, str(tree), str(seconds), str(count), str(here),
         str(ROOT / "seeds")],
        capture_output=True, text=True, check=True, env=env,
    )  # fmt: skip
    figures: dict[str, object] = {"tree": str(tree), **json.loads(child.stdout)}
    command = [sys.executable, "-m", "dipnews", "batch", str(batch), "-o", str(scratch / "o"),
               "--jobs", "1", "--no-progress"]  # fmt: skip
    started = time.perf_counter()
    subprocess.run(command, check=True, env=env, capture_output=True)
    figures["batch_jobs1_wall_seconds"] = round(time.perf_counter() - started, 2)
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("trees", nargs="+", type=Path, help="checkouts to compare")
    parser.add_argument("--rounds", type=int, default=2, help="times each tree is measured")
    parser.add_argument("--quick", action="store_true", help="shorter runs, rough figures")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        scratch = Path(name)
        batch = synth.write_jsonl(scratch / "batch.jsonl", 300 if args.quick else 2000)
        for _ in range(args.rounds):
            for tree in args.trees:
                figures = measure(
                    tree.resolve(),
                    seconds=2 if args.quick else 5,
                    count=100 if args.quick else 400,
                    batch=batch,
                    scratch=scratch,
                )
                print(json.dumps(figures), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
