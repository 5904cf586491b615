"""A city named by the first word of its name, as people say it: «в Нижнем» of «Нижний
Новгород», «в Ханты» of «Ханты-Мансийск». Where the article names the city in full too,
the short name is that city, not a place of its own."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from briefings.model import Entity
from briefings.people_names import fold, stem

_FIRST_WORD = re.compile(r"[^\s-]+")
# an adjective's ending: a short name of a name that begins with an adjective is one too
# («в Нижнем» of «Нижний Новгород»; «Приозерск» is no short name of «Приозерский район»)
_ADJECTIVE = re.compile(r"(?:ий|ый|ой|ая|яя|ое|ее|ие|ые|ого|его|ому|ему|ым|им|ом|ем|ую|юю|ых|их|ыми|ими)$")


def short_names_joined(entities: Sequence[Entity]) -> list[Entity]:
    """``entities`` with each one-word place of no country that is, but for its case ending,
    the first word of the name of exactly one other place of the article joined to that
    place: «Нижнем» → «Нижний Новгород», «Ханты» → «Ханты-Мансийск» (not a place the
    gazetteer gives a country of its own, «Петропавловск» of Kazakhstan next to
    «Петропавловск-Камчатский», nor a town next to a district named by its adjective:
    «Приозерск», «Приозерский район»)."""
    fulls: dict[str, list[tuple[Entity, bool]]] = {}  # stem of a first word → (place, the word an adjective)
    for e in entities:
        first = _FIRST_WORD.match(e.name)
        if first and first.group() != e.name:
            fulls.setdefault(stem(fold(first.group())), []).append((e, bool(_ADJECTIVE.search(first.group()))))
    joined: dict[str, list] = {}  # full name → spans of its short names
    gone = set()
    for e in entities:
        if e.country is not None or " " in e.name or "-" in e.name:
            continue
        found = [f for f, adjective in fulls.get(stem(fold(e.name)), []) if not adjective or _ADJECTIVE.search(e.name)]
        if len(found) == 1:
            joined.setdefault(found[0].name, []).extend(e.spans)
            gone.add(e.name)
    return [replace(e, spans=tuple(sorted(e.spans + tuple(joined[e.name]))),
                    mentions=e.mentions + len(joined[e.name])) if e.name in joined else e
            for e in entities if e.name not in gone]
