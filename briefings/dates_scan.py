"""One pass of the date rules over a text (see ``dates_grammar`` for the rules).

``Scanner`` answers the context questions rules ask (a preposition or a period
part before a span, is this number a count, is «среду» a weekday); ``scan``
runs the rules whose cue words occur in the text, keeps the longest
non-overlapping matches, widens them by a period part («в начале …») and joins
ranges («с января по март 2019 года») and lists («в августе и октябре 2017
года», where the year carries back).
"""

from __future__ import annotations

import dataclasses
import re
from typing import Callable

from briefings import dates_lexicon as lex
from briefings.dates_grammar import (
    DASH, MASKS, PART_RE, PREP_BEFORE, RULES, S, S0, WEEKDAY_BEFORE, Candidate, Expr,
)


# --- cheap pre-checks: a rule runs only if one of its cue substrings is in the text ------------

DIGITS = tuple("0123456789")
MONTH_CUES = ("январ", "феврал", "март", "апрел", "мая", "мае", "май", "маю", "маем", "июн", "июл", "август",
              "сентябр", "октябр", "ноябр", "декабр", "янв", "фев", "апр", "авг", "сен", "окт", "ноя", "дек")
SEASON_CUES = ("весн", "лет", "осен", "зим")
RULE_CUES: dict[str, tuple[str, ...]] = {
    "_iso": DIGITS, "_numeric": DIGITS, "_day_month": MONTH_CUES, "_day_range": MONTH_CUES,
    "_day_list": MONTH_CUES, "_month_relative": MONTH_CUES, "_month_year": MONTH_CUES, "_month": MONTH_CUES,
    "_month_adjective": tuple(lex.MONTH_ADJECTIVE_STEMS), "_year_range": DIGITS, "_year": DIGITS,
    "_year_ordinal": DIGITS, "_bare_year": DIGITS, "_hyphen_year": DIGITS, "_decade": DIGITS,
    "_decade_range": DIGITS, "_decade_word": tuple(lex.DECADE_WORD_STEMS) + ("нулев", "десят"),
    "_century": ("век", "в."), "_century_word": ("век",), "_season_year": SEASON_CUES,
    "_season_rel": SEASON_CUES, "_season": SEASON_CUES, "_relative_day": tuple(lex.RELATIVE_DAYS),
    "_relative_day_adjective": tuple(lex.RELATIVE_DAY_ADJECTIVE_STEMS), "_eve": ("накануне",),
    "_last_year_adjective": ("прошлогодн",), "_ago": ("назад",), "_after": ("через",),
    "_relative_unit": ("год", "месяц", "недел"), "_part_of_current": ("года", "месяца", "недели"),
    "_quarter": ("квартал", "полугод"),
    "_weekday": ("понедельник", "вторник", "сред", "четверг", "пятниц", "суббот", "воскресен"),
    "_weekday_adjective": ("субботн", "воскресн", "пятничн"), "_night": ("ночь",),
}


# --- scanner -----------------------------------------------------------------------------------


_SEP_RANGE = re.compile(r"^" + DASH + r"$")
_SEP_LIST = re.compile(r"^" + S0 + r"(?:,|,?" + S + r"(?:и|или|а также))" + S0 + r"$", re.I)
_POINT_KINDS = frozenset({"day", "month", "season", "year"})


class Scanner:
    """One pass over one text; ``morph`` (lazy getter) answers grammar questions."""

    def __init__(self, text: str, get_morph: Callable[[], object | None]):
        self.text = text
        self._get_morph = get_morph
        self._masks = [
            (mm.start(), mm.end())
            for cues, regex in MASKS if any(c in text for c in cues)
            for mm in regex.finditer(text)
        ]

    def cand(self, m: re.Match, expr: Expr, *, weekday_prefix: bool = False) -> Candidate:
        """A candidate for ``m``, widened by a preposition (and a weekday) right before it."""
        start, stop = m.start(), m.end()
        while stop > start and self.text[stop - 1] in " \t\u00a0":
            stop -= 1
        if weekday_prefix:
            window = self.text[max(0, start - 20):start]
            w = WEEKDAY_BEFORE.search(window)
            if w:
                start -= len(window) - w.start()
        prep = self.prep_before(start)
        return Candidate(start if prep is None else prep, stop, expr)

    def prep_before(self, pos: int) -> int | None:
        """Start of a preposition («в », «с ») right before ``pos``, if there is one."""
        window = self.text[max(0, pos - 8):pos]
        m = PREP_BEFORE.search(window)
        return None if m is None else pos - (len(window) - m.start())

    # -- context tests used by the rules --

    def sentence_start(self, pos: int) -> bool:
        before = self.text[max(0, pos - 3):pos].rstrip(" \t\u00a0«\"“(—–-")
        return not before or before[-1] in ".!?…\n:;"

    def part_before(self, pos: int) -> int | None:
        """Start of a period part («в начале ») right before ``pos``, if there is one."""
        m = PART_RE.search(self.text[max(0, pos - 45):pos])
        return None if m is None else pos - (len(self.text[max(0, pos - 45):pos]) - m.start())

    def _morph_tags(self, word: str) -> tuple[str, str, str] | None:
        """(pos, case, number) of the first parse, in OpenCorpora/UD-neutral lowercase."""
        morph = self._get_morph()
        if morph is None or not word:
            return None
        parse = morph.parse(word.lower())[0]
        if hasattr(parse, "feats"):  # natasha MorphForm (UD)
            feats = parse.feats or {}
            return (parse.pos or "").lower(), (feats.get("Case") or "").lower(), (feats.get("Number") or "").lower()
        tag = parse.tag
        pos = {"ADJF": "adj", "PRTF": "verb", "INFN": "verb", "PRTS": "verb", "GRND": "verb", "ADVB": "adv",
               "NPRO": "pron", "PREP": "adp", "CONJ": "cconj", "PRCL": "part"}.get(tag.POS, (tag.POS or "").lower())
        case = {"gent": "gen", "gen2": "gen", "nomn": "nom", "accs": "acc", "datv": "dat", "ablt": "ins",
                "loct": "loc"}.get(tag.case or "", "")
        number = {"sing": "sing", "plur": "plur"}.get(tag.number or "", "")
        return pos, case, number

    def _next_word(self, pos: int) -> str:
        m = re.match(r"[^\S\n]*([А-Яа-яЁёA-Za-z]+)", self.text[pos:pos + 40])
        return m.group(1) if m else ""

    def plausible_bare_year(self, start: int, stop: int) -> bool:
        """A bare four-digit number is a year unless it counts something or names a thing."""
        if any(a <= start < b for a, b in self._masks):
            return False
        prev = re.search(r"([\w№]+)[^\S\n]*$", self.text[max(0, start - 20):start])
        if prev and prev.group(1).lower() in lex.NOT_YEAR_PREV:
            return False
        if re.search(r"\d[^\S\n]$|[$€£]\s*$", self.text[max(0, start - 3):start]):
            return False
        if int(self.text[start:start + 4]) > 2050:
            return False
        nxt = self._next_word(stop)
        if re.match(r"[^\S\n]*[-–—]?[^\S\n]*(?:[$€£%‰]|руб|долл|тыс|млн|млрд)", self.text[stop:stop + 8], re.I):
            return False
        if nxt and nxt[0].islower():
            if nxt in lex.NOT_YEAR_NEXT:
                return False
            tags = self._morph_tags(nxt)
            if tags and tags[0] in ("noun", "adj") and _counted(self.text[start:start + 4], tags[1], tags[2]):
                return False
        return True

    def weekday_not_environment(self, stop: int) -> bool:
        nxt = self._next_word(stop)
        if not nxt or not nxt[0].islower():
            return True
        tags = self._morph_tags(nxt)
        return not (tags and tags[0] in ("noun", "adj") and tags[1] == "gen")

    def eve_is_adverb(self, stop: int) -> bool:
        """«накануне» alone means the day before; «накануне выборов» is a preposition."""
        rest = self.text[stop:stop + 30]
        if re.match(r"[^\S\n]*[,—–-][^\S\n]*\d", rest):
            return False  # «Накануне, 27 сентября, …»: the explicit date is the mention
        if re.match(r"[^\S\n]*(?:[.,;:!?)—–-]|\n|$)", rest):
            return True
        nxt = self._next_word(stop)
        if not nxt or nxt[0].isupper() or nxt.lower() in ("вечером", "утром", "днем", "днём", "ночью", "в", "на"):
            return bool(nxt)
        tags = self._morph_tags(nxt)
        return tags is not None and tags[1] != "gen"  # «накануне выборов», «накануне прошедших выборов»

    # -- the pass --

    def scan(self) -> list[Candidate]:
        found: list[Candidate] = []
        low = self.text.lower()
        for pattern, handler in RULES:
            cues = RULE_CUES.get(handler.__name__)
            if cues is not None and not any(c in low for c in cues):
                continue
            for m in pattern.finditer(self.text):
                found.extend(handler(self, m))
        found = [c for c in found if not any(a < c.stop and c.start < b for a, b in self._masks)]
        chosen = _longest_non_overlapping(found)
        chosen = [self._with_part(c, chosen[i - 1] if i else None) for i, c in enumerate(chosen)]
        return _join(self.text, chosen)

    def _with_part(self, c: Candidate, prev: Candidate | None) -> Candidate:
        if c.expr.kind in ("weekday", "ago", "after", "day") or (c.expr.kind == "rel" and c.expr.unit == "day"):
            return c
        start = self.part_before(c.start)
        if start is None or (prev is not None and start < prev.stop):
            return c
        return dataclasses.replace(c, start=start)


def _counted(number: str, case: str, num: str) -> bool:
    """Does a noun in this case/number agree with ``number`` as a count («2001 человек», «2091 протокол»)?"""
    last, tens = int(number[-1]), int(number[-2])
    if case == "gen" and num == "plur":
        return True
    if tens == 1:
        return False
    return (last == 1 and case == "nom" and num == "sing") or (2 <= last <= 4 and case == "gen" and num == "sing")


def _longest_non_overlapping(found: list[Candidate]) -> list[Candidate]:
    chosen: list[Candidate] = []
    taken: list[tuple[int, int]] = []
    for c in sorted(found, key=lambda c: (c.start - c.stop, c.start)):
        if all(c.stop <= a or b <= c.start for a, b in taken):
            chosen.append(c)
            taken.append((c.start, c.stop))
    return sorted(chosen, key=lambda c: c.start)


def _join(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Merge «A – B» / «с A по B» into ranges; carry a year back over lists."""
    out: list[Candidate] = []
    i = 0
    while i < len(cands):
        a = cands[i]
        b = cands[i + 1] if i + 1 < len(cands) else None
        if b is not None and a.expr.kind in _POINT_KINDS and b.expr.kind in _POINT_KINDS:
            gap = text[a.stop:b.start]
            a_text, b_text = text[a.start:a.stop].lower(), text[b.start:b.stop].lower()
            is_range = _SEP_RANGE.match(gap) or (
                not gap.strip() and gap.count("\n") == 0 and re.match(r"(?:с|со|c|от)\s", a_text)
                and re.match(r"(?:по|до)\s", b_text)
            )
            if is_range and (a.expr.kind == b.expr.kind or {a.expr.kind, b.expr.kind} <= {"day", "month"}):
                lo = _carry_year(a.expr, b.expr, backwards_if_later=True)
                out.append(Candidate(a.start, b.stop, Expr("range", lo=lo, hi=b.expr)))
                i += 2
                continue
        out.append(a)
        i += 1
    # lists: the year of the last item carries back to the earlier ones
    for j in range(len(out) - 2, -1, -1):
        a, b = out[j], out[j + 1]
        if (a.expr.kind in ("day", "month", "season") and not a.expr.has_year and b.expr.kind == a.expr.kind
                and b.expr.has_year and _SEP_LIST.match(text[a.stop:b.start])):
            out[j] = dataclasses.replace(a, expr=_carry_year(a.expr, b.expr, backwards_if_later=False))
    return out


def _carry_year(a: Expr, b: Expr, *, backwards_if_later: bool) -> Expr:
    if a.has_year or not b.has_year or a.kind not in ("day", "month", "season"):
        return a
    shift = 1 if backwards_if_later and a.month and b.month and a.month > b.month else 0
    if b.year is not None:
        return dataclasses.replace(a, year=b.year - shift)
    return dataclasses.replace(a, yrel=b.yrel - shift)


def scan(text: str, get_morph: Callable[[], object | None]) -> list[Candidate]:
    """All temporal expressions in ``text``, in order, not yet resolved."""
    return Scanner(text, get_morph).scan()
