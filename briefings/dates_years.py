"""Date rules for years, decades and centuries: «2014 году», «1996—98», «90-х»,
«восьмидесятые», «XIX век», «прошлого века».
"""

from __future__ import annotations

import re

from briefings import dates_lexicon as lex
from briefings.dates_patterns import (
    DASH, ROMAN, S, S0, YEAR4, YSUF, YW, Candidate, Expr, Rule, alt, registrar,
)

RULES: list[Rule] = []
"""(pattern, handler) in the order they are defined here."""
rule = registrar(RULES)


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
    r"(?<!\w)(?P<stem>" + alt(lex.DECADE_WORD_STEMS) + r"|нулев|десят)(?:ые|ых|ым|ыми)(?!\w)"
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
    r"(?<!\w)(?:(?P<stem>" + alt(lex.CENTURY_ORDINAL_STEMS) + r")(?:ого|ом|ый|ому|ым)"
    r"|(?P<rel>прошл|позапрошл|эт|нынешн|текущ)(?:ого|ому|ом|ый|от|ий|его|ем|им))" + S + r"(?:века|веке|век|веку)(?!\w)"
)
def _century_word(sc, m):
    if m["stem"]:
        n = lex.CENTURY_ORDINAL_STEMS[" ".join(m["stem"].lower().split())]
        yield sc.cand(m, Expr("century", year=n, end=n))
    else:
        yield sc.cand(m, Expr("rel", unit="century", offset={"прошл": -1, "позапрошл": -2}.get(m["rel"].lower(), 0)))


def _roman(word: str) -> int | None:
    word = word.upper().replace("Х", "X").replace("І", "I")
    values = {"I": 1, "V": 5, "X": 10}
    total = 0
    for i, ch in enumerate(word):
        v = values[ch]
        total += -v if i + 1 < len(word) and values[word[i + 1]] > v else v
    return total if 0 < total <= 30 else None
