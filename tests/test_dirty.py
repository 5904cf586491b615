"""``mkdocs serve --dirty``: after one edit only the generated pages made of the edited
briefing are written again; the others keep their files, and search keeps every page."""

from __future__ import annotations

import os
import time

import pytest


@pytest.fixture()
def dirty_builds(project_copy, monkeypatch):
    """Build the demo like ``mkdocs serve --dirty`` does: one plugin instance, the same site folder."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    monkeypatch.chdir(project_copy)
    monkeypatch.setenv("NO_MKDOCS_2_WARNING", "1")
    config = load_config(str(project_copy / "mkdocs.yml"), site_dir=str(project_copy / "site"))
    config.plugins.on_startup(command="serve", dirty=True)

    def again() -> None:
        build(config, dirty=True)

    again()
    return project_copy, again


def mtimes(site) -> dict[str, int]:
    return {p.relative_to(site).as_posix(): p.stat().st_mtime_ns for p in site.rglob("*.html")}


def test_an_edit_rewrites_only_the_pages_made_of_it(dirty_builds):
    root, again = dirty_builds
    site = root / "site"
    before = mtimes(site)
    briefing = next(p for p in sorted((root / "content" / "briefings").rglob("*.md"))
                    if "Sputnik" in p.read_text(encoding="utf-8"))
    time.sleep(0.01)
    briefing.write_text(briefing.read_text(encoding="utf-8") + "\nДобавлено: кварцевый маятник.\n", encoding="utf-8")
    os.utime(briefing)
    again()
    after = mtimes(site)
    rewritten = {path for path in after if after[path] != before.get(path)}
    page = briefing.relative_to(root / "content").with_suffix("").as_posix() + "/index.html"
    assert page in rewritten and "кварцевый маятник" in (site / page).read_text(encoding="utf-8")
    assert "organizations/sputnik-azerbaidzhan/index.html" in rewritten  # made of the edited briefing
    assert "timeline/index.html" in rewritten  # about the whole site: always
    untouched = [path for path in after if path.startswith(("people/", "organizations/", "places/", "countries/"))
                 and path not in rewritten]
    assert untouched, rewritten  # entity pages the edit did not touch keep their files
    slug = briefing.stem
    for path in rewritten:  # an entity page is written again only when it lists the edited briefing
        if path.count("/") == 2 and path.startswith(("people/", "organizations/", "places/", "countries/")):
            assert f"/{slug}/" in (site / path).read_text(encoding="utf-8"), path


def test_an_edit_rewrites_the_editors_page_at_its_entitys_path(dirty_builds):
    """``content/people/ilkham-aliev.md`` is an editor's text followed by the generated
    list of briefings: retitling one of them rewrites it, though the editor's file did not change."""
    root, again = dirty_builds
    site = root / "site"
    briefing = root / "content" / "briefings" / "2024" / "08" / "putin-i-aliev-obsudili-v-baku-koridor-sever-iug.md"
    text = briefing.read_text(encoding="utf-8")
    old_title = next(line for line in text.splitlines() if line.startswith("title:"))
    time.sleep(0.01)
    briefing.write_text(text.replace(old_title, "title: Коридор «Север — Юг» обсудили в Баку заново", 1), encoding="utf-8")
    os.utime(briefing)
    again()
    page = (site / "people" / "ilkham-aliev" / "index.html").read_text(encoding="utf-8")
    assert "Президент Азербайджана с 2003 года" in page  # the editor's text
    assert "Коридор «Север — Юг» обсудили в Баку заново" in page  # the generated list, up to date


def test_an_edit_rewrites_only_the_search_bundle_of_the_edited_page(project_copy, monkeypatch):
    """Under ``serve --dirty`` the search index is updated, not rebuilt: with bundles of
    three pages, an edit to one briefing writes its bundle again and leaves the others."""
    import json

    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    config_file = project_copy / "mkdocs.yml"
    config_file.write_text(config_file.read_text(encoding="utf-8").replace(
        "enabled: !ENV [BRIEFINGS_PLUGIN, true]", "enabled: true\n      serve_bundle_pages: 3"), encoding="utf-8")
    monkeypatch.chdir(project_copy)
    monkeypatch.setenv("NO_MKDOCS_2_WARNING", "1")
    config = load_config(str(config_file), site_dir=str(project_copy / "site"))
    config.plugins.on_startup(command="serve", dirty=True)
    build(config, dirty=True)
    site = project_copy / "site"

    def bundles() -> dict[str, tuple[int, int]]:
        found = {}
        for entry in sorted(site.glob("pagefind*/pagefind-entry.json")):
            pages = sum(lang["page_count"] for lang in json.loads(entry.read_text())["languages"].values())
            found[entry.parent.name] = (pages, entry.stat().st_mtime_ns)
        return found

    before = bundles()
    assert len(before) >= 3 and all(pages <= 3 for pages, _ in before.values())
    plugin = config.plugins["briefings"]
    url = "/briefings/2024/08/putin-i-aliev-obsudili-v-baku-koridor-sever-iug/"
    edited_bundle = plugin.layout.bundle_of[url]
    briefing = (project_copy / "content" / url.strip("/")).with_suffix(".md")
    time.sleep(0.01)
    briefing.write_text(briefing.read_text(encoding="utf-8") + "\nДобавлено: кварцевый маятник.\n", encoding="utf-8")
    os.utime(briefing)
    build(config, dirty=True)
    after = bundles()
    assert sum(p for p, _ in after.values()) == sum(p for p, _ in before.values())  # search keeps every page
    rewritten = {name for name in after if after[name][1] != before[name][1]}
    folder = "pagefind" if edited_bundle == 1 else f"pagefind-{edited_bundle}"
    assert rewritten == {folder}  # pages rendered again unchanged (the home page) need no new bundle
    assert "кварцевый маятник" in plugin.searchable[url]


def test_an_edit_rewrites_the_briefings_that_show_it(dirty_builds):
    """Other briefings show the edited one in their related links and previous/next
    links: retitling it writes them again with the new title, though their files did
    not change."""
    root, again = dirty_builds
    site = root / "site"
    briefing = root / "content" / "briefings" / "2024" / "08" / "putin-i-aliev-obsudili-v-baku-koridor-sever-iug.md"
    text = briefing.read_text(encoding="utf-8")
    old_title = "Путин и Алиев обсудили в Баку коридор «Север — Юг»"
    assert f'title: "{old_title}"' in text
    own = briefing.relative_to(root / "content").with_suffix("").as_posix() + "/index.html"
    showing = [p.relative_to(site).as_posix() for p in (site / "briefings").rglob("index.html")
               if p.relative_to(site).as_posix() not in (own, "briefings/index.html")
               and old_title in p.read_text(encoding="utf-8")]
    assert showing  # the demo's other briefings link to it
    time.sleep(0.01)
    briefing.write_text(text.replace(old_title, "Коридор «Север — Юг» обсудили в Баку заново", 1), encoding="utf-8")
    os.utime(briefing)
    again()
    for path in showing:
        page = (site / path).read_text(encoding="utf-8")
        assert "Коридор «Север — Юг» обсудили в Баку заново" in page and old_title not in page, path
