"""Which dictionary words can stand in a person's name.

:func:`is_non_name_word` is a word of the dictionary that is not a name: a title, a role
or a description before a name («Христианка», «Принц», «Восьмидесятилетний»), a verb or
a function word after it («Свергнутый», «За»), or a one-word mention that is no person
(:func:`is_plain_word`: «Кремль», «Президенты», «Авиановости»). :func:`out_of_case` is a
common word next to a name that disagrees with it in case («Байдена Выигрыш»).
:func:`is_word_compound` tells a hyphenated compound of common words («Даунинг-стрит»,
«Премьер-министр») from a double name («Римский-Корсаков»).
"""

from __future__ import annotations

import re

from briefings.offices import surname_offices
from briefings.people_names import CYRILLIC, NAME_GRAMMEMES, fold, is_seniority_word, stem
from briefings.people_titles import TITLES

_FUNCTION_POS = frozenset({"PREP", "CONJ", "PRCL", "INTJ", "NPRO", "ADVB", "PRED", "NUMR"})
_VERBAL_POS = frozenset({"VERB", "INFN", "PRTF", "PRTS", "GRND"})
_INDEFINITE = re.compile(r"\w-(?:то|либо|нибудь|таки)$")  # a pronoun or adverb: «когда-то», «кто-нибудь»
_DESCRIPTIVE_POS = frozenset({"ADJF", "PRTF", "INFN", "GRND", "COMP"})
_PROPER = frozenset({"Geox", "Orgn", "Trad"})  # place, organization, brand names
_HONORIFICS = frozenset("сэр мистер миссис мисс фрау герр синьор синьора сеньор сеньора месье мсье мадам "
                        "господин госпожа леди лорд".split())
_LATIN_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "prof", "sir"})
_CREDIT_WORDS = frozenset({"фото", "видео", "коллаж", "иллюстрация", "источник", "автор"})

_AGED = re.compile(r"летн(?:ий|яя|ее|ие|его|ей|ему|им|ем|юю|их|ими)$")  # «Семидесятилетний»


def is_plain_word(vocab, word: str) -> bool:
    """A word of the dictionary that is not a name, an age («Семидесятилетний») or a
    compound ending in a common noun («Авиановости»): a one-word mention made of it is no
    person."""
    return is_non_name_word(vocab, word, "alone") or _ends_in_noun(vocab, word)


def _ends_in_noun(vocab, word: str) -> bool:
    """A word (not a name) made of a prefix of four letters or more and a common inanimate
    noun of six letters or more: «Авиановости», «Роскомсвободы». Surnames in -ов/-ев look like a
    genitive plural («Добронравов»: «нравов») and do not count."""
    low = fold(word)
    if not CYRILLIC.search(low) or "-" in low \
            or any(p.is_known and NAME_GRAMMEMES & set(p.tag.grammemes) for p in vocab.parse(low)):
        return False  # «Елизавета» is no «Ели» + «завета»
    for cut in range(4, len(low) - 5):
        tail = vocab.parse(low[cut:])
        if tail and all(p.is_known and p.tag.POS == "NOUN" and "inan" in p.tag.grammemes
                        and not (NAME_GRAMMEMES | _PROPER) & set(p.tag.grammemes)
                        and not (p.tag.case == "gent" and p.tag.number == "plur") for p in tail):
            return True
    return False


def is_non_name_word(vocab, word: str, edge: str) -> bool:
    """A dictionary word that is not a name: «Христианка», «Свергнутый», «За»; ``edge``
    is where it stands in the mention: "head", "tail" or "alone"."""
    if edge == "head" and fold(word).rstrip(".") in _LATIN_HONORIFICS:
        return True  # «Dr Betül Sayan Kaya», «Mr Smith»
    if _INDEFINITE.search(fold(word)) and all(p.is_known and p.tag.POS in _FUNCTION_POS for p in vocab.parse(fold(word))):
        return True  # «Когда-то Леонид Юзефович», «Кто-нибудь»
    if not CYRILLIC.search(word) or "-" in word:
        return False
    if edge != "tail" and _AGED.search(fold(word)):
        return True  # «Шестидесятивосьмилетняя Руссефф»: the dictionary may not know it
    parses = vocab.parse(fold(word))
    if not parses or not all(p.is_known for p in parses):
        return False
    if any(NAME_GRAMMEMES & set(p.tag.grammemes) for p in parses):
        return False
    if edge == "alone":
        return True
    if edge == "head" and all(p.tag.POS == "ADJF" and "Poss" in p.tag.grammemes for p in parses):
        return False  # a possessive of a first name is a foreign first name before a name: «Надин Хорхлер»
    if fold(word) in _CREDIT_WORDS or (edge == "head" and fold(word) in _HONORIFICS):
        return True  # «Фото Иван Петров», «Сэр Алекс Фергюсон»
    if all(p.tag.POS in _FUNCTION_POS for p in parses):
        return True
    if len(word) < 4:
        return False  # «Пан Ги Мун», «Ким» stay
    if edge == "tail":
        # a trailing noun or adjective may be a surname that is also a word («Мороз»,
        # «Искусных», «Лидс»): drop only verbs, participles and function words; written with
        # a capital, a gerund, a participle, a verb in the past or the imperative is a
        # surname («Фёдор Смолов», «Павел Сигал», «Арье Дери»), an infinitive or a verb in
        # the present is not («Михаила Везут»)
        if word[:1].isupper():
            return all(p.tag.POS in _FUNCTION_POS or p.tag.POS == "INFN"
                       or p.tag.POS == "VERB" and p.tag.tense in ("pres", "futr") for p in parses)
        return all(p.tag.POS in _FUNCTION_POS or p.tag.POS in _VERBAL_POS for p in parses)
    # before a name: a title, a role or a description of a person («Христианка», «Принц»,
    # «Восьмидесятилетний»), not a thing or a place that is also a first name («Нора»,
    # «Азия», «Серена»: a participle form of «серить»)
    return any(p.tag.POS in _DESCRIPTIVE_POS or (p.tag.POS == "NOUN" and "anim" in p.tag.grammemes)
               for p in parses) or len(word) >= 8  # … or a long word for a thing («Перезахоронение»)


def long_word_only(vocab, word: str) -> bool:
    """``is_non_name_word`` takes ``word`` for no name before a name only for its length: a
    long dictionary noun for a thing or a place, no title, role or description of a person
    («Мартеном» of «с Мартеном Фуркадом», «Фрейзера» of «Фрейзера Кэмпбелла»; not
    «Христианка», «Восьмидесятилетний»)."""
    parses = vocab.parse(fold(word))
    return len(word) >= 8 and bool(parses) and all(p.is_known and p.tag.POS == "NOUN" for p in parses) \
        and not any("anim" in p.tag.grammemes for p in parses)


def is_first_name_in_text(vocab, word: str, following: str) -> bool:
    """A common noun for a person written with a capital inside a sentence right before a
    surname is a first name there, though the dictionary knows it only as a word: «Донна
    Бразил», «Пастор Мальдонадо», «Франка Кесси», «Эмир Кустурица» (the caller tells that it
    stands inside a sentence and that the text never writes it in lower case: «Тренер
    Черчесов» where the text has «тренер»). Not a title or an office written with a capital
    («Сэр Фрэнк», «Папа Бергольо», «Кардинала Мартини», «Президент Путин»), nor a word before
    a first name («Доктор Лиза», «Свердловчанка Михалина Лысова»: a description) or a common
    word («Сыном Судей», «Медведь Русский»: a nickname; so «Росс Перо» is missed: «перо»);
    not an adjective or a participle («Бешеный Пёс»)."""
    if not (word[:1].isupper() and word[1:].islower() and CYRILLIC.search(word)) or "-" in word:
        return False
    parses = [p for p in vocab.parse(fold(word)) if p.is_known]
    if not parses or any(p.tag.POS in _DESCRIPTIVE_POS for p in parses) \
            or any(fold(p.normal_form) in _NOT_FIRST_NAMES | surname_offices() for p in parses):
        return False
    return any(p.tag.POS == "NOUN" and "anim" in p.tag.grammemes for p in parses) \
        and not is_given(vocab, following) and not is_non_name_word(vocab, following, "alone")


# titles, forms of address and ranks written with a capital before a name inside a sentence
# (the titles of ``people_titles`` but those that are foreign first names as often: «Пастор
# Мальдонадо», «Эмир Кустурица»; the other honorifics are in ``_HONORIFICS``)
_CAPITALIZED_TITLES = (TITLES - {"пастор", "эмир"}) | frozenset(fold(word) for word in (
    "папа кардинал раввин баронесса барон дед дедушка бабушка тётя дядя мать отец брат сестра доктор "
    "профессор маэстро мастер генерал адмирал маршал полковник подполковник майор капитан лейтенант "
    "сержант командир").split())
# occupations and roles a headline run into the text may capitalize («Судья Кавано», «Рэпер Тимати»)
_ROLES = frozenset(fold(word) for word in (
    "судья тренер рэпер певец певица актёр актриса режиссёр продюсер журналист писатель поэт художник "
    "композитор музыкант спортсмен футболист хоккеист теннисист боксёр бегун пловец гонщик пилот вратарь "
    "защитник форвард игрок чемпион чемпионка депутат политик бизнесмен миллиардер олигарх блогер учёный врач "
    "адвокат прокурор следователь солдат боевик террорист глава лидер эксперт аналитик дипломат").split())
_NOT_FIRST_NAMES = _HONORIFICS | _CAPITALIZED_TITLES | _ROLES


def out_of_case(vocab, word, neighbour) -> bool:
    """A common word in the nominative next to a name in an oblique case is no part of it:
    the parts of a name agree in case, so «Выигрыш» in «победу Байдена Выигрыш…» (a
    headline run into the text) and «Мир» in «Мир Байдена» are dropped. ``word`` and
    ``neighbour`` are tokens with the tagger's case: the tagger must tag ``neighbour`` in
    the genitive, dative, instrumental or locative and ``word`` otherwise, and every
    dictionary form of ``word`` must be nominative or accusative, one of them nominative
    («Рикарду Са Пинту» stays). Short words («Пан Ги Мун»), names and places («Азии
    Биби») are left alone."""
    if neighbour.case not in ("Gen", "Dat", "Ins", "Loc") or word.case == neighbour.case or len(word.text) < 4 \
            or not is_non_name_word(vocab, word.text, "alone"):
        return False
    parses = vocab.parse(fold(word.text))
    return any(p.tag.case == "nomn" for p in parses) \
        and not any(_PROPER & set(p.tag.grammemes) or p.tag.case not in ("nomn", "accs") for p in parses)


def is_given(vocab, word: str) -> bool:
    return any(p.is_known and "Name" in p.tag.grammemes for p in vocab.parse(fold(word)))


def is_word_compound(vocab, word: str) -> bool:
    """A hyphenated compound of common words, not a double name: «Даунинг-стрит»,
    «Смертник-талиб», «Экс-вице-президент», «Республиканцы-выборщики», «Позор-то»,
    «Когда-то», «Нет-нет» (but «Римский-Корсаков», «Немирович-Данченко», «Буш-младший»,
    «Азия-Биби», «Франк-Вальтер» are names).
    The first part is a dictionary noun that is not a name (nor a place: «Азия-Биби»); or
    a part after the hyphen is written in lower case and is a dictionary word of four
    letters or more (not «младший»/«старший», not a particle: «Саиф-ул-Мулук»); or the
    first part is a dictionary word of no name and no noun and the others are such words
    in lower case («Когда-то»); or the first part is no first name and a
    later one is a thing («Даунинг-Стрит»; not «Жан-Батист»)."""
    parts = [p for p in word.split("-") if p]
    if len(parts) < 2 or not CYRILLIC.search(word):
        return False

    def common(part: str, nouns_only: bool) -> bool:
        parses = vocab.parse(fold(part))
        if not parses or not all(p.is_known for p in parses) \
                or any((NAME_GRAMMEMES | _PROPER) & set(p.tag.grammemes) for p in parses):
            return False
        return not nouns_only or all(p.tag.POS == "NOUN" for p in parses)

    if common(parts[0], nouns_only=True) and not (
            all(p[:1].isupper() for p in parts)
            and any(q.is_known and NAME_GRAMMEMES & set(q.tag.grammemes) for p in parts[1:] for q in vocab.parse(fold(p)))):
        return True  # (not a double first name whose first part is a word too: «Франк-Вальтер»)
    if any(p[:1].islower() and len(p) > 3 and not is_seniority_word(p)
           and common(p, nouns_only=False) for p in parts[1:]):  # «Саиф-ул-Мулук» stays
        return True
    if common(parts[0], nouns_only=False) and all(p.islower() and common(p, nouns_only=False) for p in parts[1:]) \
            and not any(q.tag.POS == "NOUN" for q in vocab.parse(fold(parts[0]))):
        return True  # a word of no name before a short one: «Когда-то», «Нет-нет»
    if any(p.is_known and NAME_GRAMMEMES & set(p.tag.grammemes) for p in vocab.parse(fold(parts[0]))):
        return False  # «Жан-Батист», «Анна-Мария»
    # «Даунинг-Стрит»: a thing, not a second surname
    return any(len(p) > 3 and common(p, nouns_only=True)
               and all("inan" in q.tag.grammemes for q in vocab.parse(fold(p))) for p in parts[1:])



def common_noun_only_at_starts(vocab, word: str, text: str, inside: frozenset[str]) -> bool:
    """A first name that is also a common noun («Вера», «Роман», «Надежда»), capitalized
    only where a sentence starts (``inside``: the stems the text capitalizes inside a
    sentence, ``places.names_inside_sentences``) and written in lower case elsewhere as
    that noun: the noun, no person («Вера требует сильных чувств» … «вера в чудо»)."""
    low = fold(word)
    if stem(word) in inside or not any(p.tag.POS == "NOUN" and p.is_known and not NAME_GRAMMEMES & p.tag.grammemes
                                       and p.normal_form == low for p in vocab.parse(low)):
        return False
    return any(any(p.normal_form == low for p in vocab.parse(m.group()))
               for m in re.finditer(r"(?<![\w-])" + re.escape(low[:3]) + r"[а-яё]*", text))
