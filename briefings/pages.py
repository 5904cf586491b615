"""Pure renderers: SiteIndex → Markdown of every generated page (no MkDocs types).

Links are relative ``.md`` links so MkDocs resolves and validates them; text from
articles goes through ``escape_text`` so it is never markup.
"""

from __future__ import annotations

import datetime as dt
import posixpath
from collections import Counter, defaultdict
from typing import Callable, Iterable

from briefings.feeds import feed_uri
from briefings.index import EntityRef, Event, Item, SiteIndex
from briefings.markup import escape_text
from briefings.model import KINDS

MONTHS_GEN = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
              "сентября", "октября", "ноября", "декабря")
MONTHS_NOM = ("Январь", "Февраль", "Март", "Апрель", "Май", "Июнь", "Июль", "Август",
              "Сентябрь", "Октябрь", "Ноябрь", "Декабрь")
KIND_TITLES = {"countries": "Страны", "people": "Персоны", "organizations": "Организации", "places": "Места"}
KIND_ICONS = {
    "countries": "",
    "people": ":material-account: ",
    "organizations": ":material-domain: ",
    "places": ":material-map-marker: ",
}
UNDATED = "без даты"

Flag = Callable[[str], str]


def unsearchable(lines: list[str]) -> list[str]:
    """Wrap generated lists so Pagefind skips them: search finds briefings by their own
    text, not every list page that repeats their titles and sentences."""
    return ["<div data-pagefind-ignore markdown>", "", *lines, "", "</div>", ""]


def rel(from_uri: str, to_uri: str) -> str:
    """Relative link from one docs page to another (both ``.md`` source paths)."""
    return posixpath.relpath(to_uri, posixpath.dirname(from_uri) or ".")


def esc(text: str) -> str:
    return escape_text(" ".join(text.split()))


def date_ru(date: dt.date | None) -> str:
    if date is None:
        return UNDATED
    return f"{date.day} {MONTHS_GEN[date.month - 1]} {date.year}"


def label(ref: EntityRef, flag: Flag) -> str:
    prefix = f"{flag(ref.code)} " if ref.kind == "countries" and ref.code else KIND_ICONS[ref.kind]
    return f"{prefix}{esc(ref.name)}"


def entity_link(ref: EntityRef, here: str, flag: Flag) -> str:
    """The entity's label, linked to its page when it has one."""
    return f"[{label(ref, flag)}]({rel(here, ref.uri)})" if ref.paged else label(ref, flag)


def link_item(item: Item, here: str) -> str:
    return f"[{esc(item.title)}]({rel(here, item.uri)})"


def item_line(item: Item, here: str) -> str:
    return f"- {date_ru(item.date)} — {link_item(item, here)}"


# -- briefing pages ------------------------------------------------------------------


def briefing_header(index: SiteIndex, item: Item, flag: Flag) -> str:
    article = item.article
    facts = [f":material-calendar: {date_ru(item.date)}"]
    if article.rubric:
        facts.append(f":material-tag: {esc(article.rubric)}")
    if article.source.url and article.source.url.startswith(("http://", "https://")):
        name = esc(article.source.name or article.source.url)
        facts.append(f":material-link: [{name}](<{article.source.url}>)")
    elif article.source.name:
        facts.append(f":material-newspaper: {esc(article.source.name)}")
    lines = [" · ".join(facts), ""]
    if article.lead:
        lines += [f"**{esc(article.lead)}**", ""]
    chips = [
        f"{entity_link(ref, item.uri, flag)}{{ .briefing-chip .briefing-chip--{ref.kind} }}"
        if ref.paged
        else f'<span class="briefing-chip briefing-chip--{ref.kind}" markdown>{label(ref, flag)}</span>'
        for ref in index.entities_of(item)
    ]
    if chips:
        lines += ['<div class="briefing-chips" markdown>', " ".join(chips), "</div>", ""]
    return "\n".join(lines)


def briefing_footer(index: SiteIndex, item: Item, related: int) -> str:
    lines = [""]
    if item.tags.dates:
        lines += ['!!! info "Даты в тексте"', ""]
        for mention in item.tags.dates:
            lines.append(f"    - **{esc(mention.text)}** → `{mention.value}`")
        lines.append("")
    similar = index.related(item, related)
    if similar:
        lines += ["## Связанные брифинги", ""] + [item_line(other, item.uri) for other in similar] + [""]
    older, newer = index.neighbours(item)
    if older or newer:
        nav = []
        if older:
            nav.append(f"← {link_item(older, item.uri)}")
        if newer:
            nav.append(f"{link_item(newer, item.uri)} →")
        lines += [" · ".join(nav), ""]
    return "\n".join(unsearchable(lines))


# -- entity pages --------------------------------------------------------------------


def entity_pages(index: SiteIndex, ref: EntityRef, flag: Flag, per_page: int, description: str = "") -> dict[str, str]:
    """The entity page (and its continuation pages when it has more than ``per_page`` briefings)."""
    items = index.items_of(ref)
    chunks = [items[i : i + per_page] for i in range(0, len(items), per_page)] or [[]]
    stem = ref.uri[: -len(".md")]
    uris = [ref.uri] + [f"{stem}/{n}.md" for n in range(2, len(chunks) + 1)]
    pages = {}
    for n, (uri, chunk) in enumerate(zip(uris, chunks), 1):
        lines = [f"# {label(ref, flag)}" + (f" — страница {n}" if n > 1 else ""), ""]
        if n == 1:
            lines += entity_intro(index, ref, description)
            lines += [f"[:material-rss: RSS-лента]({rel(uri, feed_uri(ref.uri))})", ""]
        generated = [f"## Брифинги ({len(items)})", ""] + [item_line(it, uri) for it in chunk] + [""]
        if len(chunks) > 1:
            generated += [" · ".join(f"[{k}]({rel(uri, u)})" if u != uri else f"**{k}**" for k, u in enumerate(uris, 1)), ""]
        if n == 1:
            generated += entity_sections(index, ref, flag)
        pages[uri] = "\n".join(lines + unsearchable(generated))
    return pages


def entity_intro(index: SiteIndex, ref: EntityRef, description: str) -> list[str]:
    lines = []
    if description:
        lines += [esc(description), ""]
    return lines


def entity_sections(index: SiteIndex, ref: EntityRef, flag: Flag) -> list[str]:
    here = ref.uri
    items = index.items_of(ref)
    lines = []
    chart = mentions_chart([it.date for it in items if it.date])
    if chart:
        lines += ["## Упоминания по месяцам", "", chart, ""]
    events = index.events(items)[:100]
    if events:
        lines += ["## Хронология", ""] + [event_line(e, here) for e in events] + [""]
    together = index.cooccurring(ref)
    if together:
        lines += ["## Упоминается вместе с", ""]
        lines += [f"- {entity_link(other, here, flag)} — {n}" for other, n in together]
        lines.append("")
    return lines


def event_line(event: Event, here: str) -> str:
    sentence = esc(event.date.sentence) if event.date.sentence else ""
    return f"- **{esc(event.date.text)}** (`{event.date.value}`) — {sentence} {link_item(event.item, here)}".rstrip()


def mentions_chart(dates: Iterable[dt.date], width: int = 640, height: int = 160) -> str:
    """Briefings per month as a static inline SVG bar chart ("" when nothing to draw)."""
    months = Counter((d.year, d.month) for d in dates)
    if not months:
        return ""
    first, last = min(months), max(months)
    span = []
    y, m = first
    while (y, m) <= last:
        span.append((y, m))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    peak = max(months.values())
    bar = width / len(span)
    rects = []
    for i, key in enumerate(span):
        count = months.get(key, 0)
        h = (height - 20) * count / peak
        title = f"{MONTHS_NOM[key[1] - 1]} {key[0]}: {count}"
        rects.append(
            f'<rect x="{i * bar + 1:.1f}" y="{height - 16 - h:.1f}" width="{max(bar - 2, 1):.1f}" '
            f'height="{h:.1f}"><title>{title}</title></rect>'
        )
    caption = f"{MONTHS_NOM[first[1] - 1]} {first[0]} — {MONTHS_NOM[last[1] - 1]} {last[0]}, максимум {peak}"
    return (
        f'<figure class="briefing-chart"><svg viewBox="0 0 {width} {height}" role="img" '
        f'aria-label="Упоминания по месяцам">{"".join(rects)}'
        f'<text x="0" y="{height - 2}">{caption}</text></svg></figure>'
    )


# -- indexes, timeline, home ------------------------------------------------------------


def kind_index(index: SiteIndex, kind: str, flag: Flag) -> str:
    here = f"{kind}/index.md"
    refs = sorted(index.refs(kind, paged_only=True), key=lambda r: (r.name.lower().replace("ё", "е"), r.slug))
    unpaged = len(index.refs(kind)) - len(refs)
    lines: list[str] = []
    top = sorted(refs, key=lambda r: (-index.count(r), r.name))[:15]
    if top:
        lines += ["## Чаще всего", ""]
        lines += [f"- [{label(r, flag)}]({rel(here, r.uri)}) — {index.count(r)}" for r in top] + [""]
    groups: dict[str, list[EntityRef]] = defaultdict(list)
    for ref in refs:
        groups[ref.name[:1].upper()].append(ref)
    lines += ["## От А до Я", ""]
    for letter in sorted(groups, key=lambda c: c.replace("Ё", "Е")):
        lines += [f"### {esc(letter)}", ""]
        lines += [f"- [{label(r, flag)}]({rel(here, r.uri)}) — {index.count(r)}" for r in groups[letter]] + [""]
    total = f"Всего: {len(refs)}." + (f" Ещё {unpaged} упомянуты лишь в одном брифинге (без отдельной страницы)." if unpaged else "")
    return "\n".join([f"# {KIND_TITLES[kind]}", "", total, ""] + unsearchable(lines))


def timeline_pages(index: SiteIndex) -> dict[str, str]:
    """``timeline/index.md`` (years, latest year, undated) and one page per year."""
    by_year: dict[int, list[Event]] = defaultdict(list)
    for event in index.events():
        by_year[event.start.year].append(event)
    years = sorted(by_year, reverse=True)
    pages = {}
    for year in years:
        uri = f"timeline/{year}.md"
        pages[uri] = "\n".join([f"# Хронология: {year}", ""] + unsearchable(_events_by_month(by_year[year], uri)))
    here = "timeline/index.md"
    lines = ["# Хронология", "",
             "События, упомянутые в брифингах, по дате события (не по дате публикации).", ""]
    if years:
        lines += ["Годы: " + " · ".join(f"[{y}]({rel(here, f'timeline/{y}.md')}) ({len(by_year[y])})" for y in years), ""]
        lines += [f"## {years[0]}", ""] + _events_by_month(by_year[years[0]], here, level="###")
    undated = [it for it in index.items if it.date is None]
    if undated:
        lines += ["## Брифинги без даты", ""] + [f"- {link_item(it, here)}" for it in undated] + [""]
    pages[here] = "\n".join(lines[:4] + unsearchable(lines[4:]))
    return pages


def _events_by_month(events: list[Event], here: str, level: str = "##") -> list[str]:
    lines: list[str] = []
    current = None
    for event in events:
        precise = event.start.month == event.stop.month and event.start.year == event.stop.year
        heading = f"{MONTHS_NOM[event.start.month - 1]} {event.start.year}" if precise else f"{event.start.year}, период"
        if heading != current:
            lines += ["", f"{level} {heading}", ""]
            current = heading
        published = f" · опубликовано {date_ru(event.item.date)}" if event.item.date else ""
        lines.append(event_line(event, here) + published)
    return lines + [""]


def briefings_archive(index: SiteIndex) -> dict[str, str]:
    """``briefings/index.md`` (years and the latest 50) and ``briefings/<year>/index.md``."""
    by_year: dict[str, list[Item]] = defaultdict(list)
    for item in index.items:
        by_year[str(item.date.year) if item.date else "undated"].append(item)
    pages = {}
    for year, items in by_year.items():
        uri = f"briefings/{year}/index.md"
        title = year if year != "undated" else "Без даты"
        pages[uri] = "\n".join([f"# Брифинги: {title}", ""] + unsearchable([item_line(it, uri) for it in items]))
    here = "briefings/index.md"
    years = sorted((y for y in by_year if y != "undated"), reverse=True) + (["undated"] if "undated" in by_year else [])
    lines = ["# Брифинги", "", f"Всего: {len(index.items)}.", ""]
    lines += ["Архив: " + " · ".join(
        f"[{y if y != 'undated' else 'без даты'}]({rel(here, f'briefings/{y}/index.md')}) ({len(by_year[y])})" for y in years
    ), ""]
    lines += ["## Последние", ""] + [item_line(it, here) for it in index.items[:50]] + [""]
    pages[here] = "\n".join(lines[:4] + unsearchable(lines[4:]))
    return pages


def home_sections(index: SiteIndex, flag: Flag, latest: int = 10) -> str:
    here = "index.md"
    lines = ["## Последние брифинги", ""] + [item_line(it, here) for it in index.items[:latest]]
    lines += ["", f"[Все брифинги ({len(index.items)}) →]({rel(here, 'briefings/index.md')})", ""]
    dated = [it for it in index.items if it.date]
    if dated:
        newest = dated[0].date
        recent = {index.position[it.uri] for it in dated if (newest - it.date).days <= 30}
        lines += ["## Чаще всего за последние 30 дней", ""]
        for kind in KINDS:
            counts = Counter(k for pos in recent for k in index.item_entities[pos] if k[0] == kind)
            if counts:
                top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:8]
                refs = [f"{entity_link(index.entities[k], here, flag)} ({n})" for k, n in top]
                lines += [f"**{KIND_TITLES[kind]}:** " + " · ".join(refs), ""]
    return "\n".join(unsearchable(lines))


def generate(index: SiteIndex, flag: Flag, per_page: int = 50, descriptions: Callable[[EntityRef], str] = lambda r: "") -> dict[str, str]:
    """Every generated page: ``{docs-relative .md path: Markdown}``."""
    pages: dict[str, str] = {"index.md": "# Брифинги\n\n" + home_sections(index, flag)}
    pages.update(briefings_archive(index))
    pages.update(timeline_pages(index))
    for kind in KINDS:
        pages[f"{kind}/index.md"] = kind_index(index, kind, flag)
        for ref in index.refs(kind, paged_only=True):
            pages.update(entity_pages(index, ref, flag, per_page, descriptions(ref)))
    return pages
