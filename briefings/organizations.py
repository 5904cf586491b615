"""Organizations: from raw ORG mentions to one entry per organization (pure functions).

An abbreviation and its expansion are one organization: «Azerbaijan Airlines (AZAL)»,
«Следственный комитет (СК)», or an abbreviation made of the expansion's initials.
The expansion names the entity.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Iterable

from briefings.model import Entity, Span
from briefings.people import fold

_WORD = re.compile(r"[\w-]+")
_LOWER_JOINERS = {"и", "по", "в", "на", "для", "of", "and", "the", "de"}


@dataclass(frozen=True, slots=True)
class OrgMention:
    name: str  # normalized (nominative) form
    span: Span


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


def merge_organizations(mentions: Iterable[OrgMention], text: str) -> list[Entity]:
    """One ``Entity`` per organization, ordered by mentions then first appearance."""
    mentions = list(mentions)
    canonical: dict[str, str] = {}
    for m in mentions:
        canonical.setdefault(fold(m.name), m.name)
    pairs = abbreviation_pairs(text, canonical.values())
    groups: dict[str, list[OrgMention]] = defaultdict(list)
    for m in mentions:
        name = canonical[fold(m.name)]
        groups[pairs.get(name, name)].append(m)
    entities = [
        Entity(kind="organizations", name=name, mentions=len(g), spans=tuple(sorted(m.span for m in g)))
        for name, g in groups.items()
    ]
    entities.sort(key=lambda e: (-e.mentions, e.spans[0].start))
    return entities
