"""Readers: one file -> Articles; fixtures in tests/fixtures/sources are our own texts."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from briefings.clean import one_script_words
from briefings.encoding import MAX_BYTES, decode, detect
from briefings.errors import SourceError
from briefings.model import Source
from briefings.sources import (
    SUFFIXES,
    date_from_url,
    read_path,
    read_path_report,
    read_text,
)

FIXTURES = Path(__file__).parent / "fixtures" / "sources"
SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEED = SHARED / "seed" / "000_388b062e0e7cff9a.txt"
BSNLP = SHARED / "datasets" / "slavicner_ru" / "bsnlp_raw_with_headers"

needs_shared = pytest.mark.skipif(not SHARED.exists(), reason="../shared is not there")


def one(name: str):
    (article,) = read_path(FIXTURES / name)
    return article


# --- every reader: expected fields -------------------------------------------

CASES = {
    "dump.txt": dict(
        title="В Самаре открылся новый мост через Волгу",
        date=dt.date(2024, 3, 15),
        rubric="Экономика",
        lead="Мэр: мост сократит путь до аэропорта на 20 минут\n"
        "Строительство шло четыре года и обошлось бюджету в 12 млрд рублей",
        credits=("Ольга Смирнова / Волжское агентство",),
        markup="text",
    ),
    "plain.txt": dict(
        title="Фермеры Алтая собрали рекордный урожай гречки",
        date=None,
        lead="",
        rubric=None,
        markup="text",
    ),
    "bsnlp.txt": dict(
        title="В Швеции прошли выборы в парламент",
        date=dt.date(2019, 5, 20),  # empty date line: the URL's date
        source=Source(None, "https://news.example/2019/05/20/vybory/"),
        body="В воскресенье в Швеции прошли выборы в парламент.\n\nЯвка составила 80 процентов.",
    ),
    "article.md": dict(
        title="Выставка: художники Севера в Архангельске",
        date=dt.date(2023, 11, 2),
        lead="Выставка продлится до конца года.",
        rubric="Культура",
        source=Source("Северный вестник", "https://sever.example/2023/11/02/vystavka/"),
        credits=("Анна Белова / Северный вестник",),
        markup="markdown",
        body="В Архангельске открылась выставка **художников Севера**.\n\nРаботы привезли из Мурманска и Сыктывкара.",
    ),
    "heading.md": dict(title="Открытие сезона в Большом театре", body="Сезон откроется *премьерой* оперы.", date=None),
    "untitled.md": dict(title="untitled", body="Просто заметка редактора без заголовка."),
    "page.html": dict(
        title="В Казани прошел форум молодых ученых",
        date=dt.date(2022, 6, 8),
        source=Source("Поволжский курьер", "https://kurier.example/news/forum-uchenyh"),
        meta={"author": "Мария Иванова"},
        markup="text",
    ),
}


@pytest.mark.parametrize("name, expected", CASES.items(), ids=list(CASES))
def test_reader_fields(name, expected):
    article = one(name)
    assert article.path == str(FIXTURES / name)
    for field, value in expected.items():
        assert getattr(article, field) == value, field


DUMP_BODY_ABSENT = [
    "Перейти к основному контенту",
    "&nbsp;",
    "\u00a0",
    "Фото:",
    "Мост через Волгу в Самаре",  # alt text / caption
    "В Тольятти обсудили",  # teaser of another article
    "Общество",  # its rubric
    "Подписывайтесь",
    "Поделиться",
    "Мэр: мост сократит",  # the lead is not repeated
]


@pytest.mark.parametrize("text", DUMP_BODY_ABSENT)
def test_dump_body_is_clean(text):
    assert text not in one("dump.txt").body


def test_dump_body_keeps_paragraphs_and_quotes():
    body = one("dump.txt").body
    paragraphs = body.split("\n\n")
    assert len(paragraphs) == 3
    assert paragraphs[1].startswith("«Мы ждали этого дня четыре года.")
    assert "\n12\n" not in f"\n{body}\n"  # the comment counter


def test_markdown_meta_keeps_unknown_fields():
    meta = one("article.md").meta
    assert meta["reviewed_by"] == "редактор"
    assert meta["people"] == ["Иван Петров"]


def test_markdown_heading_equal_to_title_leaves_body():
    assert "# Выставка" not in one("article.md").body


@pytest.mark.parametrize(
    "text, title, date, source",
    [
        ("---\nsource_url: https://a.example/2018/03/15/x\n---\nТекст.\n", "t", dt.date(2018, 3, 15), Source(None, "https://a.example/2018/03/15/x")),
        ("---\ntitle: 1984\nsource: Газета\n---\nТекст.\n", "1984", None, Source("Газета", None)),
        ("---\ndate: 2020-01-02T10:00:00\n---\n# Заголовок\n\nТекст.\n", "Заголовок", dt.date(2020, 1, 2), Source()),
    ],
)
def test_markdown_fields(text, title, date, source):
    article = read_text("t.md", text)
    assert (article.title, article.date, article.source) == (title, date, source)


def test_html_has_no_markup_or_script():
    article = one("page.html")
    for bad in ("<script", "<img", "onerror", "alert", "вредный текст", "<p>", "&lt;", "Перейти к основному", "Подписывайтесь"):
        assert bad not in article.text, bad
    assert article.body.count("\n\n") == 2
    assert "более тысячи" in article.body


def test_html_without_date_stays_undated():
    html = (
        "<html><head><title>Без даты</title></head><body><article><h1>Без даты</h1>"
        "<p>Статья без даты публикации, но с упоминанием 5 марта 2019 года в тексте, достаточно длинная.</p>"
        "<p>Второй абзац этой статьи тоже нужен, чтобы извлечение текста сработало уверенно.</p>"
        "</article></body></html>"
    )
    assert read_text("x.html", html).date is None


def test_txt_with_html_content_is_read_as_html():
    article = read_text("saved.txt", (FIXTURES / "page.html").read_text(encoding="utf-8"))
    assert article.title == "В Казани прошел форум молодых ученых"
    assert "<" not in article.body


# --- JSON Lines --------------------------------------------------------------


def test_jsonl_good_lines_and_reported_bad_ones():
    report = read_path_report(FIXTURES / "batch.jsonl")
    paths = [a.path for a in report.articles]
    assert paths == [f"{FIXTURES / 'batch.jsonl'}#{n}" for n in (1, 2, 3)]
    first, second, third = report.articles
    assert first.date == dt.date(2018, 3, 15)  # from the URL
    assert first.lead == "Рубль вырос на новостях о нефти."
    assert first.body == "Курс рубля укрепился на открытии торгов.\n\nАналитики связывают это с ростом цен на нефть."
    assert second.date == dt.date(2019, 9, 1)
    assert "Также по теме" not in second.body and "Болельщики" not in second.body
    assert third.date is None
    assert [e.line for e in report.errors] == [4, 5, 6, 7]
    assert "'date'" in report.errors[2].reason
    assert all(str(e).startswith(f"{FIXTURES / 'batch.jsonl'}:") for e in report.errors)
    assert [a.path for a in read_path(FIXTURES / "batch.jsonl")] == paths


def test_jsonl_without_good_lines_fails(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"title": "x"}\nnot json\n', encoding="utf-8")
    with pytest.raises(SourceError, match="no article"):
        read_path(path)


def test_jsonl_text_equal_to_summary_is_kept_once(tmp_path):
    path = tmp_path / "same.jsonl"
    path.write_text('{"title": "Т", "content": "Один абзац.", "summary": "Один абзац."}\n', encoding="utf-8")
    (article,) = read_path(path)
    assert (article.lead, article.body) == ("", "Один абзац.")


# --- errors ------------------------------------------------------------------

ERRORS = [
    ("empty.txt", b"", "empty file"),
    ("blank.txt", b" \n\n\t\n", "empty file"),
    ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary"),
    ("controls.md", bytes([1, 2, 3, 4, 5, 6, 7, 8] * 50), "binary"),
    ("notes.docx", "Текст".encode(), "unsupported file type"),
    ("header_only.txt", " date 2024-01-01  Перейти к основному контенту\nПолитика,\n0\n".encode(), "no title"),
    ("nothing.html", b"<html><body><script>alert(1)</script></body></html>", "no "),
    ("boxes.txt", bytes(range(0x80, 0xC0)) * 8, "cannot decode"),
]


@pytest.mark.parametrize("name, data, reason", ERRORS, ids=[e[0] for e in ERRORS])
def test_unreadable_files(tmp_path, name, data, reason):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(SourceError, match=reason) as info:
        read_path(path)
    message = str(info.value)
    assert message.startswith(str(path)) and "\n" not in message


def test_missing_file(tmp_path):
    with pytest.raises(SourceError, match="no such file"):
        read_path(tmp_path / "nope.txt")


def test_oversized_file_is_rejected_before_reading(tmp_path):
    path = tmp_path / "big.txt"
    with open(path, "wb") as handle:
        handle.truncate(MAX_BYTES + 1)  # sparse: stat says too big, nothing to read
    with pytest.raises(SourceError, match=r"too large"):
        read_path(path)


@pytest.mark.parametrize(
    "name, text, line, words",
    [
        ("broken_yaml.md", None, 5, ["YAML", "line 4"]),
        ("bad_date.md", None, 3, ["Error reading metadata 'date'", "вчера"]),
        ("list.md", "---\n- a\n- b\n---\nТекст\n", 2, ["not a mapping"]),
        ("title.md", "---\ntitle: [a, b]\n---\nТекст\n", 2, ["Error reading metadata 'title'"]),
        ("source.md", "---\nsource: 5\n---\nТекст\n", 2, ["Error reading metadata 'source'"]),
    ],
)
def test_markdown_errors(tmp_path, name, text, line, words):
    path = FIXTURES / name
    if text is not None:
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
    with pytest.raises(SourceError) as info:
        read_path(path)
    assert info.value.path == str(path)
    assert info.value.line == line
    for word in words:
        assert word in str(info.value)


# --- encodings ---------------------------------------------------------------

RUSSIAN = "Съешь же ещё этих мягких французских булок, да выпей чаю.\n\nВторой абзац о погоде в Москве."


@pytest.mark.parametrize(
    "encoding, expected",
    [("utf-8", "utf-8"), ("utf-8-sig", "utf-8-sig"), ("cp1251", "cp1251"), ("koi8_r", "koi8_r"), ("utf-16", "utf-16")],
)
def test_encodings_detected(tmp_path, encoding, expected):
    data = ("Заголовок новости\n\n" + RUSSIAN).encode(encoding)
    assert detect(data) == expected
    path = tmp_path / "enc.txt"
    path.write_bytes(data)
    article = one_path(path)
    assert article.title == "Заголовок новости"
    assert article.body == RUSSIAN


@pytest.mark.parametrize("encoding", ["cp1251", "koi8_r"])
@pytest.mark.parametrize("text", ["ПРОПИСНЫЕ БУКВЫ И строчные", "Москва", "ёжик в тумане", "Цена: 100 руб."])
def test_short_legacy_texts(encoding, text):
    assert decode(text.encode(encoding)) == text


def test_mostly_utf8_with_a_stray_byte():
    data = ("Москва " * 300).encode() + b"\xff" + " конец".encode()
    assert decode(data).startswith("Москва Москва")


def one_path(path):
    (article,) = read_path(path)
    return article


# --- suffixes and dates ------------------------------------------------------


def test_suffixes():
    assert {".txt", ".md", ".markdown", ".html", ".htm", ".jsonl"} <= set(SUFFIXES)
    assert all(s.startswith(".") and s == s.lower() for s in SUFFIXES)


@pytest.mark.parametrize(
    "url, date",
    [
        ("http://www.ng.ru/politics/2018-03-15/1_x.html", dt.date(2018, 3, 15)),
        ("https://rg.ru/2018/09/20/tereza.html", dt.date(2018, 9, 20)),
        ("https://lenta.ru/news/2016/12/18/trump/", dt.date(2016, 12, 18)),
        ("https://russian.rt.com/world/article/455367-ssha", None),
        ("https://x.example/2018/13/45/", None),
        ("https://x.example/id/20181215/", None),
        (None, None),
    ],
)
def test_date_from_url(url, date):
    assert date_from_url(url) == date


# --- the shared corpora (skipped without ../shared) ---------------------------


@needs_shared
@pytest.mark.shared
def test_seed_article():
    (article,) = read_path(SEED)
    assert article.path == str(SEED)
    assert article.title == "Кремль раскрыл, что обсудят Путин и Алиев на первой за год встрече"
    assert article.rubric == "Политика"
    assert article.date == dt.date(2025, 10, 9)
    assert article.lead.startswith("Песков: Путин и Алиев обсудят проблемные вопросы")
    assert "Михаил Терещенко / ТАСС" in article.credits
    body = article.body
    for absent in ("Перейти к основному контенту", "&nbsp;", "Фото:", "Ильхам Алиев и Владимир Путин", "Премьер попросил", "\u00a0"):
        assert absent not in body, absent
    assert "0" not in body.split("\n")
    assert not body.startswith("Песков:")
    assert "«Достигнута договоренность" in body
    assert body.startswith("Президент Владимир Путин встретится в Таджикистане")
    assert body.endswith("«Sputnik Азербайджан».")


@needs_shared
@pytest.mark.shared
@pytest.mark.parametrize("topic", ["asia_bibi", "brexit", "ec", "trump"])
def test_bsnlp_files_read(topic):
    files = sorted((BSNLP / topic / "raw" / "ru").glob("*.txt"))[:10]
    assert files
    for path in files:
        (article,) = read_path(path)
        header = path.read_text(encoding="utf-8").splitlines()
        assert article.title == " ".join(one_script_words(header[4]).split())  # («оnline»: a Cyrillic «о»)
        assert article.source.url == header[3].strip()
        if header[2].strip():
            assert article.date is not None and article.date.isoformat() == header[2].strip()[:10]


def test_binary_sniffing_counts_control_bytes():
    import random

    from briefings.encoding import _TEXT_CONTROLS, is_binary

    def by_counting(data: bytes) -> bool:  # the rule, spelt out
        head = data[: 64 * 1024]
        controls = sum(1 for b in head if b < 32 and b not in _TEXT_CONTROLS)
        return controls > max(8, len(head) // 20)

    rng = random.Random(7)
    for _ in range(200):
        size = rng.choice([5, 100, 2000, 70000])
        pool = bytes(range(1, 256)) if rng.random() < 0.5 else b"ab\t\n\r\x1b\x01\x02\x7f\xd0\xb0"
        data = bytes(rng.choice(pool) for _ in range(size))
        assert is_binary(data) == by_counting(data)
