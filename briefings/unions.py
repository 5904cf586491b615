"""Disjoint sets (union-find): which names or briefings the site joins into one entity."""

from __future__ import annotations

from collections import defaultdict
from typing import Generic, Hashable, Iterable, TypeVar

T = TypeVar("T", bound=Hashable)


class Unions(Generic[T]):
    """Items joined into groups; an item not joined to any other is a group of its own."""

    def __init__(self, items: Iterable[T] = ()) -> None:
        self._parent: dict[T, T] = {item: item for item in items}

    def find(self, item: T) -> T:
        """The item that stands for ``item``'s group."""
        parent = self._parent.setdefault(item, item)
        while parent != item:
            grand = self._parent[parent]
            self._parent[item] = grand
            item, parent = parent, grand
        return item

    def join(self, one: T, other: T) -> None:
        """Put ``other``'s group into ``one``'s."""
        a, b = self.find(one), self.find(other)
        if a != b:
            self._parent[b] = a

    def groups(self) -> list[list[T]]:
        """Every group, its items in the order they came."""
        by_root: dict[T, list[T]] = defaultdict(list)
        for item in list(self._parent):
            by_root[self.find(item)].append(item)
        return list(by_root.values())
