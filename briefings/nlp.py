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

The Tagger walks the NER's spans and passes each to the part that reads its kind, all
built once over the same dictionary, gazetteer and lexicons: ``people_spans.person_name``,
``organizations_read.OrganizationReader``, ``places_resolved.PlaceResolver`` (which also
gives the article's places their countries), ``countries_found.countries_of``;
``word_checks.WordChecks`` answers what a word is for all of them.
"""

from __future__ import annotations

import os

# numpy's OpenBLAS threads thrash on small matrices: one thread per process is ~3x faster
# here (bench/tag_throughput.py). Set before natasha imports numpy; an explicit setting wins.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import re  # noqa: E402
from collections import Counter  # noqa: E402
from dataclasses import dataclass
from itertools import takewhile
from typing import Callable

from natasha import Doc, MorphVocab, NewsEmbedding, NewsMorphTagger, NewsNERTagger, Segmenter
from natasha.doc import DocSpan

from briefings.bylines import byline_names
from briefings.countries_found import countries_of
from briefings.dates import extract_dates
from briefings.elision import shared_noun_name, shared_nouns
from briefings.gazetteer import Gazetteer
from briefings.language import russian_only
from briefings.model import Article, Span, Tags
from briefings.places import (
    PlaceLexicon, after_naming_noun, arena_name, capitalized_words, names_inside_sentences,
    place_adjective_written, quoted_venues, people_named_as_places,
)
from briefings.places_resolved import PlaceResolver
from briefings.organizations import (
    Lexicon, OrgMention, after_facility_word, broadcaster_in_cyrillic, called_organizations, dateline_sources,
    drop_products, elliptic_mentions, institution_mentions, is_plain_noun, led_head, listed_among_places,
    merge_organizations, name_tokens, named_regions, names_a_craft, names_region, party_mentions,
    party_names_rekeyed, quoted_products, term_abbreviations, with_country_adjectives,
)
from briefings.organizations_attached import Neighbours, attached_mention, attached_to, remits_attached
from briefings.organizations_chambers import chambers_named
from briefings.organizations_eponyms import named_after_mentions
from briefings.organizations_leaders import bodies_of_the_country_before, bodies_sharing_a_country, leaders_placed
from briefings.organizations_teams import teams_named
from briefings.organizations_lexicon import ABBREVIATION, abbreviation_in_bracket
from briefings.organizations_names import abbreviates
from briefings.organizations_normal import in_a_listed_genitive, known_nominative
from briefings.organizations_read import OrganizationReader, signs_a_post, within_remit
from briefings.organizations_units import numbered_units
from briefings.people import (
    family_names, fold, in_context, list_cases_agreed, merge_people, name_mentions, latin_glosses, latin_spellings,
    skeleton, stem,
    titled_names, unseen_names,
)
from briefings.people_gender import genders_agreed
from briefings.people_names import CYRILLIC_WORD, is_initial
from briefings.people_spans import first_names_read_as_places, person_name
from briefings.people_titles import monastic_names, titled_first_names
from briefings.people_words import common_noun_only_at_starts
from briefings.publishers import default_domains, publisher_names, publisher_test, without_publisher
from briefings.word_checks import WordChecks


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
        vocab = models.morph_vocab
        self.words = WordChecks(vocab, gazetteer, self.lexicon)
        self.places = PlaceResolver(vocab, gazetteer, self.lexicon, self.places_lexicon, self.words)
        self.orgs = OrganizationReader(vocab, gazetteer, self.lexicon)

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
        doc.spans = first_names_read_as_places(doc.spans, text)  # «Мемфиса» + «Депая»: one name
        for span in self.places.people_listed_as_places(doc.spans, text):
            span.type = "PER"  # «Фуко, Лиотара, Делеза, Гватари, Негри»: the places are people too
        for span in self.places.places_listed_as_people(doc.spans, text):
            span.type = "LOC"  # «Торнбери, Кингсвуд, Филтон»: the person is a place too
        for span in surnames_read_as_organizations(doc.spans, text, self.words.is_given_name):
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
        remits = self.orgs.remits(doc, text, token_at)
        around = Neighbours(text, doc.tokens, token_at, {s.start: s for s in doc.spans}, following,
                            {m.span.start: m.span.stop for m in remits if m.alias_of is None})
        for n, span in enumerate(doc.spans):
            mention = Span(span.start, span.stop)
            if span.type != "PER" and within_remit(span, text, remits):
                continue  # («Агентство» + «США по международному развитию (USAID)»: one body)
            if span.type == "PER":
                if self.words.names_country(span) or n in joined:
                    continue
                tokens, mention, k = person_name(n, doc.spans, around, vocab)
                if k is not None:
                    joined.add(k)  # «Уильяму» + «Говарду Тафту»: one name
                persons.append(mention)
                people.extend(name_mentions(tokens, text, vocab))
                continue
            if len(span.tokens) == 1:
                others.add(stem(span.text))
                if not signs_a_post(text, span.start, span.stop):  # «Публикация от Banksy (@banksy)»: a person's too
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
                    orgs.append(attached_mention(self.orgs.nominative_name(span.tokens), span.tokens, attached, text))
                    continue
                owned = self.orgs.owned_body(span, around)
                if owned is not None:  # «Совета Безопасности» + «ООН», «Генштаба» + «ВС» + «России»
                    orgs.append(owned.mention)
                    if owned.bracketed:
                        bodies_brackets.add(owned.owner_start)
                    if owned.eponym:
                        eponyms.add(owned.owner_start)
                    if owned.branch:
                        branches.add(owned.owner_start)
                    continue
                tokens = name_tokens(span, doc.tokens, token_at, text, vocab, self.lexicon)
                if span.start in bodies_brackets:  # «Совета Европы (ПАСЕ)» after «Парламентская ассамблея»
                    tokens = list(takewhile(lambda t: t.text != "(", tokens))
                if not tokens:
                    continue  # a person's role and a common noun: «Председатель комитета»
            site = span.type == "ORG" and after_facility_word(" ".join(words), text, span.start, vocab, self.lexicon)
            if not site and self.orgs.is_organization(span.type, tokens, regions, text):
                end = tokens[-1].stop
                if span.start in branches or end < span.stop:
                    after = None
                elif end == span.stop:
                    after = following.get(span.stop)
                else:  # past the span, where words the NER cut off were taken: «Федерации бобслея» + «и скелетона»
                    after = _span_right_after(doc.spans, text, end)  # + «Ямайки»
                completed = shared_noun_name(span, doc.spans[shared[n]], self.orgs.name_of_span(doc), vocab) \
                    if n in shared and span.type == "ORG" else None
                if completed:  # «Верховного» in «Верховного и Конституционного судов»: «Верховный суд»
                    orgs.append(self.orgs.with_country(completed, mention, after))
                else:
                    if span.type == "ORG":  # «сотрудники «Фонтанки», «Медузы»»: the list's genitive
                        tokens = in_a_listed_genitive(tokens, span, doc.spans, text, vocab)
                    orgs.extend(self.orgs.mentions(tokens, text, regions, after, products))
            elif site:
                places.append((self.orgs.nominative_name(span.tokens), mention))  # «аэропорта Домодедово»: the site
            elif span.type == "LOC" and self.orgs.union(span.text):  # «страны СНГ», «стран АСЕАН»
                orgs.append(OrgMention(span.text, mention, key=(fold(span.text), "")))
            elif span.type == "LOC" or names_region(words, regions):
                place = self.places.mention_of(span, doc.spans[shared[n]] if n in shared else None, around,
                                               written, inside)
                if place is not None:
                    places.append(place)
        # «на «Открытие Арене»», «на «Энфилде»»: a place, no organization
        venues = [(arena_name(m.name) or (self.places_lexicon.venue(m.name) or (None,))[0], m) for m in orgs]
        places.extend((venue, m.span) for venue, m in venues if venue)
        quoted = quoted_venues(text, vocab)  # «стадиона «Арена Химки»»: a place, no organization
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
        named_spans = [Span(s.start, s.stop) for s in doc.spans if s.type != "PER"]  # the NER's organizations and places
        units = numbered_units(text, vocab, named_spans)
        # («150-ю Идрицко-Берлинскую дивизию»: the NER's name inside the unit's is the unit's;
        # an abbreviation inside it, «ВСУ», «ВМС США», is the owner's)
        orgs = [m for m in orgs if m.name.split()[0].isupper() or not any(
            u.span.start <= m.span.start and m.span.stop <= u.span.stop for u in units)] + units
        orgs.extend(dateline_sources(text, taken))
        # «ансамбля имени Александрова» (inside no organization or place the NER tagged)
        orgs.extend(named_after_mentions(text, vocab, named_spans + [m.span for m in orgs], self.lexicon))
        orgs = with_country_adjectives(orgs, doc.tokens, text, vocab, self.gazetteer.lookup, self.lexicon)
        orgs = broadcaster_in_cyrillic(orgs, text)  # «в интервью ВВС»: the BBC, no air force
        called = called_organizations(text, vocab, self.lexicon)  # ««Динамо» — хорошая команда»
        terms = term_abbreviations(text, vocab, self.lexicon, abbreviates)  # «боевая машина поддержки танков (БМПТ)»
        orgs = drop_products(orgs, [name for name in [*products, *quoted_products(text, vocab, self.lexicon), *terms]
                                    if name not in called])
        orgs = [m for m in orgs if not any(s.start <= m.span.start and m.span.stop <= s.stop for s in venue_spans)]
        orgs = elliptic_mentions(orgs, lambda name: is_plain_noun(name, vocab), text,
                                 lambda word: all(p.tag.number == "plur" for p in vocab.parse(fold(word))),
                                 self.lexicon.compound_heads)
        countries = countries_of(article, text, self.gazetteer, self.lexicon, persons)
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
        orgs = bodies_sharing_a_country(orgs, text, lambda word: self.gazetteer.country_form(word) is not None)  # «Генпрокуратурой и Службой безопасности Украины»
        orgs = party_names_rekeyed(orgs, codes, self.lexicon)
        orgs = chambers_named(orgs, self.lexicon.chambers)  # «американский парламент» … «Конгресс США»
        orgs = teams_named(orgs, text, self.lexicon.team_kinds)  # «Сборная России» … «Сборная России по хоккею»
        orgs.extend(party_mentions(doc.tokens, vocab, codes, taken, self.lexicon))
        signed = byline_names(text, persons, self.words.known_place)  # «Кристина Урсу, Киев» on the last line
        people = [m for m in people if not any(s.start <= m.span.start < s.stop for s in signed)
                  and not names_a_craft(text, m.span.start, vocab, self.lexicon)  # «авианосца «Карл Винсон»»
                  and not after_naming_noun(text, m.span.start, vocab,
                                            self.places_lexicon)]  # «созвездие Льва», «династии Цинь», «ураган Харви»
        glosses = latin_glosses([(m.name, m.span) for m in people], [(m.name, m.span) for m in orgs], text)
        orgs = [m for m in orgs if m.span not in glosses]  # «Дональд Синден (англ. Donald Sinden)»
        spelled = latin_spellings(one_words, [m.name for m in people])
        in_office = {stem(m.name) for m in people if m.titled}  # «президент Макрон»: a surname, not «макрон»
        lower = _lower_case_stems(text)  # «Бариста», «Пелетон» … «бариста»: a word
        people.sort(key=lambda m: m.span.start)  # (in the text's order: a list's names are neighbours)
        mentions = titled_first_names(in_context(list_cases_agreed(family_names(people, text, vocab), text, vocab),
                                                 text), text, vocab)
        people_tags = tuple(monastic_names(merge_people(genders_agreed(mentions, text),
                                         lambda word: stem(word) not in others and skeleton(word) not in spelled
                                         and (not lower[stem(word)] or lower[stem(word)] < lower[stem(word).capitalize()]
                                              or self.words.known_name(word))
                                         and self.words.can_be_name(word, stem(word) in in_office)
                                         and not common_noun_only_at_starts(vocab, word, text, inside)
                                         and not place_adjective_written(word, written, vocab),
                                         self.words.is_given_name, written.__contains__, self.words.unknown_word),
                                            mentions, text))  # «архимандрит Филарет (Булеков)»
        organizations = merge_organizations(orgs, text, lambda name: known_nominative(vocab, name),
                                            self.lexicon.known_as, self.lexicon.told_apart,
                                            self.lexicon.eponym_heads | self.lexicon.eponym_kinds,
                                            self.words.country_word, self.words.unknown_word,
                                            self.words.known_place)
        publisher = publisher_names(article.source, self.publisher_domains)
        if publisher:  # «рассказал RT» in an article of RT: its source, not its subject
            organizations = without_publisher(organizations, publisher_test(publisher, self.orgs.same_organization), text)
        # «в городе Муроме» … «Муром посетят»: the person is the town
        people_tags, place_tags = people_named_as_places(
            people_tags, self.places.resolve(places, countries, people_tags, text, organizations), self.words.is_given_name)
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


_QUOTES = frozenset("«»\"„“”")


# (not in a hashtag or a link: «#трамп»)
_CYRILLIC_WORD = re.compile(r"(?:^|(?<=[\s«\"„“(—]))[А-ЯЁа-яё][а-яё]{4,}(?![\w-])")


def _lower_case_stems(text: str) -> Counter:
    """How often the text writes each stem of five letters or more in lower case (the key
    as it is) and capitalized (the key capitalized): a word written in lower case at least
    as often is a common word, not a name («Бариста» … «разрешил бариста»; not «Трамп» six
    times next to a comment's «трамп», nor «Макс» … «макс.»: a shorter stem; nor a surname
    or first name the dictionary knows: «Навальный» … «навальный футбол», ``WordChecks.known_name``)."""
    counts: Counter = Counter()
    for match in _CYRILLIC_WORD.finditer(text):
        key = stem(match.group())
        if len(key) >= 5:
            counts[key.capitalize() if match.group()[0].isupper() else key] += 1
    return counts


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
