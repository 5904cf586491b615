"""A country's team named without its sport is the text's one team of that country named
with it: «Сборная России по хоккею обыграла Финляндию. Сборная России лидирует» is one
team, «Сборная России по хоккею», and the site gives each sport's team its own page
instead of one «Сборная России» of every sport. With two teams of the country named by
their sport («… по лыжным гонкам», «… по скелетону») the bare name stays as it is; so does
a team of another country.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace
from typing import Iterable

from briefings.organizations_lexicon import OrgMention
from briefings.people import fold


def teams_named(mentions: Iterable[OrgMention], text: str = "", kinds_of_teams: Iterable[str] = ()) -> list[OrgMention]:
    """``mentions`` with each country's team written without a sport («Сборная России»,
    keyed (сборная, RU)) named as the one team of that country the text names with its
    sport (keyed (сборная по хоккею, RU)). Not when the text writes a team of that country
    with a word for its kind or its sport before «сборная» («Женская сборная России по
    хоккею», «футбольная сборная России», «олимпийская сборная»: the stems of
    ``kinds_of_teams``, ``Lexicon.team_kinds``): which one the bare name is, the text does
    not say."""
    mentions = list(mentions)
    stems = tuple(kinds_of_teams)
    by_sport: dict[str, dict[tuple[str, str], OrgMention]] = defaultdict(dict)
    kinds: dict[str, set[str]] = defaultdict(set)  # a country's teams' words before their sport
    for m in mentions:
        if m.key and m.key[1] and _a_team(m.key[0]):
            before = _WORD_BEFORE.search(text, max(0, m.span.start - 30), m.span.start)
            kind = fold(before.group(1)) if before else ""
            kind = kind if any(kind.startswith(stem) for stem in stems) else ""  # (left out by the NER)
            kinds[m.key[1]].add(f"{kind} сборная" if kind else m.key[0].split(" по ")[0])
            if " по " in m.key[0]:
                by_sport[m.key[1]].setdefault(m.key, m)
    out = []
    for m in mentions:
        bare = m.key and m.key[0] == "сборная" and m.key[1] and kinds[m.key[1]] <= {"сборная"}
        teams = by_sport.get(m.key[1], {}) if bare else {}
        team = next(iter(teams.values())) if len(teams) == 1 else None
        out.append(replace(m, name=team.name, key=team.key) if team else m)
    return out


# the word right before a team's name the NER left out: «футбольной» + «сборной России»
_WORD_BEFORE = re.compile(r"(?<![\w-])([А-ЯЁа-яё]+)[ \u00a0]+\Z")


def _a_team(key: str) -> bool:
    """A key of a team: «сборная», «женская сборная по хоккею»."""
    return "сборная" in key.split(" по ")[0].split()
