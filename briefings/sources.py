"""Readers: one source file -> its articles, one reader per kind of file.

The kind is chosen by suffix, then by content for ``.txt`` (a scraped page dump, a
BSNLP file with its header lines, a saved HTML page, or plain text):

========================  ===========================================================
``.md``, ``.markdown``    Markdown, optional YAML frontmatter (frontmatter wins)
``.html``, ``.htm``       saved web page: main text and metadata via trafilatura
``.jsonl``, ``.jsonlines`` one article per line: ``title``, ``date``, ``url``,
                          ``text`` or ``content``, ``summary`` (-> lead)
``.txt``                  dump (`` date YYYY-MM-DD ...`` first line), BSNLP
                          (id, language, date, URL, title lines), HTML, or plain
                          text (title on the first line, body after it)
========================  ===========================================================

:func:`read_path` raises :class:`SourceError` (one line naming the file) for empty,
binary, oversized, undecodable or article-less files. In a JSON Lines batch bad
lines are skipped and logged; :func:`read_path_report` returns them as errors.
Dates come only from the file (header, frontmatter, HTML metadata, URL): an
undated article has ``date=None``.

Each reader lives in its own module: ``read_txt`` (dumps, BSNLP, plain text),
``read_markdown``, ``read_html`` and ``read_jsonl``; ``read_common`` holds the date
helpers and the Article check they share. This module picks the reader by suffix
and content, and re-exports the readers' public names.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from briefings.encoding import MAX_BYTES, decode, read_bytes
from briefings.errors import SourceError
from briefings.model import Article
from briefings.read_common import URL_DATE, date_from_url, parse_date
from briefings.read_html import looks_like_html, read_html
from briefings.read_jsonl import MAX_BATCH_BYTES, iter_jsonl, read_jsonl
from briefings.read_markdown import FrontMatter, field_line, parse_markdown, read_markdown
from briefings.read_txt import DUMP_HEADER, bsnlp_header, read_bsnlp, read_dump, read_plain

__all__ = [
    "DUMP_HEADER", "HTML_SUFFIXES", "JSONL_SUFFIXES", "MARKDOWN_SUFFIXES", "MAX_BATCH_BYTES", "MAX_BYTES",
    "SUFFIXES", "TEXT_SUFFIXES", "URL_DATE", "Report", "SourceError", "date_from_url", "field_line",
    "iter_jsonl", "parse_date", "read_briefing", "read_bsnlp", "read_dump", "read_html", "read_markdown", "read_path",
    "read_path_report", "read_plain", "read_text",
]

log = logging.getLogger(__name__)

MARKDOWN_SUFFIXES = (".md", ".markdown")
HTML_SUFFIXES = (".html", ".htm")
JSONL_SUFFIXES = (".jsonl", ".jsonlines")
TEXT_SUFFIXES = (".txt",)
SUFFIXES: tuple[str, ...] = TEXT_SUFFIXES + MARKDOWN_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES
"""Suffixes read (lower case): a directory walker keeps files whose suffix is here."""


@dataclass(frozen=True, slots=True)
class Report:
    """What a file gave: its articles and the errors of the parts that were skipped."""

    articles: tuple[Article, ...]
    errors: tuple[SourceError, ...] = ()


def read_path(path: str | Path) -> list[Article]:
    """Read one file into its articles (a JSON Lines batch gives many).

    Raises :class:`SourceError` when the file yields no article at all.
    """
    report = read_path_report(path)
    for error in report.errors:
        log.warning("%s (skipped)", error)
    return list(report.articles)


def read_path_report(path: str | Path) -> Report:
    """Like :func:`read_path`, but bad lines of a batch come back in ``errors``.

    Raises :class:`SourceError` when the file itself cannot be read or yields no
    article; ``errors`` is then empty.
    """
    name = str(path)
    suffix = Path(name).suffix.lower()
    if suffix not in SUFFIXES:
        raise SourceError(name, f"unsupported file type {suffix or '(no suffix)'!r}; expected one of {', '.join(SUFFIXES)}")
    if suffix in JSONL_SUFFIXES:
        articles, errors = read_jsonl(name)
        if not articles:
            reason = "no article in file"
            if errors:
                reason += f" ({len(errors)} bad lines, first: {errors[0].reason})"
            raise SourceError(name, reason)
        return Report(tuple(articles), tuple(errors))
    text = _file_text(name)
    return Report((_reader_for(suffix, text)(name, text),))


def read_briefing(path: str | Path) -> tuple[Article, FrontMatter | None]:
    """The article of a one-article file as :func:`read_path` reads it, and for Markdown
    its frontmatter as parsed (MkDocs can take it instead of parsing it again)."""
    name = str(path)
    if Path(name).suffix.lower() in MARKDOWN_SUFFIXES:
        return parse_markdown(name, _file_text(name))
    return read_path(name)[0], None  # another kind of file: read_path reads it, or says why not


def _file_text(name: str) -> str:
    """The decoded text of a file that is not a JSON Lines batch; an empty one is an error."""
    text = decode(read_bytes(name, MAX_BYTES), name)
    if not text.strip():
        raise SourceError(name, "empty file")
    return text


def read_text(name: str, text: str) -> Article:
    """Read already decoded ``text`` as if it were the file ``name`` (not JSON Lines)."""
    return _reader_for(Path(name).suffix.lower(), text)(name, text)


def _reader_for(suffix: str, text: str) -> Callable[[str, str], Article]:
    if suffix in MARKDOWN_SUFFIXES:
        return read_markdown
    if suffix in HTML_SUFFIXES or looks_like_html(text):
        return read_html
    if DUMP_HEADER.match(text.lstrip("\ufeff")):
        return read_dump
    if bsnlp_header(text) is not None:
        return read_bsnlp
    return read_plain
