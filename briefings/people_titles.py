"""Names after a title: first names the NER misses («пророка Мухаммеда», «апостола
Павла»), a surname written after an office («президента Макрона»), and a monk's name with
his secular surname («архимандрит Филарет (Булеков)»)."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from briefings.model import Span
from briefings.offices import surname_offices
from briefings.people_names import (CYRILLIC, CYRILLIC_WORD, NAME_GRAMMEMES, REGNAL_NUMBER, SURNAME_GENDER_PAIRS,
                                    NameMention, NameToken, fold, name_words)
from briefings.people_nominative import OC_TO_UD_CASE, UD_CASES, nominative, shape

# A monarch's or a noble's titles: a first name alone after one is that one person
# (``titled_first_names``)
RULERS = frozenset(
    "король королева принц принцесса царь царица император императрица князь княгиня княжна "
    "герцог герцогиня граф графиня султан эмир шейх халиф хан фараон".split())
# Titles written before a bare first name that the NER often misses: «пророка Мухаммеда»,
# «апостола Павла», «святого Петра», «короля Карла» (lemmas; ``people_words`` reads them too).
TITLES = RULERS | frozenset(
    "пророк апостол святой святая святитель преподобный архангел евангелист великомученик "
    "имам аятолла мулла патриарх митрополит архиепископ епископ ксендз пастор".split())


def titled_names(tokens: Sequence, vocab, taken: Sequence[Span]) -> list[NameMention]:
    """First names right after a title that the NER missed: «оскорбление пророка Мухаммеда»
    → «Мухаммед». ``tokens`` are the text's tokens (``.text``, ``.start``, ``.stop``);
    ``taken`` the spans the NER already tagged. The word must be capitalized, alone (no
    capitalized word after it) and a first name in the dictionary or not a dictionary word
    at all («папа Римский», «король Испании» give nothing); not after a holiday's word
    («День святого Валентина»), nor a church's or an order's («орденом Святого Георгия»)."""
    out = []
    for i in range(1, len(tokens)):
        word, title = tokens[i], tokens[i - 1]
        if not (word.text[:1].isupper() and word.text[1:].islower() and CYRILLIC.search(word.text)):
            continue
        low = fold(title.text)
        if low[:3] not in _TITLE_PREFIXES:
            continue
        titles = [p for p in vocab.parse(low) if p.normal_form.replace("ё", "е") in TITLES]
        cases = {p.tag.case for p in titles}
        if not cases or any(s.start <= word.start < s.stop for s in taken):
            continue
        if i > 1 and (fold(tokens[i - 2].text) in HOLIDAYS or _DEDICATED.fullmatch(fold(tokens[i - 2].text))):
            continue  # a holiday named after a saint: «в День святого Валентина»; a church or an
            # order: «храм святого Саввы», «орденом Святого Георгия»
        after = tokens[i + 1].text if i + 1 < len(tokens) else ""
        if after[:1].isupper():
            continue
        parses = vocab.parse(fold(word.text))
        named = [p for p in parses if p.is_known and "Name" in p.tag.grammemes and p.tag.case in cases]
        if named:
            name = shape(named[0].normal_form, word.text)
        elif parses and any(p.is_known for p in parses):
            continue
        else:
            case = OC_TO_UD_CASE.get(titles[0].tag.case)
            gender = "Fem" if titles[0].tag.gender == "femn" else "Masc"
            name = nominative(vocab, NameToken(word.text, word.start, word.stop, case, gender, "Sing"))
        out.append(NameMention(name, Span(word.start, word.stop), titled=True))
    return out


_TITLE_PREFIXES = frozenset(t[:3] for t in TITLES)
# the stems of the words for what is dedicated to a saint: a church, an order («храм святого
# Саввы», «орденом Святого Георгия»; ``people_mentions`` reads them before a NER's name too)
DEDICATED_STEMS = "храм|собор|церк|церков|часовн|монастыр|лавр|базилик|капелл|орден|крест"
_DEDICATED = re.compile(rf"(?:{DEDICATED_STEMS})[а-я]*")
# the words of a holiday named after a saint: «в День святого Валентина», «праздник святого Патрика»
HOLIDAYS = frozenset("""день дня дню днем днём дне праздник праздника празднику праздником празднике праздники
    праздников праздникам праздниками праздниках ночь ночи""".split())


WORD_BEFORE = re.compile(rf"({CYRILLIC_WORD.pattern})[ \u00a0]+$")  # the word before a position
# a prelate's or a peer's title, then maybe a first see and «и», before a see's or a
# title's adjective («митрополит Волоколамский», «папы Римского», «Запорожский и
# Мелитопольский Лука», «герцог Йоркский»): a prelate's is never a surname, a prince's may
# be one («князя Вяземского»)
_AND_A_SEE = r"[ \u00a0]+(?:[А-ЯЁ][а-яё]+[ \u00a0]+и[ \u00a0]+)?$"
PRELATE_BEFORE = re.compile(r"(?<![А-ЯЁа-яё])(?:(?:[Ее]пископ|[Аа]рхиепископ|[Мм]итрополит|[Пп]атриарх|[Ээ]кзарх"
                            r"|[Кк]атоликос)(?:а|у|ом|е)?|[Пп]ап(?:а|ы|е|у|ой))" + _AND_A_SEE)
PEER_BEFORE = re.compile(r"(?<![А-ЯЁа-яё])(?:(?:[Гг]ерцог|[Гг]раф)(?:а|у|ом|е)?|[Кк]нязь|[Кк]нязя|[Кк]нязю|[Кк]нязем"
                         r"|[Кк]нязе|[Гг]ерцогин(?:я|и|е|ю|ей)|[Кк]нягин(?:я|и|е|ю|ей)|[Гг]рафин(?:я|и|е|ю|ей))"
                         + _AND_A_SEE)


def after_office(text: str, start: int, vocab, case: str | None) -> bool:
    """The word at ``start``, in the tagger's ``case``, is written after an office
    (``data/offices.yml``) in that case: right after it in the nominative, or after it and
    a capitalized genitive («президент Макрон», «президента Франции Макрона»): a surname in
    apposition to it, even one the dictionary has as a common word («макрон» is a
    diacritic); not a genitive after the office («премьер-министр Сиккима», and so not
    «президента Тойоты», «сенатора Кентукки»: the office's complement as often as its
    holder)."""
    cases = UD_CASES.get(case, set()) if case not in (None, "Nom") else {"nomn"}
    name = CYRILLIC_WORD.match(text, start)
    known = [p for p in vocab.parse(fold(name.group())) if p.is_known] if name else []
    if name is None or known and not any(p.tag.case in cases for p in known):
        return False  # the dictionary reads the word in another case than tagged: «премьер-министр Сиккима»
    if any("anim" in p.tag.grammemes and not NAME_GRAMMEMES & p.tag.grammemes for p in known):
        return False  # a word for a person is another title: «посол Ватикана Нунций»
    pos, offices = start, surname_offices()
    for between in range(2):
        before = WORD_BEFORE.search(text, max(0, pos - 40), pos)
        if before is None:
            return False
        word = before.group(1)
        if word[1:].islower() and any(p.tag.POS == "NOUN" and fold(p.normal_form) in offices and p.tag.case in cases
                                      for p in vocab.parse(fold(word))):
            return bool(between) or cases == {"nomn"}
        if between or not (word[:1].isupper() and any(p.tag.case == "gent" for p in vocab.parse(fold(word)))):
            return False
        pos = before.start()
    return False


# a monarch's or a noble's title, then up to two capitalized words (the realm in the
# genitive: «короля Саудовской Аравии»), right before a name
_RULER_BEFORE = re.compile(r"(?<![А-ЯЁа-яё])([а-яё]+)[ \u00a0]+(?:[А-ЯЁ][а-яё]+[ \u00a0]+){0,2}$")
_NASAB = frozenset({"бен", "бин", "ибн", "бинт"})  # «Тамим бен Хамад»: a ruling house's way of naming


def _after_a_ruler(text: str, start: int, vocab) -> bool:
    """The name at ``start`` follows a monarch's or a noble's title (``RULERS``), maybe with
    the realm between: «царя Петра», «короля Саудовской Аравии Сальмана»."""
    before = _RULER_BEFORE.search(text, max(0, start - 60), start)
    return before is not None and any(p.normal_form.replace("ё", "е") in RULERS for p in vocab.parse(before.group(1)))


def titled_first_names(mentions: Sequence[NameMention], text: str, vocab) -> list[NameMention]:
    """A name of one word after a monarch's or a noble's title («царя Петра», «короля …
    Сальмана», «памятника князю Владимиру») is marked ``titled``: ``merge_people`` then
    joins the word to no full name by its first name («Пётр Порошенко», «Сальман аль-Ауда»,
    «Владимир Путин» are other people), unless a full name of that first name follows
    such a title too, has a regnal number, a father's name after «бен» or an adjective after
    the first name (an epithet, a noble's surname): «король Саудовской Аравии Сальман бен
    Абдель Азиз» … «король Сальман», «шейху Тамиму» … «Тамим бен Хамад Аль Тани», «Елизавета
    II» … «королева Елизавета», «царя Ивана» … «Иван Грозный». (Not a
    saint's title: «преподобного Сергия» is the text's «Сергий Радонежский».)"""
    def regnal(words: list[str]) -> bool:
        return bool(REGNAL_NUMBER.fullmatch(words[1])) or not _NASAB.isdisjoint(map(fold, words)) \
            or len(words) == 2 and any(p.tag.POS == "ADJF" for p in vocab.parse(fold(words[1])))

    words = [name_words(m.name) for m in mentions]
    ruled = {fold(w[0]) for m, w in zip(mentions, words)
             if len(w) > 1 and (regnal(w) or _after_a_ruler(text, m.span.start, vocab))}
    return [replace(m, titled=True) if not m.titled and len(w) == 1
            and fold(m.name) not in ruled and _after_a_ruler(text, m.span.start, vocab) else m
            for m, w in zip(mentions, words)]


def monastic_names(people: Sequence, mentions: Sequence[NameMention], text: str) -> list:
    """``people`` (entities) with a monk named by one name and his secular surname in a
    bracket after it, after a monastic or a prelate's title, named so, as the church writes
    it: «архимандрит Филарет (Булеков)» → «Филарет (Булеков)», «архимандрита Гермогена
    (Орехова)» → «Гермоген (Орехов)»; two monks of one name stay apart by it. (The surname is
    the bracket's own mention, ``aside``, in the nominative but for a man's genitive the
    normalizer read as a woman's.)"""
    secular = {m.alias_of: m.name for m in mentions
               if m.aside and m.alias_of is not None and len(m.name.split()) == 1 and m.name[:1].isupper()}
    out = []
    for person in people:
        names = {secular[span] for span in person.spans if span in secular
                 and _MONASTIC_BEFORE.search(text, max(0, span.start - 40), span.start)}
        if len(person.name.split()) == 1 and len(names) == 1:
            person = replace(person, name=f"{person.name} ({_mans(names.pop())})")
        out.append(person)
    return out


def _mans(surname: str) -> str:
    """A monk's Russian surname in his nominative, where the normalizer read a genitive
    as a woman's nominative: «архимандрита Гермогена (Орехова)» → «Орехов»."""
    for oblique, nominative_ending in _MANS_GENITIVES:
        if fold(surname).endswith(oblique):
            return surname[: -len(oblique)] + nominative_ending
    return surname


# (a man's genitive in «-а» ends as a woman's nominative: «Орехова»)
_MANS_GENITIVES = (("ского", "ский"), ("цкого", "цкий")) \
    + tuple(pair for pair in SURNAME_GENDER_PAIRS if pair[0].endswith("а") and not pair[0].endswith("ая"))


# a monk's or a prelate's title right before his name: «архимандрит», «игумена», «митрополиту»
_MONASTIC_BEFORE = re.compile(r"(?<![А-ЯЁа-яё])(?:[Аа]рхимандрит|[Ии]гумен|[Ии]еромонах|[Ии]еродиакон|[Мм]онах"
                              r"|[Сс]хиигумен|[Сс]химонах|[Ее]пископ|[Аа]рхиепископ|[Мм]итрополит|[Пп]атриарх)"
                              r"(?:а|у|ом|е)?[ \u00a0]+\Z")
