"""Merging rules for people and organizations (pure functions, no models)."""

import pytest

from briefings.model import Span
from briefings.organizations import OrgMention, abbreviates, abbreviation_pairs, is_abbreviation, merge_organizations
from briefings.organizations_lexicon import core_name
from briefings.people import NameMention, merge_people


def mentions(*names):
    return [NameMention(n, Span(i * 10, i * 10 + len(n))) for i, n in enumerate(names)]


COMMON_WORDS = {"Кремль", "Президенты", "Политик"}


@pytest.mark.parametrize(
    "names, expected",
    [
        (["Ильхам Алиев", "Алиев", "Алиев"], [("Ильхам Алиев", 3)]),
        (["Алиев", "Ильхам Алиев"], [("Ильхам Алиев", 2)]),
        (["Путин", "Владимир Путин", "Путин", "Дмитрий Песков", "Песков"], [("Владимир Путин", 3), ("Дмитрий Песков", 2)]),
        (["Кремль", "Путин"], [("Путин", 1)]),
        (["Президенты", "Политик"], []),
        (["Мария Захарова", "Захарова"], [("Мария Захарова", 2)]),
        (["Барак Обама", "Мишель Обама", "Барак Обама", "Обама"], [("Барак Обама", 3), ("Мишель Обама", 1)]),
        (["Владимир Владимирович Путин", "Владимир Путин", "Путин"], [("Владимир Владимирович Путин", 3)]),
        (["Тереза Мэй", "Тереза"], [("Тереза Мэй", 2)]),
        (["Сафаровы"], [("Сафаровы", 1)]),
        (["Тереза Мэй", "Тереза Мей", "Мей"], [("Тереза Мей", 3)]),  # the surname written most
        (["Петрова А.В.", "Петрова"], [("Петрова А.В.", 2)]),
        (["Т. Мэй", "Тереза Мэй"], [("Тереза Мэй", 2)]),
        # a full name left oblique, its surname written in the nominative too
        (["Нико Хюлькенбергу", "Хюлькенберг"], [("Нико Хюлькенберг", 2)]),
        (["Евгений Боброва", "Бобров"], [("Евгений Бобров", 2)]),
        (["Бутроса Харба", "Бутрос", "Харб"], [("Бутрос Харб", 3)]),
        # … a man's surname in «-а» left in a woman's declension, written with its «-а» too
        (["Артём Дзюбе", "Дзюба"], [("Артём Дзюба", 2)]),
        (["Артём Дзюбы", "Дзюба"], [("Артём Дзюба", 2)]),
        (["Анна Петрова", "Петров"], [("Анна Петрова", 2)]),  # a woman: as written
        (["Анну Петрову", "Петров"], [("Анну Петрову", 2)]),
        # a first name left oblique: as written rather than half mended
        (["Илье Яшину", "Яшин"], [("Илье Яшину", 2)]),
        # … but a foreign surname in a consonant declines only as a man's: his dative in both words
        (["Итану Митчеллу", "Митчелл"], [("Итан Митчелл", 2)]),
        (["Кирану Довеллу", "Довеллу", "Довелл"], [("Киран Довелл", 3)]),
        # (not where the text does not write the surname without its «-у»: a nominative)
        (["Криштиану Роналду", "Роналду"], [("Криштиану Роналду", 2)]),
        (["Нассиба Лахуда", "Лахуд"], [("Нассиба Лахуда", 2)]),  # «Нассиб» never written: as written
        (["Агнешка Радваньская", "Радваньска"], [("Агнешка Радваньская", 2)]),  # an adjective's ending
        # a surname alone the normalizer left in an oblique case
        (["Ник Бостром", "Бострома"], [("Ник Бостром", 2)]),
        # of two forms as full, the one whose first name is not in an oblique case
        (["Дафну Меир", "Меир", "Дафна Меир"], [("Дафна Меир", 3)]),
        (["Ангелу Меркель", "Меркель", "Ангела Меркель"], [("Ангела Меркель", 3)]),
        (["Марией Дюваль", "Мария Дюваль"], [("Мария Дюваль", 2)]),
        # … and no other first name is taken for one: «Алексей», «Фелипе», «Миливой» are nominatives
        (["Алексей Тихонов", "Лёша Тихонов", "Тихонов"], [("Алексей Тихонов", 3)]),
    ],
)
def test_merge_people(names, expected):
    people = merge_people(mentions(*names), lambda w: w not in COMMON_WORDS)
    assert [(p.name, p.mentions) for p in people] == expected


@pytest.mark.parametrize(
    "names, expected",
    [
        # more first names out of the nominative, against a form the text writes word for word
        (["Серене Уильямс", "Серена Уильямс", "Серена"], "Серена Уильямс"),
        (["Аной Макацария", "Ана Макацария"], "Ана Макацария"),
        (["Элисе Мертенс", "Элиса Мертенс"], "Элиса Мертенс"),
        # … the surname too, when it differs («Юлия Кима» is the genitive of «Юлий Ким»)
        (["Юлия Кима", "Юлий Ким"], "Юлий Ким"),
        (["Хайбатуллой Ахундзада", "Хайбатулла Ахундзада"], "Хайбатулла Ахундзада"),
        # … not against a form of the normalizer, which the text does not write
        (["Фелипе Масса", "Фелипа Масса"], "Фелипе Масса"),
        (["Миливой Петкович", "Милива Петкович"], "Миливой Петкович"),
        (["Криштиану Роналду", "Криштиану Роналда"], "Криштиану Роналду"),
        # … and a man's genitive first name only with his surname's ending: «Ивана», «Никита»
        # are nominatives, and so is a woman's «Евгения Тарасова»
        (["Ивана Трамп", "Иван Трамп"], "Ивана Трамп"),
        (["Никита Михалков", "Никит Михалков"], "Никита Михалков"),
        (["Евгения Тарасова", "Евгений Тарасов"], "Евгения Тарасова"),
        # a surname made of an oblique form that drops a vowel, where the text writes it with the vowel
        (["Олег Знарк", "Знарок"], "Олег Знарок"),
        (["Иван Кравц", "Кравец"], "Иван Кравец"),
    ],
)
def test_a_name_written_in_the_nominative_names_the_person(names, expected):
    unwritten = {"Фелипа", "Милива", "Роналда", "Никит", "Знарк", "Кравц"}
    people = merge_people(mentions(*names), lambda w: w not in COMMON_WORDS, is_written=lambda w: w not in unwritten)
    assert [p.name for p in people] == [expected]


def test_a_surname_only_the_normalizer_made_does_not_rename_a_person():
    """«Роналду» in the dative gave «Роналд»; the text never writes «Роналд», so «Криштиану
    Роналду» keeps its name (where the text writes «Хюлькенберг», «Нико Хюлькенбергу» is
    «Нико Хюлькенберг»)."""
    text_words = {"Криштиану", "Роналду", "Нико", "Хюлькенбергу", "Хюлькенберг"}
    people = merge_people(mentions("Криштиану Роналду", "Роналд", "Нико Хюлькенбергу", "Хюлькенберг"),
                          is_written=lambda word: word in text_words)
    assert [(p.name, p.mentions) for p in people] == [("Криштиану Роналду", 2), ("Нико Хюлькенберг", 2)]


def test_first_name_and_patronymic_do_not_join_a_name_listed_with_them():
    """«Агранович» reads as a patronymic of «Агран»; «Михаил Агранович и Михаил Хасая» are
    two operators, not one «Михаил» named twice."""
    ms = [NameMention("Михаил Агранович", Span(0, 16), patronymic=True), NameMention("Михаил Хасая", Span(19, 31))]
    assert [(p.name, p.mentions) for p in merge_people(ms)] == [("Михаил Агранович", 1), ("Михаил Хасая", 1)]
    far = [NameMention("Михаил Хасай", Span(0, 12)), NameMention("Михаил Сергеевич", Span(60, 76), patronymic=True)]
    assert [(p.name, p.mentions) for p in merge_people(far)] == [("Михаил Хасай", 2)]
    # … nor one elsewhere when it is in a list of other full names
    listed = [NameMention("Алексей Агранович", Span(0, 17), patronymic=True),
              NameMention("Кирилл Преображенский", Span(19, 40)), NameMention("Алексей Ананьев", Span(90, 105))]
    assert [(p.name, p.mentions) for p in merge_people(listed)] == [
        ("Алексей Агранович", 1), ("Кирилл Преображенский", 1), ("Алексей Ананьев", 1)]


@pytest.mark.parametrize(
    "names, expected",
    [
        # a short first name alone is the one person of the text with its full first name
        # (NG/RT: 33 of 37 such joins right: «Женя» … «Евгений Плющенко», «Маша» … «Мария
        # Шарапова»; wrong: a film's character next to the actor of the same first name)
        (["Евгений Плющенко", "Женя"], [("Евгений Плющенко", 2)]),
        (["Мария Шарапова", "Маша", "Маши"], [("Мария Шарапова", 3)]),
        # … a woman's too, of a short form of a man's and a woman's name
        (["Евгения Медведева", "Женя", "Жени"], [("Евгения Медведева", 3)]),
        (["Петр Мигунов", "Петя"], [("Петр Мигунов", 2)]),
        # … with the forms the normalizer left of it («Алёшу» → «Алеш»), not a surname of its stem
        (["Алексей Учитель", "Алёша", "Алеш"], [("Алексей Учитель", 3)]),
        (["Николай Соболев", "Коль", "Коль"], [("Коль", 2), ("Николай Соболев", 1)]),
        # two people of that first name: which one, the text does not say
        (["Александр Белявский", "Александр Петров", "Саша"],
         [("Александр Белявский", 1), ("Александр Петров", 1), ("Саша", 1)]),
        # a short form of no full name the table knows stays alone
        (["Вячеслав Фетисов", "Слава"], [("Вячеслав Фетисов", 1), ("Слава", 1)]),
    ],
)
def test_short_first_name_alone(names, expected):
    people = merge_people(mentions(*names))
    assert [(p.name, p.mentions) for p in people] == expected


def test_a_first_name_alone_joins_no_surname_one_letter_off():
    # «Мартен» joins «Джордж Мартин», a surname spelled otherwise; «Марина» is no «Мартин»
    given = {"Марина", "Джордж"}.__contains__
    found = merge_people(mentions("Джордж Мартин", "Марина", "Мартен"), is_given_name=given)
    assert [(p.name, p.mentions) for p in found] == [("Джордж Мартин", 2), ("Марина", 1)]


def test_a_fathers_name_after_ben_is_not_the_son():
    # «король Сальман» is the father of «Мухаммед бен Сальман»; «Бен Сальман» is the son
    found = merge_people(mentions("Мухаммед бен Сальман", "Сальман", "Бен Сальман", "Сальман"))
    assert [(p.name, p.mentions) for p in found] == [("Мухаммед бен Сальман", 2), ("Сальман", 2)]


def test_merge_patronymic_only():
    ms = [NameMention("Владимир Владимирович Путин", Span(0, 10)), NameMention("Владимир Владимирович", Span(20, 30), patronymic=True),
          NameMention("Олег Аронович", Span(40, 50), patronymic=True)]
    assert [(p.name, p.mentions) for p in merge_people(ms)] == [("Владимир Владимирович Путин", 2), ("Олег Аронович", 1)]


@pytest.mark.parametrize(
    "names, written, expected",
    [
        # «Джо Байдну» gave «Джо Байдн»; «Джо Байден», as often written in full, has the
        # surname the text names him by
        (["Джо Байдн", "Джо Байден", "Байден", "Байден"], {"Джо", "Байдну", "Байден"}, "Джо Байден"),
        (["Тереза Мэй", "Тереза Мей", "Мей"], None, "Тереза Мей"),
        # … written alone as such: «Яровой» alone gave «Ярова», the normalizer's slip, as «Ирины
        # Яровой» did; «Макдэвидом» alone gave «Макдэвид», not written as such either
        (["Ирина Яровая", "Ирина Ярова", "Ярова", "Ярова"], {"Ирина", "Яровая", "Ирины", "Яровой"}, "Ирина Яровая"),
        (["Коннор Макдэвид", "Коннору Макдэвиду", "Макдэвид", "Макдэвид"],
         {"Коннора", "Макдэвида", "Коннору", "Макдэвиду", "Макдэвидом"}, "Коннор Макдэвид"),
        # … a full name written more often still comes first
        (["Коннор Макдэвид", "Коннор Макдэвид", "Коннор Макдэвидом", "Макдэвидом", "Макдэвидом"], None,
         "Коннор Макдэвид"),
        # … and the first seen where nothing tells them apart
        (["Тереза Мэй", "Тереза Мей"], None, "Тереза Мэй"),
    ],
)
def test_a_full_name_is_named_by_the_surname_the_text_uses_most(names, written, expected):
    (person,) = merge_people(mentions(*names), is_written=lambda word: written is None or word in written)
    assert person.name == expected


def test_surname_like_a_patronymic_written_alone_joins_the_full_name():
    """«Касперович» looks like a patronymic of «Каспер»; written alone it is the surname of
    «Александр Касперович», and joins it wherever it stands."""
    for order in ([0, 1], [1, 0]):
        ms = [NameMention("Александр Касперович", Span(0, 20), patronymic=True), NameMention("Касперович", Span(30, 40))]
        assert [(p.name, p.mentions) for p in merge_people([ms[k] for k in order])] == [("Александр Касперович", 2)]


def test_people_keep_offsets():
    (person,) = merge_people(mentions("Алиев", "Ильхам Алиев"))
    assert person.spans == (Span(0, 5), Span(10, 22))


@pytest.mark.parametrize("name, abbr", [("СК", True), ("AZAL", True), ("МИД", True), ("Росавиация", False), ("ООН", True), ("Газпром нефть", False)])
def test_is_abbreviation(name, abbr):
    assert is_abbreviation(name) is abbr


@pytest.mark.parametrize(
    "abbr, name, expected",
    [
        ("AZAL", "Azerbaijan Airlines", True),
        ("СК", "Следственный комитет", True),
        ("МИД", "Министерство иностранных дел", True),
        ("ФСБ", "Федеральная служба безопасности", True),
        ("ЕС", "Евросоюз", True),
        ("ЕК", "Еврокомиссия", True),
        ("ЕС", "Единство", False),
        ("СК", "Совет Федерации", False),
        ("AZAL", "Aeroflot", False),
        ("ООН", "Организация Объединённых Наций", True),
        # a Russian word gives its first letters in a row, or a part's after a hyphen
        ("КрАЗ", "Красноярский алюминиевый завод", True),
        ("ВДВ", "Воздушно-десантные войска", True),
        ("ВСУ", "ВС Украины", True),
        # … or the first letter of a compound's second root
        ("ЕЭС", "Единая энергосистема", True),
        ("ВГТРК", "Всероссийская государственная телерадиовещательная компания", True),
        ("ЕАЭС", "Евразийский экономический союз", True),
        ("СПбГУ", "Санкт-Петербургский государственный университет", True),
        ("ВАДА", "Всемирное антидопинговое агентство", True),
        ("НТМК", "Нижнетагильский металлургический комбинат", True),
        ("СУМЗ", "Среднеуральский медеплавильный завод", True),
        ("МКБ", "Московская биржа", False),
        ("РСПП", "Российская партия пенсионеров", False),
        ("ГПУ", "Генпрокуратура Украины", True),
        ("ВДНХ", "Водное хозяйство", False),
        ("ВВС", "Верховный суд", False),
        ("МВД", "Московский договор", False),
        ("ПАСЕ", "Правый Сектор", False),
        ("ФСБ", "Федеральное собрание", False),
        ("РАН", "РИА Новости", False),
        ("ВСУ", "ВМС Украины", False),
        # a Latin one a consonant from inside too, no vowel
        ("FIA", "Force India", False),
    ],
)
def test_abbreviates(abbr, name, expected):
    assert abbreviates(abbr, name) is expected


@pytest.mark.parametrize(
    "text, names, expected",
    [
        ("Самолёт Azerbaijan Airlines (AZAL) разбился. AZAL сообщила…", ["Azerbaijan Airlines", "AZAL", "AZAL"], [("Azerbaijan Airlines", 3)]),
        ("Следственный комитет возбудил дело. По версии СК…", ["Следственный комитет", "СК"], [("Следственный комитет", 2)]),
        # the bracket goes on after the abbreviation (a legal note, another abbreviation)
        ("Боевики «Северного фронта» (NFR, запрещён в России) отступили. NFR потерял город.",
         ["Северный фронт", "NFR"], [("Северный фронт", 2)]),
        ("Лига морских портов (SPL; ранее Союз портов) выросла. SPL объявила…",
         ["Лига морских портов", "SPL"], [("Лига морских портов", 2)]),
        # the name before the bracket is the one written there, not another name sharing a word's start
        ("Партия «Техрик-э-Лабаик Пакистан» (ТЛП) и пакистанское правительство подписали соглашение. ТЛП довольна.",
         ["Техрик-э-Лабаик Пакистан (ТЛП)", "Пакистанское правительство", "ТЛП"],
         [("Техрик-э-Лабаик Пакистан (ТЛП)", 2), ("Пакистанское правительство", 1)]),
        # the same name with its legal form or type, an English «The», a web domain
        ("Сообщило ИА «Невские новости». Редакция «Невских новостей» уточнила.",
         ["ИА «Невские новости»", "Невские новости"], [("ИА «Невские новости»", 2)]),
        ("По данным The New York Times, это так. New York Times пишет иначе.",
         ["The New York Times", "New York Times"], [("The New York Times", 2)]),
        ("Сайт Fivethirtyeight.com дал прогноз. Fivethirtyeight ошибся.",
         ["Fivethirtyeight.com", "Fivethirtyeight"], [("Fivethirtyeight.com", 2)]),
        # the name before the bracket inflected: «Коллективных сил» is «Коллективные силы»
        ("Применение Коллективных сил оперативного реагирования (КСОР) обсудили. КСОР готовы.",
         ["Коллективные силы оперативного реагирования (КСОР)", "КСОР"],
         [("Коллективные силы оперативного реагирования (КСОР)", 2)]),
        # a name going on after its bracket; a stand-in whose word is inside the name written there
        ("В Совете Федерации (СФ) России обсудили закон. СФ одобрил его.",
         ["Совет Федерации (СФ) России", "СФ"], [("Совет Федерации (СФ) России", 2)]),
        ("Демократы и Либерально-демократическая партия (ЛДП) спорят. ЛДП победила.",
         ["Демократы", "Либерально-демократическая партия (ЛДП)", "ЛДП"],
         [("Либерально-демократическая партия (ЛДП)", 2), ("Демократы", 1)]),
        ("Парламент спорил. Сессия Парламентской ассамблеи Совета Европы (ПАСЕ) открылась. ПАСЕ решила.",
         ["Парламент", "Парламентская ассамблея Совета Европы (ПАСЕ)", "ПАСЕ"],
         [("Парламентская ассамблея Совета Европы (ПАСЕ)", 2), ("Парламент", 1)]),
        # a type before a brand written with its domain elsewhere
        ("Свяжитесь с администрацией Newsland. Сайт Newsland.com работает.",
         ["Администрация Newsland", "Newsland.com"], [("Newsland.com", 2)]),
        ("Росавиация и Роскосмос", ["Росавиация", "Роскосмос"], [("Росавиация", 1), ("Роскосмос", 1)]),
        ("ООН и ЕС", ["ООН", "ЕС"], [("ООН", 1), ("ЕС", 1)]),
    ],
)
def test_merge_organizations(text, names, expected):
    orgs = merge_organizations([OrgMention(n, Span(i, i + 1)) for i, n in enumerate(names)], text)
    assert [(o.name, o.mentions) for o in orgs] == expected


def test_a_nominative_spelling_names_the_organization():
    text = "Торги «Литфонда» прошли. Аукцион «Литфонд» тоже."
    mentions = [OrgMention(n, Span(i, i + 1)) for i, n in enumerate(["Литфонда", "Литфонд"])]
    # (all else equal, the one of fewer letters: an oblique ending adds some)
    assert [o.name for o in merge_organizations(mentions, text)] == ["Литфонд"]
    assert [o.name for o in merge_organizations(mentions, text, lambda name: name.endswith("а"))] == ["Литфонда"]
    # … a tie-breaker only: the spelling seen most wins
    mentions.append(OrgMention("Литфонд", Span(9, 10)))
    assert [o.name for o in merge_organizations(mentions, text, lambda name: name.endswith("а"))] == ["Литфонд"]
    # … only a spelling written as a word of its own («Модерн» is written only inside «Модерна»)
    text = "«Модерна» объявила о вакцине, вакцину «Модерна» одобрили."
    mentions = [OrgMention(n, Span(i, i + 1)) for i, n in enumerate(["Модерна", "Модерн"])]
    assert [o.name for o in merge_organizations(mentions, text, lambda name: name == "Модерн")] == ["Модерна"]
    # … of as many letters, the longer («Which?» is the magazine's name)
    text = "Журнал Which? сообщил. Издание Which проверило."
    mentions = [OrgMention(n, Span(i, i + 1)) for i, n in enumerate(["Which", "Which?"])]
    assert [o.name for o in merge_organizations(mentions, text)] == ["Which?"]
    text = "Канал RTД. Фильм RTД показал."  # (but a period at the end is the sentence's)
    mentions = [OrgMention(n, Span(i, i + 1)) for i, n in enumerate(["RTД.", "RTД"])]
    assert [o.name for o in merge_organizations(mentions, text)] == ["RTД"]
    # … then one without a case ending («Хезболлы» is no nominative), all else equal
    text = "Боевики «Хезболлы» отступили. «Хезболла» заявила о победе."
    mentions = [OrgMention(n, Span(i, i + 1)) for i, n in enumerate(["Хезболлы", "Хезболла"])]
    assert [o.name for o in merge_organizations(mentions, text, lambda name: False)] == ["Хезболла"]
    # … a spelling written after the organization's kind (in apposition, a nominative) first
    text = "Агентство «Автостат» сообщило. По данным «Автостата», продажи растут."
    mentions = [OrgMention("Автостата", Span(0, 1)), OrgMention("Автостат", Span(1, 2), appositive=True)]
    assert [o.name for o in merge_organizations(mentions, text)] == ["Автостат"]
    mentions.append(OrgMention("Автостата", Span(2, 3)))  # (still a tie-breaker: seen more often wins)
    assert [o.name for o in merge_organizations(mentions, text)] == ["Автостата"]


@pytest.mark.parametrize(
    "name, core",
    [
        ("Национальный фронт (FN)", "Национальный фронт"),
        ("ИА «Невские новости»", "Невские новости"),
        ("ООО УК «Металлоинвест»", "Металлоинвест"),
        ("ПАО «НК «Роснефть»»", "Роснефть"),  # a form opens the quote that holds the next form
        ("ПАО «ГМК «Норильский никель»»", "Норильский никель"),
        ('ООО "Алтек"', "Алтек"),
        ("Концерн «Майкрософт»", "Майкрософт"),
        ("ИА «Невские новости", "Невские новости"),  # a quote the NER's span left open
        ("Агентство кибербезопасности", "Агентство кибербезопасности"),  # unquoted: the type is the name
        # … but a legal form or type before an abbreviation is not
        ("НИУ ВШЭ", "ВШЭ"),
        ("ОАО РЖД", "РЖД"),
        ("ИА REGNUM", "REGNUM"),
        ("ПАО Сбербанк", "ПАО Сбербанк"),
        ("ФК Спартак", "ФК Спартак"),
        ("ООО «Ромашка» и партнёры", "ООО «Ромашка» и партнёры"),  # the quote is not the whole rest
        ("The Guardian", "Guardian"),
        ("The New York Times (NYT)", "New York Times"),
        ("Theranos", "Theranos"),
        ("Fivethirtyeight.com", "Fivethirtyeight"),
        ("Газета.Ru", "Газета.Ru"),  # a Russian word is the brand
        ("Ria.ru", "Ria.ru"),  # too short to be a name without its domain
        ("Netflix Inc", "Netflix"),
        ("Ryanair Holdings Plc", "Ryanair"),
        ("The Walt Disney Co.", "Walt Disney"),
        ("Samsung Electronics", "Samsung Electronics"),  # a company of the group, not its legal form
        ("Group", "Group"),
    ],
)
def test_core_name(name, core):
    assert core_name(name) == core


def test_a_bare_head_joins_the_name_it_begins():
    """«Конгресс русских американцев (CRA) … глава конгресса …»: the bare head is said short
    for the one name of that head in the text, also when that name was written alone."""
    text = "Конгресс русских американцев (CRA) попросил убрать баннер. Глава конгресса заявила… CRA ответил."
    full = "Конгресс русских американцев (CRA)"
    mentions = [
        OrgMention(full, Span(0, 34), key=(full.lower(), "")),
        OrgMention("Конгресс", Span(66, 75), key=("конгресс", ""), bare=True, stand_in=True),
        OrgMention("CRA", Span(85, 88), key=("cra", "")),
    ]
    assert [(o.name, o.mentions) for o in merge_organizations(mentions, text)] == [(full, 3)]


def test_a_bare_head_does_not_join_a_government_named_by_its_leader():
    """«правительство Асахары» (a sect's shadow cabinet) … «правительство»: which government
    the bare word means, the text does not say; it is dropped, not joined to the led one."""
    text = "Правительство Асахары было тайным. Потом правительство приняло закон."
    mentions = [
        OrgMention("Правительство Асахары", Span(0, 21), key=("правительство", ""), led=True),
        OrgMention("Правительство", Span(41, 54), key=("правительство", ""), bare=True, stand_in=True),
    ]
    assert [(o.name, o.mentions) for o in merge_organizations(mentions, text)] == [("Правительство Асахары", 1)]


@pytest.mark.parametrize(
    "text, names, expected",
    [
        # the name that writes the abbreviation in its own bracket
        ("Парламентская ассамблея Совета Европы (ПАСЕ)\n\nЧлены ПАСЕ и Совет Европы.",
         ["Парламентская ассамблея Совета Европы (ПАСЕ)", "Совет Европы", "ПАСЕ"],
         "Парламентская ассамблея Совета Европы (ПАСЕ)"),
        # two names the NER split before the bracket: the first, whose words begin the letters
        ("Депутаты Парламентской ассамблеи Совета Европы (ПАСЕ) проголосовали. Члены ПАСЕ ушли.",
         ["Парламентская ассамблея", "Совет Европы", "ПАСЕ"], "Парламентская ассамблея"),
    ],
)
def test_abbreviation_pairs_before_a_bracket(text, names, expected):
    assert abbreviation_pairs(text, names)["ПАСЕ"] == expected


def test_each_name_of_a_bracket_after_a_name_is_that_name():
    text = "Командование подготовки войск (КПВ/ ARTRAC) решило. Аналитики КПВ и ARTRAC молчат."
    full = "Командование подготовки войск (КПВ/ ARTRAC)"
    pairs = abbreviation_pairs(text, [full, "КПВ", "ARTRAC"])
    assert pairs["КПВ"] == full and pairs["ARTRAC"] == full


@pytest.mark.parametrize(
    "text, names, expected",
    [
        # a person's party in a bracket after the person is no expansion of the name before him
        ("Зампредседателя комитета Госдумы по информационной политике Валентин Шурчанов (КПРФ) уверен.",
         ["Госдума", "КПРФ"], {}),
        # … but a name's own words before its bracket are, a country's too
        ("Служба безопасности Украины (СБУ) задержала агента. Министерство иностранных дел России (МИД) ответило.",
         ["Служба безопасности Украины", "СБУ", "Министерство иностранных дел России", "МИД"],
         {"СБУ": "Служба безопасности Украины", "МИД": "Министерство иностранных дел России"}),
    ],
)
def test_a_bracket_after_a_person_is_his(text, names, expected):
    assert abbreviation_pairs(text, names) == expected


def test_an_abbreviation_of_two_names_joins_the_one_written_most():
    text = "Европейский суд вынес решение. Лидеры Европейского союза и ЕС в целом, Европейскому союзу виднее."
    assert abbreviation_pairs(text, ["Европейский суд", "Европейский союз", "ЕС"])["ЕС"] == "Европейский союз"
