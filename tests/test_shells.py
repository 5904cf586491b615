"""Theme shells: generated pages filled into a shared theme render must equal a real render."""

from __future__ import annotations

import re

import pytest

from briefings.shells import plain
from conftest import run


@pytest.mark.parametrize(
    "title, expected",
    [
        ("Ильхам Алиев", True),
        ("Хронология: Март 2025", True),
        ("AT&T", False),  # the theme shows it raw in one place and through striptags in another
        ("Кот-д'Ивуар", False),
        ('Газета "Завтра"', False),
        ("<b>Жирный</b>", False),
        ("Два  пробела", False),
        (" Пробел в начале", False),
        ("", False),
        (None, False),
    ],
)
def test_only_plain_titles_are_filled_into_a_shell(title, expected):
    assert plain(title) is expected


BRIEFING = """---
title: "{title}"
date: 2025-0{month}-1{day}
countries: [Россия, Казахстан]
people: [Иван Петров]
organizations: [AT&T, Газпром]
places: [Астана]
---

Текст брифинга номер {n}: Иван Петров, AT&T и «Газпром» в Астане.
"""


@pytest.fixture()
def shell_site(project_copy):
    """The demo inputs plus briefings whose entities have awkward names, with a site_url
    (canonical links differ per page) and the plugin in ``fast_pages: verify`` mode."""
    config = (project_copy / "mkdocs.yml").read_text(encoding="utf-8")
    config = config.replace("enabled: !ENV [BRIEFINGS_PLUGIN, true]",
                            "enabled: true\n      fast_pages: verify\n      search: none")
    config = re.sub(r'(?m)^site_url:.*$', 'site_url: "https://example.org/briefs/"', config)
    (project_copy / "mkdocs.yml").write_text(config, encoding="utf-8")
    folder = project_copy / "content" / "briefings" / "2025" / "03"
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(1, 4):
        text = BRIEFING.format(title=f"Брифинг {n} & сводка", month=3, day=n, n=n)
        (folder / f"brifing-{n}.md").write_text(text, encoding="utf-8")
    return project_copy


def test_shell_pages_equal_the_theme_render(shell_site):
    """``verify`` renders every shaped page both ways and fails the build on a difference."""
    build = run(["mkdocs", "build", "--strict", "--verbose"], shell_site)
    assert build.returncode == 0, build.stderr[-3000:]
    found = re.search(r"briefings: (\d+) generated pages, (\d+) theme shells", build.stderr + build.stdout)
    assert found, build.stderr[-2000:]
    pages, shells = map(int, found.groups())
    assert 0 < shells < pages
    site = shell_site / "site"
    org = (site / "organizations" / "at-t" / "index.html").read_text(encoding="utf-8")
    assert '<link rel="canonical" href="https://example.org/briefs/organizations/at-t/">' in org
    person = (site / "people" / "ivan-petrov" / "index.html").read_text(encoding="utf-8")
    assert "<title>Иван Петров - " in person
    assert '<link rel="canonical" href="https://example.org/briefs/people/ivan-petrov/">' in person
    assert "\ue000" not in person and "\ue000" not in org


def test_fast_pages_write_the_same_site_as_the_theme(project_copy):
    """The whole demo site, byte for byte (sitemap aside), with and without theme shells."""
    config = (project_copy / "mkdocs.yml").read_text(encoding="utf-8")
    sites = {}
    for mode in ("true", "false"):
        (project_copy / "mkdocs.yml").write_text(config.replace(
            "enabled: !ENV [BRIEFINGS_PLUGIN, true]", f"enabled: true\n      fast_pages: {mode}\n      search: none"),
            encoding="utf-8")
        build = run(["mkdocs", "build", "--strict", "--site-dir", f"site-{mode}"], project_copy)
        assert build.returncode == 0, build.stderr[-2000:]
        root = project_copy / f"site-{mode}"
        sites[mode] = {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*")
                       if p.is_file() and not p.name.startswith("sitemap.xml")}
    assert sorted(sites["true"]) == sorted(sites["false"])
    assert [name for name in sites["true"] if sites["true"][name] != sites["false"][name]] == []
