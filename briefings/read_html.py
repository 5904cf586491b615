"""Reader of saved web pages (``.html``, ``.htm``, or ``.txt`` that starts like HTML)."""

from __future__ import annotations

import re
from pathlib import Path

from briefings import clean as cl
from briefings.model import Article, Source
from briefings.read_common import date_from_url, make_article, parse_date

_HTML_START = re.compile(r"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html\b|head\b|body\b)", re.I | re.S)


def looks_like_html(text: str) -> bool:
    """Does ``text`` start like an HTML page (doctype, ``<html>``, ``<head>`` or ``<body>``)?"""
    return bool(_HTML_START.match(text.lstrip("\ufeff")[:2000]))


def read_html(name: str, text: str) -> Article:
    """A saved web page: trafilatura's main text and metadata.

    Title, date (page metadata or URL only: trafilatura's guessing from the text is
    off), canonical URL and site name; the author goes to ``meta["author"]``.
    """
    import trafilatura  # heavy: only when an HTML file is read

    doc = trafilatura.bare_extraction(
        text,
        with_metadata=True,
        include_comments=False,
        include_images=False,
        include_links=False,
        include_formatting=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    raw = getattr(doc, "text", None) if doc is not None else None
    if not raw:
        raw = trafilatura.html2txt(text) if hasattr(trafilatura, "html2txt") else ""
    meta = doc if doc is not None else None
    title = cl.normalize(cl.strip_markup(getattr(meta, "title", None) or ""))
    url = getattr(meta, "url", None) or None
    try:
        date = parse_date(getattr(meta, "date", None))
    except ValueError:
        date = None
    date = date or date_from_url(url)
    raw = cl.strip_markup(cl.normalize(raw or ""))
    if not title:
        title, _, raw = raw.strip().partition("\n")
    cleaned = cl.clean_body(raw, title=title, line_paragraphs=True)
    author = getattr(meta, "author", None)
    return make_article(
        name,
        title=title or Path(name).stem,
        body=cleaned.body,
        date=date,
        source=Source(getattr(meta, "sitename", None) or None, url),
        credits=cleaned.credits,
        meta={"author": cl.normalize(author)} if author else {},
    )
