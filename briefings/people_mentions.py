"""From the tokens of one NER span to clean nominative names, and those names read with
the text around them.

The span is cut at line breaks, list punctuation and a change of alphabet («Пак Чэ Сан
Gangnam Style»); a name alone in brackets is another name of the person («Асия Биби
(Норин)»), other bracketed words are dropped («Брендт Кристенсен (Brendt
Christensen)»). Titles, roles and descriptions before the name are dropped («Христианка
Асия Биби», «Принц Эдвард», «Премьер-министр Джон Говард») and so are verbs and function
words after it («Мухаммед Мурси Свергнутый»; a short last syllable stays: «Ким Чон Нам»),
and words that disagree with it in case («победу Байдена Выигрыш…», «губернатор
Панджаба Салман Тасир» when tagged so); initials are spaced («Т.Мэй» → «Т. Мэй»), regnal
numbers kept («Бодуэн I»), and each word is put in the nominative
(:mod:`briefings.people_nominative`). A surname that names a thing after a person is no
mention («центр имени Гамалеи», «ул. Милютина», «болезнь Паркинсона»), nor is a place
after the noun for it («в городе Муроме»).

:func:`in_context` joins a surname and a first name with a patronymic the NER tagged apart
(«Юлдашева Кристина Камиловна») and marks names in brackets after another name
(«настоящее имя …», «урождённая …») as that person's (``alias_of``).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import partial
from typing import Callable, Collection, Sequence

from briefings.model import Span
from briefings.offices import surname_offices
from briefings.organizations_grammar import agrees
from briefings.people_names import (CYRILLIC, CYRILLIC_WORD, FEMININE_SURNAME, MANS_GENITIVE, MANS_GENITIVE_IN_A,
                                    MANS_SURNAME, NAME_GRAMMEMES, REGNAL_NUMBER, VOWELS, NameMention, NameToken, fold,
                                    stem)
from briefings.people_nominative import (OC_GENDER, OC_TO_UD_CASE, RUSSIAN_FEMININE_OBLIQUE, UD_CASES, UD_GENDER,
                                         is_patronymic, nominative)
from briefings.people_titles import DEDICATED_STEMS, HOLIDAYS, PRELATE_BEFORE, after_office
from briefings.people_words import (is_first_name_in_text, is_given, is_non_name_word, is_word_compound,
                                    long_word_only, out_of_case)
from briefings.place_kinds import kind_forms


def _glued(tokens: Sequence[NameToken]) -> list[NameToken]:
    """Tokens written together around an apostrophe or hyphen are one word: «О'Лири»."""
    out: list[NameToken] = []
    for tok in tokens:
        prev = out[-1] if out else None
        if prev and prev.stop == tok.start and (tok.text in "'’‘ʼ`-" or prev.text[-1:] in "'’‘ʼ`-") \
                and tok.text not in ("(", ")", ".", ","):
            out[-1] = NameToken(prev.text + tok.text, prev.start, tok.stop, prev.case or tok.case,
                                prev.gender or tok.gender, prev.number or tok.number)
        else:
            out.append(tok)
    return [_unquoted(t) for t in out]


def _unquoted(tok: NameToken) -> NameToken:
    """A quote glued to the end of a name is no part of it: «'Стив Ирвин'»."""
    text = tok.text.rstrip("'’‘ʼ`")
    if len(text) < 2 or text == tok.text:
        return tok
    return NameToken(text, tok.start, tok.start + len(text), tok.case, tok.gender, tok.number)


def _script(word: str) -> str:
    """The alphabet of a word: "cyr", "lat" or ""."""
    if len(word) < 2 or not word[:1].isalpha() or re.fullmatch("[IVXLCDM]+", word):
        return ""  # initials, punctuation, a regnal number («Елизавета II»)
    return "cyr" if CYRILLIC.match(word) else "lat" if word[:1].isascii() else ""


def _break_between(text: str, left: NameToken, right: NameToken) -> bool:
    return "\n" in text[left.stop:right.start]


_INITIALS_BEFORE = r"(?:[А-ЯЁ]\.\s*){0,3}"
# a book's imprint: the city (maybe abbreviated), a colon, the publisher, the year
_IMPRINT_BEFORE = re.compile(r"(?<![\w-])(?:[А-ЯЁ][А-Яа-яё]{0,3}\.|Москва|Санкт-Петербург|Ленинград|Киев|Минск"
                             r"|Екатеринбург|Новосибирск|Казань|Нижний Новгород|Ростов-на-Дону)[ \u00a0]?:[ \u00a0]*$")
_IMPRINT_AFTER = re.compile(r"[ \u00a0]*,[ \u00a0]*(?:1[5-9]|20)\d\d[ \u00a0]*(?:[.;–—-]|$)")
_EPONYM_BEFORE = re.compile(r"(?:(?<!по )\bимени|\bим\.)\s*" + _INITIALS_BEFORE + r"$")  # not «по имени Антон»
# Things named after a person: «центр Гамалеи», «улица Ленина», «болезнь Паркинсона»,
# «премия Соннинга», «премий Бальцана», «приз Бауэра», «пистолеты марки Беретта», «бацилла Коха»,
# «индекс Доу-Джонса», «коэффициент Джини», «шкала Рихтера», «постоянная Планка», «таблица
# Менделеева», «орден Ленина», «кубок Гагарина».
_EPONYM_NOUN = re.compile(
    r"(?i)(?:\b(?:центр|институт|университет|музе|театр|улиц|проспект|переул|бульвар|площад(?!к)|"
    r"набережн|болезн|синдром|сарком|вакцин|бацилл|индекс|коэффициент|парадокс|теорем|орден|медал|мемориал)\w*"
    r"|\bшкал(?:а|ы|е|у|ой)|\bпостоянн(?:ая|ой|ую)|\bтаблиц(?:а|ы|е|у|ей|ой)"
    r"|\bкуб(?:ок|ка|ку|ком|ке)|\bэффект(?:|а|у|ом|е)"
    r"|\bпреми(?:я|и|ю|ей|ий|ям|ях|ями)|\bприз(?:а|у|ом|е|ы|ов)?|\bмарк(?:а|и|у|ой|е)"
    r"|\bул\.|\bпр\.|\bпер\.)\s*$")


# an animal's word right before a one-word name: «кошка Марта», «пёс Шарик»
_ANIMAL_BEFORE = re.compile(r"(?i)(?<![\w-])(?:кош(?:ка|ки|ке|ку|кой|ек)|кот(?:а|у|ом|е|ы|ов)?|кот[её]н(?:ок|ка|ку|ком)"
                            r"|собак(?:а|и|е|у|ой)|п[её]с|пса|псу|псом|щен(?:ок|ка|ку|ком)|лошад(?:ь|и|ью)"
                            r"|попуга(?:й|я|ю|ем)|хомяк(?:а|у|ом)?)[ \u00a0]+\Z")
_NO_CASE_ENDING = "иоуэю"  # last letters of names that do not decline («Джини», «Доу»)
_STREET = re.compile(r"(?i)ул\.|улиц|проспект|пр\.|переул|пер\.|бульвар|площад(?!к)|набережн")  # not «площадка»
# … and an award, named after a person by a full name too: «Приз Альфреда Бауэра» (not a
# medal, which is the winner's: «бронзовые медали Сергея Коновалова»)
_AWARD = re.compile(r"(?i)преми|приз")
_HONOUR = re.compile(_AWARD.pattern + "|орден|медал|куб")  # given to a person too: «вручил медаль Шойгу»
# a saint a holiday is named after: «День святого Валентина», «праздник святого Патрика»
_SAINT = r"[ \u00a0]+(?:святого|святой|святых|св\.)[ \u00a0]*$"
_SAINTS_DAY = re.compile(r"(?i)\b(?:" + "|".join(sorted(HOLIDAYS)) + r")" + _SAINT)
# … and a church of a saint: «храма святого Саввы», «в монастырь Святого Самуила» (not the
# church's people: «митрополит … церкви Корнилий»)
_SAINTS_CHURCH = re.compile(r"(?i)\b(?:" + DEDICATED_STEMS + r")[а-яё]*" + _SAINT)  # (an order too:
# «орденом Святого Георгия»)
# inside the quoted title of a work, after the word for it: «в фильме «Сара спасает город»»,
# «книга «Тим Талер, или Проданный смех»» (not its author after the quotes)
_IN_A_WORKS_TITLE = re.compile(
    r"(?i)\b(?:фильм|мультфильм|мультсериал|кинофильм|кинокартин|сериал|спектакл|постановк|книг|роман|пьес|повест"
    r"|рассказ|сказк|поэм|опер[аеуыо]|балет|мюзикл|песн|альбом|картин[аеуыо])\w*[ \u00a0]+[«\"„“][^«»\"„“”\n]{0,60}$")
# a rank or a title opening quotes that close right after the name: a ship, a plant or a prize
# named after the person («Адмирала Кузнецова», «Академик Ломоносов», «Маршал Жуков»), not a
# mention of the person (a quoted sentence goes on after the name: «Генерал Петров приказал …»)
_QUOTED_TITLE = re.compile(r"[«\"„“](?:Вице-|Контр-)?(?:Адмирал|Генерал|Маршал|Академик|Профессор|Капитан|Командарм"
                           r"|Полковник|Майор|Лейтенант|Гетман|Атаман|Князь|Княз|Император|Король|Корол|Святитель)"
                           r"[а-яё]{0,3}[ \u00a0]+\Z")
_QUOTES_CLOSED = re.compile(r"[»\"“”]")
# a native of a place: the one word after it is the place («уроженка Валанса», «уроженцы Кёльна»)
_NATIVE_OF = re.compile(r"(?i)(?<![а-яё])(?:уроженец|уроженц[а-яё]+|уроженк[а-яё]+)[ \u00a0]+\Z")
# Nouns for a place, a one-word name after them is that place's: «городе Муроме», «г. Тула».
_PLACE_NOUN = re.compile(r"(?i)(?:(?<![А-ЯЁа-яё])" + kind_forms("settlement", "district", "region", "island", "feature",
                                                               plural=True, without=("село",))
                         + r"|\bг\.)\s*$")  # not «села Анна» (a verb)


def in_imprint(text: str, start: int, stop: int) -> bool:
    """The name at ``text[start:stop]`` is the publisher of a book's imprint, after its city
    and a colon, before a comma and the year: «СПб.: Алетейя, 2018», «Киев: Лыбидь, 2017»."""
    return _IMPRINT_BEFORE.search(text, max(0, start - 30), start) is not None \
        and _IMPRINT_AFTER.match(text, stop) is not None


def _agrees(vocab, noun: str, name: NameToken) -> bool:
    """``name`` (with the tagger's case) stands in apposition to ``noun``: a form of the
    noun in its case and the singular («городе Муроме», not «мэр города Лужков»), or an
    abbreviation («г. Тула»)."""
    if noun.endswith(".") or name.case is None:
        return True
    cases = {"Nom": {"nomn"}, **UD_CASES}.get(name.case, set())
    return any(p.tag.case in cases and p.tag.number != "plur" for p in vocab.parse(fold(noun)) if p.tag.POS == "NOUN")


def _two_people(tokens: Sequence[NameToken], vocab) -> bool:
    """Two surnames of the dictionary the tagger put in one span, in cases of their own: the
    first in an oblique case the dictionary has no nominative for, the second in the
    nominative, neither a first name («с Толстым Горький»; not «Ким Чен Ын», «Джо
    Байдена», nor a headline's word after a name: «Ларсена Выигрыш»)."""
    if len(tokens) != 2 or tokens[0].case in (None, "Nom") or tokens[1].case != "Nom" \
            or not tokens[0].text.isalpha() or not tokens[1].text.isalpha():
        return False
    first = vocab.parse(fold(tokens[0].text))
    return bool(first) and all(p.is_known and p.tag.case not in ("nomn", None) for p in first) \
        and all(any(p.is_known and "Surn" in p.tag.grammemes for p in vocab.parse(fold(t.text))) for t in tokens) \
        and not any(is_given(vocab, t.text) for t in tokens)


def _place_after_name(tokens: Sequence[NameToken], vocab) -> bool:
    """A place the NER ran into a first name and surname before it, in a case of its own:
    the last of three words or more, which the dictionary knows only as a place's name
    («выдачи Эдварда Сноудена Вашингтону»; not «Ричарда Львиное Сердце», one case)."""
    if len(tokens) < 3 or None in (tokens[-1].case, tokens[-2].case) or tokens[-1].case == tokens[-2].case \
            or tokens[-2].case != tokens[-3].case:
        return False
    parses = [p for p in vocab.parse(fold(tokens[-1].text)) if p.is_known]
    return bool(parses) and all("Geox" in p.tag.grammemes for p in parses)


def _oblique_person_before(tokens: Sequence[NameToken], vocab) -> bool:
    """A first name and a surname in an oblique case the NER ran into another person's first
    name and surname: the first name has no nominative reading in the dictionary, the
    surname takes its case, and the third word, in the nominative, is a first name that has
    one or a word the dictionary does not know («автору фильма Марине Косаревой Родриго
    Дутерте»; not «Сара Джессика Паркер», one case)."""
    if len(tokens) < 4 or tokens[0].case in (None, "Nom") or tokens[1].case != tokens[0].case \
            or tokens[2].case != "Nom":
        return False
    first = [p for p in vocab.parse(fold(tokens[0].text)) if p.is_known and "Name" in p.tag.grammemes]
    third = vocab.parse(fold(tokens[2].text))
    return bool(first) and all(p.tag.case != "nomn" for p in first) and (
        any(p.is_known and "Name" in p.tag.grammemes and p.tag.case == "nomn" for p in third)
        or not any(p.is_known for p in third))  # (a foreign first name the dictionary does not know: «Родриго»)


def _another_persons_first_name_before(tokens: Sequence[NameToken], vocab) -> bool:
    """A first name in an oblique case the NER ran into a first name and a surname in the
    nominative: the first is a dictionary first name with no nominative reading, the second
    one with a nominative reading and none in the first's case («однофамилец Михаила Артём
    Мальцев»; not «Сара Джессика Паркер», nor one name in one case: «Марии Терезы Джусти»)."""
    if len(tokens) != 3 or tokens[0].case in (None, "Nom") or tokens[1].case != "Nom" or tokens[2].case != "Nom":
        return False
    first, second = (fold(t.text) for t in tokens[:2])
    cases = UD_CASES.get(tokens[0].case, ())
    return _first_name_in(vocab, first, cases, number="sing") and not _first_name_in(vocab, first, "nomn") \
        and _first_name_in(vocab, second, "nomn", number="sing") \
        and not _first_name_in(vocab, second, cases, number="sing")


_SPACED_SENIORITY = re.compile(r"[ \u00a0]+[—–][ \u00a0]+((?:младш|старш)(?:ий|ая|его|ему|им|ем|ей|ую|ею|ой))"
                               r"(?![а-яё-])(?:[ \u00a0]+([а-яё]+))?")


def _with_spaced_seniority(tokens: Sequence[NameToken], text: str, vocab) -> Sequence[NameToken]:
    """A name with «старший», «младший» after a spaced dash, as the hyphenated name is
    written: «Джорджа Буша — старшего» → «Буша-старшего» (not before a noun it qualifies:
    «Дмитрий Романович — младший сын», «— младший из братьев»)."""
    found = _SPACED_SENIORITY.match(text, tokens[-1].stop) if tokens else None
    after = found.group(2) if found else None
    if found is None or after and (after == "из" or vocab is not None and _noun_only(vocab, after)):
        return tokens
    last = tokens[-1]
    return [*tokens[:-1], replace(last, text=f"{last.text}-{found.group(1)}", stop=found.end(1))]


def _noun_only(vocab, word: str) -> bool:
    """A noun the dictionary reads as no verb: «сын», «брат» (not «начал», nor «и»)."""
    parses = vocab.parse(word) if len(word) > 2 else []
    return any(p.tag.POS == "NOUN" for p in parses) and not any(p.tag.POS in ("VERB", "INFN") for p in parses)


def _adjective_of_the_noun_after(tok: NameToken, text: str, vocab) -> bool:
    """A word the dictionary reads as an adjective and knows as no name (it may guess one), in
    the case, number and gender of the lower-case noun right after it: an adjective, no
    surname («передачу Хризантемового трона», «Салафитский проповедник», «Абелевская премия»;
    not «Толстого», a surname too)."""
    after = _LOWER_WORD_AFTER.match(text, tok.stop)
    parses = vocab.parse(fold(tok.text)) if after else []
    adjectives = [p for p in parses if p.tag.POS == "ADJF"]
    if not adjectives or any(p.is_known and NAME_GRAMMEMES & p.tag.grammemes for p in parses):
        return False
    nouns = [n for n in vocab.parse(after.group(1)) if n.is_known and n.tag.POS == "NOUN"]
    return any(a.tag.case == n.tag.case and agrees(a, n) for a in adjectives for n in nouns)


def _prelates_see(tokens: Sequence[NameToken], text: str, vocab) -> bool:
    """One word, an adjective by its likeliest reading, right after a prelate's title, the
    NER's span holding the title or not: a see, no person («Папы Римского», «митрополита
    Волоколамского»; not after a prince's: «князем Вяземским», a surname too)."""
    last = tokens[-1] if 0 < len(tokens) <= 2 else None
    if last is None or len(tokens) == 2 and not PRELATE_BEFORE.match(text, tokens[0].start, last.start):
        return False
    return PRELATE_BEFORE.search(text, max(0, last.start - 40), last.start) is not None \
        and vocab.parse(fold(last.text))[0].tag.POS == "ADJF"


_LOWER_WORD_AFTER = re.compile(r"[ \u00a0]+([а-яё]{3,})(?![\w-])")


def name_mentions(tokens: Sequence[NameToken], text: str, vocab=None) -> list[NameMention]:
    """Clean nominative names in one PER span (usually one; several when it spans lines).

    A mention right after «имени»/«им.» is part of an organization's name («центр имени
    Гамалеи») and gives no person; so is a lone surname in the genitive after a noun that
    names a thing after a person («центром Чумакова», «ул. Милютина», «болезнь
    Альцгеймера»).
    """
    tokens = _with_spaced_seniority(tokens, text, vocab)
    if tokens and _EPONYM_BEFORE.search(text, max(0, tokens[0].start - 40), tokens[0].start):
        # «центра имени Чумакова Айдара Ишмухаметова»: a surname, then a first name and a
        # surname: the person after the name of the institution is a mention
        if vocab is not None and len(tokens) >= 3 and not is_given(vocab, tokens[0].text) \
                and is_given(vocab, tokens[1].text):
            return name_mentions(tokens[1:], text, vocab)
        return []
    if vocab is not None and len(tokens) >= 3 and not is_given(vocab, tokens[0].text) and is_given(vocab, tokens[1].text):
        place = _PLACE_NOUN.search(text, max(0, tokens[0].start - 40), tokens[0].start)
        if place and _agrees(vocab, place.group().strip(), tokens[0]):
            # «главы города Иванова Вячеслава Сверчкова»: the place's name, then the person
            return name_mentions(tokens[1:], text, vocab)
    if tokens and in_imprint(text, tokens[0].start, tokens[-1].stop):
        return []  # a publisher in a book's imprint: «СПб.: Алетейя, 2018»
    if tokens and (_SAINTS_DAY.search(text, max(0, tokens[0].start - 40), tokens[0].start)
                   or _SAINTS_CHURCH.search(text, max(0, tokens[0].start - 40), tokens[0].start)
                   or _IN_A_WORKS_TITLE.search(text, max(0, tokens[0].start - 90), tokens[0].start)):
        return []  # a holiday: «в День святого Валентина», a church: «храма святого Саввы»; a work's
        # title: «фильм «Сара спасает город»»
    if tokens and _QUOTES_CLOSED.match(text, tokens[-1].stop) and any(
            _QUOTED_TITLE.search(text, max(0, t.start - 20), t.start) for t in tokens[:2]):  # (the NER's span may
        # hold the title: «Адмирала Кузнецова»)
        return []  # a craft or a prize named after a person: «сопровождение «Адмирала Кузнецова»»
    if tokens and re.match(r"[ \u00a0]?(?:…|\.\.\.)" if len(tokens) == 1 else r"[ \u00a0](?:…|\.\.\.)",
                           text[tokens[-1].stop:tokens[-1].stop + 4]) \
            and vocab is not None and not any(p.is_known for p in vocab.parse(fold(tokens[-1].text))):
        # a word cut short in a teaser: «представитель Демократиче …» (not «Ванга …»); the
        # rest of the name is a mention, when a space stands before the dots («Поздравляю Джо
        # Байде …» → «Джо»; a list's «Герман Гессе…» is whole)
        tokens = tokens[:-1]
        if not tokens:
            return []
    if len(tokens) > 1 and all(t.case == "Gen" for t in tokens):
        before = _EPONYM_NOUN.search(text, max(0, tokens[0].start - 40), tokens[0].start)
        if before and (_STREET.match(before.group()) or _AWARD.match(before.group())):
            return []  # a street's or an award's name: «на улице Василисы Кожиной», «Приз Альфреда Бауэра»
    if len(tokens) == 1:
        before = _EPONYM_NOUN.search(text, max(0, tokens[0].start - 40), tokens[0].start)
        if before and (tokens[0].case in ("Gen", None) or _STREET.match(before.group())
                       or tokens[0].text[-1:] in _NO_CASE_ENDING and not _HONOUR.match(before.group())):
            return []  # (a name that does not decline is in any case: «коэффициентом Джини»)
        place = _PLACE_NOUN.search(text, max(0, tokens[0].start - 40), tokens[0].start)
        if place and vocab is not None and _agrees(vocab, place.group().strip(), tokens[0]):
            return []  # a place after the noun for it: «в родном городе Муроме» (not «мэр города Лужков»)
        if tokens[0].case != "Gen" and _ANIMAL_BEFORE.search(text, max(0, tokens[0].start - 20), tokens[0].start):
            return []  # an animal's name: «кошка Марта взобралась на полку» (not its owner: «щенком Путина»)
        if _NATIVE_OF.search(text, max(0, tokens[0].start - 20), tokens[0].start):
            return []  # a birthplace: «уроженка Валанса» (not «урождённая Иванова», a maiden name)
    if vocab is not None and _prelates_see(tokens, text, vocab):
        return []  # «Папы Римского», «митрополита Волоколамского»
    if vocab is not None and _conjunction_at_a_start(tokens, text, vocab):
        return []  # «Коль скоро зашла речь о …»: the conjunction a line or a sentence starts with
    words = [t.text.lower() for t in tokens if t.text[:1].isalpha()]
    if words and all(re.search(r"(\w)\1\1", word) for word in words):
        return []  # a sound, no name: «Мяууууу!»
    if vocab is not None and _place_after_name(tokens, vocab):
        tokens = tokens[:-1]  # «выдачи Эдварда Сноудена Вашингтону»: the capital is no part of the name
    if vocab is not None and _oblique_person_before(tokens, vocab):
        return name_mentions(tokens[:2], text, vocab) + name_mentions(tokens[2:], text, vocab)
    if vocab is not None and _another_persons_first_name_before(tokens, vocab):
        # «однофамилец Михаила Артём Мальцев»: the first name in the genitive is another's
        return name_mentions(tokens[1:], text, vocab)
    if vocab is not None and _two_people(tokens, vocab):
        # «в разговоре с Толстым Горький поделился»: a surname out of the nominative, then
        # the subject's: two people
        return name_mentions(tokens[:1], text, vocab) + name_mentions(tokens[1:], text, vocab)
    if vocab is not None and _headline_word_before(tokens, text, vocab):
        tokens = tokens[1:]  # «Позицию Юнкера по вопросу …», «Уход Ягудина из спорта …»
    tokens = _glued(tokens)
    if vocab is not None and _woman_by_her_verb(tokens, text, vocab):
        # «Александра Доронина представила»: her nominative, however the tagger read it
        tokens = [replace(t, case="Nom", gender="Fem") for t in tokens]
    if vocab is not None and _dative_after_its_noun(tokens, text, vocab):
        # «капитану «Койотс» Шейну Доану», tagged a man's accusative: the noun it stands beside
        tokens = [replace(t, case="Dat", gender="Masc") for t in tokens]
    if vocab is not None and _genders_at_odds(tokens, vocab):
        # «Евгения Тарасова», the first name tagged a man's genitive and the surname a woman's
        # nominative (had given «Евгений Тарасова»): his genitive after a word that governs one
        # («экспедиция Валентина Янина», «замглавы СПЧ Евгения Боброва»), else her nominative
        mans = _governed(text, tokens[0].start, vocab)
        tokens = [replace(t, case="Gen" if mans else "Nom", gender="Masc" if mans else "Fem") for t in tokens]
    if vocab is not None and tokens and _title_in_instrumental(text, tokens[0].start, vocab):
        tokens = _in_instrumental(tokens, vocab)
    chunks: list[list[NameToken]] = [[]]
    aside: list[list[NameToken] | None] = []  # a name in parentheses: another name of the person
    names: list[list[NameToken]] = []  # … when the parentheses close right after it
    openers: list[str] = []
    for i, tok in enumerate(tokens):
        if i and _break_between(text, tokens[i - 1], tok) and chunks[-1]:
            chunks.append([])
        if tok.text in ("(", "[", "«", "„"):
            openers.append(tok.text)  # «Брендт Кристенсен (Brendt Christensen)», «Джеймс «Бадди» Макгирт»
            aside.append([])
            continue
        if tok.text in (")", "]", "»", "“"):
            if openers == ["("] and aside[-1]:
                names.append(aside[-1])  # only a name between the brackets
            openers = openers[:-1]
            continue
        if openers:
            if openers == ["("] and aside[-1] is not None:
                if tok.text in (",", ";", "и", "или") or aside[-1] and tok.text.islower() and len(tok.text) > 3:
                    aside[-1] = None  # other people: «Бернс (Рой, Грин)», «(Майкла Флинна и других)»
                elif aside[-1] or tok.text[:1].isupper():
                    aside[-1].append(tok)  # «(настоящее имя Асия Норин)»: from the first capital
            continue
        if tok.text in (",", ";", '"', "”", "—", "–", ":", "|", "/", "•", "·"):
            if chunks[-1]:
                chunks.append([])
            continue
        if chunks[-1] and "" != _script(chunks[-1][-1].text) != _script(tok.text) != "":
            chunks.append([])  # a name is written in one alphabet: «Пак Чэ Сан Gangnam Style»
        chunks[-1].append(tok)
    out = []
    # a lone surname after an office is one even when the dictionary has it as a common word
    in_office = vocab is not None and len(tokens) == 1 and after_office(text, tokens[0].start, vocab, tokens[0].case)
    for chunk in (name for chunk in chunks for part in _full_name_ends(chunk, vocab)
                  for piece in _split_where(part, _repeated_first_word)
                  for name in _split_where(piece, partial(_second_first_name, vocab=vocab))):
        if len(chunk) == 1 and vocab is not None and _adjective_of_the_noun_after(chunk[0], text, vocab):
            continue  # «передачу Хризантемового трона», «⏎⏎Абелевская премия» after a name the NER ran on
        capitalized_only = (lambda word: not _written_in_lower_case(text, word)) \
            if chunk and _inside_sentence(text, chunk[0].start) else None
        mention = _chunk_name(chunk, vocab, in_office, capitalized_only)
        if mention:
            out.append(mention)
    if out:
        for chunk in names:
            mention = _chunk_name(chunk, vocab)
            if mention:
                out.append(replace(mention, alias_of=out[0].span, aside=True))
    return out


_INSTRUMENTAL_ENDINGS = ("ом", "ем", "ой", "ей")  # (not «-ым», «-им»: «Йылдырым», «Ибрагим»)


def _title_in_instrumental(text: str, start: int, vocab) -> bool:
    """A name stands after a person's title in the instrumental, maybe with genitives
    between: «с министром иностранных дел Голдой Меир», «с тренером сборной Камеруна Уго
    Броосом», «с президентом Вьетнама Чан Дай Куангом», «президентом «Барселоны» Жозепом
    Бартомеу» (a genitive in quotes too; a lower-case animate noun the
    dictionary knows only in the instrumental, up to three genitives before the name)."""
    pos = start
    for _ in range(4):
        m = _WORD_BEFORE_QUOTED.search(text, max(0, pos - 40), pos)  # («президентом «Барселоны» Жозепом»)
        if m is None:
            return False
        parses = [p for p in vocab.parse(fold(m.group(1))) if p.is_known]
        if not parses:
            return False
        if m.group(1).islower() and all(p.tag.POS == "NOUN" and p.tag.case == "ablt" for p in parses) \
                and any("anim" in p.tag.grammemes for p in parses):
            return True
        if not any(p.tag.case == "gent" for p in parses):
            return False
        pos = m.start()
    return False


# the word before a position, maybe in quotes: a club's name between a title and a name
_WORD_BEFORE_QUOTED = re.compile(rf"({CYRILLIC_WORD.pattern})[»\"“]?[ \u00a0]+[«\"„]?$")


def _in_instrumental(tokens: list[NameToken], vocab) -> list[NameToken]:
    """The words of a name after a title in the instrumental, read as instrumentals when
    one of them ends as one and the tagger read some otherwise («Голдой Меир» with «Меир»
    tagged genitive → «Голда Меир», «Цакалотосом» tagged a woman's nominative →
    «Цакалотос»: «-ом», «-ем» end a man's); a word the dictionary knows in the nominative
    keeps the tagger's case («Андрей», «Бинали»)."""
    def free(tok: NameToken) -> bool:
        return not any(p.is_known and p.tag.case == "nomn" for p in vocab.parse(fold(tok.text)))

    if not any(len(t.text) >= 5 and fold(t.text).endswith(_INSTRUMENTAL_ENDINGS) and free(t) for t in tokens) \
            or all(t.case == "Ins" for t in tokens if t.text[:1].isupper()):
        return tokens

    def recased(tok: NameToken) -> NameToken:
        if not (tok.text[:1].isupper() and free(tok)):
            return tok
        masculine = fold(tok.text).endswith(("ом", "ем")) and len(tok.text) >= 5  # (a man's: «Броосом»)
        return replace(tok, case="Ins", gender="Masc" if masculine else tok.gender)

    return [recased(t) for t in tokens]


_PARTICLES = frozenset("де ди да дю дос ду ван фон дер ден аус цу тер дель делла ла ле эль аль бен ибн бин".split())


def particles_between(first: Sequence[NameToken], between: Sequence[NameToken], second: Sequence[NameToken],
                      text: str) -> bool:
    """Two PER spans are one name whose lower-case particles the NER left out between
    them: «Дэнни» + «аус ден» + «Биркен», «Шарль» + «де» + «Голль» (one or two particles
    a space apart, no other word nor punctuation, and a surname alone after them)."""
    if not 1 <= len(first) <= 2 or len(second) != 1 or not 1 <= len(between) <= 2:
        return False  # (the surname alone after them: «Мария Шурочкина да Влада Чигирёва» are two)
    words = [*first[-1:], *between, *second[:1]]
    return all(text[a.stop:b.start] == " " for a, b in zip(words, words[1:])) \
        and all(t.text in _PARTICLES for t in between) and second[0].text[:1].isupper()


def _split_where(chunk: list[NameToken], starts_another: Callable[[list[NameToken], int], bool]) -> list[list[NameToken]]:
    """A chunk of four words or more cut before each word ``k`` (from the third on, not the
    last) where ``starts_another(chunk, k)`` says another person's name begins."""
    if len(chunk) >= 4:
        for k in range(2, len(chunk) - 1):
            if starts_another(chunk, k):
                return [chunk[:k], *_split_where(chunk[k:], starts_another)]
    return [chunk]


def _repeated_first_word(chunk: list[NameToken], k: int) -> bool:
    """Two names run together, the second starting with the first word of the first:
    «отец Кима Чен Ира Ким Ир Сен» → «Кима Чен Ира» and «Ким Ир Сен» (not after a
    particle: «Мухаммед бин Мухаммед»; not initials: «В. В. Путин»)."""
    return len(chunk[0].text) >= 2 and stem(chunk[k].text) == stem(chunk[0].text) \
        and fold(chunk[k - 1].text) not in _PARTICLES and chunk[k].text[:1].isupper() and chunk[k + 1].text != "."


def _second_first_name(chunk: list[NameToken], k: int, vocab) -> bool:
    """Two people's names run together, the second starting with a dictionary first name
    in another gender than the first word of the first (as the morph tagger reads them),
    after a word that is no first name: «профессора Университета Габриэля Д'Аннунцио
    Марии Терезы Джусти» → «Габриэля Д'Аннунцио», «Марии Терезы Джусти». Not a double
    first name («Мария Тереза Джусти», «Сардара Мохаммада Давуд Хана», however the tagger
    reads «Давуд»), nor one person's name of one gender, whatever the cases the tagger
    reads («Абду Рабу Мансура Хади», «Мухаммед бен Салман Аль Сауд», «Ли Харви Освальд»)."""
    head, word = chunk[0], chunk[k]
    return vocab is not None and re.fullmatch(r"[А-ЯЁ][а-яё]+", word.text) is not None \
        and chunk[k + 1].text[:1].isupper() and fold(chunk[k - 1].text) not in _PARTICLES \
        and is_given(vocab, word.text) and not is_given(vocab, chunk[k - 1].text) \
        and bool(head.gender and word.gender and head.gender != word.gender)


def _full_name_ends(chunk: list[NameToken], vocab) -> list[list[NameToken]]:
    """A first name, a patronymic and a surname make a whole name: a word after them starts
    another mention («… Сергей Анатольевич Лебедев Путин назначил …», a sentence run on)."""
    if vocab is None or len(chunk) < 4 or not all(re.fullmatch(r"[^\W\d_][\w-]+", t.text) for t in chunk[:4]) \
            or not is_given(vocab, chunk[0].text) or not is_patronymic(vocab, chunk[1].text) \
            or is_patronymic(vocab, chunk[2].text) or fold(chunk[2].text) in _PARTICLES or not chunk[3].text[:1].isupper():
        return [chunk]  # «Марина Александровна Де Энден» is whole
    return [chunk[:3], chunk[3:]]


# a surname that has a feminine form, in the nominative or the accusative (not «-ой»:
# «Амины Окуевой» is declined right by the tagger, and the dictionary knows «Амины» only
# as the plural of the man's name «Амин»)
_FEMININE_FORM = re.compile(r"(?:[оеё]ва|[иы]на|[ая]я|[оеё]ву|[иы]ну|ую)$")


def _by_first_name(vocab, first: str, case: str, gender: str | None) -> tuple[str, str | None]:
    """Case and gender of a name from its first name when the dictionary is sure of it:
    one gender for all its parses as a first name, and the tagged case among them (else
    the only case they allow)."""
    named = [p for p in vocab.parse(fold(first)) if p.is_known and "Name" in p.tag.grammemes]
    genders = {p.tag.gender for p in named}
    if len(genders) != 1 or None in genders:
        return case, gender
    gender = UD_GENDER.get(genders.pop(), gender)
    cases = {OC_TO_UD_CASE.get(p.tag.case) for p in named}
    if case not in cases and len(cases) == 1:
        case = cases.pop() or case
    return case, gender


_LINE_OR_SENTENCE_END = re.compile(r"(?:^|[.!?…\n])[\s«\"„“'—–-]*$")


def _headline_word_before(tokens: Sequence[NameToken], text: str, vocab) -> bool:
    """The first word of a span at the start of a line or sentence is a common word the NER
    ran into the name (a capital there says nothing) when the name after it is in the
    genitive, governed by it: the dictionary knows the word as no name and not in the
    genitive («Позицию» + «Юнкера», «Уход» + «Ягудина»); not «Нора Джонс», «Веничка
    Ерофеев»."""
    if len(tokens) < 2 or tokens[1].case != "Gen" or len(tokens[0].text) < 4 \
            or not _LINE_OR_SENTENCE_END.search(text, max(0, tokens[0].start - 6), tokens[0].start) \
            or not is_non_name_word(vocab, tokens[0].text, "alone"):
        return False
    parses = vocab.parse(fold(tokens[0].text))
    return all(p.tag.POS in ("NOUN", "ADJF", "PRTF") for p in parses) \
        and not any(p.tag.case in UD_CASES["Gen"] for p in parses)  # (not «Серена», a short participle too)


def _conjunction_at_a_start(tokens: Sequence[NameToken], text: str, vocab) -> bool:
    """One word that starts a line or a sentence, before a word in lower case, that the
    dictionary knows as a conjunction and as a name only in the vocative or the plural:
    «Коль скоро …», «⏎Коль много есть …» (not Helmut Kohl named after his first name or a
    title, «канцлер Коль», whose mention is inside its sentence, nor a sentence's «Коль
    заявил» where the text names a «Гельмут Коль»)."""
    if len(tokens) != 1 or not re.match(r"[ \u00a0]+[а-яё]", text[tokens[0].stop:tokens[0].stop + 3]) \
            or not _LINE_OR_SENTENCE_END.search(text, max(0, tokens[0].start - 6), tokens[0].start):
        return False
    parses = vocab.parse(fold(tokens[0].text))
    return any(p.is_known and p.tag.POS == "CONJ" for p in parses) \
        and not any(NAME_GRAMMEMES & set(p.tag.grammemes) and p.tag.number == "sing" and p.tag.case != "voct"
                    for p in parses) \
        and not re.search(r"[А-ЯЁ][а-яё]+[ \u00a0]+" + re.escape(tokens[0].text) + r"(?![а-яё])", text)


_LOWER_THEN_CAPITAL = re.compile(r"[a-zа-яё]+[A-ZА-ЯЁ]")


def _inside_sentence(text: str, start: int) -> bool:
    """A word at ``start`` follows a word of its sentence, one space apart: after a word in
    lower case, a number, a comma or a dash between spaces («выступила Донна Бразил»,
    «генералов — Анте Готовины»; not a sentence's or a line's first word, nor a headline run
    into the text after several spaces, nor a line's dash: «⏎— Франк, …»)."""
    return start >= 2 and text[start - 1] in " \u00a0" and (
        text[start - 2].islower() or text[start - 2].isdigit() or text[start - 2] == ","
        or text[start - 2] in "–—" and start >= 3 and text[start - 3] in " \u00a0")


def _written_in_lower_case(text: str, word: str) -> bool:
    """The text writes ``word`` in lower case too, in any case form: a common noun there
    («тренер», «тренера» next to «Тренер Черчесов»)."""
    word = fold(word)
    root = word[:-1] if word[-1:] in "аяоеыиуюйь" else word  # «донн-», «франк-» (not «фран-»: «французский»)
    if len(root) < 4:
        root, ending = word, "(?![а-яё])"  # a short word only as written («коте», not «которые»)
    else:
        ending = "[а-яё]*"
    pattern = "".join("[её]" if c == "е" else re.escape(c) for c in root)
    return re.search(rf"(?<![А-ЯЁа-яё]){pattern}{ending}", text) is not None


def _chunk_name(chunk: list[NameToken], vocab, in_office: bool = False,
                capitalized_only: Callable[[str], bool] | None = None) -> NameMention | None:
    """The name of a chunk of a PER span. ``capitalized_only``, for a chunk inside a sentence:
    whether the text writes a word only with a capital (a common noun for a person so written
    before a surname is a first name there: «Донна Бразил»)."""
    # words, initials and numbers: «В», «.» → initial «В.»; a lone capital letter is an
    # initial too, but not a Latin numeral after a name
    items: list[tuple[str, NameToken | None, int, int]] = []  # (kind, token, start, stop)
    i = 0
    while i < len(chunk):
        tok = chunk[i]
        if REGNAL_NUMBER.fullmatch(tok.text) and items and CYRILLIC.search(items[-1][1].text):
            # a regnal number after a name: «Бодуэн I», «Йюхи V Мусинги»; a period after it
            # ends the sentence («брата Бодуэна I. Альберт …»)
            items.append(("numeral", tok, tok.start, tok.stop))
            if i + 1 < len(chunk) and chunk[i + 1].text == ".":
                break
        elif _syllable_of_a_name(chunk, i):
            items.append(("word", tok, tok.start, tok.stop))  # «Ким Ё Чжон», «У Юн Гын»: no initial
        elif _preposition_first(chunk, i):
            pass  # «⏎У Трампа появился шанс», «С Аризоной связана …»: no initial «У.», «С.»
        elif re.fullmatch(r"[^\W\d_]", tok.text) and tok.text.isupper() \
                or tok.text == "Дж" and i + 1 < len(chunk) and chunk[i + 1].text == ".":  # «Дж. Буш»
            stop = tok.stop
            if i + 1 < len(chunk) and chunk[i + 1].text == ".":
                stop = chunk[i + 1].stop
                i += 1
            items.append(("initial", tok, tok.start, stop))
        elif _LOWER_THEN_CAPITAL.match(tok.text):
            break  # a term in lower case with capitals after: «мРНК-вакцину», «iPhone» (not «аль-Багдади»)
        elif re.fullmatch(r"[^\W\d_][\w'’‘ʼ-]*", tok.text) and not re.search(r"\d|^\w-", tok.text):
            items.append(("word", tok, tok.start, tok.stop))
        i += 1
    if len(items) > 3 and [k for k, *_ in items[:4]] == ["word", "initial", "initial", "word"] \
            and not (vocab is not None and is_non_name_word(vocab, items[0][1].text, "head")):
        # a surname and two initials end a name: «Демков К. С. Номер свидетельства»; not
        # after a common noun («Мавзолея В. И. Ленина»)
        items = items[:3]
    words = [it for it in items if it[0] == "word"]
    if not words:
        return None
    if vocab is not None:
        while len(words) > 1 and (is_non_name_word(vocab, words[0][1].text, "head")
                                  and len(words[0][1].text) > 1 and not (  # (a syllable: «У Юн Гын»)
                capitalized_only is not None and words[0][2] == chunk[0].start
                and (is_first_name_in_text(vocab, words[0][1].text, words[1][1].text)  # «Донна Бразил»
                     or _thing_word_as_first_name(words[0][1], words[1][1], len(items), vocab))
                and capitalized_only(words[0][1].text))
                                  and not _plural_word_as_first_name(words[0][1], words[1][1], vocab)
                                  or is_word_compound(vocab, words[0][1].text)  # «Премьер-министр»
                                  or fold(words[0][1].text) in surname_offices()  # «Конгрессвумен» (no dictionary's)
                                  or out_of_case(vocab, words[0][1], words[1][1])):  # «Мир Байдена»
            items.remove(words.pop(0))
        if len(words) >= 3 and words[0][1].case == "Gen" and all(w[1].case == "Nom" for w in words[1:]) \
                and fold(words[0][1].text)[-1:] in ("а", "я", "ы", "и") and not is_given(vocab, words[0][1].text):
            # a place or an organization in the genitive before a name: «оператор Аль-Джазиры
            # Сами аль-Хадж», «сын мвами Руанды Йюхи V Мусинги» (with a genitive ending: a
            # tagger's slip on «Кэтлин Холл Джеймисон» is no genitive)
            items.remove(words.pop(0))
        while len(words) > 1 and not (len(words) == 3 and is_patronymic(vocab, words[1][1].text)) and (
                # (after a first name and a patronymic comes the surname: «Вячеслав Геннадьевич Синев»)
                is_non_name_word(vocab, words[-1][1].text, "tail")
                and (len(words[-1][1].text) > 3 or is_non_name_word(vocab, words[-2][1].text, "tail"))
                and not _in_the_first_names_case(words[-2][1], words[-1][1], vocab)
                # a feminine surname in a consonant does not decline («Анны Мороз»)
                or words[-2][1].gender != "Fem" and out_of_case(vocab, words[-1][1], words[-2][1])):
            # a short last syllable that is also a word stays: «Ким Чон Нам», «Пак Кын Хе»,
            # «Стэнли Хо», «Ли На»; not after another word that is dropped («… Если Вы»)
            items.remove(words.pop())
        if len(items) == 1 and is_word_compound(vocab, words[0][1].text):
            return None  # («Когда-то» is no name of its own, nor one list-style before «Леонид Юзефович»)
    trailing_initials = items[0][0] == "word" and len(words) == 1 and len(items) > 1 \
        and all(k == "initial" for k, *_ in items[1:])
    # cut dangling initials at the end («Обама Б.» is kept, written as such, above)
    while items[-1][0] == "initial" and not trailing_initials:
        items.pop()
    if not items[0][1].text[:1].isupper():
        return None
    plural = len(words) == 1 and words[0][1].number == "Plur" and not any(k == "initial" for k, *_ in items)
    last = words[-1][1]
    if vocab is not None and len(words) > 1:
        last = _case_of_name(vocab, [w[1] for w in words])
    if len(words) > 1 and (last.case not in (None, "Nom") or last is not words[-1][1]):
        # the parts of a name agree: «Доминика Рааба» is the genitive of «Доминик Рааб»;
        # a first name the dictionary knows corrects the tagger when the surname has a
        # feminine form («Хельга Филиппова» is a woman in the nominative even when tagged
        # masculine genitive; «Анну Чиповскую» a woman tagged masculine)
        case, gender = last.case, last.gender
        if vocab is not None and _FEMININE_FORM.search(last.text):
            case, gender = _by_first_name(vocab, words[0][1].text, case, gender)
        items = [(k, NameToken(t.text, t.start, t.stop, case, gender, t.number) if k == "word" else t, a, b)
                 for k, t, a, b in items]
    parts = []
    for n, (kind, tok, _, _) in enumerate(items):
        if kind == "numeral":
            parts.append(tok.text)
        elif kind == "initial":
            if trailing_initials and n > 1 and items[n - 1][3] == items[n][2]:
                parts[-1] += tok.text.upper() + "."  # «Гаврилова А.В.» stays as written
            else:
                parts.append(tok.text[:1].upper() + tok.text[1:] + ".")
        elif vocab is not None and len(items) == 1 and not in_office and is_non_name_word(vocab, tok.text, "alone"):
            parts.append(tok.text)  # «Отставки», «Католичке»: kept as written, not made a name
        elif vocab is not None and _arabic_in_i(items, n):
            parts.append(tok.text)  # «шейха Тани бин Абдаллаха», «Ида Аль Тани»: no «Таня»
        elif vocab is not None:
            if n == 0 and len(words) > 1:
                tok = _mans_form(tok, vocab)
            parts.append(nominative(vocab, tok, plural, first=n == 0 and len(words) > 1))
        else:
            parts.append(tok.text)
    if _undeclined_pair(words, parts):
        parts[-1] = words[-1][1].text  # «к Криштиану Роналду» is «Криштиану Роналду», not «… Роналд»
    if len(words) > 1:  # (a word alone in capitals is an abbreviation: «АМАНа»)
        parts = [_unshouted(part) for part in parts]
    start = min(it[2] for it in items)
    stop = max(it[3] for it in items)
    patronymic = len(parts) == 2 and len(words) == 2 and vocab is not None and is_patronymic(vocab, parts[1])
    bounds = tuple(Span(it[2], it[3]) for it in items) if len(parts) == len(items) else ()
    return NameMention(" ".join(parts), Span(start, stop), plural, patronymic, bounds, titled=in_office)


def _in_the_first_names_case(first: NameToken, word: NameToken, vocab) -> bool:
    """A word the tagger reads in the oblique case of the dictionary first name before it,
    which a verb has none of: the surname, whatever else the dictionary has it as
    («Владимиру Рубану», not the verb «рубану»; «Михаила Везут» is cut)."""
    return word.case not in (None, "Nom") and word.case == first.case \
        and _first_name_in(vocab, first.text, UD_CASES.get(first.case, ()), number="sing")


def _preposition_first(chunk: list[NameToken], i: int) -> bool:
    """The first word of a chunk is a one-letter preposition in capitals, not an initial: no
    period after it, and the next word is in an oblique case («У Трампа», «С Аризоной»; not
    «У Юн Гын», «В. Путин»)."""
    return i == 0 and len(chunk) > 1 and chunk[0].text in _ONE_LETTER_PREPOSITIONS \
        and chunk[1].text != "." and chunk[1].case not in (None, "Nom")


_ONE_LETTER_PREPOSITIONS = frozenset({"В", "К", "С", "У", "О"})


def _thing_word_as_first_name(word: NameToken, surname: NameToken, items: int, vocab) -> bool:
    """A long dictionary noun for a thing or a place, before one surname in its case (as the
    tagger reads both and the dictionary allows), is a first name there (the caller tells that
    the text writes it only with a capital, inside a sentence): «с Мартеном Фуркадом»,
    «выпустил Фрейзера Кэмпбелла»; not «отдавшим Чехословакию Гитлеру», read as two datives,
    nor a word before initials («Мавзолея В. И. Ленина»): ``items``, the name's parts, are the two."""
    if items != 2 or word.case is None or surname.case is None or not long_word_only(vocab, word.text):
        return False
    cases = {word.case, surname.case}
    if len(cases) > 1 and cases != {"Acc", "Gen"}:  # (a man's accusative is his genitive: «Фрейзера»)
        return False
    return any(p.tag.case in UD_CASES.get(case, ()) for case in cases for p in vocab.parse(fold(word.text)))


def _plural_word_as_first_name(word: NameToken, surname: NameToken, vocab) -> bool:
    """A word the dictionary knows only in the plural, read by the tagger as one person's
    name in the singular before a surname in the singular, is a first name the dictionary
    misreads: «Сидни Кросби» («сидни», plural of «сидень»); not a plural before a family
    («Супруги Клинтон», «Братья Карамазовы»: the tagger reads the pair as plural)."""
    if word.number != "Sing" or surname.number != "Sing":
        return False
    parses = [p for p in vocab.parse(fold(word.text)) if p.is_known]
    return bool(parses) and all(p.tag.number == "plur" for p in parses)


def _arabic_in_i(items: list, n: int) -> bool:
    """The ``n``-th word of a name ends in «-и» next to an Arabic particle, after «Аль» or
    before «бин», «бен», «ибн»: an Arabic name, which does not decline («Тани»; not «Ибн
    Сины»)."""
    word = fold(items[n][1].text)
    if not word.endswith("и") or "-" in word:
        return False
    before = fold(items[n - 1][1].text) if n and items[n - 1][0] == "word" else ""
    after = fold(items[n + 1][1].text) if n + 1 < len(items) and items[n + 1][0] == "word" else ""
    return before in _ARABIC_BEFORE or after in _ARABIC_AFTER


_ARABIC_BEFORE = frozenset({"аль", "эль", "ас", "аш", "ат", "ад", "ан"})
_ARABIC_AFTER = frozenset({"бин", "бен", "ибн"})


def _woman_by_her_verb(tokens: Sequence[NameToken], text: str, vocab) -> bool:
    """A first name and a Russian surname, both a woman's in the nominative as written
    («Александра Доронина», «Гана Максимова»), right before a verb in the past that only a
    woman is the subject of («представила»; «предложили» does not count), with no noun before
    the name but a man's role in the nominative («Гендиректор Александра Смирнова заявила»;
    not a feminine noun the verb may agree with, nor a noun whose complement the name is):
    hers, not a man's genitive."""
    if len(tokens) != 2 or not fold(tokens[1].text).endswith(FEMININE_SURNAME[:4]) \
            or (tokens[0].case, tokens[0].gender) == ("Nom", "Fem"):
        return False
    verb = _NEXT_WORD.match(text, tokens[-1].stop)
    if verb is None or not any(p.tag.POS == "VERB" and p.tag.gender == "femn" and p.tag.tense == "past"
                               for p in vocab.parse(verb.group(1))):
        return False
    noun = _WORD_BEFORE_NAME.search(text, max(0, tokens[0].start - 30), tokens[0].start)
    parses = vocab.parse(fold(noun.group(1))) if noun is not None else []
    if any(p.tag.POS == "NOUN" and (p.tag.gender == "femn" or p.tag.case != "nomn") for p in parses):
        return False  # the verb may be the noun's, the name its complement: «Жена Александра Петрова
        # пришла», «Книга … вышла», «матч против пионеротряда Валерия Петракова … была бы»
    return any(p.is_known and "Name" in p.tag.grammemes and p.tag.gender == "femn" and p.tag.case == "nomn"
               for p in vocab.parse(fold(tokens[0].text)))


def _dative_after_its_noun(tokens: Sequence[NameToken], text: str, vocab) -> bool:
    """A first name and a surname in «-у», «-ю» after a consonant, tagged a man's accusative,
    right after a lower-case noun for a person in the dative they stand beside (a quoted
    name between):
    «капитану «Койотс» Шейну Доану», «хоккеисту «Рейнджерс» Дерику Брассару» — his dative
    (not «встретил Азиму Абдумаминову», «финна Саку Койву», «партии «…» Майю Санду», a
    noun for no person, «Криштиану Роналду», «и Алину Загитову»: a nominative or a woman's
    accusative the dictionary knows)."""
    if len(tokens) != 2 or tokens[-1].case != "Acc" \
            or not all(_MANS_DATIVE.search(fold(t.text)) for t in tokens) \
            or _first_name_in(vocab, tokens[0].text, {"nomn", "accs"}):
        return False
    noun = _NOUN_BEFORE_APPOSITION.search(text, max(0, tokens[0].start - 60), tokens[0].start)
    return noun is not None and noun.group(1).islower() and len(noun.group(1)) > 3 and any(
        p.tag.POS == "NOUN" and p.tag.case == "datv" and "anim" in p.tag.grammemes
        for p in vocab.parse(noun.group(1)))


# the word right before a name, maybe a quoted name between: «капитану «Койотс» »
_NOUN_BEFORE_APPOSITION = re.compile(r"([А-ЯЁа-яё]+)[ \u00a0]+(?:[«\"][^«»\"\n]{1,40}[»\"][ \u00a0]+)?\Z")


def _genders_at_odds(tokens: Sequence[NameToken], vocab) -> bool:
    """A first name tagged a man's genitive or accusative that is a woman's nominative too
    («Евгения», «Валентина»), before a Russian surname tagged a woman's nominative
    («Тарасова»): the tagger read the one name two ways."""
    return len(tokens) == 2 and (tokens[1].case, tokens[1].gender) == ("Nom", "Fem") \
        and fold(tokens[1].text).endswith(FEMININE_SURNAME) and tokens[0].case in ("Gen", "Acc") \
        and tokens[0].gender != "Fem" and _first_name_in(vocab, fold(tokens[0].text), "nomn", "femn", number="sing")


def _governed(text: str, start: int, vocab) -> bool:
    """The word before ``start`` may govern a genitive: an abbreviation («замглавы СПЧ»), or
    a noun for no person («экспедиция», «победа»); not a person's noun in apposition
    («Россиянка Евгения Медведева»), a verb, a preposition or a sentence's start."""
    before = _WORD_BEFORE_NAME.search(text, max(0, start - 30), start)
    if before is None:
        return False
    word = before.group(1)
    if word.isupper() and len(word) > 1:
        return True
    parses = [p for p in vocab.parse(fold(word)) if p.is_known]
    return bool(parses) and all(p.tag.POS == "NOUN" and "anim" not in p.tag.grammemes for p in parses)


def _only_a_mans_oblique(vocab, word: str) -> bool:
    """A first name the dictionary knows only as a man's genitive or accusative («Роальда»;
    not «Никиты», a plural's nominative too, nor «Саши», a woman's as well)."""
    names = [p for p in vocab.parse(word) if p.is_known and "Name" in p.tag.grammemes]
    return bool(names) and all(p.tag.gender == "masc" and p.tag.case in ("gent", "accs") for p in names)


_NEXT_WORD = re.compile(r"[ \u00a0]+(?:[—–-][ \u00a0]+)?([а-яё]+)")
_WORD_BEFORE_NAME = re.compile(r"([А-ЯЁа-яё]+)[ \u00a0]+\Z")


def _undeclined_pair(words: list, parts: list[str]) -> bool:
    """A first name and a surname both in «-у» out of the nominative, where the first name
    stayed as written: a Portuguese name that does not decline («Криштиану Роналду»,
    «Жоау Лоуренсу»; not «Абу Бакру», a particle, nor «Биньямину Нетаньяху», whose first
    name declines)."""
    if len(words) != 2 or len(parts) != 2:
        return False
    first, last = words[0][1].text, words[-1][1].text
    return len(first) >= 4 and parts[0] == first and fold(first).endswith("у") and fold(last).endswith("у") \
        and parts[1] != last


def _syllable_of_a_name(chunk: list[NameToken], i: int) -> bool:
    """A Korean or Chinese name's one-letter syllable, written with no period and
    followed by another word of the name: «Ким Ё Чжон», «У Юн Гын» (an initial has its
    period, and the syllables of such a name are short: not «А Пушкина», «Джордж У Буш»)."""
    return re.fullmatch("[А-ЯЁ]", chunk[i].text) is not None and i + 1 < len(chunk) \
        and _SYLLABLE.fullmatch(chunk[i + 1].text) is not None \
        and chunk[i].stop < chunk[i + 1].start and (i == 0 or _SYLLABLE.fullmatch(chunk[i - 1].text) is not None)


_SYLLABLE = re.compile(r"[А-ЯЁ][а-яё]{1,3}")  # a syllable of a Korean or Chinese name: «Юн», «Чжон»


def _mans_form(tok: NameToken, vocab) -> NameToken:
    """A first word tagged a woman's genitive or accusative that ends as only a man's does,
    in a consonant and «-а», and that the dictionary has as no woman's name (as a man's or
    not at all): a man's («президента Хосепа Марии Бартомеу», the name tagged feminine by
    «Марии» → «Хосеп»; not «Марина», nor a woman's surname: «Ольги Балла»)."""
    parses = [p for p in vocab.parse(fold(tok.text)) if p.is_known]
    if tok.gender == "Fem" and tok.case in ("Gen", "Acc") and MANS_GENITIVE_IN_A.search(fold(tok.text)) \
            and not any("Name" in p.tag.grammemes and p.tag.gender == "femn" for p in parses) \
            and all("Name" in p.tag.grammemes for p in parses):
        return replace(tok, gender="Masc")
    return tok


_SHOUTED = re.compile(r"[А-ЯЁ]{3,}(?:-[А-ЯЁ]{2,})*")


def _unshouted(word: str) -> str:
    """A surname an interview writes in capitals, as names are written: «Иван САПРЫКИН» →
    «Иван Сапрыкин», «ИВАНОВ-ПЕТРОВ» → «Иванов-Петров» (Cyrillic only: not «XVI»)."""
    return "-".join(part[:1] + part[1:].lower() for part in word.split("-")) if _SHOUTED.fullmatch(word) else word


def _case_of_name(vocab, words: Sequence[NameToken]) -> NameToken:
    """The last word of a name with the case of the whole name, when the tagger's case
    for it cannot be right. The parts of a name agree in case, and some endings tell it:
    a man's instrumental in «-ом», «-ем», «-ым» after first names in «-ом», «-ем», «-ой»
    («Давором Ристовичем», «Федотом Тумусовым», «Кемалем Ататюрком», tagged genitive or
    nominative), a woman's accusative («Анну Чиповскую»), a man's dative after first
    names in «-у», «-ю» («Зелимхану Умиеву»; after first names in «-ому», «-ему», any
    surname in a consonant and «-у»: «Гийому Сизерону»), and a last word in «-ом», «-ем»,
    «-ым», «-им» after words tagged instrumental («с президентом Чан Дай Куангом»), a
    man's genitive in a consonant and «-а» after a man's first name tagged genitive that
    declines («Алена Проста», «Зафера Чаглаяна»; not «Эрнесто Гевара», not a Russian
    woman's surname: «Алена Иванова»), a woman's surname in «-ой» after a first name the
    dictionary has in no nominative, and maybe a patronymic («Марии Галиной», «Агриппины
    Яковлевны Вагановой», in that name's case; a woman's, too, where the tagger read a man's
    oblique case and her first name fits it: «Станиславе Постновой»), a woman's accusative
    first name in «-у», «-ю» before a surname in a consonant, which a man's dative would
    decline («Александру Бортич»), a woman's nominative first name in «-а» tagged a man's
    genitive or accusative before such a surname, whatever case the tagger read for it
    («Симона Халеп», «Александра Тиман»; not a Russian man's surname in «-ов»: «Дмитрия
    Певцов»), a man's genitive in «-ского», «-цкого», whatever the tagger read («Яна
    Ционглинского»), a Russian surname in «-ова», «-ина» after a man's first name in no
    nominative, not tagged a woman's («Алексея Мишина»). Other
    endings are left to the tagger: a man's «-у» may be a dative or an indeclinable
    surname («Сергею Шойгу», «Андриану Канду», «Криштиану Роналду»), «Марины» is also a
    man's genitive, and «Марина Афанасьева» must stay a nominative."""
    last = words[-1]
    low = [fold(w.text) for w in words]  # (ё-folded)
    gender = last.gender
    if last.case != "Ins" and len(low[-1]) > 4 and low[-1].endswith(("ом", "ем", "ым")) \
            and all(w.endswith(("ом", "ем", "ой")) or w.endswith("ей") and not _first_name_in(vocab, w, "nomn")
                    for w in low[:-1]):
        case = "Ins"
    elif last.case != "Acc" and low[-1].endswith(("ову", "еву", "ину", "ую")) \
            and all(w.gender == "Fem" for w in words) and all(w.endswith(("у", "ю")) for w in low[:-1]):
        case = "Acc"
    elif last.case != "Dat" and low[-1].endswith(("ову", "еву", "ину", "ыну")) \
            and not all(w.gender == "Fem" for w in words) and all(w.endswith(("у", "ю")) for w in low[:-1]) \
            and not any(_first_name_in(vocab, w, "accs", "femn") for w in low[:-1]):
        case = "Dat"  # «проиграл Зелимхану Умиеву», «Сослану Джанаеву»; not «Юлию Крылову»
    elif last.case != "Dat" and len(low[-1]) > 3 and re.search(r"[бвгджзклмнпрстфхцчшщ]у$", low[-1]) \
            and all(w.endswith(("ому", "ему")) for w in low[:-1]):
        case = "Dat"  # «Гийому Сизерону»: no first name ends in «-ому» in the nominative
    elif last.case == "Nom" and {w.case for w in words[:-1]} == {"Ins"} \
            and low[-1].endswith(("ом", "ем", "ым", "им")):
        case = "Ins"
    elif last.case not in ("Gen", "Acc") and low[-1].endswith(("ского", "цкого")) and len(low[-1]) > 6:
        case, gender = "Gen", "Masc"  # «работ Яна Ционглинского», tagged a woman's nominative: no name ends so
    elif len(words) == 2 and (last.case not in ("Gen", "Acc") or last.gender == "Fem") and low[-1].endswith("ича") \
            and len(low[-1]) > 4 and MANS_GENITIVE_IN_A.search(low[0]):
        case, gender = "Gen", "Masc"  # «соперником Марина Чилича», tagged a woman's nominative: her «Чилич» does
        # not decline
    elif (len(words) == 2 or len(words) == 3 and any("Patr" in p.tag.grammemes for p in vocab.parse(low[1]))) \
            and low[-1].endswith(RUSSIAN_FEMININE_OBLIQUE) \
            and _oblique_first_name_case(vocab, low[0], "femn", last.case) not in (None, last.case):
        # «книги Марии Галиной», the surname tagged nominative or instrumental: a woman's
        # first name the dictionary has in no nominative reading tells the case of her
        # surname in «-ой», which is the same in four cases (a patronymic between too:
        # «школы Агриппины Яковлевны Вагановой»)
        case, gender = _oblique_first_name_case(vocab, low[0], "femn", last.case), "Fem"
    elif last.case in ("Gen", "Dat", "Ins", "Loc") and last.gender != "Fem" and low[-1].endswith(RUSSIAN_FEMININE_OBLIQUE) \
            and _first_name_in(vocab, low[0], UD_CASES[last.case], "femn"):
        # «юной Станиславе Постновой», tagged a man's locative: no man's surname ends in
        # «-ой» out of the nominative, and a woman's first name fits that case
        case, gender = last.case, "Fem"
    elif len(words) == 2 and (last.case, last.gender) != ("Acc", "Fem") and low[0].endswith(("у", "ю")) \
            and _CONSONANT_END.search(low[-1]) and (_first_name_in(vocab, low[0], "accs", "femn")
                                                    or _first_name_in(vocab, low[0], "datv", "masc", declines=True)):
        # «видят … Александру Бортич», tagged a man's dative: a man's surname in a consonant
        # declines («Александру Бортичу»), so the first name is a woman's accusative (her
        # surname stays as written: the case goes to the whole name); also one the dictionary
        # knows only as a man's dative («обыгравшие Мартину Хингис»)
        return replace(last, case="Acc", gender="Fem")
    elif len(words) == 2 and last.case in ("Gen", "Acc") and last.gender != "Fem" \
            and (words[0].case, words[0].gender) == ("Nom", "Fem") and low[-1].endswith(FEMININE_SURNAME) \
            and _first_name_in(vocab, low[0], "nomn", "femn", number="sing"):
        # «Юлия Иванова и Евгения Шаповалова были признаны», the surname tagged a man's
        # genitive: the first name tagged a woman's nominative names her so
        return replace(last, case="Nom", gender="Fem")
    elif len(words) == 2 and last.case not in (None, "Nom") and (words[0].case, words[0].gender) == ("Nom", "Fem") \
            and _first_name_in(vocab, low[0], "nomn", "femn", number="sing") and _indeclinable_surname(vocab, low[-1]) \
            and not _first_name_in(vocab, low[0], "gent", "masc"):
        # «координатор проектов Оксана Глущенко», the surname tagged a man's genitive: it shows
        # no case, her first name tagged a woman's nominative does (not one that is a man's
        # genitive too: «стихи Евгения Евтушенко»)
        return replace(last, case="Nom", gender="Fem")
    elif len(words) == 2 and last.case in ("Nom", "Gen", "Acc") and words[0].case in ("Gen", "Acc") \
            and words[0].gender != "Fem" and _CONSONANT_END.search(low[-1]) \
            and not (last.case != "Nom" and low[-1].endswith(MANS_SURNAME)) \
            and (_first_name_in(vocab, low[0], "nomn", "femn", number="sing")
                 or low[0].endswith("а") and not low[-1].endswith(MANS_SURNAME + ("ых", "их"))
                 and not any(p.tag.case == "nomn" for p in vocab.parse(low[0]))):
        # «Симона Халеп», «Петра Мартич», «Александра Тиман», the first name tagged a man's
        # genitive or accusative: his would decline the surname too («Симона Халепа»), so
        # she is named in the nominative (not a Russian man's surname tagged oblique: in a
        # list of nominatives, «Дмитрий Харатьян, Дмитрия Певцов» is a slip for him); also a
        # first name the dictionary knows only as a man's oblique case before a surname not
        # Russian: «супруга Трампа — Ивана Трамп» (his genitive would be «Ивана Трампа»; not
        # «Михаила Толстых», which does not decline, nor a word in the nominative: «мечеть Кока Синан»)
        return replace(last, case="Nom", gender="Fem")
    elif len(words) == 2 and last.case != "Gen" and (words[0].case == "Gen" or _only_a_mans_oblique(vocab, low[0])) \
            and MANS_GENITIVE.search(low[-1]) and not low[-1].endswith(FEMININE_SURNAME) \
            and _first_name_in(vocab, low[0], "gent", "masc", declines=True):
        # «достижение Алена Проста», «Проста» tagged a nominative (a first name and a
        # surname: «Николаса Мадуро Герра» has a surname in «-а» that does not decline); also
        # a first name the dictionary knows only as a man's oblique case, however tagged:
        # «„Чарли и шоколадная фабрика“ Роальда Даля», read as a woman's nominative (not
        # «Асия Биби», «Асия Петрова»: no man's genitive ends so)
        case, gender = "Gen", "Masc"
    elif len(words) == 2 and (last.case not in ("Gen", "Acc") or last.gender == "Fem") and words[0].gender != "Fem" \
            and low[-1].endswith(_MANS_GENITIVE_RUSSIAN) and _first_name_in(vocab, low[0], "gent", "masc") \
            and not _first_name_in(vocab, low[0], "nomn", number="sing"):
        # «подопечная Алексея Мишина», «Мишина» tagged a woman's nominative: a man's first
        # name not tagged a woman's that is no first name's nominative («Алексея»; unlike
        # «Алёна», «Евгения») names a man's genitive (not «Асия Тржанова», whose first name
        # the dictionary knows only as a man's «Асий»)
        case, gender = "Gen", "Masc"
    elif len(words) == 2 and last.case != "Dat" and words[0].case == "Dat" and _MANS_DATIVE.search(low[-1]) \
            and not low[0].endswith(("у", "ю")):
        # «уступает … Отто Рехагелю», «передачу Неманье Матичу», the surname tagged a
        # nominative: a man's dative in «-у», «-ю» after a first name read as a dative
        # (not «Криштиану Роналду», whose first name ends so too: Portuguese names stay)
        case, gender = "Dat", "Masc"
    elif len(words) == 2 and _epithet_of_first_name(vocab, words):
        # «сын Екатерины Второй», the epithet tagged a man's nominative: an adjective after
        # a first name in no nominative agrees with it (→ «Екатерина Вторая»)
        case, gender = words[0].case, words[0].gender
    elif len(words) == 2 and last.gender == "Fem" and _CONSONANT_END.search(low[-1]) \
            and words[0].case not in (None, last.case) \
            and _first_name_in(vocab, low[0], UD_CASES.get(words[0].case, {"nomn"} if words[0].case == "Nom" else ()),
                               "femn", number="sing"):
        # «ученикам Нины Мозер», the surname tagged a dative: a woman's surname in a
        # consonant shows no case, her first name does
        return replace(last, case=words[0].case)
    else:
        return last
    oblique = replace(last, case=case, gender=gender)
    return oblique if nominative(vocab, oblique) != last.text else last


def _epithet_of_first_name(vocab, words: Sequence[NameToken]) -> bool:
    """The second of two words is an epithet of the first name, in another case or gender
    than the tagger read for it: the first is a dictionary first name in its tagged case
    and gender and in no nominative, the second an adjective of the dictionary (no name)
    that has that case and gender («Екатерины Второй», «Анны Иоанновны» is no epithet)."""
    first, second = words
    gender = OC_GENDER.get(first.gender or "")
    cases = UD_CASES.get(first.case or "", set())
    if not gender or not cases or (second.case, second.gender) == (first.case, first.gender):
        return False
    if not _first_name_in(vocab, first.text, cases, gender, number="sing") \
            or _first_name_in(vocab, first.text, "nomn", number="sing"):
        return False
    parses = vocab.parse(fold(second.text))
    return not any(NAME_GRAMMEMES & set(p.tag.grammemes) for p in parses) \
        and any(p.is_known and p.tag.POS == "ADJF" and p.tag.case in cases and p.tag.gender == gender
                and p.tag.number == "sing" for p in parses)


_MANS_GENITIVE_RUSSIAN = tuple(ending + "а" for ending in MANS_SURNAME)  # a Russian man's genitive («Мишина»)
_MANS_DATIVE = re.compile(r"..[бвгджзйклмнпрстфхцчшщ][ую]$")  # a name in a consonant, declined: «Матичу», «Шейну»
def _indeclinable_surname(vocab, word: str) -> bool:
    """A surname that shows no case: the dictionary's «Глущенко», «Черных» (``Fixd``)."""
    parses = [p for p in vocab.parse(word) if p.is_known and "Surn" in p.tag.grammemes]
    return bool(parses) and all("Fixd" in p.tag.grammemes for p in parses)


_CONSONANT_END = re.compile(r"[бвгджзклмнпрстфхцчшщ]$")  # a surname a man's oblique case would decline
_CASES_OF_OJ = ("gent", "datv", "ablt", "loct")  # the cases a woman's surname in «-ой» may be in


def _oblique_first_name_case(vocab, word: str, gender: str, tagged: str | None) -> str | None:
    """The case (UD) of a dictionary first name of ``gender`` that has no nominative
    singular reading and may agree with a woman's surname in «-ой»: ``tagged`` when it is
    one of its readings, else its first one («Марии» → "Gen"); None for «Мария», «Анна» or
    a word no first name."""
    names = [p for p in vocab.parse(word) if p.is_known and "Name" in p.tag.grammemes and p.tag.gender == gender
             and p.tag.number == "sing"]
    cases = [OC_TO_UD_CASE[p.tag.case] for p in names if p.tag.case in _CASES_OF_OJ]
    if not cases or any(p.tag.case == "nomn" and p.tag.number == "sing" for p in vocab.parse(word)):
        return None
    return tagged if tagged in cases else cases[0]


def _first_name_in(vocab, word: str, case: str | Collection[str], gender: str | None = None, declines: bool = False,
                   number: str | None = None) -> bool:
    """``word`` is a dictionary first name in the case ``case`` (OpenCorpora: "gent"; or in
    one of several: ``UD_CASES["Gen"]``), of ``gender`` and ``number`` when given, and one
    that declines when ``declines`` (not «Эрнесто»): «Алена» is a man's genitive, «Юлию» a
    woman's accusative, «Даны» no singular nominative."""
    cases = {case} if isinstance(case, str) else case
    return any(p.is_known and "Name" in p.tag.grammemes and p.tag.case in cases
               and (gender is None or p.tag.gender == gender) and (number is None or p.tag.number == number)
               and not (declines and "Fixd" in p.tag.grammemes)
               for p in vocab.parse(fold(word)))


# Between a name and another name of the same person: «Асия Биби (Норин)», «Пеле
# (настоящее имя Эдсон Арантис ду Насименту)», «Табмен (урождённая Араминта Росс)».
_ALIAS_BETWEEN = re.compile(
    r"\s*\(\s*(?:(?:настоящее|настоящая|подлинное|полное|урожд[её]нное)\s+имя|урожд[её]нн(?:ая|ый)|в\s+девичестве"
    r"|при\s+рождении|в\s+миру|он\s+же|она\s+же|также)?[\s:,—–-]*", re.IGNORECASE)

_BRACKET_AFTER = re.compile(r"[ \u00a0]*\)")
# … and without brackets: «Лавдрим Мухаджери, известный также как Абу Абдулла аль-Косова»
_KNOWN_AS_BETWEEN = re.compile(
    r",?\s*(?:(?:более|также|ещё|еще)\s+)?(?:известн(?:ый|ая|ого|ой|ому|ым|ом)|именуем(?:ый|ая|ого|ой))\s+"
    r"(?:также\s+|ещё\s+|еще\s+|больше\s+)?(?:как|под\s+(?:именем|прозвищем|псевдонимом))\s+"
    r"|,?\s*(?:он|она)\s+же\s+|,?\s*по\s+прозвищу\s+", re.IGNORECASE)


def cut_after_first_name(first: Sequence[NameToken], second: Sequence[NameToken], text: str, vocab) -> bool:
    """Two PER spans a space apart that are one name the NER cut after the first name:
    «преемнику Уильяму» + «Говарду Тафту», «жены Матильды» + «Уррутии». The first span is
    one dictionary first name (not also a surname) in the case of the second's last word,
    the second has one or two words and repeats no word of the first («Менеджер Хьюстон
    Патриша Хьюстон»). A surname before a name is another person's («адвокат Трампа Рудольф
    Джулиани», «супругу Клинтона Хилари»), and so is a first name the case makes plural
    («муж Иванки Джаред Кушнер»: no one woman's name «Иванки» is in the nominative) or
    of another gender («супруга Иванки Джареда Кушнера»). The first span may hold a second
    first name, one the dictionary has as a first name or not at all, in the same case, when
    the second is a first name and a surname: «Джорджа Рэймонда» + «Ричарда Мартина» (not
    «Артёма Дзюбы» + «Черчесов»), or a patronymic when the second is a surname alone:
    «Натана Григорьевича» + «Рахлина»."""
    if not 1 <= len(first) <= 2 or not 1 <= len(second) <= 2 or text[first[-1].stop:second[0].start] != " ":
        return False
    word = first[0]
    if word.case is None or any(t.case != second[-1].case for t in first) \
            or {fold(t.text) for t in first} & {fold(t.text) for t in second}:
        return False
    if len(first) == 2 and not (text[word.stop:first[1].start] == " " and (
            _second_first_name_of(first[1], vocab) and len(second) == 2 and _second_first_name_of(second[0], vocab)
            or len(second) == 1 and _patronymic_in_a_case(vocab, first[1].text))):
        # (then the second span is a first name and a surname, not «Артёма Дзюбы» + «Черчесов»;
        # or the first holds a patronymic: «Натана Григорьевича» + «Рахлина»)
        return False
    parses = vocab.parse(fold(word.text))
    if any("Surn" in p.tag.grammemes for p in parses):
        return False
    if len(first) == 1 and not any(p.is_known for p in parses):
        # a first name the dictionary does not know, then a second first name it knows and a
        # surname: «Хосепом» + «Марией Бартомеу» (not a place or a word: «Гоа», «Сегодня»)
        return len(second) == 2 and word.text[1:].islower() \
            and any(_first_name_in(vocab, second[0].text, case) for case in UD_CASES.get(second[0].case, ()))
    cases = UD_CASES.get(word.case, {"nomn"})
    genders = {UD_GENDER.get(p.tag.gender) for p in parses
               if p.is_known and "Name" in p.tag.grammemes and p.tag.number == "sing" and p.tag.case in cases}
    return bool(genders) and all(t.gender in genders for t in second if t.gender in ("Masc", "Fem"))


# an editor's note after a first name the author left out: «(Василий. — RT) Тропинин»
_EDITOR_NOTE = re.compile(r"\.?[ \u00a0]*[—–-][ \u00a0]*[^()\n]{1,20}\)[ \u00a0]+")


def editor_first_name(first: Sequence[NameToken], text: str, vocab) -> int | None:
    """Where the surname starts after a first name an editor put in a bracket before it,
    «(Василий. — RT) Тропинин», «(Кондолизы. — RT) Райс»: one name; else None. The
    bracket holds the one first name, a dash and the editor's mark."""
    if len(first) != 1 or text[first[0].start - 1:first[0].start] != "(" or not is_given(vocab, first[0].text):
        return None
    note = _EDITOR_NOTE.match(text, first[0].stop)
    return note.end() if note and text[note.end():note.end() + 1].isupper() else None


def _patronymic_in_a_case(vocab, word: str) -> bool:
    """A patronymic in any case: «Григорьевича», «Яковлевной» (``is_patronymic`` reads the
    nominative)."""
    return any(is_patronymic(vocab, form)
               for form in (word, word[:-1], word[:-2], word[:-1] + "а", word[:-2] + "а") if len(form) > 4)


def _second_first_name_of(word: NameToken, vocab) -> bool:
    """A word that may be a second first name: no surname, a first name the dictionary
    knows or no dictionary word at all («Рэймонда»)."""
    parses = vocab.parse(fold(word.text))
    return word.text[:1].isupper() and not any("Surn" in p.tag.grammemes for p in parses) \
        and (not any(p.is_known for p in parses) or any(p.is_known and "Name" in p.tag.grammemes for p in parses))


def first_name_left_out(before: NameToken, first: NameToken, text: str, vocab, alone: bool = False) -> bool:
    """The word before a PER span that starts with a patronymic is the first name the NER
    left out: «Айдар» + «Наилевич Губайдулин», «графини Прасковьи» + «Дмитриевны
    Шереметевой». It is a space before, capitalized, a first name the dictionary knows (or
    no dictionary word at all: «Сейфулла») and not in another case («Сегодня Петрович»).
    Before a span that is a surname ``alone`` in the nominative, a nominative first name the
    dictionary knows is one the NER left out (one it took for a word: «Том» + «Леман вовсе
    назвал»)."""
    if text[before.stop:first.start] != " " or not before.text.isalpha() or not before.text[:1].isupper():
        return False
    if alone and first.case == "Nom" and before.case in (None, "Nom") and not is_given(vocab, first.text) \
            and any(p.is_known and "Name" in p.tag.grammemes and p.tag.case == "nomn" and p.tag.number == "sing"
                    for p in vocab.parse(fold(before.text))):
        return True
    if not (is_patronymic(vocab, first.text) or any(
                "Patr" in p.tag.grammemes for p in vocab.parse(fold(first.text)))):
        return False  # (the dictionary knows oblique patronymics: «Дмитриевны»)
    if before.case is not None and first.case is not None and before.case != first.case:
        return False
    parses = vocab.parse(fold(before.text))
    return is_given(vocab, before.text) or not any(p.is_known for p in parses)


def in_context(mentions: Sequence[NameMention], text: str) -> list[NameMention]:
    """Mentions read with the text around them: a surname and a first name with a
    patronymic the NER tagged apart are one list-style name («Юлдашева Кристина Камиловна»),
    and a name in brackets after another is another name of that person (``alias_of``)."""
    return _aliases_marked(_nicknamed_names_joined(_list_names_joined(mentions, text), text), text)


def list_cases_agreed(mentions: Sequence[NameMention], text: str, vocab) -> list[NameMention]:
    """Men's names of two words in a list (``mentions`` in the text's order, a comma or «и»
    between) agree in case: where the normalizer put one of them in the nominative out of
    an oblique case, a word of another left as written in that case's man's ending after a
    consonant is in that case too («учёным Райнеру Вайссу, Барри Баришу и Кипу Торну» →
    «Райнер Вайсс», «Барри Бариш», «Кип Торн»; «Маркуса Эриксона и Стоффеля Вандорна» →
    «Стоффель Вандорн»), when its first name declines so too or ends in a vowel, a name
    that does not («Барри», «Тони»). The case is the one that gives the changed words'
    nominatives from their written forms; none where two do, nor where a name of the list
    is written with a Russian man's surname in the nominative («Сейфулла Хакимов, Ибрагибжон
    Ерматов, …»), nor from a surname a woman's nominative ends so too («Шохиста Каримова»);
    not a woman's: «Анне Ивановой и Марине Ле Пен» stay hers."""
    out = list(mentions)
    lists: list[list[int]] = []
    for n, m in enumerate(mentions):
        if n and lists and _LIST_GAP.fullmatch(text, mentions[n - 1].span.stop, m.span.start) is not None \
                and mentions[n - 1].span.stop <= m.span.start:
            lists[-1].append(n)
        else:
            lists.append([n])
    for members in (group for group in lists if len(group) > 1):
        cases = {case for n in members for case in [_case_read(mentions[n], text, vocab)] if case}
        written = [text[mentions[n].span.start:mentions[n].span.stop].split() for n in members]
        if len(cases) != 1 or any(len(w) == 2 and fold(w[1]).endswith(MANS_SURNAME) for w in written):
            continue  # (a Russian man's surname in the nominative: the list is in the nominative)
        (case,) = cases
        for n in members:
            m = mentions[n]
            words, parts = text[m.span.start:m.span.stop].split(), m.name.split()
            if len(words) != 2 or len(parts) != 2 or m.plural or m.patronymic or _common_noun(vocab, words[0]) \
                    or not (_MANS_OBLIQUE[case].search(fold(words[0])) or fold(words[0])[-1] in VOWELS):
                continue  # (not a band's name of words: «Контора Кука, Ива Нова»)
            fixed = [nominative(vocab, NameToken(w, 0, 0, case, "Masc", "Sing"), first=k == 0)
                     if part == w and _MANS_OBLIQUE[case].search(fold(w)) else part
                     for k, (w, part) in enumerate(zip(words, parts))]
            portuguese = fold(words[0]).endswith("у") and fixed[0] == words[0] and fixed[1] != words[1]
            if fixed != parts and not portuguese and all(fold(p)[-1:] not in ("а", "я") for p in fixed):
                out[n] = replace(m, name=" ".join(fixed))  # (not «Криштиану Роналду»: his first name stays)
    return out


def _case_read(m: NameMention, text: str, vocab) -> str | None:
    """The oblique case in which a man's two-word name's words the normalizer changed are
    written, giving its name from them («Кипу Торну» → «Кип Торну»: Dat), or None."""
    words, parts = text[m.span.start:m.span.stop].split(), m.name.split()
    changed = [(k, w, p) for k, (w, p) in enumerate(zip(words, parts)) if w != p]
    if len(words) != 2 or len(parts) != 2 or not changed:
        return None
    found = [case for case in _MANS_OBLIQUE if all(
        _MANS_OBLIQUE[case].search(fold(w)) and nominative(vocab, NameToken(w, 0, 0, case, "Masc", "Sing"),
                                                           first=k == 0) == p for k, w, p in changed)
        and (not fold(words[1]).endswith(FEMININE_SURNAME) or _first_name_in(vocab, words[0], UD_CASES[case], "masc"))]
    # (a surname a woman's nominative ends so too, only after a man's first name in that case:
    # «Александра Третьякова», not «Шохиста Каримова»)
    return found[0] if len(found) == 1 else None


def _common_noun(vocab, word: str) -> bool:
    """The dictionary knows ``word`` as a common noun: «Контора», «Ива» (no first name)."""
    return any(p.is_known and p.tag.POS == "NOUN" and not NAME_GRAMMEMES & set(p.tag.grammemes)
               for p in vocab.parse(fold(word)))


_LIST_GAP = re.compile(r",[ \u00a0]+|[ \u00a0]+и[ \u00a0]+|,[ \u00a0]+и[ \u00a0]+")
# a man's name's ending in a case, after a consonant: «Вайссу», «Вандорна», «Эриксоном»
_MANS_OBLIQUE = {"Dat": re.compile(r"[бвгджзйклмнпрстфхцчшщь][ую]$"),
                 "Gen": re.compile(r"[бвгджзклмнпрстфхцчшщь][ая]$"),
                 "Ins": re.compile(r"[бвгджзклмнпрстфхцчшщ](?:ом|ем|ём)$")}


def _list_names_joined(mentions: Sequence[NameMention], text: str) -> list[NameMention]:
    """«Юлдашева» + «Кристина Камиловна» → «Юлдашева Кристина Камиловна»: a one-word
    mention in the nominative right before (a space apart) a first name and patronymic
    written in the nominative (a genitive is someone else's name: «вдова Ельцина Наина
    Иосифовна»)."""
    out = list(mentions)
    for m in mentions:
        if not m.patronymic or text[m.span.start:m.span.stop] != m.name:
            continue
        before = next((p for p in out if 0 < m.span.start - p.span.stop <= 1 and len(p.name.split()) == 1
                       and text[p.span.stop:m.span.start] == " " and not p.plural
                       and text[p.span.start:p.span.stop] == p.name), None)  # not «вдова Ельцина Наина …»
        if before is not None:
            written = text[before.span.start:before.span.stop]
            joined = NameMention(f"{written} {m.name}", Span(before.span.start, m.span.stop),
                                 parts=(before.span, *m.parts) if m.parts else ())
            out = [joined if p is m else p for p in out if p is not before]
    return out


def _nicknamed_names_joined(mentions: Sequence[NameMention], text: str) -> list[NameMention]:
    """«Киммо» + «Суровый воин» + «Тиммонен» → «Киммо Тиммонен»: a one-word mention, a
    nickname in quotes and another one-word mention, each written in the nominative, are one
    person's first name, nickname and surname (the NER tags the two names apart)."""
    out = list(mentions)
    for m in mentions:
        before = next((p for p in out if p.span.stop < m.span.start and _NICKNAME_BETWEEN.fullmatch(
            text, p.span.stop, m.span.start)), None)
        if before is None or any(len(x.name.split()) != 1 or x.plural or text[x.span.start:x.span.stop] != x.name
                                 for x in (before, m)):
            continue
        joined = NameMention(f"{before.name} {m.name}", Span(before.span.start, m.span.stop),
                             parts=(before.span, m.span))
        out = [joined if p is m else p for p in out if p is not before]
    return out


# a nickname in quotes between a first name and a surname: «Теему «Вспышка» Селянне»
_NICKNAME_BETWEEN = re.compile(r"[ \u00a0]+[«\"„“][А-ЯЁA-Z][^«»\"„“”\n.!?]{0,30}[»\"“”][ \u00a0]+")


def _aliases_marked(mentions: Sequence[NameMention], text: str) -> list[NameMention]:
    """A mention alone in brackets right after another mention, or after «настоящее имя»,
    «урождённая», «в девичестве», «при рождении», «в миру», is another name of that
    person: it gets ``alias_of``, the span of the name it follows («администрации Трампа
    (Майкла Флинна и других)» is no alias); so is one after «известный также как», «под
    прозвищем», «он же» without brackets («Лавдрим Мухаджери, известный также как Абу
    Абдулла аль-Косова»)."""
    out = []
    for m in mentions:
        before = max((p for p in mentions if p.span.stop <= m.span.start), key=lambda p: p.span.stop, default=None)
        between = _ALIAS_BETWEEN.fullmatch(text, before.span.stop, m.span.start) if before is not None else None
        if between and _BRACKET_AFTER.match(text, m.span.stop):
            m = replace(m, alias_of=before.span, declared=any(c.isalpha() for c in between.group()))
        elif before is not None and _KNOWN_AS_BETWEEN.fullmatch(text, before.span.stop, m.span.start):
            m = replace(m, alias_of=before.span, declared=True)
        out.append(m)
    return out
