"""Date rules for seasons: «летом 2019 года», «зима 2019/2020», «прошлой весной», «осенью»."""

from __future__ import annotations

from briefings import dates_lexicon as lex
from briefings.dates_patterns import (
    REL_GEN, REL_MOD, S, S0, YEAR4, YSUF, YW, Expr, Rule, alt, is_anaphoric, modifier_offset, registrar, year_fields,
)

RULES: list[Rule] = []
"""(pattern, handler) in the order they are defined here."""
rule = registrar(RULES)

SEASON = r"(?P<season>" + alt(lex.SEASONS) + r")(?!\w)"


@rule(
    r"(?<!\w)" + SEASON + r"(?:" + S + r"(?P<year>" + YEAR4 + r")(?:" + S0 + r"[/–—-]" + S0
    + r"(?P<y2>" + YEAR4 + r"|\d\d)(?!\d))?" + YSUF + r"(?:" + S0 + YW + r")?|" + S + REL_GEN + S + r"года(?!\w))"
)
def _season_year(sc, m):
    season = lex.SEASONS[m["season"].lower()]
    fields = year_fields(m)
    if m["y2"]:
        y1 = int(m["year"])
        y2 = int(m["y2"]) if len(m["y2"]) == 4 else y1 // 100 * 100 + int(m["y2"])
        if season != "winter" or y2 != y1 + 1:
            return
        fields = {"year": y2}  # winter 2019/2020 → the winter that ends in 2020
    yield sc.cand(m, Expr("season", season=season, **fields))


@rule(r"(?<!\w)" + REL_MOD + S + SEASON)
def _season_rel(sc, m):
    offset = modifier_offset(m["mod"])
    if offset is None or m["mod"].lower().startswith("ближайш"):
        return
    yield sc.cand(m, Expr("season", season=lex.SEASONS[m["season"].lower()], offset=offset,
                          anaphoric=is_anaphoric(m["mod"])))


@rule(r"(?<!\w)" + SEASON)
def _season(sc, m):
    word = m["season"]
    has_prep = sc.prep_before(m.start()) is not None
    if word[0].isupper() and not has_prep and not sc.sentence_start(m.start()):
        return
    if word.lower() not in lex.SEASONS_ADVERB and not has_prep and sc.part_before(m.start()) is None:
        return  # «арабской весны»; «до осени», «в начале лета» are fine
    yield sc.cand(m, Expr("season", season=lex.SEASONS[word.lower()]))
