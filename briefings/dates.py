"""Temporal expressions in Russian news text → ISO 8601 values.

    >>> extract_dates("Встреча прошла 7 октября.", dt.date(2025, 10, 9))[0].value
    '2025-10-07'

The work is split by job: ``dates_lexicon`` (word tables), ``dates_patterns`` (the
pieces rules are built from), the rule modules ``dates_calendar``, ``dates_years``,
``dates_seasons`` and ``dates_relative`` (find expressions and say what they mean),
``dates_grammar`` (all rules, in the order that settles ties), ``dates_scan`` (runs
them over a text), ``dates_tense`` (past or future clause), ``dates_resolve``
(meaning + publication date → ISO value).
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from typing import Any

from briefings.dates_scan import scan
from briefings.dates_resolve import date_bounds, explicit_year, resolve, with_year
from briefings.dates_tense import clause_tense
from briefings.model import DateMention

__all__ = ["date_bounds", "extract_dates"]

_MORPH: list[Any] = []  # the lazily built default analyser (or None when unavailable)


def default_morph():
    """natasha's ``MorphVocab``, built once on first use; ``None`` if it cannot load."""
    if not _MORPH:
        try:
            from natasha import MorphVocab

            _MORPH.append(MorphVocab())
        except Exception:  # noqa: BLE001 - fall back to the suffix heuristic
            _MORPH.append(None)
    return _MORPH[0]


class _Sentences:
    """Sentence spans of a text, computed on first use (lines, then razdel)."""

    def __init__(self, text: str):
        self.text = text
        self._starts: list[int] | None = None
        self._spans: list[tuple[int, int]] = []

    def _build(self) -> None:
        from razdel import sentenize

        for line in re.finditer(r"[^\n]+", self.text):
            for s in sentenize(line.group()):
                self._spans.append((line.start() + s.start, line.start() + s.stop))
        self._starts = [a for a, _ in self._spans]

    def around(self, start: int, stop: int) -> tuple[int, int]:
        if self._starts is None:
            self._build()
        i = bisect.bisect_right(self._starts, start) - 1
        if i < 0:
            return start, stop
        a, b = self._spans[i]
        j = i
        while b < stop and j + 1 < len(self._spans):  # a mention across a razdel split
            j += 1
            b = self._spans[j][1]
        return a, max(b, stop)


def extract_dates(text: str, published: dt.date | None, *, morph=None) -> tuple[DateMention, ...]:
    """Every temporal expression in ``text`` that points at a calendar position.

    Resolved against ``published``, in text order, with offsets into ``text``. When it is
    ``None``, relative expressions are left out and a day or month without its year
    («18 июня») takes the year of the last date written with one before it («11 июня 2017
    года … 18 июня»: 2017-06-18), as a narrative's dates do; with none before, or a bare
    year after that date («В 2016 году …»), it is left out too. (NEREL, no publication
    dates: date-mention recall dev 0.511 → 0.569, train 0.577 → 0.614; a bare year as the
    anchor adds little and is more often a fact in passing; ``bench/eval_dates.py
    --published none``.) ``morph``: a natasha
    ``MorphVocab`` or pymorphy2 ``MorphAnalyzer`` for tense detection; by
    default one is built once and reused.
    """
    if not text:
        return ()
    if isinstance(published, dt.datetime):
        published = published.date()
    get_morph = (lambda: morph) if morph is not None else default_morph
    sentences = _Sentences(text)
    mentions: list[DateMention] = []
    years: list[int | None] = []  # the years of the dates so far written with one (None: a bare year)
    for cand in scan(text, get_morph):
        s_start, s_stop = sentences.around(cand.start, cand.stop)
        sentence = text[s_start:s_stop]
        cache: list[str | None] = []

        def tense(sentence=sentence, cand=cand, s_start=s_start, cache=cache):
            if not cache:
                cache.append(clause_tense(sentence, cand.start - s_start, cand.stop - s_start, get_morph()))
            return cache[0]

        if _nowadays(text, cand, sentence, tense):
            continue
        value = resolve(cand.expr, published, tense)
        if value is None and published is None:
            value = _in_the_year_before(cand, years, tense)
        if value is None:
            continue
        year = explicit_year(cand.expr)
        if year is not None or cand.expr.has_year:
            years.append(year)  # a bare year («В 2016 году») places no later day: None
        if _SIGNED.search(text, max(0, cand.start - 80), cand.start):
            continue  # (a post's date places the days after it, but is when it was written, not an event)
        if _names_the_day_before(cand, mentions[-1] if mentions else None, text):
            continue  # «23 марта, в пятницу»: one date
        mentions.append(DateMention(
            value=value,
            text=text[cand.start:cand.stop],
            sentence=sentence.strip(),
            start=cand.start,
            stop=cand.stop,
        ))
    return tuple(mentions)


# the signature of an embedded post before its date: «— РФПЛ (@rfpl) 22 ноября 2017 г.»,
# «(@realDonaldTrump) February 14, 2017» (the date maybe on a line of its own)
_SIGNED = re.compile(r"\(@\w+\)\s*(?:[A-Z][a-z]+[^\S\n]+\d{1,2},[^\S\n]*)?\Z")

# «сегодня» in a time of day or with a date is the day: «сегодня утром», «сегодняшнего вечера»,
# «сегодня, 5 марта», «сегодня в 12:00»
_TIME_OF_DAY = re.compile(r"[^\S\n]*(?:,[^\S\n]*\d{1,2}[^\S\n]+[а-яё]+"
                          r"|(?:утр(?:ом|а|о)|вечер(?:ом|а)?|дн[её]м|ноч(?:ью|и|ь))(?!\w)"
                          r"|в[^\S\n]+\d{1,2}[:.]\d\d)", re.I)
# a present-tense verb of an event on the day: «Сегодня в Москве проходит саммит», «Сегодня
# исполняется 100 лет»
_EVENT_TODAY = re.compile(r"(?<!\w)(?:проход|начина|открыва|стартуе|стартую|заверша|заканчива|отмеча|исполня|"
                          r"праздну|собира|прибыва|встреча|рассматрива|голосу|вступа)[а-яё]*", re.I)
_UNTIL_NOW = re.compile(r"(?:по|до)[^\S\n]+сегодняшн[а-яё]+[^\S\n]+(?:день|дня)(?!\w)", re.I)  # «по сегодняшний день»
_AND_BEFORE = re.compile(r"(?:^|[^\w])и[^\S\n]+\Z", re.I)
_CLAUSE_END = re.compile(r"[^\S\n]*(?:[,.;:!?)»]|\Z)")


def _nowadays(text: str, cand, sentence: str, tense) -> bool:
    """Is ``cand`` «сегодня» (or «сегодняшний») meaning «nowadays», not the day the text is
    written? So it is in a sentence of no past or future verb and no verb of an event on the
    day («Сегодня 90 % домов … отапливаются геотермальной энергией», «на сегодня она
    присутствует в 20 странах», «сегодняшняя Россия»; not «Сегодня в Москве проходит
    саммит»), «и сегодня» that ends its clause («не теряют актуальности и сегодня»; not
    «вчера и сегодня продолжатся»), and «по сегодняшний день», «до сегодняшнего дня»; never
    with a time of day or a date («сегодня утром», «до сегодняшнего вечера», «сегодня, 15
    февраля»)."""
    expr = cand.expr
    if expr.kind != "rel" or expr.unit != "day" or expr.offset != 0 or _TIME_OF_DAY.match(text, cand.stop):
        return False
    if _UNTIL_NOW.search(text, cand.start, min(len(text), cand.stop + 6)):
        return True
    if _AND_BEFORE.search(text, max(0, cand.start - 3), cand.start) and _CLAUSE_END.match(text, cand.stop):
        return True
    return tense() is None and _EVENT_TODAY.search(sentence) is None


# a weekday right after a date, in apposition: the same day's («23 марта, в пятницу»)
_APPOSITION = re.compile(r"[^\S\n]*,?[^\S\n]*")


def _names_the_day_before(cand, last: DateMention | None, text: str) -> bool:
    """Is ``cand`` a weekday in apposition to the day written right before it, and that
    day's weekday («23 марта, в пятницу» of a Friday: one date; not «23 марта, во вторник»,
    nor after a range: «с 19 по 23 марта, в пятницу»)?"""
    if cand.expr.kind != "weekday" or last is None or len(last.value) != 10 \
            or not _APPOSITION.fullmatch(text, last.stop, cand.start):
        return False
    try:
        return dt.date.fromisoformat(last.value).weekday() == cand.expr.weekday
    except ValueError:
        return False


def _in_the_year_before(cand, years: list[int | None], tense) -> str | None:
    """``cand`` resolved in the year of the last date written with one before it (no
    publication date to place it by), or None (none, or a bare year came after it)."""
    placed = with_year(cand.expr, years[-1]) if years and years[-1] is not None else None
    return resolve(placed, None, tense) if placed is not None else None
