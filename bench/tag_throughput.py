"""Tagging throughput: ``briefings tag --jsonl`` vs a minimal natasha pipeline.

    .venv/bin/python bench/tag_throughput.py [--docs 500] [--repeat 3] [--blas1]

The same ``--docs`` gold documents (spread evenly over ../shared/eval/gold/*.jsonl,
their ``text`` written to temp .txt files as score_tags.py does) are given, in one
command line, to

  cli      ``briefings tag --jsonl [--jobs J] FILES…``            (the project)
  natasha  ``python bench/_natasha_baseline.py [--jobs J] FILES…`` (segment + morph +
           NER + normalize + DatesExtractor, the same worker scheme)

at J = 1 and 2 processes, alternating cli/natasha, ``--repeat`` times; medians.
Both run with the environment as it is (OPENBLAS_CORETYPE / OPENBLAS_L2_SIZE untouched);
at J=1 OpenBLAS uses its default thread count unless OPENBLAS_NUM_THREADS is set,
with J>1 each worker gets OPENBLAS_NUM_THREADS=1 (briefings/parallel.py).
``--blas1`` adds a J=1 cli run with OPENBLAS_NUM_THREADS=1.

Start-up (imports + model load) is measured separately: in-process load timings and
the wall time of the same command on 1 document; "steady" docs/s excludes it:
(docs − 1) / (wall(docs) − wall(1 doc)).

How to read it: "cli/natasha" > 1 means the project tags faster than plain natasha
(goal ≥ 0.8 at one process); "jobs 2 / jobs 1" is the parallel speed-up of the CLI
(goal ≥ 1.7 on 2 cores).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import BIN, PYTHON, ROOT, TMP, Report, gold_docs, median, run, spread, write_gold_texts  # noqa: E402

BASELINE = str(ROOT / "bench" / "_natasha_baseline.py")
LOAD_CLI = (
    "import json,time; t0=time.perf_counter(); from briefings.nlp import Tagger; t1=time.perf_counter();"
    " Tagger.load(); t2=time.perf_counter(); print(json.dumps({'import_s': t1-t0, 'load_s': t2-t1}))"
)


def command(kind: str, jobs: int, paths: list[str]) -> list[str]:
    if kind == "cli":
        return [str(BIN / "briefings"), "tag", "--jsonl", "--jobs", str(jobs), *paths]
    return [PYTHON, BASELINE, "--jobs", str(jobs), *paths]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, default=500)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--blas1", action="store_true", help="also cli at J=1 with OPENBLAS_NUM_THREADS=1")
    args = ap.parse_args()

    report = Report("tag_throughput")
    docs = gold_docs(args.docs)
    folder = TMP / "tag_throughput"
    shutil.rmtree(folder, ignore_errors=True)
    paths = [str(p) for p in write_gold_texts(folder, docs)]
    chars = sum(len(d["text"]) for d in docs)
    report(f"# tagging throughput: {len(paths)} gold docs ({chars / len(paths):.0f} chars/doc avg), "
           f"{os.cpu_count()} CPUs, median of {args.repeat}")
    report(f"# env: {report.data['machine']['OPENBLAS'] or 'no OPENBLAS_* set'}")

    # start-up: in-process load timings, and wall time on one document
    loads = {"cli": [], "natasha": []}
    one = {"cli": [], "natasha": []}
    for _ in range(args.repeat):
        loads["cli"].append(json.loads(run([PYTHON, "-c", LOAD_CLI]).stdout))
        loads["natasha"].append(json.loads(run([PYTHON, BASELINE, "--load-only"]).stdout))
        for kind in ("cli", "natasha"):
            one[kind].append(run(command(kind, 1, paths[:1])).wall)
    for kind in ("cli", "natasha"):
        imp = median(x["import_s"] for x in loads[kind])
        load = median(x["load_s"] for x in loads[kind])
        report(f"start-up {kind:8} import {imp:.2f} s + model load {load:.2f} s; "
               f"whole command on 1 doc {median(one[kind]):.2f} s {spread(one[kind])}")
    report.data["startup"] = {"loads": loads, "one_doc_wall": one}

    configs = [("cli", 1, {}), ("natasha", 1, {}), ("cli", 2, {}), ("natasha", 2, {})]
    if args.blas1:
        configs.append(("cli", 1, {"OPENBLAS_NUM_THREADS": "1"}))
    walls: dict[str, list[float]] = {}
    rss: dict[str, list[float]] = {}
    cpu: dict[str, list[float]] = {}
    for rep in range(args.repeat):
        for kind, jobs, env in configs:
            name = f"{kind} j{jobs}" + (" blas1" if env else "")
            done = run(command(kind, jobs, paths), env=env)
            lines = [line for line in done.stdout.splitlines() if line.strip()]
            assert len(lines) == len(paths), (name, len(lines))
            walls.setdefault(name, []).append(done.wall)
            rss.setdefault(name, []).append(done.maxrss_mb)
            cpu.setdefault(name, []).append(done.user + done.sys)
            print(f"  run {rep + 1}: {name:16} {done.wall:6.1f} s", flush=True)
    report.data["walls"], report.data["maxrss_mb"], report.data["cpu_s"] = walls, rss, cpu

    n = len(paths)
    report("")
    report(f"{'command':18} {'wall s':>8} {'docs/s':>7} {'steady docs/s':>13} {'CPU s':>6} {'peak RSS MB':>11}  runs")
    rate, steady = {}, {}
    for name, values in walls.items():
        wall = median(values)
        base1 = median(one[name.split()[0]])
        rate[name] = n / wall
        steady[name] = (n - 1) / max(wall - base1, 1e-9)
        report(f"{name:18} {wall:8.1f} {rate[name]:7.2f} {steady[name]:13.2f} {median(cpu[name]):6.0f} "
               f"{median(rss[name]):11.0f}  {spread(values)}")
    report("")
    for jobs in (1, 2):
        report(f"cli/natasha at {jobs} process(es): {rate[f'cli j{jobs}'] / rate[f'natasha j{jobs}']:.2f}× "
               f"(steady {steady[f'cli j{jobs}'] / steady[f'natasha j{jobs}']:.2f}×)"
               + ("   goal ≥ 0.8" if jobs == 1 else ""))
    report(f"jobs 2 / jobs 1, cli: {rate['cli j2'] / rate['cli j1']:.2f}× "
           f"(steady {steady['cli j2'] / steady['cli j1']:.2f}×)   goal ≥ 1.7")
    report(f"jobs 2 / jobs 1, natasha: {rate['natasha j2'] / rate['natasha j1']:.2f}× "
           f"(steady {steady['natasha j2'] / steady['natasha j1']:.2f}×)   (what this machine allows)")
    if args.blas1:
        report(f"cli j1 OPENBLAS_NUM_THREADS=1 vs default: {rate['cli j1 blas1'] / rate['cli j1']:.2f}×; "
               f"jobs 2 / jobs 1 with one BLAS thread: {rate['cli j2'] / rate['cli j1 blas1']:.2f}×")
    report("how to read it: docs/s include start-up (as score_tags.py reports); 'steady' excludes it. "
           "cli/natasha ≥ 1 = the project is not slower than bare natasha; jobs 2/jobs 1 ≈ 2 = linear.")
    report.data["docs_per_s"], report.data["steady_docs_per_s"] = rate, steady
    report.save()
    shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
