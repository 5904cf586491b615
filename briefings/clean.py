"""Pure text -> text cleaning of article bodies, driven by the rule tables below.

Two levels:

* :func:`normalize` works on characters: HTML entities, odd spaces, soft hyphens,
  zero-width characters, line endings, Unicode NFC. :func:`normalize_markdown` is its
  gentle twin for editors' Markdown (entities other than ``&nbsp;`` are Markdown's).
* :func:`clean_body` works on lines of scraped text: markup, navigation leftovers,
  counters, share/subscribe lines, embedded scripts, photo alt texts and captions
  (credits are returned, not thrown away), teasers of other articles (a headline line
  directly followed by a rubric-only line), related-article blocks, and paragraphs
  repeating the title or the lead.

:func:`clean` is ``clean_body(text).body``; all of them are idempotent.
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass
from typing import Iterable

# --- character rules ---------------------------------------------------------

SPACES = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t"
"""Characters that become a plain space."""

INVISIBLE = "\u00ad\u180e\u200b\u200c\u200d\u200e\u200f\u2060\u2061\u2062\u2063\u2064\ufeff\u034f"
"""Characters removed: soft hyphen, zero-width and direction marks, BOM."""

NEWLINES = "\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"

_CHAR_MAP = {ord(c): " " for c in SPACES}
_CHAR_MAP.update({ord(c): None for c in INVISIBLE})
_CHAR_MAP.update({ord(c): "\n" for c in NEWLINES if c != "\n"})
# Other C0/C1 controls (NUL, BEL, ...) carry nothing in a news text.
_CHAR_MAP.update({c: None for c in range(0x20) if chr(c) not in "\n" + NEWLINES + SPACES})
_CHAR_MAP.update({c: None for c in range(0x7F, 0xA0) if chr(c) not in NEWLINES})
_MARKDOWN_MAP = {**_CHAR_MAP, ord("\t"): "\t"}  # tabs indent Markdown code
# a scraped source's cp1251 «…» and no-break space read as KOI8-R box drawing: «на глубинах┘
# Пока», «подобрался═к столице» (no news text draws boxes; an editor's Markdown may)
MOJIBAKE = {"┘": "…", "═": " "}
_CHAR_MAP.update({ord(c): to for c, to in MOJIBAKE.items()})

_ENTITY = re.compile(r"&(?:#\d+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);?")
_NBSP_ENTITY = re.compile(r"&(?:nbsp|#160|#[xX]0*[aA]0);", re.I)
_SPACE_RUN = re.compile(r" {2,}")
_BLANK_RUN = re.compile(r"\n{3,}")


_ODD_CHAR = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(_CHAR_MAP)) + "]")


_ODD_MARKDOWN_CHAR = re.compile(
    "[" + "".join(re.escape(chr(c)) for c in sorted(_MARKDOWN_MAP) if _MARKDOWN_MAP[c] != chr(c)) + "]")


def _translate(text: str, table: dict = _CHAR_MAP, odd: re.Pattern[str] = _ODD_CHAR) -> str:
    """``text.translate(table)``, but only scanning in C when nothing needs mapping."""
    return text.translate(table) if odd.search(text) else text


def _chars(text: str) -> str:
    text = _translate(text.replace("\r\n", "\n"))
    text = _translate(unicodedata.normalize("NFC", text))
    lines = ((_SPACE_RUN.sub(" ", line) if "  " in line else line).strip() for line in text.split("\n"))
    return _BLANK_RUN.sub("\n\n", "\n".join(lines)).strip("\n")


def _unescape(text: str) -> str:
    # Loop: "&amp;nbsp;" is an NBSP escaped twice; each pass shortens the text.
    while _ENTITY.search(text):
        unescaped = html.unescape(text)
        if unescaped == text:
            break
        text = unescaped
    return text


_WIKI_QUOTED = re.compile(r"(?<![\d'])''(?![\s'])((?:[^'\n]|'(?!'))+?)(?<![\s'])''(?!')")
"""A name between two apostrophes on each side: wiki markup for italics that news copied
from a wiki keeps («газеты ''The Washington Post''»); an apostrophe inside stays
(«''Blowin' in the Wind''»). Not seconds or inches after a number («55°45'20''», «6,1''»)."""


_QUOTES = "«»\"„“”"


def _wiki_quote(match: re.Match) -> str:
    inner = match.group(1)
    return inner if inner[0] in _QUOTES and inner[-1] in _QUOTES else f"«{inner}»"  # «''«цитата»''»


def _wiki_quotes(text: str) -> str:
    return _WIKI_QUOTED.sub(_wiki_quote, text) if "''" in text else text


# Latin letters drawn like Cyrillic ones and back: a word typed in one script with a few
# letters of the other («Католичеcкой», «CША», «СNN», «SpaceХ») reads as one script.
_LATIN_LOOKALIKES = "AaBCcEeHKkMOoPpTXxy"
_CYRILLIC_LOOKALIKES = "АаВСсЕеНКкМОоРрТХху"
_TO_CYRILLIC = str.maketrans(_LATIN_LOOKALIKES, _CYRILLIC_LOOKALIKES)
_TO_LATIN = str.maketrans(_CYRILLIC_LOOKALIKES, _LATIN_LOOKALIKES)
_MIXED_SCRIPTS = re.compile(r"[A-Za-z][А-Яа-яЁё]|[А-Яа-яЁё][A-Za-z]")
_LETTERS = re.compile(r"[A-Za-zА-Яа-яЁё]+")
_RUSSIAN_ENDING = re.compile(r"[A-Za-z]{2,}[а-яё]{1,3}")  # «Microsoftа», «Pompiliusа»: a Latin name declined


def _one_script(word: str) -> str:
    if _RUSSIAN_ENDING.fullmatch(word):
        return word
    latin = [c for c in word if c <= "z"]
    cyrillic = [c for c in word if c > "z"]
    to_cyrillic = all(c in _LATIN_LOOKALIKES for c in latin)
    to_latin = all(c in _CYRILLIC_LOOKALIKES for c in cyrillic)
    if to_cyrillic and to_latin:  # every letter a look-alike («ОМC», «Сook»): the script of most, else Cyrillic
        to_cyrillic, to_latin = len(cyrillic) >= len(latin), len(latin) > len(cyrillic)
    if to_cyrillic:
        return word.translate(_TO_CYRILLIC)
    if to_latin:
        return word.translate(_TO_LATIN)
    return word  # «RTД», «BLMщики»: letters of both scripts on purpose


def one_script_words(text: str) -> str:
    """Each word in one script when the other script's letters in it are only look-alikes:
    «Католичеcкой» (a Latin «c») → «Католической», «CША» → «США», «СNN» → «CNN»,
    «ХIХ» → «XIX», «Маkс» → «Макс». Letters are replaced one for one, so offsets stay. A
    word with a letter of each script that has no twin in the other («RTД», «BLMщики»)
    stays as written, and so does a Latin name with a Russian case ending («Microsoftа»)."""
    if not _MIXED_SCRIPTS.search(text):
        return text
    return _LETTERS.sub(lambda m: _one_script(m.group()) if _MIXED_SCRIPTS.search(m.group()) else m.group(), text)


def normalize(text: str) -> str:
    """Character-level normalization of scraped text.

    Entities decoded, odd spaces -> space, invisible characters removed, NFC,
    ``\\n`` line ends, runs of spaces collapsed, lines stripped, at most one blank
    line in a row; a name between two apostrophes on each side (wiki italics) is put
    in quotes: ``''Samsung''`` → «Samsung»; a word typed in one script with look-alike
    letters of the other is in one script (:func:`one_script_words`).
    """
    for _ in range(4):
        result = _wiki_quotes(one_script_words(_chars(_unescape(text))))
        if result == text:
            break
        text = result
    return text


def normalize_markdown(text: str) -> str:
    """:func:`normalize` for trusted Markdown: only ``&nbsp;`` is decoded.

    Indentation and trailing double spaces carry meaning in Markdown, so lines are
    only right-stripped of odd spaces and kept otherwise.
    """
    text = _NBSP_ENTITY.sub(" ", text.replace("\r\n", "\n"))
    text = _translate(unicodedata.normalize("NFC", _translate(text, _MARKDOWN_MAP, _ODD_MARKDOWN_CHAR)),
                      _MARKDOWN_MAP, _ODD_MARKDOWN_CHAR)
    text = _NBSP_ENTITY.sub(" ", text)
    return _BLANK_RUN.sub("\n\n", text).strip("\n")


# --- markup -----------------------------------------------------------------

_MARKUP_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"<!--.*?(?:-->|$)", re.S), ""),
    (re.compile(r"<(script|style|iframe|noscript|template|svg|object)\b.*?(?:</\1\s*>|$)", re.S | re.I), ""),
    (re.compile(r"</?[A-Za-z][A-Za-z0-9:-]*(?:\s[^<>]*)?/?>"), ""),
    # Whatever still opens a tag (an unclosed "<img onerror=...") loses its "<".
    (re.compile(r"<(?=[A-Za-z!/?])"), ""),
)


def strip_markup(text: str) -> str:
    """Remove HTML tags, comments and script/style contents from plain text."""
    for _ in range(4):
        result = text
        for pattern, repl in _MARKUP_RULES:
            result = pattern.sub(repl, result)
        if result == text:
            break
        text = result
    return text


# --- line rules --------------------------------------------------------------

RUBRICS = frozenset({
    "Политика", "Экономика", "Бизнес", "Общество", "Финансы", "Мир", "Россия", "Спорт",
    "Культура", "Наука", "Технологии", "Технологии и медиа", "Недвижимость", "Авто",
    "Стиль", "Город", "Инвестиции", "Крипто", "Тренды", "Здоровье", "Происшествия",
    "Регионы", "Путешествия", "Образование", "Экология", "Армия", "Москва", "Интервью",
    "Мнения", "Аналитика", "Медиа", "Космос", "Энергетика", "Промышленность",
    "Бывший СССР", "Силовые структуры", "Наука и техника", "Ценности", "Из жизни",
    "Среда обитания", "Интернет и СМИ", "Экономика и бизнес",
})
"""Rubric names of Russian news sites; a line that is only one of these is a rubric."""

BOILERPLATE = tuple(
    re.compile(p, re.I)
    for p in (
        # navigation leftovers
        r"перейти к (основному )?(контенту|содержанию|содержимому|материалу)",
        r"skip to (main )?content",
        r"(главная|меню|поиск|войти|вход|наверх|реклама|комментарии|версия для печати)",
        r"(показать|загрузить) (ещё|еще|больше)( новости| материалы)?",
        r"(на страницу|перейти в|смотреть) галере[июя]",
        r"(все|последние) новости",
        # share / subscribe / follow
        r"(подписывайтесь|подпишитесь|подписаться)\b.*",
        r"(поделиться|поделитесь)\b.{0,80}",
        r"(читайте|следите за) (нас|нами|новостями)\b.{0,80}",
        r"присоединяйтесь к (нам|нашему)\b.{0,80}",
        r"(читайте|читать) (также|еще|ещё|далее|по теме)\s*[:.]?.{0,200}",
        r"ошибка в тексте\?.{0,100}",
        r"нашли ошибку\?.{0,100}",
        r"(обновлено|изменено)\s*[:\d].{0,40}",
        # counters: comments, views, likes
        r"\d{1,7}",
        r"\d{1,7}\s*(комментари[йяев]+|просмотр[аов]*)",
    )
)
"""Whole-line patterns of lines that are never article text."""

IMPRINT = tuple(
    re.compile(p, re.I)
    for p in (
        # a Russian media registration number: «Эл № ФС77-68119», «ИА № ФС 77-63062»
        r"\b(?:эл|иа|пи)\s*№\s*фс\s*\d",
        # … or the phrase that introduces it (not «аннулировал свидетельство о регистрации СМИ «X»»)
        r"свидетельств\w* о регистрации (?:сми|средства массовой информации)\s*(?:[:№]|(?:эл|иа|пи)\b|$)",
        r"(?:сетевое издание|средство массовой информации)\b.{0,120}?\bзарегистрирован\w*\s+(?:в\s+)?"
        r"(?:роскомнадзор|федеральн\w+ служб)",
        r"\bвсе права (?:защищены|на (?:материалы|тексты|картинки))|\ball rights reserved",
        r"\bиспользовани\w* (?:любых )?материалов\b.{0,150}?\b(?:допускается|разрешается|разрешено|запрещено"
        r"|запрещается|обязательн\w*)",
        # the masthead: «Главный редактор: Симоньян М. С.», «Учредитель – АО …», «Телефон редакции: …»
        r"^(?:главный редактор|учредител(?:ь|и)(?: и редакция)?(?: \(соучредители\))?|адрес редакции|издатель)"
        r"(?: сми| сетевого издания[^:]{0,40})?\s*(?::|[–—-]\s)",
        r"\b(?:адрес|телефон|почта|e-mail|адрес электронной почты) редакции\s*:",
        r"^©.{0,80}\b(?:19|20)\d\d\b",  # «© АО Телекомпания НТВ, 1993-2018»
    )
)
"""Patterns found anywhere in a line of a site's imprint (the legal footer of a Russian
news site: registration, founder, chief editor, copyright): the people and companies in it
are not the article's."""

SITE_NOTICES = tuple(
    re.compile(p, re.I)
    for p in (
        # a cookie notice: «Наш сайт использует файлы Cookie…», «Мы используем cookies!»,
        # «…мы собираем техническую обезличенную информацию о Вас…»
        # (at the start of the line, not in quotes: «„Мы используем cookie…“, — сказал …» is news)
        r"^[^\w«\"„“']*(?:наш\w* (?:сайт|страниц\w*|портал)|мы) (?:использу\w+|применя\w+)\b.{0,80}?"
        r"(?:\bcookies?\b|\bкуки\b)",
        r"^[^\w«\"„“']*для улучшения работы сайта\b.{0,200}?\bобезличенн\w+ информаци",
        # a consent line: «Продолжая просматривать … Вы подтверждаете…», «Нажимая кнопку … вы соглашаетесь…»
        r"^[^\w«\"„“']*(?:нажимая\b.{0,120}?\b(?:вы|я)\s+(?:соглашаетесь|соглашаюсь|подтверждаете)"
        r"|продолжая\b.{0,120}?\bвы\s+(?:соглашаетесь|подтверждаете))\b",
    )
)
"""Patterns found anywhere in a line of a site's cookie or consent notice: its «Политика
конфиденциальности» is no organization of the article."""

COMMENT_FORM = re.compile(
    r"(?:добавить|оставить|написать|отправить) комментарий|(?:авторизуйтесь|войдите|зарегистрируйтесь),? чтобы"
    r".{0,60}комментир\w*.*|всего комментариев:?\s*\d+", re.I)
"""A line that opens a comment form or thread («ДОБАВИТЬ КОММЕНТАРИЙ», «Авторизуйтесь, чтобы
иметь возможность комментировать…»): what follows is the site's, not the article's."""

RELATED_MARKERS = tuple(re.compile(p, re.I) for p in (r"также по теме", r"по теме", r"читайте также", r"материалы по теме"))
"""A line that opens a related-article block: the marker, a headline, an ellipsis teaser."""

CREDIT_LABEL = r"(?:фото(?:графия)?|фото и видео|видео|иллюстрация|кадр(?: из видео)?|скриншот|инфографика|изображение|источник фото|photo|image)"
CAPTION = re.compile(r"^(?P<caption>.*?)\s*\(\s*" + CREDIT_LABEL + r"\s*:\s*(?P<credit>[^()]{1,150})\)\s*\.?$", re.I)
"""A photo caption ending in a credit: «Алиев и Путин (Фото: Михаил Терещенко / ТАСС)»."""
CREDIT_LINE = re.compile(r"^" + CREDIT_LABEL + r"\s*:\s*(?P<credit>.{1,150})$", re.I)
"""A line that is only a credit: «Фото: РИА Новости»."""
PHOTO_AGENCIES = frozenset({
    "reuters", "afp", "ap", "epa", "ap photo", "тасс", "итар-тасс", "риа новости", "ria novosti",
    "global look press", "globallookpress.com", "getty images", "shutterstock", "legion-media",
    "wikimedia commons", "wikimedia", "east news", "фотобанк лори", "depositphotos", "pixabay.com",
    "коммерсантъ", "интерфакс", "sputnik", "rt", "кадр из видео",
})
"""A line that is only one of these (maybe after ©) is a photo credit."""
_REPEATED_LABEL = re.compile(r"\s" + CREDIT_LABEL + r"\s*:", re.I)

_CODE_HINT = re.compile(
    r"\bfunction\s*\(|\bvar\s+\w+\s*=|\b(?:document|window|console|location)\.\w+|\bjwplayer\b"
    r"|=>|\breturn\s*\{|\bif\s*\(.*\)\s*\{|\bencodeURI(?:Component)?\(|^\s*//|^\s*/\*|^\s*[{}]"
)
_CODE_PUNCT = set("{}();=[]\\\"'")
_CYRILLIC = re.compile("[\u0400-\u04ff]")


def is_boilerplate(line: str) -> bool:
    """A whole line of navigation, share/subscribe text or a bare counter."""
    line = line.strip(" .:·|•")
    return any(p.fullmatch(line) for p in BOILERPLATE) or bool(COMMENT_FORM.fullmatch(line))


def is_imprint(line: str) -> bool:
    """A line of a news site's imprint: its media registration, founder, chief editor or
    copyright notice («Главный редактор: Симоньян М. С.», «Эл № ФС 77-68119»)."""
    line = line.strip()
    return any(p.search(line) for p in IMPRINT)


def is_site_notice(line: str) -> bool:
    """A line of a site's cookie or consent notice («Наш сайт использует файлы Cookie…»)."""
    return any(p.search(line) for p in SITE_NOTICES)


def is_rubric(line: str, rubrics: Iterable[str] = RUBRICS) -> bool:
    """A line that is only a rubric name (an optional trailing comma allowed)."""
    name = line.strip().rstrip(",").strip()
    return bool(name) and name in rubrics


def looks_like_code(line: str) -> bool:
    """A line of embedded JavaScript/CSS left in scraped text."""
    punct = sum(line.count(ch) for ch in _CODE_PUNCT)
    if punct < 3 or not _CODE_HINT.search(line):
        return False
    cyrillic = len(_CYRILLIC.findall(line))
    return cyrillic < len(line) / 2


def split_credit(line: str) -> tuple[str, str] | None:
    """``(caption, credit)`` when ``line`` is a photo caption or a credit line."""
    match = CAPTION.match(line)
    if match:
        return match["caption"].strip(), match["credit"].strip()
    bare = line.strip().removeprefix("©").strip()
    if bare.casefold() in PHOTO_AGENCIES or (line.startswith("©") and 0 < len(bare) <= 80):
        return "", bare
    match = CREDIT_LINE.match(line)
    if match:  # «Фото: Reuters Фото: Reuters» (one credit per photo of a gallery)
        return "", _REPEATED_LABEL.split(match["credit"])[0].strip()
    return None


def same_text(a: str, b: str) -> bool:
    """Equal up to case, punctuation and spacing."""
    return text_key(a) == text_key(b)


def text_key(text: str) -> str:
    """``text`` casefolded, punctuation dropped, words single-spaced (for comparisons)."""
    return " ".join(_NON_WORD.sub(" ", text.casefold()).split())


_NON_WORD = re.compile(r"[^\w]+")


@dataclass(frozen=True, slots=True)
class Cleaned:
    """A cleaned body and the photo credits found in it."""

    body: str
    credits: tuple[str, ...] = ()


def clean_body(
    text: str,
    *,
    title: str = "",
    lead: str = "",
    rubrics: Iterable[str] = (),
    line_paragraphs: bool = False,
) -> Cleaned:
    """Clean scraped article text.

    ``title`` and ``lead`` are dropped where the body repeats them; ``rubrics`` adds
    site rubric names to :data:`RUBRICS` for teaser detection; with
    ``line_paragraphs`` every line is a paragraph (JSONL, BSNLP and HTML extractions
    break paragraphs with a single newline), otherwise blank lines separate them.
    """
    known = RUBRICS | frozenset(r.strip() for r in rubrics if r.strip())
    credits: list[str] = []
    body = text
    for _ in range(6):  # rules can uncover new matches; stop at the fixed point
        lines = before_comments(strip_markup(normalize(body))).split("\n")
        if line_paragraphs:  # («(медики. —» ⏎ «RT» ⏎ «) осматривают»: no credit line «RT»)
            lines = rejoined(lines, _CLOSING)
        lines = _clean_lines(lines, known, credits)
        result = _paragraphs(lines, title, lead, line_paragraphs)
        if result == body:
            break
        body = result
    return Cleaned(body, tuple(dict.fromkeys(credits)))


def before_comments(text: str) -> str:
    """The text before a comment form that starts past its first third (the form, the
    rules for commenters, the login widget after it go: «Нарушение законодательства
    Украины», «Добро пожаловать!», «Отправить жалобу ОК» are no article's); a form near
    the top is a link to the comments, and only its line goes (``BOILERPLATE``)."""
    for line in re.finditer(r"[^\n]+", text):
        if line.start() * 3 >= len(text) and COMMENT_FORM.fullmatch(line.group().strip(" .:·|•")):
            return text[: line.start()]
    return text


def clean(text: str) -> str:
    """:func:`clean_body` without title, lead or credits: scraped text -> clean text."""
    return clean_body(text).body


# brackets and quotes a scraped page emptied when it dropped a link: «комитета (⏎) Путин
# сообщил», «в сборнике Росстата «», число…»
_EMPTY_BRACKETS = re.compile(r"[^\S\n]*(?:\([^\S\n]*\)|«[^\S\n]*»)")


def _clean_lines(lines: list[str], rubrics: frozenset[str], credits: list[str]) -> list[str]:
    out: list[str] = []
    related = 0  # lines left of a related-article block: its headline, then its teaser
    notice = 0  # lines left of a subscription notice broken over lines: «Подписывайтесь на наш» ⏎ «Telegram, …»
    captioned = False  # the line before was a credit: a photo has one caption (and maybe two credits)
    for number, line in enumerate(lines):
        line = _EMPTY_BRACKETS.sub("", line).strip()
        if related == 2 and line:
            related = 1 if len(line) <= 250 else 0
            if related:
                continue
        if related == 1 and line:
            related = 0
            if line.endswith(("...", "…")):
                continue
        if not line:
            out.append("")
            continue
        if notice:
            notice = 0 if _SENTENCE_END.search(line) else notice - 1
            continue
        if any(p.fullmatch(line.strip(" .:")) for p in RELATED_MARKERS):
            related = 2
            continue
        if is_boilerplate(line) or is_imprint(line) or is_site_notice(line) or looks_like_code(line):
            if _SUBSCRIBE.match(line) and not _SENTENCE_END.search(line):
                notice = _NOTICE_LINES
            continue
        if _POST_DATE.fullmatch(line) and out and _POST_BY.fullmatch(out[-1]):
            _drop_post(out)  # an embedded post ends with whose it is and its date
            continue
        credit = split_credit(line) or _bare_credit(line, lines, number)
        if credit is not None:
            caption, who = credit
            credits.append(who)
            if caption and out and out[-1] and (same_text(out[-1], caption) or text_key(caption).startswith(text_key(out[-1]))):
                out.pop()  # the photo's alt text just before its caption
            elif not caption and not captioned and out and is_caption(out[-1]):
                out.pop()  # the photo's caption on the line before its credit
            captioned = True
            continue
        captioned = False
        if is_rubric(line, rubrics):
            if out and _is_headline(out[-1]) and not is_rubric(out[-1], rubrics):
                out.pop()  # a teaser: headline of another article + its rubric
            continue
        out.append(line)
    return out


# an embedded post's last lines: whose it is («— CNN Newsroom (@CNNnewsroom)», «Публикация от
# Aga Radwanska (@aradwanska)», «Фото опубликовано @dinarka070», «A photo posted by X (@x) on»)
# and when («13 апреля 2017 г.», «December 22, 2017», «Июл 8 2017 в 10:39 PDT»)
POST_SIGNED = r"Публикация от|(?:Фото|Видео) опубликовано|A (?:post|photo|video) (?:shared|posted) by"
_POST_BY = re.compile(r"(?:[—–] .{1,80}|(?:" + POST_SIGNED + r") (?:.{1,80} )?)\(?@[\w.]+\)?(?: on)?")
_POST_DATE = re.compile(
    r"\d{1,2} (?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря) \d{4} г\."
    r"|(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}"
    r"|\S{3,4} \d{1,2},? \d{4} (?:в|at) \d{1,2}:\d{2}(?: ?[AaPp][Mm])? P[DS]T")
_POST_MARKUP = re.compile(r"pic\.twitter\.com/\S*|https?://\S+|[#@][\w\u0400-\u04ff]+|[^\w\s]+")
_POST_LINKS = re.compile(r"(?:\s*(?:pic\.twitter\.com/|https?://t\.co/)\S*)+\Z")
_LATIN_LETTER = re.compile("[A-Za-z]")
_POST_TEXT = 300  # characters: a post in Russian kept in the text is no longer


def _drop_post(out: list[str]) -> None:
    """Drop from ``out`` an embedded post that ends it: its signature line and, above it,
    its links, hashtags and text in Latin letters (a Russian article retells a foreign post
    in its own words). A post in Russian keeps its text and its signature: it is quoted."""
    signature = out.pop()
    foreign = False
    while out and out[-1]:
        latin = _mostly_latin(out[-1])
        if not (latin or _markup_only(out[-1])):
            break
        out.pop()
        foreign = foreign or latin
    if not foreign and out and out[-1] and _CYRILLIC.search(out[-1]) and len(out[-1]) <= _POST_TEXT:
        out[-1] = _POST_LINKS.sub("", out[-1])
        out.append(signature)


def _markup_only(line: str) -> bool:
    """A post's line of links, hashtags, mentions and marks only: «#UCL», «pic.twitter.com/x», «&»."""
    return len(_POST_MARKUP.sub("", line).strip()) <= 3


def _mostly_latin(line: str) -> bool:
    return len(_LATIN_LETTER.findall(_POST_MARKUP.sub("", line))) > 2 * len(_CYRILLIC.findall(line))


_SENTENCE_END = re.compile(r"[.!?…]\Z")
_SUBSCRIBE = re.compile(r"(?:подписывайтесь|подпишитесь|подписаться)\b", re.I)
_NOTICE_LINES = 3
# a credit line that is a web domain or a network or agency written alone: «kremlin.ru», «© vk.com»,
# «Facebook», «NASA»
_DOMAIN_CREDIT = re.compile(r"(?:©\s*)?(?:www\.)?[\w-]+(?:\.[\w-]+)*"
                            r"\.(?:ru|com|org|net|cz|ua|by|de|fr|uk|gov|info|io|tv|su|kz|pl|it|es|jp|cn|eu|us)", re.I)
_NETWORK_CREDITS = frozenset({"facebook", "twitter", "instagram", "youtube", "vk", "вконтакте", "telegram", "nasa",
                              "esa", "rtд"})
_GOES_ON_AFTER_LINK = re.compile(r"[a-zа-яё,;:)».]")  # a line that goes on a sentence: the credit was its link


def _bare_credit(line: str, lines: list[str], number: int) -> tuple[str, str] | None:
    """``("", credit)`` for ``line``, ``lines[number]``, when it is only a web domain or a
    network's or agency's name (``_DOMAIN_CREDIT``, ``_NETWORK_CREDITS``), unless the next
    line that is not blank goes on a sentence around it as a link's word («российский
    портал» ⏎ «Defence.ru» ⏎ «обратил внимание»). (The next line is looked for only then:
    this runs for every line of an article.)"""
    if not (_DOMAIN_CREDIT.fullmatch(line) or line[:1].isupper() and line.casefold() in _NETWORK_CREDITS):
        return None
    following = next((s.strip() for s in lines[number + 1:] if s.strip()), "")
    return None if _GOES_ON_AFTER_LINK.match(following) else ("", line.removeprefix("©").strip())


def is_caption(line: str) -> bool:
    """A photo's caption, as the line right before its credit line reads: up to 160
    characters, starting with a capital, ending without a sentence's or a clause's
    punctuation («Армянские солдаты на позиции, 19 мая 1992 года» ⏎ «AFP»; not «Но в 1845 году
    страну постиг неурожай.», a sentence, nor a quote or a dash's line)."""
    return bool(line) and len(line) <= _CAPTION and line[0].isupper() and not line.startswith(("«", "—", "–", "-", "*")) \
        and not re.search(r"[.!?…:;,—–]\Z", line) and split_credit(line) is None


_CAPTION = 160


def _is_headline(line: str) -> bool:
    return bool(line) and len(line) <= 200 and not line.endswith((".", ":", ";", ","))


# a line a scraped page broke off its sentence where a link began or ended («Как» ⏎ «сообщал»
# ⏎ «ранее RT, …», «(медики. —» ⏎ «RT» ⏎ «) осматривают», «…«Восточное партнёрство»» ⏎ «. По
# словам…»): it starts in lower case or with closing punctuation, or the line before ends
# with an opening bracket, quote or dash, or is a footnote's mark alone («*» ⏎ «…запрещена в России.»)
_CLOSING = re.compile(r"[,;)\]»]|[.!?:](?![.…])(?:\s|\Z)")
_GOES_ON = re.compile(r"[a-zа-яё]|" + _CLOSING.pattern)
_LEFT_OPEN = re.compile(r"[(«„—–]\Z|\A\*{1,3}\Z")
_DASH_END = re.compile(r"[—–]\Z")
_SHORT_VERSE = 80  # characters: a line ending in a dash no longer than this may be a line of verse


def rejoined(lines: list[str], goes_on: re.Pattern[str] = _GOES_ON) -> list[str]:
    """``lines`` (stripped) with each line that goes on the sentence of the one before joined
    to it (it starts with ``goes_on``, or the line before ends with ``_LEFT_OPEN``): «Как»,
    «сообщал», «ранее RT, …» → «Как сообщал ранее RT, …»; «(медики. —», «RT», «)
    осматривают» → «(медики. — RT) осматривают». A blank line between two lines keeps them
    apart, and so does a short line ending in a dash before a line that starts anew, unless
    it has a bracket open: a line of verse («Помню, камушек бросишь, бывало, –» ⏎ «Вся
    кругами займется вода.»)."""
    out: list[str] = []
    for line in (line.strip() for line in lines):
        before = out[-1] if out else ""
        verse = _DASH_END.search(before) and len(before) <= _SHORT_VERSE and before.count("(") <= before.count(")") \
            and before not in ("—", "–")
        if before and line and (goes_on.match(line) or _LEFT_OPEN.search(before) and not verse):
            glue = "" if _CLOSING.match(line) or before.endswith(("(", "«", "„")) else " "
            out[-1] = before + glue + line
        else:
            out.append(line)
    return out


def _paragraphs(lines: list[str], title: str, lead: str, line_paragraphs: bool) -> str:
    blocks: list[list[str]] = [[]]
    if line_paragraphs:
        lines = rejoined(lines)
    for line in lines:
        if not line:
            if blocks[-1]:
                blocks.append([])
        elif line_paragraphs:
            blocks[-1].append(line)
            blocks.append([])
        else:
            blocks[-1].append(line)
    # the title or lead a page repeats at its top (not a line of a poem further down that the
    # title quotes: «И мясо с барбарисом»)
    repeated = {text_key(t) for t in (title, lead, *lead.split("\n")) if text_key(t)}
    paragraphs = []
    for number, block in enumerate(block for block in blocks if block):
        top = repeated if number < _TOP else set()
        kept = [line for line in block if text_key(line) not in top]
        if kept and text_key("\n".join(kept)) not in top:
            paragraphs.append("\n".join(kept))
    return "\n\n".join(paragraphs)


_TOP = 2  # paragraphs: where a page repeats its title or lead
