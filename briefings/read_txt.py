"""Readers of ``.txt`` files: scraped page dumps, BSNLP raw files and plain text.

Which one reads a file is chosen by its content (see ``briefings.sources``):
:data:`DUMP_HEADER` on the first line makes a dump, :func:`bsnlp_header` a BSNLP
file, anything else is plain text.
"""

from __future__ import annotations

import re

from briefings import clean as cl
from briefings.errors import SourceError
from briefings.model import Article, Source
from briefings.read_common import ISO_DATE, date_from_url, make_article, make_date, parse_date

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
    date = make_date(*match[1].split("-")) if match else None
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
    return make_article(
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


def bsnlp_header(text: str) -> list[str] | None:
    """The lines of a BSNLP file (five header lines, then the text), or ``None``."""
    lines = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n").split("\n", 5)
    if len(lines) < 5:
        return None
    ident, lang, date, url = (line.strip() for line in lines[:4])
    if not (_BSNLP_ID.fullmatch(ident) and _LANG.fullmatch(lang) and re.match(r"https?://", url)):
        return None
    if date and not ISO_DATE.match(date):
        return None
    return lines


def read_bsnlp(name: str, text: str) -> Article:
    """A BSNLP shared-task raw file: id, language, date, URL and title lines, then text.

    The date line may be empty (then the URL's date, if any) or a full timestamp.
    """
    lines = bsnlp_header(text)
    if lines is None:
        raise SourceError(name, "not a BSNLP file (id, language, date, URL, title lines)")
    ident, lang, date_line, url, title = (line.strip() for line in lines[:5])
    body = lines[5] if len(lines) > 5 else ""
    title = cl.normalize(cl.strip_markup(title))
    date = parse_date(date_line) if date_line else date_from_url(url)
    cleaned = cl.clean_body(body, title=title, line_paragraphs=True)
    return make_article(
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
    return make_article(name, title=title.strip(), body=cleaned.body, credits=cleaned.credits, allow_empty=True)
