"""The country of a place by the countries the article names, where its name alone cannot
tell: «Толедо» is a city of Spain and of Ohio, «Портсмут» of England and of Virginia, and
«Тикси», «Хохфильцен» are towns too small for the gazetteer to place by name alone
(``tools/build_towns.py`` writes both kinds to ``towns.json``: ``several`` and ``small``);
and any place still without a country in an article of one country is that country's.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Callable, Collection, Mapping, Sequence

from briefings.model import Entity, Span
from briefings.people_names import fold
from briefings.places import after_feature_noun, of_many_countries, towns_named_after
from briefings.places_described import after_site_word, is_settlement, listed_under_plural_kind, sentence_of

TownsElsewhere = Callable[[str], "tuple[tuple[str, ...], bool]"]


def towns_of_the_named_countries(entities: Sequence[Entity], codes: Collection[str], text: str,
                                 free: Mapping[str, bool], towns_elsewhere: TownsElsewhere,
                                 town_country: Callable[[str], str | None], disputed: Collection[str],
                                 vocab, beside: Mapping[str, Collection[str]] | None = None) -> list[Entity]:
    """``entities`` with a place of no country given the one country among those with a
    town of its name that the article names (``codes``: its countries and its places'):
    «в Толедо» of an article that names Spain and France → ES; «Портсмут» of an article on
    Britain and Russia → GB (``towns_elsewhere``: ``Gazetteer.towns_elsewhere``). A district
    or a region named after a town by its adjective takes the one of the countries of towns
    of that name the article names (``town_country`` too: any town the gazetteer knows): «в
    Серпуховском районе» of an article on Russia → RU, «Хасавюртовский район» of one on
    Dagestan → RU; not one named after a disputed place (``disputed``, folded:
    «Симферопольский район»). Of several such countries, the one of the places it is listed
    with (``beside``: name → their countries): «в Красноармейске и Мариуполе» → UA.

    Only a place ``free`` holds (none disputed), never one named after a noun for a natural
    feature, where a river or an island shares a village's name («из Дуная», «на островах
    Пинсон»); a name the dictionary knows as a place's (``free`` says False) that only small
    towns have is taken only after a word for a settlement («в посёлке Тикси»; not «Рейн», a
    town of Texas, or «Эльбрус») or with a town's ending («Охотск», «Новоазовск»)."""
    out = []
    for e in entities:
        code = None
        if e.country is None and e.name in free:
            named, small = _countries_of_towns(e.name, towns_elsewhere, town_country, disputed)
            named = [c for c in named if c in codes]
            if len(named) > 1:  # of those, the country of the places it is listed with
                named = [c for c in named if c in (beside or {}).get(e.name, ())] or named
            if len(named) == 1 and not any(after_feature_noun(text, span.start, vocab) for span in e.spans) \
                    and (free[e.name] or not small or _TOWN_SHAPED.search(e.name)
                         or any(is_settlement(text, span.start) for span in e.spans)):
                code = named[0]
        out.append(replace(e, country=code) if code else e)
    return out


# the ending of a town's name, which no river's, mountain's or island's has: «Охотск»,
# «Новоазовск», «Симферополь», «Зеленоград», «Екатеринбург», «Белгород»
_TOWN_SHAPED = re.compile(r"[а-яё](?:ск|цк|поль|град|бург|город)\Z")


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


def places_of_a_one_country_article(entities: Sequence[Entity], countries: Sequence[Entity],
                                    free: Mapping[str, bool], text: str, vocab) -> list[Entity]:
    """``entities`` with each place of no country given the article's one country: the one
    it names, or the one its places are in when it names none, every place with a country
    being in it («на Нагатинской пойме» of an article on Moscow parks → RU, «Теннесси» of an
    article on the US → US). A country named once is the article's only where a place of it
    is named too («США удерживают земли вокруг города Эль-Кашаф»: no US town). One or two
    other countries named once each, where the article's country is named at least three
    times as often, are not counted («сборная Португалии» in an article on Russia's
    stadiums), but a place in a sentence that names one of them is left as it is («Англичане
    … обсуждают новости из Виндзорского дворца»). Not a disputed place nor a name the
    dictionary knows as a place's (``free``: «Европа», «Крым»), not one after a natural
    feature's noun, which may lie in another country or several («на островах Пинсон»,
    «косе Тузла»), and not a place of several countries (a sea,
    a pole, a state of the past, «Балканский полуостров»: ``places.of_many_countries``)."""
    main = countries[0] if countries else None
    others = countries[1:]
    if main is not None and others and (len(others) > 2 or any(c.mentions > 1 for c in others)
                                         or main.mentions < 3 * len(others)):
        return list(entities)
    placed = {e.country for e in entities if e.country}
    code = main.code if main is not None else (placed.pop() if len(placed) == 1 else None)
    # (places already in it that the article must name: two where it names no country, one
    # where it names the country once)
    needed = 2 if main is None else 1 if main.mentions < 2 else 0
    if code is None or any(e.country not in (None, code) for e in entities) \
            or sum(e.country == code for e in entities) < needed:
        return list(entities)
    elsewhere = [span for c in others for span in c.spans]
    return [replace(e, country=code) if e.country is None and free.get(e.name) and not of_many_countries(e.name)
            and not any(_in_one_sentence(text, span, other) for span in e.spans for other in elsewhere)
            and not any(after_feature_noun(text, span.start, vocab) for span in e.spans)
            else e for e in entities]


def sites_of_the_articles_place_country(entities: Sequence[Entity], countries: Sequence[Entity],
                                        free: Mapping[str, bool], text: str, vocab,
                                        disputants: Collection[str] = (),
                                        names_a_country: Callable[[str], bool] = lambda word: False) -> list[Entity]:
    """``entities`` with a settlement or a site of no country named after a word for its
    kind («освободила авиабазу Абу-Духур», «из города Эль-Баб», «в районе населённых пунктов
    Хербет-Эль-Гаджар и Расм-Эль-Хармаль») given the country the article names most, when
    its places with a country, two or more, are all in that one (an article on Syria's war
    that names the US, Turkey and Russia as often: «Африн», «Идлиб», «Алеппо» → SY), or one
    or more and three quarters of them, where it is named twice as often as any other («в
    горном районе Санхан» of an article on Yemen that names Saudi Arabia and Egypt too); any
    place of no country, where three or more are in it and it is named three times as often
    as any other country («на Пресне» of an article on Moscow's prisons that names Tajikistan
    and Kyrgyzstan twice each → RU). Not a
    place in a sentence that names another country («турецкие войска смогли выбить
    террористов из города Эль-Баб»: it may be that country's), nor a disputed one or a name
    the dictionary knows as a place's (``free``), nor one after a natural feature's noun
    (but for one where five places or more are in the country named three times as often as
    any other: «на острове Матуа» of an article on Russia's Pacific Fleet), nor
    in a country that disputes a place the article names (``disputants``: «в посёлке Рыбачье»
    of an article on Crimea that names Ukraine most), nor one with a word that names a
    country (``names_a_country``: «Корейский полуостров» of an article on Russia)."""
    if not countries or countries[0].code in disputants:
        return list(entities)
    code = countries[0].code
    placed = [e for e in entities if e.country]
    ours = sum(e.country == code for e in placed)
    # (or, where it is named twice as often as any other, three quarters of them, one or more)
    leading = len(countries) == 1 or countries[0].mentions >= 2 * countries[1].mentions
    if not (len(placed) >= 2 and ours == len(placed) or leading and ours >= 1 and 4 * ours >= 3 * len(placed)):
        return list(entities)
    # (any place at all where three or more are in it and it is named three times as often as
    # any other country: «на Пресне» of an article on Moscow's prisons)
    dominant = len(placed) >= 3 and ours == len(placed) \
        and (len(countries) == 1 or countries[0].mentions >= 3 * countries[1].mentions)
    elsewhere = [span for c in countries[1:] for span in c.spans]
    return [replace(e, country=code) if e.country is None and free.get(e.name) and not of_many_countries(e.name)
            and not any(map(names_a_country, e.name.split()))
            and (dominant or any(is_settlement(text, span.start) or after_site_word(text, span.start)
                                 or listed_under_plural_kind(text, span.start) for span in e.spans))
            and not any(_in_one_sentence(text, span, other) for span in e.spans for other in elsewhere)
            and (dominant and ours >= 5 or not any(after_feature_noun(text, span.start, vocab) for span in e.spans))
            else e for e in entities]


def _in_one_sentence(text: str, span: Span, other: Span) -> bool:
    """``other`` is in the sentence of ``span`` (``places_described.sentence_of``)."""
    start, stop = sentence_of(text, span.start, span.stop)
    return start <= other.start and other.stop <= stop
