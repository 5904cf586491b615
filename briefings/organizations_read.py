"""Organizations read from the NER's spans: ``OrganizationReader`` tells an ORG or LOC
span that names an organization, makes its mentions (a name per line, in the nominative,
with the country after it), and finds the bodies named by their remit. The dictionary,
the gazetteer and the organizations' lexicon are passed in."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Sequence

from natasha import Doc, MorphVocab

from briefings.clean import POST_SIGNED
from briefings.gazetteer import Gazetteer
from briefings.model import Span
from briefings.organizations import (Lexicon, OrgMention, abbreviation_and_quoted_name, after_kind_noun,
                                     after_product_noun, agreeing_name, bracket_parts, dated_in_a_list, is_common_word,
                                     is_historical_state, is_not_organization, names_a_body, names_a_unit,
                                     names_an_index, names_document,
                                     names_facility, names_people, names_region, names_treaty, numbered_model,
                                     place_is_organization, platform_as_company, remit_mentions,
                                     starts_with_function_word, surname_in_genitive, tidy_name, without_loose_tail)
from briefings.organizations_attached import Neighbours
from briefings.organizations_lexicon import ABBREVIATION, DEPARTMENTS, known_group, lemma, without_bracket
from briefings.organizations_names import abbreviates, bracket_of_body
from briefings.organizations_normal import normalize_organization
from briefings.people_names import CYRILLIC, fold, stem
from briefings.places import after_church_noun


@dataclass(frozen=True)
class OwnedBody:
    """A body named with its owner after it (``OrganizationReader.owned_body``), and what
    that says of the owner's span at ``owner_start``: its bracket is the body's abbreviation
    («Парламентская ассамблея» + «Совета Европы (ПАСЕ)»), it is the surname the body is
    named after, no owner of its own («Московского центра» + «Карнеги»), or the owner of a
    city's branch, the city not its own («ГУ» + «МВД» + «Москвы»)."""

    mention: OrgMention
    owner_start: int
    bracketed: bool = False
    eponym: bool = False
    branch: bool = False


@dataclass(frozen=True)
class _SpanPart:
    """The words of a NER span before its bracket, as a span of their own."""

    type: str
    start: int
    stop: int
    text: str
    tokens: tuple


def _without_bracketed_letters(span):
    """``span`` without the body's abbreviation in a bracket that ends it: «Парламентской
    ассамблее» of «Парламентской ассамблее (ПА)»; ``span`` itself where none ends it."""
    tokens = list(span.tokens)
    if len(tokens) < 4 or tokens[-3].text != "(" or tokens[-1].text != ")" \
            or not ABBREVIATION.fullmatch(tokens[-2].text):
        return span
    core = tokens[:-3]
    return _SpanPart(span.type, core[0].start, core[-1].stop, span.text[:core[-1].stop - span.start], tuple(core))


@dataclass(frozen=True)
class OrganizationReader:
    """An article's organization mentions from its ORG (and some LOC) spans."""

    vocab: MorphVocab
    gazetteer: Gazetteer
    lexicon: Lexicon

    def is_organization(self, kind: str, tokens, regions: frozenset[str], text: str) -> bool:
        """An ORG span, or a place that names an institution («Кремль», «ЕС»); not a state
        written elsewhere as «штат Вермонт», a lone common word («Обсуждение»), a saint a
        church is dedicated to («монастыря Святого Самуила»), nor a chemical formula
        («выбросы СО2»). (A site after its word, «аэропорта
        Домодедово», the caller reads first: ``after_facility_word``.)"""
        vocab = self.vocab
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

    def mentions(self, tokens, text: str, regions: frozenset[str], after,
                 products: list[str]) -> list[OrgMention]:
        """The mentions an ORG span makes: one per line it covers (a name does not cross a
        line break: «Америка⏎Республиканская партия»), in the nominative, edges mended.
        A name after a product word goes to ``products`` (things, no organizations), and so
        does a treaty's short name in a bracket after its name; countries, generic words, photo
        credits and an embedded post's signature («— ФК Локомотив (@fclokomotiv)») are
        dropped."""
        vocab = self.vocab
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
            name = tidy_name(" ".join(text[start:stop].split())) if appositive or phrase else self.nominative_name(tokens)
            if after_product_noun(text, Span(start, stop), name, vocab, self.lexicon) or numbered_model(name) \
                    or names_an_index(text, Span(start, stop)) \
                    or dated_in_a_list(text, Span(start, stop)):  # «индекс Dow Jones», «Invaders Must Die (2009)»
                products.append(name)
            elif not (self.gazetteer.lookup(name) and not self.channel(name)
                      or _in_credit_line(text, start) or signs_a_post(text, start, stop)
                      or _marks_an_editors_note(text, start, stop)
                      or is_not_organization(name, self.lexicon)
                      and not platform_as_company(name, text, start, self.lexicon)):
                mention = self.with_country(name, Span(start, stop), after if n == country_at else None, tokens)
                out.append(replace(mention, alias_of=alias_of, appositive=appositive))
        return out

    def owned_body(self, span, around: Neighbours) -> OwnedBody | None:
        """A body the ORG ``span`` names with its owner's span after it, as one name keyed
        by its owner (``names_a_body``: «Президиума» + «Российской академии наук»;
        ``names_a_unit``: «Совета Безопасности» + «ООН», «Генштаба» + «ВС» + «России», the
        owner's country with it); also where the span ends in the body's abbreviation in
        a bracket, which the name leaves out («Парламентской ассамблее (ПА)» + «ОБСЕ» →
        «Парламентская ассамблея ОБСЕ», which the text's «ПА ОБСЕ» spells); None for a span
        that names none."""
        text, vocab = around.text, self.vocab
        parent = around.spans_after.get(span.stop)
        span = _without_bracketed_letters(span)
        if names_a_body(span, parent, text, vocab, self.lexicon) \
                and not (parent.type == "LOC" and self.gazetteer.lookup(parent.text)):  # «Совета» + «НАТО»
            body = self.nominative_name(span.tokens)
            place = around.spans_after.get(parent.stop) if parent.type == "ORG" else None
            country = self.owner_country(place)
            # «Командование» + «ВС» + «США (STRATCOM)»; a state of the past too: «ЦК» +
            # «Коммунистической партии» + «Советского Союза»
            stop = place.stop if country or self.past_owner(place) else parent.stop
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
            return OwnedBody(
                OrgMention(name, Span(span.start, stop), key=key), parent.start,
                bracketed=bracket_of_body(name, parent.text),
                # «Московского центра» + «Карнеги»: a person's name
                eponym=parent.type == "ORG" and len(parent.tokens) == 1 and surname_in_genitive(parent.text, vocab),
                # «ГУ» + «МВД» + «Москвы»: the city's is the branch's (not «Арбитражный суд» + «Торговой
                # палаты» + «Стокгольма», the city's own)
                branch=bool(country) and fold(parent.text) in self.lexicon.branch_offices
                and bool(self.gazetteer.city_country(place.text)) and not self.gazetteer.country_form(place.text))
        place = around.spans_after.get(parent.stop) if parent is not None else None  # «ВС» + «России»
        country = self.owner_country(place)
        if names_a_unit(span, parent, text, vocab, self.lexicon) and (country or not place or place.type != "LOC"):
            # «Совета Безопасности» + «ООН»: keyed by its owner, so that a later
            # «Совет Безопасности» joins it; «ООН» is tagged on its own too; the owner's
            # country goes with it: «Генштаба» + «ВС» + «России» (not another state's)
            body = self.nominative_name(span.tokens)
            owner = f"{parent.text} {place.text}" if country else parent.text
            key = (fold(body), f"@{fold(parent.text)}" + (f" {country}" if country else ""))
            if country and fold(parent.text) in self.lexicon.state_forces:
                key = (fold(body), country)  # «Генштаб ВС Украины» is the text's «Генштаб Украины»
            mention = OrgMention(f"{body} {owner}", Span(span.start, place.stop if country else parent.stop), key=key)
            return OwnedBody(mention, parent.start, bracketed=bracket_of_body(mention.name, parent.text))
        return None

    def owner_country(self, place) -> str | None:
        """The code of the country a span right after an organization names as its owner
        (or its capital: «ГУ МВД» + «Москвы»), in the genitive or by an abbreviation: «ВС» +
        «России», «ВС» + «США (STRATCOM)»; None for one in the nominative, which is a subject
        of its own («на заседании Совбеза ООН Москва не стала …»)."""
        if place is None or place.type != "LOC":
            return None
        name = without_bracket(place.text)
        genitive = (place.tokens[0].feats or {}).get("Case") == "Gen" or ABBREVIATION.fullmatch(name) is not None
        return self.gazetteer.lookup(name) if genitive else None

    def past_owner(self, place) -> bool:
        """A LOC span right after an organization's owner that is a state of the past in the
        genitive, its owner in turn («Коммунистической партии» + «Советского Союза»)."""
        return place is not None and place.type == "LOC" \
            and is_historical_state(without_bracket(place.text), self.lexicon) \
            and (place.tokens[0].feats or {}).get("Case") == "Gen"

    def channel(self, name: str) -> bool:
        """A country's name and a number: a channel («Россия 1», «Россия-24», «112 Украина»),
        and a capital's with a space («Москва 24»), not with a hyphen («Минск-2» is an
        agreement)."""
        place = _NUMBER_PART.sub("", name)
        return place != name and not (self.gazetteer.is_capital(place) and "-" in name)

    def remits(self, doc: Doc, text: str, token_at: dict[int, int]) -> list[OrgMention]:
        """Bodies named by their remit and branches for a region (``remit_mentions``), but
        not one inside an ORG span begun before it on its line, or one begun with it that
        goes on to a bracket (the NER's longer name stands), nor a whole name the NER
        tagged with a post's «по» phrase after it.
        (``token_at``: the index of the token that starts at an offset.)"""
        gazetteer = self.gazetteer
        found = remit_mentions(doc.tokens, text, self.vocab, gazetteer.lookup,
                               lambda name: gazetteer.region_country(name) or gazetteer.city_country(name),
                               self.lexicon, persons=[Span(s.start, s.stop) for s in doc.spans if s.type == "PER"])

        def cut(m: OrgMention) -> bool:
            start = (m.alias_of or m.span).start
            return any(s.type == "ORG" and s.start < start < s.stop and "\n" not in text[s.start:start]
                       for s in doc.spans)  # (a span's line before a name is not a part of it)

        vocab = self.vocab

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

        def named_longer(m: OrgMention) -> bool:
            """The NER tagged a longer name from the same word on, with its short name in a
            bracket at its end, words before the bracket the remit left out: «Ассоциации по
            добровольному тестированию на допинг (VADA)» (not only the bracket, which the remit
            reads itself: «… инфраструктуры (CISA)»)."""
            return any(s.type == "ORG" and s.start == m.span.start and s.stop > m.span.stop
                       and text[s.start:s.stop].endswith(")") and not text[m.span.stop:s.stop].lstrip().startswith("(")
                       and "\n" not in text[s.start:s.stop] for s in doc.spans)

        dropped = [m.span for m in found if m.alias_of is None and (cut(m) or a_post(m) or named_longer(m))]
        return [m for m in found if (m.alias_of or m.span) not in dropped]

    def with_country(self, name: str, span: Span, after, tokens=()) -> OrgMention:
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
            and not self.agreeing(place)
        if owner_place and (" " in name or key in self.lexicon.branch_offices or key in self.lexicon.heads
                            or key.endswith(self.lexicon.compound_heads)):
            # «Министерства экологии» + «Московской области», «СК» + «Татарстана», «Городская
            # дума» + «Краснодара», «Госсовета» + «Крыма», «Верховного суда» + «СССР» (a place
            # of no country of today) (not «ИГ» + «Ракки»)
            region = self.gazetteer.region_country(place) or self.gazetteer.city_country(place) or ""
            code = f"{region}:{' '.join(stem(w) for w in place.split())}"
        if code and (place.isupper() or self.genitive(after)):
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

    def agreeing(self, place: str) -> bool:
        """``place`` is one adjective, which agrees with the name before it rather than owning
        it: «Всевеликого войска Донского», «ОВД Урус-Мартановского» (района), not «Карелии»."""
        word = fold(place)
        return " " not in word and _GENITIVE_ADJECTIVE.search(word) is not None and not any(
            "Geox" in p.tag for p in self.vocab.parse(word))

    def genitive(self, span) -> bool:
        """The words of ``span`` are in the genitive: so tagged, or tagged in another oblique
        case the dictionary does not tell from it («в Заксобрании Карелии»: «Карелии» as a
        locative, agreeing with the word before)."""
        if any(t.feats and t.feats.get("Case") == "Gen" for t in span.tokens):
            return True
        first = span.tokens[0]
        return (first.feats or {}).get("Case") in ("Loc", "Dat") and any(
            "gent" in p.tag for p in self.vocab.parse(fold(first.text)))

    def name_of_span(self, doc: Doc):
        """The nominative name of an ORG span, as ``_organizations`` makes it (for a partner
        of an elided noun)."""
        def name_of(span) -> str | None:
            if len(span.tokens) < 2 or "\n" in doc.text[span.start:span.stop]:
                return None
            return self.nominative_name(span.tokens)

        return name_of

    def nominative_name(self, tokens) -> str:
        """An organization's name from its tokens: in the nominative, adjectives agreeing,
        edges mended."""
        vocab = self.vocab
        return tidy_name(agreeing_name(normalize_organization(vocab, tokens), vocab))

    def same_organization(self, name: str, other: str) -> bool:
        """The two names are one organization's: alike but for case and ё, or in one list of
        known names («НГ», «Независимая газета»)."""
        group = known_group(self.lexicon.known_as, name)
        return fold(name) == fold(other) or group is not None and group == known_group(self.lexicon.known_as, other)

    def union(self, written: str) -> bool:
        """An abbreviation of a union of states, no place: «СНГ», «АСЕАН», «ЕС»
        (``Lexicon.international`` and ``known_names``)."""
        return written.isupper() and (fold(written) in self.lexicon.international
                                      or self.lexicon.known_as(written) is not None)


def _line_parts(tokens, text: str) -> list[list]:
    """The tokens of a span split where a line break separates two of them."""
    parts = [[tokens[0]]]
    for left, right in zip(tokens, tokens[1:]):
        if "\n" in text[left.stop:right.start]:
            parts.append([])
        parts[-1].append(right)
    return parts


def within_remit(span, text: str, remits: Sequence[OrgMention]) -> bool:
    """An ORG span that overlaps a body named by its remit (``remit_mentions``) is part of
    it, but one inside it after its first word, without its «по», is an organization of its
    own too («Комитет Госдумы по обороне»: «Госдума»; «Департамент по связям с инвесторами
    Газпрома»: «Газпром»); a place inside it stays a place («УФСБ по Пермскому краю»), not
    a LOC span that runs into the remit («США по международному развитию (USAID)»)."""
    inside = " по " not in f" {text[span.start:span.stop]} "
    for m in remits:
        if span.type == "ORG" and span.start < m.span.stop and m.span.start < span.stop:
            # (one begun before it on its line has cut it out: ``OrganizationReader.remits``)
            return not (m.span.start < span.start and span.stop <= m.span.stop and inside)
        if m.span.start <= span.start < m.span.stop:
            return span.stop > m.span.stop or not inside
    return False


_GENITIVE_ADJECTIVE = re.compile(r"(?:ого|его|ой|ей)$")
# a chemical formula of two elements or more, a digit last: «СО2», «H2O», «CH4» (not «С14», a group)
_FORMULA = re.compile(r"(?=(?:.*[A-ZА-ЯЁ]){2})(?:[A-ZА-ЯЁ][a-z]?\d*){2,3}\d")
_WORDS = re.compile(r"[\w-]+(?: [\w-]+)*")

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


def signs_a_post(text: str, start: int, stop: int) -> bool:
    """The mention is the author's name an embedded post is signed with (not «Apple (@Apple)
    представила …», «производитель — Apple (@Apple) — представил»: a handle in the prose)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_stop = text.find("\n", stop)
    signature = _SIGNATURE_LINE.fullmatch(text[line_start:len(text) if line_stop < 0 else line_stop].strip())
    if signature is not None and start - line_start < signature.start(1):
        return True  # the line is a signature, the handle after more words: «— RT на русском (@RT_russian)»
    return _HANDLE_AFTER.match(text, stop) is not None and (
        text[start] in "—–" or _SIGNATURE_BEFORE.search(text, max(line_start, start - 40), start) is not None)
