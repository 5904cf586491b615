"""A country's team named without its sport is the text's one team of that country named
with it: «Сборная России по хоккею обыграла Финляндию. Сборная России лидирует» is one
team, «Сборная России по хоккею», and the site gives each sport's team its own page
instead of one «Сборная России» of every sport. With two teams of the country named by
their sport («… по лыжным гонкам», «… по скелетону») the bare name stays as it is; so does
a team of another country.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from typing import Iterable

from briefings.organizations_lexicon import OrgMention


def teams_named(mentions: Iterable[OrgMention]) -> list[OrgMention]:
    """``mentions`` with each country's team written without a sport («Сборная России»,
    keyed (сборная, RU)) named as the one team of that country the text names with its
    sport (keyed (сборная по хоккею, RU), or with the team's kind: «Женская сборная России
    по хоккею»)."""
    mentions = list(mentions)
    by_sport: dict[str, dict[tuple[str, str], OrgMention]] = defaultdict(dict)
    for m in mentions:
        if m.key and m.key[1] and _a_team(m.key[0]) and " по " in m.key[0]:
            by_sport[m.key[1]].setdefault(m.key, m)
    out = []
    for m in mentions:
        teams = by_sport.get(m.key[1], {}) if m.key and m.key[0] == "сборная" and m.key[1] else {}
        team = next(iter(teams.values())) if len(teams) == 1 else None
        out.append(replace(m, name=team.name, key=team.key) if team else m)
    return out


def _a_team(key: str) -> bool:
    return "сборная" in key.split(" по ")[0].split()
