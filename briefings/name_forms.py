"""Names of one thing in other cases, across briefings: «Хезболла», «Хезболлу»,
«Хезболлах»; «Дейр-эз-Зор», «Дейр-эз-Зора»; «Южные Курилы», «Южные Курил».

Tagging puts names in the nominative and now and then misses; the site index joins the
names whose words have the same stems (``organizations_lexicon.stem_key``, as tagging
joins them in an article), used for organizations (``organizations_owners``) and places
(``places_site``), and names the page by a nominative of them (:func:`oblique_twins`).
"""

from __future__ import annotations

from collections import defaultdict
from typing import Iterable

from briefings.organizations_lexicon import WORD, core_name, stem_key
from briefings.people_names import fold

_ADJECTIVE_ENDS = ("ая", "яя", "ое", "ые", "ие", "ый", "ий")  # (not «-ой»: «Хезболлой» is «Хезболла»)
# endings of a word out of the nominative (not «-а», «-я», «-о», «-е», «-ь», «-й»: «Хезболла»)
_OBLIQUE = ("у", "ю", "ы", "и", "ой", "ей", "ом", "ем", "ам", "ям", "ах", "ях", "ами", "ями", "ым", "им", "ыми", "ими")
_SHORTEST = 6  # letters of a one-word name: shorter stems are too many words' («Анжи» and «Анже», «Вести» and «Веста»)


def same_stem_groups(names: Iterable[str]) -> list[list[str]]:
    """``names`` in groups of one thing: the same stems (a one-word name of six letters
    or more), one word's forms not two things (:func:`word_forms`). Only groups of two
    names or more."""
    by_stems: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for name in names:
        stems = stem_key(name)
        if len(stems) > 1 or stems and len(core_name(name)) >= _SHORTEST:
            by_stems[stems].append(name)
    return [same for group in by_stems.values() if len(group) > 1 for same in word_forms(group) if len(same) > 1]


def word_forms(names: list[str]) -> list[list[str]]:
    """``names`` (of the same stems) split where one word's forms are two things:
    adjectives of two genders («Столичная» vodka, «Столичный»; «Троицкая», «Троицкий»), a
    plural next to a singular ending in a consonant («Беркуты», «Мерседесы» next to
    «Беркут», «Мерседес»; but «Хезболлы» is the genitive of «Хезболла»). Names of two words
    or more stay one (a bracket after a name is none of its words: «Донецкая (ДНР)» and
    «Донецк» are two)."""
    cores = {name: fold(core_name(name)) for name in names}
    if any(" " in core for core in cores.values()):
        return [names]
    groups: dict[str, list[str]] = defaultdict(list)
    feminine = any(core.endswith(("а", "я")) for core in cores.values())
    for name in names:
        low = cores[name]
        adjective = next((e for e in _ADJECTIVE_ENDS if low.endswith(e)), "")
        plural = not feminine and not adjective and low.endswith(("ы", "и"))
        groups[adjective or ("plural" if plural else "")].append(name)
    return list(groups.values())


def oblique_words(name: str) -> int:
    """How many words of a name end like a case out of the nominative («Южная Озерейки»: 1;
    «Раушская набережными»: 1), abbreviations not counted."""
    return sum(1 for word in WORD.findall(core_name(name)) if not word.isupper() and fold(word).endswith(_OBLIQUE))


def oblique_twins(names: list[str]) -> set[str]:
    """The names of ``names`` whose first word ends like a case out of the nominative while
    another name of the same stems does not: «Бенфики», «Вильямсам», «Единой России» next to
    «Бенфика», «Вильямс», «Единая Россия» (not an abbreviation: «ЦРУ»)."""
    def nominative(name: str) -> bool:
        word = next(iter(WORD.findall(core_name(name))), "")
        return word.isupper() or not fold(word).endswith(_OBLIQUE)

    by_stems: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for name in names:
        by_stems[stem_key(name)].append(name)
    return {name for same in by_stems.values() if any(map(nominative, same))
            for name in same if not nominative(name)}
