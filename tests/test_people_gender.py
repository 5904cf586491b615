"""One gender for the mentions of one person where the text shows it
(``briefings.people_gender``)."""

from __future__ import annotations

import pytest

from briefings.model import Article, Span
from briefings.people_gender import genders_agreed
from briefings.people_names import NameMention


@pytest.mark.parametrize(
    "body, expected",
    [
        # a form only a woman's surname has: she is a woman, also where the tagger read a man's genitive
        ("Победа Евгения Медведева стала сенсацией. Евгенией Медведевой восхищались.", ["Евгения Медведева"]),
        ("Тренер Евгении Медведевой рассказал о планах. Евгения Медведева выиграла турнир.", ["Евгения Медведева"]),
        # … and with no full name of hers in another form, as written where it is her nominative
        ("Она выступила лучше, чем Евгения Медведева. С Медведевой она не общается.", ["Евгения Медведева"]),
        # … and so does her nominative starting a sentence before a verb in the feminine past
        ("Победа Евгения Медведева стала сенсацией. Медведева приучила зрителей к победам.",
         ["Евгения Медведева"]),
        # … which makes her accusative, the tagger's man's dative, hers too
        ("Тренер назвала Евгению Медведеву лучшей. Медведева приучила нас к победам.", ["Евгения Медведева"]),
        # … and a form only a man's has, a man
        ("Евгений Медведев возглавил клуб. С Евгением Медведевым встретился мэр. Решение Евгения Медведева "
         "поддержали.", ["Евгений Медведев"]),
        # both in one text: a husband and a wife stay two
        ("Встреча Андрея Петрова и Анны Петровой прошла в Москве. Петров заявил о разводе.",
         ["Андрей Петров", "Анна Петрова"]),
        # … and her first name as written where the tagger read a man's out of hers
        ("Новый рекорд Медведевой\n\nЕвгения Медведева начала выступление. Медведева получила баллы.",
         ["Евгения Медведева"]),
        # a woman's surname written only out of the nominative does not join a man of that surname
        ("Тренер Володя Тарасов рассказал о планах. Замены Тарасовой и Морозова не будет.",
         ["Володя Тарасов", "Тарасова", "Морозов"]),
    ],
)
def test_one_gender_for_one_person(tagger, body, expected):
    tags = tagger(Article(path="t.txt", title="Заголовок", body=body))
    assert [p.name for p in tags.people] == expected


def mention(name: str, text: str, written: str) -> NameMention:
    """``written``: the mention as the text writes it; a leading ``|``: its second occurrence."""
    start = text.index(written.replace("|", "")) if "|" not in written else text.index(written[1:], text.index(written[1:]) + 1)
    written = written.lstrip("|")
    last = written.split()[-1]
    return NameMention(name, Span(start, start + len(written)),
                       parts=(Span(start + len(written) - len(last), start + len(written)),))


@pytest.mark.parametrize(
    "text, mentions, expected",
    [
        # the surname alone takes the gender too
        ("Евгения Медведева победила. Медведева счастлива. О Медведевой писали.",
         [("Евгения Медведева", "Евгения Медведева"), ("Медведев", "|Медведева"), ("Медведева", "Медведевой")],
         ["Евгения Медведева", "Медведева", "Медведева"]),
        # another first name of the family is left alone
        ("Решение Петра Лукашевского. Анну Лукашевскую наградили.",
         [("Пётр Лукашевский", "Петра Лукашевского"), ("Анна Лукашевская", "Анну Лукашевскую")],
         ["Пётр Лукашевский", "Анна Лукашевская"]),
        # a first name alone is no surname («Кристине» is no man's locative)
        ("Это рассказала Кристина. Кристине понравилось.", [("Кристина", "Кристина"), ("Кристин", "Кристине")],
         ["Кристина", "Кристин"]),
    ],
)
def test_genders_agreed(text, mentions, expected):
    agreed = genders_agreed([mention(name, text, written) for name, written in mentions], text)
    assert [m.name for m in agreed] == expected
