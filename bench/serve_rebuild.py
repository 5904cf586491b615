"""Serve rebuild: time from touching one briefing to the rebuilt site in ``mkdocs serve``.

    .venv/bin/python bench/serve_rebuild.py [--n 1000] [--repeat 3]

Uses the N-briefing project of bench/site_scale.py (the tagged corpus is made once by
``site_scale.py --prepare-only``). For each mode — ``plugin`` and ``bare``
(``BRIEFINGS_PLUGIN=false``), each without and with ``--dirty`` — starts ``mkdocs serve`` on 127.0.0.1 (a free port),
waits for the first build, then ``--repeat`` times updates the mtime of one briefing
(``os.utime``, the content is unchanged) and measures until MkDocs logs
"Reloading browsers" (the rebuilt site is being served).

How to read it: "ratio" = plugin rebuild / bare rebuild on the same pages; the absolute
plugin figure is what an editor waits after saving a file.
"""

from __future__ import annotations

import argparse
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import BIN, Report, median, spread  # noqa: E402
import site_scale  # noqa: E402


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Serve:
    def __init__(self, proj: Path, mode: str, extra: tuple[str, ...] = ()):
        env = dict(os.environ, NO_MKDOCS_2_WARNING="1", BRIEFINGS_PLUGIN="false" if mode == "bare" else "true")
        self.port = free_port()
        self.lines: list[tuple[float, str]] = []
        self.cond = threading.Condition()
        self.start = time.perf_counter()
        self.proc = subprocess.Popen(
            [str(BIN / "mkdocs"), "serve", "-f", str(proj / "mkdocs.yml"), "--dev-addr", f"127.0.0.1:{self.port}",
             "--livereload", *extra],
            cwd=proj, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
        )
        threading.Thread(target=self._pump, daemon=True).start()

    def _pump(self):
        for line in self.proc.stderr:
            with self.cond:
                self.lines.append((time.perf_counter(), line.rstrip()))
                self.cond.notify_all()

    def wait_for(self, text: str, after: int, timeout: float) -> tuple[int, float]:
        """Index and time of the first line containing ``text`` from line ``after`` on."""
        deadline = time.perf_counter() + timeout
        with self.cond:
            while True:
                for i in range(after, len(self.lines)):
                    if text in self.lines[i][1]:
                        return i, self.lines[i][0]
                if self.proc.poll() is not None:
                    raise SystemExit("mkdocs serve exited:\n" + "\n".join(l for _, l in self.lines[-20:]))
                left = deadline - time.perf_counter()
                if left <= 0:
                    raise SystemExit(f"timed out waiting for {text!r}")
                self.cond.wait(left)

    def stop(self):
        self.proc.send_signal(signal.SIGINT)
        try:
            self.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--timeout", type=float, default=1800)
    args = ap.parse_args()

    report = Report("serve_rebuild")
    out = site_scale.prepare(site_scale.CORPUS_SIZE)
    briefings = site_scale.briefing_files(out)
    proj = site_scale.make_project(args.n, briefings, out)
    target = sorted((proj / "content" / "briefings").rglob("*.md"))[len(briefings[: args.n]) // 2]
    results = {}
    for name, mode, extra in (("bare", "bare", ()), ("plugin", "plugin", ()),
                              ("bare --dirty", "bare", ("--dirty",)), ("plugin --dirty", "plugin", ("--dirty",))):
        serve = Serve(proj, mode, extra)
        i, t = serve.wait_for("Serving on", 0, args.timeout)
        first = t - serve.start
        times = []
        for k in range(args.repeat):
            time.sleep(2.0)
            mark = len(serve.lines)
            touched = time.perf_counter()
            os.utime(target)
            i, t = serve.wait_for("Reloading browsers", mark, args.timeout)
            times.append(t - touched)
            print(f"  {name:14} rebuild {k + 1}: {times[-1]:.1f} s", flush=True)
        serve.stop()
        results[name] = {"first_build_s": first, "rebuild_s": times}

    report(f"# mkdocs serve rebuild after touching one briefing, N={args.n}, {os.cpu_count()} CPUs, median of {args.repeat}")
    for name, r in results.items():
        report(f"{name:14} first build {r['first_build_s']:6.1f} s; rebuild {median(r['rebuild_s']):6.1f} s {spread(r['rebuild_s'])}")
    ratio = median(results["plugin"]["rebuild_s"]) / median(results["bare"]["rebuild_s"])
    dirty = median(results["plugin --dirty"]["rebuild_s"]) / median(results["bare --dirty"]["rebuild_s"])
    report(f"ratio plugin/bare rebuild: {ratio:.2f}×; with --dirty: {dirty:.2f}×")
    report("how to read it: seconds from saving a briefing to the refreshed page in `mkdocs serve` "
           "(includes MkDocs' 0.25 s debounce). Without --dirty MkDocs empties the site folder and renders "
           "every page again; the plugin indexes again only the search bundle(s) holding a changed page and "
           "writes the others back from memory. With --dirty MkDocs renders only changed sources, the plugin "
           "writes only the generated pages made of the edited briefing (and the briefings showing it) plus "
           "the site-wide indexes, and writes again only the search bundle(s) holding the changed page "
           "(bundles of serve_bundle_pages; the rest of the time: reading the index of all briefings and "
           "planning the generated pages).")
    report.data.update(n=args.n, results=results, ratio=ratio, ratio_dirty=dirty)
    report.save()
    return 0


if __name__ == "__main__":
    sys.exit(main())
