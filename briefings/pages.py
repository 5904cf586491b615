"""Pure renderers: SiteIndex → every generated page (no MkDocs types).

Generated pages (entity pages, indexes, timeline, archives) are HTML with headings
for the table of contents (``GeneratedPage``); their long lists are ``Block``s,
rendered only when the page is written. The briefing header and footer are Markdown
fragments around the briefing's own text, their lists again HTML blocks that
Python-Markdown never parses. Text from articles goes through ``escape_text``
(Markdown) or ``html.escape`` (HTML): never markup. Links are directory URLs
(``use_directory_urls: true``, MkDocs' default).
"""

from __future__ import annotations

import datetime as dt
import html
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Iterable, Union

from briefings.feeds import feed_uri, page_url
from briefings.icons import icon
from briefings.index import EntityRef, Event, Item, SiteIndex
from briefings.markup import escape_text
from briefings.model import KINDS
from briefings.slugs import slugify, unique_slug

MONTHS_GEN = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
              "сентября", "октября", "ноября", "декабря")
MONTHS_NOM = ("Январь", "Февраль", "Март", "Апрель", "Май", "Июнь", "Июль", "Август",
              "Сентябрь", "Октябрь", "Ноябрь", "Декабрь")
KIND_TITLES = {"countries": "Страны", "people": "Персоны", "organizations": "Организации", "places": "Места"}
KIND_SVG_ICONS = {"people": "account", "organizations": "domain", "places": "map-marker"}
UNDATED = "без даты"
ENTITY_EVENTS = 50
"""Most recent dated events shown on an entity page (the full story is on the timeline)."""

Flag = Callable[[str], str]


# -- Markdown pieces -------------------------------------------------------------------


def esc(text: str) -> str:
    return escape_text(" ".join(text.split()))


def date_ru(date: dt.date | None) -> str:
    if date is None:
        return UNDATED
    return f"{date.day} {MONTHS_GEN[date.month - 1]} {date.year}"


def label_html(ref: EntityRef, flag: Flag) -> str:
    """Flag or kind icon and the name, as HTML."""
    if ref.kind == "countries":
        prefix = f"{flag(ref.code)} " if ref.code else ""
    else:
        prefix = icon(KIND_SVG_ICONS[ref.kind]) + " "
    return prefix + h(ref.name)


# -- HTML blocks -------------------------------------------------------------------------


def href(here: str, target: str) -> str:
    """URL of ``target`` (a docs ``.md`` path or a generated file) relative to page ``here``."""
    path, head, tail, _ = _target(target)
    start, first, up = _base(here)
    if head and first and head != first:  # the common case: another section
        return up + tail
    link = _relative(path, start)
    if target.endswith(".md"):
        return "./" if link == "." else link + "/"
    return link


def href_html(here: str, target: str) -> str:
    """``html.escape(href(here, target))``, escaping each target once (called for every
    generated link)."""
    _, head, _, tail_html = _target(target)
    start, first, up = _base(here)
    if head and first and head != first:
        return up + tail_html  # "../" needs no escaping
    return html.escape(href(here, target))


@lru_cache(maxsize=1 << 16)
def _target(target: str) -> tuple[str, str, str, str]:
    """What ``href`` needs of a target: its site-relative path, the path's first segment
    ("" when a shortcut cannot be taken: no section, or ``//`` in it), the link from the
    site root and that link escaped for HTML."""
    path = page_url(target) if target.endswith(".md") else target
    head = "" if "//" in path else path.partition("/")[0]
    tail = path.rstrip("/") + ("/" if target.endswith(".md") else "")
    return path, head, tail, html.escape(tail)


@lru_cache(maxsize=1 << 12)
def _base(here: str) -> tuple[tuple[str, ...], str, str]:
    """What ``href`` needs of a page: the parts of its directory URL, the first one
    ("" at the root) and the way up to the site root."""
    start = _parts(page_url(here))
    return start, start[0] if start else "", _up(len(start))


def _relative(path: str, start: tuple[str, ...]) -> str:
    """``posixpath.relpath(path, base)`` for site-relative URLs (``start``: the parts of
    ``base``), without touching the filesystem's idea of the current directory."""
    to = [p for p in path.split("/") if p]
    common = 0
    for x, y in zip(to, start):
        if x != y:
            break
        common += 1
    return "/".join([".."] * (len(start) - common) + to[common:]) or "."


@lru_cache(maxsize=1 << 12)
def _parts(base: str) -> tuple[str, ...]:
    return tuple(p for p in base.split("/") if p)


@lru_cache(maxsize=64)
def _up(levels: int) -> str:
    return "../" * levels


@lru_cache(maxsize=1 << 16)
def h(text: str) -> str:
    """Escaped HTML of article text, whitespace collapsed (titles repeat on many pages)."""
    return html.escape(" ".join(text.split()))


def a(here: str, target: str, text_html: str, css: str = "") -> str:
    cls = f' class="{css}"' if css else ""
    return f'<a href="{href_html(here, target)}"{cls}>{text_html}</a>'


def entity_html(ref: EntityRef, here: str, flag: Flag) -> str:
    text = (f"{flag(ref.code)} " if ref.kind == "countries" and ref.code else "") + h(ref.name)
    return a(here, ref.uri, text, f"briefing-entity briefing-entity--{ref.kind}") if ref.paged else text


def chip_html(ref: EntityRef, here: str, flag: Flag) -> str:
    """An entity chip of a briefing header: flag or icon and name, linked when the entity has a page."""
    css = f"briefing-chip briefing-chip--{ref.kind}"
    text = label_html(ref, flag)
    return a(here, ref.uri, text, css) if ref.paged else f'<span class="{css}">{text}</span>'


def item_html(item: Item, here: str) -> str:
    return f"{date_ru(item.date)} — {a(here, item.uri, h(item.title))}"


def ul(entries: Iterable[str], css: str = "") -> str:
    cls = f' class="{css}"' if css else ""
    entries = list(entries)
    if not entries:
        return f"<ul{cls}></ul>"
    return f"<ul{cls}><li>" + "</li><li>".join(entries) + "</li></ul>"


BLOCK_START = "<div data-pagefind-ignore>"


@dataclass(frozen=True, slots=True)
class Block:
    """Generated HTML that bypasses Markdown; ``render`` runs when the page is written,
    so thousands of generated pages are never all held in memory at once."""

    render: Callable[[], str]


def block(*parts: str | Callable[[], str]) -> list[str | Block]:
    """A raw HTML block that Pagefind skips (search finds briefings by their own text, not
    by every list page that repeats their titles): ready strings, or one function that
    renders it later."""
    if len(parts) == 1 and callable(parts[0]):
        return ["", Block(parts[0]), ""]
    joined = "".join(parts)
    return ["", Block(lambda: joined), ""]


@dataclass(frozen=True, slots=True)
class Heading:
    """A section heading of a generated page (``id`` is made unique within the page)."""

    level: int
    text: str


Line = Union[str, Block, Heading]


@dataclass(frozen=True, slots=True)
class GeneratedPage:
    """A generated page or fragment: its text with one placeholder tag per block, the
    blocks, and — for whole pages — the title and headings (for the table of contents).

    Whole generated pages are HTML (MkDocs has no Markdown to convert for them); the
    briefing header and footer are Markdown fragments around the editor's text, where
    the placeholders keep the generated lists out of Python-Markdown. ``html`` puts the
    blocks into the rendered text."""

    text: str
    blocks: tuple[tuple[str, Callable[[], str]], ...] = ()
    title: str = ""
    headings: tuple[tuple[int, str, str], ...] = ()  # (level, id, text)
    sources: tuple[str, ...] | None = None
    """The briefings the page is made of, when only they matter (an entity's page, a
    month); ``None`` when it depends on the whole site (indexes, home)."""

    def html(self, rendered: str) -> str:
        for placeholder, render in self.blocks:
            rendered = rendered.replace(placeholder, f"{BLOCK_START}{render()}</div>", 1)
        return rendered

    def source(self) -> str:
        """The whole text with the blocks in place."""
        return self.html(self.text)

    def toc(self) -> list[dict]:
        """MkDocs table-of-contents tokens: the title (level 1) over the headings."""
        top: dict = {"level": 1, "id": "", "name": h(self.title), "children": []}
        stack = [top]
        for level, anchor, text in self.headings:
            token = {"level": level, "id": anchor, "name": h(text), "children": []}
            while stack[-1]["level"] >= level:
                stack.pop()
            stack[-1]["children"].append(token)
            stack.append(token)
        return [top]


def assemble(key: str, lines: Iterable[Line], title: str = "", sources: Iterable[str] | None = None) -> GeneratedPage:
    out, blocks, headings, taken = [], [], [], set()
    for line in lines:
        if isinstance(line, Block):
            placeholder = f'<div data-briefings-block="{html.escape(key)}#{len(blocks)}"></div>'
            blocks.append((placeholder, line.render))
            line = placeholder
        elif isinstance(line, Heading):
            anchor = unique_slug(_anchor(line.text), taken)
            taken.add(anchor)
            headings.append((line.level, anchor, line.text))
            line = f'<h{line.level} id="{anchor}">{h(line.text)}</h{line.level}>'
        out.append(line)
    return GeneratedPage("\n".join(out), tuple(blocks), title, tuple(headings),
                         None if sources is None else tuple(sources))


@lru_cache(maxsize=1 << 12)
def _anchor(heading: str) -> str:
    """The id of a heading before it is made unique (the same few headings on every page)."""
    return slugify(heading, max_length=40) or "section"


def p(text_html: str) -> str:
    return f"<p>{text_html}</p>"


def pager(here: str, uris: list[str]) -> str:
    """Links to the pages of a paginated list ("" for a single page)."""
    if len(uris) < 2:
        return ""
    return '<p class="briefing-pages">' + " · ".join(
        a(here, u, str(k)) if u != here else f"<strong>{k}</strong>" for k, u in enumerate(uris, 1)
    ) + "</p>"


def event_html(event: Event, here: str, published: bool = False) -> str:
    mention = event.date
    sentence = f" — {h(mention.sentence)}" if mention.sentence else ""
    when = f" · опубликовано {date_ru(event.item.date)}" if published and event.item.date else ""
    return (
        f"<strong>{h(mention.text)}</strong> (<code>{h(mention.value)}</code>){sentence} "
        f"{a(here, event.item.uri, h(event.item.title))}{when}"
    )


# -- briefing pages ------------------------------------------------------------------


def briefing_header(index: SiteIndex, item: Item, flag: Flag) -> GeneratedPage:
    article = item.article
    facts = [f":material-calendar: {date_ru(item.date)}"]
    if article.rubric:
        facts.append(f":material-tag: {esc(article.rubric)}")
    if article.source.url and article.source.url.startswith(("http://", "https://")):
        name = esc(article.source.name or article.source.url)
        facts.append(f":material-link: [{name}](<{article.source.url}>)")
    elif article.source.name:
        facts.append(f":material-newspaper: {esc(article.source.name)}")
    lines: list[Line] = [" · ".join(facts), ""]
    if article.lead:
        lines += [f"**{esc(article.lead)}**", ""]
    if index.entities_of(item):
        lines += block(lambda: '<div class="briefing-chips">'
                       + " ".join(chip_html(ref, item.uri, flag) for ref in index.entities_of(item)) + "</div>")
    return assemble(f"{item.uri}#header", lines)


def briefing_footer(index: SiteIndex, item: Item, related: int) -> GeneratedPage:
    """Dates found in the text, related briefings and the previous/next ones: one block,
    rendered when the page is written."""
    older, newer = index.neighbours(item)
    if not (item.tags.dates or related > 0 and index.has_related(item) or older or newer):
        return assemble(f"{item.uri}#footer", [])
    return assemble(f"{item.uri}#footer", block(lambda: _footer_html(index, item, related)))


def _footer_html(index: SiteIndex, item: Item, related: int) -> str:
    here = item.uri
    parts = []
    if item.tags.dates:
        dates = ul(f"<strong>{h(m.text)}</strong> → <code>{h(m.value)}</code>" for m in item.tags.dates)
        parts.append(f'<div class="admonition info"><p class="admonition-title">Даты в тексте</p>{dates}</div>')
    similar = index.related(item, related)
    if similar:
        parts.append("<h2>Связанные брифинги</h2>" + ul(item_html(other, here) for other in similar))
    older, newer = index.neighbours(item)
    if older or newer:
        nav = ([f"← {a(here, older.uri, h(older.title))}"] if older else []) + (
            [f"{a(here, newer.uri, h(newer.title))} →"] if newer else []
        )
        parts.append('<p class="briefing-neighbours">' + " · ".join(nav) + "</p>")
    return "".join(parts)


# -- entity pages --------------------------------------------------------------------


def entity_pages(index: SiteIndex, ref: EntityRef, flag: Flag, per_page: int, description: str = "") -> dict[str, GeneratedPage]:
    """The entity page (and its continuation pages when it has more than ``per_page`` briefings)."""
    items = index.items_of(ref)
    chunks = [items[i : i + per_page] for i in range(0, len(items), per_page)] or [[]]
    stem = ref.uri[: -len(".md")]
    uris = [ref.uri] + [f"{stem}/{n}.md" for n in range(2, len(chunks) + 1)]

    def listing(uri: str, chunk: list[Item]) -> str:
        return f"<p>Всего брифингов: {len(items)}.</p>" + ul(item_html(it, uri) for it in chunk) + pager(uri, uris)

    pages = {}
    for n, (uri, chunk) in enumerate(zip(uris, chunks), 1):
        page = f" — страница {n}" if n > 1 else ""
        lines: list[Line] = [f"<h1>{label_html(ref, flag)}{page}</h1>"]
        if n == 1:
            if description:
                lines.append(p(h(description)))
            lines.append(p(a(uri, feed_uri(ref.uri), f"{icon('rss')} RSS-лента")))
        lines.append(Heading(2, "Брифинги"))  # no count in headings: pages of one kind share their theme shell
        lines += block(lambda uri=uri, chunk=chunk: listing(uri, chunk))
        if n == 1:
            lines += entity_sections(index, ref, flag)
        pages[uri] = assemble(uri, lines, title=ref.name + page, sources=(it.uri for it in items))
    return pages


def entity_sections(index: SiteIndex, ref: EntityRef, flag: Flag) -> list[Line]:
    """Chart, timeline and co-mentions of an entity page: the headings now, the lists
    when the page is written."""
    here = ref.uri
    items = index.items_of(ref)
    lines: list[Line] = []
    if any(it.date for it in items):
        lines += [Heading(2, "Упоминания по месяцам")] + block(lambda: mentions_chart([it.date for it in items if it.date]))
    if any(it.tags.dates for it in items):

        def timeline() -> str:
            events = index.events(items)
            more = f"<p>Показаны последние {ENTITY_EVENTS} из {len(events)}.</p>" if len(events) > ENTITY_EVENTS else ""
            return ul(event_html(e, here) for e in events[:ENTITY_EVENTS]) + more

        lines += [Heading(2, "Хронология")] + block(timeline)
    if index.has_cooccurring(ref):
        lines += [Heading(2, "Упоминается вместе с")] + block(
            lambda: ul(f"{entity_html(o, here, flag)} — {n}" for o, n in index.cooccurring(ref))
        )
    return lines


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


LETTER_PAGES_FROM = 1000
"""A kind with more paged entities than this lists them on a page per initial letter."""


def kind_index(index: SiteIndex, kind: str, flag: Flag, letter_pages_from: int = LETTER_PAGES_FROM) -> dict[str, GeneratedPage]:
    """``<kind>/index.md`` (the most mentioned, then A–Я); past ``letter_pages_from``
    entities the A–Я lists move to ``<kind>/by_letter/<letter>.md`` so no page grows
    with the site («by_letter»: an underscore never occurs in an entity's slug)."""
    here = f"{kind}/index.md"
    refs = sorted(index.refs(kind, paged_only=True), key=lambda r: (r.name.lower().replace("ё", "е"), r.slug))
    unpaged = len(index.refs(kind)) - len(refs)
    total = f"Всего: {len(refs)}." + (
        f" Ещё {unpaged} упомянуты лишь в одном брифинге (без отдельной страницы)." if unpaged else ""
    )
    lines: list[Line] = [f"<h1>{KIND_TITLES[kind]}</h1>", p(total)]
    top = sorted(refs, key=lambda r: (-index.count(r), r.name))[:15]
    if top:
        lines += [Heading(2, "Чаще всего")] + block(ul(f"{entity_html(r, here, flag)} — {index.count(r)}" for r in top))
    groups: dict[str, list[EntityRef]] = defaultdict(list)
    for ref in refs:
        groups[ref.name[:1].upper()].append(ref)
    letters = sorted(groups, key=lambda c: c.replace("Ё", "Е"))
    lines.append(Heading(2, "От А до Я"))
    pages: dict[str, GeneratedPage] = {}
    if len(refs) <= letter_pages_from:
        for letter in letters:
            lines += [Heading(3, letter)] + block(ul(f"{entity_html(r, here, flag)} — {index.count(r)}" for r in groups[letter]))
    else:
        taken: set[str] = set()
        links = []
        for letter in letters:
            slug = unique_slug(slugify(letter, max_length=20), taken)
            taken.add(slug)
            uri = f"{kind}/by_letter/{slug}.md"
            title = f"{KIND_TITLES[kind]}: {letter}"
            pages[uri] = assemble(uri, [f"<h1>{h(title)}</h1>"] + block(
                lambda uri=uri, group=groups[letter]: ul(f"{entity_html(r, uri, flag)} — {index.count(r)}" for r in group)
            ), title=title)
            links.append(f"{a(here, uri, h(letter))} ({len(groups[letter])})")
        lines.append(p(" · ".join(links)))
    pages[here] = assemble(here, lines, title=KIND_TITLES[kind])
    return pages


TIMELINE_LATEST = 100
"""Events on ``timeline/`` itself; every event is on its month or year page."""
ARCHIVE_PAGE = 500
"""Briefings per page of a year archive (``briefings/<year>/``)."""
MONTH_PAGE = 300
"""Events per page of a timeline month (``timeline/<year>/<month>/``, then ``…/page_N/``)."""
PERIODS_SHOWN = 300
"""Year-long and multi-month events listed on a year page (bounded page size)."""


def _precise(event: Event) -> bool:
    return (event.start.year, event.start.month) == (event.stop.year, event.stop.month)


def timeline_pages(index: SiteIndex) -> dict[str, GeneratedPage]:
    """``timeline/index.md`` (years, latest events, undated briefings), a page per year
    (its months and its year-long events) and a page per month: every page stays small
    however many briefings there are."""
    months: dict[tuple[int, int], list[Event]] = defaultdict(list)
    periods: dict[int, list[Event]] = defaultdict(list)
    events = index.events()
    for event in events:
        if _precise(event):
            months[(event.start.year, event.start.month)].append(event)
        else:
            periods[event.start.year].append(event)
    years = sorted({y for y, _ in months} | set(periods), reverse=True)
    pages = {}
    for (year, month), group in months.items():
        first = f"timeline/{year}/{month:02d}.md"
        chunks = [group[i : i + MONTH_PAGE] for i in range(0, len(group), MONTH_PAGE)]
        uris = [first] + [f"{first[:-3]}/page_{n}.md" for n in range(2, len(chunks) + 1)]
        sources = sorted({e.item.uri for e in group})
        for n, (uri, chunk) in enumerate(zip(uris, chunks), 1):
            title = f"Хронология: {MONTHS_NOM[month - 1]} {year}" + (f" — страница {n}" if n > 1 else "")
            pages[uri] = assemble(uri, [f"<h1>{title}</h1>"] + block(
                lambda uri=uri, chunk=chunk, uris=uris: ul(event_html(e, uri, published=True) for e in chunk)
                + pager(uri, uris)
            ), title=title, sources=sources)
    for year in years:
        uri = f"timeline/{year}.md"
        lines: list[Line] = [f"<h1>Хронология: {year}</h1>"]
        in_year = sorted((m for y, m in months if y == year), reverse=True)
        if in_year:
            lines += [Heading(2, "По месяцам")] + block(ul(
                a(uri, f"timeline/{year}/{m:02d}.md", f"{MONTHS_NOM[m - 1]} {year}") + f" — {len(months[(year, m)])}"
                for m in in_year
            ))
        if periods[year]:
            shown = periods[year][:PERIODS_SHOWN]
            more = f"<p>И ещё {len(periods[year]) - len(shown)}.</p>" if len(periods[year]) > len(shown) else ""
            lines += [Heading(2, "Год и периоды")] + block(ul(event_html(e, uri, published=True) for e in shown) + more)
        pages[uri] = assemble(uri, lines, title=f"Хронология: {year}")
    here = "timeline/index.md"
    lines: list[Line] = ["<h1>Хронология</h1>", p("События, упомянутые в брифингах, по дате события (не по дате публикации).")]
    if years:
        counts = {y: sum(len(g) for (yy, _), g in months.items() if yy == y) + len(periods[y]) for y in years}
        lines.append(p("Годы: " + " · ".join(f"{a(here, f'timeline/{y}.md', str(y))} ({counts[y]})" for y in years)))
        lines += [Heading(2, "Последние события")] + block(ul(event_html(e, here, published=True) for e in events[:TIMELINE_LATEST]))
    undated = [it for it in index.items if it.date is None]
    if undated:
        lines += [Heading(2, "Брифинги без даты")] + block(ul(a(here, it.uri, h(it.title)) for it in undated[:TIMELINE_LATEST]))
        if len(undated) > TIMELINE_LATEST:
            lines.append(p(f"Все {len(undated)}: {a(here, 'briefings/undated/index.md', 'брифинги без даты')}."))
    pages[here] = assemble(here, lines, title="Хронология")
    return pages


def briefings_archive(index: SiteIndex) -> dict[str, GeneratedPage]:
    """``briefings/index.md`` (years and the latest 50) and ``briefings/<year>/index.md``."""
    by_year: dict[str, list[Item]] = defaultdict(list)
    for item in index.items:
        by_year[str(item.date.year) if item.date else "undated"].append(item)
    pages = {}
    for year, items in by_year.items():
        title = year if year != "undated" else "Без даты"
        chunks = [items[i : i + ARCHIVE_PAGE] for i in range(0, len(items), ARCHIVE_PAGE)]
        # "page_N": an underscore never occurs in a briefing slug, so these cannot collide
        uris = [f"briefings/{year}/index.md"] + [f"briefings/{year}/page_{n}.md" for n in range(2, len(chunks) + 1)]

        def listing(uri: str, chunk: list[Item], uris: list[str] = uris) -> str:
            return ul(item_html(it, uri) for it in chunk) + pager(uri, uris)

        for n, (uri, chunk) in enumerate(zip(uris, chunks), 1):
            heading = f"Брифинги: {title}" + (f" — страница {n}" if n > 1 else "")
            pages[uri] = assemble(uri, [f"<h1>{heading}</h1>"] + block(
                lambda uri=uri, chunk=chunk, listing=listing: listing(uri, chunk)
            ), title=heading, sources=(it.uri for it in items))
    here = "briefings/index.md"
    years = sorted((y for y in by_year if y != "undated"), reverse=True) + (["undated"] if "undated" in by_year else [])
    lines: list[Line] = ["<h1>Брифинги</h1>", p(f"Всего: {len(index.items)}.")]
    lines.append(p("Архив: " + " · ".join(
        f"{a(here, f'briefings/{y}/index.md', y if y != 'undated' else 'без даты')} ({len(by_year[y])})" for y in years
    )))
    lines += [Heading(2, "Последние")] + block(ul(item_html(it, here) for it in index.items[:50]))
    pages[here] = assemble(here, lines, title="Брифинги")
    return pages


def home_page(index: SiteIndex, flag: Flag, latest: int = 10) -> GeneratedPage:
    here = "index.md"
    lines: list[Line] = ["<h1>Брифинги</h1>", Heading(2, "Последние брифинги")]
    lines += block(ul(item_html(it, here) for it in index.items[:latest]))
    lines.append(p(a(here, "briefings/index.md", f"Все брифинги ({len(index.items)}) →")))
    dated = [it for it in index.items if it.date]
    if dated:
        newest = dated[0].date
        recent = {index.position[it.uri] for it in dated if (newest - it.date).days <= 30}
        rows = []
        for kind in KINDS:
            counts = Counter(k for pos in recent for k in index.item_entities[pos] if k[0] == kind)
            if counts:
                top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:8]
                refs = " · ".join(f"{entity_html(index.entities[k], here, flag)} ({n})" for k, n in top)
                rows.append(f"<p><strong>{KIND_TITLES[kind]}:</strong> {refs}</p>")
        if rows:
            lines += [Heading(2, "Чаще всего за последние 30 дней")] + block(*rows)
    return assemble(here, lines, title="Брифинги")


def generate(index: SiteIndex, flag: Flag, per_page: int = 50,
             descriptions: Callable[[EntityRef], str] = lambda r: "",
             letter_pages_from: int = LETTER_PAGES_FROM) -> dict[str, GeneratedPage]:
    """Every generated page: ``{docs-relative .md path: GeneratedPage}``. ``flag`` is a
    function of the country code only: each code's flag is made once."""
    flag = lru_cache(maxsize=None)(flag)
    pages: dict[str, GeneratedPage] = {"index.md": home_page(index, flag)}
    pages.update(briefings_archive(index))
    pages.update(timeline_pages(index))
    for kind in KINDS:
        pages.update(kind_index(index, kind, flag, letter_pages_from))
        for ref in index.refs(kind, paged_only=True):
            pages.update(entity_pages(index, ref, flag, per_page, descriptions(ref)))
    return pages
