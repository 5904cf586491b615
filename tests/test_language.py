"""Lines in Ukrainian or Belarusian, prose in Latin-script languages, handles and hashtags
are not read by the Russian NER (``briefings.language``).

Every sentence here is invented for these tests.
"""

from __future__ import annotations

import pytest

from briefings.language import blanked, foreign_lines, handles, russian_only
from briefings.model import Article, Span


@pytest.mark.parametrize("line, foreign", [
    ("Міністр закордонних справ заявив, що переговори тривають.", True),  # Ukrainian
    ("Жителі міста вийшли на вулиці після рішення влади.", True),
    ("Прэзідэнт падпісаў закон аб бюджэце на наступны год.", True),  # Belarusian
    ("Министр иностранных дел заявил, что переговоры продолжаются.", False),
    ("Об этом сообщило издание «Українська правда».", False),  # one foreign word: a title
    ("Портал ЛІГАБізнесІнформ и агентство УНІАН перепечатали заявление.", False),  # two names
    ("Кабмін", False),
    ("Три года тому назад депутат написал в своём блоге пост под заголовком «Україна — це Європа», "
     "и с тех пор его цитируют на каждом митинге в столице.", False),  # a short quote in a long line
    ("", False),
    # prose in a Latin-script language: an embedded post
    ("What do you think of the race between the two teams?", True),
    ("Debrief dans les couloirs avec le champion et la presse", True),
    # … not names, a credit or a short title in Latin letters, nor a Russian line quoting English
    ("The New York Times", False),
    ("Reuters / Alexander Zemlianichenko", False),
    ("Газета The Wall Street Journal пишет, что the deal is off.", False),
])
def test_a_line_is_foreign_when_several_of_its_words_use_letters_russian_lacks(line, foreign):
    assert bool(foreign_lines(line)) is foreign


def test_foreign_lines_are_found_by_their_offsets():
    text = "Первая строка по-русски.\nУряд України ухвалив нове рішення щодо тарифів.\nТретья строка."
    [span] = foreign_lines(text)
    assert text[span.start:span.stop] == "Уряд України ухвалив нове рішення щодо тарифів."


@pytest.mark.parametrize("text, spans, expected", [
    ("абв где", [Span(0, 3)], "    где"),
    ("абв где жз", [Span(0, 3), Span(8, 10)], "    где   "),
    ("абв", [], "абв"),
])
def test_blanked_keeps_every_offset(text, spans, expected):
    out = blanked(text, spans)
    assert out == expected and len(out) == len(text)


def test_russian_only_blanks_the_ukrainian_line_and_keeps_the_rest():
    text = "Сергей Иванов приехал в Киев.\nКолишній посол Жінка Представниця заявила про підтримку та допомогу."
    out = russian_only(text)
    assert out.startswith("Сергей Иванов приехал в Киев.\n") and out[30:].strip() == "" and len(out) == len(text)


def test_the_tagger_takes_no_names_from_a_ukrainian_line(tagger):
    body = ("Сергей Иванов встретился с послом в Варшаве.\n\n"
            "Колишній посол Представниця Демократичної партії Жінка заявила, що вона підтримує рішення.\n\n"
            "Иванов назвал встречу полезной.")
    tags = tagger(Article(path="t.txt", title="Встреча", body=body))
    assert [p.name for p in tags.people] == ["Сергей Иванов"]
    assert not tags.organizations


@pytest.mark.parametrize("text, found", [
    ("Пост @GoodRunner и хештег #Зимние_игры", ["@GoodRunner", "#Зимние_игры"]),
    # a run of hashtags written together is one
    ("Фото: #TeamRussia#Дина#Арина#ДинаАверина и #Москва", ["#TeamRussia#Дина#Арина#ДинаАверина", "#Москва"]),
    ("Пишите на press@example.ru или звоните", []),  # an address is no handle
    ("Он занял место № 5", []),
    ("Он написал @elon_m. Министр ответил.", ["@elon_m"]),  # the full stop stays: a sentence ends there
    ("Матч РФПЛ⚽️🏆 в Эстерсунде🌸, t = 20°C ©", ["⚽️🏆", "🌸"]),
    ("— Анна (@anna_f1) и pic.twitter.com/AbC123 и https://example.org/a?b=1.", ["(@anna_f1)", "pic.twitter.com/AbC123",
                                                                                "https://example.org/a?b=1"]),
])
def test_handles_and_hashtags(text, found):
    assert [text[s.start:s.stop] for s in handles(text)] == found


def test_russian_only_blanks_handles_and_latin_prose_keeping_offsets():
    text = "Гонщик выиграл.\n\n@GoodRunner\n\nWhat a race it was for the whole team\n\n— Анна (@anna_f1)"
    out = russian_only(text)
    assert len(out) == len(text)
    assert "GoodRunner" not in out and "What" not in out and "anna_f1" not in out
    assert out.startswith("Гонщик выиграл.") and "— Анна " in out and "(" not in out
