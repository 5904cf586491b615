"""Organization rules, one table per rule: sentence → organizations (our own sentences).

Each table checks what a rule adds or removes; the tagger (natasha models) loads once.
"""

from __future__ import annotations

import re
from types import SimpleNamespace

import pytest

from briefings.model import Article, Span
from briefings.organizations import (
    Lexicon,
    OrgMention,
    abbreviation_pairs,
    adjective_pairs,
    after_kind_noun,
    agreeing_name,
    brand_pairs,
    compound_pairs,
    is_common_word,
    is_not_organization,
    merge_organizations,
    named_regions,
    numbered_model,
    quoted_pairs,
    script_pairs,
    starts_with_function_word,
    term_abbreviations,
    tidy_name,
)
from briefings.organizations_chambers import chambers_named
from briefings.organizations_leaders import leaders_placed
from briefings.organizations_mentions import (bracket_parts, names_a_body, without_leading_role, without_loose_tail,
                                              without_trailing_verbs)
from briefings.organizations_names import (abbreviates, latin_kind_pairs, latin_tail_pairs, owner_pairs,
                                          party_pairs, place_adjective_pairs, remit_pairs)


def _spaced_tokens(words: list[str]) -> list[SimpleNamespace]:
    """Tokens of ``words`` written one space apart."""
    tokens, at = [], 0
    for word in words:
        tokens.append(SimpleNamespace(text=word, start=at, stop=at + len(word)))
        at += len(word) + 1
    return tokens


def orgs_of(tagger, body: str) -> list[str]:
    return [e.name for e in tagger(Article(path="test.txt", title="Сводка", body=body)).organizations]


# -- names in the nominative --------------------------------------------------------------


@pytest.mark.parametrize(
    "body, expected",
    [
        # a quoted name that is a prepositional phrase stays as written
        ("В литературной мастерской «На Малой Пироговке» прошёл вечер.", {"На Малой Пироговке"}),
        # a superlative keeps its own stem («Высшей» → «Высшая», not «Высочайшая»)
        ("Он преподавал в Высшей школе экономики и учился в Высшем военном училище.",
         {"Высшая школа экономики", "Высшее военное училище"}),
        ("Иск рассмотрел Высший арбитражный суд.", {"Высший арбитражный суд"}),
        # an adjective the tagger reads as a noun before its noun agrees with it
        ("Лидер «Непокорной Франции» выступил на митинге.", {"Непокорная Франция"}),
        # … and adjectives alone, the last read as a noun, stay a name of adjectives
        ("Адрес появился на сайте. В «Первом рукодельном» после обращения RT сообщили, что разместили его.",
         {"Первый рукодельный"}),
        # a hyphenated adjective declines in its last part, agreeing with the head noun
        ("Решение Экспертно-консультативного совета опубликовано.", {"Экспертно-консультативный совет"}),
        # an abbreviation keeps its letters, a case ending is dropped («МИДа» → «МИД»)
        ("Представитель МИДа России сказал, что заявление ОПЕК рассматривается.", {"МИД России", "ОПЕК"}),
        # an adjective named alone takes the nominative of its gender
        ("Теннисистка мечтала выйти на корт «Олимпийского», но травма помешала.", {"Олимпийский"}),
        ("Главное отличие «Северного потока» от «Южного» заключается в мощности.", {"Южный"}),
        # a noun the dictionary knows only out of the nominative, tagged in another case
        ("В 2020 году «Ратником» будет обеспечен каждый военный.", {"Ратник"}),
        ("В Минтруда рассказали о пенсиях.", {"Минтруд"}),
        # … tagged nominative: a hyphenated name, an unknown word no guess reads as a nominative
        ("В России такие опросы проводятся Левада-Центром, затем данные сопоставляются.", {"Левада-Центр"}),
        ("Так считает социолог Левада-Центра Денис Волков. Выставка прошла в «Ельцин-Центре».",
         {"Левада-Центр", "Ельцин-Центр"}),
        # (a last part that is a plural nominative too is left to the others; nor a plural a guess
        # reads where the tagger reads the singular)
        ("Акции «Кока-Колы» выросли.", {"Кока-Кола"}),
        ("Завод хотели влить в «Ростех».", {"Ростех"}),
        ("Боевики напали на мечеть. Бригады мучеников «Аль-Акса» взяли ответственность.", {"Аль-Акса"}),
        ("Книги издавались «Детгизом» много лет.", {"Детгиз"}),
        # … a feminine name the dictionary does not know, in the accusative or the genitive
        ("США внесли «Хезболлу» в список. Боевики «Хезболлы» отступили.", {"Хезболла"}),
        ("Заявление сделал Мосгоризбирком. Контракт подписан «Укроборонпромом».", {"Мосгоризбирком", "Укроборонпром"}),
        # named after a person: first name and surname both in the nominative, a place not
        ("Он провёл три сезона в «Салавате Юлаеве» и перешёл в СКА. Акции Сбербанка России выросли.",
         {"Салават Юлаев", "Сбербанк России"}),
        # an adjective the tagger calls a proper noun is no head noun
        ("Рогозин готов представить генсеку Североатлантического альянса позицию стороны.",
         {"Североатлантический альянс"}),
        # … a masculine noun in «-е» tagged in another oblique case, heading words after it
        ("Вчера в возглавляемом Алексеем Кудриным Центре стратегических разработок представили план.",
         {"Центр стратегических разработок"}),
        # … any noun in «-е» written in lower case (a common noun: no name that looks oblique)
        ("Депутаты Национальной ассамблее Франции проголосовали.", {"Национальная ассамблея Франции"}),
        # of two nouns of the form's case and gender, the one that keeps its stem («полк», not «полок»)
        ("Солдаты Президентского полка прошли маршем.", {"Президентский полк"}),
        # a short possessive adjective the dictionary does not know («Чудовом», not the town «Чудово»)
        ("В Чудовом монастыре крестили царских детей.", {"Чудов монастырь"}),
        # of the spellings of one name, the nominative
        ("На аукционе «Литфонда» продали лот. Торги аукционного дома «Литфонд» прошли.", {"Литфонд"}),
        # … written as a word of its own («Модерн» is no spelling written in «Модерна»)
        ("Фармацевтическая «Модерна» объявила о вакцине. Вакцину «Модерна» одобрили.", {"Модерна"}),
        # … written in quotes after a noun for its kind: in apposition, so a nominative
        ("Данные обнародовало аналитическое агентство «Автостат». По данным «Автостата», продажи растут.",
         {"Автостат"}),
        # an unknown name the dictionary guesses an adjective of: the noun declension («-а»)
        ("До матча с «Миннесотой» на прошлой неделе капитан забил дважды.", {"Миннесота"}),
        # no plural of a person's name the dictionary guesses («брэбэма»)
        ("Болельщики «Брэбэм» ждут гонки.", {"Брэбэм"}),
        ("Матч с «Кэпиталзами» прошёл.", {"Кэпиталзы"}),  # (but an oblique plural is put in the nominative)
        ("Представитель компании «Тойоты» ответил. Аналитики агентства «Автостата» уточнили.",
         {"Тойота", "Автостат"}),
        ("Игроки «Андерлехту» уступили. «Андерлехт» силён.", {"Андерлехт"}),
        # … a company's name the guesser reads as a company's in the dative or the instrumental
        ("Деньги выделят БелАЗу и входящему в тот же холдинг «Кузлитмашу».", {"Кузлитмаш"}),
        ("Спор между сочинцами, администрацией Сочи и «Олимпстроем» затянулся.", {"Олимпстрой"}),
        # a word and a number or capital letters: the word declines, the rest stays
        ("Уход Red Bull из «Формулы-1» возможен.", {"Формула-1"}),
        ("Уход Red Bull из «Союза-У» возможен. Контракт с «Союзом-ТМА» подписан.", {"Союз-У", "Союз-ТМА"}),
        # a number, then the word: the word declines, out of the genitive the number governs
        ("В интервью «5 каналу» он всё объяснил. Коалиция «14 марта» выиграла.", {"5 канал", "14 марта"}),
        # … and out of a genitive singular no number but 2, 3 or 4 governs (a name's case there)
        ("Министр в эфире «5 канала» пояснила ситуацию.", {"5 канал"}),
        ("Акции «2 канала» купили инвесторы.", {"2 канала"}),
        # a genitive plural the NER cut at «и» before another: the whole name, with its owner
        ("Сообщил директор Института стратегических исследований и прогнозов РУДН Дмитрий Егорченков. "
         "Выступили врачи Санкт-Петербургской ассоциации пульмонологов и фтизиатров.",
         {"Институт стратегических исследований и прогнозов РУДН", "РУДН",
          "Санкт-Петербургская ассоциация пульмонологов и фтизиатров"}),
        # … not another case, nor a verb, nor after a name of two words
        ("Законопроект принят в палате представителей и сенате. Он предложил упразднить коллегию выборщиков и "
         "учредить прямые выборы. Голоса палаты представителей и сенаторов разделились.",
         {"Палата представителей", "Коллегия выборщиков"}),
    ],
)
def test_nominative_names(tagger, body, expected):
    orgs = orgs_of(tagger, body)
    assert expected <= set(orgs), orgs
    assert not any("Высочайш" in o or o.endswith("МИДа") for o in orgs), orgs


@pytest.mark.parametrize(
    "body, expected",
    [
        # a body's or an institution's head in lower case, and a genitive complement the NER cut off
        ("Учёные из Гарвард-Смитсоновского центра астрофизики представили модели.",
         ["Гарвард-Смитсоновский центр астрофизики"]),
        ("Сотрудники Европейского института мира заявили.", ["Европейский институт мира"]),
        # … a compound of a head too, before a preposition
        ("Призыв в Государственную спецслужбу транспорта в период с 1 октября начнётся.",
         ["Государственная спецслужба транспорта"]),
        # … not before «и», a phrase of its own
        ("Он тщательно добивался от оркестра Большого театра ровности и пластичности линий.", ["Большой театр"]),
        # … not a place, a time or a phrase that goes on
        ("В Московском центре города прошла акция.", ["Московский центр"]),
        # a lower-case noun in another case than the accusative after the head stays
        ("Он был сторонником единства Русской православной церкви заграницей и Московского патриархата.",
         ["Русская православная церковь заграницей", "Московский патриархат"]),
        # games and a contest are no organizations
        ("Спортсмены получили бы больше наград, если бы до Паралимпиады допустили сильных россиян.", []),
        ("Киевские власти надеются заработать на Евровидении около €21 млн.", []),
        # a court's kind in lower case is its name's adjective
        ("Об этом в арбитражном суде Москвы заявил представитель компании.", ["Арбитражный суд Москвы"]),
        ("Иск подан в районный суд Новосибирска.", ["Районный суд Новосибирска"]),
        ("Эксперты Гарвард-Смитсоновского центра весной заявили.", ["Гарвард-Смитсоновский центр"]),
    ],
)
def test_organizations_of_a_sentence(tagger, body, expected):
    assert orgs_of(tagger, body) == expected


@pytest.mark.parametrize(
    "text, name, expected",
    [
        ("в команде «Зенит», которая", "Зенит", True),
        ("аналитическое агентство «Автостат» сообщило", "Автостат", True),
        ("радиостанции «Говорит Москва» сказал", "Говорит Москва", True),
        ("Радиостанции «Говорит Москва» добавляют", "Говорит Москва", True),
        # a genitive after the noun, not in apposition: «дочерняя компания Газпрома»
        ("является дочерней компанией «Газпрома», отмечали", "Газпрома", False),
        ("депутаты партии «Единой России» голосовали", "Единой России", False),
        ("стала группа «Ольги» во главе с", "Ольги", False),  # (the cast of the film «Ольга»)
        # … a genitive singular the dictionary guesses or knows besides a nominative
        ("Сотрудники агентства «Автостата» подсчитали", "Автостата", False),
        ("Пассажиры авиакомпании «Победы» ждут", "Победы", False),
        ("Пресс-секретарь клуба «Ростова» заявил", "Ростова", False),
        # … but a case the noun neither governs nor agrees with is the name as written
        ("возглавляет организацию «Пером» («Перспективы русских организаций молодёжи»)", "Пером", True),
        ("сделка с компанией «Газпромом» сорвалась", "Газпромом", False),
        # no noun for a kind before the quote, or only a part of the quoted name
        ("по данным «Автостата» продажи", "Автостата", False),
        ("проиграв звёздному «Андерлехту». Потом", "Андерлехту", False),
        ("в команде «Брэбэм Рейсинг» работает", "Брэбэм", False),
    ],
)
def test_a_quoted_name_after_its_kind(vocab, text, name, expected):
    start = text.index(name)
    assert after_kind_noun(text, start, start + len(name), vocab, Lexicon.default().kind_nouns) is expected


@pytest.mark.parametrize(
    "words, kept",
    [
        (["Ассамблее", "суждена"], ["Ассамблее"]),  # a short adjective of the predicate
        (["Палате", "заседают"], ["Палате"]),
        (["Совету", "безопасности", "поручено"], ["Совету", "безопасности"]),
        (["Совет", "безопасности"], ["Совет", "безопасности"]),
        (["Банк", "России"], ["Банк", "России"]),
        (["Открытое", "правительство"], ["Открытое", "правительство"]),
        (["ГРУ", "66-летний"], ["ГРУ"]),  # the age of the person named after it
        (["ФСБ", "33-летнюю"], ["ФСБ"]),
        (["ФБА", "«", "Экономика", "сегодня"], ["ФБА", "«", "Экономика", "сегодня"]),  # a quoted name's own word
        (["ФБА", "«", "Экономика", "»", "сегодня"], ["ФБА", "«", "Экономика", "»"]),
        # the predicate inside the span, its subject after it
        (["Совете", "представлены", "организации", "народов", "Севера"], ["Совете"]),
        (["Палате", "избираются", "депутаты"], ["Палате"]),
        (["ФБА", "«", "Экономика", "растёт", "»"], ["ФБА", "«", "Экономика", "растёт", "»"]),
    ],
)
def test_without_trailing_verbs(tagger, words, kept):
    tokens = _spaced_tokens(words)
    assert [t.text for t in without_trailing_verbs(tokens, tagger.models.morph_vocab)] == kept


@pytest.mark.parametrize("quote, words, kept", [
    # a span that starts right after an opening quote keeps the quoted words …
    ('"', ["Экономика", "сегодня"], ["Экономика", "сегодня"]),
    ("«", ["Экономика", "сегодня"], ["Экономика", "сегодня"]),
    # … up to the closing quote
    ("«", ["Яблоко", "»", "заявило"], ["Яблоко", "»"]),
    ('"', ["Яблоко", '"', "заявило"], ["Яблоко", '"']),
])
def test_without_trailing_verbs_in_quotes(tagger, quote, words, kept):
    tokens = _spaced_tokens(words)
    assert [t.text for t in without_trailing_verbs(tokens, tagger.models.morph_vocab, quote)] == kept


@pytest.mark.parametrize(
    "tagged, kept",
    [
        # the next phrase's object: another case than the genitive, after a noun in another case
        ("Коллегии/PROPN/Loc волю/NOUN/Acc", ["Коллегии"]),
        # a locative without its preposition, after a lower-case complement
        ("Академии/PROPN/Gen наук/NOUN/Gen русле/NOUN/Loc", ["Академии", "наук"]),
        # a preposition or a conjunction the NER took in
        ("Центр/PROPN/Nom по/ADP/-", ["Центр"]),
        ("Сборные/NOUN/Nom Южной/ADJ/Gen и/CCONJ/-", ["Сборные", "Южной"]),
        # … a genitive, one case, a complement after a preposition stay
        ("Совете/NOUN/Loc директоров/NOUN/Gen", ["Совете", "директоров"]),
        ("Газпром/PROPN/Nom нефть/NOUN/Nom", ["Газпром", "нефть"]),
        ("Комитет/NOUN/Nom по/ADP/- делам/NOUN/Dat", ["Комитет", "по", "делам"]),
        # … and so does a word the tagger gave no case
        ("Фонд/PROPN/Nom кино/NOUN/-", ["Фонд", "кино"]),
        # … or the object of a lower-case noun, or a noun after an adjective the tagger
        # took for a proper noun
        ("Центр/NOUN/Nom управления/NOUN/Gen обороной/NOUN/Ins", ["Центр", "управления", "обороной"]),
        ("Попечительский/PROPN/Nom совет/NOUN/Acc", ["Попечительский", "совет"]),
        # … or a genitive plural of people the tagger read as an accusative
        ("Союза/PROPN/Gen нефтегазопромышленников/NOUN/Acc", ["Союза", "нефтегазопромышленников"]),
        # … or a kind of organization after a brand that keeps its form
        ("Тинькофф/PROPN/Nom банком/NOUN/Ins", ["Тинькофф", "банком"]),
        ("Альфа/PROPN/Nom банке/NOUN/Loc", ["Альфа", "банке"]),
    ],
)
def test_without_loose_tail(vocab, tagged, kept):
    tokens = _spaced_tokens([w.split("/")[0] for w in tagged.split()])
    for token, word in zip(tokens, tagged.split()):
        _, token.pos, case = word.split("/")
        token.feats = {} if case == "-" else {"Case": case}
    assert [t.text for t in without_loose_tail(tokens, vocab, Lexicon.default().brand_tails)] == kept


@pytest.mark.parametrize(
    "words, kept",
    [
        (["Член", "попечительского", "совета"], ["попечительского", "совета"]),
        (["Председатель", "комиссии", "по", "этике"], ["комиссии", "по", "этике"]),
        (["Директор", "Эрмитажа"], ["Эрмитажа"]),
        (["Председатель", "комитета"], []),  # the role and a common noun: no organization
        # a kind of body in a Latin abbreviation and a common noun before the name
        (["IT-агентства", "DISA"], ["DISA"]), (["PR-агентства", "Ketchum"], ["Ketchum"]),
        (["IT-агентства"], ["IT-агентства"]),
        (["Союз", "журналистов"], ["Союз", "журналистов"]),
        (["Гранд", "Отель"], ["Гранд", "Отель"]),
        (["Управделами", "президента"], ["Управделами", "президента"]),
        (["Заведующая", "сектором", "внешней", "политики"], ["сектором", "внешней", "политики"]),  # a participle
        (["Заведующего", "кафедрой", "истории"], ["кафедрой", "истории"]),
    ],
)
def test_without_leading_role(tagger, words, kept):
    tokens = _spaced_tokens(words)
    assert [t.text for t in without_leading_role(tokens, tagger.models.morph_vocab, Lexicon.default())] == kept


@pytest.mark.parametrize(
    "name, tidy",
    [
        ("СИЗО «Лефортово", "СИЗО «Лефортово»"),
        ("Агентство «Вести» (АВ", "Агентство «Вести» (АВ)"),
        ("Минфин)", "Минфин"),
        ("Новая служба...", "Новая служба"),
        ("ИноПресса.", "ИноПресса"),
        ("Apple Inc.", "Apple Inc."),
        ("Завод «", "Завод"),
        ('ООО "Ромашка"', 'ООО "Ромашка"'),
        ("Фонд защиты лесов*", "Фонд защиты лесов"),
    ],
)
def test_tidy_name(name, tidy):
    assert tidy_name(name) == tidy


@pytest.mark.parametrize("name, expected", [
    ("Спутник V", True), ("Пушкинский XXI", True), ("Индустрия 4.0", True),
    ("Олимпийская чемпионка-2006", True), ("Оргкомитет Сочи-2014", False),
    ("Благотворительный фонд Короля Кигели V", False), ("Почта РФ", False), ("Спутник", False), ("ТВ-3", False),
    # an event with its year
    ("МАКС-2017", True), ("ОИ-2018", True), ("АТЭС-2016", True), ("G20", False), ("ВТБ24", False), ("ЦКБ-14", False),
    # an aircraft's or a weapon's type, in either script (not a channel, a service or a bank)
    ("F-22", True), ("С-125М", True), ("Су-35С", True), ("МиГ-29", True), ("Ту-154", True), ("МИ-6", False),
    ("ВТБ-24", False), ("G-20", False),
    # … one digit, and the type's name after it (not a group of states nor an intelligence service)
    ("Е-2", True), ("EP-3", True), ("EP-3 Aries", True), ("P-8A Poseidon", True), ("G-7", False), ("MI-6", False),
])
def test_numbered_model(name, expected):
    assert numbered_model(name) is expected


# -- what is not an organization ---------------------------------------------------------------


@pytest.mark.parametrize(
    "body, absent",
    [
        # a state named after «штат» is a place wherever it is written
        ("Сенатор от штата Вермонт выступил в Бостоне. В Вермонте открылись участки.", {"Вермонт"}),
        # a product named after a word for it: quoted, or a model with a number
        ("Вакцина «Звезда-2» прошла испытания. Поставки «Звезды-2» начнутся весной.", {"Звезда-2"}),
        ("Авиакомпания закупила самолёты Airbus A320 и Boeing 737.", {"Airbus A320", "Boeing 737"}),
        ("Ведущий телепередачи «Время» ушёл, шоу «Голос» закрыли.", {"Время", "Голос"}),
        ("Он был гостем передачи «Главный вопрос» на телеканале НТН.", {"Главный вопрос"}),
        # … a talk show, a festival, a contest, an award
        ("Он выступил в ток-шоу «Право голоса». Гость телешоу «Вечерний Ургант» пел.", {"Право голоса", "Вечерний Ургант"}),
        ("Кустурица рассказал о фестивале русской музыки «Большой». В его деревне проходит музыкальный фестиваль "
         "«Большой», а фильм получил премию «Ника».", {"Большой", "Ника"}),
        # … a post the NER reads as a body
        ("Официальный представитель Генсека ООН Стефан Дюжаррик заявил о помощи.", {"Генсек"}),
        ("Компания построила газопровод «Северный поток», а на платформе «Приразломная» добывают нефть.",
         {"Северный поток", "Приразломная"}),
        # a stock index in Latin letters: after «индекс», or rising or falling to a number of points
        ("Промышленный индекс Dow Jones вчера снизился на 4%. Корейский KOSPI упал до 2 363 пунктов, "
         "а Hang Seng Index поднялся до 29 507 пунктов.", {"Dow Jones", "KOSPI", "Hang Seng Index"}),
        ("Гонконгский Hang Seng просел на 1,03% — до 30 196 пунктов, NASDAQ — 6789 пунктов.", {"Hang Seng", "NASDAQ"}),
        ("Корпоративный индекс S&P 500 потерял 4%.", {"S&P 500", "S&P"}),
        # works or ships in Latin letters listed with their years
        ("Группа выпустила альбомы The Fat Of The Land (1997), Always Outnumbered (2004) и Invaders Must Die (2009).",
         {"The Fat Of The Land", "Always Outnumbered", "Invaders Must Die"}),
        ("Флот списал три подлодки: Trafalgar (2009), Turbulent (2012) и Tireless (2014).",
         {"Trafalgar", "Turbulent", "Tireless"}),
        # a chemical formula
        ("Выбросы СО2 сократились, а концентрация CH4 выросла.", {"СО", "СО2", "CH4"}),
        # an aircraft's or a weapon's type, in Cyrillic too
        ("Комплекс С-125 «Печора» модернизировали, а истребители Су-35С поднялись в воздух.", {"С-125", "Су-35С"}),
        # … or one word and a Roman numeral or a Latin letter, wherever written
        ("Создатели российского «Спутника V» говорят о побочных эффектах. Интерес к «Спутнику» растёт.",
         {"Спутник V", "Спутник"}),
        # a model's name without its designator is the product too
        ("Россия закупила векторную вакцину \"Спутник V\". Президент привился \"Спутником\" публично.",
         {"Спутник", "Спутник V"}),
        # … and a notion's name with a version number
        ("Решения Индустрии 4.0 базируются на технологиях. Индустрия 4.0 принесёт миллиарды.",
         {"Индустрия", "Индустрия 4.0"}),
        # a ship, a pavilion, a post
        ("В Азовском море терпит бедствие сухогруз «Ковель». Водой заполнено два трюма.", {"Ковель"}),
        # … a name the dictionary does not know, with no case ending, is the ship's, not its owner's
        ("Он служил радистом на авианосце «Крокет», потом в штабе авианосца «Бримстон».", {"Крокет", "Бримстон"}),
        # … a quoted ship's name that ends as a dative does is no owner's (an owner is a genitive)
        ("Ледокол «Дамиану» и спасательное судно «Северину Лопу» помогают в поисках.",
         {"Дамиану", "Северину Лопу"}),
        # … a ship or a spacecraft by a name right after the word, quoted or not
        ("Экипаж эсминца Hartwell зашёл в порт. Снимки сделаны со спутника Skyline-3 и с судна Blue Ocean.",
         {"Hartwell", "Skyline-3", "Blue Ocean"}),
        # … a list in a bracket after the word
        ("В плане шесть пусков ракет-носителей («Сокол», «Вымпел», «Кречет»).", {"Сокол", "Вымпел", "Кречет"}),
        # … an abbreviation in a bracket after the word and a route
        ("Газопровод Гранатия–Лимония (ГЛ) строит «Южгаз». Стоимость ГЛ растёт.", {"ГЛ"}),
        # … a study, a report, a rating
        ("Центр провёл исследование «Барометр доверия», а доклад «Страх и надежда» вышел позже.",
         {"Барометр доверия", "Страх и надежда"}),
        # … after an abbreviation for a weapon the dictionary does not know
        ("Армия модернизирует РЛС «Ястреб», «Сапсан» и «Беркут», и ЗРК «Гроза».",
         {"Ястреб", "Сапсан", "Беркут", "Гроза"}),
        # … a person's works in a bracket after the name
        ("Продюсер Ильдар Сабиров («Полярный круг», «Тихий берег») снимает сериал. «Тихий берег» вышел в 2019.",
         {"Полярный круг", "Тихий берег"}),
        # … an aircraft's type: Latin capitals, a hyphen and a number
        ("Двигатель поворачивается, как у F-35, а не как у RC-135.", {"F-35", "RC-135"}),
        ("В павильоне «Земледелие» на выставке отреставрировали шпиль.", {"Земледелие"}),
        ("Маневры с участием самого Верховного главнокомандующего провел Северный флот.",
         {"Верховный главнокомандующий"}),
        # an abbreviation the dictionary also reads as a word takes no people after it
        ("Эксперты считают, что ИГ французских граждан вербует давно.", {"ИГ французских граждан"}),
        # a channel on a platform
        ("Telegram-канал ведомства сообщил о проверке.", {"Telegram-канал"}),
        ("Фото разместили в соцсетях «ВКонтакте» и «Одноклассники».", {"ВКонтакте", "Одноклассники"}),
        # a list of quoted names after a word for products or buildings
        ("Препарат продают под марками «Чистополь», «Агрос» и «Лесовик».", {"Чистополь", "Агрос", "Лесовик"}),
        ("Фильмы покажут в кинотеатрах «Родина», «Октябрь» и «Победа».", {"Родина", "Октябрь", "Победа"}),
        # … a metro station, a storage site
        ("Он снял квартиру около станции метро «Спортивная». Офис был у метро «Спортивная».", {"Спортивная"}),
        ("Пожар подошёл к хранилищу «Подлесный» в зоне отчуждения.", {"Подлесный"}),
        # … also a few words and a colon after the word (the name before the colon is the owner's)
        ("Показы пройдут в кинотеатрах городской сети «Кинопарк»: «Полёт», «Искра», «Салют». «Искра» уже открыта.",
         {"Полёт", "Искра", "Салют"}),
        # … after «такие как», or before the word, set off by a comma or a dash
        ("Медики хвалят вакцины, такие как «НоваВак», и ждут новых поставок «НоваВака».", {"НоваВак", "НоваВака"}),
        ("Наш «Орион-М», вакцина нового поколения, прошёл испытания. «Орион-М» ждут в регионах.", {"Орион-М"}),
        ("Производитель «Кристалл-Вак», вакцина от гриппа, прошёл проверку.", {"Кристалл-Вак"}),
        ("Компания выпустила «ТрансВектор» — российский вертолёт нового поколения.", {"ТрансВектор"}),
        # a building or site is no organization
        ("Рейс приземлился в Пулковском аэропорту, пассажиров отвезли на стадион «Восток».",
         {"Пулковский аэропорт", "Восток"}),
        ("Оркестр выступил в Концертном зале имени Чайковского и в Большом зале.",
         {"Концертный зал имени Чайковского", "Большой зал"}),
        # a platform as a medium
        ("Министр написал в своём Twitter, что сделка с компанией отменена.", {"Twitter"}),
        # … listed after another one
        ("Сенатора заблокировали в Twitter, Facebook и других соцсетях.", {"Twitter", "Facebook"}),
        # a code of law, the internet
        ("Его обвинили по статье 159 УК. Видео разошлось в Сети.", {"УК", "Сеть"}),
        # a common word capitalized only because it starts a line or is in capitals
        ("Обсуждение закрыто.\nКомментарии доступны подписчикам.", {"Обсуждение", "Комментарии"}),
        ("ПОПРАВКУ приняли в первом чтении.", {"Поправка", "ПОПРАВКУ", "ПОПРАВКА"}),
        # a treaty: adjectives before a word for a document or a partnership, an abbreviation
        ("Обама подписал договор по СНВ-3 и СНВ-III. Украина вступила в Восточное партнёрство ЕС. "
         "Стороны вспомнили Венские конвенции и Североамериканское соглашение.",
         {"СНВ-3", "СНВ-III", "Восточное партнёрство ЕС", "Венские конвенции", "Североамериканское соглашение"}),
        # … and its short name in a bracket, also written alone
        ("Россия следит за переговорами, включая Региональное всеобъемлющее экономическое партнерство (РВЭП). "
         "Лидеры АСЕАН обсудили РВЭП.", {"РВЭП", "Региональное всеобъемлющее экономическое партнерство (РВЭП)"}),
        # … dictionary words in capitals, a headline's (and its conjunction alone)
        ("Войска отошли.\n\nСЕВЕРОКОРЕЙСКИЕ ВОЙСКА ОТСТУПАЮТ, НО…\n\nЧто им противопоставили?",
         {"СЕВЕРОКОРЕЙСКИЕ ВОЙСКА ОТСТУПАЮТ", "СЕВЕРОКОРЕЙСКИЕ ВОЙСКА", "НО"}),
        ("Глава третья.\n\nКАК опровергнуть опровержение\n\nОтвет прост.", {"КАК"}),
        ("Спор затянулся.\n\nДЕЛО ВСТУПАЕТ КИТАЙ\n\nПекин вмешался.", {"ДЕЛО ВСТУПАЕТ КИТАЙ", "ДЕЛО ВСТУПАЕТ"}),
        # quoted labels, awards and works after a word for them (a colon may come between)
        ("Заметки с пометками «Мнение», «Прогноз», «Регионы» выходят без правки.", {"Мнение", "Прогноз", "Регионы"}),
        ("Олимпиада прошла по предметам «Лингвистика», «Востоковедение» и «Юриспруденция».",
         {"Лингвистика", "Востоковедение", "Юриспруденция"}),
        ("Фильм получил премию «Ника», режиссёр — награду «Золотой орёл».", {"Ника", "Золотой орёл"}),
        ("Он автор книг: «Тишина», «Берег» и «Выбор».", {"Тишина", "Берег", "Выбор"}),
        ("В Чите вышла следующая его книга под названием «Ясныш». Критики хвалят «Ясныш».", {"Ясныш"}),
        # a state of the past is a country, not an organization
        ("Учёный работал в Советском Союзе, а после распада СССР уехал.", {"Советский Союз", "СССР"}),
        ("Здание построили ещё в Российской империи.", {"Российская империя"}),
        # a one-word name in a list of places is a place («Вермонт» is Orgn in the dictionary)
        ("Меньше всего выборщиков у Монтаны, Аляски, Вермонта и Делавэра.", {"Вермонт"}),
        # people named by their post in the plural are no organization
        ("Министров иностранных дел соседних стран ждут в столице.", {"Министры иностранных дел"}),
        ("Члены коллегии проголосовали единогласно.", {"Члены коллегии"}),
        # a sentence start the NER took for a name
        ("Акции подорожали Если Вы нашли опечатку, сообщите нам.", {"Если Вы"}),
        # boilerplate and credits
        ("Если вы нашли опечатку, нажмите Ctrl+Enter.", {"Ctrl+Enter"}),
        ("Митинг прошёл у здания парламента. Фото: Иван Петров / ТАСС", {"ТАСС"}),
        ("Митинг прошёл мирно. Фото Reuters", {"Reuters"}),
        # … and so is an abbreviation for a kind of thing; one in a name stays
        ("Строительство АЭС продолжат, предприятия ОПК загружены, в зоне АТО тихо.", {"АЭС", "ОПК", "АТО"}),
        # a capital and a number is an agreement; a pronoun alone after a kind is no name
        ("Соглашения «Минск-2» не выполняются. Руководителя команды «А» сыграл Ян Цапник.", {"Минск-2", "А"}),
        ("Его поместили в СИЗО, а машину оставили на АЗС. Члены УИК спорили.", {"СИЗО", "АЗС", "УИК"}),
        # a Latin abbreviation joined to a common noun is a kind of thing
        ("Акции IT-компаний выросли, а PR-служба банка промолчала. Учёные изучили S-белок.",
         {"IT-компании", "IT-компаний", "PR-служба", "S-белок"}),
        # television in general
        ("Такого прямого эфира никогда не было на ТВ.", {"ТВ"}),
        # a saint a church is dedicated to
        ("Инцидент произошёл недалеко от монастыря Святого Самуила в провинции Эль-Минья.", {"Святой Самуил"}),
        # a document, in any case
        ("Путин огласил Послание Федеральному собранию. Хартией ШОС предусмотрено сотрудничество.",
         {"Послание Федеральному собранию", "Хартия ШОС", "Хартией ШОС"}),
        ("Выступая 1 марта с Посланием Федеральному собранию, президент РФ Владимир Путин назвал условие.",
         {"Послание Федеральному собранию", "Послание"}),
        # the signature of an embedded post: its author's name and handle
        ("Матч перенесли.\n\n— ФК Локомотив (@fclokomotiv)\n\n1 декабря 2016 г.",
         {"ФК Локомотив", "Локомотив"}),
        ("Трансляция в 20:00.\n\nПубликация от РФБ (@russiabasket)\n\nАвг 24 2017", {"РФБ"}),
        ("Матч перенесли на среду. — ФК Локомотив (@fclokomotiv) 1 декабря 2016 г.", {"ФК Локомотив", "Локомотив"}),
        # … a signature line with more words between the name and the handle
        ("Победу одержала сборная Норвегии.\n\n— Союз биатлонистов RU (@russianbiathlon)\n\nГонка прошла.",
         {"Союз биатлонистов", "Союз биатлонистов RU"}),
        # a lone adjective before the noun or the abbreviation it qualifies
        ("Взять хотя бы Шенгенскую зону.", {"Шенгенская", "Шенгенскую"}),
        ("Об этом сообщила пресс-служба Челябинского СК.", {"Челябинский", "Челябинского", "Челябинский СК"}),
        # the next phrase's object or a preposition the NER ran the name into, and the
        # common noun left without them
        ("Их дело однозначное — хором поддержать в Коллегии волю штата.", {"Коллегия волю", "Коллегия"}),
        ("Это вселило в бойцов Красной армии веру в окончательную победу.", {"Красная армия веру"}),
        ("Документ подготовил Центр по, как сказали нам, вопросам безопасности.", {"Центр по", "Центр"}),
        # a radar station, a poison, an exercise, a catechism, a site after its word
        ("От станции «Небо-М» не спрячутся самолёты. Вещество «Новичок» нашли в крови.", {"Небо-М", "Новичок"}),
        ("Армия оттачивает навыки на манёврах «Рубеж».", {"Рубеж"}),
        ("Он сослался на Катехизис Католической церкви.", {"Катехизис Католической церкви"}),
        ("Владелец аэропорта Домодедово задержан.", {"Домодедово"}),
        ("В Договоре от 15 мая 1992 года говорится о защите. Участники Договора проводят учения.", {"Договор"}),
        ("Итоги AusOpen подвели. На US Open всё иначе.", {"AusOpen", "US Open"}),  # tournaments
        # a quoted name listed after other quoted ones that follow a word for works
        ("Он выпустил книги «Голубь идущий», «КТОЯ», «Книга учета жизни» и др.", {"КТОЯ"}),
        # … after a dash, and a video's name
        ("Здесь выпускаются ещё три модели – «Крунк», «Азнив» и «Лория».", {"Крунк", "Азнив", "Лория"}),
        ("Ролик «Вести 2035», посвящённый выборам, набрал миллион просмотров.", {"Вести 2035"}),
        # quoted names counted in a list of counts are the things counted
        ("Потери составили 5 СН-47, 1 «Пума», 1 «Линкс», 1 «Белл»-412, 1 «Сокол», 2 Ми-8.",
         {"Пума", "Линкс", "Белл", "Сокол"}),
        ("Он купил 2 «Лады», 3 «Волги» и 1 «Газель».", {"Лады", "Лада", "Волги", "Волга", "Газель"}),
        # an abbreviation for a drone
        ("Сигнал от оператора БЛА пришёл с опозданием. Запуск БПЛА отложили.", {"БЛА", "БПЛА"}),
        # the head of a body named after it is no leader the body is named by
        ("В список попали сотрудники администрации президента РФ и глава администрации Антон Вайно. Главу "
         "администрации Антона Вайно тоже внесли.", {"Администрация Антона Вайно"}),
        # medical insurance, no insurer
        ("Есть полис ОМС, но все платят. Медстрахование (ОМС и ДМС) разделили.", {"ОМС", "ДМС"}),
        # a preposition read as no noun that starts a sentence («длить» has a «для» too)
        ("Трамп посоветовал Москве и Киеву заключить мир.\n\nНовая реальность\n\nДля Киева подобные инициативы "
         "болезненны не только в финансовом отношении.", {"Для Киев", "Для Киева"}),
        # a site with a sponsor's abbreviation before its word
        ("Гости осмотрели строящуюся «ВТБ Арену Парк».", {"ВТБ Арену Парк", "ВТБ Арена Парк"}),
    ],
)
def test_not_organizations(tagger, body, absent):
    orgs = set(orgs_of(tagger, body))
    assert not absent & orgs, orgs


def test_a_group_named_by_a_letter_and_a_number_is_no_formula(tagger):
    assert "С14" in orgs_of(tagger, "Выбросы СО2 выросли. Националисты из С14 вышли на акцию.")


def test_a_document_names_the_body_it_is_addressed_to(tagger):
    orgs = orgs_of(tagger, "Выступая 1 марта с Посланием Федеральному собранию, президент РФ Владимир Путин "
                           "назвал условие.")
    assert "Федеральное собрание" in orgs, orgs


@pytest.mark.parametrize("text, expected", [
    # a conjunction or a pronoun anywhere; a preposition opening a sentence, also one that is
    # an abbreviation too («в»: a volt)
    ("Акции подорожали Если Вы нашли опечатку.", True),
    ("Заголовок\n\nВ вашингтонском суде прошла сцена.", True),
    ("Заголовок\n\nИз пакистанской тюрьмы бежали.", True),
    ("Заголовок\n\nНО", True),  # a conjunction in capitals, alone (a headline's «…, НО…»)
    ("Заголовок\n\nПочему Музей архитектуры не хочет директора", True),  # a headline's question word
    # … not a preposition inside a sentence, nor a name
    ("Он выступил За права человека.", False),
    ("Заголовок\n\nВерховный суд решил иначе.", False),
    ("Заголовок\n\nООН заявила протест.", False),
    ("Заголовок\n\nОП", False),  # (an interjection too, «оп», but no conjunction)
])
def test_starts_with_function_word(vocab, text, expected):
    start = next(i for i, c in enumerate(text) if c.isupper() and i > 0 and text[i - 1] in " \n")
    words = text[start:].split()[:3]
    assert starts_with_function_word(words, text, start, vocab) is expected


@pytest.mark.parametrize("text, name, expected", [
    # plain words at a sentence start, none a word for an institution: no name
    ("Сирия.\n\nВременному перемирию необходим механизм.", "Временному перемирию", True),
    ("Сначала бизнес.\n\nПервым делом Трамп взялся за реформы.", "Первым делом", True),
    ("Итоги. Люберецкий епископ выступил с речью.", "Люберецкий епископ", True),
    # … one is: a name
    ("Итоги. Пенсионный фонд выдал сертификаты.", "Пенсионный фонд", False),
    ("Итоги. Ракетные войска провели учения.", "Ракетные войска", False),
    ("Итоги. Свободная сирийская армия отступила.", "Свободная сирийская армия", False),
    ("Итоги. Русская православная церковь выступила.", "Русская православная церковь", False),
    ("Итоги. Федеральная резервная система повысила ставку.", "Федеральная резервная система", False),  # (known)
    # … and inside a sentence, or quoted, plain words may be a name
    ("Он сказал, что Временное перемирие — движение, а не договор.", "Временное перемирие", False),
    # dictionary words in capitals are a headline's, abbreviations are not
    ("Итоги\n\nСЕВЕРОКОРЕЙСКИЕ ВОЙСКА ОТСТУПАЮТ", "СЕВЕРОКОРЕЙСКИЕ ВОЙСКА", True),
    ("В эфире РЕН ТВ выступил министр.", "РЕН ТВ", False),
])
def test_is_common_word(tagger, vocab, text, name, expected):
    assert is_common_word(name.split(), text, text.index(name), vocab, tagger.lexicon) is expected


@pytest.mark.parametrize(
    "body, present",
    [
        # a platform spoken of as a company (shares, deals) is an organization
        ("Фонд купил ещё 3% акций Facebook за миллиард долларов.", {"Facebook"}),
        # … or blocking, banning, removing
        ("Twitter заблокировал аккаунт сенатора. Указ запрещает «ВКонтакте» на Украине.", {"Twitter", "ВКонтакте"}),
        # an alliance named after its treaty stays («Варшавский договор»), and so does a body
        # of a partnership
        ("Организация Договора о коллективной безопасности (ОДКБ) провела учения. Организация Варшавского "
         "договора распалась. Центр партнёрства цивилизаций МГИМО провёл конференцию.",
         {"Варшавский договор", "МГИМО"}),
        # … and a party named with a word for a document
        ('Сакко избирается от партии "Национальная конвенция за солидарность Африки".',
         {"Национальная конвенция за солидарность Африки"}),
        # abbreviations in capitals are no headline
        ("В эфире РЕН ТВ выступил министр. Студенты РГАУ МСХА вышли на акцию.", {"РЕН ТВ", "РГАУ МСХА"}),
        # a maker after a product word stays an organization
        ("Вакцина Pfizer поступила в клиники.", {"Pfizer"}),
        ("Самолёт «Аэрофлота» задержался. «Аэрофлот» извинился перед пассажирами.", {"Аэрофлот"}),
        ("Перевозчик «Аэрофлот», самолёт которого задержался, извинился перед пассажирами.", {"Аэрофлот"}),
        ("Работу ведёт центр «Вектор», прививки делают в поликлиниках.", {"Вектор"}),
        # a list after a colon without a word for products or buildings before it
        ("В рейтинг вошли крупнейшие компании страны: «Газпром», «Роснефть» и «Лукойл».",
         {"Газпром", "Роснефть", "Лукойл"}),
        ("Он вышел из кинотеатра. Лидеры рейтинга: «Газпром», «Роснефть» и «Лукойл».",
         {"Газпром", "Роснефть", "Лукойл"}),  # (the word for a building is in another sentence)
        # a capitalized common word inside a sentence is a name
        ("Интервью вышло в газете «Труд» и в журнале «Огонёк».", {"Труд", "Огонёк"}),
        ("«Известия» сообщили о реформе.", {"Известия"}),
        # a photo credit names nothing, but the agency in the text does
        ("Reuters сообщает о штурме здания.\nФото: Reuters", {"Reuters"}),
        # a handle after the name in prose, not in a post's signature
        ("Компания Apple (@Apple) представила новый телефон.", {"Apple"}),
        # a company whose shares rose is no index; nor is a bank with a number
        ("Акции Apple подорожали на 3%, а Microsoft потеряла 2%.", {"Apple", "Microsoft"}),
        ("По данным опроса Reuters и Siena College, Байден лидирует на 3 пункта во Флориде.",
         {"Reuters", "Siena College"}),
        ("Клиенты ВТБ-24 жалуются на сбои.", {"ВТБ-24"}),
        ("— Мы обсудили это с компанией Apple (@Apple), — сказал он.", {"Apple"}),
        ("Крупнейший производитель — Apple (@Apple) — представил телефон.", {"Apple"}),
        # a channel named by a country and a number is no country
        ("Он заявил в эфире телеканала «Россия 1». Журналист телеканала «112 Украина» задержан.",
         {"Россия 1", "112 Украина"}),
        ("Об этом сообщил телеканал «Москва 24».", {"Москва 24"}),
        # a kind of place or bureau written with its name is one
        ("Проект вели инженеры КБ «Южное». Обвиняемого отправили в СИЗО № 1.", {"КБ «Южное»", "СИЗО № 1"}),
        # an institution in a list of places stays an organization
        ("Санкции поддержали Франция, Германия, Италия и Евросоюз.", {"Евросоюз"}),
        # a quoted name of people is a name
        ("Организация «Врачи без границ» открыла госпиталь.", {"Врачи без границ"}),
        # an adjective whose noun is elided gets the noun of the name after it
        ("Судьи Верховного и Конституционного судов встретились в Москве.", {"Верховный суд", "Конституционный суд"}),
        ("Об этом заявили в Верховном и Конституционном судах.", {"Верховный суд", "Конституционный суд"}),
        ("Представители Счетной и Общественной палат встретились.", {"Счетная палата", "Общественная палата"}),
        # a name the text calls a team after a dash, whatever a product word before it says
        ("Сборная обыграла «Ротор». Наставник «Ротора» доволен. «Ротор» — хорошая команда. "
         "Игру «Ротор» я не анализировал.", {"Ротор"}),
        # a site's owner after the site's word: in the genitive, or an abbreviation
        ("Депутаты собрались в зале Госдумы. Шоу покажут в Ледовом дворце ВТБ.", {"Госдума", "ВТБ"}),
        # a study's source with its year, and a label next to a list of albums with theirs
        ("По данным Бюро экономического анализа США (2012), рабочих мест стало больше.",
         {"Бюро экономического анализа США"}),
        ("Группа выпустила альбомы The Fat Of The Land (1997) и Invaders Must Die (2009). Лейбл XL Recordings"
         " доволен.", {"XL Recordings"}),
        # a quoted name after a year or an ordinal is no count
        ("В 2008 «Зенит» выиграл Кубок УЕФА. В 1 туре «Спартак» победил.", {"Зенит", "Спартак"}),
    ],
)
def test_still_organizations(tagger, body, present):
    orgs = set(orgs_of(tagger, body))
    assert present <= orgs, orgs


@pytest.mark.parametrize(
    "name, agreeing",
    [
        # the tagger misread one word's number, gender or case: adjective and head agree again
        ("Республиканская партии", "Республиканская партия"),
        ("Мариинский театры", "Мариинский театр"),
        ("Американский академия наук", "Американская академия наук"),
        ("Константинопольский Патриархатом", "Константинопольский Патриархат"),
        ("Объединённого фронт за реформы", "Объединённый фронт за реформы"),
        # names that agree stay as written; a genitive after the head is its complement
        ("Вооружённые силы", "Вооружённые силы"),
        ("Сборная России", "Сборная России"),
        ("Высшая школа экономики", "Высшая школа экономики"),
        ("Заведующая сектором", "Заведующая сектором"),
        ("Европейский ЦБ", "Европейский ЦБ"),
    ],
)
def test_agreeing_name(tagger, name, agreeing):
    assert agreeing_name(name, tagger.models.morph_vocab) == agreeing


def test_ctrl_enter_is_generic():
    assert is_not_organization("Ctrl+Enter", Lexicon.default())


@pytest.mark.parametrize("name, expected", [("22/22", True), ("360", True), ("1.5", True), ("7-Eleven", False),
                                            ("Т-Банк", False)])
def test_numbers_name_no_organization(name, expected):
    assert is_not_organization(name, Lexicon.default()) is expected


def test_a_station_a_sport_a_cell_and_a_village_are_no_organizations(tagger):
    orgs = orgs_of(tagger, "Астронавтов доставят на борт МКС. Спортсменка заехала в Олимпийскую деревню. "
                           "Его закрыли в КПЗ. Крупнейшая организация MMA в мире UFC.")
    assert orgs == ["UFC"], orgs


def test_named_regions():
    regions = named_regions("Выборы в штате Огайо и в провинции Онтарио, а также в Огайо.", Lexicon.default())
    assert {"огайо", "онтарио"} <= regions


# -- institutions and parties ------------------------------------------------------------------


@pytest.mark.parametrize(
    "body, present, absent",
    [
        # a leader after the head is taken whole, not cut after the first name
        ("Правительство Терезы Мэй подало в отставку.", {"Правительство Терезы Мэй"}, {"Правительство Терезы"}),
        # … also where the NER tags the head alone before the leader's name
        ("Волна протекционизма накрывает мировую коммерцию\n\nАдминистрация Дональда Трампа введет пошлины.",
         {"Администрация Дональда Трампа"}, {"Администрация"}),
        # … in the genitive: a name in the nominative after it is the chairman's («председатель
        # правительства Дмитрий Медведев»)
        ("Председатель правительства Дмитрий Медведев поздравил лыжников.", set(),
         {"Правительство Дмитрий Медведев", "Правительство Дмитрия Медведева"}),
        # … but a leader's name the dictionary does not decline is one
        ("Лиз Трасс уходит. Правительство Трасс ушло в отставку.", {"Правительство Трасс"}, set()),
        ("Представитель израильского правительства Офир Гендельман заявил.", {"Израильское правительство"},
         {"Израильское правительство Офир Гендельман"}),
        # a head in the plural is several institutions, none named; the singular is one
        ("В саммите приняли участие главы правительств России и Китая.", set(),
         {"Правительства России", "Правительство России"}),
        ("Присутствие главы правительства России важно.", {"Правительство России"}, set()),
        ("В Сочи национальные сборные съедают по шесть тонн мяса.", set(), {"Национальные сборные"}),
        ("Сборная России выиграла, а сборные Канады и США проиграли.", {"Сборная России"},
         {"Сборные Канады", "Сборная Канады"}),
        # a cabinet of people, not a room
        ("Заседание кабинета министров прошло. Очередь у кабинета специалиста растёт.", {"Кабинет министров"},
         {"Кабинет специалиста"}),
        ("Члены кабинета премьер-министра ушли. В кабинете председателя исполкома тихо.",
         {"Кабинет премьер-министра"}, {"Кабинет председателя исполкома", "Кабинет председателя"}),
        ("Кабинет главы правительства Израиля одобрил план.", {"Кабинет главы правительства Израиля"}, set()),
        ("Совещание прошло в кабинете председателя правительства региона.", set(),
         {"Кабинет председателя правительства", "Кабинет председателя правительства региона"}),
        ("Саудовский кабинет министров ядерной программы не обсуждал.", {"Саудовский кабинет министров"},
         {"Саудовский кабинет министров ядерной программы"}),
        # a person after a country complement is not part of the institution
        ("Тренер сборной Испании Висенте дель Боске объявил состав.", {"Сборная Испании"},
         {"Сборная Испании Висенте дель Боске"}),
        # a city's government is not the country's (a capital is no stand-in for the state here)
        ("Правительство Москвы продлило ограничения. Правительство России их не обсуждало.",
         {"Правительство Москвы", "Правительство России"}, set()),
        # a country adjective before an institution's word the NER took alone gives its country
        ("В российском МИДе ответили быстро. Глава МИД Франции промолчал. МИД РФ повторил ответ.",
         {"МИД Франции"}, {"МИД"}),
        # … and before the abbreviation of a state's forces or services, agreeing as written
        ("Удар нанесли израильские ВВС. Самолёт сбили средства сирийской ПВО.",
         {"Израильские ВВС", "Сирийская ПВО"}, {"ВВС", "ПВО", "Израильский ВВС"}),
        ("Вчера российским ВКС было приказано. Связь с российским МИДом прервалась.",
         {"Российские ВКС", "Российский МИД"}, {"ВКС", "Российский ВКС"}),
        # … a state of the past's, apart from today's
        ("Польские ВВС получили самолёты. Советские ВВС в 1945 году были сильнее, чем югославские ВВС.",
         {"Польские ВВС", "Советские ВВС", "Югославские ВВС"}, {"ВВС"}),
        # … also a ministry's compound name
        ("По данным американского Минтруда, безработица снизилась. Российский Минпромторг промолчал.",
         {"Американский Минтруд", "Российский Минпромторг"}, {"Минтруд", "Минпромторг"}),
        # … capitalized where a sentence starts (two countries' ministries stay two)
        ("Российский МИД выступил с заявлением. Украинский МИД ответил.", {"Российский МИД", "Украинский МИД"},
         {"МИД"}),
        # … not of a club's
        ("Матч с российским ЦСКА закончился вничью.", {"ЦСКА"}, {"Российский ЦСКА"}),
        # … and of two names written as often, the one with its country after the rest
        ("МВД Британии предложило беженцам убежище. В британском МВД пояснили решение.",
         {"МВД Британии"}, {"Британское МВД"}),
        # … and a name alone that stands for either joins it under that name
        ("Американский парламент представлен двумя палатами. Кандидат прошёл в парламент США. "
         "Двое не могут покинуть Парламент одновременно.", {"Парламент США"}, {"Американский парламент"}),
        # a government named by its leader is the country's, when the text names the country's
        ("Британское правительство обсудило план. Правительство Терезы Мэй может уйти в отставку.",
         {"Британское правительство"}, {"Правительство Терезы Мэй"}),
        # … not another country's, when the text writes the leader's country before the name
        ("Президент Сирии Башар Асад выступил. Представители правительства Башара Асада промолчали. "
         "Правительство США ответило отказом.", {"Правительство Башара Асада", "Правительство США"}, set()),
        ("Правительство Польши одобрило план. Бывший украинский президент Виктор Янукович бежал. "
         "Отставку правительства Януковича обсуждали долго.", {"Правительство Польши", "Правительство Януковича"},
         set()),
        # a body said of «страны» is the country's named last before it, not another's
        ("МИД России выразил протест. Венгрия ответила: глава МИД страны Петер Сийярто не согласен. "
         "В МИД России ждут ответа.", {"МИД России", "МИД"}, set()),
        ("Украина готовится. Минобороны страны по поручению Петра Порошенко готовит план. "
         "Минобороны Украины и Минобороны России молчат.", {"Минобороны Украины", "Минобороны России"}, set()),
        # … or the country of the person named after it, where the text names it before him elsewhere
        ("Глава МИД Венгрии Петер Сийярто прибыл. Комиссия Украина — НАТО не соберётся, сообщил глава МИД страны "
         "Петер Сийярто. МИД Украины молчит. МИД России тоже.", {"МИД Венгрии", "МИД Украины", "МИД России"}, set()),
        # … not one named inside a quotation closed before it
        ("Пакистан ответил. «Решение направлено на вызовы, перед которыми стоит Афганистан», — цитирует AFP "
         "заявление МИД страны. МИД Пакистана выступил.", {"МИД Пакистана"}, {"МИД"}),
        # … and the country's when it is the leader's (named by the name with the country)
        ("Сирийский лидер Башар Асад выступил. Правительство Асада молчит. Сирийское правительство тоже.",
         {"Сирийское правительство"}, {"Правительство Асада"}),
        ("Американский президент Дональд Трамп подписал указ. Администрация США ответила отказом. "
         "Администрация Трампа настаивает.", {"Администрация США"}, {"Администрация Трампа"}),
        # a full name with its abbreviation in a bracket joins the abbreviation written with the country
        ("Главное управление разведки (ГУР) Минобороны Украины сообщило. Эмблема ГУР Украины изменилась.",
         {"ГУР Украины"}, {"Главное управление разведки (ГУР)"}),
        # an embassy is not named by its spokesman
        ("Пресс-секретарь посольства Сергей Марков подтвердил похищение.", set(), {"Посольство Сергея Маркова"}),
        # a court named by a common noun: the supreme court of a country, not any court
        ("Судьи верховного суда Пакистана отменили приговор. Верховный суд заседал долго.",
         {"Верховный суд Пакистана"}, {"Верховный суд"}),
        ("Американские суды отклонили иски, федеральный суд тоже.", set(),
         {"Американские суды", "Американский суд", "Федеральный суд"}),
        # chambers are told apart by their adjectives
        ("Закон приняла нижняя палата парламента, верхняя палата его отклонила.",
         {"Нижняя палата", "Верхняя палата"}, set()),
        # a cabinet's complement is a genitive, not a preposition or a verb the dictionary
        # also reads as one («при», «были»: «быль»)
        ("Решение принял британский кабинет при премьере. Кабинет министров заседал.",
         {"Кабинет министров"}, {"Британский кабинет при", "Кабинет при"}),
        ("Об этом сообщило японское министерство внутренних дел.", {"Японское министерство внутренних дел"},
         {"Японское министерство внутренних"}),
        # two ministries of one country stay two
        ("Украинское министерство здравоохранения закупило вакцины, а украинское министерство обороны — дроны.",
         {"Украинское министерство здравоохранения", "Украинское министерство обороны"}, set()),
        # a ministry without its country joins the one of the text written with a compound or
        # abbreviation; the name with the country names it
        ("Минздрав Украины сообщил о поставках. Министерство здравоохранения уточнило сроки.",
         {"Минздрав Украины"}, {"Министерство здравоохранения"}),
        ("МИД России выступил с заявлением. Министерство иностранных дел пояснило его позже.",
         {"МИД России"}, {"Министерство иностранных дел"}),
        ("Министерство здравоохранения России одобрило вакцину. Министерство здравоохранения уточнило, "
         "а Министерство здравоохранения затем повторило.", {"Министерство здравоохранения России"},
         {"Министерство здравоохранения"}),
        # a parliament named by its own word in lower case, with its country after it
        ("Вчера в сейме Латвии прошло голосование. Депутаты кнессета Израиля проголосовали за роспуск.",
         {"Сейм Латвии", "Кнессет Израиля"}, set()),
        ("Кнессет Израиля распущен.", {"Кнессет Израиля"}, set()),
        # … and the NER's adjective and head at a sentence start keyed by the country
        ("Британский парламент принял закон. Позднее парламент Великобритании отменил его.",
         {"Парламент Великобритании"}, {"Британский парламент"}),
        # a presidential or a governor's administration, with its country or region after it
        ("Источник в администрации президента Украины сообщил. Позднее в администрации президента это опровергли.",
         {"Администрация президента Украины"}, {"Администрация президента"}),
        ("В администрации губернатора Кубани сообщили о паводке.", {"Администрация губернатора Кубани"}, set()),
        ("Об этом сообщил представитель администрации президента США РИА Новости.",
         {"Администрация президента США", "РИА Новости"}, {"Администрация президента США РИА Новости"}),
        # … a country's name of several words is read whole
        ("Картину разыскивает полиция Соединённых Штатов Америки. Заявление сделало правительство "
         "Объединённых Арабских Эмиратов.", {"Полиция Соединённых Штатов Америки",
                                             "Правительство Объединённых Арабских Эмиратов"}, set()),
        # … not one whose country the text does not write, nor a leader's (his government),
        # nor one whose owner is read only in part
        ("Об этом говорят в администрации президента.", set(), {"Администрация президента"}),
        ("Сотрудники администрации президента Трампа уволены.", set(),
         {"Администрация президента", "Администрация президента Трампа"}),
        ("Пока источники в администрации президента Республики Корея отвергают такую возможность.", set(),
         {"Администрация президента Республики", "Администрация президента"}),
        # a national bank by its compound, at a sentence start too
        ("Нацбанк Украины сообщил в декабре о потерях.", {"Нацбанк Украины"}, set()),
        # a compound of the party's name joins its members
        ("Выборы в США: Демпартия выдвинула кандидата, демократы довольны.", {"Демпартия"}, {"Демократы"}),
        # the party written out names the party its members («республиканцы») stand for
        ("Республиканская партия провела съезд в США. Республиканцы выдвинули кандидата, "
         "республиканцы голосуют единогласно.", {"Республиканская партия"}, {"Республиканцы"}),
    ],
)
def test_institutions_and_parties(tagger, body, present, absent):
    orgs = set(orgs_of(tagger, body))
    assert present <= orgs and not absent & orgs, orgs


@pytest.mark.parametrize(
    "body, present, absent",
    [
        # a unit the NER tagged apart from the organization after it, a hyphenated adjective too
        ("Иск отклонил Арбитражный институт Торговой палаты Осло. Говорит глава Северо-Восточного филиала "
         "Ассоциации речных перевозчиков.",
         {"Арбитражный институт Торговой палаты Осло", "Северо-Восточный филиал Ассоциации речных перевозчиков"},
         {"Арбитражный институт", "Северо-Восточный филиал"}),
        # a legal form or type the NER tagged alone takes the quoted name after it
        ("Прототип показал НПЦ «Лёгкие летательные аппараты и системы» из Казани.",
         {"НПЦ «Лёгкие летательные аппараты и системы»"}, {"НПЦ"}),
        # a ship's owner after the word for it stays: a genitive, an abbreviation, a plural word
        ("Корабли ВМФ России и эсминец ВМС США вышли в море. Лидеры G-20 обсудили это.",
         {"ВМФ России", "ВМС США", "G-20"}, set()),
        # … and so does a foreign name in the genitive after another product's word
        ("Сирия изматывает Израиль через боевые операции «Хезболлах».", {"Хезболлах"}, set()),
        # the NER's «Коллегию» is finished by the people it is made of, with their adjective
        ("Вице-президент Лиги военных дипломатов выступил на конференции.", {"Лига военных дипломатов"},
         {"Лига военных"}),
        ("Штат направил в Коллегию выборщиков десять человек. Голоса в Коллегии разделились.",
         {"Коллегия выборщиков"}, {"Коллегия"}),
        # lower-case «коллегия», «палата» with the people they are made of; two chambers are no one
        ("Итоги утвердила коллегия выборщиков, затем их признала палата представителей.",
         {"Коллегия выборщиков", "Палата представителей"}, set()),
        ("Обе палаты Конгресса собрались вместе.", set(), {"Палаты Конгресса", "Палата Конгресса"}),
        # the agency of a dateline after a time
        ("Суд отменил приговор\n\n, 10:15 REGNUM Верховный суд страны отменил приговор.", {"REGNUM"}, set()),
        # a compound ending in an institution's word, tagged as a place
        ("Саммит Афросоюза открылся в Аддис-Абебе.", {"Афросоюз"}, set()),
        # a country after an organization of many states is not its own
        ("После выхода из ЕС Великобритании придётся договариваться заново. Вопрос о членстве в НАТО "
         "Грузии отложен. МИД России ответил.", {"ЕС", "НАТО", "МИД России"}, {"ЕС Великобритании", "НАТО Грузии"}),
        # an abbreviation with a country joins the expansion with the same country
        ("МИД Франции выступил с заявлением. Министерство иностранных дел Франции пояснило его.",
         set(), {"МИД Франции"}),
        # … not another abbreviation of the same country whose letters it takes
        ("Бюджет ВС США вырос. Самолёты ВВС США поднялись в воздух. Командование ВС США промолчало.",
         {"ВС США", "ВВС США"}, set()),
        # a surname the NER tagged alone after an institution's word in lower case: the institution
        ("Вчера умер президент института Пушкина Виталий Костомаров.", {"Институт Пушкина"}, {"Пушкин"}),
        # the noun the NER cut off a name that ends in an adjective or a preposition
        ("Компания вместе с Белорусской железной дорогой построила завод.", {"Белорусская железная дорога"},
         {"Белорусская железная"}),
        ("Выступил директор Центра по изучению современного балканского кризиса.",
         {"Центр по изучению современного балканского кризиса"}, set()),
        # … not a preposition or a conjunction the dictionary also has as a noun («по», «и»)
        ("В докладе упомянут Совет управляющих по вопросам вещания.", set(), {"Совет управляющих по"}),
        # … not a noun in another case
        ("Решение Стокгольмского арбитража исторической победой назвали в «Нафтогазе».", set(),
         {"Стокгольмский арбитраж исторической победой"}),
        # … and no adjective of the noun after the span is the name's
        ("Порошенко назвал решение Стокгольмского арбитража исторической победой «Нафтогаза».",
         {"Стокгольмский арбитраж"}, {"Стокгольмский арбитраж исторической"}),
        ("В Германии Партия зелёных Германии набрала голоса.", {"Партия зелёных Германии"}, set()),
        # … but a noun the tagger misread as an adjective stays
        ("Во всезнающей и сверхподробной Британской энциклопедии статьи нет.", {"Британская энциклопедия"}, set()),
        # a clipped compound is the whole one; a word after a name is another company
        ("В Госдепе заявили, что Госдепартамент не изменит позицию. Газпром и Газпромбанк подписали "
         "соглашение.", {"Госдепартамент", "Газпром", "Газпромбанк"}, {"Госдеп"}),
        # a quoted name in a bracket after a name is another name of it
        ("Боевики группировки «Джабхат Фатх аш-Шам» («Фронт ан-Нусра») атаковали армию. «Фронт ан-Нусра» отступил.",
         {"Джабхат Фатх аш-Шам"}, {"Джабхат Фатх аш-Шам» («Фронт ан-Нусра)", "Фронт ан-Нусра"}),
        # a place after a word for a body or an institution is its owner
        ("Об этом заявили в Университете Айовы, в Университете Утрехт и в Университете Киото.",
         {"Университет Айовы", "Университет Утрехт", "Университет Киото"}, {"Университет"}),
        # … in the nominative only a name the dictionary does not know
        ("Заседание Совета Крым провёл в Симферополе.", set(), {"Совет Крым"}),
        # … also one with quotes inside
        ("Боевики группировки «Ахрар аш-Шам» («Исламское движение «Свободные люди Шама»») атаковали позиции.",
         {"Ахрар аш-Шам"}, {"Боевики «Ахрар аш-Шам»"}),
        # a list of quoted names in a bracket is no other name
        ("Бойцы батальонов Национальной гвардии («Донбасс», «Азов», «Шахтёрск») вышли из окружения.",
         {"Национальная гвардия"}, {"Национальная гвардия («Донбасс»", "Донбасс», «Азов», «Шахтёрск"}),
        # a name written with its country in the genitive, and the name alone, are one
        ("Нафтогаз Украины подал иск в суд. Нафтогаз требует два миллиарда.", {"Нафтогаз Украины"}, {"Нафтогаз"}),
        # … not a company after it, nor one of several institutions
        ("Выпускник академии Спартака перешёл в ЦСКА.", {"Спартак"}, {"Академия Спартака"}),
        ("Исследования ведёт инженерно-технологический центр РУСАЛа в Красноярске.", {"РУСАЛ"}, {"Центр РУСАЛа"}),
        # … nor is a dash it ended the name with before the abbreviation
        ("Вместе с Общероссийским народным фронтом – ОНФ партия проводила акции.",
         {"Общероссийский народный фронт"}, {"Общероссийский народный фронт –"}),
        # an opening quote the NER took is no part of the name
        ("Он встретился с делегацией партии «Альтернатива для Германии» во главе с её лидером.",
         {"Альтернатива для Германии"}, {"«Альтернатива для Германии»"}),
        # a quoted name read as a plural, in a list of quoted genitives, is a genitive singular
        ("Об этом сообщили журналисты «Ведомостей», «Коммерсанта», «Медузы» и «Новой газеты».",
         {"Ведомости", "Коммерсант", "Медуза", "Новая газета"}, {"Медузы"}),
        # a dictionary word written in capitals keeps them, out of any case the tagger reads
        ("Машина принадлежит сыну топ-менеджера ЛУКОЙЛа Руслану Шамсуарову. Акции ЛУКОЙЛа выросли.",
         {"ЛУКОЙЛ"}, {"ЛУКОЙЛа", "Лукойл"}),
        # the Security Council's short names are one body
        ("Глава МИД выступил в Совбезе ООН. Ливия приветствует позицию России в СБ ООН.",
         {"Совбез ООН"}, {"СБ ООН"}),
        # the sports court and its Latin letters, a bank and its letters are one each
        ("Спортсмены подали иски в CAS. Спортивный арбитражный суд рассмотрит дела в январе.",
         {"Спортивный арбитражный суд"}, {"CAS"}),
        ("Глава ВЭБ заявил о росте. Внешэкономбанк выдал кредит.", {"Внешэкономбанк"}, {"ВЭБ"}),
        # «Премьер-лига» of a text that writes «РФПЛ» is the Russian league
        ("«Спартак» лидирует в РФПЛ. Надо выигрывать Премьер-лигу, сказал тренер.", {"РФПЛ"}, {"Премьер-лига"}),
        # the White House is its administration
        ("В администрации Белого дома заявили о санкциях. Белый дом подтвердил решение.",
         {"Белый дом"}, {"Администрация Белого дома"}),
        # a predicate and its subject the NER ran into a name are cut off
        ("В Арктический совет входят приполярные государства. Кроме них, в Совете представлены организации "
         "народов Севера – алеутов, эскимосов.", {"Арктический совет"},
         {"Совет представлены организации народов Севера", "Совет"}),
    ],
)
def test_more_organizations(tagger, body, present, absent):
    orgs = set(orgs_of(tagger, body))
    assert present <= orgs and not absent & orgs, orgs


@pytest.mark.parametrize("text, parts", [
    # a name, «и» and a quoted name the NER ran into one span are two
    ("Северный фонд развития и «Общество добрых соседей", ["Северный фонд развития", "«Общество добрых соседей"]),
    ("НПО «Энергомаш» и «Роскосмос", ["НПО «Энергомаш»", "«Роскосмос"]),
    # … and a name and its abbreviation after a dash (not an abbreviation that spells another)
    ("Общероссийским народным фронтом – ОНФ", ["Общероссийским народным фронтом", "ОНФ"]),
    ("Сбербанк – ВТБ", ["Сбербанк – ВТБ"]),
    # … not «и» inside a quoted name, nor after one word
    ("«Земля и «Воля»", ["«Земля и «Воля»"]),
    ("Фонд и «Общество»", ["Фонд и «Общество»"]),
])
def test_two_names_the_ner_ran_together(text, parts):
    from natasha.doc import DocSpan

    from briefings.nlp import _names_run_together
    split = _names_run_together(DocSpan(10, 10 + len(text), "ORG", text))
    assert [s.text for s in split] == parts
    assert all(s.stop - s.start == len(s.text) for s in split) and split[-1].stop == 10 + len(text)


@pytest.mark.parametrize(
    "names, expected",
    [
        (["Минздрав", "Министерство здравоохранения"], {"Минздрав": "Министерство здравоохранения"}),
        (["Минобороны Чехии", "Министерство обороны Чехии"], {"Минобороны Чехии": "Министерство обороны Чехии"}),
        (["Центробанк", "Центральный банк"], {"Центробанк": "Центральный банк"}),
        (["Госдума", "Государственная дума"], {"Госдума": "Государственная дума"}),
        (["Газпром", "Газпром нефть"], {}),
        # the last word gives three letters at least
        (["Совбез", "Совет безопасности"], {"Совбез": "Совет безопасности"}),
        (["Минфин", "Министерство финансов"], {"Минфин": "Министерство финансов"}),
        (["Правительство Сирии", "Правительственные войска Сирии"], {}),
        # … or ends in the «о» that joins compounds
        (["Минэнерго", "Министерство энергетики"], {"Минэнерго": "Министерство энергетики"}),
        (["Минэнерго", "Министерство экономики"], {}),
        # … also after the same adjectives
        (["Горьковский автозавод", "Горьковский автомобильный завод"],
         {"Горьковский автозавод": "Горьковский автомобильный завод"}),
        (["Горьковский автозавод", "Московский автомобильный завод"], {}),
    ],
)
def test_compound_pairs(names, expected):
    assert compound_pairs(names) == expected


@pytest.mark.parametrize(
    "names, expected",
    [
        # a club's nickname the dictionary does not know ends one longer name: that name said short
        (["Питтсбург Пингвинз", "Пингвинз"], {"Пингвинз": "Питтсбург Пингвинз"}),
        (["Коламбус Блю Джекетс", "Блю Джекетс"], {"Блю Джекетс": "Коламбус Блю Джекетс"}),
        # … not of two, nor a word of the dictionary
        (["Манчестер Юнайтед", "Саттон Юнайтед", "Юнайтед"], {}),
        (["Единая Россия", "Россия"], {}), (["Манчестер Сити", "Сити"], {}),
        # … nor after a name of no place
        (["Катаиб Хезболла", "Хезболла"], {}), (["HeadHunter Росатом", "Росатом"], {}),
    ],
)
def test_team_tail_pairs(tagger, names, expected):
    from briefings.organizations_names import team_tail_pairs
    assert team_tail_pairs(names, tagger.words.unknown_word, tagger.words.known_place) == expected


@pytest.mark.parametrize(
    "names, expected",
    [
        (["ИА Newsfront", "Newsfront"], {"ИА Newsfront": "Newsfront"}),
        (["бюджетная авиакомпания FlyNord", "FlyNord"], {"бюджетная авиакомпания FlyNord": "FlyNord"}),
        (["Управление ФСИН", "ФСИН"], {}),  # a department is not its parent
        (["Sputnik Армения", "Sputnik"], {}),
    ],
)
def test_brand_pairs(names, expected):
    assert brand_pairs(names) == expected


@pytest.mark.parametrize(
    "names, expected",
    [
        (["Pew Research", "Pew Research Center"], {"Pew Research": "Pew Research Center"}),
        (["Tesla", "Tesla Inc."], {"Tesla": "Tesla Inc."}),
        (["Okura", "Hotel Okura Co., Ltd"], {"Okura": "Hotel Okura Co., Ltd"}),
        (["Geely", "Geely Holding Group"], {"Geely": "Geely Holding Group"}),
        # a kind that makes another organization, two longer names, Cyrillic letters: none
        (["Ford", "Ford Foundation"], {}),
        (["Alibaba", "Alibaba Group", "Alibaba Holding"], {}),
        (["Газпром", "Газпром Group"], {}),
    ],
)
def test_latin_kind_pairs(names, expected):
    assert latin_kind_pairs(names) == expected


@pytest.mark.parametrize(
    "names, expected",
    [
        (["АНО РЦ «Феникс»", "Феникс"], {"АНО РЦ «Феникс»": "Феникс"}),
        (["Центр освобождения пленных «Офицерский корпус»", "Офицерский корпус"],
         {"Центр освобождения пленных «Офицерский корпус»": "Офицерский корпус"}),
        (["Молодежное «Яблоко»", "Яблоко"], {}),  # the party's youth, no kind: two
        (["Молодая гвардия «Единой России»", "Единая Россия"], {}),  # an owner in the genitive: two
        (["АЭС «Эль Дабаа»"], {}),
    ],
)
def test_quoted_pairs(names, expected):
    assert quoted_pairs(names) == expected


@pytest.mark.parametrize(
    "names, expected",
    [
        (["Английская премьер-лига (АПЛ)", "Премьер-лига"], {"Премьер-лига": "Английская премьер-лига (АПЛ)"}),
        (["Священный Синод", "Синод"], {}),  # one word: ``elliptic_mentions`` reads the words before it
        (["Московский академический театр сатиры", "Театр сатиры"],
         {"Театр сатиры": "Московский академический театр сатиры"}),
        (["Международный аэропорт Шереметьево", "Аэропорт Шереметьево"],
         {"Аэропорт Шереметьево": "Международный аэропорт Шереметьево"}),
        # the short name begins with an adjective: maybe another body
        (["Свободная сирийская армия", "Сирийская армия"], {}),
        # courts, chambers, councils, leagues… are told apart by their adjectives
        (["Высший земельный суд Вены", "Земельный суд Вены"], {}),
        (["Верховный суд Пакистана", "Суд Пакистана"], {}),
        (["Национальный совет безопасности", "Совет безопасности"], {}),
        (["Азиатская лига чемпионов", "Лига чемпионов"], {}),
        (["Международная федерация футбола", "Федерация футбола"], {}),
        (["Постоянная комиссия по вакцинации", "Комиссия по вакцинации"], {}),
        # two longer names: which one, the text does not say
        (["Демократическая партия", "Республиканская партия", "Партия"], {}),
        # words before it that are no adjectives, a quoted name, an abbreviation, Latin letters
        (["Пакистанская служба Радио Свобода", "Радио Свобода"], {}),
        (["Молодёжное «Яблоко»", "Яблоко"], {}),
        (["Российская РФС", "РФС"], {}),
        (["Большой Red Bull", "Red Bull"], {}),
    ],
)
def test_adjective_pairs(names, expected):
    assert adjective_pairs(names, Lexicon.default().told_apart) == expected


@pytest.mark.parametrize(
    "names, expected",
    [
        # a name is the one longer name without the place's adjective it begins with
        (["Санкт-Петербургский горный университет", "Горный университет"],
         {"Горный университет": "Санкт-Петербургский горный университет"}),
        (["Московский технический университет", "Технический университет"],
         {"Технический университет": "Московский технический университет"}),
        # not of two such names, not a court, not an adjective of no place, not a noun first
        (["Уральский горный университет", "Санкт-Петербургский горный университет", "Горный университет"], {}),
        (["Российский верховный суд", "Верховный суд"], {}),
        (["Украинская православная церковь", "Православная церковь"], {}),
        (["Свободная сирийская армия", "Сирийская армия"], {}),
        (["Московский театр сатиры", "Театр сатиры"], {}),
    ],
)
def test_place_adjective_pairs(names, expected):
    assert place_adjective_pairs(names, Lexicon.default().told_apart) == expected


@pytest.mark.parametrize(
    "names, expected",
    [
        # the words before «по» of one body named by its remit are that body
        (["Международный трибунал", "Международный трибунал по бывшей Югославии"],
         {"Международный трибунал": "Международный трибунал по бывшей Югославии"}),
        (["Комиссии", "Комиссия по ценным бумагам"], {"Комиссии": "Комиссия по ценным бумагам"}),
        # not of two bodies, not an abbreviation, not a lower-case phrase
        (["Комитет", "Комитет по обороне", "Комитет по бюджету"], {}),
        (["Управление", "Управление по стратегии", "Управление ПРО"], {}),
        # a remit said short
        (["Центр по примирению", "Центр по примирению враждующих сторон"],
         {"Центр по примирению": "Центр по примирению враждующих сторон"}),
        (["Комитет по делам", "Комитет по делам молодёжи", "Комитет по делам женщин"], {}),
        (["Организация по запрещению химического оружия (ОЗХО)",
          "Организация по запрещению химического оружия (ОЗХО) по расследованию (СМР)"], {}),
        (["КПЧ", "КПЧ по делам"], {}),
        (["комиссия", "Комиссия по этике"], {}),
    ],
)
def test_remit_pairs(names, expected):
    assert remit_pairs(names) == expected


@pytest.mark.parametrize(
    "names, times, expected",
    [
        (["Honda", "Хонда"], {}, {"Honda": "Хонда"}),  # as often: the Cyrillic one
        (["Honda", "Хонда"], {"Honda": 3, "Хонда": 1}, {"Хонда": "Honda"}),  # the one written more often
        (["McLaren", "Макларен"], {}, {"McLaren": "Макларен"}),
        (["Mercedes", "Мерседесы"], {}, {"Мерседесы": "Mercedes"}),  # a plural the NER read loses a tie
        # letters only, three consonants or more, the text's one pair
        (["Football.ua", "Футбол 1"], {}, {}),
        (["Sun", "Сан"], {}, {}),
        (["Lotus", "Лотус", "Лотос"], {}, {}),
        (["Ferrari", "Феррари Групп"], {}, {}),
        # as many vowels too, or one more in Cyrillic (a Latin spelling drops one: «McLaren»)
        (["Atletico", "Атлетик"], {}, {}),
        (["Interior", "Интер"], {}, {}),
        (["Yandex", "Яндекс"], {}, {"Yandex": "Яндекс"}),
        (["Ryanair", "Райнэйр"], {}, {"Ryanair": "Райнэйр"}),  # (Latin vowels in a row are one)
        # an abbreviation of Latin letters that look Cyrillic is the Cyrillic one
        (["ECA", "ЕСА"], {}, {"ECA": "ЕСА"}),
        (["ECA", "ЕСА"], {"ECA": 3}, {"ЕСА": "ECA"}),
        (["NASA", "НАСА"], {}, {}),
    ],
)
def test_script_pairs(names, times, expected):
    assert script_pairs(names, lambda name: times.get(name, 0)) == expected


def test_abbreviation_nearest_expansion():
    """Of two names before «(АБВ)», the one written right before the bracket is expanded."""
    text = "Агентство Reuters сообщило, что Альянс больших вкладчиков (АБВ) подал иск. АБВ настаивает."
    names = ["Reuters", "Альянс больших вкладчиков", "АБВ"]
    orgs = merge_organizations([OrgMention(n, Span(text.index(n), text.index(n) + len(n))) for n in names]
                               + [OrgMention("АБВ", Span(text.rindex("АБВ"), text.rindex("АБВ") + 3))], text)
    assert [(o.name, o.mentions) for o in orgs][0] == ("Альянс больших вкладчиков", 3)


@pytest.mark.parametrize("text, names, expected", [
    # a name before the bracket is the expansion only as written in one of its case forms: a
    # word ending in a consonant keeps itself («Туркменгаз» is not «Туркмения» of a route)
    ("Газопровод Туркмения–Афганистан–Пакистан–Индия (ТАПИ) строит «Туркменгаз».",
     ["ТАПИ", "Туркменгаз"], {}),
    ("Газопровод строит «Туркменгаз» (ТГ). ТГ нашёл деньги.", ["ТГ", "Туркменгаз"], {"ТГ": "Туркменгаз"}),
    ("Итоги подвёл Дворец спорта «Юбилейный» (ДСЮ).", ["ДСЮ", "Дворец спорта «Юбилейный»"],
     {"ДСЮ": "Дворец спорта «Юбилейный»"}),
])
def test_abbreviation_expanded_by_the_name_before_its_bracket(text, names, expected):
    assert abbreviation_pairs(text, names) == expected


@pytest.mark.parametrize("text, names, expected", [
    # a name right after «ABBR — » says what its letters stand for (in another language too)
    ("Высоты распределяет ИКАО — Международная организация гражданской авиации. ИКАО это подтвердила.",
     ["ИКАО", "Международная организация гражданской авиации"],
     {"ИКАО": "Международная организация гражданской авиации"}),
    # … not a club after a club's letters in a score, nor a name of one word
    ("Матч ЦСКА — Спартак Москва завершился вничью.", ["ЦСКА", "Спартак Москва"], {}),
    ("Матч МЮ — Ливерпуль завершился вничью.", ["МЮ", "Ливерпуль"], {}),
    # a name before a bracket past a sentence end or a footnote's star is none of its
    ("В Верховной раде осудили решение польского сейма.  * Организация украинских националистов (ОУН) "
     "запрещена.", ["ОУН", "Польский сейм"], {}),
])
def test_abbreviation_expanded_after_a_dash_and_not_past_a_sentence(text, names, expected):
    assert abbreviation_pairs(text, names) == expected


@pytest.mark.parametrize("names, expected", [
    # initials may leave out an owner's abbreviation after the name
    (["КДК", "Контрольно-дисциплинарный комитет РФС"], {"КДК": "Контрольно-дисциплинарный комитет РФС"}),
    (["КДК", "Комитет РФС"], {}),
    (["ВСУ", "Верховный Совет Украинской ССР"], {}),  # (an adjective agrees with the abbreviation)
])
def test_abbreviation_without_its_owner(names, expected):
    text = " ".join(names)
    assert abbreviation_pairs(text, names) == expected


@pytest.mark.parametrize("names, expected", [
    # a name is the same name with the one owner's abbreviation the text writes after it
    (["Комитет по этике", "Комитет по этике РФС"], {"Комитет по этике": "Комитет по этике РФС"}),
    (["Комитет по этике", "Комитет по этике РФС", "Комитет по этике ФИФА"], {}),  # (two owners)
    (["МВД", "МВД РФ"], {}),  # (an abbreviation alone joins by its country's key)
    (["ЦК", "ЦК РКП(б)"], {"ЦК": "ЦК РКП(б)"}),  # (… but a body's joins its one owner's)
    (["ЦК", "ЦК РКП(б)", "ЦК КПСС"], {}),
    (["ЦК", "ЦК КПСС", "ЦК Коммунистической партии Чехословакии (КПЧ)"], {}),
])
def test_owner_pairs(names, expected):
    assert owner_pairs(names) == expected


@pytest.mark.parametrize("names, expected", [
    # a name of several words is the same name with a country's name after it
    (["Общественный совет при МВД", "Общественный совет при МВД России"],
     {"Общественный совет при МВД": "Общественный совет при МВД России"}),
    # … not of two countries, not a name of one word, nor an adjective agreeing with the country
    (["Общественный совет при МВД", "Общественный совет при МВД России", "Общественный совет при МВД Украины"], {}),
    (["Минфин", "Минфин России"], {}),
    (["Верховный Совет Украинской", "Верховный Совет Украинской ССР"], {}),
    # … also with its abbreviation in a bracket after it
    (["Национальное антикоррупционное бюро", "Национальное антикоррупционное бюро Украины (НАБУ)"],
     {"Национальное антикоррупционное бюро": "Национальное антикоррупционное бюро Украины (НАБУ)"}),
])
def test_owner_pairs_with_a_country(names, expected):
    assert owner_pairs(names, {"России", "Украины", "ССР"}.__contains__) == expected


@pytest.mark.parametrize("names, expected", [
    # «Компартия» is the article's one communist party
    (["Компартия", "КПРФ", "Единая Россия"], {"Компартия": "КПРФ"}),
    (["Компартия", "Коммунистическая партия Чехословакии (КПЧ)", "ЦК КПСС"],
     {"Компартия": "Коммунистическая партия Чехословакии (КПЧ)"}),
    (["Компартия", "КПСС", "Коммунистическая партия Чехословакии (КПЧ)"], {}),  # (two)
])
def test_party_pairs(names, expected):
    assert party_pairs(names) == expected


@pytest.mark.parametrize("names, expected", [
    # a newspaper's word alone that ends one longer Latin name is that paper said short
    (["Times", "New York Times", "Washington Post"], {"Times": "New York Times"}),
    (["Times", "New York Times", "Financial Times"], {}),  # (two)
    (["Post", "Почта России"], {}),
    (["Apple", "Doha Apple"], {}),  # (not any word)
    (["Jane’s", "Jane’s Defence Weekly"], {"Jane’s": "Jane’s Defence Weekly"}),  # (a possessive brand)
])
def test_latin_tail_pairs(names, expected):
    assert latin_tail_pairs(names) == expected


@pytest.mark.parametrize("body, expected", [
    # an abbreviation the text writes alone and a quoted name after it are two organizations
    ("В руководстве ОР «НГ» заявили, что всё хорошо. Как выяснила «НГ», в ОР кризис.", {"ОР", "НГ"}),
    # … not a legal form, a type or a kind of thing before its name
    ("Игрок ФК «Спартак» ушёл. ФК проиграл.", {"ФК «Спартак»"}),
    ("Венгрия одобрила площадку для строительства АЭС «Пакш-2». АЭС будет готова.", {"АЭС «Пакш-2»"}),
])
def test_abbreviation_before_a_quoted_name(tagger, body, expected):
    assert expected <= set(orgs_of(tagger, body)) and "ОР «НГ»" not in orgs_of(tagger, body)


@pytest.mark.parametrize("name, expected", [
    ("бундестаг", "Бундестаг"), ("лукойл", "Лукойл"), ("ан-Нусры", "ан-Нусры"), ("eBay", "eBay"), ("МИД", "МИД"),
])
def test_a_name_written_in_lower_case_starts_with_a_capital(name, expected):
    text = f"Об этом сообщил {name}."
    (org,) = merge_organizations([OrgMention(name, Span(text.index(name), text.index(name) + len(name)))], text)
    assert org.name == expected


def test_name_does_not_cross_a_line_break(tagger):
    orgs = orgs_of(tagger, "Итоги недели\nГосударственная дума приняла закон о бюджете.")
    assert not any("Итог" in o for o in orgs), orgs


@pytest.mark.parametrize("names, expected", [
    # a name written with a hyphen and without is one
    (["РосУкрЭнерго", "Рос-УкрЭнерго", "РосУкрЭнерго"], [("РосУкрЭнерго", 3)]),
    (["Газ-Инвест", "Газинвест"], [("Газинвест", 2)]),
    (["Газ-Инвест", "Газ Инвест"], [("Газ-Инвест", 1), ("Газ Инвест", 1)]),
])
def test_a_name_with_and_without_a_hyphen(names, expected):
    text = ". ".join(names)
    at = [text.index(n, sum(len(m) + 2 for m in names[:k])) for k, n in enumerate(names)]
    orgs = merge_organizations([OrgMention(n, Span(a, a + len(n))) for n, a in zip(names, at)], text)
    assert [(o.name, o.mentions) for o in orgs] == expected


@pytest.mark.parametrize("body", [
    "Он был секундантом у чемпиона мира по версии FIDE (Международной федерации шахмат. — RT) Руслана "
    "Пономарёва. В FIDE молчат.",
    "Он был секундантом у чемпиона мира по версии FIDE (Международной федерации шахмат.\n\n— RT) Руслана "
    "Пономарёва. В FIDE молчат.",
])
def test_an_editors_note_names_the_organization_before_it(tagger, body):
    # the note's other name joins the name; its mark is no organization of the text
    orgs = tagger(Article(path="test.txt", title="Сводка", body=body)).organizations
    assert [(o.name, o.mentions) for o in orgs] == [("Международная федерация шахмат", 3)]


def test_bracket_after_a_name_is_the_same_name():
    text = "Партия «Новый курс» (НК) выиграла. Новый курс получил большинство."
    mentions = [OrgMention("Новый курс (НК)", Span(7, 29)), OrgMention("Новый курс", Span(38, 48))]
    assert [(o.mentions) for o in merge_organizations(mentions, text)] == [2]


@pytest.mark.parametrize("body, expected", [
    # an institution named after a person said short: the words before «имени», or its first
    # word with the person's name
    ("Доклад подготовил Институт экономики роста им. Столыпина. Поэтому Институт Столыпина предостерегает. "
     "Экономист Института экономики роста Артем Прокопец согласен.", {"Институт экономики роста им. Столыпина": 3}),
    ("Прощание прошло в МХТ. Он был худруком МХТ имени А.П. Чехова.", {"МХТ имени А.П. Чехова": 2}),
    # … and one named after a person by first name and surname is the one named by initials
    ("Открыта новая сцена театра имени Марии Ермоловой. Московский драматический театр им. М. Н. Ермоловой рад.",
     {"Московский драматический театр им. М. Н. Ермоловой": 2}),
    # … not a name of no kind of institution before «имени» (a name the NER cut)
    ("Их сбили Воздушные силы. Он учился в университете Воздушных сил имени Ивана Кожедуба.",
     {"Воздушные силы": 1, "Воздушные силы имени Ивана Кожедуба": 1}),
    # … not of two institutions named after two people (which one, the text does not say: dropped)
    ("Он учился в Институте им. Пушкина и в Институте им. Гоголя, а потом в Институте.",
     {"Институт им. Пушкина": 1, "Институт им. Гоголя": 1}),
])
def test_an_institution_named_after_a_person_said_short(tagger, body, expected):
    tags = tagger(Article(path="t.txt", title="Заголовок", body=body))
    assert {o.name: o.mentions for o in tags.organizations} == expected


def test_one_institute_named_after_one_person():
    text = "НИИ им. Пастера, Институт имени Л. Пастера и центр им. Пастера — одно учреждение."
    names = ["НИИ им. Пастера", "Институт имени Л. Пастера", "Центр им. Пастера"]
    mentions = [OrgMention(n, Span(i * 10, i * 10 + 5)) for i, n in enumerate(names)]
    assert [o.mentions for o in merge_organizations(mentions, text)] == [3]


@pytest.mark.parametrize(
    "words, parts",
    [
        # a short name in the bracket is a mention of its own
        ("Федеральной службы по надзору ( Росрыбнадзора )", ["Федеральной службы по надзору", "Росрыбнадзора"]),
        # the NER stopped before the closing bracket
        ("Федеральной службы по надзору ( Росрыбнадзора", ["Федеральной службы по надзору", "Росрыбнадзора"]),
        # lower-case words in the bracket are a comment
        ("Народного собрания ( парламента )", ["Народного собрания"]),
        ("Городская больница ( ул . Садовая )", ["Городская больница"]),
        # an abbreviation, a name in another alphabet, several words, one word before: kept
        ("ЦК ВКП ( б )", ["ЦК ВКП ( б )"]),
        ("Союз журналистов ( СЖ )", ["Союз журналистов ( СЖ )"]),
        ("Центр исследований ( Research Center )", ["Центр исследований ( Research Center )"]),
        ("Совет страны ( Сфатул Цэрий )", ["Совет страны ( Сфатул Цэрий )"]),
        ("МАЭ ( Кунсткамера )", ["МАЭ ( Кунсткамера )"]),
    ],
)
def test_bracket_parts(words, parts):
    assert [" ".join(t.text for t in part) for part in bracket_parts(_spaced_tokens(words.split()))] == parts


def test_short_name_in_a_bracket_joins_the_full_name():
    """The bracket's short name (``alias_of`` the name before it) and the same short name
    written elsewhere are one organization with that name."""
    text = ("Глава Федерального агентства по связи (Россвязи) выступил. Россвязь готовит реформу, "
            "сообщает Агентство новостей.")

    def at(name, written, **kw):
        return OrgMention(name, Span(text.index(written), text.index(written) + len(written)), **kw)

    full = at("Федеральное агентство по связи", "Федерального агентства по связи")
    mentions = [full, at("Россвязь", "Россвязи", alias_of=full.span), at("Россвязь", "Россвязь "),
                at("Агентство новостей", "Агентство новостей")]
    assert [(o.name, o.mentions) for o in merge_organizations(mentions, text)] == [
        ("Федеральное агентство по связи", 3), ("Агентство новостей", 1)]
    # without the pair the NER gave, a bracket after other words pairs nothing
    assert len(merge_organizations([full, at("Россвязь", "Россвязь "), at("Агентство новостей", "Агентство новостей")],
                                   text)) == 3


@pytest.mark.parametrize(
    "body, expected",
    [
        ("Сотрудники Федеральной службы по ветеринарному и фитосанитарному надзору (Россельхознадзора) "
         "проверили склад. Россельхознадзор выдал предписание.",
         ["Федеральная служба по ветеринарному и фитосанитарному надзору"]),
        # a country after the bracket is the name's: one organization, and two countries' two
        ("Он номинирован в члены правления Федеральной резервной системы (Центробанка) США. "
         "Центробанк пока молчит.", ["Федеральная резервная система США"]),
        ("Об этом сообщили в Министерстве обороны (Минобороны) России. Министерство обороны Украины "
         "это опровергло.", ["Министерство обороны России", "Министерство обороны Украины"]),
        # a short name in a bracket after other words is no other name of them
        ("Сотрудники Федеральной службы безопасности провели обыски в офисе компании (Роснефть) в Москве.",
         ["Федеральная служба безопасности", "Роснефть"]),
        # a person's name in a bracket stays in the name
        ("Деньги дал Фонд поддержки детей (Потанин) в прошлом году.", ["Фонд поддержки детей (Потанин)"]),
    ],
)
def test_short_name_in_a_bracket_tagged(tagger, body, expected):
    assert orgs_of(tagger, body) == expected


@pytest.mark.parametrize(
    "body, present, absent",
    [
        # a body of an organization the NER tagged apart from it: the body, and the organization
        ("По данным ГУ МВД области, пострадавших нет. Решение утвердил Президиум Российской академии наук.",
         {"ГУ МВД", "МВД", "Президиум Российской академии наук", "Российская академия наук"}, {"ГУ", "Президиум"}),
        ("По данным Управления МЧС, пожар потушен.", {"Управление МЧС", "МЧС"}, {"Управление"}),
        ("На пленуме ЦК КПК выступил генсек. Решение ЦК было единогласным. Глава КДК РФС выступил.",
         {"ЦК КПК", "КПК", "КДК РФС", "РФС"}, {"ЦК", "КДК"}),
        # … after adjectives; its abbreviation with the same rest is the same body
        ("Сотрудники Главного управления МВД по области задержали подозреваемого. В ГУ МВД подтвердили задержание.",
         {"Главное управление МВД", "МВД"}, {"Главное управление", "ГУ МВД"}),
        ("Киев обратился к Совету Безопасности и Генеральной Ассамблее ООН с призывом.",
         {"Генеральная Ассамблея ООН", "ООН"}, {"Генеральная Ассамблее ООН"}),
        # … a unit's word before an organization (not a place)
        ("Волонтеры из Волонтерского центра Сибирского федерального университета помогли.",
         {"Волонтерский центр Сибирского федерального университета", "Сибирский федеральный университет"},
         {"Волонтерский центр"}),
        # … with the country after the organization («командование» is a body too)
        ("Об испытании сообщило Стратегическое командование Вооружённых сил США.",
         {"Стратегическое командование Вооружённых сил США"}, {"Стратегическое командование"}),
        # a descriptor before a name is no body
        ("Компании Apple и Google выпустили обновления.", {"Apple", "Google"}, {"Компания Apple"}),
        # the body's abbreviation in a bracket after its owner is no name of the owner
        ("Вчера Парламентская ассамблея Совета Европы (ПАСЕ) приняла резолюцию.",
         {"Парламентская ассамблея Совета Европы (ПАСЕ)", "Совет Европы"}, {"Совет Европы (ПАСЕ)"}),
        ("Вчера Генеральная ассамблея ООН (ГА ООН) приняла резолюцию.",
         {"Генеральная ассамблея ООН (ГА ООН)", "ООН"}, {"ООН (ГА ООН)"}),
        # the lower-case word before a name whose letter its abbreviation needs is the name's
        ("В 2002 году была создана организация Договора о коллективной безопасности (ОДКБ).",
         {"Организация Договора о коллективной безопасности (ОДКБ)"},
         {"Договор о коллективной безопасности (ОДКБ)"}),
        # a unit's word with a lower-case complement before an institution, with its owner's abbreviation
        ("Руководитель Центра политической интеграции Института Европы РАН Людмила Бабынина заявила.",
         {"Центр политической интеграции Института Европы РАН", "Институт Европы РАН", "РАН"},
         {"Центр политической интеграции"}),
        # (not a preposition the NER ended the owner with, nor after a complement of people)
        ("Ситуацию прокомментировал председатель Комиссии международного права Российской ассоциации содействия "
         "ООН по экономическим, социальным и культурным правам Иван Петров.",
         {"Комиссия международного права Российской ассоциации содействия ООН"},
         {"Комиссия международного права Российской ассоциации содействия ООН по"}),
        ("Законопроект предусматривал создание при Высшей квалификационной комиссии судей Общественного совета "
         "международных экспертов.", {"Высшая квалификационная комиссия судей"},
         {"Высшая квалификационная комиссия судей Общественного совета международных экспертов"}),
        # … nor a surname the body is named after
        ("Директор Московского центра Карнеги Эндрю Качинс выступил.", {"Московский центр Карнеги"},
         {"Карнеги", "Центр Карнеги"}),
        # the owner's state of the past is the owner's
        ("ЦК Коммунистической партии Советского Союза и Совет министров СССР приняли постановление.",
         {"ЦК Коммунистической партии Советского Союза"}, {"ЦК Коммунистической партии"}),
    ],
)
def test_body_of_an_organization(tagger, body, present, absent):
    orgs = set(orgs_of(tagger, body))
    assert present <= orgs and not absent & orgs, orgs


@pytest.mark.parametrize(
    "body, expected",
    [
        # a body with its owner written in words is keyed by it, so that the body written alone joins it
        ("Об этом сообщили в Главном управлении разведки Министерства обороны Украины. Представитель "
         "Главного управления разведки заявил об ударе.",
         [("Главное управление разведки Министерства обороны Украины", 2), ("Министерство обороны Украины", 1)]),
        ("Национальное управление ядерной безопасности Министерства энергетики США провело испытание. "
         "Национальное управление ядерной безопасности (НУЯБ) сообщило о результатах.",
         [("Национальное управление ядерной безопасности (НУЯБ)", 2), ("Министерство энергетики США", 1)]),
        # … two owners, two bodies; the body alone joins neither
        ("Решение принял Президиум Российской академии наук, а затем Президиум Сибирского отделения. "
         "Президиум заседал долго.",
         [("Президиум Российской академии наук", 1), ("Президиум Сибирского отделения", 1),
          ("Российская академия наук", 1), ("Сибирское отделение", 1)]),
    ],
)
def test_body_with_its_owner_and_alone_are_one(tagger, body, expected):
    orgs = tagger(Article(path="test.txt", title="Сводка", body=body)).organizations
    assert sorted((o.name, o.mentions) for o in orgs) == sorted(expected)


@pytest.mark.parametrize(
    "body, present, absent",
    [
        # a unit with its complement, before the abbreviation of its owner: one name, and
        # the owner on its own; the unit written alone later is the same
        ("Заседание Совета Безопасности ООН прошло в пятницу. Совет Безопасности принял резолюцию.",
         {"Совет Безопасности ООН", "ООН"}, {"Совет Безопасности"}),
        ("Директор Института Африки РАН заявил, что ситуация сложная. Институт Африки опубликовал доклад.",
         {"Институт Африки РАН", "РАН"}, {"Институт Африки"}),
        ("Эксперт Института США и Канады РАН заявил, что ответ будет.", {"Институт США и Канады РАН"},
         {"Институт США и Канады"}),
        ("Решение Международного суда ООН вступило в силу.", {"Международный суд ООН"}, {"Международный суд"}),
        ("Резолюцию приняла Генассамблея ООН.", {"Генассамблея ООН", "ООН"}, {"Генассамблея"}),
        ("В Генштабе ВСУ заявили о потерях.", {"Генштаб ВСУ", "ВСУ"}, {"Генштаб"}),
        ("Самолёты ВВС НАТО патрулируют небо над Прибалтикой.", {"ВВС НАТО", "НАТО"}, {"ВВС"}),
        # a state's force with its country keeps it; a league before a club is no unit of it
        ("Самолёты ВВС США НАТО патрулируют небо.", {"ВВС США", "НАТО"}, {"ВВС США НАТО"}),
        ("Глава РФПЛ ЦСКА поддержал решение.", {"РФПЛ", "ЦСКА"}, {"РФПЛ ЦСКА"}),
        # an outlet a body told something; an abbreviation its country owns
        ("В МЧС ТАСС сообщили, что пожар потушен. МЧС продолжает работу.", {"МЧС", "ТАСС"}, {"МЧС ТАСС"}),
        ("Начальник Генштаба ВС России выступил. Генштаб ВС Армении ответил.",
         {"Генштаб ВС России", "ВС России", "Генштаб ВС Армении", "ВС Армении"}, {"Генштаб ВС"}),
        # … which is the country's body of that head
        ("В Генштабе Украины опровергли информацию. В Генштабе ВС Украины подсчитали потери.",
         {"Генштаб ВС Украины", "ВС Украины"}, {"Генштаб Украины"}),
        ("Ректор Дипломатической академии МИД России выступил.", {"Дипломатическая академия МИД России", "МИД России"},
         {"Дипломатическая академия МИД"}),
        # a body's letters before the letters of an organization of many states
        ("По данным УВКБ ООН, более 250 тыс. человек бежали из города.", {"УВКБ ООН", "ООН"}, {"УВКБ"}),
        ("Делегация ПА ОБСЕ прибыла в Киев. ПА ОБСЕ приняла резолюцию.", {"ПА ОБСЕ", "ОБСЕ"}, {"ПА"}),
        # … also with the body's letters in a bracket between, which the name leaves out
        ("Молдавия напомнила о проблеме в Парламентской ассамблее (ПА) ОБСЕ.", {"Парламентская ассамблея ОБСЕ", "ОБСЕ"},
         {"Парламентская ассамблея (ПА)", "Парламентская ассамблея"}),
        ("Об этом сообщили в Центре общественных связей (ЦОС) ФСБ.", {"Центр общественных связей ФСБ", "ФСБ"},
         {"Центр общественных связей (ЦОС)"}),
        # … not two such organizations, nor across a comma
        ("В НАТО ЕС считают партнёром.", {"НАТО", "ЕС"}, {"НАТО ЕС"}),
        ("Об этом заявили в МЧС, ООН это подтвердила.", {"МЧС", "ООН"}, {"МЧС ООН"}),
        # … nor letters the text spells out in a bracket, a name of their own listed with it
        ("Доклад Организации по запрещению химического оружия (ОЗХО) вышел. Доклад механизма ОЗХО ООН "
         "опубликован.", {"Организация по запрещению химического оружия (ОЗХО)", "ООН"}, {"ОЗХО ООН"}),
    ],
)
def test_unit_of_an_abbreviated_organization(tagger, body, present, absent):
    orgs = set(orgs_of(tagger, body))
    assert present <= orgs and not absent & orgs, orgs


def test_abbreviated_head_with_the_same_rest():
    names = ["ГУ МВД", "Главное управление МВД", "МВД", "ГУ МЧС", "Главный штаб МЧС", "Главное управление МЧС"]
    assert abbreviation_pairs("", names) == {"ГУ МВД": "Главное управление МВД", "ГУ МЧС": "Главное управление МЧС"}


@pytest.mark.parametrize("text, expected", [
    ("Президиум РАН утвердил план.", True),  # at the very start of the text (a headline)
    ("«Президиум» РАН утвердил план.", False),  # a quoted name is no body
])
def test_a_body_at_the_start_of_the_text(vocab, text, expected):
    word = text.split()[0].strip("«»")
    at = text.index(word)
    span = SimpleNamespace(start=at, stop=at + len(word), tokens=[SimpleNamespace(text=word, pos="NOUN")])
    parent = SimpleNamespace(type="ORG", start=text.index("РАН"), stop=text.index("РАН") + 3, text="РАН")
    assert names_a_body(span, parent, text, vocab, Lexicon.default()) is expected


def test_an_abbreviation_joins_the_name_it_fits_written_most(tagger):
    text = ("Глава Евросовета Дональд Туск отметил, что позиции США и ЕС расходятся. Евросоюз готов "
            "продлить санкции, Евросоюз не отступит.")
    tags = tagger(Article(path="t.txt", title="Заголовок", body=text))
    mentions = {o.name: o.mentions for o in tags.organizations}
    assert mentions.get("Евросоюз") == 3 and mentions.get("Евросовет") == 1, mentions


def test_one_name_is_one_organization(tagger):
    names = orgs_of(tagger, "Глава Государственной пограничной службы Украины заявил о нарушении, — добавил глава ГПСУ.")
    assert names == ["Государственная пограничная служба Украины"], names


@pytest.mark.parametrize("body, expected", [
    # a periodical's quoted title is no phrase a compound is made of
    ("Об этом рассказал главный редактор журнала «Российский космос» Виктор Савиных. Роскосмос пока молчит.",
     {"Российский космос", "Роскосмос"}),
    # … a quoted name after another kind is
    ("Госкорпорация «Российские технологии» выросла. Ростех доволен.", {"Госкорпорация «Российские технологии»"}),
])
def test_a_periodicals_title_is_no_compounds_phrase(tagger, body, expected):
    assert set(orgs_of(tagger, body)) == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        # names of one organization that a table of known names ties together
        ("Банк России снизил ставку. Аналитики ждали, что ЦБ сохранит её. Решение ЦБ удивило рынок.", {"Банк России": 3}),
        ("Генсек НАТО выступил. Североатлантический альянс усилит группировку. НАТО проведёт учения.", {"НАТО": 3}),
        ("Боевики ИГИЛ отступили из Ракки. Авиация нанесла удары по позициям ИГ под Дейр-эз-Зором.",
         {"ИГ": 2}),
        ("Саммит G20 прошёл в Гамбурге. Лидеры «Большой двадцатки» договорились.", {"G20": 2}),
        ("Сотрудники Госавтоинспекции проверили машины. В ГИБДД России сообщили о снижении аварийности.",
         {"ГИБДД России": 2}),
        # a known abbreviation takes no other name by its initials …
        ("Такие медиа, как RT и Sputnik, обязаны отчитываться. В реестр внесена компания Reston Translator. "
         "Главред RT возмутилась.", {"RT": 2, "Sputnik": 1, "Reston Translator": 1}),
        ("Предстоящий саммит ЕС даст ответ. Председатель Европейского совета Дональд Туск выступил. Лидеры ЕС "
         "собрались.", {"ЕС": 2, "Европейский совет": 1}),
        # a body after another country's adjective than the one its name is written with elsewhere
        # (a name written without either goes with the one written with the country)
        ("Сейм одобрил закон об Институте памяти Польши. Глава украинского Института памяти возмущён. "
         "Сотрудники польского Института памяти в суде. Закон об Институте памяти вступит в силу.",
         {"Сейм": 1, "Институт памяти Польши": 3, "Украинский Институт памяти": 1}),
        # a club's short name
        ("Полузащитник «Локомотива» забил. Рядом с полузащитником «Локо» играл капитан.", {"Локомотив": 2}),
        ("«Барселона» продлила контракт с Месси. «Барса» заплатит ему больше всех. Болельщики «Барсы» довольны.",
         {"Барселона": 3}),
        ("ПСЖ купил Неймара. «Пари Сен-Жермен» заплатил 222 млн евро.", {"Пари Сен-Жермен": 2}),
        ("Войска НАТО стоят у границ. У лидеров стран Североатлантического союза хватит воли.", {"НАТО": 2}),
        # a plus names a wider alliance than the listed name
        ("Страны ОПЕК+ сократят добычу. Саудовская Аравия убедила ОПЕК согласиться.", {"ОПЕК+": 1, "ОПЕК": 1}),
        # … but one the text gives it in a bracket
        ("Всемирная туристская организация (ВТО) опубликовала доклад. ВТО ждёт роста туризма.",
         {"Всемирная туристская организация (ВТО)": 2}),
        # a legal form before a quoted name is no part of it
        ("Нефтегазовая компания НАК «Нафтогаз Украины» подала иск. «Нафтогаз Украины» требует денег.",
         {"Нафтогаз Украины": 2}),
        ("Собор перешёл в юрисдикцию РПЦЗ. Русская зарубежная церковь признала решение.",
         {"Русская зарубежная церковь": 2}),
        ("Генеральная Ассамблея ООН приняла резолюцию. На рассмотрение Генассамблеи внесли проект.",
         {"Генеральная Ассамблея ООН": 2, "ООН": 1}),
        ("Бои идут в Алеппо.\n\n* «Джабхат ан-Нусра» (или «Фронт ан-Нусра») — террористическая организация.",
         {"Джабхат ан-Нусра": 2}),
        ("Федеральное агентство по печати и массовым коммуникациям выпустило отчёт. Роспечать ответила.",
         {"Федеральное агентство по печати и массовым коммуникациям": 2}),
        # a national team is spelled by no abbreviation: «СБР» is the union of biathletes
        ("Президент СБР похвалил тренеров. Сборная России выступила плохо. В СБР ждут перемен.",
         {"СБР": 2, "Сборная России": 1}),
        # a body of no country before «и» and a body of a country: that country's
        ("Дело ведут Генеральная прокуратура и Служба безопасности Украины. ГПУ молчит.",
         {"Генеральная прокуратура Украины": 2, "Служба безопасности Украины": 1}),
        ("Министерство обороны и МИД России выступили. Министерство обороны США промолчало.",
         {"Министерство обороны России": 1, "МИД России": 1, "Министерство обороны США": 1}),
        # … not a body named by its letters, nor one with a country's word
        ("Против выступили Евросоюз, ОБСЕ и Госдеп США.", {"Евросоюз": 1, "ОБСЕ": 1, "Госдеп США": 1}),
        ("Палестинская национальная администрация и правительство Израиля спорят.",
         {"Палестинская национальная администрация": 1, "Правительство Израиля": 1}),
    ],
)
def test_known_names_of_one_organization(tagger, body, expected):
    tags = tagger(Article(path="t.txt", title="Заголовок", body=body))
    assert {o.name: o.mentions for o in tags.organizations} == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        # a region after a body the NER tagged apart is its owner (also after a branch's abbreviation)
        ("Из сообщения Министерства экологии Московской области следует, что свалку закроют.",
         {"Министерство экологии Московской области": 1}),
        ("Представитель СК Татарстана сообщил о деле. В СК добавили, что дело передано в суд.", {"СК Татарстана": 2}),
        ("Следственный комитет России возбудил дело. Представитель СК Татарстана сообщил подробности.",
         {"Следственный комитет России": 1, "СК Татарстана": 1}),
        # … and so is a city, a place of no country of today or a state of the past, in the
        # genitive (also where the tagger reads it as a locative agreeing with the word before)
        ("Городская дума Краснодара приняла бюджет. Депутаты Городской думы собрались снова.",
         {"Городская дума Краснодара": 2}),
        ("Заседание Верховного суда Крыма прошло без публики. Верховный суд отклонил жалобу.",
         {"Верховный суд Крыма": 2}),
        ("Председатель Совета министров СССР Иосиф Сталин скончался в марте.", {"Совет министров СССР": 1}),
        ("Она выступала в Заксобрании Карелии.", {"Заксобрание Карелии": 1}),
        ("Отряды Патриотического союза Курдистана отошли из Киркука.", {"Патриотический союз Курдистана": 1}),
        # (not after an abbreviation of no body: a deverbal noun takes the place)
        ("Потеря ИГ Мосула стала поворотным моментом.", {"ИГ": 1}),
        # a place the NER took with a bracket after it: the bracket is the name's if closed
        ("Интересы бизнеса защищает Торгово-промышленная палата Японии (ТППЯ, НИССЁ, Нихон сёко кайгисё).",
         {"Торгово-промышленная палата Японии": 1, "НИССЁ": 1, "Нихон сёко кайгисё": 1}),
        ("Об этом сообщило Бюро статистики труда США (BLS). В заявлении Вооруженных сил Украины (ВСУ) говорится "
         "о потерях.", {"Бюро статистики труда США (BLS)": 1, "Вооруженные силы Украины (ВСУ)": 1}),
        # (nor an adjective that agrees with the name: the district's, cut off)
        ("Сотрудники ОВД Урус-Мартановского задержали двоих.", {"ОВД": 1}),
        # a unit with a lower-case complement before an abbreviation is keyed by its owner
        ("Казахстан председательствует в Совете безопасности ООН. Назарбаев выступит в Совете Безопасности.",
         {"Совет безопасности ООН": 2, "ООН": 1}),
        # a lone head that ends one name of adjectives and that head is that name
        ("Франциск руководит Католической церковью. Он руководит Церковью уже пять лет.", {"Католическая церковь": 2}),
        # … and is dropped where it ends two such names: which one, the text does not say
        ("Русская православная церковь и Католическая церковь встретились. Сила Церкви в единстве.",
         {"Русская православная церковь": 1, "Католическая церковь": 1}),
        # … or heads it in lower case after adjectives, before a complement, where no name begins with it
        ("Дуда остановил реформу Национального совета юстиции. Выбирать состав Совета должен был Сейм.",
         {"Национальный совет юстиции": 2, "Сейм": 1}),
        ("Сенаторы Совета Федерации одобрили закон. Глава Национального совета юстиции выступил. Закон одобрил "
         "и Совет.", {"Совет Федерации": 2, "Национальный совет юстиции": 1}),
        # … not a genitive that ends it, nor a head with an adjective of its own
        ("Российская академия наук заявила о лженауке. Наука ответила.", {"Российская академия наук": 1}),
        ("Десятинная церковь восстановлена. Патриарх призвал русскую Церковь к единству.",
         {"Десятинная церковь": 1, "Церковь": 1}),
        # an abbreviation alone is the country's body its letters spell, not a region's
        ("Служба безопасности Украины задержала агента. Сотрудники СБУ Донецкой области провели обыск. "
         "В СБУ сообщили о задержании.", {"Служба безопасности Украины": 2, "СБУ Донецкой области": 1}),
        # a parent named inside a body's name is the country's, not a region's written elsewhere
        ("Начальник пресс-службы Главного управления МВД по ЮФО Роман Щекотин прокомментировал. "
         "Сотрудники МВД Ингушетии задержали боевиков.",
         {"Главное управление МВД": 1, "МВД": 1, "МВД Ингушетии": 1}),
        # a quoted name out of the nominative after a word for a site is the phrase's object
        ("Решено передать месторождение «Газпрому». «Газпром» доволен решением.", {"Газпром": 2}),
        # an abbreviation with a lower-case name after it that is no people
        ("В НИИ киноискусства создали архив фильмов.", {"НИИ киноискусства": 1}),
    ],
)
def test_owners_and_heads_said_short(tagger, body, expected):
    tags = tagger(Article(path="t.txt", title="Заголовок", body=body))
    assert {o.name: o.mentions for o in tags.organizations} == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        # a parliament or a chamber named by its kind is the one body of the text the table gives
        ("Сенат США одобрил законопроект. Верхняя палата проголосовала 60 голосами.", ["Сенат США"]),
        ("Законопроект внесли в Госдуму. Нижняя палата рассмотрит его в среду.", ["Госдума"]),
        ("Американский парламент принял закон. Конгресс США направил его президенту.", ["Конгресс США"]),
        ("Бундестаг проголосовал. Немецкий парламент поддержал решение.", ["Бундестаг"]),
        # two chambers of that kind, or none the table gives: as written
        ("Сенат США и Сенат Польши приняли резолюции. Верхняя палата собралась в среду.",
         ["Сенат США", "Сенат Польши", "Верхняя палата"]),
        ("Госдума приняла закон. Российский парламент поддержал его единогласно.", ["Госдума", "Российский парламент"]),
        # one body written two ways is one («Сенат США» … «Сенат»; «Государственная дума» … «Госдума»)
        ("Сенат США одобрил. Сенат проголосовал. Верхняя палата собралась.", ["Сенат США"]),
        ("Государственная дума приняла закон. Госдума его поддержала. Нижняя палата проголосовала.",
         ["Государственная дума"]),
        # a chamber of the country named right after it; a parliament of no country: as written
        ("Госдума приняла закон. Нижняя палата парламента Японии тоже.",
         ["Госдума", "Нижняя палата", "Парламент Японии"]),
        ("Верховная рада приняла закон. Европейский парламент осудил его.", ["Верховная рада", "Европейский парламент"]),
    ],
)
def test_chamber_named_by_its_kind(tagger, body, expected):
    assert sorted(orgs_of(tagger, body)) == sorted(expected)


def test_chambers_named_keeps_a_mention_of_another_country():
    chambers = Lexicon.default().chambers
    ms = [OrgMention("Конгресс США", Span(0, 12), key=("конгресс", "US")),
          OrgMention("Украинский парламент", Span(20, 40), key=("парламент", "UA"), stand_in=True),
          OrgMention("Американский парламент", Span(50, 72), key=("парламент", "US"), stand_in=True)]
    assert [(m.name, m.key) for m in chambers_named(ms, chambers)] == [
        ("Конгресс США", ("конгресс", "US")), ("Украинский парламент", ("парламент", "UA")),
        ("Конгресс США", ("конгресс", "US"))]


@pytest.mark.parametrize(
    "body, expected",
    [
        # a bare institution's word names the text's one institution…
        ("Британское правительство ввело санкции. Правительство объявило о мерах.",
         [("Британское правительство", 2)]),
        # … not in the plural, as the tagger reads it in context, nor after a word that makes it another
        ("Российское правительство приняло решение. Иностранные правительства выразили протест.",
         [("Российское правительство", 1)]),
        ("Российское правительство приняло решение. Правительства осудили решение Москвы.",
         [("Российское правительство", 1)]),
        ("Американское правительство поддержало оппозицию. Переходное правительство возглавит генерал.",
         [("Американское правительство", 1)]),
        ("Британское правительство обсудило бюджет. Местное правительство Шотландии возражает.",
         [("Британское правительство", 1), ("Правительство Шотландии", 1)]),
        # … nor after a word for any of its kind, with its country's adjective too
        ("Украинское министерство обороны сообщило о поставках. Это согласуют с каждым украинским "
         "министерством.", [("Украинское министерство обороны", 1)]),
        # … nor the notion of e-government
        ("Российское правительство приняло решение. Данные передадут в системы электронного правительства РФ.",
         [("Российское правительство", 1)]),
        # «национальная сборная» is the text's one team
        ("Хоккеисты сборной России выиграли. Игроки национальной сборной довольны.", [("Сборная России", 2)]),
        ("Игроки национальной сборной довольны.", []),
    ],
)
def test_a_bare_institution_joins_only_the_texts_own(tagger, body, expected):
    tags = tagger(Article(path="test.txt", title="Сводка", body=body))
    assert [(e.name, e.mentions) for e in tags.organizations] == expected


def test_a_quoted_name_after_its_kind_may_start_with_a_pronoun(tagger):
    orgs = orgs_of(tagger, "Партия «Мы с Италией» и движение «Тамарруд» выступили. Если Вы хотите, приходите.")
    assert any("Мы с Италией" in o for o in orgs) and "Тамарруд" in orgs, orgs
    assert not any(o.startswith(("Если", "Вы")) for o in orgs), orgs


@pytest.mark.parametrize("text, code", [
    ("Президент Сирии Башар Асад выступил. Правительство Асада молчит.", "SY"),
    ("Сирийский лидер Башар Асад выступил. Правительство Асада молчит.", "SY"),
    ("Бывший премьер-министр Украины Арсений Яценюк ушёл. Правительство Яценюка молчит.", "UA"),
    # punctuation between the country and the name, or no country before it: unknown
    ("Война в Сирии, Башар Асад у власти. Правительство Асада молчит.", ""),
    ("Башар Асад выступил. Правительство Асада молчит.", ""),
    # words between that are no office's («американских журналистов Асад»)
    ("Сирийских журналистов Асад не принял. Правительство Асада молчит.", ""),
    # the government's own mention tells nothing («в Сирии правительство Асада»)
    ("Война в Сирии правительство Асада ведёт давно. Правительство Асада молчит.", ""),
    # two countries before the leader's mentions leave it open
    ("Президент Сирии Башар Асад и египетский лидер Асад. Правительство Асада молчит.", ""),
])
def test_leaders_placed(text, code):
    """A government named by its leader takes the country written right before the leader's name."""
    start = text.index("Правительство")
    led = OrgMention(name="Правительство Асада", span=Span(start, text.index(" молчит")), key=("правительство", ""),
                     led=True)
    other = [OrgMention(name="Правительство Асада", span=Span(m.start(), m.end()), key=("правительство", ""),
                        led=True) for m in re.finditer("правительство Асада", text)]
    countries = [(Span(m.start(), m.end()), c) for c, word in (("SY", "Сирии"), ("SY", "Сирийский"),
                                                               ("UA", "Украины"), ("EG", "египетский"))
                 for m in re.finditer(word, text)]
    placed, *_ = leaders_placed([led, *other], text, countries)
    assert placed.leader_of == code and placed.key == ("правительство", "")


@pytest.mark.parametrize("body, present, absent", [
    # an institution named after a person by a lower-case word for its kind
    ("Болельщики почтили память артистов ансамбля имени Александрова. Песню исполнил ансамбль им. А.В. "
     "Александрова.", {"Ансамбль им. А.В. Александрова"}, {"Александров", "Ансамбль имени Александрова"}),
    ("Он учился в колледже имени Демиреля, а работал на заводе имени Дегтярёва.",
     {"Колледж имени Демиреля", "Завод имени Дегтярёва"}, set()),
    # … up to the first word in no genitive
    ("Он работал в совхозе имени Ленина Сергей Иванов сказал это.", {"Совхоз имени Ленина"},
     {"Совхоз имени Ленина Сергей"}),
    # … the surname alone, or a first name and the surname: not the next person's name
    ("Погибла солистка ансамбля имени Александрова Дарьи Трофимовой. Он учился в колледже имени Сулеймана "
     "Демиреля.", {"Ансамбль имени Александрова", "Колледж имени Сулеймана Демиреля"},
     {"Ансамбль имени Александрова Дарьи Трофимовой"}),
    # … a monarch's name with its number
    ("Королева была госпитализирована в больницу имени Эдуарда VII в Лондоне.", {"Больница имени Эдуарда VII"},
     {"Больница имени Эдуарда"}),
    # … not a park, an award, a name «по имени», a plural
    ("Гуляли в парке имени Горького. Вручили премию имени Вацлава Гавела. Пса по имени Шарик искали.",
     set(), {"Парк имени Горького", "Премия имени Вацлава Гавела"}),
    ("Выступили ансамбли имени Александрова и Моисеева.", set(), {"Ансамбли имени Александрова"}),
])
def test_institution_named_after_a_person(tagger, body, present, absent):
    orgs = set(orgs_of(tagger, body))
    assert present <= orgs and not absent & orgs, orgs


@pytest.mark.parametrize("text, expected", [
    # letters in a bracket after the lower-case words of a term they spell: no organization
    ("На вооружение примут боевую машину поддержки танков (БМПТ) «Терминатор».", {"БМПТ"}),
    ("Основную нагрузку несли тепловые электростанции (ТЭС), а не АЭС.", {"ТЭС"}),
    ("Рост внутреннего валового продукта (ВВП) замедлился.", {"ВВП"}),
    # … not after a word for an institution, nor after a name
    ("По данным министерства иностранных дел (МИД), посол вызван.", set()),
    ("Сотрудники следственного комитета (СК) задержали его.", set()),
    ("Минский завод колёсных тягачей (МЗКТ) влили в холдинг.", set()),
    # … nor letters the words do not spell
    ("Об этом рассказал депутат Госдумы (КПРФ) Иван Сухарев.", set()),
])
def test_term_abbreviations(vocab, text, expected):
    assert term_abbreviations(text, vocab, Lexicon.default(), abbreviates) == expected


def test_a_word_for_a_site_alone_is_a_name_of_its_own(tagger):
    """«метро» before a quoted name makes it a station, but «Метро» alone is the band's name."""
    body = ("Музыкант Юрий Царёв ведёт проект под названием «Метро». С названием группы «Метро» всегда была "
            "путаница. Репетиции шли у станции метро «Спортивная».")
    assert orgs_of(tagger, body) == ["Метро"]
