"""Organizations: from raw ORG mentions to one entry per organization (pure functions).

An abbreviation and its expansion are one organization: «Azerbaijan Airlines (AZAL)»,
«Следственный комитет (СК)», or an abbreviation made of the expansion's initials.
The expansion names the entity.
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
    """Abbreviation → expansion, from «Expansion (ABBR)» in ``text`` and from initials."""
    names = set(names)
    pairs: dict[str, str] = {}
    for abbr in (n for n in names if is_abbreviation(n)):
        for name in names:
            if name == abbr or is_abbreviation(name):
                continue
            written = re.search(re.escape(name.split()[0][:4]) + r"[^()]{0,80}\(\s*" + re.escape(abbr) + r"\s*\)", text)
            if written or abbreviates(abbr, name):
                pairs[abbr] = name
                break
    return pairs


def compound_pairs(names: Iterable[str]) -> dict[str, str]:
    """Compound → phrase: «Евросоюз» → «Европейский союз», «Еврокомиссия» → «Европейская
    комиссия», «Госдума» → «Государственная дума» (first letters of the adjective + noun)."""
    names = list(names)
    phrases: dict[str, str] = {}
    for name in names:
        words = [fold(w) for w in _WORD.findall(name)]
        if len(words) == 2 and len(words[0]) > 5:
            for size in (3, 4):
                phrases.setdefault(words[0][:size] + stem(words[1]), name)
    pairs = {}
    for name in names:
        words = [fold(w) for w in _WORD.findall(name)]
        if len(words) == 1 and stem(words[0]) in phrases:
            pairs[name] = phrases[stem(words[0])]
    return pairs


def _stem_key(name: str) -> tuple[str, ...]:
    return tuple(stem(w) for w in _WORD.findall(name))


def merge_organizations(mentions: Iterable[OrgMention], text: str) -> list[Entity]:
    """One ``Entity`` per organization, ordered by mentions then first appearance.

    Names are compared by their words' stems («Алроса», «Алросой»); an abbreviation joins
    its expansion; «британское правительство» and «правительство Великобритании» share a
    key (head, country); a bare «правительство» joins the institution of that head in
    the text (the one mentioned most); with none, it is dropped (which government is
    meant, the text does not say).
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

    def resolve(name: str) -> str:
        for _ in range(3):  # «ЕС» → «Евросоюз» → «Европейский союз»
            name = pairs.get(name, name)
        return name

    def group_of(m: OrgMention) -> tuple:
        if m.key and m.key[1]:
            return ("institution", *m.key)
        return _stem_key(resolve(canonical[_stem_key(m.name)]))

    groups: dict[tuple, list[OrgMention]] = defaultdict(list)
    for m in mentions:
        if m.key and m.key[1]:
            groups[group_of(m)].append(m)
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
        names = Counter(resolve(canonical[_stem_key(m.name)]) for m in g if not m.bare) \
            or Counter(m.name for m in g)
        name = max(names, key=lambda n: (names[n], len(n)))
        entities.append(Entity(kind="organizations", name=name, mentions=len(g), spans=tuple(sorted(m.span for m in g))))
    entities.sort(key=lambda e: (-e.mentions, e.spans[0].start))
    return entities


# -- institutions named by common nouns, places that are organizations ---------------


@dataclass(frozen=True, slots=True)
class Lexicon:
    """The tables of ``data/organizations.yml``."""

    heads: frozenset[str]
    adjectives: frozenset[str]
    place_heads: frozenset[str]
    not_organizations: frozenset[str]
    parties: Mapping[str, tuple[str, str, str]] = field(default_factory=dict)

    @classmethod
    @lru_cache(maxsize=1)
    def default(cls) -> "Lexicon":
        source = resources.files("briefings").joinpath("data/organizations.yml")
        data = yaml.safe_load(source.read_text(encoding="utf-8"))
        tables = (frozenset(fold(w) for w in data[key]) for key in
                  ("heads", "adjectives", "place_heads", "not_organizations"))
        parties = {fold(k): tuple(v) for k, v in (data.get("parties") or {}).items()}
        return cls(*tables, parties=parties)


class Token(Protocol):
    text: str
    start: int
    stop: int


_CAPITALIZED = re.compile(r"[A-ZА-ЯЁ][\w'’-]*$")


def is_not_organization(name: str, lexicon: Lexicon) -> bool:
    """Generic words the NER takes for organizations: «СМИ», «Брексит», «Twitter»."""
    words = [fold(w) for w in _WORD.findall(name)]
    return not words or " ".join(words) in lexicon.not_organizations or (
        len(words) == 1 and any(stem(words[0]) == stem(w) for w in lexicon.not_organizations))


def place_is_organization(words: Sequence[str], vocab, lexicon: Lexicon) -> bool:
    """A span tagged as a place that names an institution: «ЕС», «Еврокомиссия» (the
    morphology's Orgn), «Евросоюз», «Европейский союз», «Кремль», «Белый дом»."""
    for word in words:
        parses = vocab.parse(fold(word))
        if any(p.tag.POS == "NOUN" and p.normal_form in lexicon.place_heads for p in parses):
            return True
        if len(words) == 1 and parses and all(p.is_known for p in parses) \
                and any("Orgn" in p.tag.grammemes for p in parses) \
                and not any("Geox" in p.tag.grammemes for p in parses):
            return True
    return False


def institution_mentions(tokens: Sequence[Token], text: str, vocab, country_of: Callable[[str], str | None],
                         taken: Iterable[Span] = (), lexicon: Lexicon | None = None) -> list[OrgMention]:
    """Institutions named by a common noun the NER does not see: «британское правительство»,
    «правительства Великобритании», «полиция», «министерство обороны», «кабинет министров».

    The phrase is: up to two country or institutional adjectives, the head noun, then a
    genitive complement (lower-case genitives after «министерство», capitalized words).
    Its name is in the nominative; ``OrgMention.key`` is (head, country) so that
    «британское правительство» and «правительство Великобритании» are one organization.
    """
    lexicon = lexicon or Lexicon.default()
    taken = sorted(taken)
    out: list[OrgMention] = []
    n = len(tokens)
    for i, tok in enumerate(tokens):
        low = fold(tok.text)
        if len(low) < 3 or not low.isalpha():
            continue
        head = next((p for p in vocab.parse(low) if p.tag.POS == "NOUN" and p.normal_form in lexicon.heads), None)
        if head is None or any(s.start <= tok.start < s.stop for s in taken):
            continue
        lemma = head.normal_form
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
        while k < n and len(right) < 4 and _adjacent(text, tokens[k - 1], tokens[k]) \
                and _CAPITALIZED.match(tokens[k].text) and _genitive(vocab, tokens[k].text):
            right.append(tokens[k])
            k += 1
        if right and right[-1].text[:1].isupper():
            caps = " ".join(t.text for t in right if t.text[:1].isupper())
            code = code or country_of(caps)
        if lemma == "кабинет" and not (right or left):
            continue  # «в кабинете» is a room
        if lemma in ("сборная", "посольство", "мэрия", "ратуша", "кабинет", "администрация") and not (right or left):
            continue  # a bare team, embassy or office names nothing
        words = [_nominative_adjective(adj, head) for _, adj in left] + [_nominative_noun(head)]
        words += [t.text for t in right]
        name = " ".join(words)
        name = name[:1].upper() + name[1:]
        first = (left[0][0] if left else tok)
        last = right[-1] if right else tok
        out.append(OrgMention(name, Span(first.start, last.stop), key=(lemma, code or ""),
                              bare=not (left or right)))
    return out


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
    return text[left.stop:right.start].strip() == ""


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
    for tok in tokens:
        low = fold(tok.text)
        if len(low) < 4 or not low.isalpha() or not low.startswith(tuple(k[:5] for k in lexicon.parties)):
            continue
        parse = next((p for p in vocab.parse(low) if p.tag.POS == "NOUN" and p.normal_form in lexicon.parties), None)
        if parse is None or any(s.start <= tok.start < s.stop for s in taken):
            continue
        members, party, code = lexicon.parties[parse.normal_form]
        if code in countries:
            out.append(OrgMention(members, Span(tok.start, tok.stop), key=(fold(party), code)))
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
