"""A first name written alone is one person across briefings only where they share a
rare person, or two rarer entities (``briefings.people_first_names``, used by the site
index)."""

from __future__ import annotations

import datetime as dt

import pytest

from briefings.index import Item, build_index
from briefings.model import Article, Entity, Tags
from briefings.people_first_names import first_name_groups
from briefings.registry import Registry
from briefings.site_evidence import SitePeople

SKATING = frozenset({("people", "этери тутберидзе"), ("organizations", "самбо-70")})
COACH = frozenset({("people", "этери тутберидзе")})
CLUB_AND_CITY = frozenset({("organizations", "цска"), ("places", "казань")})
CLUB = frozenset({("organizations", "цска")})
COUNTRIES = frozenset({("countries", "RU"), ("countries", "GB")})
NOTHING: frozenset = frozenset()
# «Михаил» begins two full names of these briefings: a first name
NAMESAKES = [["Михаил Орлов"], ["Михаил Боярский"]]


@pytest.mark.parametrize(
    "people, others, expected",
    [
        # a rare person in common: one «Женя»; «Женя» is a first name by its short form
        ([["Женя"], ["Женя"]], [COACH, COACH], {(0, "женя"): "", (1, "женя"): ""}),
        # nothing, a club alone or countries in common: two persons (the second marked by its briefing)
        ([["Женя"], ["Женя"]], [NOTHING, NOTHING], {(0, "женя"): "", (1, "женя"): "#1"}),
        ([["Женя"], ["Женя"]], [CLUB, CLUB], {(0, "женя"): "", (1, "женя"): "#1"}),
        ([["Женя"], ["Женя"]], [COUNTRIES, COUNTRIES], {(0, "женя"): "", (1, "женя"): "#1"}),
        # two entities of any kind in common, each in 15 briefings or fewer …
        ([["Женя"], ["Женя"]], [CLUB_AND_CITY, CLUB_AND_CITY], {(0, "женя"): "", (1, "женя"): ""}),
        # … not a club and a city of many sports reports
        ([["Женя"], ["Женя"]] + [["Пётр Иванов"]] * 14, [CLUB_AND_CITY] * 16, {(0, "женя"): "", (1, "женя"): "#1"}),
        # a chain joins: 0 and 1 share the coach, 1 and 2 the club and city; the largest group is unmarked
        ([["Женя"], ["Женя"], ["Женя"], ["Женя"]], [COACH, SKATING | CLUB_AND_CITY, CLUB_AND_CITY, NOTHING],
         {(0, "женя"): "", (1, "женя"): "", (2, "женя"): "", (3, "женя"): "#3"}),
        ([["Женя"], ["Женя"], ["Женя"]], [NOTHING, COACH, COACH],
         {(0, "женя"): "#0", (1, "женя"): "", (2, "женя"): ""}),
        # a word that begins two full names of the site is a first name too
        (NAMESAKES + [["Михаил"], ["Михаил"]], [NOTHING] * 4, {(2, "михаил"): "", (3, "михаил"): "#3"}),
        # a surname alone is no first name: not grouped here (``people_surnames`` decides)
        ([["Шекспир"], ["Шекспир"]], [NOTHING, NOTHING], {}),
        ([["Михаил Орлов"], ["Михаил"], ["Михаил"]], [NOTHING] * 3, {}),
    ],
)
def test_first_name_groups(people, others, expected):
    assert first_name_groups(SitePeople.of(people, others)) == expected


def test_a_first_name_the_registry_lists_is_one_person_everywhere():
    listed = {"Кирилл"}
    people = [["Кирилл Серебренников"], ["Кирилл Капризов"], ["Кирилл"], ["Кирилл"]]
    assert first_name_groups(SitePeople.of(people, [NOTHING] * 4), listed=lambda name: name in listed) == {}
    assert first_name_groups(SitePeople.of(people, [NOTHING] * 4)) == {(2, "кирилл"): "", (3, "кирилл"): "#3"}


def briefing(n: int, people: tuple[str, ...], organizations: tuple[str, ...] = ()) -> Item:
    article = Article(path=f"s{n}", title=f"Брифинг {n}", body="", date=dt.date(2025, 1, n))
    return Item(f"briefings/{n}.md", article, Tags(people=tuple(Entity("people", name) for name in people),
                                                   organizations=tuple(Entity("organizations", o) for o in organizations)))


def test_the_site_gives_each_person_of_one_first_name_a_page():
    items = [briefing(1, ("Юлия", "Сергей Скрипаль")), briefing(2, ("Юлия", "Сергей Скрипаль")),
             briefing(3, ("Юлия",), ("Ростелеком", "Билайн")), briefing(4, ("Юлия",), ("Ростелеком", "Билайн")),
             briefing(5, ("Юлия", "Юлия Тимошенко")), briefing(6, ("Юлия Высоцкая",))]
    index = build_index(items, min_briefings=2)
    pages = sorted((ref.name, index.count(ref)) for ref in index.refs("people", paged_only=True))
    assert pages == [("Сергей Скрипаль", 2), ("Юлия", 2), ("Юлия", 2)]

    def julia_of(n: int) -> str:
        item = next(item for item in index.items if item.article.path == f"s{n}")
        return next(ref.slug for ref in index.entities_of(item) if ref.name == "Юлия")

    assert julia_of(1) == julia_of(2) != julia_of(3) == julia_of(4)
    assert len({julia_of(n) for n in (1, 3, 5)}) == 3  # the «Юлия» of briefing 5 is a third (with no page)
    listed = build_index(items, Registry.from_mapping({"people": {"Юлия": {"description": "Одна на всех."}}}))
    assert sorted(listed.count(ref) for ref in listed.refs("people") if ref.name == "Юлия") == [5]


def test_a_group_is_marked_by_its_last_briefing_so_a_newer_one_joining_leaves_the_mark():
    people = [["Женя"]] * 4
    ids = ["b/new.md", "b/3.md", "b/2.md", "b/1.md"]  # newest first, as the site passes them
    before = first_name_groups(SitePeople.of(people[1:], [NOTHING, COACH, COACH]), ids=ids[1:])
    after = first_name_groups(SitePeople.of(people, [COACH, NOTHING, COACH, COACH]), ids=ids)
    assert before == {(0, "женя"): "#b/3.md", (1, "женя"): "", (2, "женя"): ""}
    assert after == {(0, "женя"): "", (1, "женя"): "#b/3.md", (2, "женя"): "", (3, "женя"): ""}
