"""Briefing ↔ Markdown: the round trip, editor-friendly input, edit detection."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from briefings.clean import normalize
from briefings.frontmatter import edited_since_generated, render_generated, tags_from_meta
from briefings.model import Article, Briefing, DateMention, Entity, Source, Tags
from briefings.sources import read_path

# texts as the readers produce them: already normalized (NFC, no soft hyphens, plain spaces)
text = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")), min_size=1, max_size=60).map(
    lambda s: " ".join(s.split())
).filter(lambda s: s and normalize(s) == s)
names = st.lists(st.sampled_from(["Владимир Путин", "Ильхам Алиев", "Дмитрий Песков", "Мария Захарова"]), unique=True)


def briefing(title, lead, people, date, rubric):
    article = Article(
        path="sources/x.txt", title=title, body="Первый абзац.\n\nВторой абзац.", lead=lead,
        date=date, rubric=rubric, source=Source("ТАСС", "https://tass.ru/x"), credits=("Фото: Иван Иванов",),
    )
    tags = Tags(
        countries=(Entity("countries", "Россия", code="RU"), Entity("countries", "Азербайджан", code="AZ")),
        people=tuple(Entity("people", n) for n in people),
        organizations=(Entity("organizations", "Росавиация"),),
        places=(Entity("places", "Грозный", country="RU"),),
        dates=(DateMention("2025-10-07", "7 октября", "Президенты созвонились 7 октября."),),
    )
    return Briefing(article, tags, "x")


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(title=text, lead=st.one_of(st.just(""), text), people=names,
       date=st.one_of(st.none(), st.dates(dt.date(1900, 1, 1), dt.date(2100, 1, 1))),
       rubric=st.one_of(st.none(), text))
def test_write_then_read_gives_the_same_briefing(tmp_path_factory, gazetteer, title, lead, people, date, rubric):
    original = briefing(title, lead, people, date, rubric)
    path = tmp_path_factory.mktemp("rt") / "x.md"
    rendered = render_generated(original, source="sources/x.txt", tagger_version="1")
    path.write_text(rendered, encoding="utf-8")
    (article,) = read_path(path)
    assert (article.title, article.lead, article.date, article.rubric) == (title, lead, date, rubric)
    assert article.source == original.article.source and article.credits == original.article.credits
    assert article.body == original.article.body
    found = tags_from_meta(article.meta, gazetteer)
    assert found.problems == ()
    for kind in ("countries", "people", "organizations", "places"):
        assert [e.key for e in found.entities[kind]] == [e.key for e in original.tags.of_kind(kind)]
    assert found.dates == original.tags.dates
    assert not edited_since_generated(rendered)


def test_any_edit_is_detected():
    rendered = render_generated(briefing("Заголовок", "", [], None, None), source="s.txt", tagger_version="1")
    assert not edited_since_generated(rendered)
    assert edited_since_generated(rendered.replace("Второй абзац", "Второй абзац, исправленный"))
    assert edited_since_generated(rendered.replace("title: Заголовок", "title: Другой"))
    assert edited_since_generated("---\ntitle: Написано редактором\n---\nТекст.\n")


@pytest.mark.parametrize(
    "meta, kind, expected",
    [
        ({"countries": ["Азербайджан", "RU", "азербайджанский", "Россией"]}, "countries", ["AZ", "RU"]),
        ({"countries": [{"code": "KZ"}]}, "countries", ["KZ"]),
        ({"people": ["Ильхам  Алиев", {"name": "Владимир Путин"}]}, "people", ["ильхам алиев", "владимир путин"]),
        ({"places": ["Грозный", {"name": "Баку", "country": "Азербайджан"}]}, "places", ["грозный", "баку"]),
    ],
)
def test_editor_lists_are_normalized(gazetteer, meta, kind, expected):
    found = tags_from_meta(meta, gazetteer)
    assert found.problems == ()
    keys = [e.key if kind == "countries" else e.name.lower() for e in found.entities[kind]]
    assert keys == expected


def test_places_get_their_country(gazetteer):
    found = tags_from_meta({"places": ["Грозный", {"name": "Баку", "country": "Азербайджан"}]}, gazetteer)
    assert [(e.name, e.country) for e in found.entities["places"]] == [("Грозный", "RU"), ("Баку", "AZ")]


@pytest.mark.parametrize(
    "meta, message",
    [
        ({"countries": 5}, "Error reading metadata 'countries': expected a list of names, got int"),
        ({"people": {"a": "b"}}, "Error reading metadata 'people': expected a list of names, got dict"),
        ({"countries": ["Атлантида"]}, "Error reading metadata 'countries': unknown country 'Атлантида'"),
        ({"people": [5]}, "Error reading metadata 'people': expected a name, got 5"),
        ({"dates": ["вчера"]}, "Error reading metadata 'dates': expected {value, text, sentence}, got 'вчера'"),
    ],
)
def test_wrong_types_are_problems_not_crashes(gazetteer, meta, message):
    assert tags_from_meta(meta, gazetteer).problems == (message,)
