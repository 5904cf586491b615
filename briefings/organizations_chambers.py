"""A parliament or a chamber named by its kind joins the one body of the text it stands for.

News write a state's parliament by its name and, a sentence later, by its kind: «Конгресс
США» … «американский парламент», «Бундестаг» … «немецкий парламент», «Госдума» … «нижняя
палата», «Сенат США» … «верхняя палата». The descriptive mention (an institution's head
with a country adjective, or «нижняя»/«верхняя палата»: ``OrgMention.stand_in``) takes the
name of the one body the text names that ``data/organizations.yml``'s ``chambers`` gives for
its kind and country; with none or two such bodies in the text it stays as it is.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Iterable, Mapping

from briefings.organizations_lexicon import OrgMention

# the descriptive head of each kind of chamber (``OrgMention.key[0]`` of a stand-in)
_KINDS = {"парламент": "parliament", "нижняя палата": "lower", "верхняя палата": "upper"}

Chambers = Mapping[str, Mapping[str, frozenset[str]]]  # kind → country code → keys of its bodies' names


def chambers_named(mentions: Iterable[OrgMention], chambers: Chambers) -> list[OrgMention]:
    """``mentions`` with each descriptive parliament or chamber named as the one body of
    the text it stands for: «Американский парламент» (парламент, US) → «Конгресс США»,
    «Нижняя палата» → «Госдума» (of any country the table knows, when the mention has
    none)."""
    mentions = list(mentions)
    named = [m for m in mentions if m.key and not (m.stand_in or m.bare or m.led)]
    out = []
    for m in mentions:
        kind = _KINDS.get(m.key[0]) if m.key and m.stand_in else None
        bodies = chambers.get(kind, {}) if kind else {}
        countries = [m.key[1]] if m.key and m.key[1] else list(bodies)
        keys = {key for country in countries for key in bodies.get(country, ())}
        targets = {x.key for x in named if x.key[0] in keys and (not m.key[1] or x.key[1] in ("", m.key[1]))}
        if len(targets) == 1:
            (target,) = targets
            name = next(x.name for x in named if x.key == target)
            m = replace(m, name=name, key=target)
        out.append(m)
    return out
