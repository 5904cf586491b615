"""What the NER calls an organization but is not: generic words and platforms
(«СМИ», «Брексит», «написал в Twitter»), states of the past («Советский Союз»), regions
written after «штат» or in a list of places, products, works and labels («вакцина «Спутник
V»», «с пометкой «Мнение»»), buildings («Донецкий аэропорт»), people («Министры
иностранных дел»), sentence-initial common words («Обсуждение закрыто»), spans starting
with a function word; and places that are organizations («ЕС», «Кремль»).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable, Sequence

from briefings.model import Span
from briefings.organizations_grammar import is_plain_noun, sentence_start
from briefings.organizations_lexicon import WORD, Lexicon, lemma, stem_key, words_key
from briefings.people import fold, stem
from briefings.people_names import ADJECTIVE_ENDING, CYRILLIC, NAME_GRAMMEMES


_CORPORATE = re.compile(r"(?i)акци[йяиюе]|компани|сделк|корпораци|основател|гендиректор|капитализаци|выручк"
                        r"|прибыл|инвестор|купил|приобрел|поглоти|штраф|\bиск"
                        # (blocked, banned, or blocking and removing: the company acts or is acted on)
                        r"|блокир|блокировк|запрет|запрещ|удалил|удалят|удаляет|модератор|представител|пресс-служб")


# (a platform listed after another one: «заблокировали в Twitter, Facebook и других соцсетях»)
_MEDIUM = re.compile(r"(?i)\b(?:в|во|на|через|из)\s+(?:[а-яё-]+\s+){0,3}(?:[«\"]?[A-Za-z][\w.-]*[»\"]?(?:,|\s+и)\s+){0,3}[«\"]?$")


def platform_as_company(name: str, text: str, start: int, lexicon: Lexicon) -> bool:
    """A platform («Facebook», «Twitter») spoken of as a company: its sentence is about
    shares, deals, founders, fines («купила 5% акций Facebook»), about blocking, banning
    or removing («Twitter заблокировал аккаунт», «запретить «ВКонтакте»»), or quotes its
    spokesmen — then it is an organization."""
    if words_key(name) not in lexicon.platforms or _MEDIUM.search(text, max(0, start - 60), start):
        return False  # «написал в Twitter», «в своём официальном Твиттере»: the medium
    left = max(text.rfind(".", 0, start), text.rfind("\n", 0, start)) + 1
    stops = [i for i in (text.find(".", start), text.find("\n", start)) if i >= 0]
    return bool(_CORPORATE.search(text, left, min(stops) if stops else len(text)))


def is_not_organization(name: str, lexicon: Lexicon) -> bool:
    """Generic words the NER takes for organizations: «СМИ», «Брексит», «Twitter», a channel
    on a platform («Telegram-канал»); a state of the past («Советский Союз», «Российской
    империи»); a lone Latin letter, a number, a cut word («D», «360», «22/22», «Я-»), a
    tournament («US Open», «AusOpen»); a Latin abbreviation joined to a common noun
    («IT-компании», «PR-служба», «S-белок»: a kind of thing, not a name); a document's name («Послание Федеральному собранию», «Хартией ШОС»:
    ``Lexicon.document_heads``, by the stem of the first word), a treaty's (``names_treaty``)."""
    words = [fold(w) for w in WORD.findall(name)]
    return not words or bool(_NO_NAME.fullmatch(name)) or " ".join(words) in lexicon.not_organizations \
        or names_document(words, lexicon) or names_treaty(name, lexicon) \
        or len(words) == 1 and stem(words[0]) in _stems(lexicon.not_organizations) \
        or len(words) == 1 and "-" in words[0] and words[0].split("-")[0] in lexicon.platforms \
        or is_historical_state(name, lexicon)


def names_document(words: Sequence[str], lexicon: Lexicon) -> bool:
    """The name begins with a word for a document (``Lexicon.document_heads``, by its stem):
    «Послание Федеральному собранию», «Хартией ШОС»."""
    return bool(words) and stem(fold(words[0])) in _stems(lexicon.document_heads)


def names_treaty(name: str, lexicon: Lexicon) -> bool:
    """A treaty's name: adjectives before a word for a document or a treaty, and nothing
    after it but an abbreviation (``Lexicon.treaty_heads``: «Транстихоокеанское
    партнёрство», «Восточное партнёрство ЕС», «Североамериканское соглашение»; not a
    party's «Национальная конвенция за солидарность Африки»), or its abbreviation, a number
    after it or not (``Lexicon.document_abbreviations``: «СНВ-3», «ТТИП»)."""
    words = name.split()
    if fold(re.split(r"[-\s]", name, maxsplit=1)[0]) in lexicon.document_abbreviations:
        return True
    heads = _stems(lexicon.document_heads | lexicon.treaty_heads)
    for n, word in enumerate(words[1:], 1):
        if not ADJECTIVE_ENDING.search(fold(words[n - 1])):
            return False
        if stem(fold(word)) in heads:  # (an abbreviation may follow: «Восточное партнёрство ЕС»)
            return all(re.fullmatch(r"\(?[A-ZА-ЯЁ]{2,}\)?", w) for w in words[n + 1:])
    return False




def is_historical_state(name: str, lexicon: Lexicon) -> bool:
    """A state of the past, in any case: «Советского Союза», «СССР», «Османская империя» (a
    country, not an organization; the gazetteer knows only today's)."""
    return stem_key(name) in lexicon.historical_states


_NO_NAME = re.compile(r"[A-Za-z]|[\d\s/.,:%+-]+|\w+-|[A-Z]{1,5}-[а-яё]+(?:-[а-яё]+)*(?:\s[а-яё]+)*"
                      r"|(?:[A-Z][a-z]*\s?)+Open")  # (a tournament: «US Open», «AusOpen», «Australian Open»)


@lru_cache(maxsize=4)
def _stems(words: frozenset[str]) -> frozenset[str]:
    return frozenset(stem(w) for w in words)


def named_regions(text: str, lexicon: Lexicon) -> frozenset[str]:
    """Stems of the names written after a region noun: «штат Вермонт», «провинции Пенджаб»;
    such a name is a place wherever it occurs in the text (the NER and the dictionary call
    some states organizations)."""
    return frozenset(stem(m.group(2)) for m in _REGION.finditer(text)
                     if fold(m.group(1)).startswith(tuple(lexicon.region_nouns)))


_REGION = re.compile(r"\b([А-ЯЁа-яё]+)\s+([A-ZА-ЯЁ][\w-]+)")


def names_region(words: Sequence[str], regions: frozenset[str]) -> bool:
    return len(words) == 1 and stem(words[0]) in regions


# between two items of a list: a comma or a conjunction, maybe after a bracket («Вермонт (2011), …»)
_LIST_GAP = re.compile(r"\s*(?:\([^()\n]{0,30}\)\s*)?(?:,|и|или|а также)\s*")


def listed_among_places(spans: Sequence, text: str, vocab, lexicon: Lexicon) -> frozenset[str]:
    """Stems of one-word names written in a list with at least three places and nothing
    else: «Монтана, Аляска, Вермонт, Делавэр» is a list of places, whatever the NER or the
    dictionary (which calls some states organizations) says of «Вермонт». Not an
    abbreviation («США, Франция, Китай и НАТО») nor an institution's word («Евросоюз»)."""
    chains: list[list] = []
    for left, right in zip(spans, spans[1:]):
        if chains and chains[-1][-1] is left and _LIST_GAP.fullmatch(text[left.stop:right.start]):
            chains[-1].append(right)
        elif _LIST_GAP.fullmatch(text[left.stop:right.start]):
            chains.append([left, right])
    out = set()
    for chain in chains:
        for span in chain:
            others = [s for s in chain if s is not span]
            if span.type in ("ORG", "LOC") and len(others) >= 3 and all(s.type == "LOC" for s in others) \
                    and re.fullmatch(r"[A-ZА-ЯЁ][a-zа-яё-]+", text[span.start:span.stop]) \
                    and not _institution_word(text[span.start:span.stop], vocab, lexicon):
                out.add(stem(text[span.start:span.stop]))
    return frozenset(out)


_PRODUCT_BEFORE = re.compile(r"([А-ЯЁа-яё]+)[ \u00a0]+([«\"„“']?)$")
_MODEL = re.compile(r"[\s-](?:\S*\d|[A-Z]$)")  # «Boeing 737», «Ту-154», «Спутник V»; not «U2»
# a word for a product, then quoted names listed after it up to this one: «книги «Голубь
# идущий», «…»»
_LISTED_AFTER = re.compile(r"([А-ЯЁа-яё]+)[ \u00a0]+(?:«[^«»\n]{1,60}»,[ \u00a0]+)+«$")


def after_product_noun(text: str, span: Span, name: str, vocab, lexicon: Lexicon) -> bool:
    """The name of a product after a word for it: «вакцина «Спутник V»», «самолётов
    Boeing 737» — quoted, or a model with a number or letter; a ship or a spacecraft by any
    name after the word in the singular («на судне Planet Solar», «эсминца Porter»); not its
    maker or owner («вакцина Pfizer», «самолёт «Аэрофлота»», «фрегат ВМС России»: ``span`` is
    the name as written, ``name`` its nominative); a quoted name listed after other quoted
    ones that follow the word: «книги «Голубь идущий», «КТОЯ»»."""
    before = _PRODUCT_BEFORE.search(text, max(0, span.start - 40), span.start)
    if before is None:
        listed = _LISTED_AFTER.search(text, max(0, span.start - 300), span.start)
        return listed is not None and _head_noun(listed.group(1), vocab, lexicon.product_heads)
    written = text[span.start:span.stop]
    parses = [p for p in vocab.parse(fold(before.group(1))) if p.tag.POS == "NOUN"]
    craft = any(lemma(p) in lexicon.craft_heads and p.tag.number == "sing" for p in parses)
    if _maker(written, vocab, owner_only=craft and bool(before.group(2))) \
            and not (craft and _unknown_uninflected(written, vocab)):
        return False  # (a ship's foreign name keeps no case ending: «авианосца «Нимиц»»)
    if before.group(2) or _MODEL.search(name):
        return _head_noun(before.group(1), vocab, lexicon.product_heads)  # (also «РЛС «Дарьял»»)
    return craft and not _ABBREVIATED.search(written)


_CRAFT_BEFORE = re.compile(r"([А-ЯЁа-яё]+)[ \u00a0]*"
                           r"(?:\(?(?:проект|тип)[а-я]*[ \u00a0]+№?[ \u00a0]?[\dА-ЯЁA-Z.-]+,?[ \u00a0]*)?"
                           r"[«\"„“](?:[А-ЯЁ][а-яё]+[ \u00a0]+)?$")


def names_a_craft(text: str, start: int, vocab, lexicon: Lexicon) -> bool:
    """A name in quotes right after a word for a ship or a spacecraft is the craft's, not a
    person's: «авианосца «Карл Винсон»», «танкеров «Михаил Ульянов»», «РПКСН «Князь
    Владимир»» (a title inside the quotes, an abbreviation for the craft), also with its
    project or type between: «корвета (проект 58250 «Владимир Великий»)», «корабле проекта
    773 «Юрий Олефиренко»»."""
    before = _CRAFT_BEFORE.search(text, max(0, start - 40), start)
    return before is not None and (fold(before.group(1)) in lexicon.craft_heads or any(
        p.tag.POS == "NOUN" and lemma(p) in lexicon.craft_heads for p in vocab.parse(fold(before.group(1)))))


def _unknown_uninflected(name: str, vocab) -> bool:
    """A name of one word the dictionary does not know, ending in a consonant: no case
    ending («Нимиц», «Энтерпрайз»; the dictionary guesses a genitive plural)."""
    word = fold(name)
    return " " not in word and word[-1:] not in _VOWELS and not any(p.is_known for p in vocab.parse(word))


_ABBREVIATED = re.compile(r"(?<![\w-])[A-ZА-ЯЁ]{2,}(?![\w-])")  # «ВМС», «NASA»: an owner, not a ship


_NUMBERED_MODEL = re.compile(r"[А-ЯЁ][а-яё]{3,}[ \u00a0](?:[IVX]{1,4}|[A-Z]|\d{1,2}\.\d)")


def numbered_model(name: str) -> bool:
    """One word and a Roman numeral, a Latin letter or a version number name a model, an
    edition or a notion, not an organization, wherever written: «Спутник V», «Пушкинский
    XXI», «Индустрия 4.0» (not «Фонд Короля Кигели V», nor «Почта РФ»); so does one word
    with a year, an event: «МАКС-2017», «ОИ-2018», «АТЭС-2016»; and one or two Latin
    capitals, a hyphen and a number, an aircraft's, a ship's or a weapon's type: «F-22»,
    «RC-135», «U-35», «С-125М», «МиГ-29», «Е-2», «EP-3», its name after it, «EP-3 Aries»
    (not «G-20», a group of states, «MI-6», nor «ТВ-3», two Cyrillic capitals and one
    digit); and a person's
    title with its year: «Олимпийская чемпионка-2006», «Лауреат-2019»."""
    return any(pattern.fullmatch(name) is not None for pattern in (_NUMBERED_MODEL, _EVENT_YEAR, _LATIN_TYPE)) \
        or _TITLE_YEAR.search(name) is not None


def names_an_index(text: str, span: Span) -> bool:
    """A stock index written in Latin letters, not its exchange or its maker: after the word
    «индекс» (an adjective between: «индекс шанхайской SSE Composite»), or rising or falling
    to a number of points in its clause («KOSPI упала до 2 363 пунктов», «Hang Seng просел
    на 1,03% — до 30 196 пунктов», «NASDAQ — 6789 пунктов»)."""
    if not _in_latin_letters(text[span.start:span.stop]):
        return False
    return _INDEX_BEFORE.search(text, max(0, span.start - 40), span.start) is not None \
        or _POINTS_AFTER.match(text, span.stop) is not None


def dated_in_a_list(text: str, span: Span) -> bool:
    """A name in Latin letters with a year in a bracket after it, in a list of such names:
    works or ships, no organizations («The Fat Of The Land (1997), … Invaders Must Die
    (2009)», «Trafalgar (2009), Turbulent (2012) и Tireless (2014)»; not a study's source:
    «Бюро экономического анализа США (2012)»)."""
    if not _in_latin_letters(text[span.start:span.stop]):
        return False
    year = _YEAR_IN_BRACKET.match(text, span.stop)
    return year is not None and (_DATED_ITEM_AFTER.match(text, year.end()) is not None
                                 or _DATED_ITEM_BEFORE.search(text, max(0, span.start - 20), span.start) is not None)


_YEAR_IN_BRACKET = re.compile(r"[ \u00a0]*\((?:1[89]|20)\d\d\)")
_DATED_ITEM_AFTER = re.compile(r"(?:,|[ \u00a0]+и)[ \u00a0]+[A-Z][^\n()]{0,60}\((?:1[89]|20)\d\d\)")
_DATED_ITEM_BEFORE = re.compile(r"\((?:1[89]|20)\d\d\)(?:,|[ \u00a0]+и)[ \u00a0]+$")


def _in_latin_letters(written: str) -> bool:
    """A name written in Latin letters (two in a row, or «S&P»), with no Cyrillic one."""
    return _LATIN_WORD.search(written) is not None and not CYRILLIC.search(written)


_LATIN_WORD = re.compile(r"[A-Za-z]{2,}|[A-Z]&[A-Z]")  # («S&P 500»)
_INDEX_BEFORE = re.compile(r"(?i)(?<![\w-])индекс(?:а|у|ом|е|ы|ов|ам|ами|ах)?(?:[ \u00a0]+[а-яё]+(?:ий|ый|ой|ая|ого|его"
                           r"|ому|ему|ую|ым|им|ом|ем|ей))?[ \u00a0]*[«\"„“]?$")
# (no capital, no comma but a decimal one between: not «опроса NYT и Siena College, Байден
# лидирует на 3 пункта»)
_POINTS_AFTER = re.compile(r"(?:[^\n.!?,;:A-ZА-ЯЁ]|(?<=\d)[,.](?=\d)){1,60}?(?<![\d,.])\d[\d \u00a0]*[ \u00a0]пункт")


_EVENT_YEAR = re.compile(r"[A-ZА-ЯЁ][A-Za-zА-ЯЁа-яё]*-(?:19|20)\d\d")
# (Cyrillic too: «С-125М», «Су-35С», «МиГ-29»; not «ТВ-3», «МИ-6», «ВТБ-24»)
_LATIN_TYPE = re.compile(r"(?!G-|MI-)(?:(?:[A-Z]{1,2}|[А-ЯЁ][а-яё]?[А-ЯЁ]?)-\d{2,3}|(?:[A-Z]{1,2}|[А-ЯЁ])-\d)"
                         r"(?:[A-ZА-ЯЁ]\d?)?(?:[ \u00a0][A-Z][a-z]{2,})?")
_TITLE_YEAR = re.compile(r"(?i)(?<![а-яё])(?:чемпион|призер|призёр|лауреат|победител)[а-яё]*-(?:19|20)\d\d$")


_QUOTE = r"[«\"„“][^«»\"„“”\n]{1,40}[»\"“”]"
_QUOTED_AFTER_NOUN = re.compile(
    r"(?<![\w-])([А-ЯЁа-яё]{3,}(?:-[а-яё]{3,})?)"
    r"(?::?[ \u00a0]+|[ \u00a0]+[–—][ \u00a0]+|[ \u00a0]*\([ \u00a0]*|,?[ \u00a0]+(?:так\w{2,3}[ \u00a0]+)?как[ \u00a0]+"
    r"|[ \u00a0]+(?:под|с)[ \u00a0]+(?:названием|заголовком)[ \u00a0]+)("
    + _QUOTE + r"(?:\s*(?:,|и|или|а также)\s*" + _QUOTE + r")*)")
_QUOTED_LIST_AFTER_COLON = re.compile(  # кинотеатрах сети «Москино»: «Полёт», «Искра», «Юность»
    r":[ \u00a0]*(" + _QUOTE + r"(?:\s*(?:,|и|или|а также)\s*" + _QUOTE + r"){2,})")
_QUOTED_LIST_AFTER_PERSON = re.compile(  # Леонид Верещагин («Легенда №17», «Экипаж», «Движение вверх»)
    r"(?<![\w-])([А-ЯЁ][а-яё]+)[ \u00a0]+[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?[ \u00a0]*\([ \u00a0]*("
    + _QUOTE + r"(?:[ \u00a0]*,[ \u00a0]*" + _QUOTE + r")+)[ \u00a0]*\)")
_ROUTE_ABBREVIATION_AFTER_NOUN = re.compile(  # газопровода Туркмения–Афганистан–Пакистан–Индия (ТАПИ)
    r"(?<![\w-])([А-ЯЁа-яё]{4,})[ \u00a0]+[А-ЯЁ][^()\n.«»]{0,60}?[ \u00a0]?[–—-][ \u00a0]?[А-ЯЁ][^()\n.«»]{0,60}?"
    r"[ \u00a0]*\(([А-ЯЁ]{2,})\)")
_QUOTED_BEFORE_NOUN = re.compile(  # «Спутник V», вакцина от …; "Орбита" – российский спутник
    "(" + _QUOTE + r")[ \u00a0]*(?:,|[—–-])[ \u00a0]*([а-яё]{3,})(?:[ \u00a0]+([а-яё]{4,}))?")


# a quoted name, a dash and a noun for its kind, maybe after two words: «Динамо» — мой родной клуб
_QUOTED_BEFORE_KIND = re.compile(
    "(" + _QUOTE + r")[ \u00a0]*[—–-][ \u00a0]*(?:[а-яё]+[ \u00a0]+){0,2}?([а-яё]{4,})(?=[ \u00a0]*[.,;!?])")


def quoted_products(text: str, vocab, lexicon: Lexicon) -> list[str]:
    """Names written in quotes after a word for a product, a building or a label, anywhere
    in the text: «вакцины «Спутник V»», «под марками «Раундап», «Глифор» и «Торнадо»»,
    «ракет-носителей («Союз», «Рокот»)» (a bracket between), «в кинотеатрах «Звезда» и
    «Юность»», «автор книг: «Тишина», «Берег»», «с пометками «Мнение»,
    «Регионы»», «премия «Ника»», «вакцины, такие как «Спутник V»», «книга под названием
    «Ясныш»», «модели – «Крунк», «Азнив»» (a dash between); a name counted: «1 «Пума», 1
    «Сокол»»; an abbreviation in a bracket after the word and a route: «газопровода
    Туркмения–Афганистан–Пакистан–Индия (ТАПИ)»; a bracket of two or more right after a
    person's first name and surname, his works («Леонид Верещагин («Легенда №17», «Экипаж»,
    «Движение вверх»)»); a list of three or more after the word, a few words and a colon
    («в кинотеатрах сети «Москино»: «Полёт», «Искра», «Юность»»: not «Москино»); or before it, set off by
    a comma or a dash: ««Спутник V», вакцина от …» (found whether or not the NER saw them)."""
    heads = lexicon.product_heads | lexicon.facility_heads | lexicon.label_heads
    out = []
    def is_head(word: str) -> bool:
        return _head_noun(word, vocab, heads)

    def names(quoted: str) -> list[str]:
        return [n for n in (q.strip("«»\"„“” ") for q in re.findall(_QUOTE, quoted)) if not _maker(n, vocab)]

    for m in _QUOTED_LIST_AFTER_COLON.finditer(text):  # a list of three or more, a head noun in the 5 words before
        before = re.findall(r"[А-ЯЁа-яё]{4,}", re.split(r"[\n.!?…]", text[max(0, m.start() - 60):m.start()])[-1])[-5:]
        if any(map(is_head, before)):
            out.extend(names(m.group(1)))
    for m in _QUOTED_AFTER_NOUN.finditer(text):
        if is_head(m.group(1)):
            out.extend(names(m.group(2)))
    for m in _ROUTE_ABBREVIATION_AFTER_NOUN.finditer(text):  # a pipeline's abbreviation after its route
        if is_head(m.group(1)):
            out.append(m.group(2))
    for m in _QUOTED_LIST_AFTER_PERSON.finditer(text):  # a person's works: a bracket of two or more
        if any("Name" in p.tag.grammemes for p in vocab.parse(fold(m.group(1)))):
            out.extend(names(m.group(2)))
    for m in _QUOTED_BEFORE_NOUN.finditer(text):
        first, second = m.group(2), m.group(3)  # «, вакцина от …», «, российская вакцина»
        if second and second.startswith("котор"):
            continue  # «Аэрофлот», самолёт которого …: the maker
        if _names_product(first, vocab, lexicon) or second and _names_product(second, vocab, lexicon) and any(
                p.tag.POS == "ADJF" for p in vocab.parse(first)):
            name = m.group(1).strip("«»\"„“” ")
            if not _maker(name, vocab):
                out.append(name)
    out.extend(m.group(1) for m in _COUNTED_QUOTED.finditer(text)  # «1 «Пума», 1 «Сокол», 2 Ми-8»
               if _COUNT_AFTER.match(text, m.end()) or _COUNT_BEFORE.search(text, max(0, m.start() - 30), m.start()))
    return out


# a quoted name counted by a number before it, in a list of counts: the things counted,
# «1 «Пума», 1 «Сокол», 2 Ми-8» (not a score, an ordinal or a year: «2:1», «№ 1», «В 2008 «Зенит»»)
_COUNTED_QUOTED = re.compile(r"(?<![\w.,:;/№-])(?<!№ )\d{1,3}[ \u00a0]+[«\"„]([^«»\"„“”\n]{1,30})[»\"“”]")
_COUNT_AFTER = re.compile(r"(?:-[\w-]+)?(?:,|[ \u00a0]+и)[ \u00a0]+\d{1,3}[ \u00a0]")  # «-412, 1 …»
_COUNT_BEFORE = re.compile(r"(?<![\w.,:;/№-])\d{1,3}[ \u00a0][^,\n]{1,20}(?:,|[ \u00a0]+и)[ \u00a0]+\Z")


def called_organizations(text: str, vocab, lexicon: Lexicon) -> frozenset[str]:
    """Quoted names the text calls a team, a club or a company after a dash: ««Динамо» —
    хорошая команда», ««Динамо» — мой родной клуб» (organizations, whatever a product word
    before them elsewhere says: «Игру «Динамо» не анализировал»)."""
    return frozenset(m.group(1).strip("«»\"„“” ") for m in _QUOTED_BEFORE_KIND.finditer(text)
                     if any(p.tag.POS == "NOUN" and p.tag.case == "nomn" and lemma(p) in lexicon.kind_nouns
                            for p in vocab.parse(fold(m.group(2)))))


def _head_noun(word: str, vocab, heads: frozenset[str]) -> bool:
    """``word`` is a noun of ``heads`` in any case, or an abbreviation of them the
    dictionary does not know: «вакцины», «РЛС»."""
    return any(p.tag.POS == "NOUN" and lemma(p) in heads for p in vocab.parse(fold(word))) \
        or word.isupper() and fold(word) in heads


def _names_product(noun: str, vocab, lexicon: Lexicon) -> bool:
    """A word for one product in the nominative: «вакцина», «самолёт» (not «прививки»)."""
    return any(p.tag.POS == "NOUN" and p.tag.case == "nomn" and p.tag.number == "sing"
               and lemma(p) in lexicon.product_heads for p in vocab.parse(fold(noun)))


_VOWELS = frozenset("аеиоуыэюяй")


def _maker(name: str, vocab, owner_only: bool = False) -> bool:
    """A name out of the nominative after a product word is no product's (a quoted product
    name stays in the nominative): its maker, «самолёт «Аэрофлота»», or the phrase's object,
    «передать месторождение «Газпрому»». ``owner_only``: a quoted name after a word for a
    ship, which is its owner only in the genitive (a ship's foreign name may end as a dative
    does: «ледокол «Максимилиану»»)."""
    words = name.split()
    if not words or not re.fullmatch(r"[А-ЯЁа-яё-]+", words[0]):
        return False
    parses = [p for p in vocab.parse(fold(words[0])) if p.tag.POS in ("NOUN", "ADJF")]
    cases = ("gent",) if owner_only else ("gent", "datv", "ablt", "loct")
    return bool(parses) and not any(p.tag.case == "nomn" for p in parses) \
        and any(p.tag.case in cases for p in parses)


def is_common_word(words: Sequence[str], text: str, start: int, vocab, lexicon: Lexicon) -> bool:
    """A lone dictionary word that is no name, capitalized only because it starts a
    sentence or a line: «Обсуждение закрыто», «Источник: …», a rubric «Мнение». (Written
    capitalized inside a sentence, «Труд», «Яблоко» are names.) Several such words at a
    sentence start are none either when none is a word for an institution («Временное
    перемирие», «Первое дело»; not «Пенсионный фонд», «Американская администрация»:
    ``_institution_words``). Dictionary words in capitals,
    a plain word among them, are a headline's: «СЕВЕРОКОРЕЙСКИЕ ВОЙСКА», «ДЕЛО ВСТУПАЕТ
    КИТАЙ» (not «РЕН ТВ», «РГАУ МСХА»: abbreviations)."""
    if len(words) > 1 and all(re.fullmatch(r"[А-ЯЁ]{2,}", w) for w in words):
        parses = [vocab.parse(fold(w)) for w in words]
        return all(ps and all(p.is_known and "Abbr" not in p.tag.grammemes for p in ps) for ps in parses) \
            and any(is_plain_noun(w, vocab) for w in words)
    if len(words) > 1 and sentence_start(text, start) and not (start > 0 and text[start - 1] in "«\"„“") \
            and all(re.fullmatch(r"[А-ЯЁа-яё]+", w) and is_plain_noun(w, vocab) for w in words) \
            and not _institution_words(lexicon).intersection(lemma(p) for w in words for p in vocab.parse(fold(w))) \
            and lexicon.known_as(" ".join(words)) is None:  # (a known name stays: «Федеральная резервная система»)
        return True  # «Временному перемирию необходим …», «Первым делом Трамп …»: no word of an institution
    if len(words) != 1 or start > 0 and text[start - 1] in "«\"„“":
        return False  # (a quoted word is a name: «Известия» сообщили …)
    word = words[0]
    if not (re.fullmatch(r"[А-ЯЁ][а-яё]+", word) and sentence_start(text, start) or re.fullmatch(r"[А-ЯЁ]{5,}", word)):
        return False  # (a word in capitals, «ПОПРАВКА», is a headline's)
    return is_plain_noun(word, vocab) and not any(
        lemma(p) in lexicon.heads or lemma(p) in lexicon.place_heads for p in vocab.parse(fold(word)))


_BRACKETED_ABBREVIATION = re.compile(r"\(([А-ЯЁ]{2,6})\)")


def term_abbreviations(text: str, vocab, lexicon: Lexicon, spells: Callable[[str, str], bool]) -> frozenset[str]:
    """Abbreviations the text defines for a term, no organization: in a bracket right after
    words in lower case whose letters they spell (``spells``: ``organizations_names.abbreviates``)
    and whose first noun is no word for an institution («боевая машина поддержки танков
    (БМПТ)», «тепловые электростанции (ТЭС)»; not «министерство иностранных дел (МИД)»,
    nor «Минский завод колёсных тягачей (МЗКТ)», a name)."""
    found = set()
    institutions = _institution_words(lexicon) | lexicon.body_heads
    for bracket in _BRACKETED_ABBREVIATION.finditer(text):
        abbr = bracket.group(1)
        words = re.findall(r"[А-ЯЁа-яё-]+", text[max(0, bracket.start() - 120):bracket.start()])[-(len(abbr) + 3):]
        for k in range(len(words) - 1, -1, -1):
            phrase = words[k:]
            if phrase[0][:1].islower() and all(w == w.lower() for w in phrase) and spells(abbr, " ".join(phrase)):
                nouns = [lemma(p) for w in phrase for p in vocab.parse(fold(w))[:1] if p.tag.POS == "NOUN"]
                if nouns and nouns[0] not in institutions:
                    found.add(abbr)
                break
    return frozenset(found)


def _institution_words(lexicon: Lexicon) -> frozenset[str]:
    """The lexicon's words for an institution, a body, a team or a building of one."""
    return lexicon.heads | lexicon.place_heads | lexicon.attached_heads | lexicon.team_heads \
        | lexicon.kind_nouns | lexicon.facility_heads | lexicon.unit_heads | lexicon.institution_nouns


_FUNCTION_POS = frozenset({"CONJ", "PREP", "PRCL", "NPRO", "INTJ", "PRED"})


_QUESTION_WORDS = frozenset({"почему", "зачем", "как", "когда", "где", "куда", "откуда", "сколько", "отчего"})


def starts_with_function_word(words: Sequence[str], text: str, start: int, vocab) -> bool:
    """A name does not start with a conjunction or pronoun («Если Вы», «Хотя»),
    nor a sentence with a preposition («Из пакистанская тюрьма», «В вашингтонском суде»; a word
    read as a preposition first and as a noun too, «в» a volt, «из» a plural of «Иза», only
    before a lower-case word; inside a sentence «За права человека» may be a name)."""
    if words and re.fullmatch(r"[А-ЯЁ]{2,}", words[0]):  # in capitals: a conjunction or an adverb alone («НО»
        parses = vocab.parse(fold(words[0]))  # of a headline, «КАК опровергнуть»; not «ОП»: no conjunction)
        return len(words) == 1 and all(p.tag.POS in _FUNCTION_POS or p.tag.POS == "ADVB" for p in parses) \
            and any(p.tag.POS in ("CONJ", "ADVB") for p in parses)
    if not words or not re.fullmatch(r"[А-ЯЁ][а-яё]*", words[0]):
        return False
    if len(words) > 1 and fold(words[0]) in _QUESTION_WORDS and sentence_start(text, start):
        return True  # a headline's question run into the name: «Почему Музей архитектуры не хочет …»
    parses = vocab.parse(fold(words[0]))
    return bool(parses) and (parses[0].tag.POS in ("CONJ", "NPRO") or sentence_start(text, start) and (
        all(p.tag.POS in _FUNCTION_POS for p in parses)
        or parses[0].tag.POS in _FUNCTION_POS and len(words) > 1 and words[1].islower()
        # (a preposition read as no noun: «Для Киева подобные инициативы …»; «длить» has «для» too)
        or parses[0].tag.POS == "PREP" and not any(p.tag.POS == "NOUN" for p in parses)))


def names_facility(words: Sequence[str], vocab, lexicon: Lexicon) -> bool:
    """A building or site, not an organization: the name's first noun is a facility word
    («Донецкий аэропорт», «Вестминстерское аббатство»), after a sponsor's abbreviation too
    («ВТБ Арену Парк»)."""
    for word in words[:3]:
        if len(word) > 1 and word.isupper():
            continue
        parses = vocab.parse(fold(word))
        if any(p.tag.POS == "NOUN" for p in parses) and not any(p.tag.POS == "ADJF" for p in parses):
            return any(p.tag.POS == "NOUN" and lemma(p) in lexicon.facility_heads for p in parses)
    return False


def after_facility_word(name: str, text: str, start: int, vocab, lexicon: Lexicon) -> bool:
    """The one-word ``name`` at ``start`` follows a lower-case word for a building or a
    site in the singular, unquoted, and is in no genitive: the site's name («владелец
    аэропорта Домодедово», «в аэропорту Пулково»; not «в зале Госдумы», whose owner it is, nor
    an abbreviation, which does not decline: «в Ледовом дворце ВТБ», «в зале ЦДЛ»)."""
    genitive = any(p.tag.case == "gent" and not {"Fixd", "Infr"} & p.tag.grammemes  # («Домодедово»: «Infr»)
                   for p in vocab.parse(fold(name)))
    if " " in name or name.isalpha() and name.isupper() or genitive:
        return False
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    return before is not None and before.group(1).islower() and any(
        p.tag.POS == "NOUN" and p.tag.number == "sing" and lemma(p) in lexicon.facility_heads
        for p in vocab.parse(before.group(1)))


_WORD_BEFORE = re.compile(r"(?<![\w-])([а-яё]+)[ \u00a0]+\Z")


def place_is_organization(words: Sequence[str], vocab, lexicon: Lexicon) -> bool:
    """A span tagged as a place that names an institution: «ЕС», «Еврокомиссия» (the
    morphology's Orgn), «Евросоюз», «Европейский союз», «Кремль», «Белый дом», a compound
    ending in an institution's word («Афросоюз», «Мосгоризбирком», «Мосгорсуд»); not a state
    of the past («Советский Союз»)."""
    if is_historical_state(" ".join(words), lexicon):
        return False
    for word in words:
        parses = vocab.parse(fold(word))
        if any(p.tag.POS == "NOUN" and lemma(p) in lexicon.place_heads for p in parses):
            return True
        if len(words) == 1 and _institution_word(word, vocab, lexicon):
            return True
        if len(words) == 1 and parses and all(p.is_known for p in parses) \
                and any("Orgn" in p.tag.grammemes for p in parses) \
                and not any("Geox" in p.tag.grammemes for p in parses):
            return True
    return False


def _institution_word(word: str, vocab, lexicon: Lexicon) -> bool:
    """An institution's word or a compound ending in one: «Евросоюз», «Мосгорсуд», «Кремль»."""
    return any(p.tag.POS == "NOUN" and (lemma(p) in lexicon.place_heads or lemma(p).endswith(
        lexicon.compound_heads) and lemma(p) not in lexicon.compound_heads) for p in vocab.parse(fold(word)))


def names_people(words: Sequence[str], text: str, start: int, vocab) -> bool:
    """People, not an organization: a plural noun for persons and its lower-case complement
    («Министры иностранных дел», «Работники ирландской авиакомпании»); not a quoted name,
    nor one with a preposition («Врачи без границ») or a capitalized word («Депутаты Госдумы»)."""
    if len(words) < 2 or start > 0 and text[start - 1] in "«\"„“" or "-" in words[0] \
            or any(w[:1].isupper() or not w.isalpha() for w in words[1:]):
        return False
    parses = vocab.parse(fold(words[0]))  # (the likeliest parse is a person: «члены» are also limbs)
    return bool(parses) and "anim" in parses[0].tag.grammemes and all(
        p.tag.POS == "NOUN" and p.tag.number == "plur" and not NAME_GRAMMEMES & p.tag.grammemes for p in parses) \
        and not any(p.tag.POS == "PREP" for p in vocab.parse(fold(words[1])))


