"""The country of a town by the countries the article names, where its name alone cannot
tell: «Толедо» is a city of Spain and of Ohio, «Портсмут» of England and of Virginia, and
«Тикси», «Хохфильцен» are towns too small for the gazetteer to place by name alone
(``tools/build_towns.py`` writes both kinds to ``towns.json``: ``several`` and ``small``).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Callable, Collection, Mapping, Sequence

from briefings.model import Entity
from briefings.people_names import fold
from briefings.places import after_feature_noun, towns_named_after
from briefings.places_described import is_settlement

TownsElsewhere = Callable[[str], "tuple[tuple[str, ...], bool]"]


def towns_of_the_named_countries(entities: Sequence[Entity], codes: Collection[str], text: str,
                                 free: Mapping[str, bool], towns_elsewhere: TownsElsewhere,
                                 town_country: Callable[[str], str | None], disputed: Collection[str],
                                 vocab) -> list[Entity]:
    """``entities`` with a place of no country given the one country among those with a
    town of its name that the article names (``codes``: its countries and its places'):
    «в Толедо» of an article that names Spain and France → ES; «Портсмут» of an article on
    Britain and Russia → GB (``towns_elsewhere``: ``Gazetteer.towns_elsewhere``). A district
    or a region named after a town by its adjective takes the one of the countries of towns
    of that name the article names (``town_country`` too: any town the gazetteer knows): «в
    Серпуховском районе» of an article on Russia → RU, «Хасавюртовский район» of one on
    Dagestan → RU; not one named after a disputed place (``disputed``, folded:
    «Симферопольский район»).

    Only a place ``free`` holds (none disputed), never one named after a noun for a natural
    feature, where a river or an island shares a village's name («из Дуная», «на островах
    Пинсон»); a name the dictionary knows as a place's (``free`` says False) that only small
    towns have is taken only after a word for a settlement («в посёлке Тикси»; not «Рейн», a
    town of Texas, or «Эльбрус»)."""
    out = []
    for e in entities:
        code = None
        if e.country is None and e.name in free:
            named, small = _countries_of_towns(e.name, towns_elsewhere, town_country, disputed)
            named = [c for c in named if c in codes]
            if len(named) == 1 and not any(after_feature_noun(text, span.start, vocab) for span in e.spans) \
                    and (free[e.name] or not small or any(is_settlement(text, span.start) for span in e.spans)):
                code = named[0]
        out.append(replace(e, country=code) if code else e)
    return out


def _countries_of_towns(name: str, towns_elsewhere: TownsElsewhere, town_country: Callable[[str], str | None],
                        disputed: Collection[str]) -> tuple[set[str], bool]:
    """The countries with a town ``name`` is, or its district is named after, and whether
    they are small towns only (none for a district named after a disputed place)."""
    after = towns_named_after(name)
    if not after:
        codes, small = towns_elsewhere(name)
        return set(codes), small
    if any(fold(town) in disputed for town in after):
        return set(), False
    return {code for town in after for code in (town_country(town), *towns_elsewhere(town)[0]) if code}, False
