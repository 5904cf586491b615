"""One entry per person from the name mentions of one text.

«Ильхамом Алиевым», «Алиев», «Алиева» → «Ильхам Алиев». Two names the NER ran together
are split first («говорил Собянин Путину»). Surnames are compared by their stem without
case endings, so a form the normalizer missed still merges, and spellings one letter
apart are one person («Тереза Май», «Баррет»); «Т. Мэй» joins «Тереза Мэй», «Ди Майо»
«Луиджи Ди Майо»; surname-only and first-name-only mentions, a family in the plural
(«Скрипали»), a first name with a patronymic («Виктор Фёдорович») and a first name and
surname run together by a hyphen («Азию-Биби») join the person they belong to; another
name given in brackets joins the person it follows, without naming it («Асия Биби
(Норин)»). Two people who share a surname stay two: a father and his son («Дональд Трамп»,
«Дональд Трамп-младший»), two first names under one initial («Джордж Буш», «Джэб Буш»;
not a short form, «Паша»/«Павел», or a spelling, «Хилари»/«Хиллари»), a woman and a man
(«Антон», «Антонина Шипулина»; but one stem is one name: «Асия», «Асий Биби»).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import replace
from typing import Callable, Iterable, Sequence

from briefings.model import Entity, Span
from briefings.people_scripts import scripts_joined, skeleton
from briefings.people_names import (
    CYRILLIC,
    FEMININE_SURNAME,
    MANS_GENITIVE_IN_A,
    MANS_SURNAME,
    PATRONYMIC,
    REGNAL_NUMBER,
    SENIORITY,
    SURNAME_GENDER_PAIRS,
    VOWELS,
    NameMention,
    family_name_first,
    fold,
    full_first_name,
    full_first_names,
    is_initial,
    name_order,
    name_words,
    seniority,
    stem,
    surname_of,
)
from briefings.unions import Unions

# a full name's merge key: its first name's initial, its surname's stem, and what tells
# apart two people of the same initial and surname: «младш» or «старш» (else ""), and the
# first name (folded) when two first names share the rest (else "")
Key = tuple[str, str, str, str]


def _surname_key(name: str) -> str:
    """The stem of a name's surname; in a list-style name the first word («Кораблёв Глеб
    Вячеславович»), not the patronymic."""
    parts = name_order(name_words(name))
    return stem(surname_of(parts) or parts[-1])


def _has_surname(parts: Sequence[str]) -> bool:
    """A full name: two parts or more, one of them a surname, not only a first name and
    initials after it… («Т. Мэй», «Тереза Мэй», «Гаврилова А.В.»)."""
    return len(parts) >= 2 and surname_of(parts) is not None


def _split_glued(mentions: list[NameMention], is_given_name: Callable[[str], bool]) -> list[NameMention]:
    """Two people the NER ran together («говорил Собянин Путину», «Мэй Джонсон») become two
    mentions: a name splits where both halves end in a surname that other mentions of
    the text use as a surname (the first one in a full name: «Сергей Собянин»; the second
    may instead be a full name itself: «Асии Биби Саиф уль-Малук»), the
    second half starts with a capital and the first is not a lone first name
    (``is_given_name``: «Александр Жуков» stays whole next to an «Аарон Александр»), unless
    the second half is written as the surname of another full name too («с Зарифом Могерини»
    of a text that names «Мохаммад Джавад Зариф» and «Федерика Могерини»; not «Александр
    Ковин» next to «Дарья Ковина», of his family)."""
    full_surnames: Counter[str] = Counter()
    surnames: Counter[str] = Counter()
    written_surnames: dict[str, set[str]] = defaultdict(set)  # surname as written → the full names
    for m in mentions:
        if m.patronymic:
            continue
        parts = name_words(m.name)
        key = _surname_key(m.name)
        surnames[key] += 1
        if _has_surname(parts) and not is_initial(parts[-1]):
            full_surnames[key] += 1
            written_surnames[fold(parts[-1])].add(fold(m.name))
    out = []
    for m in mentions:
        parts = name_words(m.name)
        if len(parts) < 2 or len(m.parts) != len(parts) or m.patronymic:
            out.append(m)
            continue
        own = _surname_key(m.name)
        for k in range(len(parts) - 1, 0, -1):
            left, right = parts[:k], parts[k:]
            key_left, key_right = stem(left[-1]), stem(right[-1])
            if is_initial(left[-1]) or is_initial(right[-1]) or not right[0][:1].isupper() \
                    or PATRONYMIC.search(fold(right[-1])) \
                    or (len(left) == 1 and is_given_name(left[0])
                        and not written_surnames[fold(right[-1])] - {fold(m.name)}) \
                    or _of_syllables(m.name):
                continue  # (an East Asian name of syllables is one: «Ким Чен Ын» next to «Евгений Ким»)
            # (a short first word is an East Asian family name: «Пак Кын Хе» stays whole)
            right_known = surnames[key_right] - (key_right == own) >= 1 or (len(right) >= 2 and len(left[-1]) > 3)
            if full_surnames[key_left] - (key_left == own) >= 1 and right_known:
                out.append(NameMention(" ".join(left), Span(m.span.start, m.parts[k - 1].stop), parts=m.parts[:k]))
                out.append(NameMention(" ".join(right), Span(m.parts[k].start, m.span.stop), parts=m.parts[k:]))
                break
        else:
            out.append(m)
    return out


def _non_names_cut(mentions: list[NameMention], is_person_word: Callable[[str], bool],
                   is_given_name: Callable[[str], bool]) -> list[NameMention]:
    """A surname of a person of the text followed by a word that cannot be a name (a place,
    a common word) is that person's surname: «выиграет ли Байден Мичиган», «победу Байдена
    Сотни американцев» next to «Джо Байден». Not after a first name or a short surname
    («Серена Уильямс», «Ли Лу»: the first word is no surname there), nor after a word the
    text writes alone only: a foreign first name the dictionary does not know («Фелипе
    Масса» … «Фелипе»: «Масса» is the surname)."""
    surnames = Counter(stem(name_order(name_words(m.name))[-1]) for m in mentions
                       if not m.patronymic and len(name_words(m.name)) > 1)
    out = []
    for m in mentions:
        parts = name_words(m.name)
        if len(parts) == 2 and len(m.parts) == 2 and not m.patronymic and len(parts[0]) >= 4 \
                and surnames[stem(parts[0])] and not is_given_name(parts[0]) and not is_person_word(parts[1]):
            m = replace(m, name=parts[0], span=m.parts[0], parts=(m.parts[0],))
        out.append(m)
    return out


def _initial_surnames_joined(full: dict[Key, list[NameMention]]) -> dict[Key, list[NameMention]]:
    """A first name and the initial of a surname («Махидин М.», as the French press names a
    suspect) joins the text's one person of that first name whose surname has that initial
    («Махидин Мерабе»). (Read as a surname and a first initial, as «Гаврилова А.», its key
    is the initial and the first name's stem.)"""
    out: dict[Key, list[NameMention]] = defaultdict(list, full)
    for key, group in full.items():
        if not all(len(name_words(m.name)) == 2 and is_initial(name_words(m.name)[1]) for m in group):
            continue
        owners = [k for k, g in out.items() if k != key and k[1].startswith(key[0])
                  and any(stem(name_order(name_words(m.name))[0]) == key[1] for m in g)]
        if len(owners) == 1:
            out[owners[0]] = out[owners[0]] + out.pop(key)
    return out


def _regnal_names_joined(full: dict[Key, list[NameMention]]) -> dict[Key, list[NameMention]]:
    """A first name and a regnal number is the one person named by them and an epithet:
    «Василий II» … «Василий II Болгаробойца» (not with two such: «Иван IV Грозный» and
    «Иван IV Васильевич» leave «Иван IV» alone)."""
    def start(m: NameMention) -> tuple[str, ...]:
        return tuple(stem(w) for w in name_words(m.name)[:2])

    out = defaultdict(list, full)
    for key, group in full.items():
        words = {tuple(name_words(m.name)) for m in group}
        if len(words) != 1 or len(next(iter(words))) != 2 or not REGNAL_NUMBER.fullmatch(next(iter(words))[1]):
            continue
        longer = [k for k, g in out.items() if k != key and any(
            len(name_words(m.name)) > 2 and start(m) == start(group[0]) for m in g)]
        if len(longer) == 1:
            out[longer[0]] = out[longer[0]] + out.pop(key)
    return out


def _first_name(parts: Sequence[str]) -> str:
    """The first name of a full name, or its initial: the first part, but after the
    surname the first initial («Симоньян М. С.» is an «М.»)."""
    return parts[0] if is_initial(parts[0]) or not is_initial(parts[-1]) else next(p for p in parts if is_initial(p))


def _first_names_apart(full: dict[Key, list[NameMention]]) -> dict[Key, list[NameMention]]:
    """Two first names under one initial and surname are two people («Джордж Буш» and
    «Джэб Буш», «Антон» and «Антонина Шипулина»), unless
    they are one name (:func:`same_first_name`: «Джо» and «Джозеф Байден», «Паша» and
    «Павел Дацюк», «Хилари» and «Хиллари») or one is a middle word of the other
    («Кастросин Верду» is «Клаудия Кастросин Верду»). The most frequent first name comes
    first; a short or initial one («Дж. Буш») goes to the person named most."""
    out: dict[Key, list[NameMention]] = {}
    for key, group in full.items():
        firsts: dict[str, list[NameMention]] = defaultdict(list)
        for m in group:
            first = _first_name(name_order(name_words(m.name)))
            short = is_initial(first) or first.endswith(".") or len(first) < 3  # «Т.», «Дж.», «Дж»
            firsts["" if short else fold(full_first_name(first))].append(m)
        people: list[tuple[set[str], list[NameMention]]] = []  # (first names, mentions) of each person
        for first, named in sorted(((f, g) for f, g in firsts.items() if f), key=lambda fg: -len(fg[1])):
            same = next((p for p in people if any(same_first_name(first, other) for other in p[0])
                         or any(_in_middle(other, named) for other in p[0]) or _in_middle(first, p[1])), None)
            if same:
                same[0].add(first)
                same[1].extend(named)
            else:
                people.append(({first}, list(named)))
        if len(people) <= 1:
            out[key] = group
            continue
        people.sort(key=lambda p: -len(p[1]))
        people[0][1].extend(firsts.get("", []))
        for names, named in people:
            out[(key[0], key[1], key[2], min(names))] = sorted(named, key=lambda m: m.span.start)
    return out


def _middle_names_joined(full: dict[Key, list[NameMention]]) -> dict[Key, list[NameMention]]:
    """A first name and a surname whose first name is the middle word of the text's one name
    of three words of that surname are that person: «Харви Освальд» is «Ли Харви Освальд»
    (keyed by another initial, so :func:`_first_names_apart` does not see the two together;
    not two names run together: «Марина Косарева Родриго Дутерте», nor three words of a
    person the text also names by two: «сын Кэтрин Жермен Джексон» next to «Кэтрин Джексон»;
    the three words written twice at least: once, they are as often an owner's genitive or a
    title the NER ran into the name, «Соперник Мора Даг Джонс», «Пилотесса Люсиль Сиприано»)."""
    out = dict(full)
    for key, group in full.items():
        firsts = {stem(name_words(m.name)[0]) for m in group}
        if len(firsts) != 1 or any(len(name_words(m.name)) != 2 for m in group):
            continue
        longer = [k for k in out if k != key and k[1:3] == key[1:3] and k[0] != key[0]
                  and len(out[k]) >= 2 and all(len(name_words(m.name)) == 3 for m in out[k])
                  and _in_middle(name_words(group[0].name)[0], out[k])]
        if len(longer) == 1:
            out[longer[0]] = sorted(out[longer[0]] + out.pop(key), key=lambda m: m.span.start)
    return out


def _short_forms_joined(full: dict[Key, list[NameMention]]) -> dict[Key, list[NameMention]]:
    """A short form of another initial joins its full form: «Саша Грей» is «Александр
    Грей», «Билл» «Уильям Клинтон» (``data/people.yml``); the person named more keeps the key."""
    def firsts(group: list[NameMention]) -> set[str]:
        return {fold(full_first_name(_first_name(name_order(name_words(m.name))))) for m in group}

    out: dict[Key, list[NameMention]] = {}
    named: dict[Key, set[str]] = {}  # the full first names of each person of ``out``
    for key, group in sorted(full.items(), key=lambda kv: -len(kv[1])):
        own = firsts(group)
        same = next((k for k in out if k[1] == key[1] and k[0] != key[0] and k[2] == key[2] and named[k] & own), None)
        if same:
            out[same] = sorted(out[same] + group, key=lambda m: m.span.start)
            named[same] |= own
        else:
            out[key], named[key] = list(group), own
    return out


def _russian_diminutive(words: Sequence[str]) -> bool:
    """A name whose first word is a Russian diminutive of a first name: «Лёша», «Маша»,
    «Ваня» (a short form in «-а», «-я» of ``data/people.yml``; not «Билл», «Джо», «Дэнни»)."""
    return len(words) > 1 and fold(words[0]).endswith(("а", "я")) \
        and fold(full_first_name(words[0])) != fold(words[0])


def _in_middle(first: str, group: list[NameMention]) -> bool:
    """Some name of ``group`` has the first name ``first`` between its first and last word."""
    return any(stem(first) in map(stem, name_words(m.name)[1:-1]) for m in group)


def same_first_name(a: str, b: str) -> bool:
    """Two first names (folded, short forms made full) are one: the same or a letter apart
    but for a case ending («Граса», «Грасой»; «Бриджит», «Брижит») or a gender ending
    («Евгения», «Евгений»; «Азия», «Асий»: the normalizer turns one into the other, so a
    man and a woman of such names are not told apart); or, not a woman's and a man's
    name, the same consonants («Хилари», «Хиллари»; «Мохаммед», «Мухаммед») or one the
    start of the other («Джо», «Джозеф»; not «Антон», «Антонина»). «Джордж» and «Джэб»,
    «Вера» and «Валерий», «Мария» and «Марина» are two."""
    if _vowel_inside_added(a, b):
        return False  # «Марин», «Марион»; «Дина», «Диана»
    for x, y in ((stem(a), stem(b)), (_GENDER_ENDING.sub("", a), _GENDER_ENDING.sub("", b))):
        if x == y or min(len(x), len(y)) >= 2 and _one_edit(x, y) and not (x.startswith(y) or y.startswith(x)):
            return True  # (a letter added at the end is another name: «Мария», «Марина»; «Ивана», «Иванка»)
    if first_name_sex(a) and first_name_sex(b) and first_name_sex(a) != first_name_sex(b):
        return False
    shorter, longer = sorted((a, b), key=len)
    sounds = skeleton(a)
    return len(sounds) >= 2 and sounds == skeleton(b) or len(shorter) >= 3 and longer.startswith(shorter)


def _vowel_inside_added(a: str, b: str) -> bool:
    """One of two first names is the other with a vowel added inside, after another vowel: two
    names («Марин», «Марион»; «Дина», «Диана»; «Джон», «Джоан»), but for «э», «е», «у», ways
    to write one sound («Сэмюел», «Сэмюэл»; «Майкл», «Майкел»; «Николас», «Николаус»)."""
    shorter, longer = sorted((a, b), key=len)
    if len(longer) != len(shorter) + 1:
        return False
    i = next((k for k, (x, y) in enumerate(zip(shorter, longer)) if x != y), len(shorter))
    return 0 < i < len(shorter) and longer[i] in _OTHER_VOWELS and longer[i - 1] in VOWELS \
        and longer[:i] + longer[i + 1:] == shorter


_OTHER_VOWELS = frozenset("аоиыяю")
_GENDER_ENDING = re.compile("(?:ий|ия|ей|ея|ая|а|я|й|ь)$")  # «Евгений», «Евгения»; «Асий», «Асия»


def first_name_sex(first: str) -> str:
    """"F" for a first name in «-а», «-я» («Ивана», «Мария»), "M" for one in a consonant,
    «-й», «-ь» («Иван», «Юрий»), "" otherwise («Джо», «Малгожаты»)."""
    last = first[-1:]
    return "F" if last in ("а", "я") else "M" if last and last not in VOWELS else ""


def _one_edit(a: str, b: str) -> bool:
    """``a`` and ``b`` differ by one letter replaced, added or dropped."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = next((k for k, (x, y) in enumerate(zip(a, b)) if x != y), len(a))
    return a[i + (len(a) == len(b)):] == b[i + 1:]


def _variants_merged(full: dict[Key, list[NameMention]]) -> dict[Key, list[NameMention]]:
    """Spellings of one name in one text are one person: «Тереза Май» and «Тереза Мэй»,
    «Хорст Зеехофер» and «Хорст Зеерхофер»: the same first name and surnames one letter
    apart (surnames of four letters or more, or a vowel for a vowel)."""
    def firsts(group: list[NameMention]) -> set[str]:
        return {stem(p[0]) for p in (name_order(name_words(m.name)) for m in group) if not is_initial(p[0])}

    out: dict[Key, list[NameMention]] = defaultdict(list)
    for key, group in sorted(full.items(), key=lambda kv: -len(kv[1])):
        same = next((k for k in out if k[0] == key[0] and k[2] == key[2] and _one_edit(k[1], key[1])
                     and firsts(out[k]) & firsts(group)
                     and (min(len(k[1]), len(key[1])) >= 4 or _vowel_swap(k[1], key[1]))), None)
        out[same or key].extend(group)
    return out


def _surnames_first_turned(mentions: list[NameMention], is_given_name: Callable[[str], bool]) -> list[NameMention]:
    """A name of two words written surname first, list-style, where the text writes it first
    name first too, in that order: «спортсменки Мартыновой Яны» … «Яну Мартынову» → «Яна
    Мартынова» (the first name is the one the dictionary knows as a first name, the surname
    not, and has a Russian surname's ending: not «Сухел Хасан» … «Хасан Сухел», «Биби Айша» …
    «Айша Биби», whose order the text does not tell)."""
    pairs = {tuple(map(stem, name_words(m.name))) for m in mentions
             if len(name_words(m.name)) == 2 and not m.patronymic}
    out = []
    for m in mentions:
        words = name_words(m.name)
        if len(words) == 2 and len(m.parts) == 2 and not (m.patronymic or m.plural) \
                and (stem(words[1]), stem(words[0])) in pairs and is_given_name(words[1]) \
                and not is_given_name(words[0]) and fold(words[0]).endswith(_RUSSIAN_SURNAME):
            m = replace(m, name=f"{words[1]} {words[0]}", parts=(m.parts[1], m.parts[0]))
        out.append(m)
    return out


_RUSSIAN_SURNAME = MANS_SURNAME + FEMININE_SURNAME + ("ский", "цкий", "ой", "ий", "ых", "их")


# first words of a surname in two words: «Ле Дриан», «Ди Майо», «Аль Тани», «Бен Али»
def _sons_named(mentions: list[NameMention]) -> list[NameMention]:
    """«Бен Сальман» (a sentence's first words) is the text's one «Мухаммед бен Сальман»."""
    full: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        if _fathers_name_last(m.name):
            full[fold(" ".join(name_words(m.name)[-2:]))].add(m.name)
    return [replace(m, name=next(iter(full[fold(m.name)])))
            if len(name_words(m.name)) == 2 and len(full.get(fold(m.name), ())) == 1 else m for m in mentions]


def _named_by_father(group: list[NameMention]) -> bool:
    """Every full name of a person ends in his father's name: «Мухаммед бен Сальман»."""
    full = [m.name for m in group if len(name_words(m.name)) > 1]
    return bool(full) and all(map(_fathers_name_last, full))


def _fathers_name_last(name: str) -> bool:
    """A name whose last word is a father's name after «бен», «ибн» in lower case: «Мухаммед
    бен Сальман» (not «Мэтт Деймон Бен Аффлек», two names run together)."""
    words = name_words(name)
    return len(words) >= 3 and words[-2] in _SON_OF


_SON_OF = frozenset("бен бин ибн".split())
_SURNAME_PARTICLES = frozenset("ле ла ди де да дель делла дос душ дас даш ду дю ван фон дер ден аус цу тер аль эль "
                               "ибн бен бин абу".split())
_ARABIC_ARTICLES = frozenset({"аль", "эль", "абу", "ибн"})  # the dictionary's «Аль» (Пачино) is a first name


# a surname joined to its Arabic article: «ад-Дам», «аль-Багдади»
_ARTICLE_JOINED = re.compile(r"(?i)(?:[аэ]ль|[аэ][рсштдзн])-")


def _tails_merged(full: dict[Key, list[NameMention]],
                  is_given_name: Callable[[str], bool]) -> dict[Key, list[NameMention]]:
    """A surname of two words (or three, two particles first), written alone, is the one
    person whose full name ends in it: «Ле Дриан» is «Жан-Ив Ле Дриан», «Ди Майо» «Луиджи
    Ди Майо», «Аль Тани» «Тамим бен Хамад Аль Тани», «Ван дер Берг» «Ян ван дер Берг», «Бен
    Али» «Зин аль-Абидин Бен Али» (a particle that is a first name too, before another), a
    surname, a particle and a surname «Марчелло Феррада де Ноли», a word and a surname
    joined to its Arabic article («Каддаф ад-Дам» is «Ахмед Каддаф ад-Дам»); and
    a Korean given name of two syllables is the person of the three («Юн Гын» … «У Юн Гын»). Only after a particle that is no first name (an Arabic article is
    none): a first name and a surname («Родриго Дутерте», «Бен Аффлек») are no
    part of another name the NER ran into theirs («Марина Косарева Родриго Дутерте»); and
    only one such person: «Аль Тани» stays itself next to two full names ending in it."""
    def words(m: NameMention) -> tuple[str, ...]:
        return tuple(stem(w) for w in name_words(m.name))

    def ends(shorter: NameMention, longer: NameMention) -> bool:
        particle, *more = name_words(shorter.name)[:-1]
        n = len(words(shorter))
        return (n == 2 or n == 3 and fold(more[0]) in _SURNAME_PARTICLES) and (
            fold(particle) in _SURNAME_PARTICLES and (fold(particle) in _ARABIC_ARTICLES or not is_given_name(particle)
                                                      or n == 2 and is_given_name(name_words(shorter.name)[-1]))
            or n == 2 and _of_syllables(longer.name) or n == 3 and not is_given_name(particle)
            or n == 2 and _ARTICLE_JOINED.match(name_words(shorter.name)[-1]) and not is_given_name(particle)) \
            and len(words(longer)) > n and words(longer)[-n:] == words(shorter)

    out: dict[Key, list[NameMention]] = defaultdict(list)
    for key, group in sorted(full.items(), key=lambda kv: -max(len(words(m)) for m in kv[1])):
        longer = [k for k in out if k[1] == key[1] and all(any(ends(m, x) for x in out[k]) for m in group)]
        out[longer[0] if len(longer) == 1 else key].extend(group)
    return out


def _of_syllables(name: str) -> bool:
    """A Korean name: three syllables of one to four letters («У Юн Гын», «Мун Чжэ Ин»)."""
    return re.fullmatch(r"[А-ЯЁ][а-яё]{0,3}(?: [А-ЯЁ][а-яё]{0,3}){2}", name) is not None


def _undoubled(word: str) -> str:
    """A word with each doubled letter written once: «хиллар» → «хилар»."""
    return re.sub(r"(.)\1", r"\1", word)


def _vowel_swap(a: str, b: str) -> bool:
    return len(a) == len(b) and all(x == y or (x in VOWELS and y in VOWELS) for x, y in zip(a, b))


def _listed_together(a: NameMention, b: NameMention, comma_only: bool = False) -> bool:
    """Two names side by side in a list, two people: «Михаил Агранович и Михаил Хасая»
    (at most « и » or «, » between them; ``comma_only``, two characters: not a name after
    a slash or a dash, «Вильям Генрихович/Рудольф Иванович»)."""
    first, second = sorted((a.span, b.span))
    gap = second.start - first.stop
    return gap == 2 if comma_only else 0 < gap <= 3


def merge_people(
    mentions: Iterable[NameMention],
    is_person_word: Callable[[str], bool] = lambda word: True,
    is_given_name: Callable[[str], bool] = lambda word: False,
    is_written: Callable[[str], bool] = lambda word: True,
    is_unknown: Callable[[str], bool] = lambda word: False,
) -> list[Entity]:
    """One ``Entity`` per person, ordered by mentions (then first appearance).

    ``is_person_word(word)`` tells whether a single capitalized word can be a
    person's name at all (a morphology check: «Кремль», «Президенты» cannot); it is
    only asked about one-word mentions that no full name in the text explains;
    ``is_given_name(word)`` whether a word is a first name (a dictionary check), so that
    two names run together are told from one; ``is_written(word)`` whether the text writes
    a word as such (not only a normalizer's form of it: «Роналд» made of «Роналду»);
    ``is_unknown(word)`` whether the dictionary does not know a word at all.
    """
    mentions = _surnames_first_turned(
        _sons_named(_non_names_cut(_split_glued(list(mentions), is_given_name), is_person_word, is_given_name)),
        is_given_name)
    full: dict[Key, list[NameMention]] = defaultdict(list)
    for m in mentions:
        parts = name_order(name_words(m.name))
        if _has_surname(parts) and not m.patronymic:
            # the first name's initial: «Т. Мэй»; after the surname, the first initial
            # («Симоньян М. С.» is an «М.»); a father and his son are two people
            full[(fold(_first_name(parts))[:1], stem(surname_of(parts) or parts[-1]), seniority(m.name), "")].append(m)
    full = _tails_merged(_variants_merged(_short_forms_joined(_middle_names_joined(_first_names_apart(full)))),
                         is_given_name)
    full = _regnal_names_joined(_initial_surnames_joined(full))

    # a word also written alone is a surname: «Михаил Агранович» … «Агранович» (before the
    # surnames are listed, so that the word alone joins it: «Александр Касперович» … «Касперович»)
    alone = {stem(m.name) for m in mentions if len(name_words(m.name)) == 1}
    for m in mentions:
        parts = name_words(m.name)
        if m.patronymic and stem(parts[-1]) in alone:
            full[(fold(parts[0])[:1], stem(parts[-1]), "", "")].append(m)

    by_surname: dict[str, list[Key]] = defaultdict(list)
    by_first: dict[str, list[Key]] = defaultdict(list)
    for key, group in full.items():
        by_surname[key[1]].append(key)
        for m in group:
            parts = name_order(name_words(m.name))
            if stem(surname_of(parts) or parts[-1]) != key[1]:
                by_surname[stem(surname_of(parts) or parts[-1])].append(key)  # a spelling variant
            if not (is_initial(parts[0]) or is_initial(parts[-1])):
                by_first[stem(parts[0])].append(key)

    persons: dict[Key, list[NameMention]] = {k: list(v) for k, v in full.items()}
    singles: dict[tuple[str, bool, str], list[NameMention]] = defaultdict(list)
    for m in mentions:
        parts = name_words(m.name)
        if m.patronymic and stem(parts[-1]) not in alone:
            # «Владимир Владимирович» joins «Владимир Владимирович Путин»; «Олег
            # Аронович» stays apart from an «Олег Иванов» (another person as often as not)
            same_first = list(dict.fromkeys(by_first.get(stem(parts[0]), [])))
            owners = [k for k in same_first
                      if any(stem(parts[1]) in {stem(p) for p in name_order(name_words(x.name))[1:-1]}
                             for x in persons[k])]
            if not owners and len(same_first) == 1 and not any(_listed_together(m, x) for x in persons[same_first[0]]) \
                    and not any(_listed_together(m, x, comma_only=True) for x in mentions
                                if x is not m and len(name_words(x.name)) > 1):
                owners = same_first  # (not a name listed with it, «Михаил Агранович и Михаил Хасая», nor
                # one in a list of full names: «Алексей Агранович, Кирилл Преображенский и Анна Наумова»)
            if len(owners) == 1:
                persons[owners[0]].append(m)
            else:
                persons.setdefault((fold(parts[0])[:1], stem(parts[-1]), "", ""), []).append(m)
            continue
        if len(parts) != 1:
            continue
        word, senior = stem(parts[0]), seniority(parts[0])
        owners = list(dict.fromkeys(by_surname.get(word, [])))  # «Скрипали» join «Сергей Скрипаль»
        # (not a father's name after «бен»: «король Сальман» is no «Мухаммед бен Сальман»)
        owners = [k for k in owners if not _named_by_father(persons[k])]
        # «Бушу-младшему» is not «Джордж Буш» (nor is «Лукашенко-младший» the «Александр
        # Лукашенко» named most: as often his son); «Трамп» is «Дональд Трамп» before
        # «Дональд Трамп-младший»
        owners = [k for k in owners if k[2] == senior] if senior else [k for k in owners if not k[2]] or owners
        if not owners and not m.plural and m.titled:  # «президент Мун» is «Мун Чжэ Ин»: his family name first
            owners = [k for k in dict.fromkeys(by_first.get(word, []))
                      if any(family_name_first(name_words(x.name)) for x in persons[k])]
        elif not owners and not m.plural:
            # (a first name with «-младший» is the son's: «Дональду-младшему» is no «Дональд Трамп»)
            owners = [k for k in dict.fromkeys(by_first.get(word, [])) if k[2] == senior]
            if not owners:  # «Хиллари» … «Хилари Клинтон»: a first name spelled with a letter doubled
                doubled = [k for first, keys in by_first.items() if _undoubled(first) == _undoubled(word)
                           for k in keys]
                owners = doubled if len(set(doubled)) == 1 else []
        if not owners and not m.plural and len(word) >= 5:
            # «Баррет» joins «Майкл Дэвид Баретт» (not a woman's first name a man's surname:
            # «Марина» is no «Мартин»; «Байдана», a misprint, is «Джо Байден»)
            womans = is_given_name(parts[0]) and fold(parts[0]).endswith(("а", "я"))
            owners = [k for surname, keys in by_surname.items() if len(surname) >= 5 and _one_edit(surname, word)
                      for k in dict.fromkeys(keys)
                      if not (womans and not fold(persons[k][0].name).endswith(("а", "я")))]
        if not owners and not m.plural and len(parts[0]) >= 5:
            # a surname the normalizer left in an oblique case: «Бострома» is «Ник Бостром»
            low = fold(parts[0])
            owners = [k for k in persons if any(
                low[: -len(ending)] == fold(name_order(name_words(x.name))[-1])
                for x in persons[k] if len(name_words(x.name)) > 1 for ending in _OBLIQUE if low.endswith(ending))]
        if not owners and not m.plural and "-" in parts[0].strip("-"):
            # a first name and a surname run together by a hyphen: «Азию-Биби» is «Асия Биби»
            first, last = parts[0].split("-", 1)
            if first[:1].isupper() and last[:1].isupper():
                named = [k for k in persons if k[:3] == (fold(first)[:1], stem(last), senior)]
                owners = [k for k in named if not k[3] or same_first_name(k[3], fold(full_first_name(first)))] \
                    or (named if len(named) == 1 else [])
        mans = _mans_form(parts[0])
        if mans and not is_written(parts[0]) and not is_given_name(parts[0]):
            # a woman's surname the text writes only out of the nominative («замены Тарасовой»)
            # is no man's genitive: not «Володя Тарасов»
            owners = [k for k in owners
                      if not all(fold(name_order(name_words(x.name))[-1]) == mans for x in persons[k])]
        if owners:
            best = max(owners, key=lambda k: (len(persons[k]), -persons[k][0].span.start))
            persons[best].append(m)
        else:
            singles[(word, m.plural, senior)].append(m)
    for key in list(singles):  # «Женя» (and «Жени» the normalizer left so) is the text's one «Евгений Плющенко»
        full_firsts = next((full_first_names(m.name) for m in singles[key] if full_first_name(m.name) != m.name), None)
        if full_firsts is None or key[1] or key[2] or any(m.titled for m in singles[key]):
            continue  # (not «Коль», whose stem is that of «Коля»: a short form written as such)
        # (or «Евгения Медведева»: «Женя» is a woman's too)
        owners = list(dict.fromkeys(k for full in full_firsts for k in by_first.get(stem(full), [])))
        if len(owners) == 1:
            persons[owners[0]].extend(singles.pop(key))
    # a first name alone, after the one person named by it and a patronymic only, is that
    # person, when no one is named by it and a surname: «Святослав Игоревич» … «Святослав»
    # (not before: «царь Николай был в Костроме, Николай Михайлович – тоже великий князь»)
    by_patronymic: dict[str, list[Key]] = defaultdict(list)
    for key, group in persons.items():
        if key not in full:
            for first in {stem(name_words(m.name)[0]) for m in group if m.patronymic}:
                by_patronymic[first].append(key)
    for key in list(singles):
        owners = by_patronymic.get(key[0], [])
        if not (key[1] or key[2] or by_first.get(key[0])) and len(owners) == 1 \
                and min(m.span.start for m in singles[key]) > min(m.span.start for m in persons[owners[0]]):
            persons[owners[0]].extend(singles.pop(key))
    marked: dict[tuple[str, bool], list[tuple[str, bool, str]]] = defaultdict(list)
    for single in singles:
        if single[2]:
            marked[single[:2]].append(single)
    for (word, plural), keys in marked.items():
        # «Буш-младший … победил все-таки Буш»: the one of them the text names
        if len(keys) == 1 and (word, plural, "") in singles:
            singles[keys[0]].extend(singles.pop((word, plural, "")))

    groups = list(persons.values()) + list(singles.values())
    people = set(range(len(persons))) | {len(persons) + i for i, g in enumerate(singles.values())
                                         if is_person_word(g[0].name)}
    entities = [_entity(sum((groups[j] for j in joined), []), groups[i], is_written, is_unknown)
                for i, joined in _aliases_joined(groups, people).items()
                if people.intersection(joined) and not all(m.aside for j in joined for m in groups[j])]
    entities = scripts_joined(entities)  # «Maria Sharapova» (a tweet's signature) is «Мария Шарапова»
    entities.sort(key=lambda e: (-e.mentions, e.spans[0].start))
    return entities


def _mans_form(surname: str) -> str | None:
    """The man's form of a woman's surname in the nominative («Тарасова» → «тарасов»,
    «Лукашевская» → «лукашевский», folded); None for another word."""
    low = fold(surname)
    for womans, mans in SURNAME_GENDER_PAIRS:
        if low.endswith(womans) and len(low) > len(womans) + 1:
            return low[: -len(womans)] + mans
    return None


def _aliases_joined(groups: list[list[NameMention]], people: set[int]) -> dict[int, list[int]]:
    """The groups of one person under another name joined to the group of the name they
    follow («Асия Биби (Норин)», «Пеле (настоящее имя Эдсон Арантис ду Насименту)»), with
    the other mentions of that name («Азия Норин» later on), when that name can be a
    person's (``people``: the indices of such groups): group index → the indices joined
    into it."""
    where = {m.span: i for i, g in enumerate(groups) for m in g}
    keys = [{_surname_key(m.name) for m in g} for g in groups]
    unions: Unions[int] = Unions(range(len(groups)))
    root = unions.find

    for i, group in enumerate(groups):
        for m in group:
            if m.alias_of is None or m.alias_of not in where or root(where[m.alias_of]) == root(i) or i not in people:
                continue
            target = root(where[m.alias_of])
            if len(name_words(m.name)) > 1 and all(len(name_words(x.name)) == 1 for x in groups[target]):
                continue  # a stage name and the real name («Басте (Василий Вакуленко)») stay two entries
            if _someone_else(m, groups[target]):
                continue  # an actor after the character, a team after the driver: not the person
            firsts = {fold(x.name)[:1] for x in groups[target] + group if len(name_words(x.name)) > 1}
            for j, other in enumerate(groups):
                same = j == i or (_surname_key(m.name) in keys[j] and root(j) != target
                                  and all(len(name_words(x.name)) == 1 or fold(x.name)[:1] in firsts for x in other))
                if same:
                    unions.join(target, j)
    joined: dict[int, list[int]] = {}
    for i in range(len(groups)):
        joined.setdefault(root(i), []).append(i)
    return joined


def _someone_else(alias: NameMention, named: list[NameMention]) -> bool:
    """A full name in brackets after a full name is no other name of that person when it
    shares neither the surname nor the first name with it («Кэтрин Грэм (Мэрил Стрип)»: the
    actor of a character), or, in Latin letters, spells neither its surname nor the first
    letter of its first name («Кевин Глисон (West Coast Racing)»: his team; not «Брендт
    Кристенсен (Brendt Christensen)»); a name of one word in brackets still is («Асия Биби
    (Норин)»), and so is one the text declares («Сёко Асахара (настоящее имя Тидзуо
    Мацумото)»; undeclared, a real name splits: «Абу Адам (Свен Лау)»)."""
    words = name_words(alias.name)
    full = [name_words(x.name) for x in named if len(name_words(x.name)) > 1]
    if len(words) < 2 or not full or alias.declared:
        return False
    if not CYRILLIC.search(alias.name):  # (a transliteration may spell the surname otherwise: «Christensen»)
        return not any(skeleton(words[-1]) == skeleton(parts[-1]) or skeleton(words[0])[:1] == skeleton(parts[0])[:1]
                       for parts in full)
    return not any(_surname_key(alias.name) == _surname_key(" ".join(parts)) or stem(words[0]) == stem(parts[0])
                   for parts in full)  # (the first name in any case: «Асия Биби (Асии Норин)»)


def _entity(group: list[NameMention], shown: list[NameMention] | None = None,
            is_written: Callable[[str], bool] = lambda word: True,
            is_unknown: Callable[[str], bool] = lambda word: False) -> Entity:
    """The entity of a person's mentions, named by the fullest form among ``shown`` (the
    mentions of the name the text uses, not of another name given in brackets)."""
    spans = tuple(sorted(m.span for m in group))
    # the fullest form: most words (initials count less), a surname rather than a
    # patronymic («Юрий Григорович», not «Юрий Николаевич»), fewer initials («Илья Михальчук»
    # over «Михальчук И. Ф.»), in the usual order, a first name not in an oblique case
    # («Ангела Меркель» over «Ангелу Меркель», a form the normalizer could not tell with a
    # surname that does not decline), then the most frequent spelling, then a first name
    # not a Russian diminutive («Алексей Березуцкий» over «Лёша Березуцкий», as often; but
    # «Билл Гейтс», «Джо Байден» are the names these people go by), then the surname
    # the text writes alone most («Джо Байден» and «Байден» over «Джо Байдн», the normalizer's
    # form of «Джо Байдну»), then first seen
    counts: Counter[str] = Counter(m.name for m in (shown or group))
    # (the surnames written alone and as such: no normalizer's form, neither «Ярова» of
    # «Яровой» next to «Ирина Яровая» nor «Макдэвид» of «Макдэвидом» next to «Коннору Макдэвиду»)
    surnames: Counter[str] = Counter(fold(m.name) for m in group if len(name_words(m.name)) == 1 and is_written(m.name))

    def fullness(n: str) -> int:
        parts = name_words(n)
        return min(sum(1 if is_initial(p) else 2 for p in parts), 6)

    alone = {stem(m.name) for m in group if len(name_words(m.name)) == 1}
    first_and_patronymic = {m.name for m in group if m.patronymic and stem(name_words(m.name)[-1]) not in alone}

    def rank(n: str) -> tuple:
        words = name_words(n)
        return (fullness(n), n not in first_and_patronymic, bool(SENIORITY.search(n)), -sum(map(is_initial, words)),
                name_order(words) == words,
                not oblique_twin(words, counts) and not _written_twin(words, counts, is_written), counts[n],
                not _russian_diminutive(words),  # «Алексей», not «Лёша»
                surnames[fold(name_order(words)[-1])] if len(words) > 1 else 0, -_first(shown or group, n))

    name = _stressed_surname(_surname_as_written(max(counts, key=rank), counts, is_written, is_unknown),
                             counts, is_written)
    name = _middle_as_written(name, [m.name for m in group], is_written)
    ordered = name_order(name_words(name))
    if ordered != name_words(name) and any(name_words(n)[0] == ordered[0] and len(name_words(n)) > 1 for n in counts):
        name = " ".join(ordered)  # «Грызлов Борис Вячеславович» and «Борис Грызлов» in one text
    return Entity(kind="people", name=name, mentions=len(group), spans=spans)


def _middle_as_written(name: str, names: Iterable[str], is_written: Callable[[str], bool]) -> str:
    """A middle word of a name the normalizer cut to a stem, where the text writes it alone
    with its «-а», «-я»: «Луиса Инасиу Лула да Силвы» … «Лула» → «Луис Инасиу Лула да Силва»
    (had been «… Лул да Силва»)."""
    words = name_words(name)
    alone = {fold(n): n for n in names if len(name_words(n)) == 1 and is_written(n)}
    for word in words[1:-1]:
        written = alone.get(fold(word) + "а") or alone.get(fold(word) + "я")
        if written and not is_written(word):
            name = re.sub(rf"(?<![\w-]){re.escape(word)}(?![\w-])", written, name, count=1)
    return name


def oblique_twin(words: Sequence[str], names: Iterable[str]) -> bool:
    """The first name of ``words`` is an oblique case of another form's first name with the
    same rest among ``names``: «Дафну» of «Дафна», «Ангелу» of «Ангела», «Андреем» of
    «Андрей» (an ending the normalizer left where the surname does not decline)."""
    if len(words) < 2:
        return False
    others = [name_words(n) for n in names]
    return any(len(other) == len(words) and other[1:] == list(words[1:])
               and _oblique_of(fold(words[0]), fold(other[0]), _OBLIQUE_FIRST_NAME) for other in others)


def _written_twin(words: Sequence[str], names: Iterable[str], is_written: Callable[[str], bool]) -> bool:
    """``words`` are an oblique case of another form among ``names`` that the text writes
    word for word (not a form of the normalizer: «Роналда» of «Роналду», «Фелипа»): the
    first name («Серене» of «Серена», «Аной» of «Ана», «Элисе» of «Элиса»), and the surname
    too when it differs («Юлия Кима» of «Юлий Ким»; a man's genitive first name only so, and
    not before a Russian woman's surname: «Александра Степанова» is her nominative too)."""
    if len(words) < 2:
        return False
    folded = [fold(w) for w in words]
    for name in names:
        written = name_words(name)
        other = [fold(w) for w in written]
        if len(other) != len(folded) or other == folded or not all(map(is_written, written)):
            continue
        first = _OBLIQUE_FIRST_NAME + _MORE_OBLIQUE_FIRST_NAME
        if folded[1:] != other[1:] and not folded[-1].endswith(FEMININE_SURNAME):
            first += _MANS_OBLIQUE_FIRST_NAME
        if all(a == b or _oblique_of(a, b, first if k == 0 else _OBLIQUE_SURNAME)
               for k, (a, b) in enumerate(zip(folded, other))):
            return True
    return False


def _oblique_of(word: str, nominative: str, endings: Sequence[tuple[str, tuple[str, ...]]]) -> bool:
    return any(word.endswith(ending) and len(word) > len(ending) + 1 and word[: -len(ending)] + nom == nominative
               for ending, nominatives in endings for nom in nominatives)


# endings of a first name out of the nominative and the nominative endings they come from
# («Дафну» ← «Дафна», «Марией» ← «Мария», «Андреем» ← «Андрей»)
# (not «-а», «-я», «-е», «-и», «-ой», «-у» after a consonant: a nominative too, «Ивана», «Асия»,
# «Фелипе», «Гаяне», «Натали», «Миливой», «Криштиану»)
_OBLIQUE_FIRST_NAME = (("ей", ("я",)), ("у", ("а",)), ("ю", ("я",)), ("ом", ("",)), ("ем", ("й", "ь")), ("ы", ("а",)))
# … those too against a nominative the text writes («Аной» ← «Ана», «Серене» ← «Серена»)
_MORE_OBLIQUE_FIRST_NAME = (("ой", ("а",)), ("е", ("а", "я")), ("и", ("я",)), ("ю", ("й", "ь")))
# … and a man's genitive or locative first name («Юлия» ← «Юлий», «Иване» ← «Иван»)
_MANS_OBLIQUE_FIRST_NAME = (("а", ("",)), ("я", ("й", "ь")), ("е", ("", "ь")))
# and of a surname («Кима» ← «Ким», «Вавринку» ← «Вавринка», «Алиевым» ← «Алиев»)
_OBLIQUE_SURNAME = (("а", ("",)), ("у", ("", "а")), ("ю", ("я", "ь")), ("ом", ("",)), ("ем", ("", "ь")),
                    ("ым", ("",)), ("е", ("", "а", "я")), ("ы", ("а",)), ("и", ("я",)), ("ой", ("а", "ая")),
                    ("ей", ("я",)))


_MANS_DATIVE_IN_U = re.compile(r"[бвгджзклмнпрстфхцчшщ]у$")  # «Кирану», «Итану» (not «Жоау»)

# endings a man's surname takes out of the nominative («Митчеллу», «Бобровым», «Симатовиче»)
_OBLIQUE = ("ом", "ем", "ым", "у", "е", "ю", "а", "ы")
_ADJECTIVE = ("ая", "яя", "ий", "ый", "ой", "ей")  # «Радваньская», «Мудрый»: not a surname in «-а»


def _surname_as_written(name: str, written: Iterable[str], is_written: Callable[[str], bool],
                        is_unknown: Callable[[str], bool] = lambda word: False) -> str:
    """A man's full name the morph tagger left oblique («Евгений Боброва», «Бутроса Харба»,
    «Нико Хюлькенбергу») when the text also writes the surname without that ending
    («Бобров», «Харб», «Хюлькенберг»): the surname as written there. Both are forms the text
    itself writes (``is_written``; not the normalizer's «Роналд» made of «Роналду»). A first
    name with the same ending loses it only when the text writes it without («Бутрос»); the
    name is left as it is when its first name then ends like a woman's or an oblique one
    («Анна Петрова», «Анну Петрову», «Илье Яшину», «Итану Митчеллу» next to a «Петров»,
    «Яшин», «Митчелл»; but a first name in a consonant and «-а» that the dictionary does not
    know (``is_unknown``), next to a surname in «-а», is a man's genitive too: «Ратерфорда Хейса» … «Хейс» →
    «Ратерфорд Хейс»). A man's surname in «-а» or «-я» the normalizer left in a woman's
    declension («Артём Дзюбе») is the one the text writes with that ending («Дзюба»), and a
    surname made of an oblique form that drops a vowel is the one the text writes with it
    («Олега Знарка» … «Знарок» → «Олег Знарок»), and a woman's surname the normalizer made a
    noun's of an adjective's oblique form is the adjective the text writes («Ирины Яровой» …
    «Яровая» → «Ирина Яровая», not «Ирина Ярова»)."""
    words = name_words(name)
    if len(words) < 2 or any(map(is_initial, words)) or name_order(words) != words \
            or words[-1].endswith(_ADJECTIVE):
        return name
    seen = {w for n in written for w in name_words(n) if is_written(w)}
    for ending in _OBLIQUE:
        base = words[-1][: -len(ending)]
        if not (words[-1].endswith(ending) and len(base) >= 3 and base in seen):
            continue
        others = [w[: -len(ending)] if w.endswith(ending) and w[: -len(ending)] in seen else w for w in words[:-1]]
        if ending == "а" and len(others) == 1 and MANS_GENITIVE_IN_A.search(fold(others[0])) and is_unknown(others[0]):
            others = [others[0][:-1]]  # «Ратерфорда Хейса»: a man's genitive in both words
        if ending == "у" and len(others) == 1 and _MANS_DATIVE_IN_U.search(fold(others[0])) \
                and not fold(base).endswith(MANS_SURNAME):
            # a foreign surname in a consonant declines only as a man's: «Кирану Довеллу» …
            # «Довелл» is his dative in both words (not «Анну Петрову» … «Петров»: hers)
            others = [others[0][:-1]]
        if fold(others[0])[-1:] in _NOT_A_MANS_NOMINATIVE:
            return name
        return " ".join(others + [base])
    for ending, nominative in _OBLIQUE_IN_A:
        base = words[-1][: -len(ending)]
        if words[-1].endswith(ending) and len(base) >= 3 and base + nominative in seen \
                and fold(words[0])[-1:] not in _NOT_A_MANS_NOMINATIVE:
            return " ".join(words[:-1] + [base + nominative])  # «Артём Дзюбе» … «Дзюба»
    last = words[-1]
    if last.endswith("а") and not is_written(last) and last[:-1] + "ая" in seen:
        return " ".join(words[:-1] + [last[:-1] + "ая"])  # «Ирины Яровой» … «Яровая» → «Ирина Яровая»
    for vowel in "оеё":  # a vowel the oblique cases drop: «Олега Знарка» … «Знарок», «Кравца» … «Кравец»
        fleeting = last[:-1] + vowel + last[-1]
        if len(last) >= 4 and fold(last[-1]) not in VOWELS and fleeting in seen and not is_written(last) \
                and fold(words[0])[-1:] not in _NOT_A_MANS_NOMINATIVE:
            return " ".join(words[:-1] + [fleeting])
    return name


def _stressed_surname(name: str, written: Iterable[str], is_written: Callable[[str], bool]) -> str:
    """A man's surname the normalizer made «-ский», «-цкий» of an oblique form, written by
    the text in «-ской», «-цкой» and nowhere in a woman's «-ская»: the text's «Рудской» («Сергея
    Рудского» … «генерал Рудской» → «Сергей Рудской»)."""
    words = name_words(name)
    if len(words) < 2 or not words[-1].endswith(("ский", "цкий")) or fold(words[0])[-1:] in _NOT_A_MANS_NOMINATIVE:
        return name
    seen = {w for n in written for w in name_words(n) if is_written(w)}
    base = words[-1][:-2]
    return " ".join([*words[:-1], base + "ой"]) if base + "ой" in seen and not is_written(base + "ая") else name


# endings a man's surname in «-а», «-я» takes out of the nominative, as a woman's noun does
# («Артёму Дзюбе», «Артёма Дзюбы»; not «-у»: «Итану Митчеллу» is no «Митчелла»; an
# adjective's ending is left as it is: «Луговой»)
_OBLIQUE_IN_A = (("е", "а"), ("ы", "а"), ("е", "я"), ("и", "я"), ("ю", "я"))


# how a first name may not end in a man's nominative: a woman's («Анна»), an oblique case
# («Анну», «Илье», «Дмитрию», «Итану»)
_NOT_A_MANS_NOMINATIVE = ("а", "я", "у", "ю", "е", "ы", "и")


def _first(group: list[NameMention], name: str) -> int:
    return min(m.span.start for m in group if m.name == name)
