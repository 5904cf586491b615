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

from _common import BIN, RESULTS, ROOT, TMP, Report, median, news_records, run, tree_bytes  # noqa: E402

CORPUS = TMP / "corpus"
CHUNK = 500
CORPUS_SIZE = 6000  # all ~5986 NG/RT articles, tagged once; duplicates and rejects leave ≈ 5500 briefings


def prepare(total: int, jobs: int = 2) -> Path:
    """Tag ``total`` news articles once; returns the folder of briefings."""
    src, out = CORPUS / "src", CORPUS / "briefings"
    stamp = CORPUS / f"done-{total}"
    if stamp.exists():
        return out
    records = news_records()[:total]
    for k in range(0, len(records), CHUNK):
        path = src / f"news_{k // CHUNK:02d}.jsonl"
        wanted = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records[k : k + CHUNK])
        if not path.exists() or path.read_text(encoding="utf-8") != wanted:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(wanted, encoding="utf-8")
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




# -- one project per N ------------------------------------------------------------


def make_project(n: int, briefings: list[tuple[int, Path]], corpus_out: Path) -> Path:
    proj = TMP / f"site-{n}"
    if (proj / ".complete").exists():  # the briefings are there; the site's own files may have changed
        shutil.copy2(ROOT / "mkdocs.yml", proj / "mkdocs.yml")
        shutil.rmtree(proj / "theme", ignore_errors=True)
        shutil.copytree(ROOT / "theme", proj / "theme")
        return proj
    shutil.rmtree(proj, ignore_errors=True)
    proj.mkdir(parents=True)
    shutil.copy2(ROOT / "mkdocs.yml", proj / "mkdocs.yml")
    shutil.copytree(ROOT / "theme", proj / "theme")
    # the project's hand-written pages (home, entity descriptions, registry), not its briefings
    shutil.copytree(ROOT / "content", proj / "content", ignore=lambda d, names: ["briefings"] if Path(d) == ROOT / "content" else [])
    target = proj / "content" / "briefings"
    for _, path in briefings[:n]:
        dest = target / path.relative_to(corpus_out)
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(path, dest)
    (proj / ".complete").write_text("")
    return proj


PLUGIN_ENTRY = "  - briefings:\n      enabled: !ENV [BRIEFINGS_PLUGIN, true]\n"


def config_variant(proj: Path, name: str, plugins_before: str = "", options: str = "") -> Path:
    """``proj``'s mkdocs.yml as ``<name>.yml``, with ``plugins_before`` (plugin list lines)
    before the briefings plugin and ``options`` (its option lines) added to it."""
    text = (proj / "mkdocs.yml").read_text(encoding="utf-8")
    if PLUGIN_ENTRY not in text:
        sys.exit("mkdocs.yml plugins section changed; update bench/site_scale.py")
    path = proj / f"{name}.yml"
    path.write_text(text.replace(PLUGIN_ENTRY, plugins_before + PLUGIN_ENTRY + options), encoding="utf-8")
    return path


def material_search_yml(proj: Path) -> Path:
    """mkdocs.yml with Material's built-in ``search`` on and Pagefind off."""
    return config_variant(proj, "mkdocs-material-search", "  - search\n", "      search: none\n")


def html_stats(site: Path) -> dict:
    pages = [(p.stat().st_size, p) for p in site.rglob("*.html")]
    pages.sort(reverse=True)
    size, largest = pages[0]
    return {"pages": len(pages), "bytes": sum(s for s, _ in pages),
            "largest": str(largest.relative_to(site)), "largest_bytes": size,
            "top5": [(str(p.relative_to(site)), s) for s, p in pages[:5]]}


def build(proj: Path, mode: str, config: Path | None = None) -> tuple[float, float, float, str]:
    site = proj / f"out-{mode}"
    env = {"BRIEFINGS_PLUGIN": "false" if mode == "bare" else "true"}
    cmd = [str(BIN / "mkdocs"), "build", "-f", str(config or proj / "mkdocs.yml"), "-d", str(site)]
    done = run(cmd, env=env, cwd=proj)
    log = done.stderr.decode("utf-8", "replace")
    if "loading the tagger" in log:
        sys.exit("the build tagged briefings: the corpus is not fully tagged")
    return done.wall, done.maxrss_mb, done.tree_rss_mb, log


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="500,1000,3000,5000")
    ap.add_argument("--repeat", type=int, default=3, help="builds per mode and size (fewer at big N when over budget)")
    ap.add_argument("--material-search", default="1000", help="sizes at which to measure Material's search index ('' = none)")
    ap.add_argument("--budget", type=float, default=2400, help="seconds; past it, remaining sizes get one build per mode")
    ap.add_argument("--prepare-only", action="store_true", help="only tag the corpus (once) and exit")
    ap.add_argument("--merge", action="store_true", help="keep rows of other sizes from bench/results/<name>.json")
    ap.add_argument("--name", default="site_scale", help="report name in bench/results/ (e.g. site_scale_tmpfs)")
    args = ap.parse_args()
    if args.prepare_only:
        print(len(briefing_files(prepare(CORPUS_SIZE))), "briefings")
        return 0
    sizes = [int(s) for s in args.sizes.split(",") if s]
    material_at = {int(s) for s in args.material_search.split(",") if s}

    report = Report(args.name)
    corpus_out = prepare(CORPUS_SIZE)
    briefings = briefing_files(corpus_out)
    report(f"# site build at scale: {len(briefings)} tagged NG/RT briefings available, {os.cpu_count()} CPUs")
    start = time.perf_counter()
    rows = {}
    saved = RESULTS / f"{args.name}.json"
    if args.merge and saved.exists():
        rows = {int(n): r for n, r in json.loads(saved.read_text(encoding="utf-8")).get("rows", {}).items()}
    for n in sizes:
        if n > len(briefings):
            report(f"N={n}: only {len(briefings)} briefings; skipped")
            continue
        proj = make_project(n, briefings, corpus_out)
        dated = sum(1 for p in (proj / "content" / "briefings").rglob("*.md") if "undated" not in p.parts)
        repeat = args.repeat if time.perf_counter() - start < args.budget else 1
        walls = {"plugin": [], "bare": []}
        rss = {"plugin": [], "bare": []}
        tree = {"plugin": [], "bare": []}
        for rep in range(repeat):
            for mode in (("plugin", "bare") if rep % 2 == 0 else ("bare", "plugin")):
                wall, mb, tree_mb, _ = build(proj, mode)
                walls[mode].append(wall)
                rss[mode].append(mb)
                tree[mode].append(tree_mb)
                print(f"  N={n} run {rep + 1} {mode:6} {wall:7.1f} s  {mb:6.0f} MB (tree {tree_mb:6.0f} MB)", flush=True)
        row = {
            "n": n, "dated": dated, "walls": walls, "rss": rss, "tree_rss": tree,
            "plugin_s": median(walls["plugin"]), "bare_s": median(walls["bare"]),
            "html_plugin": html_stats(proj / "out-plugin"), "html_bare": html_stats(proj / "out-bare"),
        }
        files = raw = gz = 0
        for bundle in (proj / "out-plugin").glob("pagefind*"):  # pagefind/, pagefind-2/, …
            counts = tree_bytes(bundle)
            files, raw, gz = files + counts[0], raw + counts[1], gz + counts[2]
        row["pagefind_index"] = {"files": files, "raw": raw, "gzip": gz}
        if n in material_at:
            wall, mb, _, _ = build(proj, "material", material_search_yml(proj))
            index = proj / "out-material" / "search" / "search_index.json"
            data = index.read_bytes()
            row["material_search"] = {"build_s": wall, "rss_mb": mb, "raw": len(data), "gzip": len(gzip.compress(data, 6))}
            shutil.rmtree(proj / "out-material", ignore_errors=True)
        if "material_search" not in row and "material_search" in rows.get(n, {}):
            row["material_search"] = rows[n]["material_search"]  # --merge: keep an earlier measurement
        rows[n] = row
        rows = dict(sorted(rows.items()))
        report.data["rows"] = rows
        report.save()  # partial results survive a time-out
        print(f"  N={n}: plugin {row['plugin_s']:.1f} s, bare {row['bare_s']:.1f} s, "
              f"ratio {row['plugin_s'] / row['bare_s']:.2f}×", flush=True)

    report("")
    report(f"{'N':>5} {'dated':>5} {'bare s':>7} {'plugin s':>8} {'ratio':>6} {'ms/briefing':>11} "
           f"{'peak MB':>7} {'tree MB':>7} {'html pages':>10} {'html MB':>7} {'largest page':>28} "
           f"{'pagefind idx raw/gz MB':>22}")
    for n, r in rows.items():
        h = r["html_plugin"]
        idx = r["pagefind_index"]
        report(f"{n:5} {r['dated']:5} {r['bare_s']:7.1f} {r['plugin_s']:8.1f} {r['plugin_s'] / r['bare_s']:5.2f}× "
               f"{1000 * r['plugin_s'] / n:11.1f} {max(r['rss']['plugin']):7.0f} {max(r.get('tree_rss', r['rss'])['plugin']):7.0f} "
               f"{h['pages']:10} {h['bytes'] / 2**20:7.1f} {h['largest'][-20:]:>20} {h['largest_bytes'] / 2**10:5.0f} KB "
               f"{idx['raw'] / 2**20:10.1f} / {idx['gzip'] / 2**20:.1f}")
    for n, r in rows.items():
        if "material_search" in r:
            m = r["material_search"]
            report(f"N={n}: Material search_index.json {m['raw'] / 2**20:.1f} MB raw / {m['gzip'] / 2**20:.1f} MB gzip "
                   f"(one file, fetched whole on first search) vs Pagefind {r['pagefind_index']['raw'] / 2**20:.1f} MB "
                   f"in {r['pagefind_index']['files']} files (fetched in chunks); build {m['build_s']:.1f} s")
    if rows:
        report("")
        first = min(rows)
        per = {n: r["plugin_s"] / n for n, r in rows.items()}
        per_bare = {n: r["bare_s"] / n for n, r in rows.items()}
        for n in rows:
            report(f"N={n}: per briefing {1000 * per[n]:.1f} ms = {per[n] / per[first]:.2f}× N={first} "
                   f"(bare {1000 * per_bare[n]:.1f} ms = {per_bare[n] / per_bare[first]:.2f}×); "
                   f"peak RSS plugin {max(rows[n]['rss']['plugin']):.0f} MB, bare {max(rows[n]['rss']['bare']):.0f} MB; "
                   f"largest page {rows[n]['html_plugin']['largest']} {rows[n]['html_plugin']['largest_bytes'] / 2**10:.0f} KB")
        if 1000 in rows:
            report(f"goal plugin/bare at N=1000 ≤ 1.3: {rows[1000]['plugin_s'] / rows[1000]['bare_s']:.2f}×")
        if 3000 in rows and 500 in rows:
            report(f"goal per-briefing N=3000 / N=500 ≤ 1.25: {per[3000] / per[500]:.2f}×")
        if 5000 in rows:
            report(f"goal peak RSS at N=5000 ≤ 1536 MB: {max(rows[5000]['rss']['plugin']):.0f} MB largest process, "
                   f"{max(rows[5000].get('tree_rss', rows[5000]['rss'])['plugin']):.0f} MB MkDocs and Pagefind together")
        elif len(rows) >= 2:
            a, b = sorted(rows)[-2:]
            slope = (rows[b]["plugin_s"] - rows[a]["plugin_s"]) / (b - a)
            report(f"N=5000 not built; linear extrapolation from N={a},{b}: "
                   f"{rows[b]['plugin_s'] + slope * (5000 - b):.0f} s")
    report("how to read it: ratio = plugin / bare build time on the same briefing pages (the plugin's time includes "
           "the Pagefind index, fed page by page during the build); "
           "ms/briefing should stay flat as N grows; peak MB is the largest process (MkDocs or Pagefind), "
           "tree MB the sum of both while they run side by side.")
    report.save()
    return 0


if __name__ == "__main__":
    sys.exit(main())
