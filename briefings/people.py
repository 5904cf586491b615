"""People: from raw PER mentions to one entry per person (pure functions).

«Ильхамом Алиевым», «Алиев», «Алиева» → one person «Ильхам Алиев». A mention is
(normalized nominative name, span). Full-name mentions define persons; surname-only
and first-name-only mentions join the person they belong to.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Callable, Iterable

from briefings.model import Entity, Span


@dataclass(frozen=True, slots=True)
class NameMention:
    name: str  # normalized (nominative) form, e.g. "Ильхам Алиев" or "Алиев"
    span: Span


def fold(word: str) -> str:
    """Comparison key of a name part: lowercase, ё→е."""
    return word.lower().replace("ё", "е")


def _tokens(name: str) -> list[str]:
    return [t for t in name.replace("\u00a0", " ").split() if t]


def _surname_key(name: str) -> str:
    return fold(_tokens(name)[-1])


def _feminine_variants(surname: str) -> set[str]:
    """Surname keys that denote the same family name («Алиева» ~ «Алиев»)."""
    base = {surname}
    for fem, masc in (("ова", "ов"), ("ева", "ев"), ("ина", "ин"), ("ая", "ий"), ("ская", "ский")):
        if surname.endswith(fem):
            base.add(surname[: -len(fem)] + masc)
    return base


def merge_people(
    mentions: Iterable[NameMention],
    is_person_word: Callable[[str], bool] = lambda word: True,
) -> list[Entity]:
    """One ``Entity`` per person, ordered by mentions (then first appearance).

    ``is_person_word(word)`` tells whether a single capitalized word can be a
    person's name at all (a morphology check: «Кремль», «Президенты» cannot); it is
    only asked about one-word mentions that no full name in the text explains.
    """
    mentions = list(mentions)
    full: dict[tuple[str, str], list[NameMention]] = defaultdict(list)
    for m in mentions:
        parts = _tokens(m.name)
        if len(parts) >= 2:
            full[(fold(parts[0])[:1], _surname_key(m.name))].append(m)

    by_surname: dict[str, list[tuple[str, str]]] = defaultdict(list)
    by_first: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for key, group in full.items():
        by_surname[key[1]].append(key)
        for m in group:
            by_first[fold(_tokens(m.name)[0])].append(key)

    persons: dict[tuple[str, str], list[NameMention]] = {k: list(v) for k, v in full.items()}
    singles: dict[str, list[NameMention]] = defaultdict(list)
    for m in mentions:
        parts = _tokens(m.name)
        if len(parts) != 1:
            continue
        word = fold(parts[0])
        owners = [k for s in _feminine_variants(word) for k in by_surname.get(s, [])]
        if not owners:
            owners = list(dict.fromkeys(by_first.get(word, [])))
        if owners:
            best = max(owners, key=lambda k: (len(persons[k]), -persons[k][0].span.start))
            persons[best].append(m)
        else:
            singles[word].append(m)

    entities = []
    for group in persons.values():
        entities.append(_entity(group))
    for word, group in singles.items():
        if is_person_word(group[0].name):
            entities.append(_entity(group))
    entities.sort(key=lambda e: (-e.mentions, e.spans[0].start))
    return entities


def _entity(group: list[NameMention]) -> Entity:
    spans = tuple(sorted(m.span for m in group))
    # the fullest form: most tokens, then the most frequent spelling, then first seen
    counts: dict[str, int] = defaultdict(int)
    for m in group:
        counts[m.name] += 1
    name = max(counts, key=lambda n: (min(len(_tokens(n)), 3), counts[n], -_first(group, n)))
    return Entity(kind="people", name=name, mentions=len(group), spans=spans)


def _first(group: list[NameMention], name: str) -> int:
    return min(m.span.start for m in group if m.name == name)
