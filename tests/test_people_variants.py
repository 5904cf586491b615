"""One person site-wide when a few briefings left the surname out of the nominative
(``briefings.people_variants``, used by the site index)."""

from __future__ import annotations

import datetime as dt

import pytest

from briefings.index import Item, build_index
from briefings.model import Article, Entity, Tags
from briefings.people_variants import case_variant_owners, first_name_owners, middle_name_owners, word_order_owners


@pytest.mark.parametrize(
    "briefings, expected",
    [
        # an ending changed, added or dropped: the name in more briefings wins
        ({"Пётр Калина": 9, "Пётр Калину": 1}, {"петр калину": "Пётр Калина"}),
        ({"Тоби Вернерр": 6, "Тоби Вернерра": 1}, {"тоби вернерра": "Тоби Вернерр"}),
        ({"Жоао Пинту": 5, "Жоао Пинт": 1, "Жоао Пинта": 1}, {"жоао пинт": "Жоао Пинту", "жоао пинта": "Жоао Пинту"}),
        ({"Дарья Селезнёва": 4, "Дарья Селезнёвой": 2}, {"дарья селезневой": "Дарья Селезнёва"}),
        # a chain ends at the name in most briefings
        ({"Ян Кохану": 1, "Ян Кохана": 2, "Ян Кохан": 5}, {"ян кохану": "Ян Кохан", "ян кохана": "Ян Кохан"}),
        # different surnames stay apart: a letter inside, or letters no case ending has
        ({"Иван Букин": 10, "Иван Бунин": 2}, {}),
        ({"Владимир Ильин": 4, "Владимир Ильич": 3}, {}),
        ({"Мария Баронова": 3, "Мария Аронова": 2}, {}),
        # another first name, a short stem, or as many briefings each: apart
        ({"Евгений Сомов": 6, "Евгения Сомова": 1}, {}),
        ({"Ли Мин": 5, "Ли Мина": 1}, {}),
        ({"Анна Лукина": 2, "Анна Лукиной": 2}, {}),
        # a first name out of the nominative, the surname the same
        ({"Ангела Меркель": 39, "Ангелу Меркель": 2}, {"ангелу меркель": "Ангела Меркель"}),
        ({"Серена Уильямс": 10, "Серене Уильямс": 1}, {"серене уильямс": "Серена Уильямс"}),
        # … not a man's and a woman's first name («Александр», «Александра»: the bare stem
        # and an ending), nor first names that differ inside
        ({"Александр Николаенко": 5, "Александра Николаенко": 1}, {}),
        ({"Андрей Иванов": 5, "Андриан Иванов": 1}, {}),
    ],
)
def test_case_variant_owners(briefings, expected):
    assert case_variant_owners(briefings) == expected


def briefing(n: int, *people: str) -> Item:
    article = Article(path=f"s{n}", title=f"Брифинг {n}", body="", date=dt.date(2025, 1, n))
    return Item(f"briefings/{n}.md", article, Tags(people=tuple(Entity("people", name) for name in people)))


def test_the_site_has_one_page_for_a_person_whose_surname_one_briefing_declined():
    items = [briefing(n, "Пётр Калина") for n in range(1, 5)] + [briefing(5, "Пётр Калину"), briefing(6, "Калину")]
    index = build_index(items, min_briefings=2)
    (ref,) = index.refs("people")
    assert ref.name == "Пётр Калина" and index.count(ref) == 6
    assert index.name_in(items[4], ref) == "Пётр Калину"  # its text is linked where it says so


@pytest.mark.parametrize(
    "briefings, expected",
    [
        # with and without a patronymic or a middle name, and initials: one person, under
        # the name in most briefings
        ({"Иосиф Сталин": 6, "Иосиф Виссарионович Сталин": 1, "И. В. Сталин": 1},
         {"иосиф виссарионович сталин": "Иосиф Сталин", "и. в. сталин": "Иосиф Сталин"}),
        ({"Франклин Делано Рузвельт": 1, "Франклин Рузвельт": 2, "Теодор Рузвельт": 1},
         {"франклин делано рузвельт": "Франклин Рузвельт"}),
        ({"Пётр Чайковский": 1, "Пётр Ильич Чайковский": 2}, {"петр чайковский": "Пётр Ильич Чайковский"}),
        # initials only of a person named in five briefings or more (not a namesake's)
        ({"Б. Обама": 2, "Барак Обама": 105}, {"б. обама": "Барак Обама"}),
        ({"А. А. Ткаченко": 1, "Александр Ткаченко": 2}, {}),
        # initials that fit one first name of the surname only; the middle initial too, where
        # the site writes the middle name
        ({"Лев Толстой": 6, "Пётр Толстой": 4, "Л. Н. Толстой": 1}, {"л. н. толстой": "Лев Толстой"}),
        ({"Лев Толстой": 3, "Лев Николаевич Толстой": 1, "Л. А. Толстой": 1},
         {"лев николаевич толстой": "Лев Толстой"}),
        ({"Алексей Толстой": 2, "Александр Толстой": 1, "А. Толстой": 1}, {}),
        # two middle names: two people of one first name and surname
        ({"Алексей Николаевич Толстой": 1, "Алексей Константинович Толстой": 1, "Алексей Толстой": 2}, {}),
        # a name that begins with its surname: its short middle word is no middle name
        ({"Ким Чен Ир": 3, "Ким Ир": 1, "Пан Ги Мун": 2, "Пан Мун": 1}, {}),
        # a woman and a man are two first names
        ({"Александр Фёдорович Керенский": 1, "Александра Фёдоровна Керенская": 1, "Александр Керенский": 2},
         {"александр федорович керенский": "Александр Керенский"}),
    ],
)
def test_middle_name_owners(briefings, expected):
    assert middle_name_owners(briefings) == expected


@pytest.mark.parametrize(
    "briefings, expected",
    [
        ({"Мухин Алексей": 1, "Алексей Мухин": 10}, {"мухин алексей": "Алексей Мухин"}),
        # … a name in five briefings or more: a consultant is no hockey player of three
        ({"Орлов Дмитрий": 1, "Дмитрий Орлов": 3}, {}),
        # as many briefings each: which order is the name's, the site cannot tell
        ({"Мухин Алексей": 2, "Алексей Мухин": 2}, {}),
        ({"Ким Ир Сен": 1, "Сен Ир Ким": 3}, {}),
    ],
)
def test_word_order_owners(briefings, expected):
    assert word_order_owners(briefings) == expected


@pytest.mark.parametrize(
    "briefings, expected",
    [
        # a short form, a spelling or an ending of one first name: the form in more briefings
        ({"Майк Пенс": 5, "Майкл Пенс": 4, "Карен Пенс": 1}, {"майкл пенс": "Майк Пенс"}),
        ({"Стив Бэннон": 1, "Стивен Бэннон": 6}, {"стив бэннон": "Стивен Бэннон"}),
        ({"Серёга Устюгов": 1, "Сергей Устюгов": 7}, {"серега устюгов": "Сергей Устюгов"}),
        ({"Арсен Аваков": 17, "Арсений Аваков": 1}, {"арсений аваков": "Арсен Аваков"}),
        # … in fewer than five briefings, only where the surname names nobody else on the site
        ({"Анатолий Чубайс": 4, "Анатоль Чубайс": 3}, {"анатоль чубайс": "Анатолий Чубайс"}),
        ({"Саша Иванов": 1, "Александр Иванов": 3, "Иван Иванов": 2}, {}),
        # two first names, brothers; an initial
        ({"Алексей Миранчук": 6, "Антон Миранчук": 4}, {}),
        # as many briefings each: the site cannot tell which form is the name's, but the nominative's
        ({"Майк Пенс": 5, "Майкл Пенс": 5}, {}),
        ({"Адина Пинтилие": 1, "Адины Пинтилие": 1}, {"адины пинтилие": "Адина Пинтилие"}),
        ({"М. Пенс": 1, "Майк Пенс": 5}, {}),
        # a man's and a woman's first name: a twin on evidence only (``people_twins``)
        ({"Евгений Шевчук": 2, "Евгения Шевчук": 6}, {}),
        # each one name with a third but not with each other: which is meant, the site cannot tell
        ({"Алекс Зверев": 1, "Александр Зверев": 3, "Александра Зверев": 3}, {}),
    ],
)
def test_first_name_owners(briefings, expected):
    assert first_name_owners(briefings) == expected


def test_the_site_has_one_page_for_a_person_under_two_forms_of_his_first_name():
    items = [briefing(n, "Майк Пенс") for n in range(1, 6)] + [briefing(n, "Майкл Пенс") for n in range(6, 9)]
    index = build_index(items, min_briefings=2)
    (ref,) = index.refs("people")
    assert ref.name == "Майк Пенс" and index.count(ref) == 8
