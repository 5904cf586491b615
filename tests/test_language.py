"""Lines in Ukrainian or Belarusian are not read by the Russian NER (``briefings.language``).

Every sentence here is invented for these tests.
"""

from __future__ import annotations

import pytest

from briefings.language import blanked, foreign_lines, russian_only
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
