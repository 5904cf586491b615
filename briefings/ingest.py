"""read → clean → tag → write, one briefing per article; per-file errors collected.

Safe by construction: files are written to a temporary file and renamed; nothing is
written outside ``out_dir``; a briefing an editor changed since it was generated is
never overwritten (``force`` regenerates it and keeps a backup ``.<name>.bak``);
an unchanged article is not tagged again (its file already records its digest), so a
second run on the same inputs is fast and changes no byte.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

import yaml

from briefings.errors import SourceError, TaggingError
from briefings.frontmatter import article_digest, edited_since_generated, read_front_matter, render_generated
from briefings.gazetteer import Gazetteer
from briefings.model import Article, Briefing
from briefings.registry import Registry
from briefings.slugs import briefing_relpath, slugify, unique_slug
from briefings.sources import SUFFIXES, read_path_report
from briefings.tagging import TAGGER_VERSION, BatchTagger, tag_articles


@dataclass(slots=True)
class IngestReport:
    """What one ingest run did, path by path (relative to ``out_dir`` for outputs)."""

    written: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    kept_edited: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)  # inputs repeating an earlier input's article
    failed: list[str] = field(default_factory=list)  # "path: reason" lines

    @property
    def ok(self) -> bool:
        return not self.failed


def input_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Files named, and readable files inside directories named (sorted, recursive)."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from sorted(
                p for p in path.rglob("*")
                if p.is_file() and p.suffix.lower() in SUFFIXES and not p.name.startswith(".")
            )
        else:
            yield path


def read_articles(paths: Iterable[str | Path], errors: list[str]) -> Iterator[Article]:
    """Every article of every input; a file (or JSONL line) that fails adds one line to ``errors``."""
    for path in input_files(paths):
        try:
            report = read_path_report(path)
        except SourceError as error:
            errors.append(str(error))
            continue
        except OSError as error:
            errors.append(f"{path}: {error.strerror or error}")
            continue
        errors.extend(str(error) for error in report.errors)
        yield from report.articles


class BriefingStore:
    """The output folder: which article lives in which file, and safe writes."""

    def __init__(self, out_dir: Path):
        self.out_dir = out_dir
        self.by_article: dict[str, str] = {}
        self.taken_stems: set[str] = set()  # "YYYY/MM/slug" of every briefing file
        self.meta: dict[str, dict] = {}  # frontmatter of the files already there
        if out_dir.is_dir():
            for path in sorted(out_dir.rglob("*.md")):
                rel = path.relative_to(out_dir).as_posix()
                self.taken_stems.add(rel[: -len(".md")])
                try:
                    meta = read_front_matter(path.read_text(encoding="utf-8"))
                except (OSError, UnicodeDecodeError, ValueError, yaml.YAMLError):
                    continue
                self.meta[rel] = meta
                ingested = meta.get("ingested")
                if isinstance(ingested, dict) and isinstance(ingested.get("article"), str):
                    self.by_article.setdefault(ingested["article"], rel)

    def place(self, article: Article, digest: str) -> str:
        """The relative path for ``article``: its existing file, or a new free one."""
        if digest in self.by_article:
            return self.by_article[digest]
        wanted = article.meta.get("slug")
        base = slugify(str(wanted) if wanted else article.title)
        stem = briefing_relpath(article.date, base)[: -len(".md")]
        rel = unique_slug(stem, self.taken_stems) + ".md"
        self.by_article[digest] = rel
        self.taken_stems.add(rel[: -len(".md")])
        return rel

    def target(self, rel: str) -> Path:
        path = (self.out_dir / rel).resolve()
        if not path.is_relative_to(self.out_dir.resolve()):
            raise SourceError(rel, "refusing to write outside the output folder")
        return path

    def write(self, rel: str, text: str) -> None:
        path = self.target(rel)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
                handle.write(text)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise


def ingest(
    paths: Iterable[str | Path],
    out_dir: str | Path,
    tag_many: BatchTagger,
    *,
    force: bool = False,
    gazetteer: Gazetteer | None = None,
    registry: Registry | None = None,
) -> IngestReport:
    """Ingest ``paths`` into ``out_dir``.

    ``tag_many(articles)`` yields automatic tags for the articles that need them, in
    order; it is called once, and only with articles that are new or changed.
    """
    report = IngestReport()
    store = BriefingStore(Path(out_dir))
    gazetteer = gazetteer or Gazetteer.default()
    pending: list[tuple[Article, str, str | None]] = []
    seen: dict[str, str] = {}
    for article in read_articles(paths, report.failed):
        digest = article_digest(article.text)
        if digest in seen:
            report.duplicates.append(f"{article.path}: the same article as {seen[digest]}; skipped")
            continue
        seen[digest] = article.path
        rel = store.place(article, digest)
        path = store.target(rel)
        existing = path.read_text(encoding="utf-8") if path.exists() else None
        if existing is not None and edited_since_generated(existing, store.meta.get(rel)):
            if not force:
                report.kept_edited.append(rel)
                continue
            path.with_name(f".{path.name}.bak").write_text(existing, encoding="utf-8")
        elif existing is not None and not force and _is_current(store.meta.get(rel), digest):
            report.unchanged.append(rel)
            continue
        pending.append((article, rel, existing))

    all_tags = tag_articles([article for article, _, _ in pending], gazetteer, tag_many, registry)
    for (article, rel, existing), tags in zip(pending, all_tags):
        if isinstance(tags, TaggingError):
            report.failed.append(str(tags))  # the briefing on disk, if any, stays as it was
            continue
        briefing = Briefing(article=article, tags=tags, slug=Path(rel).stem)
        text = render_generated(briefing, source=article.path, tagger_version=TAGGER_VERSION)
        if text == existing:
            report.unchanged.append(rel)
            continue
        store.write(rel, text)
        report.written.append(rel)
    return report


def _is_current(meta: dict | None, digest: str) -> bool:
    """The file holds this article, tagged by this tagger version (its source path may differ)."""
    ingested = (meta or {}).get("ingested")
    return isinstance(ingested, dict) and ingested.get("article") == digest and ingested.get("tagger") == TAGGER_VERSION
