"""Theme output shared by generated pages: render the theme once per page *shape*.

Thousands of generated pages (entity pages, their continuations, timeline months, year
archives) differ only in title and content: they are not in the navigation, have no
editor metadata and share their directory's relative links. Rendering Material's
``main.html`` costs about as much as converting a briefing's Markdown, so for each
*shape* — everything the theme reads from a page apart from its title, content and
canonical URL — the theme renders one page with sentinels in their place, and every
page of that shape is that output with its own values put back (``Shells.fill``).

Pages whose title the theme could transform (markup, entities, runs of spaces) or that
sit in the navigation are not shaped (``shape_of`` → ``None``) and render normally. The
plugin's ``fast_pages: verify`` renders both ways and fails on any difference; the test
suite builds the demo site that way.
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass
from typing import Any

TITLE = "\ue000briefings:title\ue001"
CONTENT = "\ue000briefings:content\ue001"
CANONICAL = "\ue000briefings:canonical\ue001"
SENTINELS = (TITLE, CONTENT, CANONICAL)
EMPTY_TEMPLATE = "briefings/empty.html"
"""Registered by the plugin: what MkDocs renders for a shaped page (the shell is filled afterwards)."""


@dataclass(frozen=True, slots=True)
class Shape:
    template: str
    parent: str  # relative links depend on the page's directory
    toc: tuple
    meta: tuple
    h1: bool  # Material adds an <h1> when the content has none
    canonical: bool
    edit_url: str | None


def _toc(items) -> tuple:
    return tuple((i.level, i.id, i.title, i.url, _toc(i.children)) for i in items)


def _shown_toc(toc) -> tuple:
    """What Material reads of the table of contents: the first entry's anchor (the "skip
    to content" link) and, below a leading <h1>, its children — not the <h1>'s title,
    which is the page's own and would make every page a shape of its own."""
    items = list(toc)
    if items and items[0].level == 1:
        return (items[0].url, _toc(items[0].children))
    return _toc(items)


def plain(title: str | None) -> bool:
    """A title every template filter leaves as it is (``striptags``, ``e``, whitespace)."""
    return bool(title) and " ".join(title.split()) == title and not any(
        c in title for c in "<>&\"'\ue000\ue001"
    )


def shape_of(page: Any, template: str) -> Shape | None:
    """The shape of a rendered (populated) MkDocs page, or ``None`` when it must render on its own."""
    if page.parent is not None or page.previous_page or page.next_page or page.is_homepage:
        return None  # in the navigation: the theme marks it active, links neighbours
    if not plain(page.title) or any(s in page.content for s in SENTINELS):
        return None
    meta = tuple(sorted((k, repr(v)) for k, v in page.meta.items() if k != "template"))
    return Shape(
        template=template,
        parent=posixpath.dirname(page.url.rstrip("/")),
        toc=_shown_toc(page.toc),
        meta=meta,
        h1="<h1" in page.content,
        canonical=bool(page.canonical_url),
        edit_url=page.edit_url,
    )


class Shells:
    """Rendered shells by shape, for one build."""

    def __init__(self) -> None:
        self.by_shape: dict[Shape, str] = {}

    def __len__(self) -> int:
        return len(self.by_shape)

    def ensure(self, shape: Shape, page: Any, render) -> None:
        """Render ``shape``'s shell with ``render()`` (the theme template bound to this page's
        context) while the page carries the sentinels, unless it exists already."""
        if shape in self.by_shape:
            return
        saved = page.content, page.canonical_url, vars(page).get("title")
        page.content = ("<h1>" if shape.h1 else "") + CONTENT
        page.canonical_url = CANONICAL if shape.canonical else None
        page.title = TITLE
        try:
            self.by_shape[shape] = render()
        finally:
            page.content, page.canonical_url = saved[0], saved[1]
            if saved[2] is None:
                vars(page).pop("title", None)
            else:
                page.title = saved[2]

    def fill(self, shape: Shape, page: Any) -> str:
        shell = self.by_shape[shape]
        shell = shell.replace(TITLE, page.title)
        if shape.canonical:
            shell = shell.replace(CANONICAL, page.canonical_url)
        return shell.replace(("<h1>" if shape.h1 else "") + CONTENT, page.content, 1)
