"""A name with another gender's or case's endings joins its twin in more briefings only
with evidence (``briefings.people_twins``, used by the site index)."""

from __future__ import annotations

import datetime as dt

import pytest

from briefings.index import Item, build_index
from briefings.model import Article, Entity, Tags
from briefings.people_twins import twin_joins, twin_key
from briefings.site_evidence import SitePeople

SKATING = frozenset({("people", "этери тутберидзе")})
CLUB = frozenset({("organizations", "самбо-70")})
NOTHING: frozenset = frozenset()


@pytest.mark.parametrize(
    "name, key",
    [
        ("Евгения Медведева", ("евгени", "медведев")),
        ("Евгений Медведев", ("евгени", "медведев")),
        ("Евгений Медведева", ("евгени", "медведев")),
        ("Ирина Яровая", ("ирин", "яров")),
        ("Ирина Яровой", ("ирин", "яров")),
        ("Иоахима Майснера", ("иоахим", "майснер")),
        ("И. Майснер", None),
        ("Мун Чжэ Ин", None),
    ],
)
def test_twin_key(name, key):
    assert twin_key(name) == key


@pytest.mark.parametrize(
    "people, others, expected",
    [
        # a rare entity in common: the twin in fewer briefings joins the one in more
        ([["Евгения Медведева"]] * 3 + [["Евгений Медведев"]], [SKATING] * 4,
         {(3, "евгений медведев"): "Евгения Медведева"}),
        ([["Евгения Тарасова"]] * 2 + [["Евгений Тарасова"]], [SKATING, CLUB, CLUB],
         {(2, "евгений тарасова"): "Евгения Тарасова"}),
        # only the briefing with evidence joins
        ([["Евгения Медведева"]] * 2 + [["Евгений Медведев"], ["Евгений Медведев"]], [SKATING, SKATING, SKATING, NOTHING],
         {(2, "евгений медведев"): "Евгения Медведева"}),
        # nothing in common, or a briefing naming both: two people
        ([["Александра Степанова"]] * 2 + [["Александр Степанов"]], [NOTHING] * 3, {}),
        ([["Евгения Медведева", "Евгений Медведев"], ["Евгения Медведева"], ["Евгений Медведев"]], [SKATING] * 3, {}),
        # a twin that only adds «-а» is no evidence which is the nominative …
        ([["Иоахима Майснера"]] * 2 + [["Иоахим Майснер"]], [CLUB] * 3, {}),
        ([["Симона Халеп"]] * 2 + [["Симон Халеп"]], [CLUB] * 3, {}),
        # … unless the name's words disagree
        ([["Александра Орлова"]] * 2 + [["Александр Орлова"]], [CLUB] * 3,
         {(2, "александр орлова"): "Александра Орлова"}),
        # the other way, a name that adds «-а» joins
        ([["Марин Чилич"]] * 2 + [["Марина Чилича"]], [CLUB] * 3, {(2, "марина чилича"): "Марин Чилич"}),
    ],
)
def test_twin_joins(people, others, expected):
    assert twin_joins(SitePeople.of(people, others)) == expected


def test_the_site_gives_a_skater_named_as_a_man_somewhere_one_page():
    def briefing(n: int, people: tuple[str, ...]) -> Item:
        article = Article(path=f"s{n}", title=f"Брифинг {n}", body="", date=dt.date(2025, 1, n))
        return Item(f"briefings/{n}.md", article, Tags(people=tuple(Entity("people", name) for name in people)))

    items = [briefing(1, ("Евгения Медведева", "Этери Тутберидзе")), briefing(2, ("Евгения Медведева", "Этери Тутберидзе")),
             briefing(3, ("Евгений Медведев", "Этери Тутберидзе")), briefing(4, ("Евгений Медведев",))]
    index = build_index(items)
    pages = sorted((ref.name, index.count(ref)) for ref in index.refs("people"))
    assert pages == [("Евгений Медведев", 1), ("Евгения Медведева", 3), ("Этери Тутберидзе", 3)]
