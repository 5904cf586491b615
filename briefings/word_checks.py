"""What a word is to the dictionary and the gazetteer: a first name, a surname, a place,
a common word. ``WordChecks`` holds the morph dictionary, the gazetteer and the
organizations' lexicon, passed in; the people's and the places' rules ask it."""

from __future__ import annotations

from dataclasses import dataclass

from natasha import MorphVocab

from briefings.gazetteer import Gazetteer
from briefings.organizations import Lexicon, is_not_organization
from briefings.people import is_plain_word, is_word_compound
from briefings.people_names import MANS_SURNAME, NAME_GRAMMEMES, fold


_FAMILY_PLURAL = ("овых", "евых", "иных", "ыных")  # a family of «-ов», «-ин» in the plural: «Комбаровых»
# endings of an adjective no surname has: the plural, the feminine accusative, the neuter,
# a participle's «-нн-» (unless the dictionary guesses a surname too: «Лукашевскую»)
_PLURAL_ADJECTIVE = ("ые", "ие", "ых", "их")
_NO_SURNAME_ADJECTIVE = (*_PLURAL_ADJECTIVE, "ую", "юю", "ое", "ее", "нная", "нный", "нную", "нной")


@dataclass(frozen=True)
class WordChecks:
    """Questions about one word (or a name), asked of the dictionary and the gazetteer."""

    vocab: MorphVocab
    gazetteer: Gazetteer
    lexicon: Lexicon

    def town_named_as_a_man(self, word: str) -> bool:
        """A town named like a Russian man's surname, in the nominative, that is no country,
        well-known city or region («Куйбышев», «Калинин»; not «Королёв», «Минск»)."""
        return fold(word).endswith(MANS_SURNAME) and not self.gazetteer.lookup(word) \
            and not self.gazetteer.city_or_region_country(word)

    def surname_only(self, word: str) -> bool:
        """A word the dictionary knows as a surname and as nothing else («Троцкий», not
        «Дзержинский»: a town's adjective too; not «Свобода»)."""
        parses = self.vocab.parse(fold(word))
        return bool(parses) and all(p.is_known and "Surn" in p.tag.grammemes for p in parses)

    def known_place(self, name: str) -> bool:
        """A country, city, region or town of the gazetteer, or a place of the dictionary."""
        return bool(self.gazetteer.lookup(name) or self.gazetteer.place_country(name)
                    or self.gazetteer.town_country(name) or self.geographic(name))

    def geographic(self, name: str) -> bool:
        """A name the dictionary knows as a place's («Эверест», «Боливар»)."""
        return any(p.is_known and "Geox" in p.tag.grammemes for p in self.vocab.parse(fold(name)))

    def country_word(self, word: str) -> bool:
        """A country's name or abbreviation in any case («России», «РФ»; not «Российской»)."""
        return (self.gazetteer.country_form(word) or ("", ""))[1] in ("name", "abbr")

    def names_country(self, span) -> bool:
        """A PER span that is a country: «Эль Сальвадор», «Коста Рика» in a list; one word
        only by its name, and not a name the dictionary knows too («Чили», not «Доминика»)."""
        if len(span.tokens) > 1:
            return bool(self.gazetteer.lookup(span.text))
        form = self.gazetteer.country_form(span.text)
        return form is not None and form[1] == "name" and not self.known_name(span.text)

    def unknown_word(self, word: str) -> bool:
        """A word the dictionary does not know («Ратерфорда»; it only guesses its forms)."""
        return not any(p.is_known for p in self.vocab.parse(fold(word)))

    def known_name(self, word: str) -> bool:
        """A surname or first name the dictionary knows (not only guesses): «Навальный»
        stays a name next to «навальный футбол», «Надежда» next to «одна надежда»."""
        return any(p.is_known and {"Surn", "Name"} & p.tag.grammemes for p in self.vocab.parse(fold(word)))

    def is_given_name(self, word: str) -> bool:
        """A first name in the dictionary and not also a surname («Александр», not «Иванов»)."""
        grammemes = [set(p.tag.grammemes) for p in self.vocab.parse(fold(word)) if p.is_known]
        return any("Name" in g for g in grammemes) and not any("Surn" in g for g in grammemes)

    def can_be_name(self, word: str, in_office: bool = False) -> bool:
        """False for a capitalized common word tagged as a person («Кремль», «Президенты»;
        but a word written after an office, ``in_office``: «президент Макрон»), a country
        or city, a lone letter pair («Эл») or a word with digits."""
        if len(word) < 3 or any(c.isdigit() for c in word) or (word.isupper() and len(word) <= 5):
            return False
        region = self.gazetteer.region_country(word) and not any(
            "Surn" in p.tag.grammemes for p in self.vocab.parse(fold(word)))  # not «публицист Воеводина»
        if self.gazetteer.lookup(word) or ((self.gazetteer.city_country(word) or region)
                                           and not self.is_given_name(word)):
            return False  # a country, a city or a region («Нью-Хэмпшира»), but «брат Владимир» is a person
        if is_word_compound(self.vocab, word):
            return False  # «Даунинг-стрит», «Экс-вице-президент»
        if is_not_organization(word, self.lexicon):
            return False  # a generic term, event or platform: «Брексит», «Фейсбук»
        if in_office:
            return True
        if is_plain_word(self.vocab, word):
            return False  # «Кремль», «Президенты», «Семидесятилетний»
        parses = self.vocab.parse(word)
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
