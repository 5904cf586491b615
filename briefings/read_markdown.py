"""Reader of Markdown files (``.md``, ``.markdown``) with optional YAML frontmatter."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Mapping

import frontmatter
import yaml

from briefings import clean as cl
from briefings.errors import SourceError
from briefings.model import Article, Source
from briefings.read_common import date_from_url, make_article, parse_date

_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml: the same values, 3× faster

_H1 = re.compile(r"^#[ \t]+(?P<title>.+?)(?:[ \t]+#+)?[ \t]*$", re.M)


@dataclass(frozen=True, slots=True)
class FrontMatter:
    """A file's YAML frontmatter as read: the mapping it gave, and a digest of the exact
    text handed to the YAML loader. Whoever meets the same text again (MkDocs reading the
    page, ``briefings.mkdocs_parts.BriefingPage``) can take the mapping instead of
    parsing it a second time; the values are shared, not copied."""

    digest: bytes
    meta: dict[str, Any]

    @classmethod
    def of(cls, yaml_text: str, meta: dict[str, Any]) -> "FrontMatter":
        return cls(_digest(yaml_text), meta)

    def parsed_from(self, yaml_text: str) -> bool:
        """Whether ``meta`` is what the YAML loader gives for ``yaml_text``."""
        return _digest(yaml_text) == self.digest


def _digest(text: str) -> bytes:
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()


def read_markdown(name: str, text: str) -> Article:
    """Markdown with optional YAML frontmatter; frontmatter fields win.

    Fields read: ``title``, ``date``, ``lead``, ``rubric``, ``source`` (``{name,
    url}`` or a name) or ``source_url``, ``credits``; the whole mapping is kept in
    ``Article.meta``. Without a ``title`` the first ``# heading`` is the title (and
    leaves the body), else the file stem.
    """
    return parse_markdown(name, text)[0]


def parse_markdown(name: str, text: str) -> tuple[Article, FrontMatter | None]:
    """:func:`read_markdown`, and the frontmatter as the YAML loader gave it when that is
    a mapping (None without frontmatter, or when it is empty or not a mapping)."""
    skipped = len(text) - len(text.lstrip("\r\n\ufeff"))
    offset = text[:skipped].count("\n") + 1  # frontmatter hands YAML the "\n" after "---"
    text = cl.normalize_markdown(text)
    handler = frontmatter.YAMLHandler()
    meta: Any = {}
    body = text
    front = None
    if handler.detect(text):
        yaml_text, body = handler.split(text)
        try:
            meta = handler.load(yaml_text, Loader=_YAML_LOADER)
        except yaml.YAMLError as exc:
            raise _yaml_error(name, exc, offset) from None
        except ValueError as exc:  # a well-formed but impossible value, e.g. `date: 2025-13-45`
            line = _impossible_date_line(yaml_text)
            raise SourceError(name, f"invalid date in frontmatter: {exc}", line=offset + line) from None
        if isinstance(meta, dict):
            front = FrontMatter.of(yaml_text, meta)
    if meta is None:
        meta = {}
    if not isinstance(meta, Mapping):
        raise SourceError(name, "frontmatter is not a mapping of fields", line=offset + 1)
    meta = dict(meta)
    body = body.strip("\n")
    try:
        return _markdown_article(name, meta, body), front
    except SourceError as error:
        field = re.search(r"metadata '([\w]+)", error.reason)
        if error.line is None and field:
            raise SourceError(name, error.reason, line=field_line(text, field.group(1))) from None
        raise


def _impossible_date_line(yaml_text: str) -> int:
    """0-based line of the first ``YYYY-MM-DD`` that is not a calendar date (0 if none)."""
    for number, line in enumerate(yaml_text.splitlines()):
        for match in re.finditer(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b", line):
            try:
                dt.date(*map(int, match.groups()))
            except ValueError:
                return number
    return 0


def field_line(text: str, field: str) -> int:
    """1-based line of a top-level ``field:`` in a Markdown file's frontmatter (1 if absent)."""
    match = re.search(rf"^{re.escape(field)}\s*:", text, re.MULTILINE)
    return text.count("\n", 0, match.start()) + 1 if match else 1


def _markdown_article(name: str, meta: dict[str, Any], body: str) -> Article:
    title = _field(name, meta, "title", str)
    if not title:
        heading = _H1.search(body)
        if heading and not body[: heading.start()].strip():
            title = heading["title"].strip()
            body = body[heading.end() :].lstrip("\n")
        else:
            title = Path(name).stem
    else:
        heading = _H1.match(body)
        if heading and cl.same_text(heading["title"], title):
            body = body[heading.end() :].lstrip("\n")
    try:
        date = parse_date(meta.get("date"))
    except ValueError as exc:
        raise SourceError(name, f"Error reading metadata 'date': {exc}") from None
    source = _source_field(name, meta)
    date = date or date_from_url(source.url)
    credits = meta.get("credits") or ()
    if isinstance(credits, str):
        credits = (credits,)
    if not isinstance(credits, (list, tuple)) or not all(isinstance(c, str) for c in credits):
        raise SourceError(name, "Error reading metadata 'credits': expected a list of names")
    return make_article(
        name,
        title=cl.normalize(str(title)),
        body=body,
        lead=cl.normalize(_field(name, meta, "lead", str) or ""),
        date=date,
        rubric=_field(name, meta, "rubric", str) or None,
        source=source,
        credits=tuple(credits),
        markup="markdown",
        meta=meta,
        allow_empty=True,
    )


def _yaml_error(name: str, exc: yaml.YAMLError, offset: int) -> SourceError:
    mark = getattr(exc, "problem_mark", None)
    line = mark.line + offset if mark is not None else None
    problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
    context, start = getattr(exc, "context", None), getattr(exc, "context_mark", None)
    if context and start is not None and start.line + offset != line:
        problem += f" ({context} at line {start.line + offset})"
    return SourceError(name, f"broken YAML frontmatter: {problem}", line=line)


def _field(name: str, meta: Mapping[str, Any], key: str, kind: type) -> Any:
    value = meta.get(key)
    if value is None:
        return None
    if kind is str and isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)  # `title: 1984`
    if not isinstance(value, kind):
        raise SourceError(name, f"Error reading metadata {key!r}: expected {kind.__name__}, got {value!r}")
    return value


def _source_field(name: str, meta: Mapping[str, Any]) -> Source:
    value = meta.get("source")
    url = _field(name, meta, "source_url", str)
    if isinstance(value, Mapping):
        src_name, src_url = value.get("name"), value.get("url")
        for key, item in (("name", src_name), ("url", src_url)):
            if item is not None and not isinstance(item, str):
                raise SourceError(name, f"Error reading metadata 'source.{key}': expected str, got {item!r}")
        return Source(src_name or None, src_url or url or None)
    if value is None or isinstance(value, str):
        if value and re.match(r"https?://", value):
            return Source(None, value)
        return Source(value or None, url or None)
    raise SourceError(name, f"Error reading metadata 'source': expected {{name, url}} or a name, got {value!r}")
