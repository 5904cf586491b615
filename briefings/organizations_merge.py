"""From organization mentions to one ``Entity`` per organization: names compared by
stems, abbreviations, compounds and brands joined to their expansion, common-noun
institutions («британское правительство») joined by (head, country), products and
elliptic mentions («Коллегия» after «Коллегия выборщиков») resolved first.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import replace
from typing import Callable, Iterable, Sequence

from briefings.model import Entity
from briefings.organizations_lexicon import (ADJECTIVE_END, WORD, KnownName, OrgMention, known_group, stem_key,
                                            without_bracket)
from briefings.organizations_names import (abbreviates, abbreviation_pairs, adjective_pairs, brand_pairs,
                                          compound_pairs, is_abbreviation, latin_kind_pairs, latin_tail_pairs,
                                          owner_pairs, party_pairs, place_adjective_pairs, quoted_pairs, remit_pairs,
                                          script_pairs, team_tail_pairs)
from briefings.people import fold, stem


# the person an institution is named after, by the surname after a first name: «им. Гамалеи»,
# «имени Н. Ф. Гамалеи», «имени Марии Ермоловой»
_EPONYM = re.compile(r"\b(?:им\.|имени)\s*(?:[А-ЯЁ]\.\s*){0,2}(?:[А-ЯЁ][а-яё]+\s+(?=[А-ЯЁ][а-яё]))?"
                     r"([А-ЯЁ][а-яё]+(?:-[А-ЯЁ]?[а-яё]+)?)")


# the ending of a Cyrillic word out of the nominative: «Хезболлы», «Амкару», «Сбербанком»
_OBLIQUE_ENDING = re.compile(r"[а-яё](?:ы|и|е|у|ю|ой|ей|ом|ем|ам|ям|ах|ях|ами|ями)$")


def _written(name: str, text: str) -> bool:
    """``name`` is written in ``text`` as words of their own (not «Модерн» in «Модерна»)."""
    return name in text and re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text) is not None


def merge_organizations(mentions: Iterable[OrgMention], text: str,
                        nominative: Callable[[str], bool] = lambda name: True,
                        known_as: Callable[[str], KnownName | None] = lambda name: None,
                        told_apart: frozenset[str] = frozenset(),
                        eponym_kinds: frozenset[str] = frozenset(),
                        names_a_country: Callable[[str], bool] = lambda word: False,
                        unknown_word: Callable[[str], bool] = lambda word: False,
                        known_place: Callable[[str], bool] = lambda name: False) -> list[Entity]:
    """One ``Entity`` per organization, ordered by mentions then first appearance.

    Names are compared by their words' stems («Алроса», «Алросой»), without a bracket
    after them; an abbreviation, compound or brand joins its expansion; names after one
    person («НИИ им. Гамалеи», «Центр имени Н. Ф. Гамалеи») are one institute;
    «британское правительство» and «правительство Великобритании» share a key (head,
    country), and «МИД Великобритании» joins them by its letters; a bare «правительство»
    joins the institution of that head in the text (the one mentioned most); with none, it
    is dropped (which government is meant, the text does not say); one named by its leader
    («правительство Терезы Мэй») joins the only institution of that head with a country, or
    stays itself. Heads written as a compound, an abbreviation or short are one head
    («Минздрав», «Министерство здравоохранения»; «МИД»; «Коллегия» for «коллегия
    выборщиков»), so «Министерство здравоохранения» joins «Минздрав Украины». A stand-in
    («республиканцы», a common-noun phrase) names the entity only when no name is written;
    of names written as often, one with the country wins. Of the spellings of one name
    written as often, the first of these wins: one written in quotes after the
    organization's kind («агентство «Автостат»», so a nominative); one written as words of
    their own that the dictionary reads as a nominative (``nominative``: «Литфонд», not
    «Литфонда»); one written as words of their own at all («Модерна», not «Модерн»,
    written only inside «Модерна»); one without a case ending («Хезболла», not
    «Хезболлы»); one of more words («ИА «Невские новости»»), then of fewer letters
    («Амкар», not «Амкару»), then one without a period at the end («RTД», not «RTД.»), then
    the longer («Which?», not «Which»). Names of one organization that only a table ties
    together (``known_as``: ``Lexicon.known_names``) are one: «ЦБ», «Банк России»; «НАТО»,
    «Североатлантический альянс» (named by the first of its list the text writes). A body
    named by its remit takes its name without it («Международный трибунал» … «Международный
    трибунал по бывшей Югославии»: ``remit_pairs``). A name of several words joins the same
    name with a country's name after it (``names_a_country``: «Общественный совет при МВД» …
    «Общественный совет при МВД России»). A club's nickname the dictionary does not know
    (``unknown_word``) joins the one name of the text it ends after a place (``known_place``:
    «Пингвинз» … «Питтсбург Пингвинз», ``team_tail_pairs``).
    """
    mentions = list(mentions)
    # a common-noun phrase written as the name of a body keyed with its country, without the
    # country, is that body's name said short: «Национальная полиция» … «Национальная полиция
    # Украины» (not keyed by its head, «полиция», which any country's police joins)
    owned_names = {m.key[0] for m in mentions if m.key and m.key[1] and not m.stand_in}
    mentions = [replace(m, key=(fold(m.name), "")) if m.stand_in and m.key and not m.key[1]
                and fold(m.name) in owned_names else m for m in mentions]
    spelled: dict[tuple[str, ...], Counter[str]] = defaultdict(Counter)
    for m in mentions:
        spelled[stem_key(m.name)][m.name] += 1
    # the spelling seen most, then the tie-breakers of the docstring in order
    appositive = {m.name for m in mentions if m.appositive}
    canonical = {key: max(c, key=lambda n: (c[n] + 3 * (n in text), n in appositive, _written(n, text) and nominative(n),
                                             _written(n, text), not _OBLIQUE_ENDING.search(n), n[:1].isupper(),
                                             len(WORD.findall(n)), -sum(map(str.isalpha, n)), not n.endswith("."),
                                             len(n)))
                 for key, c in spelled.items()}
    owned = {canonical[stem_key(m.name)] for m in mentions if m.owned}  # (whose initials take the owner's)
    pairs = abbreviation_pairs(text, [name for name in canonical.values() if name not in owned], known_as)
    pairs.update({short: full for short, full in compound_pairs(canonical.values()).items()
                  if not _periodical_title(full, text)})  # (not «Роскосмос» … «журнала «Российский космос»»)
    for short, full in {**owner_pairs(canonical.values(), names_a_country),  # «Комитет по этике» … «… РФС»
                        **party_pairs(canonical.values())}.items():  # «Компартия» … «КПРФ»
        pairs.setdefault(short, full)
    known = _known_pairs(canonical.values(), known_as)
    pairs.update(known)
    for name in set(known.values()):
        pairs.pop(name, None)  # (the name of the list's choice is named by no other: «ЕС» → «Евросоюз»)
    folded = {name: fold(name) for name in canonical.values()}
    pairs.update({a: b for a in folded for b in folded if _clipped(folded[a], folded[b])})
    # a name written with a hyphen and without: «Рос-УкрЭнерго» … «РосУкрЭнерго»
    pairs.update({a: b for a in folded for b in folded
                  if "-" in folded[a] and folded[a].replace("-", "") == folded[b]})
    # a short name in a bracket after a name («… коммуникаций (Роскомнадзора)»), wherever written
    named_at = {m.span.start: m for m in mentions if m.alias_of is None}
    aliases = [(m, named_at[m.alias_of.start]) for m in mentions if m.alias_of and m.alias_of.start in named_at]
    for alias, named in aliases:
        pairs.setdefault(canonical[stem_key(alias.name)], canonical[stem_key(named.name)])
    for named, note in _editors_notes(mentions, text):  # «FIDE (Международной федерации шахмат. — RT)»
        short, full = canonical[stem_key(named.name)], canonical[stem_key(note.name)]
        if short != full:
            pairs.setdefault(*((short, full) if is_abbreviation(short) else (full, short)))
    placed_last = {id(alias) for alias, _ in aliases}
    mentions = [m for m in mentions if id(m) not in placed_last]  # placed with their name, last
    for name, brand in {**quoted_pairs(canonical.values()), **brand_pairs(canonical.values()),
                        **latin_kind_pairs(canonical.values()), **latin_tail_pairs(canonical.values()),
                        **team_tail_pairs(canonical.values(), unknown_word, known_place)}.items():
        pairs.setdefault(name, brand)
    # (not a common noun's phrase, nor an institution keyed by its country or owner: those join by their key)
    plain = set(canonical.values()) - {canonical[stem_key(m.name)] for m in mentions
                                       if m.bare or m.stand_in or m.led or m.key and m.key[1]}
    for short, full in {**remit_pairs(plain), **adjective_pairs(plain, told_apart),
                        **place_adjective_pairs(plain, told_apart)}.items():
        pairs.setdefault(short, full)
    times = Counter(canonical[stem_key(m.name)] for m in mentions)
    for short, full in script_pairs(plain, times.__getitem__).items():  # «Honda» … «Хонда»
        pairs.setdefault(short, full)

    def resolve(name: str) -> str:
        for _ in range(3):  # «ЕС» → «Евросоюз» → «Европейский союз»
            name = pairs.get(name, name)
        return name

    # names written as names (not only in a common-noun phrase: «европейский союз»)
    proper = {canonical[stem_key(m.name)] for m in mentions if not (m.bare or m.stand_in)}

    def display(name: str) -> str:
        """The fullest written name ``name`` resolves to."""
        for _ in range(3):
            name = pairs[name] if pairs.get(name) in proper else name
        return name

    same_head = _same_heads(mentions, known_as)
    said_short = _eponyms_said_short(canonical.values(), eponym_kinds)

    def head(m: OrgMention) -> str:
        return same_head.get(m.key[0], m.key[0]) if m.key else fold(m.name)

    def group_of(m: OrgMention) -> tuple:
        if m.key and m.key[1]:
            return ("institution", head(m), m.key[1])
        named_after = _EPONYM.search(m.name)
        if named_after:  # «НИИ им. Гамалеи», «Центр имени Н. Ф. Гамалеи»: one institute
            return ("eponym", stem(named_after.group(1)))
        key = stem_key(resolve(canonical[stem_key(m.name)]))
        return ("eponym", said_short[key]) if key in said_short else key

    groups: dict[tuple, list[OrgMention]] = defaultdict(list)
    for m in mentions:
        if m.key and m.key[1]:
            groups[group_of(m)].append(m)
    _join_abbreviated_institutions(groups)

    def loose(m: OrgMention) -> bool:
        """«правительство», «правительство Терезы Мэй», or «МИД» that may join «МИД России»."""
        return m.bare or m.led or bool(m.key and not m.key[1] and m.key[0] == fold(without_bracket(m.name)))

    for m in mentions:
        if not (m.key and m.key[1]) and not loose(m):
            groups[group_of(m)].append(m)
    heads: dict[str, list[tuple]] = defaultdict(list)
    for g, ms in groups.items():
        for h in {head(x) for x in ms if x.key}:
            heads[h].append(g)

    def regional(g: tuple) -> bool:
        """A body for a region or a city: «СБУ Донецкой области», «УФСБ по Пермскому краю»."""
        return g[0] == "institution" and ":" in g[2]

    # a parent named inside a body's name («МВД» of «Главное управление МВД по ЮФО») is the
    # country's, not a region's branch written elsewhere («МВД Ингушетии»)
    inside = {id(m) for m in mentions for o in mentions
              if o.span.start <= m.span.start and m.span.stop <= o.span.stop and o.span != m.span}
    for m in mentions:
        if loose(m) and not m.bare:
            same = heads.get(head(m), [])
            if id(m) in inside:
                same = [g for g in same if not regional(g)]
            if m.leader_of:  # «правительство Башара Асада» of «президента Сирии Башара Асада»: Syria's
                same = [g for g in same if g[0] == "institution" and g[2] == m.leader_of] or \
                    [g for g in same if g[0] == "institution" and g[2].split(":")[0] == m.leader_of]
            if m.led and len(same) > 1:
                same = []  # whose government «правительство Терезы Мэй» is, two countries leave open
            # (the country's body before a region's, also the one its letters spell: «СБУ» is the
            # «Служба безопасности Украины», not «СБУ Донецкой области»)
            spelled = resolve(canonical[stem_key(m.name)])
            same = [g for g in groups if any(canonical[stem_key(x.name)] == spelled for x in groups[g])] \
                if spelled != canonical[stem_key(m.name)] and all(regional(g) for g in same) else same
            # (of as many mentions, a name written with its country rather than after its adjective:
            # «закон об Институте национальной памяти» is Poland's, not «украинского Института …»)
            groups[max(same, key=lambda g: (not regional(g), len(groups[g]),
                                            not all(_adjective_first(x.name) for x in groups[g])))
                   if same else group_of(m)].append(m)
    for m in mentions:  # a bare head last: it joins a name of that head placed above, not one led by a person
        if m.bare:
            same = [g for g, ms in groups.items() if any(x.key and not (x.bare or x.led) and head(x) == head(m) for x in ms)]
            groups[max(same, key=lambda g: len(groups[g])) if same else group_of(m)].append(m)
    for alias, named in aliases:  # with the name it follows, also when that name has a country
        home = next(g for g, ms in groups.items() if any(x is named for x in ms))
        own = group_of(alias)  # where the same short name written alone went
        if own != home and own in groups:
            groups[home].extend(groups.pop(own))
        groups[home].append(alias)
    entities = []
    for g in groups.values():
        if all(m.bare for m in g):
            continue  # «правительство» alone: which one the text does not say
        names = Counter(display(canonical[stem_key(m.name)]) for m in g if not (m.bare or m.stand_in or loose(m))) \
            or Counter(m.name for m in g if m.stand_in and m.key and m.key[1] and not m.led) \
            or Counter(display(canonical[stem_key(m.name)]) for m in g if not (m.bare or m.stand_in)) \
            or Counter(m.name for m in g if not (m.bare or m.led)) or Counter(m.name for m in g if not m.bare) \
            or Counter(m.name for m in g)
        coded = {display(canonical[stem_key(m.name)]) for m in g if m.key and m.key[1]} | \
            {m.name for m in g if m.key and m.key[1]}  # (of names written as often, one with the country,
        # after the rest rather than as an adjective: «МВД Британии», not «Британское МВД»)
        name = _capitalized(max(names, key=lambda n: (names[n], n in coded, n in coded and not _adjective_first(n),
                                                      len(n))))
        entity = Entity(kind="organizations", name=name, mentions=len(g), spans=tuple(sorted(m.span for m in g)))
        entities.append((entity, {_capitalized(n) for n in names}))
    entities = _same_names_joined(entities)
    entities.sort(key=lambda e: (-e.mentions, e.spans[0].start))
    return entities


def _eponyms_said_short(names: Iterable[str], kinds: frozenset[str]) -> dict[tuple[str, ...], str]:
    """The stem keys of names an institution named after a person is said short by → the
    person's stem: its words before «имени» («МХТ» of «МХТ имени А. П. Чехова», «Институт
    экономики роста» of «Институт экономики роста им. Столыпина»), and its first word with
    the person's name («Институт Столыпина»); only a short name of one such institution,
    and only one named by an abbreviation or a word for its kind (``kinds``: not the
    «Воздушные силы» of a name the NER cut from a university's, «… Воздушных сил имени
    Ивана Кожедуба»)."""
    stems = {stem(kind) for kind in kinds}
    found: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for name in names:
        named_after = _EPONYM.search(name)
        before = name[:named_after.start()].strip() if named_after else ""
        if before and all(is_abbreviation(w) for w in before.split()) or any(stem(fold(w)) in stems
                                                                             for w in before.split()):
            person = stem(named_after.group(1))
            found[stem_key(before)].add(person)
            found[stem_key(f"{before.split()[0]} {named_after.group(1)}")].add(person)
    return {key: next(iter(people)) for key, people in found.items() if len(people) == 1}


def _periodical_title(name: str, text: str) -> bool:
    """``name`` is written only as a periodical's title, in quotes after its word: «журнала
    «Российский космос»» is no phrase a compound («Роскосмос») is made of."""
    found = [m.start() for m in re.finditer("[«\"„“]" + re.escape(name) + "[»\"“”]", text)]
    return bool(found) and all(_PERIODICAL_BEFORE.search(text, max(0, at - 20), at) for at in found) \
        and len(found) == len(re.findall(re.escape(name), text))


_PERIODICAL_BEFORE = re.compile(r"(?<![а-яё])(?:журнал|газет|альманах|бюллетен|еженедельник|ежемесячник)"
                                r"[а-яё]*[ \u00a0]+\Z", re.IGNORECASE)


def _editors_notes(mentions: Sequence[OrgMention], text: str) -> list[tuple[OrgMention, OrgMention]]:
    """(name, its other name) where an editor's note in a bracket right after a name gives
    the other: «FIDE (Международной федерации шахмат. — RT)»."""
    out = []
    for note in mentions:
        opening = _NOTE_OPENING.search(text, max(0, note.span.start - 4), note.span.start)
        if opening is None or not _NOTE_CLOSING.match(text, note.span.stop):
            continue
        # (the name's span may run to the note: the NER's «FIDE (» before the split)
        named = next((m for m in mentions if m is not note and opening.start() <= m.span.stop <= note.span.start), None)
        if named is not None:
            out.append((named, note))
    return out


_NOTE_OPENING = re.compile(r"[ \u00a0]*\([ \u00a0]*\Z")
_NOTE_CLOSING = re.compile(r"[.!?…]\s*[—–][ \u00a0]*[^()\n]{1,20}\)")


def _same_names_joined(named: list[tuple[Entity, set[str]]]) -> list[Entity]:
    """Entities of one name are one («Государственная пограничная служба Украины» keyed by
    its country, and «ГПСУ», which its letters join to the name as written), and so is an
    entity named by a name another entity was written by, under that one's name
    («Американский парламент», «парламент США» … «Парламент» alone: «Парламент США»).
    ``named``: each entity with the names it was written by."""
    owner: dict[str, str] = {}
    for entity, names in sorted(named, key=lambda pair: -pair[0].mentions):
        for name in [entity.name, *sorted(names)]:
            owner.setdefault(name, owner.get(entity.name, entity.name))
    by_name: dict[str, list[Entity]] = defaultdict(list)
    for entity, _ in named:
        by_name[owner[entity.name]].append(entity)
    return [same[0] if len(same) == 1 and same[0].name == name else replace(
        same[0], name=name, mentions=sum(e.mentions for e in same),
        spans=tuple(sorted(s for e in same for s in e.spans))) for name, same in by_name.items()]


def _known_pairs(names: Iterable[str], known_as: Callable[[str], KnownName | None]) -> dict[str, str]:
    """Each name of a list of known names of one organization to the first of that list
    the text writes: «ЦБ», «Банк России» → «Банк России»."""
    lists: dict[int, dict[str, int]] = defaultdict(dict)  # list → name → its place in the list
    for name in names:
        known = known_as(name)
        if known is not None:
            lists[known.group][name] = known.rank
    pairs = {}
    for same in lists.values():
        if len(same) > 1:
            best = min(same, key=lambda n: (same[n], n))
            pairs.update({name: best for name in same if name != best})
    return pairs


def _same_heads(mentions: Sequence[OrgMention],
                known_as: Callable[[str], KnownName | None] = lambda name: None) -> dict[str, str]:
    """Institution keys that name one institution, to the stems of one of them: «минздрав» and
    «министерство здравоохранения» (a compound), «мид» written «МИД» and «министерство
    иностранных дел» (an abbreviation), «госдеп» and «госдепартамент» (a clipping), «коллегия»
    and the only «коллегия выборщиков» (by stems: «коллегии выборщиков» is the same)."""
    keys = sorted({m.key[0] for m in mentions if m.key})
    capitals = {m.key[0] for m in mentions
                if m.key and m.name.split()[0].isupper() and fold(m.name.split()[0]) == m.key[0]}
    parent = {k: k for k in keys}
    stems = {k: " ".join(stem(w) for w in k.split()) for k in keys}
    for k in keys:  # one spelling per stems
        parent[k] = min(x for x in keys if stems[x] == stems[k])

    def root(k: str) -> str:
        while parent[k] != k:
            k = parent[k]
        return k

    # a body with its owner before its remit abbreviates by those words only: «Управление ФСБ по
    # Ставропольскому краю» is «УФСБ», «Комитет Госдумы по безопасности» is no «КГБ»
    owned = {m.key[0] for m in mentions if m.key and m.owned}
    group = {k: known_group(known_as, k) for k in keys}  # (its list of known names, once per key)
    for a in keys:
        for b in keys:
            known, other = group[a], group[b]
            if a == b or known is not None and other != known and a in capitals:
                continue  # («RT» is no «Reston Translator»)
            if " " in b and " " not in a and (
                    a in capitals and abbreviates(a, b.split(" по ")[0] if b in owned else b) or compound_pairs([a, b])) \
                    or _clipped(a, b) or known is not None and other == known:
                parent[root(a)] = root(b)
    written = defaultdict(set)
    for m in mentions:
        if m.key:
            written[m.key[0]].add(fold(m.name))
    for a in keys:  # «Коллегия» said short for the one «коллегия выборщиков» of the text (not «Верхняя палата»)
        longer = {root(b) for b in keys if stems[b].split()[0] == stems[a] and " " in b}
        if " " not in a and len(longer) == 1 and written[a] == {a}:
            parent[root(a)] = longer.pop()
    return {k: stems[root(k)] for k in keys}


def _clipped(short: str, full: str) -> bool:
    """``short`` is ``full`` clipped inside its last root, as compounds are («госдеп» ←
    «госдепартамент»: the rest begins with a vowel); not a word of its own after it
    («газпром» + «банк», «газпром» + «экспорт-украина»: other companies)."""
    rest = full[len(short):]
    return " " not in short and " " not in full and len(short) >= 5 and full.startswith(short) \
        and len(rest) >= 3 and rest[0] in "аеиоуыюя" and "-" not in rest


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
    """``short`` begins with an abbreviation of the first words of ``full``, written as
    words (not another abbreviation: «ВС США» is no «ВВС США»)."""
    first = short.split()[0]
    words = full.split()
    return is_abbreviation(first) and first.isupper() and not words[0].isupper() and any(
        abbreviates(first, " ".join(words[:i])) for i in range(2, len(words) + 1))


def elliptic_mentions(mentions: Iterable[OrgMention], is_plain: Callable[[str], bool], text: str = "",
                      is_plural: Callable[[str], bool] = lambda word: False,
                      compound_heads: tuple[str, ...] = ()) -> list[OrgMention]:
    """A lone common noun that begins exactly one longer name in the text is that name said
    short: «Коллегия» after «Коллегия выборщиков», «Палата» after «Палата общин»; so is one
    that ends it in lower case after adjectives: «Церковью» after «Католической церковью»
    (not with «Русская православная церковь» written too: then it is dropped, as a bare
    «правительство» of no country is; nor after an adjective of its own, «русскую Церковь»,
    nor in the plural, ``is_plural``: «Институты» is no «… институт»), or, where it begins
    or ends none, heads it in lower case after adjectives and before a complement: «Совета»
    after «Национального совета юстиции»; and one of
    ``compound_heads`` that ends exactly one compound name of one word: «Думе» of
    «Госдума»."""
    mentions = list(mentions)
    longer: dict[str, set[str]] = defaultdict(set)
    ending: dict[str, set[str]] = defaultdict(set)
    headed: dict[str, set[str]] = defaultdict(set)  # a lower-case head after adjectives, before a complement
    compounds: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        words = m.name.split()
        if len(words) > 1 and not m.bare and not (m.key and m.key[1]):  # («МИД России» takes «МИД» itself)
            longer[stem(words[0])].add(m.name)
        if len(words) > 1 and not m.bare and words[-1].isalpha() and words[-1].islower() \
                and all(ADJECTIVE_END.search(w) for w in words[:-1]):  # (not «Российская академия наук»)
            ending[stem(words[-1])].add(m.name)
        k = next((k for k, w in enumerate(words) if not ADJECTIVE_END.search(w)), len(words))
        if 0 < k < len(words) - 1 and not m.bare and words[k].isalpha() and words[k].islower():
            headed[stem(words[k])].add(m.name)  # «Национальный совет юстиции»
        head = next((h for h in compound_heads if fold(m.name).endswith(h) and len(m.name) > len(h) + 2), None) \
            if len(words) == 1 and m.name.isalpha() else None
        if head:  # «Госдума», «Мосгоризбирком»
            compounds[stem(head)].add(m.name)
    out = []
    for m in mentions:
        names = set()
        if " " not in m.name and not m.bare:
            names = longer.get(stem(m.name), set())
            before = _ADJECTIVE_BEFORE.search(text, max(0, m.span.start - 30), m.span.start)
            if not is_plural(m.name) and (not before or _DEMONSTRATIVE.fullmatch(before.group().strip())):
                names = names | compounds.get(stem(m.name), set())  # «в этой Думе» of «Госдума»
                if not before:
                    names = names | ending.get(stem(m.name), set())
                if not before and not names:
                    names = headed.get(stem(m.name), set())  # «Совета» of «Национальный совет юстиции»
        if len(names) == 1 and is_plain(m.name):
            (full,) = names
            m = OrgMention(full, m.span, key=(fold(full), ""))
        elif len(names) > 1 and is_plain(m.name):
            continue  # which of them, the text does not say: «Церковью» next to two churches
        out.append(m)
    return out


_DEMONSTRATIVE = re.compile(r"эт(?:ой|ом|ого|ому|им)")  # (as ``_ADJECTIVE_BEFORE`` reads «этой», «этом» …)
_ADJECTIVE_BEFORE = re.compile(r"[а-яё]{2,}(?:ый|ий|ой|ая|яя|ое|ее|ую|юю|ого|его|ому|ему|ым|им|ом|ем)[ \u00a0]$")


def drop_products(mentions: Iterable[OrgMention], products: Iterable[str]) -> list[OrgMention]:
    """Mentions whose name was seen after a word for a product or a building anywhere in the
    text are dropped; so is a model's name without its designator («Спутник» after «вакцина
    «Спутник V»», «Индустрия» after «Индустрия 4.0»; not «Boeing» after «самолёт Boeing
    737»: a number names a maker's model)."""
    products = list(products)
    keys = {stem_key(p) for p in products}
    keys |= {stem_key(m.group(1)) for m in map(_DESIGNATED.fullmatch, products) if m}
    return [m for m in mentions if stem_key(m.name) not in keys]


_DESIGNATED = re.compile(r"([А-ЯЁ][а-яё]{3,})[ \u00a0](?:[IVXLM]{1,4}|[A-ZА-ЯЁ]{1,3}|\d{1,2}\.\d)")


_LOWER_START = re.compile(r"[а-яё]{3,}(?=\s|$)")  # a whole Cyrillic word: not «ан-Нусры», «эль-Халяль»


def _adjective_first(name: str) -> bool:
    """A name of several words that begins with an adjective of the kind countries make:
    «Британское МВД», «Российские ВКС»."""
    words = name.split()
    return len(words) > 1 and fold(words[0]).endswith(_COUNTRY_ADJECTIVE)


_COUNTRY_ADJECTIVE = tuple(stem + ending for stem in ("ск", "цк") for ending in ("ий", "ая", "ое", "ие"))


def _capitalized(name: str) -> str:
    """A name the text writes in lower case starts with a capital, as names do: «депутаты
    бундестага» → «Бундестаг», «лукойл» → «Лукойл»; an Arabic article stays («ан-Нусры»)."""
    return name[:1].upper() + name[1:] if _LOWER_START.match(name) else name
