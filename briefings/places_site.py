"""One place site-wide under the names different briefings give it.

:func:`place_owners` joins a place's names across briefings: other cases tagging left
(«Дейр-эз-Зора», 1 briefing of the NG/RT corpus, is «Дейр-эз-Зор», 11; «Кунейтры»
«Кунейтра»; «Южные Курил» «Южные Курилы»: ``name_forms``; adjectives of two genders stay
two places, «Троицкая» and «Троицкий»), a hyphen for a space («Дейр эз-Зор», 14
briefings, and «Дейр-эз-Зор», 13), then a word for its kind, «Санкт-» and
abbreviations (``places.described_names_joined``: «Республика Коми» is «Коми»,
«Петербург» «Санкт-Петербург», «ДНР» «Донецкая народная республика»), and a place's other
names of ``data/places.yml`` («Питер», «Подмосковье»).
"""

from __future__ import annotations

from collections import defaultdict
from typing import Mapping

from briefings.name_forms import oblique_twins, oblique_words, same_stem_groups
from briefings.places import described_names_joined, spelling_key
from briefings.unions import Unions


def place_owners(briefings: Mapping[str, int], other_names: Mapping[str, str] | None = None) -> dict[str, str]:
    """``briefings``: place name → the number of briefings naming it; ``other_names``: a
    place's other names (``PlaceLexicon.other_names``: «Питер», «Подмосковье»). Returns each
    name → the name of its place's page (itself where nothing joins it)."""
    forms = {name: name for name in briefings}
    groups = same_stem_groups(briefings)
    by_spacing: dict[str, list[str]] = defaultdict(list)  # «Дейр эз-Зор», «Дейр-эз-Зор»
    for name in briefings:
        by_spacing[spelling_key(name)].append(name)
    for names in _merged(groups + [names for names in by_spacing.values() if len(names) > 1]):
        oblique = oblique_twins(names)
        # a nominative, in most briefings; of as many, the one with fewer words out of the
        # nominative («Южная Озерейка», not «Озерейки»), the shorter («Нью-Хейвен», not «Нью-Хейвеня»)
        page = max(names, key=lambda name: (name not in oblique, briefings[name], -oblique_words(name), -len(name), name))
        forms.update({name: page for name in names})
    described = described_names_joined(set(briefings) | set(forms.values()), other_names)
    out = {}
    for name in briefings:  # «Петербурга» → «Петербург» → «Санкт-Петербург»; «ЮВО» → «Южный военный округ» → «… (ЮВО)»
        page = described.get(forms[name], forms[name])
        out[name] = forms.get(page, page)
    return out


def _merged(groups: list[list[str]]) -> list[list[str]]:
    """Groups of names that share a name, merged."""
    unions: Unions[str] = Unions()
    for group in groups:
        for name in group:
            unions.join(group[0], name)
    return unions.groups()
