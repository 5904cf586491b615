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
