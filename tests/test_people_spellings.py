"""Two Russian spellings of a foreign name are one person on the site
(``briefings.people_spellings``)."""

from __future__ import annotations

import datetime as dt

import pytest

from briefings.index import Item, build_index
from briefings.model import Article, Entity, Tags
from briefings.people_spellings import spelled_alike, spelling_key, spelling_owners


@pytest.mark.parametrize(
    "word, key",
    [("Эмманюэль", "емануел"), ("Эммануэль", "емануел"), ("Вальттери", "валтери"), ("Хиллари", "хилари"),
     ("Мойр", "моир"), ("Синицына", "синицина"), ("Риккъярдо", "рикардо"), ("Ляйен", "лаиен")],
)
def test_spelling_key(word, key):
    assert spelling_key(word) == key


@pytest.mark.parametrize(
    "a, b, alike",
    [
        ("Хиллари", "Хилари", True),
        ("Даниил", "Данил", True),
        ("Крэйг", "Крейг", True),
        ("Адриан", "Адриан", True),
        ("Мэттис", "Маттис", True),  # one vowel next to an «э»
        ("Хэспел", "Хаспел", True),
        ("Шерин", "Шорин", False),  # one vowel, no «э»: two Russian surnames
        ("Лунёв", "Леонов", False),
        ("Григорьев", "Григоров", False),
        ("Путин", "Потанин", False),
        ("Мэттис", "Мартис", False),  # a consonant
        ("Рэдфорд", "Радфорт", False),  # two letters
        ("II", "III", False),  # a monarch's number
        ("II", "II", True),
    ],
)
def test_spelled_alike(a, b, alike):
    assert spelled_alike(a, b) is alike


@pytest.mark.parametrize(
    "briefings, expected",
    [
        ({"Хиллари Клинтон": 40, "Хилари Клинтон": 1}, {"хилари клинтон": "Хиллари Клинтон"}),
        ({"Эммануэль Макрон": 12, "Эмманюэль Макрон": 6}, {"эмманюэль макрон": "Эммануэль Макрон"}),
        # three spellings are one, under the one in most briefings
        ({"Даниэль Риккардо": 4, "Даниэль Риккъярдо": 8, "Дэниэл Риккъярдо": 2},
         {"даниэль риккардо": "Даниэль Риккъярдо", "дэниэл риккъярдо": "Даниэль Риккъярдо"}),
        # of as many, the shorter: a typo doubles a letter
        ({"Маттео Сальвинии": 1, "Маттео Сальвини": 1}, {"маттео сальвинии": "Маттео Сальвини"}),
        # every word must be alike, and as many words
        ({"Александр Шерин": 2, "Александр Шорин": 1}, {}),
        ({"Александр II": 5, "Александр III": 5}, {}),
        ({"Анна Бодрова": 2, "Нонна Бодрова": 1}, {}),
        ({"Реджеп Тайип Эрдоган": 30, "Реджеп Эрдоган": 3}, {}),  # a middle name: ``people_variants``
        ({"Хиллари Клинтон": 1}, {}),
    ],
)
def test_spelling_owners(briefings, expected):
    assert spelling_owners(briefings) == expected


def test_the_registry_names_the_page():
    briefings = {"Эммануэль Макрон": 12, "Эмманюэль Макрон": 6}
    assert spelling_owners(briefings, lambda name: name == "Эмманюэль Макрон") == {
        "эммануэль макрон": "Эмманюэль Макрон"}


def briefing(n: int, people: tuple[str, ...]) -> Item:
    article = Article(path=f"s{n}", title=f"Брифинг {n}", body="", date=dt.date(2025, 1, n))
    return Item(f"briefings/{n}.md", article, Tags(people=tuple(Entity("people", name) for name in people)))


def test_the_site_joins_spellings_then_middle_names():
    items = [briefing(n, ("Реджеп Тайип Эрдоган",)) for n in range(1, 5)] + [
        briefing(5, ("Реджеп Тайпп Эрдоган",)), briefing(6, ("Реджеп Эрдоган",)), briefing(7, ("Эрдоган",))]
    index = build_index(items)
    assert [(ref.name, index.count(ref)) for ref in index.refs("people")] == [("Реджеп Тайип Эрдоган", 7)]
