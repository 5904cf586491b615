"""Browser tests in a real headless Chromium (Debian's /usr/bin/chromium via Playwright)."""

from __future__ import annotations

import functools
import http.server
import shutil
import threading
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Chromium not installed at /usr/bin/chromium"),
]
SEED_TITLE = "Кремль раскрыл, что обсудят Путин и Алиев"


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def base_url(built_site):
    handler = functools.partial(QuietHandler, directory=str(built_site / "site"))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


@pytest.fixture(scope="module")
def browser():
    playwright_api = pytest.importorskip("playwright.sync_api")
    with playwright_api.sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=str(CHROMIUM),
            args=["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        yield browser
        browser.close()


@pytest.fixture()
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.errors = []
    page.on("pageerror", lambda error: page.errors.append(str(error)))
    page.on("console", lambda msg: page.errors.append(msg.text) if msg.type == "error" else None)
    yield page
    context.close()


def test_home_page_has_no_javascript_errors(page, base_url):
    page.goto(base_url + "/")
    page.wait_for_load_state("networkidle")
    assert "Последние брифинги" in page.content()
    assert page.errors == []


def test_navigate_country_to_briefing_to_person(page, base_url):
    page.goto(base_url + "/")
    page.get_by_role("link", name="Страны").first.click()
    page.wait_for_url("**/countries/")
    page.locator("article").get_by_role("link", name="Азербайджан").first.click()
    page.wait_for_url("**/countries/azerbaidzhan/")
    page.locator("article").get_by_role("link", name=SEED_TITLE).first.click()
    page.wait_for_url("**/briefings/2025/10/**")
    page.locator(".briefing-chips").get_by_role("link", name="Ильхам Алиев").click()
    page.wait_for_url("**/people/ilkham-aliev/")
    assert page.locator("h1").first.inner_text().endswith("Ильхам Алиев")
    assert page.errors == []


def test_search_box_finds_the_seed_for_alieva(page, base_url):
    page.goto(base_url + "/")
    page.locator("#briefings-search input").fill("Алиева")
    results = page.locator(".pagefind-ui__result-link")
    results.first.wait_for(timeout=10000)
    # (results are drawn one by one: wait for the seed's, failing if it never comes)
    results.filter(has_text=SEED_TITLE).first.wait_for(timeout=10000)
    assert any(SEED_TITLE in t for t in results.all_inner_texts())
    assert page.errors == []


SEARCH_ALL = """async (query) => {
    const pagefind = await import("/pagefind/pagefind.js");
    const found = await pagefind.search(query);
    const data = await Promise.all(found.results.map((r) => r.data()));
    return data.map((d) => d.meta.title);
}"""


@pytest.mark.parametrize(
    "query", ["Алиева", "Путина", "алиевым", "Кремля", "азербайджанской", "азербайджанская", "самолете", "самолёте"]
)
def test_russian_search_understands_inflection_and_yo(page, base_url, query):
    page.goto(base_url + "/")
    titles = page.evaluate(SEARCH_ALL, query)
    assert any(SEED_TITLE in t for t in titles), titles


SEARCH_URLS = """async (query) => {
    const pagefind = await import("/pagefind/pagefind.js");
    const found = await pagefind.search(query);
    const data = await Promise.all(found.results.map((r) => r.data()));
    return data.map((d) => d.url);
}"""


def test_search_finds_briefings_and_editor_pages_not_generated_lists(page, base_url):
    page.goto(base_url + "/")
    briefings = page.evaluate(SEARCH_URLS, "Азербайджан")
    assert any(url.startswith("/briefings/") for url in briefings), briefings
    assert "/people/ilkham-aliev/" in page.evaluate(SEARCH_URLS, "Ильхам Алиев")  # the editor's text
    # «Хронология» heads every generated entity page; none of them is a search result
    assert not [u for u in page.evaluate(SEARCH_URLS, "Хронология") if u.startswith(("/people/", "/organizations/",
                                                                                   "/places/", "/timeline/"))
                and u != "/people/ilkham-aliev/"]


EVIL_TEXT = """Злой заголовок <script>window.__pwned = 1</script>

Абзац с <script>window.__pwned = 2</script> сценарием и <img src=x onerror="window.__pwned = 3"> картинкой.

Ещё [ссылка](javascript:window.__pwned=4) и <a href="javascript:window.__pwned=5">вторая</a>.
"""
EVIL_HTML = """<!doctype html><html><head><title>Злая страница</title>
<meta property="article:published_time" content="2025-01-02"></head><body><article>
<h1>Злая страница</h1><p>Первый абзац новости про Москву и Баку, довольно длинный, чтобы его считали текстом.</p>
<script>window.__pwned = 6</script><p>Второй абзац <img src=x onerror="window.__pwned = 7"> с картинкой и
<a href="javascript:window.__pwned=8">ссылкой</a>, тоже достаточно длинный для извлечения основного текста.</p>
</article></body></html>
"""


@pytest.fixture(scope="module")
def evil_site(tmp_path_factory):
    from conftest import REPO, run

    root = tmp_path_factory.mktemp("evil")
    shutil.copy(REPO / "mkdocs.yml", root / "mkdocs.yml")
    shutil.copytree(REPO / "theme", root / "theme")
    (root / "content").mkdir()
    (root / "content" / "index.md").write_text("# Брифинги\n", encoding="utf-8")
    sources = root / "sources"
    sources.mkdir()
    (sources / "evil.txt").write_text(EVIL_TEXT, encoding="utf-8")
    (sources / "evil.html").write_text(EVIL_HTML, encoding="utf-8")
    ingest = run(["briefings", "ingest", "sources", "--out", "content/briefings"], root)
    assert ingest.returncode == 0, ingest.stderr
    build = run(["mkdocs", "build", "--strict"], root)
    assert build.returncode == 0, build.stderr
    return root / "site"


def test_scripts_from_source_articles_never_run(browser, evil_site):
    handler = functools.partial(QuietHandler, directory=str(evil_site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    pages = sorted([*evil_site.glob("briefings/*/*/*/index.html"), *evil_site.glob("briefings/undated/*/index.html")])
    assert len(pages) == 2
    context = browser.new_context()
    page = context.new_page()
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    try:
        for html in pages:
            page.goto(base + "/" + html.relative_to(evil_site).parent.as_posix() + "/")
            page.wait_for_load_state("networkidle")
            for link in page.locator("article a").all():
                href = link.get_attribute("href") or ""
                assert not href.strip().lower().startswith("javascript:"), href
            assert page.evaluate("window.__pwned") is None
            assert "Злой заголовок" in page.content() or "Злая страница" in page.content()
    finally:
        context.close()
        server.shutdown()
    assert dialogs == []


@pytest.fixture(scope="module")
def bundled_site_url(built_site, tmp_path_factory):
    """The demo site built again with two pages per search bundle: six bundles to merge."""
    from conftest import run

    root = tmp_path_factory.mktemp("bundled")
    for name in ("content", "theme"):
        shutil.copytree(built_site / name, root / name, ignore=shutil.ignore_patterns(".*"))
    config = (built_site / "mkdocs.yml").read_text(encoding="utf-8")
    (root / "mkdocs.yml").write_text(config.replace(
        "enabled: !ENV [BRIEFINGS_PLUGIN, true]", "enabled: true\n      search_bundle_pages: 2"), encoding="utf-8")
    build = run(["mkdocs", "build", "--strict"], root)
    assert build.returncode == 0, build.stderr
    assert (root / "site" / "pagefind-6" / "pagefind.js").exists()
    handler = functools.partial(QuietHandler, directory=str(root / "site"))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def ui_results(page, url: str, query: str) -> set[str]:
    page.goto(url)
    page.locator("#briefings-search input").fill(query)
    results = page.locator(".pagefind-ui__result-link")
    results.first.wait_for(timeout=15000)
    found: set[str] = set()
    for _ in range(20):  # until the result list stops changing (bundles answer one by one)
        page.wait_for_timeout(500)
        now = {link.get_attribute("href") for link in results.all()}
        if now == found:
            break
        found = now
    return found


@pytest.mark.parametrize("query", ["Екатеринбург", "Песков", "Росавиация"])  # ≤ 5 results: one page of the UI
def test_search_box_merges_every_bundle(page, bundled_site_url, built_site, query):
    """Every briefing that names the word is found, whichever of the six bundles holds it."""
    content = built_site / "content"
    expected = {
        "/" + path.relative_to(content).with_suffix("").as_posix() + "/"
        for path in (content / "briefings").rglob("*.md")
        if query in path.read_text(encoding="utf-8").split("\n---", 1)[-1]  # the text, not the tags
    }
    assert expected
    for here in ("/", "/people/ilkham-aliev/"):  # bundle paths must not depend on the page
        found = ui_results(page, bundled_site_url + here, query)
        assert expected <= found, (here, expected, found)
    assert page.errors == []
