"""One place site-wide under the names different briefings give it
(``briefings.places_site``, ``briefings.name_forms``)."""

from __future__ import annotations

import datetime as dt

import pytest

from briefings.index import Item, build_index
from briefings.model import Article, Entity, Tags
from briefings.places import PlaceLexicon
from briefings.places_site import place_owners


@pytest.mark.parametrize(
    "briefings, joined",
    [
        # another case tagging left joins the nominative, whatever the counts
        ({"Дейр-эз-Зор": 11, "Дейр-эз-Зора": 1}, {"Дейр-эз-Зора": "Дейр-эз-Зор"}),
        ({"Кунейтра": 1, "Кунейтры": 3}, {"Кунейтры": "Кунейтра"}),
        ({"Южные Курилы": 2, "Южные Курил": 5}, {"Южные Курилы": "Южные Курил"}),
        ({"Крестовский остров": 1, "Крестовском остров": 1}, {"Крестовском остров": "Крестовский остров"}),
        # adjectives of two genders are two places; a bracket is none of a name's words
        ({"Троицкая": 1, "Троицкий": 1}, {}),
        ({"Донецк": 14, "Донецкая (ДНР)": 1}, {}),
        # a one-word name of fewer than six letters: too many words share its stem
        ({"Бали": 2, "Бала": 1}, {}),
        # a hyphen for a space; of as many briefings, the shorter name
        ({"Дейр эз-Зор": 14, "Дейр-эз-Зор": 13, "Дейр-эз-Зора": 1},
         {"Дейр-эз-Зор": "Дейр эз-Зор", "Дейр-эз-Зора": "Дейр эз-Зор"}),
        ({"Нью-Хейвеня": 1, "Нью-Хейвен": 1}, {"Нью-Хейвеня": "Нью-Хейвен"}),
        ({"Южная Озерейки": 1, "Южная Озерейка": 1}, {"Южная Озерейки": "Южная Озерейка"}),
        # a word for its kind, «Санкт-», an abbreviation (``places.described_names_joined``)
        ({"Республика Коми": 1, "Коми": 4}, {"Республика Коми": "Коми"}),
        ({"Петербург": 33, "Санкт-Петербург": 90}, {"Петербург": "Санкт-Петербург"}),
        ({"Южный военный округ (ЮВО)": 3, "Южный военный округ": 2, "ЮВО": 3},
         {"Южный военный округ": "Южный военный округ (ЮВО)", "ЮВО": "Южный военный округ (ЮВО)"}),
        ({"Петербурга": 1, "Петербург": 3, "Санкт-Петербург": 9},
         {"Петербурга": "Санкт-Петербург", "Петербург": "Санкт-Петербург"}),
        # a place's other name of ``data/places.yml`` joins it where the site writes its name
        ({"Питер": 7, "Санкт-Петербург": 90}, {"Питер": "Санкт-Петербург"}),
        ({"Подмосковье": 28, "Московская область": 31}, {"Подмосковье": "Московская область"}),
        ({"Чеченская Республика": 7, "Чечня": 25}, {"Чеченская Республика": "Чечня"}),
        ({"Советский Союз": 71, "СССР": 170, "Рио": 17, "Рио-де-Жанейро": 23, "Старый Свет": 26, "Европа": 338},
         {"Советский Союз": "СССР", "Рио": "Рио-де-Жанейро", "Старый Свет": "Европа"}),
        ({"Подмосковье": 28}, {}),
    ],
)
def test_place_owners(briefings, joined):
    owners = place_owners(briefings, PlaceLexicon.default().other_names)
    assert {name: page for name, page in owners.items() if page != name} == joined
    assert set(owners) == set(briefings)


def test_the_site_gives_a_place_in_two_cases_one_page():
    items = [Item(f"briefings/{n}.md", Article(path=f"s{n}", title=f"Брифинг {n}", body="", date=dt.date(2025, 1, n)),
                  Tags(places=(Entity("places", name),)))
             for n, name in enumerate(["Кунейтра", "Кунейтры", "Кунейтра", "Троицкая", "Троицкий"], start=1)]
    index = build_index(items)
    assert sorted((ref.name, index.count(ref)) for ref in index.refs("places")) == [
        ("Кунейтра", 3), ("Троицкая", 1), ("Троицкий", 1)]
