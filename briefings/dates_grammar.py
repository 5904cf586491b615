"""Rules for Russian temporal expressions: regex → ``Expr`` (meaning, unresolved).

Each rule is a small compiled regex built from the word tables in
``dates_lexicon`` plus a handler that turns a match into ``Candidate`` spans.
Handlers ask the scanner (``dates_scan.Scanner``) about the context.
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


def _alt(words) -> str:
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
PREP_BEFORE = re.compile(r"(?<!\w)(?:" + _alt(PREP_WORDS) + r")" + S + r"$", re.I)
"""A preposition right before an expression joins it: «в » + «2014 году»."""
YW = r"(?:год(?:ами|ах|ам|ов|ом|ы|а|у|е)?(?!\w)|гг?\.|гг?(?!\w))"
YEAR4 = r"(?:1\d{3}|20\d{2})"
YSUF = r"(?:-?(?:ого|го|ый|ом|м|й))?"
ADJ = _alt(lex.ADJ_ENDINGS)
REL_MOD = (
    r"(?P<mod>(?:" + _alt(lex.RELATIVE_MODIFIERS) + r")(?:" + ADJ + r")|" + _alt(lex.THIS_FORMS) + r")"
)
REL_GEN = r"(?P<ryear>" + _alt(k + "его" for k in lex.RELATIVE_MODIFIERS) + "|" + _alt(
    k + "ого" for k in lex.RELATIVE_MODIFIERS) + r"|этого)"
MONTH_ANY = r"(?P<month>" + _alt(lex.MONTHS) + r")(?!\w)"
MONTH_GEN = (
    r"(?P<month>(?:" + _alt(lex.MONTHS_GENITIVE) + r")(?!\w)|(?:" + _alt(lex.MONTH_ABBREVIATIONS) + r")(?:\.|(?!\w)))"
)
YEAR_TAIL = (
    r"(?:" + S + r"(?P<year>" + YEAR4 + r")(?!\d)" + YSUF + r"(?:" + S0 + YW + r")?"
    r"|" + S + REL_GEN + S + r"года(?!\w))"
)
DAY = r"(?<![\w.,:/-])(?P<day>\d{1,2}|" + _alt(lex.DAY_ORDINALS) + r")(?:-?(?:го|е|ое))?"
WEEKDAY = r"(?P<wd>" + _alt(lex.WEEKDAYS) + r")(?!\w)"
WEEKDAY_BEFORE = re.compile(
    r"(?<!\w)(?:(?:в|во)" + S + r")?(?:" + _alt(lex.WEEKDAYS) + r")" + S0 + r"[,—–-]?" + S0 + r"$", re.I)
"""«в понедельник, » before «18 апреля»: one mention."""
ROMAN = r"[IVXХІ]{1,5}"

PART_RE = re.compile(
    r"(?<!\w)(?:(?:в|во|с|со|c|к|ко|до|по|на|от)" + S + r")?(?:(?:" + _alt(lex.PART_ORDINALS) + r")" + S + r")?"
    r"(?<!\w)(?:" + _alt(lex.PERIOD_PARTS) + r")" + S + r"$",
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

Handler = Callable[[object, re.Match], Iterator[Candidate]]
RULES: list[tuple[re.Pattern, Handler]] = []
"""(pattern, handler) in registration order; ``dates_scan`` runs them."""


def rule(pattern: str):
    """Register ``handler`` for ``pattern`` (compiled case-insensitive)."""

    def register(handler: Handler) -> Handler:
        RULES.append((re.compile(pattern, re.I), handler))
        return handler

    return register


def _year_fields(m: re.Match) -> dict:
    if m.groupdict().get("year"):
        return {"year": int(m["year"])}
    if m.groupdict().get("ryear"):
        return {"yrel": _modifier_offset(m["ryear"])}
    return {}


def _modifier_offset(word: str) -> int | None:
    word = word.lower()
    if word in lex.THIS_FORMS:
        return 0
    for stem in sorted(lex.RELATIVE_MODIFIERS, key=len, reverse=True):
        if word.startswith(stem):
            return lex.RELATIVE_MODIFIERS[stem]
    return None


def _is_anaphoric(word: str) -> bool:
    return any(word.lower().startswith(s) for s in lex.ANAPHORIC_MODIFIERS)


def _day_number(word: str) -> int:
    return int(word) if word.isdigit() else lex.DAY_ORDINALS[" ".join(word.lower().split())]


def _month_number(word: str) -> int:
    word = word.lower().rstrip(".")
    return lex.MONTHS.get(word) or lex.MONTH_ABBREVIATIONS[word]


def _roman(word: str) -> int | None:
    word = word.upper().replace("Х", "X").replace("І", "I")
    values = {"I": 1, "V": 5, "X": 10}
    total = 0
    for i, ch in enumerate(word):
        v = values[ch]
        total += -v if i + 1 < len(word) and values[word[i + 1]] > v else v
    return total if 0 < total <= 30 else None


# --- rules: calendar dates ----------------------------------------------------------


@rule(r"(?<![\w.-])(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?![\d-])")
def _iso(sc, m):
    yield sc.cand(m, Expr("day", year=int(m["y"]), month=int(m["m"]), day=int(m["d"])))


@rule(r"(?<![\w.,/-])(?P<d>\d{1,2})(?P<sep>[./-])(?P<m>\d{1,2})(?P=sep)(?P<y>(?:1[89]|20)\d\d)(?![\d]|[./-]\d)")
def _numeric(sc, m):
    yield sc.cand(m, Expr("day", year=int(m["y"]), month=int(m["m"]), day=int(m["d"])))


@rule(DAY + S + MONTH_GEN + r"(?:" + YEAR_TAIL + r")?")
def _day_month(sc, m):
    day = _day_number(m["day"])
    if day and day <= 31:
        yield sc.cand(m, weekday_prefix=True, expr=Expr("day", month=_month_number(m["month"]), day=day, **_year_fields(m)))


@rule(
    r"(?:(?:с|со|c)" + S + r")?(?<![\w.,:/-])(?P<d1>\d{1,2})(?:-?го)?(?:" + DASH + r"|" + S + r"(?:по|до)" + S + r")"
    r"(?P<day>\d{1,2})(?:-?го)?" + S + MONTH_GEN + r"(?:" + YEAR_TAIL + r")?"
)
def _day_range(sc, m):
    d1, d2 = int(m["d1"]), int(m["day"])
    if 1 <= d1 < d2 <= 31:
        month, fields = _month_number(m["month"]), _year_fields(m)
        lo, hi = Expr("day", month=month, day=d1, **fields), Expr("day", month=month, day=d2, **fields)
        yield sc.cand(m, Expr("range", lo=lo, hi=hi))


@rule(
    r"(?<![\w.,:/-])(?P<days>\d{1,2}(?:(?:" + S0 + r"," + S0 + r"|" + S + r"(?:и|или)" + S + r")\d{1,2})+)"
    + S + MONTH_GEN + r"(?:" + YEAR_TAIL + r")?"
)
def _day_list(sc, m):
    month, fields = _month_number(m["month"]), _year_fields(m)
    days = list(re.finditer(r"\d+", m["days"]))
    if not all(1 <= int(d[0]) <= 31 for d in days):
        return
    base = m.start("days")
    for d in days[:-1]:
        yield Candidate(base + d.start(), base + d.end(), Expr("day", month=month, day=int(d[0]), **fields))
    yield Candidate(base + days[-1].start(), m.end(), Expr("day", month=month, day=int(days[-1][0]), **fields))


@rule(r"(?<!\w)" + REL_MOD + S + MONTH_ANY)
def _month_relative(sc, m):  # «в прошлом октябре»
    offset = _modifier_offset(m["mod"])
    if offset is not None and not m["mod"].lower().startswith(("ближайш", "следующ")):
        yield sc.cand(m, Expr("month", month=_month_number(m["month"]), yrel=offset))


@rule(r"(?<!\w)" + MONTH_ANY + YEAR_TAIL)
def _month_year(sc, m):
    yield sc.cand(m, Expr("month", month=_month_number(m["month"]), **_year_fields(m)))


@rule(r"(?<!\w)" + MONTH_ANY)
def _month(sc, m):
    word = m["month"]
    if sc.prep_before(m.start()) is None:
        if word[0].isupper() and not sc.sentence_start(m.start()):
            return  # «Август» mid-sentence is a name
        if not (sc.sentence_start(m.start()) or sc.part_before(m.start()) is not None
                or re.search(r"(?:[-–—,]|(?<!\w)(?:и|или))" + S0 + r"$", sc.text[max(0, m.start() - 6):m.start()])):
            return  # «Музыка для декабря»; «в мае-июне», «в августе и октябре» are fine
    yield sc.cand(m, Expr("month", month=_month_number(word)))


@rule(r"(?<!\w)(?P<stem>" + _alt(lex.MONTH_ADJECTIVE_STEMS) + r")(?:" + ADJ + r")(?!\w)")
def _month_adjective(sc, m):
    if m["stem"][0].isupper() and not sc.sentence_start(m.start()):
        return  # «Октябрьской революции», «Майский район»
    if re.match(S + r"(?:революц|переворот|район|проспект|площад|улиц|указ)", sc.text[m.end():m.end() + 20], re.I):
        return
    month = lex.MONTH_ADJECTIVE_STEMS[m["stem"].lower()]
    year = re.match(S + r"[а-яё]+" + S + r"(" + YEAR4 + r")" + S0 + r"(?:года|г\.)", sc.text[m.end():m.end() + 40])
    if year:  # «июньскими выборами 2017 года»
        yield Candidate(m.start(), m.end() + year.end(), Expr("month", month=month, year=int(year.group(1))))
    else:
        yield sc.cand(m, Expr("month", month=month))


# --- rules: years, decades, centuries ---------------------------------------------------


@rule(
    r"(?<![\w.,/:-])(?P<y1>" + YEAR4 + r")" + YSUF + r"(?:" + S0 + YW + r")?"
    r"(?P<sep>" + DASH + r"|" + S0 + r"/" + S0 + r"|" + S + r"(?:по|до|и)" + S + r")"
    r"(?P<y2>" + YEAR4 + r"|\d\d)(?!\d)" + YSUF + r"(?:" + S0 + r"(?P<yw>" + YW + r"))?"
)
def _year_range(sc, m):
    y1, y2s, sep = int(m["y1"]), m["y2"], m["sep"].strip().lower()
    y2 = int(y2s) if len(y2s) == 4 else y1 // 100 * 100 + int(y2s)
    if not y1 < y2 <= y1 + 300:
        return
    if len(y2s) == 2 and (sep in ("по", "до", "и") or m["sep"] != sep or m.end("y1") != m.start("sep")):
        return  # «1996—98» but not «2008 года — 11»
    if sep == "/" and y2 != y1 + 1:
        return
    between = re.search(r"(?<!\w)между" + S + "$", sc.text[max(0, m.start() - 8):m.start()], re.I)
    if sep == "и" and not (between and m["yw"]):
        return  # «в 2001 и 2011 годах» is a list of two years, found by the year rules
    if not m["yw"] and not sc.plausible_bare_year(m.start("y1"), m.end()):
        return
    if sep == "и":
        yield Candidate(m.start() - len(between.group()), m.end(), Expr("years", year=y1, end=y2))
    else:
        yield sc.cand(m, Expr("years", year=y1, end=y2))


@rule(r"(?<![\w.,/:-])(?P<y>\d{3,4})" + YSUF + S0 + r"(?P<yw>" + YW + r")")
def _year(sc, m):
    year = int(m["y"])
    if year > 2100 or year == 0:
        return
    if len(m["y"]) == 3 and not (sc.prep_before(m.start()) is not None and m["yw"].lower() in ("год", "года", "году", "г.")):
        return  # «2 года» is a duration; «в 988 году» needs the preposition
    if re.match(S0 + r"(?:жизни|до" + S + r"н\.|до" + S + r"нашей)", sc.text[m.end():m.end() + 12], re.I):
        return
    yield sc.cand(m, Expr("year", year=year))


@rule(r"(?<![\w.,/:-])(?P<y>" + YEAR4 + r")-?(?:го|м|й)(?!\w)")
def _year_ordinal(sc, m):
    yield sc.cand(m, Expr("year", year=int(m["y"])))


@rule(r"(?<![\w.,/:№#$€£+-])(?P<y>1[6-9]\d\d|20\d\d)(?!\w|[.,]\d|%|:\d|-\w|" + S + r"\d{3}(?!\d))")
def _bare_year(sc, m):
    if sc.plausible_bare_year(m.start("y"), m.end()):
        yield sc.cand(m, Expr("year", year=int(m["y"])))


@rule(r"(?<=[A-Za-zА-Яа-яЁё])-(?P<y>(?:19|20)\d\d)(?!\w|[.,]\d)")
def _hyphen_year(sc, m):  # «Олимпиада-2016», «ЕГЭ-2013»
    yield Candidate(m.start("y"), m.end("y"), Expr("year", year=int(m["y"])))


DECADE_SUFFIX = r"(?:ые|ых|е|х)"
CENTURY_TAIL = (
    r"(?:" + S + r"(?P<cent>прошлого|позапрошлого|этого|нынешнего|текущего|XX|ХХ|XIX|ХIХ|XXI|ХХI|двадцатого"
    r"|девятнадцатого)" + S + r"(?:века|в\.)(?!\w))?"
)


D4 = r"(?:1\d|20)\d0"
D2 = r"\d0"


@rule(r"(?<![\w.,/:-])(?:(?P<a>" + D4 + r")-?|(?P<a2>" + D2 + r")-)" + DECADE_SUFFIX + r"(?!\w)"
      + r"(?:" + S0 + YW + r")?" + CENTURY_TAIL)
def _decade(sc, m):
    yield from _decades(sc, m, m["a"] or m["a2"], m["a"] or m["a2"])


@rule(r"(?<![\w.,/:-])(?P<a>" + D4 + r"|" + D2 + r")(?:-?" + DECADE_SUFFIX + r")?" + DASH
      + r"(?:(?P<b>" + D4 + r")-?|(?P<b2>" + D2 + r")-)" + DECADE_SUFFIX + r"(?!\w)"
      + r"(?:" + S0 + YW + r")?" + CENTURY_TAIL)
def _decade_range(sc, m):
    yield from _decades(sc, m, m["a"], m["b"] or m["b2"])


_CENTURY_NAMES = {"xx": 1900, "двадцатого": 1900, "xix": 1800, "девятнадцатого": 1800, "xxi": 2000}


def _decades(sc, m, a: str, b: str):
    """«90-х» (a == b) or «80-90-х»: four-digit ends carry their century."""
    if re.match(S + r"(?:числ|чисел|мест|строк|позици|номер)", sc.text[m.end():m.end() + 12], re.I):
        return  # «в 20-х числах»
    cent = (m["cent"] or "").lower().replace("х", "x").replace("і", "i")
    century = next((int(x) // 100 * 100 for x in (b, a) if len(x) == 4), None)
    if century is None and cent in _CENTURY_NAMES:
        century = _CENTURY_NAMES[cent]
    if century is None:
        rel = {"прошлого": -1, "позапрошлого": -2, "этого": 0, "нынешнего": 0, "текущего": 0}.get(cent)
        yield sc.cand(m, Expr("decade2", year=int(a[-2:]), end=int(b[-2:]) + 9, yrel=rel))
        return
    y1 = int(a) if len(a) == 4 else century + int(a)
    y2 = (int(b) if len(b) == 4 else century + int(b)) + 9
    if y1 < y2:
        yield sc.cand(m, Expr("decade", year=y1, end=y2))


@rule(
    r"(?<!\w)(?P<stem>" + _alt(lex.DECADE_WORD_STEMS) + r"|нулев|десят)(?:ые|ых|ым|ыми)(?!\w)"
    r"(?:" + S + r"(?P<yw>годы|годов|годах|годам|годами|гг\.))?"
)
def _decade_word(sc, m):
    stem = m["stem"].lower()
    if stem in ("нулев", "десят") and not m["yw"]:
        return
    start = {"нулев": 2000, "десят": 2010}.get(stem) or lex.DECADE_WORD_STEMS[stem]
    yield sc.cand(m, Expr("decade", year=start, end=start + 9))


@rule(
    r"(?<![\w.-])(?P<c1>" + ROMAN + r"|\d{1,2})(?:" + DASH + r"(?P<c2>" + ROMAN + r"|\d{1,2}))?"
    r"(?P<suf>-?(?:й|го|м|ом|ый|ого))?" + S0 + r"(?P<w>век(?:а|е|у|ом|ов|ах|ами)?(?!\w)|вв?\.)"
)
def _century(sc, m):
    if re.match(S0 + r"до" + S + r"н", sc.text[m.end():m.end() + 10], re.I):
        return  # BC
    arabic = m["c1"].isdigit()
    if arabic and not m["suf"] and not (sc.prep_before(m.start()) is not None or sc.part_before(m.start()) is not None):
        return  # «5 веков» is a duration
    if arabic and m["w"].lower() in ("веков", "веками", "вв."):
        return
    n1 = int(m["c1"]) if arabic else _roman(m["c1"])
    n2 = (int(m["c2"]) if m["c2"].isdigit() else _roman(m["c2"])) if m["c2"] else n1
    if n1 and n2 and 1 <= n1 <= n2 <= 21:
        yield sc.cand(m, Expr("century", year=n1, end=n2))


@rule(
    r"(?<!\w)(?:(?P<stem>" + _alt(lex.CENTURY_ORDINAL_STEMS) + r")(?:ого|ом|ый|ому|ым)"
    r"|(?P<rel>прошл|позапрошл|эт|нынешн|текущ)(?:ого|ому|ом|ый|от|ий|его|ем|им))" + S + r"(?:века|веке|век|веку)(?!\w)"
)
def _century_word(sc, m):
    if m["stem"]:
        n = lex.CENTURY_ORDINAL_STEMS[" ".join(m["stem"].lower().split())]
        yield sc.cand(m, Expr("century", year=n, end=n))
    else:
        yield sc.cand(m, Expr("rel", unit="century", offset={"прошл": -1, "позапрошл": -2}.get(m["rel"].lower(), 0)))


# --- rules: seasons -----------------------------------------------------------------------

SEASON = r"(?P<season>" + _alt(lex.SEASONS) + r")(?!\w)"


@rule(
    r"(?<!\w)" + SEASON + r"(?:" + S + r"(?P<year>" + YEAR4 + r")(?:" + S0 + r"[/–—-]" + S0
    + r"(?P<y2>" + YEAR4 + r"|\d\d)(?!\d))?" + YSUF + r"(?:" + S0 + YW + r")?|" + S + REL_GEN + S + r"года(?!\w))"
)
def _season_year(sc, m):
    season = lex.SEASONS[m["season"].lower()]
    fields = _year_fields(m)
    if m["y2"]:
        y1 = int(m["year"])
        y2 = int(m["y2"]) if len(m["y2"]) == 4 else y1 // 100 * 100 + int(m["y2"])
        if season != "winter" or y2 != y1 + 1:
            return
        fields = {"year": y2}  # winter 2019/2020 → the winter that ends in 2020
    yield sc.cand(m, Expr("season", season=season, **fields))


@rule(r"(?<!\w)" + REL_MOD + S + SEASON)
def _season_rel(sc, m):
    offset = _modifier_offset(m["mod"])
    if offset is None or m["mod"].lower().startswith("ближайш"):
        return
    yield sc.cand(m, Expr("season", season=lex.SEASONS[m["season"].lower()], offset=offset,
                          anaphoric=_is_anaphoric(m["mod"])))


@rule(r"(?<!\w)" + SEASON)
def _season(sc, m):
    word = m["season"]
    has_prep = sc.prep_before(m.start()) is not None
    if word[0].isupper() and not has_prep and not sc.sentence_start(m.start()):
        return
    if word.lower() not in lex.SEASONS_ADVERB and not has_prep and sc.part_before(m.start()) is None:
        return  # «арабской весны»; «до осени», «в начале лета» are fine
    yield sc.cand(m, Expr("season", season=lex.SEASONS[word.lower()]))


# --- rules: relative expressions ------------------------------------------------------------


@rule(r"(?<!\w)(?P<w>" + _alt(lex.RELATIVE_DAYS) + r")(?!\w)")
def _relative_day(sc, m):
    before = sc.text[max(0, m.start() - 12):m.start()]
    if re.search(r"(?:Россия|Украина|Россия\s+—|«)\s*$", before) or (
        m["w"][0].isupper() and not sc.sentence_start(m.start()) and not re.search(r"[,:]\s*$", before)
    ):
        return  # «МИА „Россия сегодня“», the newspaper «Завтра»
    yield sc.cand(m, Expr("rel", unit="day", offset=lex.RELATIVE_DAYS[m["w"].lower()]))


@rule(r"(?<!\w)(?P<stem>" + _alt(lex.RELATIVE_DAY_ADJECTIVE_STEMS) + r")(?:" + ADJ + r")(?!\w)"
      r"(?:" + S + r"(?:день|дня|дню|днем|днём)(?!\w))?")
def _relative_day_adjective(sc, m):
    yield sc.cand(m, Expr("rel", unit="day", offset=lex.RELATIVE_DAY_ADJECTIVE_STEMS[m["stem"].lower()]))


@rule(r"(?<!\w)(?P<w>накануне)(?!\w)")
def _eve(sc, m):
    if sc.eve_is_adverb(m.end()):
        yield sc.cand(m, Expr("rel", unit="day", offset=-1))


@rule(r"(?<!\w)прошлогодн(?:" + ADJ + r")(?!\w)")
def _last_year_adjective(sc, m):
    yield sc.cand(m, Expr("rel", unit="year", offset=-1))


UNIT = r"(?P<unit>" + _alt(lex.UNIT_WORDS) + r")(?!\w)"
COUNT = r"(?P<n>\d{1,3}|" + _alt(lex.COUNT_WORDS) + r")"


@rule(r"(?<![\w,.])(?:" + COUNT + S + r")?" + UNIT + S + r"(?:тому" + S + r")?назад(?!\w)")
def _ago(sc, m):
    unit_word = m["unit"].lower()
    if m["n"] is None and unit_word not in ("день", "неделю", "месяц", "год", "полгода", "сутки"):
        return  # «несколько дней назад» has no calendar position
    n = 1 if m["n"] is None else (int(m["n"]) if m["n"].isdigit() else lex.COUNT_WORDS[m["n"].lower()])
    yield sc.cand(m, Expr("ago", unit=lex.UNIT_WORDS[unit_word], offset=n))


@rule(r"(?<!\w)через" + S + r"(?:" + COUNT + S + r")?" + UNIT)
def _after(sc, m):
    unit_word = m["unit"].lower()
    if m["n"] is None and unit_word not in ("день", "неделю", "месяц", "год", "полгода", "сутки"):
        return
    n = 1 if m["n"] is None else (int(m["n"]) if m["n"].isdigit() else lex.COUNT_WORDS[m["n"].lower()])
    yield sc.cand(m, Expr("after", unit=lex.UNIT_WORDS[unit_word], offset=n))


REL_UNITS = {
    "году": "year", "года": "year", "год": "year", "месяце": "month", "месяца": "month", "месяц": "month",
    "неделе": "week", "недели": "week", "неделю": "week", "неделя": "week",
}


@rule(r"(?<!\w)" + REL_MOD + S + r"(?P<unit>" + _alt(REL_UNITS) + r")(?!\w)")
def _relative_unit(sc, m):
    offset = _modifier_offset(m["mod"])
    if offset is None or m["mod"].lower().startswith("ближайш"):
        return
    yield sc.cand(m, Expr("rel", unit=REL_UNITS[m["unit"].lower()], offset=offset, anaphoric=_is_anaphoric(m["mod"])))


@rule(
    r"(?<!\w)(?:" + _alt(lex.PERIOD_PARTS) + r")" + S + r"(?P<unit>года|месяца|недели)(?!\w)"
    r"(?!" + S + r"(?:\d|[IVXХ]+\b|(?:" + _alt(lex.RELATIVE_MODIFIERS) + r")(?:ого|его)|этого)(?!\w))"
)
def _part_of_current(sc, m):  # «В начале года», «до конца месяца»
    start = sc.part_before(m.start("unit"))
    yield Candidate(m.start() if start is None else start, m.end(), Expr("rel", unit=REL_UNITS[m["unit"].lower()], offset=0))


@rule(
    r"(?<!\w)(?P<ord>перв|втор|трет|четв[её]рт)(?:ого|ом|ый|ой|ое|ий|ем|ьем|ьего|ий)" + S
    + r"(?P<unit>квартал|полугоди)(?:е|я|ю|а|ом|ем|и)?(?!\w)(?:" + YEAR_TAIL + r")?"
)
def _quarter(sc, m):
    n = {"перв": 1, "втор": 2, "трет": 3}.get(m["ord"].lower(), 4)
    half = m["unit"].lower().startswith("полугоди")
    if half and n > 2:
        return
    fields = _year_fields(m)
    if not fields:
        return  # «в первом квартале» alone may be a fiscal or a generic quarter
    yield sc.cand(m, Expr("quarter", offset=n, unit="half" if half else "quarter", **fields))


WEEKDAY_PREP = r"(?:в|во|на|к|ко|с|со|до|по)"


@rule(
    r"(?<!\w)(?:в" + S + r"ночь" + S + r"(?:с" + S + r"(?:" + _alt(lex.WEEKDAYS) + r")" + S + r")?на"
    r"|" + WEEKDAY_PREP + r"|(?P<and>и))" + S + r"(?:" + REL_MOD + S + r")?" + WEEKDAY
)
def _weekday(sc, m):
    word = m["wd"].lower()
    if word.startswith("сред") and not sc.weekday_not_environment(m.end()):
        return  # «в среду обитания»
    mode = _modifier_offset(m["mod"]) if m["mod"] else None
    if m["mod"] and m["mod"].lower().startswith("ближайш"):
        mode = 2  # the nearest one after today
    expr = Expr("weekday", weekday=lex.WEEKDAYS[word], offset=mode)
    if m["and"]:  # «в среду и четверг»: only after another weekday
        if re.search(r"(?:" + _alt(lex.WEEKDAYS) + r")" + S0 + r"$", sc.text[max(0, m.start() - 14):m.start()], re.I):
            yield Candidate(m.start("wd") if not m["mod"] else m.start("mod"), m.end(), expr)
        return
    yield sc.cand(m, expr)


@rule(r"(?<!\w)(?P<stem>субботн|воскресн|пятничн)(?:ий|ее|яя|его|ей|юю|ем|ему)(?!\w)")
def _weekday_adjective(sc, m):  # «после субботней молитвы»; plural «пятничных молитв» recur
    if m["stem"][0].isupper() or re.match(S + r"(?:школ|газет|выпуск|номер|служб|проповед)", sc.text[m.end():m.end() + 12], re.I):
        return
    yield sc.cand(m, Expr("weekday", weekday={"субботн": 5, "воскресн": 6, "пятничн": 4}[m["stem"].lower()]))


@rule(
    r"(?<!\w)в" + S + r"ночь" + S + r"с" + S + r"(?P<d1>\d{1,2})(?:-?го)?" + S + r"на" + S + r"(?P<day>\d{1,2})(?:-?е)?"
    + S + MONTH_GEN + r"(?:" + YEAR_TAIL + r")?"
)
def _night(sc, m):  # «в ночь с 3 на 4 июня»
    d1, d2 = int(m["d1"]), int(m["day"])
    if 1 <= d1 <= 31 and d2 == d1 + 1:
        month, fields = _month_number(m["month"]), _year_fields(m)
        lo, hi = Expr("day", month=month, day=d1, **fields), Expr("day", month=month, day=d2, **fields)
        yield sc.cand(m, Expr("range", lo=lo, hi=hi))
