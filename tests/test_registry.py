"""The entity registry: aliases merge, blocked names vanish, errors name the file and line."""

from __future__ import annotations

import datetime as dt

import pytest

from briefings.errors import BriefingsError
from briefings.index import Item, build_index
from briefings.model import Article, Entity, Span, Tags
from briefings.registry import Registry
from briefings.tagging import apply_registry

REGISTRY = Registry.from_mapping(
    {
        "organizations": {"Azerbaijan Airlines": {"aliases": ["AZAL"], "description": "Авиакомпания."}},
        "people": {"Владимир Путин": {"aliases": ["В. Путин"]}},
        "block": {"people": ["Президенты"], "places": ["Кремль"]},
    }
)


@pytest.mark.parametrize(
    "kind, name, expected",
    [
        ("organizations", "AZAL", "Azerbaijan Airlines"),
        ("organizations", "azal", "Azerbaijan Airlines"),
        ("people", "В. Путин", "Владимир Путин"),
        ("people", "Президенты", None),
        ("places", "Кремль", None),
        ("people", "Кремль", "Кремль"),
        ("people", "Мария Захарова", "Мария Захарова"),
    ],
)
def test_canonical(kind, name, expected):
    assert REGISTRY.canonical(kind, name) == expected


def test_apply_registry_merges_aliases_and_drops_blocked():
    tags = Tags(
        organizations=(
            Entity("organizations", "Azerbaijan Airlines", 2, spans=(Span(0, 5),)),
            Entity("organizations", "AZAL", 1, spans=(Span(9, 13),)),
        ),
        people=(Entity("people", "Президенты"),),
        places=(Entity("places", "Кремль"), Entity("places", "Грозный", country="RU")),
    )
    out = apply_registry(tags, REGISTRY)
    assert [(e.name, e.mentions, e.spans) for e in out.organizations] == [("Azerbaijan Airlines", 3, (Span(0, 5), Span(9, 13)))]
    assert out.people == () and [e.name for e in out.places] == ["Грозный"]


def test_the_site_merges_aliases_across_briefings():
    def item(uri, org, person):
        article = Article(path=uri, title=uri, body="", date=dt.date(2025, 1, 1))
        return Item(uri, article, Tags(organizations=(Entity("organizations", org),), people=(Entity("people", person),)))

    index = build_index([item("briefings/a.md", "AZAL", "Путин"), item("briefings/b.md", "Azerbaijan Airlines", "Владимир Путин")], REGISTRY)
    assert [(r.name, index.count(r)) for r in index.refs("organizations")] == [("Azerbaijan Airlines", 2)]
    assert [(r.name, index.count(r)) for r in index.refs("people")] == [("Владимир Путин", 2)]


@pytest.mark.parametrize(
    "text, message",
    [
        ("people:\n  Путин: [\n", "entities.yml:3: invalid YAML"),
        ("people: [a, b]\n", "'people' must map names to entries"),
        ("people:\n  Путин:\n    aliases: Путин\n", "'people.Путин.aliases' must be a list"),
        ("block: [a]\n", "'block' must map kinds to lists of names"),
    ],
)
def test_registry_errors_name_the_problem(tmp_path, text, message):
    path = tmp_path / "entities.yml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(BriefingsError, match=message.replace("[", r"\[").replace(".", r"\.")):
        Registry.load(path)


def test_the_demo_registry_loads():
    from conftest import REPO

    registry = Registry.load(REPO / "content" / "entities.yml")
    assert registry.canonical("organizations", "AZAL") == "Azerbaijan Airlines"
