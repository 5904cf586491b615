"""One organization site-wide under the names different briefings give it.

Tagging names an organization whose abbreviation the article spells out «Full (ABBR)»
(«Международный олимпийский комитет (МОК)»); other briefings write only «Full» or only
«ABBR». :func:`bracket_owners` joins them for the site index, the way surname-only
people join their full name: «Full (…)» and «Full» always (the same words), «ABBR»
only when its letters abbreviate «Full» and no other full name of the site («МОК» ←
«Международный олимпийский комитет»; not «ПАСЕ» ← «Совет Европы», nor «WADA» ←
«Всемирное антидопинговое агентство», which the letters cannot tell).
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Callable, Mapping

from briefings.organizations_names import abbreviates, is_abbreviation
from briefings.people import fold

_BRACKETED = re.compile(r"^(?P<full>[^()]+?)\s*\((?P<inside>[^()]+)\)$")


def bracket_owners(briefings: Mapping[str, int],
                   registered: Callable[[str], bool] = lambda name: False) -> dict[str, str]:
    """``briefings``: organization name → the number of briefings naming it. Returns
    fold(name) → the name of the organization's page, for every name joined to another.
    The page takes a name an editor registered (``registered``, the registry of
    ``content/entities.yml``), else the bracketed name whose abbreviation checks out (the
    one in most briefings), else the name in most briefings."""
    by_fold: dict[str, list[str]] = defaultdict(list)
    for name in briefings:
        by_fold[fold(name)].append(name)
    bracketed: dict[str, list[tuple[str, list[str]]]] = defaultdict(list)  # fold(full) → (name, abbreviations)
    full_names: dict[str, set[str]] = defaultdict(set)  # fold(abbreviation) → fold(full) it abbreviates
    for name in briefings:
        found = _BRACKETED.match(name)
        if not found:
            continue
        full = found["full"].strip()
        shorts = [part.strip() for part in found["inside"].split(",")]
        checked = [short for short in shorts if is_abbreviation(short) and abbreviates(short, full)]
        bracketed[fold(full)].append((name, checked))
        for short in checked:
            full_names[fold(short)].add(fold(full))
    owners: dict[str, str] = {}
    for full, variants in bracketed.items():
        members = [name for name, _ in variants] + by_fold.get(full, [])
        for name, checked in variants:
            for short in checked:
                if full_names[fold(short)] == {full}:
                    members += by_fold.get(fold(short), [])
        checked_names = [name for name, checked in variants if checked]
        editors = [name for name in members if registered(name)]
        page = max(editors or checked_names or members, key=lambda n: (briefings[n], n))
        for name in members:
            owners[fold(name)] = page
    return owners
