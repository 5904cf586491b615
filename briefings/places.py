"""Which LOC spans name a place (a city, a region, a sea), and in what nominative form.

natasha's NER tags as locations words that name no place: an adjective left of an
elided noun («Донецкая и Луганская области» gives «Донецкая»), an adverb at a sentence
start («Еще»), a capitalized common noun («Земля», «Родина», «Средневековье»). Its
normalizer misses some forms («Балканах», «Марселе» → «Марсел») and leaves the adjective
and its noun disagreeing («Луганская области»). :func:`place_name` mends what it can
and says ``None`` for the rest; :func:`nominative_in_text` puts a name the dictionary
does not know in the nominative the article itself writes it in («Кундузе» → «Кундуз»).
A place that is a country is left to the gazetteer (see
``Tagger``).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from typing import Callable, Iterable, Mapping, Sequence

import yaml

from briefings.model import Span
from briefings.organizations_grammar import agreeing_adjective, agreeing_name, agrees
from briefings.organizations_lexicon import abbreviation_in_bracket
from briefings.people_names import CYRILLIC_WORD, NAME_GRAMMEMES, fold, is_seniority_word, stem
from briefings.people_nominative import UD_CASES, shape, spelled_as
from briefings.people_titles import PEER_BEFORE, PRELATE_BEFORE
from briefings.place_kinds import KINDS, kind_forms, kind_words, word_forms


@dataclass(frozen=True)
class PlaceLexicon:
    not_places: frozenset[str]  # «Земля», «Родина»: capitalized common nouns, no places
    not_place_heads: frozenset[str]  # «экономика», «весна»: a noun an adjective before it makes no place
    seats: frozenset[str] = frozenset()  # «Брюссель»: a city that stands for a union seated there
    disputed: Mapping[str, frozenset[str]] = field(default_factory=dict)  # «Севастополь» → RU, UA: its disputants
    other_names: Mapping[str, str] = field(default_factory=dict)  # «питер» → «Санкт-Петербург» (folded other name)
    venues: Mapping[str, tuple[str, str]] = field(default_factory=dict)  # «энфилд» → («Энфилд», GB)
    sky_nouns: frozenset[str] = frozenset()  # «созвездие», «комета»: bodies of the sky, no places

    @classmethod
    @lru_cache(maxsize=1)
    def default(cls) -> "PlaceLexicon":
        source = resources.files("briefings").joinpath("data/places.yml")
        data = yaml.safe_load(source.read_text(encoding="utf-8"))
        return cls(not_places=frozenset(fold(w) for w in data["not_places"]),
                   not_place_heads=frozenset(fold(w) for w in data["not_place_heads"]),
                   seats=frozenset(fold(w) for w in data.get("seats") or ()),
                   disputed={fold(name): frozenset(codes) for name, codes in (data.get("disputed") or {}).items()},
                   other_names={fold(other): name for name, others in (data.get("other_names") or {}).items()
                                for other in others},
                   venues={fold(name): (name, code) for code, names in (data.get("venues") or {}).items()
                           for name in names},
                   sky_nouns=frozenset(fold(w) for w in data.get("sky_nouns") or ()))

    def venue(self, name: str) -> tuple[str, str] | None:
        """(name, country) of a stadium of ``venues`` («Энфилде» read as «Энфилд» → («Энфилд», GB))."""
        return self.venues.get(fold(name))


def _key(word: str) -> str:
    return fold(word).replace("э", "е")


_PROPER = frozenset({"Geox", "Name", "Surn", "Patr", "Orgn", "Trad"})
_NON_NOUNS = frozenset({"ADVB", "PRCL", "CONJ", "PREP", "NPRO", "PRED", "INTJ", "VERB", "INFN", "GRND", "NUMR"})
_ADJECTIVES = frozenset({"ADJF", "PRTF", "ADJS"})
_ELIDED = re.compile(r"\s*(?:,|и\b|или\b)")  # «Донецкая и Луганская области»
_COORDINATED = re.compile(r"[А-ЯЁа-яё]+(?:,|[ \u00a0]+и)[ \u00a0]+$")  # «на Ялтинской и » before «Потсдамской»
_ADJECTIVE_END = re.compile(r"(?:ск|цк|н)(?:ий|ый|ой|ая|ое|ие|ые|ого|ому|ым|им|ом|ую|ых|их|ыми|ими|ей)$")
_NEXT_WORD = re.compile(r" ([а-яё]{3,})\b")
_NEXT_WORDS = re.compile(r"(?: [а-яё]{3,}\b)*")
# nouns a named place is made of: «Болотная площадь», «Тверская улица», «Чеховская станция»
_PLACE_NOUNS = frozenset("""площадь улица проспект переулок шоссе набережная бульвар станция
    область край район округ регион губерния уезд остров полуостров гора хребет река озеро море залив
    пролив город село посёлок деревня долина пустыня месторождение океан канал мост вокзал дворец коса
    лиман дельта перевал ущелье каньон архипелаг
    парк сад полюс кольцо аэропорт порт бухта мыс равнина плато нагорье водохранилище
    волость поселение местность окрестность возвышенность низменность крепость поле курган поляна роща лес
    бор луг""".replace("ё", "е").split())
# an aircraft («Су-27», «МиГ-29», «Ту-154») or an event with its year («Рио-2016»,
# «Олимпиады-80»), no place; a closed town keeps its number («Арзамас-16», «Шереметьево-2»)
_NUMBERED = re.compile(r"[A-Za-zА-ЯЁа-яё]{1,4}-\d+|.*-(?:18|19|20)\d\d|(?:Олимпиад|Игр|Евро|Чемпионат)\w*-\d+")
_QUOTED_OR_LISTED = re.compile(r"[«\"„“—–-][ \u00a0]*$")
_PATRIARCH_TITLE = re.compile(r"\s*и\s+всея\b")  # «патриарх Московский и всея Руси»


def place_name(normal: str, written: str, after: str, vocab, lexicon: PlaceLexicon,
               pos: str | None = None, case: str | None = None, common_at_start: bool = False,
               before: str = "") -> str | None:
    """The nominative name of the place a LOC span names, or ``None`` when it names none.

    ``normal`` is natasha's normal form of the span, ``written`` the span as written and
    ``after`` the text that follows it (``before``: the text before it). A see's adjective
    after a prelate's or a peer's title is none («митрополит Волоколамский», «папы Римского»,
    «герцог Йоркский»). One word: a place name of the dictionary (Geox)
    is put in the nominative from it («Балканах» → «Балканы», «Марселе» → «Марсель»); an
    adverb or a pronoun is none («Еще», «Сегодня»), nor is an adjective whose noun is
    elided («Донецкая и Луганская области»: «Болотная», «Мясницкая» stay), nor a common
    noun of ``lexicon`` («Земля», «Родина»), nor a plural or abstract common noun at a
    sentence start («Обстрелы», «Введение»), nor people («Жители», «Европейцы»; only in
    the nominative natasha's tagger reads in context, ``case``: not «провинции Хамы», «в
    Котельники»), nor a word the tagger reads (``pos``) as a word of another class
    («Стремительно», «Итак», «Согласованный»), nor a common noun or an adjective that
    starts a sentence and that the article never capitalizes inside one
    (``common_at_start``: «Рынок», «Кредит», «Крупнейший», «Последние»; not «Лубянка» when
    it also writes «под Лубянкой»). Several words:
    adjectives agree with their noun («Луганская области» → «Луганская область»);
    adjectives before a lower-case noun that names no place are none («Российская
    экономика», «Бородинское сражение»), also one the dictionary does not know
    («Ассуанской плотины», «Транскаспийскому газопроводу»), one the dictionary has as a
    place's («Пулковскую обсерваторию») and one of several nouns
    («на Ялтинской и Потсдамской конференциях»).
    """
    if _NUMBERED.fullmatch(written) or _PATRIARCH_TITLE.match(after) or _see_after_title(written, before, vocab) \
            or _person_with_a_word(written, vocab) or _in_the_sky(written, before, vocab, lexicon):
        return None
    if " " in written.strip():
        if _qualified_noun(written, vocab, lexicon):
            return None
        name = _street_adjectives_agreeing(
            _sk_adjectives_agreeing(agreeing_name(_head_in_nominative(normal, written, vocab), vocab), vocab))
        return _short_possessive(name, written, vocab)
    if pos in _NO_NAME_POS:
        return None
    if not CYRILLIC_WORD.fullmatch(written):
        return normal
    if fold(normal) != fold(written) and all(p.is_known and p.tag.POS in _NON_NOUNS for p in vocab.parse(fold(normal))):
        normal = written  # the normalizer made a word of another class: «в Итаке» → «Итак»
    parses = vocab.parse(fold(written))
    cases = {"Nom": {"nomn"}, **UD_CASES}.get(case or "", set())
    if pos == "ADJ" and _NEXT_WORD.match(after) and any(p.tag.POS in _ADJECTIVES and p.tag.case in cases
                                                         for p in parses):
        # the tagger's adjective in its case before a word, not a town's name in another: «при
        # Сретенском полицейском участке» is no «Сретенск» (instrumental; but «над Донецком,
        # Луганском», which the tagger reads so too, is)
        parses = [p for p in parses if p.tag.POS in _ADJECTIVES or p.tag.case in cases]
    if any(p.tag.POS == "NOUN" and fold(p.normal_form) in lexicon.not_places for p in parses):
        return None  # (also one the dictionary has as a place: «Запад», «Марс»; or guesses: «Паралимпиаду»)
    plural = _plural_place(written, parses, vocab)
    if plural:
        return plural  # «жители Пиреней» → «Пиренеи»
    if not parses or not all(p.is_known for p in parses):
        # «Идлиб», «Рио»: not in the dictionary (but «Ассуанской» before «плотины» is an adjective)
        guessed = [p for p in parses if p.tag.POS in _ADJECTIVES]
        return None if parses and parses[0].tag.POS in _ADJECTIVES and _ADJECTIVE_END.search(fold(written)) \
            and _before_common_noun(guessed, after, vocab, _COORDINATED.search(before)) \
            else normal
    places = [p for p in parses if "Geox" in p.tag.grammemes]
    if places and all(p.tag.POS in _ADJECTIVES for p in parses) \
            and _before_common_noun(parses, after, vocab, _COORDINATED.search(before)):
        return None  # a place's adjective before a noun of no place: «Пулковскую обсерваторию»
    if places:
        lemmas = {_key(p.normal_form) for p in places}
        if _key(normal) in lemmas or any(p.tag.case == "nomn" for p in places):
            return normal  # natasha's form is right (and keeps «э»: «Манхэттен»)
        return shape(places[0].normal_form, written)
    named = _named_by_adjective(parses, before, vocab)
    if named:
        return named if " " in named else shape(named, written)
    # (a surname's reading aside where the tagger reads an adjective: «Минских соглашений»)
    adjectives = [p for p in parses if not (pos == "ADJ" and NAME_GRAMMEMES & p.tag.grammemes)]
    if all(p.tag.POS in _NON_NOUNS for p in parses) \
            or all(p.tag.POS in _ADJECTIVES for p in parses) and (
                _ELIDED.match(after) or _before_common_noun(parses, after, vocab, _COORDINATED.search(before))) \
            or adjectives != parses and adjectives and all(p.tag.POS in _ADJECTIVES for p in adjectives) \
            and _before_common_noun(adjectives, after, vocab, _COORDINATED.search(before)) \
            or all(_plain_noun(p) and (p.tag.number == "plur" and p.tag.case in ("nomn", "accs")
                                       or _ABSTRACT.search(p.normal_form)) for p in parses) \
            or case in (None, "Nom") and all(_people_noun(p) and p.tag.number == "plur" for p in parses) \
            or common_at_start and all(_plain_noun(p) or p.tag.POS in _ADJECTIVES for p in parses) \
            and (all(_plain_noun(p) for p in parses) or not _QUOTED_OR_LISTED.search(before)):
        return None  # (a quoted name or one after a dash is no sentence's first word: «м. «Арбатская»», «Горное — Золотое»)
    return normal


# natasha's part-of-speech tags (in context) of words that name nothing
_NO_NAME_POS = frozenset({"ADP", "ADV", "CCONJ", "SCONJ", "PRON", "PART", "INTJ", "DET", "AUX", "VERB", "NUM"})
_NO_NOUN_POS = frozenset({"ADP", "VERB", "AUX", "CCONJ", "SCONJ", "PRON"})  # (not «Ла», «Эль»: DET, X)
_VERBS_AND_LINKS = frozenset({"VERB", "INFN", "GRND", "PREP", "CONJ"})
_RUSSIAN_PARTICLES = frozenset("не ни же ли бы вот вон даже лишь только уже".split())


def _person_with_a_word(written: str, vocab) -> bool:
    """A name joined by a hyphen to a lower-case word for a person or for one of a father and
    a son: a person's («Цоем-старшим», «Кормильцев-издатель»; not «Москва-река», «Гайд-парке»)."""
    *parts, last = written.split()[-1].split("-")
    if not parts or not last.islower():
        return False
    noun = next((p for p in vocab.parse(last) if p.tag.POS == "NOUN"), None)  # (its likeliest reading)
    return is_seniority_word(last) or noun is not None and _people_noun(noun)  # (not «Гайд-парке»: a park)


def _plural_place(written: str, parses, vocab) -> str | None:
    """The plural place a genitive in «-ей» the dictionary does not know is of, when it knows
    the nominative in «-еи»: «Пиреней» → «Пиренеи» (it reads «Пиреней» as a man's name)."""
    if any(p.is_known for p in parses) or not fold(written).endswith("ей"):
        return None
    nominative = written[:-1] + "и"
    return nominative if any(p.is_known and "Geox" in p.tag.grammemes and p.tag.number == "plur"
                             and p.tag.case == "nomn" for p in vocab.parse(fold(nominative))) else None


def _named_by_adjective(parses, before: str, vocab) -> str | None:
    """An adjective that names the place of the lower-case place noun before it, in its case,
    with a natural feature's noun: «на мысе Бурном» → «Мыс Бурный», «в селе Вятском» →
    «Вятское»."""
    noun_word = _LAST_WORD.search(before)
    if noun_word is None or not parses or not all(p.tag.POS in _ADJECTIVES for p in parses):
        return None
    nouns = [p for p in vocab.parse(noun_word.group(1)) if p.is_known and p.tag.POS == "NOUN"
             and _key(p.normal_form) in _PLACE_NOUNS and p.tag.number == "sing"]
    for noun in nouns:
        for adj in parses:
            if adj.tag.case == noun.tag.case and agrees(adj, noun):
                head = noun.inflect({"Nom"})
                form = agreeing_adjective(adj, head) if head is not None else None
                if form is not None:
                    feature = _key(noun.normal_form) in _FEATURES
                    return f"{head.word.capitalize()} {form.word.capitalize()}" if feature else form.word
    return None


_LAST_WORD = re.compile(r"(?<![А-ЯЁа-яё])([а-яё]{3,})[ \u00a0]+$")


def _qualified_noun(written: str, vocab, lexicon: PlaceLexicon) -> bool:
    """Adjectives before a lower-case common noun that is no place noun and names a thing
    no place is (``lexicon.not_place_heads``, or an abstract noun in «-ние», «-ость»):
    «Российская экономика», «Газовая промышленность», «Пражская весна»."""
    *left, last = written.split()
    if not last.islower() or not all(CYRILLIC_WORD.fullmatch(w) for w in left):
        return False
    parses = vocab.parse(last)
    nouns = [p for p in parses if p.is_known and p.tag.POS == "NOUN"]
    if not nouns or len(nouns) < len(parses) or any(_key(p.normal_form) in _PLACE_NOUNS for p in nouns):
        return False
    return all(fold(p.normal_form) in lexicon.not_place_heads or _ABSTRACT.search(p.normal_form) for p in nouns) \
        and all(any(a.tag.POS in _ADJECTIVES for a in vocab.parse(fold(w))) for w in left)


def _people_noun(parse) -> bool:
    """A common noun for people («жители», «европейцы»)."""
    return parse.is_known and parse.tag.POS == "NOUN" and "anim" in parse.tag.grammemes \
        and not _PROPER & parse.tag.grammemes


_ABSTRACT = re.compile(r"(?:ние|ость)$")  # «Введение», «Бесполезность»
_BREAK = re.compile(r"\n|\s\s")  # a paragraph break the scraper flattened to two spaces


def place_tokens(tokens: list, text: str, vocab) -> list:
    """The tokens of a LOC span that make the place's name. The NER runs a span over
    words that are not the name; this takes them off:

    - a paragraph break (a line break, or two spaces before a common word) and the words
      on its other side: the first part with a name the dictionary knows as a place's or
      does not know is kept, none when no part has one («Дортмунде  Вечером»,
      «Сводка⏎⏎Харьков»; not «в Нижнем  Новгороде»);
    - an unmatched bracket and all after it («США (Belneftekhim», «ТиНАО)»);
    - leading words that are no nouns, at a sentence start or in lower case («На Красная
      площадь», «Затапливаются острова»; not «на Ко Самуи»), and a city's size there
      («Двухмиллионный Мосул», since session 44);
    - lower-case words after a capitalized noun, which cannot belong to its name
      («Чечню войска», «Джимбаран ресторанчиках», «Оби водохранилищ»); not after an
      adjective («Баренцево море») or a possessive one («Куликова поля»).

    Nothing left, no name: ``[]``."""
    parts = [tokens[:1]]
    for before, token in zip(tokens, tokens[1:]):
        gap = text[before.stop:token.start]
        if "\n" in gap or _BREAK.search(gap) and _common_word(token.text, vocab):
            parts.append([])  # (not «в Нижнем  Новгороде», «Баренцево  море»: a stray space)
        parts[-1].append(token)
    if len(parts) > 1:
        kept = next((part for part in parts if any(_proper(t.text, vocab) for t in part)), [])
    else:
        kept = parts[0]
    depth = 0
    for n, token in enumerate(kept):
        depth += (token.text == "(") - (token.text == ")")
        if depth < 0:
            kept = kept[:n]
            break
    if depth > 0:
        kept = kept[:max(n for n, t in enumerate(kept) if t.text == "(")]
    while len(kept) > 1 and CYRILLIC_WORD.fullmatch(kept[0].text) \
            and (_no_noun(kept[0], vocab) or _SIZE.search(fold(kept[0].text))) \
            and (kept[0].text.islower() or starts_sentence(text, kept[0].start)):
        kept = kept[1:]  # (a capitalized word mid-sentence is a name's: «на Ко Самуи»)
    capitalized = [n for n, t in enumerate(kept) if not t.text.islower()]  # («эль-Кибли» too)
    if not capitalized:
        return []
    if len(kept) == 2 == len(capitalized) and _person_in_another_case(kept, vocab):
        return kept[:1]  # «отдал Чехословакию Гитлеру»: a person the NER ran the place into
    last = capitalized[-1]
    if last + 1 < len(kept) and all(t.text.islower() for t in kept[last + 1:]) and kept[last].pos in ("NOUN", "PROPN") \
            and not _possessive_before_place_noun(kept[last].text, kept[last + 1].text, vocab):
        parses = vocab.parse(fold(kept[last].text))
        if not any(p.tag.POS in _ADJECTIVES for p in parses):
            # a common noun alone before them was no name either: «Остров свобода», «Масса техносферы»
            alone = last == 0 and parses and all(_plain_noun(p) and p.is_known for p in parses)
            return [] if alone else kept[:last + 1]
    return kept


def _person_in_another_case(tokens: list, vocab) -> bool:
    """The second of two capitalized words is a person's surname the dictionary knows, in
    no case the dictionary has the first in, nor the genitive, after a noun: «Чехословакию» +
    «Гитлеру» (not «Нижнем Новгороде», «в Серебряном Бору»: an adjective and its noun, nor
    «Парке Горького», named after him)."""
    first, second = (vocab.parse(fold(t.text)) for t in tokens)
    if any(p.tag.POS in _ADJECTIVES for p in first):
        return False  # an adjective and its noun: «в Серебряном Бору»
    cases = {p.tag.case for p in first if p.is_known}
    others = {p.tag.case for p in second if p.is_known}
    return bool(cases) and any(p.is_known and "Surn" in p.tag.grammemes for p in second) \
        and not any("Geox" in p.tag.grammemes for p in second) \
        and not cases & others and "gent" not in others  # (a genitive names it: «Парке Горького»)


# nouns of a place named after a person or a thing in the genitive: «улица Пушкина»,
# «парк Победы», «хребет Ломоносова», «мыс Доброй Надежды», «море Лаптевых»
_NAMED_AFTER_HEADS = frozenset("""улица проспект переулок бульвар набережная шоссе проезд аллея площадь
    сквер парк сад хребет гора пик остров залив мыс пролив ледник канал мост море поднятие котловина
    впадина плато""".split())
_STREET_HEADS = frozenset("улица проспект переулок бульвар шоссе проезд аллея".split())  # named after people
# seas and straits, named after people in the genitive (not islands, capes, mountains, whose own
# name follows in the nominative: «острова Капри», «мыса Хобой»)
_WATER_HEADS = frozenset("море пролив".split())


def named_after(head: str, words: list[str], after: str, vocab,
                known: Callable[[str], object] = lambda name: None) -> str | None:
    """The name of a place a noun names after someone or something in the genitive, when
    the NER tags only the genitive as a place: «в парке Горького» → «Парк Горького»,
    «на проспекте Сахарова» → «Проспект Сахарова», «залив Петра Великого», «парк Победы»
    (``head`` is the word before the span, ``words`` the span's words). The genitive is
    a person's name (a word of it the dictionary reads as a first name, surname or
    patronymic in the genitive, or an adjective that cannot qualify the noun: «улицу
    Воровского»; after a sea's or a strait's noun, one word the dictionary does not know:
    «моря Бофорта» → «Море Бофорта», not «острова Капри») or one common noun for a thing
    («Победы», «Революции») or for beings in the plural («Свиней», «Героев»);
    not a place's name («набережная Невы», «аэропорт Казани»: the caller keeps a city the
    gazetteer knows, «площадь Грозного», and one the dictionary reads as a town ``known``
    knows, but for a street named after a person: «площадь Волжского», «парк Беслана»,
    not «улица Пушкина»); not after a plural noun («на улицах Фленсбурга»:
    a town's streets), nor an adjective that qualifies the noun after it (``after``, the
    text after the span: «набережная Братеевского каскадного парка»). ``None`` when
    ``head`` is no such noun."""
    if not words or not all(CYRILLIC_WORD.fullmatch(w) and w[:1].isupper() for w in words):
        return None
    heads = [p for p in vocab.parse(fold(head)) if p.tag.POS == "NOUN" and p.tag.number == "sing"
             and fold(p.normal_form) in _NAMED_AFTER_HEADS]
    if not heads:
        return None
    readings = [vocab.parse(fold(w)) for w in words]
    if not all(any(p.tag.case == "gent" for p in parses) for parses in readings):
        return None
    next_word = _NEXT_WORD.match(after)
    if next_word and any(p.tag.POS in _ADJECTIVES for p in readings[-1]) \
            and any(p.tag.POS in ("NOUN", *_ADJECTIVES) and p.tag.case == "gent" for p in vocab.parse(next_word.group(1))):
        return None
    person = any(p.tag.case == "gent" and NAME_GRAMMEMES & p.tag.grammemes for parses in readings for p in parses) \
        or len(words) == 1 and _surname_adjective(readings[0], heads)
    thing = len(words) == 1 and (all(p.is_known and _plain_noun(p) for p in readings[0])
                                 and any(p.tag.case == "gent" and p.tag.number == "sing" for p in readings[0])
                                 or _beings_genitive(readings[0]))
    # a sea's or a strait's: a word the dictionary does not know, a foreign name («моря Бофорта»)
    foreign = len(words) == 1 and any(fold(h.normal_form) in _WATER_HEADS for h in heads) \
        and not any(p.is_known for p in readings[0])
    if not (person or thing or foreign):
        return None
    towns = len(words) == 1 and any(p.is_known and p.tag.case == "gent" and "Geox" in p.tag.grammemes
                                    and known(spelled_as(p.normal_form, words[0])) for p in readings[0])
    if towns and not (person and any(fold(h.normal_form) in _STREET_HEADS for h in heads)):
        return None  # a town: «на площади Волжского», «в парке Беслана»; but «улица Пушкина»
    noun = heads[0].inflect({"Nom", "Sing"}) or heads[0]
    return " ".join([spelled_as(noun.word, head).capitalize(), *words])


def _beings_genitive(parses) -> bool:
    """A common noun for beings in the genitive plural, read as nothing else but a noun's
    form or a comparative: «Свиней», «Героев», «Космонавтов» (places named after them)."""
    nouns = [p for p in parses if p.tag.POS == "NOUN"]
    return bool(nouns) and all(p.is_known and "anim" in p.tag.grammemes and not _PROPER & p.tag.grammemes
                               for p in nouns) \
        and any(p.tag.case == "gent" and p.tag.number == "plur" for p in nouns) \
        and all(p.tag.POS in ("NOUN", "COMP") for p in parses)


def street_of_person(head: str, words: list[str], vocab) -> bool:
    """``head`` is a street noun in the singular and ``words`` a person's name in the
    genitive: a street named after the person even when a town has the name («улица
    Кирова», «проспект Калинина»; not «площадь Грозного», «улицы Кирова»: a town's)."""
    return any(p.tag.POS == "NOUN" and p.tag.number == "sing" and fold(p.normal_form) in _STREET_HEADS
               for p in vocab.parse(fold(head))) \
        and any(p.tag.case == "gent" and NAME_GRAMMEMES & p.tag.grammemes for w in words for p in vocab.parse(fold(w)))


def _surname_adjective(parses, heads) -> bool:
    """A masculine adjective in the genitive that cannot qualify the noun before it, a
    surname made of an adjective: «улица Воровского», «улицей Черняховского» (not
    «улицы Банковой»: the street's own adjective)."""
    adjectives = [p for p in parses if p.tag.POS == "ADJF"]
    return any(p.tag.case == "gent" and p.tag.number == "sing" and p.tag.gender == "masc" for p in adjectives) \
        and not any(agrees(a, h) and a.tag.case == h.tag.case for a in adjectives for h in heads)


def _common_word(word: str, vocab) -> bool:
    """A dictionary word that is no place name nor a word places are made of («Вечером»,
    «Суммарная»; not «Новгороде», «море»)."""
    parses = vocab.parse(fold(word))
    return bool(parses) and all(p.is_known and "Geox" not in p.tag.grammemes
                                and _key(p.normal_form) not in _PLACE_NOUNS for p in parses)


def starts_sentence(text: str, start: int) -> bool:
    """Whether a word at ``start`` begins a sentence, a paragraph or a quotation: after a
    full stop, a dash, an opening quote, a line break or a paragraph flattened to two spaces."""
    i = start
    while i > 0 and text[i - 1].isspace():
        i -= 1
    return i == 0 or text[i - 1] in ".!?…«\"—–-:(" or "\n" in text[i:start] or start - i >= 2


def names_inside_sentences(text: str) -> frozenset[str]:
    """The stems of the capitalized words a text writes inside a sentence, where a capital
    marks a name (a sentence start cannot tell): «под Лубянкой» gives «лубянк»."""
    return frozenset(stem(m.group()) for m in _CAPITALIZED.finditer(text) if not starts_sentence(text, m.start()))


_POSSESSIVE = re.compile(r"[А-ЯЁ][а-яё]+(?:ов|ев|ёв|ин|ын)(?:а|о|у|ы|ой|ом|ым|ых|е)?")


def _possessive_before_place_noun(word: str, after: str, vocab) -> bool:
    """A possessive adjective the dictionary reads as a surname, before the place noun it
    belongs to: «Куликова поля» (→ «Куликово поле»), «Малахова кургана»."""
    return bool(_POSSESSIVE.fullmatch(word)) and any(_key(p.normal_form) in _PLACE_NOUNS for p in vocab.parse(after))


def _proper(word: str, vocab) -> bool:
    """A word the dictionary knows as a place name, or does not know."""
    parses = vocab.parse(fold(word))
    return any("Geox" in p.tag.grammemes for p in parses) or not any(p.is_known for p in parses)


_SIZE = re.compile(r"(?:миллионн|тысячн)(?:ый|ая|ое|ого|ой|ому|ую|ым|ом)$")  # «Двухмиллионный Мосул»


def _no_noun(token, vocab) -> bool:
    """A word that begins no place name: a preposition, a verb, a Russian particle («На»,
    «Затапливаются», «Не»), but not a foreign name's first word the dictionary reads as
    an imperative («Сиди Бузид») or a particle («Ла Валлетта», «Ле Бурже»)."""
    if token.pos in _NO_NOUN_POS or fold(token.text) in _RUSSIAN_PARTICLES:
        return True
    parses = vocab.parse(fold(token.text))
    return bool(parses) and all(p.is_known and p.tag.POS in _VERBS_AND_LINKS and p.tag.mood != "impr" for p in parses)


def _before_common_noun(adjectives, after: str, vocab, coordinated: object = False) -> bool:
    """An adjective right before a lower-case common noun it agrees with qualifies that
    noun (the NER tags such a capitalized adjective at a sentence start): «Государствообразующая
    отрасль», «Долголетний труд»; not a noun a place is made of («Болотная площадь»). The
    last of ``coordinated`` adjectives may be singular before a plural noun («на Ялтинской и
    Потсдамской конференциях»), and the first is read past the others («при Сущевском и
    Сретенском полицейских участках»). Lower-case adjectives that agree may stand between
    («Западно-Сибирским нефтегазовым комплексом», «полицейских»)."""
    others = _OTHER_ADJECTIVES.match(after)
    if others:
        after, coordinated = after[others.end():], True

    def agreeing(a, p) -> bool:
        return a.tag.case == p.tag.case and (agrees(a, p) or bool(coordinated) and a.tag.number == "sing"
                                             and p.tag.number == "plur" and (p.tag.POS == "ADJF"
                                                                             or a.tag.gender == p.tag.gender))

    words = _NEXT_WORDS.match(after).group(0).split()[:3]
    for n, word in enumerate(words):
        parses = vocab.parse(word)
        if any(p.tag.POS in _NON_NOUNS for p in parses):
            return False  # «аэродрома Северный под Смоленском»: «под» is a preposition
        nouns = [p for p in parses if p.tag.POS == "NOUN" and p.is_known]
        adjective = any(p.tag.POS == "ADJF" and p.is_known and agreeing(a, p) for a in adjectives for p in parses)
        if nouns and (any(agreeing(a, p) for a in adjectives for p in nouns) or not adjective or n + 1 == len(words)):
            return not any(_key(n.normal_form) in _PLACE_NOUNS for n in nouns) \
                and any(agreeing(a, n) for a in adjectives for n in nouns)
        if not adjective:  # (an adjective that agrees goes on, though a noun too: «полицейских» before «участках»)
            return False
    return False


# the other adjectives of a list after the first: «и Сретенском» of «при Сущевском и Сретенском …»
_OTHER_ADJECTIVES = re.compile(r"(?:(?:,|[ \u00a0]+и)[ \u00a0]+[А-ЯЁ][а-яё]+(?:ск|цк)(?:ом|ой|ому|им|ым|ых|их|ая|ий|ый))+"
                               r"(?=[ \u00a0][а-яё])")


def _in_the_sky(written: str, before: str, vocab, lexicon: PlaceLexicon) -> bool:
    """A body of the sky, no place on Earth: a name right after a word in lower case for one
    («в созвездии Кита», «комета Галлея», «альфа Центавра») or one whose noun is such a
    word («Красной планеты», «Проксимы Центавра»)."""
    last = _LAST_WORD.search(before)
    words = ([last.group(1)] if last else []) + (written.split() if " " in written.strip() else [])
    return any(_key(p.normal_form) in lexicon.sky_nouns and p.tag.POS == "NOUN"
               for word in words for p in vocab.parse(fold(word)))


def after_naming_noun(text: str, start: int, vocab, lexicon: PlaceLexicon) -> bool:
    """A name right after a word for a body of the sky, a dynasty or a storm (in lower case,
    or first in its sentence) names that, no person: «на созвездие Льва», «комета Галлея»,
    «династии Цинь», «ураганом Харви», «Ураган Харви может …»."""
    nouns = (lexicon.sky_nouns - _WORLD) | _NAMED_NOT_PEOPLE
    first = _FIRST_WORD.match(text, start)  # (the mention itself may begin with the noun, first in its sentence)
    return _after_noun(text, start, vocab, nouns) or first is not None and starts_sentence(text, start) and any(
        p.tag.POS == "NOUN" and fold(p.normal_form) in nouns for p in vocab.parse(fold(first.group())))


_FIRST_WORD = re.compile(r"[А-ЯЁ][а-яё]+(?=[ \u00a0]+[А-ЯЁ«])")


_NAMED_NOT_PEOPLE = frozenset({"династия", "ураган", "тайфун", "циклон", "антициклон", "шторм"})
_WORLD = frozenset({"планета"})  # «чемпион планеты Андрей Драчёв»: of the world


def _see_after_title(written: str, before: str, vocab) -> bool:
    """A prelate's see or a peer's title after the title («митрополит Волоколамский», «папы
    Римского», «Запорожский и Мелитопольский Лука»): adjectives and maybe a name, no word of
    a place (not «папы Ярославской области»: fathers of a region)."""
    words = written.split()
    if not words or not (PRELATE_BEFORE.search(before) or PEER_BEFORE.search(before)):
        return False
    parses = vocab.parse(fold(words[0]))
    return bool(parses) and parses[0].tag.POS in _ADJECTIVES \
        and not any(_key(p.normal_form) in _PLACE_NOUNS for w in words[1:] for p in vocab.parse(fold(w)))


# adjectives in the plural genitive, each capitalized («Южных», «Западных»), and a plural
# noun's genitive in a consonant («Курил», «Балкан»; not «-ов», «-ах», «-ам»)
_PLURAL_GENITIVE_ADJECTIVE = re.compile(r"^(?:[А-ЯЁ][а-яё-]*[ыи]х(?: |$))+$")
_CONSONANT_END = re.compile(r"^[А-ЯЁ][а-яё]*[бгдзклмнпрстфхжшчщ]$")
_PLURAL_CASE_END = re.compile(r"(?:[ая]х|[ая]м|[оеё]в)$")  # «Альпах», «Альпам», «Эмиратов»: no bare genitive


def _short_possessive(name: str, written: str, vocab) -> str:
    """A short possessive adjective the dictionary does not know, before its noun, in the
    noun's gender: «на Куликовом поле» → «Куликово поле», «у Чудова монастыря» → «Чудов
    монастырь», «Марсовом поле» → «Марсово поле» (the normalizer guesses a full adjective,
    «Куликовое», or keeps the genitive)."""
    words, as_written = name.split(" "), written.split()
    possessive = POSSESSIVE_OBLIQUE.fullmatch(fold(as_written[0]))
    if len(words) != 2 or len(as_written) != 2 or possessive is None or not as_written[0][:1].isupper() \
            or any(p.is_known and p.tag.POS in _ADJECTIVES for p in vocab.parse(fold(as_written[0]))):
        return name
    noun = next((p for p in vocab.parse(fold(words[1])) if p.is_known and p.tag.POS == "NOUN"
                 and p.tag.case == "nomn" and p.tag.number == "sing" and not NAME_GRAMMEMES & p.tag.grammemes), None)
    if noun is None or noun.tag.gender not in _POSSESSIVE_ENDINGS:
        return name
    return f"{spelled_as(possessive.group(1) + _POSSESSIVE_ENDINGS[noun.tag.gender], as_written[0])} {words[1]}"


# a short possessive out of the nominative, in lower case: «куликовом», «чудова», «марфиной»
POSSESSIVE_OBLIQUE = re.compile(r"([а-яё]{2,}(?:ов|ев|ин|ын))(?:ом|ому|ым|ой|ую|а|у)")
_POSSESSIVE_ENDINGS = {"masc": "", "femn": "а", "neut": "о"}


def _head_in_nominative(normal: str, written: str, vocab) -> str:
    """Adjectives and a head noun the normalizer left out of the nominative, agreeing as
    written («Южных Курилах» normalized to «Южные Курилах», «Западной Двиной», «Вышнего
    Волочка»): the noun is put in the nominative, its number kept («Южные Курилы»), and
    the adjectives agree with it. Words that do not agree as written are left alone
    («Пхенчхан Олимпиаде»), and so is a genitive complement after a head noun («Площадь
    Революции»)."""
    *left, last = written.split()
    parses = vocab.parse(fold(last))
    if left and _PLURAL_GENITIVE_ADJECTIVE.search(" ".join(left)) and _CONSONANT_END.search(last) \
            and not _PLURAL_CASE_END.search(fold(last)):
        # «Южных Курил», «Западных Балкан», «Итальянских Альп»: a plural genitive, the noun's
        # nominative in «-ы», «-и» (the dictionary reads «Курил» as a verb, «Балкан» as a man)
        adjectives = [w[:-2] + ("ые" if fold(w).endswith("ых") else "ие") for w in left]
        return " ".join([*adjectives, last + ("и" if fold(last)[-1] in "гкхжшчщ" else "ы")])
    feminine = _feminine_head(left, last, parses, vocab)
    if feminine:
        return feminine
    if not left or not parses or not all(p.is_known and p.tag.POS == "NOUN" and p.tag.case not in ("nomn", None)
                                         for p in parses):
        return normal
    for noun in parses:
        adjectives = [next((a for a in vocab.parse(fold(word)) if a.is_known and a.tag.POS in _ADJECTIVES
                            and a.tag.case == noun.tag.case and agrees(a, noun)), None) for word in left]
        head = noun.inflect({"Nom"}) if all(adjectives) else None
        agreeing = [agreeing_adjective(a, head) for a in adjectives] if head is not None else []
        if agreeing and all(agreeing):
            words = [spelled_as(a.word, w) for a, w in zip(agreeing, left)]
            return " ".join([*words, spelled_as(head.word, last)])
    return normal


# a feminine noun's endings by case, after the stem of its nominative in «-а» («Руссы», «Руссе»)
_FEMININE_CASE_ENDINGS = {"gent": ("ы", "и"), "datv": ("е",), "loct": ("е",), "accs": ("у",), "ablt": ("ой",)}


def _feminine_head(left: Sequence[str], last: str, parses, vocab) -> str | None:
    """The nominative of a name whose adjectives are only a woman's singular out of the
    nominative, when the dictionary has their capitalized noun as no feminine word of that
    case: a noun in «-а», «-я» («Старой Руссы», «в Старой Руссе» → «Старая Русса»; the
    dictionary reads «Руссы» as the plural of «русс»; «Горной Шории» → «Горная Шория»)."""
    if not left or not last[:1].isupper() or any(p.tag.POS in _ADJECTIVES for p in parses):
        return None
    readings = [[p for p in vocab.parse(fold(word)) if p.is_known and p.tag.POS in _ADJECTIVES] for word in left]
    if not all(readings) or not all(p.tag.gender == "femn" and p.tag.number == "sing" and p.tag.case != "nomn"
                                    for adj in readings for p in adj):
        return None
    cases = set.intersection(*({p.tag.case for p in adj} for adj in readings))
    if any(p.tag.POS == "NOUN" and p.tag.gender == "femn" and p.tag.case in cases for p in parses):
        return None  # (the dictionary's own: «Старой площади», «Новой Ладоги»)
    low = fold(last)
    ending = next((e for case in cases for e in _FEMININE_CASE_ENDINGS.get(case, ()) if low.endswith(e)), None)
    if ending is None or len(low) - len(ending) < 3:
        return None
    adjectives = [readings[k][0].inflect({"Nom", "Fem", "Sing"}) for k in range(len(left))]
    if not all(adjectives):
        return None
    stem = last[:-len(ending)]
    soft = fold(stem)[-1] in "аеиоуыэюяь" or ending == "и" and fold(stem)[-1] not in "гкхжшчщ"
    return " ".join([*(spelled_as(a.word, w) for a, w in zip(adjectives, left)), stem + ("я" if soft else "а")])


_SK_ADJECTIVE = re.compile(r"([А-ЯЁ][А-ЯЁа-яё-]*[сц]к)(?:ого|ому|им|ом|ой|ую|ий|ая|ое)")
_NOMINATIVE_ENDS = {"masc": ("ий", "ой"), "femn": ("ая",), "neut": ("ое",)}


def _sk_adjectives_agreeing(name: str, vocab) -> str:
    """Adjectives in «-ский», «-цкий» before a place's noun in the nominative, made to agree
    with it where the dictionary reads them as no adjective (a hyphenated one as a surname):
    «Урус-Мартановского район» → «Урус-Мартановский район»; a plural noun after singular
    ones is one of several places («Урус-Мартановского и Ачхой-Мартановского районов»:
    «Ачхой-Мартановского районы» → «Ачхой-Мартановский район»)."""
    *left, last = name.split(" ")
    nouns = [p for p in vocab.parse(fold(last)) if p.is_known and p.tag.POS == "NOUN" and p.tag.case == "nomn"
             and _key(p.normal_form) in _PLACE_NOUNS and p.tag.gender in _NOMINATIVE_ENDS]
    if not left or not nouns or not all(_SK_ADJECTIVE.fullmatch(w) for w in left):
        return name
    noun = nouns[0]
    if noun.tag.number == "plur":
        singular = noun.inflect({"Sing", "Nom"})
        if singular is None or not all(w.endswith(("ого", "ому", "ой", "ую")) for w in left):
            return name
        last = spelled_as(singular.word, last)
    endings = _NOMINATIVE_ENDS[noun.tag.gender]  # (a masculine «-ской» is a nominative: «Тверской район»)
    return " ".join([*(w if w.endswith(endings) else _SK_ADJECTIVE.fullmatch(w).group(1) + endings[0]
                       for w in left), last])


def _street_adjectives_agreeing(name: str) -> str:
    """A street named by adjectives alone, its noun left out, with the last one agreeing with
    the feminine nominative before it: «Большая Никитской» → «Большая Никитская» (the
    dictionary reads «Никитской» as a surname's)."""
    *left, last = name.split(" ")
    ending = _OBLIQUE_SK_FEMININE.search(last)
    if not left or ending is None or not all(_FEMININE_NOMINATIVE.fullmatch(w) for w in left):
        return name
    return " ".join([*left, last[: ending.start()] + ending.group(1) + "ая"])


_OBLIQUE_SK_FEMININE = re.compile(r"(ск|цк)(?:ой|ую)$")
_FEMININE_NOMINATIVE = re.compile(r"[А-ЯЁ][а-яё]+(?:ая|яя)")


def _plain_noun(parse) -> bool:
    """A common noun for things: no place, name or person."""
    return parse.tag.POS == "NOUN" and "inan" in parse.tag.grammemes and not _PROPER & parse.tag.grammemes


# (not «республика»: a republic named after a city claims to be a state of its own; and of
# features by a city, not streets and stations, named after the city they lead to: «Киевский
# вокзал», «Ленинградское шоссе» are in Moscow; nor seas, shared: «Азовское море»)
_NAMED_AFTER_CITY = frozenset("область край район округ губерния уезд "
                              "залив губа бухта взморье озеро водохранилище канал порт стена".split())
_CITY_ADJECTIVE = re.compile(r"(?:ск|цк|к)(?:ий|ой|ая|ое|ие)$")
_AREAS_NAMED_AFTER_TOWNS = frozenset("область край район округ губерния уезд".split())
# land named after a town near it (not water, which may lie off another country's coast)
_LAND_NAMED_AFTER_TOWNS = frozenset("полуостров лесопарк".split())  # (not a valley: «Ферганская долина» of three)


def region_country(name: str, city_country: Callable[[str], str | None]) -> str | None:
    """The country of a region or a feature named after its city: «Донецкая область» →
    Донецк → UA, «Воронежская область» → Воронеж, «Тверская губерния» → Тверь, «Рижское
    взморье» → Рига → LV, «Берлинская стена» → DE. ``city_country`` gives a city's country
    (the gazetteer's); ``None`` unless exactly one country fits."""
    return _country_of_stems(_stems_named_after(name, _NAMED_AFTER_CITY), city_country)


def _stems_named_after(name: str, nouns: frozenset[str]) -> set[str]:
    """The names of the city that a name of an adjective first and one of ``nouns`` last is
    named after: «Воронежская область» → «воронеж», «воронежск», …; empty for a name of
    another shape."""
    words = name.split()
    if len(words) < 2 or fold(words[-1]) not in nouns or not _CITY_ADJECTIVE.search(fold(words[0])):
        return set()
    return _adjective_stems(fold(words[0]), _CITY_ADJECTIVE)


def towns_named_after(name: str) -> list[str]:
    """The names of the town a district or a region may be named after, by its adjective
    (as :func:`region_country` reads it): «Серпуховский район» → «Серпухов», «Серпуховск», …;
    «Урус-Мартановский район» → «Урус-Мартан» among others; none for a name of another
    shape, nor for a body of water (a gulf, a reservoir), which may lie off another country's
    coast or take a village's name («Аденский залив», «Партизанское водохранилище»); since
    session 44 for land named after a town: «Таманский полуостров» → «Тамань», «Химкинский
    лесопарк» → «Химки»."""
    stems = _stems_named_after(name, _AREAS_NAMED_AFTER_TOWNS | _LAND_NAMED_AFTER_TOWNS) \
        if len(name.split()) == 2 else set()
    return sorted(c[:1].upper() + c[1:] for c in stems)


def adjective_place_country(adjective: str, place_country: Callable[[str], str | None]) -> str | None:
    """The country of the city or region a lower-case adjective in any case is made of:
    «баварском» → Бавария → DE, «стамбульской» → Стамбул → TR, «якутской» → Якутия → RU,
    «калифорнийском» → Калифорния → US, «техасский» → US (``place_country`` gives a known city's or region's country: not any
    town's, «братской» is no Братск); ``None`` unless exactly one country fits."""
    if not adjective.islower() or not _PLACE_ADJECTIVE.search(adjective):
        return None
    stems = _adjective_stems(fold(adjective), _PLACE_ADJECTIVE)
    stems |= {stem.removesuffix("ь") + "ия" for stem in stems} | {stem.removesuffix("ь") for stem in stems} \
        | {stem[:-1] + "я" for stem in stems if stem.endswith("й")}  # «калифорнийском» → «Калифорния»
    return _country_of_stems(stems, place_country)


_PLACE_ADJECTIVE = re.compile(r"(?<=...)(?:ск|цк)(?:ий|ой|ая|ое|ие|ого|ому|им|ом|ую|ых|их|ими|ым|ыми|ей)$")


def _adjective_stems(adjective: str, ending: re.Pattern) -> set[str]:
    """The names a city's adjective may be made of: «донецкая» → «донецк», «воронежская» →
    «воронеж», «тверская» → «тверь», «московская» → «москва»."""
    found = ending.search(adjective).group()
    stem = adjective[: -len(found)] + ("цк" if found.startswith("цк") else "")  # «донецк», «воронеж», «москов»
    # («рижское» → «рига», «пражская» → «прага»; «хасавюртовский» → «хасавюрт», «сочинский» → «сочи»)
    return {stem, stem + "ск", stem + "к", stem + "ь", stem + "а"} | ({stem[:-2] + "ва"} if stem.endswith("ов") else set()) \
        | ({stem[:-1] + "га"} if stem.endswith("ж") else set()) \
        | ({stem[:-2]} if stem.endswith(("ов", "ев")) and len(stem) > 5 else set()) \
        | ({stem[:-1]} if stem.endswith("ин") and len(stem) > 4 else set()) \
        | ({stem[:-2] + "и"} if stem.endswith("ин") and len(stem) > 4 else set())  # «химкинский» → «химки»


def _country_of_stems(stems: set[str], country: Callable[[str], str | None]) -> str | None:
    """The one country ``country`` gives the names ``stems`` (capitalized), or ``None``."""
    codes = {country(c[:1].upper() + c[1:]) for c in stems} - {None}
    return codes.pop() if len(codes) == 1 else None


# parts of a city, named alike in many cities: «Центральный район», «улица Пушкина»
_CITY_PARTS = frozenset("район микрорайон улица проспект площадь переулок бульвар набережная шоссе квартал "
                        "проезд аллея сквер тупик".split())


def place_noun_after(adjective: str, following: Sequence[str], vocab) -> int:
    """How many of the words ``following`` a capitalized adjective the NER took alone
    belong to its place's name: lower-case adjectives, up to two, and a noun a place is
    named with (``_PLACE_NOUNS``), all agreeing with it — «Штокмановского» + «газового
    месторождения», «Аршановский» + «мост», «Фестивальной» + «площади»; 0 when they do not
    («Западно-Сибирским» + «нефтегазовым комплексом», «Приразломного и …»)."""
    adjectives = [p for p in vocab.parse(fold(adjective)) if p.tag.POS == "ADJF"]
    for n, word in enumerate(following[:3]):
        if not CYRILLIC_WORD.fullmatch(word) or not word.islower():
            return 0
        parses = vocab.parse(word)
        nouns = [p for p in parses if p.tag.POS == "NOUN" and p.is_known and _key(p.normal_form) in _PLACE_NOUNS]
        if any(a.tag.case == p.tag.case and agrees(a, p) for a in adjectives for p in nouns):
            return n + 1
        if not any(a.tag.case == p.tag.case and agrees(a, p)
                   for a in adjectives for p in parses if p.tag.POS == "ADJF" and p.is_known):
            return 0
    return 0


# a sports venue's name, its last word «Арена» or «Автодром» in any case: «Открытие Арене»,
# «Бай-Арены», «Сочи Автодроме»
_VENUE = re.compile(r"(\S.*?)([ -])(?:(Арен)(?:а|ы|е|у|ой|ою)?|(Автодром)(?:а|у|е|ом)?)")


# a site named in Latin letters by its word: «Camp Humphreys», «Trump Tower», «Yankee Stadium»
_LATIN_SITE = re.compile(r"(?:Camp|Fort) [A-Z][\w'-]+|(?:[A-Z][\w'-]* )+(?:Tower|Stadium|Airport|Air Base)")


def arena_name(name: str) -> str | None:
    """The nominative name of a sports venue or a site the NER tagged as an organization,
    or ``None`` for another name: «Открытие Арене» → «Открытие Арена», «Бай-Арены» →
    «Бай-Арена», «Сочи Автодроме» → «Сочи Автодром», «Camp Humphreys», «Trump Tower» (a
    place)."""
    if _LATIN_SITE.fullmatch(name):
        return name
    m = _VENUE.fullmatch(name)
    return f"{m.group(1)}{m.group(2)}{'Арена' if m.group(3) else 'Автодром'}" if m else None


def names_a_city_part(name: str) -> bool:
    """A part of a city by its noun, first or last: «Центральный район», «Улица Пушкина»,
    «Северный административный округ» (not any «округ»: «Ханты-Мансийский округ» is a
    region)."""
    words = [fold(w) for w in name.split()]
    return len(words) >= 2 and (words[0] in _CITY_PARTS or words[-1] in _CITY_PARTS
                                or words[-2:] == ["административный", "округ"])


# sights and venues of a city, named alike in many cities: «Олимпийский парк», «Спасская
# башня», «Открытие Арена» (not a bridge: «Крымский мост» is of a disputed place)
_LANDMARKS = frozenset("парк сад дворец башня собор храм монастырь кладбище вокзал стадион арена автодром колизеум".split())


def names_a_landmark(name: str) -> bool:
    """A sight or a venue by its noun, first or last: «Парк Горького», «Спасская башня»,
    «Открытие Арена»."""
    words = [fold(w) for w in name.split()]
    return len(words) >= 2 and (words[0] in _LANDMARKS or words[-1] in _LANDMARKS)


# a quoted name after a word for a site or a base of ``place_kinds`` or for a sports venue:
# «стадиона «Арена Химки»», «дворца спорта «Айсберг»», «в саду «Эрмитаж»», «на авиабазе
# «Кунсан»», «в аэропорту «Борисполь»» (not the second word of a compound, «музея-заповедника
# «Петергоф»», the museum; not a kindergarten, «детский
# сад», an institution; nor any «база», «на базе «Сбербанка»», nor «площадка», also a company's
# site or a festival's: «производственные площадки «НоваВинда»»)
_QUOTED_VENUE = re.compile(r"(?<![А-ЯЁа-яё-])(?:(?:ледов\w+[ \u00a0]+)?"
                           + kind_forms("site", "base", plural=True, without=("сад", "база"))
                           + r"|(?:ледов\w+[ \u00a0]+)?двор(?:ец|ца|це|цу|цом)[ \u00a0]+(?:зимнего[ \u00a0]+)?спорта"
                           r"|(?:военн|военно-\w+)\w*[ \u00a0]+" + word_forms("база")
                           + r"|(?<!детский[ \u00a0])(?<!детском[ \u00a0])(?<!детского[ \u00a0])(?<!детскому[ \u00a0])"
                           + word_forms("сад") + r")[ \u00a0]+«([А-ЯЁA-Z][^«»\n]{1,40})»", re.IGNORECASE)


def quoted_venues(text: str, vocab) -> list[tuple[str, Span]]:
    """Sports venues and sites named in quotes after the word for them (``place_kinds``: a
    site, a base), the name as written (a quoted name stays in the nominative): «на трибунах
    стадиона «Арена Химки»», «от дворца зимнего спорта «Айсберг»», «в саду «Эрмитаж»», «в
    аэропорту «Борисполь»», «вокруг фонтанов «Каменный цветок»» (places, no organizations);
    not a one-word name the dictionary reads in no nominative, the site's owner: «передать
    месторождение «Газпрому»», «месторождение «Газпрома»» (but «стадион «Стад де ла Массон»»)."""
    return [(m.group(1), Span(m.start(1), m.end(1))) for m in _QUOTED_VENUE.finditer(text)
            if " " in m.group(1) or not _out_of_the_nominative(m.group(1), vocab)]


def _out_of_the_nominative(word: str, vocab) -> bool:
    """The dictionary knows ``word`` and reads it in no nominative («Газпрому»). (Not
    ``organizations_filters._maker``, the products' test, which also believes the
    dictionary's guesses: for a site that made «аэродрома «Эль-Маза»» no place.)"""
    parses = [p for p in vocab.parse(fold(word)) if p.is_known]
    return bool(parses) and not any(p.tag.case == "nomn" for p in parses)


_LATIN_NAME = re.compile(r"[A-Za-z][A-Za-z'’. -]*")


def latin_place_glosses(places: Iterable[tuple[str, Span]], text: str) -> frozenset[Span]:
    """The spans of places written in Latin letters in a bracket right after another
    place's name, its spelling there: «в городке Эгль (Aigle)» names one town."""
    stops = {span.stop for name, span in places if not _LATIN_NAME.fullmatch(name)}
    return frozenset(span for name, span in places
                     if _LATIN_NAME.fullmatch(name) and text[span.stop:span.stop + 1] == ")"
                     and any(re.fullmatch(r"[ \u00a0]*\(", text[stop:span.start]) for stop in stops
                             if 0 <= span.start - stop <= 3))


def venue_country(name: str, place_country: Callable[[str], str | None]) -> str | None:
    """The country of a venue named after its city or region: «Казань Арена» → RU, «Сочи
    Автодром» → RU, «Арена Химки» → RU, «Мордовия Арена» → RU (the place in the nominative
    before or after the venue's noun); ``None`` otherwise."""
    words = name.split()
    if len(words) != 2:
        return None
    return place_country(words[0]) if fold(words[1]) in _LANDMARKS \
        else place_country(words[1]) if fold(words[0]) in _LANDMARKS else None


def city_part_country(name: str, city_country: Callable[[str], str | None]) -> str | None:
    """The country of a city's part named with its city last, in the genitive, right after
    the part's noun («Центральный район Красноярска» → RU); ``None`` otherwise (also for a
    street named after a person: «улица Академика Королёва» is no street of Королёв)."""
    words = name.split()
    part = " ".join(words[:-1])
    return city_country(words[-1]) if len(words) >= 3 and names_a_city_part(part) and (
        fold(words[-2]) in _CITY_PARTS or fold(part).endswith("административный округ")) else None


# Case endings of a one-word place name, with the nominative endings they may come from.
_OBLIQUE = (("е", ("", "а", "я", "ь")), ("у", ("", "а")), ("ю", ("я", "ь")), ("ом", ("",)), ("ем", ("ь", "й")),
            ("ой", ("а",)), ("ей", ("я", "ь")), ("ы", ("а",)), ("и", ("а", "я", "ь")), ("а", ("",)), ("я", ("ь", "й")))
# (a hyphenated name whole, a particle before it too: «Ханты-Мансийск», «аль-Ауда»)
_CAPITALIZED = re.compile(r"(?<![\w-])(?:[а-яё]{1,3}-)?[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]*)*(?![\w-])")


def case_forms_joined(names: Sequence[str], known: Callable[[str], object] = lambda name: None) -> dict[str, str]:
    """Each of an article's place names to the name of its place: a name that is an oblique
    case form of another name of the article the normalizer left apart is that place
    («Негеве» → «Негев», «Дейр эз-Зоре» → «Дейр эз-Зор»; the other words the same). A form
    in «-а», «-я», «-ы», «-и», in which names end in the nominative too, joins only a town
    the gazetteer knows (``known``: «Кундуза» → «Кундуз»; «Шарара» stays, «Кали» is no
    form of «Кале»). Names written with «ё» or «е», a hyphen or a space are one too
    («Черное море», «Чёрное море»; «Дейр-эз-Зор», «Дейр эз-Зор»): named by the spelling the
    gazetteer knows, else the one written most often, else the one with «ё» and hyphens. A
    town's name without the soft sign the gazetteer spells it with is that town
    («Тяньцзин» of «в Тяньцзине» → «Тяньцзинь»)."""
    present = set(names)
    written = Counter(names)
    spellings: dict[str, list[str]] = {}
    for name in sorted(present):
        spellings.setdefault(spelling_key(name), []).append(name)
    spelled = {name: max(group, key=lambda n: (bool(known(n)), written[n], "ё" in n, n.count("-")))
               for group in spellings.values() for name in group}
    by_key = {spelling_key(name): spelled[name] for name in present}
    out = {}
    for name in present:
        *rest, last = name.split()
        base = None
        for ending, nominatives in _OBLIQUE:
            if last.endswith(ending) and len(last) - len(ending) >= 3:
                stem_ = last[: len(last) - len(ending)]
                keys = [spelling_key(" ".join([*rest, stem_ + n])) for n in nominatives]
                found = [by_key[k] for k in keys if k in by_key and by_key[k] != spelled[name]]  # (any spelling)
                found = [b for b in found if ending in _OBLIQUE_ONLY or known(b)]
                if len(found) > 1:  # «Дейр эз-Зоре»: «Дейр эз-Зор» or «Дейр эз-Зора», the one the gazetteer knows,
                    # else the bare one: «Ат-Танфу» of «Ат-Танф» and «Ат-Танфа» (no «-а» name has a bare form)
                    found = [b for b in found if known(b)] or [b for b in found if b + "а" in found]
                if len(found) == 1:
                    base = found[0]
                    break
        out[name] = base or name
    # a form in «-а» of a name an unambiguous case form was found of: «Ат-Танфа», «Ат-Танфу», «Ат-Танф»
    proven = {base for name, base in out.items() if base != name}
    for name, base in out.items():
        if base == name and name.endswith("а") and name[:-1] in proven:
            out[name] = name[:-1]
    joined = {name: out.get(base, base) for name, base in out.items()}
    return {name: _soft_sign_restored(spelled.get(base, base), known) for name, base in joined.items()}


def _soft_sign_restored(name: str, known: Callable[[str], object]) -> str:
    """A town's name the normalizer made of its locative without the soft sign: «в
    Тяньцзине» → «Тяньцзин» is the «Тяньцзинь» the gazetteer knows (``known``)."""
    if re.search(r"[бвгджзклмнпрстфхцчшщ]$", name) and not known(name) and known(name + "ь"):
        return name + "ь"
    return name


def spelling_key(name: str) -> str:
    """A place's name without the spelling choices of «ё» and hyphens: «черное море», «дейр
    эз зор»."""
    return fold(name).replace("-", " ")


def is_route(written: str, known: Callable[[str], object], town: Callable[[str], object] = lambda name: None,
             quoted: bool = False) -> bool:
    """A route, a match or a summit of places, countries or organizations joined by a dash,
    no one place: «Туркмения–Афганистан–Пакистан–Индия», «Россия-Чехия», «Украина–НАТО»
    (``known``: a country's or a city's name; not «Северный Рейн — Вестфалия», «Баден-Баден»).
    Places with a hyphen of their own are joined by a longer dash: «Тель-Авив–Париж», or by
    a hyphen where the two halves are places and the whole is none («Санкт-Петербург-Москва»,
    «Мумбаи-Ахмедабад»: one ``known``, the other ``known`` or a ``town``; not a ``quoted``
    name: «аэропорта «Сочи-Адлер»»)."""
    if any(len(parts) > 1 and len(set(parts)) == len(parts) and all(
            known(part) or part.isupper() and len(part) > 1 and part.isalpha() for part in parts)
           for parts in (_LONG_DASH.split(written), _ROUTE_DASH.split(written))):
        return True
    if quoted or known(written) or town(written):
        return False
    halves = [(written[:m.start()], written[m.end():]) for m in _ROUTE_HYPHEN.finditer(written)]
    return any((known(left) or known(right)) and (known(left) or town(left)) and (known(right) or town(right))
               for left, right in halves)


_LONG_DASH = re.compile(r"\s*[–—]\s*")
_ROUTE_DASH = re.compile(r"\s*[–—]\s*|(?<=\w)-(?=[A-ZА-ЯЁ])")
_ROUTE_HYPHEN = re.compile(r"(?<=\w)-(?=[A-ZА-ЯЁ])")


def described_names_joined(names: Iterable[str], other_names: Mapping[str, str] | None = None) -> dict[str, str]:
    """Each of an article's (or the site's) place names to the name of its place, where one
    names it with a word for its kind and another without it: «Республика Ингушетия» is
    «Ингушетия», «мыс Мысхако» «Мысхако», «хребет Дена» «Дена», «Канары» «Канарские
    острова»; «Петербург» is «Санкт-Петербург» (the city's
    full name); an abbreviation of three letters or more is the one name whose words (and
    parts of hyphenated words) begin with its letters: «ДНР» is «Донецкая народная
    республика», «ЯНАО» «Ямало-Ненецкий автономный округ» (not «ЮАО»: «Юго-Восточный
    административный округ» is «ЮВАО»), and so is one the name is written with in a bracket
    («Донецкая народная республика (ДНР)» … «ДНР»); a place's other name of ``other_names`` (folded →
    the place's name: ``PlaceLexicon.other_names``) is that place where its name is written
    too («Питер» is «Санкт-Петербург», «Подмосковье» «Московская область»; and «Петербург»
    where that is written: «Питер» … «Петербург»); an adjective
    alone, in any case, is the one name made of it and a place's noun («на Тверской» is
    «Тверская улица», «Урус-Мартановского» «Урус-Мартановский район», «на Садовом» «Садовое
    кольцо»; not when «Тверская область» is named too; «Самарский регион» is the one «Самарская
    область» or «… край» of the text), and a name with lower-case adjectives before
    its noun is the name without them («Штокмановское газовое месторождение» is
    «Штокмановское месторождение»)."""
    present = set(names)
    out = {name: name for name in present}
    for name in present:
        other_of = (other_names or {}).get(fold(name))
        if other_of in present:
            out[name] = other_of
        elif other_of and other_of.startswith("Санкт-") and other_of[len("Санкт-"):] in present:
            out[name] = other_of[len("Санкт-"):]  # «Питер» … «Петербург»
    spelled: dict[str, dict[str, str]] = defaultdict(dict)  # initials → the names they spell, by fold
    for name in sorted(present):
        kind, _, rest = name.partition(" ")
        if fold(kind) in _KIND_WORDS and rest in present:
            out[name] = rest
        words = name.split(" ")
        if len(words) > 2 and all(w.islower() for w in words[1:-1]) and f"{words[0]} {words[-1]}" in present:
            out[name] = f"{words[0]} {words[-1]}"
        if name.startswith("Санкт-") and name[len("Санкт-"):] in present:
            out[name[len("Санкт-"):]] = name
        if len(words) == 2 and words[0].endswith("ские") and fold(words[1]) == "острова" \
                and words[0][:-4] + "ы" in present:
            out[words[0][:-4] + "ы"] = name  # «Канары» … «Канарские острова»
        short = abbreviation_in_bracket(name)
        bracket = short if short and len(short) <= 6 and name.endswith(f" ({short})") else None
        if bracket in present and bracket[0] == fold(name)[0].upper():
            out[bracket] = name  # «Донецкая народная республика (ДНР)» … «ДНР» (its first letter)
        if " " in name and not bracket:
            spelled["".join(part[0] for part in re.split(r"[\s-]+", fold(name)) if part)].setdefault(fold(name), name)
    nouned: dict[str, list[str]] = defaultdict(list)  # an adjective → the names of it and a place's noun
    for name in present:
        adjective, _, noun = name.partition(" ")
        ending = _NOUNED_ADJECTIVE.search(fold(adjective))
        if _key(noun) in _PLACE_NOUNS and ending:
            nouned[adjective].append(name)
            nouned[fold(adjective)[:ending.start(1)]].append(name)  # (in any case: «Урус-Мартановского»)
    for name in present:
        if _ABBREVIATION.fullmatch(name) and len(spelled.get(fold(name), ())) == 1:
            out[name] = next(iter(spelled[fold(name)].values()))
        ending = _NOUNED_ADJECTIVE.search(fold(name))
        of_adjective = nouned[name] if name in nouned else nouned.get(fold(name)[:ending.start(1)], []) if ending else []
        if len(of_adjective) == 1:
            out[name] = of_adjective[0]
        adjective, _, noun = name.partition(" ")
        ending = _NOUNED_ADJECTIVE.search(fold(adjective))
        if fold(noun) == "регион" and ending:  # «Самарский регион» is the text's «Самарская область»
            regions = [n for n in nouned[fold(adjective)[:ending.start(1)]]
                       if n != name and fold(n.partition(" ")[2]) in _REGION_NOUNS]
            if len(regions) == 1:
                out[name] = regions[0]
    return {name: _last_of_chain(name, out) for name in out}


_REGION_NOUNS = frozenset({"область", "край", "республика"})


def _last_of_chain(name: str, out: Mapping[str, str]) -> str:
    """The name ``out`` leads ``name`` to in the end; of names that lead to each other, the
    longest («ДНР» → «Донецкая народная республика» by its letters → «Донецкая республика»
    without the lower-case adjective → «ДНР» by ``other_names``: all three are «Донецкая
    народная республика»)."""
    seen = [name]
    while out.get(seen[-1], seen[-1]) != seen[-1]:
        nxt = out[seen[-1]]
        if nxt in seen:
            return max(seen[seen.index(nxt):], key=len)
        seen.append(nxt)
    return seen[-1]


_ABBREVIATION = re.compile(r"[А-ЯЁ]{3,6}")
# an adjective a place's name is made of, and its ending: «Тверской», «Садовом» (of «Садовое кольцо»)
_NOUNED_ADJECTIVE = re.compile(r"(?:ск|цк|н|ов|ев)(ий|ый|ой|ая|ое|ие|ые|ого|ому|ым|им|ом|ую|ых|их|ыми|ими|ей)$")


_KIND_WORDS = frozenset("""республика остров полуостров мыс плато кратер провинция штат графство эмират
    хребет гора пик вулкан река озеро пустыня атолл архипелаг""".split())

# endings of oblique cases that no place name ends in in the nominative
_OBLIQUE_ONLY = ("е", "у", "ю", "ом", "ем", "ей")
# seas, streets (a city's, named after a country: «Английская набережная» of Nice), and
# states of the past, whose countries follow ISO 3166-1 of today: «Российская империя»,
# «Украинская ССР», «Германский рейх»
_SEAS = frozenset({"море", "океан", "залив", "пролив"})
_PAST_STATES = frozenset({"империя", "сср", "асср", "рейх", "ханство", "каганат", "халифат", "царство", "княжество"})
_OF_NO_NAMED_COUNTRY = _SEAS | _PAST_STATES | frozenset({"улица", "проспект", "переулок", "бульвар", "шоссе",
                                                         "набережная", "площадь", "аллея"})
# … and of several countries, whatever country its article names: seas and states of the
# past again (not streets: a city's), poles, a state, a union, a part of the world, or a
# region named after one
_OF_MANY_COUNTRIES = _SEAS | _PAST_STATES | frozenset(
    "полюс полушарие материк континент союз государство свет".split())
_OF_A_PART_OF_THE_WORLD = re.compile("(?:европ|арктич|антарктич|балкан|азиат|африка|американ|латиноамерикан|"
                                     "евразий|скандинав|ближневосточ|средиземномор|прибалт|полярн)")


# nouns for a natural feature: a town's name after one is another place's («коса Тузла»
# in the Black Sea, no Bosnian town)
_FEATURES = frozenset("""коса остров полуостров мыс гора хребет река озеро залив бухта пролив лиман
    вулкан ледник архипелаг атолл перевал ущелье каньон пустыня плато""".split())
_WORD_BEFORE = re.compile(r"([А-ЯЁа-яё]+)[ \u00a0]+[«\"„]?$")


# nouns for a building or an establishment: a name after one is its name, no place of its
# own («музей Жакмар-Андре», «порт «Кавказ»», «ферма Рутерфорд»)
_FACILITIES = frozenset("""музей галерея порт ферма завод фабрика комбинат театр отель гостиница ресторан
    кафе магазин клуб храм собор монастырь мечеть синагога больница клиника госпиталь школа гимназия лицей
    колония тюрьма усадьба дворец кинотеатр""".split())


# nouns for a church: a name after one in any case is its dedication, no place («храма Гроба
# Господня», «собора Святого Марка», «храм Христа Спасителя»)
_CHURCHES = frozenset("храм собор церковь часовня базилика капелла монастырь лавра".split())


def after_church_noun(text: str, start: int, vocab) -> bool:
    """The name at ``start`` follows a lower-case noun for a church («храма Гроба Господня»)."""
    return _after_noun(text, start, vocab, _CHURCHES)


def after_feature_noun(text: str, start: int, vocab) -> bool:
    """The name at ``start`` follows a noun for a natural feature («косе Тузла», «острова
    Тузла»; not «городе Тузла»)."""
    return _after_noun(text, start, vocab, _FEATURES)


def after_facility_noun(text: str, start: int, vocab) -> bool:
    """The name at ``start`` follows a lower-case noun for a building or an establishment
    («в музее Жакмар-Андре», «в порт «Кавказ»»)."""
    return _after_noun(text, start, vocab, _FACILITIES)


def _after_noun(text: str, start: int, vocab, nouns: frozenset[str]) -> bool:
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    return before is not None and before.group(1).islower() and any(
        p.tag.POS == "NOUN" and p.normal_form.replace("ё", "е") in nouns for p in vocab.parse(before.group(1)))


def named_as_a_person_only(name: str, vocab) -> bool:
    """One word the dictionary knows only as a person's name, never as a place's («Менделеев»,
    «Пруст», «Кристоф»; not «Королёв»: a town too)."""
    if " " in name or "-" in name or not CYRILLIC_WORD.fullmatch(name):
        return False
    parses = vocab.parse(fold(name))
    return bool(parses) and all(p.is_known and NAME_GRAMMEMES & p.tag.grammemes and "Geox" not in p.tag.grammemes
                                for p in parses)


def after_kind_noun(text: str, start: int, vocab) -> bool:
    """The name at ``start`` follows a lower-case noun for a kind of place («в городе
    Стаханове», «в провинцию Амран», «крепость Реваль»)."""
    return _after_noun(text, start, vocab, _KINDS_OF_PLACE)


_KINDS_OF_PLACE = _PLACE_NOUNS | kind_words(*KINDS) | frozenset({"пункт", "массив"})


# an adjective that describes a country before its name («Соседняя Руанда», «Беспокойное
# Сомали»), but not one that names a part of it, another place or the state of an age: a
# direction, a size, an age («Западная Украина», «Новая Гвинея», «Большая Британия»,
# «Древняя Греция»), nor one made of a name («Латинская Америка», «Британская Колумбия»,
# «Советская Россия»: «-ская»)
_DESCRIBING_ADJECTIVE = re.compile(r"(?<!ск)(?<!цк)(?:ая|яя|ий|ый|ой|ое|ее)$")
_PART_ADJECTIVE = re.compile(r"(?:северо-|юго-)?(?:северн|южн|западн|восточн|центральн|нов|верхн|нижн|мал|больш"
                             r"|велик|стар|древн|античн|средневеков|дореволюционн|довоенн|послевоенн)")


def names_a_state(name: str, country_form: Callable[[str], tuple[str, str] | None]) -> bool:
    """A country's adjective and a noun for a state: the country itself, no place in it
    («Российское государство», «Польская Республика», «Хорватская республика»; not
    «Исламское государство», «Советское государство», whose adjective names no country,
    nor «Якутская Республика»: a region); so are an epithet a state goes by with such a
    noun («Исламская Республика» of Iran, «Арабская Республика» of Syria, «Федеративная
    Республика» of Germany, «Альпийская республика» of Switzerland), a noun for a state
    before a country's name («Республики Турция», «Королевство Ирландия»; not «Республика
    Сербская»: an adjective) and «территория» with one («Территорию Ливии» read as
    «Территория Ливия»); and a country's name after an adjective that describes it, not one
    that names a part of it («Соседняя Руанда», «Континентальной России»; not «Западная
    Украина», «Новая Гвинея»)."""
    words = name.split()
    if len(words) != 2 and not (len(words) > 2 and fold(words[0]) == "территория"):
        return False
    first, rest = fold(words[0]), " ".join(words[1:])
    if _DESCRIBING_ADJECTIVE.search(first) and not _PART_ADJECTIVE.match(first) \
            and (country_form(rest) or ("", ""))[1] == "name":
        return True  # «Континентальная Россия», «Соседняя Руанда»: the country itself
    if first == "территория" or first in _STATE_NOUNS:
        form = country_form(rest)
        return form is not None and form[1] in ("name", "abbr")
    if fold(words[1]) not in _STATE_NOUNS:
        return False
    form = country_form(words[0])
    return form is not None and form[1] == "adjective" or first in _STATE_EPITHETS


# nouns for a state, and the adjectives of a state's epithet with one of them
_STATE_NOUNS = frozenset({"государство", "республика", "королевство", "федерация", "конфедерация", "султанат",
                          "эмират"})
_STATE_EPITHETS = frozenset({"исламская", "арабская", "федеративная", "альпийская"})


def country_genitive_kept(name: str, written: str, vocab,
                          country_form: Callable[[str], tuple[str, str] | None]) -> str:
    """A place named by a noun and a country's name after it keeps the country's genitive as
    written: «на Востоке Украины» → «Восток Украины» (the normalizer puts both words in the
    nominative: «Восток Украина»); an adjective agrees with the country as its noun
    («Западной Украины» → «Западная Украина»)."""
    words, as_written = name.split(), written.split()
    if len(words) != 2 or len(as_written) != 2 or fold(words[1]) == fold(as_written[1]):
        return name
    form = country_form(as_written[1])
    if form is None or form[1] != "name" or country_form(words[1]) != form \
            or not all(p.is_known and p.tag.POS == "NOUN" for p in vocab.parse(fold(words[0]))):
        return name
    return f"{words[0]} {as_written[1]}"


def of_no_named_country(name: str) -> bool:
    """A sea, an ocean, a gulf or a strait, a street, or a state of the past, by its noun in
    the nominative: no country's own, whatever country its adjective names («Южно-Китайское
    море», «Финский залив», «Английская набережная» of Nice, «Российская империя»)."""
    return any(fold(w) in _OF_NO_NAMED_COUNTRY for w in name.split())


def of_many_countries(name: str) -> bool:
    """A sea, a pole, a state of the past or a region named after a part of the world
    («Северный полюс», «Советский Союз», «Балканский полуостров», «Европейский регион»):
    no one country's place, whatever country its article names."""
    return any(fold(w) in _OF_MANY_COUNTRIES or _OF_A_PART_OF_THE_WORLD.match(fold(w)) for w in name.split())


def capitalized_words(text: str) -> frozenset[str]:
    """The capitalized words of a text (the forms :func:`nominative_in_text` looks for)."""
    return frozenset(_CAPITALIZED.findall(text))


# the endings of an adjective made of a town's name (not «-овск»: «Макроновская» is a person's)
_PLACE_ADJECTIVE_END = re.compile(r"ск(?:ий|ая|ое|ие|ые|ого|ой|ом|ому|ую|им|их|ими|ым|ых|ыми)")


def place_adjective_written(name: str, written: frozenset[str], vocab) -> bool:
    """Whether a one-word name the dictionary knows as no person's is a town's or a
    region's: the article writes the adjective made of it (``written``:
    :func:`capitalized_words`) — «Дагестанский Хунзах» … «в Хунзахском районе», «Синоп» …
    «Синопское сражение». A dictionary surname is left alone («Пушкин» … «Пушкинская
    площадь», «Ленин» … «Ленинский проспект»)."""
    if not re.fullmatch(r"[А-ЯЁ][а-яё]+", name) \
            or any(NAME_GRAMMEMES & p.tag.grammemes for p in vocab.parse(fold(name))):
        return False
    return any(w.startswith(name) and _PLACE_ADJECTIVE_END.fullmatch(w[len(name):]) for w in written)


def nominative_in_text(name: str, written: frozenset[str], vocab,
                       known: Callable[[str], object] = lambda name: None, case: str | None = None) -> str:
    """A one-word place name the normalizer left out of the nominative (one the dictionary
    does not know, or knows as no place's), put in the nominative the text itself writes
    it in (``written``: :func:`capitalized_words`): «в Кундузе» → «Кундуз» when the
    article also writes «Кундуз», «Кунейтры» → «Кунейтра», «Вупперталя» → «Вупперталь»,
    «Гагаузию» → «Гагаузия»; else, when the tagger reads the word out of the nominative
    (``case``) or its ending is «-е», «-ом», «-ем», «-а», the town a gazetteer knows in
    the nominative (``known``: the gazetteer's ``town_country``, regions too): «в Монце» → «Монца», «в
    Беэр-Шеве» → «Беэр-Шева», «Бремерхафена» → «Бремерхафен», «в Хаме» → «Хама» (the
    dictionary's «хам» is no place). Not a town the gazetteer knows as written
    («Фукуока», «Байонна»), nor from «-у», «-ю», in which names end in the nominative too
    («Хангу» is no form of «Ханга»), nor «полигон Пембой», read as a nominative, a form of
    «Пемба». A place name of the dictionary is left alone, and so is a neuter in
    «-ье»/«-ие» («Закарпатье» is no form of «Закарпатья»); no evidence, no change
    («Негеве»), but for «-ии», «-ию», which only a name in «-ия» ends in («Валахию» →
    «Валахия», «Реджио-Эмилии» → «Реджио-Эмилия»). The genitive of a town the gazetteer
    knows is that town, not the dictionary's plural («Хамы» → «Хама»); a plural's locative
    the text writes («в Шиханах» → «Шиханы»; not a singular's: «в Тоблахе» → «Тоблах»); a
    hyphenated town the gazetteer knows, each part in its case («Каменске-Уральском» →
    «Каменск-Уральский»); a feminine adjective standing for a place's name
    («в Первопрестольную» → «Первопрестольная»)."""
    parses = vocab.parse(fold(name))
    dictionary = any(p.is_known for p in parses)
    if name.endswith(("ы", "и")) and not known(name) and known(name[:-1] + "а") \
            and not any("Geox" in p.tag.grammemes for p in parses):
        return name[:-1] + "а"  # «Хамы» is the genitive of the town «Хама», not the plural of «хам»
    if dictionary and any("Geox" in p.tag.grammemes or p.tag.case == "nomn" for p in parses if p.is_known) \
            or known(name):
        return name  # (a town the gazetteer knows as written: «Фукуока»)
    substantive = _womans_adjective_nominative(parses)
    if substantive:  # «в Первопрестольную» → «Первопрестольная»
        return name[:1] + substantive[1:]
    if case == "Loc" and _PLURAL_LOCATIVE.fullmatch(name) and name in written:  # (not «в Тоблахе» → «Тоблах»)
        stem = name[:-2]  # a plural's locative: «в Шиханах» → «Шиханы», «в Березниках» → «Березники»
        found = [n for n in (stem + "ы", stem + "и") if n in written or known(n)]
        return found[0] if len(found) == 1 else stem + ("и" if name.endswith("ях") or stem[-1] in "гкхжшчщ" else "ы")
    hyphenated = _hyphen_parts_nominative(name, known) if "-" in name.strip("-") else None
    if hyphenated:
        return hyphenated  # «в Каменске-Уральском» → «Каменск-Уральский»
    unchanged = name[:-1] + "я" if _IYA_OBLIQUE.fullmatch(name) and not dictionary else name
    if not _NAME_WORDS.fullmatch(name) or name.endswith(("ье", "ие")):
        return unchanged
    for ending, nominatives in _OBLIQUE:
        if name.endswith(ending) and len(name) - len(ending) >= 3:
            stem = name[: len(name) - len(ending)]
            found = [stem + n for n in nominatives if stem + n in written] if not dictionary else []
            if len(found) != 1 and ending not in ("у", "ю") and (case not in (None, "Nom") or ending in _SURE_OBLIQUE):
                found = [stem + n for n in nominatives if known(stem + n)]
            if len(found) == 1:
                return found[0]
    return unchanged


def _womans_adjective_nominative(parses) -> str | None:
    """The nominative of a word the dictionary knows only as a feminine adjective out of
    the nominative, a place's epithet standing for its name («Первопрестольную»,
    «Белокаменной» → «первопрестольная», «белокаменная»); else None."""
    known = [p for p in parses if p.is_known]
    if not known or any(p.tag.POS != "ADJF" or p.tag.gender != "femn" or p.tag.number != "sing" for p in known):
        return None
    nominative = known[0].inflect({"Nom", "Fem", "Sing"})
    return nominative.word if nominative else None


def _hyphen_parts_nominative(name: str, known: Callable[[str], object]) -> str | None:
    """The town a gazetteer knows whose hyphenated name ``name`` is an oblique form of, each
    part in its case: «Каменске-Уральском» → «Каменск-Уральский» (a noun, then an adjective)."""
    parts = name.split("-")
    if len(parts) > 3 or not all(p[:1].isupper() for p in parts):
        return None

    def forms(part: str) -> list[str]:
        out = [part]
        for ending, nominatives in (*_OBLIQUE, *_ADJECTIVE_OBLIQUE):
            if part.endswith(ending) and len(part) - len(ending) >= 3:
                out += [part[: len(part) - len(ending)] + n for n in nominatives]
        return out

    candidates = [""]
    for part in parts:
        candidates = [f"{c}-{f}" if c else f for c in candidates for f in forms(part)]
    return next((c for c in candidates if c != name and known(c)), None)


# an adjective's oblique endings, masculine and feminine: «Уральском» → «Уральский»
_ADJECTIVE_OBLIQUE = (("ском", ("ский",)), ("ского", ("ский",)), ("скому", ("ский",)), ("ским", ("ский",)),
                      ("ской", ("ская", "ский")), ("скую", ("ская",)), ("ном", ("ный",)), ("ного", ("ный",)),
                      ("ным", ("ный",)), ("ной", ("ная", "ный")))

_SURE_OBLIQUE = ("е", "ом", "ем", "а")  # (with a town of that name in the gazetteer)
_PLURAL_LOCATIVE = re.compile(r"[А-ЯЁ][а-яё]{2,}[ая]х")
_NAME_WORDS = re.compile(r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)*")  # «Кундузе», «Беэр-Шеве»
_IYA_OBLIQUE = re.compile(r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)*[а-яё]{2}и[ию]")  # «Валахии», «Эн-Насирию»


def people_named_as_places(people: Sequence, places: Sequence,
                           is_first_name: Callable[[str], bool]) -> tuple[list, list]:
    """People and places, a one-word person that the article also tags as a place the
    place: «в его родном городе Муроме» … «31 июля Муром посетят» (the NER's person is the
    town; its mentions join the place's). Only a place of a known country (not «Тиресий» the
    NER also read as a place), and not a first name («Владимир» of «князь Владимир» and the
    city: either may be meant)."""
    by_name = {fold(place.name): k for k, place in enumerate(places)}
    places, kept = list(places), []
    for person in people:
        k = by_name.get(fold(person.name)) if " " not in person.name and "-" not in person.name else None
        if k is None or places[k].country is None or is_first_name(person.name):
            kept.append(person)
            continue
        spans = tuple(sorted(set(places[k].spans) | set(person.spans)))
        places[k] = replace(places[k], mentions=len(spans), spans=spans)
    return kept, places
