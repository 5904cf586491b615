"""Organizations: from raw ORG mentions to one entry per organization (pure functions).

An abbreviation and its expansion are one organization: «Azerbaijan Airlines (AZAL)»,
«Следственный комитет (СК)», or an abbreviation made of the expansion's initials; so are
a compound and its phrase («Минздрав», «Министерство здравоохранения»), a brand and a
description before it («ИА REGNUM», «REGNUM»). The expansion written as a name names the
entity.

Besides the NER's spans, this module finds institutions written with common nouns
(«британское правительство», «коллегия выборщиков»), parties named by their members, and
the agency of a dateline; and it tells what the NER calls an organization but is not:
products («вакцина «Спутник V»»), buildings («Донецкий аэропорт»), states («штат
Вермонт»), sentence-initial common words («Обсуждение закрыто»). The word lists are in
``data/organizations.yml``.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Callable, Iterable, Mapping, Protocol, Sequence

import yaml

from briefings.model import Entity, Span
from briefings.people import fold, stem

_WORD = re.compile(r"[\w-]+")
# first parts of Russian compound names: «Евро|союз», «Гос|дума», «Центро|банк»
_COMPOUND_PREFIXES = ("евро", "гос", "центро", "центр", "мин", "рос", "мос", "нац", "фед", "спец", "проф",
                      "нефте", "газ", "авиа", "энерго", "агро", "внеш", "ген", "пром", "соц", "воен")
_LOWER_JOINERS = {"и", "по", "в", "на", "для", "of", "and", "the", "de"}


@dataclass(frozen=True, slots=True)
class OrgMention:
    name: str  # normalized (nominative) form
    span: Span
    key: tuple[str, str] | None = None  # (head noun, country code or "") of a common-noun institution
    bare: bool = False  # the head noun alone: «правительство», «полиция»
    stand_in: bool = False  # names the entity only when nothing better is written: «республиканцы»


def is_abbreviation(name: str) -> bool:
    """«СК», «AZAL», «МИД», «ФСБ»: one short word mostly in capitals."""
    return " " not in name and 2 <= len(name) <= 8 and sum(c.isupper() for c in name) >= 2


def abbreviates(abbr: str, name: str) -> bool:
    """``abbr`` takes letters, in order, from each word of ``name`` in turn, starting each
    word with its first letter: «СК» ← «Следственный комитет», «AZAL» ← «Azerbaijan Airlines»."""
    words = [fold(w) for w in _WORD.findall(name) if fold(w) not in _LOWER_JOINERS]
    letters = fold(abbr)

    def match(i: int, w: int) -> bool:
        if i == len(letters):
            return w == len(words)
        if w == len(words) or letters[i] != words[w][0]:
            return False
        # take letters[i:j] from words[w] (as a subsequence starting at its first letter)
        pos, j = 1, i + 1
        while True:
            if match(j, w + 1):
                return True
            if j == len(letters):
                return False
            found = words[w].find(letters[j], pos)
            if found < 0:
                return False
            pos, j = found + 1, j + 1

    if len(words) == 1 and len(letters) == 2 and len(words[0]) >= 7:
        # a compound: «ЕС» ← «Евросоюз», «ЕК» ← «Еврокомиссия», «ЦБ» ← «Центробанк»
        word = words[0]
        return any(word.startswith(p) and word[len(p)] == letters[1] and p[0] == letters[0] for p in _COMPOUND_PREFIXES)
    return len(words) >= 2 and match(0, 0)


def abbreviation_pairs(text: str, names: Iterable[str]) -> dict[str, str]:
    """Abbreviation → expansion, from initials or from «Expansion (ABBR)» in ``text`` (the
    name written nearest before the bracket wins)."""
    names = sorted(set(names))
    pairs: dict[str, str] = {}
    for abbr in (n for n in names if is_abbreviation(n)):
        brackets = [m.start() for m in re.finditer(r"\(\s*" + re.escape(abbr) + r"\s*\)", text)]
        best = None
        for name in names:
            if name == abbr or is_abbreviation(name):
                continue
            if abbreviates(abbr, name):
                rank = -1
            else:
                gaps = [g for g in (_gap(text, name.split()[0][:4], at) for at in brackets) if g is not None]
                if not gaps:
                    continue
                rank = min(gaps)
            if best is None or rank < best[0]:
                best = (rank, name)
        if best:
            pairs[abbr] = best[1]
    return pairs


def _gap(text: str, prefix: str, at: int) -> int | None:
    """Characters between the last ``prefix`` in the 80 before ``at`` and ``at`` (no bracket
    between), or None."""
    window = text[max(0, at - 84):at]
    found = window.rfind(prefix)
    if found < 0 or "(" in window[found:] or ")" in window[found:]:
        return None
    return len(window) - found


def compound_pairs(names: Iterable[str]) -> dict[str, str]:
    """Compound → phrase: «Евросоюз» → «Европейский союз», «Госдума» → «Государственная
    дума», «Минздрав России» → «Министерство здравоохранения России» (the compound is made
    of the beginnings of the phrase's words; the words after it are the same)."""
    names = list(names)
    phrases = [(name, [fold(w) for w in _WORD.findall(name) if fold(w) not in _LOWER_JOINERS]) for name in names]
    pairs = {}
    for name in names:
        words = [fold(w) for w in _WORD.findall(name)]
        if not words or len(words[0]) < 5 or name.split()[0].isupper():
            continue  # (a word in capitals is an abbreviation, not a compound)
        rest = [stem(w) for w in words[1:]]
        for phrase, long in phrases:
            head = long[: len(long) - len(rest)]
            if 2 <= len(head) <= 4 and [stem(w) for w in long[len(head):]] == rest and _spells(words[0], head):
                pairs[name] = phrase
                break
    return pairs


def _spells(compound: str, words: list[str], least: int = 3) -> bool:
    """``compound`` is the beginnings of ``words`` in turn (the first at least three letters,
    the others two, maybe joined by «о»), the last word maybe whole: «минздрав» ←
    «министерство здравоохранения», «центробанк» ← «центральный банк»."""
    if len(words) == 1:
        word = words[0]
        return len(compound) >= 2 and (word.startswith(compound) or stem(compound) == stem(word))
    for size in range(min(len(words[0]), len(compound) - 2), least - 1, -1):
        if compound[:size] == words[0][:size]:
            rest = compound[size:]
            if _spells(rest, words[1:], 2) or rest.startswith("о") and _spells(rest[1:], words[1:], 2):
                return True
    return False


_BRAND = re.compile(r"[A-Z0-9][A-Za-z0-9&'’.-]*(?: [A-Z0-9][A-Za-z0-9&'’.-]*)*")
_TYPE_WORD = re.compile(r"[А-ЯЁа-яё-]*[а-яё][А-ЯЁа-яё-]*|[А-ЯЁ]{2,3}")  # «авиакомпания», «ИА», «ООО»


def brand_pairs(names: Iterable[str]) -> dict[str, str]:
    """A name made of Russian words (or a short type: «ИА», «ООО») before a brand in Latin
    letters that is named on its own joins it: «ИА REGNUM» → «REGNUM», «ирландская
    авиакомпания Ryanair» → «Ryanair»."""
    names = set(names)
    pairs = {}
    for name in names:
        words = name.split()
        for i in range(1, len(words)):
            brand = " ".join(words[i:])
            if brand in names and _BRAND.fullmatch(brand) and all(_TYPE_WORD.fullmatch(w) for w in words[:i]):
                pairs[name] = brand
                break
    return pairs


def _stem_key(name: str) -> tuple[str, ...]:
    """The stems of a name's words, without a bracket after it: «Национальный фронт (FN)»
    and «Национальный фронт» are one name."""
    return tuple(stem(w) for w in _WORD.findall(_TRAILING_BRACKET.sub("", name) or name))


_EPONYM = re.compile(r"\b(?:им\.|имени)\s*(?:[А-ЯЁ]\.\s*){0,2}([А-ЯЁ][а-яё]+(?:-[А-ЯЁ]?[а-яё]+)?)")
_TRAILING_BRACKET = re.compile(r"\s*\([^()]*\)$")


def merge_organizations(mentions: Iterable[OrgMention], text: str) -> list[Entity]:
    """One ``Entity`` per organization, ordered by mentions then first appearance.

    Names are compared by their words' stems («Алроса», «Алросой»), without a bracket
    after them; an abbreviation, compound or brand joins its expansion; names after one
    person («НИИ им. Гамалеи», «Центр имени Н. Ф. Гамалеи») are one institute;
    «британское правительство» and «правительство Великобритании» share a key (head,
    country), and «МИД Великобритании» joins them by its letters; a bare «правительство»
    joins the institution of that head in the text (the one mentioned most); with none, it
    is dropped (which government is meant, the text does not say). A stand-in («республиканцы»,
    a common-noun phrase) names the entity only when no name is written.
    """
    mentions = list(mentions)
    spelled: dict[tuple[str, ...], Counter[str]] = defaultdict(Counter)
    for m in mentions:
        spelled[_stem_key(m.name)][m.name] += 1
    # the spelling seen most, preferring one written as such (a nominative) in the text
    canonical = {key: max(c, key=lambda n: (c[n] + 3 * (n in text), n[:1].isupper(), len(n)))
                 for key, c in spelled.items()}
    pairs = abbreviation_pairs(text, canonical.values())
    pairs.update(compound_pairs(canonical.values()))
    for name, brand in brand_pairs(canonical.values()).items():
        pairs.setdefault(name, brand)

    def resolve(name: str) -> str:
        for _ in range(3):  # «ЕС» → «Евросоюз» → «Европейский союз»
            name = pairs.get(name, name)
        return name

    # names written as names (not only in a common-noun phrase: «европейский союз»)
    proper = {canonical[_stem_key(m.name)] for m in mentions if not (m.bare or m.stand_in)}

    def display(name: str) -> str:
        """The fullest written name ``name`` resolves to."""
        for _ in range(3):
            name = pairs[name] if pairs.get(name) in proper else name
        return name

    def group_of(m: OrgMention) -> tuple:
        if m.key and m.key[1]:
            return ("institution", *m.key)
        named_after = _EPONYM.search(m.name)
        if named_after:  # «НИИ им. Гамалеи», «Центр имени Н. Ф. Гамалеи»: one institute
            return ("eponym", stem(named_after.group(1)))
        return _stem_key(resolve(canonical[_stem_key(m.name)]))

    groups: dict[tuple, list[OrgMention]] = defaultdict(list)
    for m in mentions:
        if m.key and m.key[1]:
            groups[group_of(m)].append(m)
    _join_abbreviated_institutions(groups)

    def loose(m: OrgMention) -> bool:  # «правительство», or «МИД» that may join «МИД России»
        return m.bare or bool(m.key and not m.key[1] and m.key[0] == fold(m.name))

    for m in mentions:
        if not (m.key and m.key[1]) and not loose(m):
            groups[group_of(m)].append(m)
    heads: dict[str, list[tuple]] = defaultdict(list)
    for g, ms in groups.items():
        for head in {x.key[0] for x in ms if x.key}:
            heads[head].append(g)
    for m in mentions:
        if loose(m):
            same = heads.get(m.key[0] if m.key else fold(m.name), [])
            groups[max(same, key=lambda g: len(groups[g])) if same else group_of(m)].append(m)
    entities = []
    for g in groups.values():
        if all(m.bare for m in g):
            continue  # «правительство» alone: which one the text does not say
        names = Counter(display(canonical[_stem_key(m.name)]) for m in g if not (m.bare or m.stand_in)) \
            or Counter(m.name for m in g if not m.bare) or Counter(m.name for m in g)
        name = max(names, key=lambda n: (names[n], len(n)))
        entities.append(Entity(kind="organizations", name=name, mentions=len(g), spans=tuple(sorted(m.span for m in g))))
    entities.sort(key=lambda e: (-e.mentions, e.spans[0].start))
    return entities


def _join_abbreviated_institutions(groups: dict[tuple, list[OrgMention]]) -> None:
    """«МИД Великобритании» joins «Министерство иностранных дел Великобритании» (one country,
    an abbreviation of the other's words)."""
    institutions = [g for g in groups if g[0] == "institution"]
    for a in institutions:
        for b in institutions:
            if a != b and a[2] == b[2] and a in groups and b in groups \
                    and any(_abbreviated(x.name, y.name) for x in groups[a] for y in groups[b]):
                groups[b].extend(groups.pop(a))
                break


def _abbreviated(short: str, full: str) -> bool:
    first = short.split()[0]
    words = full.split()
    return is_abbreviation(first) and first.isupper() and any(
        abbreviates(first, " ".join(words[:i])) for i in range(2, len(words) + 1))


# -- institutions named by common nouns, places that are organizations ---------------


@dataclass(frozen=True, slots=True)
class Lexicon:
    """The tables of ``data/organizations.yml``."""

    heads: frozenset[str]
    adjectives: frozenset[str]
    place_heads: frozenset[str]
    not_organizations: frozenset[str]
    parties: Mapping[str, tuple[str, str, str]] = field(default_factory=dict)
    region_nouns: tuple[str, ...] = ()
    product_heads: frozenset[str] = frozenset()
    facility_heads: frozenset[str] = frozenset()
    platforms: frozenset[str] = frozenset()
    compound_heads: tuple[str, ...] = ()

    @classmethod
    @lru_cache(maxsize=1)
    def default(cls) -> "Lexicon":
        source = resources.files("briefings").joinpath("data/organizations.yml")
        data = yaml.safe_load(source.read_text(encoding="utf-8"))
        tables = (frozenset(_words_key(w) for w in data[key]) for key in
                  ("heads", "adjectives", "place_heads", "not_organizations"))
        parties = {fold(k): tuple(v) for k, v in (data.get("parties") or {}).items()}
        return cls(*tables, parties=parties, region_nouns=tuple(fold(w) for w in data["region_nouns"]),
                   product_heads=frozenset(fold(w) for w in data["product_heads"]),
                   facility_heads=frozenset(fold(w) for w in data["facility_heads"]),
                   platforms=frozenset(_words_key(w) for w in data["platforms"]),
                   compound_heads=tuple(fold(w) for w in data["compound_heads"]))


class Token(Protocol):
    text: str
    start: int
    stop: int


_CAPITALIZED = re.compile(r"[A-ZА-ЯЁ][\w'’-]*$")


def tidy_name(name: str) -> str:
    """An NER span's name with its edges mended: a bracket or quote closed, an unopened one
    dropped, trailing dots gone: «СИЗО «Лефортово» → «СИЗО «Лефортово»», «МОЗ)» → «МОЗ»,
    «ИноСМИ.» → «ИноСМИ»."""
    name = name.strip().rstrip("«„“ (").lstrip("»” )")
    while name.count(")") > name.count("("):
        name = name[::-1].replace(")", "", 1)[::-1].rstrip()
    if name.count("«") > name.count("»"):
        name += "»"
    while name.count("»") > name.count("«"):
        name = name.replace("»", "", 1)
    if name.count("(") > name.count(")"):
        name += ")"
    if name.count('"') % 2:  # close an opening quote («ООО "Ромашка»), drop a stray closing one
        first = name.find('"')
        opening = first == 0 or name[first - 1] in " («"
        name = name + '"' if opening else name[:first] + name[first + 1:]
    last = name.rsplit(None, 1)[-1] if name.strip() else ""
    if name.endswith(("…", "...")) or name.endswith((".", ",", ";", ":")) and len(last.rstrip(".,;:")) > 3:
        name = name.rstrip(".,;:… ")
    return " ".join(name.split())


def _words_key(name: str) -> str:
    """Lower-case words joined by spaces: «Ctrl+Enter» → «ctrl enter»."""
    return " ".join(fold(w) for w in _WORD.findall(name))


_CORPORATE = re.compile(r"(?i)акци[йяиюе]|компани|сделк|корпораци|основател|гендиректор|капитализаци|выручк"
                        r"|прибыл|инвестор|купил|приобрел|поглоти|штраф|\bиск")


_MEDIUM = re.compile(r"(?i)\b(?:в|во|на|через|из)\s+(?:[а-яё-]+\s+){0,3}[«\"]?$")


def platform_as_company(name: str, text: str, start: int, lexicon: Lexicon) -> bool:
    """A platform («Facebook», «Twitter») spoken of as a company: its sentence is about
    shares, deals, founders, fines («купила 5% акций Facebook») — then it is an organization."""
    if _words_key(name) not in lexicon.platforms or _MEDIUM.search(text, max(0, start - 60), start):
        return False  # «написал в Twitter», «в своём официальном Твиттере»: the medium
    left = max(text.rfind(".", 0, start), text.rfind("\n", 0, start)) + 1
    stops = [i for i in (text.find(".", start), text.find("\n", start)) if i >= 0]
    return bool(_CORPORATE.search(text, left, min(stops) if stops else len(text)))


def is_not_organization(name: str, lexicon: Lexicon) -> bool:
    """Generic words the NER takes for organizations: «СМИ», «Брексит», «Twitter»."""
    words = [fold(w) for w in _WORD.findall(name)]
    return not words or " ".join(words) in lexicon.not_organizations or (
        len(words) == 1 and stem(words[0]) in _stems(lexicon.not_organizations))


@lru_cache(maxsize=4)
def _stems(words: frozenset[str]) -> frozenset[str]:
    return frozenset(stem(w) for w in words)


def named_regions(text: str, lexicon: Lexicon) -> frozenset[str]:
    """Stems of the names written after a region noun: «штат Вермонт», «провинции Пенджаб»;
    such a name is a place wherever it occurs in the text (the NER and the dictionary call
    some states organizations)."""
    return frozenset(stem(m.group(2)) for m in _REGION.finditer(text)
                     if fold(m.group(1)).startswith(tuple(lexicon.region_nouns)))


_REGION = re.compile(r"\b([А-ЯЁа-яё]+)\s+([A-ZА-ЯЁ][\w-]+)")


def names_region(words: Sequence[str], regions: frozenset[str]) -> bool:
    return len(words) == 1 and stem(words[0]) in regions


_PRODUCT_BEFORE = re.compile(r"([А-ЯЁа-яё]+)[ \u00a0]+([«\"„“']?)$")
_MODEL = re.compile(r"[\s-](?:\S*\d|[A-Z]$)")  # «Boeing 737», «Ту-154», «Спутник V»; not «U2»


def after_product_noun(text: str, start: int, name: str, vocab, lexicon: Lexicon) -> bool:
    """The name of a product after a word for it: «вакцина «Спутник V»», «самолётов
    Boeing 737» — quoted, or a model with a number or letter; not its maker («вакцина Pfizer»)."""
    before = _PRODUCT_BEFORE.search(text, max(0, start - 40), start)
    if before is None or not (before.group(2) or _MODEL.search(name)) or _maker(text[start:start + len(name)], vocab):
        return False
    parses = vocab.parse(fold(before.group(1)))
    return any(p.tag.POS == "NOUN" and p.normal_form in lexicon.product_heads for p in parses)


def elliptic_mentions(mentions: Iterable[OrgMention], is_plain: Callable[[str], bool]) -> list[OrgMention]:
    """A lone common noun that begins exactly one longer name in the text is that name said
    short: «Коллегия» after «Коллегия выборщиков», «Палата» after «Палата общин»."""
    mentions = list(mentions)
    longer: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        words = m.name.split()
        if len(words) > 1 and not m.bare and not (m.key and m.key[1]):  # («МИД России» takes «МИД» itself)
            longer[stem(words[0])].add(m.name)
    out = []
    for m in mentions:
        names = longer.get(stem(m.name), set()) if " " not in m.name and not m.bare else set()
        if len(names) == 1 and is_plain(m.name):
            (full,) = names
            m = OrgMention(full, m.span, key=(fold(full), ""))
        out.append(m)
    return out


_DATELINE = re.compile(r"(?m)^[ ,]*\d{1,2}:\d{2}[ \u00a0]+([A-Z][A-Z-]{2,})\b")


def dateline_sources(text: str, taken: Iterable[Span] = ()) -> list[OrgMention]:
    """The agency of a dateline the NER misses: «, 11:10 REGNUM Верховный суд …» (a word
    in Latin capitals after the time that starts a line)."""
    taken = list(taken)
    return [OrgMention(m.group(1), Span(m.start(1), m.end(1))) for m in _DATELINE.finditer(text)
            if not any(s.start <= m.start(1) < s.stop for s in taken)]


_QUOTE = r"[«\"„“][^«»\"„“”\n]{1,40}[»\"“”]"
_QUOTED_AFTER_NOUN = re.compile(
    r"([А-ЯЁа-яё]{4,})[ \u00a0]+(" + _QUOTE + r"(?:\s*(?:,|и|или|а также)\s*" + _QUOTE + r")*)")


def quoted_products(text: str, vocab, lexicon: Lexicon) -> list[str]:
    """Names written in quotes after a word for a product or a building, anywhere in the
    text: «вакцины «Спутник V»», «под марками «Раундап», «Глифор» и «Торнадо»», «в
    кинотеатрах «Звезда» и «Юность»» (found whether or not the NER saw them)."""
    heads = lexicon.product_heads | lexicon.facility_heads
    out = []
    for m in _QUOTED_AFTER_NOUN.finditer(text):
        if any(p.tag.POS == "NOUN" and p.normal_form in heads for p in vocab.parse(fold(m.group(1)))):
            names = (q.strip("«»\"„“” ") for q in re.findall(_QUOTE, m.group(2)))
            out.extend(n for n in names if not _maker(n, vocab))
    return out


def _maker(name: str, vocab) -> bool:
    """A name in the genitive after a product word is its maker: «самолёт «Аэрофлота»»."""
    words = name.split()
    if not words or not re.fullmatch(r"[А-ЯЁа-яё-]+", words[0]):
        return False
    parses = [p for p in vocab.parse(fold(words[0])) if p.tag.POS in ("NOUN", "ADJF")]
    return bool(parses) and not any(p.tag.case == "nomn" for p in parses) and any(p.tag.case == "gent" for p in parses)


def drop_products(mentions: Iterable[OrgMention], products: Iterable[str]) -> list[OrgMention]:
    """Mentions whose name was seen after a word for a product or a building anywhere in the
    text are dropped."""
    keys = {_stem_key(p) for p in products}
    return [m for m in mentions if _stem_key(m.name) not in keys]


_NAME_GRAMMEMES = frozenset({"Name", "Surn", "Patr", "Orgn", "Geox", "Abbr", "Trad", "Fixd"})


def is_common_word(words: Sequence[str], text: str, start: int, vocab, lexicon: Lexicon) -> bool:
    """A lone dictionary word that is no name, capitalized only because it starts a
    sentence or a line: «Обсуждение закрыто», «Источник: …», a rubric «Мнение». (Written
    capitalized inside a sentence, «Труд», «Яблоко» are names.)"""
    if len(words) != 1 or start > 0 and text[start - 1] in "«\"„“":
        return False  # (a quoted word is a name: «Известия» сообщили …)
    word = words[0]
    if not (re.fullmatch(r"[А-ЯЁ][а-яё]+", word) and _sentence_start(text, start) or re.fullmatch(r"[А-ЯЁ]{5,}", word)):
        return False  # (a word in capitals, «ПОПРАВКА», is a headline's)
    return is_plain_noun(word, vocab) and not any(
        p.normal_form in lexicon.heads or p.normal_form in lexicon.place_heads for p in vocab.parse(fold(word)))


def is_plain_noun(word: str, vocab) -> bool:
    """A word of the dictionary that is no name, place or organization: «коллегия», «сеть»
    (not «Спартак», «Вермонт», «ЕС»)."""
    parses = vocab.parse(fold(word))
    return bool(parses) and all(p.is_known and not (_NAME_GRAMMEMES & p.tag.grammemes) for p in parses)


def name_tokens(span, tokens: Sequence[Token], token_at: Mapping[int, int], text: str, vocab,
                lexicon: Lexicon) -> list:
    """The tokens of an ORG span, with the people that finish a name the NER cut after its
    first word: «Коллегию» + «выборщиков», «Палата» + «представителей», «Съезд» + «народных
    депутатов» (after a lone common noun: a genitive plural of people, maybe with an adjective)."""
    own = list(span.tokens)
    if len(own) != 1 or not is_plain_noun(own[0].text, vocab):
        return own
    i = token_at.get(own[0].start)
    if i is None:
        return own
    for size in (1, 2):
        tail = tokens[i + 1:i + 1 + size]
        if len(tail) == size and all(t.text.isalpha() and t.text.islower() and len(t.text) > 3 for t in tail) \
                and all(_adjacent(text, a, b) for a, b in zip([own[0], *tail], tail)) \
                and (size == 1 or _genitive_plural(vocab, tail[0].text, "ADJF")) \
                and _genitive_plural(vocab, tail[-1].text, "NOUN", "anim"):
            return own + list(tail)
    return own


def _genitive_of(vocab, word: str, pos: str) -> bool:
    return any(p.tag.POS == pos and p.tag.case == "gent" for p in vocab.parse(fold(word)))


def _genitive_plural(vocab, word: str, pos: str, *grammemes: str) -> bool:
    return any(p.tag.POS == pos and p.tag.case == "gent" and p.tag.number == "plur"
               and all(g in p.tag.grammemes for g in grammemes) for p in vocab.parse(word))


_FUNCTION_POS = frozenset({"CONJ", "PREP", "PRCL", "NPRO", "INTJ", "PRED"})


def starts_with_function_word(words: Sequence[str], text: str, start: int, vocab) -> bool:
    """A name does not start with a conjunction or pronoun («Если Вы», «Хотя»),
    nor a sentence with a preposition («Из пакистанская тюрьма»; inside a sentence «За права
    человека» may be a name)."""
    if not words or not re.fullmatch(r"[А-ЯЁ][а-яё]*", words[0]):
        return False
    parses = vocab.parse(fold(words[0]))
    return bool(parses) and (parses[0].tag.POS in ("CONJ", "NPRO") or _sentence_start(text, start)
                             and all(p.tag.POS in _FUNCTION_POS for p in parses))


def _sentence_start(text: str, start: int) -> bool:
    if start < 0:
        return True  # (asked without a position)
    before = text[max(0, start - 6):start].rstrip(" \u00a0\t«\"„“'—–-")
    return not before or before[-1] in ".!?…\n:"


def names_facility(words: Sequence[str], vocab, lexicon: Lexicon) -> bool:
    """A building or site, not an organization: the name's first noun is a facility word
    («Донецкий аэропорт», «Вестминстерское аббатство»)."""
    for word in words[:3]:
        parses = vocab.parse(fold(word))
        if any(p.tag.POS == "NOUN" for p in parses) and not any(p.tag.POS == "ADJF" for p in parses):
            return any(p.tag.POS == "NOUN" and p.normal_form in lexicon.facility_heads for p in parses)
    return False


def place_is_organization(words: Sequence[str], vocab, lexicon: Lexicon) -> bool:
    """A span tagged as a place that names an institution: «ЕС», «Еврокомиссия» (the
    morphology's Orgn), «Евросоюз», «Европейский союз», «Кремль», «Белый дом», a compound
    ending in an institution's word («Афросоюз», «Мосгоризбирком», «Мосгорсуд»)."""
    for word in words:
        parses = vocab.parse(fold(word))
        if any(p.tag.POS == "NOUN" and p.normal_form in lexicon.place_heads for p in parses):
            return True
        if len(words) == 1 and any(p.tag.POS == "NOUN" and p.normal_form.endswith(lexicon.compound_heads)
                                   and p.normal_form not in lexicon.compound_heads for p in parses):
            return True
        if len(words) == 1 and parses and all(p.is_known for p in parses) \
                and any("Orgn" in p.tag.grammemes for p in parses) \
                and not any("Geox" in p.tag.grammemes for p in parses):
            return True
    return False


def _noun_hits(tokens: Sequence[Token], vocab, lemmas, taken: Sequence[Span], prefix: int, shortest: int):
    """``(index, token, parse)`` of each token outside ``taken`` that is a noun whose lemma
    is in ``lemmas``; a test on the first ``prefix`` letters keeps most tokens away from
    the dictionary."""
    starts = tuple({lemma[:prefix] for lemma in lemmas})
    for i, tok in enumerate(tokens):
        low = fold(tok.text)
        if len(low) < shortest or not low.startswith(starts) or not low.isalpha():
            continue
        parse = next((p for p in vocab.parse(low) if p.tag.POS == "NOUN" and p.normal_form in lemmas), None)
        if parse is not None and not any(s.start <= tok.start < s.stop for s in taken):
            yield i, tok, parse


def institution_mentions(tokens: Sequence[Token], text: str, vocab, country_of: Callable[[str], str | None],
                         taken: Iterable[Span] = (), lexicon: Lexicon | None = None,
                         persons: Iterable[Span] = ()) -> list[OrgMention]:
    """Institutions named by a common noun the NER does not see: «британское правительство»,
    «правительства Великобритании», «полиция», «министерство обороны», «кабинет министров».

    The phrase is: up to two country or institutional adjectives, the head noun, then a
    genitive complement (lower-case genitives after «министерство», capitalized words).
    Its name is in the nominative; ``OrgMention.key`` is (head, country) so that
    «британское правительство» and «правительство Великобритании» are one organization.
    A person after the head is taken whole: «правительство Терезы Мэй» (the person's name
    stays as written, it is not in the nominative).
    """
    lexicon = lexicon or Lexicon.default()
    taken = sorted(taken)
    persons = sorted(persons)
    out: list[OrgMention] = []
    n = len(tokens)
    for i, tok, head in _noun_hits(tokens, vocab, lexicon.heads, taken, prefix=3, shortest=3):
        lemma = head.normal_form
        counted = i > 0 and (getattr(tokens[i - 1], "pos", None) == "NUM" or fold(tokens[i - 1].text) in _COUNTS)
        if lemma in ("коллегия", "палата") and (head.tag.number == "plur" or counted):
            continue  # «обе палаты Конгресса», «палаты парламента» are more than one
        code = None
        # adjectives before the head
        left: list[tuple[Token, object]] = []
        j = i
        while j > 0 and len(left) < 2 and _adjacent(text, tokens[j - 1], tokens[j]):
            prev = tokens[j - 1]
            adj = next((p for p in vocab.parse(fold(prev.text)) if p.tag.POS == "ADJF" and p.tag.case == head.tag.case), None)
            if adj is None:
                break
            adj_code = country_of(prev.text)
            if not adj_code and adj.normal_form not in lexicon.adjectives:
                break
            code = code or adj_code
            left.insert(0, (prev, adj))
            j -= 1
        # the complement after it
        right: list[Token] = []
        k = i + 1
        if lemma in ("министерство", "кабинет"):
            while k < n and len(right) < 3 and _adjacent(text, tokens[k - 1], tokens[k]) and tokens[k].text.islower() \
                    and len(tokens[k].text) > 2:
                parses = vocab.parse(fold(tokens[k].text))
                if not any(p.tag.case == "gent" and p.tag.POS in ("NOUN", "ADJF") for p in parses):
                    break
                right.append(tokens[k])
                k += 1
        if lemma in ("коллегия", "палата"):  # «коллегия выборщиков», «палата общин»; not «палата Сергея Иванова»
            if k < n and _adjacent(text, tokens[k - 1], tokens[k]) and tokens[k].text.islower() \
                    and len(tokens[k].text) > 3 and _genitive_plural(vocab, tokens[k].text, "NOUN"):
                right.append(tokens[k])
                k += 1
            if not right and not left:
                continue
        while k < n and len(right) < 4 and _adjacent(text, tokens[k - 1], tokens[k]) \
                and _CAPITALIZED.match(tokens[k].text) and _genitive(vocab, tokens[k].text):
            person = next((s for s in persons if s.start <= tokens[k].start < s.stop), None)
            if person is not None:
                if not right:  # «правительство Терезы Мэй»: the leader's whole name
                    while k < n and tokens[k].start < person.stop:
                        right.append(tokens[k])
                        k += 1
                break  # «сборная Испании Висенте дель Боске»: the person is not part of it
            right.append(tokens[k])
            k += 1
            if k < n and _adjacent(text, tokens[k - 1], tokens[k]) and tokens[k].text.islower() \
                    and _genitive_of(vocab, tokens[k - 1].text, "ADJF") and _genitive_of(vocab, tokens[k].text, "NOUN"):
                right.append(tokens[k])  # «администрация Белого дома»
                k += 1
                break
        if right and right[-1].text[:1].isupper():
            caps = " ".join(t.text for t in right if t.text[:1].isupper())
            code = code or country_of(caps)
        if lemma == "кабинет" and not (right or left):
            continue  # «в кабинете» is a room
        if lemma in ("сборная", "посольство", "мэрия", "ратуша", "кабинет", "администрация") and not (right or left):
            continue  # a bare team, embassy or office names nothing
        if lemma == "союз" and not left:
            continue  # «таможенный союз», «европейский союз»; not «союз России и Белоруссии», «Союз ТМА-7»
        words = [_nominative_adjective(adj, head) for _, adj in left] + [_nominative_noun(head)]
        words += [t.text for t in right]
        name = " ".join(words)
        name = name[:1].upper() + name[1:]
        first = (left[0][0] if left else tok)
        last = right[-1] if right else tok
        out.append(OrgMention(name, Span(first.start, last.stop), key=(lemma, code or ""),
                              bare=not (left or right), stand_in=True))
    return out


_COUNTS = frozenset("оба обе обеих обоих два две двух три трех четыре".split())


def _genitive(vocab, word: str) -> bool:
    """A complement word: a genitive («Великобритании», «Терезы»), an abbreviation or a
    foreign word; not a lone letter or a nominative («... Борис Джонсон заявил»)."""
    if len(word) < 2:
        return False
    if word.isupper() or not re.search("[а-яё]", word, re.IGNORECASE):
        return True
    parses = vocab.parse(fold(word))
    return any(p.tag.case == "gent" or "Fixd" in p.tag.grammemes for p in parses)


def _adjacent(text: str, left: Token, right: Token) -> bool:
    """Only spaces between two words (a name does not go on past a line break)."""
    between = text[left.stop:right.start]
    return between.strip() == "" and "\n" not in between


def _nominative_noun(parse) -> str:
    form = parse.inflect({"Nom", "Plur" if parse.tag.number == "plur" else "Sing"}) or parse.inflect({"Nom"})
    return form.word if form else parse.word


def _nominative_adjective(adj, head) -> str:
    grams = {"Nom"}
    if head.tag.number == "plur":
        grams.add("Plur")
    else:
        grams |= {"Sing", {"masc": "Masc", "femn": "Fem", "neut": "Neut"}.get(str(head.tag.gender), "Masc")}
    form = adj.inflect(grams)
    return form.word if form else adj.word


def party_mentions(tokens: Sequence[Token], vocab, countries: Iterable[str], taken: Iterable[Span] = (),
                   lexicon: Lexicon | None = None) -> list[OrgMention]:
    """Parties named by their members: «республиканцы», «демократ Байден» → the party, keyed
    (party, country) so that «Республиканская партия (США)» written out joins them. Only
    in an article that names the party's country («демократы» elsewhere are no party)."""
    lexicon = lexicon or Lexicon.default()
    countries = set(countries)
    taken = sorted(taken)
    out = []
    for _, tok, parse in _noun_hits(tokens, vocab, lexicon.parties, taken, prefix=5, shortest=4):
        members, party, code = lexicon.parties[parse.normal_form]
        if code in countries:
            out.append(OrgMention(members, Span(tok.start, tok.stop), key=(fold(party), code), stand_in=True))
    return out


def party_names_rekeyed(mentions: Iterable[OrgMention], countries: Iterable[str],
                        lexicon: Lexicon | None = None) -> list[OrgMention]:
    """Mentions of a party by its adjective («Демократическая партия», «Республиканской»)
    keyed like its members («демократы») so that both are one organization."""
    lexicon = lexicon or Lexicon.default()
    countries = set(countries)
    prefixes = {fold(party.split()[0])[:-3]: (party, code) for _, party, code in lexicon.parties.values()
                if code in countries}
    out = []
    for m in mentions:
        words = _WORD.findall(m.name)
        first = fold(words[0]) if words else ""
        hit = next((v for p, v in prefixes.items() if first.startswith(p)), None) \
            if words and len(words) <= 3 and "-" not in first else None
        out.append(OrgMention(m.name, m.span, key=(fold(hit[0]), hit[1])) if hit else m)
    return out
