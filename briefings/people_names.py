"""Name mentions and the parts of a name: the data types, and the keys names are compared by.

* :class:`NameToken` is a word of an NER span with the morph tagger's features;
  :class:`NameMention` a clean nominative name with where it stands in the text.
* :func:`fold` (lowercase, ё→е) compares name parts; :func:`stem` also drops the case
  ending («Обамы», «Обамой» → «обам») and particles («аль-Завахири»), so that forms the
  normalizer missed still meet; :func:`surname_of` and :func:`name_order` find the surname
  among a name's parts («Т. Мэй», «Кораблёв Глеб Вячеславович»).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Sequence

import yaml

from briefings.model import Span

NAME_GRAMMEMES = frozenset({"Surn", "Name", "Patr"})


@dataclass(frozen=True, slots=True)
class NameMention:
    name: str  # normalized (nominative) form, e.g. "Ильхам Алиев", "Т. Мэй" or "Алиев"
    span: Span
    plural: bool = False  # a family: «братья Сафаровы»
    patronymic: bool = False  # a first name and a patronymic, no surname: «Мария Николаевна»
    parts: tuple[Span, ...] = ()  # where each word of ``name`` is in the text, when known
    titled: bool = False  # after a title or office («пророка Мухаммеда», «президента Макрона»): a name for sure
    alias_of: Span | None = None  # another name of the person named there: «Асия Биби (Норин)»
    aside: bool = False  # in brackets inside the NER span of that name: no mention on its own
    declared: bool = False  # written as another name: «(настоящее имя Тидзуо Мацумото)», «урождённая»


@dataclass(frozen=True, slots=True)
class NameToken:
    """A token of a PER span with the morph tagger's features (UD names: Nom, Masc, Sing)."""

    text: str
    start: int
    stop: int
    case: str | None = None
    gender: str | None = None
    number: str | None = None


def fold(word: str) -> str:
    """Comparison key of a name part: lowercase, ё→е."""
    return word.lower().replace("ё", "е")


def with_yo(word: str, original: str) -> str:
    """Put back the «ё» the dictionary forms drop (the inverse of :func:`fold` on a form
    made from ``original``): «Огонёк» stays «Огонёк», «Звонарёвой» gives «звонарёва»."""
    for i, char in enumerate(original.lower()):
        if char == "ё" and word[i:i + 1] == "е" and word[:i] == original[:i].lower():
            word = word[:i] + "ё" + word[i + 1:]
    return word


def _spelling(word: str) -> str:
    """Merge key of a name part: also э→е, so that transliteration variants of one
    foreign name («Мэй»/«Мей», «Дэвис»/«Девис») are one person."""
    return re.sub("[’‘ʼ`]", "'", fold(word).replace("э", "е"))  # «О’Рурк», «О'Рурк»


def name_words(name: str) -> list[str]:
    return [t for t in name.replace("\u00a0", " ").split() if t]


def is_initial(part: str) -> bool:
    """«В.», «В.В.», and «Дж.», the initial of «Джордж», «Джон», «Джеймс»."""
    return bool(re.fullmatch(r"(?:\w\.|Дж\.)+", part))


def surname_of(parts: Sequence[str]) -> str | None:
    """The surname among a name's parts: the last part that is not initials
    («Т. Мэй», «Гаврилова А.В.»); None for initials only."""
    return next((p for p in reversed(parts) if not is_initial(p)), None)


CYRILLIC = re.compile("[а-яё]", re.IGNORECASE)
CYRILLIC_WORD = re.compile(r"[А-ЯЁа-яё]+(?:-[А-ЯЁа-яё]+)*")  # a Cyrillic word, maybe hyphenated: «Беэр-Шеве»
VOWELS = set("аеёиоуыэюя")
SENIORITY = re.compile(r"-(?:младш|старш)(?:ий|ая|его|ему|им|ем|ей|ую|ею|ой)$", re.IGNORECASE)  # not «-Старшинов»
SENIOR_NOM = {"младш": "младший", "старш": "старший"}


def is_seniority_word(word: str) -> bool:
    """«младший», «старшему», «младшей»: a word that tells a father from a son."""
    return bool(SENIORITY.search("-" + fold(word)))


def seniority(name: str) -> str:
    """«младш» or «старш» when a name's surname says which of a father and son it is
    («Джордж Буш-младший», «Бушу-старшему»), "" otherwise."""
    found = SENIORITY.search(fold(name))
    return found.group()[1:6] if found else ""
PATRONYMIC = re.compile(r"(?:[оеё]вич|[оеё]вна|ьич|ична|инична|ич)$")
# an adjective's ending, in any case (lower case): «швейцарский», «Азиатского», «новыми»
ADJECTIVE_ENDING = re.compile(r"(?:[ыио]й|[ая]я|[ое]е|[ыи]е|[ое]го|[ое]му|[ыи]м|[ое]м|[ую]ю|[ыи]х|[ыи]ми)$")
# the endings of a Russian man's surname in the nominative («Иванов», «Пушкин», «Соловьёв»)
MANS_SURNAME = ("ов", "ев", "ёв", "ин", "ын")
# the endings of a Russian woman's surname in the nominative (folded; also a man's genitive: «Иванова»)
FEMININE_SURNAME = ("ова", "ева", "ина", "ына", "ская", "цкая")
# a woman's surname ending in the nominative and the man's it pairs with (folded: «ё» is «е»)
SURNAME_GENDER_PAIRS = (("ова", "ов"), ("ева", "ев"), ("ина", "ин"), ("ына", "ын"), ("ская", "ский"), ("цкая", "цкий"))
# a word in a consonant and «-а», as a man's genitive ends (folded): «Хосепа», «Ратерфорда»
MANS_GENITIVE_IN_A = re.compile(r"[бвгджзклмнпрстфхцчшщ]а$")
# … or in «-я» too: «Балхузена», «Игоря»
MANS_GENITIVE = re.compile(r"[бвгджзклмнпрстфхцчшщ][ая]$")
REGNAL_NUMBER = re.compile(r"[IVXL]+")  # a monarch's number after a name: «Бодуэн I», «Василий II» (fullmatch)

_CASE_ENDINGS = sorted(
    "ами ями ого его ому ему ыми ими ой ей ом ем ым им ых их ую юю ая яя ий ый ах ях ам ям а я у ю е ы и ь й".split(),
    key=len, reverse=True)


_PARTICLES = frozenset("аль ал эль ас ад аш ат ан ар аз уль ибн бин бен абу ди де да дю ла ле фон ван".split())


def stem(word: str) -> str:
    """A name part without its case ending: «Обамы», «Обамой» → «обам»; «Алиева» → «алиев»."""
    w = SENIORITY.sub("", _spelling(word))
    if "-" in w.strip("-"):
        parts = w.split("-")
        while len(parts) > 1 and parts[0] in _PARTICLES:
            parts = parts[1:]  # «аль-Завахири» is «Завахири»
        return "-".join(stem(part) for part in parts)  # «Азию-Биби», «Азии-Биби»
    for ending in _CASE_ENDINGS:
        if w.endswith(ending) and len(w) - len(ending) >= 3:
            return w[: -len(ending)]
    return w


@lru_cache(maxsize=1)
def _first_name_forms() -> dict[str, tuple[str, ...]]:
    """Short form of a first name, folded → its full forms, the first listed first
    (``data/people.yml``)."""
    source = resources.files("briefings").joinpath("data/people.yml")
    table = yaml.safe_load(source.read_text(encoding="utf-8"))["first_name_forms"]
    forms: dict[str, tuple[str, ...]] = {}
    for full, shorts in table.items():
        for short in shorts:
            forms[fold(short)] = forms.get(fold(short), ()) + (full,)
    return forms


def full_first_name(word: str) -> str:
    """The full form of a first name written short: «Паша» → «Павел», «Таня» → «Татьяна»,
    «Дэн» → «Даниэль», «Женя» → «Евгений» (the first of ``data/people.yml``); any other
    word as it is."""
    return full_first_names(word)[0]


def full_first_names(word: str) -> tuple[str, ...]:
    """Every full form of a first name written short, a man's and a woman's: «Женя» →
    «Евгений», «Евгения»; ``(word,)`` for any other word."""
    return _first_name_forms().get(fold(word), (word,))


def family_name_first(parts: Sequence[str]) -> bool:
    """A name whose middle words are syllables of three letters or fewer («Мун Чжэ Ин»,
    «Ким Чен Ын», «Пан Ги Мун»): an East Asian name, its first word the family name."""
    return len(parts) >= 3 and all(len(p) <= 3 and p[:1].isupper() and not is_initial(p) for p in parts[1:-1])


def name_order(parts: list[str]) -> list[str]:
    """A list-style name, surname first, in the order of the other forms for merging:
    «Кораблёв Глеб Вячеславович» → «Глеб Вячеславович Кораблёв» (the name shown stays
    as written)."""
    if len(parts) == 3 and not any(is_initial(p) for p in parts) \
            and PATRONYMIC.search(fold(parts[2])) and not PATRONYMIC.search(fold(parts[1])):
        return [parts[1], parts[2], parts[0]]
    return parts

