"""Tagger: natasha models loaded once, passed in; ``__call__(article)`` and ``map(articles)``.

Pipeline per article: razdel segmentation → slovnet NER → morphology only for the
sentences that hold a mention → normalization → countries from the gazetteer, people
and organizations merged, places resolved to their country, dates resolved.

People: each PER span is cleaned and put in the nominative by ``people.name_mentions``
(cases from the morph tagger, the dictionary, foreign-name declension), then merged.
Organizations: ORG spans, places that name institutions («ЕС», «Кремль», «Белый дом»),
an organization with the country after it («МИД России»), and institutions written with
common nouns («британское правительство», «полиция») found by
``organizations.institution_mentions``; generic words («СМИ», «Брексит», «Twitter»), names
in photo credits, products, buildings, states and sentence-initial common words are dropped
(see ``briefings.organizations``); a name does not cross a line break.
"""

from __future__ import annotations

import os
from copy import copy

# numpy's OpenBLAS threads thrash on small matrices: one thread per process is ~3x faster
# here (bench/tag_throughput.py). Set before natasha imports numpy; an explicit setting wins.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import re  # noqa: E402
from collections import Counter  # noqa: E402
from dataclasses import dataclass, replace
from itertools import takewhile
from types import SimpleNamespace
from typing import Callable, Iterable, Sequence

from natasha import Doc, MorphVocab, NewsEmbedding, NewsMorphTagger, NewsNERTagger, Segmenter
from natasha.doc import DocSpan
from natasha.norm import inflect_word, recover_spaces
from natasha.shape import recover_shape

from briefings.bylines import byline_names
from briefings.clean import POST_SIGNED
from briefings.dates import extract_dates
from briefings.elision import completed_name, shared_nouns
from briefings.gazetteer import Gazetteer
from briefings.language import russian_only
from briefings.model import Article, Entity, Span, Tags
from briefings.places import (POSSESSIVE_OBLIQUE, PlaceLexicon, after_church_noun, after_facility_noun,
                              after_feature_noun, arena_name, capitalized_words, case_forms_joined, city_part_country,
                              country_genitive_kept, described_names_joined, is_route, latin_place_glosses, named_after,
                              named_as_a_person_only, names_a_city_part, names_a_landmark, names_a_state,
                              names_inside_sentences, nominative_in_text, of_no_named_country,
                              place_adjective_written, place_name, place_noun_after, place_tokens, quoted_venues,
                              people_named_as_places, region_country, starts_sentence, street_of_person,
                              venue_country)
from briefings.places_described import (after_site_word, capital_after, city_after, country_after, country_described,
                                        is_settlement, lies_in, list_described, listed_under_plural_kind, near_a_town,
                                        owner_after, region_in_bracket, sentence_country, suburb_of,
                                        written_as_a_place)
from briefings.places_short import short_names_joined
from briefings.places_towns import (places_of_a_one_country_article, sites_of_the_articles_place_country,
                                    towns_of_the_named_countries)
from briefings.organizations import (
    Lexicon,
    OrgMention,
    abbreviation_and_quoted_name,
    after_facility_word,
    after_kind_noun,
    after_product_noun,
    agreeing_name,
    bracket_parts,
    broadcaster_in_cyrillic,
    called_organizations,
    dated_in_a_list,
    dateline_sources,
    drop_products,
    elliptic_mentions,
    institution_mentions,
    is_common_word,
    is_historical_state,
    is_not_organization,
    is_plain_noun,
    led_head,
    listed_among_places,
    merge_organizations,
    name_tokens,
    named_regions,
    names_a_body,
    names_a_craft,
    names_an_index,
    names_a_unit,
    names_document,
    names_facility,
    names_people,
    names_region,
    names_treaty,
    numbered_model,
    party_mentions,
    party_names_rekeyed,
    place_is_organization,
    platform_as_company,
    quoted_products,
    remit_mentions,
    starts_with_function_word,
    surname_in_genitive,
    tidy_name,
    with_country_adjectives,
    without_loose_tail,
)
from briefings.organizations_attached import Neighbours, attached_mention, attached_to, remits_attached
from briefings.organizations_chambers import chambers_named
from briefings.organizations_eponyms import named_after_mentions
from briefings.organizations_leaders import bodies_of_the_country_before, leaders_placed
from briefings.organizations_teams import teams_named
from briefings.organizations_lexicon import (ABBREVIATION, DEPARTMENTS, abbreviation_in_bracket, known_group, lemma,
                                             without_bracket)
from briefings.organizations_names import abbreviates, bracket_of_body
from briefings.people import (
    NameToken,
    cut_after_first_name, editor_first_name, particles_between,
    family_names,
    first_name_left_out,
    fold,
    in_context,
    in_imprint,
    is_plain_word,
    is_word_compound,
    merge_people,
    name_mentions,
    latin_glosses,
    latin_spellings,
    skeleton,
    stem,
    titled_names,
    unseen_names,
    with_yo,
)
from briefings.people_apposition import in_role_case
from briefings.people_gender import genders_agreed
from briefings.people_names import CYRILLIC, CYRILLIC_WORD, MANS_SURNAME, NAME_GRAMMEMES, is_initial
from briefings.people_words import common_noun_only_at_starts
from briefings.publishers import default_domains, publisher_names, publisher_test, without_publisher


@dataclass(frozen=True, slots=True)
class Models:
    """The heavy natasha tools, built once per process."""

    segmenter: Segmenter
    morph_vocab: MorphVocab
    morph_tagger: NewsMorphTagger
    ner_tagger: NewsNERTagger

    @classmethod
    def load(cls) -> "Models":
        embedding = NewsEmbedding()
        return cls(Segmenter(), MorphVocab(), NewsMorphTagger(embedding), NewsNERTagger(embedding))


# an opening quote the NER took into a name without its closing one → that closing one
_QUOTE_PAIRS = {"«": "»", "„": "“", "“": "”"}


# between the names of a list the NER tagged as one span: «Сталин, Молотов»
_LIST_PARTS = re.compile(r"\s*,\s*|\s+и\s+")
# a name's abbreviation after a dash at the end of a span: «… фронтом – ОНФ»
_DASHED_ABBREVIATION = re.compile(r"[ \u00a0]+[–—-][ \u00a0]+([А-ЯЁ]{2,6})\Z")
# «и» before a quoted name, outside any quote: two names the NER ran into one span
_AND_QUOTED = re.compile(r"[ \u00a0]и[ \u00a0](?=«)")
# a list's separators, which no name holds: «Эль Сальвадор • Эфиопия • Грузия»; an item between them
_SEPARATOR = re.compile("[•·|]")
_LIST_ITEM = re.compile(r"[^•·| \u00a0](?:[^•·|]*[^•·| \u00a0])?")


def _names_run_together(span) -> list:
    """An ORG span split where the NER ran two names into it: where «и» and a quoted name
    follow a name outside quotes, «Катарский
    фонд развития и «Общество социальных реформ» are two organizations (not «и» inside a
    quoted name); and before its abbreviation after a dash, which spells it: «Общероссийским
    народным фронтом – ОНФ». A span of any kind is split at a list's separator: «Эль
    Сальвадор • Эфиопия • Грузия» are three names."""
    if _SEPARATOR.search(span.text):
        return [piece for item in _LIST_ITEM.finditer(span.text)
                for piece in _names_run_together(DocSpan(span.start + item.start(), span.start + item.end(),
                                                         span.type, item.group()))]
    if span.type != "ORG":
        return [span]
    dashed = _DASHED_ABBREVIATION.search(span.text)
    if dashed and abbreviates(dashed.group(1), span.text[:dashed.start()]):
        # «Общероссийским народным фронтом – ОНФ»: the name, and its abbreviation after a dash
        cut = span.start + dashed.start(1)
        return [DocSpan(span.start, span.start + dashed.start(), span.type, span.text[:dashed.start()]),
                DocSpan(cut, span.stop, span.type, dashed.group(1))]
    for found in _AND_QUOTED.finditer(span.text):
        head = span.text[:found.start()]
        if head.count("«") == head.count("»") and " " in head.strip():
            cut = span.start + found.end()
            return [DocSpan(span.start, span.start + found.start(), span.type, head),
                    DocSpan(cut, span.stop, span.type, span.text[found.end():])]
    return [span]


class Tagger:
    """Tags articles: ``tagger(article) -> Tags`` (``parallel.tag_all`` for batches)."""

    def __init__(self, models: Models, gazetteer: Gazetteer):
        self.models = models
        self.gazetteer = gazetteer
        self.lexicon = Lexicon.default()
        self.places_lexicon = PlaceLexicon.default()
        self.publisher_domains = default_domains()

    @classmethod
    def load(cls) -> "Tagger":
        return cls(Models.load(), Gazetteer.default())

    def __call__(self, article: Article) -> Tags:
        text = article.text
        doc = self._analyze(text)
        people, orgs, places = [], [], []
        others: set[str] = set()  # stems of words tagged as places or organizations
        one_words: list[str] = []  # … as written («Pfizer»: «Пфайзер» is no person; ``latin_spellings``)
        vocab = self.models.morph_vocab
        for span in self._people_listed_as_places(doc.spans, text):
            span.type = "PER"  # «Фуко, Лиотара, Делеза, Гватари, Негри»: the places are people too
        for span in surnames_read_as_organizations(doc.spans, text, self._is_given_name):
            span.type = "PER"  # «лицензию Нифонтовой» of «Анастасия Нифонтова»
        following = _following_spans(doc.spans, text)
        regions = named_regions(text, self.lexicon) | listed_among_places(doc.spans, text, vocab, self.lexicon)
        products: list[str] = []  # names written after «вакцина», «самолёт»: products
        token_at = {t.start: i for i, t in enumerate(doc.tokens)}
        shared = shared_nouns(doc.spans, text)
        written = capitalized_words(text)  # for places' and people's nominatives
        inside = names_inside_sentences(text)  # capitalized where a capital marks a name
        persons: list[Span] = []  # PER spans, but countries the NER took for people
        joined: set[int] = set()  # PER spans that end a name begun by the span before
        bodies_brackets: set[int] = set()  # owners whose bracket is their body's abbreviation
        eponyms: set[int] = set()  # surnames a body before them is named after: no owners
        branches: set[int] = set()  # owners of a city's branch: the city is not theirs
        led_heads: set[int] = set()  # a government's word before its leader's name: «Администрация Трампа»
        remits = self._remits(doc, text, token_at)
        around = Neighbours(text, doc.tokens, token_at, {s.start: s for s in doc.spans}, following,
                            {m.span.start: m.span.stop for m in remits if m.alias_of is None})
        for n, span in enumerate(doc.spans):
            mention = Span(span.start, span.stop)
            if span.type != "PER" and _within_remit(span, text, remits):
                continue  # («Агентство» + «США по международному развитию (USAID)»: one body)
            if span.type == "PER":
                if self._names_country(span) or n in joined:
                    continue
                i = token_at.get(span.start)
                tokens = in_role_case(_name_tokens(span), doc.tokens, i, vocab) if i else _name_tokens(span)
                before = _name_token(doc.tokens[i - 1]) if i else None
                if before is not None and (n == 0 or doc.spans[n - 1].stop <= before.start) \
                        and first_name_left_out(before, tokens[0], text, vocab, alone=len(tokens) == 1):
                    tokens.insert(0, before)  # «Айдар» + «Наилевич Губайдулин»
                    mention = Span(before.start, mention.stop)
                k = n + 1
                surname_at = editor_first_name(tokens, text, vocab)
                if surname_at is not None:  # «(Василий. — RT)» + «Тропинин»: one name
                    k = next((k for k in (n + 1, n + 2) if k < len(doc.spans) and doc.spans[k].start == surname_at), -1)
                after = doc.spans[k] if 0 <= k < len(doc.spans) else None
                # («Дэнни» + «аус ден» + «Биркен»: the particles the NER left out are the name's)
                last = token_at.get(span.tokens[-1].start)
                between = [_name_token(t) for t in doc.tokens[last + 1:token_at.get(after.start, last + 1)]] \
                    if after is not None and last is not None else []
                particled = after is not None and after.type == "PER" \
                    and particles_between(tokens, between, _name_tokens(after), text)
                if after is not None and after.type == "PER" and (
                        surname_at is not None or particled or cut_after_first_name(tokens, _name_tokens(after), text, vocab)):
                    joined.add(k)  # «Уильяму» + «Говарду Тафту»: one name
                    tokens += (between if particled else []) + _name_tokens(after)
                    mention = Span(span.start, after.stop)
                persons.append(mention)
                people.extend(name_mentions(tokens, text, vocab))
                continue
            if len(span.tokens) == 1:
                others.add(stem(span.text))
                one_words.append(span.text)
            words = [t.text for t in span.tokens]
            tokens = span.tokens
            if span.type == "ORG":
                if span.start in eponyms:
                    continue  # «Карнеги» of «Московского центра Карнеги»
                parent = following.get(span.stop)
                if len(span.tokens) == 1 and parent is not None and parent.type == "PER" \
                        and text[span.stop:parent.start] == " " and led_head(span.text, vocab):
                    led_heads.add(span.start)  # «Администрация» + «Дональда Трампа»: named by its leader,
                    continue  # left to ``institution_mentions``
                attached = attached_to(span.tokens, around, vocab, self.lexicon)
                if attached is not None:  # «Общественного совета» + «при Минобороны»: one name
                    # («Минобороны» is tagged on its own too)
                    orgs.append(attached_mention(self._nominative_name(span.tokens), span.tokens, attached, text))
                    continue
                if names_a_body(span, parent, text, vocab, self.lexicon) \
                        and not (parent.type == "LOC" and self.gazetteer.lookup(parent.text)):  # «Совета» + «НАТО»
                    body = self._nominative_name(span.tokens)
                    place = following.get(parent.stop) if parent.type == "ORG" else None
                    country = self._owner_country(place)
                    stop = place.stop if country else parent.stop  # «Командование» + «ВС» + «США (STRATCOM)»
                    if place is not None and place.type == "ORG" and ABBREVIATION.fullmatch(place.text) \
                            and " " in parent.text and text[parent.stop:place.start] == " ":
                        stop = place.stop  # «Центра политической интеграции» + «Института Европы» + «РАН»
                    if stop == parent.stop:  # (not a preposition the NER ended the owner with: «… ООН по»)
                        stop = without_loose_tail(parent.tokens, vocab, self.lexicon.brand_tails)[-1].stop
                    # (keyed by an owner written in words, so that the body written alone joins it:
                    # «Главного управления разведки Министерства обороны» … «Главное управление разведки»;
                    # by the whole name before an abbreviation, so that it joins its branch: «ГУ МВД по Москве»,
                    # and so is a body's abbreviation, which a bare one joins by its letters: «ЦК» … «ЦК КПСС»)
                    name = f"{body} {text[parent.start:stop]}"
                    key = (fold(name), "") if ABBREVIATION.match(parent.text) or body in DEPARTMENTS \
                        else (fold(body), f"@{fold(text[parent.start:stop])}")
                    orgs.append(OrgMention(name, Span(span.start, stop), key=key))
                    if bracket_of_body(name, parent.text):
                        bodies_brackets.add(parent.start)
                    if parent.type == "ORG" and len(parent.tokens) == 1 and surname_in_genitive(parent.text, vocab):
                        eponyms.add(parent.start)  # «Московского центра» + «Карнеги»: a person's name
                    if country and fold(parent.text) in self.lexicon.branch_offices \
                            and self.gazetteer.city_country(place.text) and not self.gazetteer.country_form(place.text):
                        branches.add(parent.start)  # «ГУ» + «МВД» + «Москвы»: the city's is the branch's
                        # (not «Арбитражный суд» + «Торговой палаты» + «Стокгольма», the city's own)
                    continue
                place = following.get(parent.stop) if parent is not None else None  # «ВС» + «России»
                country = self._owner_country(place)
                if names_a_unit(span, parent, text, vocab, self.lexicon) and (country or not place or place.type != "LOC"):
                    # «Совета Безопасности» + «ООН»: keyed by its owner, so that a later
                    # «Совет Безопасности» joins it; «ООН» is tagged on its own too; the owner's
                    # country goes with it: «Генштаба» + «ВС» + «России» (not another state's)
                    body = self._nominative_name(span.tokens)
                    owner = f"{parent.text} {place.text}" if country else parent.text
                    orgs.append(OrgMention(f"{body} {owner}", Span(span.start, place.stop if country else parent.stop),
                                           key=(fold(body), f"@{fold(parent.text)}" + (f" {country}" if country else ""))))
                    if bracket_of_body(f"{body} {owner}", parent.text):
                        bodies_brackets.add(parent.start)
                    continue
                tokens = name_tokens(span, doc.tokens, token_at, text, vocab, self.lexicon)
                if span.start in bodies_brackets:  # «Совета Европы (ПАСЕ)» after «Парламентская ассамблея»
                    tokens = list(takewhile(lambda t: t.text != "(", tokens))
                if not tokens:
                    continue  # a person's role and a common noun: «Председатель комитета»
            site = span.type == "ORG" and after_facility_word(" ".join(words), text, span.start, vocab, self.lexicon)
            if not site and self._is_organization(span.type, tokens, regions, text):
                end = tokens[-1].stop
                if span.start in branches or end < span.stop:
                    after = None
                elif end == span.stop:
                    after = following.get(span.stop)
                else:  # past the span, where words the NER cut off were taken: «Федерации бобслея» + «и скелетона»
                    after = _span_right_after(doc.spans, text, end)  # + «Ямайки»
                completed = self._shared_noun_name(span, doc.spans[shared[n]], self._org_name(doc)) \
                    if n in shared and span.type == "ORG" else None
                if completed:  # «Верховного» in «Верховного и Конституционного судов»: «Верховный суд»
                    orgs.append(self._with_country(completed, mention, after))
                else:
                    if span.type == "ORG":  # «сотрудники «Фонтанки», «Медузы»»: the list's genitive
                        tokens = _in_a_listed_genitive(tokens, span, doc.spans, text, vocab)
                    orgs.extend(self._organizations(tokens, text, regions, after, products))
            elif site:
                places.append((self._nominative_name(span.tokens), mention))  # «аэропорта Домодедово»: the site
            elif span.type == "LOC" and self._union(span.text):  # «страны СНГ», «стран АСЕАН»
                orgs.append(OrgMention(span.text, mention, key=(fold(span.text), "")))
            elif span.type == "LOC" or names_region(words, regions):
                if in_imprint(text, span.start, span.stop):
                    continue  # a book's publisher: «Киев: Лыбидь, 2017»
                kept = place_tokens(span.tokens, text, vocab)
                if not kept or is_route(span.text, lambda part: self.gazetteer.lookup(part)
                                        or self.gazetteer.city_country(part), self.gazetteer.town_country,
                                        text[span.start - 1:span.start] in ("«", '"')):
                    continue
                named = self._named_after(kept, doc.tokens, token_at, text)
                if named:  # «в парке Горького»: «Парк Горького», not «Горький»
                    places.append(named)
                    continue
                kept = self._with_place_noun(kept, doc.tokens, token_at, text)  # «Штокмановского месторождения»
                if (kept[0].start, kept[-1].stop) != (span.start, span.stop):  # «Чечню войска»: «Чечню»
                    start, stop = kept[0].start, kept[-1].stop
                    span = DocSpan(start, stop, "LOC", text[start:stop], tokens=kept)
                    span.normalize(vocab)
                    mention = Span(start, stop)
                name = self._shared_noun_name(span, doc.spans[shared[n]], lambda other: self._place_name(other, text)) \
                    if n in shared and span is doc.spans[n] else None
                name = name or self._place_name(span, text, inside)  # «Донецкой и Луганской областях»: «Донецкая область»
                if name and (after_facility_noun(text, mention.start, vocab)
                             and (mention.start and text[mention.start - 1] in "«\"„"
                                  or not self._known_place(name)
                                  and fold(name) == fold(text[mention.start:mention.stop]))
                             or not self._known_place(name) and after_church_noun(text, mention.start, vocab)):
                    continue  # «в музее Жакмар-Андре», «в порт «Кавказ»»: a building's name, no place (but
                    # a place declined after it is the building's owner: «порты Азовского моря», «школы … района»;
                    # not after a church's noun, whose name is its dedication: «храма Гроба Господня»)
                if name:
                    case = (span.tokens[-1].feats or {}).get("Case")
                    name = nominative_in_text(name, written, vocab, self.gazetteer.town_country, case)
                    written_name = text[mention.start:mention.stop]
                    name = country_genitive_kept(name, written_name, vocab, self.gazetteer.country_form)
                    nominative = self.gazetteer.nominative(written_name) \
                        if " " in name and len(written_name.split()) == len(name.split()) else None
                    if nominative:  # «в Карловых Варах»: «Карловы Вары», which the normalizer does not know
                        # (not a name completed by an elided noun: «в Хабаровском и Приморском краях»)
                        name = nominative[:1].upper() + nominative[1:]
                    elif self.gazetteer.town_country(written_name) and not self.gazetteer.place_country(name):
                        name = written_name  # «в Куала-Лумпур»: a town's nominative as written (not «Куал-Лумпур»)
                    city = following.get(mention.stop) \
                        if names_a_city_part(name) and not self.gazetteer.place_country(name) else None
                    if city is not None and city.type == "LOC" and " " not in city.text \
                            and self.gazetteer.city_country(city.text) \
                            and (city.tokens[0].feats or {}).get("Case") == "Gen":
                        # «Центрального района» + «Красноярска»: a district of that city, not of
                        # any (the city is a place of its own too)
                        name, mention = f"{name} {city.text}", Span(mention.start, city.stop)
                    places.append((name, mention))
        # «на «Открытие Арене»», «на «Энфилде»»: a place, no organization
        venues = [(arena_name(m.name) or (self.places_lexicon.venue(m.name) or (None,))[0], m) for m in orgs]
        places.extend((venue, m.span) for venue, m in venues if venue)
        quoted = quoted_venues(text)  # «стадиона «Арена Химки»»: a place, no organization
        venue_spans = [span for _, span in quoted]
        places.extend((name, span) for name, span in quoted
                      if not any(s.start < span.stop and span.start < s.stop for _, s in places))
        orgs = [m for venue, m in venues if not venue]
        taken = [*(Span(s.start, s.stop) for s in doc.spans if s.start not in led_heads),
                 *persons, *(m.span for m in remits)]  # (persons: with the words joined to them)
        orgs.extend(remits_attached(remits, around, vocab, self.lexicon))
        people.extend(titled_names(doc.tokens, vocab, taken))
        for tokens in unseen_names(doc.tokens, text, vocab, taken):
            people.extend(name_mentions(tokens, text, vocab))
        orgs.extend(institution_mentions(doc.tokens, text, vocab, self.gazetteer.lookup, taken, self.lexicon, persons,
                                         city_of=self.gazetteer.city_country))
        orgs.extend(dateline_sources(text, taken))
        # «ансамбля имени Александрова» (inside no organization or place the NER tagged)
        orgs.extend(named_after_mentions(text, vocab, [Span(s.start, s.stop) for s in doc.spans if s.type != "PER"]
                                         + [m.span for m in orgs], self.lexicon))
        orgs = with_country_adjectives(orgs, doc.tokens, text, vocab, self.gazetteer.lookup, self.lexicon)
        orgs = broadcaster_in_cyrillic(orgs, text)  # «в интервью ВВС»: the BBC, no air force
        called = called_organizations(text, vocab, self.lexicon)  # ««Динамо» — хорошая команда»
        orgs = drop_products(orgs, [name for name in products + quoted_products(text, vocab, self.lexicon)
                                    if name not in called])
        orgs = [m for m in orgs if not any(s.start <= m.span.start and m.span.stop <= s.stop for s in venue_spans)]
        orgs = elliptic_mentions(orgs, lambda name: is_plain_noun(name, vocab), text,
                                 lambda word: all(p.tag.number == "plur" for p in vocab.parse(fold(word))),
                                 self.lexicon.compound_heads)
        countries = self._countries(article, text, persons)
        codes = [c.code for c in countries]
        # an organization named by a country's abbreviation in this text is the country
        # («РФ», «США», and one the text defines: «Республики Молдова (РМ)» … «РМ»)
        country_abbreviations = {text[s.start:s.stop] for c in countries for s in c.spans if text[s.start:s.stop].isupper()}
        orgs = [m for m in orgs if m.name not in country_abbreviations]
        # … and a place named by an organization's abbreviation the text defines is that
        # organization («Партией налогоплательщиков России (ПНР)» … «ПНР» is no Polish People's Republic)
        defined = {m.name for m in orgs if m.alias_of is not None and ABBREVIATION.fullmatch(m.name)} \
            | {short for short in map(abbreviation_in_bracket, (m.name for m in orgs)) if short}
        orgs.extend(OrgMention(name, span, key=(fold(name), "")) for name, span in places if name in defined)
        places = [(name, span) for name, span in places if name not in defined]
        # «правительство Башара Асада» is Syria's where the text writes «президента Сирии Башара Асада»
        country_spans = [(s, c.code) for c in countries for s in c.spans]
        orgs = leaders_placed(orgs, text, country_spans)
        orgs = bodies_of_the_country_before(orgs, text, country_spans)  # «МИД страны»: the one named before
        orgs = party_names_rekeyed(orgs, codes, self.lexicon)
        orgs = chambers_named(orgs, self.lexicon.chambers)  # «американский парламент» … «Конгресс США»
        orgs = teams_named(orgs, text, self.lexicon.team_kinds)  # «Сборная России» … «Сборная России по хоккею»
        orgs.extend(party_mentions(doc.tokens, vocab, codes, taken, self.lexicon))
        signed = byline_names(text, persons, self._known_place)  # «Кристина Урсу, Киев» on the last line
        people = [m for m in people if not any(s.start <= m.span.start < s.stop for s in signed)
                  and not names_a_craft(text, m.span.start, vocab, self.lexicon)]  # «авианосца «Карл Винсон»»
        glosses = latin_glosses([(m.name, m.span) for m in people], [(m.name, m.span) for m in orgs], text)
        orgs = [m for m in orgs if m.span not in glosses]  # «Дональд Синден (англ. Donald Sinden)»
        spelled = latin_spellings(one_words, [m.name for m in people])
        in_office = {stem(m.name) for m in people if m.titled}  # «президент Макрон»: a surname, not «макрон»
        lower = _lower_case_stems(text)  # «Бариста», «Пелетон» … «бариста»: a word
        people_tags = tuple(merge_people(genders_agreed(in_context(family_names(people, text, vocab), text), text),
                                         lambda word: stem(word) not in others and skeleton(word) not in spelled
                                         and (not lower[stem(word)] or lower[stem(word)] < lower[stem(word).capitalize()]
                                              or self._known_name(word))
                                         and self._can_be_name(word, stem(word) in in_office)
                                         and not common_noun_only_at_starts(vocab, word, text, inside)
                                         and not place_adjective_written(word, written, vocab),
                                         self._is_given_name, written.__contains__, self._unknown_word))
        organizations = merge_organizations(orgs, text, lambda name: _known_nominative(vocab, name),
                                            self.lexicon.known_as, self.lexicon.told_apart,
                                            self.lexicon.eponym_heads | self.lexicon.eponym_kinds)
        publisher = publisher_names(article.source, self.publisher_domains)
        if publisher:  # «рассказал RT» in an article of RT: its source, not its subject
            organizations = without_publisher(organizations, publisher_test(publisher, self._same_organization), text)
        # «в городе Муроме» … «Муром посетят»: the person is the town
        people_tags, place_tags = people_named_as_places(
            people_tags, self._places(places, countries, people_tags, text, organizations), self._is_given_name)
        return Tags(
            countries=tuple(countries),
            people=tuple(people_tags),
            organizations=tuple(organizations),
            places=tuple(place_tags),
            dates=extract_dates(text, article.date, morph=self.models.morph_vocab),
        )

    # -- steps ---------------------------------------------------------------

    def _analyze(self, text: str) -> Doc:
        doc = Doc(russian_only(text))  # Ukrainian lines are not read (same offsets)
        doc.segment(self.models.segmenter)
        doc.tag_ner(self.models.ner_tagger)
        if not doc.spans:
            return doc
        doc.spans = [part for span in doc.spans for part in _names_run_together(span)]
        for span in doc.spans:
            if span.text[:1] in _QUOTE_PAIRS and _QUOTE_PAIRS[span.text[0]] not in span.text \
                    and len(span.text) > 1:  # «Альтернатива для Германии: the quote is outside the name
                span.start, span.text = span.start + 1, span.text[1:]
            kept = span.text.rstrip(" \u00a0–—-")
            if kept and kept != span.text and " " in kept:  # «Общероссийским народным фронтом –» + «ОНФ»
                span.stop, span.text = span.start + len(kept), kept
        # morphology is the slowest step: run it only where a mention needs normalizing
        doc.envelop_sent_spans()
        sents = [sent for sent in doc.sents if sent.spans]
        markups = self.models.morph_tagger.map([[t.text for t in s.tokens] for s in sents])
        for sent, markup in zip(sents, markups):
            for token, tag in zip(sent.tokens, markup.tokens):
                token.pos, token.feats = tag.pos, tag.feats
        doc.envelop_span_tokens()
        for span in doc.spans:
            if span.type == "LOC":
                span.normalize(self.models.morph_vocab)
        return doc

    def _is_organization(self, kind: str, tokens, regions: frozenset[str], text: str) -> bool:
        """An ORG span, or a place that names an institution («Кремль», «ЕС»); not a state
        written elsewhere as «штат Вермонт», a lone common word («Обсуждение»), a saint a
        church is dedicated to («монастыря Святого Самуила»), nor a chemical formula
        («выбросы СО2»). (A site after its word, «аэропорта
        Домодедово», the caller reads first: ``after_facility_word``.)"""
        vocab = self.models.morph_vocab
        words = [t.text for t in tokens]
        if names_region(words, regions):
            return False
        if words[0].startswith("Свят") and after_church_noun(text, tokens[0].start, vocab):
            return False  # a church's dedication: «монастыря Святого Самуила», «собор Святого Патрика»
        if names_facility(words, vocab, self.lexicon) or names_people(words, text, tokens[0].start, vocab) \
                or starts_with_function_word(words, text, tokens[0].start, vocab) \
                and not (len(words) > 1 and after_kind_noun(text, tokens[0].start, tokens[-1].stop, vocab,
                                                            self.lexicon.kind_nouns)):
            return False  # (a quoted name after its kind may start with one: партия «Мы с Италией»)
        if kind == "ORG":
            return not is_common_word(words, text, tokens[0].start, vocab, self.lexicon) \
                and not _FORMULA.fullmatch(text, tokens[0].start, tokens[-1].stop + 1)  # «СО2», «H2O»
        return kind == "LOC" and place_is_organization(words, vocab, self.lexicon)

    def _organizations(self, tokens, text: str, regions: frozenset[str], after,
                       products: list[str]) -> list[OrgMention]:
        """The mentions an ORG span makes: one per line it covers (a name does not cross a
        line break: «Америка⏎Республиканская партия»), in the nominative, edges mended.
        A name after a product word goes to ``products`` (things, no organizations), and so
        does a treaty's short name in a bracket after its name; countries, generic words, photo
        credits and an embedded post's signature («— ФК Локомотив (@fclokomotiv)») are
        dropped."""
        vocab = self.models.morph_vocab
        lines = [bracket_parts(part, vocab) for line in _line_parts(tokens, text)
                 for part in abbreviation_and_quoted_name(line, text,
                                                          lambda word: is_not_organization(word, self.lexicon))]
        # (tokens, the span of the name a short name in a bracket gives another name of)
        parts = [(part, Span(line[0][0].start, line[0][-1].stop) if k else None)
                 for line in lines for k, part in enumerate(line)]
        # the country after the span is the name's, past a bracket with its short name too:
        # «Федеральной резервной системы (Центробанка) США»
        country_at = len(parts) - len(lines[-1])
        out = []
        treaties: set[Span] = set()  # the names of treaties: a short name in a bracket after one is the treaty's
        for n, (tokens, alias_of) in enumerate(parts):
            written = " ".join(text[tokens[0].start:tokens[-1].stop].split())
            if alias_of in treaties or names_treaty(written, self.lexicon):
                # a treaty, and its short name in a bracket, here or written alone later: no
                # organization («Региональное … партнерство (РВЭП)» … «РВЭП»)
                treaties.add(Span(tokens[0].start, tokens[-1].stop))
                short = (written if alias_of is not None else written[len(without_bracket(written)):]).strip(" ()")
                if ABBREVIATION.fullmatch(short):
                    products.append(short)
                continue
            if len(tokens) > 1 and names_document([t.text for t in tokens], self.lexicon) \
                    and tokens[1].text[:1].isupper():
                tokens = tokens[1:]  # «Послание Федеральному собранию»: the body it is addressed to
            start, stop = tokens[0].start, tokens[-1].stop
            words = [t.text for t in tokens]
            if len(parts) > 1 and (names_region(words, regions)
                                   or is_common_word(words, text, start, vocab, self.lexicon)):
                continue
            appositive = after_kind_noun(text, start, stop, vocab, self.lexicon.kind_nouns)
            phrase = tokens[0].pos == "ADP" and text[start - 1:start] in ("«", '"')  # «На Малой Пироговке»: as written
            name = tidy_name(" ".join(text[start:stop].split())) if appositive or phrase else self._nominative_name(tokens)
            if after_product_noun(text, Span(start, stop), name, vocab, self.lexicon) or numbered_model(name) \
                    or names_an_index(text, Span(start, stop)) \
                    or dated_in_a_list(text, Span(start, stop)):  # «индекс Dow Jones», «Invaders Must Die (2009)»
                products.append(name)
            elif not (self.gazetteer.lookup(name) and not self._channel(name)
                      or _in_credit_line(text, start) or _signs_a_post(text, start, stop)
                      or _marks_an_editors_note(text, start, stop)
                      or is_not_organization(name, self.lexicon)
                      and not platform_as_company(name, text, start, self.lexicon)):
                mention = self._with_country(name, Span(start, stop), after if n == country_at else None, tokens)
                out.append(replace(mention, alias_of=alias_of, appositive=appositive))
        return out

    def _owner_country(self, place) -> str | None:
        """The code of the country a span right after an organization names as its owner
        (or its capital: «ГУ МВД» + «Москвы»), in the genitive or by an abbreviation: «ВС» +
        «России», «ВС» + «США (STRATCOM)»; None for one in the nominative, which is a subject
        of its own («на заседании Совбеза ООН Москва не стала …»)."""
        if place is None or place.type != "LOC":
            return None
        name = without_bracket(place.text)
        genitive = (place.tokens[0].feats or {}).get("Case") == "Gen" or ABBREVIATION.fullmatch(name) is not None
        return self.gazetteer.lookup(name) if genitive else None

    def _channel(self, name: str) -> bool:
        """A country's name and a number: a channel («Россия 1», «Россия-24», «112 Украина»),
        and a capital's with a space («Москва 24»), not with a hyphen («Минск-2» is an
        agreement)."""
        place = _NUMBER_PART.sub("", name)
        return place != name and not (self.gazetteer.is_capital(place) and "-" in name)

    def _remits(self, doc: Doc, text: str, token_at: dict[int, int]) -> list[OrgMention]:
        """Bodies named by their remit and branches for a region (``remit_mentions``), but
        not one inside an ORG span begun before it on its line (the NER's longer name
        stands), nor a whole name the NER tagged with a post's «по» phrase after it.
        (``token_at``: the index of the token that starts at an offset.)"""
        gazetteer = self.gazetteer
        found = remit_mentions(doc.tokens, text, self.models.morph_vocab, gazetteer.lookup,
                               lambda name: gazetteer.region_country(name) or gazetteer.city_country(name),
                               self.lexicon, persons=[Span(s.start, s.stop) for s in doc.spans if s.type == "PER"])

        def cut(m: OrgMention) -> bool:
            start = (m.alias_of or m.span).start
            return any(s.type == "ORG" and s.start < start < s.stop and "\n" not in text[s.start:start]
                       for s in doc.spans)  # (a span's line before a name is not a part of it)

        vocab = self.models.morph_vocab

        def words_before(start: int) -> list:
            """The two words before ``start``, each one space before the next."""
            words = []
            i = token_at.get(start)
            while i and len(words) < 2 and doc.tokens[i - 1].stop == start - 1:
                i, start = i - 1, doc.tokens[i - 1].start
                words.append(doc.tokens[i])
            return words

        def a_post(m: OrgMention) -> bool:
            """The «по» phrase is a post's, after a word for a post with a portfolio
            (``Lexicon.portfolio_posts``, one word before or two: «заместитель председателя»)
            and a whole name the NER tagged: «вице-президент Европейской комиссии по вопросам
            занятости», «специальный представитель Государственного департамента США по
            вопросам Украины»,
            «спецпредставитель Госдепартамента США по вопросам Украины»."""
            if m.key and m.key[1].startswith("region:"):
                return False  # (a branch: «представитель МВД по Татарстану»)
            po = text.find(" по ", m.span.start)
            return any(any(lemma(p) in self.lexicon.portfolio_posts for p in vocab.parse(fold(w.text)))
                       for w in words_before(m.span.start)) \
                and any(s.type == "ORG" and s.start == m.span.start and s.stop <= po for s in doc.spans)

        dropped = [m.span for m in found if m.alias_of is None and (cut(m) or a_post(m))]
        return [m for m in found if (m.alias_of or m.span) not in dropped]

    def _with_country(self, name: str, span: Span, after, tokens=()) -> OrgMention:
        """«МИД» + «России» → «МИД России», keyed (МИД, RU) so that a later «МИД» joins it;
        «Правительство» + «Москвы» is keyed by the city (not the Russian government); an
        organization of many states takes no country («выход из ЕС Великобритании»). A name
        the NER wrote with its country in the genitive is keyed so too: «Нафтогаз Украины»
        (нафтогаз, UA), which a later «Нафтогаз» joins. The key has no bracket: «Главное
        управление разведки (ГУР)» joins «ГУР Украины» as «Главное управление разведки» does."""
        key = fold(without_bracket(name))
        # (the place before a bracket the NER took in: «Украины (ВСУ)», «Японии (ТППЯ, …»)
        place, _, bracket = after.text.partition(" (") if after is not None else ("", "", "")
        code = after is not None and after.type == "LOC" and key not in self.lexicon.international \
            and self.gazetteer.lookup(place)
        city = code and self.gazetteer.city_country(place)
        code = f"{city}:{stem(place)}" if city else code
        owner_place = not code and after is not None and after.type == "LOC" and _WORDS.fullmatch(place) \
            and not self._agreeing(place)
        if owner_place and (" " in name or key in self.lexicon.branch_offices or key in self.lexicon.heads
                            or key.endswith(self.lexicon.compound_heads)):
            # «Министерства экологии» + «Московской области», «СК» + «Татарстана», «Городская
            # дума» + «Краснодара», «Госсовета» + «Крыма», «Верховного суда» + «СССР» (a place
            # of no country of today) (not «ИГ» + «Ракки»)
            region = self.gazetteer.region_country(place) or self.gazetteer.city_country(place) or ""
            code = f"{region}:{' '.join(stem(w) for w in place.split())}"
        if code and (place.isupper() or self._genitive(after)):
            short = bracket[:-1]
            if bracket and not (bracket.endswith(")") and (not CYRILLIC.search(short) or abbreviates(
                    short, f"{name} {place}") or abbreviates(short, name))):
                # (a bracket cut open, or another body's abbreviation: «Министерство обороны США
                # (РУМО)», «МИД РФ (МГИМО)»: the place alone)
                return OrgMention(f"{name} {place}", Span(span.start, after.start + len(place)), key=(key, code))
            return OrgMention(f"{name} {after.text}", Span(span.start, after.stop), key=(key, code))
        last = tokens[-1] if len(tokens) > 1 else None
        country = last is not None and name.endswith(" " + last.text) and self.gazetteer.country_form(last.text)
        if country and country[1] == "name" and (last.feats or {}).get("Case") == "Gen":  # (not «RT UK»)
            owner = fold(name[:-len(last.text) - 1])
            if owner not in self.lexicon.international:
                return OrgMention(name, span, key=(owner, country[0]))
        return OrgMention(name, span, key=(key, ""))

    def _agreeing(self, place: str) -> bool:
        """``place`` is one adjective, which agrees with the name before it rather than owning
        it: «Всевеликого войска Донского», «ОВД Урус-Мартановского» (района), not «Карелии»."""
        word = fold(place)
        return " " not in word and _GENITIVE_ADJECTIVE.search(word) is not None and not any(
            "Geox" in p.tag for p in self.models.morph_vocab.parse(word))

    def _genitive(self, span) -> bool:
        """The words of ``span`` are in the genitive: so tagged, or tagged in another oblique
        case the dictionary does not tell from it («в Заксобрании Карелии»: «Карелии» as a
        locative, agreeing with the word before)."""
        if any(t.feats and t.feats.get("Case") == "Gen" for t in span.tokens):
            return True
        first = span.tokens[0]
        return (first.feats or {}).get("Case") in ("Loc", "Dat") and any(
            "gent" in p.tag for p in self.models.morph_vocab.parse(fold(first.text)))

    def _countries(self, article: Article, text: str, persons: Iterable[Span] = ()) -> list[Entity]:
        """Gazetteer hits by salience. A name inside a person's name is not the country
        («Мартин Куба», «Доминика де Вильпена»); a country named only as a company's
        nationality is not tagged («ирландская авиакомпания Ryanair»)."""
        persons = list(persons)
        hits: dict[str, list[Span]] = {}
        companies: dict[str, bool] = {}  # code -> every mention is a company's nationality
        terms: dict[str, bool] = {}  # code -> every mention is an abbreviation of another term
        for hit in self.gazetteer.find(text):
            if hit.how in ("name", "capital") and any(p.start <= hit.start and hit.stop <= p.stop for p in persons):
                continue
            if self.gazetteer.in_ban_formula(text, hit):
                continue  # «ИГ (запрещена в России)»: a legal formula, no mention of Russia
            if self.gazetteer.names_a_thing(text, hit) or self.gazetteer.names_a_street(text, hit):
                continue  # «батальон «Сомали»», «Английская набережная»: a name, no mention of the country
            if is_historical_state(_word_at(text, hit.start, hit.stop), self.lexicon):
                continue  # «Австро-Венгрии»: a state of the past, neither Austria nor Hungary
            hits.setdefault(hit.code, []).append(Span(hit.start, hit.stop))
            companies[hit.code] = companies.get(hit.code, True) and self.gazetteer.describes_company(text, hit)
            terms[hit.code] = terms.get(hit.code, True) and self.gazetteer.spells_another_name(text, hit)
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
            Entity(kind="countries", name=self.gazetteer.name(code), code=code, mentions=len(spans), spans=tuple(spans))
            for code, spans in sorted(hits.items(), key=salience)
        ]

    def _shared_noun_name(self, span, other, name_of) -> str | None:
        """The name of a one-adjective ``span`` that shares its noun with ``other`` (named by
        ``name_of``): the noun, and the adjectives written in the plural (``elision``)."""
        partner = name_of(other)
        shared = [k == len(other.tokens) - 1 or (t.feats or {}).get("Number") == "Plur"
                  for k, t in enumerate(other.tokens)]
        return completed_name(span.tokens[0].text, partner, shared, self.models.morph_vocab) if partner else None

    def _org_name(self, doc: Doc):
        """The nominative name of an ORG span, as ``_organizations`` makes it (for a partner
        of an elided noun)."""
        def name_of(span) -> str | None:
            if len(span.tokens) < 2 or "\n" in doc.text[span.start:span.stop]:
                return None
            return self._nominative_name(span.tokens)

        return name_of

    def _nominative_name(self, tokens) -> str:
        """An organization's name from its tokens: in the nominative, adjectives agreeing,
        edges mended."""
        vocab = self.models.morph_vocab
        return tidy_name(agreeing_name(normalize_organization(vocab, tokens), vocab))

    def _same_organization(self, name: str, other: str) -> bool:
        """The two names are one organization's: alike but for case and ё, or in one list of
        known names («НГ», «Независимая газета»)."""
        group = known_group(self.lexicon.known_as, name)
        return fold(name) == fold(other) or group is not None and group == known_group(self.lexicon.known_as, other)

    def _union(self, written: str) -> bool:
        """An abbreviation of a union of states, no place: «СНГ», «АСЕАН», «ЕС»
        (``Lexicon.international`` and ``known_names``)."""
        return written.isupper() and (fold(written) in self.lexicon.international
                                      or self.lexicon.known_as(written) is not None)

    def _place_name(self, span, text: str, inside: frozenset[str] | None = None) -> str | None:
        word = span.tokens[0] if len(span.tokens) == 1 else None  # the tagger's reading of a one-word name
        pos, case = (word.pos, *_feats(word, "Case")) if word else (None, None)
        common_at_start = word is not None and inside is not None and starts_sentence(text, span.start) \
            and stem(span.text) not in inside and not self.gazetteer.city_country(span.normal or span.text)
        # («Рынок растёт»: no capital inside a sentence names it; a town the gazetteer knows does: «Байконур»)
        return place_name(span.normal or span.text, span.text, text[span.stop:span.stop + 60], self.models.morph_vocab,
                          self.places_lexicon, pos=pos, case=case, common_at_start=common_at_start,
                          before=text[max(0, span.start - 40):span.start])

    def _with_place_noun(self, tokens, doc_tokens, token_at: dict[int, int], text: str) -> list:
        """A one-word LOC span that is an adjective, with the words after it that finish its
        place's name (``places.place_noun_after``): «Штокмановского» + «месторождения»; not a
        country's adjective («в китайском городе»), nor a dictionary word that starts a
        sentence («Крупнейший город США»)."""
        i = token_at.get(tokens[0].start)
        if len(tokens) != 1 or i is None or not tokens[0].text[:1].isupper() or self.gazetteer.lookup(tokens[0].text):
            return tokens
        vocab = self.models.morph_vocab
        if starts_sentence(text, tokens[0].start) \
                and all(p.is_known and "Geox" not in p.tag.grammemes for p in vocab.parse(fold(tokens[0].text))):
            return tokens
        following = []
        for before, token in zip(doc_tokens[i:i + 3], doc_tokens[i + 1:i + 4]):
            if text[before.stop:token.start] != " ":
                break
            following.append(token.text)
        return doc_tokens[i:i + 1 + place_noun_after(tokens[0].text, following, vocab)]

    def _named_after(self, tokens, doc_tokens, token_at: dict[int, int], text: str) -> tuple[str, Span] | None:
        """A place named after someone or something (``places.named_after``) with its
        mention: the span's own first word is its noun («Парке Горького») or the word right
        before the span is («в парке Горького»); not a city or region the gazetteer knows
        («на центральной площади Грозного»)."""
        vocab = self.models.morph_vocab
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

    def _places(self, places: list[tuple[str, Span]], countries: Iterable[Entity] = (),
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
                        *([fold(first)] if self._is_given_name(first) else [])):
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
        listed = self._capitals_listed_with_towns(places, text)  # «Идлиб, Дамаск и Алеппо»: cities
        for name, span in places:
            if span in glosses:
                continue
            name = named_as[name]
            bare = without_bracket(name)
            capital = self._capital_or_seat(bare)
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
                of_the_dictionary[name] = any(self._geographic(word) for word in name.split())
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
            code = described \
                or (unknown or near_a_town(text, span.start)) \
                and country_after(text, span.start, span.stop, self.gazetteer.country_form) \
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
        for run in runs:  # «в японских городах Йокосука, Сасэбо и Куре»
            code = len(run) > 1 and list_described(text, run[0][0].start, self.gazetteer.country_form)
            if not code and len(run) > 1 and listed_under_plural_kind(text, run[0][0].start):
                # «в провинциях Дараа и Эль-Кунейтра»: one known country among places of one kind
                codes_of_run = {known[name] for _, name in run if known[name]}
                code = codes_of_run.pop() if len(codes_of_run) == 1 else None
            if code and code not in disputants:
                listed.update((name, code) for _, name in run if not known[name])
        vocab = self.models.morph_vocab
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
                or (listed.get(name) if fold(name) not in self.places_lexicon.disputed
                    and not of_the_dictionary[name]
                    and not of_no_named_country(name) else None),  # (not «Крым», «Альпы», «Средняя Азия», a sea)
                spans=tuple(spans),
            )
            for name, spans in grouped.items()
            if not (persons.get(fold(name), 0) >= len(spans) and not known[name]
                    and not self._geographic(name))
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
        entities = _settlements_in_the_sentence_country(entities, countries, text, free, organizations)
        # (the countries the article names, and those of its places: «Ботлихский район» … «Дагестан»)
        entities = towns_of_the_named_countries(entities, codes | {e.country for e in entities if e.country},
                                                text, free, self.gazetteer.towns_elsewhere,
                                                self.gazetteer.town_country, self.places_lexicon.disputed, vocab)
        entities = places_of_a_one_country_article(entities, list(countries), free, text, vocab)
        entities = sites_of_the_articles_place_country(entities, list(countries), free, text, vocab, disputants,
                                                       is_country)
        entities.sort(key=lambda e: (-e.mentions, e.spans[0].start))
        return entities

    def _capital_or_seat(self, name: str) -> bool:
        """A capital, or a city seating a union («Брюссель» stands for the EU): the state
        or the union where the text does not name the city (``Gazetteer.names_the_city``)."""
        return self.gazetteer.is_capital(name) or fold(name) in self.places_lexicon.seats

    def _capitals_listed_with_towns(self, places: Sequence[tuple[str, Span]], text: str) -> frozenset[Span]:
        """The spans of capitals written in a list with a town that is no capital, which
        makes them the cities: «Эль-Кунейтра, Дараа, Идлиб, Дамаск и Алеппо» (not «Москва и
        Пекин договорились», two states)."""
        name_at = {span: name for name, span in places}
        vocab = self.models.morph_vocab

        def cases(span: Span) -> set[str]:
            return {p.tag.case for p in vocab.parse(fold(text[span.start:span.stop]))}

        out: set[Span] = set()
        for run in _lists(sorted(name_at), text):
            capitals = [span for span in run if self._capital_or_seat(name_at[span])]
            towns = [span for span in run if span not in capitals and self.gazetteer.town_country(name_at[span])]
            # (in the same case: «в британском Манчестере, Лондон выступил» is no list)
            out.update(span for span in capitals if any(cases(span) & cases(town) for town in towns))
        return frozenset(out)

    def _people_listed_as_places(self, spans, text: str) -> list:
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
                           and (not self._known_place(s.text) or self._town_named_as_a_man(s.text)))
            if people >= 1 and people + 1 >= len(chain) - people:
                out.extend(s for s in chain if s.type == "ORG" and len(s.tokens) == 1 and self._surname_only(s.text))
        return out

    def _town_named_as_a_man(self, word: str) -> bool:
        """A town named like a Russian man's surname, in the nominative, that is no country,
        well-known city or region («Куйбышев», «Калинин»; not «Королёв», «Минск»)."""
        return fold(word).endswith(MANS_SURNAME) and not self.gazetteer.lookup(word) \
            and not self.gazetteer.city_or_region_country(word)

    def _surname_only(self, word: str) -> bool:
        """A word the dictionary knows as a surname and as nothing else («Троцкий», not
        «Дзержинский»: a town's adjective too; not «Свобода»)."""
        parses = self.models.morph_vocab.parse(fold(word))
        return bool(parses) and all(p.is_known and "Surn" in p.tag.grammemes for p in parses)

    def _known_place(self, name: str) -> bool:
        """A country, city, region or town of the gazetteer, or a place of the dictionary."""
        return bool(self.gazetteer.lookup(name) or self.gazetteer.place_country(name)
                    or self.gazetteer.town_country(name) or self._geographic(name))

    def _geographic(self, name: str) -> bool:
        """A name the dictionary knows as a place's («Эверест», «Боливар»)."""
        return any(p.is_known and "Geox" in p.tag.grammemes for p in self.models.morph_vocab.parse(fold(name)))

    def _names_country(self, span) -> bool:
        """A PER span that is a country: «Эль Сальвадор», «Коста Рика» in a list; one word
        only by its name, and not a name the dictionary knows too («Чили», not «Доминика»)."""
        if len(span.tokens) > 1:
            return bool(self.gazetteer.lookup(span.text))
        form = self.gazetteer.country_form(span.text)
        return form is not None and form[1] == "name" and not self._known_name(span.text)

    def _unknown_word(self, word: str) -> bool:
        """A word the dictionary does not know («Ратерфорда»; it only guesses its forms)."""
        return not any(p.is_known for p in self.models.morph_vocab.parse(fold(word)))

    def _known_name(self, word: str) -> bool:
        """A surname or first name the dictionary knows (not only guesses): «Навальный»
        stays a name next to «навальный футбол», «Надежда» next to «одна надежда»."""
        return any(p.is_known and {"Surn", "Name"} & p.tag.grammemes for p in self.models.morph_vocab.parse(fold(word)))

    def _is_given_name(self, word: str) -> bool:
        """A first name in the dictionary and not also a surname («Александр», not «Иванов»)."""
        grammemes = [set(p.tag.grammemes) for p in self.models.morph_vocab.parse(fold(word)) if p.is_known]
        return any("Name" in g for g in grammemes) and not any("Surn" in g for g in grammemes)

    def _can_be_name(self, word: str, in_office: bool = False) -> bool:
        """False for a capitalized common word tagged as a person («Кремль», «Президенты»;
        but a word written after an office, ``in_office``: «президент Макрон»), a country
        or city, a lone letter pair («Эл») or a word with digits."""
        if len(word) < 3 or any(c.isdigit() for c in word) or (word.isupper() and len(word) <= 5):
            return False
        region = self.gazetteer.region_country(word) and not any(
            "Surn" in p.tag.grammemes for p in self.models.morph_vocab.parse(fold(word)))  # not «публицист Воеводина»
        if self.gazetteer.lookup(word) or ((self.gazetteer.city_country(word) or region)
                                           and not self._is_given_name(word)):
            return False  # a country, a city or a region («Нью-Хэмпшира»), but «брат Владимир» is a person
        if is_word_compound(self.models.morph_vocab, word):
            return False  # «Даунинг-стрит», «Экс-вице-президент»
        if is_not_organization(word, self.lexicon):
            return False  # a generic term, event or platform: «Брексит», «Фейсбук»
        if in_office:
            return True
        if is_plain_word(self.models.morph_vocab, word):
            return False  # «Кремль», «Президенты», «Семидесятилетний»
        parses = self.models.morph_vocab.parse(word)
        if fold(word).endswith(_NO_SURNAME_ADJECTIVE) and not fold(word).endswith(_FAMILY_PLURAL) and parses \
                and not any(p.is_known for p in parses) and any(p.tag.POS in ("ADJF", "PRTF") for p in parses) \
                and (fold(word).endswith(_PLURAL_ADJECTIVE) or not any(NAME_GRAMMEMES & p.tag.grammemes for p in parses)):
            return False  # an adjective the dictionary guesses, in a form no surname has: «Орфанные»,
            # «Антиковидную», «Лиофилизированный» (not «Сафаровы», «братьев Комбаровых»: a family)
        if fold(word).endswith("ически") and parses and parses[0].tag.POS == "ADVB":
            return False  # an adverb the dictionary guesses: «Хирургически (точный вопрос)» (not «Левандовски»)
        if not parses or not any(p.is_known for p in parses):
            return True  # not in the dictionary: a foreign name more likely than not
        return any(NAME_GRAMMEMES & p.tag.grammemes for p in parses)


def _name_token(token) -> NameToken:
    """A word with the morph tagger's case, gender and number."""
    return NameToken(token.text, token.start, token.stop, *_feats(token, "Case", "Gender", "Number"))


def _name_tokens(span) -> list[NameToken]:
    return [_name_token(t) for t in span.tokens]


def _line_parts(tokens, text: str) -> list[list]:
    """The tokens of a span split where a line break separates two of them."""
    parts = [[tokens[0]]]
    for left, right in zip(tokens, tokens[1:]):
        if "\n" in text[left.stop:right.start]:
            parts.append([])
        parts[-1].append(right)
    return parts


_FAMILY_PLURAL = ("овых", "евых", "иных", "ыных")  # a family of «-ов», «-ин» in the plural: «Комбаровых»
# endings of an adjective no surname has: the plural, the feminine accusative, the neuter,
# a participle's «-нн-» (unless the dictionary guesses a surname too: «Лукашевскую»)
_PLURAL_ADJECTIVE = ("ые", "ие", "ых", "их")
_NO_SURNAME_ADJECTIVE = (*_PLURAL_ADJECTIVE, "ую", "юю", "ое", "ее", "нная", "нный", "нную", "нной")


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
                                        free: dict[str, bool],
                                        organizations: Iterable[Entity] = ()) -> list[Entity]:
    """Settlements with no country yet, named after a word for their kind («посёлок», «село»,
    «город»; ``free``: not disputed, not of the dictionary), and parts of a city by their
    noun («площадь», «район»), with the one country of the other places of their sentence
    (``places_described.sentence_country``: «село Карамахи» of a sentence on Dagestan → RU,
    «на Европейской площади в центре Киева» → UA; NG/RT: 13 settlements, all read, right).
    A country named as an organization's owner, inside its name or as the adjective right
    before it, says whose the organization is, not where the sentence is: «В населённом
    пункте Вафидин при поддержке российского Центра по примирению … коридор, связывающий
    Дамаск …» → SY. A country the article names none of, nor two of its places are in, is
    none (a Syrian village «Дубай», which the gazetteer has as the emirate's, gives «Мисраба»
    of its sentence no AE; «Университетская набережная» of an article on St Petersburg is RU)."""
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
                         for found in [sentence_country(text, span.start, span.stop, places, named)]
                         if found and (found in codes or not codes)), None)
        out.append(replace(e, country=code) if code else e)
    return out


def surnames_read_as_organizations(spans, text: str, is_first_name: Callable[[str], bool]) -> list:
    """ORG spans of one word, not in quotes, that are a form of the surname of a person
    the text names in full, by a first name (``is_first_name``) or initials: the NER read
    the person as an organization («приостановила лицензию Нифонтовой» … «Анастасия
    Нифонтова»; «доклад Макларена» … «Ричард Макларен»; not «самолёт «Сухой»» next to
    «Александр Сухов», nor an abbreviation, nor «Транссиба» next to a PER span «Витте
    Транссибу»)."""
    surnames = {stem(s.tokens[-1].text) for s in spans if s.type == "PER" and len(s.tokens) > 1
                and CYRILLIC_WORD.fullmatch(s.tokens[-1].text) and "\n" not in text[s.start:s.stop]
                and (is_first_name(s.tokens[0].text) or is_initial(s.tokens[0].text)
                     or len(s.tokens[0].text) == 1)}
    # (a PER span run over a line break ends in no surname: «Сергей Горяшко ⏎ Би-би-си»)
    return [s for s in spans if s.type == "ORG" and len(s.tokens) == 1 and CYRILLIC_WORD.fullmatch(s.text)
            and s.text[1:] == s.text[1:].lower() and stem(s.text) in surnames
            and text[s.start - 1:s.start] not in _QUOTES and text[s.stop:s.stop + 1] not in _QUOTES]


def _lists(spans: Sequence, text: str) -> list[list]:
    """``spans`` (in the order of the text) in runs written as a list: «A, B и C»."""
    runs: list[list] = []
    for span in spans:
        if runs and _LIST_SEPARATOR.fullmatch(text, runs[-1][-1].stop, span.start):
            runs[-1].append(span)
        else:
            runs.append([span])
    return runs


_QUOTES = frozenset("«»\"„“”")
_LIST_SEPARATOR = re.compile(r",[ \u00a0]+|[ \u00a0]+и[ \u00a0]+|,[ \u00a0]+а также[ \u00a0]+")


# (not in a hashtag or a link: «#трамп»)
_CYRILLIC_WORD = re.compile(r"(?:^|(?<=[\s«\"„“(—]))[А-ЯЁа-яё][а-яё]{4,}(?![\w-])")


def _lower_case_stems(text: str) -> Counter:
    """How often the text writes each stem of five letters or more in lower case (the key
    as it is) and capitalized (the key capitalized): a word written in lower case at least
    as often is a common word, not a name («Бариста» … «разрешил бариста»; not «Трамп» six
    times next to a comment's «трамп», nor «Макс» … «макс.»: a shorter stem; nor a surname
    or first name the dictionary knows: «Навальный» … «навальный футбол», ``Tagger._known_name``)."""
    counts: Counter = Counter()
    for match in _CYRILLIC_WORD.finditer(text):
        key = stem(match.group())
        if len(key) >= 5:
            counts[key.capitalize() if match.group()[0].isupper() else key] += 1
    return counts


def _word_at(text: str, start: int, stop: int) -> str:
    """The whole word, hyphenated parts and all, that ``start``…``stop`` is in: «Австро» →
    «Австро-Венгрии»."""
    while start > 0 and (text[start - 1].isalpha() or text[start - 1] == "-" and text[start - 2:start - 1].isalpha()):
        start -= 1
    while stop < len(text) and (text[stop].isalpha() or text[stop] == "-" and text[stop + 1:stop + 2].isalpha()):
        stop += 1
    return text[start:stop]


def _within_remit(span, text: str, remits: Sequence[OrgMention]) -> bool:
    """An ORG span that overlaps a body named by its remit (``remit_mentions``) is part of
    it, but one inside it after its first word, without its «по», is an organization of its
    own too («Комитет Госдумы по обороне»: «Госдума»; «Департамент по связям с инвесторами
    Газпрома»: «Газпром»); a place inside it stays a place («УФСБ по Пермскому краю»), not
    a LOC span that runs into the remit («США по международному развитию (USAID)»)."""
    inside = " по " not in f" {text[span.start:span.stop]} "
    for m in remits:
        if span.type == "ORG" and span.start < m.span.stop and m.span.start < span.stop:
            # (one begun before it on its line has cut it out: ``Tagger._remits``)
            return not (m.span.start < span.start and span.stop <= m.span.stop and inside)
        if m.span.start <= span.start < m.span.stop:
            return span.stop > m.span.stop or not inside
    return False


_GENITIVE_ADJECTIVE = re.compile(r"(?:ого|его|ой|ей)$")
# a chemical formula of two elements or more, a digit last: «СО2», «H2O», «CH4» (not «С14», a group)
_FORMULA = re.compile(r"(?=(?:.*[A-ZА-ЯЁ]){2})(?:[A-ZА-ЯЁ][a-z]?\d*){2,3}\d")
_WORDS = re.compile(r"[\w-]+(?: [\w-]+)*")


def _span_right_after(spans, text: str, stop: int):
    """The span that starts right after ``stop``, only spaces between, or None."""
    return next((s for s in spans if s.start >= stop and not text[stop:s.start].strip(" \u00a0")), None)


def _following_spans(spans, text: str) -> dict:
    """Span that directly follows (only spaces between) another span, by the first one's stop."""
    out = {}
    for left, right in zip(spans, spans[1:]):
        if text[left.stop:right.start].strip(" \u00a0") == "":
            out[left.stop] = right
    return out


# a credit before the mention in its sentence: «Фото: ТАСС», «… к сражению. Фото Reuters»,
# «Фото: Егор Алеев/ТАСС», «© Reuters»
_CREDIT_BEFORE = re.compile(r"(?i)(?:\b(?:фото|photo|коллаж|иллюстрация)\b[^\S\n]*:?|©)[^.!?\n]{0,60}$")


def _in_credit_line(text: str, start: int) -> bool:
    """The mention is in a photo credit («Фото: ТАСС», «© Reuters»)."""
    line_start = text.rfind("\n", 0, start) + 1
    return bool(_CREDIT_BEFORE.search(text, line_start, start))


# an embedded post's signature: a dash or «Публикация от» (Instagram) before the author's
# name, at most a word between («— Garry Kasparov (@Kasparov63)», «— Газета ZELAO.RU
# (@zel_ao)», «… on track. — Nigel Farage (@Nigel_Farage) 9 июля 2018 г.»), the handle
# after it, then the line's end or the post's date
_SIGNATURE_BEFORE = re.compile(r"(?:^|[^\S\n])(?:[—–]|" + POST_SIGNED + r")[^\S\n]*(?:\w+[^\S\n]+)?$", re.M)
_NUMBER_PART = re.compile(r"^\d+[ \u00a0-]+|[ \u00a0-]+\d+$")  # «112 Украина», «Россия 1», «Россия-24»
_POST_DATE_START = r"(?:\d|[А-ЯЁA-Z][а-яёa-z]{2,}\.?[^\S\n]+\d)"  # «1 декабря 2016 г.», «Авг 24 2017»
# a post's signature on a line of its own: a dash, the author, the handle, maybe a date
_SIGNATURE_LINE = re.compile(r"[—–][^\S\n]*[^\n]{1,80}?(\(@\w+\))(?:[^\S\n]*" + _POST_DATE_START + r"[^\n]{0,30})?")
_HANDLE_AFTER = re.compile(r"[^\S\n]*\(@\w+\)[^\S\n]*(?:\n|$|" + _POST_DATE_START + ")")


def _marks_an_editors_note(text: str, start: int, stop: int) -> bool:
    """The mention is the mark that ends an editor's note in a bracket: «FIDE
    (Международной федерации шахмат. — RT)», «(Василий. — RT)»: the publisher's, no
    organization of the text."""
    return text[stop:stop + 1] == ")" and _EDITOR_NOTE_BEFORE.search(text, max(0, start - 120), start) is not None


# (a paragraph break before the dash too)
_EDITOR_NOTE_BEFORE = re.compile(r"\([^()\n]{1,100}?[.!?…]\s*[—–][ \u00a0]*\Z")


def _signs_a_post(text: str, start: int, stop: int) -> bool:
    """The mention is the author's name an embedded post is signed with (not «Apple (@Apple)
    представила …», «производитель — Apple (@Apple) — представил»: a handle in the prose)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_stop = text.find("\n", stop)
    signature = _SIGNATURE_LINE.fullmatch(text[line_start:len(text) if line_stop < 0 else line_stop].strip())
    if signature is not None and start - line_start < signature.start(1):
        return True  # the line is a signature, the handle after more words: «— RT на русском (@RT_russian)»
    return _HANDLE_AFTER.match(text, stop) is not None and (
        text[start] in "—–" or _SIGNATURE_BEFORE.search(text, max(line_start, start - 40), start) is not None)


def _feats(token, *names: str) -> list[str | None]:
    feats = token.feats or {}
    return [feats.get(name) for name in names]


_OC_CASE = {"Gen": "gent", "Dat": "datv", "Acc": "accs", "Ins": "ablt", "Loc": "loct"}


_NEVER_NOMINATIVE = ("ом", "ем", "ами", "ями", "ах", "ях")
# a word and a number or capital letters: «Формулы-1», «Евро-2016», «Союза-У», «Союза-ТМА»
_NUMBERED = re.compile(r"([А-ЯЁа-яё]{2,})-(\d+|[А-ЯЁ]{1,3})")


def _inflect(vocab: MorphVocab, token, in_phrase: bool = False) -> str:
    """natasha's ``inflect_word``, then a looser try for words whose gender or number the
    tagger got wrong: any parse in the tagged case, put in the nominative («Алросой»); a
    noun the dictionary knows only out of the nominative, in another case than tagged.
    An adjective keeps its stem: «Высшей» → «Высшая», not the lexeme's «высочайшая».
    ``in_phrase``: the word heads a name of several words."""
    numbered = _NUMBERED.fullmatch(token.text)
    if numbered:  # «Формулы-1» → «формула-1»: the word declines, the number or the letters stay
        word = SimpleNamespace(text=numbered.group(1), pos=token.pos, feats=token.feats)
        return f"{_inflect(vocab, word, in_phrase)}-{numbered.group(2)}"
    word = inflect_word(vocab, token)
    case = (token.feats or {}).get("Case")
    original = token.text.lower().replace("ё", "е")
    word = _stem_kept(vocab, token, original, word)
    possessive = POSSESSIVE_OBLIQUE.fullmatch(original)
    if token.pos == "ADJ" and case in _OC_CASE and possessive and word == original \
            and not any(p.tag.POS == "ADJF" and p.is_known for p in vocab.parse(original)):
        # a short possessive adjective the dictionary does not know: «Чудовом» → «чудов»,
        # «на Куликовом поле» → «куликово» (not «куликовое», the guess of a full adjective)
        ending = {"Fem": "а", "Neut": "о"}.get((token.feats or {}).get("Gender"), "")
        return possessive.group(1) + ending
    if token.pos == "ADJ" and case in _OC_CASE and len(word) > len(original):
        return _closest_nominative(vocab, original, _OC_CASE[case], token.feats.get("Gender")) or word
    if word != original:
        return (_noun_declension(vocab, token, original) or word) if word.endswith(_ADJECTIVE_ENDINGS) else word
    parses = vocab.parse(word)
    for parse in parses:
        if parse.tag.case == _OC_CASE.get(case) and parse.tag.POS in ("NOUN", "ADJF"):
            form = parse.inflect({"Nom"})
            if form and not (parse.tag.number == "plur" and NAME_GRAMMEMES & parse.tag.grammemes
                             and len(form.word) > len(word)):
                return form.word  # (no bare stem made a person's name in the plural: «Брэбэм» → «брэбэмы»)
    oblique = parses and all(p.tag.case not in ("nomn", None) for p in parses)
    if token.pos in ("NOUN", "PROPN") and oblique \
            and (all(p.is_known for p in parses) and (case in _OC_CASE or word.endswith(_NEVER_NOMINATIVE))
                 or case not in _OC_CASE and word.endswith(("ом", "ем"))) \
            and not (word.endswith("е") and not token.text.islower()
                     and (not in_phrase or any(p.tag.gender not in ("masc", "neut") for p in parses))) \
            and all(part[1:].islower() for part in token.text.split("-")):
        # a word the dictionary knows only out of the nominative, tagged in another oblique
        # case («в Минтруда» tagged locative; in «-е» only a masculine or neuter noun heading
        # words after it: «в … Центре стратегических разработок» tagged instrumental; a word in
        # lower case is a common noun, any gender: «Национальной ассамблее Франции») or
        # tagged nominative with an ending no name has in the nominative («Юганскнефтегазом»,
        # «Левада-Центром»; a word the dictionary does not know, when no guess at it is in
        # the nominative and it ends like an instrumental: «Детгизом», not «Мосгоризбирком»,
        # nor «Хезболлах», which the guesses would make a plural);
        # not «Алроса» (a name, not the genitive of «алрос»), «в «Алросе»», «Шальке» (no
        # form of «шалька»), «УрФУ», «ГИПРОНикелем»
        form = parses[0].inflect({"Nom"})
        if form:
            return form.word
    company = next((p for p in parses if p.tag.POS == "NOUN" and "Orgn" in p.tag.grammemes
                    and p.tag.case in ("datv", "ablt")), None)
    if token.pos in ("NOUN", "PROPN") and company and not parses[0].is_known and token.text[1:].islower() \
            and word.endswith(("у", "ю", "ом", "ем")) and not any(p.tag.case == "nomn" for p in parses):
        # a company's name the dictionary does not know, which the guesser reads as a
        # company's in the dative or the instrumental, and as no nominative: «Кузлитмашу»,
        # «Укроборонпрому», «Олимпстроем» (not «Мацуму»)
        return company.normal_form
    feats = token.feats or {}
    ending = _FEMININE_OBLIQUE.get((case, word[-1:]))
    if token.pos in ("NOUN", "PROPN") and ending and feats.get("Gender") == "Fem" and feats.get("Number") == "Sing" \
            and len(word) > 4 and not any(p.is_known for p in parses) and token.text[1:].islower():
        # a feminine name the dictionary does not know, in the accusative or the genitive:
        # «Хезболлу», «Хезболлы» → «Хезболла» (the guesses read a masculine dative or plural);
        # a masculine one's accusative is its nominative, and names ending in «-у» or «-и»
        # the dictionary knows keep them: «Шойгу», «Баку», «Тбилиси»
        return word[:-1] + ("а" if word.endswith("и") and word[-2:-1] in "гкхжшчщц" else ending)
    return word


# the ending of a feminine noun's nominative by its case and its last letter there
_FEMININE_OBLIQUE = {("Acc", "у"): "а", ("Acc", "ю"): "я", ("Gen", "ы"): "а", ("Gen", "и"): "я"}


_ADJECTIVE_ENDINGS = ("ая", "яя", "ый", "ий", "ой", "ое", "ее")


def _noun_declension(vocab: MorphVocab, token, original: str) -> str | None:
    """The nominative of a noun the dictionary does not know, read by the noun declension
    when its guesses also hold an adjective's («Миннесотой» → «миннесота», not
    «миннесотая»): a name the tagger calls a noun, in the case it tagged."""
    if token.pos not in ("NOUN", "PROPN"):
        return None
    case = _OC_CASE.get((token.feats or {}).get("Case"))
    parses = vocab.parse(original)
    if case is None or any(p.is_known for p in parses):
        return None
    for parse in parses:
        if parse.tag.POS == "NOUN" and parse.tag.case == case and not parse.normal_form.endswith(_ADJECTIVE_ENDINGS):
            return parse.normal_form
    return None


def _common_prefix(a: str, b: str) -> int:
    return next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))


_OC_GENDER = {"Masc": "masc", "Fem": "femn", "Neut": "neut"}


def _stem_kept(vocab: MorphVocab, token, original: str, word: str) -> str:
    """Of two nouns of the tagged case and gender a form belongs to, the one whose
    nominative keeps the form's stem: «Президентского полка» → «полк», not «полок» (a
    shelf), which the dictionary scores the same; a fleeting vowel only where no other
    noun has the form («Кубка» → «кубок»)."""
    case = _OC_CASE.get((token.feats or {}).get("Case"))
    if token.pos != "NOUN" or case is None or original.startswith(word):
        return word
    gender = _OC_GENDER.get((token.feats or {}).get("Gender"))
    lemmas = {p.normal_form for p in vocab.parse(original)
              if p.tag.POS == "NOUN" and p.tag.case == case and p.tag.number == "sing" and p.is_known
              and not NAME_GRAMMEMES & p.tag.grammemes and (gender is None or p.tag.gender == gender)}
    if word not in lemmas:
        return word
    kept = [lemma for lemma in lemmas if original.startswith(lemma) and lemma != word]
    return kept[0] if len(kept) == 1 else word


def _closest_nominative(vocab: MorphVocab, word: str, case: str, gender: str | None) -> str | None:
    """The nominative of an adjective's form nearest in spelling to it (one lexeme holds
    «высший» and «высочайший»; an adjective's nominative is never longer than its form)."""
    for parse in vocab.parse(word):
        if parse.tag.case == case and parse.tag.POS == "ADJF" \
                and parse.tag.gender == _OC_GENDER.get(gender, parse.tag.gender):
            forms = [f.word for f in parse.lexeme if f.tag.case == "nomn" and f.tag.number == parse.tag.number
                     and f.tag.gender == parse.tag.gender and f.tag.POS == "ADJF"]
            if forms:
                return max(forms, key=lambda f: _common_prefix(f, word))
    return None


def _in_a_listed_genitive(tokens, span, spans, text: str, vocab: MorphVocab):
    """The one word of a quoted name read as a nominative, listed among quoted names the
    tagger read as genitives, as a genitive singular where the dictionary has one: «сотрудники
    «Фонтанки», «Новой газеты», «Медузы»» → «Медуза», not the plural «Медузы»."""
    word = tokens[0] if len(tokens) == 1 else None
    if word is None or (word.feats or {}).get("Case") != "Nom" or text[span.start - 1:span.start] != "«" \
            or text[span.stop:span.stop + 1] != "»" \
            or not any(p.tag.case == "gent" and p.tag.number == "sing" for p in vocab.parse(fold(word.text))):
        return tokens
    listed = [s for s in spans if s.type == "ORG" and s is not span and s.tokens
              and (_LIST_JOINT.fullmatch(text[s.stop:span.start]) or _LIST_JOINT.fullmatch(text[span.stop:s.start]))]
    if not any((s.tokens[-1].feats or {}).get("Case") == "Gen" for s in listed):
        return tokens
    genitive = copy(word)
    genitive.feats = {**(word.feats or {}), "Case": "Gen", "Number": "Sing"}
    return [genitive]


_LIST_JOINT = re.compile(r"»(?:,|[ \u00a0]+и)[ \u00a0]+«")  # between two quoted names of a list


def normalize_organization(vocab: MorphVocab, tokens) -> str:
    """Nominative of an organization name: inflect up to the head noun, keep the rest.

    «Следственного комитета России» → «Следственный комитет России»,
    «Министерства иностранных дел» → «Министерство иностранных дел».
    An abbreviation keeps its letters: «ФСЭГ», «МИДа» → «МИД». A lone adjective takes the
    nominative of its gender («Олимпийском» → «Олимпийский», «Скорой» → «Скорая»).
    """
    head = next((i for i, t in enumerate(tokens)
                 if t.pos in ("NOUN", "PROPN") and not _adjective_tagged_noun(vocab, t)
                 or _noun_tagged_adjective(vocab, t)), None)
    if head is None and len(tokens) == 1 and (tokens[0].pos == "ADJ" or _adjective_tagged_noun(vocab, tokens[0])) \
            and tokens[0].text[:1].isupper() \
            and tokens[0].text.isalpha() and not tokens[0].text.isascii():
        # an adjective named alone: «в «Олимпийском»» → «Олимпийский», «от «Южного»» → «Южный»
        return recover_shape(with_yo(_inflect(vocab, tokens[0]), tokens[0].text), tokens[0].text)
    counted = head is not None and tokens[0].text.isdigit() and (tokens[head].feats or {}).get("Case") != "Gen"
    if head is None or any(not (t.text[:1].isalpha() or i == 0 and counted) or t.text.isascii() and not counted
                           for i, t in enumerate(tokens[: head + 1])):
        # (a number first, the noun out of the genitive it governs: «5 каналу» → «5 канал»;
        # «360 минут», «14 марта» stay)
        return recover_spaces([t.text for t in tokens], tokens)
    if head + 1 < len(tokens) and _person_named(vocab, tokens[head], tokens[head + 1]):
        head += 1  # named after a person: «в «Салавате Юлаеве»» → «Салават Юлаев»
    words = []
    for i, token in enumerate(tokens):
        abbreviation = _ABBREVIATION.fullmatch(token.text)
        if i > head or token.text.isdigit():
            words.append(token.text)
        elif abbreviation and not _dictionary_word(vocab, token.text):
            words.append(abbreviation.group(1))
        elif "-" in token.text[1:] and token.pos == "ADJ" and (tokens[head].feats or {}).get("Case") in _OC_CASE:
            words.append(_compound_adjective(vocab, token.text, tokens[head].feats))
        else:
            words.append(recover_shape(with_yo(_inflect(vocab, token, i == head < len(tokens) - 1), token.text),
                                       token.text))
    return recover_spaces(words, tokens)


def _person_named(vocab: MorphVocab, first, second) -> bool:
    """``first`` and ``second`` are a person's first name and surname in one oblique case:
    an organization named after the person, both words inflected («Салавата Юлаева»)."""
    case = (first.feats or {}).get("Case")
    if case in (None, "Nom") or (second.feats or {}).get("Case") != case or not second.text[:1].isupper():
        return False
    return any("Name" in p.tag.grammemes for p in vocab.parse(fold(first.text))) \
        and any("Surn" in p.tag.grammemes for p in vocab.parse(fold(second.text)))


def _compound_adjective(vocab: MorphVocab, word: str, head_feats: dict) -> str:
    """«Экспертно-консультативного» (совета) → «Экспертно-консультативный»: the last part
    declines, in the case and gender of the head noun (the tagger leaves such words bare)."""
    first, _, last = word.rpartition("-")
    nominative = _closest_nominative(vocab, last.lower(), _OC_CASE[head_feats["Case"]], head_feats.get("Gender"))
    return f"{first}-{recover_shape(nominative, last)}" if nominative else word


def _adjective_tagged_noun(vocab: MorphVocab, token) -> bool:
    """A word the tagger calls a proper noun that the dictionary knows only as an adjective:
    «Североатлантического» in «Североатлантического альянса» is no head noun."""
    if token.pos != "PROPN" or not token.text[1:].islower():
        return False
    parses = vocab.parse(token.text.lower())
    return bool(parses) and all(p.tag.POS == "ADJF" and p.is_known for p in parses)


def _noun_tagged_adjective(vocab: MorphVocab, token) -> bool:
    """A capitalized word the tagger calls an adjective that the dictionary knows only as a
    noun: «Коллегия» in «Коллегия выборщиков»; not one the dictionary knows as a noun in
    another case than tagged only («Чудовом монастыре»: the adjective «Чудов», not the
    town «Чудово»)."""
    if token.pos != "ADJ" or not token.text[:1].isupper():
        return False
    parses = vocab.parse(token.text.lower())
    case = _OC_CASE.get((token.feats or {}).get("Case"), "nomn")
    return bool(parses) and all(p.tag.POS == "NOUN" and p.is_known for p in parses) \
        and any(p.tag.case == case for p in parses)


def _known_nominative(vocab: MorphVocab, name: str) -> bool:
    """Whether the dictionary reads a name's first word as a nominative, or as a name,
    whose forms it may have wrong: «Литфонд», «Алроса» (to it, the genitive of «алрос»);
    not «Литфонда», nor a word it does not know («Алавесе», «Pfizer»: no evidence)."""
    first = CYRILLIC_WORD.match(name)
    if first is None:
        return False
    return any(p.is_known and (p.tag.case == "nomn" or {"Orgn", "Geox", "Name", "Surn"} & p.tag.grammemes)
               for p in vocab.parse(fold(first.group())))


def _dictionary_word(vocab: MorphVocab, word: str) -> bool:
    """A common word of the dictionary («ПОПРАВКУ» in a headline), not an abbreviation (which
    a short word in capitals always is: «ИГ», not the plural of «иго»)."""
    if len(word) <= 4:
        return False
    parses = vocab.parse(word.lower())
    return bool(parses) and all(p.is_known and "Abbr" not in p.tag.grammemes for p in parses)


# an abbreviation, maybe with a case ending: «ФСЭГ», «МИДа», «ОПЕК»
_ABBREVIATION = re.compile(r"([A-ZА-ЯЁ]{2,})(?:-?(?:а|у|ом|е|ы|ой|ов|ам|ами|ах))?")

