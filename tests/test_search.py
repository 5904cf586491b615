"""The Pagefind service client: pages in, a complete bundle out, the process gone after."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from briefings import search
from briefings.search import PagefindIndexer, SearchIndexError, off_the_first_cpu


def page(n: int) -> str:
    return (f'<html lang="ru"><body><main data-pagefind-body><h1>Брифинг {n}</h1>'
            f"<p>Президент встретился с премьером, встреча номер {n}.</p></main></body></html>")


def test_pages_are_indexed_and_the_bundle_is_written(tmp_path):
    out = tmp_path / "pagefind"
    (out / "fragment").mkdir(parents=True)
    (out / "fragment" / "stale.pf_fragment").write_text("from an earlier build")
    indexer = PagefindIndexer()
    try:
        for n in range(50):
            indexer.add(f"/briefings/{n}/", page(n))
        assert indexer.write(out) == 50
    finally:
        indexer.close()
    assert indexer._process.poll() is not None
    names = {p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()}
    assert {"pagefind.js", "pagefind-ui.js", "pagefind-ui.css", "pagefind-entry.json", "wasm.ru.pagefind"} <= names
    assert "fragment/stale.pf_fragment" not in names
    assert sum(name.startswith("fragment/") for name in names) == 50
    assert all(p.stat().st_size > 0 for p in out.rglob("*") if p.is_file())


@pytest.mark.parametrize(
    "cpus, taskset, expected",
    [
        ({0, 1}, "/usr/bin/taskset", ["/usr/bin/taskset", "--cpu-list", "1", "pagefind", "--service"]),
        ({0, 1, 2, 3}, "/usr/bin/taskset", ["/usr/bin/taskset", "--cpu-list", "1,2,3", "pagefind", "--service"]),
        ({2, 5}, "/usr/bin/taskset", ["/usr/bin/taskset", "--cpu-list", "5", "pagefind", "--service"]),
        ({0}, "/usr/bin/taskset", ["pagefind", "--service"]),  # one CPU: nothing to leave free
        ({0, 1}, None, ["pagefind", "--service"]),  # no taskset: run as is
    ],
)
def test_pagefind_leaves_the_first_cpu_to_mkdocs(monkeypatch, cpus, taskset, expected):
    monkeypatch.setattr(search.os, "sched_getaffinity", lambda pid: set(cpus), raising=False)
    monkeypatch.setattr(search.shutil, "which", lambda name: taskset if name == "taskset" else None)
    assert off_the_first_cpu(["pagefind", "--service"]) == expected


@pytest.mark.skipif(not (hasattr(os, "sched_getaffinity") and len(os.sched_getaffinity(0)) >= 2
                         and shutil.which("taskset")), reason="needs two CPUs and taskset")
def test_the_pagefind_process_runs_off_the_first_cpu():
    indexer = PagefindIndexer()
    try:
        status = Path(f"/proc/{indexer._process.pid}/status").read_text()
        allowed = next(line.split(":", 1)[1].strip() for line in status.splitlines()
                       if line.startswith("Cpus_allowed_list"))
        first = min(os.sched_getaffinity(0))
        assert str(first) not in allowed.replace("-", ",").split(",")
        assert "pagefind" in Path(f"/proc/{indexer._process.pid}/cmdline").read_text()  # taskset became pagefind
    finally:
        indexer.close()


def test_a_missing_executable_is_a_clear_error(tmp_path):
    with pytest.raises(SearchIndexError, match="cannot start pagefind"):
        PagefindIndexer(executable=tmp_path / "no-such-pagefind")


@pytest.mark.parametrize(
    "title, content, expected_h1",
    [
        ("Брифинг & сводка", "<p>Текст</p>", "<h1>Брифинг &amp; сводка</h1><p>Текст</p>"),  # Material adds the title
        ("Брифинг", '<h1 id="x">Свой заголовок</h1><p>Текст</p>', '<main data-pagefind-body><h1 id="x">'),
    ],
)
def test_search_document_is_the_page_content_with_its_title(title, content, expected_h1):
    from briefings.search import search_document

    document = search_document(title, content, "ru")
    assert document.startswith('<!doctype html><html lang="ru">')
    assert expected_h1 in document and "<title>" + title.replace("&", "&amp;") + "</title>" in document


def test_pages_in_flight_are_bounded(monkeypatch, tmp_path):
    import briefings.search as search

    monkeypatch.setattr(search, "IN_FLIGHT", 3)
    indexer = PagefindIndexer()
    try:
        for n in range(30):
            indexer.add(f"/b/{n}/", page(n))
            assert indexer._unanswered <= 3
        assert indexer.write(tmp_path / "pagefind") == 30
    finally:
        indexer.close()


def test_bundles_split_the_index_and_replace_stale_ones(tmp_path):
    from briefings.search import SearchBundles

    (tmp_path / "pagefind-9").mkdir()  # from an earlier build
    (tmp_path / "pagefind-notes").mkdir()  # not ours
    bundles = SearchBundles(tmp_path, shard_pages=3)
    try:
        for n in range(7):
            bundles.add(f"/b/{n}/", page(n))
        assert bundles.finish() == 7
    finally:
        bundles.close()
    assert bundles.bundles == 3 == SearchBundles.count(7, 3)
    assert [p.name for p in sorted(tmp_path.iterdir())] == ["pagefind", "pagefind-2", "pagefind-3", "pagefind-notes"]
    assert all((tmp_path / name / "pagefind.js").exists() for name in ("pagefind", "pagefind-2", "pagefind-3"))


def test_a_site_with_nothing_to_search_still_gets_a_bundle(tmp_path):
    from briefings.search import SearchBundles

    bundles = SearchBundles(tmp_path)
    assert bundles.finish() == 0 and (tmp_path / "pagefind" / "pagefind-ui.js").exists()
    bundles.close()


@pytest.mark.parametrize(
    "assignment, current, changed, stale, after",
    [
        # an edited page: only its bundle is written again
        ({"/a/": 1, "/b/": 1, "/c/": 2}, {"/a/", "/b/", "/c/"}, {"/c/"}, {2}, {"/a/": 1, "/b/": 1, "/c/": 2}),
        # nothing rendered: nothing to write
        ({"/a/": 1, "/b/": 2}, {"/a/", "/b/"}, set(), set(), {"/a/": 1, "/b/": 2}),
        # a page gone: its bundle is written without it
        ({"/a/": 1, "/b/": 2, "/c/": 2}, {"/a/", "/b/"}, set(), {2}, {"/a/": 1, "/b/": 2}),
        # a new page joins the last bundle while it has room (3 pages a bundle)…
        ({"/a/": 1, "/b/": 2}, {"/a/", "/b/", "/n/"}, {"/n/"}, {2}, {"/a/": 1, "/b/": 2, "/n/": 2}),
        # …and opens a new one when it is full
        ({"/a/": 1, "/b/": 1, "/c/": 1}, {"/a/", "/b/", "/c/", "/n/"}, {"/n/"}, {2},
         {"/a/": 1, "/b/": 1, "/c/": 1, "/n/": 2}),
    ],
)
def test_bundle_layout_rewrites_only_the_bundles_an_edit_touches(assignment, current, changed, stale, after):
    from briefings.search import BundleLayout

    layout = BundleLayout(assignment, shard_pages=3)
    assert layout.update(current, changed) == stale
    assert layout.bundle_of == after
    assert layout.count == max(after.values())


def test_bundle_layout_keeps_emptied_bundles_and_rewrites_all_after_a_failure():
    from briefings.search import BundleLayout

    layout = BundleLayout({"/a/": 1, "/b/": 2}, shard_pages=1)
    assert layout.update({"/a/"}, set()) == {2} and layout.count == 2  # the search box still merges pagefind-2/
    assert layout.pages_of(2) == []
    layout.invalidate()
    assert layout.update({"/a/"}, set()) == {1, 2}
    assert layout.update({"/a/"}, set()) == set()
