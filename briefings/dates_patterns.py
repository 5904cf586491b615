"""The pieces the date rules are built from (the rules are in ``dates_calendar``,
``dates_years``, ``dates_seasons`` and ``dates_relative``; ``dates_grammar`` lists them).

``Expr`` (the meaning of an expression, unresolved) and ``Candidate`` (its span);
regex fragments built from the word tables in ``dates_lexicon``; the masks and the
context patterns the scanner uses; :func:`registrar` for a module's ``@rule``; and
helpers that read numbers and modifiers out of a match.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Iterator

from briefings import dates_lexicon as lex


@dataclass(frozen=True, slots=True)
class Expr:
    """The meaning of one expression, before it is resolved against a date.

    kind: day | month | year | years | season | decade | decade2 | century |
    relcentury | rel | ago | after | weekday | quarter | range.
    """

    kind: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    end: int | None = None  # last year (years, decade, season winter pair) / last century
    yrel: int | None = None  # year relative to the publication year («прошлого года»)
    unit: str | None = None  # rel/ago/after: day | week | month | year | halfyear | century
    offset: int | None = None  # rel: units from now; ago/after: count; season/weekday modifier
    season: str | None = None
    weekday: int | None = None
    anaphoric: bool = False  # «в следующем году»: unresolvable in a past-tense narrative
    lo: "Expr | None" = None
    hi: "Expr | None" = None

    @property
    def has_year(self) -> bool:
        return self.year is not None or self.yrel is not None


@dataclass(frozen=True, slots=True)
class Candidate:
    start: int
    stop: int
    expr: Expr


# --- regex building blocks ----------------------------------------------------


def alt(words) -> str:
    """A regex matching any of ``words``, factored as a trie (Python's ``re`` does not
    optimise long alternations, and a trie is many times faster on them)."""
    trie: dict = {}
    for word in set(words):
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_regex(trie)


def _trie_regex(node: dict) -> str:
    ends = "" in node
    branches = [re.escape(ch) + _trie_regex(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:  # a word ends here: the longer continuations are tried first (greedy ?)
        body = (body if len(branches) == 1 and len(body) == 1 else "(?:" + body + ")") + "?"
    return body


S = r"[^\S\n]+"
S0 = r"[^\S\n]*"
DASH = S0 + r"[-–—‑]" + S0
PREP_WORDS = ("в", "во", "с", "со", "c", "на", "к", "ко", "до", "по", "от", "за", "после", "перед")
PREP_BEFORE = re.compile(r"(?<!\w)(?:" + alt(PREP_WORDS) + r")" + S + r"$", re.I)
"""A preposition right before an expression joins it: «в » + «2014 году»."""
YW = r"(?:год(?:ами|ах|ам|ов|ом|ы|а|у|е)?(?!\w)|гг?\.|гг?(?!\w))"
YEAR4 = r"(?:1\d{3}|20\d{2})"
YSUF = r"(?:-?(?:ого|го|ый|ом|м|й))?"
ADJ = alt(lex.ADJ_ENDINGS)
REL_MOD = (
    r"(?P<mod>(?:" + alt(lex.RELATIVE_MODIFIERS) + r")(?:" + ADJ + r")|" + alt(lex.THIS_FORMS) + r")"
)
REL_GEN = r"(?P<ryear>" + alt(k + "его" for k in lex.RELATIVE_MODIFIERS) + "|" + alt(
    k + "ого" for k in lex.RELATIVE_MODIFIERS) + r"|этого)"
MONTH_ANY = r"(?P<month>" + alt(lex.MONTHS) + r")(?!\w)"
MONTH_GEN = (
    r"(?P<month>(?:" + alt(lex.MONTHS_GENITIVE) + r")(?!\w)|(?:" + alt(lex.MONTH_ABBREVIATIONS) + r")(?:\.|(?!\w)))"
)
YEAR_TAIL = (
    r"(?:" + S + r"(?P<year>" + YEAR4 + r")(?!\d)" + YSUF + r"(?:" + S0 + YW + r")?"
    r"|" + S + REL_GEN + S + r"года(?!\w))"
)
DAY = r"(?<![\w.,:/-])(?P<day>\d{1,2}|" + alt(lex.DAY_ORDINALS) + r")(?:-?(?:го|е|ое))?"
WEEKDAY = r"(?P<wd>" + alt(lex.WEEKDAYS) + r")(?!\w)"
WEEKDAY_BEFORE = re.compile(
    r"(?<!\w)(?:(?:в|во)" + S + r")?(?:" + alt(lex.WEEKDAYS) + r")" + S0 + r"[,—–-]?" + S0 + r"$", re.I)
"""«в понедельник, » before «18 апреля»: one mention."""
ROMAN = r"[IVXХІ]{1,5}"

PART_RE = re.compile(
    r"(?<!\w)(?:(?:в|во|с|со|c|к|ко|до|по|на|от)" + S + r")?(?:(?:" + alt(lex.PART_ORDINALS) + r")" + S + r")?"
    r"(?<!\w)(?:" + alt(lex.PERIOD_PARTS) + r")" + S + r"$",
    re.I,
)
"""A period part right before an expression: «в начале » + «мая»."""

MASKS = (  # (cheap substring test, regex)
    (("://", "www."), re.compile(r"(?:https?://|www\.)\S+", re.I)),
    (("@",), re.compile(r"\S+@\S+\.\w+")),
    ((".ru", ".com", ".org", ".net", ".info", ".htm", ".php", ".asp", ".рф", ".RU", ".COM"),
     re.compile(r"[\w./-]+\.(?:ru|com|org|net|info|html?|php|aspx?|рф)\b\S*", re.I)),
    (("+", "(", "-"), re.compile(r"\+\d[\d\s()‑-]{7,}\d|\(\d{3,5}\)\s?\d[\d\s‑-]{4,}\d|(?<![\d-])\d{3}-\d{2}-\d{2}(?![\d-])")),
)
"""URLs, e-mails and phone numbers: no date is taken from inside them."""


# --- rule registration ---------------------------------------------------------

Handler = Callable[[object, re.Match], Iterator[Candidate]]
Rule = tuple[re.Pattern, Handler]


def registrar(rules: list[Rule]):
    """A ``@rule(pattern)`` decorator that appends (``pattern`` compiled case-insensitive,
    handler) to ``rules``, in the order the handlers are defined."""

    def rule(pattern: str):
        def register(handler: Handler) -> Handler:
            rules.append((re.compile(pattern, re.I), handler))
            return handler

        return register

    return rule


# --- reading a match --------------------------------------------------------------


def year_fields(m: re.Match) -> dict:
    """The year of a match: ``year`` (a number) or ``yrel`` («прошлого года»), or none."""
    if m.groupdict().get("year"):
        return {"year": int(m["year"])}
    if m.groupdict().get("ryear"):
        return {"yrel": modifier_offset(m["ryear"])}
    return {}


def modifier_offset(word: str) -> int | None:
    """Units from now that a modifier means: «прошлом» -1, «этом» 0, «следующем» 1 (or ``None``)."""
    word = word.lower()
    if word in lex.THIS_FORMS:
        return 0
    for stem in sorted(lex.RELATIVE_MODIFIERS, key=len, reverse=True):
        if word.startswith(stem):
            return lex.RELATIVE_MODIFIERS[stem]
    return None


def is_anaphoric(word: str) -> bool:
    """Is the modifier relative to the story, not to now («в следующем году»)?"""
    return any(word.lower().startswith(s) for s in lex.ANAPHORIC_MODIFIERS)


def day_number(word: str) -> int:
    """The day of «15» or «пятнадцатого»."""
    return int(word) if word.isdigit() else lex.DAY_ORDINALS[" ".join(word.lower().split())]


def month_number(word: str) -> int:
    """The month (1–12) of a month name or abbreviation («октября», «окт.»)."""
    word = word.lower().rstrip(".")
    return lex.MONTHS.get(word) or lex.MONTH_ABBREVIATIONS[word]
