"""The table of offices (``data/offices.yml``) and the two sets made from it."""

from __future__ import annotations

import pytest

from briefings import offices
from briefings.offices import country_office_word, surname_offices


@pytest.mark.parametrize("word, expected", [
    ("министрами", True),  # a stem, any ending
    ("премьер", True),
    ("представителя", True),
    ("королевы", True),
    ("посла", True),  # only the forms listed
    ("главой", True),
    ("замминистра", True),  # one word
    ("генпрокурора", True),
    ("после", False),  # (not a stem: «посл», «глав» begin other words)
    ("главный", False),
    ("мэра", False),  # a surname's office only
])
def test_country_office_word(word: str, expected: bool) -> None:
    assert bool(country_office_word().fullmatch(word)) is expected


def test_surname_offices_are_lemmas_of_their_own() -> None:
    assert {"президент", "премьер-министр", "мэр", "посол"} <= surname_offices()
    assert not {"глава", "король"} & surname_offices()  # the country's only


def test_every_office_serves_something_known() -> None:
    for lemma, office in offices._offices().items():
        assert office["serves"] and set(office["serves"]) <= {"surname", "country"}, lemma


def test_an_office_for_countries_needs_a_stem_or_forms(monkeypatch) -> None:
    monkeypatch.setattr(offices, "_offices", lambda: {"губернатор": {"serves": ["country"]}})
    with pytest.raises(ValueError, match="губернатор"):
        country_office_word.__wrapped__()
