"""``briefings check``: validate the content folder; problems as ``path:line: message``.

Checks every briefing's frontmatter (readable YAML, field types, known countries,
valid date values), duplicate articles, broken relative links between pages, and the
entity registry.
"""

from __future__ import annotations

import posixpath
import re
from pathlib import Path

from briefings.dates import date_bounds
from briefings.errors import BriefingsError, SourceError
from briefings.frontmatter import article_digest, tags_from_meta
from briefings.gazetteer import Gazetteer
from briefings.model import KINDS
from briefings.registry import Registry
from briefings.sources import field_line, read_path

_LINK = re.compile(r"\]\(([^)\s]+\.md)(?:#[^)]*)?\)")


def check_content(content: str | Path, briefings_dir: str = "briefings", registry: str = "entities.yml") -> list[str]:
    root = Path(content)
    problems: list[str] = []
    if not root.is_dir():
        return [f"{root}: not a folder"]
    try:
        Registry.load(root / registry)
    except BriefingsError as error:
        problems.append(str(error))
    gazetteer = Gazetteer.default()
    seen: dict[str, str] = {}
    for path in sorted((root / briefings_dir).rglob("*.md")):
        if path.name == "index.md" or path.name.startswith("."):
            continue
        shown = path.as_posix()
        try:
            (article,) = read_path(path)[:1]
        except SourceError as error:
            problems.append(f"{shown}:{error.line or 1}: {error.reason}")
            continue
        text = path.read_text(encoding="utf-8-sig")
        found = tags_from_meta(article.meta, gazetteer)
        for problem in found.problems:
            field = problem.split("'")[1] if "'" in problem else "title"
            problems.append(f"{shown}:{field_line(text, field)}: {problem}")
        for mention in found.dates or ():
            try:
                date_bounds(mention.value)
            except ValueError:
                problems.append(f"{shown}:{field_line(text, 'dates')}: invalid date value {mention.value!r}")
        digest = article_digest(article.text)
        if digest in seen:
            problems.append(f"{shown}:1: the same article as {seen[digest]}")
        else:
            seen[digest] = shown
    for path in sorted(root.rglob("*.md")):
        text = path.read_text(encoding="utf-8-sig", errors="replace")
        rel_dir = posixpath.dirname(path.relative_to(root).as_posix())
        for match in _LINK.finditer(text):
            target = match.group(1)
            if "://" in target:
                continue
            resolved = posixpath.normpath(posixpath.join(rel_dir, target))
            if not (root / resolved).exists() and not _generated(resolved):
                line = text.count("\n", 0, match.start()) + 1
                problems.append(f"{path.as_posix()}:{line}: broken link to {target}")
    return problems


def _generated(uri: str) -> bool:
    """Pages the site generator makes (entity pages, indexes, timeline) are valid targets."""
    top = uri.split("/", 1)[0]
    return top in {*KINDS, "timeline"} or uri in {
        "briefings/index.md",
        "index.md",
    }
