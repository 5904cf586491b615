"""One person site-wide under two Russian spellings of a foreign name.

Foreign names have no one Russian spelling: «Хиллари» and «Хилари Клинтон», «Эммануэль»
and «Эмманюэль Макрон» (12 and 6 briefings of the NG/RT corpus), «Вальттери» and
«Валттери Боттас», «Джеймс Мэттис» and «Маттис», «Мун Чжэ Ин» and «Мун Чже Ин».
:func:`spelling_owners` joins full names whose every word is spelled alike: equal once
the letters a transliteration wavers between are one (э and е, ю and у, я and а, й and
и, ы and и; ь and ъ nothing; a double letter single), or, next to an «э», one vowel
another («Мэттис», «Маттис»). Russian surnames a vowel tells apart stay two
(«Шерин» and «Шорин», «Лунёв» and «Леонов», «Григорьев» and «Григоров»), and so do
monarchs' numbers («Александр II», «Александр III»). The page takes the spelling in most
briefings (of as many, the shortest: «Маттео Сальвинии» is a typo).
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Callable, Mapping

from briefings.people_names import fold
from briefings.unions import Unions

_WAVERING = str.maketrans({"ё": "е", "э": "е", "ю": "у", "я": "а", "й": "и", "ы": "и", "ь": None, "ъ": None})
_VOWELS = frozenset("аеиоу")
_ROMAN = re.compile(r"[IVXLC]+")
_VOWEL = re.compile("[аеиоу]")


def spelling_key(word: str) -> str:
    """A name word with the letters transliterations waver between made one:
    «Эмманюэль» → «емануел», «Вальттери» → «валтери»; a Roman number as it is."""
    if _ROMAN.fullmatch(word):
        return word
    return re.sub(r"(.)\1+", r"\1", fold(word).lower().translate(_WAVERING))


def spelled_alike(a: str, b: str) -> bool:
    """Two spellings of one name word (``spelling_key`` equal, or one vowel apart next to
    an «э»); a Roman number only itself."""
    return _alike(a, b, spelling_key(a), spelling_key(b))


def _alike(a: str, b: str, ka: str, kb: str) -> bool:
    """``spelled_alike`` of ``a`` and ``b`` whose keys are ``ka`` and ``kb``."""
    if ka == kb:
        return True
    if "э" not in (a + b).lower() or len(ka) != len(kb):
        return False
    differ = [(x, y) for x, y in zip(ka, kb) if x != y]
    return len(differ) == 1 and differ[0][0] in _VOWELS and differ[0][1] in _VOWELS


def spelling_owners(briefings: Mapping[str, int],
                    listed: Callable[[str], bool] = lambda name: False) -> dict[str, str]:
    """``briefings``: full name → the number of briefings naming it; ``listed``: whether
    the registry has a name. Returns fold(name) → the name it joins (of the names spelled
    alike, word by word, one the registry has, else the one in most briefings), for each
    name spelled otherwise than that one."""
    # the keys' first letters and consonants: only names of one shape may be alike
    by_shape: dict[tuple, list[tuple[str, list[str], list[str]]]] = defaultdict(list)
    for name in briefings:
        words = name.split()
        if len(words) >= 2:
            keys = [spelling_key(word) for word in words]
            by_shape[tuple(key[:1] + _VOWEL.sub("*", key[1:]) for key in keys)].append((name, words, keys))
    unions: Unions[str] = Unions()
    for names in by_shape.values():
        for i, (one, words, keys) in enumerate(names):
            for other, other_words, other_keys in names[i + 1:]:
                if fold(one) != fold(other) and all(map(_alike, words, other_words, keys, other_keys)):
                    unions.join(one, other)
    owners = {}
    for names in unions.groups():
        owner = max(names, key=lambda name: (listed(name), briefings[name], -len(name), name))  # (a typo doubles a letter)
        owners.update({fold(name): owner for name in names if fold(name) != fold(owner)})
    return owners
