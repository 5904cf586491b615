"""Reader of JSON Lines batches (``.jsonl``, ``.jsonlines``): one article per line.

A bad line becomes a :class:`SourceError` naming its line and is skipped; the
other lines are still read.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Iterator

from briefings import clean as cl
from briefings.encoding import MAX_BYTES, decode
from briefings.errors import SourceError
from briefings.model import Article, Source
from briefings.read_common import date_from_url, parse_date

MAX_BATCH_BYTES = 256 * 1024 * 1024
"""Largest JSON Lines batch read; each of its lines is held to ``MAX_BYTES``."""


def iter_jsonl(name: str) -> Iterator[Article | SourceError]:
    """Each line of a JSON Lines batch as an Article, or the SourceError of that line."""
    size = _size(name)
    if size > MAX_BATCH_BYTES:
        raise SourceError(name, f"file too large ({size / 2**20:.1f} MB > {MAX_BATCH_BYTES // 2**20} MB)")
    with open(name, "rb") as handle:
        head = handle.read(8192)
        if not head.strip():
            raise SourceError(name, "empty file")
        if b"\x00" in head:
            raise SourceError(name, "binary file, not text")
        handle.seek(0)
        for number, raw in enumerate(handle, start=1):
            if not raw.strip():
                continue
            if len(raw) > MAX_BYTES:
                yield SourceError(name, f"line too large (> {MAX_BYTES // 2**20} MB)", line=number)
                continue
            try:
                yield _jsonl_article(f"{name}#{number}", decode(raw, name), number, name)
            except SourceError as exc:
                yield exc if exc.line else SourceError(name, exc.reason, line=number)


def read_jsonl(name: str) -> tuple[list[Article], list[SourceError]]:
    """The articles of a batch and the errors of its skipped lines."""
    articles: list[Article] = []
    errors: list[SourceError] = []
    for item in iter_jsonl(name):
        (errors if isinstance(item, SourceError) else articles).append(item)
    return articles, errors


def _jsonl_article(path: str, line: str, number: int, name: str) -> Article:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise SourceError(name, f"bad JSON: {exc.msg} (column {exc.colno})", line=number) from None
    if not isinstance(record, dict):
        raise SourceError(name, "line is not a JSON object", line=number)

    def text_field(key: str) -> str:
        value = record.get(key)
        if value is None:
            return ""
        if not isinstance(value, str):
            raise SourceError(name, f"Error reading field {key!r}: expected a string", line=number)
        return value

    title = cl.normalize(cl.strip_markup(text_field("title")))
    url = text_field("url") or None
    body = text_field("text") or text_field("content")
    lead = cl.normalize(cl.strip_markup(text_field("summary") or text_field("lead")))
    try:
        date = parse_date(record.get("date")) or date_from_url(url)
    except ValueError as exc:
        raise SourceError(name, f"Error reading field 'date': {exc}", line=number) from None
    if not title:
        raise SourceError(name, "no title", line=number)
    source_name = record.get("source") or record.get("site")
    cleaned = cl.clean_body(body, title=title, lead=lead, line_paragraphs=True)
    if not cleaned.body and lead:  # the text is its summary: keep it once, as the body
        lead = ""
        cleaned = cl.clean_body(body, title=title, line_paragraphs=True)
    if not cleaned.body:
        raise SourceError(name, "no article text", line=number)
    return Article(
        path=path,
        title=title,
        body=cleaned.body,
        lead=lead,
        date=date,
        source=Source(source_name if isinstance(source_name, str) else None, url),
        credits=cleaned.credits,
    )


def _size(name: str) -> int:
    try:
        if not Path(name).is_file():
            raise SourceError(name, "no such file" if not Path(name).exists() else "not a regular file")
        return Path(name).stat().st_size
    except OSError as exc:
        raise SourceError(name, f"cannot read file: {exc.strerror}") from None
