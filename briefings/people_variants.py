"""One person site-wide when a few briefings left the surname out of the nominative.

Tagging puts names in the nominative, and now and then misses: «Артём Дзюбу», «Тото
Вольффа», «Криштиану Роналд», «Ангелу Меркель» stand in one briefing where a dozen others
say «Артём Дзюба». :func:`case_variant_owners` joins such a name, for the site index, to
the name with the same first name whose surname differs from it only by an ending a
Russian noun takes in its cases, or with the same surname whose first name does, when that
name is in more briefings. Surnames that differ inside
(«Букин» and «Бунин») or by letters no case ending has («Ильин» and «Ильич») stay apart,
as do names written in as many briefings each. :func:`first_name_owners` joins a name to
the same surname with another form of its first name («Майкл Пенс» → «Майк Пенс»),
:func:`middle_name_owners` one with a patronymic or initials to the name without, and
:func:`word_order_owners` one printed surname first to the other order.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Callable, Mapping

from briefings.people_merge import first_name_sex, oblique_twin, same_first_name
from briefings.people_names import fold, full_first_name

# what a surname's end may be in one case and another: «Дзюба/Дзюбу», «Вольфф/Вольффа»,
# «Небензя/Небензи», «Промес/Промесе», «Роналду/Роналд»
_ENDINGS = frozenset({"", "а", "я", "у", "ю", "е", "и", "ы", "о", "ой", "ей", "ом", "ем", "ым", "им", "ою", "ею"})
_LEAST_STEM = 4


def case_variant_owners(briefings: Mapping[str, int]) -> dict[str, str]:
    """``briefings``: full name («Имя Фамилия») → the number of briefings naming it.
    Returns fold(name) → the name it joins, for each name that is a case variant of a
    name in more briefings (the one in most, if several): the same words but the surname,
    or the same words but the first name («Ангелу Меркель» → «Ангела Меркель»)."""
    owners = {}
    for at in (-1, 0):  # the surname, then the first name
        alike: dict[tuple[str, ...], list[str]] = defaultdict(list)  # the other words equal, this one alike to the stem
        for name in briefings:
            words = [fold(w) for w in name.split()]
            if len(words) >= 2:
                words[at] = words[at][:_LEAST_STEM]
                alike[(str(at), *words)].append(name)
        for names in alike.values():
            for name in names if len(names) > 1 else ():
                word = fold(name.split()[at])
                owners_of = [other for other in names if briefings[other] > briefings[name]
                             and _case_variants(word, fold(other.split()[at]), bare=at == -1)]
                if owners_of and fold(name) not in owners:
                    owners[fold(name)] = max(owners_of, key=lambda n: (briefings[n], n))
    for key, owner in owners.items():  # «Роналд» → «Роналда» → «Роналду»: to the last
        seen = {key}
        while fold(owner) in owners and fold(owner) not in seen:
            seen.add(fold(owner))
            owner = owners[fold(owner)]
        owners[key] = owner
    return owners


def _case_variants(a: str, b: str, bare: bool = True) -> bool:
    """Two spellings of one surname in two cases: a stem of four letters or more and
    endings from ``_ENDINGS`` (for a first name, ``bare`` False, neither one the bare stem:
    «Александр» and «Александра» are a man and a woman as often as two cases)."""
    if a == b:
        return False
    common = 0
    for x, y in zip(a, b):
        if x != y:
            break
        common += 1
    for stem_length in range(common, _LEAST_STEM - 1, -1):  # «Дзюб|а», «Дзюб|у»; «Вольфф|», «Вольфф|а»
        if a[stem_length:] in _ENDINGS and b[stem_length:] in _ENDINGS \
                and (bare or a[stem_length:] and b[stem_length:]):
            return True
    return False


_INITIAL = re.compile(r"[A-ZА-ЯЁ]\.")
# briefings: a person named in as many is known enough that initials or the other order
# of his name elsewhere are his («Б. Обама», 2 briefings, of «Барак Обама», 105), not a
# namesake's («А. А. Ткаченко» of the one «Александр Ткаченко»; «Орлов Дмитрий», a
# consultant, of the hockey player «Дмитрий Орлов»: the site audit, session 19)
KNOWN = 5


def middle_name_owners(briefings: Mapping[str, int]) -> dict[str, str]:
    """``briefings``: full name → the number of briefings naming it. Returns fold(name) →
    the name it joins, for names of one person written with and without a patronymic or
    middle name, or with initials: «Иосиф Виссарионович Сталин», «И. В. Сталин» →
    «Иосиф Сталин» (the name in most briefings), «Франклин Делано Рузвельт» → «Франклин
    Рузвельт». A first name and surname with two middle names on the site («Алексей
    Николаевич» and «Алексей Константинович Толстой») are two people, and so are initials
    that more than one first name of that surname fits («А. Толстой»: «Алексей»,
    «Александр»), or that fit a person named in fewer than ``KNOWN`` briefings. A short
    middle word is a syllable of a name that begins with its surname
    («Ким Чен Ир», «Пан Ги Мун»): such names stay as they are."""
    people: dict[tuple[str, str], list[str]] = defaultdict(list)  # (first name, surname) → its names
    initialled: list[str] = []
    for name in briefings:
        words = name.split()
        if len(words) < 2 or _INITIAL.fullmatch(words[-1]):
            continue
        if _INITIAL.fullmatch(words[0]):
            if all(_INITIAL.fullmatch(word) for word in words[:-1]):
                initialled.append(name)
        elif not any(_INITIAL.fullmatch(word) or len(word) <= 3 and word[0].isupper() for word in words[1:-1]):
            people[(fold(words[0]), fold(words[-1]))].append(name)  # (not «Ким Чен Ир»: «Ким» is his surname)
    owners: dict[str, str] = {}
    persons: dict[str, list[tuple[str, list[str]]]] = defaultdict(list)  # surname → (first name, its names)
    for (first, surname), names in people.items():
        middles = {fold(" ".join(name.split()[1:-1])) for name in names} - {""}
        if len(middles) > 1:
            continue  # two people of one first name and surname, or more
        owner = max(names, key=lambda n: (briefings[n], -len(n.split()), n))
        owners.update({fold(name): owner for name in names if name != owner})
        persons[surname].append((first, names))
    for name in initialled:
        *initials, surname = name.split()
        fits = [(first, names) for first, names in persons.get(fold(surname), ())
                if first.startswith(fold(initials[0][0])) and _middles_fit(initials[1:], names)]
        if len(fits) == 1 and sum(briefings[n] for n in fits[0][1]) >= KNOWN:
            first, names = fits[0]
            owner = owners.get(fold(names[0]), names[0])
            owners[fold(name)] = owner
    return owners


def _middles_fit(initials: list[str], names: list[str]) -> bool:
    """The middle initials of «И. В. Сталин» are those of a middle name of ``names``, or
    ``names`` write none."""
    middles = [name.split()[1:-1] for name in names]
    return not initials or all(not middle for middle in middles) or any(
        len(middle) == len(initials) and all(fold(w).startswith(fold(i[0])) for w, i in zip(middle, initials))
        for middle in middles if middle)


def word_order_owners(briefings: Mapping[str, int]) -> dict[str, str]:
    """``briefings``: full name → the number of briefings naming it. Returns fold(name) →
    the name it joins, for a name of two words whose other order the site writes in more
    briefings, and in ``KNOWN`` or more: «Мухин Алексей» (a list printed surname first) →
    «Алексей Мухин»."""
    by_fold = {fold(name): name for name in briefings}
    owners = {}
    for name, n in briefings.items():
        words = name.split()
        other = by_fold.get(fold(f"{words[1]} {words[0]}")) if len(words) == 2 else None
        if other is not None and briefings[other] > n and briefings[other] >= KNOWN:
            owners[fold(name)] = other
    return owners


def first_name_owners(briefings: Mapping[str, int],
                      listed: Callable[[str], bool] = lambda name: False) -> dict[str, str]:
    """``briefings``: full name → the number of briefings naming it. Returns fold(name) →
    the name it joins, for a name of two words whose surname the site writes with another
    form of its first name in more briefings (a short form, another spelling, a gender or
    case ending the normalizer left: ``people_merge.same_first_name``): «Майкл Пенс» (4)
    → «Майк Пенс» (5), «Стив Бэннон» → «Стивен Бэннон», «Адины Пинтилие» (an oblique
    case, in as many) → «Адина Пинтилие»,
    «Серёга Устюгов» → «Сергей Устюгов», «Арсений Аваков» → «Арсен Аваков». The name
    joined to is in ``KNOWN``
    briefings or more, or the surname names nobody else on the site (a namesake of a
    common surname is as likely: «Саша Иванов», «Александр Иванов»); first names that are
    each one with a third but not with each other stay apart («Алекс», «Александр»,
    «Александра»), and so do a man's and a woman's first name («Евгений», «Евгения
    Шевчук»: ``people_twins`` joins such names on evidence) and a name of the editable
    registry (``listed``)."""
    by_surname: dict[str, list[str]] = defaultdict(list)
    for name in briefings:
        words = name.split()
        if len(words) == 2 and not _INITIAL.fullmatch(words[0]):
            by_surname[fold(words[1])].append(name)
    owners = {}
    for names in by_surname.values():
        first = {name: fold(full_first_name(name.split()[0])) for name in names}
        for name in (name for name in names if not listed(name)):
            alike = [other for other in names if other != name and same_first_name(first[name], first[other])
                     and {first_name_sex(first[name]), first_name_sex(first[other])} - {""} != {"F", "M"}]
            rank = {other: (not oblique_twin(other.split(), names), briefings[other]) for other in (name, *alike)}
            owner = max(alike, key=lambda other: (rank[other], other), default=None)
            if owner is None or rank[owner] <= rank[name] \
                    or not all(same_first_name(first[owner], first[other]) for other in alike):
                continue
            if briefings[owner] >= KNOWN or len(names) == len(alike) + 1:
                owners[fold(name)] = owner
    return owners
