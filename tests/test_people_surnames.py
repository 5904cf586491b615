"""A surname written alone in one briefing joins a full name of another only with
evidence (``briefings.people_surnames``, used by the site index)."""

from __future__ import annotations

import datetime as dt

import pytest

from briefings.index import Item, build_index
from briefings.model import Article, Entity, Tags
from briefings.people_surnames import surname_joins
from briefings.site_evidence import SitePeople

FOOTBALL = frozenset({("organizations", "лестер сити"), ("countries", "GB")})
THEATRE = frozenset({("organizations", "глобус"), ("countries", "GB")})
NOTHING: frozenset = frozenset()


@pytest.mark.parametrize(
    "people, others, expected",
    [
        # a rare entity both briefings name is evidence
        ([["Крэйг Шекспир"], ["Шекспир"]], [FOOTBALL, FOOTBALL], {(1, "шекспир"): "Крэйг Шекспир"}),
        # a country is none (every briefing names one), nor is nothing in common
        ([["Крэйг Шекспир"], ["Шекспир"]], [FOOTBALL, THEATRE], {}),
        ([["Крэйг Шекспир"], ["Шекспир"]], [NOTHING, NOTHING], {}),
        # a full name in three briefings or more, the only person of that surname: the surname anywhere
        ([["Владимир Путин"]] * 5 + [["Путин"]], [NOTHING] * 6, {(5, "путин"): "Владимир Путин"}),
        ([["Ричард Никсон"]] * 3 + [["Никсон"]], [NOTHING] * 4, {(3, "никсон"): "Ричард Никсон"}),
        ([["Ричард Никсон"]] * 2 + [["Никсон"]], [NOTHING] * 3, {}),
        # … not with a namesake on the site: which of the two the word is the briefings must show
        ([["Томас Бах"]] * 5 + [["Иоганн Себастьян Бах"], ["Бах"]], [NOTHING] * 7, {}),
        ([["Томас Бах"]] * 5 + [["Иоганн Себастьян Бах"], ["Бах"]], [NOTHING] * 5 + [THEATRE, THEATRE],
         {(6, "бах"): "Иоганн Себастьян Бах"}),
        # a word that begins two full names of the site is a first name, no surname
        ([["Емельянов Михаил"], ["Михаил Орлов"], ["Михаил Боярский"], ["Михаил"]], [FOOTBALL] * 4, {}),
        # the surname of a name joined to the site's name joins too («Калину» of «Пётр Калину»)
        ([["Пётр Калина"], ["Пётр Калину"], ["Калину"]], [FOOTBALL] * 3, {(2, "калину"): "Пётр Калина"}),
    ],
)
def test_surname_joins(people, others, expected):
    assert surname_joins(SitePeople.of(people, others, {"петр калину": "Пётр Калина"})) == expected


def briefing(n: int, people: tuple[str, ...], organizations: tuple[str, ...] = ()) -> Item:
    article = Article(path=f"s{n}", title=f"Брифинг {n}", body="", date=dt.date(2025, 1, n))
    return Item(f"briefings/{n}.md", article, Tags(people=tuple(Entity("people", name) for name in people),
                                                   organizations=tuple(Entity("organizations", o) for o in organizations)))


def test_the_site_joins_a_surname_where_the_briefings_show_it_is_that_person():
    index = build_index([briefing(1, ("Крэйг Шекспир",), ("Лестер Сити",)), briefing(2, ("Шекспир",), ("Лестер Сити",)),
                         briefing(3, ("Шекспир",), ("Глобус",)), briefing(4, ("Иосиф Виссарионович Сталин",)),
                         briefing(5, ("И. В. Сталин",))] + [briefing(n, ("Иосиф Сталин",)) for n in range(6, 11)])
    pages = {ref.name: index.count(ref) for ref in index.refs("people")}
    assert pages == {"Крэйг Шекспир": 2, "Шекспир": 1, "Иосиф Сталин": 7}
