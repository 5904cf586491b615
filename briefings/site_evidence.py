"""Which rare entities two briefings both name: the site's evidence that a name written
alone in each («Шекспир», «Юлия») stands for one person in both.

A briefing is a set of keys, «(kind, identity)»: its organizations, places and full
person names as the site names them, and its countries as ("countries", code). A key in
at most ``RARE`` briefings, and not a country, is rare: two briefings that share one
speak of the same affair (the Leicester coach's club, the Skripals' poisoning), where
«Москва» or «Россия» say nothing. Used by ``people_surnames``, ``people_first_names`` and
``people_twins``.
"""

from __future__ import annotations

from collections import Counter
from typing import Hashable, Iterable, Sequence

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
