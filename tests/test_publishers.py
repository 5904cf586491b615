"""The publisher naming itself in its own article is no organization of it (briefings/publishers.py)."""

import pytest

from briefings.model import Article, Entity, Source, Span
from briefings.publishers import default_domains, names_itself, publisher_names, without_publisher

RT = "https://russian.rt.com/world/article/1-sdelka"
NG = "https://www.ng.ru/politics/2018-03-01/1_sdelka.html"


@pytest.mark.parametrize("source, expected", [
    (Source(None, RT), ("RT", "Russia Today")),
    (Source(None, "https://rt.com/news/1"), ("RT", "Russia Today")),
    (Source(None, NG), ("Независимая газета", "НГ", "НГР")),
    # a scraped URL with the host written twice, and an AMP page of another URL
    (Source(None, "https://russian.rt.comhttps://russian.rt.com/world/article/1"), ("RT", "Russia Today")),
    (Source(None, "https://amp.ng.ru/?p=http://www.ng.ru/world/1.html"), ("Независимая газета", "НГ", "НГР")),
    (Source("Вечерний город", None), ("Вечерний город",)),
    # a domain that only ends like one («art.com» is not «rt.com»), no source at all
    (Source(None, "https://art.com/news/1"), ()),
    (Source(None, None), ()),
])
def test_publisher_names(source, expected):
    assert publisher_names(source, default_domains()) == expected


@pytest.mark.parametrize("text, itself", [
    # the outlet as the one reporting
    ("Об этом рассказал [RT] глава комитета.", True),
    ("В беседе с [RT] эксперт отметил, что сделка сорвана.", True),
    ("В беседе c [RT] эксперт отметил, что сделка сорвана.", True),  # (a Latin «c» typed for «с»)
    ("[RT] приводит выдержки из беседы президента.", True),
    ("Что ждёт рубль — в материале [RT].", True),
    ("Как выяснила «[НГ]», движение готовит протесты.", True),
    ("Опрошенные [RT] эксперты назвали систему устаревшей.", True),
    ("Источник «[НГ]» в правительстве это подтвердил.", True),
    ("Кто выиграет выборы, разбирался [RT].", True),
    ("Об этом [RT] сообщили в пресс-службе ведомства.", True),
    ("Документ, с которым ознакомился [RT], внесён в парламент.", True),
    ("Он вернётся сюда (в парламент. – «[НГ]»), сказал премьер.", True),
    ("О протестах ранее писала «[НГ]» (см. «[НГ]» от 12.03.18).", True),
    ("— сказал в интервью [RT] Иван Петров.", True),
    ("— заявил Петров [RT].", True),
    ("Отвечая на вопрос «[НГ]», министр промолчал.", True),
    ("По просьбе «[НГ]» он назвал своих оппонентов.", True),
    ("Подробнее в «[НГР]» от 12.03.18.", True),
    ("— рассказал он в эфире телеканала [RT].", True),
    ("«Они (оппозиция.\n— [RT]\n) могут быть хуже», — сказал он.", True),
    ("Жильцы разговаривать с [RT] отказались.", True),
    ("В ГИБДД обсуждать с [RT] реформу не стали.", True),
    ("Юрист указал «[НГ]» на ошибки следствия.", True),
    ("Ранее «[НГ]» написала о реформе.", True),
    ("— выразил своё мнение [RT] декан факультета.", True),
    ("Тренер уделил [RT] время перед матчем.", True),
    ("— говорится в сообщении ведомства, поступившем в [RT].", True),
    ("[RT] не удалось оперативно получить комментарий компании.", True),
    ("От министерства [RT] в оперативном режиме комментарий получить не удалось.", True),
    ("[RT] опросил экспертов и выяснил, почему проект буксует.", True),
    ("Материал подготовлен специально для [RT].", True),
    ("Обращение (есть у [RT]) направлено в правительство.", True),
    ("Копия письма есть в «[НГ]».", True),
    ("(10 ноября — прим. [RT]) из посольства пришёл ответ.", True),
    # the outlet as a subject of the news
    ("Минюст США потребовал от [RT] зарегистрироваться в качестве иноагента.", False),
    ("Google намерен понизить телеканал [RT] и агентство Sputnik в выдаче.", False),
    ("Депутаты обвинили [RT] и Sputnik в дезинформации.", False),
    ("Главред [RT] Маргарита Симоньян назвала решение цензурой.", False),
    # a line of its own: the next line is not what it says
    ("[RT]\nСообщили о взрыве.", False),
])
def test_names_itself(text, itself):
    start = text.index("[")
    stop = text.index("]") - 1
    plain = text.replace("[", "").replace("]", "")
    assert names_itself(plain, start, stop) == itself


def _organizations(tagger, body, url):
    return [e.name for e in tagger(Article(path="x.txt", title="Сводка", body=body, source=Source(None, url))).organizations]


@pytest.mark.parametrize("body, url", [
    # all its mentions are the outlet reporting: not an organization of its own article
    ("Сделка сорвана, рассказал RT глава комитета Госдумы Леонид Слуцкий. Подробности — в материале RT.", RT),
    ("Как выяснила «НГ», министерство готовит новый законопроект.", NG),
])
def test_publisher_left_out(tagger, body, url):
    assert {"RT", "НГ"} & set(_organizations(tagger, body, None))  # an outlet it cites, in an article of unknown source
    assert not {"RT", "НГ"} & set(_organizations(tagger, body, url))


@pytest.mark.parametrize("body, url", [
    # one mention as the subject of the news keeps it
    ("Минюст США потребовал от RT зарегистрироваться в качестве иноагента, рассказал RT юрист.", RT),
    # another outlet's article: RT is an outlet it cites
    ("Сделка сорвана, рассказал RT глава комитета Госдумы Леонид Слуцкий.", NG),
])
def test_publisher_kept(tagger, body, url):
    assert "RT" in _organizations(tagger, body, url)


@pytest.mark.parametrize("text, spans, left_out", [
    # a span that holds more than the name is read at the name: «Опрошенные RT» of «Опрошенные RT эксперты»
    ("Опрошенные RT эксперты назвали систему устаревшей. Как пояснил RT эксперт, это так.",
     [(0, 13), (63, 65)], True),
    ("Минюст потребовал от RT отчёта. Опрошенные RT эксперты назвали это давлением.", [(21, 23), (32, 45)], False),
])
def test_publisher_read_at_its_name(text, spans, left_out):
    rt = Entity(kind="organizations", name="RT", mentions=len(spans), spans=tuple(Span(*s) for s in spans))
    assert [text[s.start:s.stop] for s in rt.spans][-1].endswith("RT")
    assert (without_publisher([rt], {"RT"}.__contains__, text) == ()) is left_out


def test_a_supplement_signing_its_remark_is_the_publisher(tagger):
    body = "Архив хранится в Сети (то есть в интернете. – «НГ-политика»). Партия «Рассвет» его открыла."
    assert "НГ-политика" in _organizations(tagger, body, None)
    assert "НГ-политика" not in _organizations(tagger, body, NG)


def test_publisher_from_the_source_name(tagger):
    body = "Об этом сообщил «Вестнику» глава района. «Вестник» выяснил, что мост закроют."
    assert "Вестник" in _organizations(tagger, body, None)
    article = Article(path="x.md", title="Сводка", body=body, source=Source("Вестник", None))
    assert "Вестник" not in [e.name for e in tagger(article).organizations]
