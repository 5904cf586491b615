"""Plain ``mkdocs serve`` (no ``--dirty``): MkDocs empties the site folder and renders
every page again on each rebuild; the search bundles no edit touched are written back
as they were, and only the bundle of the edited page is indexed again."""

from __future__ import annotations

import json
import os
import time


def bundle_files(site) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes()
            for p in site.glob("pagefind*/**/*") if p.is_file()}


def indexed_pages(site) -> int:
    return sum(lang["page_count"] for entry in site.glob("pagefind*/pagefind-entry.json")
               for lang in json.loads(entry.read_text())["languages"].values())


def test_a_serve_rebuild_indexes_only_the_bundle_of_the_edited_page(project_copy, monkeypatch):
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    config_file = project_copy / "mkdocs.yml"
    config_file.write_text(config_file.read_text(encoding="utf-8").replace(
        "enabled: !ENV [BRIEFINGS_PLUGIN, true]", "enabled: true\n      serve_bundle_pages: 3"), encoding="utf-8")
    monkeypatch.chdir(project_copy)
    monkeypatch.setenv("NO_MKDOCS_2_WARNING", "1")
    site = project_copy / "site"

    def config():  # mkdocs serve loads the configuration again for every rebuild
        return load_config(str(config_file), site_dir=str(site))

    first = config()
    first.plugins.on_startup(command="serve", dirty=False)
    build(first, dirty=False)
    plugin = first.plugins["briefings"]
    before, pages = bundle_files(site), indexed_pages(site)
    assert plugin.layout.count >= 3 and pages >= 9

    url = "/briefings/2024/08/putin-i-aliev-obsudili-v-baku-koridor-sever-iug/"
    edited = plugin.layout.bundle_of[url]
    folder = "pagefind" if edited == 1 else f"pagefind-{edited}"
    briefing = (project_copy / "content" / url.strip("/")).with_suffix(".md")
    time.sleep(0.01)
    briefing.write_text(briefing.read_text(encoding="utf-8") + "\nДобавлено: кварцевый маятник.\n", encoding="utf-8")
    os.utime(briefing)
    build(config(), dirty=False)  # empties the site folder first

    after = bundle_files(site)
    assert plugin.rewritten == {edited}  # only that bundle went to Pagefind again
    assert indexed_pages(site) == pages  # search keeps every page
    kept = {name for name in before if not name.startswith(folder + "/")}
    assert kept and all(after.get(name) == before[name] for name in kept)  # written back as they were
    assert "кварцевый маятник" in plugin.searchable[url]
    assert {name for name in after if name.startswith(folder + "/")} != \
        {name for name in before if name.startswith(folder + "/")}  # the edited bundle is new
