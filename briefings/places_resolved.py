"""Places resolved to their countries: ``PlaceResolver`` names a LOC span's place and,
for an article's place mentions, groups them and gives each its country (the gazetteer,
the text's own descriptions, lists, the article's countries; ``places``,
``places_described``, ``places_towns``). The dictionary, the gazetteer and the lexicons
are passed in."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from typing import Callable, Collection, Iterable, Sequence

from natasha import MorphVocab
from natasha.doc import DocSpan

from briefings.elision import completed_name, shared_noun_name
from briefings.gazetteer import Gazetteer
from briefings.model import Entity, Span
from briefings.organizations import Lexicon, is_historical_state
from briefings.organizations_attached import Neighbours
from briefings.organizations_lexicon import WORD, without_bracket
from briefings.people_mentions import in_imprint
from briefings.people_names import fold, stem
from briefings.places import (PlaceLexicon, after_church_noun, after_facility_noun, after_feature_noun,
                              case_forms_joined, city_part_country, country_genitive_kept, described_names_joined,
                              is_route, nominative_in_text, place_tokens, latin_place_glosses, named_after, named_as_a_person_only,
                              names_a_city_part, names_a_landmark, names_a_state, of_no_named_country, place_name,
                              place_noun_after, region_country, starts_sentence, street_of_person, venue_country)
from briefings.places_described import (after_site_word, capital_after, city_after, country_after, country_described,
                                        country_in_bracket, is_settlement, lies_in, list_described,
                                        list_owner_country, listed_under_plural_kind, near_a_town,
                                        on_a_side_of_the_country, owner_after, region_in_bracket, sentence_country,
                                        suburb_of, town_measured_from, written_as_a_place)
from briefings.places_short import short_names_joined
from briefings.places_towns import (places_of_a_one_country_article, sites_of_the_articles_place_country,
                                    towns_of_the_named_countries)
from briefings.word_checks import WordChecks


# a lower-case word for a school right before a name (not a known town's or region's:
# «университета Колорадо», «университета Модены»)
_SCHOOL_BEFORE = re.compile(r"(?<![А-ЯЁа-яё])(?:университет|институт|колледж|академи|консерватори)[а-яё]{0,3}"
                            r"[ \u00a0]+\Z")


@dataclass(frozen=True)
class PlaceResolver:
    """A place's name from its span, and an article's places with their countries."""

    vocab: MorphVocab
    gazetteer: Gazetteer
    lexicon: Lexicon
    places_lexicon: PlaceLexicon
    words: WordChecks

    def name_of(self, span, text: str, inside: frozenset[str] | None = None) -> str | None:
        word = span.tokens[0] if len(span.tokens) == 1 else None  # the tagger's reading of a one-word name
        pos, case = (word.pos, (word.feats or {}).get("Case")) if word else (None, None)
        common_at_start = word is not None and inside is not None and starts_sentence(text, span.start) \
            and stem(span.text) not in inside and not self.gazetteer.city_country(span.normal or span.text)
        # («Рынок растёт»: no capital inside a sentence names it; a town the gazetteer knows does: «Байконур»)
        name = place_name(span.normal or span.text, span.text, text[span.stop:span.stop + 60], self.vocab,
                          self.places_lexicon, pos=pos, case=case, common_at_start=common_at_start,
                          before=text[max(0, span.start - 40):span.start])
        if name and _SCHOOL_BEFORE.search(text, max(0, span.start - 30), span.start) \
                and not self.gazetteer.place_country(name) and not self.gazetteer.lookup(name):
            return None  # a school's name after its word: «университета Тоин», «в университете Брюнеля»
        return name

    def with_place_noun(self, tokens, doc_tokens, token_at: dict[int, int], text: str) -> list:
        """A one-word LOC span that is an adjective, with the words after it that finish its
        place's name (``places.place_noun_after``): «Штокмановского» + «месторождения»; not a
        country's adjective («в китайском городе»), nor a dictionary word that starts a
        sentence («Крупнейший город США»)."""
        i = token_at.get(tokens[0].start)
        if len(tokens) != 1 or i is None or not tokens[0].text[:1].isupper() or self.gazetteer.lookup(tokens[0].text):
            return tokens
        vocab = self.vocab
        if starts_sentence(text, tokens[0].start) \
                and all(p.is_known and "Geox" not in p.tag.grammemes for p in vocab.parse(fold(tokens[0].text))):
            return tokens
        following = []
        for before, token in zip(doc_tokens[i:i + 3], doc_tokens[i + 1:i + 4]):
            if text[before.stop:token.start] != " ":
                break
            following.append(token.text)
        return doc_tokens[i:i + 1 + place_noun_after(tokens[0].text, following, vocab)]

    def named_after(self, tokens, doc_tokens, token_at: dict[int, int], text: str) -> tuple[str, Span] | None:
        """A place named after someone or something (``places.named_after``) with its
        mention: the span's own first word is its noun («Парке Горького») or the word right
        before the span is («в парке Горького»); not a city or region the gazetteer knows
        («на центральной площади Грозного»)."""
        vocab = self.vocab
        words = [t.text for t in tokens]
        after = text[tokens[-1].stop:tokens[-1].stop + 30]

        def known(name: str) -> bool:
            return bool(self.gazetteer.lookup(name) or self.gazetteer.city_country(name)
                        or self.gazetteer.region_country(name))

        if len(tokens) > 1 and not (known(" ".join(words[1:])) and not street_of_person(words[0], words[1:], vocab)):
            name = named_after(words[0], words[1:], after, vocab, self.gazetteer.place_country)
            if name:
                return name, Span(tokens[0].start, tokens[-1].stop)
        i = token_at.get(tokens[0].start)
        if not i or text[doc_tokens[i - 1].stop:tokens[0].start] != " " \
                or known(" ".join(words)) and not street_of_person(doc_tokens[i - 1].text, words, vocab):
            return None
        name = named_after(doc_tokens[i - 1].text, words, after, vocab, self.gazetteer.place_country)
        return (name, Span(doc_tokens[i - 1].start, tokens[-1].stop)) if name else None

    def mention_of(self, span, partner, around: Neighbours, written: frozenset[str],
                   inside: frozenset[str]) -> tuple[str, Span] | None:
        """The place a LOC span (or a region's span) names, in the nominative, with its
        mention: a place named after someone («в парке Горького»: «Парк Горького»), an
        adjective with its noun («Штокмановского месторождения»), one adjective completed
        by the noun it shares with ``partner`` («Донецкой и Луганской областях»: «Донецкая
        область»), a district with its city («Центрального района» + «Красноярска»); None
        for a book's publisher, a route, a building's name. ``written``: the capitalized
        words of the text as written; ``inside``: the stems capitalized inside sentences."""
        text, vocab = around.text, self.vocab
        mention, original = Span(span.start, span.stop), span
        if in_imprint(text, span.start, span.stop):
            return None  # a book's publisher: «Киев: Лыбидь, 2017»
        kept = place_tokens(span.tokens, text, vocab)
        if len(kept) == 1 and _adverb_first(kept[0], text, vocab, inside):
            return None  # «Ровно месяц назад …»: the adverb, not the town
        if not kept or is_route(span.text, lambda part: self.gazetteer.lookup(part)
                                or self.gazetteer.city_country(part), self.gazetteer.town_country,
                                text[span.start - 1:span.start] in ("«", '"')):
            return None
        named = self.named_after(kept, around.tokens, around.token_at, text)
        if named:  # «в парке Горького»: «Парк Горького», not «Горький»
            return named
        kept = self.with_place_noun(kept, around.tokens, around.token_at, text)  # «Штокмановского месторождения»
        if (kept[0].start, kept[-1].stop) != (span.start, span.stop):  # «Чечню войска»: «Чечню»
            start, stop = kept[0].start, kept[-1].stop
            span = DocSpan(start, stop, "LOC", text[start:stop], tokens=kept)
            span.normalize(vocab)
            mention = Span(start, stop)
        name = shared_noun_name(span, partner, lambda other: self.name_of(other, text), vocab) \
            if partner is not None and span is original else None
        name = name or self.name_of(span, text, inside)  # «Донецкой и Луганской областях»: «Донецкая область»
        if name and partner is None and span is original \
                and not (self.gazetteer.place_country(name) or self.gazetteer.town_country(name)):
            name = self.elided_region(span, around) or name  # «в Харьковской области …, в Житомирской»
        if not name:
            return None
        if (after_facility_noun(text, mention.start, vocab)
                and (mention.start and text[mention.start - 1] in "«\"„"
                     or not self.words.known_place(name) and fold(name) == fold(text[mention.start:mention.stop]))
                or not self.words.known_place(name) and after_church_noun(text, mention.start, vocab)):
            return None  # «в музее Жакмар-Андре», «в порт «Кавказ»»: a building's name, no place (but
            # a place declined after it is the building's owner: «порты Азовского моря», «школы … района»;
            # not after a church's noun, whose name is its dedication: «храма Гроба Господня»)
        case = (span.tokens[-1].feats or {}).get("Case")
        name = nominative_in_text(name, written, vocab, self.gazetteer.town_country, case)
        written_name = text[mention.start:mention.stop]
        name = country_genitive_kept(name, written_name, vocab, self.gazetteer.country_form)
        nominative = self.gazetteer.nominative(written_name) \
            if len(written_name.split()) == len(name.split()) \
            and (" " in name or not self.gazetteer.place_country(name)) else None
        if nominative:  # «в Карловых Варах»: «Карловы Вары», which the normalizer does not know
            # (not a name completed by an elided noun: «в Хабаровском и Приморском краях»)
            name = nominative[:1].upper() + nominative[1:]
        elif self.gazetteer.town_country(written_name) and not self.gazetteer.place_country(name):
            name = written_name  # «в Куала-Лумпур»: a town's nominative as written (not «Куал-Лумпур»)
        city = around.spans_after.get(mention.stop) \
            if names_a_city_part(name) and not self.gazetteer.place_country(name) else None
        if city is not None and city.type == "LOC" and " " not in city.text \
                and self.gazetteer.city_country(city.text) \
                and (city.tokens[0].feats or {}).get("Case") == "Gen":
            # «Центрального района» + «Красноярска»: a district of that city, not of
            # any (the city is a place of its own too)
            name, mention = f"{name} {city.text}", Span(mention.start, city.stop)
        return name, mention

    def elided_region(self, span, around: Neighbours) -> str | None:
        """The region a lone adjective names whose noun the text leaves out, given with a
        region of its kind before it in the paragraph (within 300 characters): «В Харьковской
        области … на 24%, в Житомирской — на 22%, в Ивано-Франковской — на 16%» →
        «Житомирская область», «Ивано-Франковская область»; only a region the gazetteer
        knows (not «Таймырской, Камчатской … энергосистем»)."""
        word = span.tokens[0] if len(span.tokens) == 1 else None
        if word is None or word.pos != "ADJ":
            return None
        text = around.text
        paragraph = max(text.rfind("\n", 0, span.start), span.start - 300)
        before = sorted((s for start, s in around.spans_at.items() if paragraph < start < span.start
                         and s.type == "LOC" and len(s.tokens) == 2), key=lambda s: s.start)
        for other in reversed(before):
            if any(p.normal_form in _REGION_NOUNS for p in self.vocab.parse(fold(other.tokens[1].text))):
                partner = self.name_of(other, text)
                completed = partner and completed_name(word.text, partner, [False, True], self.vocab)
                return completed if completed and self.gazetteer.place_country(completed) else None
        return None

    def resolve(self, places: list[tuple[str, Span]], countries: Iterable[Entity] = (),
                people: Iterable[Entity] = (), text: str = "",
                organizations: Iterable[Entity] = ()) -> list[Entity]:
        """Places by mentions, each with its country: a city's from the gazetteer, the
        country named inside the place («Западной Украины» is in UA; not a sea's: «Южно-Китайское
        море»), or the country of the
        city a region is named after («Воронежская область»). A place that is a
        country is left to the countries («Поднебесной», «Соединённых Штатов»), and a capital
        is a place only where it names the city (``Gazetteer.names_the_city``: «в Москве», «в
        центре Киева»; not «Москва заявила», «в Москве опасаются», «санкции против Москвы»:
        the state), or the country whose adjective describes it with a word for its kind («в
        швейцарском городе Пайерн»: ``places_described``; not a disputant's in an article
        that names a disputed place); one named
        like a person of the article named in full, by the full name, the surname or the first
        name (one the dictionary knows), and
        mentioned no more often than that person, is that person («правление Абэ» … «Синдзо
        Абэ»), unless the gazetteer knows a town of that name («Королёв») or the dictionary
        a place («Эверест»)."""
        named = [(s, c.code) for c in countries for s in c.spans]
        persons: dict[str, int] = {}  # (a surname alone is no surer than a place)
        for person in (p for p in people if " " in p.name):
            first = person.name.split()[0]  # («в руках Кондолизы» … «Кондолиза Райс»; a dictionary's first name)
            for key in (fold(person.name), fold(person.name.split()[-1]),
                        *([fold(first)] if self.words.is_given_name(first) else [])):
                persons[key] = max(persons.get(key, 0), person.mentions)
        grouped: dict[str, list[Span]] = {}
        # (a name with a word the dictionary knows as a place may be a part of many countries'
        # places: «Альпы», «Средняя Азия», «Евфрат», «в российской Арктике»)
        of_the_dictionary: dict[str, bool] = {}
        inside: dict[str, str] = {}
        by_adjective: dict[str, str] = {}
        by_description: dict[str, str] = {}  # (of those, by the place's own description: «тегеранского аэропорта»)
        named_as = case_forms_joined([name for name, _ in places], self.gazetteer.town_country)
        # «Республика Ингушетия», «Ингушетия»; «Питер», «Санкт-Петербург»
        described = described_names_joined(list(named_as.values()), self.places_lexicon.other_names)
        named_as = {name: described[base] for name, base in named_as.items()}
        # (in an article on a disputed place, a disputant's adjective may be either side's: «в
        # российском городе Джанкое» of Crimea, a town the gazetteer does not know)
        disputants = {code for name in named_as.values() for code in self.places_lexicon.disputed.get(fold(name), ())}
        glosses = latin_place_glosses(places, text)  # «Эгль (Aigle)»: one town
        listed = self.capitals_listed_with_towns(places, text)  # «Идлиб, Дамаск и Алеппо»: cities
        for name, span in places:
            if span in glosses:
                continue
            name = named_as[name]
            bare = without_bracket(name)
            capital = self.capital_or_seat(bare)
            if self.gazetteer.lookup(bare) and not capital or names_a_state(bare, self.gazetteer.country_form) \
                    or is_historical_state(bare, self.lexicon) \
                    or capital and not self.gazetteer.names_the_city(text, span.start, span.stop) \
                    and span not in listed \
                    or any(s.start <= span.start and span.stop <= s.stop for s, _ in named):
                continue  # (a country with its abbreviation after it too: «Республики Молдова (РМ)»;
                # a capital is the city after a preposition of place: «в Москве», not «Москва заявила»,
                # «санкции против Москвы»)
            grouped.setdefault(name, []).append(span)
            if name not in of_the_dictionary:
                of_the_dictionary[name] = any(self.words.geographic(word) for word in name.split())
            code = next((code for s, code in named if span.start <= s.start and s.stop <= span.stop), None)
            if code and not of_no_named_country(name):  # («Южно-Китайское море» is no Chinese place)
                inside.setdefault(name, code)
            if name in by_adjective:
                continue  # (the first mention that describes the place gives its country)
            # (not a part of a place the dictionary knows: «Центральной Азией (Афганистан)»)
            unknown = not of_the_dictionary[name]
            described = country_described(text, span.start, self.gazetteer.country_form, unknown,
                                          self.gazetteer.city_or_region_country) \
                or capital_after(text, span.stop, self.gazetteer.country_form)  # «районе украинской столицы»
            # «Кембриджа (США)»; a part of the world the dictionary knows, only by the country's side:
            # «Тироле (северная Италия)», not «Центральной Азией (Афганистан)»
            described = described or country_in_bracket(text, span.stop, self.gazetteer.country_form,
                                                        not (unknown or self.gazetteer.place_country(name)))
            code = described \
                or (unknown or near_a_town(text, span.start) or is_settlement(text, span.start)) \
                and country_after(text, span.start, span.stop, self.gazetteer.country_form) \
                or on_a_side_of_the_country(text, span.start, span.stop) and _country_before(named, span.start) \
                or owner_after(text, span.start, span.stop, self.gazetteer.owner_country) \
                or names_a_city_part(name) and city_after(text, span.stop, self.gazetteer.city_country)
            if code and code not in disputants:
                by_adjective[name] = code  # «в швейцарском городе Пайерн», «Харбмайдон в Таджикистане»
                if code == described:
                    by_description[name] = code
        # (a place's other name alone is in that place's country: «по нашей Северной столице» → RU)
        other_names = self.places_lexicon.other_names
        known = {name: self.gazetteer.place_country(name)
                 or fold(name) in other_names and self.gazetteer.place_country(other_names[fold(name)]) or None
                 for name in grouped}
        name_at = {span: name for name, spans in grouped.items() for span in spans}
        runs = [[(span, name_at[span]) for span in run] for run in _lists(sorted(name_at), text)]
        listed = _listed_countries(runs, known.get)  # «в Берлине, Лейпциге, Райниккендорфе»
        # the countries of the places each place is listed with: «в Красноармейске и Мариуполе»
        beside: dict[str, set[str]] = defaultdict(set)
        for run in runs:
            for _, name in run:
                beside[name].update(known[other] for _, other in run if other != name and known[other])
        described_lists: dict[str, str] = {}  # (the dictionary's places too: «индийскими регионами Ладакх и Сикким»)
        for run in runs:  # «в японских городах Йокосука, Сасэбо и Куре»
            code = len(run) > 1 and list_described(text, run[0][0].start, self.gazetteer.country_form)
            if code and code not in disputants:
                described_lists.update((name, code) for _, name in run if not known[name])
            if not code:  # «в населённых пунктах Чечни Ханкала, Калиновская, Шали и Борзой»
                code = list_owner_country(text, run[0][0].start, self.gazetteer.country_form,
                                          self.gazetteer.city_or_region_country)
            if not code and len(run) > 1 and listed_under_plural_kind(text, run[0][0].start):
                # «в провинциях Дараа и Эль-Кунейтра»: one known country among places of one kind
                # (the dictionary's places too: «между регионами Марке и Умбрия»; not one with towns
                # of its name elsewhere only: «в посёлках Тикси и Диксон» is no US «Тикси»)
                codes_of_run = {known[name] for _, name in run if known[name]}
                code = codes_of_run.pop() if len(codes_of_run) == 1 else None
                if code and code not in disputants:
                    described_lists.update((name, code) for _, name in run if not known[name]
                                           and code in (self.gazetteer.towns_elsewhere(name)[0] or (code,)))
            if code and code not in disputants:
                listed.update((name, code) for _, name in run if not known[name])
                if text[max(0, run[0][0].start - 3):run[0][0].start].rstrip(" \u00a0").endswith("("):
                    # the whole bracket's list, places the NER missed between too
                    close = text.find(")", run[0][0].start)
                    listed.update((name, code) for span, name in name_at.items()
                                  if run[0][0].start < span.start < close and not known[name])
        # «в Балтичауре, в пяти милях к северо-востоку от Покхары» → NP: the country of the town
        # (not a place the dictionary knows: «левый берег Евфрата недалеко от Дейр эз-Зора», a river of several)
        starts = {span.start: name for span, name in name_at.items()}
        measured: dict[str, str] = {}
        for span, name in sorted(name_at.items()):
            at = town_measured_from(text, span.stop)
            town = starts.get(at) if at is not None else None
            code = (known[town] or by_adjective.get(town)) if town else \
                at is not None and self.gazetteer.city_or_region_country(WORD.match(text, at).group())
            if code and code not in disputants:
                measured.setdefault(name, code)
        vocab = self.vocab
        # (a name the dictionary knows only as a person's is a place only so written: in a list of
        # places, after a word for its kind or in the locative after «в»; not «таблицы Менделеева»)
        in_lists = {span for run in runs if len(run) > 1 for span, _ in run}

        def is_country(word: str) -> bool:
            return self.gazetteer.country_form(word) is not None
        # a town's country for a natural feature of its name, none of the article's countries:
        # another place («косе Тузла» of a text on Ukraine and Russia, no Bosnian town; «гору
        # Эльбрус» of a text that names Russia, or no country, stays Russian)
        codes = {c.code for c in countries}
        featured = {name for name, spans in grouped.items()
                    if codes and known[name] not in codes
                    and not self.gazetteer.region_country(name)
                    and all(after_feature_noun(text, s.start, vocab) for s in spans)}
        entities = [
            Entity(
                kind="places",
                name=name,
                mentions=len(spans),
                # (a stadium of the lexicon's first: «Энфилд» is no US town's; then the text's own
                # description: «тегеранского аэропорта Мехрабад» is no Tajik town's)
                country=(self.places_lexicon.venue(name) or (None, None))[1]
                or by_description.get(name) or (None if name in featured else known[name]) or inside.get(name)
                or region_country(name, self.gazetteer.city_country)
                or city_part_country(name, self.gazetteer.city_country) or by_adjective.get(name)
                or venue_country(name, self.gazetteer.place_country)
                or (described_lists.get(name) or (None if of_the_dictionary[name] else measured.get(name))
                    if fold(name) not in self.places_lexicon.disputed and not of_no_named_country(name) else None)
                or (listed.get(name) if fold(name) not in self.places_lexicon.disputed
                    and not of_the_dictionary[name]
                    and not of_no_named_country(name) else None),  # (not «Крым», «Альпы», «Средняя Азия», a sea)
                spans=tuple(spans),
            )
            for name, spans in grouped.items()
            if not (persons.get(fold(name), 0) >= len(spans) and not known[name]
                    and not self.words.geographic(name))
            and not (named_as_a_person_only(name, vocab) and not known[name]
                     and not any(span in in_lists or written_as_a_place(text, span.start, span.stop, vocab, is_country)
                                 for span in spans))
        ]
        entities = short_names_joined(entities)  # «в Нижнем» … «Нижний Новгород»
        # (not a disputed place; after «в» not one the dictionary knows: «Евфрата в Сирии»)
        free = {e.name: not of_the_dictionary[e.name] for e in entities
                if e.country is None and fold(e.name) not in self.places_lexicon.disputed}
        entities = _in_containing_places(entities, text, free)
        entities = _places_in_the_one_country(entities, codes, self.gazetteer.city_country, text, free,
                                              countries[0].code if countries else None)
        entities = _settlements_in_the_sentence_country(entities, countries, text, free, organizations, disputants)
        # (the countries the article names, and those of its places: «Ботлихский район» … «Дагестан»)
        entities = towns_of_the_named_countries(entities, codes | {e.country for e in entities if e.country},
                                                text, free, self.gazetteer.towns_elsewhere,
                                                self.gazetteer.town_country, self.places_lexicon.disputed, vocab,
                                                beside)
        entities = places_of_a_one_country_article(entities, list(countries), free, text, vocab)
        entities = sites_of_the_articles_place_country(entities, list(countries), free, text, vocab, disputants,
                                                       is_country)
        entities.sort(key=lambda e: (-e.mentions, e.spans[0].start))
        return entities

    def capital_or_seat(self, name: str) -> bool:
        """A capital, or a city seating a union («Брюссель» stands for the EU): the state
        or the union where the text does not name the city (``Gazetteer.names_the_city``)."""
        return self.gazetteer.is_capital(name) or fold(name) in self.places_lexicon.seats

    def capitals_listed_with_towns(self, places: Sequence[tuple[str, Span]], text: str) -> frozenset[Span]:
        """The spans of capitals written in a list with a town that is no capital, which
        makes them the cities: «Эль-Кунейтра, Дараа, Идлиб, Дамаск и Алеппо» (not «Москва и
        Пекин договорились», two states)."""
        name_at = {span: name for name, span in places}
        vocab = self.vocab

        def cases(span: Span) -> set[str]:
            return {p.tag.case for p in vocab.parse(fold(text[span.start:span.stop]))}

        out: set[Span] = set()
        for run in _lists(sorted(name_at), text):
            capitals = [span for span in run if self.capital_or_seat(name_at[span])]
            towns = [span for span in run if span not in capitals and self.gazetteer.town_country(name_at[span])]
            # (in the same case: «в британском Манчестере, Лондон выступил» is no list)
            out.update(span for span in capitals if any(cases(span) & cases(town) for town in towns))
        return frozenset(out)

    def people_listed_as_places(self, spans, text: str) -> list:
        """LOC spans in a list of names («A, B и C») at least half of which are people (two
        or more), after a person of the list, that no gazetteer and no dictionary knows as
        places: people the NER read as places («постмодернистов: Фуко, Лиотара, Делеза,
        Гватари, Негри», «Жуковым, Рокоссовским, Коневым, Баграмянам»; not «Прилетев в
        Куршевель, Прохоров и Дерипаска …», «пресс-службы Кремля, Владимир Путин и …»)."""
        out = []
        for chain in _lists(spans, text):
            # (the NER may run two of the list into one span: «Сталин, Молотов» + «Куйбышев»)
            people = sum(len(_LIST_PARTS.split(s.text)) for s in chain if s.type == "PER")
            places = [s for s in chain if s.type == "LOC"]
            first_person = next((k for k, s in enumerate(chain) if s.type == "PER"), len(chain))
            if people >= 2 and people >= len(places):  # (after a person of the list: not «в Куршевель, Прохоров и …»)
                out.extend(s for s in chain[first_person:] if s.type == "LOC" and len(s.tokens) == 1
                           and (not self.words.known_place(s.text) or self.words.town_named_as_a_man(s.text)))
            if people >= 1 and people + 1 >= len(chain) - people:
                out.extend(s for s in chain if s.type == "ORG" and len(s.tokens) == 1 and self.words.surname_only(s.text))
        return out

    def places_listed_as_people(self, spans, text: str) -> list:
        """PER spans of one word in a list of names («A, B и C») of at least two places, one
        of them known, and twice as many places as people, that are no first name: places
        the NER read as people («Северный Сомерсет, Торнбери, Кингсвуд, Филтон»; not
        «Прилетев в Куршевель, Прохоров и Дерипаска …», nor a list of characters the NER
        read as places: «о Простодурсене, Утенке, Ковригсене»)."""
        out = []
        for chain in _lists(spans, text):
            people = [s for s in chain if s.type == "PER"]
            places = [s for s in chain if s.type == "LOC"]
            if people and len(places) >= max(2, 2 * len(people)) and any(self.words.known_place(s.text) for s in places):
                out.extend(s for s in people if len(s.tokens) == 1 and not self.words.is_given_name(s.text))
        return out


def _adverb_first(token, text: str, vocab, inside: frozenset[str]) -> bool:
    """A word first in its sentence, before an amount or a time, that the dictionary reads as
    an adverb or a particle too and the text never capitalizes inside a sentence: «Ровно
    месяц назад», «Ровно в полдень» (not the town: «Ровно встретило гостей»)."""
    after = WORD.match(text, token.stop + 1) if text[token.stop:token.stop + 1] == " " else None
    if after is None or not starts_sentence(text, token.start) or stem(token.text) in inside \
            or not any(p.tag.POS in ("ADVB", "PRCL") for p in vocab.parse(fold(token.text))):
        return False
    word = after.group()
    return word[:1].isdigit() or word in _AMOUNT_WORDS or any(
        p.tag.POS == "NUMR" or p.tag.POS == "NOUN" and fold(p.normal_form) in _TIME_NOUNS for p in vocab.parse(word))


_AMOUNT_WORDS = frozenset({"в", "во", "через", "за", "на", "половина", "половину"})
_TIME_NOUNS = frozenset({"год", "месяц", "неделя", "день", "сутки", "час", "минута", "секунда", "век", "столетие",
                         "полгода", "полчаса", "десятилетие", "полдень", "полночь"})


def _country_before(named: Sequence[tuple[Span, str]], start: int) -> str | None:
    """The country of the last country mention before ``start`` (within 1 000 characters):
    the one «страны» means in «в городе Чехбехар на юго-востоке страны»."""
    before = [(s.start, code) for s, code in named if start - 1000 < s.start < start]
    return max(before)[1] if before else None


def _listed_countries(runs: Sequence[Sequence[tuple[Span, str]]],
                      country_of: Callable[[str], str | None]) -> dict[str, str]:
    """The country of places listed with others («A, B и C»: ``runs`` of mentions and
    names) of which at least two are in one country and none in another: «в Берлине,
    Лейпциге, Райниккендорфе» → DE for «Райниккендорф» (not a list of two countries' cities)."""
    out: dict[str, str] = {}
    for chain in ([name for _, name in run] for run in runs):
        codes = [country_of(name) for name in chain]
        known = {code for code in codes if code}
        if len(known) == 1 and sum(1 for code in codes if code) >= 2:
            out.update((name, next(iter(known))) for name, code in zip(chain, codes) if not code)
    return out


def _in_containing_places(entities: list[Entity], text: str, free: dict[str, bool]) -> list[Entity]:
    """The places named in ``free`` (no country yet) with the country of a place the text
    writes they lie in (``lies_in``: «в деревне Ивановка Калининского района Тверской
    области» → RU, through the district; after «в» only if ``free[name]``), or of the town
    a region's bracket follows («в Солсбери (графство Уилтшир)» → GB) or that it is a
    suburb of («в Париже и его пригороде Сен-Дени» → FR); the others as they are."""
    spans = sorted((span, entity) for entity in entities for span in entity.spans)
    countries = {e.name: e.country for e in entities}
    for _ in range(3):  # (a village of a district of a region)
        found = {}
        for k, (span, entity) in enumerate(spans):
            if entity.name not in free or countries[entity.name] or entity.name in found:
                continue
            if k and countries[spans[k - 1][1].name] and (region_in_bracket(text, spans[k - 1][0].stop, span)
                                                          or suburb_of(text, spans[k - 1][0].stop, span)):
                found[entity.name] = countries[spans[k - 1][1].name]  # «Солсбери (графство Уилтшир)»,
                continue  # «в Париже и его пригороде Сен-Дени»
            if k + 1 == len(spans):
                continue
            outer, container = spans[k + 1]
            code = countries[container.name]
            if code and outer.start - span.stop < 20 and container.name != entity.name \
                    and lies_in(text, (span.start, span.stop), (outer.start, outer.stop), container.name,
                                names_a_city_part(entity.name), free[entity.name]):
                found[entity.name] = code
        if not found:
            break
        countries.update(found)
    return [replace(e, country=countries[e.name]) if e.country != countries[e.name] else e for e in entities]


def _places_in_the_one_country(entities: list[Entity], codes: set[str],
                               city_country: Callable[[str], str | None], text: str,
                               free: dict[str, bool], main: str | None = None) -> list[Entity]:
    """Parts of a city with no country (streets, squares; not a district, «район», which
    regions have too), its sights and venues («Парк Горького», «Открытие Арена») and
    settlements and sites named after a word for their kind («в поселке Ерзовка», «деревню
    Рубчойла», «в аэропорту Храброво», «месторождения Купол»; not a disputed one: ``free``
    holds none; NG/RT: 11 settlements and 12 sites, all read, right)
    with the country of the article's cities, when those and the countries it names are
    all one («на Лубянской площади» of an article on Moscow → RU; not next to a city or a
    country of another: «площади Таксим» with Istanbul); where the article names other
    countries too, a street or a square in the paragraph of one of those cities when theirs
    is the article's ``main`` country («на Институтскую улицу» … «в Киеве» of an article on
    Ukraine that names Russia and the US as well → UA; not «в Москве» of an article on
    China, nor a sight: «Елисейский дворец» in a paragraph on London; NG/RT: 3 streets and
    squares, all read, right)."""
    cities = {e.country for e in entities if e.country and city_country(e.name)}
    if len(cities) != 1:
        return entities
    (code,) = cities
    if not codes <= cities:  # (a street or a square only: not «Елисейский дворец» of London's paragraph)
        if code != main:
            return entities
        paragraphs = {text.rfind("\n", 0, span.start) for e in entities if e.country == code and city_country(e.name)
                      for span in e.spans}
        return [replace(e, country=code) if e.country is None and names_a_city_part(e.name)
                and "район" not in fold(e.name).split()
                and any(text.rfind("\n", 0, span.start) in paragraphs for span in e.spans) else e for e in entities]

    def placed(e: Entity) -> bool:
        return (names_a_city_part(e.name) or names_a_landmark(e.name)) and "район" not in fold(e.name).split() \
            or e.name in free and any(is_settlement(text, span.start) or after_site_word(text, span.start)
                                      for span in e.spans)

    return [replace(e, country=code) if e.country is None and placed(e) else e for e in entities]


def _settlements_in_the_sentence_country(entities: list[Entity], countries: Iterable[Entity], text: str,
                                        free: dict[str, bool], organizations: Iterable[Entity] = (),
                                        disputants: Collection[str] = ()) -> list[Entity]:
    """Settlements with no country yet, named after a word for their kind («посёлок», «село»,
    «город»; ``free``: not disputed, not of the dictionary), sites after theirs («на арене
    «Медисон-сквер-гарден»» of a sentence on New York → US) and parts of a city by their
    noun («площадь», «район»), with the one country of the other places of their sentence
    (``places_described.sentence_country``: «село Карамахи» of a sentence on Dagestan → RU,
    «на Европейской площади в центре Киева» → UA; NG/RT: 13 settlements, all read, right).
    A country named as an organization's owner, inside its name or as the adjective right
    before it, says whose the organization is, not where the sentence is: «В населённом
    пункте Вафидин при поддержке российского Центра по примирению … коридор, связывающий
    Дамаск …» → SY. A country the article names none of, nor two of its places are in, is
    none (a Syrian village «Дубай», which the gazetteer has as the emirate's, gives «Мисраба»
    of its sentence no AE; «Университетская набережная» of an article on St Petersburg is RU),
    and so is a state that disputes a place the article names (``disputants``: «мыса Херсонес»
    of an article on Crimea)."""
    places = [(span.start, span.stop, e.country) for e in entities for span in e.spans]
    of_places = Counter(e.country for e in entities if e.country)
    codes = {c.code for c in countries} | {code for code, n in of_places.items() if n > 1}
    owned = [span for o in organizations for span in o.spans]
    named = [(span.start, span.stop, c.code) for c in countries for span in c.spans
             if not any(o.start <= span.start < o.stop or span.stop <= o.start and not text[span.stop:o.start].strip()
                        for o in owned)]
    out = []
    for e in entities:
        code = None
        if e.country is None and free.get(e.name):
            code = next((found for span in e.spans if is_settlement(text, span.start) or names_a_city_part(e.name)
                         or after_site_word(text, span.start)
                         for found in [sentence_country(text, span.start, span.stop, places, named)]
                         if found and (found in codes or not codes) and found not in disputants), None)
        out.append(replace(e, country=code) if code else e)
    return out


def _lists(spans: Sequence, text: str) -> list[list]:
    """``spans`` (in the order of the text) in runs written as a list: «A, B и C»."""
    runs: list[list] = []
    for span in spans:
        if runs and _LIST_SEPARATOR.fullmatch(text, runs[-1][-1].stop, span.start):
            runs[-1].append(span)
        else:
            runs.append([span])
    return runs


# the nouns of a region an adjective names: «Житомирская область», «Пермский край»
_REGION_NOUNS = frozenset({"область", "край", "район", "округ", "губерния", "провинция"})
# between the names of a list the NER tagged as one span: «Сталин, Молотов»
_LIST_PARTS = re.compile(r"\s*,\s*|\s+и\s+")
_LIST_SEPARATOR = re.compile(r",[ \u00a0]+|[ \u00a0]+и[ \u00a0]+|,[ \u00a0]+а также[ \u00a0]+")
