"""briefings: news articles -> tagged, cross-linked briefing site (MkDocs + Material)."""

from briefings.errors import BriefingsError, SourceError
from briefings.model import Article, Briefing, DateMention, Entity, Source, Span, Tags

__all__ = [
    "Article",
    "Briefing",
    "BriefingsError",
    "DateMention",
    "Entity",
    "Source",
    "SourceError",
    "Span",
    "Tags",
]
__version__ = "0.1.0"
