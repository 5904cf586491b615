"""Places: which LOC spans name a place, in what form, in which country (``briefings.places``).

Every sentence here is invented for these tests.
"""

from __future__ import annotations

import pytest

from briefings.elision import completed_name
from briefings.model import Article
from briefings.places import PlaceLexicon, capitalized_words, nominative_in_text, place_name, region_country


@pytest.mark.parametrize(
    "normal, written, after, expected",
    [
        # a place name of the dictionary is put in the nominative from it
        ("Балканах", "Балканах", ".", "Балканы"),
        ("Марсел", "Марселе", ".", "Марсель"),
        # … the normalizer's right form is kept as it is spelled
        ("Манхэттен", "Манхэттене", ".", "Манхэттен"),
        ("Нью-Йорк", "Нью-Йорке", ".", "Нью-Йорк"),
        # a word the dictionary does not know stays, and so does a rare noun
        ("Идлиб", "Идлибе", ".", "Идлиб"),
        ("Байконур", "Байконуре", ".", "Байконур"),
        ("Приморье", "Приморье", ".", "Приморье"),
        # an adverb at a sentence start is no place
        ("Еще", "Еще", " один", None),
        # an adjective whose noun is elided is none; a street named by an adjective is one
        ("Донецкая", "Донецкая", " и Луган", None),
        ("Болотная", "Болотной", " площади", "Болотная"),
        # an adjective before a common noun it agrees with qualifies it, at a sentence start
        ("Государствообразующая", "Государствообразующая", " отрасль, ж.д., внедряет", None),
        ("Долголетний", "Долголетний", " труд Евгения", None),
        # … a metro station or a street stays
        ("Северный", "Северный", " под Смоленском", "Северный"),
        ("Закарпатский", "Закарпатскому", " региону большей", "Закарпатский"),
        ("Чеховская", "Чеховской", " станции метро", "Чеховская"),
        ("Тверская", "Тверская", ".", "Тверская"),
        # an aircraft or an event with its year is no place
        ("Су-27", "Су-27", ".", None),
        ("Рио-2016", "Рио-2016", ".", None),
        ("Олимпиады-80", "Олимпиады-80", ".", None),
        # … a closed town keeps its number
        ("Арзамас-16", "Арзамас-16", ",", "Арзамас-16"),
        # an adjective before a noun a place is made of stays
        ("Тихий", "Тихом", " океане", "Тихий"),
        ("Панамский", "Панамский", " канал", "Панамский"),
        # a patriarch's title
        ("Московский", "Московский", " и всея Руси Кирилл", None),
        # a capitalized common noun of the lexicon is none
        ("Земля", "Земли", ".", None),
        ("Родина", "Родина", " помнит", None),
        # a plural or abstract common noun at a sentence start is none
        ("Обстрелы", "Обстрелы", " продолжились", None),
        ("Введение", "Введение", " санкций", None),
        # … not a name that is also an oblique plural form («Фарах»: «фара»)
        ("Фарах", "Фарах", ".", "Фарах"),
        # adjectives agree with their noun
        ("Луганская области", "Луганская области", ".", "Луганская область"),
        ("Луганская народные республики", "Луганской народных республик", ".", "Луганская народная республика"),
        # a head noun after adjectives that agree as written is put in the nominative, its
        # number kept
        ("Южные Курилах", "Южных Курилах", ".", "Южные Курилы"),
        ("Западная Двиной", "Западной Двиной", ".", "Западная Двина"),
        ("Итальянские Альпах", "Итальянских Альпах", ".", "Итальянские Альпы"),
        # … not a genitive complement after a head noun, nor words that do not agree
        ("Площадь Революции", "Площади Революции", ".", "Площадь Революции"),
        ("Пхенчхан Олимпиаде", "Пхенчхан Олимпиаде", ".", "Пхенчхан Олимпиаде"),
    ],
)
def test_place_name(vocab, normal, written, after, expected):
    assert place_name(normal, written, after, vocab, PlaceLexicon.default()) == expected


def places_of(tagger, body: str) -> dict[str, str | None]:
    tags = tagger(Article(path="t.txt", title="Сводка", body=body))
    return {p.name: p.country for p in tags.places}


@pytest.mark.parametrize(
    "body, present, absent",
    [
        # a country is no place, however the normalizer left it
        ("Делегация прибыла из Соединённых Штатов. В Поднебесной ответили сдержанно.", {},
         {"Соединенных Штаты", "Соединённых Штаты", "Поднебесной", "Поднебесная"}),
        # an elided noun is put back: each adjective gets the noun (and an adjective in the
        # plural) of the place after it
        ("Обстрелы продолжились в Донецкой и Луганской областях.",
         {"Донецкая область": "UA", "Луганская область": "UA"}, {"Донецкая", "Обстрелы"}),
        ("Помощь получат жители Воронежской, Белгородской и Курской областей.",
         {"Воронежская область": "RU", "Белгородская область": "RU", "Курская область": "RU"}, {"Воронежская"}),
        ("Власти Донецкой и Луганской народных республик заявили о выборах.",
         {"Донецкая народная республика": None, "Луганская народная республика": None}, set()),
        ("Дожди прошли в Амурской и Еврейской автономной областях.",
         {"Амурская область": "RU", "Еврейская автономная область": "RU"}, set()),
        # a region's country from the gazetteer's regions; none where the country is disputed
        ("Делегация Татарстана побывала в Баварии, Техасе и в Крыму.",
         {"Татарстан": "RU", "Бавария": "DE", "Техас": "US", "Крым": None}, set()),
        # the country named inside a place is its country; a city's comes from the gazetteer
        ("Жители Западной Украины вышли на улицы, митинг прошёл и в Нью-Йорке.",
         {"Западная Украина": "UA", "Нью-Йорк": "US"}, set()),
    ],
)
def test_places(tagger, body, present, absent):
    found = places_of(tagger, body)
    assert present.items() <= found.items(), found
    assert not absent & set(found), found


def test_a_country_nickname_is_the_country_in_every_case(tagger):
    tags = tagger(Article(path="t.txt", title="Сводка", body="Экспорт из Поднебесной вырос, а власти Незалежной промолчали."))
    assert {c.code for c in tags.countries} == {"CN", "UA"}


@pytest.mark.parametrize("name, expected", [
    # a region named after its city is in the city's country
    ("Воронежская область", "RU"), ("Донецкая область", "UA"), ("Тверская губерния", "RU"),
    ("Краснодарский край", "RU"), ("Московская область", "RU"),
    # … not a republic (it claims to be a state), nor a region the gazetteer has no city for
    ("Донецкая народная республика", None), ("Амурская область", None), ("Западная Сибирь", None),
])
def test_region_country(gazetteer, name, expected):
    assert region_country(name, gazetteer.city_country) == expected


@pytest.mark.parametrize("name, expected", [
    # a city, a region in any case, a region named alone; not a place of disputed country
    ("Казань", "RU"), ("Казани", "RU"), ("Ленинградская область", "RU"), ("Ленинградской области", "RU"),
    ("Одесская область", "UA"), ("Подмосковье", "RU"), ("Бавария", "DE"), ("Шотландия", "GB"),
    ("Калифорнии", "US"), ("Восточная Гута", "SY"), ("Сектор Газа", "PS"),
    ("Крым", None), ("Донбасс", None), ("Кавказ", None), ("Атлантида", None),
    # a region after the word for its kind; not a disputed one, nor a state
    ("Республика Татарстан", "RU"), ("Республики Татарстан", "RU"), ("штат Юта", "US"), ("штат Нью-Йорк", "US"),
    ("эмират Дубай", "AE"), ("Республика Крым", None), ("Республика Корея", None),
])
def test_place_country(gazetteer, name, expected):
    assert gazetteer.place_country(name) == expected


@pytest.mark.parametrize("adjective, partner, shared, expected", [
    ("Донецкой", "Луганская область", [False, True], "Донецкая область"),
    ("Донецкой", "Луганская народная республика", [False, True, True], "Донецкая народная республика"),
    ("Амурской", "Еврейская автономная область", [False, False, True], "Амурская область"),
    ("Гавайские", "Курильские острова", [False, True], "Гавайские острова"),
    ("Верховного", "Конституционный суд", [False, True], "Верховный суд"),
    ("Счетной", "Общественная палата", [False, True], "Счетная палата"),  # spelled as written
    # no adjective, or no noun in the partner: nothing
    ("Москвы", "Нижний Новгород", [False, True], None),
    ("Донецкой", "Луганская", [True], None),
])
def test_completed_name(vocab, adjective, partner, shared, expected):
    assert completed_name(adjective, partner, shared, vocab) == expected


@pytest.mark.parametrize(
    "name, text, expected",
    [
        # the article writes the place in the nominative elsewhere
        ("Кундузе", "Взрыв в Кундузе. Кундуз находится на севере.", "Кундуз"),
        ("Кунейтры", "Бои у Кунейтры. Кунейтра под контролем.", "Кунейтра"),
        ("Вупперталя", "Жители Вупперталя. Вупперталь — город.", "Вупперталь"),
        ("Гагаузию", "Парламент наделил Гагаузию правами. Гагаузия молчит.", "Гагаузия"),
        ("Кундузом", "Над Кундузом. Кундуз находится на севере.", "Кундуз"),
        ("Гагаузией", "Спор с Гагаузией. Гагаузия молчит.", "Гагаузия"),
        # … only when the nominative is written there
        ("Кундузом", "Над Кундузом прошёл дождь.", "Кундузом"),
        # no evidence, no change; a neuter in «-ье» is a nominative; the dictionary's words stay
        ("Монце", "Гонка прошла в Монце.", "Монце"),
        ("Закарпатье", "Жители Закарпатья. Закарпатье голосует.", "Закарпатье"),
        ("Москве", "В Москве. Москва — столица.", "Москве"),
    ],
)
def test_nominative_written_in_the_text(vocab, name, text, expected):
    assert nominative_in_text(name, capitalized_words(text), vocab) == expected
