"""One person site-wide when a few briefings left the surname out of the nominative.

Tagging puts names in the nominative, and now and then misses: «Артём Дзюбу», «Тото
Вольффа», «Криштиану Роналд», «Ангелу Меркель» stand in one briefing where a dozen others
say «Артём Дзюба». :func:`case_variant_owners` joins such a name, for the site index, to
the name with the same first name whose surname differs from it only by an ending a
Russian noun takes in its cases, or with the same surname whose first name does, when that
name is in more briefings. Surnames that differ inside
(«Букин» and «Бунин») or by letters no case ending has («Ильин» and «Ильич») stay apart,
as do names written in as many briefings each.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Mapping

from briefings.people_names import fold

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
