"""Shared helpers for the benchmarks in ``bench/`` (standard library only).

Every benchmark measures the project and its baseline *in the same run*, alternating
them (A B A B …) so that machine noise hits both, and reports medians.

Corpora are read from ``../shared`` (or ``$BRIEFINGS_SHARED``) at run time; nothing
from them is copied into the project. Temporary trees go under ``$BENCH_TMP``
(default ``/tmp/briefings-bench``).
"""

from __future__ import annotations

import gzip
import json
import os
import re
import resource
import statistics
import subprocess
import sys
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("BRIEFINGS_SHARED", ROOT.parent / "shared")).resolve()
TMP = Path(os.environ.get("BENCH_TMP", "/tmp/briefings-bench"))
BIN = Path(sys.executable).parent
PYTHON = sys.executable
RESULTS = ROOT / "bench" / "results"
GNU_TIME = "/usr/bin/time"


def need_shared(*parts: str) -> Path:
    path = SHARED.joinpath(*parts)
    if not path.exists():
        sys.exit(f"{path}: missing (set BRIEFINGS_SHARED to the shared folder)")
    return path


# -- measuring ---------------------------------------------------------------------


@dataclass
class Run:
    wall: float  # seconds
    maxrss_mb: float  # peak RSS of the child tree's largest process (ru_maxrss of wait4)
    user: float
    sys: float
    returncode: int
    stdout: bytes
    stderr: bytes
    tree_rss_mb: float = 0.0  # peak of the summed RSS of the whole process tree (sampled every 0.2 s)


def tree_rss_kb(root: int) -> int:
    """Summed resident memory of ``root`` and all its descendants (Linux ``/proc``); 0 elsewhere."""
    parents: dict[int, int] = {}
    for entry in os.listdir("/proc") if os.path.isdir("/proc") else ():
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", "rb") as f:
                    fields = f.read().rsplit(b")", 1)[1].split()
                parents[int(entry)] = int(fields[1])
            except (OSError, IndexError, ValueError):
                continue
    tree, frontier = {root}, [root]
    while frontier:
        pid = frontier.pop()
        for child, parent in parents.items():
            if parent == pid and child not in tree:
                tree.add(child)
                frontier.append(child)
    page_kb = os.sysconf("SC_PAGE_SIZE") // 1024
    total = 0
    for pid in tree:
        try:
            with open(f"/proc/{pid}/statm") as f:
                total += int(f.read().split()[1]) * page_kb
        except (OSError, IndexError, ValueError):
            continue
    return total


def run(cmd: list[str], *, env: dict | None = None, cwd: str | Path | None = None,
        stdout=subprocess.PIPE, timeout: float | None = None, check: bool = True) -> Run:
    """Run ``cmd``; wall time, CPU time (``os.wait4``) and peak RSS.

    Peak RSS is GNU time's ``%M`` when ``/usr/bin/time`` exists (else ``wait4``'s
    ``ru_maxrss``): the largest peak among the command and the descendants it waited for
    (e.g. Pagefind under MkDocs, tagging workers under the CLI).
    """
    full_env = dict(os.environ)
    full_env.update(env or {})
    full_env.setdefault("NO_MKDOCS_2_WARNING", "1")
    # ru_maxrss of a forked child starts at the *parent's* RSS (the pre-exec image counts),
    # so a big benchmark process would inflate small commands: GNU time forks the command
    # from its own tiny process and reports the real peak.
    rss_file = None
    if Path(GNU_TIME).exists():
        import tempfile

        fd, rss_file = tempfile.mkstemp(prefix="bench-rss-")
        os.close(fd)
        cmd = [GNU_TIME, "-q", "-f", "%M", "-o", rss_file, *map(str, cmd)]
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=full_env, cwd=cwd, stdout=stdout, stderr=subprocess.PIPE)
    out_chunks: list[bytes] = []
    err_chunks: list[bytes] = []
    # read both pipes without deadlocking, then reap with wait4 to get the rusage
    import threading

    def pump(pipe, sink):
        for chunk in iter(lambda: pipe.read(65536), b""):
            sink.append(chunk)

    threads = []
    if proc.stdout is not None:
        threads.append(threading.Thread(target=pump, args=(proc.stdout, out_chunks), daemon=True))
    threads.append(threading.Thread(target=pump, args=(proc.stderr, err_chunks), daemon=True))
    for t in threads:
        t.start()
    deadline = None if timeout is None else start + timeout
    tree_peak_kb, next_sample = 0, start
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        if time.perf_counter() >= next_sample:
            tree_peak_kb = max(tree_peak_kb, tree_rss_kb(proc.pid))
            next_sample = time.perf_counter() + 0.2
        if deadline and time.perf_counter() > deadline:
            proc.kill()
            pid, status, usage = os.wait4(proc.pid, 0)
            break
        time.sleep(0.005)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    for t in threads:
        t.join()
    maxrss_kb = usage.ru_maxrss
    if rss_file:
        try:
            maxrss_kb = int(Path(rss_file).read_text().split()[-1])
        except (OSError, ValueError, IndexError):
            pass
        Path(rss_file).unlink(missing_ok=True)
    result = Run(wall, maxrss_kb / 1024, usage.ru_utime, usage.ru_stime, proc.returncode,
                 b"".join(out_chunks), b"".join(err_chunks), tree_peak_kb / 1024)
    if check and result.returncode != 0:
        tail = result.stderr.decode("utf-8", "replace")[-3000:]
        raise SystemExit(f"command failed ({result.returncode}): {' '.join(map(str, cmd[:6]))} …\n{tail}")
    return result


def median(values) -> float:
    return statistics.median(list(values))


def spread(values) -> str:
    values = sorted(values)
    return f"[{values[0]:.2f}…{values[-1]:.2f}]" if len(values) > 1 else ""


def fmt_ratio(x: float) -> str:
    return f"{x:.2f}×"


def tree_bytes(folder: Path) -> tuple[int, int, int]:
    """(files, raw bytes, gzip -6 bytes) of every file under ``folder``."""
    files = raw = gz = 0
    for path in folder.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            files += 1
            raw += len(data)
            gz += len(gzip.compress(data, 6))
    return files, raw, gz


def save_result(name: str, text: str, data: dict) -> None:
    """Keep the printed report and the raw numbers in ``bench/results/``."""
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / f"{name}.txt").write_text(text, encoding="utf-8")
    (RESULTS / f"{name}.json").write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")


class Report:
    """Print lines as they come and keep them for ``bench/results/<name>.txt``."""

    def __init__(self, name: str):
        self.name = name
        self.lines: list[str] = []
        self.data: dict = {"machine": machine()}

    def __call__(self, line: str = "") -> None:
        print(line, flush=True)
        self.lines.append(line)

    def save(self) -> None:
        save_result(self.name, "\n".join(self.lines) + "\n", self.data)


def machine() -> dict:
    return {
        "cpus": os.cpu_count(),
        "python": sys.version.split()[0],
        "OPENBLAS": {k: v for k, v in os.environ.items() if k.startswith(("OPENBLAS", "OMP_", "MKL_"))},
        "date": time.strftime("%Y-%m-%d %H:%M"),
    }


# -- corpora -----------------------------------------------------------------------

URL_DATE = re.compile(r"/((?:19|20)\d{2})([-/])(\d{2})\2(\d{2})(?=[/_.\-]|$)")


def gold_docs(limit: int = 500) -> list[dict]:
    """``limit`` documents spread evenly over all gold files (sorted), deterministic."""
    docs = []
    for path in sorted(need_shared("eval", "gold").glob("*.jsonl")):
        with open(path, encoding="utf-8") as handle:
            docs += [json.loads(line) for line in handle if line.strip()]
    step = len(docs) / limit
    return [docs[int(i * step)] for i in range(min(limit, len(docs)))]


def write_gold_texts(folder: Path, docs: list[dict]) -> list[Path]:
    """Each doc's ``text`` as ``<safe id>.txt`` (the way score_tags.py does)."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for doc in docs:
        path = folder / (re.sub(r"[^A-Za-z0-9._-]+", "_", doc["id"]) + ".txt")
        path.write_text(doc["text"], encoding="utf-8")
        paths.append(path)
    return paths


def news_records() -> list[dict]:
    """NG and RT articles (ru_news_ng_rt), interleaved NG, RT, NG, RT … (NG dated by URL).

    Interleaving keeps the mix of dated/undated the same for every prefix up to
    2 × the NG count (≈ 3970); beyond that the extra ones are RT (undated).
    """
    data = need_shared("datasets", "ru_news_ng_rt", "data")
    ng, rt = [], []
    for archive in sorted(data.glob("*.zip")):
        with zipfile.ZipFile(archive) as zf:
            for name in sorted(zf.namelist()):
                with zf.open(name) as handle:
                    for raw in handle:
                        if raw.strip():
                            (ng if archive.name.startswith("ng") else rt).append(json.loads(raw))
    out = []
    for i in range(max(len(ng), len(rt))):
        out += [r[i] for r in (ng, rt) if i < len(r)]
    return out


def write_jsonl(path: Path, records: list[dict]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")


def peak_self_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
