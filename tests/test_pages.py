"""Pure renderers: pagination, chart, timeline grouping, related briefings by rarity."""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET

from briefings.feeds import all_feeds
from briefings.index import Item, build_index
from briefings.model import Article, DateMention, Entity, Tags
import pytest

from briefings.pages import entity_pages, generate, h, href, mentions_chart


def item(n: int, date: dt.date | None, people=(), countries=(), dates=()) -> Item:
    article = Article(path=f"s{n}", title=f"Брифинг {n} <b>*жирный*</b>", body="", date=date, lead="Лид")
    tags = Tags(
        people=tuple(Entity("people", p) for p in people),
        countries=tuple(Entity("countries", c, code=c[:2].upper()) for c in countries),
        dates=tuple(dates),
    )
    return Item(f"briefings/{n}.md", article, tags)


def test_entity_pages_are_paginated_beyond_per_page():
    items = [item(n, dt.date(2025, 1, 1) + dt.timedelta(days=n), people=["Ильхам Алиев"]) for n in range(120)]
    index = build_index(items)
    (ref,) = index.refs("people")
    pages = entity_pages(index, ref, lambda c: "", per_page=50)
    assert list(pages) == ["people/ilkham-aliev.md", "people/ilkham-aliev/2.md", "people/ilkham-aliev/3.md"]
    first = pages["people/ilkham-aliev.md"].source()
    assert "Брифинг 119" in first and "Брифинг 69" not in first  # newest first, 50 per page
    listing = first[first.index(">Брифинги</h2>") : first.index(">Упоминания по месяцам</h2>")]
    assert listing.count("<li>") == 50


def test_titles_from_articles_are_escaped_in_generated_pages():
    index = build_index([item(1, dt.date(2025, 1, 1), people=["Ильхам Алиев"])])
    page = generate(index, lambda c: "")["people/ilkham-aliev.md"].source()
    assert "&lt;b&gt;*жирный*&lt;/b&gt;" in page and "<b>" not in page


def test_related_prefers_rare_shared_entities_and_close_dates():
    common = ["Владимир Путин"]
    items = [item(0, dt.date(2025, 1, 10), people=common + ["Редкий Человек"])]
    items += [item(n, dt.date(2025, 1, 10), people=common) for n in range(1, 60)]
    items += [item(99, dt.date(2020, 1, 1), people=common + ["Редкий Человек"])]
    index = build_index(items)
    assert index.related(index.items[index.position["briefings/0.md"]], 3)[0].uri == "briefings/99.md"


def test_chart_is_a_static_svg_per_month():
    svg = mentions_chart([dt.date(2025, 1, 5), dt.date(2025, 1, 6), dt.date(2025, 3, 1)])
    root = ET.fromstring(svg)
    rects = root.findall(".//{*}rect") or root.findall(".//rect")
    assert len(rects) == 3  # January, February (empty), March
    assert mentions_chart([]) == ""


def test_timeline_keeps_undated_briefings_apart():
    dated = item(1, dt.date(2025, 10, 9), dates=[DateMention("2025-10-07", "7 октября", "Созвонились 7 октября.")])
    undated = item(2, None)
    pages = {uri: p.source() for uri, p in generate(build_index([dated, undated]), lambda c: "").items()}
    assert "7 октября" in pages["timeline/2025/10.md"] and "10/" in pages["timeline/2025.md"]
    assert "Брифинги без даты" in pages["timeline/index.md"] and "Брифинг 2" in pages["timeline/index.md"]
    assert "briefings/undated/index.md" in pages


def test_feeds_are_valid_rss():
    index = build_index([item(1, dt.date(2025, 10, 9), people=["Ильхам Алиев"])])
    feeds = all_feeds(index, "Брифинги", "https://example.org/")
    assert set(feeds) == {"feed.xml", "people/ilkham-aliev/feed.xml"}
    channel = ET.fromstring(feeds["people/ilkham-aliev/feed.xml"].split("\n", 1)[1]).find("channel")
    assert channel.find("item/link").text == "https://example.org/briefings/1/"
    assert channel.find("item/pubDate").text.startswith("Thu, 09 Oct 2025")


def test_entities_named_once_get_no_page_unless_kept():
    items = [item(1, dt.date(2025, 1, 1), people=["Ильхам Алиев", "Редкий Человек"], countries=["Азербайджан"]),
             item(2, dt.date(2025, 1, 2), people=["Ильхам Алиев"])]
    index = build_index(items, min_briefings=2, keep_pages=frozenset({"people/redkii-chelovek.md"}))
    assert {r.name: r.paged for r in index.refs("people")} == {"Ильхам Алиев": True, "Редкий Человек": True}
    index = build_index(items, min_briefings=2)
    assert {r.name: r.paged for r in index.refs("people")} == {"Ильхам Алиев": True, "Редкий Человек": False}
    assert [r.paged for r in index.refs("countries")] == [True]  # countries always have a page
    pages = {uri: p.source() for uri, p in generate(index, lambda c: "").items()}
    assert "people/redkii-chelovek.md" not in pages and "people/ilkham-aliev.md" in pages
    assert "Ещё 1 упомянуты лишь в одном брифинге" in pages["people/index.md"]
    from briefings.pages import briefing_header

    header = briefing_header(index, index.items[index.position["briefings/1.md"]], lambda c: "").source()
    assert 'href="../../people/ilkham-aliev/"' in header and '<span class="briefing-chip briefing-chip--people">' in header
    assert "Редкий Человек</span>" in header and "markdown>" not in header







@pytest.mark.parametrize(
    "here, target, url",
    [
        ("people/ilkham-aliev.md", "people/ilkham-aliev/2.md", "2/"),
        ("people/ilkham-aliev/2.md", "people/ilkham-aliev.md", "../"),
        ("briefings/2025/10/x.md", "people/ilkham-aliev.md", "../../../../people/ilkham-aliev/"),
        ("index.md", "briefings/index.md", "briefings/"),
        ("countries/index.md", "index.md", "../"),
        ("timeline/index.md", "timeline/2025.md", "2025/"),
        ("people/ilkham-aliev.md", "people/ilkham-aliev/feed.xml", "feed.xml"),
        ("index.md", "index.md", "./"),
    ],
)
def test_href_gives_directory_urls(here, target, url):
    assert href(here, target) == url


def test_year_archives_are_paginated():
    items = [item(n, dt.date(2024, 1, 1) + dt.timedelta(days=n % 300)) for n in range(1200)]
    pages = {uri: p.source() for uri, p in generate(build_index(items), lambda c: "").items()}
    assert {"briefings/2024/index.md", "briefings/2024/page_2.md", "briefings/2024/page_3.md"} <= set(pages)
    assert pages["briefings/2024/page_3.md"].count("<li>") == 200
    assert 'href="page_2/"' in pages["briefings/2024/index.md"]


def test_entity_lists_are_rendered_only_when_the_page_is_written(monkeypatch):
    """The plugin holds thousands of generated pages between MkDocs' two passes: their
    lists must not exist until each page is written."""
    import briefings.pages as pages_module

    rendered = []
    monkeypatch.setattr(pages_module, "item_html", lambda it, here: rendered.append(here) or h(it.title))
    items = [item(n, dt.date(2025, 1, 1) + dt.timedelta(days=n), people=["Ильхам Алиев"]) for n in range(3)]
    pages = generate(build_index(items), lambda c: "")
    eager = set(rendered)
    assert "people/ilkham-aliev.md" not in eager  # home and archive index are small and eager
    html = pages["people/ilkham-aliev.md"].source()
    assert rendered.count("people/ilkham-aliev.md") == 3 and html.count("<li>") >= 3
    assert "data-briefings-block" not in html


def test_big_kinds_list_their_entities_by_letter():
    names = ["Анна Белова", "Андрей Волков", "Борис Глебов", "Alan Turing", "Ада Лавлейс"]
    items = [item(n, dt.date(2025, 1, 1 + n), people=names) for n in range(2)]
    index = build_index(items)
    pages = {uri: p.source() for uri, p in generate(index, lambda c: "", letter_pages_from=3).items()}
    letters = sorted(uri for uri in pages if uri.startswith("people/by_letter/"))
    assert letters == ["people/by_letter/a-2.md", "people/by_letter/a.md", "people/by_letter/b.md"]  # А, A, Б
    home = pages["people/index.md"]
    assert all(f'href="by_letter/{uri.rsplit("/", 1)[1][:-3]}/"' in home for uri in letters)
    listed = "".join(pages[uri] for uri in letters)
    assert all(f'href="../../{ref.uri[len("people/"):-3]}/"' in listed for ref in index.refs("people", paged_only=True))
    assert "by_letter" not in "".join(generate(index, lambda c: "").keys())  # small kinds: one page


def test_busy_timeline_months_are_paginated(monkeypatch):
    import briefings.pages as pages_module

    monkeypatch.setattr(pages_module, "MONTH_PAGE", 2)
    items = [item(n, dt.date(2025, 3, 1 + n), dates=[DateMention(f"2025-03-1{n}", f"{10 + n} марта", "")])
             for n in range(5)]
    pages = {uri: p.source() for uri, p in generate(build_index(items), lambda c: "").items()}
    months = sorted(uri for uri in pages if uri.startswith("timeline/2025/03"))
    assert months == ["timeline/2025/03.md", "timeline/2025/03/page_2.md", "timeline/2025/03/page_3.md"]
    assert all(pages[uri].count("<li>") <= 2 for uri in months)
    assert 'href="page_2/"' in pages["timeline/2025/03.md"] and 'href="../"' in pages["timeline/2025/03/page_2.md"]


def test_has_related_says_whether_related_finds_anything():
    """The footer's related block is planned from ``has_related`` and rendered later from
    ``related``: the two must agree for every briefing."""
    items = [item(0, dt.date(2025, 1, 1), people=["Один Единственный"])]  # shares nothing
    items += [item(n, dt.date(2025, 1, 1) + dt.timedelta(days=n), people=["Владимир Путин"]) for n in range(1, 60)]  # common only
    items += [item(60 + n, dt.date(2025, 2, 1), people=["Владимир Путин", "Редкий Человек"]) for n in range(3)]
    index = build_index(items)
    answers = {it.uri: index.has_related(it) for it in index.items}
    assert answers == {it.uri: bool(index.related(it, 5)) for it in index.items}
    assert answers["briefings/0.md"] is False and answers["briefings/60.md"] is True
    assert answers["briefings/1.md"] is False  # «Владимир Путин» is in more than COMMON_ENTITY briefings


def test_href_html_is_the_escaped_href():
    import html as html_module

    from briefings.pages import href_html

    paths = ["index.md", "people/index.md", "people/a&b.md", "briefings/2025/01/x.md", "briefings/undated/y.md",
             "people/x/feed.xml", "feed.xml", "a//b.md", "people/\"q\".md", "timeline/2025/03/page_2.md"]
    for here in [p for p in paths if p.endswith(".md")]:
        for target in paths:
            assert href_html(here, target) == html_module.escape(href(here, target)), (here, target)


def test_events_are_newest_first_with_ties_in_mention_order():
    from briefings.index import _event_order

    same = DateMention("2025-03", "в марте", "В марте.")
    items = [item(n, dt.date(2025, 1, n + 1), people=["Ильхам Алиев"] if n % 2 else [],
                  dates=[DateMention(f"2025-0{1 + n % 3}", f"d{n}", ""), same, same,
                         DateMention("2024", "в 2024 году", "")]) for n in range(9)]
    index = build_index(items)
    expected = sorted((e for it in index.items for e in index.item_events[index.position[it.uri]]),
                      key=_event_order, reverse=True)
    assert index.events() == expected
    (ref,) = index.refs("people")
    chosen = index.items_of(ref)
    assert index.events(chosen) == [e for e in expected if e.item in chosen]
    assert index.events(list(reversed(chosen))) == sorted(
        (e for it in reversed(chosen) for e in index.item_events[index.position[it.uri]]), key=_event_order, reverse=True)


def test_lists_are_html_lists():
    from briefings.pages import ul

    assert ul([]) == "<ul></ul>" and ul([], "x") == '<ul class="x"></ul>'
    assert ul(iter(["a", "b"]), "x") == '<ul class="x"><li>a</li><li>b</li></ul>'


def test_a_latin_spelling_is_the_same_person_site_wide():
    items = [item(0, dt.date(2025, 1, 1), people=["Мария Шарапова"]),
             item(1, dt.date(2025, 1, 2), people=["Maria Sharapova"]),
             item(2, dt.date(2025, 1, 3), people=["Gleb Sorokin"])]
    index = build_index(items)
    assert sorted((ref.name, len(index.items_of(ref))) for ref in index.refs("people")) == \
        [("Gleb Sorokin", 1), ("Мария Шарапова", 2)]
