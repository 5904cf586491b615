"""One place site-wide under the names different briefings give it.

:func:`place_owners` joins a place's names across briefings: other cases tagging left
(«Дейр-эз-Зора», 1 briefing of the NG/RT corpus, is «Дейр-эз-Зор», 11; «Кунейтры»
«Кунейтра»; «Южные Курил» «Южные Курилы»: ``name_forms``; adjectives of two genders stay
two places, «Троицкая» and «Троицкий»), then a word for its kind, «Санкт-» and
abbreviations (``places.described_names_joined``: «Республика Коми» is «Коми»,
«Петербург» «Санкт-Петербург», «ДНР» «Донецкая народная республика»).
"""

from __future__ import annotations

from typing import Mapping

from briefings.name_forms import oblique_twins, same_stem_groups
from briefings.places import described_names_joined


def place_owners(briefings: Mapping[str, int]) -> dict[str, str]:
    """``briefings``: place name → the number of briefings naming it. Returns each name →
    the name of its place's page (itself where nothing joins it)."""
    forms = {name: name for name in briefings}
    for names in same_stem_groups(briefings):
        oblique = oblique_twins(names)
        page = max(names, key=lambda name: (name not in oblique, briefings[name], name))
        forms.update({name: page for name in names})
    described = described_names_joined(set(forms.values()))
    return {name: described.get(page, page) for name, page in forms.items()}
