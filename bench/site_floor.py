"""What a site with a page per entity costs MkDocs itself, with no plugin: the floor
under the ``plugin / bare`` ratio of ``bench/site_scale.py``.

    .venv/bin/python bench/site_floor.py [--n 1000] [--repeat 3]

Uses the N-briefing project of ``bench/site_scale.py`` (run that once first: it tags the
corpus and makes ``$BENCH_TMP/site-N``). Four builds of the same briefings, alternated,
medians of ``--repeat`` rounds:

  bare      ``BRIEFINGS_PLUGIN=false mkdocs build``: the briefing pages only
  stubs     the same, plus a hand-written one-line Markdown page («# name») at every
            URL the plugin generates (entity pages, their pages 2, 3 …, indexes,
            timeline): what MkDocs and Material spend on that many pages, with no plugin
  nosearch  the plugin with ``search: none`` (every generated page, no Pagefind)
  plugin    the plugin as the project ships it (Pagefind fed during the build)
  pagefind  no build: the ``pagefind`` CLI over the bare site just built (Russian search
            for the briefings alone, the way DESIGN.md first planned it)
  writes    no build: only writing, from memory, the files the plugin's site has and
            the bare one has not (pages, feeds; not the search index), as MkDocs writes

How to read it: ``stubs / bare`` is what entity pages cost when MkDocs and Material
render them like any page (the plugin fills a theme shell rendered once per page shape
instead, so it pays less than that per page); ``nosearch / stubs`` is what the plugin's
content (lists, timeline, feeds, links in briefings) adds over such empty pages, and
``plugin - nosearch`` what search indexing during the build adds; ``writes / bare`` is
the least any design pays that writes those files to this disk, however it renders
them; ``(bare + pagefind) / bare`` what Russian search alone costs as a step after a
bare build. If search alone is above the ``plugin / bare`` goal, no speed-up of the
entity pages can meet it.
CPU columns are user + sys of the whole process tree (Pagefind included).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import BIN, TMP, Report, median, run  # noqa: E402
from site_scale import config_variant  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from briefings.search import pagefind_executable  # noqa: E402

KINDS = ("countries", "people", "organizations", "places", "timeline")


def generated_urls(plugin_site: Path, bare_site: Path) -> list[str]:
    """Folders of the pages the plugin wrote and the bare build did not, under the
    generated sections (``people/ivan-petrov/``, ``people/ivan-petrov/2/``, …)."""
    urls = []
    for kind in KINDS:
        for page in sorted((plugin_site / kind).rglob("index.html")):
            folder = page.parent.relative_to(plugin_site)
            if not (bare_site / folder / "index.html").exists():
                urls.append(folder.as_posix())
    return urls


def stub_project(proj: Path, urls: list[str]) -> Path:
    """A copy of ``proj`` (mkdocs.yml, theme, content) with a one-line page at each URL."""
    stubs = proj.parent / f"{proj.name}-stubs"
    shutil.rmtree(stubs, ignore_errors=True)
    stubs.mkdir()
    shutil.copy2(proj / "mkdocs.yml", stubs / "mkdocs.yml")
    shutil.copytree(proj / "theme", stubs / "theme")
    shutil.copytree(proj / "content", stubs / "content")
    for url in urls:
        page = stubs / "content" / f"{url}.md"
        if page.exists() or (stubs / "content" / url / "index.md").exists():
            continue  # an editor's page at a generated path: already a page
        page.parent.mkdir(parents=True, exist_ok=True)
        page.write_text(f"# {Path(url).name}\n", encoding="utf-8")
    return stubs


def extra_output(plugin_site: Path, bare_site: Path) -> dict[str, bytes]:
    """Every file the plugin's site has and the bare site has not, search index aside:
    generated pages, feeds, the plugin's assets."""
    extra = {}
    for path in plugin_site.rglob("*"):
        rel = path.relative_to(plugin_site)
        if path.is_file() and not rel.parts[0].startswith("pagefind") and not (bare_site / rel).exists():
            extra[rel.as_posix()] = path.read_bytes()
    return extra


def write_all(files: dict[str, bytes], folder: Path) -> float:
    """Seconds to write ``files`` under a fresh ``folder`` as MkDocs writes a page
    (make the folder, open, write): the least any build that outputs them pays."""
    shutil.rmtree(folder, ignore_errors=True)
    start = time.perf_counter()
    for rel, data in files.items():
        path = os.path.join(folder, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f:
            f.write(data)
    return time.perf_counter() - start


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--name", default="site_floor", help="report name in bench/results/ (e.g. site_floor_tmpfs)")
    args = ap.parse_args()
    proj = TMP / f"site-{args.n}"
    if not (proj / ".complete").exists():
        sys.exit(f"{proj}: missing; run bench/site_scale.py --sizes {args.n} --repeat 1 first")
    mkdocs = str(BIN / "mkdocs")

    projects = {"bare": proj, "nosearch": proj, "plugin": proj}

    def build(mode: str) -> tuple[float, float]:
        where = projects[mode]
        cmd = [mkdocs, "build", "-q", "-d", str(TMP / f"floor-out-{mode}")]
        if mode == "nosearch":
            cmd += ["-f", str(config_variant(proj, "mkdocs-nosearch", options="      search: none\n"))]
        done = run(cmd, env={"BRIEFINGS_PLUGIN": "false" if mode in ("bare", "stubs") else "true"}, cwd=where)
        return done.wall, done.user + done.sys

    report = Report(args.name)
    build("plugin"), build("bare")  # the sites to list the generated pages from
    urls = generated_urls(TMP / "floor-out-plugin", TMP / "floor-out-bare")
    projects["stubs"] = stub_project(proj, urls)
    extra = extra_output(TMP / "floor-out-plugin", TMP / "floor-out-bare")
    writes: list[float] = []
    searches: list[tuple[float, float]] = []
    briefings = sum(1 for _ in (proj / "content" / "briefings").rglob("*.md"))
    report(f"# the floor under plugin/bare: N={args.n} ({briefings} briefing files), "
           f"{len(urls)} generated pages, {args.repeat} alternated rounds, builds under {TMP}")
    modes = ("bare", "stubs", "nosearch", "plugin")
    walls: dict[str, list[float]] = {m: [] for m in modes}
    cpus: dict[str, list[float]] = {m: [] for m in modes}
    for rep in range(args.repeat):
        for mode in modes if rep % 2 == 0 else reversed(modes):
            wall, cpu = build(mode)
            walls[mode].append(wall)
            cpus[mode].append(cpu)
            print(f"  run {rep + 1} {mode:8} {wall:6.1f} s wall {cpu:6.1f} s CPU", flush=True)
            if mode == "bare":
                done = run([str(pagefind_executable()), "--site", str(TMP / "floor-out-bare"), "--force-language", "ru"])
                searches.append((done.wall, done.user + done.sys))
                print(f"  run {rep + 1} pagefind {done.wall:6.1f} s wall {done.user + done.sys:6.1f} s CPU", flush=True)
        writes.append(write_all(extra, TMP / "floor-out-writes"))
        print(f"  run {rep + 1} writes   {writes[-1]:6.1f} s", flush=True)
    wall = {m: median(walls[m]) for m in modes}
    cpu = {m: median(cpus[m]) for m in modes}
    report(f"{'build':10} {'wall s':>7} {'/ bare':>7} {'CPU s':>7} {'/ bare':>7}")
    for mode in modes:
        report(f"{mode:10} {wall[mode]:7.2f} {wall[mode] / wall['bare']:6.2f}× {cpu[mode]:7.2f} "
               f"{cpu[mode] / cpu['bare']:6.2f}×")
    written = median(writes)
    search_wall, search_cpu = median(w for w, _ in searches), median(c for _, c in searches)
    report(f"{'pagefind':10} {search_wall:7.2f} {search_wall / wall['bare']:6.2f}× {search_cpu:7.2f} "
           f"{search_cpu / cpu['bare']:6.2f}×   (the CLI over the bare site)")
    report(f"{'writes':10} {written:7.2f} {written / wall['bare']:6.2f}×   (only writing the plugin's "
           f"{len(extra)} extra files, {sum(map(len, extra.values())) / 2**20:.0f} MB, from memory)")
    report("")
    report(f"MkDocs + Material alone, {len(urls)} one-line pages more: {wall['stubs'] / wall['bare']:.2f}× bare "
           f"(entity pages rendered by the theme like any page; goal plugin/bare ≤ 1.3)")
    report(f"plugin without search vs those empty pages: {wall['nosearch'] / wall['stubs']:.2f}×; "
           f"search indexing adds {wall['plugin'] / wall['nosearch']:.2f}× wall, "
           f"{cpu['plugin'] - cpu['nosearch']:.1f} s CPU")
    report(f"writing the plugin's extra files alone: {written / wall['bare']:.2f} of a bare build "
           f"(the least any design that writes these pages and feeds pays on this disk)")
    added = wall["plugin"] - wall["nosearch"]
    report(f"Russian search alone: bare build + pagefind CLI = {(wall['bare'] + search_wall) / wall['bare']:.2f}× bare; "
           f"fed during the build (the plugin) it adds {added:.1f} s wall, i.e. bare + search = "
           f"{(wall['bare'] + added) / wall['bare']:.2f}× before any entity page")
    report(f"plugin / bare: {wall['plugin'] / wall['bare']:.2f}×")
    report.data.update({"n": args.n, "generated_pages": len(urls), "walls": walls, "cpus": cpus,
                        "extra_files": len(extra), "extra_bytes": sum(map(len, extra.values())), "writes": writes,
                        "pagefind_cli": searches})
    report.save()
    return 0


if __name__ == "__main__":
    sys.exit(main())
