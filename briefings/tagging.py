"""Editor tags win: combine frontmatter tags with automatic ones, field by field."""

from __future__ import annotations

from dataclasses import replace
from typing import Callable, Iterable, Iterator, Sequence

from briefings.errors import TaggingError
from briefings.frontmatter import MetaTags, tags_from_meta
from briefings.gazetteer import Gazetteer
from briefings.model import KINDS, Article, Entity, Tags
from briefings.registry import Registry

BatchTagger = Callable[[list[Article]], Iterable[Tags | TaggingError]]

TAGGER_VERSION = "225"
"""Bump when tagging changes: ingest then re-tags unedited briefings."""


def tagged(tagger: Callable[[Article], Tags], article: Article) -> Tags | TaggingError:
    """``tagger(article)``, or the error that names the article when the tagger fails on it."""
    try:
        return tagger(article)
    except Exception as error:  # a bug on one article must not lose the batch
        return TaggingError(article.path, error)


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


def tag_articles(
    articles: Sequence[Article], gazetteer: Gazetteer, tag_many: BatchTagger, registry: Registry | None = None
) -> Iterator[Tags | TaggingError]:
    """Tags of each article, in order: the editor's fields as written, the rest from
    ``tag_many`` (called once, only with the articles that need NLP), with the
    registry's aliases and blocks applied to the automatic tags; the ``TaggingError`` of
    an article the tagger failed on, for the caller to report."""
    found = [meta_tags(article, gazetteer) for article in articles]
    needing = [article for article, tags in zip(articles, found) if not is_fully_tagged(tags)]
    auto = iter(tag_many(needing)) if needing else iter(())
    for tags in found:
        if is_fully_tagged(tags):
            yield combine(tags, None)
        else:
            automatic = next(auto)
            if isinstance(automatic, TaggingError):
                yield automatic
            else:
                yield combine(tags, apply_registry(automatic, registry) if registry else automatic)


def apply_registry(tags: Tags, registry: Registry) -> Tags:
    """Registry names for aliases (merging duplicates), blocked names dropped."""
    fields = {}
    for kind in KINDS:
        kept: dict[str, Entity] = {}
        for entity in tags.of_kind(kind):
            name = registry.canonical(kind, entity.name) if kind != "countries" else entity.name
            if name is None:
                continue
            renamed = replace(entity, name=name)
            if renamed.key in kept:
                first = kept[renamed.key]
                kept[renamed.key] = replace(
                    first, mentions=first.mentions + entity.mentions, spans=tuple(sorted(first.spans + entity.spans))
                )
            else:
                kept[renamed.key] = renamed
        fields[kind] = tuple(kept.values())
    return Tags(**fields, dates=tags.dates)
