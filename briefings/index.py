"""SiteIndex: every briefing of the site, by entity, by date, and related briefings.

A plain function of the set of briefings (no MkDocs types): the plugin feeds it, the
page renderers read it. Entities are identified site-wide: a surname-only person
(«Путин») joins the full name that ends with it («Владимир Путин») where the briefings
give evidence for it (``people_surnames``), an organization
written «Full (ABBR)», «Full» or «ABBR» in different briefings is one, so is a place
named with and without a word for its kind or by its abbreviation, and the
editable registry (``content/entities.yml``) adds aliases and blocks names.
"""

from __future__ import annotations

import datetime as dt
import heapq
import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Iterable, Mapping

from briefings.gazetteer import Gazetteer
from briefings.model import KINDS, Article, DateMention, Entity, Tags
from briefings.organizations_lexicon import Lexicon
from briefings.organizations_owners import mixed_bodies, organization_owners, sole_country_joins
from briefings.people import fold
from briefings.people_first_names import first_name_groups
from briefings.people_scripts import latin_owners
from briefings.people_spellings import spelling_owners
from briefings.people_surnames import surname_joins
from briefings.people_twins import twin_joins
from briefings.people_variants import case_variant_owners, first_name_owners, middle_name_owners, word_order_owners
from briefings.places import PlaceLexicon
from briefings.places_site import place_owners
from briefings.registry import Registry
from briefings.site_evidence import SitePeople
from briefings.slugs import slugify, unique_slug

# a briefing's entities of each kind with the names the registry gives them (None: blocked)
Named = dict[str, list[tuple[Entity, str | None]]]


COMMON_ENTITY = 50  # briefings; see SiteIndex.related


@dataclass(frozen=True, slots=True)
class Item:
    """One briefing as the site sees it. ``uri`` is its source path in the docs folder."""

    uri: str
    article: Article
    tags: Tags

    @property
    def date(self) -> dt.date | None:
        return self.article.date

    @property
    def title(self) -> str:
        return self.article.title


@dataclass(frozen=True, slots=True)
class EntityRef:
    """A site-wide entity: its page is ``<kind>/<slug>.md``."""

    kind: str
    key: str
    name: str
    slug: str
    code: str | None = None
    country: str | None = None
    paged: bool = True  # has its own page (entities named once get none; see build_index)

    @property
    def uri(self) -> str:
        return f"{self.kind}/{self.slug}.md"  # the section folder is named after the kind


@dataclass(frozen=True, slots=True)
class Event:
    """A dated reference in a briefing (for timelines)."""

    date: DateMention
    item: Item
    start: dt.date
    stop: dt.date


@dataclass(slots=True)
class SiteIndex:
    items: list[Item]  # newest first, undated last
    entities: dict[tuple[str, str], EntityRef]
    postings: dict[tuple[str, str], list[int]]  # entity -> item positions (newest first)
    item_entities: list[list[tuple[str, str]]]  # item position -> its entities
    position: dict[str, int] = field(default_factory=dict)  # uri -> item position
    item_events: list[tuple[Event, ...]] = field(default_factory=list)  # item position -> its dated references
    event_ranks: list[tuple[int, ...]] = field(default_factory=list)  # item position -> each event's place site-wide
    posting_sets: dict[tuple[str, str], frozenset[int]] = field(default_factory=dict)  # made on demand
    # (item position, entity) -> the name the briefing's tags give it, where its page has another
    # («МОК», «Maria Sharapova»): the briefing's text is linked by that name
    written: dict[tuple[int, tuple[str, str]], str] = field(default_factory=dict)

    def refs(self, kind: str, paged_only: bool = False) -> list[EntityRef]:
        return [ref for key, ref in self.entities.items() if key[0] == kind and (ref.paged or not paged_only)]

    def count(self, ref: EntityRef) -> int:
        return len(self.postings[(ref.kind, ref.key)])

    def items_of(self, ref: EntityRef) -> list[Item]:
        return [self.items[i] for i in self.postings[(ref.kind, ref.key)]]

    def entities_of(self, item: Item) -> list[EntityRef]:
        return [self.entities[k] for k in self.item_entities[self.position[item.uri]]]

    def name_in(self, item: Item, ref: EntityRef) -> str:
        """The name ``item``'s tags give ``ref`` (its page's name unless they give another)."""
        return self.written.get((self.position[item.uri], (ref.kind, ref.key)), ref.name)

    def ref_for(self, kind: str, entity: Entity) -> EntityRef | None:
        return self.entities.get((kind, _identity(kind, entity)))

    def has_cooccurring(self, ref: EntityRef) -> bool:
        return any(len(self.item_entities[i]) > 1 for i in self.postings[(ref.kind, ref.key)])

    def cooccurring(self, ref: EntityRef, limit: int = 20) -> list[tuple[EntityRef, int]]:
        counts: Counter[tuple[str, str]] = Counter()
        for i in self.postings[(ref.kind, ref.key)]:
            counts.update(self.item_entities[i])
        del counts[(ref.kind, ref.key)]
        ranked = heapq.nsmallest(limit, counts.items(), key=lambda kv: (-kv[1], kv[0]))
        return [(self.entities[k], n) for k, n in ranked]

    def has_related(self, item: Item) -> bool:
        """Whether ``related`` finds anything for ``item`` (without ranking)."""
        return any(self._is_rare(key) and len(self.postings[key]) > 1
                   for key in self.item_entities[self.position[item.uri]])

    def _is_rare(self, key: tuple[str, str]) -> bool:
        """Whether an entity finds related briefings (common ones only add weight)."""
        return len(self.postings[key]) <= COMMON_ENTITY

    def related(self, item: Item, limit: int = 5) -> list[Item]:
        """Closest briefings: shared entities weighted by rarity (idf), then closeness in time.

        Entities named in more than ``COMMON_ENTITY`` briefings only add weight to
        candidates found through rarer ones: each briefing then weighs a bounded number
        of candidates, so the whole site stays linear in the number of briefings.
        """
        n = len(self.items)
        me = self.position[item.uri]
        scores: dict[int, float] = defaultdict(float)
        keys = self.item_entities[me]
        for key in keys:
            posting = self.postings[key]
            if not self._is_rare(key):
                continue
            idf = math.log(1 + n / len(posting))
            for other in posting:
                if other != me:
                    scores[other] += idf
        for key in keys:
            posting = self.postings[key]
            if not self._is_rare(key):
                idf = math.log(1 + n / len(posting))
                members = self._members(key)
                for other in scores:
                    if other in members:
                        scores[other] += idf

        def closeness(other: int) -> float:
            a, b = item.date, self.items[other].date
            if a is None or b is None:
                return 0.5
            return 1.0 / (1.0 + abs((a - b).days) / 90.0)

        ranked = sorted(scores, key=lambda o: (-scores[o] * (0.5 + closeness(o)), o))
        return [self.items[o] for o in ranked[:limit]]

    def _members(self, key: tuple[str, str]) -> frozenset[int]:
        """The briefings of an entity as a set (made once per entity, not per briefing)."""
        members = self.posting_sets.get(key)
        if members is None:
            members = self.posting_sets[key] = frozenset(self.postings[key])
        return members

    def neighbours(self, item: Item) -> tuple[Item | None, Item | None]:
        """(previous = older, next = newer) by date among dated briefings."""
        i = self.position[item.uri]
        if item.date is None:
            return None, None
        older = self.items[i + 1] if i + 1 < len(self.items) and self.items[i + 1].date else None
        newer = self.items[i - 1] if i > 0 else None
        return older, newer

    def events(self, items: Iterable[Item] | None = None) -> list[Event]:
        """Dated references of ``items`` (all by default), newest first."""
        chosen = self.items if items is None else items
        ranked = [pair for item in chosen for pair in self._ranked_events(self.position[item.uri])]
        ranked.sort(key=itemgetter(0))
        return [event for _, event in ranked]

    def _ranked_events(self, pos: int) -> Iterable[tuple[int, Event]]:
        return zip(self.event_ranks[pos], self.item_events[pos])


def _event_order(event: Event) -> tuple:
    return (event.start, event.stop, event.item.uri, event.date.text)


def _event_ranks(item_events: list[tuple[Event, ...]]) -> list[tuple[int, ...]]:
    """The place of every event in the site's timeline (newest first, by ``_event_order``;
    ties in item and mention order): sorting any briefings' events by it is sorting
    them by ``_event_order``, as an integer key."""
    flat = [(pos, k) for pos, events in enumerate(item_events) for k in range(len(events))]
    flat.sort(key=lambda pk: _event_order(item_events[pk[0]][pk[1]]), reverse=True)
    ranks = [[0] * len(events) for events in item_events]
    for rank, (pos, k) in enumerate(flat):
        ranks[pos][k] = rank
    return [tuple(r) for r in ranks]


def _item_events(item: Item) -> tuple[Event, ...]:
    from briefings.dates import date_bounds

    out = []
    for mention in item.tags.dates:
        try:
            start, stop = date_bounds(mention.value)
        except ValueError:
            continue
        out.append(Event(mention, item, start, stop))
    return tuple(out)


def _identity(kind: str, entity: Entity) -> str:
    return entity.key if kind == "countries" else fold(entity.name)


def build_index(
    items: Iterable[Item],
    registry: Registry | None = None,
    min_briefings: int = 1,
    keep_pages: frozenset[str] = frozenset(),
) -> SiteIndex:
    """Index ``items``. An entity gets a page when it is named in at least
    ``min_briefings`` briefings, or is a country, or is in the registry, or its page
    ``uri`` is in ``keep_pages`` (an editor wrote it). Pages for the long tail of
    entities named once would multiply the page count (and build time) several times. A
    state body some briefings write without its country gets none where the site names it
    with two countries or more («МВД» next to «МВД России» and «МВД Украины»: its page would
    mix the states' ministries; ``organizations_owners.mixed_bodies``)."""
    registry = registry or Registry.empty()
    ordered = sorted(items, key=lambda it: (it.date is None, -(it.date or dt.date.min).toordinal(), it.uri))
    named = [_registry_names(item, registry) for item in ordered]  # once: every join reads them
    full_names = _full_name_owners(named, registry)
    organizations = _organization_owners(named, registry)
    bodies = _sole_country_bodies(ordered, named, organizations, registry)
    mixed = mixed_bodies({name for names in named for _, name in names["organizations"] if name}, Gazetteer.default())
    surnames, first_names, twins = _people_joins(ordered, named, registry, full_names, organizations)
    places = _place_owners(named)
    entities: dict[tuple[str, str], EntityRef] = {}
    postings: dict[tuple[str, str], list[int]] = defaultdict(list)
    item_entities: list[list[tuple[str, str]]] = []
    names_seen: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    pending: dict[tuple[str, str], Entity] = {}
    written: dict[tuple[int, tuple[str, str]], str] = {}
    for pos, item in enumerate(ordered):
        mine: list[tuple[str, str]] = []
        seen: set[tuple[str, str]] = set()
        for kind in KINDS:
            for entity, name in named[pos][kind]:
                if name is None:
                    continue  # blocked
                given = name
                mark = ""  # tells apart the persons one first name stands for
                if kind == "people":
                    name = full_names.get(fold(name), name)
                    name = twins.get((pos, fold(name)), name)  # «Евгений Медведев» → «Евгения Медведева»
                    name = surnames.get((pos, fold(name)), name)
                    mark = first_names.get((pos, fold(name)), "")
                elif kind == "organizations":
                    name = bodies.get((pos, fold(name))) or organizations.get(fold(name), name)
                elif kind == "places":  # «Петербург» → «Санкт-Петербург», «Дейр-эз-Зора» → «Дейр-эз-Зор»
                    name = places.get(name, name)
                ident = entity.code if kind == "countries" and entity.code else fold(name) + mark
                key = (kind, ident)
                if key in seen:
                    continue
                seen.add(key)
                mine.append(key)
                postings[key].append(pos)
                names_seen[key][name] += 1
                pending.setdefault(key, entity)
                if given != name:
                    written[(pos, key)] = given
        item_entities.append(mine)
    taken: dict[str, set[str]] = defaultdict(set)
    for key in sorted(pending):
        kind, ident = key
        entity = pending[key]
        name = entity.name if kind == "countries" else max(names_seen[key], key=lambda n: (names_seen[key][n], n))
        slug = unique_slug(slugify(name), taken[kind])
        taken[kind].add(slug)
        paged = (
            len(postings[key]) >= min_briefings and not (kind == "organizations" and ident in mixed)
            or kind == "countries"
            or registry.entry(kind, name) is not None
            or EntityRef(kind, ident, name, slug).uri in keep_pages
        )
        entities[key] = EntityRef(kind, ident, name, slug, code=entity.code, country=entity.country, paged=paged)
    index = SiteIndex(ordered, entities, dict(postings), item_entities, written=written)
    index.position = {item.uri: i for i, item in enumerate(ordered)}
    index.item_events = [_item_events(item) for item in ordered]  # once: items are on several timelines
    index.event_ranks = _event_ranks(index.item_events)
    return index


def _registry_names(item: Item, registry: Registry) -> Named:
    """A briefing's entities of each kind with the names the registry gives them (its
    alias's name; None for a name it blocks)."""
    return {kind: [(entity, registry.canonical(kind, entity.name)) for entity in item.tags.of_kind(kind)]
            for kind in KINDS}


def _organization_owners(named: list[Named], registry: Registry) -> Mapping[str, str]:
    """Organization names → the name of the one organization site-wide they join:
    «Международный олимпийский комитет (МОК)», «Международный олимпийский комитет» and
    «МОК»; «Администрация Дональда Трампа» and «Администрация Трампа», a person of the site
    (``organizations_owners``)."""
    briefings: Counter[str] = Counter()
    for names in named:
        briefings.update({name for _, name in names["organizations"] if name})
    people = {name for names in named for _, name in names["people"] if name and " " in name}
    return organization_owners(briefings, lambda name: registry.entry("organizations", name) is not None,
                               Gazetteer.default(), Lexicon.default().known_as, people)


def _sole_country_bodies(items: list[Item], named: list[Named], organizations: Mapping[str, str],
                         registry: Registry) -> Mapping[tuple[int, str], str]:
    """(briefing, fold(name)) → the page of a state body a briefing of one country writes
    without it («МВД» → «МВД России»; ``organizations_owners.sole_country_joins``); not a
    name an editor registered, whose page is the editor's."""
    briefings = [(frozenset(country.code for country in item.tags.countries if country.code),
                  [name for _, name in names["organizations"] if name and registry.entry("organizations", name) is None])
                 for item, names in zip(items, named)]
    return sole_country_joins(briefings, organizations, Gazetteer.default())


def _place_owners(named: list[Named]) -> Mapping[str, str]:
    """Place names → the name of the one place site-wide they join (``places_site``)."""
    briefings: Counter[str] = Counter()
    for names in named:
        briefings.update({name or place.name for place, name in names["places"]})
    return place_owners(briefings, PlaceLexicon.default().other_names)


def _full_name_owners(named: list[Named], registry: Registry) -> Mapping[str, str]:
    """Full person names → the name of the one person site-wide they join: a name in
    Latin letters the Cyrillic full name it spells («Maria Sharapova» → «Мария Шарапова»,
    ``people_scripts``); a name with its surname left out of the nominative the name most
    briefings give («Артём Дзюбу» → «Артём Дзюба»), a name in the other order the name
    in more briefings («Мухин Алексей» → «Алексей Мухин»), a name with a patronymic, a middle
    name or initials the same name without («И. В. Сталин» → «Иосиф Сталин»;
    ``people_variants``), a name with another form of its first name the form in more
    briefings («Майкл Пенс» → «Майк Пенс», ``people_variants.first_name_owners``); before
    these, a foreign name spelled otherwise the spelling most
    briefings give («Хилари Клинтон» → «Хиллари Клинтон»; ``people_spellings``)."""
    written: Counter[str] = Counter()
    for names in named:
        written.update({name for _, name in names["people"] if name and " " in name})
    # «Хилари Клинтон» → «Хиллари Клинтон», «Эмманюэль Макрон» → «Эммануэль Макрон»
    spellings = spelling_owners(written, lambda name: registry.entry("people", name) is not None)
    full: Counter[str] = Counter()
    for name, n in written.items():
        full[spellings.get(fold(name), name)] += n
    owners = dict(latin_owners(set(full)))
    owners.update(case_variant_owners(full))  # «Артём Дзюбу» in one briefing is the «Артём Дзюба» of a dozen
    owners.update(word_order_owners(full))  # «Мухин Алексей» in a list printed surname first
    joined: Counter[str] = Counter()
    for name, n in full.items():
        joined[owners.get(fold(name), name)] += n
    # «Майкл Пенс» in 4 briefings is the «Майк Пенс» of 5
    firsts = first_name_owners(joined, lambda name: registry.entry("people", name) is not None)
    one_first: Counter[str] = Counter()
    for name, n in joined.items():
        one_first[firsts.get(fold(name), name)] += n
    middles = middle_name_owners(one_first)  # «И. В. Сталин», «Иосиф Виссарионович Сталин» → «Иосиф Сталин»
    for name in written:
        owner = spellings.get(fold(name), name)
        owner = owners.get(fold(owner), owner)
        owner = firsts.get(fold(owner), owner)
        owner = middles.get(fold(owner), owner)
        if owner != name:
            owners[fold(name)] = owner
    return owners


def _people_joins(items: list[Item], named: list[Named], registry: Registry,
                  full_names: Mapping[str, str],
                  organizations: Mapping[str, str]) -> tuple[Mapping[tuple[int, str], str], ...]:
    """Joins of one briefing's person names the briefings give evidence for: (briefing,
    fold(surname)) → the full name a surname written alone stands for there
    (``people_surnames``); (briefing, fold(first name)) → the mark of the person a first
    name written alone stands for there (``people_first_names``); (briefing, fold(name)) →
    the twin of another gender's or case's endings it is there (``people_twins``)."""
    people, others = [], []
    for item, names in zip(items, named):
        people.append([name for _, name in names["people"] if name])
        keys = {("countries", country.code or fold(country.name)) for country in item.tags.countries}
        for kind, owners in (("organizations", organizations), ("places", {})):
            keys.update((kind, fold(owners.get(fold(name), name))) for _, name in names[kind] if name)
        others.append(frozenset(keys))

    def listed(name: str) -> bool:
        return registry.entry("people", name) is not None

    ids = [item.uri for item in items]
    site = SitePeople.of(people, others, full_names)  # once: the evidence all three read
    return surname_joins(site), first_name_groups(site, listed, ids), twin_joins(site)
