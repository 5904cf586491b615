"""Data objects of the pipeline: plain frozen dataclasses, no behaviour beyond views.

source file -> Article -> Tags -> Briefing
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Mapping

KINDS = ("countries", "people", "organizations", "places")
"""Entity kinds, in the order they appear in frontmatter, JSON and the site."""


@dataclass(frozen=True, slots=True)
class Source:
    """Where an article was published (both fields optional)."""

    name: str | None = None
    url: str | None = None


@dataclass(frozen=True, slots=True)
class Article:
    """A cleaned article.

    ``body`` is plain text paragraphs separated by blank lines when ``markup`` is
    ``"text"`` (scraped dumps, HTML, JSONL) and trusted Markdown when it is
    ``"markdown"`` (editors' files). ``meta`` keeps an editor's frontmatter as read,
    unknown fields included; its tags win over automatic ones.
    """

    path: str
    title: str
    body: str
    lead: str = ""
    date: dt.date | None = None
    rubric: str | None = None
    source: Source = Source()
    credits: tuple[str, ...] = ()
    markup: str = "text"
    meta: Mapping[str, Any] = field(default_factory=dict)

    @property
    def text(self) -> str:
        """The text that is tagged: title, lead and body joined by blank lines.

        Every tag offset (``Span``) points into this string.
        """
        return "\n\n".join(part for part in (self.title, self.lead, self.body) if part)


@dataclass(frozen=True, slots=True, order=True)
class Span:
    """A mention: ``text[start:stop]`` of ``Article.text``."""

    start: int
    stop: int


@dataclass(frozen=True, slots=True)
class Entity:
    """A tagged country, person, organization or place.

    ``name`` is the nominative display name; ``code`` the ISO 3166-1 alpha-2 code
    (countries only); ``country`` the code of the country a place lies in, if known.
    """

    kind: str
    name: str
    mentions: int = 1
    code: str | None = None
    country: str | None = None
    spans: tuple[Span, ...] = ()

    @property
    def key(self) -> str:
        """Identity inside a kind: the code for countries, the name otherwise."""
        return self.code if self.kind == "countries" and self.code else self.name


@dataclass(frozen=True, slots=True)
class DateMention:
    """A temporal expression resolved to an ISO 8601 value.

    ``value`` is ``YYYY-MM-DD``, ``YYYY-MM``, ``YYYY`` or an interval ``A/B``;
    ``text`` the expression as written; ``sentence`` the sentence it belongs to.
    """

    value: str
    text: str
    sentence: str
    start: int = 0
    stop: int = 0


@dataclass(frozen=True, slots=True)
class Tags:
    countries: tuple[Entity, ...] = ()
    people: tuple[Entity, ...] = ()
    organizations: tuple[Entity, ...] = ()
    places: tuple[Entity, ...] = ()
    dates: tuple[DateMention, ...] = ()

    def of_kind(self, kind: str) -> tuple[Entity, ...]:
        return getattr(self, kind)


@dataclass(frozen=True, slots=True)
class Briefing:
    """An article with its tags, as written to ``content/briefings/YYYY/MM/<slug>.md``."""

    article: Article
    tags: Tags
    slug: str
