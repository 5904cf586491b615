"""Editor tags win: combine frontmatter tags with automatic ones, field by field."""

from __future__ import annotations

from typing import Callable

from briefings.frontmatter import MetaTags, tags_from_meta
from briefings.gazetteer import Gazetteer
from briefings.model import KINDS, Article, Tags

TAGGER_VERSION = "1"
"""Bump when tagging changes: ingest then re-tags unedited briefings."""


def meta_tags(article: Article, gazetteer: Gazetteer) -> MetaTags:
    return tags_from_meta(article.meta, gazetteer)


def is_fully_tagged(found: MetaTags) -> bool:
    """Every entity kind and the dates were written by an editor: no NLP needed."""
    return all(kind in found.entities for kind in KINDS) and found.dates is not None


def combine(found: MetaTags, auto: Tags | None) -> Tags:
    """Frontmatter fields as written; missing fields from ``auto`` (if any)."""
    fields = {}
    for kind in KINDS:
        if kind in found.entities:
            fields[kind] = found.entities[kind]
        else:
            fields[kind] = auto.of_kind(kind) if auto else ()
    if found.dates is not None:
        fields["dates"] = found.dates
    else:
        fields["dates"] = auto.dates if auto else ()
    return Tags(**fields)


def tag_article(article: Article, gazetteer: Gazetteer, tagger: Callable[[Article], Tags]) -> Tags:
    """The article's tags: the editor's where written, the tagger's for the rest."""
    found = meta_tags(article, gazetteer)
    if is_fully_tagged(found):
        return combine(found, None)
    return combine(found, tagger(article))
