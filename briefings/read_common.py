"""What every reader shares: dates from metadata and URLs, and the checked Article.

Dates come only from the file (a header, frontmatter, HTML metadata or the URL);
:func:`make_article` refuses an article without a title or, unless allowed, a body.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from briefings.errors import SourceError
from briefings.model import Article

ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:$|[T ]\d)")
"""An ISO date at the start of a value, alone or followed by a time."""
URL_DATE = re.compile(r"/((?:19|20)\d{2})([-/])(\d{2})\2(\d{2})(?=[/_.\-]|$)")
"""A date in a URL path: ``/2018-03-15/`` or ``/2018/03/15/``."""


def date_from_url(url: str | None) -> dt.date | None:
    """The publication date in an article URL, if it has one."""
    if not url:
        return None
    match = URL_DATE.search(url)
    if not match:
        return None
    return make_date(match[1], match[3], match[4])


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
        match = ISO_DATE.match(value.strip())
        if match:
            parsed = make_date(*match.groups())
            if parsed:
                return parsed
    raise ValueError(f"{value!r} is not a date (YYYY-MM-DD)")


def make_date(year: str, month: str, day: str) -> dt.date | None:
    """The date of these digits, or ``None`` when it is not a calendar date."""
    try:
        return dt.date(int(year), int(month), int(day))
    except ValueError:
        return None


def make_article(name: str, *, title: str, body: str, allow_empty: bool = False, **fields: Any) -> Article:
    """The Article read from file ``name``; :class:`SourceError` without a title or body."""
    title = title.strip()
    if not title:
        raise SourceError(name, "no title")
    if not body.strip() and not allow_empty:
        raise SourceError(name, "no article text after the title")
    return Article(path=name, title=title, body=body, **fields)
