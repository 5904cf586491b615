"""Why an article was tagged as it was: each tag with the passages that name it.

    >>> print("\\n".join(evidence_lines(article, tags)))        # doctest: +SKIP
    Встреча в Баку  (sources/x.txt)
    countries
      AZ Азербайджан — 2
          Встреча в [Баку] Президенты…
    …

``briefings tag --why`` prints this for an editor; the JSON output gives the same
offsets as ``spans``. Pure functions over an ``Article`` and its ``Tags``.
"""

from __future__ import annotations

from typing import Iterator

from briefings.model import KINDS, Article, Entity, Span, Tags

CONTEXT = 40  # characters shown on each side of a mention


def passage(text: str, span: Span, context: int = CONTEXT) -> str:
    """The mention in brackets with up to ``context`` characters around it, on one line:
    «…ском заявил [Ильхам Алиев], добавив…» (cut at a word's edge where it can be)."""
    begin, end = max(0, span.start - context), min(len(text), span.stop + context)
    left, right = text[begin:span.start], text[span.stop:end]
    if begin > 0:  # a word the window cuts goes
        cut = text[begin - 1].isalnum() and not left[:1].isspace()
        left = "…" + ((left.split(None, 1)[1:] or [""])[0] if cut else left.lstrip())
    if end < len(text):
        cut = text[end].isalnum() and not right[-1:].isspace()
        right = ((right.rsplit(None, 1)[:-1] or [""])[0] if cut else right.rstrip()) + "…"
    return " ".join(f"{left}[{text[span.start:span.stop]}]{right}".split())


def _label(entity: Entity) -> str:
    if entity.code:
        return f"{entity.code} {entity.name}"
    if entity.country:
        return f"{entity.name} ({entity.country})"
    return entity.name


def evidence_lines(article: Article, tags: Tags, context: int = CONTEXT) -> Iterator[str]:
    """Lines for an editor: the article, then per kind each entity with its mention count
    and every passage naming it; dates with their value."""
    text = article.text
    yield f"{article.title}  ({article.path})"
    for kind in KINDS:
        entities = tags.of_kind(kind)
        if not entities:
            continue
        yield kind
        for entity in entities:
            yield f"  {_label(entity)} — {entity.mentions}"
            for span in entity.spans:
                yield f"      {passage(text, span, context)}"
    if tags.dates:
        yield "dates"
        for date in tags.dates:
            yield f"  {date.value} — {passage(text, Span(date.start, date.stop), context)}"
