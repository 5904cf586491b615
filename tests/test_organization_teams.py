"""A country's team and its sport (``briefings.organizations_teams`` and the «по» phrase
of ``organizations_remits``): sentence → organizations with the offsets of their mentions
(our own sentences; the tagger loads once)."""

from __future__ import annotations

import pytest

from briefings.model import Article, Span
from briefings.organizations_lexicon import OrgMention
from briefings.organizations_teams import teams_named


def orgs_of(tagger, body: str) -> dict[str, int]:
    return {e.name: e.mentions for e in tagger(Article(path="test.txt", title="Сводка", body=body)).organizations}


@pytest.mark.parametrize(
    "body, expected",
    [
        # the team named without its sport is the text's one team of its country with it
        ("Сборная России по хоккею обыграла Финляндию. Сборная России теперь лидирует в группе.",
         {"Сборная России по хоккею": 2}),
        ("Сборная России выиграла. Главный тренер сборной России по футболу Станислав Черчесов доволен.",
         {"Сборная России по футболу": 2}),
        ("Игроки нашей сборной России по хоккею довольны. Сборная России лидирует.", {"Сборная России по хоккею": 2}),
        ("Российская сборная выиграла. Главный тренер сборной России по футболу Станислав Черчесов доволен.",
         {"Сборная России по футболу": 2}),
        # the team's kind is part of its name, and leaves the bare name open: which team, the text does not say
        ("Женская сборная России по хоккею проиграла. Сборная России вылетела.",
         {"Женская сборная России по хоккею": 1, "Сборная России": 1}),
        ("Молодёжная сборная России по хоккею выиграла.", {"Молодёжная сборная России по хоккею": 1}),
        ("Футбольная сборная России проиграла. Сборная России по хоккею выиграла. Сборная России довольна.",
         {"Сборная России": 2, "Сборная России по хоккею": 1}),
        # the sport is one noun of ``sports`` in the dative and the genitive nouns after it
        ("Сборная России по футболу с крупным счётом обыграла Кипр.", {"Сборная России по футболу": 1}),
        ("Сборная России по лыжным видам спорта выступит в субботу.", {"Сборная России по лыжным видам спорта": 1}),
        ("Сборная России по водному поло проиграла.", {"Сборная России по водному поло": 1}),
        # … and the words that make it another sport
        ("Сборная России по хоккею с мячом выиграла.", {"Сборная России по хоккею с мячом": 1}),
        ("Сборная России по хоккею с шайбой выиграла.", {"Сборная России по хоккею": 1}),
        ("Сборная России по первым матчам выглядит сильнее.", {"Сборная России": 1}),
        # two sports: which team, the text does not say
        ("Игроки сборной России по синхронному плаванию завоевали золото. Сборная России по биатлону выступит "
         "в субботу. Сборная России в целом довольна.",
         {"Сборная России по синхронному плаванию": 1, "Сборная России по биатлону": 1, "Сборная России": 1}),
    ],
)
def test_team_and_its_sport(tagger, body, expected):
    assert orgs_of(tagger, body) == expected


def _mention(name: str, key: tuple[str, str], start: int) -> OrgMention:
    return OrgMention(name, Span(start, start + len(name)), key=key)


@pytest.mark.parametrize(
    "mentions, expected",
    [
        # another country's team stays
        ([("Сборная России по хоккею", ("сборная по хоккею", "RU")), ("Сборная США", ("сборная", "US"))],
         ["Сборная России по хоккею", "Сборная США"]),
        ([("Сборная России по хоккею", ("сборная по хоккею", "RU")), ("Сборная России", ("сборная", "RU"))],
         ["Сборная России по хоккею", "Сборная России по хоккею"]),
        # another kind of team of the country: which one the bare name is, the text does not say
        ([("Сборная России по хоккею", ("сборная по хоккею", "RU")), ("Сборная России", ("сборная", "RU")),
          ("Женская сборная России по футболу", ("женская сборная по футболу", "RU"))],
         ["Сборная России по хоккею", "Сборная России", "Женская сборная России по футболу"]),
        # a team with no country: no country's team named bare is it
        ([("Сборная по хоккею", ("сборная по хоккею", "")), ("Сборная России", ("сборная", "RU"))],
         ["Сборная по хоккею", "Сборная России"]),
        # not a team: a committee «по …» of the country
        ([("Комитет России по спорту", ("комитет по спорту", "RU")), ("Сборная России", ("сборная", "RU"))],
         ["Комитет России по спорту", "Сборная России"]),
    ],
)
def test_teams_named(mentions, expected):
    found = teams_named([_mention(name, key, 100 * n) for n, (name, key) in enumerate(mentions)], " " * 400)
    assert [m.name for m in found] == expected
