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
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterator, Mapping

import frontmatter
import yaml

from briefings import clean as cl
from briefings.encoding import MAX_BYTES, decode, read_bytes
from briefings.errors import SourceError
from briefings.model import Article, Source

log = logging.getLogger(__name__)

MAX_BATCH_BYTES = 256 * 1024 * 1024
"""Largest JSON Lines batch read; each of its lines is held to ``MAX_BYTES``."""

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
        articles, errors = _read_jsonl(name)
        if not articles:
            reason = "no article in file"
            if errors:
                reason += f" ({len(errors)} bad lines, first: {errors[0].reason})"
            raise SourceError(name, reason)
        return Report(tuple(articles), tuple(errors))
    text = decode(read_bytes(name, MAX_BYTES), name)
    if not text.strip():
        raise SourceError(name, "empty file")
    return Report((_reader_for(suffix, text)(name, text),))


def read_text(name: str, text: str) -> Article:
    """Read already decoded ``text`` as if it were the file ``name`` (not JSON Lines)."""
    return _reader_for(Path(name).suffix.lower(), text)(name, text)


def _reader_for(suffix: str, text: str) -> Callable[[str, str], Article]:
    if suffix in MARKDOWN_SUFFIXES:
        return read_markdown
    if suffix in HTML_SUFFIXES or _looks_like_html(text):
        return read_html
    if DUMP_HEADER.match(text.lstrip("\ufeff")):
        return read_dump
    if _bsnlp_header(text) is not None:
        return read_bsnlp
    return read_plain


# --- dates and URLs ---------------------------------------------------------

_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:$|[T ]\d)")
URL_DATE = re.compile(r"/((?:19|20)\d{2})([-/])(\d{2})\2(\d{2})(?=[/_.\-]|$)")
"""A date in a URL path: ``/2018-03-15/`` or ``/2018/03/15/``."""


def date_from_url(url: str | None) -> dt.date | None:
    """The publication date in an article URL, if it has one."""
    if not url:
        return None
    match = URL_DATE.search(url)
    if not match:
        return None
    return _make_date(match[1], match[3], match[4])


def parse_date(value: Any) -> dt.date | None:
    """A date from ``date``/``datetime`` or ISO text (``2016-12-19T21:03:01+03:00``).

    The date is taken as written (no time-zone shift). ``None`` for empty values;
    ``ValueError`` for anything else.
    """
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        match = _ISO_DATE.match(value.strip())
        if match:
            parsed = _make_date(*match.groups())
            if parsed:
                return parsed
    raise ValueError(f"{value!r} is not a date (YYYY-MM-DD)")


def _make_date(year: str, month: str, day: str) -> dt.date | None:
    try:
        return dt.date(int(year), int(month), int(day))
    except ValueError:
        return None


# --- scraped page dumps ------------------------------------------------------

DUMP_HEADER = re.compile(r"\s*date\s+(\d{4}-\d{2}-\d{2})\b[^\n]*")
"""First line of a page dump: `` date 2025-10-09  <navigation text>``."""
_RUBRIC_HEAD = re.compile(r"(?P<name>[А-ЯЁA-Z][\w .\-]{0,40}?)\s*,(?:\s*\d.*)?")
"""«Политика,» or «Политика, 09 окт, 12:30»: a rubric name, a comma, maybe a time."""


def read_dump(name: str, text: str) -> Article:
    """A scraped page dump (see the seed article).

    Layout: date line, rubric line («Политика,»), comment counter, title, lead
    block (subtitle lines, then the photo's alt text and its caption with the
    credit), then body paragraphs with teasers of other articles in between.
    The lead is the lines of the first block after the title that come before the
    photo; a block with no photo counts as a lead only when it has two or three lines.
    """
    text = cl.normalize(text)
    lines = text.split("\n")
    match = DUMP_HEADER.fullmatch(lines[0])
    date = _make_date(*match[1].split("-")) if match else None
    i, rubrics = 1, []
    while i < len(lines):
        line = lines[i]
        if not line or cl.is_boilerplate(line):
            i += 1
        elif rubric := _rubric_of(line):
            rubrics.append(rubric)
            i += 1
        else:
            break
    if i >= len(lines):
        raise SourceError(name, "no title after the page header")
    title = lines[i]
    i += 1
    while i < len(lines) and not lines[i]:
        i += 1
    block_end = i
    while block_end < len(lines) and lines[block_end]:
        block_end += 1
    block = lines[i:block_end]
    photo = next((k for k, line in enumerate(block) if cl.split_credit(line)), None)
    lead_lines: list[str] = []
    credits: list[str] = []
    if photo is not None:
        caption, credit = cl.split_credit(block[photo]) or ("", "")
        credits.append(credit)
        lead_lines = block[:photo]
        if lead_lines and caption and cl.text_key(caption).startswith(cl.text_key(lead_lines[-1])):
            lead_lines.pop()  # the photo's alt text
        rest = block[photo + 1 :] + lines[block_end:]
    elif 2 <= len(block) <= 3 and all(len(line) <= 400 for line in block):
        lead_lines, rest = block, lines[block_end:]
    else:
        rest = lines[i:]
    lead = "\n".join(line for line in lead_lines if not cl.is_boilerplate(line))
    cleaned = cl.clean_body("\n".join(rest), title=title, lead=lead, rubrics=rubrics)
    return _article(
        name,
        title=title,
        body=cleaned.body,
        lead=lead,
        date=date,
        rubric=rubrics[0] if rubrics else None,
        credits=(*credits, *cleaned.credits),
    )


def _rubric_of(line: str) -> str | None:
    if cl.is_rubric(line):
        return line.rstrip(",").strip()
    match = _RUBRIC_HEAD.fullmatch(line)
    if match and len(match["name"].split()) <= 4:
        return match["name"].strip()
    return None


# --- BSNLP raw files ---------------------------------------------------------

_BSNLP_ID = re.compile(r"[\w.-]{1,64}")
_LANG = re.compile(r"[a-z]{2}")


def _bsnlp_header(text: str) -> list[str] | None:
    lines = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n").split("\n", 5)
    if len(lines) < 5:
        return None
    ident, lang, date, url = (line.strip() for line in lines[:4])
    if not (_BSNLP_ID.fullmatch(ident) and _LANG.fullmatch(lang) and re.match(r"https?://", url)):
        return None
    if date and not _ISO_DATE.match(date):
        return None
    return lines


def read_bsnlp(name: str, text: str) -> Article:
    """A BSNLP shared-task raw file: id, language, date, URL and title lines, then text.

    The date line may be empty (then the URL's date, if any) or a full timestamp.
    """
    lines = _bsnlp_header(text)
    if lines is None:
        raise SourceError(name, "not a BSNLP file (id, language, date, URL, title lines)")
    ident, lang, date_line, url, title = (line.strip() for line in lines[:5])
    body = lines[5] if len(lines) > 5 else ""
    title = cl.normalize(cl.strip_markup(title))
    date = parse_date(date_line) if date_line else date_from_url(url)
    cleaned = cl.clean_body(body, title=title, line_paragraphs=True)
    return _article(
        name, title=title, body=cleaned.body, date=date, source=Source(None, url), credits=cleaned.credits, allow_empty=True
    )


# --- plain text --------------------------------------------------------------


def read_plain(name: str, text: str) -> Article:
    """Plain text: the first non-empty line is the title, the rest the body (no lead).

    A one-line file is an article with a title only: the title is its text.
    """
    text = cl.strip_markup(cl.normalize(text))
    title, _, body = text.strip().partition("\n")
    cleaned = cl.clean_body(body, title=title)
    return _article(name, title=title.strip(), body=cleaned.body, credits=cleaned.credits, allow_empty=True)


# --- Markdown ----------------------------------------------------------------

_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml: the same values, 3× faster

_H1 = re.compile(r"^#[ \t]+(?P<title>.+?)(?:[ \t]+#+)?[ \t]*$", re.M)


def read_markdown(name: str, text: str) -> Article:
    """Markdown with optional YAML frontmatter; frontmatter fields win.

    Fields read: ``title``, ``date``, ``lead``, ``rubric``, ``source`` (``{name,
    url}`` or a name) or ``source_url``, ``credits``; the whole mapping is kept in
    ``Article.meta``. Without a ``title`` the first ``# heading`` is the title (and
    leaves the body), else the file stem.
    """
    skipped = len(text) - len(text.lstrip("\r\n\ufeff"))
    offset = text[:skipped].count("\n") + 1  # frontmatter hands YAML the "\n" after "---"
    text = cl.normalize_markdown(text)
    handler = frontmatter.YAMLHandler()
    meta: Any = {}
    body = text
    if handler.detect(text):
        yaml_text, body = handler.split(text)
        try:
            meta = handler.load(yaml_text, Loader=_YAML_LOADER)
        except yaml.YAMLError as exc:
            raise _yaml_error(name, exc, offset) from None
        except ValueError as exc:  # a well-formed but impossible value, e.g. `date: 2025-13-45`
            line = _impossible_date_line(yaml_text)
            raise SourceError(name, f"invalid date in frontmatter: {exc}", line=offset + line) from None
    if meta is None:
        meta = {}
    if not isinstance(meta, Mapping):
        raise SourceError(name, "frontmatter is not a mapping of fields", line=offset + 1)
    meta = dict(meta)
    body = body.strip("\n")
    try:
        return _markdown_article(name, meta, body)
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
    return _article(
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


# --- HTML --------------------------------------------------------------------

_HTML_START = re.compile(r"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html\b|head\b|body\b)", re.I | re.S)


def _looks_like_html(text: str) -> bool:
    return bool(_HTML_START.match(text.lstrip("\ufeff")[:2000]))


def read_html(name: str, text: str) -> Article:
    """A saved web page: trafilatura's main text and metadata.

    Title, date (page metadata or URL only: trafilatura's guessing from the text is
    off), canonical URL and site name; the author goes to ``meta["author"]``.
    """
    import trafilatura  # heavy: only when an HTML file is read

    doc = trafilatura.bare_extraction(
        text,
        with_metadata=True,
        include_comments=False,
        include_images=False,
        include_links=False,
        include_formatting=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    raw = getattr(doc, "text", None) if doc is not None else None
    if not raw:
        raw = trafilatura.html2txt(text) if hasattr(trafilatura, "html2txt") else ""
    meta = doc if doc is not None else None
    title = cl.normalize(cl.strip_markup(getattr(meta, "title", None) or ""))
    url = getattr(meta, "url", None) or None
    try:
        date = parse_date(getattr(meta, "date", None))
    except ValueError:
        date = None
    date = date or date_from_url(url)
    raw = cl.strip_markup(cl.normalize(raw or ""))
    if not title:
        title, _, raw = raw.strip().partition("\n")
    cleaned = cl.clean_body(raw, title=title, line_paragraphs=True)
    author = getattr(meta, "author", None)
    return _article(
        name,
        title=title or Path(name).stem,
        body=cleaned.body,
        date=date,
        source=Source(getattr(meta, "sitename", None) or None, url),
        credits=cleaned.credits,
        meta={"author": cl.normalize(author)} if author else {},
    )


# --- JSON Lines --------------------------------------------------------------


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


def _read_jsonl(name: str) -> tuple[list[Article], list[SourceError]]:
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


# --- common ------------------------------------------------------------------


def _article(name: str, *, title: str, body: str, allow_empty: bool = False, **fields: Any) -> Article:
    title = title.strip()
    if not title:
        raise SourceError(name, "no title")
    if not body.strip() and not allow_empty:
        raise SourceError(name, "no article text after the title")
    return Article(path=name, title=title, body=body, **fields)
