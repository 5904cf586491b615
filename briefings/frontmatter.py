"""Briefing ↔ Markdown with YAML frontmatter.

Written with ``yaml.safe_dump`` (never hand-built YAML). A generated briefing records
``ingested.sha256``, the digest of its own text, so a later ingest can tell whether an
editor has changed the file since (then it is never overwritten).

Reading accepts what editors write: ``countries: [Азербайджан, RU]``,
``people: [Ильхам Алиев]`` or the full objects; problems are reported per field.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any, Mapping

import yaml

from briefings.gazetteer import Gazetteer
from briefings.markup import body_markdown
from briefings.model import KINDS, Briefing, DateMention, Entity

DIGEST_PLACEHOLDER = "0" * 64


def article_digest(text: str) -> str:
    """Identity of an article's content (same normalized text → same briefing)."""
    normalized = " ".join(text.split()).lower().replace("ё", "е")
    return hashlib.sha256(normalized.encode("utf-8")).hexdigest()[:16]


def briefing_meta(briefing: Briefing) -> dict[str, Any]:
    """Frontmatter fields in their fixed order; unknown editor fields kept after them."""
    article, tags = briefing.article, briefing.tags
    meta: dict[str, Any] = {
        "title": article.title,
        "date": article.date,
        "rubric": article.rubric,
        "lead": article.lead or None,
        "source": {"name": article.source.name, "url": article.source.url},
        "credits": list(article.credits),
        "countries": [e.name for e in tags.countries],
        "people": [e.name for e in tags.people],
        "organizations": [e.name for e in tags.organizations],
        "places": [e.name for e in tags.places],
        "dates": [{"value": d.value, "text": d.text, "sentence": d.sentence} for d in tags.dates],
    }
    for key, value in article.meta.items():
        if key not in meta and key != "ingested":
            meta[key] = value
    return meta


_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Dumper(yaml.SafeDumper):
    """safe_dump, with multi-line strings (a two-line lead) written as ``|`` blocks."""


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _represent_str)


def dump(meta: Mapping[str, Any], body: str) -> str:
    front = yaml.dump(dict(meta), Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=1000)
    return f"---\n{front}---\n\n{body.strip()}\n"


def render_generated(briefing: Briefing, source: str, tagger_version: str) -> str:
    """The text of a generated briefing file, carrying the digest of itself."""
    meta = briefing_meta(briefing)
    meta["ingested"] = {
        "from": source,
        "article": article_digest(briefing.article.text),
        "tagger": tagger_version,
        "sha256": DIGEST_PLACEHOLDER,
    }
    draft = dump(meta, body_markdown(briefing.article))
    digest = hashlib.sha256(draft.encode("utf-8")).hexdigest()
    return draft.replace(DIGEST_PLACEHOLDER, digest, 1)


def edited_since_generated(text: str, meta: Mapping[str, Any] | None = None) -> bool:
    """True when a generated file no longer matches the digest it was written with.

    Files without an ``ingested.sha256`` record were written by an editor: edited.
    ``meta`` is the file's frontmatter when the caller has parsed it already.
    """
    if meta is None:
        try:
            meta = read_front_matter(text)
        except yaml.YAMLError:
            return True
    ingested = meta.get("ingested")
    digest = ingested.get("sha256") if isinstance(ingested, dict) else None
    if not isinstance(digest, str) or len(digest) != 64:
        return True
    draft = text.replace(digest, DIGEST_PLACEHOLDER, 1)
    return hashlib.sha256(draft.encode("utf-8")).hexdigest() != digest


def read_front_matter(text: str) -> dict[str, Any]:
    if not text.startswith("---"):
        return {}
    end = text.find("\n---", 3)
    loaded = yaml.load(text[3:end], Loader=_Loader) if end > 0 else None
    return loaded if isinstance(loaded, dict) else {}


# -- reading tags that editors wrote -------------------------------------------


@dataclass(frozen=True, slots=True)
class MetaTags:
    """Tags found in frontmatter: only the kinds that are present are set."""

    entities: Mapping[str, tuple[Entity, ...]]
    dates: tuple[DateMention, ...] | None
    problems: tuple[str, ...]


def tags_from_meta(meta: Mapping[str, Any], gazetteer: Gazetteer) -> MetaTags:
    """Normalize the tag fields an editor wrote; report what cannot be understood."""
    entities: dict[str, tuple[Entity, ...]] = {}
    problems: list[str] = []
    for kind in KINDS:
        if kind not in meta or meta[kind] is None:
            continue
        value = meta[kind]
        if not isinstance(value, list):
            problems.append(f"Error reading metadata '{kind}': expected a list of names, got {type(value).__name__}")
            continue
        found: dict[str, Entity] = {}
        for item in value:
            entity = _entity(kind, item, gazetteer)
            if isinstance(entity, str):
                problems.append(f"Error reading metadata '{kind}': {entity}")
            elif entity.key not in found:
                found[entity.key] = entity
        entities[kind] = tuple(found.values())
    dates = None
    if isinstance(meta.get("dates"), list):
        dates_found = []
        for item in meta["dates"]:
            if isinstance(item, Mapping) and item.get("value"):
                dates_found.append(
                    DateMention(
                        value=str(item["value"]),
                        text=str(item.get("text") or item["value"]),
                        sentence=str(item.get("sentence") or ""),
                    )
                )
            else:
                problems.append(f"Error reading metadata 'dates': expected {{value, text, sentence}}, got {item!r}")
        dates = tuple(dates_found)
    elif meta.get("dates") is not None:
        problems.append("Error reading metadata 'dates': expected a list")
    return MetaTags(entities=entities, dates=dates, problems=tuple(problems))


def _entity(kind: str, item: Any, gazetteer: Gazetteer) -> Entity | str:
    if isinstance(item, Mapping):
        name = item.get("name") or item.get("code")
        country = item.get("country")
    else:
        name, country = item, None
    if not isinstance(name, str) or not name.strip():
        return f"expected a name, got {item!r}"
    name = " ".join(name.split())
    if kind == "countries":
        code = gazetteer.lookup(name)
        if not code:
            return f"unknown country {name!r}"
        return Entity(kind=kind, name=gazetteer.name(code), code=code)
    if kind == "places":
        code = gazetteer.lookup(country) if isinstance(country, str) else None
        return Entity(kind=kind, name=name, country=code or gazetteer.place_country(name))
    return Entity(kind=kind, name=name)
