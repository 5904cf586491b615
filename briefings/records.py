"""The ``briefings tag --jsonl`` object: the stable JSON contract of DESIGN.md.

Entities also carry ``spans`` (``[start, stop]`` offsets into ``text``, the tagged text:
title, lead and body joined by blank lines), the evidence for each tag. ``body`` is
Markdown (source text escaped: «[» is «\\[»), so offsets are not into it: ``text`` is
given as tagged.
"""

from __future__ import annotations

from typing import Any

from briefings.markup import body_markdown
from briefings.model import KINDS, Briefing, DateMention, Entity, Span, Tags


def _spans(entity: Entity) -> list[list[int]]:
    return [[s.start, s.stop] for s in entity.spans]


def briefing_record(briefing: Briefing) -> dict[str, Any]:
    article, tags = briefing.article, briefing.tags
    return {
        "path": article.path,
        "title": article.title,
        "date": article.date.isoformat() if article.date else None,
        "rubric": article.rubric,
        "lead": article.lead,
        "body": body_markdown(article),
        "text": article.text,
        "source": {"name": article.source.name, "url": article.source.url},
        "credits": list(article.credits),
        "countries": [
            {"code": e.code, "name": e.name, "mentions": e.mentions, "spans": _spans(e)} for e in tags.countries
        ],
        "people": [{"name": e.name, "mentions": e.mentions, "spans": _spans(e)} for e in tags.people],
        "organizations": [
            {"name": e.name, "mentions": e.mentions, "spans": _spans(e)} for e in tags.organizations
        ],
        "places": [
            {"name": e.name, "country": e.country, "mentions": e.mentions, "spans": _spans(e)} for e in tags.places
        ],
        "dates": [
            {"value": d.value, "text": d.text, "sentence": d.sentence, "spans": [[d.start, d.stop]]}
            for d in tags.dates
        ],
        "slug": briefing.slug,
    }


def tags_to_json(tags: Tags) -> dict[str, Any]:
    """Tags as JSON, offsets included (the tag cache format)."""
    return {
        kind: [
            {"name": e.name, "mentions": e.mentions, "code": e.code, "country": e.country, "spans": _spans(e)}
            for e in tags.of_kind(kind)
        ]
        for kind in KINDS
    } | {
        "dates": [
            {"value": d.value, "text": d.text, "sentence": d.sentence, "start": d.start, "stop": d.stop}
            for d in tags.dates
        ]
    }


def tags_from_json(data: dict[str, Any]) -> Tags:
    fields = {
        kind: tuple(
            Entity(
                kind=kind,
                name=e["name"],
                mentions=e.get("mentions", 1),
                code=e.get("code"),
                country=e.get("country"),
                spans=tuple(Span(a, b) for a, b in e.get("spans", ())),
            )
            for e in data.get(kind, ())
        )
        for kind in KINDS
    }
    fields["dates"] = tuple(DateMention(**d) for d in data.get("dates", ()))
    return Tags(**fields)
