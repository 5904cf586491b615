"""The countries an article is about: the gazetteer's hits, by salience."""

from __future__ import annotations

import re
from typing import Iterable

from briefings.gazetteer import Gazetteer
from briefings.model import Article, Entity, Span
from briefings.organizations import Lexicon, is_historical_state
from briefings.people_names import fold


def countries_of(article: Article, text: str, gazetteer: Gazetteer, lexicon: Lexicon,
                 persons: Iterable[Span] = ()) -> list[Entity]:
    """Gazetteer hits by salience. A name inside a person's name is not the country
    («Мартин Куба», «Доминика де Вильпена»); a country named only as a company's
    nationality is not tagged («ирландская авиакомпания Ryanair»)."""
    persons = list(persons)
    hits: dict[str, list[Span]] = {}
    companies: dict[str, bool] = {}  # code -> every mention is a company's nationality
    terms: dict[str, bool] = {}  # code -> every mention is an abbreviation of another term
    for hit in gazetteer.find(text):
        if hit.how in ("name", "capital") and any(p.start <= hit.start and hit.stop <= p.stop for p in persons):
            continue
        if gazetteer.in_ban_formula(text, hit):
            continue  # «ИГ (запрещена в России)»: a legal formula, no mention of Russia
        if gazetteer.names_a_thing(text, hit) or gazetteer.names_a_street(text, hit):
            continue  # «батальон «Сомали»», «Английская набережная»: a name, no mention of the country
        if is_historical_state(word_at(text, hit.start, hit.stop), lexicon):
            continue  # «Австро-Венгрии»: a state of the past, neither Austria nor Hungary
        if _in_another_countrys_region(text, hit, gazetteer):
            continue  # «Восточный Азербайджан», a province of Iran
        hits.setdefault(hit.code, []).append(Span(hit.start, hit.stop))
        companies[hit.code] = companies.get(hit.code, True) and gazetteer.describes_company(text, hit)
        terms[hit.code] = terms.get(hit.code, True) and gazetteer.spells_another_name(text, hit)
    for code in [c for c, only in companies.items() if only] + [c for c, only in terms.items() if only]:
        hits.pop(code, None)  # «ирландская авиакомпания Ryanair» alone does not make Ireland a topic,
        # nor «ЦАР» of «Центрально-Азиатского региона» the Central African Republic
    if "KP" in hits and "KR" in hits \
            and all(fold(text[s.start:s.stop]).startswith(("корейск", "корейц", "кореян")) for s in hits["KR"]):
        # «корейский», «корейцы» of an article that names North Korea only are North Korean
        hits["KP"] = sorted(hits["KP"] + hits.pop("KR"))
    headline_end = len(article.title) + (len(article.lead) + 2 if article.lead else 0)

    def salience(item: tuple[str, list[Span]]) -> tuple[int, int]:
        spans = item[1]
        in_headline = sum(1 for s in spans if s.start < headline_end)
        return (-(len(spans) + 2 * in_headline), spans[0].start)

    return [
        Entity(kind="countries", name=gazetteer.name(code), code=code, mentions=len(spans), spans=tuple(spans))
        for code, spans in sorted(hits.items(), key=salience)
    ]


def word_at(text: str, start: int, stop: int) -> str:
    """The whole word, hyphenated parts and all, that ``start``…``stop`` is in: «Австро» →
    «Австро-Венгрии»."""
    while start > 0 and (text[start - 1].isalpha() or text[start - 1] == "-" and text[start - 2:start - 1].isalpha()):
        start -= 1
    while stop < len(text) and (text[stop].isalpha() or text[stop] == "-" and text[stop + 1:stop + 2].isalpha()):
        stop += 1
    return text[start:stop]


def _in_another_countrys_region(text: str, hit, gazetteer: Gazetteer) -> bool:
    """The country's name ends the name of a region of another country, a capitalized word
    before it: «в провинции Восточный Азербайджан» (Iran's), not «Западной Украины»."""
    before = _CAPITALIZED_BEFORE.search(text, max(0, hit.start - 30), hit.start)
    region = before and gazetteer.region_country(f"{before.group(1)} {text[hit.start:hit.stop]}")
    return bool(region) and region != hit.code


_CAPITALIZED_BEFORE = re.compile(r"(?<![\w-])([А-ЯЁ][а-яё-]+)[ \u00a0]+\Z")
