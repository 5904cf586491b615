"""Date rules for expressions relative to the publication date: «вчера», «накануне»,
«три дня назад», «через неделю», «в прошлом году», «в начале года», quarters,
weekdays («в среду», «в ночь на пятницу») and «в ночь с 3 на 4 июня».
"""

from __future__ import annotations

import re

from briefings import dates_lexicon as lex
from briefings.dates_patterns import (
    ADJ, MONTH_GEN, REL_MOD, S, S0, WEEKDAY, YEAR_TAIL, Candidate, Expr, Rule, alt, is_anaphoric,
    modifier_offset, month_number, registrar, year_fields,
)

RULES: list[Rule] = []
"""(pattern, handler) in the order they are defined here."""
rule = registrar(RULES)


@rule(r"(?<!\w)(?P<w>" + alt(lex.RELATIVE_DAYS) + r")(?!\w)")
def _relative_day(sc, m):
    before = sc.text[max(0, m.start() - 12):m.start()]
    if re.search(r"(?:Россия|Украина|Россия\s+—|«)\s*$", before) or (
        m["w"][0].isupper() and not sc.sentence_start(m.start()) and not re.search(r"[,:]\s*$", before)
    ):
        return  # «МИА „Россия сегодня“», the newspaper «Завтра»
    yield sc.cand(m, Expr("rel", unit="day", offset=lex.RELATIVE_DAYS[m["w"].lower()]))


@rule(r"(?<!\w)(?P<stem>" + alt(lex.RELATIVE_DAY_ADJECTIVE_STEMS) + r")(?:" + ADJ + r")(?!\w)"
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


UNIT = r"(?P<unit>" + alt(lex.UNIT_WORDS) + r")(?!\w)"
COUNT = r"(?P<n>\d{1,3}|" + alt(lex.COUNT_WORDS) + r")"


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


@rule(r"(?<!\w)" + REL_MOD + S + r"(?P<unit>" + alt(REL_UNITS) + r")(?!\w)")
def _relative_unit(sc, m):
    offset = modifier_offset(m["mod"])
    if offset is None or m["mod"].lower().startswith("ближайш"):
        return
    yield sc.cand(m, Expr("rel", unit=REL_UNITS[m["unit"].lower()], offset=offset, anaphoric=is_anaphoric(m["mod"])))


@rule(
    r"(?<!\w)(?:" + alt(lex.PERIOD_PARTS) + r")" + S + r"(?P<unit>года|месяца|недели)(?!\w)"
    r"(?!" + S + r"(?:\d|[IVXХ]+\b|(?:" + alt(lex.RELATIVE_MODIFIERS) + r")(?:ого|его)|этого)(?!\w))"
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
    fields = year_fields(m)
    if not fields:
        return  # «в первом квартале» alone may be a fiscal or a generic quarter
    yield sc.cand(m, Expr("quarter", offset=n, unit="half" if half else "quarter", **fields))


WEEKDAY_PREP = r"(?:в|во|на|к|ко|с|со|до|по)"


@rule(
    r"(?<!\w)(?:в" + S + r"ночь" + S + r"(?:с" + S + r"(?:" + alt(lex.WEEKDAYS) + r")" + S + r")?на"
    r"|" + WEEKDAY_PREP + r"|(?P<and>и))" + S + r"(?:" + REL_MOD + S + r")?" + WEEKDAY
)
def _weekday(sc, m):
    word = m["wd"].lower()
    if word.startswith("сред") and not sc.weekday_not_environment(m.end()):
        return  # «в среду обитания»
    mode = modifier_offset(m["mod"]) if m["mod"] else None
    if m["mod"] and m["mod"].lower().startswith("ближайш"):
        mode = 2  # the nearest one after today
    expr = Expr("weekday", weekday=lex.WEEKDAYS[word], offset=mode)
    if m["and"]:  # «в среду и четверг»: only after another weekday
        if re.search(r"(?:" + alt(lex.WEEKDAYS) + r")" + S0 + r"$", sc.text[max(0, m.start() - 14):m.start()], re.I):
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
        month, fields = month_number(m["month"]), year_fields(m)
        lo, hi = Expr("day", month=month, day=d1, **fields), Expr("day", month=month, day=d2, **fields)
        yield sc.cand(m, Expr("range", lo=lo, hi=hi))
