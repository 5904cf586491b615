"""Military units named by their number (``briefings.organizations_units``): sentence →
units (our own sentences; the tagger loads once)."""

from __future__ import annotations

import pytest

from briefings.model import Article
from briefings.organizations_units import numbered_units


def orgs_of(tagger, body: str) -> set[str]:
    return {e.name for e in tagger(Article(path="test.txt", title="Сводка", body=body)).organizations}


@pytest.mark.parametrize(
    "text, expected",
    [
        # an ordinal in figures, adjectives, the unit's noun: in the nominative, any case written
        ("Вперёд двинулась 3-я механизированная дивизия.", ["3-я механизированная дивизия"]),
        ("Бойцы 79-й аэромобильной бригады отошли.", ["79-я аэромобильная бригада"]),
        ("Командование перебросило 173-ю воздушно-десантную бригаду.", ["173-я воздушно-десантная бригада"]),
        ("Связь с 14-м авиационным корпусом прервалась.", ["14-й авиационный корпус"]),
        ("Солдаты 1-й Краснознамённой армии вернулись.", ["1-я Краснознамённая армия"]),
        # … its arm's genitive and its owner's abbreviation after it
        ("Город взяла 1-я дивизия морской пехоты.", ["1-я дивизия морской пехоты"]),
        ("Корабли 7-го флота ВМС США вошли в порт.", ["7-й флот ВМС США"]),
        # … and said short: the one unit of that number the text names in full
        ("Корабли 7-го флота ВМС США вошли в порт. Связь с 7-м флотом прервалась.",
         ["7-й флот ВМС США", "7-й флот ВМС США"]),
        ("Воссоздана 150-я мотострелковая дивизия. Бойцы 150-й дивизии прибыли.",
         ["150-я мотострелковая дивизия", "150-я мотострелковая дивизия"]),
        # … also one with fewer adjectives, where the text's one fullest name holds them all
        ("Воссоздана 150-я Идрицко-Берлинская мотострелковая дивизия. Бойцы 150-й мотострелковой дивизии "
         "прибыли. В 1945 году 150-я стрелковая дивизия штурмовала Рейхстаг. 150-я дивизия прославилась.",
         ["150-я Идрицко-Берлинская мотострелковая дивизия", "150-я Идрицко-Берлинская мотострелковая дивизия",
          "150-я стрелковая дивизия", "150-я дивизия"]),
        # … not where the text names two units of that number
        ("Сошлись 3-я дивизия ВСУ и 3-я дивизия ВС РФ. Потом 3-я дивизия отошла.",
         ["3-я дивизия ВСУ", "3-я дивизия ВС РФ", "3-я дивизия"]),
        # no unit: a district, a plural, an ordinal of another case, a year, a count
        ("В 5-м избирательном округе победил он.", []),
        ("Бойцы 92-ю и 93-ю бригады отвели.", []),
        ("В 2017 году армия выросла. Ему 20 лет.", []),
    ],
)
def test_numbered_units(vocab, text, expected):
    assert [m.name for m in numbered_units(text, vocab)] == expected


def test_a_unit_is_an_organization_and_the_ners_part_of_it_is_none(tagger):
    orgs = orgs_of(tagger, "Россия воссоздала 150-ю Идрицко-Берлинскую дивизию. Бойцы 79-й бригады ВСУ отошли.")
    assert "150-я Идрицко-Берлинская дивизия" in orgs and "79-я бригада ВСУ" in orgs and "ВСУ" in orgs
    assert "Идрицко-Берлинская дивизия" not in orgs
