"""RSS 2.0 feeds: the latest briefings of the site, and of each entity.

Built with ``xml.etree`` (never by string concatenation). Links are absolute when the
site has a ``site_url``; otherwise they are relative to the site root.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import xml.etree.ElementTree as ET
from functools import lru_cache
from typing import Callable, Sequence

from briefings.index import Item

FEED_SIZE = 50


@lru_cache(maxsize=1 << 16)
def page_url(uri: str) -> str:
    """Directory URL of a docs page: ``briefings/2025/10/x.md`` → ``briefings/2025/10/x/``."""
    stem = uri[: -len(".md")]
    if stem == "index" or stem.endswith("/index"):
        return stem[: -len("index")]
    return stem + "/"


def rss(title: str, link_uri: str, items: Sequence[Item], site_url: str, description: str = "") -> str:
    base = site_url.rstrip("/") + "/" if site_url else "/"
    channel_attrs = ET.Element("rss", version="2.0")
    channel = ET.SubElement(channel_attrs, "channel")
    ET.SubElement(channel, "title").text = title
    ET.SubElement(channel, "link").text = base + page_url(link_uri)
    ET.SubElement(channel, "description").text = description or title
    ET.SubElement(channel, "language").text = "ru"
    for item in items[:FEED_SIZE]:
        entry = ET.SubElement(channel, "item")
        url = base + page_url(item.uri)
        ET.SubElement(entry, "title").text = item.title
        ET.SubElement(entry, "link").text = url
        ET.SubElement(entry, "guid", isPermaLink="true").text = url
        if item.article.lead:
            ET.SubElement(entry, "description").text = item.article.lead
        if item.date:
            moment = dt.datetime(item.date.year, item.date.month, item.date.day, tzinfo=dt.timezone.utc)
            ET.SubElement(entry, "pubDate").text = email.utils.format_datetime(moment)
    ET.indent(channel_attrs)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(channel_attrs, encoding="unicode") + "\n"


def feed_uri(entity_uri: str) -> str:
    """Where an entity's feed lives: ``people/x.md`` → ``people/x/feed.xml``."""
    return entity_uri[: -len(".md")] + "/feed.xml"


def feed_renderers(index, site_name: str, site_url: str) -> dict[str, Callable[[], str]]:
    """``{path: render}``: ``feed.xml`` for the site and one per paged entity, each built
    only when called (the plugin writes thousands of them one at a time)."""
    feeds = {"feed.xml": lambda: rss(site_name, "index.md", index.items, site_url, "Последние брифинги")}
    for ref in index.entities.values():
        if ref.paged:
            feeds[feed_uri(ref.uri)] = (
                lambda ref=ref: rss(f"{ref.name} — {site_name}", ref.uri, index.items_of(ref), site_url)
            )
    return feeds


def all_feeds(index, site_name: str, site_url: str) -> dict[str, str]:
    """``{path: RSS}`` of every feed."""
    return {uri: render() for uri, render in feed_renderers(index, site_name, site_url).items()}
