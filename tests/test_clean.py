"""Cleaning rules: tables of input -> cleaned text, and properties of clean()."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefings.clean import (
    RELATED_MARKERS,
    clean,
    clean_body,
    is_boilerplate,
    is_imprint,
    is_site_notice,
    is_rubric,
    looks_like_code,
    normalize,
    normalize_markdown,
    split_credit,
    strip_markup,
)

NORMALIZE = [
    ("Ильхам&nbsp;Алиев", "Ильхам Алиев"),
    ("на больших глубинах┘ Пока подобрался═к столице", "на больших глубинах… Пока подобрался к столице"),
    ("Ильхам\u00a0Алиев", "Ильхам Алиев"),
    ("за\u202fгод\u2009назад", "за год назад"),
    ("пере\u00adнос", "перенос"),
    ("ну\u200bль\ufeff", "нуль"),
    ("&amp;nbsp;двойной", "двойной"),
    ("&laquo;Цитата&raquo; &mdash; он", "«Цитата» — он"),
    ("е\u0308лка", "ёлка"),  # NFC
    ("строка\r\nвторая\rтретья", "строка\nвторая\nтретья"),
    ("  много    пробелов  ", "много пробелов"),
    ("абзац\n\n\n\nабзац", "абзац\n\nабзац"),
    ("нуль\x00байт", "нульбайт"),
    # wiki italics around a name are quotes; an apostrophe inside stays, odd ones stay
    ("главы ''Samsung'' Ли", "главы «Samsung» Ли"),
    ("песни ''Blowin' in the Wind'' и ''Suzanne''", "песни «Blowin' in the Wind» и «Suzanne»"),
    ("сообщение: ''«не подтверждает»''", "сообщение: «не подтверждает»"),
    ("'''жирный''' и ''", "'''жирный''' и ''"),
    # seconds and inches after a number are no quotes
    ("Координаты: 55°45'20'' с. ш. 37°37'10'' в. д.", "Координаты: 55°45'20'' с. ш. 37°37'10'' в. д."),
    ("экраном 6,1'' и 6,7''", "экраном 6,1'' и 6,7''"),
    ("''начало\nконец''", "''начало\nконец''"),
    # a word typed in one script with look-alike letters of the other: one script
    ("лидеров Католичеc\u043aой церкви", "лидеров Католической церкви"),
    ("посол C\u0428\u0410 в Москве", "посол США в Москве"),
    ("\u0421NN и \u0421BS", "CNN и CBS"),
    ("компания Space\u0425", "компания SpaceX"),
    ("в \u0425I\u0425 веке", "в XIX веке"),
    ("полис \u041e\u041cC", "полис ОМС"),  # every letter a look-alike: the script of most
    # letters without a twin in the other script are there on purpose
    ("канал RTД и BLMщики", "канал RTД и BLMщики"),
    ("акции Microsoft\u0430 и Nautilus Pompilius\u0430", "акции Microsoft\u0430 и Nautilus Pompilius\u0430"),
    ("рядом с Ма\u006b\u0441ом", "рядом с Максом"),
    ("журнал \u0421ook Political Report", "журнал Cook Political Report"),
    ("\u041d\u0061 улице", "На улице"),  # as many letters of each: Cyrillic
    ("вакцина СпутникV", "вакцина СпутникV"),
]


@pytest.mark.parametrize("raw, expected", NORMALIZE)
def test_normalize(raw, expected):
    assert normalize(raw) == expected


def test_normalize_markdown_keeps_markup():
    text = "# Заголовок\n\n&lt;b&gt; и **жирный**&nbsp;текст\n\n    код\tс табом\n"
    assert normalize_markdown(text) == "# Заголовок\n\n&lt;b&gt; и **жирный** текст\n\n    код\tс табом"


MARKUP = [
    ("до <b>жирно</b> после", "до жирно после"),
    ("<script>alert(1)</script>текст", "текст"),
    ('<img src=x onerror="alert(1)">текст', "текст"),
    ("<img src=x onerror=alert(1) текст", "img src=x onerror=alert(1) текст"),
    ("<!-- комментарий -->текст", "текст"),
    ("a < b и <Нижнем> и <…>", "a < b и <Нижнем> и <…>"),
]


@pytest.mark.parametrize("raw, expected", MARKUP)
def test_strip_markup(raw, expected):
    assert strip_markup(raw) == expected


@pytest.mark.parametrize(
    "line, expected",
    [
        ("Перейти к основному контенту", True),
        ("Подписывайтесь на наш канал в Telegram", True),
        ("Поделиться", True),
        ("Поделиться:", True),
        ("0", True),
        ("1234", True),
        ("15 комментариев", True),
        ("Читайте также: Премьер встретился с губернатором", True),
        ("Главная", True),
        ("ДОБАВИТЬ КОММЕНТАРИЙ", True),
        ("Всего комментариев: 0", True),
        ("Авторизуйтесь, чтобы иметь возможность комментировать материалы", True),
        ("Он решил добавить комментарий к своему посту в Telegram.", False),
        ("Подписание договора прошло в Кремле.", False),
        ("Поделиться опытом приехали врачи из двадцати стран, включая Италию и Испанию, а также Китай.", False),
        ("В 2024 году", False),
    ],
)
def test_is_boilerplate(line, expected):
    assert is_boilerplate(line) is expected


@pytest.mark.parametrize(
    "line, expected",
    [
        ("Главный редактор: Петрова А. Н. Адрес редакции: 101000, Москва, ул. Садовая, 1", True),
        ("Главный редактор – И. К. Смирнов. Телефон: +7 495 000-00-00", True),
        ("Главный редактор Соколов В.В. Телефон редакции: +7 (495) 000-00-00", True),
        ("Учредитель – ООО «Медиа Пример»", True),
        ("Учредители: Общество с ограниченной ответственностью «Пример»", True),
        ("Учредитель и редакция - АО «Городские новости». Главный редактор Н. П. Орлов.", True),
        ("Сетевое издание example.ru зарегистрировано Роскомнадзором 1 марта 2019 г.", True),
        ("Свидетельство о регистрации СМИ Эл № ФС77-00001 от 1 июня 2015 года", True),
        ("Свидетельство о регистрации средства массовой информации", True),
        ("ИА № ФС 77-00002, выдано Федеральной службой по надзору в сфере связи", True),
        ("© АО «Пример ТВ», 2001-2024. Все права защищены.", True),
        ("Использование материалов сайта разрешено только при наличии активной ссылки.", True),
        ("При любом использовании материалов ссылка на источник обязательна.", True),
        ("Роскомнадзор аннулировал свидетельство о регистрации СМИ «Вечерний город».", False),
        ("Учредитель фонда — предприниматель Иван Петров — не комментирует сделку.", False),
        ("Главный редактор газеты Пётр Васильев заявил, что издание продолжит работу.", False),
        ("Все права человека должны соблюдаться, заявил омбудсмен.", False),
    ],
)
def test_is_imprint(line, expected):
    assert is_imprint(line) is expected


@pytest.mark.parametrize(
    "line, expected",
    [
        ("Наш сайт использует файлы Cookie, чтобы показывать вам интересные материалы.", True),
        ("Мы используем cookies! Они помогают нам понимать читателей.", True),
        ("Для улучшения работы сайта мы собираем техническую обезличенную информацию о Вас.", True),
        ("Продолжая просматривать сайт, Вы подтверждаете, что ознакомились с Политикой конфиденциальности.", True),
        ("Нажимая кнопку «Отправить», вы соглашаетесь на обработку персональных данных.", True),
        # an article about cookies or consent is article text
        ("Регулятор выяснил, что сайт банка использует файлы cookie без согласия клиентов.", False),
        ("Продолжая переговоры, стороны подтвердили готовность к компромиссу.", False),
        ("Мы используем все возможности, чтобы вернуть заложников, заявил министр.", False),
        # … and so is a quotation or a statement that starts like a notice
        ("„Мы используем файлы cookie только с согласия пользователей“, — сказал представитель Яндекса.", False),
        ("«Мы собираем только обезличенную информацию», — заявил министр.", False),
        ("Продолжая политику предшественника, я подтверждаю все обязательства, — заявил президент.", False),
    ],
)
def test_is_site_notice(line, expected):
    assert is_site_notice(line) is expected


@pytest.mark.parametrize(
    "line, expected",
    [
        ("Алиев и Путин (Фото: Михаил Терещенко / ТАСС)", ("Алиев и Путин", "Михаил Терещенко / ТАСС")),
        ("Вид на город (фото: пресс-служба мэрии).", ("Вид на город", "пресс-служба мэрии")),
        ("Фото: РИА Новости", ("", "РИА Новости")),
        ("Фото:novostivolgograda.ru", ("", "novostivolgograda.ru")),
        ("Фото: Reuters Фото: Reuters", ("", "Reuters")),
        ("Reuters", ("", "Reuters")),
        ("© Global Look Press", ("", "Global Look Press")),
        ("Фотограф снимал парад.", None),
        ("Он сказал (видимо, в шутку), что придет.", None),
    ],
)
def test_split_credit(line, expected):
    assert split_credit(line) == expected


@pytest.mark.parametrize(
    "line, expected",
    [
        ("Политика", True),
        ("Политика,", True),
        ("Технологии и медиа", True),
        ("Политика страны", False),
        ("", False),
    ],
)
def test_is_rubric(line, expected):
    assert is_rubric(line) is expected


@pytest.mark.parametrize(
    "line, expected",
    [
        (' jwplayer("js-mediaplayer-1").setup({ advertising: (function() {', True),
        (" for (var i = 0, max = p.length; i < max; i++) { console.log(0); }", True),
        (" }, width: \"100%\", ga: {}, sharing: { heading : \"Поделиться\" }", True),
        ("Президент (в прошлом году) сказал: «нет».", False),
        ("Функция (function) в математике — это отображение.", False),
    ],
)
def test_looks_like_code(line, expected):
    assert looks_like_code(line) is expected


BODIES = [
    pytest.param(
        "Первый абзац.\n\nЗаголовок другой статьи\nПолитика\n\nВторой абзац.",
        "Первый абзац.\n\nВторой абзац.",
        id="teaser",
    ),
    pytest.param(
        "Первый абзац заканчивается точкой.\nПолитика\n\nВторой.",
        "Первый абзац заканчивается точкой.\n\nВторой.",
        id="rubric-after-sentence-keeps-sentence",
    ),
    pytest.param(
        "Алиев и Путин\nАлиев и Путин (Фото: Михаил Терещенко / ТАСС)\n\nТекст.",
        "Текст.",
        id="alt-and-caption",
    ),
    pytest.param(
        "Текст.\n Также по теме \n Заголовок связанной статьи \n Начало ее текста... \nПродолжение.",
        "Текст.\nПродолжение.",
        id="related-block",
    ),
    pytest.param(
        "«Мы договорились», — сказал он.\n\n0\n\nПоделиться",
        "«Мы договорились», — сказал он.",
        id="quote-counter-share",
    ),
    pytest.param(
        "<p>Абзац&nbsp;один</p>\n<script>var x = 1;</script>\nАбзац два",
        "Абзац один\n\nАбзац два",  # a removed element leaves a paragraph break
        id="markup",
    ),
    pytest.param(
        "Министр встретился с послом.\n\nСвидетельство о регистрации СМИ Эл № ФС77-00001\n"
        "Главный редактор: Петрова А. Н.\n© ООО «Пример», 2010-2024",
        "Министр встретился с послом.",
        id="site-imprint",
    ),
    pytest.param(
        "Министр встретился с послом.\n\nВстреча длилась час, стороны обсудили торговлю.\n\nДОБАВИТЬ КОММЕНТАРИЙ\n\n"
        "Нарушение действующего законодательства Украины Отправить жалобу ОК\n\nДобро пожаловать! Регистрация",
        "Министр встретился с послом.\n\nВстреча длилась час, стороны обсудили торговлю.",
        id="comment-form-and-what-follows",
    ),
    pytest.param(
        "<p>Министр встретился с послом.</p>\r\n<p>Встреча длилась час, стороны обсудили торговлю.</p>\r\n"
        "<div>ДОБАВИТЬ\u00a0КОММЕНТАРИЙ</div>\r\n<p>Добро пожаловать! Регистрация</p>",
        "Министр встретился с послом.\nВстреча длилась час, стороны обсудили торговлю.",
        id="comment-form-in-raw-html-with-nbsp-and-crlf",
    ),
    pytest.param(
        "Добавить комментарий\n\nМинистр встретился с послом. Встреча длилась час, стороны обсудили торговлю.",
        "Министр встретился с послом. Встреча длилась час, стороны обсудили торговлю.",
        id="comment-link-at-the-top-only-its-line",
    ),
]


@pytest.mark.parametrize("raw, expected", BODIES)
def test_clean(raw, expected):
    assert clean(raw) == expected


def test_clean_body_credits_and_repeats():
    cleaned = clean_body(
        "Заголовок\n\nПодзаголовок статьи\n\nФото: ТАСС\n\nТекст статьи.\n\nЕще (Фото: Иван Иванов / Агентство)",
        title="Заголовок",
        lead="Подзаголовок статьи",
    )
    assert cleaned.body == "Текст статьи."
    assert cleaned.credits == ("ТАСС", "Иван Иванов / Агентство")


def test_clean_body_line_paragraphs_and_site_rubrics():
    cleaned = clean_body("Раз\nЧужой заголовок\nСвоя рубрика\nДва", rubrics=["Своя рубрика"], line_paragraphs=True)
    assert cleaned.body == "Раз\n\nДва"


@pytest.mark.parametrize("raw, expected", [
    # a link's words broken off onto lines of their own
    ("Как\nсообщал\nранее RT, сделка сорвана.", "Как сообщал ранее RT, сделка сорвана."),
    ("«Наши (медики. —\nRT\n) осматривают их», — сказал он.", "«Наши (медики. — RT) осматривают их», — сказал он."),
    ("Премьером стал\nМатеуш Моравецкий\n, и отношения улучшились.",
     "Премьером стал\nМатеуш Моравецкий, и отношения улучшились."),
    ("Он дал интервью («\nКоммерсанту\n»).", "Он дал интервью («Коммерсанту»)."),
    # … and a bracket or quotes it emptied
    ("На ужине с членами комитета (\n) Путин выступил.", "На ужине с членами комитета Путин выступил."),
    ("Как сообщается в сборнике «\n», число выросло.", "Как сообщается в сборнике, число выросло."),
    # a sentence's end on a line of its own, a footnote's mark alone
    ("Это итог саммита «Восточное партнёрство»\n. По словам президента, путь верный.",
     "Это итог саммита «Восточное партнёрство». По словам президента, путь верный."),
    ("Сделка сорвана.\n*\n«Исламское государство» запрещено в России.",
     "Сделка сорвана.\n\n* «Исламское государство» запрещено в России."),
    # … not an ellipsis that opens a paragraph, nor a line of verse after a dash
    ("Он ушёл.\n...и не вернулся.", "Он ушёл.\n\n...и не вернулся."),
    ("Помню, камушек бросишь, бывало, –\nВся кругами займется вода.",
     "Помню, камушек бросишь, бывало, –\n\nВся кругами займется вода."),
    # a new sentence, a subheading, a blank line: apart
    ("Сделка сорвана.\nПереговоры продолжатся.", "Сделка сорвана.\n\nПереговоры продолжатся."),
    ("Угроза финансам\nВ Минфине заявили о рисках.", "Угроза финансам\n\nВ Минфине заявили о рисках."),
    ("Как\n\nсообщал RT.", "Как\n\nсообщал RT."),
])
def test_clean_body_rejoins_broken_lines(raw, expected):
    assert clean_body(raw, line_paragraphs=True).body == expected.replace("стал\nМатеуш", "стал\n\nМатеуш")


# --- properties --------------------------------------------------------------

PIECES = st.sampled_from(
    [
        "\u00a0", "&nbsp;", "&amp;", "&amp;nbsp;", "\u00ad", "\u200b", "\ufeff", "\n", "\n\n", "\r\n", " ", "\t",
        "Политика", "Политика,", "Заголовок", "Фото: ТАСС", "(Фото: А / Б)", "0", "Поделиться", "Также по теме",
        "<b>", "</p>", "<script>", "</script>", "<img onerror=x>", "<", ">", "«", "»", "...", "…", ".", "е\u0308",
        "function(", "{", "}", ";", "var x = 1", "Подписывайтесь", "Москва", "Читайте также",
    ]
)
TEXTS = st.lists(st.one_of(PIECES, st.text(max_size=8)), max_size=40).map("".join)


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_clean_is_idempotent(text):
    once = clean(text)
    assert clean(once) == once


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_clean_output_has_no_odd_characters(text):
    out = clean(text)
    for bad in ("\u00a0", "\u00ad", "\u200b", "\ufeff", "\r", "\t", "\n\n\n", "<script", "<img"):
        assert bad not in out
    assert out == out.strip()


@settings(max_examples=200, deadline=None)
@given(TEXTS)
def test_normalize_is_idempotent(text):
    once = normalize(text)
    assert normalize(once) == once
    assert "\u00a0" not in once and "\u00ad" not in once


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet="абвгдежзиклмнопрстуфхцчшщыэюя ,.", min_size=1, max_size=40), min_size=1, max_size=6))
def test_plain_paragraphs_survive(paragraphs):
    text = "\n\n".join(paragraphs)
    expected = normalize(text)
    if any(_removed_by_rule(line) for line in expected.split("\n")):
        return
    assert clean(text) == expected


def _removed_by_rule(line: str) -> bool:
    return bool(
        is_boilerplate(line)
        or is_imprint(line)
        or is_site_notice(line)
        or is_rubric(line)
        or split_credit(line)
        or any(p.fullmatch(line.strip(" .:")) for p in RELATED_MARKERS)
    )


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Текст без странных знаков\tи с табом", "Текст без странных знаков\tи с табом"),  # nothing to map
        ("Мягкий\u00adперенос и\u200bнулевой пробел", "Мягкийперенос инулевой пробел"),  # invisible: removed
        ("узкий\u2009пробел и\u00a0неразрывный", "узкий пробел и неразрывный"),  # odd spaces: a space
        ("Йо\u0308 и е\u0308ж", "Йӧ и ёж"),  # NFC
    ],
)
def test_normalize_markdown_maps_odd_characters_only_when_there_are_some(text, expected):
    assert normalize_markdown(text) == expected


def test_a_title_repeated_at_the_top_goes_but_a_line_it_quotes_further_down_stays():
    title = "И мясо с барбарисом"
    assert clean_body("И мясо с барбарисом\nТам винный бар.", title=title, line_paragraphs=True).body == "Там винный бар."
    body = "Там винный бар с Борисом.\nИ рыба с кориандром.\nИ сыр с тмином.\nИ мясо с барбарисом."
    assert clean_body(body, title=title, line_paragraphs=True).body.endswith("И мясо с барбарисом.")


@pytest.mark.parametrize("raw, body, credits", [
    # a photo's caption on the line before its credit goes with it
    ("Блокада продолжалась.\nАрмянские солдаты на позиции, 19 мая 1992 года\nAFP\nПереговоры начались.",
     "Блокада продолжалась.\n\nПереговоры начались.", ("AFP",)),
    # … one caption a photo, whatever its credit lines
    ("Сделка сорвана.\nБольшевики в начале 20-х\ngloballookpress.com\n© Manchester Daily Express\nИтоги подвели.",
     "Сделка сорвана.\n\nИтоги подвели.", ("globallookpress.com", "Manchester Daily Express")),
    # … not a sentence before it
    ("Но в 1845 году страну постиг неурожай.\nReuters\nИтоги подвели.",
     "Но в 1845 году страну постиг неурожай.\n\nИтоги подвели.", ("Reuters",)),
    # a domain or a network alone is a credit, unless the sentence goes on after it: a link's word
    ("— отметил Антон Силуанов.\nkremlin.ru\nЗаявление сделано в Москве.",
     "— отметил Антон Силуанов.\n\nЗаявление сделано в Москве.", ("kremlin.ru",)),
    ("Об этом пишет российский портал\nDefence.ru\nсо ссылкой на источник.",
     "Об этом пишет российский портал\n\nDefence.ru со ссылкой на источник.", ()),  # (kept; a capital starts it anew)
    # a subscription notice broken over lines goes whole
    ("Сделка сорвана.\nПодписывайтесь на наш\nTelegram\n, чтобы быть в курсе новостей. Пройдите по\nссылке\nи нажмите Join.",
     "Сделка сорвана.", ()),
])
def test_clean_body_drops_captions_credits_and_notices(raw, body, credits):
    cleaned = clean_body(raw, line_paragraphs=True)
    assert (cleaned.body, cleaned.credits) == (body, credits)


@pytest.mark.parametrize("raw, body", [
    # a foreign post: its text, links, hashtags, signature and date go (the article retells it)
    ("Трамп снова написал о Китае.\nMet with President Xi. Good talks!\n#APEC pic.twitter.com/abc\n"
     "— Donald J. Trump (@realDonaldTrump)\nNovember 11, 2017\nВ Пекине ответили.",
     "Трамп снова написал о Китае.\n\nВ Пекине ответили."),
    ("Шарапова показала Москву.\nFall colors of #Moscow\nПубликация от Maria Sharapova (@mariasharapova)\n"
     "Окт 16 2017 в 5:43 PDT\nОна тренируется.", "Шарапова показала Москву.\n\nОна тренируется."),
    # … signed «Фото опубликовано», by a handle alone, or «A photo posted by … on», an «am/pm» time
    ("Карякин отдыхает.\nThe rest day in #NYC #worldchess2016\nФото опубликовано Sergey Karjakin (@sergey_karjakin)\n"
     "Ноя 27 2016 в 12:17 PST\nМатч продолжится.", "Карякин отдыхает.\n\nМатч продолжится."),
    ("Она ответила.\nAt the baptism 🎀\nФото опубликовано @dinarka070\nДек 11 2016 в 7:24 PST\nСуд назначен.",
     "Она ответила.\n\nСуд назначен."),
    ("Марш прошёл.\nFrom our friends #womensmarch\nA photo posted by March For Life (@marchforlife) on\n"
     "Jan 21, 2017 at 4:39pm PST\nПолиция не вмешивалась.", "Марш прошёл.\n\nПолиция не вмешивалась."),
    # a post in Russian is quoted: its text and signature stay, its links and date go
    ("Об этом сообщил телеканал.\nЗадержанный признал вину https://t.co/abc pic.twitter.com/def\n"
     "— RT на русском (@RT_russian)\nAugust 15, 2017\nСуд состоится в мае.",
     "Об этом сообщил телеканал.\n\nЗадержанный признал вину\n\n— RT на русском (@RT_russian)\n\nСуд состоится в мае."),
])
def test_clean_body_drops_embedded_foreign_posts(raw, body):
    assert clean_body(raw, line_paragraphs=True).body == body
