"""Date rules for calendar dates: ISO and numeric dates, day + month, day ranges and lists,
months (with a year, a relative modifier or alone) and month adjectives.
"""

from __future__ import annotations

import re

from briefings import dates_lexicon as lex
from briefings.dates_patterns import (
    ADJ, DASH, DAY, MONTH_ANY, MONTH_GEN, REL_MOD, S, S0, YEAR4, YEAR_TAIL, Candidate, Expr, Rule, alt,
    day_number, modifier_offset, month_number, registrar, year_fields,
)

RULES: list[Rule] = []
"""(pattern, handler) in the order they are defined here."""
rule = registrar(RULES)


@rule(r"(?<![\w.-])(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?![\d-])")
def _iso(sc, m):
    yield sc.cand(m, Expr("day", year=int(m["y"]), month=int(m["m"]), day=int(m["d"])))


@rule(r"(?<![\w.,/-])(?P<d>\d{1,2})(?P<sep>[./-])(?P<m>\d{1,2})(?P=sep)(?P<y>(?:1[89]|20)\d\d)(?![\d]|[./-]\d)")
def _numeric(sc, m):
    yield sc.cand(m, Expr("day", year=int(m["y"]), month=int(m["m"]), day=int(m["d"])))


@rule(DAY + S + MONTH_GEN + r"(?:" + YEAR_TAIL + r")?")
def _day_month(sc, m):
    day = day_number(m["day"])
    if day and day <= 31:
        yield sc.cand(m, weekday_prefix=True, expr=Expr("day", month=month_number(m["month"]), day=day, **year_fields(m)))


@rule(
    r"(?:(?:с|со|c)" + S + r")?(?<![\w.,:/-])(?P<d1>\d{1,2})(?:-?го)?(?:" + DASH + r"|" + S + r"(?:по|до)" + S + r")"
    r"(?P<day>\d{1,2})(?:-?го)?" + S + MONTH_GEN + r"(?:" + YEAR_TAIL + r")?"
)
def _day_range(sc, m):
    d1, d2 = int(m["d1"]), int(m["day"])
    if 1 <= d1 < d2 <= 31:
        month, fields = month_number(m["month"]), year_fields(m)
        lo, hi = Expr("day", month=month, day=d1, **fields), Expr("day", month=month, day=d2, **fields)
        yield sc.cand(m, Expr("range", lo=lo, hi=hi))


@rule(
    r"(?<![\w.,:/-])(?P<days>\d{1,2}(?:(?:" + S0 + r"," + S0 + r"|" + S + r"(?:и|или)" + S + r")\d{1,2})+)"
    + S + MONTH_GEN + r"(?:" + YEAR_TAIL + r")?"
)
def _day_list(sc, m):
    month, fields = month_number(m["month"]), year_fields(m)
    days = list(re.finditer(r"\d+", m["days"]))
    if not all(1 <= int(d[0]) <= 31 for d in days):
        return
    base = m.start("days")
    for d in days[:-1]:
        yield Candidate(base + d.start(), base + d.end(), Expr("day", month=month, day=int(d[0]), **fields))
    yield Candidate(base + days[-1].start(), m.end(), Expr("day", month=month, day=int(days[-1][0]), **fields))


@rule(r"(?<!\w)" + REL_MOD + S + MONTH_ANY)
def _month_relative(sc, m):  # «в прошлом октябре»
    offset = modifier_offset(m["mod"])
    if offset is not None and not m["mod"].lower().startswith(("ближайш", "следующ")):
        yield sc.cand(m, Expr("month", month=month_number(m["month"]), yrel=offset))


@rule(r"(?<!\w)" + MONTH_ANY + YEAR_TAIL)
def _month_year(sc, m):
    yield sc.cand(m, Expr("month", month=month_number(m["month"]), **year_fields(m)))


@rule(r"(?<!\w)" + MONTH_ANY)
def _month(sc, m):
    word = m["month"]
    if sc.prep_before(m.start()) is None:
        if word[0].isupper() and not sc.sentence_start(m.start()):
            return  # «Август» mid-sentence is a name
        if not (sc.sentence_start(m.start()) or sc.part_before(m.start()) is not None
                or re.search(r"(?:[-–—,]|(?<!\w)(?:и|или))" + S0 + r"$", sc.text[max(0, m.start() - 6):m.start()])):
            return  # «Музыка для декабря»; «в мае-июне», «в августе и октябре» are fine
    yield sc.cand(m, Expr("month", month=month_number(word)))


@rule(r"(?<!\w)(?P<stem>" + alt(lex.MONTH_ADJECTIVE_STEMS) + r")(?:" + ADJ + r")(?!\w)")
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
