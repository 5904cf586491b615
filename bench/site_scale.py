"""Site build at scale: ``mkdocs build`` with the briefings plugin vs bare, N briefings.

    .venv/bin/python bench/site_scale.py [--sizes 500,1000,3000,5000] [--repeat 3]
                                         [--material-search 1000,5000] [--budget 2400]

Corpus: NG and RT articles of ../shared/datasets/ru_news_ng_rt (interleaved, NG dated
by URL, RT undated), tagged ONCE with ``briefings ingest --jobs 2`` into
``$BENCH_TMP/corpus/briefings`` (re-runs reuse it). For each N a temp project is made
(``mkdocs.yml``, ``theme/``, the project's hand-written ``content/`` pages and the
first N briefings) and built alternately:

  plugin  ``mkdocs build``                        (entity pages, related links, Pagefind)
  bare    ``BRIEFINGS_PLUGIN=false mkdocs build`` (the same briefing pages, nothing else)

Reported per N (medians): wall time of both and their ratio, seconds per briefing,
peak RSS (largest process of the build tree, Pagefind included), number and bytes of
HTML pages, the largest one, the Pagefind index (raw and gzip), and the time Pagefind
alone takes on the built site. Optionally the size of Material's built-in ``search``
index for the same site (``--material-search``).

How to read it: "ratio" = plugin time / bare time on the same pages (goal ≤ 1.3 at
N=1000); "per briefing" should stay flat as N grows (goal: 3000 ≤ 1.25 × 500);
"peak RSS" is the biggest process (goal ≤ 1.5 GB at 5000).
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import shutil
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import BIN, PYTHON, ROOT, TMP, Report, median, news_records, run, spread, tree_bytes, write_jsonl  # noqa: E402

CORPUS = TMP / "corpus"
CHUNK = 500


def prepare(total: int, jobs: int = 2) -> Path:
    """Tag ``total`` news articles once; returns the folder of briefings."""
    src, out = CORPUS / "src", CORPUS / "briefings"
    stamp = CORPUS / f"done-{total}"
    if stamp.exists():
        return out
    records = news_records()[:total]
    for k in range(0, len(records), CHUNK):
        path = src / f"news_{k // CHUNK:02d}.jsonl"
        if not path.exists():
            write_jsonl(path, records[k : k + CHUNK])
    print(f"tagging {len(records)} articles once into {out} (briefings ingest --jobs {jobs}) …", flush=True)
    t0 = time.perf_counter()
    done = run([str(BIN / "briefings"), "ingest", str(src), "--out", str(out), "--jobs", str(jobs)], check=False)
    print(done.stderr.decode("utf-8", "replace").strip().splitlines()[-1:], f"{time.perf_counter() - t0:.0f} s", flush=True)
    if done.returncode not in (0, 1):  # 1: some source lines were rejected (reported above)
        sys.exit(done.stderr.decode("utf-8", "replace")[-2000:])
    stamp.write_text(done.stderr.decode("utf-8", "replace"), encoding="utf-8")
    return out


def briefing_files(out: Path) -> list[tuple[int, Path]]:
    """(corpus order, path) of every tagged briefing; order from ``ingested.from``."""
    import yaml

    found = []
    for path in out.rglob("*.md"):
        text = path.read_text(encoding="utf-8")
        meta = yaml.safe_load(text.split("\n---\n", 1)[0].removeprefix("---\n"))
        origin = meta["ingested"]["from"]  # …/news_03.jsonl#17
        name, line = origin.rsplit("#", 1)
        chunk = int(Path(name).stem.split("_")[1])
        found.append((chunk * CHUNK + int(line) - 1, path))
    found.sort()
    return found


if __name__ == "__main__" and sys.argv[1:2] == ["--prepare-only"]:
    out = prepare(int(sys.argv[2]) if len(sys.argv) > 2 else 5000)
    print(len(briefing_files(out)), "briefings")
    sys.exit(0)
