"""A parliament or a chamber named by its kind joins the one body of the text it stands for.

News write a state's parliament by its name and, a sentence later, by its kind: «Конгресс
США» … «американский парламент», «Бундестаг» … «немецкий парламент», «Госдума» … «нижняя
палата», «Сенат США» … «верхняя палата». The descriptive mention (an institution's head
with a country adjective, or «нижняя»/«верхняя палата»: ``OrgMention.stand_in``) takes the
name of the one body the text names that ``data/organizations.yml``'s ``chambers`` gives for
its kind and country; with none or two such bodies in the text it stays as it is, and so
does a parliament of no country («Европейский парламент», «парламент» alone).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Iterable, Mapping, Sequence

from briefings.organizations_lexicon import OrgMention

# the descriptive head of each kind of chamber (``OrgMention.key[0]`` of a stand-in)
_KINDS = {"парламент": "parliament", "нижняя палата": "lower", "верхняя палата": "upper"}

Chambers = Mapping[str, Mapping[str, frozenset[str]]]  # kind → country code → keys of its bodies' names


def chambers_named(mentions: Iterable[OrgMention], chambers: Chambers) -> list[OrgMention]:
    """``mentions`` with each descriptive parliament or chamber named as the one body of
    the text it stands for: «Американский парламент» (парламент, US) → «Конгресс США»,
    «Нижняя палата» → «Госдума» (of any country the table knows, when neither the mention
    nor a «Парламент Японии» right after it gives one)."""
    mentions = list(mentions)
    named = [m for m in mentions if m.key and not (m.stand_in or m.bare or m.led)]
    out = []
    for m in mentions:
        kind = _KINDS.get(m.key[0]) if m.key and m.stand_in else None
        country = (m.key[1] or _country_after(m, mentions)) if kind else ""
        body = _the_body(named, chambers.get(kind, {}), country) if kind and (country or kind != "parliament") else None
        out.append(replace(m, name=body.name, key=body.key) if body else m)
    return out


def _country_after(m: OrgMention, mentions: Sequence[OrgMention]) -> str:
    """The country of a parliament named right after a chamber: «Нижняя палата» +
    «Парламент Японии» → "JP"."""
    return next((x.key[1] for x in mentions if x.key and x.key[0] == "парламент" and x.key[1]
                 and 0 <= x.span.start - m.span.stop <= 1), "")


def _the_body(named: Sequence[OrgMention], bodies: Mapping[str, frozenset[str]], country: str) -> OrgMention | None:
    """The one body of ``named`` that ``bodies`` (country → keys of its names) gives for
    ``country`` (any, when ""): names of one country's body are one («Государственная дума»,
    «Госдума»; «Сенат США», «Сенат»), and so is one name that several countries' bodies have
    («Сенат» alone); a body named with its country outweighs a name without; two
    countries' bodies are none («Сенат США», «Сенат Польши»)."""
    fits = {code: [x for x in named if x.key[0] in keys and x.key[1] in ("", code)]
            for code, keys in sorted(bodies.items()) if not country or code == country}
    fits = {code: found for code, found in fits.items() if found}
    coded = {x.key[1] for found in fits.values() for x in found if x.key[1]}
    if coded:
        fits = {code: found for code, found in fits.items() if code in coded}
    if not fits or len({frozenset(x.key for x in found) for found in fits.values()}) > 1:
        return None
    return max(next(iter(fits.values())), key=lambda x: (bool(x.key[1]), len(x.name), x.name))
