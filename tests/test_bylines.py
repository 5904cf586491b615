"""An article's signature on its last line is no person of it (``briefings.bylines``)."""

from __future__ import annotations

import re

import pytest

from briefings.bylines import byline_names
from briefings.model import Article, Span

BODY = ("Заголовок\n\nМинистр финансов Антон Силуанов заявил о росте доходов бюджета. По его словам, в следующем "
        "году поступления в казну вырастут ещё сильнее, а расходы останутся на прежнем уровне.\n\n")


def spans_of(text: str, *names: str) -> list[Span]:
    return [Span(m.start(), m.end()) for name in names for m in re.finditer(re.escape(name), text)]


@pytest.mark.parametrize(
    "last_line, names, signed",
    [
        ("Кристина Урсу, Киев", ["Кристина Урсу"], ["Кристина Урсу"]),
        ("Елена Зиброва, Ксения Чемоданова", ["Елена Зиброва", "Ксения Чемоданова"],
         ["Елена Зиброва", "Ксения Чемоданова"]),
        ("Иван Петров и Пётр Иванов.", ["Иван Петров", "Пётр Иванов"], ["Иван Петров", "Пётр Иванов"]),
        # … also before a footnote on a banned group
        ("Кристина Урсу\n\n* «Исламское государство» — террористическая группировка, запрещённая в России.",
         ["Кристина Урсу"], ["Кристина Урсу"]),
        # a dash before the name: a quote's attribution
        ("— Иван Петров", ["Иван Петров"], []),
        # a person the article names before: quoted, not signing
        ("Антон Силуанов", ["Антон Силуанов"], []),
        # more than names on the line; a word after the comma that is no place
        ("Об этом рассказал Иван Петров", ["Иван Петров"], []),
        ("Иван Петров, министр", ["Иван Петров"], []),
        # too many names for authors: a list
        ("Иван Петров, Пётр Иванов, Анна Смирнова, Олег Сидоров", ["Иван Петров", "Пётр Иванов", "Анна Смирнова",
                                                                   "Олег Сидоров"], []),
    ],
)
def test_byline_names(last_line, names, signed):
    text = BODY + last_line + "\n"
    found = byline_names(text, spans_of(text, *names), lambda place: place in {"Киев", "Москва"})
    assert sorted(text[s.start:s.stop] for s in found) == sorted(signed)


@pytest.mark.parametrize(
    "before, last_line",
    [
        # a poem's line, a quote, a list, a letter's closing: the name is its author or member
        ("«Я помню чудное мгновенье...»", "Александр Пушкин"),
        ("Куратор Мария Петрова рассказала о выставке: «Мы хотели показать город иначе».", "Мария Петрова"),
        ("Лауреатами премии этого года стали писатели, чьи книги вышли в прошлом году тиражом больше "
         "ста тысяч экземпляров, а именно:", "Евгений Водолазкин"),
        ("Мы просим рассмотреть наше обращение как можно скорее, потому что от этого зависит судьба "
         "сотен семей в нашем районе. С уважением,", "Иван Иванов"),
        # the surname written before: someone of the article
        ("Об этом на пресс-конференции рассказал глава района Иванов, который руководит им уже пятый год "
         "и обещает довести ремонт дорог до конца.", "Иван Иванов"),
    ],
)
def test_no_byline_after(before, last_line):
    text = "Заголовок\n\n" + before + "\n" + last_line
    assert byline_names(text, spans_of(text, last_line), lambda place: True) == frozenset()


def test_the_only_line_is_no_byline():
    assert byline_names("Кристина Урсу", [Span(0, 13)], lambda place: True) == frozenset()


def test_signature_is_not_tagged(tagger):
    article = Article(path="t.txt", title="Бюджет", body=BODY.split("\n\n", 1)[1] + "Кристина Урсу, Киев")
    assert [p.name for p in tagger(article).people] == ["Антон Силуанов"]
