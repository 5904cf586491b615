"""Which full name site-wide a surname written alone in a briefing stands for.

Tagging joins «Путин» to «Владимир Путин» inside an article. Across briefings the site
index cannot take the word alone for the most-named full name that ends with it: in the
NG/RT corpus that made «Шекспир» (William, 11 briefings) the Leicester coach «Крэйг
Шекспир», «Фрейд» (Sigmund) «Люсьен Фрейд», «Бах» (Johann Sebastian) «Томас Бах», and
«Михаил» a person listed surname first («Емельянов Михаил»): 36.5 % of such joins were
wrong (site audit, session 19). :func:`surname_joins` joins a briefing's surname to the
full name only with evidence:

- the word is no first name on the site (the first word of two full names or more);
- and the briefing names rare entities (``site_evidence``: in at most 50 briefings, not a country)
  that briefings of the full name name too (of several full names of that surname, the
  one with most such entities, then in most briefings); or, with none, the full name is
  in ``FAMOUS`` briefings or more and no other person of the site has that surname.

Full names of one person are one before that («И. В. Сталин», «Иосиф Виссарионович
Сталин», «Иосиф Сталин»: ``people_variants.middle_name_owners``). Measured on the 904
surname-only briefings of that corpus, labelled by hand by the audit: 96.2 % of the joins
right (74.1 % before), 76 % of the right joins kept (``FAMOUS`` 5: 96.6 % and 73 %; 2:
94.0 % and 81 %). The ones left out are
mostly classics named by surname in essays («Пушкин», «Достоевский»): they get a page of
their own, which ``content/entities.yml`` can alias to the full name.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Hashable, Mapping, Sequence

from briefings.people_names import fold
from briefings.site_evidence import RareEntities

FAMOUS = 3  # briefings: a full name in as many, alone with its surname on the site, takes the surname anywhere


def sited_names(people: Sequence[Sequence[str]], full_names: Mapping[str, str]) -> list[list[str]]:
    """Each briefing's person names as the site names them (``full_names``: fold(name) →
    the site's name, where another)."""
    return [[full_names.get(fold(name), name) for name in names] for names in people]


def site_keys(sited: Sequence[Sequence[str]], others: Sequence[frozenset[Hashable]]) -> list[frozenset]:
    """Each briefing's entities as keys: its ``others`` and its full person names."""
    return [others[n] | {("people", fold(name)) for name in names if " " in name} for n, names in enumerate(sited)]


def first_name_words(people: Sequence[Sequence[str]], sited: Sequence[Sequence[str]]) -> set[str]:
    """Folded words that begin two full names of the site or more (as written or as the
    site names them): first names («Михаил», «Юлия»), whatever else they may be."""
    given: dict[str, set[str]] = defaultdict(set)
    for names, site_names in zip(people, sited):
        for written, name in zip(names, site_names):
            if " " in name:
                for words in (written.split(), name.split()):
                    given[fold(words[0])].add(name)
    return {word for word, names in given.items() if len(names) >= 2}


def surname_joins(people: Sequence[Sequence[str]], others: Sequence[frozenset[Hashable]],
                  full_names: Mapping[str, str] = {}) -> dict[tuple[int, str], str]:
    """``people``: each briefing's person names; ``others``: each briefing's other
    entities as keys («(kind, identity)»; countries as ("countries", code), which are
    never evidence); ``full_names``: fold(full name) → the site's name of its person
    («Пётр Калину» → «Пётр Калина»). Returns (briefing, fold(word)) → the full name a
    one-word name of that briefing stands for, where the evidence is there; the word may
    be the surname of the site's name or of a name joined to it («Калину»)."""
    sited = sited_names(people, full_names)
    full: dict[str, set[str]] = defaultdict(set)  # fold(surname) → the site's full names
    written_in: dict[str, set[int]] = defaultdict(set)  # the site's full name → its briefings
    for n, names in enumerate(people):
        for written, name in zip(names, sited[n]):
            if " " in name:
                for words in (written.split(), name.split()):
                    full[fold(words[-1])].add(name)
                written_in[name].add(n)
    first_names = first_name_words(people, sited)
    keys = site_keys(sited, others)
    rare = RareEntities(keys)
    around: dict[str, frozenset] = {}  # full name → the rare entities its briefings name

    def rare_around(name: str) -> frozenset:
        if name not in around:
            around[name] = rare.of_all(written_in[name]) - {("people", fold(name))}
        return around[name]

    joins = {}
    for n, names in enumerate(people):
        for word in {fold(name) for name in names if " " not in name.strip()}:
            candidates = full.get(word)
            if not candidates or word in first_names:
                continue
            shared = {name: len(keys[n] & rare_around(name)) for name in candidates}
            best = max(candidates, key=lambda name: (shared[name], len(written_in[name]), name))
            if shared[best] or len(candidates) == 1 and len(written_in[best]) >= FAMOUS:
                joins[(n, word)] = best
    return joins
