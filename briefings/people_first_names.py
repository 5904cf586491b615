"""Which briefings a first name written alone («Юлия», «Женя») means one person in.

Tagging keeps a person the article names only by a first name («Юлия», the daughter of
«Сергей Скрипаль»; «Женя» of a figure skater's coach; «Саша» of an interview). Across
briefings the word is no identity: in the NG/RT corpus (1 999 articles) the pages of bare
first names mixed people («Саша» seven briefings, six persons; «Вера», «Михаил»). The
site index keeps a first name alone one person only in briefings that name a rare person
in common, or two rarer entities (``site_evidence``): the Skripal affair's eleven «Юлия»,
the Formula 1 reports' «Фрэнк» (Williams) and «Фелипе» (Massa) stay one page each;
«Саша» of unrelated interviews splits, as do «Дмитрий» of sports reports that share only
a club. Mononyms split too where the briefings share too little: the patriarch «Кирилл»
of 14 church briefings has a page of 10, and the prophet «Мухаммед» none. A word is a first name where it begins
two full names of the site or more, or is a short form of one (``data/people.yml``:
«Маша», «Даша»). A name in the editable registry stays one person everywhere: an editor
said so.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Callable, Sequence

from briefings.people_names import fold, full_first_name
from briefings.site_evidence import RareEntities, SitePeople
from briefings.unions import Unions

PAIR = 15  # briefings: two entities in common, each in as few, are evidence; a club and a city in more are not


def first_name_groups(site: SitePeople, listed: Callable[[str], bool] = lambda name: False,
                      ids: Sequence[str] | None = None) -> dict[tuple[int, str], str]:
    """``listed``: whether the registry has a name; ``ids``: each briefing's identifier
    (its number by default). Returns (briefing, fold(word)) → a mark that tells apart the
    persons a first name written alone stands for: "" for the group of most briefings
    (then the one that comes first), "#id" for any other, the id of its last briefing
    (the site passes briefings newest first and their paths: a newer briefing joining a
    group leaves its mark as it was). Briefings are in one group where a chain of them
    joins each to the next (``_chained``)."""
    alone: dict[str, list[int]] = defaultdict(list)
    for n, names in enumerate(site.people):
        for word, name in {fold(name): name for name in names if " " not in name.strip()}.items():
            if (word in site.first_names or full_first_name(name) != name) and not listed(name):
                alone[word].append(n)
    rare = site.rare
    marks = {}
    for word, briefings in alone.items():
        for rank, group in enumerate(_chained(briefings, rare)):
            for n in group:
                marks[(n, word)] = "" if rank == 0 else f"#{ids[group[-1]] if ids else group[-1]}"
    return marks


def _chained(briefings: list[int], rare: RareEntities) -> list[list[int]]:
    """``briefings`` in groups, the largest first: two are in one group where they name a
    rare person in common (the coach «Этери Тутберидзе» two of «Женя»), or two entities in
    ``PAIR`` briefings or fewer each (a club and a city of 30 to 50 briefings joined sports
    reports on different «Алексей» and «Фернандо»: the judge helper, session 20)."""
    unions = Unions(briefings)
    for i, one in enumerate(briefings):
        for other in briefings[i + 1:]:
            shared = rare.of(one) & rare.of(other)
            if any(kind == "people" for kind, _ in shared) or sum(rare.count(key) <= PAIR for key in shared) >= 2:
                unions.join(one, other)
    return sorted(unions.groups(), key=lambda group: (-len(group), group[0]))
