"""Text from sources is text: escape it so Markdown renders it literally.

Editors' Markdown is trusted as is; text read from scraped dumps, HTML or JSONL goes
through ``escape_text`` so a ``<script>``, an ``<img onerror=…>``, a ``javascript:``
link or a stray ``*`` can never become markup in the site.
"""

from __future__ import annotations

import re

from briefings.model import Article

_INLINE = re.compile(r"([\\`*_{}\[\]|~])")
_LINE_START = re.compile(r"^(\s*)([#+=-]|\d+(?=[.)]))", re.MULTILINE)


def escape_text(text: str) -> str:
    """Markdown source that renders exactly ``text`` (paragraphs kept)."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = _INLINE.sub(r"\\\1", text)
    return _LINE_START.sub(lambda m: m.group(1) + "\\" + m.group(2), text)


def body_markdown(article: Article) -> str:
    """The article body as Markdown: escaped source text, or the editor's Markdown."""
    return article.body if article.markup == "markdown" else escape_text(article.body)
