"""Which rare entities two briefings both name: the site's evidence that a name written
alone in each («Шекспир», «Юлия») stands for one person in both.

A briefing is a set of keys, «(kind, identity)»: its organizations, places and full
person names as the site names them, and its countries as ("countries", code). A key in
at most ``RARE`` briefings, and not a country, is rare: two briefings that share one
speak of the same affair (the Leicester coach's club, the Skripals' poisoning), where
«Москва» or «Россия» say nothing. :class:`SitePeople` holds the site's person names with
that evidence, made once for ``people_surnames``, ``people_first_names`` and
``people_twins``.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Hashable, Iterable, Mapping, Sequence

from briefings.people_names import fold

RARE = 50  # briefings: an entity named in more is no evidence that two briefings speak of one person

Key = tuple[str, Hashable]


class RareEntities:
    """The rare keys of each briefing (``keys[n]``: briefing n's keys)."""

    def __init__(self, keys: Sequence[frozenset[Key]]) -> None:
        self._keys = keys
        self._postings = Counter(key for briefing in keys for key in briefing)
        self._rare: dict[int, frozenset[Key]] = {}

    def of(self, n: int) -> frozenset[Key]:
        """Briefing ``n``'s rare keys."""
        if n not in self._rare:
            self._rare[n] = frozenset(key for key in self._keys[n]
                                      if self._postings[key] <= RARE and key[0] != "countries")
        return self._rare[n]

    def count(self, key: Key) -> int:
        """How many briefings name ``key``."""
        return self._postings[key]

    def of_all(self, briefings: Iterable[int]) -> frozenset[Key]:
        """The rare keys any of ``briefings`` names."""
        return frozenset().union(*(self.of(n) for n in briefings))


@dataclass(frozen=True)
class SitePeople:
    """Each briefing's person names, as written (``people``) and as the site names them
    (``sited``: a full name joined to another, «Пётр Калину» → «Пётр Калина»), with the
    evidence around them: each briefing's keys (its other entities and full person
    names), their rare ones, the briefings of each site name, and the first names."""

    people: Sequence[Sequence[str]]
    sited: list[list[str]]
    keys: list[frozenset]
    rare: RareEntities
    written_in: Mapping[str, frozenset[int]]  # the site's name → its briefings
    first_names: frozenset[str]  # folded words that begin two full names of the site or more

    @classmethod
    def of(cls, people: Sequence[Sequence[str]], others: Sequence[frozenset[Hashable]],
           full_names: Mapping[str, str] = {}) -> "SitePeople":
        """``people``: each briefing's person names; ``others``: each briefing's other
        entities as keys («(kind, identity)»; countries as ("countries", code), which are
        never evidence); ``full_names``: fold(full name) → the site's name of its person."""
        sited = [[full_names.get(fold(name), name) for name in names] for names in people]
        keys = [others[n] | {("people", fold(name)) for name in names if " " in name} for n, names in enumerate(sited)]
        written_in: dict[str, set[int]] = defaultdict(set)
        given: dict[str, set[str]] = defaultdict(set)  # fold(first word) → the full names it begins
        for n, (names, site_names) in enumerate(zip(people, sited)):
            for written, name in zip(names, site_names):
                written_in[name].add(n)
                if " " in name:
                    for words in (written.split(), name.split()):
                        given[fold(words[0])].add(name)
        return cls(people, sited, keys, RareEntities(keys),
                   {name: frozenset(briefings) for name, briefings in written_in.items()},
                   frozenset(word for word, names in given.items() if len(names) >= 2))
