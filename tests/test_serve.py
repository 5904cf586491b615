"""`mkdocs serve`: a new or edited briefing shows up, tagged, after the rebuild."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

NEW_BRIEFING = """---
title: Токаев провёл переговоры в Астане
date: 2025-11-20
---

Президент Казахстана Касым-Жомарт Токаев провёл в Астане переговоры о транзите грузов
через Каспийское море. Стороны обсудили маршрут через Актау и Баку.
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return None


def wait_for(url: str, needle: str, seconds: float = 90) -> str:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        html = fetch(url)
        if html and needle in html:
            return html
        time.sleep(0.5)
    raise AssertionError(f"{needle!r} never appeared at {url}")


@pytest.fixture()
def server(project_copy, request):
    port = free_port()
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}")
    extra = getattr(request, "param", [])
    process = subprocess.Popen(
        ["mkdocs", "serve", "--dev-addr", f"127.0.0.1:{port}", *extra],
        cwd=project_copy, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
        # (a shell's background job ignores Ctrl-C, and its children inherit that: heed it)
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for(base + "/", "Последние брифинги")
        yield project_copy, base
    finally:
        process.send_signal(signal.SIGINT)  # as Ctrl-C: mkdocs serve removes its temporary site folder only then
        try:
            process.wait(timeout=90)  # (a rebuild in progress finishes first, slow on a loaded machine)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def test_new_markdown_briefing_appears_tagged(server):
    root, base = server
    target = root / "content" / "briefings" / "2025" / "11" / "tokaev.md"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(NEW_BRIEFING, encoding="utf-8")
    page = wait_for(base + "/briefings/2025/11/tokaev/", "Токаев провёл переговоры")
    assert "/people/kasym-zhomart-tokaev/" in page or "../../../../people/kasym-zhomart-tokaev/" in page
    wait_for(base + "/people/kasym-zhomart-tokaev/", "Токаев провёл переговоры в Астане")
    wait_for(base + "/countries/", "Казахстан")


def test_edited_frontmatter_updates_entity_pages(server):
    root, base = server
    briefing = next(p for p in sorted((root / "content" / "briefings").rglob("*.md")) if "\ncountries:" in p.read_text(encoding="utf-8"))
    text = briefing.read_text(encoding="utf-8")
    title = next(line for line in text.splitlines() if line.startswith("title:")).split(":", 1)[1].strip().strip('"')
    lines = text.splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith("countries:"))
    lines[at] = "countries: [Грузия]"
    briefing.write_text("\n".join(lines) + "\n", encoding="utf-8")
    wait_for(base + "/countries/gruziia/", title[:30])


def indexed_pages(base: str) -> int:
    import json

    entry = json.loads(fetch(base + "/pagefind/pagefind-entry.json") or "{}")
    return sum(language["page_count"] for language in entry.get("languages", {}).values())


@pytest.mark.parametrize("server", [["--dirty"]], indirect=True)
def test_dirty_rebuild_keeps_the_whole_search_index(server):
    """``--dirty`` re-renders only the edited briefing; search must still cover every page."""
    root, base = server
    before = indexed_pages(base)
    assert before > 5
    briefing = next(p for p in sorted((root / "content" / "briefings").rglob("*.md")) if "\ncountries:" in p.read_text(encoding="utf-8"))
    briefing.write_text(briefing.read_text(encoding="utf-8") + "\nДобавлено при проверке: кварцевый маятник.\n",
                        encoding="utf-8")
    url = base + "/" + briefing.relative_to(root / "content").with_suffix("").as_posix() + "/"
    wait_for(url, "кварцевый маятник")
    deadline = time.monotonic() + 30
    while indexed_pages(base) != before and time.monotonic() < deadline:
        time.sleep(0.5)
    assert indexed_pages(base) == before

