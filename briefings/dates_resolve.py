"""Resolve an ``Expr`` to an ISO 8601 value against the publication date.

Values are ``YYYY-MM-DD``, ``YYYY-MM``, ``YYYY`` or an interval ``A/B``. A
relative expression needs the publication date; without one it resolves to
``None`` (never guessed). Year inference uses the tense of the clause: a past
event in a month later than the publication month is last year's, a future one
in an earlier month is next year's. Without a publication date, a day or month
without its year may take the year a date just before it in the text gives
(:func:`with_year`; ``dates.extract_dates`` decides which).
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
import re
from typing import Callable

from briefings.dates_grammar import Expr
from briefings.dates_lexicon import SEASON_MONTHS

Tense = Callable[[], "str | None"]  # lazily: "past" | "future" | None


def day_iso(y: int, m: int, d: int) -> str | None:
    try:
        return dt.date(y, m, d).isoformat()
    except ValueError:
        return None


def month_iso(y: int, m: int) -> str | None:
    return f"{y:04d}-{m:02d}" if 1 <= m <= 12 and 1 <= y <= 9999 else None


def year_iso(y: int) -> str | None:
    return f"{y:04d}" if 1 <= y <= 9999 else None


def interval(a: str | None, b: str | None) -> str | None:
    return f"{a}/{b}" if a and b and a != b else a if a and a == b else None


def _shift_month(y: int, m: int, delta: int) -> tuple[int, int]:
    y, m0 = divmod(y * 12 + (m - 1) + delta, 12)
    return y, m0 + 1


def _infer_year(month: int, pub: dt.date, tense: Tense) -> int:
    if month > pub.month and tense() == "past":
        return pub.year - 1
    if month < pub.month and tense() == "future":
        return pub.year + 1
    return pub.year


def _year_of(expr: Expr, pub: dt.date | None, tense: Tense) -> int | None:
    if expr.year is not None:
        return expr.year
    if pub is None:
        return None
    if expr.yrel is not None:
        return pub.year + expr.yrel
    return _infer_year(expr.month or pub.month, pub, tense)


# --- seasons -----------------------------------------------------------------------


def _season_span(season: str, year: int) -> tuple[dt.date, dt.date]:
    """Season of ``year``; winter is the one whose January falls in ``year``."""
    first, last = SEASON_MONTHS[season]
    start_year = year - 1 if season == "winter" else year
    end = dt.date(year, last, calendar.monthrange(year, last)[1])
    return dt.date(start_year, first, 1), end


def _season_iso(season: str, year: int) -> str | None:
    a, b = _season_span(season, year)
    return interval(month_iso(a.year, a.month), month_iso(b.year, b.month))


def _relative_season_year(season: str, pub: dt.date, offset: int | None, tense: Tense) -> int:
    years = [pub.year - 2, pub.year - 1, pub.year, pub.year + 1, pub.year + 2]
    spans = {y: _season_span(season, y) for y in years}
    if offset is None:
        t = tense()
        if t == "past":
            return max(y for y in years if spans[y][0] <= pub)
        if t == "future":
            return min(y for y in years if spans[y][1] >= pub)
        offset = 0
    if offset < 0:
        return max(y for y in years if spans[y][1] < pub)
    if offset > 0:
        return min(y for y in years if spans[y][0] > pub)

    def distance(y: int) -> int:
        a, b = spans[y]
        return 0 if a <= pub <= b else min(abs((a - pub).days), abs((pub - b).days))

    return min(years, key=distance)


# --- weekdays and relative units ---------------------------------------------------------


def _weekday(expr: Expr, pub: dt.date, tense: Tense) -> str:
    wd, mode = expr.weekday, expr.offset
    monday = pub - dt.timedelta(days=pub.weekday())
    if mode == 2:  # «в ближайшую пятницу»: the next one after today
        delta = (wd - pub.weekday()) % 7 or 7
        return (pub + dt.timedelta(days=delta)).isoformat()
    if mode is not None and mode < 0:  # «в минувшую среду»: the last one before today
        return (pub - dt.timedelta(days=(pub.weekday() - wd) % 7 or 7)).isoformat()
    if mode is not None:  # «в эту среду», «в следующий вторник»: this or next calendar week
        return (monday + dt.timedelta(days=7 * mode + wd)).isoformat()
    if tense() == "future":
        return (pub + dt.timedelta(days=(wd - pub.weekday()) % 7)).isoformat()
    return (pub - dt.timedelta(days=(pub.weekday() - wd) % 7)).isoformat()


def _century_iso(n1: int, n2: int) -> str | None:
    return interval(year_iso((n1 - 1) * 100 + 1), year_iso(n2 * 100))


def _rel(expr: Expr, pub: dt.date) -> str | None:
    unit, off = expr.unit, expr.offset or 0
    if unit == "day":
        return (pub + dt.timedelta(days=off)).isoformat()
    if unit == "week":
        monday = pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(weeks=off)
        return interval(monday.isoformat(), (monday + dt.timedelta(days=6)).isoformat())
    if unit == "month":
        return month_iso(*_shift_month(pub.year, pub.month, off))
    if unit == "year":
        return year_iso(pub.year + off)
    if unit == "century":
        n = (pub.year - 1) // 100 + 1 + off
        return _century_iso(n, n)
    return None


def _shifted(unit: str, n: int, pub: dt.date) -> str | None:
    if unit == "day":
        return (pub + dt.timedelta(days=n)).isoformat()
    if unit == "week":
        return (pub + dt.timedelta(weeks=n)).isoformat()
    if unit in ("month", "halfyear"):
        return month_iso(*_shift_month(pub.year, pub.month, n * (6 if unit == "halfyear" else 1)))
    if unit == "year":
        return year_iso(pub.year + n)
    return None


# --- the dispatcher -------------------------------------------------------------------------


def resolve(expr: Expr, pub: dt.date | None, tense: Tense) -> str | None:
    """The ISO value of ``expr``, or ``None`` when it cannot be placed."""
    kind = expr.kind
    if kind == "day":
        y = _year_of(expr, pub, tense)
        return None if y is None else day_iso(y, expr.month, expr.day)
    if kind == "month":
        y = _year_of(expr, pub, tense)
        return None if y is None else month_iso(y, expr.month)
    if kind == "year":
        return year_iso(expr.year)
    if kind in ("years", "decade"):
        return interval(year_iso(expr.year), year_iso(expr.end))
    if kind == "decade2":  # «90-х»: the century comes from the context or the publication date
        if expr.yrel is not None:
            if pub is None:
                return None
            century = ((pub.year - 1) // 100 + expr.yrel) * 100
        elif expr.year >= 30:
            century = 1900
        elif pub is None:
            return None
        else:
            century = 2000 if 2000 + expr.year <= pub.year else 1900
        return interval(year_iso(century + expr.year), year_iso(century + expr.end))
    if kind == "century":
        return _century_iso(expr.year, expr.end)
    if kind == "season":
        if expr.year is not None:
            return _season_iso(expr.season, expr.year)
        if pub is None:
            return None
        if expr.yrel is not None:
            return _season_iso(expr.season, pub.year + expr.yrel)
        if expr.anaphoric and tense() == "past":
            return None
        return _season_iso(expr.season, _relative_season_year(expr.season, pub, expr.offset, tense))
    if kind == "quarter":
        y = _year_of(expr, pub, tense)
        if y is None:
            return None
        size = 6 if expr.unit == "half" else 3
        first = (expr.offset - 1) * size + 1
        return interval(month_iso(y, first), month_iso(y, first + size - 1))
    if kind == "range":
        return _range(expr, pub, tense)
    if pub is None:
        return None
    if kind == "rel":
        if expr.anaphoric and tense() == "past":
            return None
        return _rel(expr, pub)
    if kind == "ago":
        return _shifted(expr.unit, -expr.offset, pub)
    if kind == "after":
        return _shifted(expr.unit, expr.offset, pub) if tense() == "future" else None
    if kind == "weekday":
        return _weekday(expr, pub, tense)
    return None


def _second_half(lo: Expr, hi: Expr) -> Expr:
    """A range's second half written without the year its first half gives: in that year, or
    the next one when its month comes earlier («с 25 декабря 2016 года по 5 января» → 2017)."""
    if lo.year is not None and not hi.has_year and hi.kind in ("day", "month"):
        return dataclasses.replace(hi, year=lo.year + (1 if lo.month and hi.month and hi.month < lo.month else 0))
    return hi


def _range(expr: Expr, pub: dt.date | None, tense: Tense) -> str | None:
    lo, hi = expr.lo, _second_half(expr.lo, expr.hi)
    b = resolve(hi, pub, tense)
    if b is None:
        return None
    if not lo.has_year and lo.kind in ("day", "month", "season") and hi.kind in ("day", "month", "season"):
        year = int(b[:4])
        if lo.month and hi.month and lo.month > hi.month:
            year -= 1
        lo = Expr(lo.kind, year=year, month=lo.month, day=lo.day, season=lo.season)
    a = resolve(lo, pub, tense)
    if a is None:
        return None
    a_first, b_last = a.split("/")[0], b.split("/")[-1]
    if a_first > b_last:
        return None
    return f"{a_first}/{b_last}"


def with_year(expr: Expr, year: int) -> Expr | None:
    """``expr`` placed in ``year`` when its year is left to the context: a day, month or
    quarter written without one («18 июня», «в июле»), a range of them; else None (a
    relative expression, one with its year, a season: «на зиму» after «ноября 2014 года»
    is the winter to come, not the one that began 2014)."""
    if expr.has_year or expr.anaphoric:
        return None
    if expr.kind in ("day", "month", "quarter"):
        return dataclasses.replace(expr, year=year)
    if expr.kind == "range" and expr.hi is not None and not expr.hi.has_year and expr.hi.kind in ("day", "month"):
        return dataclasses.replace(expr, hi=dataclasses.replace(expr.hi, year=year))
    return None


def explicit_year(expr: Expr) -> int | None:
    """The year an expression writes out for a day, month, season, quarter or a range of
    them («11 июня 2017 года», «в июле 2017-го»), which later dates without a year may take;
    not a bare year («в 2017 году»: the year of a narrative, or of a fact in passing), nor
    a span of years. A range gives its second half's («с 25 декабря 2016 года по 5 января»:
    2017)."""
    if expr.kind == "range" and expr.lo is not None and expr.hi is not None:
        return explicit_year(_second_half(expr.lo, expr.hi))
    return expr.year if expr.kind in ("day", "month", "season", "quarter") else None


# --- bounds ------------------------------------------------------------------------------------

_ISO_RE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def _point_bounds(value: str) -> tuple[dt.date, dt.date]:
    m = _ISO_RE.fullmatch(value)
    if not m:
        raise ValueError(f"not an ISO date: {value!r}")
    y, mo, d = int(m[1]), m[2], m[3]
    if y < 1:
        raise ValueError(f"not an ISO date: {value!r}")
    if d is not None:
        day = dt.date(y, int(mo), int(d))
        return day, day
    if mo is not None:
        month = int(mo)
        if not 1 <= month <= 12:
            raise ValueError(f"not an ISO month: {value!r}")
        return dt.date(y, month, 1), dt.date(y, month, calendar.monthrange(y, month)[1])
    return dt.date(y, 1, 1), dt.date(y, 12, 31)


def date_bounds(value: str) -> tuple[dt.date, dt.date]:
    """First and last day covered by an ISO value or an ``A/B`` interval."""
    if not isinstance(value, str):
        raise ValueError(f"not an ISO date: {value!r}")
    parts = value.strip().split("/")
    if len(parts) == 1:
        return _point_bounds(parts[0])
    if len(parts) != 2:
        raise ValueError(f"not an ISO interval: {value!r}")
    first, last = _point_bounds(parts[0])[0], _point_bounds(parts[1])[1]
    if first > last:
        raise ValueError(f"interval ends before it starts: {value!r}")
    return first, last
