"""Tagging quality for people, organizations and places (natasha models, loaded once).

The sentences are written for these tests; the seed is the user's example article.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from briefings.model import Article
from briefings.nlp import surnames_read_as_organizations
from briefings.people import NameToken, name_mentions, nominative
from briefings.people_spans import first_names_read_as_places


def tag(tagger, body: str, title: str = "Сводка"):
    article = Article(path="test.txt", title=title, body=body)
    return article, tagger(article)


def names(entities) -> list[str]:
    return [e.name for e in entities]


# -- the seed -------------------------------------------------------------------------


def test_seed_countries(seed_tags):
    assert {c.code for c in seed_tags.countries} == {"RU", "AZ", "TJ", "KZ", "UA"}


def test_seed_people(seed_tags):
    people = names(seed_tags.people)
    for person in ("Владимир Путин", "Ильхам Алиев", "Дмитрий Песков"):
        assert people.count(person) == 1, people
    for wrong in ("Михаил Терещенко", "Кремль", "Политик", "Президенты"):
        assert wrong not in people
    # surname-only and inflected mentions are merged, not listed on their own
    assert not {"Путин", "Алиев", "Алиева", "Песков", "Путина"} & set(people)


def test_seed_organizations(seed_tags):
    orgs = names(seed_tags.organizations)
    assert "Росавиация" in orgs
    assert "Sputnik Азербайджан" in orgs
    azal = [o for o in orgs if o in ("Azerbaijan Airlines", "AZAL")]
    assert azal == ["Azerbaijan Airlines"], orgs


def test_seed_evidence(seed_article, seed_tags):
    """Every tag keeps its mentions: offsets into the article text."""
    text = seed_article.text
    for entity in seed_tags.people + seed_tags.organizations + seed_tags.places:
        assert entity.spans and entity.mentions == len(entity.spans)
        for span in entity.spans:
            assert 0 <= span.start < span.stop <= len(text)
    (aliyev,) = [p for p in seed_tags.people if p.name == "Ильхам Алиев"]
    assert all("Алиев" in text[s.start:s.stop] or "Ильхам" in text[s.start:s.stop] for s in aliyev.spans)


def test_seed_places(seed_tags):
    places = {p.name: p.country for p in seed_tags.places}
    assert places.get("Екатеринбург") == "RU"


# -- people ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body, expected",
    [
        # inflected full names and surnames merge into the nominative full name
        ("Премьер-министр Терезой Мэй встретилась с канцлером. Позже Мэй заявила, что доверяет Терезе Мэй больше всех.",
         ["Тереза Мэй"]),
        ("Президент Франции Эммануэль Макрон провёл встречу. С Эммануэлем Макроном согласились все.",
         ["Эммануэль Макрон"]),
        ("Вчера Джо Байдена поддержали губернаторы. Байден поблагодарил их.", ["Джо Байден"]),
        ("Победа досталась демократу Джо Байдну. Правда, Джо Байден вышел вперёд, и Байден выиграл.", ["Джо Байден"]),
        ("Лидер КНДР Ким Чен Ын провёл совещание. Соседи обсуждают заявления Ким Чен Ына.", ["Ким Чен Ын"]),
        # a woman's first name tagged a nominative keeps her surname the tagger read as a man's genitive
        ("Лыжницы Юлия Иванова и Евгения Шаповалова были признаны виновными.",
         ["Юлия Иванова", "Евгения Шаповалова"]),
        # … and a man's first name in no nominative names his surname in the genitive
        ("И подопечная Алексея Мишина блестяще справилась с элементом.", ["Алексей Мишин"]),
        # a hyphenated first name whose part is in no case but the nominative is a nominative
        ("Во Франции тех лет служил негр из Санто-Доминго – Тома-Александр Дюма.", ["Тома-Александр Дюма"]),
        # «старший», «младший» after a spaced dash tell a father and a son apart
        ("Рейтинг Джорджа Буша — старшего вырос. Через 12 лет Джордж Буш — младший начал войну.",
         ["Джордж Буш-старший", "Джордж Буш-младший"]),
        ("Пётр Рябов — младший сын князя. Пётр Рябов жил в Дании.", ["Пётр Рябов"]),
        # lower-case particles between a first name and a surname the NER tagged apart are the name's
        ("Вратарь Дэнни аус ден Биркен отразил все броски. Биркен был лучшим.", ["Дэнни аус ден Биркен"]),
        # a Korean name's one-letter syllable is no initial, and its given name alone is that person
        ("На церемонии была Ким Ё Чжон, сестра лидера.", ["Ким Ё Чжон"]),
        ("Поэт У Юн Гын приехал в Москву. Юн Гын сказал, что рад.", ["У Юн Гын"]),
        ("Министр Доминика Рааба отправили в отставку. Раабу предложили другой пост.", ["Доминик Рааб"]),
        # foreign names that do not decline stay as written
        ("Спикер палаты Нэнси Пелоси выступила против. Позицию Нэнси Пелоси поддержали коллеги.", ["Нэнси Пелоси"]),
        # initials are spaced; an initial joins the full name with that letter
        ("Дэвид Дэвис ушёл с поста. По словам Д.Дэвиса, решение далось нелегко.", ["Дэвид Дэвис"]),
        # a name written in the Latin alphabet after the Russian one is not part of it
        ("Об этом сообщил пилот Брендт Кристенсен (Brendt Christensen).", ["Брендт Кристенсен"]),
        # a common word at the edge of the span is not part of the name
        ("Христианка Асия Биби покинула страну.", ["Асия Биби"]),
        # a family
        ("Суд вынес приговор братьям Сафаровым.", ["Сафаровы"]),
        # a first name and a patronymic the dictionary knows (not made of the first name's stem)
        # join the one person of that first name
        ("Лаврентий Берия руководил НКВД. Лаврентий Павлович не доверял никому.", ["Лаврентий Берия"]),
        ("Самуил Маршак писал стихи. Самуил Яковлевич любил детей.", ["Самуил Маршак"]),
        # an animal's owner in the genitive is a person (an animal's name in apposition is not)
        ("Кандидат Байден назвал соперника щенком Путина.", ["Байден", "Путин"]),
        # a woman's name in the nominative as written, before a verb only a woman is the subject of
        ("Руководитель департамента компании «M13» Александра Доронина представила доклад.",
         ["Александра Доронина"]),
        ("Книга Александра Пушкина вышла.", ["Александр Пушкин"]),  # (the verb is the book's)
        ("Осечка в матче против команды Валерия Петракова была бы катастрофой.", ["Валерий Петраков"]),
        # a double first name whose first part is a word too («франк»)
        ("Переговоры начались при посредничестве Франка-Вальтера Штайнмайера.", ["Франк-Вальтер Штайнмайер"]),
        # a first name that is a word too («том»), which the NER left out before a surname
        ("Симпатии были на стороне партии. Том Леман вовсе назвал соперника трусом.", ["Том Леман"]),
        # … also one the NER read as a place, which the dictionary knows as no place
        ("В интервью легендарный бомбардир сборной Гари Линекер рассказал о шпионах из Камеруна.", ["Гари Линекер"]),
        # a first name the dictionary knows only as a possessive adjective («Надин» of «Надя»)
        ("Болельщики поддерживали немку Надин Хорхлер на финише.", ["Надин Хорхлер"]),
        # a woman's surname as a subject after an adverb that opens the sentence
        ("Второй стартовала Мартина Сабликова. Вскоре Сабликова вырвалась вперёд.", ["Мартина Сабликова"]),
        # a surname in «-вич» the dictionary does not know is a surname, also after another person
        # of that first name
        ("Защитник Горан Бошкович доволен. Бошкович сказал, что команда готова.", ["Горан Бошкович"]),
        ("Конькобежец Павел Кулижников доволен. Тренер Павел Абраткевич тоже.", ["Павел Кулижников", "Павел Абраткевич"]),
        # a woman's adjective surname the normalizer read as a noun's, by her nominative written alone
        ("Депутаты во главе с Ириной Яровой внесли законопроект. Яровая отметила, что он строгий.",
         ["Ирина Яровая"]),
        # a first name written in full names the person over a short form written as often
        ("«Лёша Березуцкий пришёл на костылях». Потом Алексей Березуцкий ушёл.", ["Алексей Березуцкий"]),
        # a first name the dictionary knows only as a man's genitive: the pair is his genitive,
        # however the tagger read it
        ("«Чарли и шоколадная фабрика» Роальда Даля вышла в 1964 году.", ["Роальд Даль"]),
        # after a title in the instrumental with a club's name in quotes between
        ("Переговоры велись с президентом «Барселоны» Жозепом Бартомеу.", ["Жозеп Бартомеу"]),
        # a man's surname in «-у», «-ю» tagged a nominative after a first name tagged a dative
        ("По возрасту он уступает только Отто Рехагелю.", ["Отто Рехагель"]),
        # a woman's surname in a consonant shows no case: her first name does
        ("Отсутствие конкурентов должно помочь ученикам Нины Мозер.", ["Нина Мозер"]),
        # a first name and a surname read as a man's genitive and a woman's nominative: his
        # genitive after a word that governs one, else hers
        ("В 1949 году археологическая экспедиция Валентина Янина обнаружила список.", ["Валентин Янин"]),
        ("По словам замглавы СПЧ Евгения Боброва, проблема не в практике.", ["Евгений Бобров"]),
        ("Пары выступили с ошибками. Евгения Тарасова — Владимир Морозов.", ["Евгения Тарасова", "Владимир Морозов"]),
        # a surname that is a noun with a fleeting vowel, by the dictionary's nominative
        ("У неё есть дневник, она встречает Джека Воробья.", ["Джек Воробей"]),
        # a prince's adjective may be a surname; a prelate's see is none
        ("Он дружил с князем Вяземским. Папа Римский Франциск приехал.", ["Вяземский", "Франциск"]),
        # of two full forms, the one the text writes in the nominative, a particle's hyphen too
        ("Задержаны проповедники: Сальмана аль-Ауды, Авада аль-Карни и Али аль-Омари. Самый известный из них —"
         " Сальман аль-Ауда — один из популярных деятелей.", ["Сальман аль-Ауда", "Авад аль-Карни", "Али аль-Омари"]),
        # a first name alone after a monarch's title is no namesake's full name, but the monarch's
        ("«С поездки царя Петра во Францию началась дружба», — сказал он. Президент Пётр Порошенко возразил.",
         ["Пётр", "Пётр Порошенко"]),
        ("Богослов Сальман аль-Ауда был арестован властями. Указ короля Саудовской Аравии Сальмана вступил в силу.",
         ["Сальман аль-Ауда", "Сальман"]),
        ("Король Саудовской Аравии Сальман бен Абдель Азиз прибыл в Москву. Король Сальман встретился с премьером.",
         ["Сальман бен Абдель Азиз"]),
        ("Памятник князю Владимиру открыли в Москве. Владимир Путин выступил.", ["Владимир", "Владимир Путин"]),
        # … but a monarch's full name with a regnal number or an epithet, and a saint's
        ("Королева Елизавета выступила в парламенте. Позже Елизавета II уехала.", ["Елизавета II"]),
        ("Указ царя Ивана был суров. Иван Грозный правил долго.", ["Иван Грозный"]),
        ("Эмир передаст власть наследному принцу шейху Тамиму. Тамим бен Хамад Аль Тани родился в 1980 году.",
         ["Тамим бен Хамад Аль Тани"]),
        ("Иконы хранят мощи преподобного Сергия. Третий взял икону Сергия Радонежского.", ["Сергий Радонежский"]),
        # a first name the dictionary reads as a word, after a dash inside a sentence
        ("Суд вынес вердикт в отношении генералов — Анте Готовины и Младена Маркача. Анте Готовина был приговорён.",
         ["Анте Готовина", "Младен Маркач"]),
    ],
)
def test_people(tagger, body, expected):
    _, tags = tag(tagger, body)
    assert names(tags.people) == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        # a name in brackets is another name of the person only if it may be one: not a team
        # in Latin letters after a driver, nor an actor after the character
        ("Пилот Кевин Глисон (West Coast Racing) погиб. Глисону было 26 лет.", [("Кевин Глисон", 2)]),
        ("Об этом сообщил пилот Брендт Кристенсен (Brendt Christensen). Кристенсен молчал.",
         [("Брендт Кристенсен", 3)]),
    ],
)
def test_a_name_in_brackets(tagger, body, expected):
    _, tags = tag(tagger, body)
    assert [(p.name, p.mentions) for p in tags.people] == expected


@pytest.mark.parametrize(
    "body, people, organizations",
    [
        # a surname the NER read as an organization, of a person the text names in full
        ("Федерация приостановила лицензию Нифонтовой. Анастасия Нифонтова не согласна с решением.",
         ["Анастасия Нифонтова"], []),
        ("Экс-глава ВФЛА высказался о второй части доклада Макларена. Глава комиссии Ричард Макларен "
         "выступил в Лондоне.", ["Ричард Макларен"], ["ВФЛА"]),
        # a surname the dictionary knows only as one, listed with people
        ("Часть руководителей – Троцкий, Каменев, Дзержинский выступали против.",
         ["Троцкий", "Каменев", "Дзержинский"], []),
    ],
)
def test_people_read_as_organizations(tagger, body, people, organizations):
    _, tags = tag(tagger, body)
    assert names(tags.people) == people
    assert names(tags.organizations) == organizations


def _spans_of(text: str, *typed: tuple[str, str]) -> list[SimpleNamespace]:
    """NER-like spans of ``text``: (type, words) at their first place in it."""
    spans = []
    for kind, words in typed:
        start = text.index(words)
        tokens, at = [], start
        for word in words.split():
            at = text.index(word, at)
            tokens.append(SimpleNamespace(text=word, start=at, stop=at + len(word)))
            at += len(word)
        spans.append(SimpleNamespace(type=kind, text=words, start=start, stop=start + len(words), tokens=tokens))
    return spans


@pytest.mark.parametrize(
    "text, typed, expected",
    [
        ("Федерация лишила лицензии Нифонтову. Анастасия Нифонтова не согласна.",
         [("ORG", "Нифонтову"), ("PER", "Анастасия Нифонтова")], ["Нифонтову"]),
        # not in quotes, not another surname of the same first letters, not an abbreviation, not a person named alone
        ("Самолёт «Сухого» разбился. Об этом сообщил Александр Сухов.",
         [("ORG", "Сухого"), ("PER", "Александр Сухов")], []),
        ("Акции Сухого упали. Об этом сообщил Александр Сухов.", [("ORG", "Сухого"), ("PER", "Александр Сухов")], []),
        ("Решение ЦИК обжаловал Павел Цик.", [("ORG", "ЦИК"), ("PER", "Павел Цик")], []),
        ("Доклад Макларена вышел. Макларен молчит.", [("ORG", "Макларена"), ("PER", "Макларен")], []),
        ("Строитель Транссиба граф Витте Транссибу не изменял.", [("ORG", "Транссиба"), ("PER", "Витте Транссибу")], []),
        ("Сергей Горяшко\n\nБи-би-си, Вашингтон. Русская служба Би-би-си сообщила.",
         [("PER", "Сергей Горяшко\n\nБи-би-си"), ("ORG", "Би-би-си")], []),
    ],
)
def test_surnames_read_as_organizations(text, typed, expected):
    spans = _spans_of(text, *typed)
    first_names = {"Анастасия", "Александр", "Павел", "Сергей"}
    assert [s.text for s in surnames_read_as_organizations(spans, text, first_names.__contains__)] == expected


@pytest.mark.parametrize(
    "text, typed, expected",
    [
        # a first name the NER read as a place, right before the surname, of a person named in full
        ("Нападающий Мемфис Депай забил. Тренер похвалил Мемфиса Депая.",
         [("PER", "Мемфис Депай"), ("LOC", "Мемфиса"), ("PER", "Депая")],
         [("PER", "Мемфис Депай"), ("PER", "Мемфиса Депая")]),
        # no full name elsewhere, another person's, not a space between, a place of two words
        ("Тренер похвалил в Мемфисе Депая.", [("LOC", "Мемфисе"), ("PER", "Депая")],
         [("LOC", "Мемфисе"), ("PER", "Депая")]),
        ("Мемфис Сото приехал. В Мемфисе Депая ждали.",
         [("PER", "Мемфис Сото"), ("LOC", "Мемфисе"), ("PER", "Депая")],
         [("PER", "Мемфис Сото"), ("LOC", "Мемфисе"), ("PER", "Депая")]),
        ("Мемфис Депай забил. В Мемфисе, Депая ждали.",
         [("PER", "Мемфис Депай"), ("LOC", "Мемфисе"), ("PER", "Депая")],
         [("PER", "Мемфис Депай"), ("LOC", "Мемфисе"), ("PER", "Депая")]),
        ("Мемфис Депай забил. В Нью Мемфисе Депая ждали.",
         [("PER", "Мемфис Депай"), ("LOC", "Нью Мемфисе"), ("PER", "Депая")],
         [("PER", "Мемфис Депай"), ("LOC", "Нью Мемфисе"), ("PER", "Депая")]),
    ],
)
def test_first_names_read_as_places(text, typed, expected):
    spans = _spans_of(text, *typed)
    assert [(s.type, s.text) for s in first_names_read_as_places(spans, text)] == expected


def test_a_first_name_read_as_a_place_is_the_persons(tagger):
    _, tags = tag(tagger, "Голландский нападающий Мемфис Депай забил гол в ворота соперника. "
                          "Тренер похвалил Мемфиса Депая.")
    assert names(tags.people) == ["Мемфис Депай"] and names(tags.places) == []


@pytest.mark.parametrize(
    "body, absent",
    [
        ("Кремль не стал комментировать заявление. Президенты встретятся завтра.", {"Кремль", "Президенты"}),
        ("В НИЦ имени Гамалеи разработали вакцину.", {"Гамалея", "Гамалеи"}),
        ("Главный редактор Симоньян М. С.\nЭл № ФС 77-12345", {"Эл"}),
        # a company the text also writes in Latin letters
        ("Вакцину разработала компания Pfizer. К вакцине от Пфайзера нет никаких претензий.", {"Пфайзер"}),
        # an award named after a person by the full name in the genitive
        ("Фильму подошел бы Приз Альфреда Бауэра за открытие новых путей.", {"Альфред Бауэр"}),
        # a name after a thing named after a person, also one that does not decline
        ("Неравенство, измеряемое коэффициентом Джини, снизилось. Толчок в 5 баллов по шкале Рихтера.",
         {"Джини", "Рихтер"}),
        # a ship named after a person, in quotes after the word for it
        ("Группа ВМС в составе авианосца «Карл Винсон» вошла в порт. Танкер «Михаил Ульянов» ушёл.",
         {"Карл Винсон", "Михаил Ульянов"}),
        ("В строй вошёл РПКСН «Князь Владимир».", {"Владимир", "Князь Владимир"}),
        # … also with its project or type between
        ("Корвет (проект 58250 «Владимир Великий») не достроен. На корабле проекта 773 «Юрий Олефиренко» ремонт.",
         {"Владимир Великий", "Юрий Олефиренко"}),
        # a thing named after a person; an animal; a sound
        ("Вся таблица Менделеева представлена в коллекции.", {"Менделеев"}),
        ("Кошка Марта взобралась на полку, а пёс Шарик спал.", {"Марта", "Шарик"}),
        ("– Мяууууу! – ответили из-за двери.", {"Мяууууу"}),
        # a town the NER read as a person where the article names it as a town too
        ("Памятник поставят в родном городе Муроме. В июле Муром посетят гости.", {"Муром"}),
    ],
)
def test_not_people(tagger, body, absent):
    _, tags = tag(tagger, body)
    assert not absent & set(names(tags.people))


@pytest.mark.parametrize(
    "word, case, gender, expected",
    [
        ("Алиевым", "Ins", "Masc", "Алиев"),
        ("Обамы", "Gen", "Masc", "Обама"),
        ("Рааба", "Gen", "Masc", "Рааб"),
        ("Макроном", "Ins", "Masc", "Макрон"),
        ("Мэй", "Gen", "Fem", "Мэй"),
        ("Меркель", "Dat", "Fem", "Меркель"),
        ("Пелоси", "Gen", "Fem", "Пелоси"),
        ("Фаучи", "Gen", "Masc", "Фаучи"),
        ("Барнье", "Dat", "Masc", "Барнье"),
        ("Петровой", "Ins", "Fem", "Петрова"),
        ("Зеленского", "Gen", "Masc", "Зеленский"),
        ("Бушем-младшим", "Ins", "Masc", "Буш-младший"),
        # «младшему», «младшей» tell a man or a woman when the tagger does not
        ("Байдену-младшему", "Dat", None, "Байден-младший"),
        ("Уильямс-младшей", "Gen", None, "Уильямс-младшая"),
        ("Байденом-старшим", "Ins", None, "Байден-старший"),
        ("Байдену-младшему", "Gen", None, "Байден-младший"),  # the tagger's case is wrong
        ("Олландом-младшим", "Nom", "Masc", "Олланд-младший"),
        ("Байденом-старшим", "Dat", None, "Байден-старший"),  # «старшим» is a plural's dative
        ("Марии", "Gen", "Fem", "Мария"),
        # no reading of the word is a nominative, whatever the tagger's case
        ("Прилепину", "Gen", "Masc", "Прилепин"),
        ("Шаргунову", "Gen", "Masc", "Шаргунов"),
        ("Пятковской", "Nom", "Fem", "Пятковская"),
        ("Геной", "Acc", "Masc", "Гена"),
        ("Луговской", "Nom", "Masc", "Луговской"),
        ("Санду", "Nom", "Fem", "Санду"),  # no accusative of «Санда» when the tagger says nominative
        ("Давиде", "Gen", "Masc", "Давиде"),  # Italian, Portuguese nominatives
        ("Адриану", "Gen", "Masc", "Адриану"),
        ("Коль", "Gen", "Masc", "Коль"),  # a vocative, a plural of «Коля»
        ("Прокопием", "Gen", "Masc", "Прокопий"),
        ("Эмине", "Gen", "Masc", "Эмине"),  # a woman's name, no locative of «Эмин»
        ("Хлынину", "Acc", "Masc", "Хлынина"),  # the tagger's case picks the reading
        ("Чичиллине", "Gen", "Masc", "Чичиллине"),
        ("Мирзиёеву", "Gen", "Masc", "Мирзиёев"),
        ("Путин", "Nom", "Masc", "Путин"),
    ],
)
def test_nominative(vocab, word, case, gender, expected):
    assert nominative(vocab, NameToken(word, 0, len(word), case, gender, "Sing")) == expected


def test_name_mentions_initials(vocab):
    text = "Симоньян М. С."
    tokens = [NameToken("Симоньян", 0, 8, "Nom", "Fem", "Sing"), NameToken("М", 9, 10), NameToken(".", 10, 11),
              NameToken("С", 12, 13), NameToken(".", 13, 14)]
    (mention,) = name_mentions(tokens, text, vocab)
    assert mention.name == "Симоньян М. С."  # surname first, as written
    assert (mention.span.start, mention.span.stop) == (0, 14)


def test_name_mentions_initials_written_together(vocab):
    text = "Петрова А.В."
    tokens = [NameToken("Петрова", 0, 7, "Nom", "Fem", "Sing"), NameToken("А", 8, 9), NameToken(".", 9, 10),
              NameToken("В", 10, 11), NameToken(".", 11, 12)]
    (mention,) = name_mentions(tokens, text, vocab)
    assert mention.name == "Петрова А.В."


def test_name_mentions_patronymic(vocab):
    text = "Ольга Петровна"
    tokens = [NameToken("Ольга", 0, 5, "Nom", "Fem", "Sing"), NameToken("Петровна", 6, 14, "Nom", "Fem", "Sing")]
    (mention,) = name_mentions(tokens, text, vocab)
    assert mention.patronymic
    text = "Михаил Абрамович"
    tokens = [NameToken("Михаил", 0, 6, "Nom", "Masc", "Sing"), NameToken("Абрамович", 7, 16, "Nom", "Masc", "Sing")]
    (mention,) = name_mentions(tokens, text, vocab)
    assert not mention.patronymic


@pytest.mark.parametrize(
    "body, present, absent",
    [
        ("Сенатор заявил, что республиканцы не признают итоги выборов в США. Демократы возразили.",
         {"Республиканцы", "Демократы"}, set()),
        ("В Италии демократы и республиканцы спорят о реформе.", set(), {"Республиканцы", "Демократы"}),
        # one member names the party too
        ("В США за республиканца голосовали фермеры, а демократ Байден проиграл в Техасе.",
         {"Республиканцы", "Демократы"}, set()),
        ("Правительство объявило о новых мерах. Полиция усилила патрули.", set(), {"Правительство", "Полиция"}),
    ],
)
def test_organizations_parties_and_bare_heads(tagger, body, present, absent):
    _, tags = tag(tagger, body)
    orgs = set(names(tags.organizations))
    assert present <= orgs and not absent & orgs, orgs


def test_name_mentions_apostrophe_and_lines(vocab):
    text = "Майкл О'Лири\nОтставка"
    tokens = [NameToken("Майкл", 0, 5, "Nom", "Masc"), NameToken("О", 6, 7, "Nom", "Masc"), NameToken("'", 7, 8),
              NameToken("Лири", 8, 12, "Nom", "Masc"), NameToken("Отставка", 13, 21, "Nom", "Fem")]
    assert [m.name for m in name_mentions(tokens, text, vocab)] == ["Майкл О'Лири", "Отставка"]


# -- organizations ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "body, expected",
    [
        # an abbreviation, a compound and the full name are one organization
        ("Лидеры ЕС собрались в Брюсселе. Евросоюз готов продлить санкции.", [["ЕС", "Евросоюз", "Европейский союз"]]),
        # a country adjective or genitive names the same institution; a bare head joins it
        ("Британское правительство одобрило план. Правительство Великобритании опубликовало его, "
         "а правительство отказалось от комментариев.",
         [["Правительство Великобритании", "Британское правительство"]]),
        # an organization and the country after it
        ("В МИД России заявили протест. Позже МИД уточнил детали.", [["МИД России"]]),
        # inflected mentions of one name
        ("В «Алросе» сообщили, что «Алроса» снизила добычу алмазов.", [["Алроса"]]),
        # institutions written with common nouns
        ("Дело передали в министерство иностранных дел Франции.", [["Министерство иностранных дел Франции"]]),
        # a second remit after «и» the NER cut off; the country after it
        ("Работали представители министерства труда и социальной защиты.", [["Министерство труда и социальной защиты"]]),
        ("Так считает вице-президент Федерации бобслея и скелетона Ямайки.",
         [["Федерация бобслея и скелетона Ямайки"]]),
        ("Со стороны Международной федерации бобслея и скелетона, главным спонсором которой является банк,"
         " реакции нет.", [["Международная федерация бобслея и скелетона"]]),
        # … not another phrase after «и»: people, a verb, a noun with its own genitive
        ("Он поблагодарил за работу Министерства обороны и офицеров.", [["Министерство обороны"]]),
        ("Трамп выступал в Министерстве энергетики и начал критиковать прессу.", [["Министерство энергетики"]]),
        ("Удивляет критика Министерства финансов и реформы прошлого года.", [["Министерство финансов"]]),
        # a plural adjective the normalizer left in the dative agrees with its plural noun
        ("Президент намерен уделить внимание Военно-морским силам США.", [["Военно-морские силы США"]]),
        # a Latin name and its transliteration, «The» left out; a Latin name and its legal form
        ("Об этом пишет The Times. Её читатели выписывают и другие газеты, кроме «Таймс».", [["Таймс", "The Times"]]),
        ("Фонд DST Global продал акции. Фонд DST как пассивный инвестор не голосовал.", [["DST Global"]]),
        # a lone head of a one-word compound name is that name said short
        ("Депутат Госдумы приехал. Мне будет некомфортно в этой Думе, сказал он.", [["Госдума"]]),
        # a common-noun phrase written as a body's name without its country is that body
        ("Национальная полиция Украины усилит охрану. Национальная полиция заявила о мерах.",
         [["Национальная полиция Украины"]]),
        # a site's domain in any case is the site's name said short
        ("Пионеры рунета: Lenta.Ru и Gazeta.Ru. Позже обновилась Lenta.ru.", [["Lenta.Ru", "Lenta.ru"], ["Gazeta.Ru"]]),
        # a national team the NER reads as its country at a paragraph's start
        ("Новозеландское напутствие\n\nСборная Новой Зеландии не смогла порадовать болельщиков хорошими "
         "результатами на Кубке конфедераций.", [["Сборная Новой Зеландии"]]),
        # «ВВС» where a broadcaster is meant is the BBC
        ("Удар нанесли ВВС США. Об этом генерал рассказал в интервью ВВС.", [["ВВС США"], ["Би-би-си"]]),
        # a foreign ministry by its other name is one body
        ("Как сообщили в МИД Великобритании, посол вызван. Форин-офис отказался от комментариев.",
         [["МИД Великобритании"]]),
        # a quoted name the dictionary reads as no plural of a word it only guesses; letters a
        # term's words spell
        ("Минский завод колёсных тягачей (МЗКТ) хотели влить в «Ростех». А МЗКТ решили оставить.",
         [["МЗКТ", "Минский завод колёсных тягачей (МЗКТ)"], ["Ростех"]]),
        ("На вооружение примут боевую машину поддержки танков (БМПТ). Интерес к БМПТ проявил Израиль.", []),
        # a party in a bracket after a member's parliament
        ("Об этом рассказал депутат Госдумы (КПРФ) Иван Сухарев.", [["Госдума"], ["КПРФ"]]),
        # a name said without the country it is written with too
        ("Глава Общественного совета при МВД России заявил об этом. Позже глава Общественного совета при МВД "
         "добавил.", [["Общественный совет при МВД России"], ["МВД России"]]),
    ],
)
def test_organizations(tagger, body, expected):
    _, tags = tag(tagger, body)
    orgs = names(tags.organizations)
    assert len(orgs) == len(expected), orgs
    for name, allowed in zip(orgs, expected):
        assert name in allowed, orgs


@pytest.mark.parametrize(
    "body, absent",
    [
        ("По данным СМИ, переговоры сорваны. Видео опубликовали в Twitter.", {"СМИ", "Twitter"}),
        ("Дискуссия о Брексите продолжается.", {"Брексит"}),
        ("Эрдоган провёл переговоры.\nФото: Reuters", {"Reuters"}),
    ],
)
def test_not_organizations(tagger, body, absent):
    _, tags = tag(tagger, body)
    assert not absent & set(names(tags.organizations))


def test_organization_spans(tagger):
    article, tags = tag(tagger, "Британское правительство одобрило план. Правительство Великобритании опубликовало его.")
    (gov,) = tags.organizations
    assert [article.text[s.start:s.stop] for s in gov.spans] == ["Британское правительство", "Правительство Великобритании"]


def test_an_abbreviation_defined_for_a_country_is_the_country_not_an_organization(tagger):
    article, tags = tag(tagger, "Вице-премьер Республики Молдова (РМ) Октавиан Калмык заявил, что РМ не откажется "
                                "от транзита. Позиция РМ неизменна.")
    assert [(c.code, c.mentions) for c in tags.countries] == [("MD", 4)]
    assert "РМ" not in names(tags.organizations)
    assert not [p.name for p in tags.places if "Молдова" in p.name]


# -- places ---------------------------------------------------------------------------------


def test_places_with_country(tagger):
    _, tags = tag(tagger, "Делегация прибыла в Екатеринбург, затем в Душанбе и в Москву.")
    places = {p.name: p.country for p in tags.places}
    assert places.get("Екатеринбург") == "RU"
    assert "Россия" not in places


def test_a_first_word_is_put_in_the_nominative_as_a_first_name(vocab):
    # «Павле» is the locative of the first name «Павел» and of the surname «Павля»
    assert nominative(vocab, NameToken("Павле", 0, 5, "Loc", "Masc", "Sing"), first=True) == "Павел"
