import datetime as dt

import pytest
from hypothesis import given, strategies as st

from briefings.slugs import MAX_SLUG, briefing_relpath, slugify, transliterate, unique_slug


@pytest.mark.parametrize(
    "text, slug",
    [
        ("Ильхам Алиев", "ilkham-aliev"),
        ("Владимир Путин", "vladimir-putin"),
        ("Азербайджан", "azerbaidzhan"),
        ("Щёлково", "shchelkovo"),
        ("Юлия Цой", "iuliia-tsoi"),
        ("Объявление", "obieiavlenie"),
        ("Кремль раскрыл, что обсудят Путин и Алиев", "kreml-raskryl-chto-obsudiat-putin-i-aliev"),
        ("Azerbaijan Airlines (AZAL)", "azerbaijan-airlines-azal"),
        ("Sputnik Азербайджан", "sputnik-azerbaidzhan"),
        ("Гёте: «Фауст» / ../../etc", "gete-faust-etc"),
        ("Curaçao", "curacao"),
        ("???", "untitled"),
        ("", "untitled"),
        ("2001–2011 годы", "2001-2011-gody"),
    ],
)
def test_slugify(text, slug):
    assert slugify(text) == slug


def test_long_title_is_cut_at_a_word_boundary():
    slug = slugify("очень " * 40 + "длинный заголовок")
    assert len(slug) <= MAX_SLUG
    assert not slug.endswith("-") and slug.split("-")[-1] == "ochen"


@pytest.mark.parametrize(
    "base, taken, expected",
    [("a", [], "a"), ("a", ["a"], "a-2"), ("a", ["a", "a-2"], "a-3"), ("a", ["a-2"], "a")],
)
def test_unique_slug(base, taken, expected):
    assert unique_slug(base, taken) == expected


@pytest.mark.parametrize(
    "date, slug, rel",
    [(dt.date(2025, 10, 9), "x", "2025/10/x.md"), (None, "x", "undated/x.md"), (dt.date(999, 1, 2), "y", "0999/01/y.md")],
)
def test_briefing_relpath(date, slug, rel):
    assert briefing_relpath(date, slug) == rel


@given(st.text())
def test_slugs_are_safe_and_stable(text):
    slug = slugify(text)
    assert slug == slugify(text)
    assert 0 < len(slug) <= MAX_SLUG
    assert all(c.isascii() and (c.isalnum() or c == "-") for c in slug)
    assert not slug.startswith("-") and ".." not in slug and "/" not in slug


def test_transliterate_keeps_digits():
    assert transliterate("СК-2025") == "sk-2025"
