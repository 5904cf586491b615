"""Bytes fetched for one Pagefind search query in a real browser.

    .venv/bin/python bench/search_bytes.py [--n 5000] [--query Путин] [--repeat 3]

Uses the plugin build of bench/site_scale.py (``$BENCH_TMP/site-N/out-plugin``; built
here if missing). Serves it with ``python -m http.server`` bound to 127.0.0.1, opens the
home page in Playwright with Debian's Chromium (headless, fresh profile each time, so
nothing is cached), types the query into ``#briefings-search input`` and sums the
response bodies of ``/pagefind/`` requests: those made while the page loads, and those
made by the query until the first results are shown and the network is idle.

Baseline: Material's built-in search downloads its whole ``search/search_index.json``
on first use; its size at the same N comes from bench/results/site_scale.json when
site_scale.py measured it (``--material-search N``), else it is built here.

How to read it: "query bytes" is what one search costs a reader; the ratio to
Material's index says how much less Pagefind fetches.
"""

from __future__ import annotations

import argparse
import json
import re
import socket
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import PYTHON, RESULTS, Report, median, spread, tree_bytes  # noqa: E402
import site_scale  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def one_query(url: str, query: str) -> dict:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        page = browser.new_page()
        phase = {"now": "load"}
        responses: list[tuple[str, object]] = []
        page.on("requestfinished", lambda req: responses.append((phase["now"], req)))
        page.goto(url, wait_until="networkidle")
        phase["now"] = "query"
        box = page.locator("#briefings-search input")
        box.click()
        box.type(query, delay=60)
        page.wait_for_selector(".pagefind-ui__result", timeout=60000)
        page.wait_for_load_state("networkidle")
        time.sleep(1.0)
        shown = page.locator(".pagefind-ui__result").count()
        message = page.locator(".pagefind-ui__message").first.inner_text() if page.locator(".pagefind-ui__message").count() else ""
        out = {"load": {"n": 0, "bytes": 0}, "query": {"n": 0, "bytes": 0}, "files": []}
        for when, req in responses:
            bundle = BUNDLE_URL.search(req.url)  # /pagefind/, /pagefind-2/, … (merged bundles)
            if not bundle:
                continue
            size = req.sizes()["responseBodySize"]
            out[when]["n"] += 1
            out[when]["bytes"] += size
            out["files"].append((when, req.url[bundle.start() + 1:], size))
        out["results_shown"] = shown
        out["message"] = message
        browser.close()
    return out


BUNDLE_URL = re.compile(r"/pagefind(?:-\d+)?/")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=5000)
    ap.add_argument("--query", default="Путин")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    if not Path(CHROMIUM).exists():
        sys.exit(f"{CHROMIUM} not found")

    report = Report("search_bytes")
    site = site_scale.TMP / f"site-{args.n}" / "out-plugin"
    if not (site / "pagefind" / "pagefind.js").exists():
        out = site_scale.prepare(site_scale.CORPUS_SIZE)
        proj = site_scale.make_project(args.n, site_scale.briefing_files(out), out)
        site_scale.build(proj, "plugin")
    port = free_port()
    server = subprocess.Popen([PYTHON, "-m", "http.server", str(port), "--bind", "127.0.0.1", "-d", str(site)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.1)
        runs = [one_query(f"http://127.0.0.1:{port}/", args.query) for _ in range(args.repeat)]
    finally:
        server.terminate()
        server.wait()

    files = raw = gz = 0
    for bundle in site.glob("pagefind*"):
        counts = tree_bytes(bundle)
        files, raw, gz = files + counts[0], raw + counts[1], gz + counts[2]
    material = None
    saved = RESULTS / "site_scale.json"
    if saved.exists():
        row = json.loads(saved.read_text()).get("rows", {}).get(str(args.n), {})
        material = row.get("material_search")
    load_b = median(r["load"]["bytes"] for r in runs)
    query_b = median(r["query"]["bytes"] for r in runs)
    report(f"# bytes fetched for one Pagefind query «{args.query}», N={args.n} briefings "
           f"({len(list(site.rglob('*.html')))} HTML pages), median of {args.repeat} fresh browsers")
    report(f"on page load  {median(r['load']['n'] for r in runs):.0f} /pagefind/ requests, {load_b / 1024:.0f} KB")
    report(f"by the query  {median(r['query']['n'] for r in runs):.0f} /pagefind/ requests, {query_b / 1024:.0f} KB "
           f"{spread([r['query']['bytes'] / 1024 for r in runs])}; results shown: {runs[0]['results_shown']} "
           f"({runs[0]['message']!r})")
    report(f"total {(load_b + query_b) / 1024:.0f} KB of a {raw / 2**20:.1f} MB Pagefind index ({files} files, "
           f"{gz / 2**20:.1f} MB gzipped) = {100 * (load_b + query_b) / raw:.2f}%")
    if material:
        report(f"Material search would fetch search_index.json: {material['raw'] / 2**20:.1f} MB raw, "
               f"{material['gzip'] / 2**20:.1f} MB gzip; Pagefind/Material (gzip) = "
               f"{(load_b + query_b) / material['gzip']:.3f}×")
    biggest = sorted({(f, s) for r in runs for w, f, s in r["files"] if w == "query"}, key=lambda x: -x[1])[:8]
    report("largest query files: " + ", ".join(f"{f} {s / 1024:.0f} KB" for f, s in biggest))
    report("how to read it: KB a reader downloads for one search; Pagefind files are already compressed, "
           "so this is the transfer size.")
    report.data.update(n=args.n, query=args.query, runs=runs, index={"files": files, "raw": raw, "gzip": gz},
                       material=material)
    report.save()
    return 0


if __name__ == "__main__":
    sys.exit(main())
