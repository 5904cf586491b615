"""End-to-end: ingest the sample sources, `mkdocs build --strict`, check pages and links."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urldefrag, urlsplit

import pytest

SEED_URI = "briefings/2025/10/kreml-raskryl-chto-obsudiat-putin-i-aliev-na-pervoi-za-god-vstreche"


class Links(HTMLParser):
    """Every href/src of a page; ``resources`` are those the browser fetches by itself."""

    def __init__(self):
        super().__init__()
        self.links: list[str] = []
        self.resources: list[str] = []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if value and name in ("href", "src"):
                self.links.append(value)
                if name == "src" or tag == "link":
                    self.resources.append(value)


def parse_links(page: Path) -> Links:
    parser = Links()
    parser.feed(page.read_text(encoding="utf-8"))
    return parser


def links_of(page: Path) -> list[str]:
    return parse_links(page).links


def resolve(page: Path, href: str, site: Path) -> Path | None:
    """The file an internal link points to (None for external, mailto, data: links)."""
    parts = urlsplit(href)
    if parts.scheme or parts.netloc or href.startswith(("#", "data:", "mailto:", "javascript:")):
        return None
    path = unquote(urldefrag(parts.path)[0])
    if not path:
        return None
    target = (site / path.lstrip("/")) if path.startswith("/") else (page.parent / path)
    target = target.resolve()
    return target / "index.html" if target.is_dir() else target


@pytest.fixture(scope="module")
def site(built_site):
    return built_site / "site"


def page(site: Path, uri: str) -> Path:
    return site / uri / "index.html"


def test_seed_briefing_was_ingested(built_site):
    generated = built_site / "content" / f"{SEED_URI}.md"
    assert generated.exists()
    text = generated.read_text(encoding="utf-8")
    assert text.startswith("---\ntitle: Кремль раскрыл, что обсудят Путин и Алиев на первой за год встрече\n")


def test_azerbaijan_page_lists_the_seed_briefing(site):
    html = page(site, "countries/azerbaidzhan").read_text(encoding="utf-8")
    assert "Кремль раскрыл, что обсудят Путин и Алиев" in html
    assert any(SEED_URI in (resolve(page(site, "countries/azerbaidzhan"), h, site) or Path()).as_posix() for h in links_of(page(site, "countries/azerbaidzhan")))


@pytest.mark.parametrize("person", ["people/vladimir-putin", "people/ilkham-aliev", "people/dmitrii-peskov"])
def test_seed_briefing_links_to_people_who_link_back(site, person):
    seed = page(site, SEED_URI)
    targets = {resolve(seed, h, site) for h in links_of(seed)}
    assert page(site, person).resolve() in targets
    back = {resolve(page(site, person), h, site) for h in links_of(page(site, person))}
    assert seed.resolve() in back


def test_editor_text_comes_before_generated_sections(site):
    html = page(site, "people/ilkham-aliev").read_text(encoding="utf-8")
    html = html[html.index("<article") :]
    assert "Всего брифингов:" in html
    editor = (Path(__file__).resolve().parents[1] / "content/people/ilkham-aliev.md").read_text(encoding="utf-8")
    first_sentence = editor.split("---", 2)[2].strip().split(".")[0]
    assert html.index(first_sentence[:40]) < html.index("Всего брифингов:")


def test_home_lists_briefings_and_indexes_exist(site):
    home = (site / "index.html").read_text(encoding="utf-8")
    assert "Последние брифинги" in home and "Кремль раскрыл" in home
    for uri in ("countries", "people", "organizations", "places", "timeline", "briefings"):
        assert page(site, uri).exists(), uri


def test_timeline_shows_the_seed_phone_call(site):
    html = page(site, "timeline").read_text(encoding="utf-8") + "".join(
        p.read_text(encoding="utf-8") for p in (site / "timeline").glob("*/index.html")
    )
    assert re.search(r"7 октября.{0,40}2025-10-07", html, re.S)


def test_the_entity_registry_is_not_published(built_site):
    """``content/entities.yml`` is the plugin's data (aliases, names never to tag), not a
    file of the site, though it sits in the docs folder."""
    assert (built_site / "content" / "entities.yml").exists()
    assert not (built_site / "site" / "entities.yml").exists()


def test_no_broken_internal_links(site):
    broken = []
    for html in site.rglob("*.html"):
        for href in links_of(html):
            target = resolve(html, href, site)
            if target is not None and not target.exists():
                broken.append(f"{html.relative_to(site)} -> {href}")
    assert broken == []


def test_every_entity_page_is_reachable_from_its_index(site):
    for kind in ("countries", "people", "organizations", "places"):
        index = page(site, kind)
        linked = {resolve(index, h, site) for h in links_of(index)}
        for entity in (site / kind).glob("*/index.html"):
            assert entity.resolve() in linked, entity


def test_no_third_party_requests(site):
    for html in [site / "index.html", page(site, SEED_URI), page(site, "countries/azerbaidzhan")]:
        text = html.read_text(encoding="utf-8")
        assert "fonts.googleapis" not in text and "fonts.gstatic" not in text
        for href in parse_links(html).resources:
            assert not urlsplit(href).netloc, href


def test_two_builds_of_the_same_content_are_identical(built_site):
    """Byte-identical sites, except the sitemap (it carries the build date)."""
    from conftest import run

    again = built_site / "site-again"
    build = run(["mkdocs", "build", "--strict", "--site-dir", str(again)], built_site)
    assert build.returncode == 0, build.stderr

    def files(root: Path) -> dict[str, bytes]:
        return {
            p.relative_to(root).as_posix(): p.read_bytes()
            for p in sorted(root.rglob("*"))
            if p.is_file() and not p.name.startswith("sitemap.xml")
        }

    first, second = files(built_site / "site"), files(again)
    assert sorted(first) == sorted(second)
    assert [name for name in first if first[name] != second[name]] == []


def test_every_generated_block_is_restored(site):
    leftovers = [p.relative_to(site).as_posix() for p in site.rglob("*.html") if "data-briefings-block" in p.read_text(encoding="utf-8")]
    assert leftovers == []
    assert "<ul><li>" in page(site, "countries/azerbaidzhan").read_text(encoding="utf-8")
