"""One person written in two alphabets: «Maria Sharapova» (a tweet's signature) is the
«Мария Шарапова» of the text, «Donald J. Trump» its «Дональд Трамп».

Names are compared by a consonant skeleton of their Latin spelling: Cyrillic is
transliterated («х» as «h»), spellings that sound alike meet («ck», «q» and «c» before a
hard vowel are «k», «j» is «dzh»; «w» goes with the vowels: «Snowden» is «Сноуден»), then
vowels, a silent «h» after a vowel and doubled letters go. A Latin-script person joins a
Cyrillic one when their surnames have the same skeleton and their first names start
alike; the Cyrillic name stays the one shown. Only one candidate may match, else nothing
is joined.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache
from typing import Iterable, Sequence

from briefings.model import Entity, Span
from briefings.people_names import fold

_TRANSLIT = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                     ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r",
                      "s", "t", "u", "f", "h", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"]))
# letters NFKD does not take to a Latin one, or takes to the wrong sound: «Çavuşoğlu»,
# «Šarapova», «Wałęsa», «Łukaszenka»
_HACEK = {"š": "sh", "ş": "sh", "ś": "sh", "č": "ch", "ç": "ch", "ć": "ch", "ž": "zh", "ź": "zh", "ż": "zh",
          "ł": "l", "đ": "d", "þ": "th", "ß": "ss"}
_LATIN_WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ɏ][A-Za-zÀ-ÖØ-öø-ɏ'’-]*")  # with diacritics: «François», «Müller»
_SOUNDS = [("sch", "sh"), ("tch", "ch"), ("ck", "k"), ("ph", "f"), ("q", "k"), ("x", "ks"), ("j", "dzh"),
           ("c(?=[eiy])", "s"), ("c(?!h)", "k"), ("w", "")]


@lru_cache(maxsize=1 << 16)  # the site index keys every name: first names and surnames repeat
def skeleton(word: str) -> str:
    """The consonants of a name part as they sound, in Latin letters: «Трамп» and «Trump»
    → «trmp», «Шарапова» and «Sharapova» → «shrpv», «Маккейн» and «McCain» → «mkn»."""
    low = word.lower().replace("’", "").replace("'", "")
    latin = "".join(_TRANSLIT.get(c, _HACEK.get(c, c)) for c in low)
    latin = "".join(c for c in unicodedata.normalize("NFKD", latin) if not unicodedata.combining(c))  # «ü» is «u»
    for pattern, sound in _SOUNDS:
        latin = re.sub(pattern, sound, latin)
    latin = re.sub(r"(?<=[aeiouy])h|[^a-z]", "", latin)  # a silent h: «Graham», «Sarah»
    latin = re.sub(r"[aeiouy]", "", latin)
    return re.sub(r"(.)\1+", r"\1", latin)


def _is_latin(name: str) -> bool:
    return bool(name) and all(_LATIN_WORD.fullmatch(w) or re.fullmatch(r"[A-Z]\.", w) for w in name.split())


def _parts(name: str) -> tuple[str, str]:
    """First name and surname of a full name (the words around the initials)."""
    words = [w for w in name.split() if not re.fullmatch(r"\w\.", w)]
    return (words[0], words[-1]) if len(words) >= 2 else ("", "")


def _key(name: str) -> tuple[str, str] | None:
    """The first name's first sound and the surname's skeleton (a French «J» is a «Ж»:
    «Jacques Plante» and «Жак Плант» meet, as do «John» and «Джон»)."""
    first, last = _parts(name)
    return (skeleton(first).replace("dzh", "zh")[:1], skeleton(last)) if last and skeleton(last) else None


def latin_owners(names: Iterable[str]) -> dict[str, str]:
    """Full names in Latin letters (folded) → the one Cyrillic full name among ``names``
    each spells (for the site-wide index: a briefing may have only «Maria Sharapova»)."""
    names = set(names)
    cyrillic: dict[tuple[str, str], set[str]] = {}
    for name in names:
        key = _key(name)
        if key and not _is_latin(name):
            cyrillic.setdefault(key, set()).add(name)
    out = {}
    for name in names:
        key = _key(name)
        if key and _is_latin(name) and len(cyrillic.get(key, ())) == 1:
            out[fold(name)] = next(iter(cyrillic[key]))
    return out


def scripts_joined(people: Sequence[Entity]) -> list[Entity]:
    """``people`` with each Latin-script person joined to the one Cyrillic person of the
    same name (see the module doc); order kept, mentions and spans added up."""
    cyrillic: dict[tuple[str, str], list[int]] = {}
    for n, person in enumerate(people):
        key = _key(person.name)
        if key and not _is_latin(person.name):
            cyrillic.setdefault(key, []).append(n)
    into: dict[int, int] = {}
    for n, person in enumerate(people):
        key = _key(person.name)
        if key and _is_latin(person.name) and len(cyrillic.get(key, ())) == 1:
            into[n] = cyrillic[key][0]
    if not into:
        return list(people)
    out = []
    for n, person in enumerate(people):
        if n in into:
            continue
        joined = [people[k] for k, target in into.items() if target == n]
        if joined:
            spans = tuple(sorted(person.spans + tuple(s for j in joined for s in j.spans)))
            person = Entity(kind=person.kind, name=person.name, mentions=person.mentions + sum(j.mentions for j in joined),
                            code=person.code, country=person.country, spans=spans)
        out.append(person)
    return out


def latin_spellings(words: Iterable[str], names: Iterable[str]) -> frozenset[str]:
    """The skeletons of one-word names in Latin letters the text gives an organization or
    a place («Pfizer»), three consonants or more, that no full name of a person ends in:
    a one-word person of that skeleton («от Пфайзера») is that organization, not a
    person; «Zobnin» stays a person's next to «Романа Зобнина»."""
    taken = {skeleton(name.split()[-1]) for name in names if " " in name.strip()}
    return frozenset(k for k in (skeleton(w) for w in words if _LATIN_ONE_WORD.fullmatch(w))
                     if len(k) >= 3 and k not in taken)


_LATIN_ONE_WORD = re.compile(r"[A-Za-z][A-Za-z-]+")


_PREPOSITION_BEFORE = re.compile(r"(?<![\w-])(?:[Вв]о?|[Ии]з|[Оо]т|[Уу]|[Сс]о?|[Дд]ля|[Нн]а|[Кк]о?|[Пп]ри|[Оо]б?)[ \u00a0]+\Z")
_GLOSS_BETWEEN = re.compile(r"[ \u00a0]*\([ \u00a0]*(?:[а-яё]{2,6}\.[ \u00a0]*)?[«\"“]?")


def latin_glosses(people: Iterable[tuple[str, Span]], others: Iterable[tuple[str, Span]], text: str) -> frozenset[Span]:
    """The spans of ``others`` (organizations the NER saw) that are the Latin spelling of
    a person of the text: the one named right before, in brackets («сэр Дональд Синден
    (англ. «Donald Sinden»)» is no organization «Donald Sinden»), or a first name and a
    surname of the one person so named in Cyrillic («Evgeni Malkin» of a text on «Евгений
    Малкин», «Jacques Plante» of one on «Жак Плант»; not after a preposition, a brand
    named after its founder: «Кельвин Кляйн ушёл из Calvin Klein»)."""
    people = list(people)
    keys = {p.stop: _key(name) for name, p in people if not _is_latin(name)}
    named = Counter(_key(name) for name in {name for name, _ in people if not _is_latin(name) and " " in name})
    out = set()
    for name, span in others:
        if not _is_latin(name):
            continue
        stop = next((s for s in keys if s <= span.start and _GLOSS_BETWEEN.fullmatch(text, s, span.start)), None)
        if stop is not None and keys[stop] is not None and keys[stop] == _key(name) \
                or len(name.split()) == 2 and _key(name) is not None and named[_key(name)] == 1 \
                and not _PREPOSITION_BEFORE.search(text, max(0, span.start - 5), span.start):
            out.add(span)
    return frozenset(out)
