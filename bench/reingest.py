"""Re-ingest: ``briefings ingest`` of N real articles, then again on unchanged sources.

    .venv/bin/python bench/reingest.py [--articles 200] [--first 2] [--again 5] [--jobs 1]

N NG/RT articles (../shared/datasets/ru_news_ng_rt, read at run time) are written as
one JSON Lines file in a temp folder. ``--first`` times: a fresh output folder is
ingested (read, clean, tag, write). Then ``--again`` times the same command runs on
the unchanged sources into the filled folder. Before and after each second run every
file and directory under the output folder is snapshotted (path, size, mtime_ns,
sha256; directories by mtime_ns, so even a temp file created and removed shows up).

How to read it: "speed-up" = median first run / median second run (goal ≥ 20×);
"writes: none" means the second runs changed no byte, no mtime and created no file.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import BIN, TMP, Report, median, news_records, run, spread, write_jsonl  # noqa: E402


def snapshot(folder: Path) -> dict[str, tuple]:
    state = {}
    for root, dirs, files in os.walk(folder):
        state[root] = ("dir", os.stat(root).st_mtime_ns)
        for name in files:
            path = os.path.join(root, name)
            st = os.stat(path)
            with open(path, "rb") as handle:
                digest = hashlib.sha256(handle.read()).hexdigest()
            state[path] = (st.st_size, st.st_mtime_ns, digest)
    return state


def diff(before: dict, after: dict) -> list[str]:
    out = [f"new: {p}" for p in after.keys() - before.keys()]
    out += [f"gone: {p}" for p in before.keys() - after.keys()]
    out += [f"changed: {p}" for p in before.keys() & after.keys() if before[p] != after[p]]
    return sorted(out)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=200)
    ap.add_argument("--first", type=int, default=2, help="fresh ingests (each into an empty folder)")
    ap.add_argument("--again", type=int, default=5, help="second runs on unchanged sources")
    ap.add_argument("--jobs", type=int, default=1)
    args = ap.parse_args()

    report = Report("reingest")
    base = TMP / "reingest"
    shutil.rmtree(base, ignore_errors=True)
    src = base / "src" / "news.jsonl"
    write_jsonl(src, news_records()[: args.articles])

    def ingest(out: Path):
        done = run([str(BIN / "briefings"), "ingest", str(src.parent), "--out", str(out), "--jobs", str(args.jobs)],
                   check=False)
        if done.returncode not in (0, 1):
            sys.exit(done.stderr.decode()[-2000:])
        return done

    first, again, changes = [], [], []
    summary_first = summary_again = ""
    out = base / "out-0"
    for k in range(args.first):
        out = base / f"out-{k}"
        done = ingest(out)
        first.append(done.wall)
        summary_first = done.stderr.decode().strip().splitlines()[-1]
        print(f"  first run {k + 1}: {done.wall:.1f} s ({summary_first})", flush=True)
    files = [p for p in out.rglob("*") if p.is_file()]
    for k in range(args.again):
        before = snapshot(out)
        done = ingest(out)
        after = snapshot(out)
        again.append(done.wall)
        changes += diff(before, after)
        summary_again = done.stderr.decode().strip().splitlines()[-1]
        print(f"  second run {k + 1}: {done.wall:.2f} s ({summary_again})", flush=True)

    ratio = median(first) / median(again)
    report(f"# re-ingest: {args.articles} NG/RT articles in one JSONL, --jobs {args.jobs}, {os.cpu_count()} CPUs")
    report(f"first run (fresh folder)   {median(first):7.2f} s {spread(first)}  [{summary_first}]")
    report(f"second run (unchanged)     {median(again):7.2f} s {spread(again)}  [{summary_again}]")
    report(f"speed-up: {ratio:.1f}×   goal ≥ 20×")
    report(f"writes in second runs: {'none' if not changes else len(changes)} "
           f"({len(files)} files checked: bytes, mtime_ns, sha256; directory mtimes)")
    for line in changes[:20]:
        report(f"  {line}")
    report("how to read it: speed-up = first/second run time; the second run should only read and "
           "compare digests, and write nothing.")
    report.data.update(first_s=first, again_s=again, ratio=ratio, changes=changes, files=len(files))
    report.save()
    shutil.rmtree(base, ignore_errors=True)
    return 0 if not changes else 1


if __name__ == "__main__":
    sys.exit(main())
