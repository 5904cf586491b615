"""Tagger: natasha models loaded once, passed in; ``__call__(article)`` and ``map(articles)``.

Pipeline per article: razdel segmentation → slovnet NER → morphology only for the
sentences that hold a mention → normalization → countries from the gazetteer, people
and organizations merged, places resolved to their country, dates resolved.

People: each PER span is cleaned and put in the nominative by ``people.name_mentions``
(cases from the morph tagger, the dictionary, foreign-name declension), then merged.
Organizations: ORG spans, places that name institutions («ЕС», «Кремль», «Белый дом»),
an organization with the country after it («МИД России»), and institutions written with
common nouns («британское правительство», «полиция») found by
``organizations.institution_mentions``; generic words («СМИ», «Брексит», «Twitter») and
names in photo-credit lines are dropped.
"""

from __future__ import annotations

import os

# numpy's OpenBLAS threads thrash on small matrices: one thread per process is ~3x faster
# here (bench/tag_throughput.py). Set before natasha imports numpy; an explicit setting wins.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import re  # noqa: E402
from dataclasses import dataclass
from typing import Iterable, Iterator

from natasha import Doc, MorphVocab, NewsEmbedding, NewsMorphTagger, NewsNERTagger, Segmenter
from natasha.norm import inflect_word, recover_shapes, recover_spaces

from briefings.dates import extract_dates
from briefings.gazetteer import Gazetteer
from briefings.model import Article, Entity, Span, Tags
from briefings.organizations import (
    Lexicon,
    OrgMention,
    institution_mentions,
    is_not_organization,
    merge_organizations,
    party_mentions,
    party_names_rekeyed,
    place_is_organization,
)
from briefings.people import NameToken, fold, merge_people, name_mentions, stem

_NAME_GRAMMEMES = {"Surn", "Name", "Patr"}


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


class Tagger:
    """Tags articles: ``tagger(article) -> Tags``; ``tagger.map(articles)`` for batches."""

    def __init__(self, models: Models, gazetteer: Gazetteer):
        self.models = models
        self.gazetteer = gazetteer
        self.lexicon = Lexicon.default()

    @classmethod
    def load(cls) -> "Tagger":
        return cls(Models.load(), Gazetteer.default())

    def __call__(self, article: Article) -> Tags:
        text = article.text
        doc = self._analyze(text)
        people, orgs, places = [], [], []
        others: set[str] = set()  # stems of words tagged as places or organizations
        vocab = self.models.morph_vocab
        following = _following_spans(doc.spans, text)
        for span in doc.spans:
            mention = Span(span.start, span.stop)
            if span.type == "PER":
                tokens = [NameToken(t.text, t.start, t.stop, *_feats(t, "Case", "Gender", "Number"))
                          for t in span.tokens]
                people.extend(name_mentions(tokens, text, vocab))
                continue
            if len(span.tokens) == 1:
                others.add(stem(span.text))
            words = [t.text for t in span.tokens]
            if span.type == "ORG" or (span.type == "LOC" and place_is_organization(words, vocab, self.lexicon)):
                name = normalize_organization(vocab, span.tokens)
                if not (self.gazetteer.lookup(name) or is_not_organization(name, self.lexicon)
                        or _in_credit_line(text, span.start)):
                    orgs.append(self._with_country(name, span, following.get(span.stop)))
            elif span.type == "LOC":
                places.append(((span.normal or span.text), mention))
        taken = [Span(s.start, s.stop) for s in doc.spans]
        orgs.extend(institution_mentions(doc.tokens, text, vocab, self.gazetteer.lookup, taken, self.lexicon))
        countries = self._countries(article, text)
        codes = [c.code for c in countries]
        orgs = party_names_rekeyed(orgs, codes, self.lexicon)
        orgs.extend(party_mentions(doc.tokens, vocab, codes, taken, self.lexicon))
        return Tags(
            countries=tuple(countries),
            people=tuple(merge_people(people, lambda word: stem(word) not in others and self._can_be_name(word))),
            organizations=tuple(merge_organizations(orgs, text)),
            places=tuple(self._places(places)),
            dates=extract_dates(text, article.date, morph=self.models.morph_vocab),
        )

    def map(self, articles: Iterable[Article]) -> Iterator[Tags]:
        for article in articles:
            yield self(article)

    # -- steps ---------------------------------------------------------------

    def _analyze(self, text: str) -> Doc:
        doc = Doc(text)
        doc.segment(self.models.segmenter)
        doc.tag_ner(self.models.ner_tagger)
        if not doc.spans:
            return doc
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

    def _with_country(self, name: str, span, after) -> OrgMention:
        """«МИД» + «России» → «МИД России», keyed (МИД, RU) so that a later «МИД» joins it."""
        key = fold(name)
        code = after is not None and after.type == "LOC" and self.gazetteer.lookup(after.text)
        if code and (after.text.isupper() or any(t.feats and t.feats.get("Case") == "Gen" for t in after.tokens)):
            return OrgMention(f"{name} {after.text}", Span(span.start, after.stop), key=(key, code))
        return OrgMention(name, Span(span.start, span.stop), key=(key, ""))

    def _countries(self, article: Article, text: str) -> list[Entity]:
        hits: dict[str, list[Span]] = {}
        for hit in self.gazetteer.find(text):
            hits.setdefault(hit.code, []).append(Span(hit.start, hit.stop))
        headline_end = len(article.title) + (len(article.lead) + 2 if article.lead else 0)

        def salience(item: tuple[str, list[Span]]) -> tuple[int, int]:
            spans = item[1]
            in_headline = sum(1 for s in spans if s.start < headline_end)
            return (-(len(spans) + 2 * in_headline), spans[0].start)

        return [
            Entity(kind="countries", name=self.gazetteer.name(code), code=code, mentions=len(spans), spans=tuple(spans))
            for code, spans in sorted(hits.items(), key=salience)
        ]

    def _places(self, places: list[tuple[str, Span]]) -> list[Entity]:
        grouped: dict[str, list[Span]] = {}
        for name, span in places:
            if self.gazetteer.lookup(name):
                continue  # a country, tagged as such
            grouped.setdefault(name, []).append(span)
        entities = [
            Entity(
                kind="places",
                name=name,
                mentions=len(spans),
                country=self.gazetteer.city_country(name),
                spans=tuple(spans),
            )
            for name, spans in grouped.items()
        ]
        entities.sort(key=lambda e: (-e.mentions, e.spans[0].start))
        return entities

    def _can_be_name(self, word: str) -> bool:
        """False for a capitalized common word tagged as a person («Кремль», «Президенты»),
        a country or city, a lone letter pair («Эл») or a word with digits."""
        if len(word) < 3 or any(c.isdigit() for c in word) or (word.isupper() and len(word) <= 5):
            return False
        if self.gazetteer.lookup(word) or self.gazetteer.city_country(word):
            return False
        parses = self.models.morph_vocab.parse(word)
        if not parses or not any(p.is_known for p in parses):
            return True  # not in the dictionary: a foreign name more likely than not
        return any(_NAME_GRAMMEMES & set(p.tag.grammemes) for p in parses)


def _following_spans(spans, text: str) -> dict:
    """Span that directly follows (only spaces between) another span, by the first one's stop."""
    out = {}
    for left, right in zip(spans, spans[1:]):
        if text[left.stop:right.start].strip(" \u00a0") == "":
            out[left.stop] = right
    return out


_CREDIT_LINE = re.compile(r"(?im)^[^\S\n]*(?:фото|photo|коллаж|иллюстрация|источник фото)\b|©")


def _in_credit_line(text: str, start: int) -> bool:
    """The mention is in a photo credit line («Фото: ТАСС», «© Reuters»)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_stop = text.find("\n", start)
    return bool(_CREDIT_LINE.search(text[line_start: line_stop if line_stop >= 0 else len(text)]))


def _feats(token, *names: str) -> list[str | None]:
    feats = token.feats or {}
    return [feats.get(name) for name in names]


_OC_CASE = {"Gen": "gent", "Dat": "datv", "Acc": "accs", "Ins": "ablt", "Loc": "loct"}


def _inflect(vocab: MorphVocab, token) -> str:
    """natasha's ``inflect_word``, then a looser try for words whose gender or number the
    tagger got wrong: any parse in the tagged case, put in the nominative («Алросой»)."""
    word = inflect_word(vocab, token)
    case = (token.feats or {}).get("Case")
    if word != token.text.lower().replace("ё", "е") or case not in _OC_CASE:
        return word
    for parse in vocab.parse(word):
        if parse.tag.case == _OC_CASE[case] and parse.tag.POS in ("NOUN", "ADJF"):
            form = parse.inflect({"Nom"})
            if form:
                return form.word
    return word


def normalize_organization(vocab: MorphVocab, tokens) -> str:
    """Nominative of an organization name: inflect up to the head noun, keep the rest.

    «Следственного комитета России» → «Следственный комитет России»,
    «Министерства иностранных дел» → «Министерство иностранных дел».
    """
    head = next((i for i, t in enumerate(tokens) if t.pos in ("NOUN", "PROPN")), None)
    if head is None or any(not t.text[:1].isalpha() or t.text.isascii() for t in tokens[: head + 1]):
        return recover_spaces([t.text for t in tokens], tokens)
    words = [_inflect(vocab, t) if i <= head else t.text for i, t in enumerate(tokens)]
    words = list(recover_shapes(words[: head + 1], tokens[: head + 1])) + words[head + 1 :]
    return recover_spaces(words, tokens)

