"""One organization site-wide under «Full (ABBR)», «Full» and «ABBR» written in different
briefings (``briefings.organizations_owners``, used by the site index)."""

from __future__ import annotations

import datetime as dt

import pytest

from briefings.index import Item, build_index
from briefings.model import Article, Entity, Tags
from briefings.organizations_lexicon import Lexicon
from briefings.organizations_owners import mixed_bodies, organization_owners, sole_country_joins


@pytest.mark.parametrize(
    "briefings, expected",
    [
        # the abbreviation checks out: all three are one, under the bracketed name
        ({"Союз морских портов (СМП)": 2, "Союз морских портов": 5, "СМП": 7},
         {"союз морских портов (смп)": "Союз морских портов (СМП)", "союз морских портов": "Союз морских портов (СМП)",
          "смп": "Союз морских портов (СМП)"}),
        # letters that cannot be checked (another language): the full name joins, the abbreviation stays apart
        ({"Всемирная лига шахмат (WCL)": 2, "Всемирная лига шахмат": 1, "WCL": 4},
         {"всемирная лига шахмат (wcl)": "Всемирная лига шахмат (WCL)",
          "всемирная лига шахмат": "Всемирная лига шахмат (WCL)"}),
        # a bracket that is not the name's abbreviation: the page keeps the name most briefings give
        ({"Совет кантонов (ПАСК)": 1, "Совет кантонов": 6, "ПАСК": 3},
         {"совет кантонов (паск)": "Совет кантонов", "совет кантонов": "Совет кантонов"}),
        # two bracketed forms of one name, the one in more briefings names the page
        ({"Северный альянс (СА)": 4, "Северный альянс (СА, САЛ)": 1, "САЛ": 2},
         {"северный альянс (са)": "Северный альянс (СА)", "северный альянс (са, сал)": "Северный альянс (СА)",
          "сал": "Северный альянс (СА)"}),
        # two letters alone do not join by their letters: they spell too many names …
        ({"Верховный суд (ВС)": 3, "ВС": 9}, {}),
        # an abbreviation two full names of the site could stand for stays apart
        ({"Союз кузнецов (СК)": 1, "Следственный комитет (СК)": 3, "СК": 9}, {}),
        # a compound and its phrase, the words after them the same
        ({"Госсовет": 5, "Государственный совет": 2},
         {"госсовет": "Госсовет", "государственный совет": "Госсовет"}),
        # a compound that takes two letters of the last word it would spell is not one
        ({"Печора": 1, "Печерский райсуд": 1}, {}),
        ({"Минобороны Чили": 3, "Министерство обороны Чили": 2, "Министерство обороны": 4},
         {"минобороны чили": "Минобороны Чили", "министерство обороны чили": "Минобороны Чили"}),
        # a legal form or type before the quoted name, an English «The», a web domain
        ({"ИА «Невские новости»": 1, "Невские новости": 3},
         {"иа «невские новости»": "Невские новости", "невские новости": "Невские новости"}),
        ({"The Guardian": 4, "Guardian": 1}, {"the guardian": "The Guardian", "guardian": "The Guardian"}),
        ({"Fivethirtyeight.com": 1, "Fivethirtyeight": 2},
         {"fivethirtyeight.com": "Fivethirtyeight", "fivethirtyeight": "Fivethirtyeight"}),
        ({"Агентство кибербезопасности": 1, "Кибербезопасность": 1}, {}),
        # names of the same stems: other cases, quotes (not short words, which stems may confuse)
        ({"Хезболла": 12, "Хезболлу": 5, "Хезболлах": 3, "Хезболлой": 1},
         {"хезболла": "Хезболла", "хезболлу": "Хезболла", "хезболлах": "Хезболла", "хезболлой": "Хезболла"}),
        ({"Радио Свобода": 10, "Радио «Свобода»": 4}, {"радио свобода": "Радио Свобода", "радио «свобода»": "Радио Свобода"}),
        ({"Анжи": 11, "Анже": 1, "5 каналу": 3, "24 каналу": 1}, {}),
        # (nor a plural next to a singular in a consonant, nor adjectives of two genders)
        ({"Беркут": 6, "Беркуты": 1, "Мерседес": 5, "Мерседесы": 1, "Столичная": 1, "Столичный": 1}, {}),
        # … under a name in the nominative
        ({"Бенфика": 1, "Бенфики": 1}, {"бенфика": "Бенфика", "бенфики": "Бенфика"}),
        ({"Вильямсам": 2, "Вильямс": 1}, {"вильямсам": "Вильямс", "вильямс": "Вильямс"}),
        # no bracket anywhere: letters alone do not join an abbreviation to a name
        ({"Союз морских портов": 2, "СМП": 1}, {}),
    ],
)
def test_organization_owners(briefings, expected):
    assert organization_owners(briefings) == expected


@pytest.mark.parametrize(
    "briefings, expected",
    [
        # the country written by its name, its abbreviation or its adjective: one page,
        # under a name with the country after it
        ({"Минобороны РФ": 3, "Минобороны России": 2, "Российское минобороны": 5},
         {"минобороны рф": "Минобороны РФ", "минобороны россии": "Минобороны РФ",
          "российское минобороны": "Минобороны РФ"}),
        ({"Правительство США": 2, "Американское правительство": 4, "Правительство Соединённых Штатов": 1},
         {"правительство сша": "Правительство США", "американское правительство": "Правительство США",
          "правительство соединенных штатов": "Правительство США"}),
        # … and a state's forces («Генштаб», abbreviations)
        ({"Российский Генштаб": 5, "Генштаб РФ": 2}, {"генштаб рф": "Российский Генштаб", "российский генштаб": "Российский Генштаб"}),
        ({"Израильские ВВС": 5, "ВВС Израиля": 1}, {"ввс израиля": "Израильские ВВС", "израильские ввс": "Израильские ВВС"}),
        # … also written with the armed forces it is of
        ({"Генштаб ВС РФ": 10, "Российский Генштаб": 7},
         {"генштаб вс рф": "Генштаб ВС РФ", "российский генштаб": "Генштаб ВС РФ"}),
        ({"Генштаб ВС РФ": 10, "Генштаб ВС Украины": 1}, {}),
        # a capital is the city's own; another country another organization
        ({"Правительство Москвы": 2, "Правительство России": 3, "Правительство Армении": 1}, {}),
        # the home nations of Britain are teams of their own; «русский» is no state
        ({"Сборная Англии": 3, "Сборная Северной Ирландии": 2, "Сборная Великобритании": 1}, {}),
        ({"Русский союз": 1, "Российский союз": 2}, {}),
        # … when it is in about as many briefings as the name most give
        ({"Российское минобороны": 6, "Минобороны России": 1},
         {"российское минобороны": "Российское минобороны", "минобороны россии": "Российское минобороны"}),
        # nothing left without the country
        ({"Россия": 1, "РФ": 2}, {}),
        # a country adjective before a church, a newspaper: another organization than the one of that country
        ({"Украинская православная церковь": 5, "Православная церковь Украины": 4}, {}),
        ({"Украинская правда": 6, "Правда Украины": 1}, {}),
        # a name of two places
        ({"Кубок Америки": 2, "Кубок США": 1}, {}),
        ({"Сборная Конго": 1, "Сборная ДР Конго": 1}, {}),
    ],
)
def test_one_organization_under_its_country_written_another_way(gazetteer, briefings, expected):
    assert organization_owners(briefings, countries=gazetteer) == expected


def test_a_registered_name_names_the_page():
    briefings = {"Союз морских портов (СМП)": 2, "Союз морских портов": 5, "СМП": 7}
    owners = organization_owners(briefings, lambda name: name == "Союз морских портов")
    assert set(owners.values()) == {"Союз морских портов"} and len(owners) == 3


@pytest.mark.parametrize(
    "briefings, expected",
    [
        # names of one list of known names, written in different briefings: one page, under
        # the name the list gives first (after a bracketed name whose letters check out)
        ({"ЕС": 4, "Евросоюз": 2}, {"ес": "Евросоюз", "евросоюз": "Евросоюз"}),
        ({"НГ": 9, "Независимая газета": 1}, {"нг": "Независимая газета", "независимая газета": "Независимая газета"}),
        ({"ЦБ РФ": 2, "Центробанк России": 1, "Банк России": 1},
         {"цб рф": "Банк России", "центробанк россии": "Банк России", "банк россии": "Банк России"}),
        # … also with an abbreviation in a bracket inside the name
        ({"Агентство национальной безопасности (АНБ) США": 1, "АНБ США": 2},
         {"агентство национальной безопасности (анб) сша": "Агентство национальной безопасности (АНБ) США",
          "анб сша": "Агентство национальной безопасности (АНБ) США"}),
        # a bare name the list also has with a country after it may be another country's: apart
        ({"ЦБ": 5, "Банк России": 1}, {}),
        ({"ЦИК": 3, "Центризбирком": 2}, {}),
        # … unless only one state has the body: «ФСБ» is Russia's, «Госдеп» the US's
        ({"ФСБ": 35, "ФСБ России": 10, "Федеральная служба безопасности": 2},
         {"фсб": "ФСБ России", "фсб россии": "ФСБ России", "федеральная служба безопасности": "ФСБ России"}),
        ({"Госдепартамент": 37, "Госдеп": 3, "Госдепартамент США": 53},
         {"госдепартамент": "Госдепартамент США", "госдеп": "Госдепартамент США",
          "госдепартамент сша": "Госдепартамент США"}),
        ({"ФБР": 23, "Федеральное бюро расследований": 1},
         {"фбр": "ФБР", "федеральное бюро расследований": "ФБР"}),
        # … and a parliament only one state has, under the name it is known by
        ({"Верховная рада": 60, "Верховная рада Украины": 16, "Рада": 9},
         {"верховная рада": "Верховная рада", "верховная рада украины": "Верховная рада", "рада": "Верховная рада"}),
        ({"Государственная дума": 148, "Госдума РФ": 9},
         {"государственная дума": "Государственная дума", "госдума рф": "Государственная дума"}),
        ({"Центризбирком": 2, "ЦИК России": 1}, {}),
        # a plus names a wider alliance
        ({"ОПЕК+": 3, "ОПЕК": 2}, {}),
        # a listed abbreviation joins by its letters only a name of its own list
        ({"Федерация бобслея России (ФБР)": 1, "Федерация бобслея России": 1, "ФБР": 20},
         {"федерация бобслея россии (фбр)": "Федерация бобслея России (ФБР)",
          "федерация бобслея россии": "Федерация бобслея России (ФБР)"}),
    ],
)
def test_known_names_of_one_organization_are_one_page(briefings, expected):
    assert organization_owners(briefings, known_as=Lexicon.default().known_as) == expected


def briefing(n: int, *organizations: str) -> Item:
    article = Article(path=f"s{n}", title=f"Брифинг {n}", body="", date=dt.date(2025, 1, n))
    return Item(f"briefings/{n}.md", article,
                Tags(organizations=tuple(Entity("organizations", name) for name in organizations)))


def test_the_site_has_one_page_for_an_organization_and_its_abbreviation():
    index = build_index([briefing(1, "Союз морских портов (СМП)"), briefing(2, "Союз морских портов"),
                         briefing(3, "СМП"), briefing(4, "СМП", "Союз морских портов")], min_briefings=2)
    (ref,) = index.refs("organizations")
    assert ref.name == "Союз морских портов (СМП)" and ref.paged
    assert [item.uri for item in index.items if ref in index.entities_of(item)] == \
        ["briefings/4.md", "briefings/3.md", "briefings/2.md", "briefings/1.md"]


def test_each_briefing_is_linked_by_the_name_it_gives():
    """The page is «Союз морских портов (СМП)»; a briefing that wrote only «СМП» has its
    text linked where it says «СМП»."""
    from briefings.linking import name_pattern

    items = [briefing(1, "Союз морских портов (СМП)"), briefing(2, "Союз морских портов"), briefing(3, "СМП")]
    index = build_index(items, min_briefings=2)
    (ref,) = index.refs("organizations")
    names = {item.uri: index.name_in(item, ref) for item in items}
    assert names == {"briefings/1.md": "Союз морских портов (СМП)", "briefings/2.md": "Союз морских портов",
                     "briefings/3.md": "СМП"}
    assert name_pattern(names["briefings/3.md"], "organizations").search("по данным СМП, грузооборот вырос")


def test_the_site_has_one_page_for_known_names_of_one_organization():
    index = build_index([briefing(1, "ЕС"), briefing(2, "Евросоюз (ЕС)"), briefing(3, "Европейский союз"),
                         briefing(4, "ФБР"), briefing(5, "Федерация бобслея России (ФБР)")])
    assert sorted((ref.name, index.count(ref)) for ref in index.refs("organizations")) == \
        [("Евросоюз (ЕС)", 3), ("ФБР", 1), ("Федерация бобслея России (ФБР)", 1)]



@pytest.mark.parametrize(
    "briefings, expected",
    [
        # a state body written bare in a briefing of one country: the page of that country's body
        ([({"RU"}, ["МВД"]), ({"UA"}, ["МВД"]), ({"RU"}, ["МВД России"]), ({"UA"}, ["МВД Украины"])],
         {(0, "мвд"): "МВД России", (1, "мвд"): "МВД Украины"}),
        # ministries by their compounds and their phrases, the lexicon's heads
        ([({"RU"}, ["Минэкономразвития", "Генпрокуратура"]), ({"RU", "BY"}, ["Минэкономразвития России"]),
          ({"RU"}, ["Генпрокуратура РФ"])],
         {(0, "минэкономразвития"): "Минэкономразвития России", (0, "генпрокуратура"): "Генпрокуратура РФ"}),
        ([({"US"}, ["Палата представителей"]), ({"US"}, ["Палата представителей США"])],
         {(0, "палата представителей"): "Палата представителей США"}),
        # adjectives and a head noun, also with a bracket after it
        ([({"US"}, ["Верховный суд (ВС)"]), ({"RU"}, ["Верховный суд"]), ({"US"}, ["Верховный суд США"]),
          ({"RU"}, ["Верховный суд РФ"])],
         {(0, "верховный суд (вс)"): "Верховный суд США", (1, "верховный суд"): "Верховный суд РФ"}),
        # two countries or more: the body may be either's
        ([({"AM", "AZ"}, ["МВД"]), ({"AM"}, ["МВД Армении"])], {}),
        # no page of the body with the briefing's country: bare
        ([({"FR"}, ["МВД"]), ({"RU"}, ["МВД России"])], {}),
        # no state body: a channel, a word an adjective of a country names more than a body
        ([({"GB"}, ["RT"]), ({"GB"}, ["RT UK"])], {}),
        ([({"RU"}, ["Союз"]), ({"RU"}, ["Российский союз"])], {}),
        # a home nation's police is no UK police
        ([({"GB"}, ["Полиция"]), ({"GB"}, ["Полиция Шотландии"])], {}),
        # a name with its country keeps it
        ([({"RU"}, ["Российское минобороны"]), ({"RU"}, ["Минобороны России"])], {}),
        # two letters spell too many bodies («ВС»: the supreme court or the armed forces); a
        # word that merely starts like a ministry's compound is none
        ([({"RU"}, ["ВС"]), ({"RU"}, ["ВС РФ"])], {}),
        ([({"US"}, ["Миннесота Вайкингс"]), ({"US"}, ["Миннесота Вайкингс США"])], {}),
    ],
)
def test_a_bare_state_body_of_a_briefing_of_one_country_is_that_countrys(gazetteer, briefings, expected):
    briefings = [(frozenset(codes), names) for codes, names in briefings]
    assert sole_country_joins(briefings, {}, gazetteer) == expected


def test_a_bare_body_joins_the_page_its_country_form_has(gazetteer):
    briefings = [(frozenset({"RU"}), ["Минфин"]), (frozenset({"RU"}), ["Минфин РФ"])]
    owners = {"минфин рф": "Министерство финансов России"}
    assert sole_country_joins(briefings, owners, gazetteer) == {(0, "минфин"): "Министерство финансов России"}


def test_the_site_lists_a_bare_body_of_a_briefing_of_one_country_on_its_countrys_page():
    def item(n, code, organization):
        article = Article(path=f"s{n}", title=f"Брифинг {n}", body="", date=dt.date(2025, 1, n))
        return Item(f"briefings/{n}.md", article, Tags(countries=(Entity("countries", "Россия", code=code),),
                                                       organizations=(Entity("organizations", organization),)))

    index = build_index([item(1, "RU", "МВД"), item(2, "RU", "МВД России"), item(3, "RU", "МВД России")])
    (ref,) = index.refs("organizations")
    assert ref.name == "МВД России" and index.count(ref) == 3
    assert index.name_in(index.items[-1], ref) == "МВД"


def test_an_editors_bare_name_keeps_its_page():
    from briefings.registry import Registry

    def item(n, organization):
        article = Article(path=f"s{n}", title=f"Брифинг {n}", body="", date=dt.date(2025, 1, n))
        return Item(f"briefings/{n}.md", article, Tags(countries=(Entity("countries", "Россия", code="RU"),),
                                                       organizations=(Entity("organizations", organization),)))

    registry = Registry.from_mapping({"organizations": {"МВД": {"description": "Любое МВД."}}})
    index = build_index([item(1, "МВД"), item(2, "МВД России")], registry)
    assert sorted((ref.name, index.count(ref)) for ref in index.refs("organizations")) == [("МВД", 1), ("МВД России", 1)]


@pytest.mark.parametrize(
    "names, expected",
    [
        # a state body written bare that the site names with two countries: no page
        (["МВД", "МВД России", "МВД Украины"], {"мвд"}),
        (["Минобороны", "Минобороны России", "Минобороны Украины", "Генштаб", "Генштаб ВС РФ"], {"минобороны"}),
        # adjectives and a head noun, a bracket after the name
        (["Верховный суд (ВС)", "Верховный суд РФ", "Верховный суд США", "Нижняя палата"], {"верховный суд (вс)"}),
        # … with one country only, or a name with its country: it keeps its page
        (["Бундестаг", "Бундестаг Германии"], set()),
        (["МВД", "МВД России"], set()),
        (["МВД России", "МВД Украины"], set()),
        # no state body: a channel
        (["RT", "RT UK", "RT France"], set()),
    ],
)
def test_mixed_bodies(gazetteer, names, expected):
    assert mixed_bodies(names, gazetteer) == expected


def test_the_site_gives_a_bare_body_of_two_countries_no_page():
    def item(n, codes, organization):
        article = Article(path=f"s{n}", title=f"Брифинг {n}", body="", date=dt.date(2025, 1, n))
        countries = tuple(Entity("countries", code, code=code) for code in codes)
        tags = Tags(countries=countries, organizations=(Entity("organizations", organization),))
        return Item(f"briefings/{n}.md", article, tags)

    items = [item(1, ["RU", "UA"], "МВД"), item(2, ["MD", "RU"], "МВД"), item(3, ["RU"], "МВД России"),
             item(4, ["UA"], "МВД Украины")]
    index = build_index(items, min_briefings=1)
    assert sorted((ref.name, ref.paged) for ref in index.refs("organizations")) == [
        ("МВД", False), ("МВД России", True), ("МВД Украины", True)]


def test_a_legal_form_before_an_abbreviation_joins_its_full_name():
    owners = organization_owners({"Высшая школа экономики (ВШЭ)": 26, "НИУ ВШЭ": 26, "ВШЭ": 3})
    assert owners["ниу вшэ"] == owners["вшэ"] == "Высшая школа экономики (ВШЭ)"


@pytest.mark.parametrize(
    "briefings, page",
    [
        ({"ТАСС": 111, "ИТАР-ТАСС": 3}, "ТАСС"),
        # (the page takes the list's first name)
        ({"РУСАДА": 7, "Российское антидопинговое агентство (РУСАДА)": 8}, "РУСАДА"),
        ({"РАНХиГС": 14, "Академия народного хозяйства и госслужбы (РАНХиГС)": 4}, "РАНХиГС"),
    ],
)
def test_names_of_a_known_list_are_one_page(briefings, page):
    owners = organization_owners(briefings, known_as=Lexicon.default().known_as)
    assert {owners[name.lower()] for name in briefings} == {page}


@pytest.mark.parametrize(
    "briefings, people, joined",
    [
        # named after a person of the site, with and without the first name
        ({"Администрация Трампа": 29, "Администрация Дональда Трампа": 10}, {"Дональд Трамп"},
         {"администрация дональда трампа": "Администрация Трампа", "администрация трампа": "Администрация Трампа"}),
        ({"Фонд Гейтса": 1, "Фонд Билла Гейтса": 3}, {"Билл Гейтс"},
         {"фонд гейтса": "Фонд Билла Гейтса", "фонд билла гейтса": "Фонд Билла Гейтса"}),
        # no such person of the site, or no name without the first name: apart
        ({"Администрация Трампа": 29, "Администрация Дональда Трампа": 10}, {"Иван Трамп"}, {}),
        ({"Совет Безопасности ООН": 9, "Совет ООН": 1}, {"Дональд Трамп"}, {}),
    ],
)
def test_an_organization_named_after_a_person_with_and_without_the_first_name(briefings, people, joined):
    assert organization_owners(briefings, people=people) == joined
